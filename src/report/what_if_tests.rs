//! `--defer` and `--drop` parsed and applied, with explicit expected values.

use super::*;
use crate::report::budget::{BudgetOptions, budget};
use crate::report::budget_tests::d;
use crate::report::level_fixtures::{depends, workplan};

#[test]
fn defer_moves_fixed_and_unscheduled_work_and_warns_about_dependencies() {
    let mut plan = workplan(
        "",
        &[
            (
                "A",
                2025,
                2026,
                "one_time = { 2025 = 100, 2026 = 50 }\nkind = \"operate\"",
            ),
            ("B", 2026, 2026, "one_time = 10"),
        ],
    );
    depends(&mut plan, "B", &["A"]);
    plan.initiatives[1].start = crate::plan::Start::Tbd;
    plan.initiatives[1].start_year = None;
    plan.initiatives[1].end_year = None;
    let changes = vec![
        Change::Defer {
            id: "A".into(),
            year: 2027,
        },
        Change::Defer {
            id: "B".into(),
            year: 2027,
        },
    ];
    let (changed, warnings) = apply(&plan, &changes).expect("applies");
    let a = &changed.initiatives[0];
    assert_eq!((a.start_year, a.end_year), (Some(2027), Some(2028)));
    let b = &changed.initiatives[1];
    assert_eq!((b.start_year, b.end_year), (Some(2027), Some(2027)));
    let report = budget(&changed, &BudgetOptions::default()).expect("computes");
    assert_eq!(
        report.totals.cash_flow,
        vec![d("0"), d("0"), d("110"), d("50"), d("0")]
    );
    let messages: Vec<_> = warnings.into_iter().map(|w| w.message).collect();
    assert_eq!(
        messages,
        vec!["`B` starts in 2027, before `A` ends in 2028"]
    );
    assert_eq!(
        title(&changes).as_deref(),
        Some("what if A deferred to 2027, B deferred to 2027")
    );
}

#[test]
fn an_earlier_year_is_allowed() {
    let plan = workplan("", &[("A", 2027, 2027, "one_time = 5")]);
    let change = Change::Defer {
        id: "A".into(),
        year: 2025,
    };
    let (changed, _) = apply(&plan, &[change]).expect("applies");
    assert_eq!(changed.initiatives[0].start_year, Some(2025));
}

#[test]
fn drop_removes_the_initiative_and_ignores_dependencies_on_it() {
    let mut plan = workplan(
        "",
        &[
            ("A", 2025, 2025, "one_time = 5"),
            ("B", 2026, 2026, "one_time = 7"),
        ],
    );
    depends(&mut plan, "B", &["A"]);
    let (changed, warnings) = apply(&plan, &[Change::Drop { id: "A".into() }]).expect("applies");
    assert_eq!(changed.initiatives.len(), 1);
    assert!(changed.initiatives[0].depends_on.is_empty());
    assert_eq!(
        warnings[0].message,
        "`B` depends on `A`, which --drop A leaves out"
    );
}

#[test]
fn unknown_ids_and_bad_years_are_refused() {
    let plan = workplan("", &[("Alpha", 2025, 2025, "")]);
    let error = apply(&plan, &[Change::Drop { id: "alpha".into() }]).expect_err("unknown");
    assert_eq!(error.help.as_deref(), Some("did you mean `Alpha`?"));
    assert!(parse_defer("A").is_err());
    assert!(parse_defer("A@20x7").is_err());
    assert!(parse_defer("@2027").is_err());
    assert_eq!(
        parse_defer("MW1.5@2028"),
        Ok(Change::Defer {
            id: "MW1.5".into(),
            year: 2028
        })
    );
}
