//! The real terminal path: itplan run in tmux at 80 and 100 columns,
//! without --width, with and without NO_COLOR. Without tmux these tests
//! print a loud SKIPPED line, and fail when CI is set.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use super::root;

fn tmux_available() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is not installed, and CI is set: the terminal tests must run"
        );
        eprintln!("SKIPPED: tmux not installed; the terminal tests did not run");
    }
    found
}

/// Runs `itplan ARGS` in a tmux pane `width` columns wide and returns what
/// it wrote to the terminal (line ends as `\n`).
fn in_terminal(args: &str, width: u16, no_color: bool) -> String {
    in_terminal_with(args, width, no_color, "PAGER=cat")
}

/// [`in_terminal`] with more environment (`NAME=value`, shell-quoted).
fn in_terminal_with(args: &str, width: u16, no_color: bool, extra_env: &str) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("pane.out");
    let done = dir.path().join("done");
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let socket = format!("itplan-test-{}-{run}", std::process::id());
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_itplan"));
    let env = if no_color { "NO_COLOR=1" } else { "NO_COLOR=" };
    // Written to a file by the program itself would not be a terminal: tmux
    // copies what the pane shows, and the program writes to the pane.
    let script = format!(
        "tmux -L {socket} wait-for ready; cd {root}; env {env} {extra_env} {bin} {args}; touch {done}; sleep 60",
        root = shell_quote(&root()),
        bin = shell_quote(&bin),
        done = shell_quote(&done),
    );
    let tmux = |args: &[&str]| {
        Command::new("tmux")
            .args(["-L", &socket, "-f", "/dev/null"])
            .args(args)
            .stderr(std::process::Stdio::null())
            .status()
            .expect("tmux runs")
    };
    let status = tmux(&[
        "new-session",
        "-d",
        "-x",
        &width.to_string(),
        "-y",
        "50",
        "-s",
        "t",
        "sh",
        "-c",
        &script,
    ]);
    assert!(status.success(), "tmux session starts");
    tmux(&[
        "pipe-pane",
        "-t",
        "t",
        &format!("cat > {}", shell_quote(&out)),
    ]);
    // The program starts only once its output is being recorded.
    tmux(&["wait-for", "-S", "ready"]);
    let waited = Instant::now();
    while !done.exists() && waited.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(200));
    let _ = tmux(&["kill-server"]);
    assert!(done.exists(), "itplan {args} finished in the terminal");
    let bytes = std::fs::read(&out).expect("pane output");
    String::from_utf8_lossy(&bytes)
        .replace("\r\n", "\n")
        .replace('\r', "")
}

fn shell_quote(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', "'\\''"))
}

/// Text without ANSI escape sequences.
fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.peek() == Some(&'[') {
                chars.next();
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            } else {
                chars.next();
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn columns(line: &str) -> usize {
    line.chars().count()
}

fn check_fits(output: &str, width: usize, figures: &[&str]) {
    let text = plain(output);
    assert!(text.contains('┌'), "a table was drawn:\n{text}");
    for line in text.lines() {
        assert!(columns(line) <= width, "line wider than {width}:\n{line}");
    }
    assert!(!text.contains('…'), "nothing truncated");
    for figure in figures {
        assert!(text.contains(figure), "{figure} shown whole:\n{text}");
    }
}

const BUDGET_FIGURES: &[&str] = &["9,230,000 + tbd", "1,458,000 + tbd", "126,300,000", "1.15%"];

#[test]
fn budget_fits_80_and_100_columns_without_width() {
    if !tmux_available() {
        return;
    }
    for width in [80, 100] {
        for no_color in [false, true] {
            let out = in_terminal("budget plans/belleville-2024.toml --levy", width, no_color);
            check_fits(&out, width as usize, BUDGET_FIGURES);
            assert_eq!(
                out.contains('\u{1b}'),
                !no_color,
                "colour on a terminal unless NO_COLOR (width {width})"
            );
            // Every id is shown, whole or wrapped inside its cell.
            let text = plain(&out);
            for id in ["SPR-1.2.1-DESKSRV", "MW4.2-ONBOARD", "STAFF-2026-IDA"] {
                let squeezed: String = text.split_whitespace().collect();
                assert!(
                    text.contains(id) || squeezed.contains(id) || text.contains(&id[..8]),
                    "{id} at {width} columns"
                );
            }
        }
    }
}

#[test]
fn capacity_detail_fits_80_and_100_columns() {
    if !tmux_available() {
        return;
    }
    for width in [80, 100] {
        let out = in_terminal("capacity plans/belleville-2024.toml --detail", width, true);
        check_fits(&out, width as usize, &["-700.52", "-1.54", "5,460.00"]);
    }
}

#[test]
fn tall_output_goes_through_the_pager_unless_no_pager() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let paged = dir.path().join("paged.txt");
    let pager = format!("'PAGER=cat > {}'", paged.display());
    let shown = in_terminal_with("budget plans/belleville-2024.toml", 100, true, &pager);
    let text = std::fs::read_to_string(&paged).expect("the pager ran");
    assert!(
        text.contains("Cash flow"),
        "the pager got the table:\n{text}"
    );
    assert!(
        !plain(&shown).contains("Cash flow"),
        "not also printed:\n{shown}"
    );

    let paged_again = dir.path().join("again.txt");
    let pager = format!("'PAGER=cat > {}'", paged_again.display());
    let shown = in_terminal_with(
        "budget plans/belleville-2024.toml --no-pager",
        100,
        true,
        &pager,
    );
    assert!(!paged_again.exists(), "--no-pager starts no pager");
    assert!(plain(&shown).contains("Cash flow"), "{shown}");

    // Short output fits the screen: printed, no pager.
    let short = dir.path().join("short.txt");
    let pager = format!("'PAGER=cat > {}'", short.display());
    let shown = in_terminal_with("check tests/fixtures/check-ok.toml", 100, true, &pager);
    assert!(!short.exists(), "no pager for a screenful");
    assert!(plain(&shown).contains('┌'), "{shown}");
}
