//! Invalid plans: every problem located, exit 2, never a panic.

use super::*;

fn check_plan(text: &str) -> String {
    run_with(&["budget", "-"], Some(text))
}

const HEADER: &str = "[plan]\nname = \"T\"\nfirst_year = 2025\nlast_year = 2027\n";

#[test]
fn every_problem_is_reported_at_once() {
    let text = format!(
        "{HEADER}escalation = 2.5\n\n[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\nonetime = 5\n\n[[initiative]]\nid = \"A\"\nname = \"b\"\nstart = 2026\nend = 2025\nurgency = 7\nrecurring = \"lots\"\n"
    );
    insta::assert_snapshot!(check_plan(&text));
}

#[test]
fn syntax_error_points_at_the_line() {
    insta::assert_snapshot!(check_plan("[plan]\nname = \"T\nfirst_year = 2025\n"));
}

#[test]
fn missing_plan_table() {
    insta::assert_snapshot!(check_plan(
        "[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\n"
    ));
}

#[test]
fn too_many_float_digits_must_be_quoted() {
    insta::assert_snapshot!(check_plan(&format!(
        "{HEADER}\n[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\none_time = 0.1234567890123456789\n"
    )));
}

#[test]
fn horizon_problems() {
    insta::assert_snapshot!(check_plan(
        "[plan]\nname = \"T\"\nfirst_year = 2030\nlast_year = 2025\n"
    ));
    insta::assert_snapshot!(check_plan(
        "[plan]\nname = \"T\"\nfirst_year = 1800\nlast_year = 2300\n"
    ));
}

#[test]
fn levy_problems() {
    insta::assert_snapshot!(check_plan(&format!(
        "{HEADER}\n[levy]\nbase = 0\ngrowth = 0.03\nhouseholds = -5\nby_year = {{ twenty = 5 }}\n"
    )));
}

#[test]
fn capacity_problems() {
    insta::assert_snapshot!(check_plan(&format!(
        "{HEADER}\n[capacity]\nhours_per_fte_quarter = 0\n\n[[capacity.team]]\nname = \"IT\"\nfte = -1\noperational = \"120%\"\n\n[[capacity.demand]]\nname = \"d\"\nhours_per_quarter = {{ 2025 = -3 }}\n"
    )));
}

#[test]
fn not_utf8_is_an_input_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("latin1.toml");
    std::fs::write(&path, b"[plan]\nname = \"Montr\xe9al\"\n").expect("written");
    assert_eq!(exit_code(&["budget", path.to_str().expect("UTF-8")]), 2);
}

#[test]
fn missing_file() {
    insta::assert_snapshot!(run(&["budget", "plans/no-such-plan.toml"]));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(exit_code(&["budget"]), 2);
    assert_eq!(
        exit_code(&["budget", "plans/belleville-2024.toml", "--format", "xml"]),
        2
    );
    assert_eq!(exit_code(&["frobnicate"]), 2);
}
