//! The capacity Inputs sheet's cells: section headers, blue input numbers,
//! years, and an initiative's effort row.

use std::ops::Range;

use rust_decimal::Decimal;
use rust_xlsxwriter::{ColNum, RowNum, Worksheet};

use super::formats::Formats;
use super::number::exact;
use super::sheet::fit;
use crate::diagnostic::Diagnostic;
use crate::plan::{Effort, Initiative, Year};

/// Capacity year j of the demand and effort tables is in column YEARS + j.
pub const YEARS: ColNum = 6;

pub struct Writer<'a> {
    pub sheet: &'a mut Worksheet,
    pub formats: &'a Formats,
}

type What = (String, Option<Range<usize>>);

impl Writer<'_> {
    /// A section title, then its column headers; returns the header row.
    pub fn header(
        &mut self,
        row: RowNum,
        title: &str,
        columns: &[&str],
        years: &[Year],
    ) -> Result<RowNum, Diagnostic> {
        let f = self.formats;
        self.sheet
            .write_string_with_format(row, 0, title, &f.section)?;
        for (col, text) in (0..).zip(columns) {
            self.sheet
                .write_string_with_format(row + 1, col, *text, &f.header)?;
        }
        for (j, &year) in (0..).zip(years) {
            self.sheet.write_number_with_format(
                row + 1,
                YEARS + j,
                f64::from(year),
                &f.year_header,
            )?;
        }
        Ok(row + 1)
    }

    pub fn number(
        &mut self,
        row: RowNum,
        col: ColNum,
        value: Decimal,
        what: impl FnOnce() -> What,
    ) -> Result<(), Diagnostic> {
        let value = exact(value, what)?;
        self.sheet
            .write_number_with_format(row, col, value, &self.formats.number_input)?;
        Ok(())
    }

    pub fn optional(
        &mut self,
        row: RowNum,
        col: ColNum,
        value: Option<Decimal>,
        what: impl FnOnce() -> What,
        percent: bool,
    ) -> Result<(), Diagnostic> {
        let format = if percent {
            &self.formats.percent_input
        } else {
            &self.formats.number_input
        };
        match value {
            Some(value) => {
                let value = exact(value, what)?;
                self.sheet
                    .write_number_with_format(row, col, value, format)?;
            }
            None => {
                self.sheet.write_blank(row, col, format)?;
            }
        }
        Ok(())
    }

    pub fn year(&mut self, row: RowNum, col: ColNum, year: Option<Year>) -> Result<(), Diagnostic> {
        let f = self.formats;
        match year {
            Some(year) => {
                self.sheet
                    .write_number_with_format(row, col, f64::from(year), &f.year_input)?
            }
            None => self
                .sheet
                .write_string_with_format(row, col, "tbd", &f.year_input)?,
        };
        Ok(())
    }

    pub fn effort(
        &mut self,
        row: RowNum,
        initiative: &Initiative,
        years: &[Year],
    ) -> Result<(), Diagnostic> {
        let f = self.formats;
        let span = Some(initiative.span.clone());
        let what = |field: String| (format!("`{field}` of `{}`", initiative.id), span.clone());
        self.sheet
            .write_string_with_format(row, 0, fit(&initiative.id), &f.text_input)?;
        self.sheet
            .write_string_with_format(row, 1, fit(&initiative.name), &f.text_input)?;
        self.year(row, 2, initiative.start_year)?;
        self.year(row, 3, initiative.end_year)?;
        let (total, table) = match &initiative.effort_hours {
            Effort::Total(total) => (Some(*total), &[][..]),
            Effort::ByYear(table) => (None, &table[..]),
        };
        self.optional(row, 4, total, || what("effort_hours".into()), false)?;
        for (j, &year) in (0..).zip(years) {
            let hours = table.iter().find(|(y, _)| *y == year).map(|(_, h)| *h);
            self.optional(
                row,
                YEARS + j,
                hours,
                || what(format!("effort_hours {year}")),
                false,
            )?;
        }
        Ok(())
    }
}
