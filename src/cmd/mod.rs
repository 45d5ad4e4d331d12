//! One module per subcommand: load, compute, render.

pub mod budget;
pub mod capacity;
pub mod check;
pub mod diff;
pub mod report;

use std::io::Write;

use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::plan::{Loaded, load};
use crate::source::SourceFile;

/// What a command found, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Exit 0.
    Success,
    /// Exit 1: the command found a problem it was asked to look for.
    ProblemFound,
}

/// Settings every command shares.
pub struct Context {
    pub stderr_color: bool,
}

/// Loads and validates a plan, printing its warnings to standard error.
pub fn load_plan(path: &str, context: &Context) -> Result<Loaded, Error> {
    let loaded = load(SourceFile::read(path)?)?;
    print_warnings(&loaded.file, &loaded.warnings, context);
    Ok(loaded)
}

pub fn print_warnings(file: &SourceFile, warnings: &[Diagnostic], context: &Context) {
    let mut stderr = std::io::stderr().lock();
    for warning in warnings {
        // A closed stderr must not turn a good run into a failure.
        let _ = writeln!(stderr, "{}\n", warning.render(file, context.stderr_color));
    }
}

/// A problem found after loading, reported against the plan's file.
pub fn invalid(loaded: &Loaded, diagnostic: Diagnostic) -> Error {
    Error::invalid(&loaded.file, vec![diagnostic])
}
