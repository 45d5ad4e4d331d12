//! `--format xlsx`: workbooks written by the real binary, recalculated by
//! a real spreadsheet engine (LibreOffice Calc), hold itplan's figures to
//! the cent, and stay alive when an input changes.

mod compare;
mod engine;
mod figures;

use std::ffi::OsString;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

use compare::sheet;
use engine::{edit_sheets, poison, recalculate, soffice};
use figures::{check_budget, check_capacity};

/// Runs itplan with `args` plus `-o <temp>/name`; returns the workbook.
fn workbook(args: &[&str], name: &str) -> Vec<u8> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    let output = Command::cargo_bin("itplan")
        .expect("built")
        .current_dir(super::root())
        .args(args)
        .arg("-o")
        .arg(&path)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "itplan {args:?} failed: {stderr}");
    // Budget sheets are written row by row, one row in memory; a cell
    // written to an earlier row would be dropped, and said so here.
    assert!(
        !stderr.contains("previously written row"),
        "itplan {args:?} wrote out of row order: {stderr}"
    );
    std::fs::read(&path).expect("workbook written")
}

fn has_levy(path: &str) -> bool {
    let text = std::fs::read_to_string(super::root().join(path)).expect("plan");
    text.lines().any(|line| line.trim() == "[levy]")
}

/// `itplan budget PATH [--levy]` with `extra` flags.
fn budget_args<'a>(path: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["budget", path];
    if has_levy(path) {
        args.push("--levy");
    }
    args.extend(extra);
    args
}

fn json(args: &[&str]) -> Value {
    let mut args = args.to_vec();
    args.extend(["--format", "json"]);
    serde_json::from_str(&super::stdout(&args)).expect("JSON")
}

/// Recalculates the budget workbook of `path`, its cached values poisoned
/// first, and compares every figure with itplan's JSON.
fn budget_recalculates(path: &str) {
    let Some(soffice) = soffice(&format!("budget workbook of {path}")) else {
        return;
    };
    let written = workbook(&budget_args(path, &[]), "budget.xlsx");
    let recalculated = recalculate(&soffice, &poison(&written));
    let compared = check_budget(
        &sheet(&recalculated, "Budget"),
        &json(&budget_args(path, &[])),
    );
    assert!(compared > 0, "{path}: no figure compared");
}

fn capacity_recalculates(args: &[&str]) {
    let Some(soffice) = soffice(&format!("capacity workbook of {args:?}")) else {
        return;
    };
    let written = workbook(args, "capacity.xlsx");
    let recalculated = recalculate(&soffice, &poison(&written));
    let compared = check_capacity(&sheet(&recalculated, "Capacity"), &json(args));
    assert!(compared > 0, "{args:?}: no figure compared");
}

const FIXTURES: [&str; 11] = [
    "tests/fixtures/small.toml",
    "tests/fixtures/phased-tbd.toml",
    "tests/fixtures/capacity.toml",
    "tests/fixtures/check-ok.toml",
    "tests/fixtures/check-problems.toml",
    "tests/fixtures/check-accepted.toml",
    "tests/fixtures/diff-old.toml",
    "tests/fixtures/diff-new.toml",
    "tests/fixtures/dependencies.toml",
    "tests/fixtures/funding-before.toml",
    "tests/fixtures/funding-check.toml",
];

/// The example plans shipped beside the seeds' plans.
const EXAMPLES: [&str; 2] = [
    "examples/plans/funding-demo.toml",
    "examples/plans/workplan-demo.toml",
];

/// Every plan above with a `[capacity]` table has a capacity workbook test.
const CAPACITY: [&str; 5] = [
    "plans/belleville-2024.toml",
    "tests/fixtures/capacity.toml",
    "tests/fixtures/diff-old.toml",
    "tests/fixtures/diff-new.toml",
    "examples/plans/workplan-demo.toml",
];

#[test]
fn belleville_budget_recalculates_to_itplans_figures() {
    budget_recalculates("plans/belleville-2024.toml");
}

#[test]
fn carleton_place_budget_recalculates_to_itplans_figures() {
    budget_recalculates("plans/carleton-place-2022.toml");
}

#[test]
fn fixture_budgets_recalculate_to_itplans_figures() {
    for fixture in FIXTURES {
        budget_recalculates(fixture);
    }
}

