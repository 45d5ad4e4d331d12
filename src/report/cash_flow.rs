//! The contract's cash-flow arithmetic: one-time spend plus recurring
//! costs carried forward (and escalated) into every later year.

use rust_decimal::Decimal;

use super::money::cents;
use crate::diagnostic::Diagnostic;
use crate::plan::{Amount, Initiative, Plan, Year};

/// Cash flow of every initiative over the whole horizon.
#[derive(Debug, Clone)]
pub struct CashFlow {
    pub first_year: Year,
    pub years: usize,
    /// Per initiative, one amount per horizon year.
    pub rows: Vec<Vec<Decimal>>,
    /// Per initiative, the horizon years where a "tbd" amount would fall.
    pub tbd_years: Vec<Vec<Year>>,
    pub one_time: Vec<Decimal>,
    pub new_recurring: Vec<Decimal>,
    pub total: Vec<Decimal>,
}

impl CashFlow {
    pub fn row(&self, initiative: usize) -> &[Decimal] {
        &self.rows[initiative]
    }

    pub fn index(&self, year: Year) -> Option<usize> {
        let offset = usize::try_from(year - self.first_year).ok()?;
        (offset < self.years).then_some(offset)
    }
}

/// Computes the plan's cash flow; an overflow is reported at the initiative.
pub fn cash_flow(plan: &Plan) -> Result<CashFlow, Diagnostic> {
    let years = plan.horizon_len();
    let mut flow = CashFlow {
        first_year: plan.first_year,
        years,
        rows: Vec::with_capacity(plan.initiatives.len()),
        tbd_years: Vec::with_capacity(plan.initiatives.len()),
        one_time: vec![Decimal::ZERO; years],
        new_recurring: vec![Decimal::ZERO; years],
        total: vec![Decimal::ZERO; years],
    };
    for initiative in &plan.initiatives {
        let mut row = vec![Decimal::ZERO; years];
        let mut tbd = add_initiative(&mut flow, &mut row, initiative, plan.last_year)
            .ok_or_else(|| overflow(initiative))?;
        flow.rows.push(row);
        // A year with both a "tbd" one-time and a "tbd" recurring is one year.
        tbd.sort_unstable();
        tbd.dedup();
        flow.tbd_years.push(tbd);
    }
    finish_totals(&mut flow).ok_or_else(|| {
        Diagnostic::error(None, "arithmetic overflow in the yearly cash-flow totals")
            .help("the amounts add up past the largest number itplan can hold (about 7.9 × 10^28)")
    })?;
    Ok(flow)
}

/// An overflow in `initiative`'s amounts, reported where it is written.
pub(super) fn overflow(initiative: &Initiative) -> Diagnostic {
    Diagnostic::error(
        Some(initiative.span.clone()),
        format!(
            "arithmetic overflow in the cash flow of `{}`",
            initiative.id
        ),
    )
    .label("amounts grow past the largest number itplan can hold (about 7.9 × 10^28)")
    .help("check the amounts and the escalation of this initiative")
}

/// Adds one initiative's amounts; returns the years where a "tbd" falls,
/// or None on overflow.
fn add_initiative(
    flow: &mut CashFlow,
    row: &mut [Decimal],
    initiative: &Initiative,
    last_year: Year,
) -> Option<Vec<Year>> {
    let mut tbd = Vec::new();
    for (year, amount) in initiative.one_time_amounts() {
        let Some(year) = year else { continue };
        let Some(j) = flow.index(year) else { continue };
        match amount {
            Amount::Known(value) => {
                add(&mut flow.one_time[j], value)?;
                add(&mut row[j], value)?;
            }
            Amount::Tbd => tbd.push(year),
        }
    }
    let Some(from) = initiative.recurring_from() else {
        return Some(tbd);
    };
    let to = initiative.recurring_end.unwrap_or(last_year).min(last_year);
    let base = match initiative.recurring {
        Amount::Known(value) if !value.is_zero() => value,
        Amount::Known(_) => return Some(tbd),
        Amount::Tbd => {
            tbd.extend((from.max(flow.first_year)..=to).filter(|y| flow.index(*y).is_some()));
            return Some(tbd);
        }
    };
    if let Some(j) = flow.index(from) {
        add(&mut flow.new_recurring[j], base)?;
    }
    let growth = Decimal::ONE.checked_add(initiative.escalation)?;
    let mut factor = Decimal::ONE;
    // Every year's amount is in cents, even unescalated (100.005 pays 100.01).
    let flat = cents(base);
    for year in from..=to {
        if let Some(j) = flow.index(year) {
            let amount = match initiative.escalation.is_zero() {
                true => flat,
                false => cents(base.checked_mul(factor)?),
            };
            add(&mut row[j], amount)?;
        }
        if !initiative.escalation.is_zero() {
            factor = factor.checked_mul(growth)?;
        }
    }
    Some(tbd)
}

fn add(total: &mut Decimal, amount: Decimal) -> Option<()> {
    // Most cells are zero or receive one amount: skip Decimal's general
    // addition there (sums are shown by value, so scale does not matter).
    if amount.is_zero() {
        return Some(());
    }
    *total = match total.is_zero() {
        true => amount,
        false => total.checked_add(amount)?,
    };
    Some(())
}

/// Sums the per-initiative cells into the yearly cash-flow totals.
fn finish_totals(flow: &mut CashFlow) -> Option<()> {
    for row in &flow.rows {
        for (total, cell) in flow.total.iter_mut().zip(row) {
            add(total, *cell)?;
        }
    }
    Some(())
}
