//! `itplan budget`'s flags.

use clap::Args;

use super::common::{ChangeArgs, OutputArgs, choice};
use crate::cmd::budget::Options;
use crate::output::Settings;
use crate::report::group::GroupBy;

#[derive(Debug, Args)]
pub struct BudgetArgs {
    /// The plan file (TOML), or - for standard input
    pub plan: String,

    /// Add the levy, the tax impact (% of levy) and the cost per household
    #[arg(long)]
    pub levy: bool,

    /// Group initiatives, with subtotals
    #[arg(long, value_name = "FIELD", value_parser = choice(&GroupBy::ALL, GroupBy::label, |_| None))]
    pub by: Option<GroupBy>,

    /// First year to show (default: the plan's first_year)
    #[arg(long, value_name = "YEAR")]
    pub from: Option<i32>,

    /// Last year to show (default: the plan's last_year)
    #[arg(long, value_name = "YEAR")]
    pub to: Option<i32>,

    /// List the loans the plan's debt funding takes out: principal, yearly payment, first and last year
    #[arg(long, conflicts_with_all = ["levy", "by", "from", "to"])]
    pub debt_schedule: bool,

    #[command(flatten)]
    pub changes: ChangeArgs,

    #[command(flatten)]
    pub output: OutputArgs,
}

impl BudgetArgs {
    pub fn options(&self, output: Settings) -> Options {
        Options {
            plan: self.plan.clone(),
            levy: self.levy,
            by: self.by,
            from: self.from,
            to: self.to,
            debt_schedule: self.debt_schedule,
            changes: self.changes.flags(),
            output,
        }
    }
}
