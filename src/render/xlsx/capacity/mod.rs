//! The capacity workbook: rows A–F of the 455 model as formulas over the
//! teams, added staff, demand and effort on the Inputs sheet, one line per
//! source, deficits highlighted.

mod lines;

use rust_decimal::Decimal;
use rust_xlsxwriter::{ConditionalFormatFormula, Format, RowNum, Workbook, Worksheet};

use super::capacity_inputs::{CapacityInputs, write_capacity_inputs};
use super::capacity_sources::Staff;
use super::formats::Formats;
use super::number::result;
use super::sheet::{self, TITLE_ROWS, YearFormula, cell, fit, fixed_row, formula, input};
use crate::diagnostic::Diagnostic;
use crate::plan::Plan;
use crate::report::capacity::{CapacityReport, WhatIf, capacity};
use crate::report::effort::Window;

const HEADER_ROW: RowNum = TITLE_ROWS;

/// The capacity table (hours per quarter) as a live workbook.
pub fn capacity_workbook(plan: &Plan, what_if: Option<&WhatIf>) -> Result<Vec<u8>, Diagnostic> {
    let report = capacity(plan, what_if)?;
    let Some(cap) = &plan.capacity else {
        return Err(Diagnostic::error(None, "this plan has no [capacity] table"));
    };
    let formats = Formats::new(&plan.currency);
    let staff = Staff::all(plan, what_if);
    let mut inputs_sheet = Worksheet::new();
    let inputs = write_capacity_inputs(
        &mut inputs_sheet,
        plan,
        cap,
        &staff,
        &report.years,
        &formats,
    )?;
    let mut capacity_sheet = Worksheet::new();
    let window = Window::new(cap.first_year, cap.last_year);
    let writer = CapacitySheet {
        plan,
        report: &report,
        inputs: &inputs,
        formats: &formats,
        window,
        h: cap.hours_per_fte_quarter,
    };
    writer.write(&mut capacity_sheet, &staff)?;
    let mut workbook = Workbook::new();
    workbook.set_properties(&super::properties(plan));
    workbook.push_worksheet(capacity_sheet);
    workbook.push_worksheet(inputs_sheet);
    Ok(workbook.save_to_buffer()?)
}

struct CapacitySheet<'a> {
    plan: &'a Plan,
    report: &'a CapacityReport,
    inputs: &'a CapacityInputs,
    formats: &'a Formats,
    window: Window,
    h: Decimal,
}

/// One line of figures: a label, a formula per year and the exact values.
struct Line {
    label: String,
    formula: YearFormula<'static>,
    values: Vec<Decimal>,
}

