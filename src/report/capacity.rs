//! The capacity report (the 455 model): IT staff hours available for
//! projects against the hours projects need, per capacity year. A pure
//! function of the plan and the what-if hires.

use rust_decimal::Decimal;

pub use super::demand::{Source, SourceKind};
use super::effort::{QUARTERS, Window, touches_capacity};
use super::supply::{Supply, supply};
use crate::diagnostic::Diagnostic;
use crate::plan::{Plan, Year};

pub use super::supply::{Hire, WhatIf};

/// Rows A-F of a master plan's capacity table, one value per capacity year.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rows {
    /// A: FTE × H.
    pub capacity: Vec<Decimal>,
    /// B: operations and time out of office.
    pub operational: Vec<Decimal>,
    /// C = A − B.
    pub available: Vec<Decimal>,
    /// D: project demand.
    pub demand: Vec<Decimal>,
    /// E = C − D; negative when demand exceeds supply.
    pub surplus: Vec<Decimal>,
    /// F = E ÷ H, in FTE whatever the period.
    pub surplus_fte: Vec<Decimal>,
}

/// Figures in one period: the rows and each demand source's hours.
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    pub rows: Rows,
    /// Parallel to `CapacityReport::sources`.
    pub sources: Vec<Vec<Decimal>>,
}

#[derive(Debug, Clone)]
pub struct CapacityReport {
    pub plan: String,
    pub organization: Option<String>,
    pub hours_per_fte_quarter: Decimal,
    pub years: Vec<Year>,
    /// Average hours per quarter: the contract's figures.
    pub quarter: Figures,
    /// Hours per year (quarter × 4); FTE stay FTE.
    pub year: Figures,
    /// Demand sources with any hours in the capacity years, largest first.
    pub sources: Vec<Source>,
    /// Unscheduled initiatives that would add staff or demand.
    pub unscheduled: Vec<String>,
    pub what_if: Option<WhatIf>,
}

impl CapacityReport {
    /// Years whose surplus, as printed, is negative.
    pub fn deficit_years(&self) -> Vec<Year> {
        let surplus = &self.quarter.rows.surplus;
        self.years
            .iter()
            .zip(surplus)
            .filter(|(_, e)| super::money::cents(**e) < Decimal::ZERO)
            .map(|(year, _)| *year)
            .collect()
    }
}

pub fn capacity(plan: &Plan, what_if: Option<&WhatIf>) -> Result<CapacityReport, Diagnostic> {
    let cap = plan.capacity.as_ref().ok_or_else(|| {
        Diagnostic::error(None, "this plan has no [capacity] table")
            .help("add [capacity] with at least one [[capacity.team]]")
    })?;
    let window = Window::new(cap.first_year, cap.last_year);
    let h = cap.hours_per_fte_quarter;
    let supply = supply(cap, &plan.initiatives, what_if, &window)?;
    let (sources, hours) = super::demand::sources(cap, &plan.initiatives, &window)?;
    let quarter = figures(supply, hours, h, window.len).ok_or_else(overflow)?;
    let year = scaled(&quarter, QUARTERS).ok_or_else(overflow)?;
    Ok(CapacityReport {
        plan: plan.name.clone(),
        organization: plan.organization.clone(),
        hours_per_fte_quarter: h,
        years: window.years(),
        quarter,
        year,
        sources,
        unscheduled: plan
            .initiatives
            .iter()
            .filter(|i| i.is_unscheduled() && touches_capacity(i))
            .map(|i| i.id.clone())
            .collect(),
        what_if: what_if.cloned(),
    })
}

fn overflow() -> Diagnostic {
    Diagnostic::error(None, "arithmetic overflow in the capacity figures")
        .help("the hours add up past the largest number itplan can hold (about 7.9 × 10^28)")
}

/// C, D, E and F from the supply and the demand sources. None on overflow.
fn figures(supply: Supply, hours: Vec<Vec<Decimal>>, h: Decimal, years: usize) -> Option<Figures> {
    let mut demand = vec![Decimal::ZERO; years];
    for row in &hours {
        for (total, cell) in demand.iter_mut().zip(row) {
            *total = total.checked_add(*cell)?;
        }
    }
    let available = zip_with(&supply.capacity, &supply.operational, Decimal::checked_sub)?;
    let surplus = zip_with(&available, &demand, Decimal::checked_sub)?;
    let surplus_fte = surplus
        .iter()
        .map(|e| e.checked_div(h))
        .collect::<Option<_>>()?;
    Some(Figures {
        rows: Rows {
            capacity: supply.capacity,
            operational: supply.operational,
            available,
            demand,
            surplus,
            surplus_fte,
        },
        sources: hours,
    })
}

fn zip_with(
    a: &[Decimal],
    b: &[Decimal],
    op: fn(Decimal, Decimal) -> Option<Decimal>,
) -> Option<Vec<Decimal>> {
    a.iter().zip(b).map(|(x, y)| op(*x, *y)).collect()
}

/// Every hour figure × `factor`; F (in FTE) unchanged.
fn scaled(figures: &Figures, factor: Decimal) -> Option<Figures> {
    let times = |values: &[Decimal]| -> Option<Vec<Decimal>> {
        values.iter().map(|v| v.checked_mul(factor)).collect()
    };
    let rows = &figures.rows;
    Some(Figures {
        rows: Rows {
            capacity: times(&rows.capacity)?,
            operational: times(&rows.operational)?,
            available: times(&rows.available)?,
            demand: times(&rows.demand)?,
            surplus: times(&rows.surplus)?,
            surplus_fte: rows.surplus_fte.clone(),
        },
        sources: figures
            .sources
            .iter()
            .map(|row| times(row))
            .collect::<Option<_>>()?,
    })
}

#[cfg(test)]
mod tests;
