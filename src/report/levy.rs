//! The tax levy per year and the tax impact of the plan's cash flow.

use rust_decimal::Decimal;

use super::money::{cents, compound, percent_of};
use crate::diagnostic::Diagnostic;
use crate::plan::{Levy, Year};

/// levy(y): `by_year` when given, else base × (1 + growth)^(y − base_year), to cents.
pub fn levy_for(levy: &Levy, year: Year) -> Result<Decimal, Diagnostic> {
    if let Some((_, amount)) = levy.by_year.iter().find(|(y, _)| *y == year) {
        return Ok(*amount);
    }
    let (Some(base_year), Some(base)) = (levy.base_year, levy.base) else {
        return Err(Diagnostic::error(
            Some(levy.span.clone()),
            format!("[levy] gives no levy for {year}"),
        )
        .help(format!(
            "add {year} to `by_year`, or give `base_year` and `base` so the levy can be projected"
        )));
    };
    compound(base, levy.growth, year - base_year)
        .map(cents)
        .ok_or_else(|| {
            Diagnostic::error(
                Some(levy.span.clone()),
                format!("arithmetic overflow projecting the levy to {year}"),
            )
            .help("check `base` and `growth`")
        })
}

/// Levy, tax impact and the rest, for each shown year.
#[derive(Debug, Clone, PartialEq)]
pub struct LevyRows {
    pub levy: Vec<Decimal>,
    /// cash_flow(y) / levy(y) × 100, exact.
    pub tax_impact_percent: Vec<Decimal>,
    /// (cash_flow(y) − cash_flow(y − 1)) / levy(y) × 100; None without a prior horizon year.
    pub change_percent: Vec<Option<Decimal>>,
    /// cash_flow(y) / households, to cents.
    pub per_household: Option<Vec<Decimal>>,
}

/// `cash_flow` holds the shown years; `previous` the horizon year before the first, if any.
pub fn levy_rows(
    levy: &Levy,
    years: &[Year],
    cash_flow: &[Decimal],
    previous: Option<Decimal>,
) -> Result<LevyRows, Diagnostic> {
    let mut rows = LevyRows {
        levy: Vec::with_capacity(years.len()),
        tax_impact_percent: Vec::with_capacity(years.len()),
        change_percent: Vec::with_capacity(years.len()),
        per_household: levy.households.map(|_| Vec::with_capacity(years.len())),
    };
    let mut prior = previous;
    for (&year, &flow) in years.iter().zip(cash_flow) {
        let amount = levy_for(levy, year)?;
        if amount.is_zero() {
            return Err(Diagnostic::error(
                Some(levy.span.clone()),
                format!("the levy for {year} is zero, so the tax impact cannot be computed"),
            )
            .help("give a positive levy for every shown year"));
        }
        let overflow = || {
            Diagnostic::error(
                Some(levy.span.clone()),
                format!("arithmetic overflow computing the tax impact for {year}"),
            )
        };
        rows.tax_impact_percent
            .push(percent_of(flow, amount).ok_or_else(overflow)?);
        let change = match prior {
            Some(before) => Some(
                flow.checked_sub(before)
                    .and_then(|d| percent_of(d, amount))
                    .ok_or_else(overflow)?,
            ),
            None => None,
        };
        rows.change_percent.push(change);
        if let (Some(per), Some(households)) = (rows.per_household.as_mut(), levy.households) {
            per.push(cents(flow.checked_div(households).ok_or_else(overflow)?));
        }
        rows.levy.push(amount);
        prior = Some(flow);
    }
    Ok(rows)
}
