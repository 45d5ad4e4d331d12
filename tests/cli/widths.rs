//! Tables fitted to 80 and 100 columns (`--width`, piped); the unlimited
//! width is every other table snapshot. No line may pass the width.

use super::*;

fn fitted(args: &[&str], width: usize) -> String {
    let width_arg = width.to_string();
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--width", &width_arg]);
    let out = run(&all);
    for line in out.lines() {
        assert!(
            line.chars().count() <= width,
            "{args:?} at {width}: a line of {} columns:\n{line}",
            line.chars().count()
        );
    }
    out
}

#[test]
fn budget_at_80_and_100_columns() {
    let args = ["budget", "plans/belleville-2024.toml", "--levy"];
    insta::assert_snapshot!("budget_80", fitted(&args, 80));
    insta::assert_snapshot!("budget_100", fitted(&args, 100));
}

#[test]
fn capacity_detail_at_80_and_100_columns() {
    let args = ["capacity", "plans/belleville-2024.toml", "--detail"];
    insta::assert_snapshot!("capacity_80", fitted(&args, 80));
    insta::assert_snapshot!("capacity_100", fitted(&args, 100));
}

#[test]
fn check_at_80_and_100_columns() {
    let args = ["check", "plans/belleville-2024.toml"];
    insta::assert_snapshot!("check_80", fitted(&args, 80));
    insta::assert_snapshot!("check_100", fitted(&args, 100));
}

#[test]
fn diff_at_80_and_100_columns() {
    let args = [
        "diff",
        "tests/fixtures/diff-old.toml",
        "tests/fixtures/diff-new.toml",
        "--levy",
    ];
    insta::assert_snapshot!("diff_80", fitted(&args, 80));
    insta::assert_snapshot!("diff_100", fitted(&args, 100));
}

#[test]
fn piped_output_without_width_is_not_wrapped() {
    let out = stdout(&["budget", "plans/belleville-2024.toml", "--levy"]);
    let widest = out.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(widest > 200, "one line per row, unwrapped: {widest}");
}
