//! Exact conversion of TOML values: money, percents, years, hours, text.
//!
//! Numbers are read from the literal text the parser kept, never through a
//! binary float, so `4627.35` is exactly 4627.35. Every function reports its
//! own problems, located at the value, and returns None on any.

use std::ops::{Range, RangeInclusive};

use rust_decimal::Decimal;
use toml::Spanned;
use toml::de::{DeString, DeValue};

use super::hint::{Meant, finance_figure};
use crate::diagnostic::Diagnostic;

pub type Value<'i> = Spanned<DeValue<'i>>;

/// Floats with more digits than this cannot pass through serde's f64 exactly.
const MAX_FLOAT_DIGITS: usize = 15;

pub const YEARS: RangeInclusive<i32> = 1900..=2200;

/// Every problem found while reading a plan.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<Diagnostic>);

impl Problems {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    /// An error at `span`, with what would be valid.
    pub fn at(&mut self, span: Range<usize>, message: impl Into<String>, help: impl Into<String>) {
        let help = help.into();
        let mut diagnostic = Diagnostic::error(Some(span), message);
        if !help.is_empty() {
            diagnostic = diagnostic.help(help);
        }
        self.push(diagnostic);
    }
}

/// A money amount, or "tbd": not yet costed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amount {
    Known(Decimal),
    Tbd,
}

impl Amount {
    pub const ZERO: Amount = Amount::Known(Decimal::ZERO);

    pub fn known(self) -> Option<Decimal> {
        match self {
            Amount::Known(value) => Some(value),
            Amount::Tbd => None,
        }
    }

    pub fn is_tbd(self) -> bool {
        self == Amount::Tbd
    }
}

/// A figure given once, or per year (`{ 2025 = 200_000 }`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrYears<T> {
    One(T),
    ByYear(Vec<(i32, T)>),
}

/// Money: an integer, a float, a numeric string, or "tbd".
pub fn money(value: &Value, field: &str, problems: &mut Problems) -> Option<Amount> {
    if let Some(text) = value.get_ref().as_str()
        && text.trim().eq_ignore_ascii_case("tbd")
    {
        return Some(Amount::Tbd);
    }
    number(
        value,
        field,
        "an amount such as 60_000, 4627.35 or \"tbd\"",
        problems,
    )
    .map(Amount::Known)
}

/// An exact decimal that may not be "tbd" (hours, FTE).
pub fn decimal(value: &Value, field: &str, problems: &mut Problems) -> Option<Decimal> {
    number(value, field, "a number such as 455 or 4627.35", problems)
}

/// Like `decimal`, but negative figures are rejected.
pub fn non_negative(value: &Value, field: &str, problems: &mut Problems) -> Option<Decimal> {
    let number = decimal(value, field, problems)?;
    if number.is_sign_negative() && !number.is_zero() {
        problems.at(
            value.span(),
            format!("`{field}` cannot be negative"),
            format!("write 0 or more, not {number}"),
        );
        return None;
    }
    Some(number)
}

/// More than zero: a levy or household count divides the cost.
pub fn positive(value: &Value, field: &str, problems: &mut Problems) -> Option<Decimal> {
    let number = decimal(value, field, problems)?;
    if number <= Decimal::ZERO {
        problems.at(
            value.span(),
            format!("`{field}` must be more than 0, not {number}"),
            "a levy or household count divides the cost, so it must be positive",
        );
        return None;
    }
    Some(number)
}

fn number(value: &Value, field: &str, expected: &str, problems: &mut Problems) -> Option<Decimal> {
    let span = value.span();
    match value.get_ref() {
        DeValue::Integer(int) => {
            let parsed = integer_decimal(int.as_str(), int.radix());
            if parsed.is_none() {
                problems.at(
                    span,
                    format!(
                        "`{field}` is too large: {} has more than 28 digits",
                        int.as_str()
                    ),
                    format!("write {expected}"),
                );
            }
            parsed
        }
        DeValue::Float(float) => float_decimal(float.as_str(), span, field, problems),
        DeValue::String(text) => number_text(text, span, field, expected, problems),
        other => {
            problems.at(
                span,
                format!("`{field}` must be a number, found {}", other.type_str()),
                format!("write {expected}"),
            );
            None
        }
    }
}

/// A number written as a string: exact when plain, explained when it is
/// spelled the way a spreadsheet shows it.
fn number_text(
    text: &str,
    span: Range<usize>,
    field: &str,
    expected: &str,
    problems: &mut Problems,
) -> Option<Decimal> {
    if let Some(parsed) = parse_decimal(text.trim()) {
        return Some(parsed);
    }
    let (message, help) = match finance_figure(text) {
        _ if is_plain_number(text.trim()) => (
            format!("`{field}` has more than 28 significant digits"),
            format!("write {expected} (at most 28 significant digits)"),
        ),
        Some(Meant::Number(fixed)) => (
            format!("`{field}` is the text \"{text}\", not a number"),
            format!(
                "write `{field} = {fixed}`: no quotes or currency sign; underscores, not commas or spaces, group the digits"
            ),
        ),
        Some(Meant::Percent(percent)) => (
            format!("`{field}` is a percent, \"{percent}%\", but it takes an amount"),
            format!("write {expected}"),
        ),
        None => (
            format!("`{field}` must be a number, not the text \"{text}\""),
            format!("write {expected}"),
        ),
    };
    problems.at(span, message, help);
    None
}

fn is_plain_number(text: &str) -> bool {
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    !body.is_empty()
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '_' || c == '.')
        && body.matches('.').count() <= 1
        && body.chars().any(|c| c.is_ascii_digit())
}

