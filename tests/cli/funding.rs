//! Funding sources and debt end to end: the shipped funding example in
//! every format, the debt schedule, check, diff and the located errors.

use serde_json::Value;

use super::*;

const DEMO: &str = "examples/plans/funding-demo.toml";

#[test]
fn funding_demo_with_levy_table() {
    insta::assert_snapshot!(run(&["budget", DEMO, "--levy"]));
}

#[test]
fn funding_demo_csv() {
    insta::assert_snapshot!(run(&["budget", DEMO, "--levy", "--format", "csv"]));
}

#[test]
fn funding_demo_markdown() {
    insta::assert_snapshot!(run(&["budget", DEMO, "--levy", "--format", "markdown"]));
}

#[test]
fn funding_demo_json() {
    insta::assert_snapshot!(run(&["budget", DEMO, "--levy", "--format", "json"]));
}

#[test]
fn by_funding_table() {
    insta::assert_snapshot!(run(&["budget", DEMO, "--by", "funding"]));
}

#[test]
fn by_funding_csv() {
    insta::assert_snapshot!(run(&["budget", DEMO, "--by", "funding", "--format", "csv"]));
}

#[test]
fn debt_schedule_table() {
    insta::assert_snapshot!(run(&["budget", DEMO, "--debt-schedule"]));
}

#[test]
fn debt_schedule_csv() {
    insta::assert_snapshot!(run(&["budget", DEMO, "--debt-schedule", "--format", "csv"]));
}

#[test]
fn debt_schedule_markdown() {
    insta::assert_snapshot!(run(&[
        "budget",
        DEMO,
        "--debt-schedule",
        "--format",
        "markdown"
    ]));
}

#[test]
fn debt_schedule_json() {
    insta::assert_snapshot!(run(&[
        "budget",
        DEMO,
        "--debt-schedule",
        "--format",
        "json"
    ]));
}

#[test]
fn debt_schedule_of_a_plan_that_borrows_nothing() {
    insta::assert_snapshot!(run(&[
        "budget",
        "plans/belleville-2024.toml",
        "--debt-schedule"
    ]));
}

#[test]
fn debt_schedule_is_its_own_report() {
    assert_eq!(
        exit_code(&["budget", DEMO, "--debt-schedule", "--by", "theme"]),
        2
    );
}

#[test]
fn window_json_keeps_the_change_from_the_year_before() {
    insta::assert_snapshot!(run(&[
        "budget", DEMO, "--levy", "--from", "2027", "--to", "2028", "--format", "json"
    ]));
}

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&stdout(args)).expect("valid JSON")
}

fn amount(value: &Value) -> rust_decimal::Decimal {
    value
        .as_str()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("an exact amount, not {value}"))
}

/// The contract: every horizon year in each key, the sources of a year add
/// up to its cash flow, and the levy requirement is the levy's share plus
/// debt service.
#[test]
fn json_funding_adds_up_to_the_cash_flow_and_the_levy_requirement() {
    let report = json(&["budget", DEMO, "--format", "json"]);
    let years = ["2025", "2026", "2027", "2028", "2029"];
    let funding = report["funding"].as_object().expect("funding");
    let mut sources: Vec<&str> = funding.keys().map(String::as_str).collect();
    sources.sort_unstable();
    assert_eq!(sources, ["debt", "grant", "levy", "reserve"]);
    for year in years {
        let sum: rust_decimal::Decimal = funding.values().map(|s| amount(&s[year])).sum();
        assert_eq!(sum, amount(&report["totals"]["cash_flow"][year]), "{year}");
        assert_eq!(
            amount(&report["levy_requirement"][year]),
            amount(&funding["levy"][year]) + amount(&report["debt_service"][year]),
            "{year}"
        );
    }
    let totals = &report["totals"];
    assert_eq!(
        amount(&totals["debt_service_total"]).to_string(),
        "985754.82"
    );
    assert_eq!(
        amount(&totals["levy_requirement_total"]).to_string(),
        "2198254.82"
    );
    assert_eq!(
        amount(&totals["funding_total"]["debt"]).to_string(),
        "3000000"
    );
    assert_eq!(report["debt_service"]["2027"], "227481.88");
}

