//! A TOML table read field by field, with unknown keys reported.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use super::value::{Problems, Value};

/// A table of the plan whose keys have been checked against the known ones.
pub struct Fields<'a, 'i> {
    table: &'a DeTable<'i>,
    span: Range<usize>,
    what: &'static str,
}

impl<'a, 'i> Fields<'a, 'i> {
    /// Reads `value` as the table `what` (e.g. "[[initiative]]"), reporting
    /// every key not in `known`, with a suggestion when one is close.
    pub fn new(
        value: &'a Value<'i>,
        what: &'static str,
        known: &[&str],
        problems: &mut Problems,
    ) -> Option<Self> {
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
            if !known.contains(&key.get_ref().as_ref()) {
                problems.push(unknown_key(key.get_ref(), key.span(), what, known));
            }
        }
        Some(Fields {
            table,
            span: value.span(),
            what,
        })
    }

    pub fn get(&self, key: &str) -> Option<&'a Value<'i>> {
        self.table.get(key)
    }

    /// The value of a key the table must have; its absence is reported.
    pub fn required(
        &self,
        key: &str,
        example: &str,
        problems: &mut Problems,
    ) -> Option<&'a Value<'i>> {
        let value = self.get(key);
        if value.is_none() {
            problems.at(
                self.header_span(),
                format!("{} is missing `{key}`", self.what),
                format!("add `{key} = {example}`"),
            );
        }
        value
    }

    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// The span to point at for the table as a whole: its first line.
    pub fn header_span(&self) -> Range<usize> {
        self.span.clone()
    }
}

fn unknown_key(
    key: &str,
    span: Range<usize>,
    what: &str,
    known: &[&str],
) -> crate::diagnostic::Diagnostic {
    let closest = known
        .iter()
        .map(|candidate| (strsim::jaro_winkler(key, candidate), candidate))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let help = match closest {
        Some((_, candidate)) => format!("did you mean `{candidate}`?"),
        None => format!("{what} accepts: {}", known.join(", ")),
    };
    crate::diagnostic::Diagnostic::error(Some(span), format!("unknown key `{key}` in {what}"))
        .label("unknown key")
        .help(help)
}
