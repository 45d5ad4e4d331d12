//! The budget arithmetic, with explicit expected values.

use rust_decimal::Decimal;

use super::budget::{BudgetOptions, BudgetReport, budget};
pub use crate::number::testing::d;
use crate::plan::{Plan, load};
use crate::source::SourceFile;

pub fn plan(text: &str) -> Plan {
    match load(SourceFile::new("test.toml", text)) {
        Ok(loaded) => loaded.plan,
        Err(error) => panic!("test plan is invalid: {}", error.render(false)),
    }
}

fn report(text: &str, levy: bool) -> BudgetReport {
    let options = BudgetOptions {
        levy,
        ..BudgetOptions::default()
    };
    budget(&plan(text), &options).expect("computes")
}

fn row(report: &BudgetReport, id: &str) -> Vec<Decimal> {
    report
        .initiatives
        .iter()
        .find(|r| r.id == id)
        .expect("row")
        .cash_flow
        .clone()
}

fn ds(values: &[&str]) -> Vec<Decimal> {
    values.iter().map(|v| d(v)).collect()
}

const HEADER: &str = "[plan]\nname = \"T\"\nfirst_year = 2025\nlast_year = 2029\n";

#[test]
fn recurring_cost_carries_forward_into_every_later_year() {
    let r = report(
        &format!(
            "{HEADER}[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2026\none_time = 100\nrecurring = 10\n"
        ),
        false,
    );
    assert_eq!(row(&r, "A"), ds(&["0", "110", "10", "10", "10"]));
    assert_eq!(r.totals.new_recurring, ds(&["0", "10", "0", "0", "0"]));
    assert_eq!(r.totals.cash_flow_total, d("140"));
}

#[test]
fn escalation_compounds_from_recurring_start_and_rounds_half_away_from_zero() {
    let text = format!(
        "{HEADER}escalation = \"2.5%\"\n[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\nrecurring = 100.10\n[[initiative]]\nid = \"B\"\nname = \"b\"\nstart = 2025\nrecurring = -100.10\n"
    );
    let r = report(&text, false);
    // 100.10 × 1.025 = 102.6025 → 102.60; × 1.025² = 105.1675625 → 105.17;
    // × 1.025³ = 107.79675156… → 107.80; × 1.025⁴ = 110.4916703… → 110.49.
    assert_eq!(
        row(&r, "A"),
        ds(&["100.10", "102.60", "105.17", "107.80", "110.49"])
    );
    assert_eq!(
        row(&r, "B"),
        ds(&["-100.10", "-102.60", "-105.17", "-107.80", "-110.49"])
    );
}

#[test]
fn exact_half_cent_rounds_away_from_zero() {
    // 0.10 × 1.05 = 0.105 exactly: half a cent, rounded up to 0.11 (and -0.11).
    let text = format!(
        "{HEADER}[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\nrecurring = 0.10\nescalation = \"5%\"\n[[initiative]]\nid = \"B\"\nname = \"b\"\nstart = 2025\nrecurring = -0.10\nescalation = \"5%\"\n"
    );
    let r = report(&text, false);
    assert_eq!(row(&r, "A")[1], d("0.11"));
    assert_eq!(row(&r, "B")[1], d("-0.11"));
}

#[test]
fn initiative_escalation_overrides_the_plan() {
    let text = format!(
        "{HEADER}escalation = \"10%\"\n[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\nrecurring = 1000\nescalation = \"0%\"\n"
    );
    assert_eq!(
        row(&report(&text, false), "A"),
        ds(&["1000", "1000", "1000", "1000", "1000"])
    );
}

#[test]
fn phased_one_time_lands_in_its_years() {
    let text = format!(
        "{HEADER}[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\nend = 2026\none_time = {{ 2025 = 200_000, 2026 = 150_000 }}\n"
    );
    let r = report(&text, false);
    assert_eq!(row(&r, "A"), ds(&["200000", "150000", "0", "0", "0"]));
    assert_eq!(r.totals.one_time_total, d("350000"));
}

