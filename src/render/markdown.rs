//! Markdown: real tables with right-aligned numbers and escaped cells;
//! grids without columns become lists, folded grids `<details>`.

use std::io::{self, Write};

use super::grid::{Cell, Deferred, Grid, Style};
use super::text::printable;

/// Writes the grids one after another, a blank line apart.
pub fn write_markdown(grids: &[Grid], out: &mut dyn Write) -> io::Result<()> {
    for (i, grid) in grids.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        match &grid.fold {
            Some(summary) => {
                writeln!(out, "<details><summary>{}</summary>\n", escape(summary))?;
                write_grid(grid, None, out)?;
                writeln!(out, "\n</details>")?;
            }
            None => write_grid(grid, None, out)?,
        }
    }
    Ok(())
}

/// One grid, unfolded, with a run of rows made on demand ([`Deferred`]).
pub fn write_markdown_streamed(
    grid: &Grid,
    deferred: &Deferred,
    out: &mut dyn Write,
) -> io::Result<()> {
    write_grid(grid, Some(deferred), out)
}

fn write_grid(grid: &Grid, deferred: Option<&Deferred>, out: &mut dyn Write) -> io::Result<()> {
    let mut title = grid.title.iter();
    if let Some(heading) = title.next() {
        writeln!(out, "### {}\n", escape(heading))?;
    }
    if let Some(headline) = &grid.headline {
        let mark = if headline.alarm { ":x: " } else { "" };
        writeln!(out, "**{mark}{}**\n", escape(&headline.text))?;
    }
    for line in title {
        writeln!(out, "{}\n", escape(line))?;
    }
    if !grid.columns.is_empty() {
        write_table(grid, deferred, out)?;
        if !grid.notes.is_empty() {
            writeln!(out)?;
        }
    }
    for note in &grid.notes {
        writeln!(out, "- {}", escape(note))?;
    }
    Ok(())
}

fn write_table(grid: &Grid, deferred: Option<&Deferred>, out: &mut dyn Write) -> io::Result<()> {
    let headers: Vec<String> = grid.columns.iter().map(|c| escape(&c.header)).collect();
    writeln!(out, "| {} |", headers.join(" | "))?;
    let rule: Vec<&str> = grid
        .columns
        .iter()
        .map(|c| if c.numeric { "---:" } else { "---" })
        .collect();
    writeln!(out, "| {} |", rule.join(" | "))?;
    let dp = grid.money_decimals_with(deferred);
    // One reused line: no string per cell on a 100,000-row plan.
    let mut line = String::new();
    grid.for_each_row(deferred, |row| {
        line.clear();
        line.push('|');
        for (cell, dp) in row.cells.iter().zip(&dp) {
            line.push(' ');
            let filled = match cell {
                Cell::Empty => false,
                Cell::Text(text) => !text.is_empty(),
                // Every figure shows something.
                _ => true,
            };
            let bold = filled
                && match row.style {
                    Style::Normal => false,
                    Style::Balance => cell.is_negative(),
                    Style::Heading | Style::Subtotal | Style::Total | Style::Problem => true,
                };
            if bold {
                line.push_str("**");
            }
            match cell {
                Cell::Text(text) => escape_into(text, &mut line),
                // Figures are digits, separators, signs, "%" and "tbd":
                // nothing Markdown reads.
                other => other.push_human(*dp, &mut line),
            }
            if bold {
                line.push_str("**");
            }
            line.push_str(" |");
        }
        line.push('\n');
        out.write_all(line.as_bytes())
    })
}

/// Escapes what would break a table cell or turn into formatting; GitHub
/// reads a pair of dollar signs as math, so they are escaped too. Control
/// characters are shown escaped first (`\u{1b}`).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(text, &mut out);
    out
}

/// [`escape`], appended to `out`.
pub fn escape_into(text: &str, out: &mut String) {
    let text = printable(text);
    for c in text.chars() {
        match c {
            '|' | '\\' | '*' | '_' | '`' | '<' | '>' | '[' | ']' | '$' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
}
