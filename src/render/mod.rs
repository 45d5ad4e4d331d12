//! Output formats. Table, CSV and Markdown draw one `Grid`; JSON
//! serializes the typed report.

pub mod csv;
pub mod grid;
pub mod html;
pub mod markdown;
pub mod number;
pub mod table;

use std::io::{self, Write};

pub use grid::{Cell, Column, Grid, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
    Markdown,
}

/// Writes a grid in one of the grid formats.
pub fn write_grid(grid: &Grid, format: Format, color: bool, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Table => table::write_table(grid, color, out),
        Format::Csv => csv::write_csv(grid, out),
        Format::Markdown => markdown::write_markdown(grid, out),
        Format::Json => Err(io::Error::other(
            "JSON is written from the report, not the grid",
        )),
    }
}

/// Writes any serializable report as pretty JSON with a final newline.
pub fn write_json<T: serde::Serialize>(report: &T, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    writeln!(out)
}
