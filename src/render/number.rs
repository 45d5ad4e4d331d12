//! Number formatting: raw for machines, grouped for people.

use rust_decimal::Decimal;

use crate::report::money::round;

/// Exact and canonical: no trailing zeros, no exponent, never "-0".
pub fn plain(value: Decimal) -> String {
    let normalized = value.normalize();
    if normalized.is_zero() {
        "0".into()
    } else {
        normalized.to_string()
    }
}

/// Rounded to `dp` decimals and written with exactly that many.
pub fn fixed(value: Decimal, dp: u32) -> String {
    let rounded = round(value, dp);
    with_decimals(rounded, dp)
}

/// `value` written with exactly `dp` decimals (padding with zeros, or
/// cutting digits past `dp`), built from its digits: Decimal's own
/// `{:.N}` formatting overflows a fixed buffer on wide values and panics.
fn with_decimals(value: Decimal, dp: u32) -> String {
    let scale = value.scale() as usize;
    let digits = value.mantissa().unsigned_abs().to_string();
    let digits = if digits.len() <= scale {
        format!("{}{digits}", "0".repeat(scale + 1 - digits.len()))
    } else {
        digits
    };
    let (int, frac) = digits.split_at(digits.len() - scale);
    let dp = dp as usize;
    let mut frac: String = frac.chars().take(dp).collect();
    frac.extend(std::iter::repeat_n('0', dp - frac.len()));
    let is_zero = int.bytes().chain(frac.bytes()).all(|b| b == b'0');
    let sign = if value.is_sign_negative() && !is_zero {
        "-"
    } else {
        ""
    };
    if dp == 0 {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

/// Money for people: thousands separators, cents only when there are any.
pub fn money(value: Decimal) -> String {
    let normalized = value.normalize();
    let text = if normalized.scale() == 0 {
        plain(normalized)
    } else {
        with_decimals(normalized, normalized.scale().max(2))
    };
    group_thousands(&text)
}

/// A share as an exact percent figure: 0.2 is "20".
pub fn percent_of_share(share: Decimal) -> String {
    share
        .checked_mul(Decimal::ONE_HUNDRED)
        .map_or_else(|| share.to_string(), plain)
}

/// Fixed decimals with thousands separators, e.g. "-5,460.00".
pub fn grouped_fixed(value: Decimal, dp: u32) -> String {
    group_thousands(&fixed(value, dp))
}

fn group_thousands(text: &str) -> String {
    let (sign, unsigned) = text
        .strip_prefix('-')
        .map_or(("", text), |rest| ("-", rest));
    let (int, frac) = unsigned
        .split_once('.')
        .map_or((unsigned, None), |(i, f)| (i, Some(f)));
    let mut out = String::with_capacity(text.len() + int.len() / 3);
    out.push_str(sign);
    for (i, digit) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[test]
    fn plain_is_canonical() {
        assert_eq!(plain(d("60000")), "60000");
        assert_eq!(plain(d("61500.00")), "61500");
        assert_eq!(plain(d("4627.35")), "4627.35");
        assert_eq!(plain(d("-0.00")), "0");
    }

    #[test]
    fn money_groups_thousands_and_keeps_cents() {
        assert_eq!(money(d("1458000")), "1,458,000");
        assert_eq!(money(d("-25000")), "-25,000");
        assert_eq!(money(d("61537.5")), "61,537.50");
        assert_eq!(money(d("999")), "999");
        assert_eq!(money(d("0.125")), "0.125");
    }

    #[test]
    fn wide_values_never_overflow_the_formatter() {
        let huge = Decimal::MAX;
        assert_eq!(fixed(huge, 30).len(), 29 + 1 + 30);
        assert!(fixed(huge, 30).starts_with("79228162514264337593543950335.000"));
        assert_eq!(
            fixed(d("-0.0000000000000000000000000001"), 30),
            "-0.000000000000000000000000000100"
        );
        assert_eq!(
            money(d("-79228162514264337593543950.335")),
            "-79,228,162,514,264,337,593,543,950.335"
        );
        assert_eq!(fixed(d("1.5"), 0), "2");
        assert_eq!(fixed(d("0.004"), 2), "0.00");
    }

    #[test]
    fn fixed_rounds_half_away_from_zero() {
        assert_eq!(fixed(d("1.145"), 2), "1.15");
        assert_eq!(fixed(d("-1.145"), 2), "-1.15");
        assert_eq!(fixed(d("-0.001"), 2), "0.00");
        assert_eq!(grouped_fixed(d("-5460"), 2), "-5,460.00");
    }
}