/// Funding alone changes no figure: a plan without funding fields prints
/// no funding keys, and its tax impact is still over its cash flow.
#[test]
fn a_plan_without_funding_has_no_funding_keys() {
    let report = json(&[
        "budget",
        "plans/belleville-2024.toml",
        "--levy",
        "--format",
        "json",
    ]);
    for key in ["funding", "debt_service", "levy_requirement", "loans"] {
        assert!(report.get(key).is_none(), "{key}");
    }
    assert!(report["totals"].get("levy_requirement_total").is_none());
}

#[test]
fn check_reconciles_levy_requirement_and_debt_service() {
    insta::assert_snapshot!(run(&["check", "tests/fixtures/funding-check.toml"]));
}

#[test]
fn check_reports_a_wrong_debt_service() {
    let text = std::fs::read_to_string(root().join(DEMO)).expect("demo")
        + "\n[[stated]]\nmeasure = \"debt_service\"\nyear = 2027\namount = 227_481.89\nsource = \"a typo\"\n";
    insta::assert_snapshot!(run_with(&["check", "-", "--format", "json"], Some(&text)));
}

#[test]
fn diff_shows_the_levy_requirement_of_financing() {
    insta::assert_snapshot!(run(&[
        "diff",
        "tests/fixtures/funding-before.toml",
        DEMO,
        "--levy"
    ]));
}

#[test]
fn diff_json_has_the_levy_requirement_by_year() {
    insta::assert_snapshot!(run(&[
        "diff",
        "tests/fixtures/funding-before.toml",
        DEMO,
        "--format",
        "json"
    ]));
}

#[test]
fn diff_markdown_and_csv_have_the_levy_requirement() {
    let args = ["diff", "tests/fixtures/funding-before.toml", DEMO];
    insta::assert_snapshot!(run(&[&args[..], &["--format", "markdown"]].concat()));
    let csv = stdout(&[&args[..], &["--format", "csv"]].concat());
    assert!(
        csv.contains("levy_requirement,2026,,,1900500,100500,-1800000"),
        "{csv}"
    );
}

#[test]
fn funding_problems_are_reported_at_once_where_they_are_written() {
    let text = r#"[plan]
name = "T"
first_year = 2025
last_year = 2027

[[initiative]]
id = "A"
name = "a"
start = 2025
one_time = 1000
funding = { grant = "40%", levy = "50%" }

[[initiative]]
id = "B"
name = "b"
start = 2025
one_time = 1000
recurring = 5
funding = { debt = "-10%", levy = "110%" }
recurring_funding = "debt"

[[initiative]]
id = "C"
name = "c"
start = 2025
one_time = 1000
funding = "debt"
"#;
    insta::assert_snapshot!(run_with(&["budget", "-"], Some(text)));
}

#[test]
fn bad_debt_terms_are_located() {
    let text = r#"[plan]
name = "T"
first_year = 2025
last_year = 2027

[debt]
rate = 4.5
term = 50
first_payment = 6

[[initiative]]
id = "A"
name = "a"
start = 2025
one_time = 1000
funding = "debt"
"#;
    insta::assert_snapshot!(run_with(&["budget", "-"], Some(text)));
}

#[test]
fn a_misspelt_source_gets_a_did_you_mean_warning() {
    let text = r#"[plan]
name = "T"
first_year = 2025
last_year = 2026

[[initiative]]
id = "A"
name = "a"
start = 2025
one_time = 1000
funding = { grnat = "50%", Levy = "50%" }
"#;
    insta::assert_snapshot!(run_with(&["budget", "-"], Some(text)));
}

/// At 80 columns no line passes the width, and the funding rows and the
/// schedule's columns are all still there.
#[test]
fn funding_rows_and_debt_schedule_at_80_columns() {
    let cases: [(&[&str], &[&str]); 2] = [
        (
            &["budget", DEMO, "--levy", "--width", "80"],
            &[
                "Funded by grant",
                "Debt service",
                "Levy requirement",
                "1.26%",
            ],
        ),
        (
            &["budget", DEMO, "--debt-schedule", "--width", "80"],
            &["Interest (CAD)", "227,481.88", "2,805,609.88"],
        ),
    ];
    for (args, expected) in cases {
        let out = stdout(args);
        assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
        for text in expected {
            assert!(out.contains(text), "{text} missing at 80 columns:\n{out}");
        }
    }
    insta::assert_snapshot!(run(&["budget", DEMO, "--debt-schedule", "--width", "80"]));
}
