//! The contract's JSON shape for `itplan diff --format json`, plus the
//! extra keys the contract allows (new_recurring, capacity_surplus, …).

use rust_decimal::Decimal;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::diff_verdict::verdict;
use super::json::{YearKeyed, money};
use crate::plan::Year;
use crate::render::number;
use crate::report::changes::FieldChange;
use crate::report::costs::InitiativeCost;
use crate::report::diff::{CapacityDiff, Change, DiffReport};

#[derive(Serialize)]
pub struct DiffJson<'a> {
    old: &'a str,
    new: &'a str,
    plan: &'a str,
    currency: &'a str,
    years: &'a [Year],
    horizon: Horizons,
    /// The years every total, cost and guardrail covers.
    common_years: Option<[Year; 2]>,
    only_old_years: Vec<Year>,
    only_new_years: Vec<Year>,
    added: Vec<&'a str>,
    removed: Vec<&'a str>,
    changed: Vec<ChangedJson<'a>>,
    plan_fields: Fields<'a>,
    costs: Costs<'a>,
    cash_flow: ByYear,
    cash_flow_total: ChangeJson,
    cash_flow_change_percent: Option<String>,
    new_recurring: ByYear,
    new_recurring_total: ChangeJson,
    capacity: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    capacity_surplus: Option<ByYear>,
    #[serde(skip_serializing_if = "Option::is_none")]
    levy_requirement: Option<ByYear>,
    #[serde(skip_serializing_if = "Option::is_none")]
    levy_requirement_total: Option<ChangeJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tax_impact_percent: Option<ByYear>,
    max_increase: Option<String>,
    exceeded: Option<bool>,
    warn_increase: Option<String>,
    warned: Option<bool>,
    max_tax_increase: Option<String>,
    tax_exceeded: Option<Vec<TaxYear>>,
    /// A failing guardrail tripped: the exit code is 1.
    failed: bool,
    differs: bool,
    verdict: String,
}

#[derive(Serialize)]
struct Horizons {
    old: [Year; 2],
    new: [Year; 2],
}

#[derive(Serialize)]
struct ChangedJson<'a> {
    id: &'a str,
    name: &'a str,
    fields: Fields<'a>,
}

/// `{ "one_time": { "old": "…", "new": "…" }, … }` in the plan's field order.
struct Fields<'a>(&'a [FieldChange]);

impl Serialize for Fields<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct OldNew<'a> {
            old: Option<&'a str>,
            new: Option<&'a str>,
        }
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for field in self.0 {
            let pair = OldNew {
                old: field.old.as_deref(),
                new: field.new.as_deref(),
            };
            map.serialize_entry(field.field, &pair)?;
        }
        map.end()
    }
}

/// `{ "SEC-1": { "name": …, "change": "added", "old": null, "new": "65000",
/// "delta": "65000", "tbd": false }, … }`, largest change first.
struct Costs<'a>(&'a [InitiativeCost]);

