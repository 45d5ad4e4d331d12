//! One plan's yearly figures, as `diff` compares them: computed before the
//! comparison, so an error is reported against the plan it concerns.

use rust_decimal::Decimal;

use super::budget::{BudgetOptions, InitiativeRow, budget};
use super::capacity::capacity as capacity_report;
use crate::diagnostic::Diagnostic;
use crate::plan::{Plan, Year};

/// One plan's yearly figures over its own horizon.
#[derive(Debug, Clone)]
pub struct Figures {
    pub first_year: Year,
    pub last_year: Year,
    pub cash_flow: Vec<Decimal>,
    pub new_recurring: Vec<Decimal>,
    /// The budget's tax impact (% of levy), when asked for.
    pub tax_impact: Option<Vec<Decimal>>,
    /// What taxation must raise: the cash flow unless the plan names funding.
    pub levy_requirement: Vec<Decimal>,
    pub funded: bool,
    pub surplus: Option<Vec<(Year, Decimal)>>,
    /// Each initiative's cash flow over the horizon.
    pub initiatives: Vec<InitiativeRow>,
}

/// Computes what `diff` compares; `levy` asks for the tax impact, taken
/// from the budget report so both commands agree on it.
pub fn figures(plan: &Plan, levy: bool) -> Result<Figures, Diagnostic> {
    let options = BudgetOptions {
        levy: levy && plan.levy.is_some(),
        ..BudgetOptions::default()
    };
    let report = budget(plan, &options)?;
    let levy_requirement = report.levy_requirement().0.to_vec();
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
        last_year: plan.last_year,
        cash_flow: report.totals.cash_flow,
        new_recurring: report.totals.new_recurring,
        // Computed from the levy requirement, as in `budget --levy`.
        tax_impact: report.levy.map(|rows| rows.tax_impact_percent),
        levy_requirement,
        funded: plan.has_funding(),
        surplus,
        initiatives: report.initiatives,
    })
}

impl Figures {
    /// The value in `year`; None outside this plan's horizon.
    pub(super) fn at(&self, values: &[Decimal], year: Year) -> Option<Decimal> {
        usize::try_from(year - self.first_year)
            .ok()
            .and_then(|j| values.get(j).copied())
    }
}
