//! The levy block of the budget workbook's Inputs sheet: base year, base,
//! growth, households, and a row of by-year overrides.

use rust_decimal::Decimal;
use rust_xlsxwriter::{ColNum, RowNum, Worksheet};

use super::formats::Formats;
use super::number::exact;
use super::sheet::fixed;
use crate::diagnostic::Diagnostic;
use crate::plan::{Levy, Plan};

/// Levy overrides by year: horizon year j in column LEVY_YEAR + j.
pub const LEVY_YEAR: ColNum = 1;

pub struct LevyInputs {
    pub base_year: String,
    pub base: String,
    pub growth: String,
    pub households: String,
    /// The row of the by-year overrides.
    pub by_year_row: RowNum,
}

pub fn write_levy(
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
    for (j, year) in (0..).zip(plan.years()) {
        sheet.write_number_with_format(
            row,
            LEVY_YEAR + j,
            f64::from(year),
            &formats.year_header,
        )?;
    }
    // Row by row, as low-memory sheets are written.
    row += 1;
    sheet.write_string(row, 0, "Levy for the year (overrides the projection)")?;
    for (j, year) in (0..).zip(plan.years()) {
        let col = LEVY_YEAR + j;
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
