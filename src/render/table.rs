//! Terminal tables: aligned columns, grouped thousands, totals set apart,
//! negatives in red on a terminal.
//!
//! Two passes over the grid (measure, then write) through one reused buffer,
//! so a 100,000-row plan renders without a string per cell.

use std::fmt::Write as _;
use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use super::TableOptions;
use super::grid::{Cell, Grid, Style};

const RED: &str = "\u{1b}[31m";
const BOLD: &str = "\u{1b}[1m";
const RESET: &str = "\u{1b}[0m";

/// Writes the grids one after another, a blank line apart.
pub fn write_tables(grids: &[Grid], options: &TableOptions, out: &mut dyn Write) -> io::Result<()> {
    for (i, grid) in grids.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        write_table(grid, options.color, out)?;
    }
    Ok(())
}

fn write_title(grid: &Grid, color: bool, out: &mut dyn Write) -> io::Result<()> {
    let mut title = grid.title.iter();
    if let Some(heading) = title.next() {
        writeln!(out, "{heading}")?;
    }
    if let Some(headline) = &grid.headline {
        match (color, headline.alarm) {
            (false, _) => writeln!(out, "{}", headline.text)?,
            (true, false) => writeln!(out, "{BOLD}{}{RESET}", headline.text)?,
            (true, true) => writeln!(out, "{BOLD}{RED}{}{RESET}", headline.text)?,
        }
    }
    for line in title {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

pub fn write_table(grid: &Grid, color: bool, out: &mut dyn Write) -> io::Result<()> {
    write_title(grid, color, out)?;
    if grid.columns.is_empty() {
        for note in &grid.notes {
            writeln!(out, "{note}")?;
        }
        return Ok(());
    }
    let widths = column_widths(grid);
    rule(out, &widths, ('┌', '─', '┬', '┐'))?;
    let headers: Vec<&str> = grid.columns.iter().map(|c| c.header.as_str()).collect();
    write_row(
        out,
        grid,
        &widths,
        color,
        Style::Heading,
        |i, buf| buf.push_str(headers[i]),
        |_| false,
    )?;
    rule(out, &widths, ('╞', '═', '╪', '╡'))?;
    // The totals are set apart from the rows they add up.
    let first_total = grid
        .rows
        .iter()
        .position(|row| row.kind == "total")
        .filter(|n| *n > 0);
    for (n, row) in grid.rows.iter().enumerate() {
        if Some(n) == first_total {
            rule(out, &widths, ('├', '─', '┼', '┤'))?;
        }
        let negative = |i: usize| row.cells[i].is_negative();
        write_row(
            out,
            grid,
            &widths,
            color,
            row.style,
            |i, b| human_into(&row.cells[i], b),
            negative,
        )?;
    }
    rule(out, &widths, ('└', '─', '┴', '┘'))?;
    for note in &grid.notes {
        writeln!(out, "{note}")?;
    }
    Ok(())
}

fn column_widths(grid: &Grid) -> Vec<usize> {
    let mut widths: Vec<usize> = grid.columns.iter().map(|c| c.header.width()).collect();
    let mut buf = String::new();
    for row in &grid.rows {
        for (width, cell) in widths.iter_mut().zip(&row.cells) {
            buf.clear();
            human_into(cell, &mut buf);
            *width = (*width).max(buf.width());
        }
    }
    widths
}

/// Formats a cell for people into `buf`.
fn human_into(cell: &Cell, buf: &mut String) {
    match cell {
        Cell::Text(text) => buf.push_str(text),
        Cell::Empty => {}
        other => {
            let _ = write!(buf, "{}", other.human());
        }
    }
}

fn rule(
    out: &mut dyn Write,
    widths: &[usize],
    (left, fill, junction, right): (char, char, char, char),
) -> io::Result<()> {
    let mut line = String::new();
    line.push(left);
    for (i, width) in widths.iter().enumerate() {
        if i > 0 {
            line.push(junction);
        }
        line.extend(std::iter::repeat_n(fill, width + 2));
    }
    line.push(right);
    writeln!(out, "{line}")
}

fn write_row(
    out: &mut dyn Write,
    grid: &Grid,
    widths: &[usize],
    color: bool,
    style: Style,
    mut fill: impl FnMut(usize, &mut String),
    negative: impl Fn(usize) -> bool,
) -> io::Result<()> {
    let mut line = String::from("│");
    let mut buf = String::new();
    for (i, width) in widths.iter().enumerate() {
        buf.clear();
        fill(i, &mut buf);
        let pad = width.saturating_sub(buf.width());
        line.push_str(if i > 0 { "┆ " } else { " " });
        if grid.columns[i].numeric {
            line.extend(std::iter::repeat_n(' ', pad));
        }
        let emphasis = match (color, style != Style::Normal, negative(i)) {
            (false, _, _) | (true, false, false) => "",
            (true, _, true) => RED,
            (true, true, false) => BOLD,
        };
        line.push_str(emphasis);
        line.push_str(&buf);
        if !emphasis.is_empty() {
            line.push_str(RESET);
        }
        if !grid.columns[i].numeric {
            line.extend(std::iter::repeat_n(' ', pad));
        }
        line.push(' ');
    }
    line.push('│');
    writeln!(out, "{line}")
}
