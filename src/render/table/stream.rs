//! The unwrapped table, streamed: two passes over the grid (measure, then
//! write), so a 100,000-row plan renders without holding a string per
//! cell. Money is measured from its digits and written straight into the
//! output buffer.

use std::io::{self, Write};

use rust_decimal::Decimal;

use super::super::grid::{Cell, Deferred, Grid};
use super::super::text::{printable, width};
use super::{Paint, RESET};
use crate::number;

/// Rows gathered before they are handed to the writer.
const FLUSH_AT: usize = 1 << 16;

/// The grid's rows, and any made on demand (pulled once to measure, once
/// to write).
pub fn write_body(
    grid: &Grid,
    deferred: Option<&Deferred>,
    color: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let headers: Vec<String> = grid
        .columns
        .iter()
        .map(|c| printable(&c.header).into_owned())
        .collect();
    let (dp, widths) = measure(grid, deferred, &headers);
    rule(out, &widths, ('┌', '─', '┬', '┐'))?;
    let mut line = String::new();
    line.push('│');
    for (i, header) in headers.iter().enumerate() {
        let paint = if color { Paint::Bold } else { Paint::Plain };
        let numeric = grid.columns[i].numeric;
        push_cell(&mut line, header, widths[i], numeric, i, paint);
    }
    line.push('│');
    writeln!(out, "{line}")?;
    rule(out, &widths, ('╞', '═', '╪', '╡'))?;
    line.clear();
    // A rule above the first total row, unless the table starts with it.
    let (mut n, mut seen_total) = (0, false);
    let mut scratch = String::new();
    grid.for_each_row(deferred, |row| {
        if !seen_total && row.kind == "total" {
            seen_total = true;
            if n > 0 {
                out.write_all(line.as_bytes())?;
                line.clear();
                rule(out, &widths, ('├', '─', '┼', '┤'))?;
            }
        }
        line.push('│');
        for (i, c) in row.cells.iter().enumerate() {
            let paint = if color {
                Paint::of(c, row.style)
            } else {
                Paint::Plain
            };
            let numeric = grid.columns[i].numeric;
            if let Cell::Money(value) = c {
                push_money_cell(&mut line, *value, dp[i], widths[i], numeric, i, paint);
                continue;
            }
            scratch.clear();
            push_text(c, dp[i], &mut scratch);
            push_cell(&mut line, &scratch, widths[i], numeric, i, paint);
        }
        line.push('│');
        line.push('\n');
        n += 1;
        if line.len() >= FLUSH_AT {
            out.write_all(line.as_bytes())?;
            line.clear();
        }
        Ok(())
    })?;
    out.write_all(line.as_bytes())?;
    rule(out, &widths, ('└', '─', '┴', '┘'))
}

/// One pass over every row: each column's money decimals and its width.
/// Money's width is counted from its digits: its whole part (with any sign
/// and separators, plus what a cell writes around it) is measured here,
/// and the column's decimals are added once they are known.
fn measure(grid: &Grid, deferred: Option<&Deferred>, headers: &[String]) -> (Vec<u32>, Vec<usize>) {
    let columns = grid.columns.len();
    let mut dp = vec![0u32; columns];
    let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    let mut money: Vec<Option<usize>> = vec![None; columns];
    let mut scratch = String::new();
    let _ = grid.for_each_row(deferred, |row| {
        for (i, cell) in row.cells.iter().enumerate() {
            dp[i] = dp[i].max(cell.money_decimals());
            if let Some(whole) = money_whole_width(cell) {
                money[i] = Some(money[i].map_or(whole, |w| w.max(whole)));
                continue;
            }
            scratch.clear();
            push_text(cell, 0, &mut scratch);
            widths[i] = widths[i].max(width_of(&scratch));
        }
        Ok(())
    });
    for ((w, whole), dp) in widths.iter_mut().zip(&money).zip(&dp) {
        if let Some(whole) = whole {
            let fraction = if *dp > 0 { *dp as usize + 1 } else { 0 };
            *w = (*w).max(whole + fraction);
        }
    }
    (dp, widths)
}

/// The width, less the column's decimals, of a cell showing money with
/// them (None for cells whose text does not depend on the decimals).
fn money_whole_width(cell: &Cell) -> Option<usize> {
    match cell {
        Cell::Money(value) => Some(number::money_int_width(*value)),
        // "6,000 + tbd".
        Cell::Partial(value) if !value.is_zero() => Some(number::money_int_width(*value) + 6),
        // A rise carries a "+", a fall its "-" already.
        Cell::Change {
            value, dp: None, ..
        } => Some(number::money_int_width(*value) + usize::from(*value > Decimal::ZERO)),
        _ => None,
    }
}

/// A cell's text for people, escaped.
fn push_text(cell: &Cell, dp: u32, out: &mut String) {
    match cell {
        Cell::Text(t) => out.push_str(&printable(t)),
        other => other.push_human(dp, out),
    }
}

/// [`push_cell`] for money, written from its digits without a copy.
fn push_money_cell(
    line: &mut String,
    value: Decimal,
    dp: u32,
    width: usize,
    numeric: bool,
    i: usize,
    paint: Paint,
) {
    let pad = width.saturating_sub(number::money_width(value, dp));
    line.push_str(if i > 0 { "┆ " } else { " " });
    if numeric {
        push_spaces(line, pad);
    }
    let code = paint.code();
    line.push_str(code);
    number::push_money(line, value, dp);
    if !code.is_empty() {
        line.push_str(RESET);
    }
    if !numeric {
        push_spaces(line, pad);
    }
    line.push(' ');
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
