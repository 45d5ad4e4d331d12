//! Decimal helpers at the bottom of every layer: the contract's rounding,
//! and numbers written raw for machines or grouped for people.

use rust_decimal::{Decimal, RoundingStrategy};

mod digits;
mod money;
#[cfg(test)]
mod tests;
mod text;

use digits::{push_digits, trimmed};
pub use money::*;
pub use text::*;

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

/// Rounded to `dp` decimals and written with exactly that many.
/// Built from the digits: Decimal's own `{:.N}` overflows a fixed buffer
/// on wide values and panics.
pub fn fixed(value: Decimal, dp: u32) -> String {
    let (negative, digits, scale) = trimmed(round(value, dp));
    let mut out = String::new();
    push_digits(&mut out, negative, digits, scale, dp.max(scale), false);
    out
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

/// Test helpers shared by every layer's unit tests.
#[cfg(test)]
pub(crate) mod testing {
    use rust_decimal::Decimal;

    /// An exact decimal from its literal text.
    pub fn d(text: &str) -> Decimal {
        text.parse().expect("a decimal literal")
    }
}
