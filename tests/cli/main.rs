//! Drives the real `itplan` binary on fixtures and on every shipped plan.
//! Each snapshot holds the exit code, standard output and standard error.

mod budget;
mod capacity;
mod check;
mod ci;
mod diff;
mod funding;
mod mutation;
mod output;
mod readme;
mod report;
mod schema;
mod terminal;
mod validation;
mod widths;
mod workplan;
mod xlsx;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository root: commands run there, so paths in output stay short.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs itplan with `args` from the repository root, with `stdin` if given.
pub fn run_with(args: &[&str], stdin: Option<&str>) -> String {
    let mut command = Command::cargo_bin("itplan").expect("the itplan binary is built");
    command
        .current_dir(root())
        .args(args)
        .env_remove("NO_COLOR")
        .env("COLUMNS", "200");
    if let Some(input) = stdin {
        command.write_stdin(input);
    }
    let output = command.output().expect("itplan runs");
    format!(
        "exit: {}\n--- stdout ---\n{}--- stderr ---\n{}",
        output
            .status
            .code()
            .map_or("signal".to_string(), |c| c.to_string()),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    )
}

pub fn run(args: &[&str]) -> String {
    run_with(args, None)
}

fn output(args: &[&str]) -> std::process::Output {
    Command::cargo_bin("itplan")
        .expect("built")
        .current_dir(root())
        .args(args)
        .output()
        .expect("runs")
}

/// The exit code alone, for tests about exit status.
pub fn exit_code(args: &[&str]) -> i32 {
    output(args).status.code().unwrap_or(-1)
}

/// Standard output alone, which must have succeeded.
pub fn stdout(args: &[&str]) -> String {
    let output = output(args);
    assert!(
        output.status.success(),
        "itplan {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// The JSON standard output of a `run` transcript, whatever the exit code.
pub fn json_of(transcript: &str) -> serde_json::Value {
    let json = transcript
        .split_once("--- stdout ---\n")
        .and_then(|(_, rest)| rest.split_once("--- stderr ---"))
        .map(|(json, _)| json)
        .expect("stdout");
    serde_json::from_str(json).expect("JSON")
}

/// Every shipped plan, by path relative to the root.
pub fn shipped_plans() -> Vec<String> {
    let mut plans: Vec<String> = std::fs::read_dir(root().join("plans"))
        .expect("plans/ exists")
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .map(|path| {
            Path::new("plans")
                .join(path.file_name().unwrap_or_default())
                .display()
                .to_string()
        })
        .collect();
    plans.sort();
    plans
}

/// Writes a fixture plan to a temporary directory and returns its path.
pub fn temp_plan(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("temp plan written");
    path.display().to_string()
}

/// Runs git in `dir` as a fixed author, whatever the machine's own config says.
pub fn git(dir: &Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "Plan Author")
        .env("GIT_AUTHOR_EMAIL", "author@example.org")
        .env("GIT_COMMITTER_NAME", "Plan Author")
        .env("GIT_COMMITTER_EMAIL", "author@example.org")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}
