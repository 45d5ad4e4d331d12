//! The grid every human and CSV format is drawn from.

pub use super::cell::{Cell, Tone};

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

#[derive(Debug, Clone)]
pub struct Row {
    /// What the row is, for the CSV `row_type` column.
    pub kind: &'static str,
    pub style: Style,
    pub cells: Vec<Cell>,
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
