//! `itplan diff --format markdown`: a pull-request comment. The verdict
//! and the yearly change come first; long detail is folded away.

use super::diff::headline;
use super::diff_tables::{Unit, fields_grid, year_changes_grid};
use super::diff_text::{capacity_note, horizon_note, span};
use crate::plan::Year;
use crate::render::Grid;
use crate::report::changes::Changes;
use crate::report::diff::{CapacityDiff, Change, DiffReport};

/// Above this many entries the initiative list is folded too.
const VISIBLE_ENTRIES: usize = 10;

pub fn diff_markdown_grids(report: &DiffReport, (old, new): (&str, &str)) -> Vec<Grid> {
    let years = &report.years;
    let mut cash_flow = year_changes_grid(
        "Cash flow",
        by_year(years, &report.cash_flow),
        Unit::Money,
        Some(&report.cash_flow_total),
    );
    cash_flow.title = vec![
        format!("itplan diff: {}", report.plan),
        format!("Comparing {old} → {new}."),
    ];
    cash_flow.title.extend(horizon_note(report));
    cash_flow.title.extend(capacity_note(report));
    cash_flow.headline = Some(headline(report));
    let mut grids = vec![cash_flow];
    grids.extend(changes(&report.changes));
    let mut recurring = year_changes_grid(
        "New recurring",
        by_year(years, &report.new_recurring),
        Unit::Money,
        Some(&report.new_recurring_total),
    );
    recurring.fold = Some(format!("New recurring cost by year, {}", span(years)));
    grids.push(recurring);
    if let CapacityDiff::Both(rows) = &report.capacity {
        let mut grid = year_changes_grid("", rows.iter().map(|(y, c)| (*y, c)), Unit::Hours, None);
        grid.fold = Some("Capacity surplus (hours per quarter)".into());
        grids.push(grid);
    }
    if let Some(rows) = &report.tax_impact {
        let mut grid = year_changes_grid("", by_year(years, rows), Unit::Percent, None);
        grid.fold = Some("Tax impact (% of levy)".into());
        grids.push(grid);
    }
    grids
}

fn by_year<'a>(years: &[Year], rows: &'a [Change]) -> Vec<(Year, &'a Change)> {
    years.iter().copied().zip(rows).collect()
}

/// The added, removed and changed initiatives as a list (folded when
/// long), then the field-level detail folded.
fn changes(changes: &Changes) -> Vec<Grid> {
    if changes.is_empty() {
        let list = Grid {
            notes: vec!["No initiative changed.".into()],
            ..Grid::default()
        };
        return vec![list];
    }
    let mut lines: Vec<String> = Vec::new();
    let named = |id: &str, name: &str| format!("{id} {name}");
    lines.extend((changes.added.iter()).map(|i| format!("Added: {}", named(&i.id, &i.name))));
    lines.extend((changes.removed.iter()).map(|i| format!("Removed: {}", named(&i.id, &i.name))));
    for changed in &changes.changed {
        let fields: Vec<&str> = changed.fields.iter().map(|f| f.field).collect();
        let item = named(&changed.id, &changed.name);
        lines.push(format!("Changed: {item} ({})", fields.join(", ")));
    }
    if !changes.plan.is_empty() {
        let fields: Vec<&str> = changes.plan.iter().map(|f| f.field).collect();
        lines.push(format!("Plan settings: {}", fields.join(", ")));
    }
    let summary = format!(
        "Initiatives: {} added, {} removed, {} changed",
        changes.added.len(),
        changes.removed.len(),
        changes.changed.len()
    );
    let folded = lines.len() > VISIBLE_ENTRIES;
    let mut list = Grid {
        notes: lines,
        ..Grid::default()
    };
    if folded {
        list.fold = Some(summary);
    } else {
        list.title = vec![summary];
    }
    let mut grids = vec![list];
    let mut fields = fields_grid(changes);
    if !fields.rows.is_empty() {
        fields.fold = Some(format!("Field changes ({})", fields.rows.len()));
        grids.push(fields);
    }
    grids
}
