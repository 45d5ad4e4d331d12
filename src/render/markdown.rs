//! Markdown: a real table with right-aligned numbers and escaped cells.

use std::io::{self, Write};

use super::grid::{Grid, Style};

pub fn write_markdown(grid: &Grid, out: &mut dyn Write) -> io::Result<()> {
    if let Some((heading, rest)) = grid.title.split_first() {
        writeln!(out, "### {}\n", escape(heading))?;
        for line in rest {
            writeln!(out, "{}\n", escape(line))?;
        }
    }
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
    if !grid.notes.is_empty() {
        writeln!(out)?;
        for note in &grid.notes {
            writeln!(out, "- {}", escape(note))?;
        }
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

/// Escapes what would break a table cell or turn into formatting.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '|' | '\\' | '*' | '_' | '`' | '<' | '>' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}
