//! The budget report as a grid (table, CSV, Markdown) and as contract JSON.

use std::io::{self, Write};

use super::budget_funding::push_funding;
use crate::error::Error;
use crate::output::Render;
use crate::plan::{Loaded, Plan};
use crate::render::grid::Streamed;
use crate::render::xlsx;
use crate::render::{Column, Grid};
use crate::report::budget::BudgetReport;
use cells::span;
use notes::notes;
use rows::{BudgetRows, push_rows};
use totals::{push_levy, push_totals};

mod cells;
mod json;
mod json_stream;
mod notes;
mod rows;
mod totals;

pub use json::budget_json;

/// `itplan budget` for the output seam: the report, the plan it was
/// computed from (with any what-if changes) for the workbook, which always
/// covers the whole horizon, and the plan as loaded, to locate errors.
pub struct BudgetView<'a>(pub &'a BudgetReport, pub &'a Plan, pub &'a Loaded);

impl Render for BudgetView<'_> {
    fn command(&self) -> &'static str {
        "budget"
    }

    fn grids(&self) -> Vec<Grid> {
        vec![budget_grid(self.0)]
    }

    fn streamed(&self) -> Option<Streamed<'_>> {
        Some(Streamed {
            grid: grid_around(self.0, |_| {}),
            at: 0,
            source: Box::new(BudgetRows::new(self.0)),
        })
    }

    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        json_stream::write_budget_json(self.0, out)
    }

    fn xlsx(&self) -> Option<Result<Vec<u8>, Error>> {
        Some(xlsx::budget_xlsx(self.1, self.2, self.0.levy.is_some()))
    }
}

pub fn budget_grid(report: &BudgetReport) -> Grid {
    grid_around(report, |grid| push_rows(grid, report))
}

/// The budget's grid with its rows of initiatives (and groups) from
/// `push_rows`, before the totals.
fn grid_around(report: &BudgetReport, push_rows: impl FnOnce(&mut Grid)) -> Grid {
    let currency = &report.currency;
    let mut grid = Grid {
        title: title(report),
        // The inputs are the plan's amounts, whatever their years; the
        // year columns and the total cover the years shown.
        columns: vec![
            Column::text("ID", "id").naming(),
            Column::text("Initiative", "name"),
            Column::text("Start", "start"),
            Column::number(format!("One-time input ({currency})"), "one_time"),
            Column::number(format!("Recurring input ({currency}/yr)"), "recurring"),
        ],
        ..Grid::default()
    };
    grid.columns.extend(Column::years(&report.years));
    grid.columns.push(Column::number(
        format!("Total {} ({currency})", span(&report.years)),
        "total",
    ));
    push_rows(&mut grid);
    push_totals(&mut grid, report);
    push_funding(&mut grid, report);
    if let Some(levy) = &report.levy {
        push_levy(&mut grid, levy);
    }
    grid.notes = notes(report);
    grid
}

fn title(report: &BudgetReport) -> Vec<String> {
    let who = super::by(report.organization.as_deref());
    let (first, last) = report.horizon;
    let shown = (report.years.first().copied(), report.years.last().copied());
    let window = match shown {
        (Some(from), Some(to)) if (from, to) != (first, last) => {
            format!("{from}–{to} (of the {first}–{last} horizon)")
        }
        _ => format!("{first}–{last}"),
    };
    vec![
        format!("{}{who}", report.plan),
        format!("Budget {window}, amounts in {}", report.currency),
    ]
}
