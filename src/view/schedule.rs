//! `itplan schedule`: what moved and why, the capacity before and after,
//! the deficit that remains, and the cash flow before → after.

use std::io::{self, Write};

use super::capacity::what_if_text;
use crate::output::{Render, write_json};
use crate::plan::Year;
use crate::render::number::plain;
use crate::render::{Cell, Column, Grid, Headline, Style};
use crate::report::schedule::ScheduleReport;

pub use super::schedule_json::schedule_json;
use super::schedule_tables::{capacity_grid, cash_grid};

/// The command line that would close every deficit, e.g. "--hire 1.87@2024".
pub fn closing_hire(report: &ScheduleReport) -> Option<String> {
    let first = report.deficits.first()?.year;
    let most = report.deficits.iter().map(|d| d.fte).max()??;
    Some(format!("--hire {}@{first}", plain(most)))
}

pub struct ScheduleView<'a> {
    pub report: &'a ScheduleReport,
    /// The plan's path, for the suggested command.
    pub path: &'a str,
}

impl Render for ScheduleView<'_> {
    fn command(&self) -> &'static str {
        "schedule"
    }

    fn grids(&self) -> Vec<Grid> {
        let report = self.report;
        let mut moved = moved_grid(report);
        moved.title = title(report);
        moved.headline = Some(headline(report, self.path));
        vec![moved, capacity_grid(report), cash_grid(report)]
    }

    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        write_json(&schedule_json(self.report), out)
    }
}

fn title(report: &ScheduleReport) -> Vec<String> {
    let years = match (report.years.first(), report.years.last()) {
        (Some(first), Some(last)) => format!(" {first}–{last}"),
        _ => String::new(),
    };
    let mut title = vec![
        format!(
            "{}{}",
            report.plan,
            super::by(report.organization.as_deref())
        ),
        format!(
            "Schedule levelled to capacity{years}: {} hours per FTE per quarter",
            plain(report.hours_per_fte_quarter)
        ),
    ];
    title.extend(report.what_if.as_ref().map(what_if_text));
    title
}

fn headline(report: &ScheduleReport, path: &str) -> Headline {
    let moved = match report.moves.len() {
        0 => "Nothing moved".to_string(),
        1 => "1 initiative moved".to_string(),
        n => format!("{n} initiatives moved"),
    };
    let text = match closing_hire(report) {
        None if report.deficits.is_empty() => format!("{moved}; no deficit remains."),
        None => format!(
            "{moved}; fixed work exceeds capacity in {} and hiring cannot close it at 100% operational.",
            years_text(&report.deficit_years())
        ),
        Some(hire) => format!(
            "{moved}; fixed work alone exceeds capacity in {}. What-if: itplan schedule {path} {hire}",
            years_text(&report.deficit_years())
        ),
    };
    Headline {
        text,
        alarm: !report.deficits.is_empty(),
    }
}

fn moved_grid(report: &ScheduleReport) -> Grid {
    let mut grid = Grid {
        columns: vec![
            Column::text("ID", "id"),
            Column::text("Initiative", "name"),
            Column::number("From", "from"),
            Column::number("To", "to"),
            Column::number("Shift (years)", "shift"),
            Column::text("Why", "reason"),
        ],
        ..Grid::default()
    };
    for m in &report.moves {
        let name = report
            .levelled
            .initiatives
            .get(m.index)
            .map_or("", |i| i.name.as_str());
        grid.push(
            "moved",
            Style::Normal,
            vec![
                Cell::text(&m.id),
                Cell::text(name),
                Cell::text(m.from.to_string()),
                Cell::text(m.to.to_string()),
                Cell::text(m.shift.to_string()),
                Cell::text(m.reason.to_string()),
            ],
        );
    }
    if report.moves.is_empty() {
        // No empty table: the notes say why nothing moved.
        grid.columns.clear();
    }
    grid.notes = moved_notes(report);
    grid
}

fn moved_notes(report: &ScheduleReport) -> Vec<String> {
    let mut notes = Vec::new();
    if !report.has_effort {
        notes.push(
            "The plan gives no per-initiative effort (no `effort_hours`), so there is nothing to level: \
             all of its demand is fixed ([[capacity.demand]] and fixed initiatives)."
                .to_string(),
        );
    } else if report.moves.is_empty() {
        notes.push("Every discretionary initiative fits where it is planned.".into());
    } else {
        notes.push(
            "In the order placed: priority order, each after what it depends on. \
             A move shifts start, end, phased amounts, recurring years and effort together."
                .into(),
        );
    }
    if !report.unscheduled.is_empty() {
        notes.push(format!(
            "Unscheduled (start \"tbd\"), never placed: {}",
            report.unscheduled.join(", ")
        ));
    }
    notes
}

pub fn years_text(years: &[Year]) -> String {
    let years: Vec<String> = years.iter().map(Year::to_string).collect();
    years.join(", ")
}
