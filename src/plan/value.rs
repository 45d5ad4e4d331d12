//! Exact conversion of TOML values: money, percents, years, hours, text.
//!
//! Numbers are read from the literal text the parser kept, never through a
//! binary float, so `4627.35` is exactly 4627.35. Every function reports its
//! own problems, located at the value, and returns None on any.

use std::ops::{Range, RangeInclusive};

use rust_decimal::Decimal;
use toml::Spanned;
use toml::de::DeValue;

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

/// Amounts added together where some may be "tbd" (the phases of a
/// one-time cost): the sum of the known ones, and whether any is unknown.
/// A reader sees `100,000 + tbd`, not a bare `tbd` that hides what is known.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PartSum {
    pub known: Decimal,
    pub tbd: bool,
}

impl PartSum {
    /// This sum and `amount`; None on overflow.
    pub fn plus(self, amount: Amount) -> Option<PartSum> {
        Some(match amount {
            Amount::Known(value) => PartSum {
                known: self.known.checked_add(value)?,
                ..self
            },
            Amount::Tbd => PartSum { tbd: true, ..self },
        })
    }

    /// The whole sum as an amount: "tbd" when any part is.
    pub fn amount(self) -> Amount {
        match self.tbd {
            true => Amount::Tbd,
            false => Amount::Known(self.known),
        }
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
