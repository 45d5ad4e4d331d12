//! The diff report for people (terminal tables) and machines (one long CSV
//! grid), and the one-line verdict every format leads with.

use rust_decimal::Decimal;

use super::diff_tables::{Unit, capacity_grid, change_cells, changes_grid};
use crate::plan::Year;
use crate::render::number;
use crate::render::{Cell, Column, Grid, Style};
use crate::report::diff::{CapacityDiff, DiffReport};
use crate::report::threshold::Threshold;

/// "Cash flow +$205,000 (+2.22%) over 2025–2029", with the threshold's verdict.
pub fn verdict(report: &DiffReport) -> String {
    let span = span(&report.years);
    let total = &report.cash_flow_total;
    let mut line = match total.delta.filter(|d| !d.is_zero()) {
        None => format!("No change in cash flow over {span}"),
        Some(delta) => {
            let percent = report
                .cash_flow_percent
                .map(|p| format!(" ({}%)", signed(number::fixed(p, 2), p)))
                .unwrap_or_default();
            format!(
                "Cash flow {}{percent} over {span}",
                signed_money(delta, &report.currency)
            )
        }
    };
    if let Some(limit) = report.max_increase {
        let word = if report.exceeded { "EXCEEDS" } else { "within" };
        let limit = match limit {
            Threshold::Amount(amount) => signed_money(amount, &report.currency),
            Threshold::Percent(percent) => format!("{}%", number::plain(percent)),
        };
        line.push_str(&format!(
            ": {word} the +{} limit",
            limit.trim_start_matches('+')
        ));
    }
    line
}

/// Why no surplus is compared, when only one plan has [capacity].
pub fn capacity_note(report: &DiffReport) -> Option<String> {
    let which = match report.capacity {
        CapacityDiff::OnlyOld => "old",
        CapacityDiff::OnlyNew => "new",
        _ => return None,
    };
    Some(format!(
        "Only the {which} plan has [capacity], so no capacity surplus is compared."
    ))
}

/// "2025–2029" for a run of years.
pub fn span(years: &[Year]) -> String {
    match (years.first(), years.last()) {
        (Some(first), Some(last)) => format!("{first}–{last}"),
        _ => String::new(),
    }
}

/// Said whenever the horizons differ, so a reader knows where zeros come from.
pub fn horizon_note(report: &DiffReport) -> Option<String> {
    let ((a, b), (c, d)) = (report.old_horizon, report.new_horizon);
    report.horizons_differ().then(|| {
        format!(
            "The horizons differ (old {a}–{b}, new {c}–{d}): compared over {}, a year outside a plan's horizon counts 0 there.",
            span(&report.years)
        )
    })
}

/// "+" before a growth; not before one that rounds to zero ("0.00").
pub fn signed(text: String, value: Decimal) -> String {
    let shown = text.chars().any(|c| ('1'..='9').contains(&c));
    if value > Decimal::ZERO && shown {
        format!("+{text}")
    } else {
        text
    }
}

/// "+$205,000" for dollar currencies, "+205,000 EUR" otherwise.
pub fn signed_money(value: Decimal, currency: &str) -> String {
    let sign = if value > Decimal::ZERO {
        "+"
    } else if value < Decimal::ZERO {
        "-"
    } else {
        ""
    };
    let amount = number::money(value.abs());
    match currency {
        "CAD" | "USD" | "AUD" | "NZD" => format!("{sign}${amount}"),
        other => format!("{sign}{amount} {other}"),
    }
}

/// Terminal tables: the money by year, then what changed.
pub fn diff_grids(report: &DiffReport, names: (&str, &str)) -> Vec<Grid> {
    let mut grids = vec![yearly_grid(report, names)];
    if let CapacityDiff::Both(rows) = &report.capacity {
        grids.push(capacity_grid(rows));
    }
    if report.changes.is_empty() {
        grids[0].notes.push("No initiative changed.".into());
    } else {
        grids.push(changes_grid(report));
    }
    grids
}

fn yearly_grid(report: &DiffReport, (old, new): (&str, &str)) -> Grid {
    let c = &report.currency;
    let mut columns = vec![Column::text("Year", "year")];
    for what in ["Cash flow", "New recurring"] {
        columns.push(Column::number(format!("{what} old ({c})"), "old"));
        columns.push(Column::number(format!("{what} new ({c})"), "new"));
        columns.push(Column::number("Change", "delta"));
    }
    let levy = report.tax_impact.as_deref();
    if levy.is_some() {
        columns.push(Column::number("Tax impact old", "tax_old"));
        columns.push(Column::number("Tax impact new", "tax_new"));
        columns.push(Column::number("Change (points)", "tax_delta"));
    }
    let mut grid = Grid {
        title: vec![format!("{}: {old} → {new}", report.plan), verdict(report)],
        columns,
        ..Grid::default()
    };
    for (j, year) in report.years.iter().enumerate() {
        let mut cells = vec![Cell::text(year.to_string())];
        cells.extend(change_cells(&report.cash_flow[j], Unit::Money));
        cells.extend(change_cells(&report.new_recurring[j], Unit::Money));
        if let Some(rows) = levy {
            cells.extend(change_cells(&rows[j], Unit::Percent));
        }
        grid.push("year", Style::Normal, cells);
    }
    let mut cells = vec![Cell::text("Total")];
    cells.extend(change_cells(&report.cash_flow_total, Unit::Money));
    cells.extend(change_cells(&report.new_recurring_total, Unit::Money));
    if levy.is_some() {
        cells.extend([Cell::Empty, Cell::Empty, Cell::Empty]);
    }
    grid.push("total", Style::Total, cells);
    grid.notes.extend(horizon_note(report));
    grid.notes.extend(capacity_note(report));
    grid
}
