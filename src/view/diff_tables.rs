//! Grids shared by the diff's table and Markdown views: yearly changes
//! with signed deltas, the capacity surplus, and initiative changes.

use rust_decimal::Decimal;

use super::diff_text::signed;
use crate::plan::Year;
use crate::render::number;
use crate::render::{Cell, Column, Grid, Style};
use crate::report::changes::{Changes, FieldChange};
use crate::report::diff::Change;

/// How a yearly figure is shown to people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Money,
    /// Hours per quarter, 2 decimals.
    Hours,
    /// Percent of levy, 2 decimals; changes in points.
    Percent,
}

impl Unit {
    fn cell(self, value: Decimal) -> Cell {
        match self {
            Unit::Money => Cell::Money(value),
            Unit::Hours => Cell::Fixed(value, 2),
            Unit::Percent => Cell::Percent {
                value,
                dp: 2,
                csv_dp: 4,
            },
        }
    }

    /// A change carries its sign, so growth reads "+65,000".
    fn delta(self, value: Decimal) -> Cell {
        let text = match self {
            Unit::Money => number::money(value),
            Unit::Hours => number::grouped_fixed(value, 2),
            Unit::Percent => number::fixed(value, 2),
        };
        Cell::Text(signed(text, value))
    }
}

/// Old, new and change cells for people.
pub fn change_cells(change: &Change, unit: Unit) -> Vec<Cell> {
    vec![
        change.old.map_or(Cell::Empty, |v| unit.cell(v)),
        change.new.map_or(Cell::Empty, |v| unit.cell(v)),
        change.delta.map_or(Cell::Empty, |v| unit.delta(v)),
    ]
}

/// "Year | Old | New | Change" for one yearly figure, with an optional
/// total row. `what` prefixes the old and new headers ("Cash flow old").
pub fn year_changes_grid<'a>(
    what: &str,
    rows: impl IntoIterator<Item = (Year, &'a Change)>,
    unit: Unit,
    total: Option<&Change>,
) -> Grid {
    let header = |word: &str| match what {
        "" => word.to_string(),
        what => format!("{what} {}", word.to_lowercase()),
    };
    let change = match unit {
        Unit::Percent => "Change (points)",
        Unit::Money | Unit::Hours => "Change",
    };
    let mut grid = Grid {
        columns: vec![
            Column::text("Year", "year"),
            Column::number(header("Old"), "old"),
            Column::number(header("New"), "new"),
            Column::number(change, "delta"),
        ],
        ..Grid::default()
    };
    for (year, change) in rows {
        let mut cells = vec![Cell::text(year.to_string())];
        cells.extend(change_cells(change, unit));
        grid.push("year", Style::Normal, cells);
    }
    if let Some(total) = total {
        let mut cells = vec![Cell::text("Total")];
        cells.extend(change_cells(total, unit));
        grid.push("total", Style::Total, cells);
    }
    grid
}

/// The field-level changes under a title, for the terminal.
pub fn field_changes_grid(changes: &Changes) -> Grid {
    let mut grid = fields_grid(changes);
    grid.title = vec![format!("Field changes ({})", grid.rows.len())];
    grid
}

/// Only the field-level changes, [plan] first.
pub fn fields_grid(changes: &Changes) -> Grid {
    let mut grid = Grid {
        columns: vec![
            Column::text("ID", "id"),
            Column::text("Initiative", "name"),
            Column::text("Field", "field"),
            Column::text("Old", "old"),
            Column::text("New", "new"),
        ],
        ..Grid::default()
    };
    let row = |id: &str, name: &str, field: &FieldChange| {
        let text = |v: &Option<String>| Cell::text(v.as_deref().unwrap_or("—"));
        vec![
            Cell::text(id),
            Cell::text(name),
            Cell::text(field.field),
            text(&field.old),
            text(&field.new),
        ]
    };
    for field in &changes.plan {
        grid.push("plan", Style::Normal, row("[plan]", "", field));
    }
    for changed in &changes.changed {
        for field in &changed.fields {
            grid.push(
                "field",
                Style::Normal,
                row(&changed.id, &changed.name, field),
            );
        }
    }
    grid
}
