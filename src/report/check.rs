//! Reconciliation: every `[[stated]]` figure against the computed one.
//! A pure function of the plan; warnings come from `report::lint`.

use std::ops::Range;

use rust_decimal::Decimal;

use super::budget::{BudgetOptions, BudgetReport, budget};
use super::levy::{levy_for, tax_impact as levy_tax_impact};
use super::lint::lint;
use super::money::round;
use crate::diagnostic::Diagnostic;
use crate::plan::{Measure, Plan, Stated, Year};

#[derive(Debug, Clone)]
pub struct CheckReport {
    pub plan: String,
    pub organization: Option<String>,
    pub currency: String,
    pub horizon: (Year, Year),
    pub rows: Vec<StatedRow>,
    /// Located where the file allows; in file order, plan-wide ones last.
    pub warnings: Vec<Diagnostic>,
}

impl CheckReport {
    /// Figures that fail the run: disagreeing or unchecked, and not accepted.
    pub fn mismatches(&self) -> usize {
        self.rows.iter().filter(|row| row.fails()).count()
    }

    /// Known differences: disagreeing figures marked `accepted`.
    pub fn accepted(&self) -> usize {
        self.rows
            .iter()
            .filter(|row| !row.ok && row.accepted.is_some())
            .count()
    }

    /// Acceptances of figures that now agree: a warning each.
    pub fn stale(&self) -> usize {
        self.rows.iter().filter(|row| row.stale).count()
    }
}

/// One stated figure and what the arithmetic gives.
#[derive(Debug, Clone, PartialEq)]
pub struct StatedRow {
    pub measure: Measure,
    /// None: the grand total over the horizon.
    pub year: Option<Year>,
    /// Money, or a percent (1.15 for "1.15%").
    pub stated: Decimal,
    /// Decimals the percent was written with; 0 for money.
    pub decimals: u32,
    /// None when it cannot be computed (see `note`).
    pub computed: Option<Decimal>,
    /// stated − computed: how far the printed figure is off.
    pub difference: Option<Decimal>,
    pub tolerance: Decimal,
    pub ok: bool,
    pub source: Option<String>,
    /// Why the figure could not be checked.
    pub note: Option<String>,
    /// The reason a known difference is accepted, as written.
    pub accepted: Option<String>,
    /// Accepted, yet it agrees now: the acceptance should go.
    pub stale: bool,
    pub span: Range<usize>,
}

impl StatedRow {
    /// A disagreeing (or unchecked) figure nobody has accepted.
    pub fn fails(&self) -> bool {
        !self.ok && self.accepted.is_none()
    }
}

/// Checks every stated figure of a validated plan.
pub fn check(plan: &Plan) -> Result<CheckReport, Diagnostic> {
    let report = budget(plan, &BudgetOptions::default())?;
    let rows = plan
        .stated
        .iter()
        .map(|stated| check_one(plan, &report, stated))
        .collect::<Result<Vec<_>, _>>()?;
    let mut warnings = lint(plan);
    warnings.extend(rows.iter().filter(|row| row.stale).map(stale_warning));
    warnings.sort_by_key(|w| (w.span.is_none(), w.span.as_ref().map_or(0, |s| s.start)));
    Ok(CheckReport {
        plan: plan.name.clone(),
        organization: plan.organization.clone(),
        currency: plan.currency.clone(),
        horizon: (plan.first_year, plan.last_year),
        rows,
        warnings,
    })
}

fn check_one(plan: &Plan, report: &BudgetReport, stated: &Stated) -> Result<StatedRow, Diagnostic> {
    let mut row = StatedRow {
        measure: stated.measure,
        year: stated.year,
        stated: stated.amount,
        decimals: stated.decimals,
        computed: None,
        difference: None,
        tolerance: stated.tolerance,
        ok: false,
        source: stated.source.clone(),
        note: None,
        accepted: stated.accepted.clone(),
        stale: false,
        span: stated.span.clone(),
    };
    match computed(plan, report, stated)? {
        Ok(value) => {
            row.difference = stated.amount.checked_sub(value);
            row.ok = matches(stated, value);
            row.computed = Some(value);
        }
        Err(note) => row.note = Some(note),
    }
    row.stale = row.ok && row.accepted.is_some();
    Ok(row)
}

