//! The funding figures of the shown years, as the budget report carries
//! them: by source, debt service, levy requirement, loans, and the rows of
//! `--by funding`.

use std::ops::Range;

use rust_decimal::Decimal;

use super::debt::Loan;
use super::funding::FundingReport;
use super::funding_shares::{funding_of, split_into};
use super::row::InitiativeRow;
use crate::diagnostic::Diagnostic;
use crate::plan::{Amount, Debt, Funding, PartSum, Plan, Year};

#[derive(Debug, Clone)]
pub struct FundingRows {
    /// Source names; the levy first, then in the order the plan names them.
    pub sources: Vec<String>,
    /// `by_source[s]`: one value per shown year.
    pub by_source: Vec<Vec<Decimal>>,
    pub source_totals: Vec<Decimal>,
    pub debt_service: Vec<Decimal>,
    pub debt_service_total: Decimal,
    pub levy_requirement: Vec<Decimal>,
    pub levy_requirement_total: Decimal,
    /// The plan's `[debt]` terms, when it has them.
    pub debt: Option<Debt>,
    /// Every loan of the horizon, the shown years or not.
    pub loans: Vec<Loan>,
    /// Payments falling after the horizon's last year: in no total.
    pub after_horizon: Decimal,
    /// One row per (initiative, source) for `--by funding`, grouped by source.
    pub by_initiative: Vec<InitiativeRow>,
}

impl FundingRows {
    /// The shown years `window` (indices into the horizon) of `report`;
    /// `initiatives` are the budget's rows, for the `--by funding` split.
    pub fn new(
        report: FundingReport,
        plan: &Plan,
        initiatives: &[InitiativeRow],
        window: Range<usize>,
    ) -> Result<FundingRows, Diagnostic> {
        let overflow = || Diagnostic::error(None, "arithmetic overflow adding up the funding rows");
        let by_source: Vec<Vec<Decimal>> = report
            .by_source
            .iter()
            .map(|values| values[window.clone()].to_vec())
            .collect();
        let debt_service = report.debt_service[window.clone()].to_vec();
        let levy_requirement = report.levy_requirement[window.clone()].to_vec();
        let by_initiative = report
            .rows
            .iter()
            .map(|row| {
                let base = &initiatives[row.initiative];
                let name = &report.sources.0[row.source];
                initiative_row(
                    plan,
                    base,
                    row.initiative,
                    name,
                    &row.amounts[window.clone()],
                )
            })
            .collect::<Option<Vec<_>>>()
            .ok_or_else(overflow)?;
        Ok(FundingRows {
            source_totals: by_source
                .iter()
                .map(|v| sum(v))
                .collect::<Option<_>>()
                .ok_or_else(overflow)?,
            debt_service_total: sum(&debt_service).ok_or_else(overflow)?,
            levy_requirement_total: sum(&levy_requirement).ok_or_else(overflow)?,
            after_horizon: after_horizon(&report.loans, plan.last_year).ok_or_else(overflow)?,
            sources: report.sources.0,
            by_source,
            debt_service,
            levy_requirement,
            debt: plan.debt.clone(),
            loans: report.loans,
            by_initiative,
        })
    }
}

fn sum(values: &[Decimal]) -> Option<Decimal> {
    values
        .iter()
        .try_fold(Decimal::ZERO, |a, b| a.checked_add(*b))
}

/// Payments of every loan that fall after `last_year`.
fn after_horizon(loans: &[Loan], last_year: Year) -> Option<Decimal> {
    loans.iter().try_fold(Decimal::ZERO, |sum, loan| {
        sum.checked_add(loan.paid_after(last_year)?)
    })
}

/// The share of `source` in one initiative's row: its part of each one-time
/// phase and of the recurring amount as written, and of each shown year.
fn initiative_row(
    plan: &Plan,
    base: &InitiativeRow,
    i: usize,
    source: &str,
    amounts: &[Decimal],
) -> Option<InitiativeRow> {
    let initiative = &plan.initiatives[i];
    let (once, recurring) = funding_of(initiative);
    let mut one_time = PartSum::default();
    for (_, amount) in initiative.one_time_amounts() {
        let share = match amount {
            Amount::Known(value) => Amount::Known(share_of(value, once, source)?),
            Amount::Tbd => Amount::Tbd,
        };
        one_time = one_time.plus(share)?;
    }
    let recurring = match initiative.recurring {
        Amount::Known(value) => Amount::Known(share_of(value, recurring, source)?),
        Amount::Tbd => Amount::Tbd,
    };
    let scheduled = base.total.is_some();
    Some(InitiativeRow {
        id: base.id.clone(),
        name: base.name.clone(),
        start: base.start.clone(),
        group: Some(source.to_string()),
        one_time,
        recurring,
        cash_flow: if scheduled {
            amounts.to_vec()
        } else {
            Vec::new()
        },
        tbd_years: base.tbd_years.clone(),
        total: if scheduled { Some(sum(amounts)?) } else { None },
    })
}

/// The part of `amount` that `source` pays under `funding`.
fn share_of(amount: Decimal, funding: &Funding, source: &str) -> Option<Decimal> {
    let mut share = Decimal::ZERO;
    split_into(amount, funding, |name, part| {
        if Funding::same_source(name, source) {
            share = share.checked_add(part)?;
        }
        Some(())
    })?;
    Some(share)
}
