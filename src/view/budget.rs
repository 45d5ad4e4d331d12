//! The budget report as a grid (table, CSV, Markdown) and as contract JSON.

use rust_decimal::Decimal;
use serde::Serialize;

use std::io::{self, Write};

use super::budget_funding::{
    FundingJson, FundingTotalsJson, funding_json, funding_notes, push_funding, tax_impact_note,
};
use super::json::{Money, MoneyMap, YearMap, money, money_map};
use crate::error::Error;
use crate::output::Render;
use crate::plan::{Amount, Loaded, Plan, Year};
use crate::render::grid::{Row, RowSource, Streamed};
use crate::render::number;
use crate::render::xlsx;
use crate::render::{Cell, Column, Grid, Style};
use crate::report::budget::{BudgetReport, InitiativeRow};
use crate::report::left_out::left_out;
use crate::report::levy::LevyRows;

mod json_stream;

/// `itplan budget` for the output seam: the report, the plan it was
/// computed from (with any what-if changes) for the workbook, which always
/// covers the whole horizon, and the plan as loaded, to locate errors.
pub struct BudgetView<'a>(pub &'a BudgetReport, pub &'a Plan, pub &'a Loaded);

impl Render for BudgetView<'_> {
    fn command(&self) -> &'static str {
        "budget"
    }

    fn grids(&self) -> Vec<Grid> {
        vec![budget_grid(self.0)]
    }

    fn streamed(&self) -> Option<Streamed<'_>> {
        // Groups interleave their rows with headings and subtotals.
        if self.0.groups.is_some() {
            return None;
        }
        Some(Streamed {
            grid: grid_around(self.0, |_| {}),
            at: 0,
            source: Box::new(InitiativeRows(self.0)),
        })
    }

    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        json_stream::write_budget_json(self.0, out)
    }

    fn xlsx(&self) -> Option<Result<Vec<u8>, Error>> {
        Some(xlsx::budget_xlsx(self.1, self.2, self.0.levy.is_some()))
    }
}

pub fn budget_grid(report: &BudgetReport) -> Grid {
    grid_around(report, |grid| push_rows(grid, report))
}

/// The initiatives' rows, made one at a time into a reused row.
struct InitiativeRows<'a>(&'a BudgetReport);

impl RowSource for InitiativeRows<'_> {
    fn len(&self) -> usize {
        self.0.initiatives.len()
    }

    fn fill(&self, n: usize, row: &mut Row) {
        row.kind = "initiative";
        row.style = Style::Normal;
        fill_initiative(&self.0.initiatives[n], &self.0.years, &mut row.cells);
    }
}

/// The budget's grid with its rows of initiatives (and groups) from
/// `push_rows`, before the totals.
fn grid_around(report: &BudgetReport, push_rows: impl FnOnce(&mut Grid)) -> Grid {
    let currency = &report.currency;
    let mut grid = Grid {
        title: title(report),
        // The inputs are the plan's amounts, whatever their years; the
        // year columns and the total cover the years shown.
        columns: vec![
            Column::text("ID", "id").naming(),
            Column::text("Initiative", "name"),
            Column::text("Start", "start"),
            Column::number(format!("One-time input ({currency})"), "one_time"),
            Column::number(format!("Recurring input ({currency}/yr)"), "recurring"),
        ],
        ..Grid::default()
    };
    grid.columns.extend(Column::years(&report.years));
    grid.columns.push(Column::number(
        format!("Total {} ({currency})", span(&report.years)),
        "total",
    ));
    push_rows(&mut grid);
    push_totals(&mut grid, report);
    push_funding(&mut grid, report);
    if let Some(levy) = &report.levy {
        push_levy(&mut grid, levy);
    }
    grid.notes = notes(report);
    grid
}

