//! `itplan priorities`, `roadmap` and `schedule`, and the `--defer`/`--drop`
//! what-ifs, end to end.

use super::*;

const DEMO: &str = "examples/plans/workplan-demo.toml";
const BELLEVILLE: &str = "plans/belleville-2024.toml";

/// One snapshot per format, named `{name}_{format}`.
fn snapshot_every_format(name: &str, args: &[&str]) {
    for format in ["table", "csv", "markdown", "json"] {
        let mut all = args.to_vec();
        all.extend(["--format", format]);
        insta::assert_snapshot!(format!("{name}_{format}"), run(&all));
    }
}

fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&stdout(args)).expect("JSON output")
}

#[test]
fn priorities_in_every_format() {
    snapshot_every_format("priorities_demo", &["priorities", DEMO]);
}

#[test]
fn priorities_of_belleville_follow_the_emt_ranking() {
    insta::assert_snapshot!(run(&["priorities", BELLEVILLE, "--format", "csv"]));
}

#[test]
fn roadmap_in_every_format() {
    snapshot_every_format("roadmap_demo", &["roadmap", DEMO]);
}

#[test]
fn roadmap_of_belleville_by_theme() {
    insta::assert_snapshot!(run(&["roadmap", BELLEVILLE, "--by", "theme"]));
}

#[test]
fn schedule_in_every_format() {
    snapshot_every_format("schedule_demo", &["schedule", DEMO, "--levy"]);
}

#[test]
fn schedule_with_a_hire_closes_the_deficit() {
    insta::assert_snapshot!(run(&[
        "schedule",
        DEMO,
        "--hire",
        "0.2@2026",
        "--operational",
        "20%"
    ]));
}

#[test]
fn schedule_of_belleville_says_there_is_no_effort_and_shows_the_hire() {
    insta::assert_snapshot!(run(&["schedule", BELLEVILLE]));
    let hired = json(&[
        "schedule",
        BELLEVILLE,
        "--hire",
        "1.87@2024",
        "--format",
        "json",
    ]);
    assert_eq!(hired["deficit_years"], serde_json::json!([]));
    assert_eq!(hired["has_effort"], serde_json::json!(false));
}

#[test]
fn schedule_needs_capacity() {
    insta::assert_snapshot!(run(&["schedule", "tests/fixtures/small.toml"]));
}

#[test]
fn what_ifs_are_stated_in_the_title() {
    insta::assert_snapshot!(run(&[
        "budget",
        DEMO,
        "--defer",
        "WEB-1@2027",
        "--drop",
        "INT-1"
    ]));
    insta::assert_snapshot!(run(&[
        "capacity",
        DEMO,
        "--defer",
        "LC-1@2028",
        "--format",
        "markdown"
    ]));
    insta::assert_snapshot!(run(&["roadmap", DEMO, "--drop", "DOC-1"]));
    insta::assert_snapshot!(run(&[
        "schedule",
        DEMO,
        "--defer",
        "ERP-1@2026",
        "--format",
        "json"
    ]));
}

#[test]
fn what_if_mistakes_are_usage_errors() {
    insta::assert_snapshot!(run(&["budget", DEMO, "--defer", "ERP-9@2027"]));
    insta::assert_snapshot!(run(&["roadmap", DEMO, "--defer", "ERP-1"]));
    assert_eq!(exit_code(&["capacity", DEMO, "--drop", "erp-1"]), 2);
}

#[test]
fn defer_moves_money_as_levelling_would() {
    let before = json(&["budget", DEMO, "--format", "json"]);
    let after = json(&["budget", DEMO, "--defer", "ERP-2@2027", "--format", "json"]);
    let row = |report: &serde_json::Value| {
        report["initiatives"]
            .as_array()
            .and_then(|rows| rows.iter().find(|r| r["id"] == "ERP-2"))
            .map(|r| r["cash_flow"].clone())
            .expect("ERP-2 is listed")
    };
    assert_eq!(row(&before)["2026"], "300000");
    assert_eq!(row(&before)["2027"], "535000");
    assert_eq!(row(&after)["2026"], "0");
    assert_eq!(row(&after)["2027"], "300000");
    assert_eq!(row(&after)["2028"], "535000");
}

#[test]
fn dependency_warnings_and_errors() {
    insta::assert_snapshot!(run(&["check", "tests/fixtures/dependencies.toml"]));
    insta::assert_snapshot!(run(&["budget", "tests/fixtures/dependency-cycle.toml"]));
}