fn integer_decimal(digits: &str, radix: u32) -> Option<Decimal> {
    if radix == 10 {
        return Decimal::from_str_exact(digits).ok();
    }
    i128::from_str_radix(digits, radix)
        .ok()
        .and_then(|n| Decimal::try_from_i128_with_scale(n, 0).ok())
}

/// Plain decimal text, with or without underscores as digit separators.
pub fn parse_decimal(text: &str) -> Option<Decimal> {
    let cleaned: String = text.chars().filter(|c| *c != '_').collect();
    if cleaned.is_empty() || !cleaned.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    if cleaned.contains(['e', 'E']) {
        return Decimal::from_scientific(&cleaned).ok();
    }
    Decimal::from_str_exact(&cleaned).ok()
}

fn float_decimal(
    literal: &str,
    span: Range<usize>,
    field: &str,
    problems: &mut Problems,
) -> Option<Decimal> {
    let literal = literal.trim_start_matches('+');
    if significant_digits(literal) > MAX_FLOAT_DIGITS {
        problems.at(
            span,
            format!("`{field}` has more than {MAX_FLOAT_DIGITS} significant digits, too many for a TOML float"),
            format!("quote it as a string to keep every digit: \"{literal}\""),
        );
        return None;
    }
    let parsed = parse_decimal(literal);
    if parsed.is_none() {
        problems.at(
            span,
            format!("`{field}` is not a finite number that fits in 28 digits"),
            "write a number such as 4627.35",
        );
    }
    parsed
}

/// Digits between the first and last non-zero digit of the mantissa.
fn significant_digits(literal: &str) -> usize {
    let mantissa = literal.split(['e', 'E']).next().unwrap_or("");
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    digits.trim_start_matches('0').trim_end_matches('0').len()
}

/// A percent string such as "1.45%", returned as the fraction 0.0145.
pub fn percent(value: &Value, field: &str, problems: &mut Problems) -> Option<Decimal> {
    let span = value.span();
    match value.get_ref() {
        DeValue::String(text) => {
            let parsed = text
                .trim()
                .strip_suffix('%')
                .and_then(|n| parse_decimal(n.trim()))
                .and_then(|n| n.checked_div(Decimal::ONE_HUNDRED));
            if parsed.is_none() {
                let (message, help) = percent_text_problem(text, field);
                problems.at(span, message, help);
            }
            parsed
        }
        DeValue::Integer(_) | DeValue::Float(_) => {
            let literal = &value_text(value);
            problems.at(
                span,
                format!("`{field}` is a percent, but {literal} is a bare number"),
                bare_percent_help(field, literal),
            );
            None
        }
        other => {
            problems.at(
                span,
                format!(
                    "`{field}` must be a percent string, found {}",
                    other.type_str()
                ),
                format!("write a percent such as `{field} = \"1.45%\"`"),
            );
            None
        }
    }
}

/// Both readings of a bare number, the likelier first: 0.03 is more often
/// a fraction (3%), 1.45 a percent (1.45%).
fn bare_percent_help(field: &str, literal: &str) -> String {
    let number = parse_decimal(literal);
    let as_fraction = number
        .and_then(|n| n.checked_mul(Decimal::ONE_HUNDRED))
        .map(|n| n.normalize());
    let ambiguous = "a bare number is ambiguous between a percent and a fraction";
    match (number, as_fraction) {
        (Some(n), Some(hundred)) if n.abs() < Decimal::ONE && !n.is_zero() => format!(
            "write `{field} = \"{hundred}%\"` if {literal} is a fraction, or \"{literal}%\" if it is a percent: {ambiguous}"
        ),
        (_, Some(hundred)) => format!(
            "write `{field} = \"{literal}%\"` (or \"{hundred}%\" if {literal} is a fraction): {ambiguous}"
        ),
        _ => format!("write `{field} = \"{literal}%\"`: {ambiguous}"),
    }
}

fn percent_text_problem(text: &str, field: &str) -> (String, String) {
    match finance_figure(text) {
        Some(Meant::Percent(fixed)) => (
            format!("`{field}` is not a percent itplan can read: \"{text}\""),
            format!("write `{field} = \"{fixed}%\"`"),
        ),
        Some(Meant::Number(fixed)) => (
            format!("`{field}` is a percent, but \"{text}\" has no % sign"),
            format!("write `{field} = \"{fixed}%\"`"),
        ),
        None => (
            format!("`{field}` must be a percent such as \"1.45%\", not \"{text}\""),
            "write a number followed by %, in quotes".into(),
        ),
    }
}

/// A percent from 0% to 100%.
pub fn share(value: &Value, field: &str, problems: &mut Problems) -> Option<Decimal> {
    let share = percent(value, field, problems)?;
    if share < Decimal::ZERO || share > Decimal::ONE {
        problems.at(
            value.span(),
            format!("`{field}` must be between 0% and 100%"),
            "it is the share of time lost to operations and time out of office",
        );
        return None;
    }
    Some(share)
}

fn value_text(value: &Value) -> String {
    match value.get_ref() {
        DeValue::Integer(int) if int.radix() == 10 => int.as_str().to_string(),
        DeValue::Integer(int) => int.to_string(),
        DeValue::Float(float) => float.as_str().to_string(),
        _ => String::new(),
    }
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
    match value.get_ref() {
        DeValue::String(text) => Some(text.to_string()),
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
    let text = string(value, field, problems)?;
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
