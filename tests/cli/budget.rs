//! `itplan budget` end to end.

use super::*;

#[test]
fn belleville_with_levy_table() {
    insta::assert_snapshot!(run(&["budget", "plans/belleville-2024.toml", "--levy"]));
}

#[test]
fn belleville_csv() {
    insta::assert_snapshot!(run(&[
        "budget",
        "plans/belleville-2024.toml",
        "--levy",
        "--format",
        "csv"
    ]));
}

#[test]
fn belleville_json() {
    insta::assert_snapshot!(run(&[
        "budget",
        "plans/belleville-2024.toml",
        "--levy",
        "--format",
        "json"
    ]));
}

#[test]
fn belleville_markdown_by_theme() {
    insta::assert_snapshot!(run(&[
        "budget",
        "plans/belleville-2024.toml",
        "--by",
        "theme",
        "--format",
        "markdown"
    ]));
}

#[test]
fn carleton_place_says_what_is_not_costed() {
    insta::assert_snapshot!(run(&["budget", "plans/carleton-place-2022.toml"]));
}

#[test]
fn every_shipped_plan_loads_in_every_format() {
    for plan in shipped_plans() {
        for format in ["table", "csv", "json", "markdown"] {
            assert_eq!(
                exit_code(&["budget", &plan, "--format", format]),
                0,
                "{plan} as {format}"
            );
        }
    }
}

#[test]
fn small_plan_every_feature() {
    insta::assert_snapshot!(run(&["budget", "tests/fixtures/small.toml", "--levy"]));
}

#[test]
fn small_plan_json() {
    insta::assert_snapshot!(run(&[
        "budget",
        "tests/fixtures/small.toml",
        "--levy",
        "--format",
        "json"
    ]));
}

#[test]
fn small_plan_csv_grouped_by_category() {
    insta::assert_snapshot!(run(&[
        "budget",
        "tests/fixtures/small.toml",
        "--by",
        "category",
        "--format",
        "csv"
    ]));
}

#[test]
fn small_plan_markdown_escapes_pipes() {
    insta::assert_snapshot!(run(&[
        "budget",
        "tests/fixtures/small.toml",
        "--format",
        "markdown",
        "--by",
        "kind"
    ]));
}

#[test]
fn window_of_the_horizon() {
    insta::assert_snapshot!(run(&[
        "budget",
        "plans/belleville-2024.toml",
        "--from",
        "2027",
        "--to",
        "2028",
        "--levy",
        "--format",
        "csv"
    ]));
}

#[test]
fn window_outside_the_horizon_is_a_usage_error() {
    insta::assert_snapshot!(run(&[
        "budget",
        "plans/belleville-2024.toml",
        "--from",
        "2024"
    ]));
}

#[test]
fn levy_without_a_levy_table() {
    insta::assert_snapshot!(run(&["budget", "plans/carleton-place-2022.toml", "--levy"]));
}

#[test]
fn plan_from_standard_input() {
    let text = std::fs::read_to_string(root().join("tests/fixtures/small.toml")).expect("fixture");
    let from_stdin = run_with(&["budget", "-", "--format", "csv"], Some(&text));
    let from_file = run(&["budget", "tests/fixtures/small.toml", "--format", "csv"]);
    assert_eq!(from_stdin, from_file);
}

#[test]
fn output_file_is_written_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("budget.json");
    let target = target.to_str().expect("UTF-8 path");
    assert_eq!(
        exit_code(&[
            "budget",
            "plans/belleville-2024.toml",
            "--format",
            "json",
            "-o",
            target
        ]),
        0
    );
    let written = std::fs::read_to_string(target).expect("file written");
    assert_eq!(
        written,
        stdout(&["budget", "plans/belleville-2024.toml", "--format", "json"])
    );
    let leftovers = std::fs::read_dir(dir.path()).expect("dir").count();
    assert_eq!(leftovers, 1, "no temporary file is left beside the output");
}

#[test]
fn failed_run_leaves_no_output_file_and_keeps_an_old_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = temp_plan(
        &dir,
        "bad.toml",
        "[plan]\nname = \"x\"\nfirst_year = 2025\n",
    );
    let fresh = dir.path().join("fresh.csv").display().to_string();
    assert_eq!(exit_code(&["budget", &bad, "-o", &fresh]), 2);
    assert!(!std::path::Path::new(&fresh).exists());
    let old = temp_plan(&dir, "old.csv", "previous report\n");
    assert_eq!(exit_code(&["budget", &bad, "-o", &old]), 2);
    assert_eq!(
        std::fs::read_to_string(&old).expect("kept"),
        "previous report\n"
    );
    assert_eq!(
        exit_code(&[
            "budget",
            "plans/belleville-2024.toml",
            "--levy",
            "--from",
            "2020",
            "-o",
            &old
        ]),
        2
    );
    assert_eq!(
        std::fs::read_to_string(&old).expect("kept"),
        "previous report\n"
    );
}

