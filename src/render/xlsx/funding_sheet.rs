//! The Funding sheet: for each initiative, its one-time and recurring
//! amounts of every year, and the share each source pays of them, split
//! as the contract splits (each amount separately, every share but the
//! one taking the remainder rounded to cents).

use rust_decimal::Decimal;
use rust_xlsxwriter::{RowNum, Worksheet};

use super::cash_flow::{Parts, Shape, parts};
use super::formats::Formats;
use super::funding_inputs::{FundingInputs, PARTS};
use super::input_columns::{START, horizon_cols};
use super::layout::{FIRST_YEAR_COL, HEADER_ROW};
use super::number::exact_result;
use super::sheet::{self, cell, fit, fixed_col, fixed_row, formula, input};
use crate::diagnostic::Diagnostic;
use crate::plan::{Funding, Initiative, Plan};
use crate::report::budget::BudgetReport;
use crate::report::funding_shares::{funding_of, split};

pub const NAME: &str = "Funding";

/// Where the source rows are, for the Budget sheet's sums.
pub struct FundingCells {
    /// First and last row of the sheet's initiative blocks (None: no initiative).
    pub rows: Option<(RowNum, RowNum)>,
}

/// The amounts of one initiative, year by year: (one-time, recurring).
fn amounts(initiative: &Initiative, cash_flow: &[Decimal], plan: &Plan) -> Vec<[Decimal; 2]> {
    let years = plan.horizon_len();
    let mut one_time = vec![Decimal::ZERO; years];
    for (year, amount) in initiative.one_time_amounts() {
        let slot = year
            .filter(|y| *y <= plan.last_year)
            .and_then(|y| usize::try_from(y - plan.first_year).ok());
        if let (Some(j), Some(value)) = (slot, amount.known()) {
            one_time[j] = one_time[j].saturating_add(value);
        }
    }
    (0..years)
        .map(|j| {
            let cell = cash_flow.get(j).copied().unwrap_or_default();
            [one_time[j], cell.saturating_sub(one_time[j])]
        })
        .collect()
}

pub fn write_funding_sheet(
    sheet: &mut Worksheet,
    plan: &Plan,
    report: &BudgetReport,
    formats: &Formats,
    rows: &[RowNum],
    inputs: &FundingInputs,
) -> Result<FundingCells, Diagnostic> {
    sheet.set_name(NAME)?;
    let lines = vec![format!(
        "Funding: each initiative's one-time and recurring amounts, and the share each source pays. Amounts in {}.",
        plan.currency
    )];
    sheet::title(sheet, formats, &plan.name, &lines)?;
    for (col, text) in [(0, "ID"), (1, "Amount"), (2, "Source")] {
        sheet.write_string_with_format(HEADER_ROW, col, text, &formats.header)?;
    }
    let years = horizon_cols(plan);
    for (j, year) in (0..years).zip(plan.years()) {
        sheet.write_number_with_format(
            HEADER_ROW,
            FIRST_YEAR_COL + j,
            f64::from(year),
            &formats.year_header,
        )?;
    }
    let total_col = FIRST_YEAR_COL + years;
    sheet.write_string_with_format(HEADER_ROW, total_col, "Total", &formats.header)?;
    let mut row = HEADER_ROW;
    for ((initiative, report_row), &input_row) in
        plan.initiatives.iter().zip(&report.initiatives).zip(rows)
    {
        let block = Block {
            plan,
            initiative,
            input_row,
            inputs,
            formats,
            amounts: amounts(initiative, &report_row.cash_flow, plan),
        };
        row = block.write(sheet, row + 1, total_col)?;
    }
    sheet.set_column_width(0, 16.0)?;
    sheet.set_column_width(1, 14.0)?;
    sheet.set_column_width(2, 14.0)?;
    for j in 0..years {
        sheet.set_column_width(FIRST_YEAR_COL + j, 18.0)?;
    }
    sheet.set_column_width(total_col, 19.0)?;
    sheet.set_freeze_panes(HEADER_ROW + 1, 1)?;
    Ok(FundingCells {
        rows: (row > HEADER_ROW).then_some((HEADER_ROW + 1, row)),
    })
}

struct Block<'a> {
    plan: &'a Plan,
    initiative: &'a Initiative,
    input_row: RowNum,
    inputs: &'a FundingInputs,
    formats: &'a Formats,
    amounts: Vec<[Decimal; 2]>,
}

