//! Every `console` block of README.md that shows output is run, and its
//! WHOLE text compared: the manual cannot drift from the program.
//!
//! `$ ` lines are commands, run in order by one `sh` from the repository
//! root with this build's `itplan` first on the PATH (standard output and
//! error together, as a terminal shows them, but piped: no colour, no
//! wrapping, no pager); the lines after a command are its output. A
//! `# exit N` comment after a command is checked too. With
//! ITPLAN_BLESS_README=1 the test rewrites the blocks in README.md with the
//! real output instead, for review with `git diff README.md`.

use std::path::Path;
use std::process::Command;

use super::root;

/// Printed between two commands' outputs, to tell them apart.
const NEXT: &str = "\u{1e}README-NEXT-COMMAND";

struct Block {
    /// Line index of the opening fence, and of the closing one.
    open: usize,
    close: usize,
    commands: Vec<String>,
    shows_output: bool,
}

fn blocks(lines: &[&str]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim_end() != "```console" {
            i += 1;
            continue;
        }
        let open = i;
        let (mut commands, mut shows_output) = (Vec::new(), false);
        i += 1;
        while i < lines.len() && lines[i].trim_end() != "```" {
            match lines[i].strip_prefix("$ ") {
                Some(command) => commands.push(command.to_string()),
                None => shows_output = true,
            }
            i += 1;
        }
        blocks.push(Block {
            open,
            close: i,
            commands,
            shows_output,
        });
        i += 1;
    }
    blocks
}

/// The block's text as the program makes it: each command, then its
/// output; and the `# exit N` checks that failed.
fn run(block: &Block) -> (String, Vec<String>) {
    let bin = Path::new(env!("CARGO_BIN_EXE_itplan"))
        .parent()
        .expect("the binary's directory")
        .to_path_buf();
    let paths = std::env::var_os("PATH").unwrap_or_default();
    let path = std::env::join_paths(std::iter::once(bin).chain(std::env::split_paths(&paths)))
        .expect("PATH joins");
    let mut script = String::new();
    for command in &block.commands {
        // The marker must not hide the status from a following `echo $?`.
        script.push_str(&format!(
            "{{ {command}\n}} 2>&1\nstatus=$?\necho \"{NEXT} $status\"\n(exit $status)\n"
        ));
    }
    let output = Command::new("sh")
        .arg("-c")
        .arg(script)
        .current_dir(root())
        .env("PATH", path)
        .env_remove("NO_COLOR")
        .env_remove("PAGER")
        .env_remove("ITPLAN_BLESS_README")
        .output()
        .expect("sh runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let mut text = String::new();
    let mut failures = Vec::new();
    let mut rest = stdout.as_str();
    for command in &block.commands {
        let (own, after) = rest.split_once(NEXT).unwrap_or((rest, ""));
        let (status, after) = after.split_once('\n').unwrap_or((after, ""));
        rest = after;
        text.push_str(&format!("$ {command}\n{own}"));
        if let Some(code) = expected_exit(command)
            && status.trim() != code
        {
            failures.push(format!(
                "README.md line {}: `{command}` exited {}, not {code}",
                block.open + 1,
                status.trim()
            ));
        }
    }
    (text, failures)
}

/// N from a trailing `# exit N` comment.
fn expected_exit(command: &str) -> Option<&str> {
    let (_, comment) = command.rsplit_once("# exit ")?;
    let code = comment.split(|c: char| !c.is_ascii_digit()).next()?;
    (!code.is_empty()).then_some(code)
}

#[test]
fn readme_examples_show_the_real_output() {
    let readme_path = root().join("README.md");
    let readme = std::fs::read_to_string(&readme_path).expect("README.md");
    let lines: Vec<&str> = readme.lines().collect();
    let bless = std::env::var_os("ITPLAN_BLESS_README").is_some_and(|v| v == "1");
    let mut blessed: Vec<String> = Vec::new();
    let mut copied = 0;
    let mut problems = Vec::new();
    let mut compared = 0;
    for block in blocks(&lines) {
        let (actual, failures) = run(&block);
        problems.extend(failures);
        if !block.shows_output {
            continue;
        }
        compared += 1;
        let mut written = lines[block.open + 1..block.close].join("\n");
        written.push('\n');
        if bless {
            blessed.extend(lines[copied..=block.open].iter().map(|l| l.to_string()));
            blessed.extend(actual.lines().map(str::to_string));
            copied = block.close;
        } else if actual != written {
            problems.push(format!(
                "README.md line {}: the program prints\n{actual}--- but the README shows ---\n{written}",
                block.open + 1,
            ));
        }
    }
    assert!(compared >= 5, "only {compared} console blocks with output");
    if bless {
        blessed.extend(lines[copied..].iter().map(|l| l.to_string()));
        let mut text = blessed.join("\n");
        text.push('\n');
        std::fs::write(&readme_path, text).expect("README.md rewritten");
    }
    assert!(
        problems.is_empty(),
        "{}\n\nITPLAN_BLESS_README=1 cargo test --locked readme rewrites the examples; review git diff README.md",
        problems.join("\n\n")
    );
}
