//! Tables for people. On a terminal (or with `--width`) comfy-table draws
//! them fitted to the width: names and ids wrap inside their cells,
//! numbers never break, and a table too wide even then is split into
//! blocks of columns that repeat the columns naming each row. Unwrapped
//! output (piped, no `--width`) streams from a lean renderer in the same
//! style, so a 100,000-row plan prints in linear time and little memory.

mod comfy;
mod layout;
mod stream;

use std::io::{self, Write};

use super::TableOptions;
use super::grid::{Cell, Deferred, Grid, Style};
use super::text::{printable, wrap};

const RED: &str = "\u{1b}[31m";
const GREEN: &str = "\u{1b}[32m";
const BOLD: &str = "\u{1b}[1m";
const RESET: &str = "\u{1b}[0m";

/// Writes the grids one after another, a blank line apart.
pub fn write_tables(grids: &[Grid], options: &TableOptions, out: &mut dyn Write) -> io::Result<()> {
    for (i, grid) in grids.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        write_table(grid, None, options, out)?;
    }
    Ok(())
}

/// One grid with a run of rows made on demand ([`Deferred`]); fitted to a
/// width, the rows are gathered first.
pub fn write_table_streamed(
    grid: &Grid,
    deferred: &Deferred,
    options: &TableOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    match options.width {
        None => write_table(grid, Some(deferred), options, out),
        Some(_) => {
            let mut whole = grid.clone();
            let mut rows = Vec::new();
            grid.for_each_row(Some(deferred), |row| {
                rows.push(row.clone());
                Ok(())
            })?;
            whole.rows = rows;
            write_table(&whole, None, options, out)
        }
    }
}

fn write_table(
    grid: &Grid,
    deferred: Option<&Deferred>,
    options: &TableOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    write_title(grid, options, out)?;
    if !grid.columns.is_empty() {
        match options.width {
            None => stream::write_body(grid, deferred, options.color, out)?,
            Some(width) => comfy::write_body(grid, width, options.color, out)?,
        }
    }
    for note in &grid.notes {
        write_lines(note, options.width, out)?;
    }
    Ok(())
}

fn write_title(grid: &Grid, options: &TableOptions, out: &mut dyn Write) -> io::Result<()> {
    let mut title = grid.title.iter();
    if let Some(heading) = title.next() {
        write_lines(heading, options.width, out)?;
    }
    if let Some(headline) = &grid.headline {
        let paint = match (options.color, headline.alarm) {
            (false, _) => "",
            (true, false) => BOLD,
            (true, true) => RED,
        };
        for line in lines(&headline.text, options.width) {
            if paint.is_empty() {
                writeln!(out, "{line}")?;
            } else {
                writeln!(out, "{paint}{line}{RESET}")?;
            }
        }
    }
    for line in title {
        write_lines(line, options.width, out)?;
    }
    Ok(())
}

/// A title or a note, escaped, wrapped to the width when there is one.
fn write_lines(text: &str, width: Option<usize>, out: &mut dyn Write) -> io::Result<()> {
    for line in lines(text, width) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn lines(text: &str, width: Option<usize>) -> Vec<String> {
    let text = printable(text);
    match width {
        Some(width) => wrap(&text, width),
        None => vec![text.into_owned()],
    }
}

/// How a cell stands out in colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Paint {
    Plain,
    Bold,
    /// A deficit, a cost increase: bad news.
    Red,
    /// A saving, a falling cost: good news.
    Green,
}

impl Paint {
    /// Red and green say good or bad news, never merely "negative": a
    /// saving is not a problem. Headings and totals are bold.
    fn of(cell: &Cell, style: Style) -> Paint {
        match (cell.good_news(), style) {
            (Some(false), _) => Paint::Red,
            (Some(true), _) => Paint::Green,
            (None, Style::Balance) if cell.is_negative() => Paint::Red,
            (None, Style::Problem) => Paint::Red,
            (None, Style::Heading | Style::Subtotal | Style::Total) => Paint::Bold,
            (None, _) => Paint::Plain,
        }
    }

    fn code(self) -> &'static str {
        match self {
            Paint::Plain => "",
            Paint::Bold => BOLD,
            Paint::Red => RED,
            Paint::Green => GREEN,
        }
    }
}

/// The first row of the totals, which a rule sets apart from the rows
/// they add up (never the first row).
fn first_total(grid: &Grid) -> Option<usize> {
    grid.rows
        .iter()
        .position(|row| row.kind == "total")
        .filter(|n| *n > 0)
}
