//! Money for people: thousands separators, and cents only when a figure
//! (or its column) has any.

use rust_decimal::Decimal;

use super::digits::{push_digits, trimmed};

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
