//! The unwrapped table, streamed: two passes over the grid (measure, then
//! write) through reused buffers, so a 100,000-row plan renders without
//! holding a string per cell.

use std::io::{self, Write};

use super::super::grid::{Cell, Deferred, Grid};
use super::super::text::{printable, width};
use super::{Paint, RESET};

/// The grid's rows, and any made on demand (pulled once to measure the
/// decimals, once to measure the widths, once to write).
pub fn write_body(
    grid: &Grid,
    deferred: Option<&Deferred>,
    color: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let dp = grid.money_decimals_with(deferred);
    let headers: Vec<String> = grid
        .columns
        .iter()
        .map(|c| printable(&c.header).into_owned())
        .collect();
    // Every cell formatted once, into one buffer: measured, then written.
    let (text, ends) = cell_texts(grid, deferred, &dp);
    let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    let columns = grid.columns.len();
    let cell = |k: usize| &text[if k == 0 { 0 } else { ends[k - 1] }..ends[k]];
    for k in 0..ends.len() {
        let w = &mut widths[k % columns];
        *w = (*w).max(width_of(cell(k)));
    }
    rule(out, &widths, ('┌', '─', '┬', '┐'))?;
    let mut line = String::new();
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
    // A rule above the first total row, unless the table starts with it.
    let (mut n, mut seen_total) = (0, false);
    grid.for_each_row(deferred, |row| {
        if !seen_total && row.kind == "total" {
            seen_total = true;
            if n > 0 {
                rule(out, &widths, ('├', '─', '┼', '┤'))?;
            }
        }
        line.clear();
        line.push('│');
        for (i, c) in row.cells.iter().enumerate() {
            let paint = if color {
                Paint::of(c, row.style)
            } else {
                Paint::Plain
            };
            let numeric = grid.columns[i].numeric;
            push_cell(
                &mut line,
                cell(n * columns + i),
                widths[i],
                numeric,
                i,
                paint,
            );
        }
        line.push('│');
        line.push('\n');
        n += 1;
        out.write_all(line.as_bytes())
    })?;
    rule(out, &widths, ('└', '─', '┴', '┘'))
}

/// All cells' text for people, escaped, in one string, with each cell's end.
fn cell_texts(grid: &Grid, deferred: Option<&Deferred>, dp: &[u32]) -> (String, Vec<usize>) {
    let mut text = String::new();
    let rows = grid.rows.len() + deferred.map_or(0, |d| d.source.len());
    let mut ends = Vec::with_capacity(rows * grid.columns.len());
    let _ = grid.for_each_row(deferred, |row| {
        for (cell, dp) in row.cells.iter().zip(dp) {
            match cell {
                Cell::Text(t) => text.push_str(&printable(t)),
                other => other.push_human(*dp, &mut text),
            }
            ends.push(text.len());
        }
        Ok(())
    });
    (text, ends)
}

/// Display width, with a fast path for ASCII.
fn width_of(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        width(text)
    }
}

fn push_cell(line: &mut String, text: &str, width: usize, numeric: bool, i: usize, paint: Paint) {
    let pad = width.saturating_sub(width_of(text));
    line.push_str(if i > 0 { "┆ " } else { " " });
    if numeric {
        push_spaces(line, pad);
    }
    let code = if text.is_empty() { "" } else { paint.code() };
    line.push_str(code);
    line.push_str(text);
    if !code.is_empty() {
        line.push_str(RESET);
    }
    if !numeric {
        push_spaces(line, pad);
    }
    line.push(' ');
}

/// Padding, appended a slice at a time rather than a char at a time.
fn push_spaces(line: &mut String, mut count: usize) {
    const SPACES: &str = "                                                                ";
    while count > 0 {
        let n = count.min(SPACES.len());
        line.push_str(&SPACES[..n]);
        count -= n;
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