impl CapacitySheet<'_> {
    fn years(&self) -> u16 {
        u16::try_from(self.report.years.len()).unwrap_or(u16::MAX)
    }

    fn write(&self, sheet: &mut Worksheet, staff: &[Staff]) -> Result<(), Diagnostic> {
        let f = self.formats;
        sheet.set_name("Capacity")?;
        let mut lines = vec![format!(
            "{}Staff capacity against project demand: average hours per quarter (the 455 model)",
            self.report
                .organization
                .as_ref()
                .map_or(String::new(), |o| format!("{o} · "))
        )];
        if let Some(source) = &self.plan.source {
            lines.push(format!("Source: {source}"));
        }
        sheet::title(sheet, f, &self.plan.name, &lines)?;
        sheet.write_string_with_format(HEADER_ROW, 0, "Average hours per quarter", &f.header)?;
        for (j, &year) in (0..).zip(&self.report.years) {
            sheet.write_number_with_format(HEADER_ROW, 1 + j, f64::from(year), &f.year_header)?;
        }
        let rows = &self.report.quarter.rows;
        let mut row = HEADER_ROW + 1;
        let a = self.block(
            sheet,
            &mut row,
            "Staff hours",
            self.staff_lines(staff, false),
            "A  Capacity (FTE × H)",
            &rows.capacity,
        )?;
        let b = self.block(
            sheet,
            &mut row,
            "Operations and time out of office",
            self.staff_lines(staff, true),
            "B  Operational",
            &rows.operational,
        )?;
        let c = row;
        self.derived(
            sheet,
            c,
            "C  Available for projects (A − B)",
            &rows.available,
            |col| format!("={}-{}", cell(a, col), cell(b, col)),
        )?;
        row = c + 2;
        let d = self.block(
            sheet,
            &mut row,
            "Project demand",
            self.demand_lines(),
            "D  Project demand",
            &rows.demand,
        )?;
        let e = row;
        self.derived(
            sheet,
            e,
            "E  Surplus (C − D; negative: a deficit)",
            &rows.surplus,
            |col| format!("={}-{}", cell(c, col), cell(d, col)),
        )?;
        let h = input(&self.inputs.h);
        self.derived(
            sheet,
            e + 1,
            "F  Surplus in FTE (E ÷ H)",
            &rows.surplus_fte,
            |col| format!("={}/{h}", cell(e, col)),
        )?;
        if self.years() > 0 {
            let rule = ConditionalFormatFormula::new()
                .set_rule(format!("=ROUND({},2)<0", fixed_row(e, 1)).as_str())
                .set_format(&f.deficit);
            sheet.add_conditional_format(e, 1, e + 1, self.years(), &rule)?;
        }
        self.write_notes(sheet, e + 3)?;
        sheet.set_column_width(0, 56.0)?;
        for j in 0..self.years() {
            sheet.set_column_width(1 + j, 14.0)?;
        }
        sheet.set_freeze_panes(HEADER_ROW + 1, 1)?;
        sheet.set_active(true);
        Ok(())
    }

    /// A heading, one line per source, and their sum; returns the sum's row.
    fn block(
        &self,
        sheet: &mut Worksheet,
        row: &mut RowNum,
        heading: &str,
        lines: Vec<Line>,
        total: &str,
        totals: &[Decimal],
    ) -> Result<RowNum, Diagnostic> {
        let f = self.formats;
        sheet.write_string_with_format(*row, 0, heading, &f.section)?;
        let first = *row + 1;
        for line in &lines {
            *row += 1;
            sheet.write_string_with_format(*row, 0, fit(&line.label), &f.label)?;
            for j in 0..self.years() {
                let text = (line.formula)(j, &fixed_row(HEADER_ROW, 1 + j));
                let cached = line.values.get(usize::from(j)).copied().unwrap_or_default();
                sheet.write_formula_with_format(
                    *row,
                    1 + j,
                    formula(&text, result(cached)),
                    &f.hours,
                )?;
            }
        }
        let last = *row;
        let sum_row = *row + 1;
        self.derived(sheet, sum_row, total, totals, |col| {
            if last < first {
                "=0".into()
            } else {
                format!("=SUM({}:{})", cell(first, col), cell(last, col))
            }
        })?;
        *row = sum_row + 2;
        Ok(sum_row)
    }

    fn derived(
        &self,
        sheet: &mut Worksheet,
        row: RowNum,
        label: &str,
        values: &[Decimal],
        formula_for: impl Fn(u16) -> String,
    ) -> Result<(), Diagnostic> {
        let f = self.formats;
        sheet.write_string_with_format(row, 0, label, &f.total_label)?;
        for (j, value) in (0..).zip(values) {
            let format: &Format = &f.hours_total;
            sheet.write_formula_with_format(
                row,
                1 + j,
                formula(&formula_for(1 + j), result(*value)),
                format,
            )?;
        }
        Ok(())
    }

    fn write_notes(&self, sheet: &mut Worksheet, mut row: RowNum) -> Result<(), Diagnostic> {
        let mut notes = vec!["Red: a deficit, demand above the hours available for projects. Hours per year are 4 × these figures.".to_string()];
        if !self.report.unscheduled.is_empty() {
            notes.push(format!(
                "Unscheduled (start \"tbd\"), adding no staff or demand until scheduled: {}",
                self.report.unscheduled.join(", ")
            ));
        }
        for text in notes {
            sheet.write_string_with_format(row, 0, fit(&text), &self.formats.note)?;
            row += 1;
        }
        Ok(())
    }
}
