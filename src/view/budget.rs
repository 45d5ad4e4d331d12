//! The budget report as a grid (table, CSV, Markdown) and as contract JSON.

use rust_decimal::Decimal;
use serde::Serialize;

use std::io::{self, Write};

use super::json::{YearMap, money, money_map};
use crate::output::{Render, write_json};
use crate::plan::{Amount, Year};
use crate::render::number;
use crate::render::{Cell, Column, Grid, Style};
use crate::report::budget::{BudgetReport, InitiativeRow};
use crate::report::levy::LevyRows;

/// `itplan budget` for the output seam.
pub struct BudgetView<'a>(pub &'a BudgetReport);

impl Render for BudgetView<'_> {
    fn command(&self) -> &'static str {
        "budget"
    }

    fn grids(&self) -> Vec<Grid> {
        vec![budget_grid(self.0)]
    }

    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        write_json(&budget_json(self.0), out)
    }
}

pub fn budget_grid(report: &BudgetReport) -> Grid {
    let currency = &report.currency;
    let mut grid = Grid {
        title: title(report),
        columns: vec![
            Column::text("ID", "id"),
            Column::text("Initiative", "name"),
            Column::text("Start", "start"),
            Column::number(format!("One-time ({currency})"), "one_time"),
            Column::number(format!("Recurring ({currency})"), "recurring"),
        ],
        ..Grid::default()
    };
    grid.columns.extend(Column::years(&report.years));
    grid.columns
        .push(Column::number(format!("Total ({currency})"), "total"));
    match &report.groups {
        None => report.initiatives.iter().for_each(|row| {
            grid.push(
                "initiative",
                Style::Normal,
                initiative_cells(row, &report.years),
            )
        }),
        Some(groups) => {
            for group in groups {
                let name = group.name.clone().unwrap_or_else(|| "(none)".into());
                grid.push(
                    "group",
                    Style::Heading,
                    label_cells(&name, report.years.len()),
                );
                group.rows.iter().for_each(|&i| {
                    grid.push(
                        "initiative",
                        Style::Normal,
                        initiative_cells(&report.initiatives[i], &report.years),
                    )
                });
                let mut cells = vec![
                    Cell::Empty,
                    Cell::text(format!("Subtotal {name}")),
                    Cell::Empty,
                    Cell::Money(group.one_time),
                    Cell::Money(group.recurring),
                ];
                cells.extend(group.cash_flow.iter().map(|v| Cell::Money(*v)));
                cells.push(Cell::Money(group.total));
                grid.push("subtotal", Style::Subtotal, cells);
            }
        }
    }
    push_totals(&mut grid, report);
    if let Some(levy) = &report.levy {
        push_levy(&mut grid, levy);
    }
    grid.notes = notes(report);
    grid
}

fn title(report: &BudgetReport) -> Vec<String> {
    let who = super::by(report.organization.as_deref());
    let (first, last) = report.horizon;
    let shown = (report.years.first().copied(), report.years.last().copied());
    let window = match shown {
        (Some(from), Some(to)) if (from, to) != (first, last) => {
            format!("{from}–{to} (of the {first}–{last} horizon)")
        }
        _ => format!("{first}–{last}"),
    };
    vec![
        format!("{}{who}", report.plan),
        format!("Budget {window}, amounts in {}", report.currency),
    ]
}

fn initiative_cells(row: &InitiativeRow, years: &[Year]) -> Vec<Cell> {
    let amount = |a: Amount| a.known().map_or(Cell::Tbd, Cell::Money);
    let mut cells = vec![
        Cell::text(&row.id),
        Cell::text(&row.name),
        Cell::text(&row.start),
        amount(row.one_time),
        amount(row.recurring),
    ];
    if row.total.is_none() {
        cells.extend(std::iter::repeat_n(Cell::Empty, years.len()));
        cells.push(Cell::Tbd);
        return cells;
    }
    cells.extend(row.cash_flow.iter().zip(years).map(|(value, year)| {
        if value.is_zero() && row.tbd_years.contains(year) {
            Cell::Tbd
        } else {
            Cell::Money(*value)
        }
    }));
    let total_unknown = row
        .total
        .is_none_or(|t| t.is_zero() && !row.tbd_years.is_empty());
    cells.push(if total_unknown {
        Cell::Tbd
    } else {
        row.total.map_or(Cell::Tbd, Cell::Money)
    });
    cells
}

fn label_cells(label: &str, years: usize) -> Vec<Cell> {
    let mut cells = vec![Cell::Empty, Cell::text(label)];
    cells.extend(std::iter::repeat_n(Cell::Empty, years + 4));
    cells
}

