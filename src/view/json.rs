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
                map.serialize_entry(year, &text)?;
            }
        }
        map.end()
    }
}

pub fn money_map<'a>(years: &'a [Year], values: &'a [Decimal]) -> YearMap<'a, Decimal> {
    YearMap {
        years,
        values,
        show: |v| Some(number::plain(*v)),
    }
}

/// Exact money as a JSON string.
pub fn money(value: Decimal) -> String {
    number::plain(value)
}
