//! Exact decimals to the spreadsheet's doubles: the one place itplan lets
//! a figure become a binary float, at the last moment.

use rust_decimal::Decimal;

use crate::diagnostic::Diagnostic;

/// A double holds every decimal of up to 15 significant digits exactly
/// enough to give it back digit for digit.
pub const MAX_DIGITS: u32 = 15;

/// Digits from the first to the last non-zero one: 1200 has 2, 0.0015
/// has 2, 1234.05 has 6, 0 has 0.
pub fn significant_digits(value: Decimal) -> u32 {
    let mut mantissa = value.normalize().mantissa().unsigned_abs();
    if mantissa == 0 {
        return 0;
    }
    while mantissa.is_multiple_of(10) {
        mantissa /= 10;
    }
    let mut digits = 0;
    while mantissa > 0 {
        mantissa /= 10;
        digits += 1;
    }
    digits
}

/// The double nearest to `value` (Rust's parser rounds correctly).
pub fn nearest(value: Decimal) -> f64 {
    // Decimal prints plain digits, which always parse.
    value.to_string().parse().unwrap_or(f64::NAN)
}

/// An amount the workbook must hold digit for digit: an input, or a money
/// figure itplan states. `what` names it for the error, located at `span`.
pub fn exact(
    value: Decimal,
    what: impl FnOnce() -> (String, Option<std::ops::Range<usize>>),
) -> Result<f64, Diagnostic> {
    let digits = significant_digits(value);
    if digits > MAX_DIGITS {
        let (name, span) = what();
        return Err(Diagnostic::error(
            span,
            format!(
                "{name} ({}) has {digits} significant digits, more than a workbook can hold",
                value.normalize()
            ),
        )
        .label(format!("a spreadsheet number keeps {MAX_DIGITS} significant digits"))
        .help(format!(
            "round it to at most {MAX_DIGITS} significant digits, or choose another --format (itplan's own figures stay exact)"
        )));
    }
    Ok(nearest(value))
}

/// The cached result of a money figure itplan states: held digit for digit.
pub fn exact_result(
    value: Decimal,
    what: impl FnOnce() -> (String, Option<std::ops::Range<usize>>),
) -> Result<String, Diagnostic> {
    exact(value, what)?;
    Ok(result(value))
}

/// A formula's cached result: the shortest text that reads back as the
/// double nearest to itplan's exact figure.
pub fn result(value: Decimal) -> String {
    let double = nearest(value);
    if double == 0.0 {
        "0".into()
    } else {
        double.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::number::testing::d;

    #[test]
    fn counts_significant_digits() {
        assert_eq!(significant_digits(d("0")), 0);
        assert_eq!(significant_digits(d("1200")), 2);
        assert_eq!(significant_digits(d("0.0015")), 2);
        assert_eq!(significant_digits(d("1234.05")), 6);
        assert_eq!(significant_digits(d("-4627.350")), 6);
        assert_eq!(significant_digits(d("123456789012345.6")), 16);
    }

    #[test]
    fn fifteen_digits_pass_and_sixteen_fail() {
        let fifteen = d("9999999999999.99");
        assert_eq!(exact(fifteen, || unreachable!()).unwrap(), 9999999999999.99);
        let sixteen = d("99999999999999.99");
        let error = exact(sixteen, || ("`recurring` of `X`".into(), Some(3..9))).unwrap_err();
        assert_eq!(error.span, Some(3..9));
        assert_eq!(
            error.message,
            "`recurring` of `X` (99999999999999.99) has 16 significant digits, more than a workbook can hold"
        );
    }

    #[test]
    fn results_are_shortest_round_trip_text() {
        assert_eq!(result(d("1458000")), "1458000");
        assert_eq!(result(d("4627.35")), "4627.35");
        assert_eq!(result(d("-0.00")), "0");
        assert_eq!(
            result(d("1.1544418052256532066508313539")),
            "1.1544418052256533"
        );
    }
}
