//! `itplan diff`'s flags.

use clap::Args;

use super::common::OutputArgs;
use crate::cmd::diff::Options;
use crate::output::Settings;

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The old plan: a file, -, or REV:path read from git
    pub old: String,

    /// The new plan: a file, -, or REV:path read from git
    pub new: String,

    /// Exit 1 when the cash flow over the shared years grows by more than AMOUNT or PERCENT (e.g. 250000 or 5%)
    #[arg(long, value_name = "AMOUNT|PERCENT")]
    pub max_increase: Option<String>,

    /// Warn (exit 0) when the cash flow over the shared years grows by more than AMOUNT or PERCENT
    #[arg(long, value_name = "AMOUNT|PERCENT")]
    pub warn_increase: Option<String>,

    /// Exit 1 when any year's tax impact grows by more than POINTS percentage points of levy (e.g. 0.15); needs --levy
    #[arg(long, value_name = "POINTS", requires = "levy")]
    pub max_tax_increase: Option<String>,

    /// Exit 1 when the plans differ at all (like git diff --exit-code)
    #[arg(long)]
    pub exit_code: bool,

    /// Include the change in tax-levy impact
    #[arg(long)]
    pub levy: bool,

    #[command(flatten)]
    pub output: OutputArgs,
}

impl DiffArgs {
    pub fn options(&self, output: Settings) -> Options {
        Options {
            old: self.old.clone(),
            new: self.new.clone(),
            max_increase: self.max_increase.clone(),
            warn_increase: self.warn_increase.clone(),
            max_tax_increase: self.max_tax_increase.clone(),
            exit_code: self.exit_code,
            levy: self.levy,
            output,
        }
    }
}
