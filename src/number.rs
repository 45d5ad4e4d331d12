//! Decimal helpers at the bottom of every layer: the contract's rounding,
//! and numbers written raw for machines or grouped for people.

use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};

/// Rounds to `dp` decimals, half away from zero (the contract's rounding).
pub fn round(value: Decimal, dp: u32) -> Decimal {
    round_small(value, dp)
        .unwrap_or_else(|| value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero))
}

/// [`round`] by integer division of the mantissa, which is what money
/// needs, instead of Decimal's general rescaling; u64 arithmetic when the
/// digits fit. None when this path cannot hold the result.
fn round_small(value: Decimal, dp: u32) -> Option<Decimal> {
    let scale = value.scale();
    if scale <= dp {
        return Some(value);
    }
    let drop = scale - dp;
    let digits = value.mantissa().unsigned_abs();
    let rounded = match (u64::try_from(digits), 10u64.checked_pow(drop)) {
        (Ok(digits), Some(divisor)) => u128::from(half_up(digits, divisor)),
        _ => half_up(digits, 10u128.checked_pow(drop)?),
    };
    let mut result = Decimal::try_from_i128_with_scale(i128::try_from(rounded).ok()?, dp).ok()?;
    // Like Decimal's rounding, a result of zero has no sign.
    result.set_sign_negative(value.is_sign_negative() && rounded != 0);
    Some(result)
}

/// `digits / divisor` rounded half up (the sign is put back by the caller).
fn half_up<T>(digits: T, divisor: T) -> T
where
    T: Copy
        + PartialOrd
        + From<bool>
        + std::ops::Div<Output = T>
        + std::ops::Rem<Output = T>
        + std::ops::Sub<Output = T>
        + std::ops::Add<Output = T>,
{
    let (quotient, rest) = (digits / divisor, digits % divisor);
    quotient + T::from(rest >= divisor - rest)
}

/// Exact and canonical: no trailing zeros, no exponent, never "-0".
pub fn plain(value: Decimal) -> String {
    let mut out = String::new();
    push_plain(&mut out, value);
    out
}

/// [`plain`], appended to `out` (no allocation of its own).
pub fn push_plain(out: &mut String, value: Decimal) {
    let (negative, digits, scale) = trimmed(value);
    push_digits(out, negative, digits, scale, scale, false);
}

/// The value's sign, digits and scale without trailing fractional zeros.
fn trimmed(value: Decimal) -> (bool, u128, u32) {
    let negative = value.is_sign_negative() && !value.is_zero();
    if let Ok(mut digits) = u64::try_from(value.mantissa().unsigned_abs()) {
        // u64 division is an instruction; i128 division a library call.
        let mut scale = value.scale();
        while scale > 0 && digits % 10 == 0 {
            digits /= 10;
            scale -= 1;
        }
        return (negative, u128::from(digits), scale);
    }
    let mut mantissa = value.mantissa();
    let mut scale = value.scale();
    while scale > 0 && mantissa % 10 == 0 {
        mantissa /= 10;
        scale -= 1;
    }
    (mantissa < 0, mantissa.unsigned_abs(), scale)
}

/// Writes `digits` × 10^-scale with `dp` ≥ scale decimals, grouping
/// thousands when asked.
fn write_digits<W: fmt::Write>(
    out: &mut W,
    negative: bool,
    digits: u128,
    scale: u32,
    dp: u32,
    group: bool,
) -> fmt::Result {
    // A Decimal's mantissa has at most 29 digits.
    let mut reversed = [b'0'; 40];
    let mut n = reverse_digits(digits, &mut reversed);
    let scale = scale as usize;
    n = n.max(scale + 1);
    if negative {
        out.write_char('-')?;
    }
    let int_len = n - scale;
    for i in 0..int_len {
        if group && i > 0 && (int_len - i).is_multiple_of(3) {
            out.write_char(',')?;
        }
        out.write_char(char::from(reversed[n - 1 - i]))?;
    }
    if dp > 0 {
        out.write_char('.')?;
        for i in 0..scale {
            out.write_char(char::from(reversed[scale - 1 - i]))?;
        }
        for _ in scale..dp as usize {
            out.write_char('0')?;
        }
    }
    Ok(())
}

