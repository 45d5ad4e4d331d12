//! Markdown: real tables with right-aligned numbers and escaped cells;
//! grids without columns become lists, folded grids `<details>`.

use std::io::{self, Write};

use super::grid::{Grid, Style};

/// Writes the grids one after another, a blank line apart.
pub fn write_markdown(grids: &[Grid], out: &mut dyn Write) -> io::Result<()> {
    for (i, grid) in grids.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        match &grid.fold {
            Some(summary) => {
                writeln!(out, "<details><summary>{}</summary>\n", escape(summary))?;
                write_grid(grid, out)?;
                writeln!(out, "\n</details>")?;
            }
            None => write_grid(grid, out)?,
        }
    }
    Ok(())
}

fn write_grid(grid: &Grid, out: &mut dyn Write) -> io::Result<()> {
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
        write_table(grid, out)?;
        if !grid.notes.is_empty() {
            writeln!(out)?;
        }
    }
    for note in &grid.notes {
        writeln!(out, "- {}", escape(note))?;
    }
    Ok(())
}

fn write_table(grid: &Grid, out: &mut dyn Write) -> io::Result<()> {
    let headers: Vec<String> = grid.columns.iter().map(|c| escape(&c.header)).collect();
    writeln!(out, "| {} |", headers.join(" | "))?;
    let rule: Vec<&str> = grid
        .columns
        .iter()
        .map(|c| if c.numeric { "---:" } else { "---" })
        .collect();
    writeln!(out, "| {} |", rule.join(" | "))?;
    for row in &grid.rows {
        let cells: Vec<String> = row
            .cells
            .iter()
            .map(|cell| emphasised(&cell.human(), row.style, cell.is_negative()))
            .collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

/// Headings, subtotals and totals in bold; on balance rows only the
/// deficits, so they stand out without colour.
fn emphasised(text: &str, style: Style, negative: bool) -> String {
    let text = escape(text);
    let bold = match style {
        Style::Normal => false,
        Style::Balance => negative,
        Style::Heading | Style::Subtotal | Style::Total => true,
    };
    if bold && !text.is_empty() {
        format!("**{text}**")
    } else {
        text
    }
}

/// Escapes what would break a table cell or turn into formatting; GitHub
/// reads a pair of dollar signs as math, so they are escaped too.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '|' | '\\' | '*' | '_' | '`' | '<' | '>' | '[' | ']' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}
