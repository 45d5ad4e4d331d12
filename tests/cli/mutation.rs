//! Mutated plans never crash itplan: every shipped plan and fixture is
//! mutated (byte flips, swapped values, huge and tiny numbers, deep
//! nesting, long strings, control characters, lost and doubled lines) with
//! a fixed seed, and each mutant runs through every command in-process.
//! Each run must end with exit code 0, 1 or 2 and no panic.
//!
//! `cargo test` runs MUTANTS_PER_PLAN mutants of each plan; set
//! `ITPLAN_MUTANTS=500` (and optionally `ITPLAN_MUTATION_SEED=7`) for a
//! longer run. Failing inputs are written to target/mutation-failures/.

use std::ffi::OsString;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use super::root;

/// Mutants per plan in the default run: with today's 13 plans and fixtures
/// and 15 command lines, 780 runs in about two seconds.
const MUTANTS_PER_PLAN: usize = 4;
const SEED: u64 = 0x1d5e_a5ed_2025;

/// Every command line a plan goes through; `PLAN` is the mutant (read from
/// standard input), `ORIGINAL` the plan it was made from. A new command
/// adds its lines here.
const COMMANDS: &[&[&str]] = &[
    &["budget", "PLAN"],
    &["budget", "PLAN", "--levy", "--format", "json"],
    &["budget", "PLAN", "--levy", "--format", "csv"],
    &[
        "budget", "PLAN", "--levy", "--by", "theme", "--format", "markdown",
    ],
    &["capacity", "PLAN"],
    &["capacity", "PLAN", "--detail", "--format", "json"],
    &[
        "capacity", "PLAN", "--hire", "1.5@2026", "--period", "year", "--format", "csv",
    ],
    &["check", "PLAN"],
    &["check", "PLAN", "--format", "json"],
    &["check", "PLAN", "--strict", "--format", "markdown"],
    &["diff", "ORIGINAL", "PLAN", "--levy", "--format", "json"],
    &["diff", "ORIGINAL", "PLAN", "--levy", "--max-increase", "5%"],
    &["-q", "diff", "PLAN", "ORIGINAL", "--format", "csv"],
    &["report", "PLAN"],
    &["report", "PLAN", "--format", "json"],
];

/// splitmix64: small, fixed, and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<T: Copy + Default>(&mut self, items: &[T]) -> T {
        items
            .get(self.below(items.len()))
            .copied()
            .unwrap_or_default()
    }
}

const HUGE: &[&str] = &[
    "79228162514264337593543950335",
    "-79228162514264337593543950335",
    "99999999999999999999999999999999999999",
    "1e30",
    "\"1e300\"",
    "9223372036854775807",
    "-9223372036854775808",
    "0x7fffffffffffffff",
    "\"7922816251426433759354395033.5\"",
    "inf",
    "nan",
];
const TINY: &[&str] = &[
    "0.0000000000000000000000000001",
    "\"-0.0000000000000000000000000001\"",
    "1e-40",
    "-0.0",
    "0",
    "-1",
    "\"0%\"",
    "\"-100%\"",
    "\"0.0000000000000000000000000001%\"",
    "1899",
    "2201",
];
const ODD_VALUES: &[&str] = &[
    "\"tbd\"",
    "\"ongoing\"",
    "true",
    "[]",
    "{}",
    "{ 2025 = 1, 2026 = \"tbd\" }",
    "{ 1800 = 5 }",
    "1979-05-27T07:32:00Z",
    "\"$650,000\"",
    "400,000",
    "12.5 %",
];
const CONTROL: &[&str] = &[
    "\u{0}",
    "\u{1b}[31m",
    "\r",
    "\t",
    "\u{7f}",
    "\u{202e}",
    "\u{feff}",
    "\u{fffd}",
    "é",
    "\n",
];

