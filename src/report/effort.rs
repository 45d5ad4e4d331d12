//! Where an initiative's added staff and its effort fall in the capacity
//! years. Years are offsets into per-year Vecs, so every lookup is O(1).

use std::ops::Range;

use rust_decimal::Decimal;

use crate::plan::{Demand, Effort, Initiative, Year};

/// Quarters in a year: demand D is per quarter, effort_hours per year.
pub const QUARTERS: Decimal = Decimal::from_parts(4, 0, 0, false, 0);

/// The capacity years first..=last, as offsets 0..len.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub first: Year,
    pub len: usize,
}

impl Window {
    /// The years first..=last; empty when last < first.
    pub fn new(first: Year, last: Year) -> Self {
        let len = i64::from(last) - i64::from(first) + 1;
        Window {
            first,
            len: usize::try_from(len).unwrap_or(0),
        }
    }

    pub fn years(&self) -> Vec<Year> {
        (0..self.len)
            .filter_map(|j| i32::try_from(j).ok())
            .map(|j| self.first + j)
            .collect()
    }

    pub fn index(&self, year: Year) -> Option<usize> {
        let offset = usize::try_from(i64::from(year) - i64::from(self.first)).ok()?;
        (offset < self.len).then_some(offset)
    }

    /// Offsets of the years from..=to (to None: open-ended) inside the window.
    pub fn offsets(&self, from: Year, to: Option<Year>) -> Range<usize> {
        let first = i64::from(self.first);
        let start = (i64::from(from) - first).max(0);
        let end = to.map_or(i64::MAX, |to| i64::from(to) - first + 1);
        let clamp = |n: i64| usize::try_from(n).unwrap_or(0).min(self.len);
        clamp(start)..clamp(end).max(clamp(start))
    }
}

/// The years an initiative's added staff work: from its start while its
/// recurring cost runs, i.e. through `recurring_end`, or open-ended.
pub fn staffed(initiative: &Initiative, window: &Window) -> Range<usize> {
    match initiative.start_year {
        Some(start) => window.offsets(start, initiative.recurring_end),
        None => 0..0,
    }
}

/// Adds the initiative's effort, in hours per quarter, into `row` (one cell
/// per window year). None on overflow.
pub fn add_effort(initiative: &Initiative, window: &Window, row: &mut [Decimal]) -> Option<()> {
    let (Some(start), Some(end)) = (initiative.start_year, initiative.end_year) else {
        // Unscheduled work touches no year.
        return Some(());
    };
    match &initiative.effort_hours {
        Effort::Total(total) if total.is_zero() => {}
        Effort::Total(total) => {
            let per_quarter = spread_per_quarter(*total, start, end)?;
            for cell in &mut row[window.offsets(start, Some(end))] {
                *cell = cell.checked_add(per_quarter)?;
            }
        }
        Effort::ByYear(table) => {
            for (year, hours) in table {
                if let Some(j) = window.index(*year) {
                    row[j] = row[j].checked_add(hours.checked_div(QUARTERS)?)?;
                }
            }
        }
    }
    Some(())
}

/// An effort total spread evenly over start..=end, then per quarter: the
/// hours per quarter of each of those years. None on overflow.
pub fn spread_per_quarter(total: Decimal, start: Year, end: Year) -> Option<Decimal> {
    let years = Decimal::from(i64::from(end) - i64::from(start) + 1);
    total.checked_div(years.checked_mul(QUARTERS)?)
}

/// Adds a `[[capacity.demand]]` entry's hours per quarter into `row` (one
/// cell per window year). None on overflow.
pub fn add_demand(demand: &Demand, window: &Window, row: &mut [Decimal]) -> Option<()> {
    for (year, hours) in &demand.hours_per_quarter {
        if let Some(j) = window.index(*year) {
            row[j] = row[j].checked_add(*hours)?;
        }
    }
    Some(())
}

/// True when the initiative would touch capacity if it were scheduled.
pub fn touches_capacity(initiative: &Initiative) -> bool {
    let effort = match &initiative.effort_hours {
        Effort::Total(total) => !total.is_zero(),
        Effort::ByYear(table) => table.iter().any(|(_, hours)| !hours.is_zero()),
    };
    effort || !initiative.adds_fte.is_zero()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_clamp_to_the_window() {
        let window = Window::new(2024, 2026);
        assert_eq!(window.years(), vec![2024, 2025, 2026]);
        assert_eq!(window.offsets(2020, None), 0..3);
        assert_eq!(window.offsets(2025, Some(2025)), 1..2);
        assert_eq!(window.offsets(2025, Some(2030)), 1..3);
        assert_eq!(window.offsets(2027, None), 3..3);
        assert_eq!(window.offsets(2020, Some(2023)), 0..0);
        assert_eq!(window.index(2023), None);
        assert_eq!(window.index(2026), Some(2));
        assert_eq!(window.index(2027), None);
    }
}
