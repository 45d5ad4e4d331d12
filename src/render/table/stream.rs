//! The unwrapped table, streamed: two passes over the grid (measure, then
//! write) through reused buffers, so a 100,000-row plan renders without
//! holding a string per cell.

use std::io::{self, Write};

use super::super::grid::{Cell, Grid};
use super::super::text::{printable, width};
use super::{Paint, RESET, first_total};

pub fn write_body(grid: &Grid, color: bool, out: &mut dyn Write) -> io::Result<()> {
    let dp = grid.money_decimals();
    let widths = column_widths(grid, &dp);
    rule(out, &widths, ('┌', '─', '┬', '┐'))?;
    let mut line = String::new();
    let mut buf = String::new();
    let headers: Vec<String> = grid
        .columns
        .iter()
        .map(|c| printable(&c.header).into_owned())
        .collect();
    line.push('│');
    for (i, header) in headers.iter().enumerate() {
        let paint = if color { Paint::Bold } else { Paint::Plain };
        push_cell(
            &mut line,
            header,
            widths[i],
            grid.columns[i].numeric,
            i,
            paint,
        );
    }
    line.push('│');
    writeln!(out, "{line}")?;
    rule(out, &widths, ('╞', '═', '╪', '╡'))?;
    let totals = first_total(grid);
    for (n, row) in grid.rows.iter().enumerate() {
        if Some(n) == totals {
            rule(out, &widths, ('├', '─', '┼', '┤'))?;
        }
        line.clear();
        line.push('│');
        for (i, cell) in row.cells.iter().enumerate() {
            buf.clear();
            human_into(cell, dp[i], &mut buf);
            let paint = if color {
                Paint::of(cell, row.style)
            } else {
                Paint::Plain
            };
            push_cell(
                &mut line,
                &buf,
                widths[i],
                grid.columns[i].numeric,
                i,
                paint,
            );
        }
        line.push('│');
        writeln!(out, "{line}")?;
    }
    rule(out, &widths, ('└', '─', '┴', '┘'))
}

fn column_widths(grid: &Grid, dp: &[u32]) -> Vec<usize> {
    let mut widths: Vec<usize> = grid
        .columns
        .iter()
        .map(|c| width(&printable(&c.header)))
        .collect();
    let mut buf = String::new();
    for row in &grid.rows {
        for (i, cell) in row.cells.iter().enumerate() {
            buf.clear();
            human_into(cell, dp[i], &mut buf);
            widths[i] = widths[i].max(width(&buf));
        }
    }
    widths
}

/// A cell for people into `buf`, escaped.
fn human_into(cell: &Cell, dp: u32, buf: &mut String) {
    match cell {
        Cell::Text(text) => buf.push_str(&printable(text)),
        Cell::Empty => {}
        other => buf.push_str(&other.human_with(dp)),
    }
}

fn push_cell(line: &mut String, text: &str, width: usize, numeric: bool, i: usize, paint: Paint) {
    let pad = width.saturating_sub(super::super::text::width(text));
    line.push_str(if i > 0 { "┆ " } else { " " });
    if numeric {
        line.extend(std::iter::repeat_n(' ', pad));
    }
    let code = if text.is_empty() { "" } else { paint.code() };
    line.push_str(code);
    line.push_str(text);
    if !code.is_empty() {
        line.push_str(RESET);
    }
    if !numeric {
        line.extend(std::iter::repeat_n(' ', pad));
    }
    line.push(' ');
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
