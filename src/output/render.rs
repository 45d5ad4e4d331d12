//! What a command hands the output seam: a view of its report that can
//! draw itself as grids (table, CSV, Markdown), JSON, and optionally a
//! workbook or a page.

use std::io::{self, Write};

use crate::error::Error;
use crate::render::Grid;
use crate::render::grid::Streamed;

/// A report ready for output. Implement `command`, `grids` and `json`; the
/// rest have defaults.
pub trait Render {
    /// The command that made the report, for messages: "budget".
    fn command(&self) -> &'static str;

    /// The tables a reader sees, in order (table, and by default CSV and Markdown).
    fn grids(&self) -> Vec<Grid>;

    /// The grids for CSV: usually the same; one long grid when the
    /// tables' columns differ (a spreadsheet filters one table).
    fn csv_grids(&self) -> Vec<Grid> {
        self.grids()
    }

    /// The grids for Markdown, when a pull-request comment or a council
    /// report wants another arrangement (folded detail, lists).
    fn markdown_grids(&self) -> Vec<Grid> {
        self.grids()
    }

    /// The one grid of [`Render::grids`] (and of CSV and Markdown) with its
    /// long run of rows made on demand, for the writers that stream: no
    /// cell is held per row of a large plan. None writes the grids.
    fn streamed(&self) -> Option<Streamed<'_>> {
        None
    }

    /// The contract's JSON, streamed (use [`write_json`] for a `Serialize` value).
    fn json(&self, out: &mut dyn Write) -> io::Result<()>;

    /// An Excel workbook; None when this command cannot write one.
    fn xlsx(&self) -> Option<Result<Vec<u8>, Error>> {
        None
    }

    /// A self-contained HTML page; None when this command cannot write one.
    fn html(&self) -> Option<Result<String, Error>> {
        None
    }
}

/// Any serializable report as pretty JSON with a final newline.
pub fn write_json<T: serde::Serialize + ?Sized>(value: &T, out: &mut dyn Write) -> io::Result<()> {
    // A buffer of a known type lets the serializer's many small writes
    // inline, instead of a call through `dyn Write` for each.
    let mut buffered = io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut buffered, value)?;
    writeln!(buffered)?;
    buffered.flush()
}
