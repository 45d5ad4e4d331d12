//! The budget workbook's Inputs sheet: the plan as written, one blue cell
//! per figure, which the Budget sheet's formulas read.

use rust_xlsxwriter::{RowNum, Worksheet};

use super::formats::Formats;
use super::funding_inputs::FundingInputs;
use super::initiative_inputs::write_initiatives;
use super::input_columns::{PHASED, horizon_cols};
use super::levy_inputs::{LevyInputs, write_levy};
use super::number::exact;
use super::sheet::{self, TITLE_ROWS, fit, fixed};
use crate::diagnostic::Diagnostic;
use crate::plan::Plan;

/// Where the Budget sheet finds each input (absolute references).
pub struct BudgetInputs {
    pub levy: Option<LevyInputs>,
    /// The funding shares and debt terms, when the plan names funding.
    pub funding: Option<FundingInputs>,
    /// Inputs row of each initiative, in plan order.
    pub rows: Vec<RowNum>,
}

/// Writes the sheet; `levy` adds the levy inputs, `sources` (the plan's
/// funding sources, when it names funding) the funding shares and debt.
pub fn write_inputs(
    sheet: &mut Worksheet,
    plan: &Plan,
    formats: &Formats,
    levy: bool,
    sources: Option<&[String]>,
) -> Result<BudgetInputs, Diagnostic> {
    sheet.set_name(sheet::INPUTS)?;
    let lines = vec![format!(
        "Inputs: the plan as written. Edit a blue cell and the Budget sheet recomputes. Amounts in {}.",
        plan.currency
    )];
    sheet::title(sheet, formats, &plan.name, &lines)?;
    let mut row = TITLE_ROWS;
    sheet.write_string_with_format(row, 0, "Plan", &formats.section)?;
    for (label, year) in [
        ("First year", plan.first_year),
        ("Last year", plan.last_year),
    ] {
        row += 1;
        sheet.write_string(row, 0, label)?;
        sheet.write_number_with_format(row, 1, f64::from(year), &formats.year_input)?;
    }
    row += 1;
    sheet.write_string(row, 0, "Currency")?;
    sheet.write_string_with_format(row, 1, fit(&plan.currency), &formats.text_input)?;
    row += 1;
    sheet.write_string(
        row,
        0,
        "Escalation (yearly, unless an initiative sets its own)",
    )?;
    let escalation = exact(plan.escalation, || {
        ("`escalation` of the plan".into(), None)
    })?;
    sheet.write_number_with_format(row, 1, escalation, &formats.percent_input)?;
    let escalation_cell = fixed(row, 1);
    row += 2;
    let levy = match (&plan.levy, levy) {
        (Some(levy), true) => {
            let cells = write_levy(sheet, plan, levy, formats, row)?;
            row = cells.by_year_row + 2;
            Some(cells)
        }
        _ => None,
    };
    let table = row;
    // The shares sit beside the table, from the column after the phases.
    let mut funding = sources
        .map(|sources| FundingInputs::new(sources, (table + 1, PHASED + horizon_cols(plan) + 1)));
    let rows = write_initiatives(
        sheet,
        plan,
        formats,
        row,
        &escalation_cell,
        funding.as_ref(),
    )?;
    if let Some(funding) = funding.as_mut() {
        let last = rows.last().copied().unwrap_or(table + 1);
        funding.write_debt(sheet, plan, formats, last + 2)?;
    }
    let widths = [32.0, 42.0, 28.0, 16.0, 9.0, 18.0, 18.0, 10.0, 10.0, 11.0];
    for (col, width) in (0..).zip(widths) {
        sheet.set_column_width(col, width)?;
    }
    for j in 0..horizon_cols(plan) {
        sheet.set_column_width(PHASED + j, 18.0)?;
    }
    sheet.set_freeze_panes(0, 1)?;
    Ok(BudgetInputs {
        levy,
        funding,
        rows,
    })
}
