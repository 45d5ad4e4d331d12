//! CSV: one header row, raw numbers, and a `row_type` column marking totals.

use std::io::{self, Write};

use super::grid::Grid;

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
            std::iter::once(row.kind.to_string()).chain(row.cells.iter().map(|cell| cell.raw()));
        writer.write_record(cells).map_err(into_io)?;
    }
    Ok(())
}

fn into_io(error: csv::Error) -> io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(error) => error,
        other => io::Error::other(format!("{other:?}")),
    }
}