#[test]
fn example_budgets_recalculate_to_itplans_figures() {
    for example in EXAMPLES {
        budget_recalculates(example);
    }
}

/// A what-if is a workbook of the changed plan: the deferred system is
/// borrowed for a year later, and its loans and levy requirement follow.
#[test]
fn a_deferred_budget_recalculates_to_the_changed_plans_figures() {
    let Some(soffice) = soffice("budget workbook of a what-if") else {
        return;
    };
    let path = "examples/plans/funding-demo.toml";
    let args = budget_args(path, &["--defer", "ERP-1@2027", "--drop", "CYB-1"]);
    let written = workbook(&args, "what-if.xlsx");
    let recalculated = recalculate(&soffice, &poison(&written));
    let budget = sheet(&recalculated, "Budget");
    assert_eq!(budget.row_where(0, |t| t == "CYB-1"), None, "dropped");
    let changed = json(&args);
    assert_ne!(
        changed["debt_service"],
        json(&budget_args(path, &[]))["debt_service"]
    );
    assert!(check_budget(&budget, &changed) > 0);
}

#[test]
fn a_what_if_capacity_recalculates_to_the_changed_plans_figures() {
    let args = [
        "capacity",
        "examples/plans/workplan-demo.toml",
        "--defer",
        "ERP-2@2028",
        "--drop",
        "DOC-2",
        "--hire",
        "1@2027",
    ];
    let plain = json(&["capacity", "examples/plans/workplan-demo.toml"]);
    assert_ne!(
        json(&args)["rows"]["2026"],
        plain["rows"]["2026"],
        "the what-if changes the plan"
    );
    capacity_recalculates(&args);
}

/// The contract's edges, in a spreadsheet: an unescalated recurring
/// amount in cents, an unscheduled initiative's phases and recurring
/// start (in no total), three-way shares with the remainder last, and an
/// interest-free loan.
#[test]
fn contract_edges_recalculate_to_itplans_figures() {
    let Some(soffice) = soffice("budget workbook of the contract's edges") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = super::temp_plan(
        &dir,
        "edges.toml",
        "[plan]\nname = \"Edges\"\nfirst_year = 2025\nlast_year = 2029\n\n\
         [levy]\nbase_year = 2025\nbase = 1_000_000\ngrowth = \"2%\"\n\n\
         [debt]\nrate = \"0%\"\nterm = 3\nfirst_payment = 0\n\n\
         [[initiative]]\nid = \"CENTS\"\nname = \"Half a cent\"\nstart = 2026\nrecurring = \"100.005\"\n\
         recurring_funding = { reserve = \"33.33%\", grant = \"33.33%\", levy = \"33.34%\" }\n\n\
         [[initiative]]\nid = \"LATER\"\nname = \"Unscheduled\"\nstart = \"tbd\"\n\
         one_time = { 2026 = 500, 2027 = 700 }\nrecurring = 40\nrecurring_start = 2027\n\n\
         [[initiative]]\nid = \"LOAN\"\nname = \"Borrowed\"\nstart = 2025\none_time = \"100.01\"\n\
         funding = { debt = \"33.33%\", levy = \"66.67%\" }\n",
    );
    let args = ["budget", plan.as_str(), "--levy"];
    let expected = json(&args);
    assert_eq!(expected["initiatives"][0]["cash_flow"]["2027"], "100.01");
    assert_eq!(expected["initiatives"][1]["total"], Value::Null);
    assert_eq!(expected["debt_service"]["2027"], "11.11");
    let written = workbook(&args, "edges.xlsx");
    let recalculated = recalculate(&soffice, &poison(&written));
    assert!(check_budget(&sheet(&recalculated, "Budget"), &expected) > 0);
}

#[test]
fn belleville_capacity_recalculates_to_itplans_figures() {
    capacity_recalculates(&["capacity", "plans/belleville-2024.toml"]);
}

#[test]
fn fixture_capacities_recalculate_to_itplans_figures() {
    capacity_recalculates(&["capacity", "tests/fixtures/capacity.toml"]);
    capacity_recalculates(&["capacity", "tests/fixtures/diff-old.toml"]);
    capacity_recalculates(&["capacity", "examples/plans/workplan-demo.toml"]);
    // What-if hires are staff lines of the workbook too.
    capacity_recalculates(&[
        "capacity",
        "tests/fixtures/diff-new.toml",
        "--hire",
        "1.5@2026",
        "--operational",
        "20%",
    ]);
}

