//! The initiatives table of the budget workbook's Inputs sheet: one row per
//! initiative as written, its phased one-time amounts to the right.

use std::ops::Range;

use rust_xlsxwriter::{ColNum, RowNum, Worksheet};

use super::formats::Formats;
use super::funding_inputs::FundingInputs;
use super::input_columns::{
    ESCALATION, ID, ONE_TIME, PHASED, REC_END, REC_START, RECURRING, START, horizon_cols,
};
use super::number::exact;
use super::sheet::{self, TITLE_ROWS, fit, fixed, formula, note};
use crate::diagnostic::Diagnostic;
use crate::plan::{Amount, Initiative, OneTime, Plan, Start};

/// The table from `row` on, row by row (as low-memory sheets are
/// written), with each initiative's funding shares beside it when the plan
/// names funding; returns the initiatives' rows.
pub fn write_initiatives(
    sheet: &mut Worksheet,
    plan: &Plan,
    formats: &Formats,
    mut row: RowNum,
    escalation: &str,
    funding: Option<&FundingInputs>,
) -> Result<Vec<RowNum>, Diagnostic> {
    sheet.write_string_with_format(row, 0, "Initiatives", &formats.section)?;
    sheet.write_string_with_format(row, PHASED, "One-time by year (phased)", &formats.header)?;
    if let Some(funding) = funding {
        funding.write_titles(sheet, formats)?;
    }
    row += 1;
    let headers = [
        "ID",
        "Initiative",
        "Theme",
        "Category",
        "Start",
        "One-time (in the start year)",
        "Recurring (yearly)",
        "Recurring from",
        "Recurring through",
        "Escalation",
    ];
    for (col, text) in (0..).zip(headers) {
        sheet.write_string_with_format(row, col, text, &formats.header)?;
    }
    for (j, year) in (0..).zip(plan.years()) {
        sheet.write_number_with_format(row, PHASED + j, f64::from(year), &formats.year_header)?;
    }
    if let Some(funding) = funding {
        funding.write_headers(sheet, formats)?;
    }
    let first_year_cell = fixed(TITLE_ROWS + 1, 1);
    let mut rows = Vec::with_capacity(plan.initiatives.len());
    for initiative in &plan.initiatives {
        row += 1;
        let cells = InitiativeCells {
            plan,
            initiative,
            row,
            formats,
        };
        cells.write(sheet, &first_year_cell, escalation)?;
        if let Some(funding) = funding {
            funding.write_row(sheet, formats, initiative, row)?;
        }
        rows.push(row);
    }
    Ok(rows)
}

struct InitiativeCells<'a> {
    plan: &'a Plan,
    initiative: &'a Initiative,
    row: RowNum,
    formats: &'a Formats,
}

impl InitiativeCells<'_> {
    fn span(&self) -> Option<Range<usize>> {
        Some(self.initiative.span.clone())
    }

    fn write(
        &self,
        sheet: &mut Worksheet,
        first_year: &str,
        escalation: &str,
    ) -> Result<(), Diagnostic> {
        let (i, row, f) = (self.initiative, self.row, self.formats);
        sheet.write_string_with_format(row, ID, fit(&i.id), &f.text_input)?;
        sheet.write_string_with_format(row, ID + 1, fit(&i.name), &f.text_input)?;
        for (col, text) in [(2, &i.theme), (3, &i.category)] {
            match text {
                Some(text) => sheet.write_string_with_format(row, col, fit(text), &f.text_input)?,
                None => sheet.write_blank(row, col, &f.text_input)?,
            };
        }
        match (i.start, i.start_year) {
            (Start::Year(year), _) => {
                sheet.write_number_with_format(row, START, f64::from(year), &f.year_input)?;
            }
            (Start::Ongoing, Some(year)) => {
                let text = format!("={first_year}");
                sheet.write_formula_with_format(
                    row,
                    START,
                    formula(&text, year.to_string()),
                    &f.year_input,
                )?;
                sheet.insert_note(row, START, &note("\"ongoing\": the plan's first year"))?;
            }
            _ => {
                sheet.write_string_with_format(row, START, "tbd", &f.year_input)?;
                sheet.insert_note(
                    row,
                    START,
                    &note("Unscheduled (start \"tbd\"): in no total until it has a start year"),
                )?;
            }
        }
        self.write_one_time(sheet)?;
        self.amount(sheet, RECURRING, i.recurring, "recurring")?;
        match i.recurring_start {
            Some(year) => {
                sheet.write_number_with_format(row, REC_START, f64::from(year), &f.year_input)?;
            }
            None => {
                let text = format!("={}", sheet::cell(row, START));
                let result = i.start_year.map_or("tbd".into(), |y| y.to_string());
                sheet.write_formula_with_format(
                    row,
                    REC_START,
                    formula(&text, result),
                    &f.year_input,
                )?;
            }
        }
        match i.recurring_end {
            Some(year) => {
                sheet.write_number_with_format(row, REC_END, f64::from(year), &f.year_input)?
            }
            None => sheet.write_blank(row, REC_END, &f.year_input)?,
        };
        if i.escalation == self.plan.escalation {
            let text = format!("={escalation}");
            let value = exact(i.escalation, || self.what("escalation"))?;
            sheet.write_formula_with_format(
                row,
                ESCALATION,
                formula(&text, value.to_string()),
                &f.percent_input,
            )?;
        } else {
            let value = exact(i.escalation, || self.what("escalation"))?;
            sheet.write_number_with_format(row, ESCALATION, value, &f.percent_input)?;
        }
        Ok(())
    }

    fn what(&self, field: &str) -> (String, Option<Range<usize>>) {
        (
            format!("`{field}` of `{}`", self.initiative.id),
            self.span(),
        )
    }

    fn amount(
        &self,
        sheet: &mut Worksheet,
        col: ColNum,
        amount: Amount,
        field: &str,
    ) -> Result<(), Diagnostic> {
        let f = self.formats;
        match amount {
            Amount::Known(value) => {
                let value = exact(value, || self.what(field))?;
                sheet.write_number_with_format(self.row, col, value, &f.money_input)?;
            }
            Amount::Tbd => {
                sheet.write_string_with_format(self.row, col, "tbd", &f.text_input)?;
            }
        }
        Ok(())
    }

    fn write_one_time(&self, sheet: &mut Worksheet) -> Result<(), Diagnostic> {
        match &self.initiative.one_time {
            OneTime::InStartYear(amount) => self.amount(sheet, ONE_TIME, *amount, "one_time"),
            OneTime::Phased(phases) => {
                for j in 0..horizon_cols(self.plan) {
                    sheet.write_blank(self.row, PHASED + j, &self.formats.money_input)?;
                }
                let mut outside = Vec::new();
                for (year, amount) in phases {
                    let offset = year - self.plan.first_year;
                    match ColNum::try_from(offset) {
                        Ok(j) if *year <= self.plan.last_year => {
                            self.amount(sheet, PHASED + j, *amount, &format!("one_time {year}"))?
                        }
                        _ => outside.push(year.to_string()),
                    }
                }
                let mut text =
                    "Phased: see the one-time amounts by year, to the right.".to_string();
                if !outside.is_empty() {
                    text.push_str(&format!(
                        " Phases outside the horizon ({}) are in no total.",
                        outside.join(", ")
                    ));
                }
                sheet.insert_note(self.row, ONE_TIME, &note(text))?;
                Ok(())
            }
        }
    }
}
