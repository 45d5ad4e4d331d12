//! `itplan priorities`: the initiatives in priority order, as a grid and
//! as the contract's JSON.

use std::io::{self, Write};

use serde::Serialize;

use super::json::money;
use crate::output::{Render, write_json};
use crate::plan::{Amount, Year};
use crate::render::number::plain;
use crate::render::{Cell, Column, Grid, Style};
use crate::report::priority::{PrioritiesReport, PriorityRow};

pub struct PrioritiesView<'a>(pub &'a PrioritiesReport);

impl Render for PrioritiesView<'_> {
    fn command(&self) -> &'static str {
        "priorities"
    }

    fn grids(&self) -> Vec<Grid> {
        vec![grid(self.0)]
    }

    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        write_json(&json(self.0), out)
    }
}

fn grid(report: &PrioritiesReport) -> Grid {
    let currency = &report.currency;
    let mut grid = Grid {
        title: vec![
            format!(
                "{}{}",
                report.plan,
                super::by(report.organization.as_deref())
            ),
            "Priorities: rank, then urgency × importance".to_string(),
        ],
        columns: vec![
            Column::number("#", "position"),
            Column::text("ID", "id"),
            Column::text("Initiative", "name"),
            Column::number("Rank", "rank"),
            Column::number("Urg.", "urgency"),
            Column::number("Imp.", "importance"),
            Column::number("Score", "score"),
            Column::text("Quadrant", "quadrant"),
            Column::text("Scheduling", "scheduling"),
            Column::text("Start", "start"),
            Column::number(format!("One-time ({currency})"), "one_time"),
            Column::number("Effort (h)", "effort_hours"),
        ],
        ..Grid::default()
    };
    for row in &report.rows {
        grid.push("initiative", Style::Normal, cells(row));
    }
    grid.notes = notes(report);
    grid
}

fn cells(row: &PriorityRow) -> Vec<Cell> {
    let number = |n: Option<u32>| n.map_or(Cell::Empty, |n| Cell::text(n.to_string()));
    vec![
        Cell::text(row.position.to_string()),
        Cell::text(&row.id),
        Cell::text(&row.name),
        number(row.rank),
        number(row.urgency.map(u32::from)),
        number(row.importance.map(u32::from)),
        number(row.score.map(u32::from)),
        Cell::text(row.quadrant.map_or("", |q| q.as_str())),
        Cell::text(scheduling(row)),
        Cell::text(start(row)),
        match row.one_time.tbd {
            false => Cell::Money(row.one_time.known),
            true => Cell::Partial(row.one_time.known),
        },
        if row.effort_hours.is_zero() {
            Cell::Empty
        } else {
            Cell::Money(row.effort_hours)
        },
    ]
}

/// What levelling may do with it.
fn scheduling(row: &PriorityRow) -> &'static str {
    match (row.start, row.discretionary, row.fixed) {
        (None, _, _) => "unscheduled",
        (_, false, _) => "non-discretionary",
        (_, true, true) if row.ongoing => "fixed (ongoing)",
        (_, true, true) => "fixed (adds staff)",
        (_, true, false) => "discretionary",
    }
}

fn start(row: &PriorityRow) -> String {
    match row.start {
        None => "tbd".into(),
        Some(_) if row.ongoing => "ongoing".into(),
        Some(year) => year.to_string(),
    }
}

fn notes(report: &PrioritiesReport) -> Vec<String> {
    let count = |f: fn(&PriorityRow) -> bool| report.rows.iter().filter(|r| f(r)).count();
    let fixed = count(|r| r.start.is_some() && r.fixed);
    let movable = count(|r| r.start.is_some() && !r.fixed);
    let unscheduled = count(|r| r.start.is_none());
    let mut notes = vec![format!(
        "{movable} discretionary initiative{} `itplan schedule` may move; {fixed} fixed (non-discretionary, ongoing or adding staff); {unscheduled} unscheduled.",
        if movable == 1 { "" } else { "s" }
    )];
    notes.push(
        "Quadrant: a score of 3 or more is the important / urgent half of each 1–5 scale.".into(),
    );
    notes
}

#[derive(Serialize)]
struct Json<'a> {
    plan: &'a str,
    priorities: Vec<RowJson<'a>>,
}

#[derive(Serialize)]
struct RowJson<'a> {
    position: usize,
    id: &'a str,
    rank: Option<u32>,
    urgency: Option<u8>,
    importance: Option<u8>,
    score: Option<u8>,
    discretionary: bool,
    start: Option<Year>,
    name: &'a str,
    quadrant: Option<&'static str>,
    /// Levelling keeps it where it is.
    fixed: bool,
    ongoing: bool,
    /// Money, or "tbd" when not yet costed.
    one_time: String,
    recurring: String,
    effort_hours: String,
}

fn json(report: &PrioritiesReport) -> Json<'_> {
    let amount = |a: Amount| a.known().map_or_else(|| "tbd".to_string(), money);
    Json {
        plan: &report.plan,
        priorities: report
            .rows
            .iter()
            .map(|row| RowJson {
                position: row.position,
                id: &row.id,
                rank: row.rank,
                urgency: row.urgency,
                importance: row.importance,
                score: row.score,
                discretionary: row.discretionary,
                start: row.start,
                name: &row.name,
                quadrant: row.quadrant.map(|q| q.as_str()),
                fixed: row.fixed,
                ongoing: row.ongoing,
                one_time: amount(row.one_time.amount()),
                recurring: amount(row.recurring),
                effort_hours: plain(row.effort_hours),
            })
            .collect(),
    }
}
