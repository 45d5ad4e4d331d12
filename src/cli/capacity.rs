//! `itplan capacity`'s flags.

use clap::Args;

use super::common::{ChangeArgs, OutputArgs, choice};
use crate::cmd::capacity::Options;
use crate::cmd::capacity::what_if::HireFlags;
use crate::output::Settings;
use crate::report::period::Period;

#[derive(Debug, Args)]
pub struct CapacityArgs {
    /// The plan file (TOML), or - for standard input
    pub plan: String,

    /// Show hours per quarter (the master plan's view) or per year
    #[arg(long, value_name = "PERIOD", default_value = "quarter",
          value_parser = choice(&Period::ALL, Period::name, |p| Some(period_help(p))))]
    pub period: Period,

    /// List the demand per initiative and per demand entry, largest first
    #[arg(long)]
    pub detail: bool,

    /// What-if: add FTE staff from YEAR (default: the first capacity year); repeatable
    #[arg(long, value_name = "FTE[@YEAR]", allow_hyphen_values = true)]
    pub hire: Vec<String>,

    /// Operational share of hired staff, e.g. "20%" (default: 0%)
    #[arg(long, value_name = "PERCENT", requires = "hire")]
    pub operational: Option<String>,

    #[command(flatten)]
    pub changes: ChangeArgs,

    #[command(flatten)]
    pub output: OutputArgs,
}

impl CapacityArgs {
    pub fn options(&self, output: Settings) -> Options {
        Options {
            plan: self.plan.clone(),
            period: self.period,
            detail: self.detail,
            hiring: HireFlags {
                hire: self.hire.clone(),
                operational: self.operational.clone(),
            },
            changes: self.changes.flags(),
            output,
        }
    }
}

fn period_help(period: Period) -> &'static str {
    match period {
        Period::Quarter => "average hours per quarter, as in a master plan's capacity table",
        Period::Year => "hours per year (quarter × 4); FTE rows stay in FTE",
    }
}
