//! Reading `[[initiative]]` tables.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use rust_decimal::Decimal;

use super::depends::{RankSpans, check_dependencies, check_ranks};
use super::fields::Fields;
use super::model::{
    Dependency, Effort, Funding, Initiative, Kind, OneTime, Plan, Start, Status, Year,
};
use super::scalar::OrYears;
use super::value::Amount;
use crate::source::SourceFile;

pub fn read_initiatives(top: &mut Fields, plan: &Plan, file: &SourceFile) -> Vec<Initiative> {
    let mut ranks = RankSpans::new();
    let initiatives = top.tables("initiative", |fields| {
        read_initiative(fields, plan, &mut ranks)
    });
    report_duplicate_ids(&initiatives, file, top);
    check_ranks(&ranks, file, top.problems());
    check_dependencies(&initiatives, top.problems());
    initiatives
}

fn report_duplicate_ids(initiatives: &[Initiative], file: &SourceFile, top: &mut Fields) {
    let mut first_seen: HashMap<&str, usize> = HashMap::with_capacity(initiatives.len());
    for initiative in initiatives {
        // One hash per id: the entry is looked up and filled in one go.
        let first = match first_seen.entry(initiative.id.as_str()) {
            Entry::Occupied(first) => *first.get(),
            Entry::Vacant(slot) => {
                slot.insert(initiative.span.start);
                continue;
            }
        };
        let line = file.lines().line_number(first);
        top.problems().at(
            initiative.span.clone(),
            format!("duplicate initiative id `{}`", initiative.id),
            format!(
                "ids must be unique; `{}` is first used on line {line}",
                initiative.id
            ),
        );
    }
}

fn read_initiative(fields: &mut Fields, plan: &Plan, ranks: &mut RankSpans) -> Option<Initiative> {
    let id = non_empty_id(fields);
    let name = fields.text("name");
    let start = fields.start("start");
    let kind = fields
        .choice("kind")
        .and_then(|i| Kind::ALL.get(i).copied());
    let status = fields
        .choice("status")
        .and_then(|i| Status::ALL.get(i).copied());
    let end = fields.year("end");
    let one_time = fields.money_or_years("one_time").map(|read| match read {
        OrYears::One(amount) => OneTime::InStartYear(amount),
        OrYears::ByYear(phases) => OneTime::Phased(phases),
    });
    let recurring = fields.money("recurring");
    let recurring_start = fields.year("recurring_start");
    let recurring_end = fields.year("recurring_end");
    let escalation = fields.percent("escalation");
    let urgency = fields.integer("urgency").and_then(|n| u8::try_from(n).ok());
    let importance = fields
        .integer("importance")
        .and_then(|n| u8::try_from(n).ok());
    let adds_fte = fields.hours("adds_fte");
    let operational = fields.share("operational");
    let effort_hours = fields
        .hours_or_years("effort_hours")
        .map(|read| match read {
            OrYears::One(total) => Effort::Total(total),
            OrYears::ByYear(hours) => Effort::ByYear(hours),
        });
    let funding = read_funding(fields, "funding");
    let recurring_funding = read_funding(fields, "recurring_funding");
    let rank = read_rank(fields, ranks);
    let discretionary = fields.boolean("discretionary");
    let depends_on = fields.ids("depends_on").unwrap_or_default();
    let (theme, category, notes) = (
        fields.text("theme"),
        fields.text("category"),
        fields.text("notes"),
    );

    let start = start?;
    let (start_year, end_year) = work_years(start, end, plan);
    check_years(fields, start_year, end_year, recurring_start, recurring_end);
    if operational.is_some_and(|o| !o.is_zero()) && adds_fte.is_none_or(|f| f.is_zero()) {
        fields.warning_at(
            "operational",
            "`operational` without `adds_fte`",
            "`operational` has no effect without `adds_fte`".into(),
            "it is the share of the added staff's time lost to operations; add `adds_fte` or remove it".into(),
        );
    }
    Some(Initiative {
        id: id?,
        name: name?,
        theme,
        category,
        kind,
        status: status.unwrap_or(Status::New),
        start,
        start_year,
        end_year,
        one_time: one_time.unwrap_or(OneTime::InStartYear(Amount::ZERO)),
        recurring: recurring.unwrap_or(Amount::ZERO),
        recurring_start,
        recurring_end,
        escalation: escalation.unwrap_or(plan.escalation),
        urgency,
        importance,
        adds_fte: adds_fte.unwrap_or(Decimal::ZERO),
        operational: operational.unwrap_or(Decimal::ZERO),
        effort_hours: effort_hours.unwrap_or(Effort::Total(Decimal::ZERO)),
        notes,
        funding,
        recurring_funding,
        span: fields.span_of("id"),
        rank,
        discretionary: discretionary.unwrap_or_else(|| {
            Initiative::default_discretionary(kind, status.unwrap_or(Status::New))
        }),
        depends_on: depends_on
            .into_iter()
            .map(|(id, span)| Dependency { id, span })
            .collect(),
    })
}

