//! Located messages about a plan, rendered the way cargo renders them.

use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::source::SourceFile;

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
}

impl Diagnostic {
    pub fn error(span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            span,
            label: String::new(),
            help: None,
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

    /// Renders this diagnostic against the file it speaks of.
    pub fn render(&self, file: &SourceFile, color: bool) -> String {
        self.render_with(file, &LineIndex::new(&file.text), color)
    }

    /// Renders with a line index built once for many diagnostics.
    pub fn render_with(&self, file: &SourceFile, lines: &LineIndex, color: bool) -> String {
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let mut group = match &self.span {
            Some(span) => {
                // Only the line at hand goes to the renderer, so a plan with
                // thousands of problems renders in linear time.
                let span = clamp(span, &file.text);
                let (line_number, line_start) = lines.line_of(span.start);
                let line_end = file.text[span.start..]
                    .find('\n')
                    .map_or(file.text.len(), |i| span.start + i);
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

/// Keeps a span inside the text, on character boundaries and on its first
/// line (a whole table is shown by its header), whatever produced it.
fn clamp(span: &Range<usize>, text: &str) -> Range<usize> {
    let mut start = span.start.min(text.len());
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let mut end = span.end.clamp(start, line_end);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// Where each line of a text starts, to find a line in O(log n).
pub struct LineIndex(Vec<usize>);

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex(starts.collect())
    }

    /// The 1-based line number holding `offset`, and that line's first byte.
    pub fn line_of(&self, offset: usize) -> (usize, usize) {
        let line = self.0.partition_point(|start| *start <= offset).max(1);
        (line, self.0[line - 1])
    }
}
