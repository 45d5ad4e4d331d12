//! `itplan diff` end to end: formats, thresholds, and plans read from git.

use std::path::Path;

use super::*;

const OLD: &str = "tests/fixtures/diff-old.toml";
const NEW: &str = "tests/fixtures/diff-new.toml";

#[test]
fn table() {
    insta::assert_snapshot!(run(&["diff", OLD, NEW, "--levy"]));
}

#[test]
fn json() {
    insta::assert_snapshot!(run(&["diff", OLD, NEW, "--levy", "--format", "json"]));
}

#[test]
fn markdown_for_a_pull_request() {
    insta::assert_snapshot!(run(&[
        "diff",
        OLD,
        NEW,
        "--levy",
        "--format",
        "markdown",
        "--max-increase",
        "5%"
    ]));
}

#[test]
fn markdown_says_when_the_threshold_is_breached() {
    insta::assert_snapshot!(run(&[
        "diff",
        OLD,
        NEW,
        "--format",
        "markdown",
        "--max-increase",
        "15000"
    ]));
}

#[test]
fn csv() {
    insta::assert_snapshot!(run(&["diff", OLD, NEW, "--levy", "--format", "csv"]));
}

/// The fixtures' horizon total grows from 400,000 to 420,000: +20,000, +5%.
#[test]
fn amount_threshold_at_below_and_above_the_increase() {
    assert_eq!(exit_code(&["diff", OLD, NEW, "--max-increase", "20000"]), 0);
    assert_eq!(
        exit_code(&["diff", OLD, NEW, "--max-increase", "20_000.01"]),
        0
    );
    assert_eq!(
        exit_code(&["diff", OLD, NEW, "--max-increase", "19999.99"]),
        1
    );
    assert_eq!(exit_code(&["diff", OLD, NEW, "--max-increase", "0"]), 1);
}

#[test]
fn percent_threshold_at_below_and_above_the_increase() {
    assert_eq!(exit_code(&["diff", OLD, NEW, "--max-increase", "5%"]), 0);
    assert_eq!(exit_code(&["diff", OLD, NEW, "--max-increase", "5.01%"]), 0);
    assert_eq!(exit_code(&["diff", OLD, NEW, "--max-increase", "4.99%"]), 1);
}

#[test]
fn a_decrease_never_breaches_a_threshold() {
    assert_eq!(exit_code(&["diff", NEW, OLD, "--max-increase", "0"]), 0);
    assert_eq!(exit_code(&["diff", NEW, OLD, "--max-increase", "0%"]), 0);
}

#[test]
fn differences_fail_only_with_exit_code() {
    assert_eq!(exit_code(&["diff", OLD, NEW]), 0);
    assert_eq!(exit_code(&["diff", OLD, NEW, "--exit-code"]), 1);
    assert_eq!(
        exit_code(&["diff", OLD, NEW, "--exit-code", "--max-increase", "5%"]),
        1
    );
}

#[test]
fn identical_plans_give_an_empty_diff() {
    assert_eq!(exit_code(&["diff", OLD, OLD, "--exit-code", "--levy"]), 0);
    let json = stdout(&["diff", OLD, OLD, "--format", "json", "--exit-code"]);
    let report: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(report["added"], serde_json::json!([]));
    assert_eq!(report["removed"], serde_json::json!([]));
    assert_eq!(report["changed"], serde_json::json!([]));
    assert_eq!(report["cash_flow_total"]["delta"], "0");
    assert_eq!(report["differs"], false);
    insta::assert_snapshot!(run(&["diff", OLD, OLD, "--exit-code"]));
}

#[test]
fn malformed_threshold_is_a_usage_error() {
    insta::assert_snapshot!(run(&["diff", OLD, NEW, "--max-increase", "5 percent"]));
    assert_eq!(exit_code(&["diff", OLD, NEW, "--max-increase", "-5%"]), 2);
    assert_eq!(exit_code(&["diff", OLD, NEW, "--max-increase", ""]), 2);
}

#[test]
fn levy_needs_a_levy_in_both_plans() {
    insta::assert_snapshot!(run(&[
        "diff",
        OLD,
        "plans/carleton-place-2022.toml",
        "--levy"
    ]));
}

