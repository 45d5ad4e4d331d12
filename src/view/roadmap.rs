//! `itplan roadmap`: one row per initiative, one column per year, a bar
//! over the work years and a mark where money is spent.

use std::io::{self, Write};

use serde::Serialize;

use crate::output::{Render, write_json};
use crate::plan::Year;
use crate::render::{Cell, Column, Grid, Style};
use crate::report::roadmap::{RoadmapReport, RoadmapRow};

pub struct RoadmapView<'a>(pub &'a RoadmapReport);

impl Render for RoadmapView<'_> {
    fn command(&self) -> &'static str {
        "roadmap"
    }

    fn grids(&self) -> Vec<Grid> {
        vec![grid(self.0)]
    }

    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        write_json(&json(self.0), out)
    }
}

fn grid(report: &RoadmapReport) -> Grid {
    let mut grid = Grid {
        title: title(report),
        columns: vec![
            Column::text("ID", "id"),
            Column::text("Initiative", "name"),
            Column::text("Start", "start"),
            Column::text("End", "end"),
        ],
        ..Grid::default()
    };
    grid.columns.extend(
        report
            .years
            .iter()
            .map(|y| Column::text(&y.to_string(), &y.to_string())),
    );
    match &report.groups {
        None => {
            for row in &report.rows {
                grid.push("initiative", Style::Normal, cells(row, &report.years));
            }
        }
        Some(groups) => {
            for group in groups {
                let name = group.name.clone().unwrap_or_else(|| "(none)".into());
                let mut heading = vec![Cell::Empty, Cell::text(name)];
                heading.extend(std::iter::repeat_n(Cell::Empty, report.years.len() + 2));
                grid.push("group", Style::Heading, heading);
                for &i in &group.rows {
                    grid.push(
                        "initiative",
                        Style::Normal,
                        cells(&report.rows[i], &report.years),
                    );
                }
            }
        }
    }
    grid.notes = notes(report);
    grid
}

fn title(report: &RoadmapReport) -> Vec<String> {
    let years = match (report.years.first(), report.years.last()) {
        (Some(first), Some(last)) => format!(" {first}–{last}"),
        _ => String::new(),
    };
    let by = report
        .by
        .map(|by| format!(", by {}", by.label()))
        .unwrap_or_default();
    vec![
        format!(
            "{}{}",
            report.plan,
            super::by(report.organization.as_deref())
        ),
        format!("Roadmap{years}{by}"),
    ]
}

fn cells(row: &RoadmapRow, years: &[Year]) -> Vec<Cell> {
    let mut cells = vec![
        Cell::text(&row.id),
        Cell::text(&row.name),
        Cell::text(match row.start {
            None => "tbd".to_string(),
            Some(_) if row.start_ongoing => "ongoing".into(),
            Some(year) => year.to_string(),
        }),
        Cell::text(row.end.map(|y| y.to_string()).unwrap_or_default()),
    ];
    cells.extend(years.iter().map(|year| Cell::text(mark(row, *year))));
    cells
}

/// "x" a work year ("o" when ongoing), "$" money spent, "$?" an amount
/// not yet costed.
fn mark(row: &RoadmapRow, year: Year) -> String {
    let work = if row.active_years.contains(&year) {
        if row.ongoing { "o" } else { "x" }
    } else {
        ""
    };
    let money = if row.tbd_years.contains(&year) {
        "$?"
    } else if row.spend_years.contains(&year) {
        "$"
    } else {
        ""
    };
    match (work.is_empty(), money.is_empty()) {
        (false, false) => format!("{work} {money}"),
        _ => format!("{work}{money}"),
    }
}

fn notes(report: &RoadmapReport) -> Vec<String> {
    let mut notes = vec![
        "x work year (start–end), o ongoing work, $ money spent that year, $? an amount not yet costed (tbd).".to_string(),
    ];
    if !report.unscheduled.is_empty() {
        notes.push(format!(
            "Unscheduled (start \"tbd\"), on no year: {}",
            report.unscheduled.join(", ")
        ));
    }
    notes
}

#[derive(Serialize)]
struct Json<'a> {
    plan: &'a str,
    years: &'a [Year],
    initiatives: Vec<RowJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    groups: Option<Vec<GroupJson<'a>>>,
    unscheduled: &'a [String],
}

#[derive(Serialize)]
struct RowJson<'a> {
    id: &'a str,
    name: &'a str,
    theme: Option<&'a str>,
    start: Option<Year>,
    end: Option<Year>,
    active_years: &'a [Year],
    spend_years: &'a [Year],
    ongoing: bool,
    tbd_years: &'a [Year],
}

#[derive(Serialize)]
struct GroupJson<'a> {
    name: Option<&'a str>,
    ids: Vec<&'a str>,
}

fn json(report: &RoadmapReport) -> Json<'_> {
    Json {
        plan: &report.plan,
        years: &report.years,
        initiatives: report
            .rows
            .iter()
            .map(|row| RowJson {
                id: &row.id,
                name: &row.name,
                theme: row.theme.as_deref(),
                start: row.start,
                end: row.end,
                active_years: &row.active_years,
                spend_years: &row.spend_years,
                ongoing: row.ongoing,
                tbd_years: &row.tbd_years,
            })
            .collect(),
        groups: report.groups.as_ref().map(|groups| {
            groups
                .iter()
                .map(|g| GroupJson {
                    name: g.name.as_deref(),
                    ids: g.rows.iter().map(|&i| report.rows[i].id.as_str()).collect(),
                })
                .collect()
        }),
        unscheduled: &report.unscheduled,
    }
}
