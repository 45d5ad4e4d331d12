//! The one place that picks a format and a target.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use super::format::Format;
use super::io::{ColorChoice, Io};
use super::render::Render;
use super::{pager, target};
use crate::error::Error;
use crate::render::{TableOptions, csv, markdown, table};

/// How the user asked for output: the flags every report command shares.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// `--format`; None picks from the output file's extension, else the table.
    pub format: Option<Format>,
    /// `-o FILE`; None is standard output.
    pub output: Option<PathBuf>,
    pub color: ColorChoice,
    /// `--width N`: fit tables to N columns, also when piped or in a file.
    pub width: Option<usize>,
    /// False with `--no-pager`.
    pub pager: bool,
}

impl Settings {
    pub fn format(&self) -> Format {
        self.format
            .or_else(|| self.output.as_deref().map(Format::from_path))
            .unwrap_or(Format::Table)
    }
}

/// Writes `view` in the format and to the target `settings` name.
pub fn emit(view: &dyn Render, settings: &Settings, io: &mut Io) -> anyhow::Result<()> {
    let format = settings.format();
    let binary = binary(view, format).map_err(|e| match (&settings.output, format) {
        (Some(path), Format::Xlsx) => e.unwritable(path.display().to_string(), "a workbook"),
        _ => e,
    })?;
    if let Some(path) = &settings.output {
        let options = TableOptions {
            color: settings.color == ColorChoice::Always,
            width: settings.width,
        };
        return target::write_file(path, |out| {
            write(view, format, binary.as_deref(), &options, out)
        });
    }
    if format.is_binary() {
        return Err(Error::usage_with_help(
            format!("{format} is a binary format, written only to a file"),
            format!(
                "write it to a file with -o FILE.{format} (e.g. -o {}.{format})",
                view.command()
            ),
        )
        .into());
    }
    let options = TableOptions {
        color: settings.color.enabled(io.is_terminal, io.no_color),
        // Piped output stays unwrapped for scripts unless --width asks.
        width: settings.width.or(io.width.filter(|_| io.is_terminal)),
    };
    let pager = io
        .pager
        .clone()
        .filter(|_| io.is_terminal && settings.pager);
    let result = match pager {
        Some(pager) => {
            let mut text = Vec::new();
            write(view, format, binary.as_deref(), &options, &mut text)?;
            pager::show(&text, &pager, io).map_err(anyhow::Error::from)
        }
        None => {
            let mut out = BufWriter::new(&mut *io.stdout);
            write(view, format, binary.as_deref(), &options, &mut out)
                .and_then(|()| out.flush().map_err(anyhow::Error::from))
        }
    };
    result.map_err(|e| {
        if e.downcast_ref::<Error>().is_some() {
            e
        } else {
            e.context("cannot write to standard output")
        }
    })
}

/// The format switch: one arm per format.
fn write(
    view: &dyn Render,
    format: Format,
    binary: Option<&[u8]>,
    options: &TableOptions,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    match format {
        Format::Table => match view.streamed() {
            Some(s) => table::write_table_streamed(&s.grid, &s.deferred(), options, out)?,
            None => table::write_tables(&view.grids(), options, out)?,
        },
        Format::Csv => match view.streamed() {
            Some(s) => csv::write_csv_streamed(&s.grid, &s.deferred(), out)?,
            None => csv::write_csv(&view.csv_grids(), out)?,
        },
        Format::Markdown => match view.streamed() {
            Some(s) => markdown::write_markdown_streamed(&s.grid, &s.deferred(), out)?,
            None => markdown::write_markdown(&view.markdown_grids(), out)?,
        },
        Format::Json => view.json(out)?,
        Format::Xlsx | Format::Html => out.write_all(binary.unwrap_or_default())?,
    }
    Ok(())
}

/// Workbooks and pages are made whole before anything is written; a
/// command that cannot make one is a usage error naming one that can.
fn binary(view: &dyn Render, format: Format) -> Result<Option<Vec<u8>>, Error> {
    let made = match format {
        Format::Xlsx => view.xlsx(),
        Format::Html => view.html().map(|page| page.map(String::into_bytes)),
        _ => return Ok(None),
    };
    match made {
        Some(result) => Ok(Some(result?)),
        None => Err(cannot_write(view.command(), format)),
    }
}

fn cannot_write(command: &str, format: Format) -> Error {
    let others = match format.written_by() {
        [] => format!("no itplan command writes {format} yet"),
        [one] => format!("itplan {one} writes {format}"),
        many => format!("{} write {format}", names(many)),
    };
    Error::usage_with_help(
        format!("itplan {command} cannot write {format}; {others}"),
        "choose --format table, csv, json or markdown (or an -o file ending in .csv, .json or .md)",
    )
}

fn names(commands: &[&str]) -> String {
    let named: Vec<String> = commands.iter().map(|c| format!("itplan {c}")).collect();
    named.join(", ")
}

/// True when the error, or what caused it, is a closed pipe on our output.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            || cause
                .downcast_ref::<Error>()
                .is_some_and(Error::is_broken_pipe)
    })
}
