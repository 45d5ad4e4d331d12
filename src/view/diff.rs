//! `itplan diff` for the output seam: terminal tables, one long CSV grid,
//! a pull-request comment in Markdown, and the contract's JSON.

use std::io::{self, Write};

use super::diff_costs::costs_grid;
use super::diff_csv::diff_csv_grid;
use super::diff_funding::levy_requirement_grid;
use super::diff_json::diff_json;
use super::diff_markdown::diff_markdown_grids;
use super::diff_tables::{Unit, change_cells, field_changes_grid, year_changes_grid};
use super::diff_text::{capacity_note, horizon_note, year_label, year_order};
use super::diff_verdict::headline;
use crate::output::{Render, write_json};
use crate::render::{Cell, Column, Grid, Style};
use crate::report::diff::{CapacityDiff, DiffReport};

/// A diff report and the names of the two plans compared.
pub struct DiffView<'a> {
    pub report: &'a DiffReport,
    pub names: (&'a str, &'a str),
}

impl Render for DiffView<'_> {
    fn command(&self) -> &'static str {
        "diff"
    }

    fn grids(&self) -> Vec<Grid> {
        diff_grids(self.report, self.names)
    }

    fn csv_grids(&self) -> Vec<Grid> {
        vec![diff_csv_grid(self.report)]
    }

    fn markdown_grids(&self) -> Vec<Grid> {
        diff_markdown_grids(self.report, self.names)
    }

    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        write_json(&diff_json(self.report, self.names), out)
    }
}

/// Terminal tables: the money by year, then what changed.
pub fn diff_grids(report: &DiffReport, names: (&str, &str)) -> Vec<Grid> {
    let mut grids = vec![yearly_grid(report, names)];
    grids.extend(levy_requirement_grid(report));
    if let CapacityDiff::Both(rows) = &report.capacity {
        let mut grid = year_changes_grid("", rows.iter().map(|(y, c)| (*y, c)), Unit::Hours, None);
        grid.title =
            vec!["Capacity surplus (hours per quarter; negative: demand exceeds supply)".into()];
        grids.push(grid);
    }
    if report.changes.is_empty() {
        grids[0].notes.push("No initiative changed.".into());
        return grids;
    }
    if !report.costs.is_empty() {
        grids.push(costs_grid(report));
    }
    let fields = field_changes_grid(&report.changes);
    if !fields.rows.is_empty() {
        grids.push(fields);
    }
    grids
}

fn yearly_grid(report: &DiffReport, (old, new): (&str, &str)) -> Grid {
    let c = &report.currency;
    let mut columns = vec![Column::text("Year", "year")];
    for what in ["Cash flow", "New recurring"] {
        columns.push(Column::number(format!("{what} old ({c})"), "old"));
        columns.push(Column::number(format!("{what} new ({c})"), "new"));
        columns.push(Column::number("Change", "delta"));
    }
    let levy = report.tax_impact.as_deref();
    if levy.is_some() {
        columns.push(Column::number("Tax impact old", "tax_old"));
        columns.push(Column::number("Tax impact new", "tax_new"));
        columns.push(Column::number("Change (points)", "tax_delta"));
    }
    let mut grid = Grid {
        title: vec![format!("{}: {old} → {new}", report.plan)],
        headline: Some(headline(report)),
        columns,
        ..Grid::default()
    };
    let year_cells = |j: usize| {
        let mut cells = vec![Cell::text(year_label(report, report.years[j]))];
        cells.extend(change_cells(&report.cash_flow[j], Unit::Money));
        cells.extend(change_cells(&report.new_recurring[j], Unit::Money));
        if let Some(rows) = levy {
            cells.extend(change_cells(&rows[j], Unit::Percent));
        }
        cells
    };
    let (shared, apart) = year_order(report);
    for j in shared {
        grid.push("year", Style::Normal, year_cells(j));
    }
    let mut cells = vec![Cell::text("Total")];
    cells.extend(change_cells(&report.cash_flow_total, Unit::Money));
    cells.extend(change_cells(&report.new_recurring_total, Unit::Money));
    if levy.is_some() {
        cells.extend([Cell::Empty, Cell::Empty, Cell::Empty]);
    }
    grid.push("total", Style::Total, cells);
    for j in apart {
        grid.push("year", Style::Normal, year_cells(j));
    }
    grid.notes.extend(horizon_note(report));
    grid.notes.extend(capacity_note(report));
    grid
}
