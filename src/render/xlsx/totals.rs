//! The Budget sheet's totals: one-time and new recurring by year, read
//! from the inputs, and the cash flow, the sum of the initiatives' cells.

use rust_decimal::Decimal;
use rust_xlsxwriter::utility::column_number_to_name;
use rust_xlsxwriter::{ColNum, RowNum, Worksheet};

use super::input_columns::{ONE_TIME, PHASED, REC_START, RECURRING, START};
use super::layout::{BudgetSheet, FIRST_YEAR_COL};
use super::number::{exact, result};
use super::sheet::{YearFormula, cell, formula, input};
use crate::diagnostic::Diagnostic;
use crate::report::left_out::left_out;

pub struct TotalRows {
    pub cash_flow_row: RowNum,
    pub next_row: RowNum,
}

pub fn write_totals(
    budget: &BudgetSheet,
    sheet: &mut Worksheet,
    last_initiative: RowNum,
) -> Result<TotalRows, Diagnostic> {
    let report = budget.report;
    let totals = &report.totals;
    let excluded = report.excluded;
    let unscheduled = report.unscheduled.len();
    let inputs = Column::over(&budget.inputs.rows);
    let first_initiative = super::layout::HEADER_ROW + 1;
    let row = last_initiative + 2;
    let rows: [(&str, usize, &[Decimal], Decimal, YearFormula); 3] = [
        (
            "One-time",
            excluded.one_time,
            &totals.one_time,
            totals.one_time_total,
            Box::new(|j, year| {
                inputs.map_or("=0".into(), |c| {
                    format!(
                        "=SUMIF({},{year},{})+SUMIFS({},{},\">0\")",
                        c.fixed(START),
                        c.fixed(ONE_TIME),
                        c.fixed_rows(PHASED + j),
                        c.fixed(START)
                    )
                })
            }),
        ),
        (
            "New recurring",
            excluded.new_recurring,
            &totals.new_recurring,
            totals.new_recurring_total,
            Box::new(|_, year| {
                inputs.map_or("=0".into(), |c| {
                    format!(
                        "=SUMIFS({},{},{year},{},\">0\")",
                        c.fixed(RECURRING),
                        c.fixed(REC_START),
                        c.fixed(START)
                    )
                })
            }),
        ),
        (
            "Cash flow",
            excluded.cash_flow,
            &totals.cash_flow,
            totals.cash_flow_total,
            Box::new(|j, _| {
                let col = FIRST_YEAR_COL + j;
                if last_initiative < first_initiative {
                    "=0".into()
                } else {
                    format!(
                        "=SUM({}:{})",
                        cell(first_initiative, col),
                        cell(last_initiative, col)
                    )
                }
            }),
        ),
    ];
    for (i, (label, uncosted, values, total, formula_for)) in (0..).zip(rows) {
        let label = format!("{label}{}", excludes(uncosted, unscheduled));
        write_row(budget, sheet, row + i, &label, values, total, &*formula_for)?;
    }
    Ok(TotalRows {
        cash_flow_row: row + 2,
        next_row: row + 4,
    })
}

/// A totals row: its label, a formula per year, and the sum of the years.
pub fn write_row(
    budget: &BudgetSheet,
    sheet: &mut Worksheet,
    row: RowNum,
    label: &str,
    values: &[Decimal],
    total: Decimal,
    formula_for: &dyn Fn(u16, &str) -> String,
) -> Result<(), Diagnostic> {
    let f = budget.formats;
    sheet.write_string_with_format(row, 1, label, &f.total_label)?;
    for col in [0, 2, 3] {
        sheet.write_blank(row, col, &f.total_label)?;
    }
    for (j, value) in (0..).zip(values) {
        let text = formula_for(j, &budget.year_ref(j));
        let year = budget
            .report
            .years
            .get(usize::from(j))
            .copied()
            .unwrap_or_default();
        exact(*value, || {
            (format!("the {year} {} total", label.to_lowercase()), None)
        })?;
        sheet.write_formula_with_format(
            row,
            FIRST_YEAR_COL + j,
            formula(&text, result(*value)),
            &f.money_total,
        )?;
    }
    exact(total, || {
        (
            format!("the horizon's {} total", label.to_lowercase()),
            None,
        )
    })?;
    let text = format!("=SUM({})", budget.row_range(row));
    sheet.write_formula_with_format(
        row,
        budget.total_col(),
        formula(&text, result(total)),
        &f.money_total,
    )?;
    Ok(())
}

/// " (excludes 2 uncosted, 1 unscheduled)", or nothing.
fn excludes(uncosted: usize, unscheduled: usize) -> String {
    left_out(uncosted, unscheduled).map_or_else(String::new, |what| format!(" (excludes {what})"))
}

/// A column of the inputs' initiatives table, rows first..=last.
#[derive(Clone, Copy)]
struct Column {
    first: RowNum,
    last: RowNum,
}

impl Column {
    fn over(rows: &[RowNum]) -> Option<Column> {
        Some(Column {
            first: *rows.first()?,
            last: *rows.last()?,
        })
    }

    /// `Inputs!$E$12:$E$48`
    fn fixed(self, col: ColNum) -> String {
        let name = column_number_to_name(col);
        input(&format!(
            "${name}${}:${name}${}",
            self.first + 1,
            self.last + 1
        ))
    }

    /// `Inputs!K$12:K$48`: the column moves when the formula is copied right.
    fn fixed_rows(self, col: ColNum) -> String {
        let name = column_number_to_name(col);
        input(&format!(
            "{name}${}:{name}${}",
            self.first + 1,
            self.last + 1
        ))
    }
}
