//! Where a report goes: standard output, or a file written atomically.

use std::fs;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::error::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Colour on a terminal only, and never when NO_COLOR is set.
    pub fn enabled(self, is_terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    }
}

/// The output target chosen on the command line.
#[derive(Debug, Clone)]
pub struct Output {
    pub path: Option<PathBuf>,
    pub color: ColorChoice,
}

impl Output {
    /// Renders with `render` into the target. A file is replaced only when
    /// rendering succeeded: the text goes to a temporary file beside it first.
    pub fn write(
        &self,
        render: impl FnOnce(&mut dyn Write, bool) -> io::Result<()>,
    ) -> Result<(), Error> {
        match &self.path {
            None => {
                let stdout = io::stdout();
                let color = self.color.enabled(stdout.is_terminal());
                let mut out = BufWriter::new(stdout.lock());
                render(&mut out, color)
                    .and_then(|()| out.flush())
                    .map_err(|source| Error::Write {
                        path: "<stdout>".into(),
                        source,
                    })
            }
            Some(path) => {
                write_file(path, self.color == ColorChoice::Always, render).map_err(|source| {
                    Error::Write {
                        path: path.display().to_string(),
                        source,
                    }
                })
            }
        }
    }
}

fn write_file(
    path: &Path,
    color: bool,
    render: impl FnOnce(&mut dyn Write, bool) -> io::Result<()>,
) -> io::Result<()> {
    // A device or a pipe (/dev/null, a FIFO) is written straight through:
    // renaming over it would replace it with a regular file.
    if fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        let mut out = BufWriter::new(fs::OpenOptions::new().write(true).open(path)?);
        render(&mut out, color)?;
        return out.flush();
    }
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    {
        let mut out = BufWriter::new(temp.as_file_mut());
        render(&mut out, color)?;
        out.flush()?;
    }
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
