//! A table of the plan read field by field through the registry: unknown
//! keys reported (with a suggestion), `x-` annotations skipped, and one
//! typed getter per kind of value, so each key is named once.

use std::ops::{Range, RangeInclusive};

use rust_decimal::Decimal;
use toml::de::{DeTable, DeValue};

use super::model::{Start, Year};
use super::percent;
use super::registry::{Field, Table, Type};
use super::scalar::{self, OrYears, is_annotation};
use super::value::{self, Amount, Problems, Value};
use crate::diagnostic::Diagnostic;

/// Up to this many keys, a table is searched by comparing keys in order.
const LINEAR_LOOKUP: usize = 24;

/// One table of the plan, its problems collected in `problems`.
pub struct Fields<'a, 'i, 'p> {
    table: &'a DeTable<'i>,
    span: Range<usize>,
    spec: &'static Table,
    problems: &'p mut Problems,
}

impl<'a, 'i, 'p> Fields<'a, 'i, 'p> {
    /// Reads `value` as the table `spec`, reporting every key the registry
    /// does not list (annotations aside), with a suggestion when one is close.
    pub fn new(
        value: &'a Value<'i>,
        spec: &'static Table,
        problems: &'p mut Problems,
    ) -> Option<Self> {
        let what = spec.header;
        let DeValue::Table(table) = value.get_ref() else {
            problems.at(
                value.span(),
                format!(
                    "{what} must be a table, found {}",
                    value.get_ref().type_str()
                ),
                format!("write it as {what} followed by key = value lines"),
            );
            return None;
        };
        for (key, _) in table.iter() {
            let key_text = key.get_ref().as_ref();
            if spec.field(key_text).is_none() && !is_annotation(key_text) {
                problems.push(unknown_key(key_text, key.span(), spec));
            }
        }
        Some(Fields {
            table,
            span: value.span(),
            spec,
            problems,
        })
    }

    /// The raw value of `key`, if written.
    pub fn get(&self, key: &str) -> Option<&'a Value<'i>> {
        // A plan's tables hold a handful of keys, and most getters ask for
        // one that is absent: comparing the few written keys is several
        // times cheaper than hashing the asked one (100,000 initiatives).
        if self.table.len() <= LINEAR_LOOKUP {
            self.table
                .iter()
                .find(|(k, _)| k.get_ref().as_ref() == key)
                .map(|(_, v)| v)
        } else {
            self.table.get(key)
        }
    }

    pub fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Where the table is written (its header line).
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// Where `key`'s value is written, or the table when it is absent.
    pub fn span_of(&self, key: &str) -> Range<usize> {
        self.get(key).map_or(self.span(), |v| v.span())
    }

    pub fn problems(&mut self) -> &mut Problems {
        self.problems
    }

    /// A located error at `key` (or the table), with what would be valid.
    pub fn error_at(&mut self, key: &str, message: impl Into<String>, help: impl Into<String>) {
        let span = self.span_of(key);
        self.problems.at(span, message, help);
    }

    /// A located warning at `key` (or the table); `kind` groups it in summaries.
    pub fn warning_at(&mut self, key: &str, kind: &'static str, message: String, help: String) {
        let span = self.span_of(key);
        let warning = Diagnostic::warning(Some(span), message)
            .help(help)
            .kind(kind);
        self.problems.push(warning);
    }

    /// The registry's entry for `key`; reading a key it does not list is a
    /// bug in the reader, caught by the tests.
    fn field(&self, key: &str) -> Option<&'static Field> {
        let field = self.spec.field(key);
        debug_assert!(
            field.is_some(),
            "{key} is not registered in {}",
            self.spec.header
        );
        field
    }

    /// The value of `key` read by `read`; a required key's absence is reported.
    fn read<T>(
        &mut self,
        key: &str,
        read: impl FnOnce(&Value, &str, &mut Problems) -> Option<T>,
    ) -> Option<T> {
        let Some(value) = self.get(key) else {
            if let Some(example) = self.field(key).and_then(|f| f.required) {
                let what = self.spec.header;
                self.problems.at(
                    self.span.clone(),
                    format!("{what} is missing `{key}`"),
                    format!("add `{key} = {example}`"),
                );
            }
            return None;
        };
        read(value, key, self.problems)
    }

    fn ty(&self, key: &str) -> Option<Type> {
        self.field(key).map(|field| field.ty)
    }

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

    /// The sub-table `key`, read by `read`.
    pub fn table<T>(
        &mut self,
        key: &str,
        read: impl FnOnce(&mut Fields) -> Option<T>,
    ) -> Option<T> {
        let Some(Type::Table(spec)) = self.ty(key) else {
            return None;
        };
        let value = self.get(key)?;
        let mut fields = Fields::new(value, spec, self.problems)?;
        read(&mut fields)
    }

    /// Each table of the array of tables `key` (e.g. `[[initiative]]`).
    pub fn tables<T>(
        &mut self,
        key: &str,
        mut read: impl FnMut(&mut Fields) -> Option<T>,
    ) -> Vec<T> {
        let Some(Type::Tables(spec)) = self.ty(key) else {
            return Vec::new();
        };
        let Some(value) = self.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            let what = spec.header;
            self.problems.at(
                value.span(),
                format!(
                    "{what} must be an array of tables, found {}",
                    value.get_ref().type_str()
                ),
                format!("write each entry under its own {what} header"),
            );
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items.iter() {
            if let Some(mut fields) = Fields::new(item, spec, self.problems)
                && let Some(read) = read(&mut fields)
            {
                out.push(read);
            }
        }
        out
    }

    /// Warns at each year key of the table `key` that lies outside `years`:
    /// a figure a report would otherwise drop or place without a word.
    pub fn warn_years_outside(
        &mut self,
        key: &str,
        years: &RangeInclusive<Year>,
        kind: impl Fn(Year) -> &'static str,
        warning: impl Fn(Year) -> (String, String),
    ) {
        let Some(DeValue::Table(table)) = self.get(key).map(|v| v.get_ref()) else {
            return;
        };
        for (year_key, _) in table.iter() {
            // Keys that are not years were reported when the table was read.
            let Ok(year) = year_key.get_ref().trim().parse::<Year>() else {
                continue;
            };
            if value::YEARS.contains(&year) && !years.contains(&year) {
                let (message, help) = warning(year);
                let diagnostic = Diagnostic::warning(Some(year_key.span()), message)
                    .help(help)
                    .kind(kind(year));
                self.problems.push(diagnostic);
            }
        }
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

fn unknown_key(key: &str, span: Range<usize>, spec: &Table) -> Diagnostic {
    let what = spec.header;
    let closest = spec
        .names()
        .map(|candidate| (strsim::jaro_winkler(key, candidate), candidate))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let as_annotation = format!(
        "x-{}",
        key.trim_start_matches(['x', 'X'])
            .trim_start_matches(['_', '-'])
    );
    let help = match closest {
        _ if key.len() > 2 && (key.starts_with("x_") || key.starts_with("X-")) => {
            format!("annotations start with a lowercase `x-`: write `{as_annotation}`")
        }
        Some((_, candidate)) => format!("did you mean `{candidate}`?"),
        None => format!(
            "{what} accepts: {}; to keep a note of your own, name it `x-{key}`",
            spec.names().collect::<Vec<_>>().join(", ")
        ),
    };
    Diagnostic::error(Some(span), format!("unknown key `{key}` in {what}"))
        .label("unknown key")
        .help(help)
}
