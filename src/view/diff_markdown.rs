//! `itplan diff --format markdown`: a pull-request comment. The verdict
//! and the yearly change come first; long detail is folded away.

use std::io::{self, Write};

use super::diff::{capacity_note, horizon_note, span, verdict};
use super::diff_tables::{Unit, capacity_grid, change_cells, fields_grid};
use crate::render::markdown::{escape, write_markdown};
use crate::render::{Cell, Column, Grid, Style};
use crate::report::changes::{Changes, Listed};
use crate::report::diff::{CapacityDiff, Change, DiffReport};

/// Above this many entries the initiative list is folded too.
const VISIBLE_ENTRIES: usize = 10;

pub fn write_diff_markdown(
    report: &DiffReport,
    (old, new): (&str, &str),
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "### itplan diff: {}\n", escape(&report.plan))?;
    // GitHub reads a pair of dollar signs as math; escaped, they stay money.
    let line = escape(&verdict(report)).replace('$', "\\$");
    if report.exceeded {
        writeln!(out, "**:x: {line}**\n")?;
    } else {
        writeln!(out, "**{line}**\n")?;
    }
    writeln!(out, "Comparing {} → {}.\n", escape(old), escape(new))?;
    for note in horizon_note(report)
        .into_iter()
        .chain(capacity_note(report))
    {
        writeln!(out, "{}\n", escape(&note))?;
    }
    let years = &report.years;
    let cash_flow = yearly_grid(
        "Cash flow",
        years,
        &report.cash_flow,
        &report.cash_flow_total,
    );
    write_markdown(&cash_flow, out)?;
    writeln!(out)?;
    write_changes(&report.changes, out)?;
    let recurring = yearly_grid(
        "New recurring",
        years,
        &report.new_recurring,
        &report.new_recurring_total,
    );
    folded(
        &format!("New recurring cost by year, {}", span(years)),
        &recurring,
        out,
    )?;
    if let CapacityDiff::Both(rows) = &report.capacity {
        let mut grid = capacity_grid(rows);
        grid.title.clear();
        folded("Capacity surplus (hours per quarter)", &grid, out)?;
    }
    if let Some(rows) = &report.tax_impact {
        folded("Tax impact (% of levy)", &tax_grid(years, rows), out)?;
    }
    Ok(())
}

fn yearly_grid(what: &str, years: &[i32], rows: &[Change], total: &Change) -> Grid {
    let mut grid = Grid {
        columns: vec![
            Column::text("Year", "year"),
            Column::number(format!("{what} old"), "old"),
            Column::number(format!("{what} new"), "new"),
            Column::number("Change", "delta"),
        ],
        ..Grid::default()
    };
    for (year, change) in years.iter().zip(rows) {
        let mut cells = vec![Cell::text(year.to_string())];
        cells.extend(change_cells(change, Unit::Money));
        grid.push("year", Style::Normal, cells);
    }
    let mut cells = vec![Cell::text("Total")];
    cells.extend(change_cells(total, Unit::Money));
    grid.push("total", Style::Total, cells);
    grid
}

fn tax_grid(years: &[i32], rows: &[Change]) -> Grid {
    let mut grid = Grid {
        columns: vec![
            Column::text("Year", "year"),
            Column::number("Old", "old"),
            Column::number("New", "new"),
            Column::number("Change (points)", "delta"),
        ],
        ..Grid::default()
    };
    for (year, change) in years.iter().zip(rows) {
        let mut cells = vec![Cell::text(year.to_string())];
        cells.extend(change_cells(change, Unit::Percent));
        grid.push("year", Style::Normal, cells);
    }
    grid
}

/// Added, removed and changed initiatives; field-level detail folded.
fn write_changes(changes: &Changes, out: &mut dyn Write) -> io::Result<()> {
    if changes.is_empty() {
        return writeln!(out, "No initiative changed.\n");
    }
    let mut lines: Vec<String> = Vec::new();
    lines.extend(
        changes
            .added
            .iter()
            .map(|i| format!("- Added: {}", listed(i))),
    );
    lines.extend(
        changes
            .removed
            .iter()
            .map(|i| format!("- Removed: {}", listed(i))),
    );
    for changed in &changes.changed {
        let fields: Vec<&str> = changed.fields.iter().map(|f| f.field).collect();
        let item = listed(&Listed {
            id: changed.id.clone(),
            name: changed.name.clone(),
        });
        lines.push(format!(
            "- Changed: {item} ({})",
            escape(&fields.join(", "))
        ));
    }
    if !changes.plan.is_empty() {
        let fields: Vec<&str> = changes.plan.iter().map(|f| f.field).collect();
        lines.push(format!("- Plan settings: {}", escape(&fields.join(", "))));
    }
    let summary = format!(
        "Initiatives: {} added, {} removed, {} changed",
        changes.added.len(),
        changes.removed.len(),
        changes.changed.len()
    );
    if lines.len() > VISIBLE_ENTRIES {
        writeln!(out, "<details><summary>{summary}</summary>\n")?;
        writeln!(out, "{}\n\n</details>\n", lines.join("\n"))?;
    } else {
        writeln!(out, "{summary}:\n\n{}\n", lines.join("\n"))?;
    }
    let mut grid = fields_grid(changes);
    grid.title.clear();
    if !grid.rows.is_empty() {
        folded(&format!("Field changes ({})", grid.rows.len()), &grid, out)?;
    }
    Ok(())
}

fn listed(item: &Listed) -> String {
    format!("**{}** {}", escape(&item.id), escape(&item.name))
}

/// A table inside `<details>`; the blank lines let GitHub render it.
fn folded(summary: &str, grid: &Grid, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "<details><summary>{}</summary>\n", escape(summary))?;
    write_markdown(grid, out)?;
    writeln!(out, "\n</details>\n")
}
