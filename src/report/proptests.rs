//! Invariants of the cash-flow arithmetic over generated plans.

use proptest::prelude::*;
use rust_decimal::Decimal;

use super::budget::{BudgetOptions, budget};
use super::budget_tests::plan;

#[derive(Debug, Clone)]
struct Item {
    start: i32,
    one_time: i64,
    recurring: i64,
    recurring_end: Option<i32>,
}

fn item() -> impl Strategy<Value = Item> {
    (
        2020..2035i32,
        -1_000_000..10_000_000i64,
        -100_000..1_000_000i64,
        proptest::option::of(0..12i32),
    )
        .prop_map(|(start, one_time, recurring, span)| Item {
            start,
            one_time,
            recurring,
            recurring_end: span.map(|s| start + s),
        })
}

fn plan_text(items: &[Item]) -> String {
    let mut text = String::from("[plan]\nname = \"P\"\nfirst_year = 2025\nlast_year = 2030\n");
    for (i, item) in items.iter().enumerate() {
        text.push_str(&format!("[[initiative]]\nid = \"I{i}\"\nname = \"n\"\nstart = {}\none_time = {}\nrecurring = {}\n", item.start, item.one_time, item.recurring));
        if let Some(end) = item.recurring_end {
            text.push_str(&format!("recurring_end = {end}\n"));
        }
    }
    text
}

/// Years of the 2025..=2030 horizon that `from..=to` covers.
fn years_in_horizon(from: i32, to: i32) -> i64 {
    i64::from((to.min(2030) - from.max(2025) + 1).max(0))
}

proptest! {
    #[test]
    fn horizon_total_is_one_time_plus_each_recurring_times_its_years(items in proptest::collection::vec(item(), 0..12)) {
        let report = budget(&plan(&plan_text(&items)), &BudgetOptions::default()).expect("computes");
        let expected: i64 = items.iter().map(|item| {
            let one_time = if (2025..=2030).contains(&item.start) { item.one_time } else { 0 };
            let years = years_in_horizon(item.start, item.recurring_end.unwrap_or(2030));
            one_time + item.recurring * years
        }).sum();
        prop_assert_eq!(report.totals.cash_flow_total, Decimal::from(expected));
        let yearly: Decimal = report.totals.cash_flow.iter().sum();
        prop_assert_eq!(yearly, report.totals.cash_flow_total);
    }

    #[test]
    fn reordering_initiatives_changes_no_total(items in proptest::collection::vec(item(), 1..10), rotate in 0usize..10) {
        let mut reordered = items.clone();
        reordered.rotate_left(rotate % items.len());
        reordered.reverse();
        let options = BudgetOptions::default();
        let a = budget(&plan(&plan_text(&items)), &options).expect("computes");
        let b = budget(&plan(&plan_text(&reordered)), &options).expect("computes");
        prop_assert_eq!(a.totals, b.totals);
    }
}
