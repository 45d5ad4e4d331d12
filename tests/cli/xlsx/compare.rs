//! Reads a recalculated workbook back and holds it against itplan's JSON,
//! figure by figure, to the cent.

use std::io::Cursor;
use std::str::FromStr;

use calamine::{Data, Range, Reader, Xlsx};
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::Value;

pub struct Sheet {
    name: String,
    range: Range<Data>,
}

pub fn sheet(workbook: &[u8], name: &str) -> Sheet {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(workbook.to_vec())).expect("an xlsx workbook");
    let range = book
        .worksheet_range(name)
        .unwrap_or_else(|e| panic!("sheet {name}: {e}"));
    Sheet {
        name: name.into(),
        range,
    }
}

impl Sheet {
    pub fn get(&self, row: u32, col: u32) -> &Data {
        self.range.get_value((row, col)).unwrap_or(&Data::Empty)
    }

    pub fn text(&self, row: u32, col: u32) -> String {
        match self.get(row, col) {
            Data::String(s) => s.clone(),
            other => other.to_string(),
        }
    }

    /// The first row whose cell in `col` satisfies `matches`.
    pub fn row_where(&self, col: u32, matches: impl Fn(&str) -> bool) -> Option<u32> {
        let (first, last) = (self.range.start()?, self.range.end()?);
        (first.0..=last.0).find(|&row| matches(&self.text(row, col)))
    }

    pub fn row_of(&self, col: u32, label: &str) -> u32 {
        self.row_where(col, |text| text == label)
            .unwrap_or_else(|| panic!("{}: no row labelled {label:?}", self.name))
    }

    pub fn row_starting(&self, col: u32, prefix: &str) -> u32 {
        self.row_where(col, |text| text.starts_with(prefix))
            .unwrap_or_else(|| panic!("{}: no row starting {prefix:?}", self.name))
    }

    /// The column holding `year` in the header row.
    pub fn year_col(&self, header: u32, year: i64) -> u32 {
        let last = self.range.end().map_or(0, |e| e.1);
        (0..=last)
            .find(|&col| matches!(self.get(header, col), Data::Float(y) if *y == year as f64))
            .unwrap_or_else(|| panic!("{}: no column for {year}", self.name))
    }
}

/// Half away from zero, as the contract rounds.
pub fn rounded(value: Decimal, dp: u32) -> Decimal {
    value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

/// A JSON figure (an exact decimal string) rounded to `dp` decimals.
pub fn json_figure(value: &Value, dp: u32) -> Decimal {
    let text = value
        .as_str()
        .unwrap_or_else(|| panic!("a decimal string, got {value}"));
    rounded(Decimal::from_str(text).expect("a decimal"), dp)
}

/// A workbook number rounded to `dp` decimals; None when not a number.
pub fn cell_figure(data: &Data, dp: u32) -> Option<Decimal> {
    match data {
        Data::Float(f) => Some(rounded(Decimal::from_str(&f.to_string()).ok()?, dp)),
        Data::Int(i) => Some(Decimal::from(*i)),
        _ => None,
    }
}

/// Counts the figures compared, so no test passes by comparing nothing.
#[derive(Default)]
pub struct Tally {
    pub compared: usize,
}

impl Tally {
    /// The cell at (row, col) equals the JSON figure at `dp` decimals.
    pub fn same(&mut self, sheet: &Sheet, row: u32, col: u32, json: &Value, dp: u32, what: &str) {
        let expected = json_figure(json, dp);
        let found = cell_figure(sheet.get(row, col), dp);
        assert_eq!(
            found,
            Some(expected),
            "{}: {what}: the workbook says {:?}, itplan says {expected}",
            sheet.name,
            sheet.get(row, col)
        );
        self.compared += 1;
    }

    /// The cell holds `text`.
    pub fn text(&mut self, sheet: &Sheet, row: u32, col: u32, text: &str, what: &str) {
        let found = sheet.text(row, col);
        assert_eq!(found, text, "{}: {what}", sheet.name);
        self.compared += 1;
    }
}

impl Sheet {
    /// The column whose header row cell reads `label`.
    pub fn col_of(&self, header: u32, label: &str) -> Option<u32> {
        let last = self.range.end().map_or(0, |e| e.1);
        (0..=last).find(|&col| self.text(header, col) == label)
    }
}