/// One mutation of `text`, named for the failure report.
fn mutate(text: &str, rng: &mut Rng, kind: usize) -> (Vec<u8>, &'static str) {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let value_lines: Vec<usize> = (0..lines.len())
        .filter(|i| lines[*i].contains('=') && !lines[*i].trim_start().starts_with('#'))
        .collect();
    let target = rng.pick(&value_lines);
    let with_value = |lines: &[&str], value: &str| -> Vec<u8> {
        let mut out = String::new();
        for (i, line) in lines.iter().enumerate() {
            match line.split_once('=') {
                Some((key, _)) if i == target => out.push_str(&format!("{key}= {value}\n")),
                _ => out.push_str(line),
            }
        }
        out.into_bytes()
    };
    match kind % 9 {
        0 => {
            let mut bytes = text.as_bytes().to_vec();
            for _ in 0..=rng.below(3) {
                let at = rng.below(bytes.len());
                bytes[at] ^= 1 << rng.below(8);
            }
            (bytes, "byte flip")
        }
        1 => {
            let (a, b) = (target, rng.pick(&value_lines));
            let value = |i: usize| lines[i].split_once('=').map_or("", |(_, v)| v);
            let mut out = String::new();
            for (i, line) in lines.iter().enumerate() {
                let key = line.split_once('=').map(|(k, _)| k);
                match key {
                    Some(key) if i == a => out.push_str(&format!("{key}={}", value(b))),
                    Some(key) if i == b => out.push_str(&format!("{key}={}", value(a))),
                    _ => out.push_str(line),
                }
            }
            (out.into_bytes(), "swapped values")
        }
        2 => (with_value(&lines, rng.pick(HUGE)), "huge number"),
        3 => (with_value(&lines, rng.pick(TINY)), "tiny number"),
        4 => {
            let depth = 1 + rng.below(400);
            let nested = if rng.below(2) == 0 {
                format!("{}1{}", "[".repeat(depth), "]".repeat(depth))
            } else {
                format!("{}1{}", "{ a = ".repeat(depth), " }".repeat(depth))
            };
            (with_value(&lines, &nested), "deep nesting")
        }
        5 => {
            let long = format!("\"{}\"", "x".repeat(1 + rng.below(200_000)));
            (with_value(&lines, &long), "long string")
        }
        6 => {
            let mut out = text.to_string();
            for _ in 0..=rng.below(3) {
                let mut at = rng.below(out.len());
                while !out.is_char_boundary(at) {
                    at -= 1;
                }
                out.insert_str(at, rng.pick(CONTROL));
            }
            (out.into_bytes(), "control characters")
        }
        7 => (with_value(&lines, rng.pick(ODD_VALUES)), "odd value"),
        _ => {
            let (drop, double) = (rng.below(lines.len()), rng.below(lines.len()));
            let mut out = String::new();
            for (i, line) in lines.iter().enumerate() {
                if i != drop {
                    out.push_str(line);
                }
                if i == double {
                    out.push_str(line);
                }
            }
            (out.into_bytes(), "lost and doubled lines")
        }
    }
}

fn sources() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = super::shipped_plans()
        .iter()
        .map(|p| root().join(p))
        .collect();
    let fixtures = std::fs::read_dir(root().join("tests/fixtures")).expect("fixtures");
    let mut fixtures: Vec<PathBuf> = fixtures
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    fixtures.sort();
    paths.extend(fixtures);
    paths
}

/// Runs one command line in-process; the exit code, or the panic message.
fn run_in_process(args: &[OsString], stdin: &[u8]) -> Result<u8, String> {
    let mut input: &[u8] = stdin;
    let (mut out, mut err) = (Vec::new(), Vec::new());
    catch_unwind(AssertUnwindSafe(|| {
        let mut io = itplan::Io::new(&mut input, &mut out, &mut err);
        itplan::run_with(args, &mut io)
    }))
    .map_err(|panic| {
        panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "a panic".into())
    })
}

