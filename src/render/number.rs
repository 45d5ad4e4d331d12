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
    let rounded = if rounded.is_zero() {
        Decimal::ZERO
    } else {
        rounded
    };
    format!("{:.*}", dp as usize, rounded)
}

/// Money for people: thousands separators, cents only when there are any.
pub fn money(value: Decimal) -> String {
    let normalized = value.normalize();
    let text = if normalized.scale() == 0 {
        plain(normalized)
    } else {
        format!("{:.*}", normalized.scale().max(2) as usize, normalized)
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
    fn fixed_rounds_half_away_from_zero() {
        assert_eq!(fixed(d("1.145"), 2), "1.15");
        assert_eq!(fixed(d("-1.145"), 2), "-1.15");
        assert_eq!(fixed(d("-0.001"), 2), "0.00");
        assert_eq!(grouped_fixed(d("-5460"), 2), "-5,460.00");
    }
}
