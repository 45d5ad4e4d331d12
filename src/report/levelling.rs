//! Levelling (contract: "Levelling"): discretionary initiatives placed one
//! at a time, in priority order once their dependencies are placed, each at
//! the smallest shift that respects its dependencies and the capacity C(y).
//!
//! Cost: O(n log n + E) to order the n initiatives with E dependencies, and
//! per initiative O(W + L) shifts-times-years for an even spread (a blocked
//! year skips every shift that would still cover it) or O(W × L) for an
//! effort table, where W ≤ 100 is the capacity window and L the work years.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use rust_decimal::Decimal;

use super::effort::{QUARTERS, Window, add_effort};
use super::level_shift::shift;
use super::priority::{is_fixed, priority_order};
use crate::diagnostic::Diagnostic;
use crate::plan::{Effort, Initiative, Plan, Year};

/// Why an initiative moved: the constraint that bound.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Its effort did not fit in this year at the first shift tried.
    Capacity(Year),
    /// It may start no earlier than this dependency ends.
    After(String),
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reason::Capacity(year) => write!(f, "capacity in {year}"),
            Reason::After(id) => write!(f, "after {id}"),
        }
    }
}

/// An initiative levelling moved, in the order it was placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    /// Index into the plan's initiatives.
    pub index: usize,
    pub id: String,
    pub from: Year,
    pub to: Year,
    pub shift: i32,
    pub reason: Reason,
    /// Every year over capacity that a rejected shift ran into.
    pub blocked_years: Vec<Year>,
}

#[derive(Debug, Clone)]
pub struct Levelled {
    /// The plan with every move applied.
    pub plan: Plan,
    pub moves: Vec<Move>,
    /// Fixed work plus every placed initiative, per capacity year (row D after).
    pub load: Vec<Decimal>,
}

/// Levels `plan` against `available` (row C per year of `window`).
pub fn level(plan: &Plan, available: &[Decimal], window: Window) -> Result<Levelled, Diagnostic> {
    let initiatives = &plan.initiatives;
    let mut load = fixed_load(plan, window)?;
    let placeable: Vec<bool> = initiatives
        .iter()
        .map(|i| !i.is_unscheduled() && !is_fixed(i))
        .collect();
    let index: HashMap<&str, usize> = initiatives
        .iter()
        .enumerate()
        .map(|(i, initiative)| (initiative.id.as_str(), i))
        .collect();
    let mut shifts = vec![0i32; initiatives.len()];
    let mut moves = Vec::new();
    for i in placement_order(initiatives, &index, &placeable) {
        let initiative = &initiatives[i];
        let (min_shift, binding) = dependency_shift(initiatives, &index, &shifts, initiative);
        let profile = profile(initiative).ok_or_else(|| overflow(initiative))?;
        let (s, blocked) = fit(&profile, min_shift, &load, available, window);
        for (year, hours) in &profile {
            if let Some(j) = year.checked_add(s).and_then(|y| window.index(y)) {
                load[j] = load[j]
                    .checked_add(*hours)
                    .ok_or_else(|| overflow(initiative))?;
            }
        }
        shifts[i] = s;
        if s > 0 {
            let from = initiative.start_year.unwrap_or_default();
            let reason = match (blocked.first(), binding) {
                (Some(year), _) => Reason::Capacity(*year),
                (None, Some(id)) => Reason::After(id),
                (None, None) => Reason::Capacity(from),
            };
            moves.push(Move {
                index: i,
                id: initiative.id.clone(),
                from,
                to: from + s,
                shift: s,
                reason,
                blocked_years: blocked,
            });
        }
    }
    let mut levelled = plan.clone();
    for m in &moves {
        let initiative = &mut levelled.initiatives[m.index];
        shift(initiative, m.shift).ok_or_else(|| overflow(&plan.initiatives[m.index]))?;
    }
    Ok(Levelled {
        plan: levelled,
        moves,
        load,
    })
}

