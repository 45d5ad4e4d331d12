//! The output formats, and which one a file name asks for.

use std::fmt;
use std::path::Path;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Boxed table for people, fitted to the terminal.
    Table,
    Csv,
    Json,
    Markdown,
    /// An Excel workbook (binary: written to a file with -o).
    Xlsx,
    /// A self-contained HTML page.
    Html,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Table,
        Format::Csv,
        Format::Json,
        Format::Markdown,
        Format::Xlsx,
        Format::Html,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Xlsx => "xlsx",
            Format::Html => "html",
        }
    }

    /// One line for `--help`.
    pub fn help(self) -> &'static str {
        match self {
            Format::Table => "aligned table for people (the default)",
            Format::Csv => "one header row, raw numbers, a row_type column",
            Format::Json => "exact decimals as strings",
            Format::Markdown => "a table for a council report or a pull request",
            Format::Xlsx => "an Excel workbook, with formulas",
            Format::Html => "a self-contained page",
        }
    }

    /// The format a file name asks for: `.csv`, `.json`, `.md`/`.markdown`,
    /// `.xlsx`, `.html`/`.htm`; anything else is the table.
    pub fn from_path(path: &Path) -> Format {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "csv" => Format::Csv,
            "json" => Format::Json,
            "md" | "markdown" => Format::Markdown,
            "xlsx" => Format::Xlsx,
            "html" | "htm" => Format::Html,
            _ => Format::Table,
        }
    }

    /// Binary formats are only written to files.
    pub fn is_binary(self) -> bool {
        self == Format::Xlsx
    }

    /// The commands that can write this format, when not every one can;
    /// named in the error a command gives when it cannot.
    pub fn written_by(self) -> &'static [&'static str] {
        match self {
            Format::Table | Format::Csv | Format::Json | Format::Markdown => &[],
            Format::Xlsx => &[],
            Format::Html => &[],
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(text))
            .ok_or_else(|| format!("unknown format `{text}`"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_picks_the_format() {
        let cases = [
            ("out.csv", Format::Csv),
            ("OUT.CSV", Format::Csv),
            ("a/b.json", Format::Json),
            ("r.md", Format::Markdown),
            ("r.markdown", Format::Markdown),
            ("w.xlsx", Format::Xlsx),
            ("p.html", Format::Html),
            ("p.htm", Format::Html),
            ("budget.txt", Format::Table),
            ("budget", Format::Table),
            (".csv", Format::Table),
        ];
        for (path, format) in cases {
            assert_eq!(Format::from_path(Path::new(path)), format, "{path}");
        }
    }

    #[test]
    fn names_round_trip() {
        for format in Format::ALL {
            assert_eq!(format.name().parse::<Format>(), Ok(format));
        }
    }
}
