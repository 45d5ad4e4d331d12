//! What changed between two versions of a plan, and what it does to the
//! budget. Pure: the plans' figures are computed first (`figures`), so an
//! error can be reported against the plan it concerns.

use rust_decimal::Decimal;

use super::budget::{BudgetOptions, budget};
use super::capacity::capacity as capacity_report;
use super::changes::{Changes, changes};
use super::levy::levy_rows;
use super::money::percent_of;
use super::threshold::Threshold;
use crate::diagnostic::Diagnostic;
use crate::plan::{Plan, Year};

/// One plan's yearly figures over its own horizon.
#[derive(Debug, Clone)]
pub struct Figures {
    pub first_year: Year,
    pub cash_flow: Vec<Decimal>,
    pub new_recurring: Vec<Decimal>,
    pub tax_impact: Option<Vec<Decimal>>,
    /// What taxation must raise: the cash flow unless the plan names funding.
    pub levy_requirement: Vec<Decimal>,
    pub funded: bool,
    pub surplus: Option<Vec<(Year, Decimal)>>,
}

/// Computes what `diff` compares; `levy` asks for the tax impact.
pub fn figures(plan: &Plan, levy: bool) -> Result<Figures, Diagnostic> {
    let report = budget(plan, &BudgetOptions::default())?;
    let levy_requirement = report.levy_requirement().0.to_vec();
    let totals = report.totals;
    let years: Vec<Year> = plan.years().collect();
    let tax_impact = match (&plan.levy, levy) {
        (Some(table), true) => {
            Some(levy_rows(table, &years, &levy_requirement, None)?.tax_impact_percent)
        }
        _ => None,
    };
    // Row E of the capacity report, per quarter, when the plan has one.
    let surplus: Option<Vec<(Year, Decimal)>> = match plan.capacity {
        Some(_) => {
            let report = capacity_report(plan, None)?;
            Some(
                report
                    .years
                    .iter()
                    .copied()
                    .zip(report.quarter.rows.surplus)
                    .collect(),
            )
        }
        None => None,
    };
    Ok(Figures {
        first_year: plan.first_year,
        cash_flow: totals.cash_flow,
        new_recurring: totals.new_recurring,
        tax_impact,
        levy_requirement,
        funded: plan.has_funding(),
        surplus,
    })
}

impl Figures {
    /// The value in `year`; 0 outside this plan's horizon.
    fn at(&self, values: &[Decimal], year: Year) -> Decimal {
        usize::try_from(year - self.first_year)
            .ok()
            .and_then(|j| values.get(j).copied())
            .unwrap_or(Decimal::ZERO)
    }
}

/// Old, new and new − old; a side is None where the plan has no figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    pub old: Option<Decimal>,
    pub new: Option<Decimal>,
    pub delta: Option<Decimal>,
}

impl Change {
    pub fn of(old: Option<Decimal>, new: Option<Decimal>) -> Result<Change, Diagnostic> {
        let delta = match (old, new) {
            (Some(a), Some(b)) => Some(b.checked_sub(a).ok_or_else(overflow)?),
            _ => None,
        };
        Ok(Change { old, new, delta })
    }

    pub fn is_zero(&self) -> bool {
        self.old == self.new
    }
}

fn overflow() -> Diagnostic {
    Diagnostic::error(None, "arithmetic overflow comparing the two plans")
}

/// Which plans have a [capacity] section; rows only when both do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CapacityDiff {
    Neither,
    OnlyOld,
    OnlyNew,
    Both(Vec<(Year, Change)>),
}

#[derive(Debug, Clone)]
pub struct DiffReport {
    pub plan: String,
    pub currency: String,
    pub old_horizon: (Year, Year),
    pub new_horizon: (Year, Year),
    /// The union of both horizons.
    pub years: Vec<Year>,
    pub changes: Changes,
    pub cash_flow: Vec<Change>,
    pub cash_flow_total: Change,
    /// Horizon total's change as a percent of the old total; None from 0.
    pub cash_flow_percent: Option<Decimal>,
    pub new_recurring: Vec<Change>,
    pub new_recurring_total: Change,
    pub capacity: CapacityDiff,
    pub tax_impact: Option<Vec<Change>>,
    /// Per year, when either plan names funding (else it equals the cash flow).
    pub levy_requirement: Option<Vec<Change>>,
    pub levy_requirement_total: Option<Change>,
    pub max_increase: Option<Threshold>,
    pub exceeded: bool,
}

