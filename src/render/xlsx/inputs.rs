//! The budget workbook's Inputs sheet: the plan as written, one blue cell
//! per figure, which the Budget sheet's formulas read.

use std::ops::Range;

use rust_decimal::Decimal;
use rust_xlsxwriter::{ColNum, RowNum, Worksheet};

use super::formats::Formats;
use super::funding_inputs::{FundingInputs, write_funding_inputs};
use super::number::exact;
use super::sheet::{self, TITLE_ROWS, fit, fixed, formula, note};
use crate::diagnostic::Diagnostic;
use crate::plan::{Amount, Initiative, Levy, OneTime, Plan, Start};

// Columns of the initiatives table.
pub const ID: ColNum = 0;
pub const START: ColNum = 4;
pub const ONE_TIME: ColNum = 5;
pub const RECURRING: ColNum = 6;
pub const REC_START: ColNum = 7;
pub const REC_END: ColNum = 8;
pub const ESCALATION: ColNum = 9;
/// One-time amounts by year: horizon year j in column PHASED + j.
pub const PHASED: ColNum = 10;
/// Levy overrides by year: horizon year j in column LEVY_YEAR + j.
pub const LEVY_YEAR: ColNum = 1;

/// Where the Budget sheet finds each input (absolute references).
pub struct BudgetInputs {
    pub levy: Option<LevyInputs>,
    /// The funding shares and debt terms, when the plan names funding.
    pub funding: Option<FundingInputs>,
    /// Inputs row of each initiative, in plan order.
    pub rows: Vec<RowNum>,
}

pub struct LevyInputs {
    pub base_year: String,
    pub base: String,
    pub growth: String,
    pub households: String,
    /// The row of the by-year overrides.
    pub by_year_row: RowNum,
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
    let rows = write_initiatives(sheet, plan, formats, row, &escalation_cell)?;
    let funding = match sources {
        Some(sources) => {
            let last = rows.last().copied().unwrap_or(table + 1);
            let place = (table + 1, PHASED + horizon_cols(plan) + 1);
            Some(write_funding_inputs(
                sheet,
                plan,
                formats,
                sources,
                place,
                &rows,
                last + 2,
            )?)
        }
        None => None,
    };
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

pub fn horizon_cols(plan: &Plan) -> ColNum {
    ColNum::try_from(plan.horizon_len()).unwrap_or(ColNum::MAX)
}

fn write_levy(
    sheet: &mut Worksheet,
    plan: &Plan,
    levy: &Levy,
    formats: &Formats,
    mut row: RowNum,
) -> Result<LevyInputs, Diagnostic> {
    let span = || Some(levy.span.clone());
    sheet.write_string_with_format(row, 0, "Levy", &formats.section)?;
    sheet.write_string_with_format(
        row,
        1,
        "levy(y) = base × (1 + growth)^(y − base year), to cents, unless the year has its own levy below",
        &formats.note,
    )?;
    let optional = |value: Option<Decimal>, field: &str| match value {
        Some(v) => exact(v, || (format!("`{field}` of the levy"), span())).map(Some),
        None => Ok(None),
    };
    let base_year = levy.base_year.map(f64::from);
    let values = [
        ("Base year", base_year, &formats.year_input),
        ("Base", optional(levy.base, "base")?, &formats.money_input),
        (
            "Growth (yearly)",
            optional(Some(levy.growth), "growth")?,
            &formats.percent_input,
        ),
        (
            "Households (for the cost per household)",
            optional(levy.households, "households")?,
            &formats.number_input,
        ),
    ];
    let mut cells = Vec::new();
    for (label, value, format) in values {
        row += 1;
        sheet.write_string(row, 0, label)?;
        match value {
            Some(v) => sheet.write_number_with_format(row, 1, v, format)?,
            None => sheet.write_blank(row, 1, format)?,
        };
        cells.push(fixed(row, 1));
    }
    row += 1;
    sheet.write_string_with_format(row, 0, "Year", &formats.header)?;
    row += 1;
    sheet.write_string(row, 0, "Levy for the year (overrides the projection)")?;
    for (j, year) in (0..).zip(plan.years()) {
        let col = LEVY_YEAR + j;
        sheet.write_number_with_format(row - 1, col, f64::from(year), &formats.year_header)?;
        match levy.by_year.iter().find(|(y, _)| *y == year) {
            Some((_, amount)) => {
                let value = exact(*amount, || {
                    (format!("`by_year` {year} of the levy"), span())
                })?;
                sheet.write_number_with_format(row, col, value, &formats.money_input)?
            }
            None => sheet.write_blank(row, col, &formats.money_input)?,
        };
    }
    let mut cells = cells.into_iter();
    let mut next = || cells.next().unwrap_or_default();
    Ok(LevyInputs {
        base_year: next(),
        base: next(),
        growth: next(),
        households: next(),
        by_year_row: row,
    })
}

fn write_initiatives(
    sheet: &mut Worksheet,
    plan: &Plan,
    formats: &Formats,
    mut row: RowNum,
    escalation: &str,
) -> Result<Vec<RowNum>, Diagnostic> {
    sheet.write_string_with_format(row, 0, "Initiatives", &formats.section)?;
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
    sheet.write_string_with_format(
        row - 1,
        PHASED,
        "One-time by year (phased)",
        &formats.header,
    )?;
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
