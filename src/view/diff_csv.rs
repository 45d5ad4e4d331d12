//! `itplan diff --format csv`: one long table a spreadsheet can filter,
//! a row per yearly figure and per changed field.

use rust_decimal::Decimal;

use crate::plan::Year;
use crate::render::{Cell, Column, Grid, Style};
use crate::report::diff::{CapacityDiff, Change, DiffReport};

pub fn diff_csv_grid(report: &DiffReport) -> Grid {
    let mut grid = Grid {
        columns: vec![
            Column::text("Section", "section"),
            Column::text("Year", "year"),
            Column::text("ID", "id"),
            Column::text("Field", "field"),
            Column::text("Old", "old"),
            Column::text("New", "new"),
            Column::number("Change", "delta"),
        ],
        ..Grid::default()
    };
    let years = &report.years;
    yearly(
        &mut grid,
        "cash_flow",
        years,
        &report.cash_flow,
        Cell::Money,
    );
    total(&mut grid, "cash_flow", &report.cash_flow_total);
    yearly(
        &mut grid,
        "new_recurring",
        years,
        &report.new_recurring,
        Cell::Money,
    );
    total(&mut grid, "new_recurring", &report.new_recurring_total);
    if let (Some(rows), Some(sum)) = (&report.levy_requirement, &report.levy_requirement_total) {
        yearly(&mut grid, "levy_requirement", years, rows, Cell::Money);
        total(&mut grid, "levy_requirement", sum);
    }
    if let CapacityDiff::Both(rows) = &report.capacity {
        let (years, changes): (Vec<Year>, Vec<Change>) = rows.iter().copied().unzip();
        yearly(&mut grid, "capacity_surplus", &years, &changes, |v| {
            Cell::Fixed(v, 2)
        });
    }
    if let Some(rows) = &report.tax_impact {
        yearly(&mut grid, "tax_impact_percent", years, rows, |v| {
            Cell::Fixed(v, 4)
        });
    }
    fields(&mut grid, report);
    costs(&mut grid, report);
    grid
}

/// A row per initiative cost, largest change first; the field says how it
/// changed, and ", tbd" when a total leaves an unknown amount out.
fn costs(grid: &mut Grid, report: &DiffReport) {
    for cost in &report.costs {
        let side = |s: Option<crate::report::costs::CostSide>| {
            s.map_or(Cell::Empty, |s| Cell::Money(s.total))
        };
        let mut field = cost.change.as_str().to_string();
        if cost.tbd() {
            field.push_str(", tbd");
        }
        if cost.unscheduled() {
            field.push_str(", unscheduled");
        }
        let cells = vec![
            Cell::text("cost"),
            Cell::Empty,
            Cell::text(&cost.id),
            Cell::text(field),
            side(cost.old),
            side(cost.new),
            Cell::Money(cost.delta),
        ];
        grid.push("cost", Style::Normal, cells);
    }
}

fn yearly(
    grid: &mut Grid,
    section: &'static str,
    years: &[Year],
    rows: &[Change],
    cell: fn(Decimal) -> Cell,
) {
    for (year, change) in years.iter().zip(rows) {
        let mut cells = vec![
            Cell::text(section),
            Cell::text(year.to_string()),
            Cell::Empty,
            Cell::Empty,
        ];
        cells.extend([change.old, change.new, change.delta].map(|v| v.map_or(Cell::Empty, cell)));
        grid.push("year", Style::Normal, cells);
    }
}

fn total(grid: &mut Grid, section: &'static str, change: &Change) {
    let mut cells = vec![Cell::text(section), Cell::Empty, Cell::Empty, Cell::Empty];
    cells
        .extend([change.old, change.new, change.delta].map(|v| v.map_or(Cell::Empty, Cell::Money)));
    grid.push("total", Style::Total, cells);
}

fn fields(grid: &mut Grid, report: &DiffReport) {
    let changes = &report.changes;
    let text = |v: &Option<String>| v.as_deref().map_or(Cell::Empty, value_cell);
    let row = |section: &str, id: &str, field: &str, old: Cell, new: Cell| {
        vec![
            Cell::text(section),
            Cell::Empty,
            Cell::text(id),
            Cell::text(field),
            old,
            new,
            Cell::Empty,
        ]
    };
    for f in &changes.plan {
        grid.push(
            "plan",
            Style::Normal,
            row("plan", "", f.field, text(&f.old), text(&f.new)),
        );
    }
    for i in &changes.added {
        grid.push(
            "initiative",
            Style::Normal,
            row("added", &i.id, "", Cell::Empty, Cell::Empty),
        );
    }
    for i in &changes.removed {
        grid.push(
            "initiative",
            Style::Normal,
            row("removed", &i.id, "", Cell::Empty, Cell::Empty),
        );
    }
    for c in &changes.changed {
        for f in &c.fields {
            let cells = row("changed", &c.id, f.field, text(&f.old), text(&f.new));
            grid.push("field", Style::Normal, cells);
        }
    }
}

/// A field's value as written: a number when it is one (so a spreadsheet
/// reads `-5000` as a number, not as text guarded against formulas), else
/// its text.
fn value_cell(text: &str) -> Cell {
    match Decimal::from_str_exact(text) {
        Ok(value) if crate::number::plain(value) == text => Cell::Money(value),
        _ => Cell::text(text),
    }
}
