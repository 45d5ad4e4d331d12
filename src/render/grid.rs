//! The grid every human and CSV format is drawn from.

use rust_decimal::Decimal;

use super::number;

#[derive(Debug, Clone)]
pub struct Column {
    /// Shown to people.
    pub header: String,
    /// The CSV header: lower case, no spaces.
    pub key: String,
    pub numeric: bool,
}

impl Column {
    pub fn text(header: &str, key: &str) -> Self {
        Column {
            header: header.into(),
            key: key.into(),
            numeric: false,
        }
    }

    /// One numeric column per year, headed and keyed by the year.
    pub fn years(years: &[i32]) -> impl Iterator<Item = Column> + '_ {
        years
            .iter()
            .map(|y| Column::number(y.to_string(), y.to_string()))
    }

    pub fn number(header: impl Into<String>, key: impl Into<String>) -> Self {
        Column {
            header: header.into(),
            key: key.into(),
            numeric: true,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Normal,
    Heading,
    Subtotal,
    Total,
    /// A surplus/deficit row: its negative cells are deficits, bold in
    /// Markdown and red in colour, the rest of the row left plain.
    Balance,
}

#[derive(Debug, Clone)]
pub struct Row {
    /// What the row is, for the CSV `row_type` column.
    pub kind: &'static str,
    pub style: Style,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Money(Decimal),
    /// A figure shown with a fixed number of decimals (hours, FTE).
    Fixed(Decimal, u32),
    /// A percent shown with `dp` decimals to people; CSV keeps `csv_dp`.
    Percent {
        value: Decimal,
        dp: u32,
        csv_dp: u32,
    },
    /// Not yet known: never shown as zero.
    Tbd,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Self {
        Cell::Text(text.into())
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Cell::Money(v) | Cell::Fixed(v, _) | Cell::Percent { value: v, .. } => {
                v.is_sign_negative() && !v.is_zero()
            }
            _ => false,
        }
    }

    /// The cell for people: grouped thousands.
    pub fn human(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.clone(),
            Cell::Money(value) => number::money(*value),
            Cell::Fixed(value, dp) => number::grouped_fixed(*value, *dp),
            Cell::Percent { value, dp, .. } => format!("{}%", number::fixed(*value, *dp)),
            Cell::Tbd => "tbd".into(),
        }
    }

    /// The cell for machines: raw numbers, no separators or symbols.
    pub fn raw(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.clone(),
            Cell::Money(value) => number::plain(*value),
            Cell::Fixed(value, dp) => number::fixed(*value, *dp),
            Cell::Percent { value, csv_dp, .. } => number::fixed(*value, *csv_dp),
            Cell::Tbd => "tbd".into(),
        }
    }
}

/// A titled table with notes under it. A grid without columns is a
/// titled list: its notes alone are shown (bullets in Markdown).
#[derive(Debug, Clone, Default)]
pub struct Grid {
    /// The first line is the heading; the rest follow it.
    pub title: Vec<String>,
    /// The one line a reader needs first, set apart after the heading.
    pub headline: Option<Headline>,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub notes: Vec<String>,
    /// Markdown folds the grid under this summary (`<details>`), for detail
    /// a reviewer opens when needed.
    pub fold: Option<String>,
}

/// A verdict line: bold in Markdown, flagged when it reports a problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    pub text: String,
    /// A problem the user asked to find (red on a terminal, ❌ in Markdown).
    pub alarm: bool,
}

impl Grid {
    pub fn push(&mut self, kind: &'static str, style: Style, cells: Vec<Cell>) {
        debug_assert_eq!(cells.len(), self.columns.len());
        self.rows.push(Row { kind, style, cells });
    }
}
