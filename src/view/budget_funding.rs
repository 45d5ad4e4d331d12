//! The funding rows of the budget: by source, debt service and levy
//! requirement, in the grid and in the contract's JSON.

use rust_decimal::Decimal;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::json::{MoneyMap, money, money_map};
use crate::plan::Year;
use crate::render::number;
use crate::render::{Cell, Grid, Style};
use crate::report::budget::BudgetReport;
use crate::report::debt::Loan;
use crate::report::funding_rows::FundingRows;

/// After the cash-flow total: a row per source, debt service, levy requirement.
pub fn push_funding(grid: &mut Grid, report: &BudgetReport) {
    let Some(funding) = &report.funding else {
        return;
    };
    let row = |label: String, values: &[Decimal], total: Decimal| {
        let mut cells = vec![
            Cell::Empty,
            Cell::Text(label),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
        ];
        cells.extend(values.iter().map(|v| Cell::Money(*v)));
        cells.push(Cell::Money(total));
        cells
    };
    for ((source, values), total) in funding
        .sources
        .iter()
        .zip(&funding.by_source)
        .zip(&funding.source_totals)
    {
        grid.push(
            "funding",
            Style::Normal,
            row(format!("Funded by {source}"), values, *total),
        );
    }
    grid.push(
        "debt_service",
        Style::Normal,
        row(
            "Debt service".into(),
            &funding.debt_service,
            funding.debt_service_total,
        ),
    );
    grid.push(
        "levy_requirement",
        Style::Total,
        row(
            "Levy requirement".into(),
            &funding.levy_requirement,
            funding.levy_requirement_total,
        ),
    );
}

/// What the funding rows mean, and what the totals leave out.
pub fn funding_notes(report: &BudgetReport) -> Vec<String> {
    let Some(funding) = &report.funding else {
        return Vec::new();
    };
    let mut notes = vec![
        "Levy requirement = the levy's share of spending + debt service: what taxation must raise."
            .to_string(),
    ];
    let (_, last) = report.horizon;
    match funding.loans.len() {
        0 => {}
        n => notes.push(format!(
            "Debt: {n} loan{} (itplan budget --debt-schedule lists {}); {} of payments fall after {last}, in no total.",
            if n == 1 { "" } else { "s" },
            if n == 1 { "it" } else { "them" },
            number::money(funding.after_horizon),
        )),
    }
    notes
}

/// The tax-impact note: over the levy requirement when the plan names funding.
pub fn tax_impact_note(report: &BudgetReport) -> String {
    let base = match report.funding {
        Some(_) => "levy requirement",
        None => "cash flow",
    };
    format!("Tax impact = {base} ÷ levy × 100; change = ({base} − prior year's) ÷ levy × 100.")
}

/// The contract's funding keys at the top level of the budget JSON.
#[derive(Serialize)]
pub struct FundingJson<'a> {
    funding: SourceMap<'a>,
    debt_service: MoneyMap<'a>,
    levy_requirement: MoneyMap<'a>,
    loans: Vec<LoanJson>,
}

/// The contract's funding keys inside the budget JSON's `totals`.
#[derive(Serialize)]
pub struct FundingTotalsJson<'a> {
    funding_total: SourceTotals<'a>,
    debt_service_total: String,
    levy_requirement_total: String,
}

/// `{ source: { year: amount } }`, sources in the report's order.
struct SourceMap<'a> {
    years: &'a [Year],
    funding: &'a FundingRows,
}

impl Serialize for SourceMap<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.funding.sources.len()))?;
        for (source, values) in self.funding.sources.iter().zip(&self.funding.by_source) {
            map.serialize_entry(source, &money_map(self.years, values))?;
        }
        map.end()
    }
}

/// `{ source: amount }` over the shown years.
struct SourceTotals<'a>(&'a FundingRows);

impl Serialize for SourceTotals<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.sources.len()))?;
        for (source, total) in self.0.sources.iter().zip(&self.0.source_totals) {
            map.serialize_entry(source, &money(*total))?;
        }
        map.end()
    }
}

/// One loan of the debt schedule.
#[derive(Serialize)]
pub struct LoanJson {
    year: Year,
    principal: String,
    payment: String,
    first_payment: Year,
    last_payment: Year,
    /// All payments over the term; null only if it overflows.
    total_paid: Option<String>,
    interest: Option<String>,
    /// The payments after the horizon's last year: in no total.
    after_horizon: Option<String>,
}

impl LoanJson {
    pub fn new(loan: &Loan, last_year: Year) -> LoanJson {
        LoanJson {
            year: loan.year,
            principal: money(loan.principal),
            payment: money(loan.payment),
            first_payment: loan.first_payment,
            last_payment: loan.last_payment,
            total_paid: loan.total_paid().map(money),
            interest: loan.interest().map(money),
            after_horizon: loan.paid_after(last_year).map(money),
        }
    }
}

pub fn funding_json(report: &BudgetReport) -> Option<(FundingJson<'_>, FundingTotalsJson<'_>)> {
    let funding = report.funding.as_ref()?;
    let years = &report.years[..];
    Some((
        FundingJson {
            funding: SourceMap { years, funding },
            debt_service: money_map(years, &funding.debt_service),
            levy_requirement: money_map(years, &funding.levy_requirement),
            loans: funding
                .loans
                .iter()
                .map(|loan| LoanJson::new(loan, report.horizon.1))
                .collect(),
        },
        FundingTotalsJson {
            funding_total: SourceTotals(funding),
            debt_service_total: money(funding.debt_service_total),
            levy_requirement_total: money(funding.levy_requirement_total),
        },
    ))
}
