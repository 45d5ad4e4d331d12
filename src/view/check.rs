//! The check report as a grid (table, CSV, Markdown) and as contract JSON.

use rust_decimal::Decimal;

use std::io::{self, Write};

pub use super::check_json::check_json;
use super::check_lines::{at, computed_dp, line_of, warning_line};
use crate::output::{Render, write_json};
use crate::plan::Measure;
use crate::render::{Cell, Column, Grid, Style};
use crate::report::check::{CheckReport, StatedRow};
use crate::source::SourceFile;

/// `itplan check` for the output seam: the report and the file it checked.
pub struct CheckView<'a> {
    pub report: &'a CheckReport,
    pub file: &'a SourceFile,
}

impl Render for CheckView<'_> {
    fn command(&self) -> &'static str {
        "check"
    }

    fn grids(&self) -> Vec<Grid> {
        vec![check_grid(self.report, self.file)]
    }

    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        write_json(&check_json(self.report, self.file), out)
    }
}

pub fn check_grid(report: &CheckReport, file: &SourceFile) -> Grid {
    let currency = &report.currency;
    let mut grid = Grid {
        title: title(report),
        columns: vec![
            Column::text("Line", "line"),
            Column::text("Measure", "measure"),
            Column::text("Year", "year"),
            Column::number(format!("Stated ({currency})"), "stated"),
            Column::number(format!("Computed ({currency})"), "computed"),
            Column::number("Stated − computed", "difference"),
            Column::text("Result", "result"),
            Column::text("Source", "source"),
        ],
        ..Grid::default()
    };
    for row in &report.rows {
        // Red: what fails the run; an accepted difference reads plainly.
        let style = if row.fails() {
            Style::Problem
        } else {
            Style::Normal
        };
        grid.push("figure", style, cells(row, file));
    }
    grid.notes = notes(report, file);
    grid
}

fn title(report: &CheckReport) -> Vec<String> {
    let who = super::by(report.organization.as_deref());
    let mut summary = summary(report);
    match report.warnings.len() {
        0 => {}
        1 => summary.push_str("; 1 warning"),
        n => summary.push_str(&format!("; {n} warnings")),
    }
    vec![format!("{}{who}", report.plan), summary]
}

/// One line a reviewer can read alone.
pub fn summary(report: &CheckReport) -> String {
    let (first, last) = report.horizon;
    let total = report.rows.len();
    let accepted = report.accepted();
    let mut line = match report.mismatches() {
        _ if total == 0 => {
            return format!("Check {first}–{last}: the plan states no figures to reconcile");
        }
        0 if accepted > 0 => format!(
            "Check {first}–{last}: {} of {total} stated figures agree with the arithmetic",
            total - accepted
        ),
        0 if total == 1 => {
            format!("Check {first}–{last}: the 1 stated figure agrees with the arithmetic")
        }
        0 => format!("Check {first}–{last}: all {total} stated figures agree with the arithmetic"),
        n => format!(
            "Check {first}–{last}: {n} of {total} stated figures disagree with the arithmetic"
        ),
    };
    match accepted {
        0 => {}
        1 => line.push_str("; 1 known difference accepted"),
        n => line.push_str(&format!("; {n} known differences accepted")),
    }
    match report.stale() {
        0 => {}
        1 => line.push_str("; 1 accepted difference no longer differs"),
        n => line.push_str(&format!("; {n} accepted differences no longer differ")),
    }
    line
}

fn cells(row: &StatedRow, file: &SourceFile) -> Vec<Cell> {
    let show = |value: Option<Decimal>, dp: u32| match (value, row.measure) {
        (None, _) => Cell::Empty,
        (Some(v), Measure::TaxImpact) => Cell::Percent {
            value: v,
            dp,
            csv_dp: dp,
        },
        (Some(v), _) => Cell::Money(v),
    };
    let result = match (row.ok, row.computed, &row.accepted) {
        (true, _, Some(_)) => "ok, no longer differs",
        (true, _, None) => "ok",
        (false, _, Some(_)) => "accepted",
        (false, Some(_), None) => "MISMATCH",
        (false, None, None) => "NOT CHECKED",
    };
    vec![
        Cell::text(line_of(file, row.span.start).to_string()),
        Cell::text(row.measure.as_str()),
        Cell::text(row.year.map_or("total".into(), |y| y.to_string())),
        show(Some(row.stated), row.decimals),
        show(row.computed, computed_dp(row)),
        match (row.difference, row.measure) {
            (None, _) => Cell::Empty,
            (Some(d), Measure::TaxImpact) => Cell::Fixed(d, computed_dp(row)),
            (Some(d), _) => Cell::Money(d),
        },
        Cell::text(result),
        Cell::text(row.source.as_deref().unwrap_or("")),
    ]
}

fn notes(report: &CheckReport, file: &SourceFile) -> Vec<String> {
    let mut notes = Vec::new();
    if report.rows.is_empty() {
        notes.push("Add [[stated]] entries (measure, year, amount, source) to reconcile the figures a report prints.".into());
    }
    for row in report.rows.iter().filter(|r| r.note.is_some()) {
        let note = row.note.as_deref().unwrap_or_default();
        notes.push(format!("Not checked, {}: {note}", at(file, row.span.start)));
    }
    for row in &report.rows {
        let Some(reason) = &row.accepted else {
            continue;
        };
        let at = at(file, row.span.start);
        notes.push(if row.stale {
            format!("No longer differs, {at} (was accepted: {reason})")
        } else {
            format!("Accepted, {at}: {reason}")
        });
    }
    if report.rows.iter().any(|r| r.measure == Measure::TaxImpact) {
        notes.push("Tax impact (% of levy) matches when the computed percent, rounded to the decimals stated, equals it.".into());
    }
    notes.extend(
        report
            .warnings
            .iter()
            .map(|w| format!("warning: {}", warning_line(file, w))),
    );
    notes
}