/// Every shipped plan, example and valid fixture has a workbook test
/// above (a capacity workbook too when it has `[capacity]`); an invalid
/// one writes no workbook.
#[test]
fn every_shipped_plan_and_fixture_is_covered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("invalid.xlsx");
    let out = out.to_str().expect("UTF-8");
    let mut all = super::shipped_plans();
    for folder in ["tests/fixtures", "examples/plans"] {
        for entry in std::fs::read_dir(super::root().join(folder)).expect("plans") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "toml") {
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                all.push(Path::new(folder).join(&*name).display().to_string());
            }
        }
    }
    let covered = [
        "plans/belleville-2024.toml",
        "plans/carleton-place-2022.toml",
    ];
    for path in all {
        let path = path.as_str();
        if covered.contains(&path) || FIXTURES.contains(&path) || EXAMPLES.contains(&path) {
            let has_capacity = super::exit_code(&["capacity", path, "--format", "json"]) == 0;
            assert_eq!(
                has_capacity,
                CAPACITY.contains(&path),
                "{path}: capacity workbook test"
            );
            continue;
        }
        assert_eq!(
            super::exit_code(&["budget", path, "-o", out]),
            2,
            "{path} has no workbook test"
        );
        assert!(!Path::new(out).exists(), "{path}: a workbook was left");
    }
}

/// Viewers that do not recalculate show the cached values: itplan's figures.
#[test]
fn cached_values_are_itplans_figures() {
    let plans = [
        "plans/belleville-2024.toml",
        "plans/carleton-place-2022.toml",
    ];
    for path in plans.into_iter().chain(FIXTURES).chain(EXAMPLES) {
        let written = workbook(&budget_args(path, &[]), "budget.xlsx");
        assert!(check_budget(&sheet(&written, "Budget"), &json(&budget_args(path, &[]))) > 0);
    }
    let args = ["capacity", "tests/fixtures/capacity.toml"];
    assert!(check_capacity(&sheet(&workbook(&args, "c.xlsx"), "Capacity"), &json(&args)) > 0);
}

/// The workbook is a model: change MW1.5's recurring cost on the Inputs
/// sheet, and the cash flow, totals and tax impact follow, as itplan
/// computes them for the equally changed plan.
#[test]
fn editing_an_input_recomputes_the_plan() {
    let Some(soffice) = soffice("editing an input of the Belleville workbook") else {
        return;
    };
    let path = "plans/belleville-2024.toml";
    let written = workbook(&budget_args(path, &[]), "belleville.xlsx");
    let inputs = sheet(&written, "Inputs");
    let row = inputs.row_of(0, "MW1.5");
    let header = inputs.row_of(0, "ID");
    let col = inputs
        .col_of(header, "Recurring (yearly)")
        .expect("a recurring column");
    assert_eq!(inputs.text(row, col), "100000");
    let cell = format!("{}{}", column_name(col), row + 1);
    let edited = edit_sheets(&written, |name, xml| {
        if name == "xl/worksheets/sheet2.xml" {
            set_number(xml, &cell, "80000")
        } else {
            xml.to_string()
        }
    });
    let recalculated = recalculate(&soffice, &poison(&edited));

    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(super::root().join(path)).expect("plan");
    let changed = change_recurring(&text, "MW1.5", "recurring = 100_000", "recurring = 80_000");
    let changed_path = super::temp_plan(&dir, "belleville-80k.toml", &changed);
    let expected = json(&["budget", &changed_path, "--levy"]);
    let before = json(&["budget", path, "--levy"]);
    assert_ne!(
        expected["totals"]["cash_flow"]["2027"], before["totals"]["cash_flow"]["2027"],
        "the edit changes the plan"
    );
    assert!(check_budget(&sheet(&recalculated, "Budget"), &expected) > 0);
}

