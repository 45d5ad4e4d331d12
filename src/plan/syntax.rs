//! TOML syntax errors as located diagnostics, with the fix spelled out for
//! figures typed the spreadsheet way (`400,000`, `$650,000`, `12.5 %`).

use std::collections::HashSet;
use std::ops::Range;

use super::hint::{Meant, finance_figure};
use crate::diagnostic::Diagnostic;
use crate::source::SourceFile;

/// One diagnostic per syntax error; a line holding a spreadsheet-style
/// figure gets one diagnostic that shows the TOML spelling instead.
pub fn syntax_diagnostics(file: &SourceFile, errors: &[toml::de::Error]) -> Vec<Diagnostic> {
    let mut hinted_lines = HashSet::new();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for error in errors {
        // The parser may repeat one error (e.g. its recursion limit) many times.
        if !seen.insert((error.message().to_string(), error.span())) {
            continue;
        }
        let line = error.span().map(|span| file.lines().line_of(span.start));
        if let Some((number, start)) = line {
            if hinted_lines.contains(&number) {
                continue;
            }
            if let Some(hint) = figure_hint(&file.text, start) {
                hinted_lines.insert(number);
                out.push(hint);
                continue;
            }
        }
        out.push(
            Diagnostic::error(
                error.span(),
                format!("invalid TOML: {}", error.message().trim()),
            )
            .help("see https://toml.io for the syntax; text values need double quotes"),
        );
    }
    out
}

/// `key = figure` on the line starting at `start`, when the figure is a
/// number or percent written as a spreadsheet shows it.
fn figure_hint(text: &str, start: usize) -> Option<Diagnostic> {
    let line = &text[start..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let equals = line.find('=')?;
    let (key, rest) = (line[..equals].trim(), &line[equals + 1..]);
    let is_key_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.');
    if key.is_empty() || !key.chars().all(is_key_char) {
        return None;
    }
    let value = rest
        .split('#')
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches('\r');
    // A value TOML reads is fine: the error on this line is another one.
    if value.is_empty()
        || value.starts_with(['"', '\'', '{', '['])
        || toml::de::DeValue::parse(value).is_ok()
    {
        return None;
    }
    let offset = start + equals + 1 + rest.find(value)?;
    let span: Range<usize> = offset..offset + value.len();
    let diagnostic = match finance_figure(value)? {
        Meant::Number(fixed) => Diagnostic::error(
            Some(span),
            format!("`{key} = {value}` is not a number TOML can read"),
        )
        .label("not a TOML number")
        .help(format!(
            "write `{key} = {fixed}`: underscores, not commas or spaces, group the digits, with no currency sign"
        )),
        Meant::Percent(fixed) => Diagnostic::error(
            Some(span),
            format!("`{key} = {value}`: a percent is written in quotes"),
        )
        .label("percent without quotes")
        .help(format!("write `{key} = \"{fixed}%\"`")),
    };
    Some(diagnostic)
}
