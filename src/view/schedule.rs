//! `itplan schedule`: what moved and why, the capacity before and after,
//! the deficit that remains, and the cash flow before → after.

use std::io::{self, Write};

use rust_decimal::Decimal;

use super::capacity::what_if_text;
use crate::output::{Render, write_json};
use crate::plan::Year;
use crate::render::number::{fixed, plain};
use crate::render::{Cell, Column, Grid, Headline, Style};
use crate::report::schedule::ScheduleReport;

pub use super::schedule_json::schedule_json;

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
            Column::number("Shift", "shift"),
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
                Cell::text(format!("+{}", m.shift)),
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

fn capacity_grid(report: &ScheduleReport) -> Grid {
    let mut grid = Grid {
        title: vec!["Capacity before → after levelling (hours per quarter)".into()],
        columns: vec![Column::text("", "row"), Column::text("", "label")],
        ..Grid::default()
    };
    grid.columns.extend(Column::years(&report.years));
    let (before, after) = (&report.before, &report.after);
    let lines: [(&'static str, Style, &str, &str, &[Decimal]); 5] = [
        (
            "available",
            Style::Balance,
            "C",
            "Available project capacity",
            &after.available,
        ),
        (
            "demand_before",
            Style::Normal,
            "D",
            "Demand as planned",
            &before.demand,
        ),
        (
            "demand",
            Style::Normal,
            "D'",
            "Demand levelled",
            &after.demand,
        ),
        (
            "surplus",
            Style::Balance,
            "E'",
            "Surplus / deficit (C − D')",
            &after.surplus,
        ),
        (
            "surplus_fte",
            Style::Balance,
            "F'",
            "Surplus / deficit FTE",
            &after.surplus_fte,
        ),
    ];
    for (kind, style, letter, label, values) in lines {
        let mut cells = vec![Cell::text(letter), Cell::text(label)];
        cells.extend(values.iter().map(|v| Cell::Fixed(*v, 2)));
        grid.push(kind, style, cells);
    }
    let mut close = vec![Cell::Empty, Cell::text("FTE to close the deficit")];
    close.extend(report.years.iter().map(|year| {
        match report.deficits.iter().find(|d| d.year == *year) {
            Some(deficit) => deficit.fte.map_or(Cell::text("—"), |f| Cell::Fixed(f, 2)),
            None => Cell::Empty,
        }
    }));
    grid.push("fte_to_close", Style::Normal, close);
    grid.notes = vec![if report.deficits.is_empty() {
        "No deficit after levelling.".to_string()
    } else {
        format!(
            "Deficit in {}: fixed work (demand entries, non-discretionary, ongoing and staffing initiatives) \
             exceeds the capacity; FTE to close it rounded up, at the hires' operational share.",
            years_text(&report.deficit_years())
        )
    }];
    grid
}

fn cash_grid(report: &ScheduleReport) -> Grid {
    let currency = &report.currency;
    let mut grid = Grid {
        title: vec![format!("Cash flow before → after levelling ({currency})")],
        columns: vec![Column::text("", "label")],
        ..Grid::default()
    };
    grid.columns.extend(Column::years(&report.horizon));
    grid.columns.push(Column::number("Total", "total"));
    let delta: Vec<Decimal> = report
        .cash_flow_new
        .iter()
        .zip(&report.cash_flow_old)
        .map(|(new, old)| new.saturating_sub(*old))
        .collect();
    let total_delta = report.total_new.saturating_sub(report.total_old);
    let rows = [
        (
            "cash_flow_old",
            Style::Normal,
            "As planned",
            &report.cash_flow_old,
            report.total_old,
        ),
        (
            "cash_flow_new",
            Style::Normal,
            "Levelled",
            &report.cash_flow_new,
            report.total_new,
        ),
        (
            "cash_flow_delta",
            Style::Total,
            "Change",
            &delta,
            total_delta,
        ),
    ];
    for (kind, style, label, values, total) in rows {
        let mut cells = vec![Cell::text(label)];
        cells.extend(values.iter().map(|v| Cell::Money(*v)));
        cells.push(Cell::Money(total));
        grid.push(kind, style, cells);
    }
    if let Some((old, new)) = &report.levy {
        let percent = |v: Decimal| Cell::Percent {
            value: v,
            dp: 2,
            csv_dp: 4,
        };
        let change: Vec<Decimal> = new
            .tax_impact_percent
            .iter()
            .zip(&old.tax_impact_percent)
            .map(|(n, o)| n.saturating_sub(*o))
            .collect();
        let rows = [
            (
                "tax_impact_old",
                "Tax impact as planned (% of levy)",
                &old.tax_impact_percent,
            ),
            (
                "tax_impact_new",
                "Tax impact levelled (% of levy)",
                &new.tax_impact_percent,
            ),
            ("tax_impact_delta", "Change (percentage points)", &change),
        ];
        for (kind, label, values) in rows {
            let mut cells = vec![Cell::text(label)];
            cells.extend(values.iter().map(|v| percent(*v)));
            cells.push(Cell::Empty);
            grid.push(kind, Style::Normal, cells);
        }
    }
    grid.notes = cash_notes(report);
    grid
}

fn cash_notes(report: &ScheduleReport) -> Vec<String> {
    let mut notes = Vec::new();
    if !report.past_horizon.is_zero() {
        notes.push(format!(
            "{} {} moved past {} and left the horizon's totals.",
            crate::render::number::money(report.past_horizon),
            report.currency,
            report.horizon.last().copied().unwrap_or_default()
        ));
    }
    if !report.into_horizon.is_zero() {
        notes.push(format!(
            "{} {} moved into the horizon from before {}.",
            crate::render::number::money(report.into_horizon),
            report.currency,
            report.horizon.first().copied().unwrap_or_default()
        ));
    }
    if report.moves.is_empty() {
        notes.push("Nothing moved, so the cash flow is unchanged.".into());
    }
    notes
}

pub fn years_text(years: &[Year]) -> String {
    let years: Vec<String> = years.iter().map(Year::to_string).collect();
    years.join(", ")
}

/// Two decimals, as capacity figures are printed.
pub fn hours(value: Decimal) -> String {
    fixed(value, 2)
}
