//! Funding shares, levy requirement and tax impact, with explicit values.

use rust_decimal::Decimal;

use super::budget::{BudgetOptions, BudgetReport, budget};
use super::budget_tests::{d, plan};
use super::funding_shares::split;
use super::group::GroupBy;
use crate::plan::{Debt, Funding, Plan};

fn shares(parts: &[(&str, &str)]) -> Funding {
    Funding::Shares(parts.iter().map(|(n, s)| (n.to_string(), d(s))).collect())
}

fn source(name: &str) -> Funding {
    Funding::Source(name.into())
}

fn ds(values: &[&str]) -> Vec<Decimal> {
    values.iter().map(|v| d(v)).collect()
}

#[test]
fn three_way_shares_of_an_odd_cent_amount_leave_the_remainder_to_the_last() {
    let funding = shares(&[
        ("grant", "0.3333"),
        ("reserve", "0.3333"),
        ("levy", "0.3334"),
    ]);
    let parts = split(d("100.01"), &funding).expect("no overflow");
    let amounts: Vec<Decimal> = parts.iter().map(|(_, a)| *a).collect();
    assert_eq!(amounts, ds(&["33.33", "33.33", "33.35"]));
    let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["grant", "reserve", "levy"]);
}

#[test]
fn shares_round_half_away_from_zero_and_negative_amounts_split_alike() {
    let halves = shares(&[("grant", "0.5"), ("levy", "0.5")]);
    let parts = split(d("0.05"), &halves).expect("no overflow");
    assert_eq!(parts[0].1, d("0.03"));
    assert_eq!(parts[1].1, d("0.02"));
    let parts = split(d("-100.01"), &halves).expect("no overflow");
    assert_eq!((parts[0].1, parts[1].1), (d("-50.01"), d("-50.00")));
}

#[test]
fn order_as_written_decides_who_takes_the_remainder() {
    let funding = shares(&[
        ("levy", "0.3334"),
        ("grant", "0.3333"),
        ("reserve", "0.3333"),
    ]);
    let amounts: Vec<Decimal> = split(d("100.01"), &funding)
        .expect("no overflow")
        .into_iter()
        .map(|(_, a)| a)
        .collect();
    assert_eq!(amounts, ds(&["33.34", "33.33", "33.34"]));
}

const HEADER: &str = "[plan]\nname = \"T\"\nfirst_year = 2025\nlast_year = 2029\n\
[levy]\nby_year = { 2025 = 10_000_000, 2026 = 10_000_000, 2027 = 10_000_000, 2028 = 10_000_000, 2029 = 10_000_000 }\nhouseholds = 1000\n";

/// Borrowing terms: 4.5% a year, repaid over 10 years from the next.
fn ten_years_at_4_5() -> Debt {
    Debt {
        rate: d("0.045"),
        term: 10,
        first_payment: 1,
        span: 0..0,
    }
}

/// A debenture-funded system in 2025 and a grant-shared project with a
/// levy-paid recurring cost from 2026.
fn demo() -> Plan {
    let mut plan = plan(&format!(
        "{HEADER}[[initiative]]\nid = \"SYS\"\nname = \"s\"\nstart = 2025\none_time = 1_000_000\n\
         [[initiative]]\nid = \"WEB\"\nname = \"w\"\nstart = 2026\none_time = 100.01\nrecurring = 1000\n"
    ));
    plan.debt = Some(ten_years_at_4_5());
    plan.initiatives[0].funding = Some(source("Debt"));
    plan.initiatives[1].funding = Some(shares(&[
        ("grant", "0.3333"),
        ("reserve", "0.3333"),
        ("levy", "0.3334"),
    ]));
    plan
}

fn report(plan: &Plan, options: BudgetOptions) -> BudgetReport {
    budget(plan, &options).expect("computes")
}

#[test]
fn funding_by_source_debt_service_and_levy_requirement() {
    let r = report(
        &demo(),
        BudgetOptions {
            levy: true,
            ..BudgetOptions::default()
        },
    );
    // Cash flow is spending: unchanged by how it is paid.
    assert_eq!(
        r.totals.cash_flow,
        ds(&["1000000", "1100.01", "1000", "1000", "1000"])
    );
    let f = r.funding.as_ref().expect("funding rows");
    assert_eq!(f.sources, ["levy", "Debt", "grant", "reserve"]);
    assert_eq!(
        f.by_source[0],
        ds(&["0", "1033.35", "1000", "1000", "1000"])
    );
    assert_eq!(f.by_source[1], ds(&["1000000", "0", "0", "0", "0"]));
    assert_eq!(f.by_source[2], ds(&["0", "33.33", "0", "0", "0"]));
    assert_eq!(f.by_source[3], ds(&["0", "33.33", "0", "0", "0"]));
    assert_eq!(
        f.source_totals,
        ds(&["4033.35", "1000000", "33.33", "33.33"])
    );
    assert_eq!(
        f.debt_service,
        ds(&["0", "126378.82", "126378.82", "126378.82", "126378.82"])
    );
    assert_eq!(f.debt_service_total, d("505515.28"));
    assert_eq!(
        f.levy_requirement,
        ds(&["0", "127412.17", "127378.82", "127378.82", "127378.82"])
    );
    assert_eq!(f.levy_requirement_total, d("509548.63"));
    // Six payments of the 2025 loan fall after 2029: in no total.
    assert_eq!(f.after_horizon, d("758272.92"));
    let levy = r.levy.as_ref().expect("levy rows");
    assert_eq!(levy.tax_impact_percent[0], Decimal::ZERO);
    assert_eq!(levy.tax_impact_percent[1], d("1.2741217"));
    assert_eq!(levy.change_percent[2], Some(d("-0.0003335")));
    assert_eq!(
        levy.per_household.as_ref().expect("households")[1],
        d("127.41")
    );
}

