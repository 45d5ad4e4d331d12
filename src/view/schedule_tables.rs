//! The capacity and cash-flow tables of `itplan schedule`: before and
//! after levelling, year by year.

use rust_decimal::Decimal;

use super::schedule::years_text;
use crate::render::{Cell, Column, Grid, Style};
use crate::report::schedule::ScheduleReport;

pub fn capacity_grid(report: &ScheduleReport) -> Grid {
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

pub fn cash_grid(report: &ScheduleReport) -> Grid {
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
