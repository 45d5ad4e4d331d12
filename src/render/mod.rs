//! Writers for the grid formats. Table, CSV and Markdown each draw the
//! same [`Grid`]s; the output seam picks which.

mod cell;
pub mod csv;
pub mod grid;
pub mod html;
pub mod markdown;
pub mod number;
pub mod table;
pub mod text;
pub mod xlsx;

pub use grid::{Cell, Column, Grid, Headline, Style, Tone};

/// How a table is drawn for its reader.
#[derive(Debug, Clone, Copy, Default)]
pub struct TableOptions {
    /// ANSI colour and bold.
    pub color: bool,
    /// Fit the table to this many columns; None draws it whole.
    pub width: Option<usize>,
}
