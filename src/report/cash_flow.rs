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
    /// Row-major: initiative i, year j is `cells[i * years + j]`.
    pub cells: Vec<Decimal>,
    /// Per initiative, the horizon years where a "tbd" amount would fall.
    pub tbd_years: Vec<Vec<Year>>,
    pub one_time: Vec<Decimal>,
    pub new_recurring: Vec<Decimal>,
    pub total: Vec<Decimal>,
}

impl CashFlow {
    pub fn row(&self, initiative: usize) -> &[Decimal] {
        &self.cells[initiative * self.years..(initiative + 1) * self.years]
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
        cells: vec![Decimal::ZERO; plan.initiatives.len() * years],
        tbd_years: Vec::with_capacity(plan.initiatives.len()),
        one_time: vec![Decimal::ZERO; years],
        new_recurring: vec![Decimal::ZERO; years],
        total: vec![Decimal::ZERO; years],
    };
    for (i, initiative) in plan.initiatives.iter().enumerate() {
        let mut tbd = add_initiative(&mut flow, i, initiative, plan.last_year)
            .ok_or_else(|| overflow(initiative))?;
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

fn overflow(initiative: &Initiative) -> Diagnostic {
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
    i: usize,
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
                add(&mut flow.cells[i * flow.years + j], value)?;
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
            add(&mut flow.cells[i * flow.years + j], amount)?;
        }
        if !initiative.escalation.is_zero() {
            factor = factor.checked_mul(growth)?;
        }
    }
    Some(tbd)
}

fn add(total: &mut Decimal, amount: Decimal) -> Option<()> {
    *total = total.checked_add(amount)?;
    Some(())
}

/// Sums the per-initiative cells into the yearly cash-flow totals.
fn finish_totals(flow: &mut CashFlow) -> Option<()> {
    for row in flow.cells.chunks(flow.years.max(1)) {
        for (total, cell) in flow.total.iter_mut().zip(row) {
            add(total, *cell)?;
        }
    }
    Some(())
}
