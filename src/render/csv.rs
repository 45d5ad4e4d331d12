//! CSV: one header row, raw numbers, and a `row_type` column marking totals.

use std::io::{self, Write};

use super::grid::Grid;

pub fn write_csv(grid: &Grid, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    let header = std::iter::once("row_type").chain(grid.columns.iter().map(|c| c.key.as_str()));
    writer.write_record(header).map_err(into_io)?;
    for row in &grid.rows {
        let cells =
            std::iter::once(row.kind.to_string()).chain(row.cells.iter().map(|cell| cell.raw()));
        writer.write_record(cells).map_err(into_io)?;
    }
    writer.flush()
}

fn into_io(error: csv::Error) -> io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(error) => error,
        other => io::Error::other(format!("{other:?}")),
    }
}