fn stale_warning(row: &StatedRow) -> Diagnostic {
    let which = row
        .year
        .map_or("grand total".to_string(), |y| format!("figure for {y}"));
    Diagnostic::warning(
        Some(row.span.clone()),
        format!(
            "the stated {} {which} is accepted as a known difference but no longer differs: remove `accepted`",
            row.measure.as_str()
        ),
    )
    .help("the figure now agrees with the arithmetic, so the acceptance hides nothing")
}

/// The computed figure, or why there is none (a failed row, not an error).
fn computed(
    plan: &Plan,
    report: &BudgetReport,
    stated: &Stated,
) -> Result<Result<Decimal, String>, Diagnostic> {
    let totals = &report.totals;
    let (levy_requirement, levy_requirement_total) = report.levy_requirement();
    let index = match stated.year {
        None => None,
        Some(year) if (plan.first_year..=plan.last_year).contains(&year) => {
            Some((year - plan.first_year) as usize)
        }
        Some(year) => {
            return Ok(Err(format!(
                "{year} is outside the plan's horizon {}–{}",
                plan.first_year, plan.last_year
            )));
        }
    };
    let pick = |values: &[Decimal], total: Decimal| index.map_or(total, |j| values[j]);
    Ok(Ok(match stated.measure {
        Measure::OneTime => pick(&totals.one_time, totals.one_time_total),
        Measure::NewRecurring => pick(&totals.new_recurring, totals.new_recurring_total),
        Measure::CashFlow => pick(&totals.cash_flow, totals.cash_flow_total),
        Measure::LevyRequirement => pick(levy_requirement, levy_requirement_total),
        Measure::DebtService => {
            let (yearly, total) = report.debt_service();
            pick(&yearly, total)
        }
        Measure::TaxImpact => {
            let (Some(year), Some(j)) = (stated.year, index) else {
                return Ok(Err("a tax impact is stated per year".into()));
            };
            return tax_impact(plan, year, levy_requirement[j]);
        }
    }))
}

fn tax_impact(
    plan: &Plan,
    year: Year,
    levy_requirement: Decimal,
) -> Result<Result<Decimal, String>, Diagnostic> {
    let Some(levy) = &plan.levy else {
        return Ok(Err(
            "the plan has no [levy] table, so no tax impact can be computed".into(),
        ));
    };
    let amount = levy_for(levy, year)?;
    Ok(levy_tax_impact(levy_requirement, amount)
        .ok_or_else(|| format!("the levy for {year} is zero, so no tax impact can be computed")))
}

/// Whether `computed` bears out the stated figure: a percent at the
/// precision it was written ("1.15%" holds for 1.145 ≤ x < 1.155), money
/// within the tolerance.
pub fn matches(stated: &Stated, computed: Decimal) -> bool {
    match stated.measure {
        Measure::TaxImpact => percent_matches(stated.amount, stated.decimals, computed),
        _ => money_matches(stated.amount, stated.tolerance, computed),
    }
}

/// Rounds half away from zero to the written decimals, as a report would
/// have printed the computed percent.
pub fn percent_matches(stated: Decimal, decimals: u32, computed: Decimal) -> bool {
    round(computed, decimals) == stated
}

pub fn money_matches(stated: Decimal, tolerance: Decimal, computed: Decimal) -> bool {
    // On overflow the figures are astronomically apart: not a match.
    computed
        .checked_sub(stated)
        .is_some_and(|d| d.abs() <= tolerance)
}

#[cfg(test)]
#[path = "check_tests.rs"]
mod tests;
