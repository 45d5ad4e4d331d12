//! `--max-increase` and `--warn-increase`: how much the cash flow may grow;
//! `--max-tax-increase`: how many points of levy a year's tax impact may grow.

use rust_decimal::Decimal;

use crate::number;
use crate::plan::value::parse_decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Threshold {
    /// Money, e.g. 250000.
    Amount(Decimal),
    /// Percent of the old total, e.g. 5 for "5%".
    Percent(Decimal),
}

impl Threshold {
    /// Reads "250000", "250_000", "250,000" or "5%"; None when malformed or negative.
    pub fn parse(text: &str) -> Option<Threshold> {
        let text = text.trim();
        let (number, percent) = match text.strip_suffix('%') {
            Some(number) => (number.trim(), true),
            None => (text, false),
        };
        let cleaned: String = number.chars().filter(|c| *c != ',').collect();
        // Exponents are legal for parse_decimal but surprising on a command line.
        if cleaned.contains(['e', 'E']) {
            return None;
        }
        let value = parse_decimal(&cleaned).filter(|v| !v.is_sign_negative())?;
        Some(if percent {
            Threshold::Percent(value)
        } else {
            Threshold::Amount(value)
        })
    }

    /// True when going from `old` to `new` grows by strictly more than the
    /// threshold. A percent is relative to the old total (its size, should it
    /// be negative); from an old total of 0 any increase exceeds a percent.
    pub fn exceeded(self, old: Decimal, new: Decimal) -> bool {
        let Some(increase) = new.checked_sub(old) else {
            // Only a change larger than any threshold overflows.
            return new > old;
        };
        if increase <= Decimal::ZERO {
            return false;
        }
        match self {
            Threshold::Amount(limit) => increase > limit,
            Threshold::Percent(_) if old.is_zero() => true,
            // increase / |old| × 100 > limit, without dividing (exact).
            Threshold::Percent(limit) => {
                match (
                    increase.checked_mul(Decimal::ONE_HUNDRED),
                    limit.checked_mul(old.abs()),
                ) {
                    (Some(lhs), Some(rhs)) => lhs > rhs,
                    // The increase × 100 overflowed: it dwarfs any sane limit.
                    (None, _) => true,
                    (Some(_), None) => false,
                }
            }
        }
    }
}

/// Reads percentage points of levy: "0.15", or "0.15pp"; None when
/// malformed or negative. "0.15%" is refused: a reader could take it for a
/// relative growth of the tax impact.
pub fn parse_points(text: &str) -> Option<Decimal> {
    let text = text.trim();
    let number = text.strip_suffix("pp").unwrap_or(text).trim();
    if number.contains(['e', 'E', '%']) {
        return None;
    }
    parse_decimal(number).filter(|v| !v.is_sign_negative())
}

impl Threshold {
    /// For machines: "250000" or "5%".
    pub fn plain(self) -> String {
        match self {
            Threshold::Amount(amount) => number::plain(amount),
            Threshold::Percent(percent) => format!("{}%", number::plain(percent)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::number::testing::d;

    #[test]
    fn parses_amounts_and_percents() {
        assert_eq!(
            Threshold::parse("250000"),
            Some(Threshold::Amount(d("250000")))
        );
        assert_eq!(
            Threshold::parse("250_000"),
            Some(Threshold::Amount(d("250000")))
        );
        assert_eq!(
            Threshold::parse("250,000.50"),
            Some(Threshold::Amount(d("250000.5")))
        );
        assert_eq!(Threshold::parse("5%"), Some(Threshold::Percent(d("5"))));
        assert_eq!(
            Threshold::parse(" 2.5 % "),
            Some(Threshold::Percent(d("2.5")))
        );
        assert_eq!(Threshold::parse("0"), Some(Threshold::Amount(d("0"))));
    }

    #[test]
    fn rejects_malformed_thresholds() {
        for bad in [
            "",
            "%",
            "five",
            "5%%",
            "-1",
            "-5%",
            "1e6",
            "$100",
            "5 percent",
        ] {
            assert_eq!(Threshold::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn points_are_bare_numbers() {
        assert_eq!(parse_points("0.15"), Some(d("0.15")));
        assert_eq!(parse_points(" 0.15pp "), Some(d("0.15")));
        assert_eq!(parse_points("0"), Some(d("0")));
        for bad in ["", "pp", "0.15%", "-0.1", "1e-1", "points", "0.1.5"] {
            assert_eq!(parse_points(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn amount_is_exceeded_only_strictly() {
        let limit = Threshold::Amount(d("250000"));
        assert!(!limit.exceeded(d("1000000"), d("1249999.99")));
        assert!(!limit.exceeded(d("1000000"), d("1250000")));
        assert!(limit.exceeded(d("1000000"), d("1250000.01")));
        assert!(!limit.exceeded(d("1000000"), d("0")));
    }

    #[test]
    fn percent_is_relative_to_the_old_total() {
        let limit = Threshold::Percent(d("5"));
        assert!(!limit.exceeded(d("9230000"), d("9691499")));
        assert!(!limit.exceeded(d("9230000"), d("9691500")));
        assert!(limit.exceeded(d("9230000"), d("9691500.01")));
        assert!(!limit.exceeded(d("9230000"), d("9000000")));
    }

    #[test]
    fn percent_of_a_negative_old_total_uses_its_size() {
        let limit = Threshold::Percent(d("10"));
        assert!(!limit.exceeded(d("-1000"), d("-900")));
        assert!(limit.exceeded(d("-1000"), d("-899")));
    }

    #[test]
    fn from_zero_any_increase_exceeds_a_percent() {
        let limit = Threshold::Percent(d("1000"));
        assert!(limit.exceeded(d("0"), d("0.01")));
        assert!(!limit.exceeded(d("0"), d("0")));
        assert!(!Threshold::Amount(d("1")).exceeded(d("0"), d("1")));
    }

    #[test]
    fn zero_threshold_fails_any_increase() {
        assert!(Threshold::Amount(d("0")).exceeded(d("5"), d("5.01")));
        assert!(!Threshold::Amount(d("0")).exceeded(d("5"), d("5")));
        assert!(Threshold::Percent(d("0")).exceeded(d("5"), d("5.01")));
    }

    #[test]
    fn huge_changes_do_not_overflow() {
        assert!(Threshold::Percent(d("5")).exceeded(Decimal::MIN, Decimal::MAX));
        assert!(Threshold::Amount(d("5")).exceeded(d("-1"), Decimal::MAX));
        assert!(!Threshold::Amount(d("5")).exceeded(Decimal::MAX, Decimal::MIN));
    }
}
