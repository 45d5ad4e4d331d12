//! `itplan schedule`: the plan levelled to the staff it has, what moved
//! and why, the capacity before and after, the deficit that remains, and
//! what the waiting does to the cash flow (and the tax impact).

use rust_decimal::Decimal;

use super::budget::{BudgetOptions, budget};
use super::capacity::{CapacityReport, Rows, WhatIf, capacity};
use super::cash_flow::cash_flow;
use super::effort::Window;
use super::levelling::{Move, level};
use super::levy::{LevyRows, levy_rows};
use super::priority::effort_total;
use crate::diagnostic::Diagnostic;
use crate::plan::{Plan, Year};

/// A capacity year whose fixed work alone exceeds C(y).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deficit {
    pub year: Year,
    /// −E: hours per quarter short.
    pub hours: Decimal,
    /// Staff that would close it at the hires' operational share, rounded
    /// up to 2 decimals; None when that share is 100%.
    pub fte: Option<Decimal>,
}

#[derive(Debug, Clone)]
pub struct ScheduleReport {
    pub plan: String,
    pub organization: Option<String>,
    pub currency: String,
    pub hours_per_fte_quarter: Decimal,
    /// The capacity years.
    pub years: Vec<Year>,
    pub moves: Vec<Move>,
    pub before: Rows,
    pub after: Rows,
    pub deficits: Vec<Deficit>,
    /// The horizon years.
    pub horizon: Vec<Year>,
    pub cash_flow_old: Vec<Decimal>,
    pub cash_flow_new: Vec<Decimal>,
    pub total_old: Decimal,
    pub total_new: Decimal,
    /// Amounts the moves carried past last_year.
    pub past_horizon: Decimal,
    /// Amounts the moves carried in from before first_year.
    pub into_horizon: Decimal,
    pub levy: Option<(LevyRows, LevyRows)>,
    /// True when some initiative gives effort_hours: without any, levelling
    /// has nothing to weigh.
    pub has_effort: bool,
    pub what_if: Option<WhatIf>,
    /// Unscheduled initiatives with effort, never placed.
    pub unscheduled: Vec<String>,
    /// The levelled plan, for --write-plan.
    pub levelled: Plan,
}

impl ScheduleReport {
    pub fn deficit_years(&self) -> Vec<Year> {
        self.deficits.iter().map(|d| d.year).collect()
    }
}

/// What taxation must raise in each horizon year: the tax impact is taken
/// from it, as in every report, so funding and debt count.
fn levy_requirement(plan: &Plan) -> Result<Vec<Decimal>, Diagnostic> {
    Ok(budget(plan, &BudgetOptions::default())?
        .levy_requirement()
        .0
        .to_vec())
}

/// Levels `plan` (which needs [capacity]) with the what-if hires.
pub fn schedule(
    plan: &Plan,
    what_if: Option<&WhatIf>,
    with_levy: bool,
) -> Result<ScheduleReport, Diagnostic> {
    let before = capacity(plan, what_if)?;
    let cap = plan.capacity.as_ref().ok_or_else(|| {
        Diagnostic::error(None, "this plan has no [capacity] table to level against")
    })?;
    let window = Window::new(cap.first_year, cap.last_year);
    let levelled = level(plan, &before.quarter.rows.available, window)?;
    let after = capacity(&levelled.plan, what_if)?;
    let old = cash_flow(plan)?;
    let new = cash_flow(&levelled.plan)?;
    let sum = |values: &[Decimal]| {
        values
            .iter()
            .try_fold(Decimal::ZERO, |a, b| a.checked_add(*b))
            .ok_or_else(overflow)
    };
    let (total_old, total_new) = (sum(&old.total)?, sum(&new.total)?);
    let past_horizon = past_horizon(plan, &old, &levelled.moves)?;
    let into_horizon = total_new
        .checked_sub(total_old)
        .and_then(|d| d.checked_add(past_horizon))
        .ok_or_else(overflow)?;
    let horizon: Vec<Year> = plan.years().collect();
    let levy = match (&plan.levy, with_levy) {
        (Some(levy), true) => Some((
            levy_rows(levy, &horizon, &levy_requirement(plan)?, None)?,
            levy_rows(levy, &horizon, &levy_requirement(&levelled.plan)?, None)?,
        )),
        _ => None,
    };
    Ok(ScheduleReport {
        plan: plan.name.clone(),
        organization: plan.organization.clone(),
        currency: plan.currency.clone(),
        hours_per_fte_quarter: before.hours_per_fte_quarter,
        deficits: deficits(&after, what_if)?,
        years: after.years.clone(),
        moves: levelled.moves,
        before: before.quarter.rows,
        after: after.quarter.rows,
        horizon,
        cash_flow_old: old.total,
        cash_flow_new: new.total,
        total_old,
        total_new,
        past_horizon,
        into_horizon,
        levy,
        has_effort: plan
            .initiatives
            .iter()
            .any(|i| effort_total(&i.effort_hours).is_some_and(|t| !t.is_zero())),
        what_if: what_if.cloned(),
        unscheduled: before.unscheduled,
        levelled: levelled.plan,
    })
}

/// The old amounts of horizon years that a move carried past last_year.
fn past_horizon(
    plan: &Plan,
    old: &super::cash_flow::CashFlow,
    moves: &[Move],
) -> Result<Decimal, Diagnostic> {
    let mut total = Decimal::ZERO;
    for m in moves {
        let row = old.row(m.index);
        for (year, amount) in plan.years().zip(row) {
            if i64::from(year) + i64::from(m.shift) > i64::from(plan.last_year) {
                total = total.checked_add(*amount).ok_or_else(overflow)?;
            }
        }
    }
    Ok(total)
}

/// Years whose surplus after levelling is below zero, and the staff to close each.
fn deficits(after: &CapacityReport, what_if: Option<&WhatIf>) -> Result<Vec<Deficit>, Diagnostic> {
    let h = after.hours_per_fte_quarter;
    let share = what_if.map_or(Decimal::ZERO, |w| w.operational);
    let per_fte = h.checked_mul(Decimal::ONE - share).ok_or_else(overflow)?;
    let rows = &after.quarter.rows;
    let mut deficits = Vec::new();
    for (year, surplus) in after.years.iter().zip(&rows.surplus) {
        if !surplus.is_sign_negative() || surplus.is_zero() {
            continue;
        }
        let hours = -*surplus;
        let fte = hours
            .checked_div(per_fte)
            .map(|fte| fte.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::AwayFromZero));
        deficits.push(Deficit {
            year: *year,
            hours,
            fte: fte.filter(|_| !per_fte.is_zero()),
        });
    }
    Ok(deficits)
}

fn overflow() -> Diagnostic {
    Diagnostic::error(None, "arithmetic overflow in the levelled cash flow")
        .help("the amounts add up past the largest number itplan can hold (about 7.9 × 10^28)")
}

#[cfg(test)]
#[path = "schedule_tests.rs"]
mod tests;