/// Funding shares are inputs too: WEB-1's grant share raised from 40% to
/// 50% moves its one-time cost off the levy requirement and the tax impact.
#[test]
fn editing_a_funding_share_recomputes_the_levy_requirement() {
    let Some(soffice) = soffice("editing a funding share of the example workbook") else {
        return;
    };
    let path = "examples/plans/funding-demo.toml";
    let written = workbook(&budget_args(path, &[]), "funding.xlsx");
    let inputs = sheet(&written, "Inputs");
    let row = inputs.row_of(0, "WEB-1");
    let header = inputs.row_of(0, "ID");
    let at = |source: &str| {
        let col = inputs.col_of(header, source).expect("a share column");
        format!("{}{}", column_name(col), row + 1)
    };
    let (grant, levy) = (at("grant"), at("levy"));
    assert_eq!(
        inputs.text(row, inputs.col_of(header, "grant").expect("grant")),
        "0.4"
    );
    let edited = edit_sheets(&written, |name, xml| {
        if name == "xl/worksheets/sheet2.xml" {
            set_number(&set_number(xml, &grant, "0.5"), &levy, "0.5")
        } else {
            xml.to_string()
        }
    });
    let recalculated = recalculate(&soffice, &poison(&edited));

    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(super::root().join(path)).expect("plan");
    let old = "funding = { grant = \"40%\", levy = \"60%\" }";
    let new = "funding = { grant = \"50%\", levy = \"50%\" }";
    let changed = change_recurring(&text, "WEB-1", old, new);
    let changed_path = super::temp_plan(&dir, "funding-50.toml", &changed);
    let expected = json(&["budget", &changed_path, "--levy"]);
    assert_ne!(
        expected["levy_requirement"]["2025"],
        json(&["budget", path, "--levy"])["levy_requirement"]["2025"],
        "the edit changes the plan"
    );
    assert!(check_budget(&sheet(&recalculated, "Budget"), &expected) > 0);
}

fn column_name(col: u32) -> String {
    let mut name = String::new();
    let mut n = col + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        name.insert(0, char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    name
}

/// The cell `reference` (e.g. G57) of a sheet's XML set to `value`.
fn set_number(xml: &str, reference: &str, value: &str) -> String {
    let start = xml
        .find(&format!("<c r=\"{reference}\""))
        .unwrap_or_else(|| panic!("cell {reference} in the sheet"));
    let v = start + xml[start..].find("<v>").expect("a value") + "<v>".len();
    let end = v + xml[v..].find("</v>").expect("value end");
    format!("{}{value}{}", &xml[..v], &xml[end..])
}

/// The plan text with `old` replaced by `new` in the initiative `id` only.
fn change_recurring(text: &str, id: &str, old: &str, new: &str) -> String {
    let at = text
        .find(&format!("id = \"{id}\""))
        .expect("the initiative");
    let offset = at + text[at..].find(old).expect("the field");
    format!("{}{new}{}", &text[..offset], &text[offset + old.len()..])
}

/// The budget and capacity commands write xlsx; -o FILE.xlsx picks it.
#[test]
fn extension_and_format_flag_both_write_a_workbook() {
    let by_extension = workbook(&["budget", "tests/fixtures/small.toml"], "s.xlsx");
    let by_flag = workbook(
        &["budget", "tests/fixtures/small.toml", "--format", "xlsx"],
        "s.bin",
    );
    for bytes in [&by_extension, &by_flag] {
        assert_eq!(&bytes[..2], b"PK", "an xlsx is a zip");
        assert!(
            sheet(bytes, "Budget")
                .row_where(0, |t| t == "ERP-1")
                .is_some()
        );
    }
}

/// --from, --to and --by shape tables; a workbook is the whole model.
#[test]
fn a_workbook_covers_the_whole_horizon() {
    let args = [
        "budget",
        "tests/fixtures/small.toml",
        "--levy",
        "--from",
        "2026",
        "--to",
        "2027",
        "--by",
        "theme",
    ];
    let written = workbook(&args, "window.xlsx");
    let budget = sheet(&written, "Budget");
    let header = budget.row_of(0, "ID");
    for year in 2025..=2028 {
        budget.year_col(header, year);
    }
    let whole = json(&["budget", "tests/fixtures/small.toml", "--levy"]);
    assert!(check_budget(&budget, &whole) > 0);
}

#[test]
fn xlsx_without_a_file_is_a_usage_error() {
    let plan = "plans/belleville-2024.toml";
    insta::assert_snapshot!(
        "xlsx_to_a_pipe",
        super::run(&["budget", plan, "--format", "xlsx"])
    );
    let (code, out, err) = in_terminal(&["capacity", plan, "--format", "xlsx"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.contains("-o FILE.xlsx"), "{err}");
}

/// Runs itplan in-process as if standard output were a terminal.
fn in_terminal(args: &[&str]) -> (u8, String, String) {
    let args: Vec<OsString> = std::iter::once("itplan")
        .chain(args.iter().copied())
        .map(OsString::from)
        .collect();
    let (mut input, mut out, mut err) = (&b""[..], Vec::new(), Vec::new());
    let mut io = itplan::Io::new(&mut input, &mut out, &mut err);
    io.is_terminal = true;
    let code = itplan::run_with(&args, &mut io);
    (
        code,
        String::from_utf8_lossy(&out).into_owned(),
        String::from_utf8_lossy(&err).into_owned(),
    )
}

#[test]
fn commands_without_a_workbook_name_those_with_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("check.xlsx");
    let path = path.to_str().expect("UTF-8");
    let shown = super::run(&["check", "plans/belleville-2024.toml", "-o", path]);
    assert!(!Path::new(path).exists());
    insta::assert_snapshot!("check_cannot_write_xlsx", shown.replace(path, "<FILE>"));
}

/// An amount a double cannot hold is a located error, and the file a
/// user already has is left as it was.
#[test]
fn more_than_fifteen_digits_is_a_located_error_and_leaves_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = super::temp_plan(
        &dir,
        "precise.toml",
        "[plan]\nname = \"Precise\"\nfirst_year = 2025\nlast_year = 2026\n\n\
         [[initiative]]\nid = \"ERP\"\nname = \"Finance system\"\nstart = 2025\n\
         one_time = 250_000\nrecurring = \"1234567890123.456\"\n",
    );
    let out = dir.path().join("plan.xlsx");
    std::fs::write(&out, "the analyst's copy").expect("existing file");
    let shown = super::run(&["budget", &plan, "-o", out.to_str().expect("UTF-8")]);
    assert_eq!(
        std::fs::read_to_string(&out).expect("kept"),
        "the analyst's copy"
    );
    let shown = shown
        .replace(&plan, "precise.toml")
        .replace(out.to_str().expect("UTF-8"), "plan.xlsx");
    insta::assert_snapshot!("fifteen_digits", shown);
    // The same plan in JSON stays exact.
    assert!(
        super::stdout(&["budget", &plan, "--format", "json"]).contains("\"1234567890123.456\"")
    );
}