impl Serialize for Costs<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct CostJson<'a> {
            name: &'a str,
            change: &'static str,
            old: Option<String>,
            new: Option<String>,
            delta: String,
            tbd: bool,
            unscheduled: bool,
        }
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for cost in self.0 {
            let entry = CostJson {
                name: &cost.name,
                change: cost.change.as_str(),
                old: cost.old.map(|side| money(side.total)),
                new: cost.new.map(|side| money(side.total)),
                delta: money(cost.delta),
                tbd: cost.tbd(),
                unscheduled: cost.unscheduled(),
            };
            map.serialize_entry(&cost.id, &entry)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct TaxYear {
    year: Year,
    /// new − old tax impact, percentage points.
    growth: String,
}

#[derive(Serialize)]
struct ChangeJson {
    old: Option<String>,
    new: Option<String>,
    delta: Option<String>,
}

fn change_json(change: &Change, show: fn(Decimal) -> String) -> ChangeJson {
    ChangeJson {
        old: change.old.map(show),
        new: change.new.map(show),
        delta: change.delta.map(show),
    }
}

/// `{ "2027": { "old": …, "new": …, "delta": … }, … }`.
type ByYear = YearKeyed<ChangeJson>;

fn by_year(years: &[Year], changes: &[Change], show: fn(Decimal) -> String) -> ByYear {
    YearKeyed(
        years
            .iter()
            .zip(changes)
            .map(|(y, c)| (*y, change_json(c, show)))
            .collect(),
    )
}

pub fn diff_json<'a>(report: &'a DiffReport, (old, new): (&'a str, &'a str)) -> DiffJson<'a> {
    let c = &report.changes;
    let ids =
        |list: &'a [crate::report::changes::Listed]| list.iter().map(|i| i.id.as_str()).collect();
    let years = &report.years[..];
    let hours: fn(Decimal) -> String = |v| number::fixed(v, 2);
    let percent: fn(Decimal) -> String = |v| number::fixed(v, 4);
    let (g, v) = (&report.guardrails, &report.verdict);
    let unshared = |old: bool| -> Vec<Year> {
        let years = report.unshared_years().into_iter();
        years.filter(|(_, o)| *o == old).map(|(y, _)| y).collect()
    };
    DiffJson {
        old,
        new,
        plan: &report.plan,
        currency: &report.currency,
        years,
        horizon: Horizons {
            old: [report.old_horizon.0, report.old_horizon.1],
            new: [report.new_horizon.0, report.new_horizon.1],
        },
        common_years: report.common.map(|(a, b)| [a, b]),
        only_old_years: unshared(true),
        only_new_years: unshared(false),
        added: ids(&c.added),
        removed: ids(&c.removed),
        changed: c
            .changed
            .iter()
            .map(|ch| ChangedJson {
                id: &ch.id,
                name: &ch.name,
                fields: Fields(&ch.fields),
            })
            .collect(),
        plan_fields: Fields(&c.plan),
        costs: Costs(&report.costs),
        cash_flow: by_year(years, &report.cash_flow, money),
        cash_flow_total: change_json(&report.cash_flow_total, money),
        cash_flow_change_percent: report.cash_flow_percent.map(|p| number::fixed(p, 4)),
        new_recurring: by_year(years, &report.new_recurring, money),
        new_recurring_total: change_json(&report.new_recurring_total, money),
        capacity: match report.capacity {
            CapacityDiff::Neither => "neither",
            CapacityDiff::OnlyOld => "old",
            CapacityDiff::OnlyNew => "new",
            CapacityDiff::Both(_) => "both",
        },
        capacity_surplus: match &report.capacity {
            CapacityDiff::Both(rows) => Some(YearKeyed(
                rows.iter()
                    .map(|(y, c)| (*y, change_json(c, hours)))
                    .collect(),
            )),
            _ => None,
        },
        levy_requirement: report
            .levy_requirement
            .as_deref()
            .map(|rows| by_year(years, rows, money)),
        levy_requirement_total: report
            .levy_requirement_total
            .as_ref()
            .map(|total| change_json(total, money)),
        tax_impact_percent: report
            .tax_impact
            .as_deref()
            .map(|rows| by_year(years, rows, percent)),
        max_increase: g.max_increase.map(|t| t.plain()),
        exceeded: g.max_increase.map(|_| v.exceeded),
        warn_increase: g.warn_increase.map(|t| t.plain()),
        warned: g.warn_increase.map(|_| v.warned),
        max_tax_increase: g.max_tax_increase.map(number::plain),
        tax_exceeded: g.max_tax_increase.map(|_| {
            v.tax_exceeded
                .iter()
                .map(|&(year, growth)| TaxYear {
                    year,
                    growth: number::fixed(growth, 4),
                })
                .collect()
        }),
        failed: v.failed(),
        differs: report.differs(),
        verdict: verdict(report),
    }
}
