//! The grid every human and CSV format is drawn from.

use rust_decimal::Decimal;

use crate::number;

#[derive(Debug, Clone)]
pub struct Column {
    /// Shown to people.
    pub header: String,
    /// The CSV header: lower case, no spaces.
    pub key: String,
    pub numeric: bool,
    /// Names the row: repeated in every block when a table too wide for
    /// the screen is split into blocks of columns.
    pub names_row: bool,
}

impl Column {
    pub fn text(header: &str, key: &str) -> Self {
        Column {
            header: header.into(),
            key: key.into(),
            numeric: false,
            names_row: false,
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
            names_row: false,
        }
    }

    /// This column names the row (an id, a year, a row letter).
    pub fn naming(mut self) -> Self {
        self.names_row = true;
        self
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
    /// A row that fails the run (a figure that does not reconcile): red in
    /// colour, bold in Markdown, marked in HTML.
    Problem,
}

/// Which way a change is bad news, for colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// A rise is bad: a cost or a tax impact growing (red), a fall good (green).
    RiseIsBad,
    /// A fall is bad: a capacity surplus shrinking (red), a rise good (green).
    FallIsBad,
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
    /// Money partly unknown: the known part, plus a "tbd" amount that is
    /// in no total ("6,000 + tbd").
    Partial(Decimal),
    /// A figure shown with a fixed number of decimals (hours, FTE).
    Fixed(Decimal, u32),
    /// A percent shown with `dp` decimals to people; CSV keeps `csv_dp`.
    Percent {
        value: Decimal,
        dp: u32,
        csv_dp: u32,
    },
    /// A signed change ("+65,000"): money when `dp` is None, else `dp`
    /// fixed decimals; coloured by `tone`.
    Change {
        value: Decimal,
        dp: Option<u32>,
        tone: Tone,
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
            Cell::Money(v)
            | Cell::Partial(v)
            | Cell::Fixed(v, _)
            | Cell::Percent { value: v, .. }
            | Cell::Change { value: v, .. } => v.is_sign_negative() && !v.is_zero(),
            _ => false,
        }
    }

    /// Good (Some(true)) or bad (Some(false)) news, for colour; None when neutral.
    pub fn good_news(&self) -> Option<bool> {
        match self {
            Cell::Change { value, tone, .. } if !value.is_zero() => {
                let rose = value.is_sign_positive();
                Some(rose == (*tone == Tone::FallIsBad))
            }
            _ => None,
        }
    }

    /// Decimals this cell's money needs alone (0 for other cells).
    pub fn money_decimals(&self) -> u32 {
        match self {
            Cell::Money(v) | Cell::Partial(v) => number::money_decimals(*v),
            Cell::Change {
                value, dp: None, ..
            } => number::money_decimals(*value),
            _ => 0,
        }
    }

    /// The cell for people: grouped thousands.
    pub fn human(&self) -> String {
        self.human_with(0)
    }

    /// [`Cell::human_with`], appended to `out`; money without allocating.
    pub fn push_human(&self, money_dp: u32, out: &mut String) {
        match self {
            Cell::Empty => {}
            Cell::Text(text) => out.push_str(text),
            Cell::Money(value) => number::push_money(out, *value, money_dp),
            other => out.push_str(&other.human_with(money_dp)),
        }
    }

    /// [`Cell::raw`], appended to `out`; money without allocating.
    pub fn push_raw(&self, out: &mut String) {
        match self {
            Cell::Empty => {}
            Cell::Text(text) => out.push_str(text),
            Cell::Money(value) => number::push_plain(out, *value),
            other => out.push_str(&other.raw()),
        }
    }

    /// The cell for people, money with at least `money_dp` decimals so the
    /// amounts of a column line up.
    pub fn human_with(&self, money_dp: u32) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.clone(),
            Cell::Money(value) => number::money_with(*value, money_dp),
            Cell::Partial(value) if value.is_zero() => "tbd".into(),
            Cell::Partial(value) => format!("{} + tbd", number::money_with(*value, money_dp)),
            Cell::Fixed(value, dp) => number::grouped_fixed(*value, *dp),
            Cell::Percent { value, dp, .. } => format!("{}%", number::fixed(*value, *dp)),
            Cell::Change { value, dp, .. } => {
                let text = match dp {
                    None => number::money_with(*value, money_dp),
                    Some(dp) => number::grouped_fixed(*value, *dp),
                };
                signed(text, *value)
            }
            Cell::Tbd => "tbd".into(),
        }
    }

    /// The cell for machines: raw numbers, no separators or symbols.
    pub fn raw(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.clone(),
            Cell::Money(value) => number::plain(*value),
            Cell::Partial(value) if value.is_zero() => "tbd".into(),
            Cell::Partial(value) => format!("{} + tbd", number::plain(*value)),
            Cell::Fixed(value, dp) => number::fixed(*value, *dp),
            Cell::Percent { value, csv_dp, .. } => number::fixed(*value, *csv_dp),
            Cell::Change { value, dp, .. } => match dp {
                None => number::plain(*value),
                Some(dp) => number::fixed(*value, *dp),
            },
            Cell::Tbd => "tbd".into(),
        }
    }
}