#[test]
fn horizons_differ_the_union_is_compared() {
    let text = std::fs::read_to_string(root().join(NEW))
        .expect("fixture")
        .replacen("last_year = 2027", "last_year = 2028", 1);
    insta::assert_snapshot!(run_with(&["diff", OLD, "-", "--levy"], Some(&text)));
}

#[test]
fn standard_input_only_once() {
    insta::assert_snapshot!(run(&["diff", "-", "-"]));
}

/// Runs itplan in `dir`, with git's identity and no colour.
fn run_in(dir: &Path, args: &[&str]) -> String {
    let output = assert_cmd::Command::cargo_bin("itplan")
        .expect("built")
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env("GIT_CEILING_DIRECTORIES", dir.parent().unwrap_or(dir))
        .output()
        .expect("itplan runs");
    format!(
        "exit: {}\n--- stdout ---\n{}--- stderr ---\n{}",
        output
            .status
            .code()
            .map_or("signal".into(), |c| c.to_string()),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    )
}

/// A repository with the old plan committed and the new one in the worktree.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = |from: &str| {
        std::fs::copy(root().join(from), dir.path().join("plan.toml")).expect("copied");
    };
    git(dir.path(), &["init", "--quiet"]);
    copy(OLD);
    git(dir.path(), &["add", "plan.toml"]);
    git(dir.path(), &["commit", "--quiet", "-m", "Plan as approved"]);
    copy(NEW);
    dir
}

#[test]
fn old_plan_read_from_a_git_revision() {
    let repo = repository();
    let from_git = run_in(
        repo.path(),
        &["diff", "HEAD:plan.toml", "plan.toml", "--format", "json"],
    );
    insta::assert_snapshot!(from_git);
    let from_files = run(&["diff", OLD, NEW, "--format", "json"]);
    let body = |s: &str| s.split_once("\"plan\":").map(|(_, b)| b.to_string());
    assert_eq!(body(&from_git), body(&from_files));
}

#[test]
fn missing_revision() {
    let repo = repository();
    insta::assert_snapshot!(run_in(
        repo.path(),
        &["diff", "v9.9:plan.toml", "plan.toml"]
    ));
}

#[test]
fn missing_path_at_the_revision() {
    let repo = repository();
    insta::assert_snapshot!(run_in(
        repo.path(),
        &["diff", "HEAD:plans/plan.toml", "plan.toml"]
    ));
}

#[test]
fn not_a_git_repository() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(root().join(NEW), dir.path().join("plan.toml")).expect("copied");
    insta::assert_snapshot!(run_in(dir.path(), &["diff", "HEAD:plan.toml", "plan.toml"]));
}

#[test]
fn problems_in_a_plan_from_git_name_the_revision() {
    let repo = repository();
    std::fs::write(repo.path().join("plan.toml"), "[plan]\nname = \"Broken\"\n").expect("written");
    git(repo.path(), &["commit", "--quiet", "-am", "Broken plan"]);
    std::fs::copy(root().join(NEW), repo.path().join("plan.toml")).expect("copied");
    insta::assert_snapshot!(run_in(
        repo.path(),
        &["diff", "HEAD:plan.toml", "plan.toml"]
    ));
}

#[test]
fn an_existing_file_wins_over_a_revision() {
    let repo = repository();
    std::fs::copy(root().join(OLD), repo.path().join("HEAD:plan.toml")).expect("copied");
    let out = run_in(
        repo.path(),
        &["diff", "HEAD:plan.toml", "plan.toml", "--format", "json"],
    );
    assert!(out.starts_with("exit: 0"), "{out}");
}

