//! Exact loading of values and one test per validation rule.

use rust_decimal::Decimal;

use super::model::{Effort, OneTime, Start};
use super::{Amount, PartSum, load};
use crate::error::Error;
use crate::number::testing::d;
use crate::source::SourceFile;

const HEADER: &str = "[plan]\nname = \"T\"\nfirst_year = 2025\nlast_year = 2027\n";

fn initiative(fields: &str) -> String {
    format!("{HEADER}[[initiative]]\nid = \"A\"\nname = \"a\"\n{fields}\n")
}

/// The messages of every error the plan produces.
fn errors(text: &str) -> Vec<String> {
    match load(SourceFile::new("t.toml", text)) {
        Ok(_) => Vec::new(),
        Err(Error::InvalidPlan { diagnostics, .. }) => {
            diagnostics.into_iter().map(|d| d.message).collect()
        }
        Err(other) => vec![other.to_string()],
    }
}

fn assert_error(text: &str, expected: &str) {
    let found = errors(text);
    assert!(
        found.iter().any(|m| m.contains(expected)),
        "expected an error containing {expected:?}, got {found:?}"
    );
}

#[test]
fn toml_floats_load_exactly() {
    let loaded = load(SourceFile::new(
        "t.toml",
        initiative("start = 2025\none_time = 4627.35\nrecurring = 0.1\neffort_hours = 1533.17"),
    ))
    .expect("valid");
    let item = &loaded.plan.initiatives[0];
    assert_eq!(
        item.one_time,
        OneTime::InStartYear(Amount::Known(d("4627.35")))
    );
    assert_eq!(item.recurring, Amount::Known(d("0.1")));
    assert_eq!(item.effort_hours, Effort::Total(d("1533.17")));
}

#[test]
fn integers_and_strings_load_exactly_at_any_size() {
    let loaded = load(SourceFile::new("t.toml", initiative("start = 2025\none_time = 9_223_372_036_854_775_807\nrecurring = \"12345678901234567890.123456\""))).expect("valid");
    let item = &loaded.plan.initiatives[0];
    assert_eq!(
        item.one_time,
        OneTime::InStartYear(Amount::Known(d("9223372036854775807")))
    );
    assert_eq!(
        item.recurring,
        Amount::Known(d("12345678901234567890.123456"))
    );
}

#[test]
fn tbd_in_any_case_is_unknown() {
    let loaded = load(SourceFile::new(
        "t.toml",
        initiative("start = \"TBD\"\none_time = \"Tbd\""),
    ))
    .expect("valid");
    let item = &loaded.plan.initiatives[0];
    assert_eq!(item.start, Start::Tbd);
    assert_eq!(item.one_time, OneTime::InStartYear(Amount::Tbd));
    assert!(item.is_unscheduled() && item.is_uncosted());
}

#[test]
fn percent_strings_load_as_fractions() {
    let loaded = load(SourceFile::new(
        "t.toml",
        format!("{HEADER}escalation = \"1.45%\"\n"),
    ))
    .expect("valid");
    assert_eq!(loaded.plan.escalation, d("0.0145"));
}

#[test]
fn defaults_follow_the_contract() {
    let loaded = load(SourceFile::new("t.toml", initiative("start = 2026"))).expect("valid");
    let (plan, item) = (&loaded.plan, &loaded.plan.initiatives[0]);
    assert_eq!(plan.currency, "CAD");
    assert_eq!(plan.escalation, Decimal::ZERO);
    assert_eq!(item.end_year, Some(2026));
    assert_eq!(item.recurring, Amount::ZERO);
    assert_eq!(item.recurring_from(), Some(2026));
}

#[test]
fn rule_unknown_key_suggests_the_right_one() {
    let text = initiative("start = 2025\nonetime = 5");
    assert_error(&text, "unknown key `onetime`");
}

#[test]
fn rule_wrong_type() {
    assert_error(
        &initiative("start = 2025\nrecurring = true"),
        "`recurring` must be a number",
    );
}

#[test]
fn rule_bare_number_in_percent_field() {
    assert_error(
        &format!("{HEADER}escalation = 1.45\n"),
        "is a percent, but 1.45 is a bare number",
    );
}