#[test]
fn json_follows_the_contract() {
    let priorities = json(&["priorities", DEMO, "--format", "json"]);
    let first = &priorities["priorities"][0];
    for key in [
        "position",
        "id",
        "rank",
        "urgency",
        "importance",
        "score",
        "discretionary",
        "start",
    ] {
        assert!(first.get(key).is_some(), "priorities lacks {key}");
    }
    assert_eq!(first["position"], 1);
    assert_eq!(first["id"], "ERP-1");
    assert_eq!(first["score"], 20);
    let roadmap = json(&["roadmap", BELLEVILLE, "--format", "json"]);
    assert_eq!(
        roadmap["years"],
        serde_json::json!([2025, 2026, 2027, 2028, 2029])
    );
    let bp1 = &roadmap["initiatives"][0];
    assert_eq!(bp1["id"], "BP-1");
    assert_eq!(bp1["start"], 2024);
    assert_eq!(bp1["end"], 2025);
    assert_eq!(bp1["active_years"], serde_json::json!([2025]));
    assert_eq!(bp1["spend_years"], serde_json::json!([2025]));
    let unscheduled = roadmap["initiatives"]
        .as_array()
        .and_then(|rows| rows.iter().find(|r| r["id"] == "MW1.6.1"))
        .expect("listed");
    assert_eq!(unscheduled["start"], serde_json::Value::Null);
    assert_eq!(unscheduled["active_years"], serde_json::json!([]));
    let schedule = json(&["schedule", DEMO, "--format", "json"]);
    let moved = &schedule["moved"][0];
    assert_eq!(moved["id"], "ERP-2");
    assert_eq!(moved["from"], 2026);
    assert_eq!(moved["to"], 2028);
    assert_eq!(moved["shift"], 2);
    assert_eq!(moved["reason"], "capacity in 2026");
    let year = &schedule["capacity"]["2026"];
    for key in [
        "available",
        "demand_before",
        "demand",
        "surplus",
        "surplus_fte",
    ] {
        assert!(year[key].is_string(), "capacity lacks {key}");
    }
    assert_eq!(year["available"], "455.00");
    assert_eq!(schedule["deficit_years"], serde_json::json!([2026, 2027]));
    let years = schedule["cash_flow"].as_object().expect("an object");
    assert_eq!(years.len(), 5, "every horizon year");
    for key in ["old", "new", "delta"] {
        assert!(schedule["cash_flow_total"][key].is_string());
    }
}

#[test]
fn write_plan_changes_only_the_moved_years() {
    let dir = tempfile::tempdir().expect("temp dir");
    let written = dir.path().join("levelled.toml");
    let written = written.display().to_string();
    let report = run(&[
        "schedule",
        DEMO,
        "--write-plan",
        &written,
        "--format",
        "json",
    ]);
    assert!(report.starts_with("exit: 0"), "{report}");
    let old = std::fs::read_to_string(root().join(DEMO)).expect("demo plan");
    let new = std::fs::read_to_string(&written).expect("levelled plan");
    let (old, new): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    assert_eq!(old.len(), new.len(), "no line added or removed");
    let changed: Vec<String> = old
        .iter()
        .zip(&new)
        .enumerate()
        .filter(|(_, (a, b))| a != b)
        .map(|(n, (a, b))| format!("{}: {a}  →  {b}", n + 1))
        .collect();
    insta::assert_snapshot!(changed.join("\n"));
    // The written plan is level: scheduling it again moves nothing.
    let again = json(&["schedule", &written, "--format", "json"]);
    assert_eq!(again["moved"], serde_json::json!([]));
    // And `diff` shows what the levelling does to the budget.
    let diff = run(&["diff", DEMO, &written]);
    assert!(diff.starts_with("exit: 0"), "{diff}");
}

#[test]
fn write_plan_refuses_what_it_cannot_write_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let written = dir.path().join("levelled.toml").display().to_string();
    let report = run(&[
        "schedule",
        DEMO,
        "--drop",
        "DOC-1",
        "--write-plan",
        &written,
    ]);
    assert!(report.starts_with("exit: 2"), "{report}");
    assert!(
        !std::path::Path::new(&written).exists(),
        "no file is left behind"
    );
}

/// `schedule --levy` takes its tax impact from the levy requirement, as
/// `budget --levy` does: a grant-funded initiative is not raised by taxation.
#[test]
fn schedule_tax_impact_comes_from_the_levy_requirement() {
    let demo = std::fs::read_to_string(super::root().join("examples/plans/workplan-demo.toml"))
        .expect("demo plan");
    let start = demo.find("[[initiative]]").expect("an initiative");
    let id_end = start + demo[start..].find("\nname").expect("a name");
    let funded = format!(
        "{}\nfunding = \"grant\"{}",
        &demo[..id_end],
        &demo[id_end..]
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = super::temp_plan(&dir, "funded.toml", &funded);
    let budget: serde_json::Value = serde_json::from_str(&super::stdout(&[
        "-q", "budget", &plan, "--levy", "--format", "json",
    ]))
    .expect("budget JSON");
    let schedule: serde_json::Value = serde_json::from_str(&super::stdout(&[
        "-q", "schedule", &plan, "--levy", "--format", "json",
    ]))
    .expect("schedule JSON");
    assert_eq!(budget["tax_impact_percent"]["2025"], "2.1630");
    assert_eq!(schedule["tax_impact_percent"]["2025"]["old"], "2.1630");
}
