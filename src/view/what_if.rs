//! Any report of a plan changed by `--defer`/`--drop`: the title says what
//! was changed, and the JSON carries the changes under `"what_if_changes"`.

use std::io::{self, Write};

use serde::Serialize;

use crate::error::Error;
use crate::output::Render;
use crate::plan::Year;
use crate::render::Grid;
use crate::report::what_if::{Change, title};

pub struct ChangedView<'a> {
    pub inner: &'a dyn Render,
    pub changes: &'a [Change],
}

impl ChangedView<'_> {
    fn titled(&self, mut grids: Vec<Grid>) -> Vec<Grid> {
        if let Some(line) = title(self.changes) {
            // The first grid with a title carries the plan's heading.
            if let Some(grid) = grids.iter_mut().find(|g| !g.title.is_empty()) {
                let at = grid.title.len().min(2);
                grid.title.insert(at, capitalized(&line));
            }
        }
        grids
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[derive(Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
enum ChangeJson<'a> {
    Defer { id: &'a str, year: Year },
    Drop { id: &'a str },
}

impl Render for ChangedView<'_> {
    fn command(&self) -> &'static str {
        self.inner.command()
    }

    fn grids(&self) -> Vec<Grid> {
        self.titled(self.inner.grids())
    }

    fn csv_grids(&self) -> Vec<Grid> {
        self.inner.csv_grids()
    }

    fn markdown_grids(&self) -> Vec<Grid> {
        self.titled(self.inner.markdown_grids())
    }

    /// The report's own JSON object with one more key at its end.
    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        let mut inner = Vec::new();
        self.inner.json(&mut inner)?;
        let text = String::from_utf8(inner).map_err(io::Error::other)?;
        let body = text.trim_end();
        let Some(open) = body.strip_suffix('}') else {
            return out.write_all(text.as_bytes());
        };
        let changes: Vec<ChangeJson> = self
            .changes
            .iter()
            .map(|c| match c {
                Change::Defer { id, year } => ChangeJson::Defer { id, year: *year },
                Change::Drop { id } => ChangeJson::Drop { id },
            })
            .collect();
        let value = serde_json::to_string_pretty(&changes).map_err(io::Error::other)?;
        let value = value.replace('\n', "\n  ");
        let open = open.trim_end();
        let comma = if open.ends_with('{') { "" } else { "," };
        writeln!(out, "{open}{comma}\n  \"what_if_changes\": {value}\n}}")
    }

    fn xlsx(&self) -> Option<Result<Vec<u8>, Error>> {
        self.inner.xlsx()
    }

    fn html(&self) -> Option<Result<String, Error>> {
        self.inner.html()
    }
}
