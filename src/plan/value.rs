//! Exact conversion of TOML values: money, percents, years, hours.
//!
//! Numbers are read from the literal text the parser kept, never through a
//! binary float, so `4627.35` is exactly 4627.35.

use std::ops::Range;

use rust_decimal::Decimal;
use toml::Spanned;
use toml::de::{DeString, DeValue};

use crate::diagnostic::Diagnostic;

pub type Value<'i> = Spanned<DeValue<'i>>;

/// Floats with more digits than this cannot pass through serde's f64 exactly.
const MAX_FLOAT_DIGITS: usize = 15;

/// Every problem found while reading a plan.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<Diagnostic>);

impl Problems {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

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

fn number(value: &Value, field: &str, expected: &str, problems: &mut Problems) -> Option<Decimal> {
    let span = value.span();
    let parsed = match value.get_ref() {
        DeValue::Integer(int) => integer_decimal(int.as_str(), int.radix()),
        DeValue::Float(float) => return float_decimal(float.as_str(), span, field, problems),
        DeValue::String(text) => parse_decimal(text.trim()),
        other => {
            problems.at(
                span,
                format!("`{field}` must be a number, found {}", other.type_str()),
                format!("write {expected}"),
            );
            return None;
        }
    };
    if parsed.is_none() {
        problems.at(
            span,
            format!("`{field}` is not a number this tool can hold exactly"),
            format!("write {expected} (at most 28 significant digits)"),
        );
    }
    parsed
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
            format!("`{field}` is not a finite number"),
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
                .and_then(|n| parse_decimal(n.trim()));
            if parsed.is_none() {
                problems.at(
                    span,
                    format!("`{field}` must be a percent such as \"1.45%\""),
                    "write a number followed by %, in quotes",
                );
            }
            parsed.and_then(|n| n.checked_div(Decimal::ONE_HUNDRED))
        }
        DeValue::Integer(_) | DeValue::Float(_) => {
            let literal = &value_text(value);
            let hundred_times = parse_decimal(literal)
                .and_then(|n| n.checked_mul(Decimal::ONE_HUNDRED))
                .map(|n| n.normalize());
            let alternative = hundred_times
                .map(|n| format!(" (or \"{n}%\" if {literal} is a fraction)"))
                .unwrap_or_default();
            problems.at(
                span,
                format!("`{field}` is a percent, but {literal} is a bare number"),
                format!("write \"{literal}%\"{alternative}: a bare number is ambiguous between a percent and a fraction"),
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
                "write a percent such as \"1.45%\"",
            );
            None
        }
    }
}

fn value_text(value: &Value) -> String {
    match value.get_ref() {
        DeValue::Integer(int) if int.radix() == 10 => int.as_str().to_string(),
        DeValue::Integer(int) => int.to_string(),
        DeValue::Float(float) => float.as_str().to_string(),
        _ => String::new(),
    }
}

pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// A calendar year, 1900..=2200.
pub fn year(value: &Value, field: &str, problems: &mut Problems) -> Option<i32> {
    match value.get_ref() {
        DeValue::Integer(int) if int.radix() == 10 => {
            year_from_text(int.as_str(), value.span(), field, problems)
        }
        other => {
            problems.at(
                value.span(),
                format!("`{field}` must be a year, found {}", other.type_str()),
                "write a year such as 2025 (no quotes)",
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

/// A whole number within `range`, e.g. a 1..=5 score.
pub fn integer_in(
    value: &Value,
    field: &str,
    range: std::ops::RangeInclusive<i64>,
    problems: &mut Problems,
) -> Option<i64> {
    let parsed = match value.get_ref() {
        DeValue::Integer(int) => i64::from_str_radix(int.as_str(), int.radix()).ok(),
        _ => None,
    };
    match parsed {
        Some(n) if range.contains(&n) => Some(n),
        _ => {
            problems.at(
                value.span(),
                format!(
                    "`{field}` must be a whole number from {} to {}",
                    range.start(),
                    range.end()
                ),
                format!("write an integer such as {}", range.end()),
            );
            None
        }
    }
}
