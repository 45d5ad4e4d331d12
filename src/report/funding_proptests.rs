//! Invariants of funding shares, loans and the levy requirement.

use proptest::prelude::*;
use rust_decimal::Decimal;

use super::budget::{BudgetOptions, budget};
use super::budget_tests::plan;
use super::debt::{Loan, level_payment, loans};
use super::funding_shares::split;
use crate::plan::{Debt, Funding};

/// Cents, up to a billion either way.
fn amount() -> impl Strategy<Value = Decimal> {
    (-100_000_000_000i64..100_000_000_000).prop_map(|c| Decimal::new(c, 2))
}

/// 1 to 5 shares, in hundredths of a percent, summing to exactly 100%.
fn shares() -> impl Strategy<Value = Vec<(String, Decimal)>> {
    proptest::collection::vec(0u32..10_000, 0..4).prop_map(|cuts| {
        let mut cuts = cuts;
        cuts.sort_unstable();
        let mut bounds = vec![0];
        bounds.extend(cuts);
        bounds.push(10_000);
        bounds
            .windows(2)
            .enumerate()
            .map(|(i, w)| (format!("s{i}"), Decimal::new(i64::from(w[1] - w[0]), 4)))
            .collect()
    })
}

fn plan_text(items: &[(i32, i64, i64)]) -> String {
    let mut text = String::from(
        "[plan]\nname = \"P\"\nfirst_year = 2025\nlast_year = 2030\nescalation = \"2.5%\"\n",
    );
    for (i, (start, one_time, recurring)) in items.iter().enumerate() {
        text.push_str(&format!(
            "[[initiative]]\nid = \"I{i}\"\nname = \"n\"\nstart = {start}\none_time = {}\nrecurring = {}\n",
            Decimal::new(*one_time, 2),
            Decimal::new(*recurring, 2)
        ));
    }
    text
}

fn item() -> impl Strategy<Value = (i32, i64, i64)> {
    (
        2023..2033i32,
        -1_000_000..100_000_000i64,
        -10_000..1_000_000i64,
    )
}

proptest! {
    #[test]
    fn shares_always_add_up_to_the_amount(amount in amount(), shares in shares()) {
        let parts = split(amount, &Funding::Shares(shares.clone())).expect("no overflow");
        prop_assert_eq!(parts.len(), shares.len());
        prop_assert_eq!(parts.iter().map(|(_, p)| *p).sum::<Decimal>(), amount);
        // Every share but the last is in whole cents.
        for (_, part) in &parts[..parts.len() - 1] {
            prop_assert_eq!(part.round_dp(2), *part);
        }
    }

    #[test]
    fn all_levy_funding_makes_the_levy_requirement_the_cash_flow(
        items in proptest::collection::vec(item(), 1..8),
        split_levy in any::<bool>(),
    ) {
        let mut plan = plan(&plan_text(&items));
        let levy = if split_levy {
            Funding::Shares(vec![("Levy".into(), Decimal::ONE)])
        } else {
            Funding::Source("levy".into())
        };
        for initiative in &mut plan.initiatives {
            initiative.funding = Some(levy.clone());
            initiative.recurring_funding = Some(levy.clone());
        }
        let report = budget(&plan, &BudgetOptions::default()).expect("computes");
        let funding = report.funding.as_ref().expect("funding rows");
        prop_assert_eq!(&funding.levy_requirement, &report.totals.cash_flow);
        prop_assert_eq!(funding.levy_requirement_total, report.totals.cash_flow_total);
        prop_assert_eq!(funding.sources.len(), 1);
    }

    #[test]
    fn funding_by_source_adds_up_to_the_cash_flow_every_year(
        items in proptest::collection::vec(item(), 1..8),
        once in shares(),
        recurring in shares(),
    ) {
        let mut plan = plan(&plan_text(&items));
        for initiative in &mut plan.initiatives {
            initiative.funding = Some(Funding::Shares(once.clone()));
            initiative.recurring_funding = Some(Funding::Shares(recurring.clone()));
        }
        let report = budget(&plan, &BudgetOptions::default()).expect("computes");
        let funding = report.funding.as_ref().expect("funding rows");
        for (j, flow) in report.totals.cash_flow.iter().enumerate() {
            prop_assert_eq!(funding.by_source.iter().map(|s| s[j]).sum::<Decimal>(), *flow);
        }
    }

    /// Over the full term a loan repays its principal: at least to within the
    /// cents rounding of its payments (100 over 3 years at 0% pays 3 × 33.33),
    /// and wholly once the interest outweighs that rounding.
    #[test]
    fn debt_service_over_the_full_term_repays_the_principal(
        cents in 1i64..100_000_000_000,
        basis_points in 0u32..2_000,
        term in 1u32..=40,
        first_payment in 0u32..=5,
    ) {
        let principal = Decimal::new(cents, 2);
        let rate = Decimal::new(i64::from(basis_points), 4);
        let debt = Debt { rate, term, first_payment, span: 0..0 };
        let loans: Vec<Loan> = loans(&debt, 2025, &[principal]).expect("no overflow");
        prop_assert_eq!(loans.len(), 1);
        let loan = &loans[0];
        prop_assert_eq!(Some(loan.payment), level_payment(principal, rate, term));
        prop_assert_eq!(loan.first_payment, 2025 + first_payment as i32);
        prop_assert_eq!(loan.last_payment - loan.first_payment + 1, term as i32);
        let paid = loan.total_paid().expect("no overflow");
        let rounding = Decimal::new(5, 3) * Decimal::from(term);
        prop_assert!(paid >= principal - rounding, "{paid} < {principal} − {rounding}");
        if rate * principal >= Decimal::ONE {
            prop_assert!(paid >= principal, "{paid} < {principal}");
        }
    }
}
