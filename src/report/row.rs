//! One row of the budget: an initiative's cash flow over the shown years
//! (or, grouped by funding, one source's share of it).

use rust_decimal::Decimal;

use crate::plan::{Amount, Year};

/// One budget row, shown under its group when the budget is grouped.
#[derive(Debug, Clone)]
pub struct InitiativeRow {
    pub id: String,
    pub name: String,
    pub start: String,
    pub group: Option<String>,
    pub one_time: Amount,
    pub recurring: Amount,
    /// One value per shown year; empty when unscheduled.
    pub cash_flow: Vec<Decimal>,
    /// Shown years where a "tbd" amount falls.
    pub tbd_years: Vec<Year>,
    /// None when unscheduled.
    pub total: Option<Decimal>,
}
