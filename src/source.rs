//! Reading a plan's text from a file or standard input, and finding lines in it.

use std::io::Read;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Why a plan's text could not be read; `crate::error::Error` shows it.
#[derive(Debug)]
pub enum ReadError {
    Io {
        path: String,
        source: std::io::Error,
    },
    /// The text up to the bad byte, then the rest decoded lossily, so
    /// the bad byte can be pointed at by line and column.
    NotUtf8 {
        file: Box<SourceFile>,
        offset: usize,
        byte: u8,
    },
}

/// A plan's text and the name diagnostics call it by.
#[derive(Debug)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
    /// Built on first use and shared by every diagnostic about this file,
    /// so rendering many of them stays linear.
    lines: OnceLock<LineIndex>,
    /// Bytes counted line by line without the index: a few diagnostics
    /// near the top of a long file need no index of all of it.
    scanned: AtomicUsize,
}

impl Clone for SourceFile {
    fn clone(&self) -> Self {
        SourceFile {
            name: self.name.clone(),
            text: self.text.clone(),
            lines: self.lines.clone(),
            scanned: AtomicUsize::new(self.scanned.load(Ordering::Relaxed)),
        }
    }
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile {
            name: name.into(),
            text: text.into(),
            lines: OnceLock::new(),
            scanned: AtomicUsize::new(0),
        }
    }

    /// Reads `path`, or standard input when `path` is `-`.
    pub fn read(path: &str) -> Result<Self, ReadError> {
        let bytes = if path == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|source| ReadError::Io {
                    path: "<stdin>".into(),
                    source,
                })?;
            bytes
        } else {
            std::fs::read(path).map_err(|source| ReadError::Io {
                path: path.into(),
                source,
            })?
        };
        let name = if path == "-" { "<stdin>" } else { path };
        Self::from_bytes(name, bytes)
    }

    /// Accepts only UTF-8, as TOML requires; anything else is a located error.
    pub fn from_bytes(name: &str, bytes: Vec<u8>) -> Result<Self, ReadError> {
        match String::from_utf8(bytes) {
            Ok(text) => Ok(SourceFile::new(name, text)),
            Err(err) => {
                let offset = err.utf8_error().valid_up_to();
                let bad = err.as_bytes().get(offset).copied().unwrap_or_default();
                // Up to `offset` the lossy text is the file itself, so the
                // replacement character sits exactly where the bad byte was.
                let shown = SourceFile::new(name, String::from_utf8_lossy(err.as_bytes()));
                Err(ReadError::NotUtf8 {
                    file: Box::new(shown),
                    offset,
                    byte: bad,
                })
            }
        }
    }

    /// The lines of the text, indexed once.
    pub fn lines(&self) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(&self.text))
    }

    /// The 1-based line number holding `offset`, and that line's first
    /// byte: counted from the top until as much text as the file holds has
    /// been counted, then from the index, so any number of calls is linear.
    pub fn line_of(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let scanned = self.scanned.fetch_add(offset, Ordering::Relaxed);
        if self.lines.get().is_some() || scanned.saturating_add(offset) > self.text.len() {
            return self.lines().line_of(offset);
        }
        let before = &self.text.as_bytes()[..offset];
        let line = before.iter().filter(|&&byte| byte == b'\n').count() + 1;
        let start = before
            .iter()
            .rposition(|&byte| byte == b'\n')
            .map_or(0, |i| i + 1);
        (line, start)
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset);
        let (line, start) = self.lines().line_of(offset);
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count())
            + 1;
        (line, column)
    }
}

/// The largest character boundary at or before `offset`, within the text.
pub fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Where each line of a text starts, to find a line in O(log n).
#[derive(Debug, Clone)]
pub struct LineIndex(Vec<usize>);

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex(starts.collect())
    }

    /// The 1-based line number holding `offset`, and that line's first byte.
    pub fn line_of(&self, offset: usize) -> (usize, usize) {
        let line = self.0.partition_point(|start| *start <= offset).max(1);
        (line, self.0.get(line - 1).copied().unwrap_or(0))
    }

    /// The 1-based line number holding `offset`.
    pub fn line_number(&self, offset: usize) -> usize {
        self.line_of(offset).0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_characters() {
        let file = SourceFile::new("t", "ab\nçé = 1\n");
        assert_eq!(file.line_column(0), (1, 1));
        assert_eq!(file.line_column(3), (2, 1));
        // Inside the two-byte `ç`: the column of `ç` itself.
        assert_eq!(file.line_column(4), (2, 1));
        assert_eq!(file.line_column(5), (2, 2));
        assert_eq!(file.line_column(100), (3, 1));
        let text = "a\nbc\n\nd";
        let index = LineIndex::new(text);
        for offset in 0..12 {
            let file = SourceFile::new("t", text);
            assert_eq!(file.line_of(offset), index.line_of(offset), "{offset}");
        }
        let file = SourceFile::new("t", text);
        for offset in (0..12).chain(0..12) {
            assert_eq!(file.line_of(offset), index.line_of(offset), "{offset}");
        }
    }
}
