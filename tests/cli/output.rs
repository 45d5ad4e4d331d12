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