fn push_totals(grid: &mut Grid, report: &BudgetReport) {
    let totals = &report.totals;
    let unscheduled = report.unscheduled.len();
    let rows = [
        (
            "One-time",
            &totals.one_time,
            totals.one_time_total,
            report.excluded.one_time,
        ),
        (
            "New recurring",
            &totals.new_recurring,
            totals.new_recurring_total,
            report.excluded.new_recurring,
        ),
        (
            "Cash flow",
            &totals.cash_flow,
            totals.cash_flow_total,
            report.excluded.cash_flow,
        ),
    ];
    for (label, values, total, uncosted) in rows {
        let mut cells = label_cells(&format!("{label}{}", excludes(uncosted, unscheduled)), 0);
        cells.extend([Cell::Empty, Cell::Empty, Cell::Empty]);
        cells.truncate(5);
        cells.extend(values.iter().map(|v| Cell::Money(*v)));
        cells.push(Cell::Money(total));
        grid.push("total", Style::Total, cells);
    }
}

/// " (excludes 2 uncosted, 1 unscheduled)", or nothing.
fn excludes(uncosted: usize, unscheduled: usize) -> String {
    let parts: Vec<String> = [(uncosted, "uncosted"), (unscheduled, "unscheduled")]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!(" (excludes {})", parts.join(", "))
    }
}

fn push_levy(grid: &mut Grid, levy: &LevyRows) {
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

fn notes(report: &BudgetReport) -> Vec<String> {
    let mut notes = Vec::new();
    if !report.unscheduled.is_empty() {
        notes.push(format!(
            "Unscheduled (start \"tbd\", in no total): {}",
            report.unscheduled.join(", ")
        ));
    }
    if !report.uncosted.is_empty() {
        notes.push(format!(
            "Uncosted (an amount is \"tbd\", left out of the totals): {}",
            report.uncosted.join(", ")
        ));
    }
    if report.levy.is_some() {
        notes.push("Tax impact = cash flow ÷ levy × 100; change = (cash flow − prior year's) ÷ levy × 100.".into());
    }
    notes
}

/// The contract's JSON shape for `itplan budget --format json`.
#[derive(Serialize)]
pub struct BudgetJson<'a> {
    plan: &'a str,
    currency: &'a str,
    years: &'a [i32],
    initiatives: Vec<InitiativeJson<'a>>,
    totals: TotalsJson<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    levy: Option<YearMap<'a, Decimal>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tax_impact_percent: Option<YearMap<'a, Decimal>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    levy_change_percent: Option<YearMap<'a, Option<Decimal>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    per_household: Option<YearMap<'a, Decimal>>,
    unscheduled: &'a [String],
    uncosted: &'a [String],
}

#[derive(Serialize)]
struct InitiativeJson<'a> {
    id: &'a str,
    name: &'a str,
    cash_flow: YearMap<'a, Decimal>,
    total: Option<String>,
}

#[derive(Serialize)]
struct TotalsJson<'a> {
    one_time: YearMap<'a, Decimal>,
    new_recurring: YearMap<'a, Decimal>,
    cash_flow: YearMap<'a, Decimal>,
    one_time_total: String,
    new_recurring_total: String,
    cash_flow_total: String,
}

pub fn budget_json(report: &BudgetReport) -> BudgetJson<'_> {
    let years = &report.years[..];
    let totals = &report.totals;
    let percent4: fn(&Decimal) -> Option<String> = |v| Some(number::fixed(*v, 4));
    BudgetJson {
        plan: &report.plan,
        currency: &report.currency,
        years,
        initiatives: report
            .initiatives
            .iter()
            .map(|row| InitiativeJson {
                id: &row.id,
                name: &row.name,
                cash_flow: money_map(
                    if row.cash_flow.is_empty() { &[] } else { years },
                    &row.cash_flow,
                ),
                total: row.total.map(money),
            })
            .collect(),
        totals: TotalsJson {
            one_time: money_map(years, &totals.one_time),
            new_recurring: money_map(years, &totals.new_recurring),
            cash_flow: money_map(years, &totals.cash_flow),
            one_time_total: money(totals.one_time_total),
            new_recurring_total: money(totals.new_recurring_total),
            cash_flow_total: money(totals.cash_flow_total),
        },
        levy: report.levy.as_ref().map(|l| money_map(years, &l.levy)),
        tax_impact_percent: report.levy.as_ref().map(|l| YearMap {
            years,
            values: &l.tax_impact_percent,
            show: percent4,
        }),
        levy_change_percent: report.levy.as_ref().map(|l| YearMap {
            years,
            values: &l.change_percent,
            show: |v| v.map(|v| number::fixed(v, 4)),
        }),
        per_household: report
            .levy
            .as_ref()
            .and_then(|l| l.per_household.as_deref())
            .map(|p| money_map(years, p)),
        unscheduled: &report.unscheduled,
        uncosted: &report.uncosted,
    }
}
