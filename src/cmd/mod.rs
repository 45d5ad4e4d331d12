//! One module per subcommand: load, compute, hand a view to the output seam.

pub mod budget;
pub mod capacity;
pub mod check;
pub mod diff;
mod needs;
pub mod priorities;
pub mod report;
pub mod roadmap;
pub mod scenario;
pub mod schedule;
pub mod schema;

use crate::diagnostic::{Diagnostic, SHOWN_PER_KIND, summarize};
use crate::error::Error;
use crate::git::read_source;
use crate::output::{ColorChoice, Io};
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

/// What every command shares: the run's streams and the colour choice.
pub struct Context<'a, 'io> {
    pub io: &'a mut Io<'io>,
    pub color: ColorChoice,
    /// `-q`: no warnings on standard error.
    pub quiet: bool,
}

impl Context<'_, '_> {
    /// Loads and validates a plan, printing its warnings to standard error.
    pub fn load_plan(&mut self, path: &str) -> Result<Loaded, Error> {
        let loaded = load(self.read(path)?)?;
        self.print_warnings(&loaded.file, &loaded.warnings);
        Ok(loaded)
    }

    /// A plan's text: a file, `-` for this run's standard input, or (when
    /// `git` is set and no such file exists) `REV:path` from git.
    pub fn read(&mut self, path: &str) -> Result<SourceFile, Error> {
        if path != "-" {
            return Ok(SourceFile::read(path)?);
        }
        let mut bytes = Vec::new();
        self.io
            .stdin
            .read_to_end(&mut bytes)
            .map_err(|source| Error::Read {
                path: "<stdin>".into(),
                source,
            })?;
        Ok(SourceFile::from_bytes("<stdin>", bytes)?)
    }

    /// Like [`Context::read`], and `REV:path` is read from git.
    pub fn read_revision(&mut self, arg: &str) -> Result<SourceFile, Error> {
        if arg == "-" {
            self.read(arg)
        } else {
            read_source(arg)
        }
    }

    /// Warnings go to standard error, rendered as cargo renders them: the
    /// first few of each kind and a count of the rest, so a report is never
    /// buried (`check` lists them all; `-q` prints none).
    pub fn print_warnings(&mut self, file: &SourceFile, warnings: &[Diagnostic]) {
        if warnings.is_empty() || self.quiet {
            return;
        }
        let color = self.io.stderr_color(self.color);
        let text = summarize(warnings, SHOWN_PER_KIND).render(file, color);
        // A closed stderr must not turn a good run into a failure.
        let _ = self.io.stderr.write_all(text.as_bytes());
    }
}

/// A problem found after loading, reported against the plan's file.
pub fn invalid(loaded: &Loaded, diagnostic: Diagnostic) -> Error {
    Error::invalid(&loaded.file, vec![diagnostic])
}