#[test]
fn capacity_surplus_is_the_seeds_row_e() {
    let belleville = "plans/belleville-2024.toml";
    let json = stdout(&["diff", belleville, belleville, "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let surplus = &report["capacity_surplus"];
    for (year, e) in [
        ("2024", "-700.52"),
        ("2025", "-799.73"),
        ("2026", "-848.23"),
    ] {
        assert_eq!(surplus[year]["old"], e, "{year}");
        assert_eq!(surplus[year]["delta"], "0.00", "{year}");
    }
}

#[test]
fn origin_branches_get_a_fetch_hint() {
    let repo = repository();
    let out = run_in(
        repo.path(),
        &["diff", "origin/develop:plan.toml", "plan.toml"],
    );
    assert!(out.contains("git fetch origin develop"), "{out}");
}

/// Effort spread evenly over start..=end; added staff count while their
/// recurring cost runs, less their operational share.
#[test]
fn capacity_surplus_spreads_effort_and_counts_added_staff() {
    let plan = "[plan]\nname = \"C\"\nfirst_year = 2025\nlast_year = 2027\n\n[capacity]\n\n[[capacity.team]]\nname = \"IT\"\nfte = 1\noperational = \"0%\"\n\n[[initiative]]\nid = \"WORK\"\nname = \"Work\"\nstart = 2025\nend = 2027\neffort_hours = 1200\n\n[[initiative]]\nid = \"HIRE\"\nname = \"Hire\"\nstart = 2026\nrecurring = 1\nrecurring_end = 2026\nadds_fte = 1\noperational = \"50%\"\n";
    let dir = tempfile::tempdir().expect("temp dir");
    let path = temp_plan(&dir, "c.toml", plan);
    let json = stdout(&["diff", &path, &path, "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let surplus = &report["capacity_surplus"];
    for (year, e) in [("2025", "355.00"), ("2026", "582.50"), ("2027", "355.00")] {
        assert_eq!(surplus[year]["new"], e, "{year}");
    }
}

/// The fixtures with a flat levy of 20,000,000, so tax impacts are exact:
/// 2027 grows from 0.225% to 0.55%, +0.325 points (the largest growth).
fn flat_levy_fixtures(dir: &tempfile::TempDir) -> (String, String) {
    let flat = |from: &str, name: &str| {
        let text = std::fs::read_to_string(root().join(from)).expect("fixture");
        temp_plan(
            dir,
            name,
            &text.replacen("growth = \"2%\"", "growth = \"0%\"", 1),
        )
    };
    (flat(OLD, "old.toml"), flat(NEW, "new.toml"))
}

#[test]
fn tax_guardrail_at_below_and_above_the_growth() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (old, new) = flat_levy_fixtures(&dir);
    let code =
        |points: &str| exit_code(&["diff", &old, &new, "--levy", "--max-tax-increase", points]);
    assert_eq!(code("0.325"), 0);
    assert_eq!(code("0.3251"), 0);
    assert_eq!(code("0.3249"), 1);
    assert_eq!(code("0"), 1);
    // A fall in every year passes any limit.
    let back =
        |points: &str| exit_code(&["diff", &new, &old, "--levy", "--max-tax-increase", points]);
    assert_eq!(back("0"), 1, "2025 and 2026 grow when going back");
    assert_eq!(back("0.2"), 0);
}

#[test]
fn tax_guardrail_names_the_year_in_every_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (old, new) = flat_levy_fixtures(&dir);
    let run_format = |format: &str| {
        run(&[
            "diff",
            &old,
            &new,
            "--levy",
            "--max-tax-increase",
            "0.3",
            "--format",
            format,
        ])
        .replace(dir.path().to_str().expect("UTF-8 path"), "[dir]")
    };
    insta::assert_snapshot!("tax_guardrail_markdown", run_format("markdown"));
    let json = run_format("json");
    assert!(json.starts_with("exit: 1\n"), "{json}");
    let report = json_of(&json);
    assert_eq!(report["max_tax_increase"], "0.3");
    assert_eq!(
        report["tax_exceeded"],
        serde_json::json!([{ "year": 2027, "growth": "0.3250" }])
    );
    assert_eq!(report["failed"], true);
    assert_eq!(report["exceeded"], serde_json::Value::Null);
    let table = run_format("table");
    assert!(
        table.contains(
            "FAIL: Cash flow +$20,000 (+5.00%) over 2025–2027; tax impact +0.3250 points in 2027: EXCEEDS the +0.3-point limit (--max-tax-increase)"
        ),
        "{table}"
    );
}

#[test]
fn tax_guardrail_needs_levy_and_points() {
    insta::assert_snapshot!(run(&["diff", OLD, NEW, "--max-tax-increase", "0.15"]));
    insta::assert_snapshot!(
        "tax_guardrail_refuses_a_percent",
        run(&["diff", OLD, NEW, "--levy", "--max-tax-increase", "0.15%"])
    );
    assert_eq!(
        exit_code(&["diff", OLD, NEW, "--levy", "--max-tax-increase", "-0.1"]),
        2
    );
}

/// +20,000 (+5%): the warning level warns above it, never fails.
#[test]
fn warning_level_at_below_and_above_the_increase() {
    let verdict = |args: &[&str]| {
        let mut all = vec!["diff", OLD, NEW];
        all.extend(args);
        stdout(&all).lines().nth(1).unwrap_or_default().to_string()
    };
    assert_eq!(
        verdict(&["--warn-increase", "20000"]),
        "PASS: Cash flow +$20,000 (+5.00%) over 2025–2027: within the +$20,000 warning level (--warn-increase)"
    );
    assert_eq!(
        verdict(&["--warn-increase", "20000.01"]),
        "PASS: Cash flow +$20,000 (+5.00%) over 2025–2027: within the +$20,000.01 warning level (--warn-increase)"
    );
    assert_eq!(
        verdict(&["--warn-increase", "19999.99"]),
        "WARNING: Cash flow +$20,000 (+5.00%) over 2025–2027: above the +$19,999.99 warning level (--warn-increase)"
    );
    assert_eq!(
        verdict(&["--warn-increase", "4.99%"]),
        "WARNING: Cash flow +$20,000 (+5.00%) over 2025–2027: above the +4.99% warning level (--warn-increase)"
    );
    for level in ["20000", "20000.01", "19999.99", "5%", "4.99%", "0"] {
        assert_eq!(
            exit_code(&["diff", OLD, NEW, "--warn-increase", level]),
            0,
            "{level}"
        );
    }
}

#[test]
fn warning_and_limit_together() {
    insta::assert_snapshot!(run(&[
        "diff",
        OLD,
        NEW,
        "--format",
        "markdown",
        "--warn-increase",
        "1%",
        "--max-increase",
        "10%",
    ]));
    assert_eq!(
        exit_code(&[
            "diff",
            OLD,
            NEW,
            "--warn-increase",
            "1%",
            "--max-increase",
            "4.99%"
        ]),
        1
    );
    insta::assert_snapshot!(
        "malformed_warning_level",
        run(&["diff", OLD, NEW, "--warn-increase", "lots"])
    );
}

/// The old fixture moved to another window, for comparing editions.
fn old_plan_over(first_year: &str, last_year: &str) -> String {
    std::fs::read_to_string(root().join(OLD))
        .expect("fixture")
        .replacen(
            "first_year = 2025",
            &format!("first_year = {first_year}"),
            1,
        )
        .replacen("last_year = 2027", &format!("last_year = {last_year}"), 1)
}

/// Next year's edition moves its window: the same initiatives over
/// 2026–2028. Compared over the union, the cash flow would fall 400,000 →
/// 380,000; over the shared 2026–2027 nothing changed.
#[test]
fn shifted_window_compares_the_shared_years() {
    let text = old_plan_over("2026", "2028");
    let output = run_with(
        &[
            "diff",
            OLD,
            "-",
            "--levy",
            "--max-increase",
            "0",
            "--max-tax-increase",
            "0",
        ],
        Some(&text),
    );
    insta::assert_snapshot!(output);
    let json = run_with(&["diff", OLD, "-", "--format", "json"], Some(&text));
    for expected in [
        "\"common_years\": [\n    2026,\n    2027\n  ]",
        "\"only_old_years\": [\n    2025\n  ]",
        "\"only_new_years\": [\n    2028\n  ]",
        "\"cash_flow_total\": {\n    \"old\": \"335000\",\n    \"new\": \"335000\",\n    \"delta\": \"0\"",
    ] {
        assert!(json.contains(expected), "{expected} in {json}");
    }
}

#[test]
fn plans_that_share_no_year() {
    let text = old_plan_over("2030", "2031");
    let output = run_with(&["diff", OLD, "-", "--max-increase", "0"], Some(&text));
    assert!(output.starts_with("exit: 0\n"), "{output}");
    assert!(
        output.contains(
            "PASS: The plans share no year (old 2025–2027, new 2030–2031): no totals compared"
        ),
        "{output}"
    );
}

/// A total that leaves a "tbd" amount out says so; an unscheduled
/// initiative is present, not absent.
#[test]
fn costs_keep_tbd_and_unscheduled_visible() {
    let text = std::fs::read_to_string(root().join(NEW))
        .expect("fixture")
        .replacen("recurring = 45_000", "recurring = \"tbd\"", 1)
        + "\n[[initiative]]\nid = \"AI-1\"\nname = \"AI pilot\"\nstart = \"tbd\"\none_time = 90_000\n";
    insta::assert_snapshot!(run_with(&["diff", OLD, "-"], Some(&text)));
    let json = run_with(&["diff", OLD, "-", "--format", "json"], Some(&text));
    for expected in [
        "\"ERP-1\": {\n      \"name\": \"Finance system replacement\",\n      \"change\": \"changed\",\n      \"old\": \"325000\",\n      \"new\": \"250000\",\n      \"delta\": \"-75000\",\n      \"tbd\": true,\n      \"unscheduled\": false",
        "\"AI-1\": {\n      \"name\": \"AI pilot\",\n      \"change\": \"added\",\n      \"old\": null,\n      \"new\": \"0\",\n      \"delta\": \"0\",\n      \"tbd\": false,\n      \"unscheduled\": true",
    ] {
        assert!(json.contains(expected), "{expected} in {json}");
    }
}

/// More than ten cost lines fold under their summary in a comment.
#[test]
fn many_cost_lines_fold_in_markdown() {
    let mut text = std::fs::read_to_string(root().join(OLD)).expect("fixture");
    for i in 1..=11 {
        text.push_str(&format!(
            "\n[[initiative]]\nid = \"NEW-{i:02}\"\nname = \"New work {i}\"\nstart = 2026\none_time = {}\n",
            i * 1_000
        ));
    }
    let output = run_with(&["diff", OLD, "-", "--format", "markdown"], Some(&text));
    let folded = "<details><summary>Cost per initiative, cash flow 2025–2027: 11 added, 0 removed, 0 changed (largest change first)</summary>";
    assert!(output.contains(folded), "{output}");
    let first = output.find("| + | NEW-11 |").expect("largest first");
    let last = output.find("| + | NEW-01 |").expect("smallest last");
    assert!(first < last, "{output}");
}

/// The levy requirement's total counts the shared years, as the cash
/// flow's does; a year only the new plan covers is listed, not summed. The
/// tax impact is the levy requirement as a percent of the levy.
#[test]
fn levy_requirement_total_covers_the_shared_years() {
    let text = std::fs::read_to_string(root().join("examples/plans/funding-demo.toml"))
        .expect("example")
        .replacen("last_year = 2029", "last_year = 2031", 1);
    let output = run_with(
        &[
            "diff",
            "tests/fixtures/funding-before.toml",
            "-",
            "--levy",
            "--format",
            "json",
        ],
        Some(&text),
    );
    let report = json_of(&output);
    assert_eq!(report["common_years"], serde_json::json!([2025, 2029]));
    let total = &report["levy_requirement_total"];
    assert_eq!(total["old"], "4212500", "{total}");
    assert_eq!(total["new"], "2198254.82", "{total}");
    assert_eq!(total["delta"], "-2014245.18", "{total}");
    let in_2031 = &report["levy_requirement"]["2031"];
    assert_eq!(in_2031["old"], serde_json::Value::Null, "{in_2031}");
    assert_eq!(in_2031["new"], "659636.47", "{in_2031}");
    // 2026: 100,500 of a 49,440,000 levy (48,000,000 grown 3%).
    assert_eq!(report["levy_requirement"]["2026"]["new"], "100500");
    assert_eq!(report["tax_impact_percent"]["2026"]["new"], "0.2033");
}

/// A changed field holding a number is a number in CSV: a negative amount
/// is not mistaken for a formula and guarded as text.
#[test]
fn csv_field_changes_keep_numbers_numeric() {
    let dir = tempfile::tempdir().expect("temp dir");
    let new = std::fs::read_to_string(root().join("tests/fixtures/diff-new.toml"))
        .expect("fixture")
        .replacen("recurring = 45_000", "recurring = -45_000", 1);
    let new = temp_plan(&dir, "new.toml", &new);
    let old = root().join("tests/fixtures/diff-old.toml");
    let csv = stdout(&["diff", &old.display().to_string(), &new, "--format", "csv"]);
    let fields: Vec<&str> = csv.lines().filter(|l| l.starts_with("field,")).collect();
    assert!(
        fields.contains(&"field,changed,,ERP-1,recurring,40000,-45000,"),
        "{fields:#?}"
    );
    assert!(
        fields.contains(&"field,changed,,GOV-1,status,new,in-progress,"),
        "{fields:#?}"
    );
}
