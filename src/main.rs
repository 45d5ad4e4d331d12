use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use itplan::cli::Cli;
use itplan::{Error, Outcome};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = cli.color;
    match itplan::run(cli) {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::ProblemFound) => ExitCode::from(1),
        // A reader that stops early (`| head`) is not a failure.
        Err(error) if error.is_broken_pipe() => ExitCode::SUCCESS,
        Err(error) => report(&error, color.enabled(std::io::stderr().is_terminal())),
    }
}

fn report(error: &Error, color: bool) -> ExitCode {
    let _ = std::io::stderr().write_all(error.render(color).as_bytes());
    ExitCode::from(2)
}
