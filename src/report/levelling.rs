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

use super::effort::{Window, add_demand, add_effort};
use super::level_fit::{fit, profile};
use super::level_shift::shift;
use super::priority::{is_fixed, priority_order};
use crate::diagnostic::Diagnostic;
use crate::plan::{Initiative, Plan, Year};

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
            add_demand(demand, &window, &mut load).ok_or_else(|| {
                Diagnostic::error(Some(cap.span.clone()), "arithmetic overflow in the demand")
            })?;
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
