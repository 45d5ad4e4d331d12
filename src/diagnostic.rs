//! Located messages about a plan, rendered the way cargo renders them, and
//! the summary that keeps thousands of warnings from burying a report.

use std::collections::HashMap;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::number::group_thousands;
use crate::source::{SourceFile, floor_char_boundary};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem found in a plan: what, where, and what would be valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    pub span: Option<Range<usize>>,
    pub label: String,
    pub help: Option<String>,
    /// The class of problem, for counting many alike (e.g. "`effort_hours`
    /// after the work ends"); None counts by the message itself.
    pub kind: Option<&'static str>,
}

impl Diagnostic {
    pub fn error(span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            span,
            label: String::new(),
            help: None,
            kind: None,
        }
    }

    pub fn warning(span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(span, message)
        }
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn kind(mut self, kind: &'static str) -> Self {
        self.kind = Some(kind);
        self
    }

    /// What summaries count this diagnostic under.
    pub fn kind_name(&self) -> &str {
        self.kind.unwrap_or(&self.message)
    }

    /// Renders this diagnostic against the file it speaks of, using the
    /// file's one line index (so rendering many is linear).
    pub fn render(&self, file: &SourceFile, color: bool) -> String {
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let mut group = match &self.span {
            Some(span) => {
                // Only the line at hand goes to the renderer, so a plan with
                // thousands of problems renders in linear time.
                let span = clamp(span, &file.text);
                let (line_number, line_start) = file.line_of(span.start);
                let line_end = line_end(&file.text, span.start);
                let local = span.start - line_start..span.end - line_start;
                level.primary_title(&self.message).element(
                    Snippet::source(&file.text[line_start..line_end])
                        .line_start(line_number)
                        .path(&file.name)
                        .annotation(AnnotationKind::Primary.span(local).label(&self.label)),
                )
            }
            None => {
                Group::with_title(level.primary_title(format!("{}: {}", file.name, self.message)))
            }
        };
        if let Some(help) = &self.help {
            group = group.element(Level::HELP.message(help));
        }
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        renderer.render(&[group])
    }
}

fn line_end(text: &str, from: usize) -> usize {
    text[from..].find('\n').map_or(text.len(), |i| from + i)
}

/// Keeps a span inside the text, on character boundaries and on its first
/// line (a whole table is shown by its header), whatever produced it.
fn clamp(span: &Range<usize>, text: &str) -> Range<usize> {
    let start = floor_char_boundary(text, span.start);
    let mut end = span.end.clamp(start, line_end(text, start));
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// How many warnings of each kind a summary shows before counting the rest.
pub const SHOWN_PER_KIND: usize = 3;
/// How many kinds get their own count line; the rest share one.
const COUNTED_KINDS: usize = 10;

/// The warnings a command prints: the first few of each kind in file order,
/// and the number left out of each kind. A pure selection: no I/O.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary<'d> {
    pub shown: Vec<&'d Diagnostic>,
    /// (kind, how many of it were not shown), in order of first appearance.
    pub hidden: Vec<(&'d str, usize)>,
}

/// Picks the first `per_kind` warnings of each kind, in file order.
pub fn summarize(warnings: &[Diagnostic], per_kind: usize) -> Summary<'_> {
    let mut ordered: Vec<&Diagnostic> = warnings.iter().collect();
    ordered.sort_by_key(|w| (w.span.is_none(), w.span.as_ref().map_or(0, |s| s.start)));
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut kinds: Vec<&str> = Vec::new();
    let mut shown = Vec::new();
    for warning in ordered {
        let kind = warning.kind_name();
        let count = seen.entry(kind).or_insert_with(|| {
            kinds.push(kind);
            0
        });
        *count += 1;
        if *count <= per_kind {
            shown.push(warning);
        }
    }
    let hidden = kinds
        .into_iter()
        .filter_map(|kind| {
            let total = seen.get(kind).copied().unwrap_or(0);
            (total > per_kind).then(|| (kind, total - per_kind))
        })
        .collect();
    Summary { shown, hidden }
}

impl Summary<'_> {
    /// The text for standard error: each shown warning, then one line per
    /// kind with what was left out, and how to see everything.
    pub fn render(&self, file: &SourceFile, color: bool) -> String {
        let mut out = String::new();
        for warning in &self.shown {
            out.push_str(&warning.render(file, color));
            out.push_str("\n\n");
        }
        if self.hidden.is_empty() {
            return out;
        }
        for (kind, count) in self.hidden.iter().take(COUNTED_KINDS) {
            out.push_str(&format!(
                "… and {} more: {kind}\n",
                group_thousands(&count.to_string())
            ));
        }
        let rest = &self.hidden[self.hidden.len().min(COUNTED_KINDS)..];
        if !rest.is_empty() {
            let count: usize = rest.iter().map(|(_, n)| n).sum();
            out.push_str(&format!(
                "… and {} more of {} other kinds\n",
                group_thousands(&count.to_string()),
                rest.len()
            ));
        }
        out.push_str(&format!(
            "note: `itplan check {}` lists every warning; `-q` silences them\n\n",
            shell_word(&file.name)
        ));
        out
    }
}

/// Every warning, in file order (for `check`).
pub fn render_all(warnings: &[Diagnostic], file: &SourceFile, color: bool) -> String {
    summarize(warnings, usize::MAX).render(file, color)
}

/// The file name as a user would type it; standard input stays `-`.
fn shell_word(name: &str) -> String {
    if name == "<stdin>" {
        "-".into()
    } else if name.contains([' ', '\'', '"', '$', '`', '\\']) {
        format!("'{}'", name.replace('\'', r"'\''"))
    } else {
        name.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn warning(at: usize, kind: &'static str) -> Diagnostic {
        Diagnostic::warning(Some(at..at + 1), format!("{kind} at {at}")).kind(kind)
    }

    #[test]
    fn summary_keeps_the_first_of_each_kind_and_counts_the_rest() {
        let warnings: Vec<Diagnostic> = (0..10)
            .rev()
            .map(|i| warning(i * 2, if i % 2 == 0 { "even" } else { "odd" }))
            .collect();
        let summary = summarize(&warnings, 2);
        let shown: Vec<&str> = summary.shown.iter().map(|w| w.message.as_str()).collect();
        assert_eq!(shown, ["even at 0", "odd at 2", "even at 4", "odd at 6"]);
        assert_eq!(summary.hidden, [("even", 3), ("odd", 3)]);
    }

    #[test]
    fn summary_says_how_many_and_how_to_see_them() {
        let file = SourceFile::new("plans/my plan.toml", "a\nb\nc\n".repeat(5000));
        let warnings: Vec<Diagnostic> = (0..10_675).map(|i| warning(i, "late")).collect();
        let text = summarize(&warnings, 3).render(&file, false);
        assert!(text.contains("… and 10,672 more: late\n"), "{text}");
        assert!(text.contains("`itplan check 'plans/my plan.toml'` lists every warning"));
        assert_eq!(text.matches("warning: late at").count(), 3);
    }

    #[test]
    fn nothing_hidden_means_no_summary_line() {
        let file = SourceFile::new("p.toml", "abc\n");
        let warnings = [warning(0, "a")];
        let text = render_all(&warnings, &file, false);
        assert!(!text.contains("more"));
        assert!(text.contains("warning: a at 0"));
    }

    #[test]
    fn spans_inside_a_character_do_not_panic() {
        let file = SourceFile::new("p.toml", "é = \"ü\"\n");
        for start in 0..10 {
            let d = Diagnostic::error(Some(start..start + 1), "x");
            assert!(d.render(&file, false).contains("error: x"));
        }
    }
}
