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
    for row in &grid.rows {
        let cells =
            std::iter::once(row.kind.to_string()).chain(row.cells.iter().map(|cell| match cell {
                Cell::Text(text) => neutralised(text),
                other => other.raw(),
            }));
        writer.write_record(cells).map_err(into_io)?;
    }
    Ok(())
}

/// A text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
/// or a tab or carriage return before one) gets a leading `'`, as OWASP
/// recommends; numbers are never text cells, so "-12000" stays a number.
fn neutralised(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
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