#[cfg(unix)]
#[test]
fn output_to_dev_null_writes_through() {
    assert_eq!(
        exit_code(&["budget", "plans/belleville-2024.toml", "-o", "/dev/null"]),
        0
    );
    assert!(
        !std::fs::metadata("/dev/null")
            .expect("exists")
            .file_type()
            .is_file()
    );
}

#[test]
fn csv_has_raw_numbers_and_marks_totals() {
    let csv = stdout(&["budget", "plans/belleville-2024.toml", "--format", "csv"]);
    let header = csv.lines().next().expect("header");
    assert_eq!(
        header,
        "row_type,id,name,start,one_time,recurring,2025,2026,2027,2028,2029,total"
    );
    let cash_flow = csv
        .lines()
        .find(|l| l.starts_with("total,,\"Cash flow"))
        .expect("cash flow total row");
    assert!(
        cash_flow.ends_with(
            ",1458000 + tbd,1706000 + tbd,2529000 + tbd,1712000 + tbd,1825000 + tbd,9230000 + tbd"
        ),
        "{cash_flow}"
    );
    assert!(!csv.contains("1,458,000"));
}

#[test]
fn no_colour_when_piped_even_if_asked_for_auto() {
    let table = stdout(&["budget", "plans/belleville-2024.toml"]);
    assert!(!table.contains('\u{1b}'), "no escape codes when piped");
    let forced = stdout(&["budget", "plans/belleville-2024.toml", "--color", "always"]);
    assert!(forced.contains('\u{1b}'), "--color always colours");
}

/// The count in the cash-flow total and the list under the table name the
/// same initiatives, whatever window is shown.
#[test]
fn uncosted_counts_and_lists_agree_for_any_window() {
    for (from, to) in [
        ("2025", "2029"),
        ("2027", "2028"),
        ("2029", "2029"),
        ("2025", "2025"),
    ] {
        let budget = |format: &str| {
            stdout(&[
                "budget",
                "plans/belleville-2024.toml",
                "--from",
                from,
                "--to",
                to,
                "--format",
                format,
            ])
        };
        let out = budget("table");
        let count = out
            .split("Cash flow (excludes ")
            .nth(1)
            .and_then(|rest| rest.split(" uncosted").next())
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or(0);
        let listed = out
            .lines()
            .find(|l| l.starts_with("Uncosted in "))
            .and_then(|l| l.split("): ").nth(1))
            .map_or(0, |ids| ids.split(", ").count());
        assert_eq!(count, listed, "{from}–{to}:\n{out}");
        let json = budget("json");
        let with_tbd = json.matches("\"tbd_years\": [\n").count();
        assert_eq!(with_tbd, listed, "JSON tbd_years agree, {from}–{to}");
    }
}

#[test]
fn a_phased_one_time_cost_with_an_unknown_phase_shows_its_known_part() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = temp_plan(
        &dir,
        "phased.toml",
        "[plan]\nname = \"Phased\"\nfirst_year = 2025\nlast_year = 2026\n\n\
         [[initiative]]\nid = \"A\"\nname = \"Phased\"\nstart = 2025\n\
         one_time = { 2025 = 100_000, 2026 = \"tbd\" }\nrecurring = 5_000\n",
    );
    let table = stdout(&["budget", &plan]);
    let row = table
        .lines()
        .find(|l| l.starts_with("│ A "))
        .expect("row A");
    let cells: Vec<&str> = row.split('┆').map(str::trim).collect();
    assert_eq!(cells[3], "100,000 + tbd", "one-time input: {row}");
    assert_eq!(cells[4], "5,000", "recurring input: {row}");
    let csv = stdout(&["budget", &plan, "--format", "csv"]);
    let row = csv
        .lines()
        .find(|l| l.starts_with("initiative,A,"))
        .expect("CSV row A");
    assert_eq!(
        row,
        "initiative,A,Phased,2025,100000 + tbd,5000,105000,5000 + tbd,110000 + tbd"
    );
    let priorities = stdout(&["priorities", &plan]);
    assert!(
        priorities
            .lines()
            .any(|l| l.contains("┆ A ") && l.contains("100,000 + tbd")),
        "{priorities}"
    );
}
