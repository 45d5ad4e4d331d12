//! Where an initiative's effort fits under the capacity left: its effort
//! per year, and the smallest shift at which no shifted year overflows.

use rust_decimal::Decimal;

use super::effort::{QUARTERS, Window, spread_per_quarter};
use crate::plan::{Effort, Initiative, Year};

/// The initiative's non-zero effort per year, in hours per quarter, computed
/// as the capacity report computes it. None on overflow.
pub(super) fn profile(initiative: &Initiative) -> Option<Vec<(Year, Decimal)>> {
    let (Some(start), Some(end)) = (initiative.start_year, initiative.end_year) else {
        return Some(Vec::new());
    };
    match &initiative.effort_hours {
        Effort::Total(total) if total.is_zero() => Some(Vec::new()),
        Effort::Total(total) => {
            let per_quarter = spread_per_quarter(*total, start, end)?;
            Some((start..=end).map(|y| (y, per_quarter)).collect())
        }
        Effort::ByYear(table) => table
            .iter()
            .filter(|(_, hours)| !hours.is_zero())
            .map(|(year, hours)| Some((*year, hours.checked_div(QUARTERS)?)))
            .collect(),
    }
}

/// The smallest shift ≥ `from` at which every shifted effort year inside
/// the window fits under `available`, and the years that blocked the shifts
/// rejected on the way.
pub(super) fn fit(
    profile: &[(Year, Decimal)],
    from: i32,
    load: &[Decimal],
    available: &[Decimal],
    window: Window,
) -> (i32, Vec<Year>) {
    // Even and consecutive: one blocked year blocks every shift covering it.
    let even = profile
        .windows(2)
        .all(|w| w[0].1 == w[1].1 && w[0].0.checked_add(1) == Some(w[1].0));
    let first_year = profile.iter().map(|(y, _)| *y).min().unwrap_or_default();
    let mut blocked = Vec::new();
    let mut s = from;
    while let Some(year) = blocking_year(profile, s, load, available, window) {
        blocked.push(year);
        // An even spread stays blocked while any of its years covers `year`.
        let past = if even { year - first_year + 1 } else { s + 1 };
        s = past.max(s + 1);
    }
    (s, blocked)
}

/// The first shifted effort year that would exceed the capacity.
fn blocking_year(
    profile: &[(Year, Decimal)],
    s: i32,
    load: &[Decimal],
    available: &[Decimal],
    window: Window,
) -> Option<Year> {
    profile.iter().find_map(|(year, hours)| {
        let shifted = year.checked_add(s)?;
        let j = window.index(shifted)?;
        // An overflowing sum cannot fit.
        let fits = load[j]
            .checked_add(*hours)
            .is_some_and(|total| total <= available[j]);
        (!fits).then_some(shifted)
    })
}
