//! JSON helpers: years as object keys, exact decimals as strings.

use rust_decimal::Decimal;
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::plan::Year;
use crate::render::number;

/// `{ "2025": "…", … }` over parallel slices of years and values.
pub struct YearMap<'a, T> {
    pub years: &'a [Year],
    pub values: &'a [T],
    pub show: fn(&T) -> Option<String>,
}

impl<T> Serialize for YearMap<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (year, value) in self.years.iter().zip(self.values) {
            if let Some(text) = (self.show)(value) {
                map.serialize_entry(number::IntText::new(*year).as_str(), &text)?;
            }
        }
        map.end()
    }
}

/// `{ "2027": …, … }`: one value per year, in the order given.
pub struct YearKeyed<T>(pub Vec<(Year, T)>);

impl<T: Serialize> Serialize for YearKeyed<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (year, value) in &self.0 {
            map.serialize_entry(&year.to_string(), value)?;
        }
        map.end()
    }
}

/// `{ "2025": "60000", … }`: exact money by year, written straight to the
/// output (no string per figure on a 100,000-initiative plan).
pub struct MoneyMap<'a> {
    pub years: &'a [Year],
    pub values: &'a [Decimal],
}

impl Serialize for MoneyMap<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.values.len().min(self.years.len())))?;
        for (year, value) in self.years.iter().zip(self.values) {
            let year = number::IntText::new(*year);
            let value = number::PlainText::new(*value);
            map.serialize_entry(year.as_str(), value.as_str())?;
        }
        map.end()
    }
}

/// Exact money as a JSON string, written without a String of its own.
#[derive(Clone, Copy)]
pub struct Money(pub Decimal);

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(number::PlainText::new(self.0).as_str())
    }
}

pub fn money_map<'a>(years: &'a [Year], values: &'a [Decimal]) -> MoneyMap<'a> {
    MoneyMap { years, values }
}

/// Exact money as a JSON string.
pub fn money(value: Decimal) -> String {
    number::plain(value)
}