impl Block<'_> {
    /// Writes the block from `first`; returns its last row.
    fn write(
        &self,
        sheet: &mut Worksheet,
        first: RowNum,
        total_col: u16,
    ) -> Result<RowNum, Diagnostic> {
        let f = self.formats;
        let shape = Shape::of(self.initiative);
        let start = input(&fixed_col(self.input_row, START));
        let years = horizon_cols(self.plan);
        for (part, label) in [(0_usize, "One-time"), (1, "Recurring")] {
            let row = first + RowNum::from(part == 1);
            sheet.write_string(row, 0, fit(&self.initiative.id))?;
            sheet.write_string(row, 1, label)?;
            let mut sum = Decimal::ZERO;
            for j in 0..years {
                let year = input_year(j);
                let Parts { one, carried } = parts(shape, self.input_row, j, &year);
                let mut body = if part == 0 { one } else { carried };
                if shape.unscheduled {
                    body = format!("IF(ISTEXT({start}),0,{body})");
                }
                let value = self.amounts[usize::from(j)][part];
                sum = sum.checked_add(value).ok_or_else(|| self.overflow())?;
                let cached = exact_result(value, || self.what(PARTS[part]))?;
                sheet.write_formula_with_format(
                    row,
                    FIRST_YEAR_COL + j,
                    formula(&format!("={body}"), cached),
                    &f.money,
                )?;
            }
            self.total(sheet, row, total_col, sum)?;
        }
        let (once, recurring) = funding_of(self.initiative);
        let mut row = first + 1;
        for s in 0..self.inputs.sources.len() {
            row += 1;
            sheet.write_string(row, 0, fit(&self.initiative.id))?;
            sheet.write_string(row, 1, "paid by")?;
            let name = self.inputs.source_name(s);
            let source = &self.inputs.sources[s];
            sheet.write_formula(row, 2, formula(&format!("={name}"), source.as_str()))?;
            let mut sum = Decimal::ZERO;
            for j in 0..years {
                let col = FIRST_YEAR_COL + j;
                let text = format!(
                    "={}+{}",
                    self.split(0, &cell(first, col), s),
                    self.split(1, &cell(first + 1, col), s)
                );
                let [one, carried] = self.amounts[usize::from(j)];
                let paid =
                    share_of(one, once, source)?.checked_add(share_of(carried, recurring, source)?);
                let paid = paid.ok_or_else(|| self.overflow())?;
                sum = sum.checked_add(paid).ok_or_else(|| self.overflow())?;
                let cached = exact_result(paid, || self.what("funding"))?;
                sheet.write_formula_with_format(row, col, formula(&text, cached), &f.money)?;
            }
            self.total(sheet, row, total_col, sum)?;
        }
        Ok(row)
    }

    /// The share of source `s` in the amount at `amount` (a cell), for `part`.
    fn split(&self, part: usize, amount: &str, s: usize) -> String {
        let r = self.input_row;
        let shares = input(&format!(
            "{}:{}",
            fixed_col(r, self.inputs.share_col(part, 0)),
            fixed_col(r, self.inputs.last_col(part) - 1)
        ));
        let share = input(&fixed_col(r, self.inputs.share_col(part, s)));
        let last = input(&fixed_col(r, self.inputs.last_col(part)));
        let name = self.inputs.source_name(s);
        let rounded = format!("ROUND({amount}*{share},2)");
        format!(
            "IF({last}={name},{amount}-SUMPRODUCT(ROUND({amount}*{shares},2))+{rounded},{rounded})"
        )
    }

    fn total(
        &self,
        sheet: &mut Worksheet,
        row: RowNum,
        total_col: u16,
        sum: Decimal,
    ) -> Result<(), Diagnostic> {
        let text = format!(
            "=SUM({}:{})",
            cell(row, FIRST_YEAR_COL),
            cell(row, total_col - 1)
        );
        let cached = exact_result(sum, || self.what("total"))?;
        sheet.write_formula_with_format(
            row,
            total_col,
            formula(&text, cached),
            &self.formats.money,
        )?;
        Ok(())
    }

    fn what(&self, field: &str) -> (String, Option<std::ops::Range<usize>>) {
        (
            format!("the {field} amounts of `{}`", self.initiative.id),
            Some(self.initiative.span.clone()),
        )
    }

    fn overflow(&self) -> Diagnostic {
        Diagnostic::error(
            Some(self.initiative.span.clone()),
            format!(
                "arithmetic overflow in the funding of `{}`",
                self.initiative.id
            ),
        )
    }
}

/// The year of horizon column j, read from the Budget sheet's header.
fn input_year(j: u16) -> String {
    format!("Budget!{}", fixed_row(HEADER_ROW, FIRST_YEAR_COL + j))
}

/// What `source` pays of `amount` under `funding`; 0 when it pays nothing.
fn share_of(amount: Decimal, funding: &Funding, source: &str) -> Result<Decimal, Diagnostic> {
    if amount.is_zero() {
        return Ok(Decimal::ZERO);
    }
    let parts = split(amount, funding).ok_or_else(|| {
        Diagnostic::error(
            None,
            "arithmetic overflow splitting an amount among its sources",
        )
    })?;
    Ok(parts
        .iter()
        .filter(|(name, _)| Funding::same_source(name, source))
        .map(|(_, part)| *part)
        .sum())
}
