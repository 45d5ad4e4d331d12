//! The Budget sheet, laid out like a master plan's costing sheet: one row
//! per initiative with a cell per year, the totals, then the levy rows.

use rust_xlsxwriter::{RowNum, Workbook, Worksheet};

use super::cash_flow::{Shape, total_formula, year_formula};
use super::formats::Formats;
use super::funding_rows::write_funding_rows;
use super::funding_sheet::{FundingCells, write_funding_sheet};
use super::input_columns;
use super::inputs::write_inputs;
use super::layout::{BudgetSheet, FIRST_YEAR_COL, HEADER_ROW};
use super::levy::write_levy_rows;
use super::number::exact_result;
use super::sheet::{self, fit, fixed_col, formula, input, note};
use crate::diagnostic::Diagnostic;
use crate::plan::{Initiative, Plan, Year};
use crate::report::budget::{BudgetOptions, InitiativeRow, budget};

/// The workbook's tabs, in order.
const BUDGET: usize = 0;
const INPUTS: usize = 1;
const FUNDING: usize = 2;

/// More initiatives than this, and the workbook is written as ZIP64.
const LARGE_PLAN: usize = 10_000;

/// The budget of the whole horizon as a live workbook; `levy` adds the
/// levy, levy requirement and tax impact rows.
pub fn budget_workbook(plan: &Plan, levy: bool) -> Result<Vec<u8>, Diagnostic> {
    let options = BudgetOptions {
        levy,
        ..BudgetOptions::default()
    };
    let report = budget(plan, &options)?;
    let formats = Formats::new(&plan.currency);
    let mut workbook = Workbook::new();
    workbook.set_properties(&super::properties(plan));
    // A sheet of a very large plan (its funding split into rows per source)
    // can pass the zip format's 4 GB limit; ZIP64, which Excel and
    // LibreOffice read, lifts it.
    if plan.initiatives.len() > LARGE_PLAN {
        workbook.use_zip_large_file(true);
    }
    // Each sheet keeps one row in memory and spools the rest to a
    // temporary file, so a plan of 100,000 initiatives stays lean; the
    // sheets are written row by row for it. The tabs read Budget, Inputs,
    // Funding; Inputs is written first, as the others point into it.
    workbook.add_worksheet_with_low_memory()?;
    workbook.add_worksheet_with_low_memory()?;
    let sources = report.funding.as_ref().map(|f| &f.sources[..]);
    let inputs = write_inputs(
        workbook.worksheet_from_index(INPUTS)?,
        plan,
        &formats,
        report.levy.is_some(),
        sources,
    )?;
    let funding = match &inputs.funding {
        Some(funding_inputs) => {
            workbook.add_worksheet_with_low_memory()?;
            Some(write_funding_sheet(
                workbook.worksheet_from_index(FUNDING)?,
                plan,
                &report,
                &formats,
                &inputs.rows,
                funding_inputs,
            )?)
        }
        None => None,
    };
    BudgetSheet {
        plan,
        report: &report,
        inputs: &inputs,
        formats: &formats,
    }
    .write(workbook.worksheet_from_index(BUDGET)?, funding.as_ref())?;
    Ok(workbook.save_to_buffer()?)
}

