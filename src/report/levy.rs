//! The tax levy per year and the tax impact of what taxation must raise.
//! Every report takes its tax impact from `tax_impact` and `levy_rows`,
//! over the levy requirement (the cash flow when the plan names no funding).

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

/// The tax impact: levy_requirement(y) / levy(y) × 100, exact; None when
/// the levy is zero or on overflow.
pub fn tax_impact(levy_requirement: Decimal, levy: Decimal) -> Option<Decimal> {
    percent_of(levy_requirement, levy)
}

/// Levy, tax impact and the rest, for each shown year.
#[derive(Debug, Clone, PartialEq)]
pub struct LevyRows {
    pub levy: Vec<Decimal>,
    /// levy_requirement(y) / levy(y) × 100, exact.
    pub tax_impact_percent: Vec<Decimal>,
    /// (levy_requirement(y) − levy_requirement(y − 1)) / levy(y) × 100; None
    /// without a prior horizon year.
    pub change_percent: Vec<Option<Decimal>>,
    /// levy_requirement(y) / households, to cents.
    pub per_household: Option<Vec<Decimal>>,
}

/// `levy_requirement` holds the shown years; `previous` the horizon year
/// before the first, if any.
pub fn levy_rows(
    levy: &Levy,
    years: &[Year],
    levy_requirement: &[Decimal],
    previous: Option<Decimal>,
) -> Result<LevyRows, Diagnostic> {
    let mut rows = LevyRows {
        levy: Vec::with_capacity(years.len()),
        tax_impact_percent: Vec::with_capacity(years.len()),
        change_percent: Vec::with_capacity(years.len()),
        per_household: levy.households.map(|_| Vec::with_capacity(years.len())),
    };
    let mut prior = previous;
    for (&year, &requirement) in years.iter().zip(levy_requirement) {
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
            .push(tax_impact(requirement, amount).ok_or_else(overflow)?);
        let change = match prior {
            Some(before) => Some(
                requirement
                    .checked_sub(before)
                    .and_then(|d| tax_impact(d, amount))
                    .ok_or_else(overflow)?,
            ),
            None => None,
        };
        rows.change_percent.push(change);
        if let (Some(per), Some(households)) = (rows.per_household.as_mut(), levy.households) {
            per.push(cents(
                requirement.checked_div(households).ok_or_else(overflow)?,
            ));
        }
        rows.levy.push(amount);
        prior = Some(requirement);
    }
    Ok(rows)
}
