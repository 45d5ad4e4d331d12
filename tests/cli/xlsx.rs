//! Workbooks recalculated by a real spreadsheet engine (LibreOffice Calc)
//! hold itplan's figures to the cent, and stay alive when an input changes.

mod compare;
mod engine;
mod figures;

use std::path::Path;

use serde_json::Value;

use compare::sheet;
use engine::{poison, recalculate, soffice};
use figures::{check_budget, check_capacity};

fn plan(path: &str) -> itplan::plan::Plan {
    let text = std::fs::read_to_string(super::root().join(path)).expect("plan readable");
    itplan::plan::load(itplan::source::SourceFile::new(path, text))
        .unwrap_or_else(|_| panic!("{path} is valid"))
        .plan
}

/// The budget workbook of `path` (with the levy rows when it has a levy).
fn budget_workbook(path: &str) -> Vec<u8> {
    let plan = plan(path);
    itplan::render::xlsx::budget_workbook(&plan, plan.levy.is_some()).expect("workbook written")
}

fn budget_json(path: &str) -> Value {
    let mut args = vec!["budget", path, "--format", "json"];
    if plan(path).levy.is_some() {
        args.push("--levy");
    }
    serde_json::from_str(&super::stdout(&args)).expect("JSON")
}

/// Recalculates the budget workbook of `path`, its cached values poisoned
/// first, and compares every figure with itplan's JSON.
fn budget_recalculates(path: &str) {
    let Some(soffice) = soffice(&format!("budget workbook of {path}")) else {
        return;
    };
    let recalculated = recalculate(&soffice, &poison(&budget_workbook(path)));
    let compared = check_budget(&sheet(&recalculated, "Budget"), &budget_json(path));
    assert!(compared > 0, "{path}: no figure compared");
}

fn capacity_recalculates(path: &str) {
    let Some(soffice) = soffice(&format!("capacity workbook of {path}")) else {
        return;
    };
    let workbook = itplan::render::xlsx::capacity_workbook(&plan(path), None).expect("workbook");
    let recalculated = recalculate(&soffice, &poison(&workbook));
    let json: Value = serde_json::from_str(&super::stdout(&["capacity", path, "--format", "json"]))
        .expect("JSON");
    let compared = check_capacity(&sheet(&recalculated, "Capacity"), &json);
    assert!(compared > 0, "{path}: no figure compared");
}

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
    for fixture in [
        "small",
        "capacity",
        "check-ok",
        "check-problems",
        "diff-old",
        "diff-new",
    ] {
        budget_recalculates(&format!("tests/fixtures/{fixture}.toml"));
    }
}

#[test]
fn belleville_capacity_recalculates_to_itplans_figures() {
    capacity_recalculates("plans/belleville-2024.toml");
}

#[test]
fn fixture_capacities_recalculate_to_itplans_figures() {
    for fixture in ["capacity", "diff-old", "diff-new"] {
        capacity_recalculates(&format!("tests/fixtures/{fixture}.toml"));
    }
}

#[test]
fn every_shipped_plan_and_fixture_is_covered() {
    let covered = [
        "plans/belleville-2024.toml",
        "plans/carleton-place-2022.toml",
        "tests/fixtures/small.toml",
        "tests/fixtures/capacity.toml",
        "tests/fixtures/check-ok.toml",
        "tests/fixtures/check-problems.toml",
        "tests/fixtures/diff-old.toml",
        "tests/fixtures/diff-new.toml",
    ];
    let mut all = super::shipped_plans();
    for entry in std::fs::read_dir(super::root().join("tests/fixtures")).expect("fixtures") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "toml") {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            all.push(
                Path::new("tests/fixtures")
                    .join(&*name)
                    .display()
                    .to_string(),
            );
        }
    }
    for path in all {
        assert!(
            covered.contains(&path.as_str()),
            "{path} has no workbook test"
        );
    }
}
