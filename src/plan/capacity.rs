//! Reading `[capacity]`: teams, demand and the hours-per-FTE model.

use std::ops::RangeInclusive;

use rust_decimal::Decimal;
use toml::de::DeValue;

use super::fields::Fields;
use super::initiative::share;
use super::load::{MAX_HORIZON_YEARS, read_all, year_table};
use super::model::{Capacity, Demand, Team, TeamOperational, Year};
use super::value::{self, Problems, Value};
use crate::diagnostic::Diagnostic;

const CAPACITY_KEYS: &[&str] = &[
    "hours_per_fte_quarter",
    "first_year",
    "last_year",
    "team",
    "demand",
];
const TEAM_KEYS: &[&str] = &[
    "name",
    "fte",
    "operational_hours_per_quarter",
    "operational",
];
const DEMAND_KEYS: &[&str] = &["name", "hours_per_quarter"];

/// 35 hours a week for 13 weeks.
pub const DEFAULT_HOURS_PER_FTE_QUARTER: Decimal = Decimal::from_parts(455, 0, 0, false, 0);

pub fn read_capacity(
    value: &Value,
    plan_first: Year,
    plan_last: Year,
    problems: &mut Problems,
) -> Option<Capacity> {
    let fields = Fields::new(value, "[capacity]", CAPACITY_KEYS, problems)?;
    let hours_value = fields.get("hours_per_fte_quarter");
    let hours = hours_value.and_then(|v| value::non_negative(v, "hours_per_fte_quarter", problems));
    if let (Some(v), Some(h)) = (hours_value, hours)
        && h.is_zero()
    {
        problems.at(
            v.span(),
            "`hours_per_fte_quarter` cannot be 0",
            "every FTE figure divides by it; the usual model is 455 (35 h/week × 13 weeks)",
        );
    }
    let first_year = fields
        .get("first_year")
        .and_then(|v| value::year(v, "first_year", problems))
        .unwrap_or(plan_first);
    let last_year = fields
        .get("last_year")
        .and_then(|v| value::year(v, "last_year", problems))
        .unwrap_or(plan_last);
    let window_span = fields.get("last_year").map_or(fields.span(), |v| v.span());
    if last_year < first_year {
        problems.at(
            window_span,
            format!("[capacity] `last_year` {last_year} is before `first_year` {first_year}"),
            "swap them or fix the year",
        );
    } else if last_year - first_year >= MAX_HORIZON_YEARS {
        problems.at(
            window_span,
            format!(
                "[capacity] covers {first_year}..={last_year}, more than {MAX_HORIZON_YEARS} years"
            ),
            format!(
                "choose a last_year of at most {}",
                first_year + MAX_HORIZON_YEARS - 1
            ),
        );
    }
    let years = first_year..=last_year;
    let hours = hours.unwrap_or(DEFAULT_HOURS_PER_FTE_QUARTER);
    let teams = read_all(fields.get("team"), "[[capacity.team]]", problems, |v, p| {
        read_team(v, hours, p)
    });
    let demand = read_all(
        fields.get("demand"),
        "[[capacity.demand]]",
        problems,
        |v, p| read_demand(v, &years, p),
    );
    Some(Capacity {
        hours_per_fte_quarter: hours,
        first_year,
        last_year,
        teams,
        demand,
        span: fields.span(),
    })
}

fn read_team(value: &Value, hours_per_fte: Decimal, problems: &mut Problems) -> Option<Team> {
    let fields = Fields::new(value, "[[capacity.team]]", TEAM_KEYS, problems)?;
    let name = fields
        .required("name", "\"IT staff\"", problems)
        .and_then(|v| value::string(v, "name", problems));
    let fte = fields
        .required("fte", "12", problems)
        .and_then(|v| value::non_negative(v, "fte", problems));
    let hours = fields.get("operational_hours_per_quarter");
    let share_value = fields.get("operational");
    let operational = match (hours, share_value) {
        (Some(h), None) => value::non_negative(h, "operational_hours_per_quarter", problems)
            .map(TeamOperational::HoursPerQuarter),
        (None, Some(s)) => share(s, "operational", problems).map(TeamOperational::Share),
        (Some(h), Some(_)) => {
            problems.at(
                h.span(),
                "a team gives either `operational_hours_per_quarter` or `operational`, not both",
                "keep the one the source states",
            );
            None
        }
        (None, None) => {
            problems.at(
                fields.span(),
                "[[capacity.team]] needs `operational_hours_per_quarter` or `operational`",
                "add e.g. `operational = \"84.75%\"` (operations + time out of office), or \"0%\"",
            );
            None
        }
    };
    let (fte, operational) = (fte?, operational?);
    if let (TeamOperational::HoursPerQuarter(given), Some(h)) = (operational, hours) {
        let capacity = fte.checked_mul(hours_per_fte).unwrap_or(Decimal::MAX);
        if given > capacity {
            problems.push(
                Diagnostic::warning(Some(h.span()), format!("operational hours {given} exceed the team's capacity of {capacity} hours per quarter"))
                    .help("operational hours are per quarter, for the whole team"),
            );
        }
    }
    Some(Team {
        name: name?,
        fte,
        operational,
        span: fields.span(),
    })
}

fn read_demand(
    value: &Value,
    years: &RangeInclusive<Year>,
    problems: &mut Problems,
) -> Option<Demand> {
    let fields = Fields::new(value, "[[capacity.demand]]", DEMAND_KEYS, problems)?;
    let name = fields
        .required("name", "\"Projects\"", problems)
        .and_then(|v| value::string(v, "name", problems));
    let hours_value = fields.required("hours_per_quarter", "{ 2025 = 1632.38 }", problems);
    let hours =
        hours_value.map(|v| year_table(v, "hours_per_quarter", problems, value::non_negative));
    if let Some(v) = hours_value.filter(|_| !years.is_empty()) {
        let (first, last) = (years.start(), years.end());
        warn_years_outside(v, years, problems, |year| {
            (
                format!(
                    "`hours_per_quarter` for {year} lies outside the capacity years {first}–{last}"
                ),
                format!(
                    "it is not counted; widen [capacity] first_year/last_year, or remove {year}"
                ),
            )
        });
    }
    Some(Demand {
        name: name?,
        hours_per_quarter: hours?,
    })
}

/// Warns at each year key of the table `value` outside `years`: a figure
/// the capacity table would otherwise drop or place without a word.
pub(super) fn warn_years_outside(
    value: &Value,
    years: &RangeInclusive<Year>,
    problems: &mut Problems,
    warning: impl Fn(Year) -> (String, String),
) {
    let DeValue::Table(table) = value.get_ref() else {
        return;
    };
    for (key, _) in table.iter() {
        // Keys that are not years were reported when the table was read.
        let Ok(year) = key.get_ref().trim().parse::<Year>() else {
            continue;
        };
        if value::YEARS.contains(&year) && !years.contains(&year) {
            let (message, help) = warning(year);
            problems.push(Diagnostic::warning(Some(key.span()), message).help(help));
        }
    }
}
