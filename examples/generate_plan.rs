//! Writes a synthetic plan of N initiatives over H years to standard output,
//! for timing itplan on plans far larger than any real one.
//!
//! cargo run --release --example generate_plan -- 100000 30 > /tmp/big.toml
//! cargo run --release --example generate_plan -- 10000 30 workplan > /tmp/work.toml
//!
//! With `--effort-slips`, 3 initiatives in 28 also give effort hours for a
//! year after their work ends: one warning each (10,716 of 100,000), for
//! timing how itplan reports many warnings.

use std::io::{self, BufWriter, Write};

fn main() -> io::Result<()> {
    let slips = std::env::args().any(|a| a == "--effort-slips");
    let mut args = std::env::args().skip(1).filter(|a| !a.starts_with("--"));
    let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let years: i32 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(30)
        .clamp(1, 100);
    // A third argument, `workplan`, gives every initiative an effort, a
    // score and dependencies on earlier ones, for timing `itplan schedule`.
    let workplan = args.next().is_some_and(|a| a == "workplan");
    let (first, last) = (2025, 2025 + years - 1);
    let mut out = BufWriter::new(io::stdout().lock());
    writeln!(
        out,
        "[plan]\nname = \"Synthetic plan: {count} initiatives\"\nfirst_year = {first}\nlast_year = {last}\nescalation = \"2%\"\n"
    )?;
    writeln!(
        out,
        "[levy]\nbase_year = {first}\nbase = 250_000_000\ngrowth = \"3%\"\nhouseholds = 60_000\n"
    )?;
    writeln!(
        out,
        "[capacity]\n\n[[capacity.team]]\nname = \"IT\"\nfte = 40\noperational = \"80%\"\n"
    )?;
    let themes = ["Governance", "Infrastructure", "Workforce", "Customer"];
    for i in 0..count {
        // A deterministic spread of starts, amounts and shapes.
        let start = first + (i as i32 * 7) % years;
        let theme = themes[i % themes.len()];
        writeln!(
            out,
            "[[initiative]]\nid = \"I-{i}\"\nname = \"Initiative {i}\"\ntheme = \"{theme}\"\nstart = {start}"
        )?;
        match i % 4 {
            0 => writeln!(
                out,
                "one_time = {}\nrecurring = {}.25",
                10_000 + i * 13 % 90_000,
                1_000 + i % 9_000
            )?,
            1 if start < last => writeln!(
                out,
                "one_time = {{ {start} = {}, {} = 5000.5 }}\nend = {}",
                20_000 + i % 50_000,
                start + 1,
                start + 1
            )?,
            1 => writeln!(out, "one_time = 5000.5")?,
            2 => writeln!(
                out,
                "recurring = {}\nrecurring_end = {}\nescalation = \"3.5%\"",
                2_500 + i % 700,
                (start + 5).min(last)
            )?,
            _ => writeln!(
                out,
                "one_time = \"tbd\"\nrecurring = 750\neffort_hours = 400\nend = {}",
                (start + 2).min(last)
            )?,
        }
        if slips && i % 28 < 3 {
            writeln!(
                out,
                "effort_hours = {{ {start} = 120, {} = 40 }}",
                start + 5
            )?;
        }
        if workplan {
            writeln!(
                out,
                "urgency = {}\nimportance = {}",
                1 + i % 5,
                1 + (i / 5) % 5
            )?;
            if i % 4 != 3 && !(slips && i % 28 < 3) {
                writeln!(out, "effort_hours = {}", 100 + (i * 37) % 700)?;
            }
            if i >= 7 && i % 3 == 0 {
                writeln!(out, "depends_on = [\"I-{}\", \"I-{}\"]", i - 3, i - 7)?;
            }
        }
        writeln!(out)?;
    }
    out.flush()
}
