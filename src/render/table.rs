//! Terminal tables: aligned, grouped thousands, deficits in red on a terminal.

use std::io::{self, Write};

use comfy_table::{Attribute, CellAlignment, Color, ContentArrangement, Table, presets};

use super::grid::{Cell, Grid, Style};

pub fn write_table(grid: &Grid, color: bool, out: &mut dyn Write) -> io::Result<()> {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled);
    if color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table.set_header(
        grid.columns
            .iter()
            .map(|c| comfy_table::Cell::new(&c.header).add_attribute(Attribute::Bold)),
    );
    for row in &grid.rows {
        table.add_row(row.cells.iter().map(|cell| styled(cell, row.style, color)));
    }
    for (i, column) in grid.columns.iter().enumerate() {
        if let (true, Some(col)) = (column.numeric, table.column_mut(i)) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    for line in &grid.title {
        writeln!(out, "{line}")?;
    }
    writeln!(out, "{table}")?;
    for note in &grid.notes {
        writeln!(out, "{note}")?;
    }
    Ok(())
}

fn styled(cell: &Cell, style: Style, color: bool) -> comfy_table::Cell {
    let mut out = comfy_table::Cell::new(cell.human());
    if !color {
        return out;
    }
    if cell.is_negative() {
        out = out.fg(Color::Red);
    }
    if matches!(style, Style::Total | Style::Subtotal | Style::Heading) {
        out = out.add_attribute(Attribute::Bold);
    }
    out
}
