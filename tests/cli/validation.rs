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
fn not_utf8_gives_line_and_column_and_says_to_save_as_utf8() {
    let mut text = b"[plan]\nname = \"Montr".to_vec();
    text.extend(b"\xe9al\"\nfirst_year = 2025\n");
    let output = assert_cmd::Command::cargo_bin("itplan")
        .expect("built")
        .args(["budget", "-"])
        .write_stdin(text)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stderr));
}

fn initiative(line: &str) -> String {
    format!("{HEADER}\n[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\n{line}\n")
}

#[test]
fn amount_with_thousands_commas() {
    insta::assert_snapshot!(check_plan(&initiative("one_time = 400,000")));
}

#[test]
fn amount_with_a_dollar_sign_in_quotes() {
    insta::assert_snapshot!(check_plan(&initiative("one_time = \"$650,000\"")));
}

#[test]
fn levy_with_thousands_commas_in_quotes() {
    insta::assert_snapshot!(check_plan(&format!(
        "{HEADER}\n[levy]\nbase_year = 2025\nbase = \"18,400,000\"\n"
    )));
}

#[test]
fn amount_grouped_with_spaces() {
    insta::assert_snapshot!(check_plan(&initiative("recurring = \"1 234 567\"")));
}

#[test]
fn percent_without_quotes() {
    insta::assert_snapshot!(check_plan(&initiative("escalation = 12.5 %")));
}

#[test]
fn growth_as_a_bare_number() {
    insta::assert_snapshot!(check_plan(&format!(
        "{HEADER}\n[levy]\nbase_year = 2025\nbase = 18_400_000\ngrowth = 1.45\n"
    )));
}

#[test]
fn start_year_in_quotes() {
    insta::assert_snapshot!(check_plan(&format!(
        "{HEADER}\n[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = \"2027\"\n"
    )));
}

#[test]
fn plan_keys_without_their_header_are_one_error() {
    insta::assert_snapshot!(check_plan(
        "# Capital plan\nname = \"T\"\norganization = \"Town\"\nfirst_year = 2025\nlast_year = 2027\nescalation = \"2%\"\ncurrency = \"CAD\"\n\n[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\n"
    ));
}

#[test]
fn annotations_are_accepted_anywhere_and_typos_still_caught() {
    let annotated = format!(
        "x-reviewed = \"2025-03-01\"\n{HEADER}x-owner = \"Finance\"\n\n[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\none_time = {{ 2025 = 5, x-quote = \"Q-17\" }}\nx-ticket = \"IT-42\"\n"
    );
    assert_eq!(
        run_with(&["budget", "-", "--format", "csv"], Some(&annotated))
            .lines()
            .next(),
        Some("exit: 0")
    );
    insta::assert_snapshot!(check_plan(&initiative(
        "x_owner = \"CIO\"\nowner = \"CIO\""
    )));
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

/// Ten initiatives whose effort runs a year past their end, and one
/// operational share without added staff.
fn plan_with_many_warnings() -> String {
    let mut text = format!(
        "{HEADER}\n[capacity]\n[[capacity.team]]\nname = \"IT\"\nfte = 2\noperational = \"50%\"\n"
    );
    for i in 0..10 {
        text.push_str(&format!(
            "\n[[initiative]]\nid = \"I-{i}\"\nname = \"n\"\nstart = 2025\none_time = 1000\neffort_hours = {{ 2025 = 10, 2026 = 5 }}\n"
        ));
    }
    text.push_str(
        "\n[[initiative]]\nid = \"S\"\nname = \"s\"\nstart = 2025\noperational = \"20%\"\n",
    );
    text
}

#[test]
fn many_warnings_are_summarised_per_kind() {
    insta::assert_snapshot!(run_with(
        &["budget", "-", "--format", "csv"],
        Some(&plan_with_many_warnings())
    ));
}

#[test]
fn quiet_prints_no_warnings() {
    let out = run_with(
        &["-q", "capacity", "-", "--format", "csv"],
        Some(&plan_with_many_warnings()),
    );
    assert!(out.starts_with("exit: 0\n"), "{out}");
    assert!(out.ends_with("--- stderr ---\n"), "{out}");
    let out = run_with(
        &["budget", "--quiet", "-"],
        Some(&plan_with_many_warnings()),
    );
    assert!(out.ends_with("--- stderr ---\n"), "{out}");
}

#[test]
fn check_lists_every_warning_in_file_order() {
    let out = run_with(
        &["check", "-", "--format", "json"],
        Some(&plan_with_many_warnings()),
    );
    let report = json_of(&out);
    let warnings: Vec<&str> = report["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .filter_map(|w| w.as_str())
        .collect();
    let late = warnings
        .iter()
        .filter(|w| w.contains("after the work ends"))
        .count();
    assert_eq!(late, 10, "{warnings:#?}");
    // Each slip once: the located warning, with no plan-wide repeat.
    let effort = warnings
        .iter()
        .filter(|w| w.contains("effort_hours"))
        .count();
    assert_eq!(effort, 10, "{warnings:#?}");
    let lines: Vec<usize> = warnings
        .iter()
        .filter_map(|w| w.split(':').nth(1)?.parse().ok())
        .collect();
    assert!(lines.is_sorted(), "{lines:?}");
}