#[test]
fn recurring_start_and_end_bound_the_payments() {
    let text = format!(
        "{HEADER}[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\nrecurring = 50\nrecurring_start = 2026\nrecurring_end = 2028\n"
    );
    let r = report(&text, false);
    assert_eq!(row(&r, "A"), ds(&["0", "50", "50", "50", "0"]));
    assert_eq!(r.totals.new_recurring, ds(&["0", "50", "0", "0", "0"]));
}

#[test]
fn recurring_started_before_the_horizon_counts_only_inside_it() {
    let text = format!(
        "{HEADER}[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2023\none_time = 999\nrecurring = 100\nescalation = \"10%\"\n"
    );
    let r = report(&text, false);
    // Escalated from 2023: 2025 is 100 × 1.1² = 121.
    assert_eq!(
        row(&r, "A"),
        ds(&["121", "133.1", "146.41", "161.05", "177.16"])
    );
    assert_eq!(r.totals.one_time_total, Decimal::ZERO);
    assert_eq!(r.totals.new_recurring_total, Decimal::ZERO);
}

#[test]
fn ongoing_starts_in_the_first_year() {
    let text = format!(
        "{HEADER}[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = \"ongoing\"\none_time = 5\nrecurring = 1\n"
    );
    assert_eq!(
        row(&report(&text, false), "A"),
        ds(&["6", "1", "1", "1", "1"])
    );
}

#[test]
fn tbd_is_never_zero_and_never_dropped() {
    let text = format!(
        "{HEADER}[[initiative]]\nid = \"U\"\nname = \"u\"\nstart = \"tbd\"\none_time = 5\n[[initiative]]\nid = \"C\"\nname = \"c\"\nstart = 2026\none_time = \"tbd\"\nrecurring = 7\n"
    );
    let r = report(&text, false);
    assert_eq!(r.unscheduled, vec!["U".to_string()]);
    assert_eq!(r.uncosted, vec!["C".to_string()]);
    let unscheduled = r.initiatives.iter().find(|i| i.id == "U").expect("row");
    assert!(unscheduled.cash_flow.is_empty());
    assert_eq!(unscheduled.total, None);
    assert_eq!(row(&r, "C"), ds(&["0", "7", "7", "7", "7"]));
    assert_eq!(r.excluded.one_time, 1);
    assert_eq!(r.excluded.new_recurring, 0);
    assert_eq!(r.excluded.cash_flow, 1);
}

#[test]
fn levy_grows_after_and_shrinks_before_the_base_year() {
    let text = format!(
        "{HEADER}[levy]\nbase_year = 2026\nbase = 1_000_000\ngrowth = \"10%\"\nby_year = {{ 2029 = 2_000_000 }}\nhouseholds = 3\n[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\nrecurring = 10_000\n"
    );
    let r = report(&text, true);
    let levy = r.levy.expect("levy rows");
    // 2025: 1,000,000 ÷ 1.1 = 909,090.909… → 909,090.91.
    assert_eq!(
        levy.levy,
        ds(&["909090.91", "1000000", "1100000", "1210000", "2000000"])
    );
    assert_eq!(levy.tax_impact_percent[1], d("1"));
    assert_eq!(levy.tax_impact_percent[4], d("0.5"));
    assert_eq!(levy.change_percent[0], None);
    assert_eq!(levy.change_percent[1], Some(Decimal::ZERO));
    assert_eq!(levy.per_household.expect("households")[0], d("3333.33"));
}

#[test]
fn window_shows_part_of_the_horizon_and_keeps_the_prior_year_for_change() {
    let text = format!(
        "{HEADER}[levy]\nbase_year = 2025\nbase = 100_000\n[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\none_time = 1000\nrecurring = 100\n"
    );
    let options = BudgetOptions {
        levy: true,
        from: Some(2026),
        to: Some(2027),
        ..BudgetOptions::default()
    };
    let r = budget(&plan(&text), &options).expect("computes");
    assert_eq!(r.years, vec![2026, 2027]);
    assert_eq!(r.totals.cash_flow, ds(&["100", "100"]));
    // (100 − 1100) ÷ 100,000 × 100 = −1%.
    assert_eq!(r.levy.expect("levy").change_percent[0], Some(d("-1")));
}