/// [`write_digits`] for a String: reserved once, then a byte at a time
/// (a String's `fmt::Write` goes through the formatting machinery).
fn push_digits(out: &mut String, negative: bool, digits: u128, scale: u32, dp: u32, group: bool) {
    let mut reversed = [b'0'; 40];
    let scale = scale as usize;
    let n = reverse_digits(digits, &mut reversed).max(scale + 1);
    let int_len = n - scale;
    let dp = (dp as usize).max(scale);
    out.reserve(1 + int_len + int_len / 3 + 1 + dp);
    if negative {
        out.push('-');
    }
    // Digits left before the next thousands separator.
    let mut until_comma = match int_len % 3 {
        0 => 3,
        rest => rest,
    };
    for i in (scale..n).rev() {
        if until_comma == 0 {
            if group {
                out.push(',');
            }
            until_comma = 3;
        }
        out.push(char::from(reversed[i]));
        until_comma -= 1;
    }
    if dp > 0 {
        out.push('.');
        for i in (0..scale).rev() {
            out.push(char::from(reversed[i]));
        }
        for _ in scale..dp {
            out.push('0');
        }
    }
}

/// Exact money for machines, written straight to a formatter or a JSON
/// string without an allocation of its own: `Plain(x)` shows as [`plain`].
#[derive(Debug, Clone, Copy)]
pub struct Plain(pub Decimal);

impl fmt::Display for Plain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (negative, digits, scale) = trimmed(self.0);
        write_digits(f, negative, digits, scale, scale, false)
    }
}

/// [`plain`] on the stack: `PlainText::new(x).as_str()` without an
/// allocation, for writers that take a `&str` (JSON, CSV).
#[derive(Clone, Copy)]
pub struct PlainText {
    // Sign, 29 digits, a point and up to 28 leading zeros fit in 64 bytes.
    bytes: [u8; 64],
    len: usize,
}

impl PlainText {
    pub fn new(value: Decimal) -> PlainText {
        let (negative, digits, scale) = trimmed(value);
        let scale = scale as usize;
        let mut reversed = [b'0'; 40];
        let mut n = reverse_digits(digits, &mut reversed);
        n = n.max(scale + 1);
        let mut text = PlainText {
            bytes: [0; 64],
            len: 0,
        };
        if negative {
            text.push(b'-');
        }
        for i in (scale..n).rev() {
            text.push(reversed[i]);
        }
        if scale > 0 {
            text.push(b'.');
            for i in (0..scale).rev() {
                text.push(reversed[i]);
            }
        }
        text
    }

    fn push(&mut self, byte: u8) {
        self.bytes[self.len] = byte;
        self.len += 1;
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII digits, '-' and '.' are pushed.
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }

