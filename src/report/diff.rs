//! What changed between two versions of a plan, and what it does to the
//! budget. Pure: the plans' figures are computed first (`figures`), so an
//! error can be reported against the plan it concerns.

use rust_decimal::Decimal;

use super::changes::{Changes, changes};
use super::costs::{InitiativeCost, Rows, initiative_costs};
pub use super::diff_figures::{Figures, figures};
use super::guardrail::{Guardrails, Verdict, judge};
use super::money::percent_of;
use super::threshold::Threshold;
use crate::diagnostic::Diagnostic;
use crate::plan::{Plan, Year};

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
    /// The union of both horizons; a side is None in a year its plan does
    /// not cover.
    pub years: Vec<Year>,
    /// The years both plans cover, which every total, cost and guardrail
    /// counts; None when the horizons do not overlap.
    pub common: Option<(Year, Year)>,
    pub changes: Changes,
    /// Each added, removed and changed initiative's cost over `common`,
    /// largest change first.
    pub costs: Vec<InitiativeCost>,
    pub cash_flow: Vec<Change>,
    /// Over the shared years.
    pub cash_flow_total: Change,
    /// The total's change as a percent of the old total; None from 0.
    pub cash_flow_percent: Option<Decimal>,
    pub new_recurring: Vec<Change>,
    /// Over the shared years.
    pub new_recurring_total: Change,
    pub capacity: CapacityDiff,
    pub tax_impact: Option<Vec<Change>>,
    /// Per year, when either plan names funding (else it equals the cash flow).
    pub levy_requirement: Option<Vec<Change>>,
    /// Over the shared years.
    pub levy_requirement_total: Option<Change>,
    pub guardrails: Guardrails,
    pub verdict: Verdict,
    pub max_increase: Option<Threshold>,
    /// A failing guardrail tripped.
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

    /// Years only one plan covers: (year, true when it is the old plan's).
    pub fn unshared_years(&self) -> Vec<(Year, bool)> {
        let covers = |(a, b): (Year, Year), y: Year| (a..=b).contains(&y);
        self.years
            .iter()
            .filter(|y| !self.is_shared(**y))
            .map(|&y| (y, covers(self.old_horizon, y)))
            .collect()
    }

    pub fn is_shared(&self, year: Year) -> bool {
        self.common.is_some_and(|(a, b)| (a..=b).contains(&year))
    }
}

/// Compares two plans whose figures are computed, holding the change to
/// `max_increase` alone (see `diff_with` for every guardrail).
pub fn diff(
    old: (&Plan, &Figures),
    new: (&Plan, &Figures),
    max_increase: Option<Threshold>,
) -> Result<DiffReport, Diagnostic> {
    let guardrails = Guardrails {
        max_increase,
        ..Guardrails::default()
    };
    diff_with(old, new, &guardrails)
}

/// Compares two plans whose figures are computed, and judges the change
/// against the guardrails over the years both plans share.
pub fn diff_with(
    (old, old_figures): (&Plan, &Figures),
    (new, new_figures): (&Plan, &Figures),
    guardrails: &Guardrails,
) -> Result<DiffReport, Diagnostic> {
    let first = old.first_year.min(new.first_year);
    let years: Vec<Year> = (first..=old.last_year.max(new.last_year)).collect();
    let (shared_first, shared_last) = (
        old.first_year.max(new.first_year),
        old.last_year.min(new.last_year),
    );
    let common = (shared_first <= shared_last).then_some((shared_first, shared_last));
    let yearly = |pick: fn(&Figures) -> &[Decimal]| -> Result<Vec<Change>, Diagnostic> {
        years
            .iter()
            .map(|&y| {
                let old = old_figures.at(pick(old_figures), y);
                Change::of(old, new_figures.at(pick(new_figures), y))
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
    let tax_growth: Vec<(Year, Decimal)> = tax_impact
        .iter()
        .flat_map(|rows| years.iter().zip(rows))
        .filter_map(|(y, change)| Some((*y, change.delta?)))
        .collect();
    let verdict = judge(guardrails, (old_total, new_total), &tax_growth);
    let changes = changes(old, new);
    let costs = initiative_costs(
        &changes,
        Rows {
            first_year: old.first_year,
            rows: &old_figures.initiatives,
        },
        Rows {
            first_year: new.first_year,
            rows: &new_figures.initiatives,
        },
        common,
    )?;
    Ok(DiffReport {
        plan: new.name.clone(),
        currency: new.currency.clone(),
        old_horizon: (old.first_year, old.last_year),
        new_horizon: (new.first_year, new.last_year),
        common,
        changes,
        costs,
        cash_flow_percent: cash_flow_total
            .delta
            .and_then(|d| percent_of(d, old_total.abs())),
        new_recurring_total: total(&new_recurring)?,
        capacity: capacity(old_figures, new_figures)?,
        exceeded: verdict.failed(),
        max_increase: guardrails.max_increase,
        guardrails: *guardrails,
        verdict,
        years,
        cash_flow,
        cash_flow_total,
        new_recurring,
        tax_impact,
        levy_requirement,
        levy_requirement_total,
    })
}

/// Sums the years both plans cover: exactly those where both sides are
/// known (rows outside either horizon have a None side).
fn total(rows: &[Change]) -> Result<Change, Diagnostic> {
    let shared = rows.iter().filter_map(|c| Some((c.old?, c.new?)));
    let (mut old, mut new) = (Decimal::ZERO, Decimal::ZERO);
    for (a, b) in shared {
        old = old.checked_add(a).ok_or_else(overflow)?;
        new = new.checked_add(b).ok_or_else(overflow)?;
    }
    Change::of(Some(old), Some(new))
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