/// The rows of initiatives, in their groups when grouped.
fn push_rows(grid: &mut Grid, report: &BudgetReport) {
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
                        initiative_cells(&report.grouped_rows()[i], &report.years),
                    )
                });
                let members: Vec<&InitiativeRow> = group
                    .rows
                    .iter()
                    .map(|&i| &report.grouped_rows()[i])
                    .collect();
                let unknown = |f: fn(&InitiativeRow) -> Amount| {
                    members.iter().any(|m| m.total.is_some() && f(m).is_tbd())
                };
                let mut cells = vec![
                    Cell::Empty,
                    Cell::text(format!("Subtotal {name}")),
                    Cell::Empty,
                    amount_cell(group.one_time, unknown(|m| m.one_time.amount())),
                    amount_cell(group.recurring, unknown(|m| m.recurring)),
                ];
                cells.extend(group.cash_flow.iter().zip(&report.years).map(|(v, y)| {
                    amount_cell(*v, members.iter().any(|m| m.tbd_years.contains(y)))
                }));
                let any = members.iter().any(|m| !m.tbd_years.is_empty());
                cells.push(amount_cell(group.total, any));
                grid.push("subtotal", Style::Subtotal, cells);
            }
        }
    }
}

/// Money, marked "+ tbd" when a "tbd" amount is left out of it.
fn amount_cell(value: Decimal, unknown: bool) -> Cell {
    if unknown {
        Cell::Partial(value)
    } else {
        Cell::Money(value)
    }
}

/// "2025–2029", or "2027" for one year.
fn span(years: &[Year]) -> String {
    match (years.first(), years.last()) {
        (Some(first), Some(last)) if first != last => format!("{first}–{last}"),
        (Some(year), _) => year.to_string(),
        _ => String::new(),
    }
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
    let mut cells = Vec::new();
    fill_initiative(row, years, &mut cells);
    cells
}

/// An initiative's cells, written over `cells` in place (their Strings
/// reused), so a row pulled again and again allocates nothing.
fn fill_initiative(row: &InitiativeRow, years: &[Year], cells: &mut Vec<Cell>) {
    let amount = |a: Amount| a.known().map_or(Cell::Tbd, Cell::Money);
    // One value per shown year when scheduled, none when not.
    let values = row.cash_flow.len().min(years.len());
    let width =
        5 + if row.total.is_some() {
            values
        } else {
            years.len()
        } + 1;
    cells.resize(width, Cell::Empty);
    cells[0].set_text(&row.id);
    cells[1].set_text(&row.name);
    cells[2].set_text(&row.start);
    cells[3] = amount_cell(row.one_time.known, row.one_time.tbd);
    cells[4] = amount(row.recurring);
    let (year_cells, last) = cells[5..].split_at_mut(width - 6);
    let Some(total) = row.total else {
        // Unscheduled: no year, so nothing in any year's column.
        year_cells.fill(Cell::Empty);
        last[0] = Cell::Tbd;
        return;
    };
    let flows = row.cash_flow.iter().zip(years);
    for (cell, (value, year)) in year_cells.iter_mut().zip(flows) {
        *cell = amount_cell(*value, row.tbd_years.contains(year));
    }
    last[0] = amount_cell(total, !row.tbd_years.is_empty());
}

fn label_cells(label: &str, years: usize) -> Vec<Cell> {
    let mut cells = vec![Cell::Empty, Cell::text(label)];
    cells.extend(std::iter::repeat_n(Cell::Empty, years + 4));
    cells
}

fn push_totals(grid: &mut Grid, report: &BudgetReport) {
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
    let (shown, outside) = uncosted(report);
    let years = span(&report.years);
    if !shown.is_empty() {
        notes.push(format!(
            "Uncosted in {years} (an amount is \"tbd\", left out of the totals, marked + tbd): {}",
            shown.join(", ")
        ));
    }
    if !outside.is_empty() {
        notes.push(format!(
            "Uncosted outside {years} (a \"tbd\" amount in other years only, in no total shown): {}",
            outside.join(", ")
        ));
    }
    notes.push(format!(
        "One-time and recurring inputs are the plan's amounts, whatever their years; the year columns and the total cover {years}."
    ));
    notes.extend(funding_notes(report));
    if report.levy.is_some() {
        notes.push(tax_impact_note(report));
    }
    notes
}

