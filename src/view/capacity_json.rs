//! The contract's JSON shape for `itplan capacity --format json`, plus
//! extra keys. `rows` always holds average hours per quarter, as the
//! contract defines them, whatever `--period` says.

use rust_decimal::Decimal;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::json::YearMap;
use crate::plan::Year;
use crate::render::number::{fixed, percent_of_share as percent, plain};
use crate::report::capacity::{CapacityReport, Rows, SourceKind, WhatIf};
use crate::report::period::Period;

#[derive(Serialize)]
pub struct CapacityJson<'a> {
    hours_per_fte_quarter: String,
    years: &'a [Year],
    rows: RowsJson<'a>,
    period: &'static str,
    /// The rows × 4, with `--period year`.
    #[serde(skip_serializing_if = "Option::is_none")]
    rows_per_year: Option<RowsJson<'a>>,
    deficit_years: Vec<Year>,
    #[serde(skip_serializing_if = "Option::is_none")]
    what_if: Option<WhatIfJson>,
    /// With `--detail`: row D by source, largest first, per quarter.
    #[serde(skip_serializing_if = "Option::is_none")]
    demand_by_source: Option<Vec<SourceJson<'a>>>,
    unscheduled: &'a [String],
}

/// `{ "2024": { "capacity": "5460.00", … }, … }`
struct RowsJson<'a> {
    years: &'a [Year],
    rows: &'a Rows,
}

#[derive(Serialize)]
struct RowJson {
    capacity: String,
    operational: String,
    available: String,
    demand: String,
    surplus: String,
    surplus_fte: String,
}

impl Serialize for RowsJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let rows = self.rows;
        let mut map = serializer.serialize_map(Some(self.years.len()))?;
        for (j, year) in self.years.iter().enumerate() {
            // Capacity figures carry exactly 2 decimals.
            let cell =
                |values: &[Decimal]| values.get(j).map_or_else(String::new, |v| fixed(*v, 2));
            let row = RowJson {
                capacity: cell(&rows.capacity),
                operational: cell(&rows.operational),
                available: cell(&rows.available),
                demand: cell(&rows.demand),
                surplus: cell(&rows.surplus),
                surplus_fte: cell(&rows.surplus_fte),
            };
            map.serialize_entry(&year.to_string(), &row)?;
        }
        map.end()
    }
}

/// The hires a what-if adds, as `capacity` and `schedule` both state them.
#[derive(Serialize)]
pub(super) struct WhatIfJson {
    hires: Vec<HireJson>,
    /// Percent, as an exact decimal string ("20" for 20%).
    operational_percent: String,
}

#[derive(Serialize)]
struct HireJson {
    fte: String,
    from: Year,
}

#[derive(Serialize)]
struct SourceJson<'a> {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    name: &'a str,
    hours_per_quarter: YearMap<'a, Decimal>,
}

pub fn capacity_json(report: &CapacityReport, period: Period, detail: bool) -> CapacityJson<'_> {
    let years = &report.years[..];
    CapacityJson {
        hours_per_fte_quarter: plain(report.hours_per_fte_quarter),
        years,
        rows: RowsJson {
            years,
            rows: &report.quarter.rows,
        },
        period: match period {
            Period::Quarter => "quarter",
            Period::Year => "year",
        },
        rows_per_year: (period == Period::Year).then_some(RowsJson {
            years,
            rows: &report.year.rows,
        }),
        deficit_years: report.deficit_years(),
        what_if: report.what_if.as_ref().map(what_if_json),
        demand_by_source: detail.then(|| sources(report)),
        unscheduled: &report.unscheduled,
    }
}

pub(super) fn what_if_json(what_if: &WhatIf) -> WhatIfJson {
    WhatIfJson {
        hires: what_if
            .hires
            .iter()
            .map(|h| HireJson {
                fte: plain(h.fte),
                from: h.from,
            })
            .collect(),
        operational_percent: percent(what_if.operational),
    }
}

fn sources(report: &CapacityReport) -> Vec<SourceJson<'_>> {
    report
        .sources
        .iter()
        .zip(&report.quarter.sources)
        .map(|(source, hours)| SourceJson {
            kind: match source.kind {
                SourceKind::Initiative => "initiative",
                SourceKind::Demand => "demand",
            },
            id: source.id.as_deref(),
            name: &source.name,
            hours_per_quarter: YearMap {
                years: &report.years,
                values: hours,
                show: |v| Some(fixed(*v, 2)),
            },
        })
        .collect()
}
