//! Grids shared by the diff's table and Markdown views: yearly changes
//! with signed deltas, the capacity surplus, and initiative changes.

use rust_decimal::Decimal;

use super::diff_text::signed;
use crate::plan::Year;
use crate::render::number;
use crate::render::{Cell, Column, Grid, Style};
use crate::report::changes::{Changes, FieldChange};
use crate::report::diff::{Change, DiffReport};

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

/// Added, removed and changed initiatives, one row per changed field.
pub fn changes_grid(report: &DiffReport) -> Grid {
    let mut grid = Grid {
        title: vec![changes_summary(report)],
        columns: vec![
            Column::text("Change", "change"),
            Column::text("ID", "id"),
            Column::text("Initiative", "name"),
            Column::text("Field", "field"),
            Column::text("Old", "old"),
            Column::text("New", "new"),
        ],
        ..Grid::default()
    };
    let text = |v: &Option<String>| Cell::text(v.as_deref().unwrap_or("—"));
    let changes = &report.changes;
    for field in &changes.plan {
        let cells = vec![
            Cell::text("plan"),
            Cell::Empty,
            Cell::Empty,
            Cell::text(field.field),
            text(&field.old),
            text(&field.new),
        ];
        grid.push("plan", Style::Normal, cells);
    }
    for (kind, list) in [("added", &changes.added), ("removed", &changes.removed)] {
        for item in list {
            let cells = vec![
                Cell::text(kind),
                Cell::text(&item.id),
                Cell::text(&item.name),
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
            ];
            grid.push("initiative", Style::Normal, cells);
        }
    }
    for changed in &changes.changed {
        for field in &changed.fields {
            let cells = vec![
                Cell::text("changed"),
                Cell::text(&changed.id),
                Cell::text(&changed.name),
                Cell::text(field.field),
                text(&field.old),
                text(&field.new),
            ];
            grid.push("field", Style::Normal, cells);
        }
    }
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

/// "Initiatives: 1 added, 0 removed, 2 changed".
pub fn changes_summary(report: &DiffReport) -> String {
    let c = &report.changes;
    let mut line = format!(
        "Initiatives: {} added, {} removed, {} changed",
        c.added.len(),
        c.removed.len(),
        c.changed.len()
    );
    if !c.plan.is_empty() {
        let fields: Vec<&str> = c.plan.iter().map(|f| f.field).collect();
        line.push_str(&format!("; [plan] changed: {}", fields.join(", ")));
    }
    line
}
