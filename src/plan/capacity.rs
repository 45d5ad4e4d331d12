//! Reading `[capacity]`: teams, demand and the hours-per-FTE model.

use std::ops::RangeInclusive;

use rust_decimal::Decimal;

use super::fields::Fields;
use super::model::{Capacity, Demand, MAX_HORIZON_YEARS, Plan, Team, TeamOperational, Year};
use crate::diagnostic::Diagnostic;

/// 35 hours a week for 13 weeks.
pub const DEFAULT_HOURS_PER_FTE_QUARTER: Decimal = Decimal::from_parts(455, 0, 0, false, 0);

pub fn read_capacity(fields: &mut Fields, plan: &Plan) -> Option<Capacity> {
    let hours = fields.hours("hours_per_fte_quarter");
    if hours.is_some_and(|h| h.is_zero()) {
        fields.error_at(
            "hours_per_fte_quarter",
            "`hours_per_fte_quarter` cannot be 0",
            "every FTE figure divides by it; the usual model is 455 (35 h/week × 13 weeks)",
        );
    }
    let first_year = fields.year("first_year").unwrap_or(plan.first_year);
    let last_year = fields.year("last_year").unwrap_or(plan.last_year);
    check_window(fields, first_year, last_year);
    let years = first_year..=last_year;
    let hours = hours.unwrap_or(DEFAULT_HOURS_PER_FTE_QUARTER);
    let teams = fields.tables("team", |team| read_team(team, hours));
    let demand = fields.tables("demand", |demand| read_demand(demand, &years));
    Some(Capacity {
        hours_per_fte_quarter: hours,
        first_year,
        last_year,
        teams,
        demand,
        span: fields.span(),
    })
}

fn check_window(fields: &mut Fields, first_year: Year, last_year: Year) {
    if last_year < first_year {
        fields.error_at(
            "last_year",
            format!("[capacity] `last_year` {last_year} is before `first_year` {first_year}"),
            "swap them or fix the year",
        );
    } else if last_year - first_year >= MAX_HORIZON_YEARS {
        fields.error_at(
            "last_year",
            format!(
                "[capacity] covers {first_year}..={last_year}, more than {MAX_HORIZON_YEARS} years"
            ),
            format!(
                "choose a last_year of at most {}",
                first_year + MAX_HORIZON_YEARS - 1
            ),
        );
    }
}

fn read_team(fields: &mut Fields, hours_per_fte: Decimal) -> Option<Team> {
    let name = fields.text("name");
    let fte = fields.hours("fte");
    let operational = match (
        fields.has("operational_hours_per_quarter"),
        fields.has("operational"),
    ) {
        (true, false) => fields
            .hours("operational_hours_per_quarter")
            .map(TeamOperational::HoursPerQuarter),
        (false, true) => fields.share("operational").map(TeamOperational::Share),
        (true, true) => {
            fields.error_at(
                "operational_hours_per_quarter",
                "a team gives either `operational_hours_per_quarter` or `operational`, not both",
                "keep the one the source states",
            );
            None
        }
        (false, false) => {
            let span = fields.span();
            fields.problems().at(
                span,
                "[[capacity.team]] needs `operational_hours_per_quarter` or `operational`",
                "add e.g. `operational = \"84.75%\"` (operations + time out of office), or \"0%\"",
            );
            None
        }
    };
    let (fte, operational) = (fte?, operational?);
    if let TeamOperational::HoursPerQuarter(given) = operational {
        let capacity = fte.checked_mul(hours_per_fte).unwrap_or(Decimal::MAX);
        if given > capacity {
            let span = fields.span_of("operational_hours_per_quarter");
            fields.problems().push(
                Diagnostic::warning(Some(span), format!("operational hours {given} exceed the team's capacity of {capacity} hours per quarter"))
                    .help("operational hours are per quarter, for the whole team")
                    .kind("operational hours above the team's capacity"),
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

fn read_demand(fields: &mut Fields, years: &RangeInclusive<Year>) -> Option<Demand> {
    let name = fields.text("name");
    let hours = fields.hours_by_year("hours_per_quarter");
    if !years.is_empty() {
        let (first, last) = (*years.start(), *years.end());
        fields.warn_years_outside(
            "hours_per_quarter",
            years,
            |_| "`hours_per_quarter` outside the capacity years",
            |year| {
                (
                    format!(
                        "`hours_per_quarter` for {year} lies outside the capacity years {first}–{last}"
                    ),
                    format!(
                        "it is not counted; widen [capacity] first_year/last_year, or remove {year}"
                    ),
                )
            },
        );
    }
    Some(Demand {
        name: name?,
        hours_per_quarter: hours?,
    })
}
