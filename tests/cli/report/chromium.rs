//! Headless Chromium, cut off from the network, as the page's reader.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The browser, or None (with a loud SKIPPED line) when it is not
/// installed; in CI its absence fails the test.
pub fn find() -> Option<PathBuf> {
    let named = std::env::var_os("ITPLAN_CHROMIUM").map(PathBuf::from);
    let candidates = [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ];
    let on_path = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .flat_map(|dir| candidates.iter().map(move |name| dir.join(name)))
            .find(|candidate| candidate.is_file())
    });
    match named.or(on_path) {
        Some(found) => Some(found),
        None if std::env::var_os("CI").is_some() => {
            panic!("chromium is not installed, and CI must run the browser test")
        }
        None => {
            eprintln!(
                "SKIPPED: chromium not installed; the HTML report was not checked in a browser"
            );
            None
        }
    }
}

pub struct Run {
    pub stdout: String,
    pub stderr: String,
}

/// Runs Chromium headless on `url` with `extra` flags, every request off
/// the machine bound to fail: names resolve nowhere, the proxy is a dead port.
pub fn run(browser: &Path, profile: &Path, url: &str, extra: &[String]) -> Run {
    let mut command = Command::new(browser);
    command
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            "--disable-extensions",
            "--hide-scrollbars",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--proxy-server=127.0.0.1:9",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("chromium starts");
    let started = Instant::now();
    let (mut stdout, mut stderr) = (child.stdout.take(), child.stderr.take());
    let out = std::thread::spawn(move || read_all(stdout.as_mut()));
    let err = std::thread::spawn(move || read_all(stderr.as_mut()));
    loop {
        if child.try_wait().expect("chromium runs").is_some() {
            break;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("chromium did not finish within 120 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Run {
        stdout: out.join().expect("stdout read"),
        stderr: err.join().expect("stderr read"),
    }
}

fn read_all(stream: Option<&mut impl std::io::Read>) -> String {
    let mut bytes = Vec::new();
    if let Some(stream) = stream {
        let _ = stream.read_to_end(&mut bytes);
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Console messages the page logged (Chromium prints them as `CONSOLE` lines).
pub fn console_lines(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.contains(":CONSOLE")).collect()
}

/// URLs the page asked for, from a net log: requests with an initiator
/// (the page's origin) rather than the browser's own housekeeping,
/// which Chromium logs with "not an origin".
pub fn page_requests(net_log: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(net_log).expect("net log written");
    // Chromium may stop before closing the JSON; the events are complete lines.
    let log: serde_json::Value = serde_json::from_str(&text)
        .or_else(|_| serde_json::from_str(&format!("{}]}}", text.trim_end().trim_end_matches(','))))
        .expect("net log is JSON");
    let start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"].clone();
    assert!(start_job.is_number(), "net log names its event types");
    log["events"]
        .as_array()
        .expect("net log events")
        .iter()
        .filter(|event| event["type"] == start_job)
        .filter(|event| event["params"]["initiator"] != "not an origin")
        .filter_map(|event| event["params"]["url"].as_str())
        .map(str::to_string)
        .collect()
}
