//! Reading `[[initiative]]` tables.

use std::collections::HashMap;
use std::ops::RangeInclusive;

use rust_decimal::Decimal;

use super::capacity::warn_years_outside;
use super::fields::Fields;
use super::load::{read_all, year_table};
use super::model::{Effort, Initiative, Kind, OneTime, Plan, Start, Status, Year};
use super::value::{self, Amount, Problems, Value};
use crate::diagnostic::Diagnostic;

const INITIATIVE_KEYS: &[&str] = &[
    "id",
    "name",
    "theme",
    "category",
    "kind",
    "status",
    "start",
    "end",
    "one_time",
    "recurring",
    "recurring_start",
    "recurring_end",
    "escalation",
    "urgency",
    "importance",
    "adds_fte",
    "operational",
    "effort_hours",
    "notes",
];

pub fn read_initiatives(
    value: Option<&Value>,
    plan: &Plan,
    text: &str,
    problems: &mut Problems,
) -> Vec<Initiative> {
    let initiatives = read_all(value, "[[initiative]]", problems, |item, problems| {
        read_initiative(item, plan, problems)
    });
    report_duplicate_ids(&initiatives, text, problems);
    initiatives
}

fn report_duplicate_ids(initiatives: &[Initiative], text: &str, problems: &mut Problems) {
    let mut first_seen: HashMap<&str, usize> = HashMap::with_capacity(initiatives.len());
    for initiative in initiatives {
        if let Some(first) = first_seen.get(initiative.id.as_str()) {
            let line = text[..(*first).min(text.len())].matches('\n').count() + 1;
            problems.at(
                initiative.span.clone(),
                format!("duplicate initiative id `{}`", initiative.id),
                format!(
                    "ids must be unique; `{}` is first used on line {line}",
                    initiative.id
                ),
            );
        } else {
            first_seen.insert(&initiative.id, initiative.span.start);
        }
    }
}

fn read_initiative(value: &Value, plan: &Plan, problems: &mut Problems) -> Option<Initiative> {
    let fields = Fields::new(value, "[[initiative]]", INITIATIVE_KEYS, problems)?;
    let text = |key: &str, problems: &mut Problems| {
        fields
            .get(key)
            .and_then(|v| value::string(v, key, problems))
    };
    let id_value = fields.required("id", "\"BP-1\"", problems);
    let id = id_value.and_then(|v| non_empty_id(v, problems));
    let name = fields
        .required("name", "\"Initiate an IT Governance Framework\"", problems)
        .and_then(|v| value::string(v, "name", problems));
    let start = fields
        .required("start", "2025", problems)
        .and_then(|v| start(v, problems));
    let kind = fields
        .get("kind")
        .and_then(|v| choice(v, "kind", &Kind::NAMES, problems))
        .map(|i| [Kind::Project, Kind::Tactic, Kind::Operate][i]);
    let status = fields
        .get("status")
        .and_then(|v| choice(v, "status", &Status::NAMES, problems))
        .map(|i| {
            [
                Status::New,
                Status::Planned,
                Status::InProgress,
                Status::Ongoing,
            ][i]
        });
    let end = fields
        .get("end")
        .and_then(|v| value::year(v, "end", problems));
    let one_time = fields.get("one_time").map(|v| one_time(v, problems));
    let recurring = fields
        .get("recurring")
        .and_then(|v| value::money(v, "recurring", problems));
    let recurring_start = fields
        .get("recurring_start")
        .and_then(|v| value::year(v, "recurring_start", problems));
    let recurring_end = fields
        .get("recurring_end")
        .and_then(|v| value::year(v, "recurring_end", problems));
    let escalation = fields
        .get("escalation")
        .and_then(|v| value::percent(v, "escalation", problems));
    let score = |key: &str, problems: &mut Problems| {
        fields
            .get(key)
            .and_then(|v| value::integer_in(v, key, 1..=5, problems))
            .map(|n| n as u8)
    };
    let (urgency, importance) = (score("urgency", problems), score("importance", problems));
    let adds_fte = fields
        .get("adds_fte")
        .and_then(|v| value::non_negative(v, "adds_fte", problems));
    let operational = fields
        .get("operational")
        .and_then(|v| share(v, "operational", problems));
    let effort_hours = fields.get("effort_hours").map(|v| effort(v, problems));
    let (theme, category, notes) = (
        text("theme", problems),
        text("category", problems),
        text("notes", problems),
    );

    let start = start?;
    let start_year = match start {
        Start::Year(year) => Some(year),
        Start::Ongoing => Some(plan.first_year),
        Start::Tbd => None,
    };
    let end_year = match (start, end) {
        (Start::Tbd, _) => None,
        (_, Some(end)) => Some(end),
        (Start::Ongoing, None) => Some(plan.last_year),
        (Start::Year(year), None) => Some(year),
    };
    if let (Some(start), Some(end)) = (start_year, end_year)
        && end < start
    {
        problems.at(
            fields.get("end").map_or(fields.span(), |v| v.span()),
            format!("`end` {end} is before the start {start}"),
            format!("write an end of {start} or later"),
        );
    }
    if let (Some(effort), Some(start), Some(end)) =
        (fields.get("effort_hours"), start_year, end_year)
    {
        warn_effort_outside(effort, start..=end, problems);
    }
    if let Some(v) = fields.get("operational")
        && operational.is_some_and(|o| !o.is_zero())
        && adds_fte.is_none_or(|f| f.is_zero())
    {
        problems.push(
            Diagnostic::warning(Some(v.span()), "`operational` has no effect without `adds_fte`")
                .help("it is the share of the added staff's time lost to operations; add `adds_fte` or remove it"),
        );
    }
    let recurring_from = recurring_start.or(start_year);
    if let (Some(from), Some(to)) = (recurring_from, recurring_end)
        && to < from
    {
        problems.at(
            fields
                .get("recurring_end")
                .map_or(fields.span(), |v| v.span()),
            format!("`recurring_end` {to} is before the recurring cost starts in {from}"),
            format!("write a recurring_end of {from} or later"),
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
        one_time: one_time
            .flatten()
            .unwrap_or(OneTime::InStartYear(Amount::ZERO)),
        recurring: recurring.unwrap_or(Amount::ZERO),
        recurring_start,
        recurring_end,
        escalation: escalation.unwrap_or(plan.escalation),
        urgency,
        importance,
        adds_fte: adds_fte.unwrap_or(Decimal::ZERO),
        operational: operational.unwrap_or(Decimal::ZERO),
        effort_hours: effort_hours
            .flatten()
            .unwrap_or(Effort::Total(Decimal::ZERO)),
        notes,
        span: id_value.map_or(fields.span(), |v| v.span()),
        rank: None,
        discretionary: Initiative::default_discretionary(kind, status.unwrap_or(Status::New)),
        depends_on: Vec::new(),
    })
}

