//! Reading funding and `[debt]`: one test per rule, with where it points.

use super::load;
use super::model::Funding;
use crate::diagnostic::{Diagnostic, Severity};
use crate::error::Error;
use crate::number::testing::d;
use crate::source::SourceFile;

const HEADER: &str = "[plan]\nname = \"T\"\nfirst_year = 2025\nlast_year = 2027\n";
const DEBT: &str = "[debt]\nrate = \"4.5%\"\nterm = 10\n";

fn initiative(id: &str, fields: &str) -> String {
    format!(
        "[[initiative]]\nid = \"{id}\"\nname = \"n\"\nstart = 2025\none_time = 1000\nrecurring = 10\n{fields}\n"
    )
}

/// Every diagnostic, errors and warnings, with the text it points at.
fn diagnostics(text: &str) -> Vec<(Severity, String, String)> {
    let (diagnostics, warnings) = match load(SourceFile::new("t.toml", text)) {
        Ok(loaded) => (Vec::new(), loaded.warnings),
        Err(Error::InvalidPlan { diagnostics, .. }) => (diagnostics, Vec::new()),
        Err(other) => panic!("unexpected error {other}"),
    };
    let at = |d: &Diagnostic| {
        d.span
            .clone()
            .map_or(String::new(), |s| text[s].to_string())
    };
    diagnostics
        .iter()
        .chain(&warnings)
        .map(|d| (d.severity, d.message.clone(), at(d)))
        .collect()
}

fn assert_error(text: &str, message: &str, at: &str) {
    let found = diagnostics(text);
    assert!(
        found
            .iter()
            .any(|(s, m, a)| *s == Severity::Error && m.contains(message) && a == at),
        "expected an error {message:?} at {at:?}, got {found:?}"
    );
}

fn assert_warning(text: &str, message: &str, at: &str) {
    let found = diagnostics(text);
    assert!(
        found
            .iter()
            .any(|(s, m, a)| *s == Severity::Warning && m.contains(message) && a == at),
        "expected a warning {message:?} at {at:?}, got {found:?}"
    );
}

fn plan(text: &str) -> super::Plan {
    match load(SourceFile::new("t.toml", text)) {
        Ok(loaded) => loaded.plan,
        Err(error) => panic!("invalid: {}", error.render(false)),
    }
}

#[test]
fn shares_keep_the_order_of_the_file() {
    let plan = plan(&format!(
        "{HEADER}{}",
        initiative(
            "A",
            "funding = { reserve = \"33.33%\", grant = \"33.33%\", levy = \"33.34%\" }"
        )
    ));
    assert_eq!(
        plan.initiatives[0].funding,
        Some(Funding::Shares(vec![
            ("reserve".into(), d("0.3333")),
            ("grant".into(), d("0.3333")),
            ("levy".into(), d("0.3334")),
        ]))
    );
    assert_eq!(plan.initiatives[0].recurring_funding, None);
    assert!(plan.debt.is_none());
}

#[test]
fn debt_terms_load_with_first_payment_defaulting_to_one() {
    let plan = plan(&format!(
        "{HEADER}{DEBT}{}",
        initiative("A", "funding = \"Debt\"")
    ));
    let debt = plan.debt.expect("[debt]");
    assert_eq!(
        (debt.rate, debt.term, debt.first_payment),
        (d("0.045"), 10, 1)
    );
    assert_eq!(
        plan.initiatives[0].funding,
        Some(Funding::Source("Debt".into()))
    );
}

#[test]
fn shares_must_sum_to_exactly_one_hundred_percent() {
    let text = format!(
        "{HEADER}{}",
        initiative("A", "funding = { grant = \"40%\", levy = \"50%\" }")
    );
    assert_error(
        &text,
        "`funding` shares add up to 90%, not 100%",
        "{ grant = \"40%\", levy = \"50%\" }",
    );
}

#[test]
fn a_share_must_be_a_percent_and_not_negative() {
    let bare = format!(
        "{HEADER}{}",
        initiative("A", "funding = { grant = 0.4, levy = \"60%\" }")
    );
    assert_error(
        &bare,
        "`funding` is a percent, but 0.4 is a bare number",
        "0.4",
    );
    let negative = format!(
        "{HEADER}{}",
        initiative("A", "funding = { grant = \"-10%\", levy = \"110%\" }")
    );
    assert_error(
        &negative,
        "a `funding` share cannot be negative",
        "\"-10%\"",
    );
}

