//! The capacity report as a grid (table, CSV, Markdown): rows A-F of the
//! master plan's capacity table, one column per capacity year, and the demand by source.

use std::io::{self, Write};

use rust_decimal::Decimal;

use super::capacity_json::capacity_json;
use super::years_text;
use crate::output::{Render, write_json};

use crate::error::Error;
use crate::plan::{Loaded, Plan};
use crate::render::number::{percent_of_share as percent, plain};
use crate::render::xlsx;
use crate::render::{Cell, Column, Grid, Style};
use crate::report::capacity::{CapacityReport, Figures, SourceKind, WhatIf};
use crate::report::effort::QUARTERS;
use crate::report::period::Period;

/// The figures in the period asked for.
pub fn figures(report: &CapacityReport, period: Period) -> &Figures {
    match period {
        Period::Quarter => &report.quarter,
        Period::Year => &report.year,
    }
}

/// `itplan capacity` for the output seam.
pub struct CapacityView<'a> {
    pub report: &'a CapacityReport,
    /// The plan the report was computed from (with any what-if changes),
    /// for the workbook.
    pub plan: &'a Plan,
    /// The plan as loaded, to locate the workbook's errors.
    pub loaded: &'a Loaded,
    pub period: Period,
    pub detail: bool,
}

impl Render for CapacityView<'_> {
    fn command(&self) -> &'static str {
        "capacity"
    }

    fn grids(&self) -> Vec<Grid> {
        vec![capacity_grid(self.report, self.period, self.detail)]
    }

    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        write_json(&capacity_json(self.report, self.period, self.detail), out)
    }

    fn xlsx(&self) -> Option<Result<Vec<u8>, Error>> {
        Some(xlsx::capacity_xlsx(
            self.plan,
            self.loaded,
            self.report.what_if.as_ref(),
        ))
    }
}

const B_LABEL: &str = "Operational commitment (operations + out of office)";
const C_LABEL: &str = "Available project capacity (A − B)";
const D_LABEL: &str = "Project resource requirement";
const E_LABEL: &str = "Surplus / deficit hours (C − D)";

pub fn capacity_grid(report: &CapacityReport, period: Period, detail: bool) -> Grid {
    let unit = match period {
        Period::Quarter => "Hours per quarter",
        Period::Year => "Hours per year",
    };
    let mut grid = Grid {
        title: title(report),
        columns: vec![
            Column::text("", "row").naming(),
            Column::text(unit, "label").naming(),
        ],
        ..Grid::default()
    };
    grid.columns.extend(Column::years(&report.years));
    push_rows(&mut grid, report, period);
    if detail {
        push_detail(&mut grid, report, period);
    }
    grid.notes = notes(report, period, detail);
    grid
}

/// Rows A-F. The CSV row_type is the contract's JSON key; C, E and F are
/// balances, whose negative cells are deficits.
fn push_rows(grid: &mut Grid, report: &CapacityReport, period: Period) {
    use Style::{Balance, Normal};
    let rows = &figures(report, period).rows;
    let h = hours_per_fte(report.hours_per_fte_quarter, period);
    let per = match period {
        Period::Quarter => "quarter",
        Period::Year => "year",
    };
    let a_label = format!("Total resource capacity ({h} h/{per}/FTE)");
    let f_label = format!("Surplus / deficit FTE (E ÷ {h})");
    let lines = [
        ("capacity", Normal, "A", a_label.as_str(), &rows.capacity),
        ("operational", Normal, "B", B_LABEL, &rows.operational),
        ("available", Balance, "C", C_LABEL, &rows.available),
        ("demand", Normal, "D", D_LABEL, &rows.demand),
        ("surplus", Balance, "E", E_LABEL, &rows.surplus),
        (
            "surplus_fte",
            Balance,
            "F",
            f_label.as_str(),
            &rows.surplus_fte,
        ),
    ];
    for (kind, style, letter, label, values) in lines {
        grid.push(kind, style, line(letter, label, values));
    }
}

/// H in the period's unit: 455 a quarter is 1820 a year.
fn hours_per_fte(h: Decimal, period: Period) -> String {
    match period {
        Period::Quarter => plain(h),
        Period::Year => h
            .checked_mul(QUARTERS)
            .map_or_else(|| format!("4 × {h}"), plain),
    }
}

fn line(row: &str, label: &str, values: &[Decimal]) -> Vec<Cell> {
    let mut cells = vec![Cell::text(row), Cell::text(label)];
    cells.extend(values.iter().map(|v| Cell::Fixed(*v, 2)));
    cells
}

fn title(report: &CapacityReport) -> Vec<String> {
    let who = super::by(report.organization.as_deref());
    let years = match (report.years.first(), report.years.last()) {
        (Some(first), Some(last)) => format!(" {first}–{last}"),
        _ => String::new(),
    };
    let mut title = vec![
        format!("{}{who}", report.plan),
        format!(
            "Capacity{years}: {} hours per FTE per quarter",
            plain(report.hours_per_fte_quarter)
        ),
    ];
    title.extend(report.what_if.as_ref().map(what_if_text));
    title
}

/// "What-if: +2 FTE from 2024, +1 FTE from 2025, 20% operational".
pub fn what_if_text(what_if: &WhatIf) -> String {
    let hires: Vec<String> = what_if
        .hires
        .iter()
        .map(|h| format!("+{} FTE from {}", plain(h.fte), h.from))
        .collect();
    let share = percent(what_if.operational);
    format!("What-if: {}, {share}% operational", hires.join(", "))
}

fn push_detail(grid: &mut Grid, report: &CapacityReport, period: Period) {
    let heading = "Project demand (D) by source, largest first";
    let mut cells = vec![Cell::Empty, Cell::text(heading)];
    cells.extend(std::iter::repeat_n(Cell::Empty, report.years.len()));
    grid.push("heading", Style::Heading, cells);
    let hours = &figures(report, period).sources;
    for (source, values) in report.sources.iter().zip(hours) {
        let (kind, id) = match source.kind {
            SourceKind::Initiative => ("initiative", source.id.as_deref().unwrap_or("")),
            SourceKind::Demand => ("demand_entry", ""),
        };
        grid.push(kind, Style::Normal, line(id, &source.name, values));
    }
}

fn notes(report: &CapacityReport, period: Period, detail: bool) -> Vec<String> {
    let mut notes = vec![match period {
        Period::Quarter => "Average hours per quarter over each year; F in FTE.".to_string(),
        Period::Year => "Hours per year (4 quarters); F in FTE.".to_string(),
    }];
    let deficits = report.deficit_years();
    notes.push(if deficits.is_empty() {
        "No deficit: available project capacity covers the demand in every year.".into()
    } else {
        format!(
            "Deficit in {}: project demand exceeds available capacity (E and F below zero).",
            years_text(&deficits)
        )
    });
    if detail && report.sources.is_empty() {
        notes.push("No project demand in these years.".into());
    }
    if !report.unscheduled.is_empty() {
        notes.push(format!(
            "Unscheduled (start \"tbd\"), adding neither staff nor demand: {}",
            report.unscheduled.join(", ")
        ));
    }
    notes
}
