//! One initiative's line of the budget, shared by the budget and its groups.

use rust_decimal::Decimal;

use crate::plan::{Amount, Year};

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
