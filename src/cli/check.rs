//! `itplan check`'s flags.

use clap::Args;

use super::common::OutputArgs;
use crate::cmd::check::Options;
use crate::output::Settings;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The plan file (TOML), or - for standard input
    pub plan: String,

    /// Exit 1 on any warning too
    #[arg(long)]
    pub strict: bool,

    #[command(flatten)]
    pub output: OutputArgs,
}

impl CheckArgs {
    pub fn options(&self, output: Settings) -> Options {
        Options {
            plan: self.plan.clone(),
            strict: self.strict,
            output,
        }
    }
}
