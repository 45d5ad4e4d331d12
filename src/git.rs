//! Plans named `REV:path`, read from git, so CI can compare against the
//! base branch without a second checkout.

use std::io;
use std::path::Path;
use std::process::{Command, Output};

use crate::error::Error;
use crate::source::SourceFile;

/// Reads a plan argument: an existing file is a file, `-` is standard
/// input, and otherwise `REV:path` is read from git in the current directory.
pub fn read_source(arg: &str) -> Result<SourceFile, Error> {
    if arg == "-" || Path::new(arg).exists() {
        return Ok(SourceFile::read(arg)?);
    }
    match arg.split_once(':') {
        Some((rev, path)) if !rev.is_empty() => read_at_revision(arg, rev, path),
        _ => Ok(SourceFile::read(arg)?),
    }
}

/// `git cat-file blob REV:path`, after checks that say which part is wrong.
fn read_at_revision(arg: &str, rev: &str, path: &str) -> Result<SourceFile, Error> {
    let fail =
        |why: String, help: &str| Error::Git(format!("cannot read {arg}: {why}\n  = help: {help}"));
    if rev.starts_with('-') {
        return Err(fail(
            format!("`{rev}` is not a revision"),
            "write REV:path, e.g. origin/main:plans/city.toml",
        ));
    }
    if path.is_empty() {
        return Err(fail(
            "no path after the colon".into(),
            "write REV:path, e.g. HEAD:plans/city.toml",
        ));
    }
    let inside = git(&["rev-parse", "--git-dir"]).map_err(|e| fail(not_run(&e), INSTALL))?;
    if !inside.status.success() {
        return Err(fail(
            "the current directory is not in a git repository".into(),
            "run itplan from inside the repository, or name a file that exists",
        ));
    }
    let commit = format!("{rev}^{{commit}}");
    let found = git(&["rev-parse", "--verify", "--quiet", &commit])
        .map_err(|e| fail(not_run(&e), INSTALL))?;
    if !found.status.success() {
        let fetch = match rev.strip_prefix("origin/") {
            Some(branch) => format!("fetch it first (git fetch origin {branch})"),
            None => "check the name (git branch -a, git tag), or fetch it first".into(),
        };
        return Err(fail(
            format!("the revision `{rev}` does not exist in this repository"),
            &format!("{fetch}; in CI, check out with the full history (fetch-depth: 0)"),
        ));
    }
    let object = format!("{rev}:{path}");
    let kind = git(&["cat-file", "-t", &object]).map_err(|e| fail(not_run(&e), INSTALL))?;
    let kind = String::from_utf8_lossy(&kind.stdout).trim().to_string();
    if kind != "blob" {
        let why = if kind.is_empty() {
            format!("`{path}` does not exist at revision `{rev}`")
        } else {
            format!("`{path}` is a {kind} at revision `{rev}`, not a file")
        };
        return Err(fail(
            why,
            "the path is relative to the repository's top directory (or starts with ./ for the current one)",
        ));
    }
    let blob = git(&["cat-file", "blob", &object]).map_err(|e| fail(not_run(&e), INSTALL))?;
    if !blob.status.success() {
        let message = String::from_utf8_lossy(&blob.stderr).trim().to_string();
        return Err(fail(
            format!("git failed: {message}"),
            "check the revision and path",
        ));
    }
    Ok(SourceFile::from_bytes(arg, blob.stdout)?)
}

const INSTALL: &str = "install git, or give both plans as files";

fn git(args: &[&str]) -> io::Result<Output> {
    Command::new("git").args(args).output()
}

fn not_run(error: &io::Error) -> String {
    if error.kind() == io::ErrorKind::NotFound {
        "git is not installed (or not on PATH)".into()
    } else {
        format!("git could not be run: {error}")
    }
}
