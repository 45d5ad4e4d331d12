//! The CI examples in examples/ci/, run for real: the review script in a
//! repository that holds only plans, and the sticky-comment script against
//! a fake GitHub and GitLab API served on 127.0.0.1 inside the test.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};

use super::*;

/// The tools the scripts need; absent ones skip loudly, or fail under CI.
fn tools_present(tools: &[&str]) -> bool {
    let missing: Vec<&str> = tools
        .iter()
        .copied()
        .filter(|tool| {
            Command::new(tool)
                .arg("--version")
                .output()
                .map_or(true, |o| !o.status.success())
        })
        .collect();
    if missing.is_empty() {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "the CI example tests need {missing:?}"
    );
    eprintln!("SKIPPED: CI example test, {missing:?} not installed");
    false
}

fn script(name: &str) -> String {
    root().join("examples/ci").join(name).display().to_string()
}

/// One comment (GitHub) or note (GitLab) held by the fake API.
#[derive(Debug, Clone, PartialEq)]
struct Note {
    id: u64,
    body: String,
}

#[derive(Debug, Default)]
struct Api {
    notes: Vec<Note>,
    /// "METHOD /path" of every request, in order.
    log: Vec<String>,
    next_id: u64,
}

/// Serves the comment endpoints of one pull request (GitHub) or merge
/// request (GitLab) until the test ends; returns the base address.
fn serve(api: Arc<Mutex<Api>>, forge: &'static str) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let address = format!("http://{}", listener.local_addr().expect("address"));
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let _ = handle(stream, &api, forge);
        }
    });
    address
}

fn handle(mut stream: TcpStream, api: &Mutex<Api>, forge: &str) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut length = 0;
    let mut authorized = false;
    loop {
        let mut header = String::new();
        reader.read_line(&mut header)?;
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        let lower = header.to_ascii_lowercase();
        if let Some(value) = lower.strip_prefix("content-length:") {
            length = value.trim().parse().unwrap_or(0);
        }
        authorized |= lower.starts_with("private-token: secret")
            || lower.starts_with("authorization: bearer secret");
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let path = target.split('?').next().unwrap_or("");
    let (status, reply) = if authorized {
        route(&mut api.lock().expect("api"), forge, method, path, &body)
    } else {
        (401, "{\"message\":\"401 Unauthorized\"}".to_string())
    };
    write!(
        stream,
        "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{reply}",
        reply.len()
    )?;
    stream.flush()
}

fn route(api: &mut Api, forge: &str, method: &str, path: &str, body: &[u8]) -> (u16, String) {
    api.log.push(format!("{method} {path}"));
    let (list, item) = match forge {
        "github" => (
            "/repos/town/plans/issues/5/comments",
            "/repos/town/plans/issues/comments/",
        ),
        _ => (
            "/api/v4/projects/7/merge_requests/3/notes",
            "/api/v4/projects/7/merge_requests/3/notes/",
        ),
    };
    let text = |body: &[u8]| -> Option<String> {
        let value: serde_json::Value = serde_json::from_slice(body).ok()?;
        value["body"].as_str().map(str::to_string)
    };
    let json = |note: &Note| serde_json::json!({ "id": note.id, "body": note.body }).to_string();
    let update = if forge == "github" { "PATCH" } else { "PUT" };
    match (method, path) {
        ("GET", p) if p == list => {
            let all: Vec<serde_json::Value> = api
                .notes
                .iter()
                .map(|n| serde_json::json!({ "id": n.id, "body": n.body, "system": false }))
                .collect();
            (200, serde_json::Value::Array(all).to_string())
        }
        ("POST", p) if p == list => {
            let Some(body) = text(body) else {
                return (400, "{}".into());
            };
            api.next_id += 1;
            let note = Note {
                id: api.next_id,
                body,
            };
            api.notes.push(note.clone());
            (201, json(&note))
        }
        (m, p) if m == update && p.starts_with(item) => {
            let id: u64 = p[item.len()..].parse().unwrap_or(0);
            let (Some(body), Some(note)) = (text(body), api.notes.iter_mut().find(|n| n.id == id))
            else {
                return (404, "{}".into());
            };
            note.body = body;
            (200, json(note))
        }
        _ => (404, "{\"message\":\"404 Not Found\"}".into()),
    }
}

