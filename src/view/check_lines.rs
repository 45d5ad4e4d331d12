//! Where a checked figure is written, and how precisely it is shown: the
//! table and the JSON of `itplan check` say it alike.

use crate::diagnostic::Diagnostic;
use crate::report::check::StatedRow;
use crate::source::SourceFile;

/// A computed percent shows two digits more than the stated one, and at
/// least the contract's four.
pub fn computed_dp(row: &StatedRow) -> u32 {
    (row.decimals + 2).max(4)
}

/// 1-based line of a byte offset, from the file's one line index.
pub fn line_of(file: &SourceFile, offset: usize) -> usize {
    file.lines().line_number(offset)
}

pub fn at(file: &SourceFile, offset: usize) -> String {
    format!("{}:{}", file.name, line_of(file, offset))
}

/// "plans/x.toml:12: message", or the bare message for plan-wide ones.
pub fn warning_line(file: &SourceFile, warning: &Diagnostic) -> String {
    match &warning.span {
        Some(span) => format!("{}: {}", at(file, span.start), warning.message),
        None => warning.message.clone(),
    }
}
