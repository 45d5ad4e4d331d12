//! Levelling with explicit expected values. C(y) = 2 FTE × 100 h − 100 h
//! operational = 100 hours per quarter, so 400 effort hours fill a year.

use rust_decimal::Decimal;

use super::*;
use crate::plan::Plan;
use crate::report::budget_tests::d;
use crate::report::level_fixtures::{HEAD, depends, workplan};

fn hundred() -> Vec<Decimal> {
    vec![d("100"); 5]
}

fn run(plan: &Plan, available: &[Decimal]) -> Levelled {
    level(plan, available, Window::new(2025, 2029)).expect("levels")
}

fn moved(levelled: &Levelled) -> Vec<(String, Year, Year, String)> {
    levelled
        .moves
        .iter()
        .map(|m| (m.id.clone(), m.from, m.to, m.reason.to_string()))
        .collect()
}

fn row(id: &str, from: Year, to: Year, reason: &str) -> (String, Year, Year, String) {
    (id.to_string(), from, to, reason.to_string())
}

#[test]
fn a_dependency_chain_follows_its_first_link() {
    let mut plan = workplan(
        "",
        &[
            ("A", 2025, 2025, "effort_hours = 400"),
            ("B", 2025, 2025, "effort_hours = 200"),
            ("C", 2025, 2025, "effort_hours = 200"),
        ],
    );
    depends(&mut plan, "B", &["A"]);
    depends(&mut plan, "C", &["B"]);
    let levelled = run(&plan, &hundred());
    assert_eq!(
        moved(&levelled),
        vec![
            row("B", 2025, 2026, "capacity in 2025"),
            row("C", 2025, 2026, "after B")
        ]
    );
    assert_eq!(levelled.load[..3], [d("100"), d("100"), d("0")]);
    let c = &levelled.plan.initiatives[2];
    assert_eq!((c.start_year, c.end_year), (Some(2026), Some(2026)));
}

#[test]
fn priority_decides_who_stays_and_dependencies_decide_who_goes_first() {
    let mut plan = workplan(
        "",
        &[
            (
                "low",
                2025,
                2025,
                "effort_hours = 400\nurgency = 1\nimportance = 1",
            ),
            (
                "high",
                2025,
                2025,
                "effort_hours = 400\nurgency = 5\nimportance = 5",
            ),
            ("needs-low", 2025, 2025, "effort_hours = 400"),
        ],
    );
    plan.initiatives[2].rank = Some(1);
    depends(&mut plan, "needs-low", &["low"]);
    let levelled = run(&plan, &hundred());
    // needs-low is ranked first but waits for low, so high is placed first.
    assert_eq!(
        moved(&levelled),
        vec![
            row("low", 2025, 2026, "capacity in 2025"),
            row("needs-low", 2025, 2027, "capacity in 2026"),
        ]
    );
}

#[test]
fn a_year_already_over_capacity_takes_no_discretionary_work() {
    let plan = workplan(
        "{ 2026 = 150 }",
        &[
            ("D", 2026, 2026, "effort_hours = 40"),
            ("no-effort", 2026, 2026, "one_time = 10"),
            ("fixed", 2026, 2026, "effort_hours = 40"),
        ],
    );
    let mut plan = plan;
    plan.initiatives[2].discretionary = false;
    let levelled = run(&plan, &hundred());
    assert_eq!(
        moved(&levelled),
        vec![row("D", 2026, 2027, "capacity in 2026")]
    );
    // 150 demand + 10 fixed effort stay in 2026: the remaining deficit.
    assert_eq!(levelled.load[..3], [d("0"), d("160"), d("10")]);
}

#[test]
fn an_effort_too_large_for_any_year_moves_past_the_capacity_window() {
    let plan = workplan("", &[("E", 2025, 2025, "effort_hours = 800")]);
    let levelled = run(&plan, &hundred());
    assert_eq!(
        moved(&levelled),
        vec![row("E", 2025, 2030, "capacity in 2025")]
    );
    assert_eq!(
        levelled.moves[0].blocked_years,
        vec![2025, 2026, 2027, 2028, 2029]
    );
    assert_eq!(levelled.load, vec![Decimal::ZERO; 5]);
}

#[test]
fn an_even_spread_skips_every_shift_that_still_covers_a_full_year() {
    let plan = workplan("{ 2026 = 50 }", &[("F", 2025, 2026, "effort_hours = 800")]);
    let levelled = run(&plan, &hundred());
    assert_eq!(
        moved(&levelled),
        vec![row("F", 2025, 2027, "capacity in 2026")]
    );
    assert_eq!(levelled.moves[0].blocked_years, vec![2026]);
    let f = &levelled.plan.initiatives[0];
    assert_eq!((f.start_year, f.end_year), (Some(2027), Some(2028)));
}

#[test]
fn an_effort_table_tries_every_shift() {
    let plan = workplan(
        "{ 2027 = 50 }",
        &[("G", 2025, 2027, "effort_hours = { 2025 = 400, 2027 = 400 }")],
    );
    let levelled = run(&plan, &hundred());
    assert_eq!(
        moved(&levelled),
        vec![row("G", 2025, 2026, "capacity in 2027")]
    );
    assert_eq!(
        levelled.load,
        vec![d("0"), d("100"), d("50"), d("100"), d("0")]
    );
}

#[test]
fn more_capacity_moves_nothing() {
    let plan = workplan("", &[("E", 2025, 2025, "effort_hours = 800")]);
    let levelled = run(&plan, &[d("200"); 5]);
    assert!(levelled.moves.is_empty());
}

#[test]
fn fixed_and_unscheduled_work_never_moves() {
    let mut plan = workplan(
        "{ 2025 = 500 }",
        &[
            (
                "staff",
                2025,
                2025,
                "effort_hours = 40\nadds_fte = 1\nrecurring = 1",
            ),
            ("ops", 2025, 2025, "effort_hours = 40\nkind = \"operate\""),
            ("after-tbd", 2025, 2025, "one_time = 1"),
        ],
    );
    let mut text = String::from(HEAD);
    text.push_str(
        "[[initiative]]\nid = \"T\"\nname = \"t\"\nstart = \"tbd\"\neffort_hours = 40\n\
         [[initiative]]\nid = \"O\"\nname = \"o\"\nstart = \"ongoing\"\neffort_hours = 40\n",
    );
    let extra = crate::report::budget_tests::plan(&text).initiatives;
    plan.initiatives.extend(extra);
    depends(&mut plan, "after-tbd", &["T"]);
    let levelled = run(&plan, &hundred());
    assert!(levelled.moves.is_empty());
}

#[test]
fn a_dependency_on_moved_work_carries_money_past_the_horizon() {
    let mut plan = workplan(
        "",
        &[
            ("A", 2028, 2029, "effort_hours = 800\none_time = 10"),
            ("B", 2025, 2025, "one_time = { 2025 = 7 }\nrecurring = 3"),
        ],
    );
    depends(&mut plan, "B", &["A"]);
    let levelled = run(&plan, &hundred());
    assert_eq!(moved(&levelled), vec![row("B", 2025, 2029, "after A")]);
    let b = &levelled.plan.initiatives[1];
    assert_eq!(b.recurring_from(), Some(2029));
}
