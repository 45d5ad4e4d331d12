//! The priority order of a plan's initiatives (contract: "Priority order")
//! and the `priorities` report built on it.

use std::cmp::{Ordering, Reverse};

use rust_decimal::Decimal;

use crate::plan::{Amount, Effort, Initiative, PartSum, Plan, Start, Year};

/// Indices into `initiatives`, first priority first: ranked initiatives by
/// rank; then those with both urgency and importance by score, higher
/// importance, higher urgency; then the rest. Ties keep plan order.
pub fn priority_order(initiatives: &[Initiative]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..initiatives.len()).collect();
    // A stable sort: equal keys keep the plan's order.
    order.sort_by(|&a, &b| compare(&initiatives[a], &initiatives[b]));
    order
}

fn compare(a: &Initiative, b: &Initiative) -> Ordering {
    sort_key(a).cmp(&sort_key(b))
}

/// (group, then the ordering inside the group); smaller sorts first.
fn sort_key(initiative: &Initiative) -> (u8, u32, Reverse<u8>, Reverse<u8>, Reverse<u8>) {
    if let Some(rank) = initiative.rank {
        return (0, rank, Reverse(0), Reverse(0), Reverse(0));
    }
    match (initiative.urgency, initiative.importance) {
        (Some(urgency), Some(importance)) => (
            1,
            0,
            Reverse(urgency.saturating_mul(importance)),
            Reverse(importance),
            Reverse(urgency),
        ),
        _ => (2, 0, Reverse(0), Reverse(0), Reverse(0)),
    }
}

/// urgency × importance when both are set.
pub fn score(initiative: &Initiative) -> Option<u8> {
    Some(initiative.urgency?.saturating_mul(initiative.importance?))
}

/// The quadrant of the two-factor (Importance × Urgency) figure. A score of
/// 3 ("Urgent", "Important") or more is the high half of each scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quadrant {
    ImportantUrgent,
    ImportantNotUrgent,
    UrgentNotImportant,
    Neither,
}

impl Quadrant {
    pub fn of(initiative: &Initiative) -> Option<Quadrant> {
        let high = |score: u8| score >= 3;
        Some(
            match (high(initiative.importance?), high(initiative.urgency?)) {
                (true, true) => Quadrant::ImportantUrgent,
                (true, false) => Quadrant::ImportantNotUrgent,
                (false, true) => Quadrant::UrgentNotImportant,
                (false, false) => Quadrant::Neither,
            },
        )
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Quadrant::ImportantUrgent => "important, urgent",
            Quadrant::ImportantNotUrgent => "important, not urgent",
            Quadrant::UrgentNotImportant => "urgent, not important",
            Quadrant::Neither => "neither",
        }
    }
}

/// Work levelling never moves: not discretionary, started "ongoing", or
/// adding staff (a staffing decision, not something to move).
pub fn is_fixed(initiative: &Initiative) -> bool {
    !initiative.discretionary
        || initiative.start == Start::Ongoing
        || !initiative.adds_fte.is_zero()
}

/// One line of `itplan priorities`.
#[derive(Debug, Clone, PartialEq)]
pub struct PriorityRow {
    pub position: usize,
    pub id: String,
    pub name: String,
    pub rank: Option<u32>,
    pub urgency: Option<u8>,
    pub importance: Option<u8>,
    pub score: Option<u8>,
    pub quadrant: Option<Quadrant>,
    pub discretionary: bool,
    /// Levelling keeps it where it is (see `is_fixed`).
    pub fixed: bool,
    /// "ongoing" resolved to first_year; None when unscheduled.
    pub start: Option<Year>,
    pub ongoing: bool,
    /// The one-time cost, all phases together: what is known of it, and
    /// whether a phase is "tbd".
    pub one_time: PartSum,
    pub recurring: Amount,
    /// Total effort hours over the work.
    pub effort_hours: Decimal,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PrioritiesReport {
    pub plan: String,
    pub organization: Option<String>,
    pub currency: String,
    pub rows: Vec<PriorityRow>,
}

/// Every initiative, in priority order. None on an overflowing sum.
pub fn priorities(plan: &Plan) -> Option<PrioritiesReport> {
    let rows = priority_order(&plan.initiatives)
        .into_iter()
        .enumerate()
        .map(|(n, i)| row(n + 1, &plan.initiatives[i]))
        .collect::<Option<_>>()?;
    Some(PrioritiesReport {
        plan: plan.name.clone(),
        organization: plan.organization.clone(),
        currency: plan.currency.clone(),
        rows,
    })
}

fn row(position: usize, initiative: &Initiative) -> Option<PriorityRow> {
    Some(PriorityRow {
        position,
        id: initiative.id.clone(),
        name: initiative.name.clone(),
        rank: initiative.rank,
        urgency: initiative.urgency,
        importance: initiative.importance,
        score: score(initiative),
        quadrant: Quadrant::of(initiative),
        discretionary: initiative.discretionary,
        fixed: is_fixed(initiative),
        start: initiative.start_year,
        ongoing: initiative.start == Start::Ongoing,
        one_time: initiative.one_time_input()?,
        recurring: initiative.recurring,
        effort_hours: effort_total(&initiative.effort_hours)?,
    })
}

pub fn effort_total(effort: &Effort) -> Option<Decimal> {
    match effort {
        Effort::Total(total) => Some(*total),
        Effort::ByYear(table) => table
            .iter()
            .try_fold(Decimal::ZERO, |sum, (_, hours)| sum.checked_add(*hours)),
    }
}

#[cfg(test)]
#[path = "priority_tests.rs"]
mod tests;