    /// The text's bytes, for byte buffers (no UTF-8 check).
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// Writes `digits` into `reversed`, last digit first; returns how many.
fn reverse_digits(digits: u128, reversed: &mut [u8; 40]) -> usize {
    // Division of a u128 is a library call; amounts fit a u64.
    let mut n = 0;
    let mut rest = match u64::try_from(digits) {
        Ok(small) => small,
        Err(_) => {
            let mut wide = digits;
            while wide > u128::from(u64::MAX) {
                reversed[n] = b'0' + (wide % 10) as u8;
                wide /= 10;
                n += 1;
            }
            u64::try_from(wide).unwrap_or_default()
        }
    };
    loop {
        reversed[n] = b'0' + (rest % 10) as u8;
        rest /= 10;
        n += 1;
        if rest == 0 {
            break;
        }
    }
    n
}

/// A year (or any i32) on the stack, for writers that take a `&str`.
#[derive(Clone, Copy)]
pub struct IntText {
    bytes: [u8; 12],
    start: usize,
}

impl IntText {
    pub fn new(value: i32) -> IntText {
        let mut bytes = [0; 12];
        let mut start = bytes.len();
        let mut rest = value.unsigned_abs();
        loop {
            start -= 1;
            bytes[start] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        if value < 0 {
            start -= 1;
            bytes[start] = b'-';
        }
        IntText { bytes, start }
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }

    /// The text's bytes, for byte buffers (no UTF-8 check).
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[self.start..]
    }
}

/// Rounded to `dp` decimals and written with exactly that many.
/// Built from the digits: Decimal's own `{:.N}` overflows a fixed buffer
/// on wide values and panics.
pub fn fixed(value: Decimal, dp: u32) -> String {
    let (negative, digits, scale) = trimmed(round(value, dp));
    let mut out = String::new();
    push_digits(&mut out, negative, digits, scale, dp.max(scale), false);
    out
}

/// Money for people: thousands separators, cents only when there are any.
pub fn money(value: Decimal) -> String {
    money_with(value, money_decimals(value))
}

/// The decimals money is shown with alone: none for whole amounts, else
/// at least cents ("61,537.50"), more when the amount has them.
pub fn money_decimals(value: Decimal) -> u32 {
    // Whole amounts and cents, the usual money, without trimming digit by digit.
    match value.scale() {
        0 => return 0,
        scale @ (1 | 2) => {
            let unit = 10u64.pow(scale);
            // u64 division is an instruction; i128 division a library call.
            let whole = match u64::try_from(value.mantissa().unsigned_abs()) {
                Ok(digits) => digits % unit == 0,
                Err(_) => value.mantissa() % i128::from(unit) == 0,
            };
            return if whole { 0 } else { 2 };
        }
        _ => {}
    }
    match trimmed(value).2 {
        0 => 0,
        scale => scale.max(2),
    }
}

/// Money with at least `dp` decimals (its own, if it has more), so the
/// amounts of one column line up: "60,000.00" above "350,000.50".
pub fn money_with(value: Decimal, dp: u32) -> String {
    let mut out = String::new();
    push_money(&mut out, value, dp);
    out
}

/// [`money_with`], appended to `out` (no allocation of its own).
pub fn push_money(out: &mut String, value: Decimal, dp: u32) {
    match MoneyText::new(value, dp) {
        Some(text) => out.push_str(text.as_str()),
        None => {
            let (negative, digits, scale) = trimmed(value);
            let own = if scale == 0 { 0 } else { scale.max(2) };
            push_digits(out, negative, digits, scale, dp.max(own), true);
        }
    }
}

/// [`money_with`] on the stack, for the usual amounts (digits that fit a
/// u64, at most 28 decimals): written backwards, then taken at once.
pub struct MoneyText {
    // Up to 20 digits, 6 separators, a sign, a point and 28 decimals.
    bytes: [u8; 64],
    start: usize,
}

impl MoneyText {
    pub fn new(value: Decimal, dp: u32) -> Option<MoneyText> {
        if value.is_zero() && dp <= 28 {
            // The most common amount in a plan's years: "0", "0.00".
            let mut text = MoneyText {
                bytes: [b'0'; 64],
                start: 64 - 1,
            };
            if dp > 0 {
                text.start -= dp as usize;
                text.bytes[text.start] = b'.';
                text.start -= 1;
            }
            return Some(text);
        }
        let (negative, digits, scale) = trimmed(value);
        let own = if scale == 0 { 0 } else { scale.max(2) };
        let dp = dp.max(own);
        let mut digits = u64::try_from(digits).ok().filter(|_| dp <= 28)?;
        let mut text = MoneyText {
            bytes: [b'0'; 64],
            start: 64,
        };
        if dp > 0 {
            // Zeros past the value's own decimals are already in place.
            text.start -= (dp - scale) as usize;
            for _ in 0..scale {
                text.push((digits % 10) as u8 + b'0');
                digits /= 10;
            }
            text.push(b'.');
        }
        // Digits left before the next thousands separator.
        let mut until_comma = 3;
        loop {
            text.push((digits % 10) as u8 + b'0');
            digits /= 10;
            if digits == 0 {
                break;
            }
            until_comma -= 1;
            if until_comma == 0 {
                text.push(b',');
                until_comma = 3;
            }
        }
        if negative {
            text.push(b'-');
        }
        Some(text)
    }

