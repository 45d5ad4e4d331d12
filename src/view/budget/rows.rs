//! The budget's rows of initiatives, in their groups with a heading and a
//! subtotal each when grouped. Rows are made one at a time, so a writer
//! that streams holds no grid of 100,000 rows, grouped or not.

use std::iter::once;

use super::cells::{amount_cell, fill_initiative, label_cells};
use crate::plan::Amount;
use crate::render::grid::{Row, RowSource};
use crate::render::{Cell, Grid, Style};
use crate::report::budget::{BudgetReport, InitiativeRow};
use crate::report::group::Group;

/// One row of the budget's body.
#[derive(Debug, Clone, Copy)]
enum Entry {
    /// The heading of group `g`.
    Heading(usize),
    /// Row `i` of the report's (grouped) rows.
    Initiative(usize),
    /// The subtotal of group `g`.
    Subtotal(usize),
}

/// The budget's body, made a row at a time.
pub(super) struct BudgetRows<'a> {
    report: &'a BudgetReport,
    entries: Vec<Entry>,
    /// Each group's subtotal, made once: it scans every member.
    subtotals: Vec<Vec<Cell>>,
}

impl<'a> BudgetRows<'a> {
    pub(super) fn new(report: &'a BudgetReport) -> Self {
        let entries = match &report.groups {
            None => (0..report.initiatives.len())
                .map(Entry::Initiative)
                .collect(),
            Some(groups) => groups
                .iter()
                .enumerate()
                .flat_map(|(g, group)| {
                    once(Entry::Heading(g))
                        .chain(group.rows.iter().map(|&i| Entry::Initiative(i)))
                        .chain(once(Entry::Subtotal(g)))
                })
                .collect(),
        };
        let subtotals = report
            .groups
            .iter()
            .flatten()
            .map(|group| subtotal_cells(report, group))
            .collect();
        BudgetRows {
            report,
            entries,
            subtotals,
        }
    }

    fn group(&self, g: usize) -> Option<&'a Group> {
        self.report.groups.as_ref()?.get(g)
    }
}

impl RowSource for BudgetRows<'_> {
    fn len(&self) -> usize {
        self.entries.len()
    }

    fn fill(&self, n: usize, row: &mut Row) {
        let report = self.report;
        let years = &report.years;
        match self.entries[n] {
            Entry::Initiative(i) => {
                row.kind = "initiative";
                row.style = Style::Normal;
                fill_initiative(&report.grouped_rows()[i], years, &mut row.cells);
            }
            Entry::Heading(g) => {
                row.kind = "group";
                row.style = Style::Heading;
                row.cells = label_cells(&name(self.group(g)), years.len());
            }
            Entry::Subtotal(g) => {
                row.kind = "subtotal";
                row.style = Style::Subtotal;
                row.cells.clone_from(&self.subtotals[g]);
            }
        }
    }
}

/// The rows of initiatives, in their groups when grouped, held in `grid`.
pub(super) fn push_rows(grid: &mut Grid, report: &BudgetReport) {
    let rows = BudgetRows::new(report);
    for n in 0..rows.len() {
        let mut row = Row {
            kind: "",
            style: Style::Normal,
            cells: Vec::new(),
        };
        rows.fill(n, &mut row);
        grid.push(row.kind, row.style, row.cells);
    }
}

fn name(group: Option<&Group>) -> String {
    group
        .and_then(|g| g.name.clone())
        .unwrap_or_else(|| "(none)".into())
}

/// A group's subtotal, marked "+ tbd" where a member's amount is unknown.
fn subtotal_cells(report: &BudgetReport, group: &Group) -> Vec<Cell> {
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
        Cell::text(format!("Subtotal {}", name(Some(group)))),
        Cell::Empty,
        amount_cell(group.one_time, unknown(|m| m.one_time.amount())),
        amount_cell(group.recurring, unknown(|m| m.recurring)),
    ];
    cells.extend(
        group
            .cash_flow
            .iter()
            .zip(&report.years)
            .map(|(v, y)| amount_cell(*v, members.iter().any(|m| m.tbd_years.contains(y)))),
    );
    let any = members.iter().any(|m| !m.tbd_years.is_empty());
    cells.push(amount_cell(group.total, any));
    cells
}
