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

fn git(dir: &Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "Plan Author")
        .env("GIT_AUTHOR_EMAIL", "author@example.org")
        .env("GIT_COMMITTER_NAME", "Plan Author")
        .env("GIT_COMMITTER_EMAIL", "author@example.org")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
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
