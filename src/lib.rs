//! itplan: a calculator for municipal IT master plans.
//!
//! Plans go raw TOML → validated [`plan::Plan`] → computed reports
//! ([`report`]) → rendered output ([`render`]).

pub mod cli;
pub mod cmd;
pub mod diagnostic;
pub mod error;
pub mod git;
pub mod output;
pub mod plan;
pub mod render;
pub mod report;
pub mod source;
pub mod view;

use std::io::IsTerminal;

pub use cmd::Outcome;
pub use error::Error;

/// Runs one command line; the caller maps the result to an exit code.
pub fn run(cli: cli::Cli) -> Result<Outcome, Error> {
    let context = cmd::Context {
        stderr_color: cli.color.enabled(std::io::stderr().is_terminal()),
    };
    match &cli.command {
        cli::Command::Budget(args) => cmd::budget::run(args, cli.color, &context),
        cli::Command::Capacity(args) => cmd::capacity::run(args, cli.color, &context),
        cli::Command::Check(args) => cmd::check::run(args, cli.color, &context),
        cli::Command::Diff(args) => cmd::diff::run(args, cli.color, &context),
        cli::Command::Report(args) => cmd::report::run(args, cli.color, &context),
    }
}