/// "+" before a rise that shows as one; a fall carries its "-".
fn signed(text: String, value: Decimal) -> String {
    let shown = text.chars().any(|c| ('1'..='9').contains(&c));
    if value > Decimal::ZERO && shown {
        format!("+{text}")
    } else if shown {
        text
    } else {
        // "-0.00" and "+0.00" both read as no change.
        text.trim_start_matches('-').to_string()
    }
}

/// Rows made on demand, for a grid too long to hold a cell per row of:
/// the writers pull them one at a time.
pub trait RowSource {
    fn len(&self) -> usize;

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Writes row `n` into `row`, reusing its cells' storage.
    fn fill(&self, n: usize, row: &mut Row);
}

/// A run of rows from a [`RowSource`], shown before the grid's row `at`.
#[derive(Clone, Copy)]
pub struct Deferred<'a> {
    pub at: usize,
    pub source: &'a dyn RowSource,
}

impl Cell {
    /// Makes this cell the text given, reusing its String when it has one.
    pub fn set_text(&mut self, text: &str) {
        match self {
            Cell::Text(own) => {
                own.clear();
                own.push_str(text);
            }
            other => *other = Cell::Text(text.to_owned()),
        }
    }
}

/// A grid whose rows from `at` on start with the rows of `source`.
pub struct Streamed<'a> {
    pub grid: Grid,
    pub at: usize,
    pub source: Box<dyn RowSource + 'a>,
}

impl Streamed<'_> {
    pub fn deferred(&self) -> Deferred<'_> {
        Deferred {
            at: self.at,
            source: &*self.source,
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

    /// Per column, the decimals its money is shown with: all cents or none.
    pub fn money_decimals(&self) -> Vec<u32> {
        self.money_decimals_with(None)
    }

    /// [`Grid::money_decimals`] over the grid's rows and the deferred ones.
    pub fn money_decimals_with(&self, deferred: Option<&Deferred>) -> Vec<u32> {
        let mut dp = vec![0; self.columns.len()];
        let _ = self.for_each_row(deferred, |row| {
            for (d, cell) in dp.iter_mut().zip(&row.cells) {
                *d = (*d).max(cell.money_decimals());
            }
            Ok(())
        });
        dp
    }

    /// Calls `visit` with every row in order: the grid's own and, at their
    /// place, the deferred ones, made one at a time in one reused row.
    pub fn for_each_row(
        &self,
        deferred: Option<&Deferred>,
        mut visit: impl FnMut(&Row) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let at = deferred.map_or(self.rows.len(), |d| d.at.min(self.rows.len()));
        self.rows[..at].iter().try_for_each(&mut visit)?;
        if let Some(deferred) = deferred {
            let mut row = Row {
                kind: "",
                style: Style::Normal,
                cells: Vec::with_capacity(self.columns.len()),
            };
            for n in 0..deferred.source.len() {
                deferred.source.fill(n, &mut row);
                visit(&row)?;
            }
        }
        self.rows[at..].iter().try_for_each(visit)
    }

    /// The columns that name a row: those marked, else the first.
    pub fn naming_columns(&self) -> Vec<usize> {
        let marked: Vec<usize> = (0..self.columns.len())
            .filter(|&i| self.columns[i].names_row)
            .collect();
        if marked.is_empty() && !self.columns.is_empty() {
            vec![0]
        } else {
            marked
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[test]
    fn partly_unknown_money_shows_its_known_part_and_the_mark() {
        assert_eq!(Cell::Partial(d("6000")).human(), "6,000 + tbd");
        assert_eq!(Cell::Partial(d("6000")).raw(), "6000 + tbd");
        assert_eq!(Cell::Partial(d("0")).human(), "tbd");
    }

    #[test]
    fn changes_are_signed_and_toned() {
        let rise = Cell::Change {
            value: d("65000"),
            dp: None,
            tone: Tone::RiseIsBad,
        };
        assert_eq!(rise.human(), "+65,000");
        assert_eq!(rise.good_news(), Some(false));
        let fall = Cell::Change {
            value: d("-0.1825"),
            dp: Some(4),
            tone: Tone::RiseIsBad,
        };
        assert_eq!(fall.human(), "-0.1825");
        assert_eq!(fall.good_news(), Some(true));
        let nothing = Cell::Change {
            value: d("-0.00001"),
            dp: Some(2),
            tone: Tone::FallIsBad,
        };
        assert_eq!(nothing.human(), "0.00");
    }
}
