//! A table of the plan read field by field through the registry: unknown
//! keys reported (with a suggestion), `x-` annotations skipped, and one
//! typed getter per kind of value, so each key is named once.

mod getters;
mod tables;

use std::ops::{Range, RangeInclusive};

use toml::de::{DeTable, DeValue};

use super::model::Year;
use super::registry::{Field, Table, Type};
use super::scalar::is_annotation;
use super::value::{self, Problems, Value};
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
