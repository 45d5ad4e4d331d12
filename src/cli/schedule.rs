//! `itplan schedule`'s flags.

use std::path::PathBuf;

use clap::Args;

use super::common::{ChangeArgs, OutputArgs};
use crate::cmd::capacity::what_if::HireFlags;
use crate::cmd::schedule::Options;
use crate::output::Settings;

#[derive(Debug, Args)]
pub struct ScheduleArgs {
    /// The plan file (TOML), or - for standard input
    pub plan: String,

    /// What-if: add FTE staff from YEAR (default: the first capacity year); repeatable
    #[arg(long, value_name = "FTE[@YEAR]", allow_hyphen_values = true)]
    pub hire: Vec<String>,

    /// Operational share of hired staff, e.g. "20%" (default: 0%)
    #[arg(long, value_name = "PERCENT")]
    pub operational: Option<String>,

    /// Add the tax impact (% of levy) before and after levelling
    #[arg(long)]
    pub levy: bool,

    /// Write the levelled plan to FILE: the original with only the moved years changed
    #[arg(long, value_name = "FILE")]
    pub write_plan: Option<PathBuf>,

    #[command(flatten)]
    pub changes: ChangeArgs,

    #[command(flatten)]
    pub output: OutputArgs,
}

impl ScheduleArgs {
    pub fn options(&self, output: Settings) -> Options {
        Options {
            plan: self.plan.clone(),
            hiring: HireFlags {
                hire: self.hire.clone(),
                operational: self.operational.clone(),
            },
            levy: self.levy,
            write_plan: self.write_plan.clone(),
            changes: self.changes.flags(),
            output,
        }
    }
}