#[test]
fn sources_of_a_year_add_up_to_its_cash_flow() {
    let r = report(&demo(), BudgetOptions::default());
    let f = r.funding.as_ref().expect("funding rows");
    for (j, flow) in r.totals.cash_flow.iter().enumerate() {
        let sum: Decimal = f.by_source.iter().map(|s| s[j]).sum();
        assert_eq!(sum, *flow);
    }
}

#[test]
fn a_window_shows_its_years_and_the_change_from_the_year_before() {
    let options = BudgetOptions {
        levy: true,
        from: Some(2027),
        to: Some(2028),
        ..BudgetOptions::default()
    };
    let r = report(&demo(), options);
    let f = r.funding.as_ref().expect("funding rows");
    assert_eq!(f.debt_service, ds(&["126378.82", "126378.82"]));
    assert_eq!(f.levy_requirement_total, d("254757.64"));
    // 127378.82 − 127412.17 (2026) over a levy of 10,000,000.
    let levy = r.levy.as_ref().expect("levy rows");
    assert_eq!(levy.change_percent[0], Some(d("-0.0003335")));
}

#[test]
fn a_plan_without_funding_has_no_funding_rows_and_taxes_its_cash_flow() {
    let plain = plan(&format!(
        "{HEADER}[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2026\none_time = 100\nrecurring = 10\n"
    ));
    let r = report(
        &plain,
        BudgetOptions {
            levy: true,
            ..BudgetOptions::default()
        },
    );
    assert!(r.funding.is_none());
    assert_eq!(r.levy_requirement().0, &r.totals.cash_flow[..]);
    assert_eq!(
        r.levy.as_ref().expect("levy").tax_impact_percent[1],
        d("0.0011")
    );
}

#[test]
fn first_payment_zero_puts_debt_service_in_the_borrowing_year() {
    let mut plan = demo();
    if let Some(debt) = plan.debt.as_mut() {
        debt.first_payment = 0;
    }
    let r = report(&plan, BudgetOptions::default());
    let f = r.funding.as_ref().expect("funding rows");
    assert_eq!(f.debt_service[0], d("126378.82"));
    assert_eq!(f.levy_requirement[0], d("126378.82"));
    assert_eq!(f.after_horizon, d("631894.10"));
}

#[test]
fn borrowing_outside_the_horizon_takes_no_loan() {
    let mut plan = plan(&format!(
        "{HEADER}[[initiative]]\nid = \"OLD\"\nname = \"o\"\nstart = 2024\none_time = 1_000_000\n\
         [[initiative]]\nid = \"NEW\"\nname = \"n\"\nstart = 2030\none_time = 1_000_000\n"
    ));
    plan.debt = Some(ten_years_at_4_5());
    plan.initiatives[0].funding = Some(source("debt"));
    plan.initiatives[1].funding = Some(source("debt"));
    let r = report(&plan, BudgetOptions::default());
    let f = r.funding.as_ref().expect("funding rows");
    assert!(f.loans.is_empty());
    assert_eq!(f.debt_service_total, Decimal::ZERO);
    assert_eq!(f.sources, ["levy", "debt"]);
}

#[test]
fn recurring_funding_splits_each_escalated_year_separately() {
    let mut plan = plan(&format!(
        "{HEADER}[[initiative]]\nid = \"R\"\nname = \"r\"\nstart = 2025\nrecurring = 100.01\nescalation = \"3%\"\n"
    ));
    plan.initiatives[0].recurring_funding = Some(shares(&[("reserve", "0.5"), ("levy", "0.5")]));
    let r = report(&plan, BudgetOptions::default());
    let f = r.funding.as_ref().expect("funding rows");
    // 100.01, 103.01, 106.10, 109.28, 112.56: each split 50/50, reserve's half rounded.
    assert_eq!(
        r.totals.cash_flow,
        ds(&["100.01", "103.01", "106.10", "109.28", "112.56"])
    );
    assert_eq!(
        f.by_source[1],
        ds(&["50.01", "51.51", "53.05", "54.64", "56.28"])
    );
    assert_eq!(
        f.by_source[0],
        ds(&["50.00", "51.50", "53.05", "54.64", "56.28"])
    );
}

#[test]
fn by_funding_gives_one_row_per_initiative_and_source_with_matching_subtotals() {
    let options = BudgetOptions {
        by: Some(GroupBy::Funding),
        ..BudgetOptions::default()
    };
    let r = report(&demo(), options);
    let f = r.funding.as_ref().expect("funding rows");
    let rows: Vec<(&str, Option<&str>)> = f
        .by_initiative
        .iter()
        .map(|row| (row.id.as_str(), row.group.as_deref()))
        .collect();
    assert_eq!(
        rows,
        [
            ("SYS", Some("Debt")),
            ("WEB", Some("grant")),
            ("WEB", Some("reserve")),
            ("WEB", Some("levy")),
        ]
    );
    let groups = r.groups.as_ref().expect("groups");
    assert_eq!(groups.len(), f.sources.len());
    for group in groups {
        let s = f
            .sources
            .iter()
            .position(|name| Some(name) == group.name.as_ref())
            .expect("a source");
        assert_eq!(group.cash_flow, f.by_source[s]);
        assert_eq!(group.total, f.source_totals[s]);
    }
    let web_levy = &f.by_initiative[3];
    assert_eq!(
        web_levy.one_time.amount(),
        crate::plan::Amount::Known(d("33.35"))
    );
    assert_eq!(web_levy.recurring, crate::plan::Amount::Known(d("1000")));
}
