//! One initiative's line of the budget, shared by the budget and its groups.

use rust_decimal::Decimal;

use crate::plan::{Amount, PartSum, Year};

#[derive(Debug, Clone)]
pub struct InitiativeRow {
    pub id: String,
    pub name: String,
    pub start: String,
    pub group: Option<String>,
    /// The one-time cost as written, all phases together: what is known
    /// of it, and whether a phase is "tbd".
    pub one_time: PartSum,
    pub recurring: Amount,
    /// One value per shown year; empty when unscheduled.
    pub cash_flow: Vec<Decimal>,
    /// Shown years where a "tbd" amount falls.
    pub tbd_years: Vec<Year>,
    /// None when unscheduled.
    pub total: Option<Decimal>,
}
