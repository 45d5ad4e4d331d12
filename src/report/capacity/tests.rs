//! The 455 model with explicit expected values.

use rust_decimal::Decimal;

use super::*;
use crate::number::testing::d;
use crate::plan::load;
use crate::render::number::fixed;
use crate::source::SourceFile;

fn ds(texts: &[&str]) -> Vec<Decimal> {
    texts.iter().map(|t| d(t)).collect()
}

fn plan(text: &str) -> Plan {
    load(SourceFile::new("test.toml", text))
        .expect("the test plan is valid")
        .plan
}

fn report(text: &str, what_if: Option<&WhatIf>) -> CapacityReport {
    capacity(&plan(text), what_if).expect("computes")
}

/// As printed: 2 decimals, half away from zero.
fn printed(values: &[Decimal]) -> Vec<String> {
    values.iter().map(|v| fixed(*v, 2)).collect()
}

const HEADER: &str = "[plan]\nname = \"T\"\nfirst_year = 2025\nlast_year = 2029\n";

#[test]
fn belleville_reproduces_the_seed_table() {
    let text = include_str!("../../../plans/belleville-2024.toml");
    let report = report(text, None);
    let rows = &report.quarter.rows;
    assert_eq!(report.years, vec![2024, 2025, 2026]);
    assert_eq!(printed(&rows.capacity), ["5460.00"; 3]);
    assert_eq!(printed(&rows.operational), ["4627.35"; 3]);
    assert_eq!(printed(&rows.available), ["832.65"; 3]);
    assert_eq!(printed(&rows.demand), ["1533.17", "1632.38", "1680.88"]);
    assert_eq!(printed(&rows.surplus), ["-700.52", "-799.73", "-848.23"]);
    assert_eq!(printed(&rows.surplus_fte), ["-1.54", "-1.76", "-1.86"]);
    assert_eq!(report.deficit_years(), vec![2024, 2025, 2026]);
}

#[test]
fn staffing_adds_capacity_from_its_start_through_recurring_end() {
    let text = format!(
        "{HEADER}[capacity]\n[[capacity.team]]\nname = \"IT\"\nfte = 2\noperational = \"50%\"\n\n\
         [[initiative]]\nid = \"S1\"\nname = \"Analyst\"\nstart = 2026\nrecurring = 90_000\n\
         recurring_end = 2027\nadds_fte = 1\noperational = \"20%\"\n\n\
         [[initiative]]\nid = \"S2\"\nname = \"Half a technician, open-ended\"\nstart = 2028\nadds_fte = 0.5\n"
    );
    let rows = report(&text, None).quarter.rows;
    assert_eq!(
        rows.capacity,
        ds(&["910", "1365", "1365", "1137.5", "1137.5"])
    );
    assert_eq!(rows.operational, ds(&["455", "546", "546", "455", "455"]));
    assert_eq!(rows.available, ds(&["455", "819", "819", "682.5", "682.5"]));
    assert_eq!(rows.surplus_fte, ds(&["1", "1.8", "1.8", "1.5", "1.5"]));
}

#[test]
fn a_total_effort_spreads_evenly_over_start_to_end() {
    let text = format!(
        "{HEADER}[capacity]\n[[capacity.team]]\nname = \"IT\"\nfte = 1\noperational = \"0%\"\n\n\
         [[initiative]]\nid = \"ERP\"\nname = \"ERP\"\nstart = 2025\nend = 2027\neffort_hours = 1200\n\n\
         [[initiative]]\nid = \"GIS\"\nname = \"GIS\"\nstart = 2027\nend = 2029\neffort_hours = 1000\n"
    );
    let report = report(&text, None);
    // 1200 h over 3 years = 400 h a year = 100 h a quarter.
    // Largest first: ERP (300 over the years) before GIS (250).
    let erp = &report.quarter.sources[0];
    assert_eq!(report.sources[0].id.as_deref(), Some("ERP"));
    assert_eq!(erp, &ds(&["100", "100", "100", "0", "0"]));
    // 1000 h over 3 years: 83.33… a quarter, exact until printed.
    let rows = &report.quarter.rows;
    assert_eq!(
        printed(&rows.demand),
        ["100.00", "100.00", "183.33", "83.33", "83.33"]
    );
    assert_eq!(rows.demand[0], d("100"));
    assert_eq!(
        printed(&rows.surplus),
        ["355.00", "355.00", "271.67", "371.67", "371.67"]
    );
}