fn non_empty_id(value: &Value, problems: &mut Problems) -> Option<String> {
    let id = value::string(value, "id", problems)?;
    if id.trim().is_empty() {
        problems.at(
            value.span(),
            "`id` is empty",
            "give the initiative an id such as \"BP-1\"",
        );
        return None;
    }
    Some(id)
}

fn start(value: &Value, problems: &mut Problems) -> Option<Start> {
    match value
        .get_ref()
        .as_str()
        .map(|s| s.trim().to_ascii_lowercase())
    {
        Some(text) if text == "ongoing" => Some(Start::Ongoing),
        Some(text) if text == "tbd" => Some(Start::Tbd),
        Some(text) => {
            problems.at(
                value.span(),
                format!("`start` must be a year, \"ongoing\" or \"tbd\", not \"{text}\""),
                "write start = 2025 (no quotes), \"ongoing\" or \"tbd\"",
            );
            None
        }
        None => value::year(value, "start", problems).map(Start::Year),
    }
}

fn choice(value: &Value, field: &str, names: &[&str], problems: &mut Problems) -> Option<usize> {
    let text = value::string(value, field, problems)?;
    let index = names
        .iter()
        .position(|name| name.eq_ignore_ascii_case(text.trim()));
    if index.is_none() {
        problems.at(
            value.span(),
            format!("unknown {field} \"{text}\""),
            format!("write one of: {}", names.join(", ")),
        );
    }
    index
}

/// A percent between 0% and 100%.
pub fn share(value: &Value, field: &str, problems: &mut Problems) -> Option<Decimal> {
    let share = value::percent(value, field, problems)?;
    if share < Decimal::ZERO || share > Decimal::ONE {
        problems.at(
            value.span(),
            format!("`{field}` must be between 0% and 100%"),
            "it is the share of time lost to operations and time out of office",
        );
        return None;
    }
    Some(share)
}

fn one_time(value: &Value, problems: &mut Problems) -> Option<OneTime> {
    if value.get_ref().is_table() {
        let phases: Vec<(Year, Amount)> = year_table(value, "one_time", problems, value::money);
        return Some(OneTime::Phased(phases));
    }
    value::money(value, "one_time", problems).map(OneTime::InStartYear)
}

fn effort(value: &Value, problems: &mut Problems) -> Option<Effort> {
    if value.get_ref().is_table() {
        return Some(Effort::ByYear(year_table(
            value,
            "effort_hours",
            problems,
            value::non_negative,
        )));
    }
    value::non_negative(value, "effort_hours", problems).map(Effort::Total)
}

/// Effort for a year outside start..=end still counts, but is likely a slip.
fn warn_effort_outside(effort: &Value, work: RangeInclusive<Year>, problems: &mut Problems) {
    let (start, end) = (*work.start(), *work.end());
    if end < start {
        return;
    }
    warn_years_outside(effort, &work, problems, |year| {
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