/// Runs sticky-comment.sh on `body` against the fake API.
fn post(address: &str, forge: &str, dir: &Path, body: &str) -> std::process::Output {
    let file = dir.join("review.md");
    std::fs::write(&file, body).expect("review written");
    let mut command = Command::new("bash");
    command
        .arg(script("sticky-comment.sh"))
        .arg(&file)
        .env_remove("CI_API_V4_URL")
        .env("ITPLAN_FORGE", forge)
        .env("NO_PROXY", "127.0.0.1")
        .env("no_proxy", "127.0.0.1");
    if forge == "github" {
        command
            .env("GITHUB_API_URL", address)
            .env("GITHUB_REPOSITORY", "town/plans")
            .env("ITPLAN_PR", "5")
            .env("GITHUB_TOKEN", "secret");
    } else {
        command
            .env("CI_API_V4_URL", format!("{address}/api/v4"))
            .env("CI_PROJECT_ID", "7")
            .env("CI_MERGE_REQUEST_IID", "3")
            .env("ITPLAN_NOTE_TOKEN", "secret");
    }
    command.output().expect("bash runs")
}

/// Two runs leave exactly one review comment; the second updates the
/// comment it found by its marker, and a reviewer's comment is untouched.
fn one_sticky_comment(forge: &'static str, update: &str, item: &str) {
    if !tools_present(&["bash", "curl", "jq"]) {
        return;
    }
    let api = Arc::new(Mutex::new(Api {
        notes: vec![Note {
            id: 41,
            body: "Looks fine to me.".into(),
        }],
        next_id: 99,
        ..Api::default()
    }));
    let address = serve(Arc::clone(&api), forge);
    let dir = tempfile::tempdir().expect("temp dir");
    let first = "<!-- itplan review -->\n**PASS: Cash flow +$205,000 (+2.22%)**\n";
    let second = "<!-- itplan review -->\n**:x: FAIL: Cash flow +$305,000 (+3.30%)**\n";
    for body in [first, second] {
        let output = post(&address, forge, dir.path(), body);
        assert!(
            output.status.success(),
            "sticky-comment.sh failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let api = api.lock().expect("api");
    assert_eq!(
        api.notes,
        vec![
            Note {
                id: 41,
                body: "Looks fine to me.".into()
            },
            Note {
                id: 100,
                body: second.into()
            },
        ]
    );
    let methods: Vec<&str> = api.log.iter().map(String::as_str).collect();
    let list = match forge {
        "github" => "/repos/town/plans/issues/5/comments",
        _ => "/api/v4/projects/7/merge_requests/3/notes",
    };
    assert_eq!(
        methods,
        vec![
            format!("GET {list}"),
            format!("POST {list}"),
            format!("GET {list}"),
            format!("{update} {item}100"),
        ]
    );
}

#[test]
fn gitlab_keeps_one_note_found_by_its_marker() {
    one_sticky_comment(
        "gitlab",
        "PUT",
        "/api/v4/projects/7/merge_requests/3/notes/",
    );
}

#[test]
fn github_keeps_one_sticky_comment() {
    one_sticky_comment("github", "PATCH", "/repos/town/plans/issues/comments/");
}

#[test]
fn a_review_without_the_marker_gets_it() {
    if !tools_present(&["bash", "curl", "jq"]) {
        return;
    }
    let api = Arc::new(Mutex::new(Api::default()));
    let address = serve(Arc::clone(&api), "gitlab");
    let dir = tempfile::tempdir().expect("temp dir");
    for _ in 0..2 {
        let output = post(&address, "gitlab", dir.path(), "No plan changed.\n");
        assert!(output.status.success(), "{output:?}");
    }
    let api = api.lock().expect("api");
    assert_eq!(api.notes.len(), 1, "{:?}", api.notes);
    assert_eq!(
        api.notes[0].body,
        "<!-- itplan review -->\nNo plan changed.\n"
    );
}

/// A repository with nothing but plans: Belleville's and a small town's,
/// approved on `main`; then a branch that renames an initiative of
/// Belleville's (no figure changes) and grows the town's cash flow by
/// 20,000 (+5%; tax impact +0.3124 points in 2027).
fn plans_repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path();
    std::fs::create_dir(path.join("plans")).expect("plans/");
    let copy = |from: &str, to: &str| {
        std::fs::copy(root().join(from), path.join("plans").join(to)).expect("copied");
    };
    copy("plans/belleville-2024.toml", "belleville-2024.toml");
    copy("tests/fixtures/diff-old.toml", "sample-township.toml");
    git(path, &["init", "--quiet", "--initial-branch=main"]);
    git(path, &["add", "plans"]);
    git(path, &["commit", "--quiet", "-m", "Plans as approved"]);
    git(path, &["checkout", "--quiet", "-b", "review"]);
    let belleville = path.join("plans/belleville-2024.toml");
    let plan = std::fs::read_to_string(&belleville).expect("plan");
    let renamed = plan.replacen(
        "name = \"Human Capital Management (HRIS solution)\"",
        "name = \"Human Capital Management (HRIS)\"",
        1,
    );
    assert_ne!(renamed, plan, "MW1.3 is in the plan");
    std::fs::write(&belleville, renamed).expect("written");
    copy("tests/fixtures/diff-new.toml", "sample-township.toml");
    git(
        path,
        &["commit", "--quiet", "-am", "HRIS renamed; security analyst"],
    );
    dir
}

/// Runs review-plans.sh in `dir` with the built itplan.
fn review(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (i32, String) {
    let output = Command::new("bash")
        .current_dir(dir)
        .arg(script("review-plans.sh"))
        .args(args)
        .env("ITPLAN", env!("CARGO_BIN_EXE_itplan"))
        .envs(env.iter().copied())
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("NO_COLOR", "1")
        .output()
        .expect("bash runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

#[test]
fn review_runs_in_a_repository_of_plans_only() {
    if !tools_present(&["bash", "git"]) {
        return;
    }
    let repo = plans_repository();
    let (code, comment) = review(repo.path(), &["main", "5%"], &[]);
    assert_eq!(code, 0, "{comment}");
    for expected in [
        "<!-- itplan review -->",
        "## `plans/belleville-2024.toml`",
        "**PASS: No change in cash flow over 2025–2029: within the +5% limit (--max-increase)**",
        "| ~ | MW1.3 | Human Capital Management (HRIS) | 0 | 650,000 → 650,000 |",
        "itplan check: every stated figure agrees, or is an accepted known difference",
        "28 of 36 stated figures agree with the arithmetic; 8 known differences accepted",
        "## `plans/sample-township.toml`",
        "**PASS: Cash flow +\\$20,000 (+5.00%) over 2025–2027: within the +5% limit (--max-increase)**",
        "| + | SEC-1 | Security analyst | +65,000 | — → 65,000 |",
    ] {
        assert!(comment.contains(expected), "{expected:?} in\n{comment}");
    }
    let (code, comment) = review(
        repo.path(),
        &["main", "5%"],
        &[("ITPLAN_WARN_INCREASE", "2%")],
    );
    assert_eq!(code, 0, "a warning does not fail: {comment}");
    assert!(
        comment.contains("**WARNING: Cash flow +\\$20,000 (+5.00%) over 2025–2027: within the +5% limit (--max-increase), above the +2% warning level (--warn-increase)**"),
        "{comment}"
    );
    let (code, comment) = review(repo.path(), &["main", "4.99%"], &[]);
    assert_eq!(code, 1, "{comment}");
    assert!(
        comment.contains("**:x: FAIL: Cash flow +\\$20,000"),
        "{comment}"
    );
    let (code, comment) = review(
        repo.path(),
        &["main", ""],
        &[("ITPLAN_MAX_TAX_INCREASE", "0.3")],
    );
    assert_eq!(code, 1, "{comment}");
    for expected in [
        "**PASS: No change in cash flow over 2025–2029; tax impact grows in no year: within the +0.3-point limit (--max-tax-increase)**",
        "tax impact +0.3124 points in 2027: EXCEEDS the +0.3-point limit (--max-tax-increase)**",
    ] {
        assert!(comment.contains(expected), "{expected:?} in\n{comment}");
    }
}

#[test]
fn review_fails_on_a_new_disagreement() {
    if !tools_present(&["bash", "git"]) {
        return;
    }
    let repo = plans_repository();
    let path = repo.path().join("plans/belleville-2024.toml");
    let plan = std::fs::read_to_string(&path).expect("plan");
    // The costing sheet's 2025 column no longer agrees with the rows.
    let text = plan.replacen("amount = 1_458_000", "amount = 1_459_000", 1);
    std::fs::write(&path, text).expect("written");
    git(
        repo.path(),
        &["commit", "--quiet", "-am", "Typo in a stated figure"],
    );
    let (code, comment) = review(repo.path(), &["main", "5%"], &[]);
    assert_eq!(code, 1, "{comment}");
    assert!(
        comment.contains(":x: itplan check: stated figures disagree with the arithmetic"),
        "{comment}"
    );
}