/// The years `start` and `end` resolve to: `"ongoing"` spans the horizon,
/// an unscheduled initiative has none.
fn work_years(start: Start, end: Option<Year>, plan: &Plan) -> (Option<Year>, Option<Year>) {
    match start {
        Start::Tbd => (None, None),
        Start::Ongoing => (Some(plan.first_year), end.or(Some(plan.last_year))),
        Start::Year(year) => (Some(year), end.or(Some(year))),
    }
}

/// `end` and `recurring_end` may not come before what they close, and
/// effort given for years outside the work is worth a warning.
fn check_years(
    fields: &mut Fields,
    start: Option<Year>,
    end: Option<Year>,
    recurring_start: Option<Year>,
    recurring_end: Option<Year>,
) {
    if let (Some(start), Some(end)) = (start, end) {
        if end < start {
            fields.error_at(
                "end",
                format!("`end` {end} is before the start {start}"),
                format!("write an end of {start} or later"),
            );
        } else {
            warn_effort_outside(fields, start, end);
        }
    }
    if let (Some(from), Some(to)) = (recurring_start.or(start), recurring_end)
        && to < from
    {
        fields.error_at(
            "recurring_end",
            format!("`recurring_end` {to} is before the recurring cost starts in {from}"),
            format!("write a recurring_end of {from} or later"),
        );
    }
}

/// Effort for a year outside start..=end still counts, but is likely a slip.
fn warn_effort_outside(fields: &mut Fields, start: Year, end: Year) {
    let kind = move |year: Year| {
        if year < start {
            "`effort_hours` before the work starts"
        } else {
            "`effort_hours` after the work ends"
        }
    };
    fields.warn_years_outside("effort_hours", &(start..=end), kind, |year| {
        let (when, field) = if year < start {
            (format!("before the work starts in {start}"), "start")
        } else {
            (format!("after the work ends in {end}"), "end")
        };
        (
            format!("`effort_hours` gives hours for {year}, {when}"),
            format!(
                "they still count as demand in {year}; set `{field} = {year}` if the work runs then, or move the hours"
            ),
        )
    });
}

fn read_funding(fields: &mut Fields, key: &str) -> Option<Funding> {
    let value = fields.get(key)?;
    super::funding::funding(value, key, fields.problems())
}

fn non_empty_id(fields: &mut Fields) -> Option<String> {
    let id = fields.text("id")?;
    if id.trim().is_empty() {
        fields.error_at(
            "id",
            "`id` is empty",
            "give the initiative an id such as \"BP-1\"",
        );
        return None;
    }
    Some(id)
}

/// `rank`, noted with where it is written for the uniqueness check.
fn read_rank(fields: &mut Fields, ranks: &mut RankSpans) -> Option<u32> {
    let rank = fields.integer("rank")?;
    match u32::try_from(rank) {
        Ok(rank) => {
            ranks.push((rank, fields.span_of("rank")));
            Some(rank)
        }
        Err(_) => {
            fields.error_at(
                "rank",
                format!("rank {rank} is larger than itplan can order"),
                format!("use a position from 1 to {}", u32::MAX),
            );
            None
        }
    }
}
