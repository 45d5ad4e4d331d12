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

const ACCEPTED: &str = "tests/fixtures/check-accepted.toml";

/// An accepted difference is listed with its reason and does not fail; a
/// stale acceptance is a warning.
#[test]
fn accepted_and_stale_differences() {
    insta::assert_snapshot!(run(&["check", ACCEPTED]));
    assert_eq!(exit_code(&["check", ACCEPTED]), 0);
    assert_eq!(exit_code(&["check", ACCEPTED, "--strict"]), 1);
}

#[test]
fn accepted_and_stale_as_json() {
    let json = stdout_any(&["check", ACCEPTED, "--format", "json"]);
    insta::assert_snapshot!(json.clone());
    let report: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let rows = report["stated"].as_array().expect("stated is a list");
    assert_eq!(rows[0]["ok"], false);
    assert_eq!(
        rows[0]["accepted"],
        "Slip in the council report: its 2025 rows sum to 100,000"
    );
    assert_eq!(rows[0].get("stale"), None);
    assert_eq!(rows[1]["ok"], true);
    assert_eq!(rows[1]["stale"], true);
    assert_eq!(
        rows[1]["accepted"],
        "The budget sheet carried an old network quote"
    );
    assert_eq!(rows[2].get("accepted"), None);
    assert_eq!(report["mismatches"], 0);
    assert_eq!(report["known_differences"], 1);
    assert_eq!(report["stale_acceptances"], 1);
}

#[test]
fn accepted_markdown_for_a_pull_request() {
    insta::assert_snapshot!(run(&["check", ACCEPTED, "--format", "markdown"]));
}

/// A new mismatch still fails the run beside an accepted one.
#[test]
fn a_new_mismatch_fails_beside_an_accepted_one() {
    let text = std::fs::read_to_string(root().join(ACCEPTED))
        .expect("fixture")
        .replacen("amount = 20_000", "amount = 25_000", 1);
    let output = run_with(&["check", "-"], Some(&text));
    assert!(output.starts_with("exit: 1\n"), "{output}");
    insta::assert_snapshot!(output);
}

#[test]
fn accepted_needs_a_reason() {
    let text = std::fs::read_to_string(root().join(ACCEPTED))
        .expect("fixture")
        .replacen(
            "accepted = \"The budget sheet carried an old network quote\"",
            "accepted = \" \"",
            1,
        )
        .replacen(
            "accepted = \"Slip in the council report: its 2025 rows sum to 100,000\"",
            "accepted = true",
            1,
        );
    insta::assert_snapshot!(run_with(&["check", "-"], Some(&text)));
}

#[test]
fn belleville_accepts_exactly_the_council_reports_slips() {
    let json = stdout_any(&["check", BELLEVILLE, "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let rows = report["stated"].as_array().expect("stated is a list");
    let accepted: Vec<bool> = rows.iter().map(|r| r.get("accepted").is_some()).collect();
    let failed: Vec<bool> = rows.iter().map(|r| r["ok"] == false).collect();
    assert_eq!(
        accepted, failed,
        "accepted exactly where the figures differ"
    );
    assert_eq!(report["known_differences"], 8);
    assert_eq!(report["mismatches"], 0);
    assert_eq!(report["stale_acceptances"], 0);
    assert_eq!(exit_code(&["check", BELLEVILLE]), 0);
}

/// Every finite amount outside the horizon is warned about, recurring
/// payments too.
#[test]
fn recurring_costs_outside_the_horizon_are_warned_about() {
    let text = "[plan]\nname = \"R\"\nfirst_year = 2025\nlast_year = 2027\n\n[[initiative]]\nid = \"LATE\"\nname = \"Starts paying after the horizon\"\nstart = 2026\none_time = 1_000\nrecurring = 500\nrecurring_start = 2029\n\n[[initiative]]\nid = \"LONG\"\nname = \"Paid past the horizon\"\nstart = 2026\nrecurring = 300\nrecurring_end = 2030\n\n[[initiative]]\nid = \"ONE\"\nname = \"One year past\"\nstart = 2027\nrecurring = 200\nrecurring_end = 2028\n\n[[initiative]]\nid = \"OPEN\"\nname = \"Open-ended: nothing to say\"\nstart = 2026\nrecurring = 100\n";
    let output = run_with(&["check", "-", "--strict"], Some(text));
    assert!(output.starts_with("exit: 1\n"), "{output}");
    assert!(!output.contains("`OPEN`"), "{output}");
    insta::assert_snapshot!(output);
}

/// Colour means something: the rows that fail the run are red, the
/// figures that agree plain.
#[test]
fn mismatches_are_red_and_agreements_plain() {
    let coloured = stdout_any(&[
        "check",
        "tests/fixtures/check-problems.toml",
        "--color",
        "always",
    ]);
    let rows: Vec<&str> = coloured.lines().filter(|l| l.starts_with('│')).collect();
    let mismatch = rows
        .iter()
        .find(|l| l.contains("MISMATCH"))
        .expect("a mismatch row");
    assert!(mismatch.contains("\u{1b}[31mMISMATCH"), "{mismatch}");
    let agrees = rows
        .iter()
        .find(|l| l.contains(" ok "))
        .expect("an agreeing row");
    assert!(!agrees.contains('\u{1b}'), "{agrees}");
}
