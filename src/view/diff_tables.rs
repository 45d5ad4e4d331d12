//! Grids shared by the diff's table and Markdown views: yearly changes
//! with signed deltas, the capacity surplus, and initiative changes.

use rust_decimal::Decimal;

use super::diff_text::{year_label, year_order};
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

/// A yearly grid: the shared years, their total, then the years only
/// one plan covers, labelled.
pub fn shared_years_grid(
    report: &DiffReport,
    what: &str,
    rows: &[Change],
    total: Option<&Change>,
    unit: Unit,
) -> Grid {
    let (shared, apart) = year_order(report);
    let pick = |js: Vec<usize>| -> Vec<(Year, &Change)> {
        js.into_iter()
            .map(|j| (report.years[j], &rows[j]))
            .collect()
    };
    let apart = pick(apart);
    let mut grid = year_changes_grid(what, pick(shared), unit, total);
    let tail = year_changes_grid(what, apart.iter().copied(), unit, None);
    for (mut row, (year, _)) in tail.rows.into_iter().zip(&apart) {
        row.cells[0] = Cell::text(year_label(report, *year));
        grid.rows.push(row);
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
