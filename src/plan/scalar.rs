//! Years, year tables, text, choices, whole numbers, flags and lists.

use std::ops::{Range, RangeInclusive};

use toml::Spanned;
use toml::de::{DeString, DeValue};

use super::value::{Problems, Value, YEARS};

/// A figure given once, or per year (`{ 2025 = 200_000 }`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrYears<T> {
    One(T),
    ByYear(Vec<(i32, T)>),
}

/// A calendar year, 1900..=2200.
pub fn year(value: &Value, field: &str, problems: &mut Problems) -> Option<i32> {
    match value.get_ref() {
        DeValue::Integer(int) if int.radix() == 10 => {
            year_from_text(int.as_str(), value.span(), field, problems)
        }
        DeValue::String(text) => {
            let help = match text.trim().parse::<i32>() {
                Ok(year) if YEARS.contains(&year) => {
                    format!("write `{field} = {year}`, without quotes")
                }
                _ => format!("write a year such as `{field} = 2025`, without quotes"),
            };
            problems.at(
                value.span(),
                format!("`{field}` must be a year, not the text \"{text}\""),
                help,
            );
            None
        }
        other => {
            problems.at(
                value.span(),
                format!("`{field}` must be a year, found {}", other.type_str()),
                format!("write a year such as `{field} = 2025` (no quotes)"),
            );
            None
        }
    }
}

/// A year used as a table key, as in `{ 2025 = 200_000 }`.
pub fn year_key(key: &Spanned<DeString>, field: &str, problems: &mut Problems) -> Option<i32> {
    year_from_text(key.get_ref(), key.span(), field, problems)
}

fn year_from_text(
    text: &str,
    span: Range<usize>,
    field: &str,
    problems: &mut Problems,
) -> Option<i32> {
    match text.trim().parse::<i32>() {
        Ok(year) if YEARS.contains(&year) => Some(year),
        _ => {
            problems.at(
                span,
                format!("`{field}`: {text} is not a year between 1900 and 2200"),
                "write a year such as 2025",
            );
            None
        }
    }
}

/// A table of years, such as `by_year = { 2025 = 126_250_000 }`, in year
/// order. Annotation keys (`x-…`) are skipped.
pub fn year_table<T>(
    value: &Value,
    field: &str,
    problems: &mut Problems,
    mut read: impl FnMut(&Value, &str, &mut Problems) -> Option<T>,
) -> Option<Vec<(i32, T)>> {
    let DeValue::Table(table) = value.get_ref() else {
        problems.at(
            value.span(),
            format!(
                "`{field}` must be a table of years, found {}",
                value.get_ref().type_str()
            ),
            format!("write `{field} = {{ 2025 = 1000, 2026 = 2000 }}`"),
        );
        return None;
    };
    let mut entries: Vec<(i32, T)> = table
        .iter()
        .filter(|(key, _)| !is_annotation(key.get_ref()))
        .filter_map(|(key, item)| {
            let year = year_key(key, field, problems);
            let parsed = read(item, field, problems);
            Some((year?, parsed?))
        })
        .collect();
    entries.sort_by_key(|(year, _)| *year);
    Some(entries)
}

/// The inner type, or a table of years of it.
pub fn or_years<T>(
    value: &Value,
    field: &str,
    problems: &mut Problems,
    read: impl FnMut(&Value, &str, &mut Problems) -> Option<T>,
) -> Option<OrYears<T>> {
    if value.get_ref().is_table() {
        return year_table(value, field, problems, read).map(OrYears::ByYear);
    }
    let mut read = read;
    read(value, field, problems).map(OrYears::One)
}

/// A key the user added to annotate the plan (contract: `x-` keys).
pub fn is_annotation(key: &str) -> bool {
    key.starts_with("x-")
}

pub fn string(value: &Value, field: &str, problems: &mut Problems) -> Option<String> {
    string_ref(value, field, problems).map(str::to_string)
}

/// [`string`], borrowed from the document.
fn string_ref<'v>(value: &'v Value, field: &str, problems: &mut Problems) -> Option<&'v str> {
    match value.get_ref() {
        DeValue::String(text) => Some(text.as_ref()),
        other => {
            problems.at(
                value.span(),
                format!("`{field}` must be a string, found {}", other.type_str()),
                format!("put the {field} in quotes"),
            );
            None
        }
    }
}

/// One of `names` (any case), as its index.
pub fn choice(
    value: &Value,
    field: &str,
    names: &[&str],
    problems: &mut Problems,
) -> Option<usize> {
    let text = string_ref(value, field, problems)?;
    let index = names
        .iter()
        .position(|name| name.eq_ignore_ascii_case(text.trim()));
    if index.is_none() {
        problems.at(
            value.span(),
            format!("unknown {field} \"{text}\""),
            format!("write one of: {}", names.join(", ")),
        );
    }
    index
}

/// A whole number within `range`, e.g. a 1..=5 score.
pub fn integer_in(
    value: &Value,
    field: &str,
    range: RangeInclusive<i64>,
    problems: &mut Problems,
) -> Option<i64> {
    let (parsed, quoted) = match value.get_ref() {
        DeValue::Integer(int) => (i64::from_str_radix(int.as_str(), int.radix()).ok(), false),
        DeValue::String(text) => (text.trim().parse::<i64>().ok(), true),
        _ => (None, false),
    };
    let bounds = if *range.end() == i64::MAX {
        format!("a whole number of at least {}", range.start())
    } else {
        format!("a whole number from {} to {}", range.start(), range.end())
    };
    match parsed {
        Some(n) if range.contains(&n) && !quoted => Some(n),
        Some(n) if range.contains(&n) => {
            problems.at(
                value.span(),
                format!("`{field}` must be {bounds}, not text"),
                format!("write `{field} = {n}`, without quotes"),
            );
            None
        }
        _ => {
            let nearest = parsed.map_or(*range.start(), |n| n.clamp(*range.start(), *range.end()));
            problems.at(
                value.span(),
                format!("`{field}` must be {bounds}"),
                format!("write an integer such as `{field} = {nearest}`"),
            );
            None
        }
    }
}

pub fn boolean(value: &Value, field: &str, problems: &mut Problems) -> Option<bool> {
    match value.get_ref() {
        DeValue::Boolean(flag) => Some(*flag),
        other => {
            problems.at(
                value.span(),
                format!(
                    "`{field}` must be true or false, found {}",
                    other.type_str()
                ),
                format!("write `{field} = true` or `{field} = false`, without quotes"),
            );
            None
        }
    }
}

/// A list of strings, each with where it is written.
pub fn strings(
    value: &Value,
    field: &str,
    problems: &mut Problems,
) -> Option<Vec<(String, Range<usize>)>> {
    let DeValue::Array(items) = value.get_ref() else {
        problems.at(
            value.span(),
            format!(
                "`{field}` must be a list, found {}",
                value.get_ref().type_str()
            ),
            format!("write `{field} = [\"BP-1\", \"BP-2\"]`"),
        );
        return None;
    };
    let read: Vec<Option<(String, Range<usize>)>> = items
        .iter()
        .map(|item| string(item, field, problems).map(|text| (text, item.span())))
        .collect();
    read.into_iter().collect()
}
