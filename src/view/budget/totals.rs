//! The budget's total rows (one-time, new recurring, cash flow) and the
//! levy rows under them.

use rust_decimal::Decimal;

use super::cells::{amount_cell, label_cells};
use crate::render::{Cell, Grid, Style};
use crate::report::budget::BudgetReport;
use crate::report::left_out::left_out;
use crate::report::levy::LevyRows;

pub(super) fn push_totals(grid: &mut Grid, report: &BudgetReport) {
    let totals = &report.totals;
    let unscheduled = report.unscheduled.len();
    let unknown = &report.unknown;
    let rows = [
        (
            "One-time",
            &totals.one_time,
            totals.one_time_total,
            report.excluded.one_time,
            &unknown.one_time,
        ),
        (
            "New recurring",
            &totals.new_recurring,
            totals.new_recurring_total,
            report.excluded.new_recurring,
            &unknown.new_recurring,
        ),
        (
            "Cash flow",
            &totals.cash_flow,
            totals.cash_flow_total,
            report.excluded.cash_flow,
            &unknown.cash_flow,
        ),
    ];
    for (label, values, total, uncosted, unknown) in rows {
        let mut cells = label_cells(&format!("{label}{}", excludes(uncosted, unscheduled)), 0);
        cells.extend([Cell::Empty, Cell::Empty, Cell::Empty]);
        cells.truncate(5);
        cells.extend(
            values
                .iter()
                .zip(unknown)
                .map(|(v, tbd)| amount_cell(*v, *tbd)),
        );
        cells.push(amount_cell(total, unknown.contains(&true)));
        grid.push("total", Style::Total, cells);
    }
}

/// " (excludes 2 uncosted, 1 unscheduled)", or nothing.
fn excludes(uncosted: usize, unscheduled: usize) -> String {
    left_out(uncosted, unscheduled).map_or_else(String::new, |what| format!(" (excludes {what})"))
}

pub(super) fn push_levy(grid: &mut Grid, levy: &LevyRows) {
    let percent = |v: &Decimal| Cell::Percent {
        value: *v,
        dp: 2,
        csv_dp: 4,
    };
    let row = |label: &str, cells: Vec<Cell>| {
        let mut all = vec![
            Cell::Empty,
            Cell::text(label),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
        ];
        all.extend(cells);
        all.push(Cell::Empty);
        all
    };
    grid.push(
        "levy",
        Style::Normal,
        row("Levy", levy.levy.iter().map(|v| Cell::Money(*v)).collect()),
    );
    grid.push(
        "levy",
        Style::Total,
        row(
            "Tax impact (% of levy)",
            levy.tax_impact_percent.iter().map(percent).collect(),
        ),
    );
    let change = levy
        .change_percent
        .iter()
        .map(|v| v.as_ref().map_or(Cell::Empty, percent))
        .collect();
    grid.push(
        "levy",
        Style::Normal,
        row("Change from prior year (% of levy)", change),
    );
    if let Some(per) = &levy.per_household {
        grid.push(
            "levy",
            Style::Normal,
            row(
                "Cost per household",
                per.iter().map(|v| Cell::Fixed(*v, 2)).collect(),
            ),
        );
    }
}
