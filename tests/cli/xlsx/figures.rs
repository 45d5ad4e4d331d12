//! The figures a workbook must show, taken from itplan's JSON.

use calamine::Data;
use serde_json::Value;

use super::compare::{Sheet, Tally, json_figure};

/// Every initiative year cell, total, totals row and levy row of the
/// Budget sheet against `itplan budget --format json` (with --levy when
/// the plan has a levy). Returns how many figures were compared.
pub fn check_budget(sheet: &Sheet, json: &Value) -> usize {
    let mut tally = Tally::default();
    let header = sheet.row_of(0, "ID");
    let years: Vec<i64> = json["years"]
        .as_array()
        .expect("years")
        .iter()
        .filter_map(Value::as_i64)
        .collect();
    let cols: Vec<(String, u32)> = years
        .iter()
        .map(|&y| (y.to_string(), sheet.year_col(header, y)))
        .collect();
    let total_col = cols.last().map_or(0, |(_, c)| c + 1);
    let uncosted: Vec<&str> = json["uncosted"]
        .as_array()
        .expect("uncosted")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    for initiative in json["initiatives"].as_array().expect("initiatives") {
        let id = initiative["id"].as_str().expect("id");
        let row = sheet.row_of(0, id);
        let flow = initiative["cash_flow"].as_object().expect("cash_flow");
        if flow.is_empty() {
            // Unscheduled: no year cell holds a figure, the total is "tbd".
            for (_, col) in &cols {
                tally.text(sheet, row, *col, "", &format!("{id}, unscheduled"));
            }
            assert!(initiative["total"].is_null());
            tally.text(sheet, row, total_col, "tbd", &format!("{id} total"));
            continue;
        }
        for (year, col) in &cols {
            same_or_tbd(
                &mut tally,
                sheet,
                row,
                *col,
                &flow[year],
                &uncosted,
                id,
                &format!("{id} {year}"),
            );
        }
        same_or_tbd(
            &mut tally,
            sheet,
            row,
            total_col,
            &initiative["total"],
            &uncosted,
            id,
            &format!("{id} total"),
        );
    }
    let totals = &json["totals"];
    for (label, key) in [
        ("One-time", "one_time"),
        ("New recurring", "new_recurring"),
        ("Cash flow", "cash_flow"),
    ] {
        let row = sheet.row_starting(1, label);
        for (year, col) in &cols {
            tally.same(
                sheet,
                row,
                *col,
                &totals[key][year],
                2,
                &format!("{label} {year}"),
            );
        }
        tally.same(
            sheet,
            row,
            total_col,
            &totals[format!("{key}_total")],
            2,
            &format!("{label} total"),
        );
    }
    if json.get("funding").is_some() {
        check_funding(&mut tally, sheet, json, &cols, total_col);
    }
    if json.get("levy").is_some() {
        check_levy(&mut tally, sheet, json, &cols);
    }
    tally.compared
}

/// Each source's row, the debt service and the levy requirement, with
/// their horizon totals.
fn check_funding(
    tally: &mut Tally,
    sheet: &Sheet,
    json: &Value,
    cols: &[(String, u32)],
    total_col: u32,
) {
    let totals = &json["totals"];
    let mut rows: Vec<(u32, &Value, &Value, String)> = Vec::new();
    for (source, by_year) in json["funding"].as_object().expect("funding by source") {
        let row = sheet.row_of(1, &format!("Funding: {source}"));
        rows.push((
            row,
            by_year,
            &totals["funding_total"][source],
            source.clone(),
        ));
    }
    let service = sheet.row_where(1, |t| t == "Debt service");
    let service_total = &totals["debt_service_total"];
    match service {
        Some(row) => rows.push((
            row,
            &json["debt_service"],
            service_total,
            "debt service".into(),
        )),
        // Without [debt] there is no loan: no debt service at all.
        None => {
            for (year, _) in cols {
                assert!(
                    json_figure(&json["debt_service"][year], 2).is_zero(),
                    "debt service {year}"
                );
            }
        }
    }
    let requirement = sheet.row_starting(1, "Levy requirement");
    let requirement_total = &totals["levy_requirement_total"];
    rows.push((
        requirement,
        &json["levy_requirement"],
        requirement_total,
        "levy requirement".into(),
    ));
    for (row, by_year, total, what) in rows {
        for (year, col) in cols {
            tally.same(
                sheet,
                row,
                *col,
                &by_year[year],
                2,
                &format!("{what} {year}"),
            );
        }
        tally.same(sheet, row, total_col, total, 2, &format!("{what} total"));
    }
}