/// Demand entries and the effort of every fixed scheduled initiative.
fn fixed_load(plan: &Plan, window: Window) -> Result<Vec<Decimal>, Diagnostic> {
    let mut load = vec![Decimal::ZERO; window.len];
    if let Some(cap) = &plan.capacity {
        for demand in &cap.demand {
            for (year, hours) in &demand.hours_per_quarter {
                if let Some(j) = window.index(*year) {
                    load[j] = load[j].checked_add(*hours).ok_or_else(|| {
                        Diagnostic::error(
                            Some(cap.span.clone()),
                            "arithmetic overflow in the demand",
                        )
                    })?;
                }
            }
        }
    }
    for initiative in plan.initiatives.iter().filter(|i| is_fixed(i)) {
        add_effort(initiative, &window, &mut load).ok_or_else(|| overflow(initiative))?;
    }
    Ok(load)
}

/// The placeable initiatives in placement order: each time, the first in
/// priority order whose placeable dependencies are all placed.
fn placement_order(
    initiatives: &[Initiative],
    index: &HashMap<&str, usize>,
    placeable: &[bool],
) -> Vec<usize> {
    let position: Vec<usize> = {
        let mut position = vec![0; initiatives.len()];
        for (p, i) in priority_order(initiatives).into_iter().enumerate() {
            position[i] = p;
        }
        position
    };
    let mut waiting = vec![0usize; initiatives.len()];
    let mut dependents: Vec<Vec<usize>> = vec![Vec::new(); initiatives.len()];
    for (i, initiative) in initiatives
        .iter()
        .enumerate()
        .filter(|(i, _)| placeable[*i])
    {
        for dep in &initiative.depends_on {
            // Fixed work counts as placed; unscheduled work is ignored.
            if let Some(&d) = index
                .get(dep.id.as_str())
                .filter(|&&d| placeable[d] && d != i)
            {
                waiting[i] += 1;
                dependents[d].push(i);
            }
        }
    }
    let mut ready: BinaryHeap<Reverse<(usize, usize)>> = (0..initiatives.len())
        .filter(|&i| placeable[i] && waiting[i] == 0)
        .map(|i| Reverse((position[i], i)))
        .collect();
    let mut order = Vec::with_capacity(initiatives.len());
    let mut done = vec![false; initiatives.len()];
    while let Some(Reverse((_, i))) = ready.pop() {
        order.push(i);
        done[i] = true;
        for &next in &dependents[i] {
            waiting[next] -= 1;
            if waiting[next] == 0 {
                ready.push(Reverse((position[next], next)));
            }
        }
    }
    // A cycle is rejected when the plan is read; should one reach here,
    // its members are placed last, in priority order, rather than lost.
    let mut rest: Vec<usize> = (0..initiatives.len())
        .filter(|&i| placeable[i] && !done[i])
        .collect();
    rest.sort_by_key(|&i| position[i]);
    order.extend(rest);
    order
}

/// The smallest shift the dependencies allow, and the dependency that sets it.
fn dependency_shift(
    initiatives: &[Initiative],
    index: &HashMap<&str, usize>,
    shifts: &[i32],
    initiative: &Initiative,
) -> (i32, Option<String>) {
    let Some(start) = initiative.start_year else {
        return (0, None);
    };
    let mut best = (0, None);
    for dep in &initiative.depends_on {
        let Some(&d) = index.get(dep.id.as_str()) else {
            continue;
        };
        let Some(end) = initiatives[d].end_year else {
            continue;
        };
        let needed = end.saturating_add(shifts[d]).saturating_sub(start);
        if needed > best.0 {
            best = (needed, Some(dep.id.clone()));
        }
    }
    best
}

/// The initiative's non-zero effort per year, in hours per quarter, computed
/// as the capacity report computes it. None on overflow.
fn profile(initiative: &Initiative) -> Option<Vec<(Year, Decimal)>> {
    let (Some(start), Some(end)) = (initiative.start_year, initiative.end_year) else {
        return Some(Vec::new());
    };
    match &initiative.effort_hours {
        Effort::Total(total) if total.is_zero() => Some(Vec::new()),
        Effort::Total(total) => {
            let years = Decimal::from(i64::from(end) - i64::from(start) + 1);
            let per_quarter = total.checked_div(years.checked_mul(QUARTERS)?)?;
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
fn fit(
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

fn overflow(initiative: &Initiative) -> Diagnostic {
    Diagnostic::error(
        Some(initiative.span.clone()),
        format!("arithmetic overflow levelling `{}`", initiative.id),
    )
    .label("hours grow past the largest number itplan can hold")
    .help("check `effort_hours` and the capacity figures")
}

#[cfg(test)]
#[path = "levelling_tests.rs"]
mod tests;
