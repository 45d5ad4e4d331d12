//! Grids shared by the diff's table and Markdown views: yearly changes
//! with signed deltas, the capacity surplus, and initiative changes.

use rust_decimal::Decimal;

use crate::plan::Year;
use crate::render::number;
use crate::render::{Cell, Column, Grid, Style, Tone};
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
    /// Percents show 4 decimals here, so old, new and the change in
    /// points (computed unrounded) visibly agree.
    fn cell(self, value: Decimal) -> Cell {
        match self {
            Unit::Money => Cell::Money(value),
            Unit::Hours => Cell::Fixed(value, 2),
            Unit::Percent => Cell::Percent {
                value,
                dp: 4,
                csv_dp: 4,
            },
        }
    }

    /// A change carries its sign ("+65,000") and its news: a cost or a
    /// tax impact rising is bad, a capacity surplus falling is bad.
    fn delta(self, value: Decimal) -> Cell {
        let (dp, tone) = match self {
            Unit::Money => (None, Tone::RiseIsBad),
            Unit::Hours => (Some(2), Tone::FallIsBad),
            Unit::Percent => (Some(4), Tone::RiseIsBad),
        };
        Cell::Change { value, dp, tone }
    }
}

/// A field's value as written in the plan, its figures grouped like every
/// other figure: "350000" is "350,000", "{ 2025 = 200000 }" is
/// "{ 2025 = 200,000 }"; other text as it is, "—" when absent.
pub fn field_value(field: &str, value: &Option<String>) -> Cell {
    let Some(text) = value else {
        return Cell::text("—");
    };
    let is_year = field.ends_with("year") || field.ends_with("start") || field.ends_with("end");
    if is_year {
        return Cell::text(text);
    }
    let grouped = |word: &str| {
        let (body, tail) = word
            .strip_suffix(',')
            .map_or((word, ""), |body| (body, ","));
        match body.parse::<Decimal>() {
            Ok(v) => format!("{}{tail}", number::money(v)),
            Err(_) => word.to_string(),
        }
    };
    let words: Vec<String> = text.split(' ').map(grouped).collect();
    // Years stay years: a number right before " =" is a table key.
    let mut shown = words.clone();
    for (i, word) in text.split(' ').enumerate() {
        if words.get(i + 1).is_some_and(|next| next == "=") {
            shown[i] = word.to_string();
        }
    }
    Cell::text(shown.join(" "))
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
    let changes = &report.changes;
    for field in &changes.plan {
        let text = |v: &Option<String>| field_value(field.field, v);
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
            let text = |v: &Option<String>| field_value(field.field, v);
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
        let text = |v: &Option<String>| field_value(field.field, v);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> String {
        field_value("one_time", &Some(text.into())).human()
    }

    #[test]
    fn field_values_group_their_figures_but_not_years() {
        assert_eq!(shown("350000"), "350,000");
        assert_eq!(shown("4627.35"), "4,627.35");
        assert_eq!(
            shown("{ 2025 = 200000, 2026 = 150000 }"),
            "{ 2025 = 200,000, 2026 = 150,000 }"
        );
        assert_eq!(shown("in-progress"), "in-progress");
        assert_eq!(shown("2%"), "2%");
        assert_eq!(shown("tbd"), "tbd");
        assert_eq!(field_value("one_time", &None).human(), "—");
        assert_eq!(
            field_value("last_year", &Some("2028".into())).human(),
            "2028"
        );
        assert_eq!(field_value("start", &Some("2027".into())).human(), "2027");
    }
}
