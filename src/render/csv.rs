//! CSV: one header row, raw numbers, and a `row_type` column marking totals.

use std::io::{self, Write};

use super::grid::{Cell, Grid};

/// Writes each grid's header and rows; several grids are separated by a
/// blank line (views give one grid for CSV when they can).
pub fn write_csv(grids: &[Grid], out: &mut dyn Write) -> io::Result<()> {
    for (i, grid) in grids.iter().filter(|g| !g.columns.is_empty()).enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let mut writer = csv::Writer::from_writer(&mut *out);
        write_grid(grid, &mut writer)?;
        writer.flush()?;
    }
    Ok(())
}

fn write_grid<W: Write>(grid: &Grid, writer: &mut csv::Writer<W>) -> io::Result<()> {
    let header = std::iter::once("row_type").chain(grid.columns.iter().map(|c| c.key.as_str()));
    writer.write_record(header).map_err(into_io)?;
    // One buffer for a row's fields, reused: no string per cell.
    let mut buf = String::new();
    let mut ends: Vec<usize> = Vec::with_capacity(grid.columns.len() + 1);
    for row in &grid.rows {
        buf.clear();
        ends.clear();
        buf.push_str(row.kind);
        ends.push(buf.len());
        for cell in &row.cells {
            match cell {
                Cell::Text(text) => push_neutralised(text, &mut buf),
                other => other.push_raw(&mut buf),
            }
            ends.push(buf.len());
        }
        let fields = ends.iter().scan(0, |start, &end| {
            let field = &buf[*start..end];
            *start = end;
            Some(field)
        });
        writer.write_record(fields).map_err(into_io)?;
    }
    Ok(())
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

fn into_io(error: csv::Error) -> io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(error) => error,
        other => io::Error::other(format!("{other:?}")),
    }
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
