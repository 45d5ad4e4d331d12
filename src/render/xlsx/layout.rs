//! Where things are on the Budget sheet, shared by the code that writes
//! its initiatives, totals and levy rows.

use rust_xlsxwriter::{ColNum, RowNum};

use super::formats::Formats;
use super::input_columns::horizon_cols;
use super::inputs::BudgetInputs;
use super::sheet::{TITLE_ROWS, cell, fixed_row};
use crate::plan::{Plan, Year};
use crate::report::budget::BudgetReport;

/// Columns of the Budget sheet: id, name, theme, start, then the years.
pub const FIRST_YEAR_COL: ColNum = 4;
/// The row of the column headers (the year cells the formulas read).
pub const HEADER_ROW: RowNum = TITLE_ROWS;

pub struct BudgetSheet<'a> {
    pub plan: &'a Plan,
    pub report: &'a BudgetReport,
    pub inputs: &'a BudgetInputs,
    pub formats: &'a Formats,
}

impl BudgetSheet<'_> {
    pub fn years(&self) -> impl Iterator<Item = (u16, Year)> + '_ {
        (0..).zip(self.report.years.iter().copied())
    }

    pub fn total_col(&self) -> ColNum {
        FIRST_YEAR_COL + horizon_cols(self.plan)
    }

    /// `E$6`: the header cell holding horizon year j.
    pub fn year_ref(&self, j: u16) -> String {
        fixed_row(HEADER_ROW, FIRST_YEAR_COL + j)
    }

    /// `E12:I12`: the year cells of a row.
    pub fn row_range(&self, row: RowNum) -> String {
        let last = self.total_col() - 1;
        format!("{}:{}", cell(row, FIRST_YEAR_COL), cell(row, last))
    }
}
