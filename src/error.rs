//! Errors as data: every failure itplan reports, with what it needs to be shown.

use std::io;

use crate::diagnostic::{Diagnostic, Severity};
use crate::source::{ReadError, SourceFile};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: io::Error },

    #[error("{} has {} problem{}", file.name, count_errors(diagnostics), plural(count_errors(diagnostics)))]
    InvalidPlan {
        file: Box<SourceFile>,
        diagnostics: Vec<Diagnostic>,
    },

    #[error("{message}")]
    Usage {
        message: String,
        help: Option<String>,
    },

    #[error("cannot write {path}: {source}")]
    Write { path: String, source: io::Error },

    /// A plan that loaded, but whose figures the output file cannot hold
    /// (e.g. more digits than a workbook keeps).
    #[error("could not write {path} as {what}")]
    Unwritable {
        path: String,
        what: &'static str,
        file: Box<SourceFile>,
        diagnostics: Vec<Diagnostic>,
    },

    #[error("{0}")]
    Git(String),
}

impl From<ReadError> for Error {
    fn from(error: ReadError) -> Self {
        match error {
            ReadError::Io { path, source } => Error::Read { path, source },
            ReadError::NotUtf8 { file, offset, byte } => {
                let diagnostic = Diagnostic::error(
                    Some(offset..offset + '\u{FFFD}'.len_utf8()),
                    format!("the plan is not UTF-8 text: byte 0x{byte:02X} cannot be read"),
                )
                .label("not UTF-8")
                .help(
                    "save the file as UTF-8 (in most editors: Save As, encoding UTF-8; \
                     in Excel: CSV UTF-8): TOML files are always UTF-8",
                );
                Error::invalid(&file, vec![diagnostic])
            }
        }
    }
}

impl Error {
    pub fn usage(message: impl Into<String>) -> Self {
        Error::Usage {
            message: message.into(),
            help: None,
        }
    }

    pub fn usage_with_help(message: impl Into<String>, help: impl Into<String>) -> Self {
        Error::Usage {
            message: message.into(),
            help: Some(help.into()),
        }
    }

    /// Problems with the plan the user gave, one or many.
    pub fn invalid(file: &SourceFile, mut diagnostics: Vec<Diagnostic>) -> Self {
        diagnostics.sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
        Error::InvalidPlan {
            file: Box::new(file.clone()),
            diagnostics,
        }
    }

    /// The plan's problems as the reason `path` cannot be written as
    /// `what` (e.g. "a workbook"); other errors stay as they are.
    pub fn unwritable(self, path: String, what: &'static str) -> Self {
        match self {
            Error::InvalidPlan { file, diagnostics } => Error::Unwritable {
                path,
                what,
                file,
                diagnostics,
            },
            other => other,
        }
    }

    /// True when the error is only a closed pipe on our output.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Write { source, .. } if source.kind() == io::ErrorKind::BrokenPipe)
    }

    /// The text for standard error, in cargo's style.
    pub fn render(&self, color: bool) -> String {
        match self {
            Error::InvalidPlan { file, diagnostics } => {
                let summary = format!(
                    "could not load {} due to {}",
                    file.name,
                    errors_phrase(diagnostics)
                );
                located(file, diagnostics, &summary, color)
            }
            Error::Unwritable {
                path,
                what,
                file,
                diagnostics,
            } => {
                let summary = format!(
                    "could not write {path}: {} cannot be written to {what} ({})",
                    file.name,
                    errors_phrase(diagnostics)
                );
                located(file, diagnostics, &summary, color)
            }
            Error::Usage {
                message,
                help: Some(help),
            } => format!("error: {message}\n  = help: {help}\n"),
            other => format!("error: {other}\n"),
        }
    }
}

/// Each diagnostic in cargo's style, then the one-line summary.
fn located(file: &SourceFile, diagnostics: &[Diagnostic], summary: &str, color: bool) -> String {
    let mut out = String::new();
    for diagnostic in diagnostics {
        out.push_str(&diagnostic.render(file, color));
        out.push_str("\n\n");
    }
    out.push_str(&format!("error: {summary}\n"));
    out
}

/// "1 error" or "N errors", counting only errors among the diagnostics.
fn errors_phrase(diagnostics: &[Diagnostic]) -> String {
    let errors = count_errors(diagnostics);
    format!("{errors} error{}", plural(errors))
}

fn count_errors(diagnostics: &[Diagnostic]) -> usize {
    diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count()
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
