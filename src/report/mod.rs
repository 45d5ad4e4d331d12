//! Reports: pure functions from a validated plan to the figures shown.

pub mod budget;
mod budget_totals;
pub mod capacity;
pub mod cash_flow;
pub mod changes;
pub mod check;
pub mod costs;
pub mod debt;
pub mod demand;
pub mod diff;
mod diff_figures;
pub mod effort;
pub mod funding;
pub mod funding_rows;
pub mod funding_shares;
pub mod group;
pub mod guardrail;
pub mod left_out;
pub mod level_deps;
mod level_fit;
#[cfg(test)]
mod level_fixtures;
pub mod level_shift;
pub mod levelling;
pub mod levy;
pub mod lint;
pub mod money;
pub mod period;
pub mod priority;
pub mod roadmap;
pub mod row;
pub mod schedule;
pub mod supply;

#[cfg(test)]
mod budget_tests;
#[cfg(test)]
mod debt_tests;
#[cfg(test)]
mod funding_proptests;
#[cfg(test)]
mod funding_tests;
#[cfg(test)]
mod proptests;
pub mod threshold;
pub mod what_if;