/// Headers and ids stay in view; deficits are red; notes explain "tbd".
#[test]
fn workbooks_freeze_headers_mark_deficits_and_explain_unknowns() {
    let budget = workbook(&["budget", "tests/fixtures/small.toml", "--levy"], "b.xlsx");
    let sheet1 = engine::part(&budget, "xl/worksheets/sheet1.xml");
    assert!(
        sheet1.contains(r#"<pane xSplit="1" ySplit="6" topLeftCell="B7""#),
        "{sheet1}"
    );
    assert!(sheet1.contains(r#"<autoFilter ref="A6:I12"/>"#), "{sheet1}");
    let notes = engine::part(&budget, "xl/comments1.xml");
    assert!(
        notes.contains(
            "Known amounts only: a \"tbd\" (not yet costed) amount of WEB-1 also falls in 2027."
        ),
        "{notes}"
    );
    let styles = engine::part(&budget, "xl/styles.xml");
    assert!(
        styles.contains(r##"formatCode="#,##0.00 &quot;CAD&quot;""##),
        "{styles}"
    );
    let capacity = workbook(&["capacity", "tests/fixtures/capacity.toml"], "c.xlsx");
    let sheet1 = engine::part(&capacity, "xl/worksheets/sheet1.xml");
    assert!(
        sheet1.contains("<conditionalFormatting sqref=\"B28:E29\">"),
        "{sheet1}"
    );
    assert!(
        sheet1.contains("<formula>ROUND(B$28,2)&lt;0</formula>"),
        "{sheet1}"
    );
    let core = engine::part(&capacity, "docProps/core.xml");
    assert!(
        core.contains("<dc:title>Sample Township IT Plan</dc:title>"),
        "{core}"
    );
}