    fn push(&mut self, byte: u8) {
        self.start -= 1;
        self.bytes[self.start] = byte;
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII digits and punctuation are written.
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }

    /// The text's bytes, for byte buffers (no UTF-8 check).
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[self.start..]
    }
}

/// [`money_decimals`] and [`money_int_width`] at once, for the usual
/// whole amounts without dividing.
pub fn money_measure(value: Decimal) -> (u32, usize) {
    let scale = value.scale();
    if scale <= 2
        && let Ok(digits) = u64::try_from(value.mantissa().unsigned_abs())
    {
        let count = digits.checked_ilog10().map_or(1, |log| log as usize + 1);
        let whole = count.saturating_sub(scale as usize).max(1);
        let negative = value.is_sign_negative() && digits != 0;
        // Cents, unless the cents are all zeros.
        let dp = if digits.is_multiple_of(10u64.pow(scale)) {
            0
        } else {
            2
        };
        return (dp, usize::from(negative) + whole + (whole - 1) / 3);
    }
    (money_decimals(value), money_int_width(value))
}

/// The width of money's sign, whole digits and thousands separators.
pub fn money_int_width(value: Decimal) -> usize {
    let negative = value.is_sign_negative() && !value.is_zero();
    let digits = value.mantissa().unsigned_abs();
    let count = match u64::try_from(digits) {
        Ok(small) => small.checked_ilog10().map_or(1, |log| log as usize + 1),
        Err(_) => digits.checked_ilog10().map_or(1, |log| log as usize + 1),
    };
    let whole = count.saturating_sub(value.scale() as usize).max(1);
    usize::from(negative) + whole + (whole - 1) / 3
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

/// Commas between thousands in a plain number's text, e.g. "-5,460.00".
pub(crate) fn group_thousands(text: &str) -> String {
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
        assert_eq!(plain(d("-12.50")), "-12.5");
        assert_eq!(plain(d("0.0001")), "0.0001");
        assert_eq!(Plain(d("-4627.350")).to_string(), "-4627.35");
        for text in ["0", "-0.00", "7", "-12.50", "0.0001", "61500.00", "4627.35"] {
            assert_eq!(PlainText::new(d(text)).as_str(), plain(d(text)));
        }
        let tiny = d("-0.0000000000000000000000000001");
        assert_eq!(
            PlainText::new(tiny).as_str(),
            "-0.0000000000000000000000000001"
        );
        assert_eq!(PlainText::new(Decimal::MAX).as_str(), plain(Decimal::MAX));
        assert_eq!(PlainText::new(Decimal::MIN).as_str(), plain(Decimal::MIN));
        for year in [0, 7, 2025, -3, i32::MIN, i32::MAX] {
            assert_eq!(IntText::new(year).as_str(), year.to_string());
        }
    }

    #[test]
    fn money_measure_agrees_with_decimals_and_width() {
        for (text, dp, width) in [
            ("0", 0, 1),
            ("-0.00", 0, 1),
            ("999", 0, 3),
            ("-1000", 0, 6),
            ("1234567.50", 2, 9),
            ("1234567.5", 2, 9),
            ("0.05", 2, 1),
            ("-12.30", 2, 3),
            ("100.00", 0, 3),
            ("1.125", 3, 1),
            ("79228162514264337593543950335", 0, 38),
        ] {
            let value = d(text);
            assert_eq!(money_measure(value), (dp, width), "{text}");
            assert_eq!(money_decimals(value), dp, "{text}");
            assert_eq!(money_int_width(value), width, "{text}");
        }
    }

    #[test]
    fn money_groups_thousands_and_keeps_cents() {
        assert_eq!(money(d("1458000")), "1,458,000");
        assert_eq!(money(d("-25000")), "-25,000");
        assert_eq!(money(d("61537.5")), "61,537.50");
        assert_eq!(money(d("999")), "999");
        assert_eq!(money(d("0.125")), "0.125");
        assert_eq!(money(d("0.05")), "0.05");
        assert_eq!(money(d("-0.5")), "-0.50");
        for (text, dp) in [("7", 0), ("7.00", 0), ("7.5", 2), ("7.50", 2), ("-7.05", 2)] {
            assert_eq!(money_decimals(d(text)), dp, "{text}");
        }
        assert_eq!(money_decimals(d("7.125")), 3);
        assert_eq!(money_decimals(d("7.100")), 2);
        assert_eq!(money_decimals(d("7.000")), 0);
        assert_eq!(
            money(d("79228162514264337593543950335")),
            "79,228,162,514,264,337,593,543,950,335"
        );
    }

    #[test]
    fn money_in_a_column_shares_its_decimals() {
        assert_eq!(money_with(d("60000"), 2), "60,000.00");
        assert_eq!(money_with(d("350000.5"), 0), "350,000.50");
        assert_eq!(money_with(d("0.125"), 2), "0.125");
        assert_eq!(money_with(d("-0"), 2), "0.00");
        assert_eq!(money_with(d("0.000"), 3), "0.000");
        assert_eq!(money_with(d("0"), 0), "0");
        assert_eq!(money_with(d("-1234567.5"), 3), "-1,234,567.500");
        assert_eq!(money_with(d("0.001"), 0), "0.001");
        assert_eq!(money_with(d("18446744073709551615"), 28).len(), 26 + 29);
        assert_eq!(
            money_with(d("-0.0000000000000000000000000001"), 0).len(),
            31
        );
        for text in [
            "0",
            "-0.00",
            "7",
            "-7.05",
            "999",
            "1000",
            "-1234567.5",
            "0.125",
        ] {
            for dp in 0..4 {
                let value = d(text);
                let whole = money_with(value, dp).split('.').next().map(str::len);
                assert_eq!(Some(money_int_width(value)), whole, "{text} {dp}");
            }
        }
        let huge = Decimal::MAX;
        assert_eq!(money_int_width(huge), money_with(huge, 0).len());
        assert_eq!(money_int_width(-huge), money_with(-huge, 0).len());
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
        assert_eq!(
            grouped_fixed(huge, 2),
            "79,228,162,514,264,337,593,543,950,335.00"
        );
        assert_eq!(fixed(d("1.5"), 0), "2");
        assert_eq!(fixed(d("0.004"), 2), "0.00");
        assert_eq!(fixed(d("-0.004"), 2), "0.00");
    }

    #[test]
    fn the_quick_rounding_agrees_with_decimals_own() {
        let values = [
            "0",
            "-0.005",
            "0.005",
            "-0.004",
            "-0.00",
            "-0.0049",
            "1.145",
            "-1.145",
            "100.004999",
            "2.5",
            "-2.5",
            "12345678901234.5678",
            "-0.0000000000000000000000000001",
            "99.995",
            "18446744073709551615",
            "1844674407370955161.5",
            "0.99999999999999999999",
            "1.0201000000000000000000000005",
            "-7922816251426433759354395033.5",
            "79228162514264337593543950335",
            "-0.5000000000000000000000000001",
        ];
        for text in values {
            for dp in 0..6 {
                let value = d(text);
                let slow = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
                let fast = round(value, dp);
                assert_eq!(fast, slow, "{text} to {dp}");
                assert_eq!(fast.scale(), slow.scale(), "{text} to {dp}");
                assert_eq!(
                    fast.is_sign_negative(),
                    slow.is_sign_negative(),
                    "{text} to {dp}"
                );
            }
        }
    }

    #[test]
    fn fixed_rounds_half_away_from_zero() {
        assert_eq!(fixed(d("1.145"), 2), "1.15");
        assert_eq!(fixed(d("-1.145"), 2), "-1.15");
        assert_eq!(fixed(d("-0.001"), 2), "0.00");
        assert_eq!(grouped_fixed(d("-5460"), 2), "-5,460.00");
    }
}
