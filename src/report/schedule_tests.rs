//! The schedule report with explicit expected values, and the levelling
//! invariants over generated workplans.

use proptest::prelude::*;
use rust_decimal::Decimal;

use super::*;
use crate::report::budget_tests::d;
use crate::report::capacity::Hire;
use crate::report::level_fixtures::{depends, workplan};
use crate::report::priority::is_fixed;

fn hire(fte: &str, from: Year, operational: &str) -> WhatIf {
    WhatIf {
        hires: vec![Hire { fte: d(fte), from }],
        operational: d(operational),
    }
}

#[test]
fn money_moved_past_the_horizon_is_counted() {
    let plan = workplan(
        "",
        &[(
            "E",
            2025,
            2025,
            "effort_hours = 800\none_time = 1000\nrecurring = 10",
        )],
    );
    let report = schedule(&plan, None, false).expect("levels");
    assert_eq!(report.moves[0].to, 2030);
    assert_eq!(report.total_old, d("1050"));
    assert_eq!(report.total_new, d("0"));
    assert_eq!(report.past_horizon, d("1050"));
    assert_eq!(report.into_horizon, d("0"));
    assert!(report.deficits.is_empty());
}

#[test]
fn a_hire_makes_room() {
    let plan = workplan("", &[("E", 2025, 2025, "effort_hours = 800")]);
    let report = schedule(&plan, Some(&hire("1", 2025, "0")), false).expect("levels");
    assert!(report.moves.is_empty());
    assert_eq!(report.after.available[0], d("200"));
    assert_eq!(report.after.surplus[0], d("0"));
}

#[test]
fn the_deficit_of_fixed_work_remains_with_the_staff_to_close_it() {
    let plan = workplan(
        "{ 2026 = 150, 2027 = 100 }",
        &[("D", 2026, 2026, "effort_hours = 40")],
    );
    let report = schedule(&plan, None, false).expect("levels");
    assert_eq!(report.moves[0].to, 2028);
    assert_eq!(report.deficit_years(), vec![2026]);
    assert_eq!(report.deficits[0].hours, d("50"));
    assert_eq!(report.deficits[0].fte, Some(d("0.5")));
    assert_eq!(report.before.demand[1], d("160"));
    assert_eq!(report.after.demand[1], d("150"));
    // At 20% operational a hire brings 80 hours: 50 / 80 = 0.625 → 0.63.
    let report = schedule(&plan, Some(&hire("0", 2025, "0.2")), false).expect("levels");
    assert_eq!(report.deficits[0].fte, Some(d("0.63")));
}

#[test]
fn money_moved_in_from_before_the_horizon_is_counted_too() {
    let mut plan = workplan(
        "",
        &[
            ("A", 2025, 2025, "effort_hours = 400"),
            ("B", 2024, 2024, "one_time = { 2024 = 5 }"),
        ],
    );
    depends(&mut plan, "B", &["A"]);
    let report = schedule(&plan, None, false).expect("levels");
    assert_eq!(report.moves[0].to, 2025);
    assert_eq!(report.into_horizon, d("5"));
}

// ---- invariants -------------------------------------------------------------

#[derive(Debug, Clone)]
struct Item {
    start: i32,
    span: i32,
    effort: u32,
    one_time: i64,
    recurring: i64,
    fixed: bool,
    rank: Option<u32>,
    /// Offsets back to earlier initiatives this one depends on.
    deps: Vec<usize>,
}

fn item() -> impl Strategy<Value = Item> {
    (
        2025..=2029i32,
        0..3i32,
        prop_oneof![Just(0u32), 1..900u32],
        -1000..100_000i64,
        0..1000i64,
        proptest::bool::weighted(0.25),
        proptest::option::of(1..20u32),
        proptest::collection::vec(1..4usize, 0..3),
    )
        .prop_map(
            |(start, span, effort, one_time, recurring, fixed, rank, deps)| Item {
                start,
                span,
                effort,
                one_time,
                recurring,
                fixed,
                rank,
                deps,
            },
        )
}

fn generated(items: &[Item], demand: &[u32]) -> Plan {
    let demand = format!(
        "{{ {} }}",
        demand
            .iter()
            .enumerate()
            .map(|(j, hours)| format!("{} = {hours}", 2025 + j))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let ids: Vec<String> = (0..items.len()).map(|i| format!("I{i}")).collect();
    let extras: Vec<String> = items
        .iter()
        .map(|item| {
            format!(
                "effort_hours = {}\none_time = {}\nrecurring = {}\nrecurring_end = {}",
                item.effort,
                item.one_time,
                item.recurring,
                item.start + item.span + 2
            )
        })
        .collect();
    let rows: Vec<(&str, i32, i32, &str)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            (
                ids[i].as_str(),
                item.start,
                item.start + item.span,
                extras[i].as_str(),
            )
        })
        .collect();
    let mut plan = workplan(&demand, &rows);
    let mut seen_ranks = std::collections::HashSet::new();
    for (i, item) in items.iter().enumerate() {
        plan.initiatives[i].discretionary = !item.fixed;
        plan.initiatives[i].rank = item.rank.filter(|r| seen_ranks.insert(*r));
        let on: Vec<&str> = item
            .deps
            .iter()
            .filter_map(|back| i.checked_sub(*back))
            .map(|d| ids[d].as_str())
            .collect();
        depends(&mut plan, &ids[i], &on);
    }
    plan
}

/// The plan's amounts over 2025..=2060, per year.
fn long_run(plan: &Plan) -> Vec<Decimal> {
    let mut long = plan.clone();
    long.last_year = 2060;
    crate::report::cash_flow::cash_flow(&long)
        .expect("computes")
        .total
}

proptest! {
    #[test]
    fn levelling_keeps_its_promises(
        items in proptest::collection::vec(item(), 1..9),
        demand in proptest::collection::vec(0..140u32, 5),
    ) {
        let plan = generated(&items, &demand);
        let report = schedule(&plan, None, false).expect("levels");
        let after = &report.levelled;
        let window = Window::new(2025, 2029);
        for (old, new) in plan.initiatives.iter().zip(&after.initiatives) {
            // No initiative starts earlier than planned; fixed work never moves.
            prop_assert!(new.start_year >= old.start_year);
            if is_fixed(old) {
                prop_assert_eq!(new.start_year, old.start_year);
            }
        }
        for new in after.initiatives.iter().filter(|i| !is_fixed(i)) {
            for dep in &new.depends_on {
                let needed = after.initiatives.iter().find(|i| i.id == dep.id).expect("known");
                prop_assert!(new.start_year >= needed.end_year, "{} after {}", new.id, needed.id);
            }
        }
        for j in 0..window.len {
            let fits = report.after.demand[j] <= report.after.available[j];
            let discretionary_there = after.initiatives.iter().filter(|i| !is_fixed(i)).any(|i| {
                let mut row = vec![Decimal::ZERO; window.len];
                crate::report::effort::add_effort(i, &window, &mut row);
                !row[j].is_zero()
            });
            prop_assert!(fits || !discretionary_there, "year {} over capacity with discretionary work", 2025 + j);
        }
        // Nothing is lost: the horizon total changes by what moved past it.
        let (old_long, new_long) = (long_run(&plan), long_run(after));
        let sum = |v: &[Decimal]| v.iter().copied().sum::<Decimal>();
        prop_assert_eq!(sum(&old_long), sum(&new_long));
        let beyond = sum(&new_long[5..]) - sum(&old_long[5..]);
        prop_assert_eq!(report.past_horizon, beyond);
        prop_assert_eq!(report.total_new, report.total_old - report.past_horizon);
    }
}