#[test]
fn rule_duplicate_id() {
    assert_error(
        &format!(
            "{}[[initiative]]\nid = \"A\"\nname = \"b\"\nstart = 2025\n",
            initiative("start = 2025")
        ),
        "duplicate initiative id `A`",
    );
}

#[test]
fn rule_empty_id() {
    assert_error(
        &format!("{HEADER}[[initiative]]\nid = \" \"\nname = \"b\"\nstart = 2025\n"),
        "`id` is empty",
    );
}

#[test]
fn rule_year_out_of_range() {
    assert_error(
        &initiative("start = 1850"),
        "not a year between 1900 and 2200",
    );
}

#[test]
fn rule_score_out_of_range() {
    assert_error(
        &initiative("start = 2025\nimportance = 0"),
        "`importance` must be a whole number from 1 to 5",
    );
}

#[test]
fn rule_end_before_start() {
    assert_error(
        &initiative("start = 2026\nend = 2025"),
        "`end` 2025 is before the start 2026",
    );
}

#[test]
fn rule_recurring_end_before_start() {
    assert_error(
        &initiative("start = 2026\nrecurring_end = 2025"),
        "`recurring_end` 2025 is before",
    );
}

#[test]
fn rule_negative_fte_or_hours() {
    assert_error(
        &initiative("start = 2025\nadds_fte = -1"),
        "`adds_fte` cannot be negative",
    );
    assert_error(
        &initiative("start = 2025\neffort_hours = { 2025 = -4 }"),
        "`effort_hours` cannot be negative",
    );
}

#[test]
fn rule_zero_hours_per_fte_quarter() {
    assert_error(
        &format!("{HEADER}[capacity]\nhours_per_fte_quarter = 0\n"),
        "cannot be 0",
    );
}

#[test]
fn rule_horizon_at_most_100_years() {
    assert_error(
        "[plan]\nname = \"T\"\nfirst_year = 2000\nlast_year = 2100\n",
        "longer than 100 years",
    );
}

#[test]
fn rule_float_with_too_many_digits() {
    assert_error(
        &initiative("start = 2025\none_time = 1234567.123456789012"),
        "more than 15 significant digits",
    );
}

#[test]
fn rule_levy_needs_base_and_base_year_together() {
    assert_error(
        &format!("{HEADER}[levy]\nbase = 5\n"),
        "needs both `base` and `base_year`",
    );
}

#[test]
fn rule_stated_tax_impact_needs_a_year() {
    assert_error(
        &format!("{HEADER}[[stated]]\nmeasure = \"tax_impact\"\namount = \"1.15%\"\n"),
        "needs a `year`",
    );
}

#[test]
fn every_problem_is_collected() {
    let text = format!(
        "{HEADER}escalation = 3\n[[initiative]]\nid = \"A\"\nname = 5\nstart = 1800\nurgency = 9\n"
    );
    assert_eq!(errors(&text).len(), 4, "{:?}", errors(&text));
}

#[test]
fn arbitrary_bytes_never_panic() {
    for text in [
        "",
        "=",
        "[[initiative]]",
        "[plan]\nfirst_year = 99999999999999999999",
        "[plan]\nname=\"\u{0}\"",
        "a.b.c = [1, {x = 2}]",
    ] {
        let _ = load(SourceFile::new("t.toml", text));
    }
}

proptest::proptest! {
    #[test]
    fn any_text_loads_or_fails_without_panicking(text in "\\PC{0,200}") {
        let _ = load(SourceFile::new("t.toml", text));
    }

    #[test]
    fn any_plan_shaped_text_loads_or_fails_without_panicking(value in "[-+0-9._eE%\"a-z]{0,24}", key in "(one_time|recurring|escalation|start|end|effort_hours|adds_fte|operational|urgency)") {
        let text = initiative(&format!("{key} = {value}"));
        let _ = load(SourceFile::new("t.toml", text));
    }
}

