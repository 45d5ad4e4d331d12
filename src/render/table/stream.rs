//! The unwrapped table, streamed: two passes over the grid (measure, then
//! write), so a 100,000-row plan renders without holding a string per
//! cell. Money is measured from its digits; rows are gathered in one
//! buffer.

use std::io::{self, Write};

use rust_decimal::Decimal;

use super::super::grid::{Cell, Deferred, Grid};
use super::super::text::{printable, width};
use super::{Paint, RESET};
use crate::number::{self, MoneyText};

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
    let mut line: Vec<u8> = Vec::new();
    line.extend_from_slice("│".as_bytes());
    for (i, header) in headers.iter().enumerate() {
        let paint = if color { Paint::Bold } else { Paint::Plain };
        let numeric = grid.columns[i].numeric;
        let text = Shown::new(header.as_bytes(), width_of(header));
        push_cell(&mut line, text, widths[i], numeric, i, paint);
    }
    line.extend_from_slice("│\n".as_bytes());
    out.write_all(&line)?;
    rule(out, &widths, ('╞', '═', '╪', '╡'))?;
    line.clear();
    // A rule above the first total row, unless the table starts with it.
    let (mut n, mut seen_total) = (0, false);
    let mut scratch = String::new();
    let columns: Vec<bool> = grid.columns.iter().map(|c| c.numeric).collect();
    grid.for_each_row(deferred, |row| {
        if !seen_total && row.kind == "total" {
            seen_total = true;
            if n > 0 {
                out.write_all(&line)?;
                line.clear();
                rule(out, &widths, ('├', '─', '┼', '┤'))?;
            }
        }
        line.extend_from_slice("│".as_bytes());
        if !color {
            for (i, c) in row.cells.iter().enumerate() {
                let money = match c {
                    Cell::Money(value) => MoneyText::new(*value, dp[i]),
                    _ => None,
                };
                let text = match (&money, c) {
                    (Some(money), _) => money.as_bytes(),
                    (None, Cell::Empty) => &[],
                    (None, Cell::Text(text)) if plain_ascii(text).is_some() => text.as_bytes(),
                    _ => {
                        scratch.clear();
                        push_text(c, dp[i], &mut scratch);
                        let shown = width_of(&scratch);
                        push_cell(
                            &mut line,
                            Shown::new(scratch.as_bytes(), shown),
                            widths[i],
                            columns[i],
                            i,
                            Paint::Plain,
                        );
                        continue;
                    }
                };
                push_plain_cell(&mut line, text, widths[i], columns[i], i);
            }
            line.extend_from_slice("│\n".as_bytes());
            n += 1;
            if line.len() >= FLUSH_AT {
                out.write_all(&line)?;
                line.clear();
            }
            return Ok(());
        }
        for (i, c) in row.cells.iter().enumerate() {
            let paint = if color {
                Paint::of(c, row.style)
            } else {
                Paint::Plain
            };
            let numeric = grid.columns[i].numeric;
            let money = match c {
                Cell::Money(value) => MoneyText::new(*value, dp[i]),
                _ => None,
            };
            let text = match &money {
                Some(money) => Shown::new(money.as_bytes(), money.as_bytes().len()),
                None => {
                    scratch.clear();
                    push_text(c, dp[i], &mut scratch);
                    Shown::new(scratch.as_bytes(), width_of(&scratch))
                }
            };
            push_cell(&mut line, text, widths[i], numeric, i, paint);
        }
        line.extend_from_slice("│\n".as_bytes());
        n += 1;
        if line.len() >= FLUSH_AT {
            out.write_all(&line)?;
            line.clear();
        }
        Ok(())
    })?;
    out.write_all(&line)?;
    rule(out, &widths, ('└', '─', '┴', '┘'))
}

/// A cell's text and its display width.
#[derive(Clone, Copy)]
struct Shown<'a> {
    text: &'a [u8],
    width: usize,
}

impl<'a> Shown<'a> {
    fn new(text: &'a [u8], width: usize) -> Self {
        Shown { text, width }
    }
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
            let (cell_dp, whole) = match cell {
                // One scan of the digits gives both.
                Cell::Money(value) => {
                    let (cell_dp, whole) = number::money_measure(*value);
                    (cell_dp, Some(whole))
                }
                Cell::Empty => continue,
                Cell::Text(text) => {
                    let shown = match plain_ascii(text) {
                        Some(text) => text.len(),
                        None => width(&printable(text)),
                    };
                    widths[i] = widths[i].max(shown);
                    continue;
                }
                other => (other.money_decimals(), money_whole_width(other)),
            };
            dp[i] = dp[i].max(cell_dp);
            if let Some(whole) = whole {
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

/// Text that is shown as it is, one column a byte: printable ASCII.
fn plain_ascii(text: &str) -> Option<&[u8]> {
    let bytes = text.as_bytes();
    bytes
        .iter()
        .all(|b| (0x20..0x7f).contains(b))
        .then_some(bytes)
}

/// A cell's text for people, escaped.
fn push_text(cell: &Cell, dp: u32, out: &mut String) {
    match cell {
        Cell::Text(t) => out.push_str(&printable(t)),
        other => other.push_human(dp, out),
    }
}

/// Display width, with a fast path for ASCII.
fn width_of(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        width(text)
    }
}

fn push_cell(
    line: &mut Vec<u8>,
    shown: Shown,
    width: usize,
    numeric: bool,
    i: usize,
    paint: Paint,
) {
    let pad = width.saturating_sub(shown.width);
    line.extend_from_slice(if i > 0 { "┆ " } else { " " }.as_bytes());
    if numeric {
        push_spaces(line, pad);
    }
    let code = if shown.text.is_empty() {
        ""
    } else {
        paint.code()
    };
    line.extend_from_slice(code.as_bytes());
    line.extend_from_slice(shown.text);
    if !code.is_empty() {
        line.extend_from_slice(RESET.as_bytes());
    }
    if !numeric {
        push_spaces(line, pad);
    }
    line.push(b' ');
}

/// [`push_cell`] without colour, for ASCII text (one column a byte).
fn push_plain_cell(line: &mut Vec<u8>, text: &[u8], width: usize, numeric: bool, i: usize) {
    let pad = width.saturating_sub(text.len());
    line.extend_from_slice(if i > 0 { "┆ " } else { " " }.as_bytes());
    if numeric {
        push_spaces(line, pad);
        line.extend_from_slice(text);
    } else {
        line.extend_from_slice(text);
        push_spaces(line, pad);
    }
    line.push(b' ');
}

/// Spaces for the usual padding, copied from one slice.
const SPACES: [u8; 64] = [b' '; 64];

/// Padding, filled in one go.
fn push_spaces(line: &mut Vec<u8>, count: usize) {
    match SPACES.get(..count) {
        Some(spaces) => line.extend_from_slice(spaces),
        None => line.resize(line.len() + count, b' '),
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
