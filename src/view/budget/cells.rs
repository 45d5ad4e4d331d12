//! The budget grid's cells: an initiative's row, money marked when a
//! "tbd" amount is left out of it, and a label row.

use rust_decimal::Decimal;

use crate::plan::{Amount, Year};
use crate::render::Cell;
use crate::report::budget::InitiativeRow;

/// Money, marked "+ tbd" when a "tbd" amount is left out of it.
pub(super) fn amount_cell(value: Decimal, unknown: bool) -> Cell {
    if unknown {
        Cell::Partial(value)
    } else {
        Cell::Money(value)
    }
}

/// "2025–2029", or "2027" for one year.
pub(super) fn span(years: &[Year]) -> String {
    match (years.first(), years.last()) {
        (Some(first), Some(last)) if first != last => format!("{first}–{last}"),
        (Some(year), _) => year.to_string(),
        _ => String::new(),
    }
}

pub(super) fn label_cells(label: &str, years: usize) -> Vec<Cell> {
    let mut cells = vec![Cell::Empty, Cell::text(label)];
    cells.extend(std::iter::repeat_n(Cell::Empty, years + 4));
    cells
}

/// An initiative's cells, written over `cells` in place (their Strings
/// reused), so a row pulled again and again allocates nothing.
pub(super) fn fill_initiative(row: &InitiativeRow, years: &[Year], cells: &mut Vec<Cell>) {
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
