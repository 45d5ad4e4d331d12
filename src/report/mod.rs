//! Reports: pure functions from a validated plan to the figures shown.

pub mod budget;
pub mod capacity;
pub mod cash_flow;
pub mod changes;
pub mod check;
pub mod costs;
pub mod demand;
pub mod diff;
pub mod effort;
pub mod group;
pub mod guardrail;
pub mod levy;
pub mod lint;
pub mod money;
pub mod period;
pub mod supply;

#[cfg(test)]
mod budget_tests;
#[cfg(test)]
mod proptests;
pub mod threshold;