#[allow(clippy::too_many_arguments)]
fn same_or_tbd(
    tally: &mut Tally,
    sheet: &Sheet,
    row: u32,
    col: u32,
    json: &Value,
    uncosted: &[&str],
    id: &str,
    what: &str,
) {
    if matches!(sheet.get(row, col), Data::String(s) if s == "tbd") {
        // Wholly unknown: itplan's figure is the known part, zero.
        assert!(
            uncosted.contains(&id),
            "{what}: \"tbd\" for a costed initiative"
        );
        assert!(
            json_figure(json, 2).is_zero(),
            "{what}: \"tbd\" where itplan has {json}"
        );
        tally.compared += 1;
    } else {
        tally.same(sheet, row, col, json, 2, what);
    }
}

fn check_levy(tally: &mut Tally, sheet: &Sheet, json: &Value, cols: &[(String, u32)]) {
    let requirement = sheet.row_starting(1, "Levy requirement");
    let levy = sheet.row_of(1, "Levy");
    let impact = sheet.row_starting(1, "Tax impact");
    let change = sheet.row_starting(1, "Change from prior year");
    let household = sheet.row_starting(1, "Cost per household");
    let required = json
        .get("levy_requirement")
        .unwrap_or(&json["totals"]["cash_flow"]);
    for (year, col) in cols {
        tally.same(
            sheet,
            requirement,
            *col,
            &required[year],
            2,
            &format!("levy requirement {year}"),
        );
        tally.same(
            sheet,
            levy,
            *col,
            &json["levy"][year],
            2,
            &format!("levy {year}"),
        );
        tally.same(
            sheet,
            impact,
            *col,
            &json["tax_impact_percent"][year],
            4,
            &format!("tax impact {year}"),
        );
        match json["levy_change_percent"].get(year) {
            Some(value) if !value.is_null() => {
                tally.same(sheet, change, *col, value, 4, &format!("change {year}"))
            }
            _ => tally.text(
                sheet,
                change,
                *col,
                "",
                &format!("change {year}, no prior year"),
            ),
        }
        match json.get("per_household").and_then(|p| p.get(year)) {
            Some(value) => tally.same(
                sheet,
                household,
                *col,
                value,
                2,
                &format!("per household {year}"),
            ),
            None => tally.text(
                sheet,
                household,
                *col,
                "",
                &format!("per household {year}, no households"),
            ),
        }
    }
}

/// Rows A–F of the Capacity sheet against `itplan capacity --format json`.
pub fn check_capacity(sheet: &Sheet, json: &Value) -> usize {
    let mut tally = Tally::default();
    let header = sheet.row_of(0, "Average hours per quarter");
    let rows = [
        ("A  Capacity", "capacity"),
        ("B  Operational", "operational"),
        ("C  Available", "available"),
        ("D  Project demand", "demand"),
        ("E  Surplus", "surplus"),
        ("F  Surplus in FTE", "surplus_fte"),
    ];
    for year in json["years"]
        .as_array()
        .expect("years")
        .iter()
        .filter_map(Value::as_i64)
    {
        let col = sheet.year_col(header, year);
        let figures = &json["rows"][year.to_string()];
        for (prefix, key) in rows {
            let row = sheet.row_starting(0, prefix);
            tally.same(sheet, row, col, &figures[key], 2, &format!("{key} {year}"));
        }
    }
    tally.compared
}
