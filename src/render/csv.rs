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

/// Writes through the csv crate, which quotes a field only when it holds a
/// comma, a quote or a line break; figures are formatted on the stack.
fn write_grid(grid: &Grid, deferred: Option<&Deferred>, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = csv::WriterBuilder::new()
        .buffer_capacity(1 << 16)
        .from_writer(out);
    let header = std::iter::once("row_type").chain(grid.columns.iter().map(|c| c.key.as_str()));
    writer.write_record(header).map_err(into_io)?;
    let mut text = String::new();
    grid.for_each_row(deferred, |row| {
        writer.write_field(row.kind).map_err(into_io)?;
        for cell in &row.cells {
            match cell {
                Cell::Empty => writer.write_field(b""),
                Cell::Money(value) => writer.write_field(PlainText::new(*value).as_bytes()),
                Cell::Text(t) => {
                    text.clear();
                    push_neutralised(t, &mut text);
                    writer.write_field(text.as_bytes())
                }
                other => {
                    text.clear();
                    other.push_raw(&mut text);
                    writer.write_field(text.as_bytes())
                }
            }
            .map_err(into_io)?;
        }
        writer.write_record(None::<&[u8]>).map_err(into_io)
    })?;
    writer.flush()
}

fn into_io(error: csv::Error) -> io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(error) => error,
        other => io::Error::other(format!("{other:?}")),
    }
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
    fn formula_text_is_neutralised() {
        assert_eq!(neutralised("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralised("+1"), "'+1");
        assert_eq!(neutralised("-2"), "'-2");
        assert_eq!(neutralised("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralised("\t=1"), "'\t=1");
        assert_eq!(neutralised("Network = fast"), "Network = fast");
    }
}