#[test]
fn a_source_named_twice_in_any_case_is_an_error() {
    let text = format!(
        "{HEADER}{}",
        initiative("A", "funding = { Grant = \"50%\", grant = \"50%\" }")
    );
    assert_error(&text, "names the source `grant` twice", "grant");
}

#[test]
fn recurring_funding_may_not_borrow() {
    let text = format!(
        "{HEADER}{DEBT}{}",
        initiative(
            "A",
            "recurring_funding = { debt = \"50%\", levy = \"50%\" }"
        )
    );
    assert_error(
        &text,
        "`recurring_funding` cannot name debt",
        "{ debt = \"50%\", levy = \"50%\" }",
    );
}

#[test]
fn debt_without_a_debt_table_is_an_error_at_the_funding() {
    let text = format!(
        "{HEADER}{}",
        initiative("A", "funding = { DEBT = \"70%\", grant = \"30%\" }")
    );
    assert_error(
        &text,
        "`funding` names debt, but the plan has no [debt] table",
        "DEBT",
    );
}

#[test]
fn debt_terms_are_checked() {
    let term = format!(
        "{HEADER}[debt]\nrate = \"4.5%\"\nterm = 41\n{}",
        initiative("A", "funding = \"debt\"")
    );
    assert_error(&term, "`term` must be a whole number from 1 to 40", "41");
    let first = format!(
        "{HEADER}{DEBT}first_payment = 6\n{}",
        initiative("A", "funding = \"debt\"")
    );
    assert_error(
        &first,
        "`first_payment` must be a whole number from 0 to 5",
        "6",
    );
    let rate = format!(
        "{HEADER}[debt]\nrate = \"-1%\"\nterm = 10\n{}",
        initiative("A", "funding = \"debt\"")
    );
    assert_error(&rate, "the debt `rate` cannot be negative", "\"-1%\"");
    let missing = format!(
        "{HEADER}[debt]\nterm = 10\n{}",
        initiative("A", "funding = \"debt\"")
    );
    assert_error(&missing, "[debt] is missing `rate`", "[debt]");
    // An invalid [debt] is reported once, not again at every debt funding.
    assert!(
        !diagnostics(&missing)
            .iter()
            .any(|(_, m, _)| m.contains("no [debt] table"))
    );
}

#[test]
fn a_debt_table_no_funding_uses_is_a_warning() {
    let text = format!("{HEADER}{DEBT}{}", initiative("A", ""));
    assert_warning(&text, "[debt] has no effect", "[debt]");
}

#[test]
fn a_name_close_to_another_gets_a_did_you_mean() {
    let typo = format!("{HEADER}{}", initiative("A", "funding = \"grnat\""));
    assert_warning(
        &typo,
        "funding source `grnat` is close to `grant`",
        "\"grnat\"",
    );
    let plural = format!(
        "{HEADER}{}{}{}",
        initiative("A", "funding = \"federal gas tax\""),
        initiative("B", "funding = \"federal gas tax\""),
        initiative(
            "C",
            "funding = { \"federal gas tx\" = \"50%\", levy = \"50%\" }"
        ),
    );
    assert_warning(
        &plural,
        "`federal gas tx` is close to `federal gas tax`",
        "\"federal gas tx\"",
    );
    // Case alone is the same source, not a typo; distinct words are left alone.
    let fine = format!(
        "{HEADER}{}{}",
        initiative("A", "funding = \"Reserve\""),
        initiative(
            "B",
            "funding = { reserve = \"50%\", \"ICIP grant\" = \"50%\" }"
        ),
    );
    assert!(diagnostics(&fine).is_empty(), "{:?}", diagnostics(&fine));
}

#[test]
fn other_kinds_of_value_are_explained() {
    let text = format!("{HEADER}{}", initiative("A", "funding = 100"));
    assert_error(
        &text,
        "`funding` must be a source name or a table of shares",
        "100",
    );
    let empty = format!("{HEADER}{}", initiative("A", "funding = {}"));
    assert_error(&empty, "`funding` names no source", "{}");
    let blank = format!("{HEADER}{}", initiative("A", "funding = \" \""));
    assert_error(&blank, "`funding` names an empty source", "\" \"");
}
