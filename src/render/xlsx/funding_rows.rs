//! The Budget sheet's funding rows, under the cash flow: what each source
//! pays, the loans the debt shares take out and their debt service, and
//! the levy requirement (the levy's shares plus the debt service).

use rust_decimal::Decimal;
use rust_xlsxwriter::{RowNum, Worksheet};

use super::funding_inputs::FundingInputs;
use super::funding_sheet::{FundingCells, NAME};
use super::layout::{BudgetSheet, FIRST_YEAR_COL, HEADER_ROW};
use super::number::{exact, result};
use super::sheet::{cell, fixed, formula, note};
use super::totals::write_row;
use crate::diagnostic::Diagnostic;
use crate::plan::Funding;
use crate::report::funding_rows::FundingRows;

/// Writes the rows from `row` on; returns (the row after them, the levy
/// requirement's row).
pub fn write_funding_rows(
    budget: &BudgetSheet,
    sheet: &mut Worksheet,
    funding: &FundingRows,
    inputs: &FundingInputs,
    cells: &FundingCells,
    mut row: RowNum,
) -> Result<(RowNum, RowNum), Diagnostic> {
    let years = funding.levy_requirement.len();
    let zeros = vec![Decimal::ZERO; years];
    let mut source_rows = Vec::new();
    for (s, source) in funding.sources.iter().enumerate() {
        let name = inputs.source_name(s);
        let sum = |j: u16, _: &str| match cells.rows {
            Some((first, last)) => {
                let col = rust_xlsxwriter::utility::column_number_to_name(FIRST_YEAR_COL + j);
                format!(
                    "=SUMPRODUCT(({NAME}!$C${}:$C${}={name})*{NAME}!{col}${}:{col}${})",
                    first + 1,
                    last + 1,
                    first + 1,
                    last + 1
                )
            }
            None => "=0".into(),
        };
        let values = funding.by_source.get(s).unwrap_or(&zeros);
        let total = funding.source_totals.get(s).copied().unwrap_or_default();
        write_row(
            budget,
            sheet,
            row,
            &format!("Funding: {source}"),
            values,
            total,
            &sum,
        )?;
        source_rows.push(row);
        row += 1;
    }
    let levy_row = funding
        .sources
        .iter()
        .position(|s| Funding::same_source(s, Funding::LEVY))
        .map(|s| source_rows[s]);
    let service_row = match &inputs.debt {
        Some(debt) => {
            let debt_row = inputs.debt_index().map(|s| (source_rows[s], s));
            let service = write_debt(budget, sheet, funding, debt, debt_row, row)?;
            row = service + 1;
            Some(service)
        }
        None => None,
    };
    let requirement = row;
    let label = if service_row.is_some() {
        "Levy requirement (the levy's shares + debt service)"
    } else {
        "Levy requirement (the levy's shares)"
    };
    write_row(
        budget,
        sheet,
        requirement,
        label,
        &funding.levy_requirement,
        funding.levy_requirement_total,
        &|j, _| {
            let col = FIRST_YEAR_COL + j;
            let levy = levy_row.map_or("0".into(), |r| cell(r, col));
            match service_row {
                Some(service) => format!("={levy}+{}", cell(service, col)),
                None => format!("={levy}"),
            }
        },
    )?;
    Ok((requirement + 1, requirement))
}

/// Borrowing, the level payment of each year's loan, and the debt service;
/// returns the debt service's row.
fn write_debt(
    budget: &BudgetSheet,
    sheet: &mut Worksheet,
    funding: &FundingRows,
    debt: &super::funding_inputs::DebtInputs,
    debt_row: Option<(RowNum, usize)>,
    row: RowNum,
) -> Result<RowNum, Diagnostic> {
    let f = budget.formats;
    let first_year = budget.plan.first_year;
    let years = funding.levy_requirement.len();
    let zeros = vec![Decimal::ZERO; years];
    let borrowing = debt_row
        .and_then(|(_, s)| funding.by_source.get(s))
        .unwrap_or(&zeros);
    let mut payments = vec![Decimal::ZERO; years];
    for loan in &funding.loans {
        if let Ok(j) = usize::try_from(loan.year - first_year)
            && j < years
        {
            payments[j] = loan.payment;
        }
    }
    let total = debt_row
        .and_then(|(_, s)| funding.source_totals.get(s).copied())
        .unwrap_or_default();
    write_row(
        budget,
        sheet,
        row,
        "Borrowing (the debt shares of one-time amounts)",
        borrowing,
        total,
        &|j, _| match debt_row {
            Some((r, _)) => format!("={}", cell(r, FIRST_YEAR_COL + j)),
            None => "=0".into(),
        },
    )?;
    let payment = row + 1;
    let (rate, term, delay) = (&debt.rate, &debt.term, &debt.first_payment);
    sheet.write_string(payment, 1, "Level yearly payment of the year's loan")?;
    for (j, value) in (0..).zip(&payments) {
        let col = FIRST_YEAR_COL + j;
        let loan = cell(row, col);
        let text = format!(
            "=IF({loan}>0,IF({rate}=0,ROUND({loan}/{term},2),ROUND({loan}*{rate}/(1-(1+{rate})^(-{term})),2)),0)"
        );
        exact(*value, || {
            (
                format!("the payment of the {} loan", first_year + i32::from(j)),
                None,
            )
        })?;
        sheet.write_formula_with_format(payment, col, formula(&text, result(*value)), &f.money)?;
    }
    sheet.insert_note(
        payment,
        FIRST_YEAR_COL,
        &note("P = L × r ÷ (1 − (1 + r)^−n), or L ÷ n at 0%, to cents; paid from the borrowing year + first payment, for the term"),
    )?;
    let service = payment + 1;
    let last = budget.total_col() - 1;
    let payments_range = format!(
        "{}:{}",
        fixed(payment, FIRST_YEAR_COL),
        fixed(payment, last)
    );
    let years_range = format!(
        "{}:{}",
        fixed(HEADER_ROW, FIRST_YEAR_COL),
        fixed(HEADER_ROW, last)
    );
    write_row(
        budget,
        sheet,
        service,
        "Debt service",
        &funding.debt_service,
        funding.debt_service_total,
        &|_, year| {
            format!(
                "=SUMPRODUCT({payments_range}*({years_range}+{delay}<={year})*({years_range}+{delay}+{term}-1>={year}))"
            )
        },
    )?;
    if !funding.after_horizon.is_zero() {
        let text = format!(
            "Payments after {} ({}) are in no total.",
            budget.plan.last_year,
            funding.after_horizon.normalize()
        );
        sheet.insert_note(service, budget.total_col(), &note(text))?;
    }
    Ok(service)
}
