//! CSV: one header row, raw numbers, and a `row_type` column marking totals.

use std::io::{self, Write};

use super::grid::{Cell, Deferred, Grid};
use crate::number::PlainText;

/// Writes each grid's header and rows; several grids are separated by a
/// blank line (views give one grid for CSV when they can).
pub fn write_csv(grids: &[Grid], out: &mut dyn Write) -> io::Result<()> {
    for (i, grid) in grids.iter().filter(|g| !g.columns.is_empty()).enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        write_grid(grid, None, out)?;
    }
    Ok(())
}

/// One grid with a run of rows made on demand ([`Deferred`]).
pub fn write_csv_streamed(grid: &Grid, deferred: &Deferred, out: &mut dyn Write) -> io::Result<()> {
    write_grid(grid, Some(deferred), out)
}

/// Bytes gathered before each write to the output.
const CHUNK: usize = 1 << 16;

/// Writes the fields straight into one buffer: numbers never need quotes,
/// so only text goes through [`push_field`].
fn write_grid(grid: &Grid, deferred: Option<&Deferred>, out: &mut dyn Write) -> io::Result<()> {
    let mut buf: Vec<u8> = Vec::with_capacity(CHUNK * 2);
    push_field(b"row_type", &mut buf);
    for column in &grid.columns {
        buf.push(b',');
        push_field(column.key.as_bytes(), &mut buf);
    }
    buf.push(b'\n');
    let mut text = String::new();
    grid.for_each_row(deferred, |row| {
        push_field(row.kind.as_bytes(), &mut buf);
        for cell in &row.cells {
            buf.push(b',');
            match cell {
                Cell::Empty => {}
                Cell::Money(value) => buf.extend_from_slice(PlainText::new(*value).as_bytes()),
                Cell::Text(t) => {
                    text.clear();
                    push_neutralised(t, &mut text);
                    push_field(text.as_bytes(), &mut buf);
                }
                other => {
                    text.clear();
                    other.push_raw(&mut text);
                    push_field(text.as_bytes(), &mut buf);
                }
            }
        }
        buf.push(b'\n');
        if buf.len() >= CHUNK {
            out.write_all(&buf)?;
            buf.clear();
        }
        Ok(())
    })?;
    out.write_all(&buf)
}

/// One field as the csv crate writes it by default: quoted, with quotes
/// doubled, when it holds a comma, a quote or a line break.
fn push_field(field: &[u8], buf: &mut Vec<u8>) {
    if !field
        .iter()
        .any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'))
    {
        buf.extend_from_slice(field);
        return;
    }
    buf.push(b'"');
    for &b in field {
        if b == b'"' {
            buf.push(b'"');
        }
        buf.push(b);
    }
    buf.push(b'"');
}

/// A text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
/// or a tab or carriage return before one) gets a leading `'`, as OWASP
/// recommends; numbers are never text cells, so "-12000" stays a number.
fn push_neutralised(text: &str, out: &mut String) {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        out.push('\'');
    }
    out.push_str(text);
}

#[cfg(test)]
fn neutralised(text: &str) -> String {
    let mut out = String::new();
    push_neutralised(text, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_as_the_csv_crate_quotes_them() {
        let fields = ["plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", "", "é"];
        let mut ours = Vec::new();
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                ours.push(b',');
            }
            push_field(field.as_bytes(), &mut ours);
        }
        ours.push(b'\n');
        let mut theirs = csv::Writer::from_writer(Vec::new());
        theirs.write_record(fields).unwrap();
        assert_eq!(ours, theirs.into_inner().unwrap());
    }

    #[test]
    fn formula_text_is_neutralised() {
        assert_eq!(neutralised("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralised("+1"), "'+1");
        assert_eq!(neutralised("-2"), "'-2");
        assert_eq!(neutralised("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralised("\t=1"), "'\t=1");
        assert_eq!(neutralised("Network = fast"), "Network = fast");
    }
}