fn args_for(command: &[&str], original: &Path) -> Vec<OsString> {
    std::iter::once(OsString::from("itplan"))
        .chain(command.iter().map(|arg| match *arg {
            "PLAN" => OsString::from("-"),
            "ORIGINAL" => original.as_os_str().to_owned(),
            other => OsString::from(other),
        }))
        .collect()
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok()?.trim().parse().ok()
}

#[test]
fn mutated_plans_never_crash_any_command() {
    let mutants = env_number("ITPLAN_MUTANTS").map_or(MUTANTS_PER_PLAN, |n| n as usize);
    let seed = env_number("ITPLAN_MUTATION_SEED").unwrap_or(SEED);
    let mut rng = Rng(seed);
    let mut failures = Vec::new();
    let mut runs = 0;
    let (mut exits, mut kinds_seen) = ([0usize; 3], std::collections::BTreeSet::new());
    for source in sources() {
        let text = std::fs::read_to_string(&source).expect("plan readable");
        for n in 0..mutants {
            let kind = n + rng.below(9);
            let (mutant, kind) = mutate(&text, &mut rng, kind);
            kinds_seen.insert(kind);
            for command in COMMANDS {
                runs += 1;
                let args = args_for(command, &source);
                match run_in_process(&args, &mutant) {
                    Ok(code @ 0..=2) => exits[code as usize] += 1,
                    outcome => failures.push((
                        source.clone(),
                        kind,
                        command.join(" "),
                        outcome,
                        mutant.clone(),
                    )),
                }
            }
        }
    }
    // Silence is not proof: the runs must have both succeeded and failed.
    assert!(runs >= mutants * 8 * COMMANDS.len(), "{runs} runs");
    assert!(exits[0] > 0 && exits[2] > 0, "exit codes 0/1/2: {exits:?}");
    if !failures.is_empty() {
        let dir = root().join("target/mutation-failures");
        let _ = std::fs::create_dir_all(&dir);
        let report: Vec<String> = failures
            .iter()
            .enumerate()
            .map(|(i, (source, kind, command, outcome, mutant))| {
                let path = dir.join(format!("{i}.toml"));
                let _ = std::fs::write(&path, mutant);
                format!(
                    "{} ({kind}): itplan {command} < {}: {outcome:?}",
                    source.display(),
                    path.display()
                )
            })
            .collect();
        panic!(
            "{} of {runs} runs failed (seed {seed}):\n{}",
            failures.len(),
            report.join("\n")
        );
    }
    eprintln!("mutation: {runs} runs, exits 0/1/2 = {exits:?}, kinds {kinds_seen:?}");
}

/// A huge amount against a levy of 1 makes a tax impact of 10^28 percent:
/// every format prints it exactly or refuses it with a located error.
#[test]
fn huge_amounts_against_a_tiny_levy_never_crash() {
    let plan = "[plan]\nname = \"H\"\nfirst_year = 2025\nlast_year = 2026\n\
                [levy]\nbase_year = 2025\nbase = 1\nhouseholds = 1\n\
                [[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\n\
                one_time = 100000000000000000000000000\n\
                [[stated]]\nmeasure = \"tax_impact\"\nyear = 2025\namount = \"1.1234567890123456789012345678%\"\n";
    let dir = tempfile::tempdir().expect("temp dir");
    let original = dir.path().join("huge.toml");
    std::fs::write(&original, plan).expect("written");
    for command in [
        &["budget", "PLAN", "--levy", "--format", "json"][..],
        &["budget", "PLAN", "--levy", "--format", "csv"],
        &["budget", "PLAN", "--levy"],
        &["diff", "ORIGINAL", "PLAN", "--levy", "--format", "json"],
        &["diff", "ORIGINAL", "PLAN", "--levy", "--format", "csv"],
        &["check", "PLAN", "--format", "json"],
        &["check", "PLAN"],
        &["report", "PLAN"],
    ] {
        let outcome = run_in_process(&args_for(command, &original), plan.as_bytes());
        assert!(matches!(outcome, Ok(0..=2)), "{command:?}: {outcome:?}");
    }
}
