//! Reports: pure functions from a validated plan to the figures shown.

pub mod budget;
pub mod capacity;
pub mod cash_flow;
pub mod demand;
pub mod effort;
pub mod group;
pub mod levy;
pub mod money;
pub mod supply;

#[cfg(test)]
mod budget_tests;
#[cfg(test)]
mod proptests;
