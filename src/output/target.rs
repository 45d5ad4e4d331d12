//! Writing a report to a file the user named: whole or not at all.
//!
//! The text goes to a temporary file beside the real target first and is
//! renamed over it only when rendering succeeded, so a failed run leaves an
//! old file as it was and no partial new one. A symlink is followed (the
//! temporary file goes next to the file it points at); an existing file
//! keeps its mode, a new one gets the usual 0666 less the umask; a device or
//! FIFO is written straight through. Every error names the path the user
//! gave, never the temporary file's.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::error::Error;

/// Renders into the file at `path`, atomically.
pub fn write_file(
    path: &Path,
    render: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let shown = path.display().to_string();
    let cannot = || format!("cannot write {shown}");
    let real = follow_symlinks(path).map_err(plain).with_context(cannot)?;
    let existing = fs::metadata(&real).ok();
    if existing.as_ref().is_some_and(|m| !m.is_file()) {
        // Renaming over a device or a pipe would replace it with a file.
        let file = fs::OpenOptions::new()
            .write(true)
            .open(&real)
            .map_err(plain)
            .with_context(cannot)?;
        let mut out = BufWriter::new(file);
        return finish(render(&mut out), &shown)
            .and_then(|()| out.flush().map_err(plain).with_context(cannot));
    }
    let dir = match real.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temp = temp_file(dir).map_err(plain).with_context(cannot)?;
    {
        let mut out = BufWriter::new(temp.as_file_mut());
        finish(render(&mut out), &shown)?;
        out.flush().map_err(plain).with_context(cannot)?;
    }
    if let Some(metadata) = existing {
        // An existing file keeps its mode (a private 0600 file stays private).
        fs::set_permissions(temp.path(), metadata.permissions())
            .map_err(plain)
            .with_context(cannot)?;
    }
    temp.persist(&real)
        .map_err(|e| plain(e.error))
        .with_context(cannot)?;
    Ok(())
}

/// A failed render keeps its own error (a usage or plan error stays one);
/// an I/O failure while writing says which file.
fn finish(result: anyhow::Result<()>, shown: &str) -> anyhow::Result<()> {
    result.map_err(|error| {
        if error.downcast_ref::<Error>().is_some() {
            error
        } else {
            error.context(format!("cannot write {shown}"))
        }
    })
}

#[cfg(unix)]
fn temp_file(dir: &Path) -> io::Result<tempfile::NamedTempFile> {
    use std::os::unix::fs::PermissionsExt;
    // Created with 0666, which the umask reduces, like any new file.
    tempfile::Builder::new()
        .prefix(".itplan-")
        .permissions(fs::Permissions::from_mode(0o666))
        .tempfile_in(dir)
}

#[cfg(not(unix))]
fn temp_file(dir: &Path) -> io::Result<tempfile::NamedTempFile> {
    tempfile::Builder::new().prefix(".itplan-").tempfile_in(dir)
}

/// The file a chain of symlinks ends at (which may not exist yet).
fn follow_symlinks(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) => parent.join(target),
                    None => target,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// The error without the path of a temporary file that tempfile adds.
fn plain(error: io::Error) -> io::Error {
    match error.raw_os_error() {
        Some(code) => io::Error::from_raw_os_error(code),
        None => io::Error::new(error.kind(), error.kind().to_string()),
    }
}
