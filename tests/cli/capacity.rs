//! `itplan capacity` end to end.

use super::*;

const BELLEVILLE: &str = "plans/belleville-2024.toml";
const FIXTURE: &str = "tests/fixtures/capacity.toml";

#[test]
fn belleville_reproduces_the_seed_table() {
    insta::assert_snapshot!(run(&["capacity", BELLEVILLE]));
}

#[test]
fn belleville_csv() {
    insta::assert_snapshot!(run(&["capacity", BELLEVILLE, "--format", "csv"]));
}

#[test]
fn belleville_json() {
    insta::assert_snapshot!(run(&["capacity", BELLEVILLE, "--format", "json"]));
}

#[test]
fn belleville_markdown_bolds_deficits() {
    insta::assert_snapshot!(run(&["capacity", BELLEVILLE, "--format", "markdown"]));
}

#[test]
fn belleville_what_if_hiring_closes_the_gap() {
    insta::assert_snapshot!(run(&[
        "capacity",
        BELLEVILLE,
        "--hire",
        "2",
        "--hire",
        "1@2025",
        "--operational",
        "20%"
    ]));
}

#[test]
fn fixture_with_detail() {
    insta::assert_snapshot!(run(&["capacity", FIXTURE, "--detail"]));
}

#[test]
fn fixture_per_year_with_hires_markdown() {
    insta::assert_snapshot!(run(&[
        "capacity",
        FIXTURE,
        "--period",
        "year",
        "--detail",
        "--hire",
        "1",
        "--hire",
        "0.5@2027",
        "--operational",
        "20%",
        "--format",
        "markdown"
    ]));
}

#[test]
fn fixture_csv_with_detail() {
    insta::assert_snapshot!(run(&["capacity", FIXTURE, "--detail", "--format", "csv"]));
}

#[test]
fn fixture_json_with_everything() {
    insta::assert_snapshot!(run(&[
        "capacity", FIXTURE, "--detail", "--period", "year", "--hire", "1@2026", "--format", "json"
    ]));
}

#[test]
fn json_rows_keep_the_contract_shape() {
    let text = stdout(&[
        "capacity", BELLEVILLE, "--format", "json", "--period", "year",
    ]);
    let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(json["hours_per_fte_quarter"], "455");
    assert_eq!(json["years"], serde_json::json!([2024, 2025, 2026]));
    let expected = serde_json::json!({
        "capacity": "5460.00", "operational": "4627.35", "available": "832.65",
        "demand": "1533.17", "surplus": "-700.52", "surplus_fte": "-1.54"
    });
    // Per quarter whatever --period says: the contract defines them so.
    assert_eq!(json["rows"]["2024"], expected);
    assert_eq!(json["rows"]["2026"]["surplus_fte"], "-1.86");
}

#[test]
fn deficits_are_visible_without_colour() {
    let table = stdout(&["capacity", BELLEVILLE]);
    assert!(!table.contains('\u{1b}'), "no escape codes when piped");
    assert!(table.contains("Deficit in 2024, 2025, 2026"), "{table}");
    let coloured = stdout(&["capacity", BELLEVILLE, "--color", "always"]);
    let deficit = coloured
        .lines()
        .find(|l| l.contains("-700.52"))
        .expect("row E");
    assert!(
        deficit.contains("\u{1b}[31m-700.52"),
        "deficits in red: {deficit}"
    );
}

#[test]
fn plan_without_capacity_is_an_input_error() {
    insta::assert_snapshot!(run(&["capacity", "plans/carleton-place-2022.toml"]));
}

#[test]
fn bad_hires_are_usage_errors() {
    let mut out = String::new();
    for hire in ["-1", "two", "1@2300", "1@", "1@2027"] {
        out.push_str(&run(&["capacity", BELLEVILLE, "--hire", hire]));
    }
    out.push_str(&run(&[
        "capacity",
        BELLEVILLE,
        "--hire",
        "1",
        "--operational",
        "20",
    ]));
    out.push_str(&run(&[
        "capacity",
        BELLEVILLE,
        "--hire",
        "1",
        "--operational",
        "120%",
    ]));
    insta::assert_snapshot!(out);
}

#[test]
fn capacity_warnings_point_at_the_figure() {
    let plan = "[plan]\nname = \"T\"\nfirst_year = 2025\nlast_year = 2027\n\n[capacity]\n\n\
                [[capacity.team]]\nname = \"IT\"\nfte = 2\noperational = \"50%\"\n\n\
                [[capacity.demand]]\nname = \"Projects\"\nhours_per_quarter = { 2024 = 5, 2025 = 10 }\n\n\
                [[initiative]]\nid = \"W\"\nname = \"Web\"\nstart = 2025\n\
                effort_hours = { 2025 = 400, 2026 = 200 }\noperational = \"20%\"\n";
    insta::assert_snapshot!(run_with(&["capacity", "-"], Some(plan)));
}

#[test]
fn capacity_window_of_more_than_100_years() {
    let plan = "[plan]\nname = \"T\"\nfirst_year = 2025\nlast_year = 2027\n\n\
                [capacity]\nfirst_year = 1900\nlast_year = 2200\n";
    insta::assert_snapshot!(run_with(&["capacity", "-"], Some(plan)));
}

#[test]
fn output_file_matches_standard_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("capacity.md");
    let target = target.to_str().expect("UTF-8 path");
    let args = ["capacity", FIXTURE, "--detail", "--format", "markdown"];
    let mut with_file = args.to_vec();
    with_file.extend(["-o", target]);
    assert_eq!(exit_code(&with_file), 0);
    let written = std::fs::read_to_string(target).expect("file written");
    assert_eq!(written, stdout(&args));
}

#[test]
fn every_shipped_plan_with_capacity_runs_in_every_format() {
    for plan in shipped_plans() {
        let text = std::fs::read_to_string(root().join(&plan)).expect("plan");
        let has_capacity = text.lines().any(|l| l.trim() == "[capacity]");
        let expected = if has_capacity { 0 } else { 2 };
        for format in ["table", "csv", "json", "markdown"] {
            assert_eq!(
                exit_code(&["capacity", &plan, "--detail", "--format", format]),
                expected,
                "{plan} as {format}"
            );
        }
    }
}
