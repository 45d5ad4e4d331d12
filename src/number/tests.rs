//! Unit tests of the number formatters, with explicit expected values.

use super::*;
use crate::number::testing::d;

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