#[test]
fn annotations_are_kept_out_of_the_way_in_every_table() {
    let text = format!(
        "x-owner = \"Finance\"\n[x-review]\nby = \"council\"\n{HEADER}x-ticket = \"IT-42\"\n\
         [levy]\nbase_year = 2025\nbase = 1_000\nx-note = \"2024 budget book\"\n\
         [[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\nx-owner = \"CIO\"\n\
         one_time = {{ 2025 = 5, x-why = \"quote\" }}\n\
         [capacity]\nx-model = \"455\"\n[[capacity.team]]\nname = \"IT\"\nfte = 1\noperational = \"0%\"\nx-lead = \"B\"\n\
         [[stated]]\nmeasure = \"one_time\"\namount = 5\nx-page = 12\n"
    );
    let loaded = load(SourceFile::new("t.toml", text)).expect("annotations are valid");
    assert_eq!(
        loaded.plan.initiatives[0].one_time,
        OneTime::Phased(vec![(2025, Amount::Known(d("5")))])
    );
    assert!(loaded.warnings.is_empty());
}

#[test]
fn finance_typed_amounts_get_the_toml_spelling() {
    let cases = [
        ("one_time = 400,000", "write `one_time = 400_000`"),
        ("one_time = \"$650,000\"", "write `one_time = 650_000`"),
        ("one_time = \"1 234 567\"", "write `one_time = 1_234_567`"),
        ("escalation = 12.5 %", "write `escalation = \"12.5%\"`"),
        ("escalation = \"12,5%\"", "write `escalation = \"12.5%\"`"),
        ("start = \"2027\"", "write `start = 2027`, without quotes"),
        ("end = \"2027\"", "write `end = 2027`, without quotes"),
        ("urgency = \"3\"", "write `urgency = 3`, without quotes"),
    ];
    for (line, help) in cases {
        let text = initiative(&format!("start = 2025\n{line}").replacen(
            "start = 2025\nstart",
            "start",
            1,
        ));
        let diagnostics = match load(SourceFile::new("t.toml", text)) {
            Err(Error::InvalidPlan { diagnostics, .. }) => diagnostics,
            other => panic!("{line}: expected an invalid plan, got {other:?}"),
        };
        assert_eq!(diagnostics.len(), 1, "{line}: {diagnostics:?}");
        let found = diagnostics[0].help.clone().unwrap_or_default();
        assert!(found.contains(help), "{line}: {found}");
    }
}

#[test]
fn a_missing_plan_header_is_one_error() {
    let text = "name = \"T\"\nfirst_year = 2025\nlast_year = 2027\nescalation = \"2%\"\n\
                [[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\n";
    let found = errors(text);
    assert_eq!(found, ["the plan has no [plan] table"]);
}

#[test]
fn registry_names_each_key_once_per_table() {
    use super::registry::{DOCUMENT, Table, Type};
    fn walk(table: &'static Table, seen: &mut Vec<&'static str>) {
        seen.push(table.header);
        let mut names: Vec<&str> = table.names().collect();
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(
            names.len(),
            count,
            "a key is listed twice in {}",
            table.header
        );
        for field in table.fields {
            assert!(
                !field.description.is_empty(),
                "{} has no description",
                field.name
            );
            if let Type::Table(inner) | Type::Tables(inner) = field.ty {
                walk(inner, seen);
            }
        }
    }
    let mut seen = Vec::new();
    walk(&DOCUMENT, &mut seen);
    assert!(seen.contains(&"[[capacity.team]]"));
}

#[test]
fn a_one_time_input_keeps_its_known_part_beside_a_tbd_phase() {
    let input = |fields: &str| {
        let loaded = load(SourceFile::new("t.toml", initiative(fields))).expect("valid");
        loaded.plan.initiatives[0]
            .one_time_input()
            .expect("no overflow")
    };
    let phased = input("start = 2025\none_time = { 2025 = 100_000, 2026 = \"tbd\", 2027 = 0.5 }");
    assert_eq!(
        phased,
        PartSum {
            known: d("100000.5"),
            tbd: true
        }
    );
    assert_eq!(phased.amount(), Amount::Tbd);
    let single = input("start = 2025\none_time = 60_000");
    assert_eq!(single.amount(), Amount::Known(d("60000")));
    let unknown = input("start = 2025\none_time = \"tbd\"");
    assert_eq!(
        unknown,
        PartSum {
            known: Decimal::ZERO,
            tbd: true
        }
    );
}
