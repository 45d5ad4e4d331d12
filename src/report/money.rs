//! Rounding and checked arithmetic shared by every report.

use rust_decimal::Decimal;

pub use crate::number::round;

/// Rounds to cents, half away from zero.
pub fn cents(value: Decimal) -> Decimal {
    round(value, 2)
}

/// `base × (1 + rate)^exponent`, for negative exponents too; None on overflow
/// or when `1 + rate` is zero and the exponent is negative.
pub fn compound(base: Decimal, rate: Decimal, exponent: i32) -> Option<Decimal> {
    let factor = Decimal::ONE.checked_add(rate)?;
    let mut value = base;
    for _ in 0..exponent.unsigned_abs() {
        value = if exponent >= 0 {
            value.checked_mul(factor)?
        } else {
            value.checked_div(factor)?
        };
    }
    Some(value)
}

/// `part / whole × 100`; None when `whole` is zero or on overflow.
pub fn percent_of(part: Decimal, whole: Decimal) -> Option<Decimal> {
    part.checked_div(whole)?.checked_mul(Decimal::ONE_HUNDRED)
}