#[test]
fn overflow_is_an_error_at_the_initiative() {
    let text = format!(
        "{HEADER}[[initiative]]\nid = \"BIG\"\nname = \"a\"\nstart = 1900\nrecurring = \"79228162514264337593543950335\"\nescalation = \"100%\"\n"
    );
    let error = budget(&plan(&text), &BudgetOptions::default()).expect_err("overflows");
    assert!(error.message.contains("overflow"), "{}", error.message);
    assert!(error.span.is_some());
}

/// The figures the Belleville costing sheet prints.
#[test]
fn belleville_costing_sheet_totals() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/plans/belleville-2024.toml"
    ))
    .expect("shipped plan");
    let r = report(&text, true);
    assert_eq!(
        r.totals.cash_flow,
        ds(&["1458000", "1706000", "2529000", "1712000", "1825000"])
    );
    assert_eq!(r.totals.one_time_total, d("5080000"));
    assert_eq!(r.totals.new_recurring_total, d("1120000"));
    assert_eq!(
        r.totals.one_time,
        ds(&["1040000", "1045000", "1595000", "695000", "705000"])
    );
    assert_eq!(
        r.totals.new_recurring,
        ds(&["418000", "243000", "273000", "83000", "103000"])
    );
    let tax: Vec<Decimal> = r
        .levy
        .expect("levy")
        .tax_impact_percent
        .iter()
        .map(|p| super::money::round(*p, 2))
        .collect();
    assert_eq!(tax, ds(&["1.15", "1.33", "1.95", "1.30", "1.36"]));
}

#[test]
fn an_unescalated_recurring_amount_is_paid_in_cents() {
    let r = report(
        &format!(
            "{HEADER}[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2027\nrecurring = \"100.005\"\n\n\
             [[initiative]]\nid = \"B\"\nname = \"b\"\nstart = 2028\nrecurring = \"-0.125\"\n"
        ),
        false,
    );
    assert_eq!(row(&r, "A"), ds(&["0", "0", "100.01", "100.01", "100.01"]));
    assert_eq!(row(&r, "B"), ds(&["0", "0", "0", "-0.13", "-0.13"]));
    assert_eq!(
        r.totals.cash_flow,
        ds(&["0", "0", "100.01", "99.88", "99.88"])
    );
    assert_eq!(r.totals.cash_flow_total, d("299.77"));
    // The amount as written is the new recurring cost of its first year.
    assert_eq!(r.totals.new_recurring_total, d("99.880"));
}

#[test]
fn an_unscheduled_initiative_adds_nothing_whatever_its_phases_say() {
    let r = report(
        &format!(
            "{HEADER}[[initiative]]\nid = \"U\"\nname = \"u\"\nstart = \"tbd\"\n\
             one_time = {{ 2026 = 500, 2027 = \"tbd\" }}\nrecurring = 40\nrecurring_start = 2027\n\n\
             [[initiative]]\nid = \"V\"\nname = \"v\"\nstart = \"tbd\"\nrecurring = \"tbd\"\nrecurring_start = 2026\n\n\
             [[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\none_time = 7\n"
        ),
        false,
    );
    let unscheduled = r.initiatives.iter().find(|i| i.id == "U").expect("U");
    assert_eq!(unscheduled.total, None);
    assert!(unscheduled.tbd_years.is_empty());
    assert!(row(&r, "U").is_empty() && row(&r, "V").is_empty());
    assert_eq!(r.totals.cash_flow, ds(&["7", "0", "0", "0", "0"]));
    assert_eq!(r.totals.one_time_total, d("7"));
    assert_eq!(r.totals.new_recurring_total, d("0"));
    assert_eq!(r.unscheduled, ["U", "V"]);
    assert_eq!(r.excluded.cash_flow, 0);
    assert!(!r.unknown.cash_flow.iter().any(|u| *u));
}

#[test]
fn a_window_with_from_after_to_is_empty_not_a_panic() {
    let plan = plan(&format!(
        "{HEADER}[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\none_time = 100\nrecurring = 10\n"
    ));
    let options = BudgetOptions {
        from: Some(2028),
        to: Some(2026),
        ..BudgetOptions::default()
    };
    let report = budget(&plan, &options).expect("computes");
    assert!(report.years.is_empty());
    assert!(report.initiatives[0].cash_flow.is_empty());
    assert_eq!(report.totals.cash_flow_total, Decimal::ZERO);
}
