//! Digits of a decimal, written raw or grouped: the common ground of the
//! number formatters, each built from the digits so that no width of
//! value can overflow a fixed buffer.

use std::fmt;

use rust_decimal::Decimal;

/// The value's sign, digits and scale without trailing fractional zeros.
pub(super) fn trimmed(value: Decimal) -> (bool, u128, u32) {
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
pub(super) fn write_digits<W: fmt::Write>(
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
pub(super) fn push_digits(
    out: &mut String,
    negative: bool,
    digits: u128,
    scale: u32,
    dp: u32,
    group: bool,
) {
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

/// Writes `digits` into `reversed`, last digit first; returns how many.
pub(super) fn reverse_digits(digits: u128, reversed: &mut [u8; 40]) -> usize {
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
