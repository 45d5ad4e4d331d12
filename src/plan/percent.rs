//! Percents: "1.45%" read as the fraction 0.0145, and the classic
//! spreadsheet mistakes (a bare 1.45, "2.5" without its sign) explained.

use rust_decimal::Decimal;
use toml::de::DeValue;

use super::hint::{Meant, finance_figure};
use super::value::{Problems, Value, parse_decimal};

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