/// The uncosted initiatives with a "tbd" amount in the shown years (the
/// ones the totals' counts speak of), and those whose "tbd" falls only in
/// other years. Unscheduled initiatives are listed as such instead.
fn uncosted(report: &BudgetReport) -> (Vec<&str>, Vec<&str>) {
    let shown: Vec<&str> = report
        .initiatives
        .iter()
        .filter(|row| !row.tbd_years.is_empty())
        .map(|row| row.id.as_str())
        .collect();
    let unscheduled: std::collections::HashSet<&str> =
        report.unscheduled.iter().map(String::as_str).collect();
    let listed: std::collections::HashSet<&str> = shown.iter().copied().collect();
    let outside = report
        .uncosted
        .iter()
        .map(String::as_str)
        .filter(|id| !listed.contains(id) && !unscheduled.contains(id))
        .collect();
    (shown, outside)
}

/// The contract's JSON shape for `itplan budget --format json`.
#[derive(Serialize)]
pub struct BudgetJson<'a> {
    plan: &'a str,
    currency: &'a str,
    years: &'a [i32],
    initiatives: Vec<InitiativeJson<'a>>,
    totals: TotalsJson<'a>,
    #[serde(flatten)]
    funding: Option<FundingJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    levy: Option<MoneyMap<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tax_impact_percent: Option<YearMap<'a, Decimal>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    levy_change_percent: Option<YearMap<'a, Option<Decimal>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    per_household: Option<MoneyMap<'a>>,
    unscheduled: &'a [String],
    uncosted: &'a [String],
}

#[derive(Serialize)]
struct InitiativeJson<'a> {
    id: &'a str,
    name: &'a str,
    cash_flow: MoneyMap<'a>,
    total: Option<Money>,
    /// Shown years where a "tbd" amount is left out of `cash_flow`.
    tbd_years: &'a [Year],
}

#[derive(Serialize)]
struct TotalsJson<'a> {
    one_time: MoneyMap<'a>,
    new_recurring: MoneyMap<'a>,
    cash_flow: MoneyMap<'a>,
    one_time_total: String,
    new_recurring_total: String,
    cash_flow_total: String,
    #[serde(flatten)]
    funding: Option<FundingTotalsJson<'a>>,
}

pub fn budget_json(report: &BudgetReport) -> BudgetJson<'_> {
    budget_json_of(report, &report.initiatives)
}

/// The budget's JSON with `initiatives` from the rows given.
fn budget_json_of<'a>(
    report: &'a BudgetReport,
    initiatives: &'a [InitiativeRow],
) -> BudgetJson<'a> {
    let years = &report.years[..];
    let totals = &report.totals;
    let percent4: fn(&Decimal) -> Option<String> = |v| Some(number::fixed(*v, 4));
    let (funding, funding_totals) = funding_json(report).unzip();
    BudgetJson {
        plan: &report.plan,
        currency: &report.currency,
        years,
        initiatives: initiatives
            .iter()
            .map(|row| InitiativeJson {
                id: &row.id,
                name: &row.name,
                cash_flow: money_map(
                    if row.cash_flow.is_empty() { &[] } else { years },
                    &row.cash_flow,
                ),
                total: row.total.map(Money),
                tbd_years: &row.tbd_years,
            })
            .collect(),
        totals: TotalsJson {
            one_time: money_map(years, &totals.one_time),
            new_recurring: money_map(years, &totals.new_recurring),
            cash_flow: money_map(years, &totals.cash_flow),
            one_time_total: money(totals.one_time_total),
            new_recurring_total: money(totals.new_recurring_total),
            cash_flow_total: money(totals.cash_flow_total),
            funding: funding_totals,
        },
        funding,
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