impl DiffReport {
    pub fn differs(&self) -> bool {
        let any = |rows: &[Change]| rows.iter().any(|c| !c.is_zero());
        !self.changes.is_empty()
            || any(&self.cash_flow)
            || any(&self.new_recurring)
            || self.tax_impact.as_deref().is_some_and(any)
            || self.levy_requirement.as_deref().is_some_and(any)
            || match &self.capacity {
                CapacityDiff::Neither => false,
                CapacityDiff::OnlyOld | CapacityDiff::OnlyNew => true,
                CapacityDiff::Both(rows) => rows.iter().any(|(_, c)| !c.is_zero()),
            }
    }

    pub fn horizons_differ(&self) -> bool {
        self.old_horizon != self.new_horizon
    }
}

/// Compares two plans whose figures are computed.
pub fn diff(
    (old, old_figures): (&Plan, &Figures),
    (new, new_figures): (&Plan, &Figures),
    max_increase: Option<Threshold>,
) -> Result<DiffReport, Diagnostic> {
    let first = old.first_year.min(new.first_year);
    let years: Vec<Year> = (first..=old.last_year.max(new.last_year)).collect();
    let yearly = |pick: fn(&Figures) -> &[Decimal]| -> Result<Vec<Change>, Diagnostic> {
        years
            .iter()
            .map(|&y| {
                let old = old_figures.at(pick(old_figures), y);
                Change::of(Some(old), Some(new_figures.at(pick(new_figures), y)))
            })
            .collect()
    };
    let cash_flow = yearly(|f| &f.cash_flow)?;
    let new_recurring = yearly(|f| &f.new_recurring)?;
    let tax_impact = match (&old_figures.tax_impact, &new_figures.tax_impact) {
        (Some(_), Some(_)) => Some(yearly(|f| f.tax_impact.as_deref().unwrap_or(&[]))?),
        _ => None,
    };
    let levy_requirement = match old_figures.funded || new_figures.funded {
        true => Some(yearly(|f| &f.levy_requirement)?),
        false => None,
    };
    let levy_requirement_total = levy_requirement.as_deref().map(total).transpose()?;
    let cash_flow_total = total(&cash_flow)?;
    let (old_total, new_total) = (
        cash_flow_total.old.unwrap_or_default(),
        cash_flow_total.new.unwrap_or_default(),
    );
    Ok(DiffReport {
        plan: new.name.clone(),
        currency: new.currency.clone(),
        old_horizon: (old.first_year, old.last_year),
        new_horizon: (new.first_year, new.last_year),
        changes: changes(old, new),
        cash_flow_percent: cash_flow_total
            .delta
            .and_then(|d| percent_of(d, old_total.abs())),
        new_recurring_total: total(&new_recurring)?,
        capacity: capacity(old_figures, new_figures)?,
        exceeded: max_increase.is_some_and(|t| t.exceeded(old_total, new_total)),
        years,
        cash_flow,
        cash_flow_total,
        new_recurring,
        tax_impact,
        levy_requirement,
        levy_requirement_total,
        max_increase,
    })
}

fn total(rows: &[Change]) -> Result<Change, Diagnostic> {
    let sum = |side: fn(&Change) -> Option<Decimal>| {
        rows.iter()
            .try_fold(Decimal::ZERO, |sum, c| sum.checked_add(side(c)?))
            .ok_or_else(overflow)
    };
    Change::of(Some(sum(|c| c.old)?), Some(sum(|c| c.new)?))
}

/// Surplus per year over both capacity tables; a side is None in a year its
/// table does not cover.
fn capacity(old: &Figures, new: &Figures) -> Result<CapacityDiff, Diagnostic> {
    let (old, new) = match (&old.surplus, &new.surplus) {
        (None, None) => return Ok(CapacityDiff::Neither),
        (Some(_), None) => return Ok(CapacityDiff::OnlyOld),
        (None, Some(_)) => return Ok(CapacityDiff::OnlyNew),
        (Some(old), Some(new)) => (old, new),
    };
    let mut years: Vec<Year> = old.iter().chain(new).map(|(y, _)| *y).collect();
    years.sort_unstable();
    years.dedup();
    let find = |rows: &[(Year, Decimal)], year| rows.iter().find(|(y, _)| *y == year).map(|r| r.1);
    let rows = years
        .into_iter()
        .map(|y| Ok((y, Change::of(find(old, y), find(new, y))?)))
        .collect::<Result<Vec<_>, Diagnostic>>()?;
    Ok(CapacityDiff::Both(rows))
}
