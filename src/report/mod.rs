//! Reports: pure functions from a validated plan to the figures shown.

pub mod budget;
pub mod cash_flow;
pub mod group;
pub mod levy;
pub mod money;

#[cfg(test)]
mod budget_tests;
#[cfg(test)]
mod proptests;
