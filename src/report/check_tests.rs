//! Stated figures matched against computed ones, at the precision they were stated to.

use super::*;
use crate::number::testing::d;

#[test]
fn percent_holds_within_the_written_precision() {
    let stated = d("1.15");
    assert!(percent_matches(stated, 2, d("1.145")));
    assert!(percent_matches(stated, 2, d("1.1544")));
    assert!(percent_matches(stated, 2, d("1.15")));
    assert!(percent_matches(stated, 2, d("1.154999999")));
    assert!(!percent_matches(stated, 2, d("1.155")));
    assert!(!percent_matches(stated, 2, d("1.144999")));
}

#[test]
fn negative_percents_round_away_from_zero() {
    let stated = d("-1.15");
    assert!(percent_matches(stated, 2, d("-1.145")));
    assert!(percent_matches(stated, 2, d("-1.154999")));
    assert!(!percent_matches(stated, 2, d("-1.155")));
    assert!(!percent_matches(stated, 2, d("-1.144999")));
    assert!(!percent_matches(d("1.15"), 2, d("-1.15")));
}

#[test]
fn precision_follows_the_digits_written() {
    assert!(percent_matches(d("1.3"), 1, d("1.3314")));
    assert!(!percent_matches(d("1.30"), 2, d("1.3314")));
    assert!(percent_matches(d("1.30"), 2, d("1.2982")));
    assert!(percent_matches(d("2"), 0, d("1.5")));
    assert!(!percent_matches(d("2"), 0, d("1.4999")));
    assert!(percent_matches(d("0.00"), 2, d("-0.004")));
}

#[test]
fn money_holds_within_the_tolerance() {
    assert!(money_matches(d("255000"), d("0"), d("255000.00")));
    assert!(!money_matches(d("255000"), d("0"), d("243000")));
    assert!(money_matches(d("255000"), d("12000"), d("243000")));
    assert!(!money_matches(d("255000"), d("11999.99"), d("243000")));
    assert!(money_matches(d("-500"), d("1"), d("-501")));
    assert!(!money_matches(Decimal::MIN, d("0"), Decimal::MAX));
}
