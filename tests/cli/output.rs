//! The output seam: formats picked from -o extensions, formats a command
//! cannot write, and running a command in-process with given streams.

use std::ffi::OsString;

use super::*;

/// Runs itplan in-process, as the mutation test and embedders do.
fn in_process(args: &[&str], stdin: &str) -> (u8, String, String) {
    let args: Vec<OsString> = std::iter::once("itplan")
        .chain(args.iter().copied())
        .map(OsString::from)
        .collect();
    let (mut input, mut out, mut err) = (stdin.as_bytes(), Vec::new(), Vec::new());
    let mut io = itplan::Io::new(&mut input, &mut out, &mut err);
    let code = itplan::run_with(&args, &mut io);
    (
        code,
        String::from_utf8(out).expect("UTF-8"),
        String::from_utf8(err).expect("UTF-8"),
    )
}

#[test]
fn output_extension_picks_the_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = "plans/belleville-2024.toml";
    for (name, format) in [
        ("b.csv", "csv"),
        ("b.json", "json"),
        ("b.md", "markdown"),
        ("b.txt", "table"),
    ] {
        let path = dir.path().join(name);
        let path = path.to_str().expect("UTF-8 path");
        assert_eq!(exit_code(&["budget", plan, "-o", path]), 0, "{name}");
        let written = std::fs::read_to_string(path).expect("written");
        assert_eq!(
            written,
            stdout(&["budget", plan, "--format", format]),
            "{name} holds {format}"
        );
    }
}

#[test]
fn format_flag_wins_over_the_extension() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("b.csv");
    let path = path.to_str().expect("UTF-8 path");
    let plan = "plans/belleville-2024.toml";
    assert_eq!(exit_code(&["budget", plan, "-o", path, "-f", "json"]), 0);
    let written = std::fs::read_to_string(path).expect("written");
    assert_eq!(written, stdout(&["budget", plan, "--format", "json"]));
}

#[test]
fn a_format_no_command_writes_is_a_usage_error_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("b.xlsx");
    let path = path.to_str().expect("UTF-8 path");
    let (code, out, err) = in_process(&["budget", "plans/belleville-2024.toml", "-o", path], "");
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert!(
        err.starts_with("error: itplan budget cannot write xlsx; "),
        "{err}"
    );
    assert!(!std::path::Path::new(path).exists());
}

#[test]
fn in_process_run_reads_the_given_stdin_and_writes_the_given_streams() {
    let plan = std::fs::read_to_string(root().join("plans/belleville-2024.toml")).expect("plan");
    let (code, out, err) = in_process(&["budget", "-", "--format", "json"], &plan);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(
        out,
        stdout(&["budget", "plans/belleville-2024.toml", "--format", "json"])
    );
}

#[test]
fn in_process_usage_errors_and_help() {
    let (code, out, err) = in_process(&["budget"], "");
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.contains("<PLAN>"), "{err}");
    let (code, out, err) = in_process(&["--help"], "");
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.contains("Usage: itplan"), "{out}");
}

#[test]
fn bash_completions_parse() {
    let script = stdout(&["completions", "bash"]);
    assert!(script.contains("itplan"), "{script}");
    let mut bash = std::process::Command::new("bash")
        .arg("-n")
        .stdin(std::process::Stdio::piped())
        .spawn()
        .expect("bash runs");
    use std::io::Write;
    bash.stdin
        .take()
        .expect("stdin")
        .write_all(script.as_bytes())
        .expect("script written");
    assert!(
        bash.wait().expect("bash ends").success(),
        "bash -n accepts it"
    );
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        assert!(!stdout(&["completions", shell]).is_empty(), "{shell}");
    }
}

#[test]
fn man_page_is_roff() {
    let page = stdout(&["man"]);
    assert!(page.contains(".TH itplan 1"), "{page}");
    assert!(page.contains(".SH NAME"), "{page}");
    assert!(page.contains("budget"), "{page}");
}

#[test]
fn csv_text_cells_that_look_like_formulas_are_neutralised() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = temp_plan(
        &dir,
        "formula.toml",
        "[plan]\nname = \"=cmd|' /C calc'!A0\"\nfirst_year = 2025\nlast_year = 2026\n\n\
         [[initiative]]\nid = \"@SUM(A1)\"\nname = \"+1 day\"\nstart = 2025\nrecurring = -1200\n",
    );
    let csv = stdout(&["budget", &plan, "--format", "csv"]);
    assert!(csv.contains("'@SUM(A1)"), "{csv}");
    assert!(csv.contains("'+1 day"), "{csv}");
    assert!(csv.contains(",-1200,"), "numbers stay numbers: {csv}");
}

#[test]
fn control_characters_are_escaped_in_tables_and_markdown() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = temp_plan(
        &dir,
        "escapes.toml",
        "[plan]\nname = \"Plan\\u001b]0;pwned\\u0007\"\nfirst_year = 2025\nlast_year = 2026\n\n\
         [[initiative]]\nid = \"A\\r1\"\nname = \"Clear\\u001b[2J screen\"\nstart = 2025\none_time = 10\n",
    );
    for format in ["table", "markdown"] {
        let out = stdout(&["budget", &plan, "--format", format, "--color", "never"]);
        assert!(!out.contains('\u{1b}'), "{format}: {out}");
        assert!(!out.contains('\r'), "{format}: {out}");
        assert!(!out.contains('\u{7}'), "{format}: {out}");
        assert!(out.contains("u{1b}"), "{format} shows the escape: {out}");
    }
}

#[cfg(unix)]
#[test]
fn output_files_keep_their_mode_and_symlinks_are_followed() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = "plans/belleville-2024.toml";
    let private = dir.path().join("private.csv");
    std::fs::write(&private, "old").expect("written");
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    assert_eq!(
        exit_code(&["budget", plan, "-o", private.to_str().expect("UTF-8")]),
        0
    );
    let mode = std::fs::metadata(&private)
        .expect("exists")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "an existing file keeps its mode");

    let target = dir.path().join("real.csv");
    std::fs::write(&target, "old").expect("written");
    let link = dir.path().join("link.csv");
    symlink(&target, &link).expect("symlink");
    assert_eq!(
        exit_code(&["budget", plan, "-o", link.to_str().expect("UTF-8")]),
        0
    );
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&target)
            .expect("target")
            .starts_with("row_type,")
    );

    let fresh = dir.path().join("fresh.csv");
    assert_eq!(
        exit_code(&["budget", plan, "-o", fresh.to_str().expect("UTF-8")]),
        0
    );
    let mode = std::fs::metadata(&fresh)
        .expect("exists")
        .permissions()
        .mode()
        & 0o777;
    assert_ne!(mode, 0o600, "a new file gets 0666 less the umask, not 0600");
    assert_eq!(mode & 0o600, 0o600);
}

#[test]
fn write_errors_name_the_path_given() {
    let (code, _, err) = in_process(
        &[
            "budget",
            "plans/belleville-2024.toml",
            "-o",
            "/nonexistent-dir/b.csv",
        ],
        "",
    );
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error: cannot write /nonexistent-dir/b.csv: "),
        "{err}"
    );
    assert!(!err.contains(".itplan-"), "no temporary name: {err}");
}

#[test]
fn piped_output_is_never_paged() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_itplan"))
        .current_dir(root())
        .args(["budget", "plans/belleville-2024.toml"])
        .env("PAGER", "false")
        .output()
        .expect("runs");
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains("Cash flow"));
}
