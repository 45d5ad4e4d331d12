//! The cost line of each added, removed or changed initiative, for the
//! terminal, Markdown and CSV: what a change does to the money first.

use super::diff_text::signed;
use crate::render::number;
use crate::render::{Cell, Column, Grid, Style};
use crate::report::costs::{CostSide, InitiativeCost};
use crate::report::diff::DiffReport;

/// The key under every cost grid.
pub const KEY: &str = "Key: + added, − removed, ~ changed.";

/// One row per initiative, largest change first: key, id, name, change,
/// old → new.
pub fn costs_grid(report: &DiffReport) -> Grid {
    let c = &report.currency;
    let mut grid = Grid {
        title: vec![costs_title(report)],
        columns: vec![
            Column::text("", "key"),
            Column::text("ID", "id"),
            Column::text("Initiative", "name"),
            Column::number(format!("Change ({c})"), "delta"),
            Column::number(format!("Old → new ({c})"), "old_new"),
        ],
        ..Grid::default()
    };
    for cost in &report.costs {
        let cells = vec![
            Cell::text(cost.change.symbol()),
            Cell::text(&cost.id),
            Cell::text(&cost.name),
            Cell::text(delta_text(cost)),
            Cell::text(format!("{} → {}", side_text(cost.old), side_text(cost.new))),
        ];
        grid.push("initiative", Style::Normal, cells);
    }
    grid.notes = costs_notes(report);
    grid
}

/// "Cost per initiative, cash flow 2025–2027 (largest change first)".
pub fn costs_title(report: &DiffReport) -> String {
    let over = match report.common {
        Some((a, b)) => format!("cash flow {a}–{b}"),
        None => "no shared year".into(),
    };
    format!(
        "Cost per initiative, {over}: {} added, {} removed, {} changed (largest change first)",
        report.changes.added.len(),
        report.changes.removed.len(),
        report.changes.changed.len()
    )
}

fn costs_notes(report: &DiffReport) -> Vec<String> {
    let mut notes = vec![KEY.to_string()];
    if report.costs.iter().any(InitiativeCost::tbd) {
        notes.push("\"+ tbd\": the total leaves out an amount not yet costed.".into());
    }
    if report.costs.iter().any(InitiativeCost::unscheduled) {
        notes.push("\"unscheduled\": start = \"tbd\", so nothing is counted.".into());
    }
    notes
}

/// "+65,000"; a "tbd" side makes the change uncertain: "+65,000 + tbd".
fn delta_text(cost: &InitiativeCost) -> String {
    let text = signed(number::money(cost.delta), cost.delta);
    if cost.tbd() {
        format!("{text} + tbd")
    } else {
        text
    }
}

/// "—" when absent, "unscheduled", "60,000" or "60,000 + tbd".
fn side_text(side: Option<CostSide>) -> String {
    match side {
        None => "—".into(),
        Some(side) if side.unscheduled => "unscheduled".into(),
        Some(side) if side.tbd => format!("{} + tbd", number::money(side.total)),
        Some(side) => number::money(side.total),
    }
}
