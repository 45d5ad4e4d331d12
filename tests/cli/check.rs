//! `itplan check` end to end: reconciliation, warnings and exit codes.

use super::*;

const BELLEVILLE: &str = "plans/belleville-2024.toml";

#[test]
fn belleville_table() {
    insta::assert_snapshot!(run(&["check", BELLEVILLE]));
}

#[test]
fn belleville_json() {
    insta::assert_snapshot!(run(&["check", BELLEVILLE, "--format", "json"]));
}

#[test]
fn belleville_markdown() {
    insta::assert_snapshot!(run(&["check", BELLEVILLE, "--format", "markdown"]));
}

#[test]
fn belleville_disagreements_are_the_known_ones() {
    let json = stdout_any(&["check", BELLEVILLE, "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let failed: Vec<(String, String, String, String)> = report["stated"]
        .as_array()
        .expect("stated is a list")
        .iter()
        .filter(|row| row["ok"] == false)
        .map(|row| {
            (
                row["measure"].as_str().unwrap_or_default().to_string(),
                row["year"].to_string(),
                row["stated"].as_str().unwrap_or_default().to_string(),
                row["computed"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let expected = |m: &str, y: &str, s: &str, c: &str| (m.into(), y.into(), s.into(), c.into());
    let per_document = [
        expected("new_recurring", "2026", "255000", "243000"),
        expected("one_time", "2028", "720000", "695000"),
        expected("one_time", "null", "5105000", "5080000"),
        expected("new_recurring", "null", "1130000", "1120000"),
    ];
    // The council report and final report §5.2 print the same tables.
    let both: Vec<_> = per_document.iter().chain(&per_document).cloned().collect();
    assert_eq!(failed, both);
}

#[test]
fn every_figure_agrees() {
    insta::assert_snapshot!(run(&["check", "tests/fixtures/check-ok.toml"]));
    assert_eq!(
        exit_code(&["check", "tests/fixtures/check-ok.toml", "--strict"]),
        0
    );
}

#[test]
fn mismatches_and_every_kind_of_warning() {
    insta::assert_snapshot!(run(&["check", "tests/fixtures/check-problems.toml"]));
}

#[test]
fn mismatches_as_json() {
    insta::assert_snapshot!(run(&[
        "check",
        "tests/fixtures/check-problems.toml",
        "--format",
        "json"
    ]));
}

#[test]
fn csv_has_one_row_per_figure() {
    insta::assert_snapshot!(run(&[
        "check",
        "tests/fixtures/check-ok.toml",
        "--format",
        "csv"
    ]));
}

const WARNED: &str = "[plan]\nname = \"W\"\nfirst_year = 2025\nlast_year = 2026\n\n[[initiative]]\nid = \"OLD\"\nname = \"Started early\"\nstart = 2024\none_time = 1_000\nrecurring = 100\n\n[[stated]]\nmeasure = \"cash_flow\"\nyear = 2025\namount = 100\n";

#[test]
fn warnings_fail_only_with_strict() {
    assert_eq!(exit_code_with(&["check", "-"], WARNED), 0);
    assert_eq!(exit_code_with(&["check", "-", "--strict"], WARNED), 1);
    insta::assert_snapshot!(run_with(&["check", "-", "--strict"], Some(WARNED)));
}

#[test]
fn tax_impact_without_a_levy_is_not_checked() {
    let text = "[plan]\nname = \"L\"\nfirst_year = 2025\nlast_year = 2025\n\n[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\none_time = 1_000\n\n[[stated]]\nmeasure = \"tax_impact\"\nyear = 2025\namount = \"0.01%\"\nsource = \"Budget sheet\"\n";
    insta::assert_snapshot!(run_with(&["check", "-", "--format", "json"], Some(text)));
}

#[test]
fn tolerance_and_grand_totals() {
    let text = "[plan]\nname = \"T\"\nfirst_year = 2025\nlast_year = 2026\n\n[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\none_time = 1_000.40\nrecurring = 10\n\n[[stated]]\nmeasure = \"one_time\"\namount = 1_000\ntolerance = 0.40\n\n[[stated]]\nmeasure = \"cash_flow\"\namount = 1_020\ntolerance = 0.39\n";
    let json = run_with(&["check", "-", "--format", "json"], Some(text));
    assert!(json.starts_with("exit: 1\n"), "{json}");
    insta::assert_snapshot!(json);
}

#[test]
fn invalid_plan_is_exit_2() {
    let text = "[plan]\nname = \"I\"\nfirst_year = 2025\nlast_year = 2025\n\n[[stated]]\nmeasure = \"capital\"\nyear = 2025\namount = 5\n";
    insta::assert_snapshot!(run_with(&["check", "-"], Some(text)));
}

#[test]
fn no_stated_figures() {
    insta::assert_snapshot!(run(&[
        "check",
        "plans/carleton-place-2022.toml",
        "--format",
        "markdown"
    ]));
}

#[test]
fn every_shipped_plan_is_valid() {
    for plan in shipped_plans() {
        for format in ["table", "csv", "json", "markdown"] {
            let code = exit_code(&["check", &plan, "--format", format]);
            assert!(code == 0 || code == 1, "{plan} as {format}: exit {code}");
        }
    }
}

/// Standard output whatever the exit code (check exits 1 on a mismatch).
fn stdout_any(args: &[&str]) -> String {
    let output = assert_cmd::Command::cargo_bin("itplan")
        .expect("built")
        .current_dir(root())
        .args(args)
        .output()
        .expect("runs");
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

fn exit_code_with(args: &[&str], stdin: &str) -> i32 {
    let output = assert_cmd::Command::cargo_bin("itplan")
        .expect("built")
        .current_dir(root())
        .args(args)
        .write_stdin(stdin)
        .output()
        .expect("runs");
    output.status.code().unwrap_or(-1)
}
