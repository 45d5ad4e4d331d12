//! Reports: pure functions from a validated plan to the figures shown.

pub mod budget;
pub mod cash_flow;
pub mod changes;
pub mod check;
pub mod diff;
pub mod group;
pub mod levy;
pub mod lint;
pub mod money;
pub mod surplus;
pub mod threshold;