impl BudgetSheet<'_> {
    fn write(
        &self,
        sheet: &mut Worksheet,
        funding_cells: Option<&FundingCells>,
    ) -> Result<(), Diagnostic> {
        let f = self.formats;
        sheet.set_name("Budget")?;
        // An unscheduled initiative's cells cache the empty text, not 0.
        sheet.set_formula_result_default("");
        let mut lines = vec![format!(
            "{}Budget {}–{}, amounts in {}",
            self.report
                .organization
                .as_ref()
                .map_or(String::new(), |o| format!("{o} · ")),
            self.plan.first_year,
            self.plan.last_year,
            self.plan.currency
        )];
        if let Some(source) = &self.plan.source {
            lines.push(format!("Source: {source}"));
        }
        sheet::title(sheet, f, &self.plan.name, &lines)?;
        for (col, text) in [(0, "ID"), (1, "Initiative"), (2, "Theme"), (3, "Start")] {
            sheet.write_string_with_format(HEADER_ROW, col, text, &f.header)?;
        }
        for (j, year) in self.years() {
            sheet.write_number_with_format(
                HEADER_ROW,
                FIRST_YEAR_COL + j,
                f64::from(year),
                &f.year_header,
            )?;
        }
        sheet.write_string_with_format(HEADER_ROW, self.total_col(), "Total", &f.header)?;
        let mut row = HEADER_ROW;
        for ((initiative, report_row), &input_row) in self
            .plan
            .initiatives
            .iter()
            .zip(&self.report.initiatives)
            .zip(&self.inputs.rows)
        {
            row += 1;
            self.write_initiative(sheet, row, input_row, initiative, report_row)?;
        }
        let last_initiative = row;
        let totals = super::totals::write_totals(self, sheet, last_initiative)?;
        let mut row = totals.next_row;
        let mut requirement = None;
        if let (Some(funding), Some(inputs), Some(cells)) =
            (&self.report.funding, &self.inputs.funding, funding_cells)
        {
            let (next, levy_requirement) =
                write_funding_rows(self, sheet, funding, inputs, cells, row)?;
            requirement = Some(levy_requirement);
            row = next + 1;
        }
        if let Some(levy) = &self.report.levy {
            row = write_levy_rows(self, sheet, levy, totals.cash_flow_row, requirement, row)?;
        }
        self.write_notes(sheet, row + 1)?;
        if last_initiative > HEADER_ROW {
            sheet.autofilter(HEADER_ROW, 0, last_initiative, self.total_col())?;
        }
        let widths = [16.0, 46.0, 26.0, 7.0];
        for (col, width) in (0..).zip(widths) {
            sheet.set_column_width(col, width)?;
        }
        for (j, _) in self.years() {
            sheet.set_column_width(FIRST_YEAR_COL + j, 18.0)?;
        }
        sheet.set_column_width(self.total_col(), 19.0)?;
        sheet.set_freeze_panes(HEADER_ROW + 1, 1)?;
        sheet.set_active(true);
        Ok(())
    }

    fn write_initiative(
        &self,
        sheet: &mut Worksheet,
        row: RowNum,
        input_row: RowNum,
        initiative: &Initiative,
        report_row: &InitiativeRow,
    ) -> Result<(), Diagnostic> {
        let f = self.formats;
        sheet.write_string(row, 0, fit(&initiative.id))?;
        sheet.write_string(row, 1, fit(&initiative.name))?;
        if let Some(theme) = &initiative.theme {
            sheet.write_string(row, 2, fit(theme))?;
        }
        let start = initiative
            .start_year
            .map_or("tbd".into(), |y| y.to_string());
        let start_formula = format!("={}", input(&fixed_col(input_row, input_columns::START)));
        sheet.write_formula_with_format(row, 3, formula(&start_formula, start), &f.year)?;
        let shape = Shape::of(initiative);
        for (j, year) in self.years() {
            let col = FIRST_YEAR_COL + j;
            let text = year_formula(shape, input_row, j, &self.year_ref(j));
            let value = report_row.cash_flow.get(usize::from(j));
            let tbd = report_row.tbd_years.contains(&year);
            let cached = match value {
                None => String::new(),
                Some(v) if v.is_zero() && tbd => "tbd".into(),
                Some(v) => exact_result(*v, || self.cell_name(initiative, year))?,
            };
            sheet.write_formula_with_format(row, col, formula(&text, cached), &f.money)?;
            if tbd && value.is_some_and(|v| !v.is_zero()) {
                let text = format!(
                    "Known amounts only: a \"tbd\" (not yet costed) amount of {} also falls in {year}.",
                    initiative.id
                );
                sheet.insert_note(row, col, &note(text))?;
            }
        }
        let total = match report_row.total {
            None => "tbd".into(),
            Some(t) if t.is_zero() && !report_row.tbd_years.is_empty() => "tbd".into(),
            Some(t) => exact_result(t, || (format!("the total of `{}`", initiative.id), None))?,
        };
        let text = total_formula(shape, input_row, &self.row_range(row));
        sheet.write_formula_with_format(row, self.total_col(), formula(&text, total), &f.money)?;
        if initiative.is_unscheduled() {
            let text = "Unscheduled (start \"tbd\"): in no total until it has a start year on the Inputs sheet.";
            sheet.insert_note(row, self.total_col(), &note(text))?;
        }
        Ok(())
    }

    fn cell_name(
        &self,
        initiative: &Initiative,
        year: Year,
    ) -> (String, Option<std::ops::Range<usize>>) {
        (
            format!("the {year} cash flow of `{}`", initiative.id),
            Some(initiative.span.clone()),
        )
    }

    fn write_notes(&self, sheet: &mut Worksheet, mut row: RowNum) -> Result<(), Diagnostic> {
        let report = self.report;
        let mut notes = Vec::new();
        if !report.unscheduled.is_empty() {
            notes.push(format!(
                "Unscheduled (start \"tbd\", in no total): {}",
                report.unscheduled.join(", ")
            ));
        }
        if !report.uncosted.is_empty() {
            notes.push(format!(
                "Uncosted (an amount is \"tbd\", left out of the totals): {}",
                report.uncosted.join(", ")
            ));
        }
        if report.levy.is_some() {
            notes.push("Tax impact = levy requirement ÷ levy × 100; change = (levy requirement − prior year's) ÷ levy × 100.".into());
        }
        for text in notes {
            sheet.write_string_with_format(row, 0, fit(&text), &self.formats.note)?;
            row += 1;
        }
        Ok(())
    }
}
