//! The contract's JSON for `itplan schedule --format json`, plus extra keys.

use rust_decimal::Decimal;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::capacity_json::{WhatIfJson, what_if_json};
use super::json::{YearKeyed, money};
use crate::plan::Year;
use crate::render::number::{fixed, plain};
use crate::report::schedule::ScheduleReport;

#[derive(Serialize)]
pub struct ScheduleJson<'a> {
    moved: Vec<MoveJson<'a>>,
    capacity: CapacityJson<'a>,
    deficit_years: Vec<Year>,
    cash_flow: ChangeMap,
    cash_flow_total: Change,
    plan: &'a str,
    hours_per_fte_quarter: String,
    /// The deficit per year after levelling, with the staff that would close it.
    deficits: Vec<DeficitJson>,
    /// Amounts the moves carried past last_year (out of the horizon totals).
    past_horizon: String,
    /// Amounts the moves carried in from before first_year.
    into_horizon: String,
    /// False when no initiative gives effort_hours (nothing to level).
    has_effort: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    tax_impact_percent: Option<ChangeMap>,
    #[serde(skip_serializing_if = "Option::is_none")]
    what_if: Option<WhatIfJson>,
    unscheduled: &'a [String],
}

#[derive(Serialize)]
struct MoveJson<'a> {
    id: &'a str,
    from: Year,
    to: Year,
    shift: i32,
    reason: String,
    blocked_years: &'a [Year],
}

#[derive(Serialize)]
struct DeficitJson {
    year: Year,
    hours: String,
    /// Rounded up to 2 decimals; null when hiring cannot close it.
    fte_to_close: Option<String>,
}

#[derive(Serialize)]
struct Change {
    old: String,
    new: String,
    delta: String,
}

impl Change {
    fn new(old: Decimal, new: Decimal, show: fn(Decimal) -> String) -> Self {
        Change {
            old: show(old),
            new: show(new),
            delta: show(new.saturating_sub(old)),
        }
    }
}

/// `{ "2027": { "old": …, "new": …, "delta": … }, … }`
type ChangeMap = YearKeyed<Change>;

/// `{ "2025": { "available": "832.65", "demand_before": …, … }, … }`
struct CapacityJson<'a>(&'a ScheduleReport);

#[derive(Serialize)]
struct CapacityYear {
    available: String,
    demand_before: String,
    demand: String,
    surplus: String,
    surplus_fte: String,
}

impl Serialize for CapacityJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let report = self.0;
        let (before, after) = (&report.before, &report.after);
        let cell =
            |values: &[Decimal], j: usize| values.get(j).map_or_else(String::new, |v| fixed(*v, 2));
        let mut map = serializer.serialize_map(Some(report.years.len()))?;
        for (j, year) in report.years.iter().enumerate() {
            let row = CapacityYear {
                available: cell(&after.available, j),
                demand_before: cell(&before.demand, j),
                demand: cell(&after.demand, j),
                surplus: cell(&after.surplus, j),
                surplus_fte: cell(&after.surplus_fte, j),
            };
            map.serialize_entry(&year.to_string(), &row)?;
        }
        map.end()
    }
}

pub fn schedule_json(report: &ScheduleReport) -> ScheduleJson<'_> {
    let cash_flow = YearKeyed(
        report
            .horizon
            .iter()
            .zip(report.cash_flow_old.iter().zip(&report.cash_flow_new))
            .map(|(year, (old, new))| (*year, Change::new(*old, *new, money)))
            .collect(),
    );
    let tax_impact_percent = report.levy.as_ref().map(|(old, new)| {
        YearKeyed(
            report
                .horizon
                .iter()
                .zip(old.tax_impact_percent.iter().zip(&new.tax_impact_percent))
                .map(|(year, (o, n))| (*year, Change::new(*o, *n, |v| fixed(v, 4))))
                .collect(),
        )
    });
    ScheduleJson {
        moved: report
            .moves
            .iter()
            .map(|m| MoveJson {
                id: &m.id,
                from: m.from,
                to: m.to,
                shift: m.shift,
                reason: m.reason.to_string(),
                blocked_years: &m.blocked_years,
            })
            .collect(),
        capacity: CapacityJson(report),
        deficit_years: report.deficit_years(),
        cash_flow,
        cash_flow_total: Change::new(report.total_old, report.total_new, money),
        plan: &report.plan,
        hours_per_fte_quarter: plain(report.hours_per_fte_quarter),
        deficits: report
            .deficits
            .iter()
            .map(|d| DeficitJson {
                year: d.year,
                hours: fixed(d.hours, 2),
                fte_to_close: d.fte.map(|f| fixed(f, 2)),
            })
            .collect(),
        past_horizon: money(report.past_horizon),
        into_horizon: money(report.into_horizon),
        has_effort: report.has_effort,
        tax_impact_percent,
        what_if: report.what_if.as_ref().map(what_if_json),
        unscheduled: &report.unscheduled,
    }
}
