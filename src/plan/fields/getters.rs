//! One typed getter per kind of value: each reads its key with the type
//! the registry gives and reports what does not fit.

use std::ops::Range;

use rust_decimal::Decimal;

use super::Fields;
use crate::plan::model::{Start, Year};
use crate::plan::percent;
use crate::plan::registry::Type;
use crate::plan::scalar::{self, OrYears};
use crate::plan::value::{self, Amount, Problems, Value};

impl Fields<'_, '_, '_> {
    pub fn text(&mut self, key: &str) -> Option<String> {
        self.read(key, scalar::string)
    }

    pub fn year(&mut self, key: &str) -> Option<Year> {
        self.read(key, scalar::year)
    }

    pub fn money(&mut self, key: &str) -> Option<Amount> {
        self.read(key, value::money)
    }

    pub fn percent(&mut self, key: &str) -> Option<Decimal> {
        self.read(key, percent::percent)
    }

    /// A percent from 0% to 100%.
    pub fn share(&mut self, key: &str) -> Option<Decimal> {
        self.read(key, percent::share)
    }

    /// An exact number ≥ 0: hours, FTE.
    pub fn hours(&mut self, key: &str) -> Option<Decimal> {
        self.read(key, value::non_negative)
    }

    /// An exact number > 0.
    pub fn positive(&mut self, key: &str) -> Option<Decimal> {
        self.read(key, value::positive)
    }

    // For fields whose readers come with the features that need them.
    #[allow(dead_code)]
    pub fn boolean(&mut self, key: &str) -> Option<bool> {
        self.read(key, scalar::boolean)
    }

    /// A list of ids, each with where it is written.
    pub fn ids(&mut self, key: &str) -> Option<Vec<(String, Range<usize>)>> {
        self.read(key, scalar::strings)
    }

    /// A whole number in the registry's range for `key`.
    pub fn integer(&mut self, key: &str) -> Option<i64> {
        let range = match self.ty(key) {
            Some(Type::Integer { min, max }) => min..=max,
            _ => i64::MIN..=i64::MAX,
        };
        self.read(key, |v, k, p| scalar::integer_in(v, k, range, p))
    }

    /// One of the registry's words for `key`, as its index there.
    pub fn choice(&mut self, key: &str) -> Option<usize> {
        let names = match self.ty(key) {
            Some(Type::Choice(names)) => names,
            _ => &[],
        };
        self.read(key, |v, k, p| scalar::choice(v, k, names, p))
    }

    /// A year, "ongoing" or "tbd".
    pub fn start(&mut self, key: &str) -> Option<Start> {
        self.read(key, start)
    }

    /// Money, or money by year (`{ 2025 = 200_000 }`).
    pub fn money_or_years(&mut self, key: &str) -> Option<OrYears<Amount>> {
        self.read(key, |v, k, p| scalar::or_years(v, k, p, value::money))
    }

    /// Hours, or hours by year.
    pub fn hours_or_years(&mut self, key: &str) -> Option<OrYears<Decimal>> {
        self.read(key, |v, k, p| {
            scalar::or_years(v, k, p, value::non_negative)
        })
    }

    /// A table of years of hours (≥ 0).
    pub fn hours_by_year(&mut self, key: &str) -> Option<Vec<(Year, Decimal)>> {
        self.read(key, |v, k, p| {
            scalar::year_table(v, k, p, value::non_negative)
        })
    }

    /// A table of years of positive amounts.
    pub fn positive_by_year(&mut self, key: &str) -> Option<Vec<(Year, Decimal)>> {
        self.read(key, |v, k, p| scalar::year_table(v, k, p, value::positive))
    }
}

fn start(value: &Value, field: &str, problems: &mut Problems) -> Option<Start> {
    let Some(text) = value.get_ref().as_str() else {
        return scalar::year(value, field, problems).map(Start::Year);
    };
    match text.trim().to_ascii_lowercase().as_str() {
        "ongoing" => Some(Start::Ongoing),
        "tbd" => Some(Start::Tbd),
        other => {
            let help = match other.parse::<Year>() {
                Ok(year) if value::YEARS.contains(&year) => {
                    format!("write `{field} = {year}`, without quotes")
                }
                _ => format!("write `{field} = 2025` (a year, no quotes), \"ongoing\" or \"tbd\""),
            };
            problems.at(
                value.span(),
                format!("`{field}` must be a year, \"ongoing\" or \"tbd\", not \"{text}\""),
                help,
            );
            None
        }
    }
}
