//! Loans and level payments, with explicit expected values.

use rust_decimal::Decimal;

use super::budget_tests::d;
use super::debt::{Loan, debt_service, level_payment, loans};
use crate::plan::Debt;

fn terms(rate: &str, term: u32, first_payment: u32) -> Debt {
    Debt {
        rate: d(rate),
        term,
        first_payment,
        span: 0..0,
    }
}

#[test]
fn a_million_at_four_and_a_half_percent_over_ten_years_pays_126_378_82() {
    assert_eq!(
        level_payment(d("1000000"), d("0.045"), 10),
        Some(d("126378.82"))
    );
}

#[test]
fn level_payments_match_published_annuity_tables() {
    // 500,000 at 3% over 20 years; 250,000 at 6% over 5 years; one year repays with interest.
    assert_eq!(
        level_payment(d("500000"), d("0.03"), 20),
        Some(d("33607.85"))
    );
    assert_eq!(
        level_payment(d("250000"), d("0.06"), 5),
        Some(d("59349.10"))
    );
    assert_eq!(level_payment(d("1000"), d("0.05"), 1), Some(d("1050.00")));
}

#[test]
fn at_zero_interest_the_payment_is_the_principal_over_the_term_in_cents() {
    assert_eq!(
        level_payment(d("1000000"), Decimal::ZERO, 10),
        Some(d("100000"))
    );
    // Cents rounding at 0% can leave the term a cent or two short of the principal.
    assert_eq!(level_payment(d("100"), Decimal::ZERO, 3), Some(d("33.33")));
    assert_eq!(level_payment(d("200"), Decimal::ZERO, 3), Some(d("66.67")));
}

#[test]
fn a_huge_rate_pays_about_the_interest_and_does_not_overflow() {
    let payment = level_payment(d("1000000"), d("10"), 40).expect("no overflow");
    assert_eq!(payment, d("10000000.00"));
    assert_eq!(level_payment(d("1"), d("0.05"), 0), None);
}

#[test]
fn one_loan_per_borrowing_year_paid_from_the_year_after() {
    let borrowing = [d("1000000"), Decimal::ZERO, d("-5"), d("250000")];
    let loans = loans(&terms("0.045", 10, 1), 2025, &borrowing).expect("no overflow");
    assert_eq!(
        loans,
        vec![
            Loan {
                year: 2025,
                principal: d("1000000"),
                payment: d("126378.82"),
                first_payment: 2026,
                last_payment: 2035,
            },
            Loan {
                year: 2028,
                principal: d("250000"),
                payment: d("31594.71"),
                first_payment: 2029,
                last_payment: 2038,
            },
        ]
    );
    assert_eq!(loans[0].total_paid(), Some(d("1263788.20")));
    assert_eq!(loans[0].interest(), Some(d("263788.20")));
}

#[test]
fn first_payment_zero_pays_in_the_borrowing_year() {
    let loans = loans(&terms("0", 4, 0), 2025, &[d("1000")]).expect("no overflow");
    assert_eq!(
        (loans[0].first_payment, loans[0].last_payment),
        (2025, 2028)
    );
    assert_eq!(
        debt_service(&loans, 2025, 3),
        Some(vec![d("250"), d("250"), d("250")])
    );
}

#[test]
fn payments_past_the_horizon_are_in_no_year() {
    let loans = loans(&terms("0.045", 10, 1), 2025, &[d("1000000")]).expect("no overflow");
    // Horizon 2025..=2029: the loan pays 2026..=2035; only four payments fall inside.
    let service = debt_service(&loans, 2025, 5).expect("no overflow");
    assert_eq!(
        service,
        vec![
            Decimal::ZERO,
            d("126378.82"),
            d("126378.82"),
            d("126378.82"),
            d("126378.82")
        ]
    );
    assert_eq!(service.iter().sum::<Decimal>(), d("505515.28"));
}

#[test]
fn loans_that_overlap_add_up_in_their_common_years() {
    let borrowing = [d("1000"), d("2000")];
    let loans = loans(&terms("0", 2, 1), 2025, &borrowing).expect("no overflow");
    assert_eq!(
        debt_service(&loans, 2025, 4),
        Some(vec![Decimal::ZERO, d("500"), d("1500"), d("1000")])
    );
}