#[test]
fn a_per_year_effort_table_counts_each_year_over_four_quarters() {
    let text = format!(
        "{HEADER}[capacity]\n[[capacity.team]]\nname = \"IT\"\nfte = 1\noperational = \"0%\"\n\n\
         [[capacity.demand]]\nname = \"Small projects\"\nhours_per_quarter = {{ 2025 = 10, 2026 = 10 }}\n\n\
         [[initiative]]\nid = \"WEB\"\nname = \"Website\"\nstart = 2026\nend = 2027\n\
         effort_hours = {{ 2026 = 800, 2027 = 200 }}\n"
    );
    let report = report(&text, None);
    assert_eq!(
        report.quarter.rows.demand,
        ds(&["10", "210", "50", "0", "0"])
    );
    // Largest first: WEB (250) before the demand entry (20).
    assert_eq!(report.sources[0].id.as_deref(), Some("WEB"));
    assert_eq!(report.sources[1].kind, SourceKind::Demand);
    assert_eq!(report.year.rows.demand, ds(&["40", "840", "200", "0", "0"]));
    assert_eq!(
        report.year.rows.surplus_fte,
        report.quarter.rows.surplus_fte
    );
}

#[test]
fn team_operational_as_percent_equals_the_same_hours() {
    let team = |operational: &str| {
        format!("{HEADER}[capacity]\n[[capacity.team]]\nname = \"IT\"\nfte = 12\n{operational}\n")
    };
    let by_share = report(&team("operational = \"84.75%\""), None).quarter.rows;
    let by_hours = report(&team("operational_hours_per_quarter = 4627.35"), None)
        .quarter
        .rows;
    assert_eq!(by_share.operational[0], d("4627.35"));
    assert_eq!(by_share, by_hours);
}

#[test]
fn hires_add_staff_from_their_year_with_their_operational_share() {
    let text = include_str!("../../../plans/belleville-2024.toml");
    let what_if = WhatIf {
        hires: vec![
            Hire {
                fte: d("2"),
                from: 2024,
            },
            Hire {
                fte: d("1"),
                from: 2025,
            },
        ],
        operational: d("0.2"),
    };
    let report = report(text, Some(&what_if));
    let rows = &report.quarter.rows;
    assert_eq!(rows.capacity, ds(&["6370", "6825", "6825"]));
    assert_eq!(rows.operational, ds(&["4809.35", "4900.35", "4900.35"]));
    assert_eq!(rows.surplus, ds(&["27.48", "292.27", "243.77"]));
    assert_eq!(printed(&rows.surplus_fte), ["0.06", "0.64", "0.54"]);
    assert!(report.deficit_years().is_empty());
}

#[test]
fn unscheduled_work_adds_nothing_but_is_named() {
    let text = format!(
        "{HEADER}[capacity]\n[[capacity.team]]\nname = \"IT\"\nfte = 1\noperational = \"0%\"\n\n\
         [[initiative]]\nid = \"NG911\"\nname = \"NG911\"\nstart = \"tbd\"\neffort_hours = 400\nadds_fte = 1\n\n\
         [[initiative]]\nid = \"IDEA\"\nname = \"No effort\"\nstart = \"tbd\"\n"
    );
    let report = report(&text, None);
    assert_eq!(report.quarter.rows.capacity, ds(&["455"; 5]));
    assert_eq!(report.quarter.rows.demand, ds(&["0"; 5]));
    assert!(report.sources.is_empty());
    assert_eq!(report.unscheduled, vec!["NG911".to_string()]);
}

#[test]
fn a_plan_without_capacity_is_an_error() {
    let error = capacity(&plan(HEADER), None).expect_err("no [capacity]");
    assert!(error.message.contains("no [capacity]"), "{}", error.message);
}
