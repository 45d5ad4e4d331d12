//! The budget's rows of initiatives, in their groups with a heading and a
//! subtotal each when grouped.

use super::cells::{amount_cell, initiative_cells, label_cells};
use crate::plan::Amount;
use crate::render::{Cell, Grid, Style};
use crate::report::budget::{BudgetReport, InitiativeRow};

/// The rows of initiatives, in their groups when grouped.
pub(super) fn push_rows(grid: &mut Grid, report: &BudgetReport) {
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
