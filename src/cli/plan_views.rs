//! The flags of the commands that show the plan as it stands: `priorities`,
//! `roadmap` and the council `report`.

use clap::Args;

use super::common::{ChangeArgs, OutputArgs, choice};
use crate::cmd::{priorities, report, roadmap};
use crate::output::Settings;
use crate::report::group::GroupBy;

#[derive(Debug, Args)]
pub struct PrioritiesArgs {
    /// The plan file (TOML), or - for standard input
    pub plan: String,

    #[command(flatten)]
    pub output: OutputArgs,
}

impl PrioritiesArgs {
    pub fn options(&self, output: Settings) -> priorities::Options {
        priorities::Options {
            plan: self.plan.clone(),
            output,
        }
    }
}

#[derive(Debug, Args)]
pub struct RoadmapArgs {
    /// The plan file (TOML), or - for standard input
    pub plan: String,

    /// Group initiatives (theme, as a master plan's roadmap by theme)
    #[arg(long, value_name = "FIELD", value_parser = choice(&GroupBy::ALL, GroupBy::label, |_| None))]
    pub by: Option<GroupBy>,

    #[command(flatten)]
    pub changes: ChangeArgs,

    #[command(flatten)]
    pub output: OutputArgs,
}

impl RoadmapArgs {
    pub fn options(&self, output: Settings) -> roadmap::Options {
        roadmap::Options {
            plan: self.plan.clone(),
            by: self.by,
            changes: self.changes.flags(),
            output,
        }
    }
}

#[derive(Debug, Args)]
#[command(
    after_help = "The report is an HTML page unless --format or the -o file's extension (.csv, .json, .md) asks for its tables alone. Without -o the page goes to standard output when that is a pipe or a file; on a terminal, give -o FILE.html."
)]
pub struct ReportArgs {
    /// The plan file (TOML), or - for standard input
    pub plan: String,

    #[command(flatten)]
    pub output: OutputArgs,
}

impl ReportArgs {
    pub fn options(&self, output: Settings) -> report::Options {
        report::Options {
            plan: self.plan.clone(),
            output,
        }
    }
}
