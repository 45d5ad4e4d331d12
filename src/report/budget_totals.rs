//! The budget's totals over the shown years, and where they leave a "tbd"
//! amount out: how many initiatives each total excludes, and in which years.

use rust_decimal::Decimal;

use super::cash_flow::CashFlow;
use super::row::InitiativeRow;
use crate::diagnostic::Diagnostic;
use crate::plan::{Plan, Year};

/// Per shown year, true where a total leaves out a "tbd" amount.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnknownYears {
    pub one_time: Vec<bool>,
    pub new_recurring: Vec<bool>,
    pub cash_flow: Vec<bool>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Totals {
    pub one_time: Vec<Decimal>,
    pub new_recurring: Vec<Decimal>,
    pub cash_flow: Vec<Decimal>,
    pub one_time_total: Decimal,
    pub new_recurring_total: Decimal,
    pub cash_flow_total: Decimal,
}

/// How many uncosted initiatives each total leaves out (a "tbd" in the shown years).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Excluded {
    pub one_time: usize,
    pub new_recurring: usize,
    pub cash_flow: usize,
}

pub(super) fn totals(
    flow: &CashFlow,
    window: std::ops::Range<usize>,
) -> Result<Totals, Diagnostic> {
    let sum = |values: &[Decimal]| {
        values
            .iter()
            .try_fold(Decimal::ZERO, |a, b| a.checked_add(*b))
            .ok_or_else(|| Diagnostic::error(None, "arithmetic overflow adding up the horizon"))
    };
    let one_time = flow.one_time[window.clone()].to_vec();
    let new_recurring = flow.new_recurring[window.clone()].to_vec();
    let cash_flow = flow.total[window].to_vec();
    Ok(Totals {
        one_time_total: sum(&one_time)?,
        new_recurring_total: sum(&new_recurring)?,
        cash_flow_total: sum(&cash_flow)?,
        one_time,
        new_recurring,
        cash_flow,
    })
}

pub(super) fn excluded(
    plan: &Plan,
    rows: &[InitiativeRow],
    flow: &CashFlow,
    years: &[Year],
) -> Excluded {
    let mut excluded = Excluded::default();
    let shown =
        |year: Option<Year>| year.is_some_and(|y| years.contains(&y) && flow.index(y).is_some());
    for (initiative, row) in plan.initiatives.iter().zip(rows) {
        if row.tbd_years.is_empty() {
            continue;
        }
        excluded.cash_flow += 1;
        if initiative
            .one_time_amounts()
            .any(|(year, amount)| amount.is_tbd() && shown(year))
        {
            excluded.one_time += 1;
        }
        if initiative.recurring.is_tbd() && shown(initiative.recurring_from()) {
            excluded.new_recurring += 1;
        }
    }
    excluded
}

/// Where each total leaves a "tbd" amount out, year by year.
pub(super) fn unknown_years(plan: &Plan, rows: &[InitiativeRow], years: &[Year]) -> UnknownYears {
    let mut unknown = UnknownYears {
        one_time: vec![false; years.len()],
        new_recurring: vec![false; years.len()],
        cash_flow: vec![false; years.len()],
    };
    let first = years.first().copied().unwrap_or_default();
    let slot = |year: Option<Year>| {
        year.and_then(|y| usize::try_from(y - first).ok())
            .filter(|j| *j < years.len())
    };
    for (initiative, row) in plan.initiatives.iter().zip(rows) {
        if row.tbd_years.is_empty() {
            continue;
        }
        for year in &row.tbd_years {
            if let Some(j) = slot(Some(*year)) {
                unknown.cash_flow[j] = true;
            }
        }
        for (year, amount) in initiative.one_time_amounts() {
            if let (true, Some(j)) = (amount.is_tbd(), slot(year)) {
                unknown.one_time[j] = true;
            }
        }
        if let (true, Some(j)) = (
            initiative.recurring.is_tbd(),
            slot(initiative.recurring_from()),
        ) {
            unknown.new_recurring[j] = true;
        }
    }
    unknown
}
