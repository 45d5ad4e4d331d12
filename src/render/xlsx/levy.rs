//! The levy rows under the budget's totals: the levy requirement, the levy,
//! the tax impact, its change from the prior year and the cost per household.
//!
//! The levy requirement row is what taxation must raise. While a plan names
//! no other funding it is the cash flow, written here; a plan that names
//! funding has it among its funding rows (the levy's shares plus the debt
//! service), which the tax impact then reads.

use rust_xlsxwriter::{RowNum, Worksheet};

use super::layout::{BudgetSheet, FIRST_YEAR_COL};
use super::levy_inputs::LEVY_YEAR;
use super::number::{exact, result};
use super::sheet::{cell, formula, input, note};
use super::totals::write_row;
use crate::diagnostic::Diagnostic;
use crate::report::levy::LevyRows;

/// Writes the rows from `row` on; returns the row after them.
pub fn write_levy_rows(
    budget: &BudgetSheet,
    sheet: &mut Worksheet,
    levy: &LevyRows,
    cash_flow_row: RowNum,
    requirement: Option<RowNum>,
    row: RowNum,
) -> Result<RowNum, Diagnostic> {
    let Some(inputs) = &budget.inputs.levy else {
        return Ok(row);
    };
    let f = budget.formats;
    let totals = &budget.report.totals;
    // A plan that names funding has its levy requirement row already.
    let (requirement, levy_row) = match requirement {
        Some(requirement) => (requirement, row),
        None => {
            write_row(
                budget,
                sheet,
                row,
                "Levy requirement (= cash flow: no other funding in this plan)",
                &totals.cash_flow,
                totals.cash_flow_total,
                &|j, _| requirement_formula(cash_flow_row, FIRST_YEAR_COL + j),
            )?;
            (row, row + 1)
        }
    };
    let span = budget.plan.levy.as_ref().map(|l| l.span.clone());
    sheet.write_string(levy_row, 1, "Levy")?;
    for (j, value) in (0..).zip(&levy.levy) {
        let year = budget.year_ref(j);
        let given = input(&cell(inputs.by_year_row, LEVY_YEAR + j));
        let text = format!(
            "=IF(ISNUMBER({given}),{given},ROUND({}*(1+{})^({year}-{}),2))",
            input(&inputs.base),
            input(&inputs.growth),
            input(&inputs.base_year)
        );
        let what = || {
            (
                format!("the levy for {}", budget.report.years[usize::from(j)]),
                span.clone(),
            )
        };
        exact(*value, what)?;
        sheet.write_formula_with_format(
            levy_row,
            FIRST_YEAR_COL + j,
            formula(&text, result(*value)),
            &f.money,
        )?;
    }
    let impact = levy_row + 1;
    sheet.write_string_with_format(impact, 1, "Tax impact (% of levy)", &f.total_label)?;
    let change = impact + 1;
    for (j, value) in (0..).zip(&levy.tax_impact_percent) {
        let col = FIRST_YEAR_COL + j;
        let text = format!("={}/{}*100", cell(requirement, col), cell(levy_row, col));
        sheet.write_formula_with_format(
            impact,
            col,
            formula(&text, result(*value)),
            &f.points_total,
        )?;
    }
    // Row by row, as low-memory sheets are written.
    sheet.write_string(change, 1, "Change from prior year (% of levy)")?;
    for j in 0..u16::try_from(levy.change_percent.len()).unwrap_or(u16::MAX) {
        let col = FIRST_YEAR_COL + j;
        match levy.change_percent.get(usize::from(j)).copied().flatten() {
            Some(value) => {
                let text = format!(
                    "=({}-{})/{}*100",
                    cell(requirement, col),
                    cell(requirement, col - 1),
                    cell(levy_row, col)
                );
                sheet.write_formula_with_format(
                    change,
                    col,
                    formula(&text, result(value)),
                    &f.points,
                )?;
            }
            None => {
                sheet.write_blank(change, col, &f.points)?;
                sheet.insert_note(change, col, &note("No prior year in the plan's horizon."))?;
            }
        }
    }
    let household = change + 1;
    let households = input(&inputs.households);
    let label = match &levy.per_household {
        Some(_) => "Cost per household",
        None => "Cost per household (give households on the Inputs sheet)",
    };
    sheet.write_string(household, 1, label)?;
    for j in 0..u16::try_from(levy.levy.len()).unwrap_or(u16::MAX) {
        let col = FIRST_YEAR_COL + j;
        let text = format!(
            "=IF(ISNUMBER({households}),ROUND({}/{households},2),\"\")",
            cell(requirement, col)
        );
        let cached = levy
            .per_household
            .as_ref()
            .and_then(|p| p.get(usize::from(j)))
            .map_or(String::new(), |v| result(*v));
        sheet.write_formula_with_format(household, col, formula(&text, cached), &f.money)?;
    }
    Ok(household + 1)
}

/// The levy requirement of the year in `col`: today the cash flow.
fn requirement_formula(cash_flow_row: RowNum, col: u16) -> String {
    format!("={}", cell(cash_flow_row, col))
}
