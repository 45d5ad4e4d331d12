//! The limits a review holds a plan change to, and which of them it trips:
//! a warning level and a failing limit on the cash-flow total, and a
//! failing limit on any year's tax impact.

use rust_decimal::Decimal;

use super::threshold::Threshold;
use crate::plan::Year;

/// What the user asked `diff` to watch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Guardrails {
    /// --warn-increase: a warning, never a failure.
    pub warn_increase: Option<Threshold>,
    /// --max-increase: fails the run.
    pub max_increase: Option<Threshold>,
    /// --max-tax-increase: percentage points of levy any year may grow by.
    pub max_tax_increase: Option<Decimal>,
}

/// Which guardrails the change trips.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Verdict {
    /// The total grows past --warn-increase.
    pub warned: bool,
    /// The total grows past --max-increase.
    pub exceeded: bool,
    /// Years whose tax impact grows past --max-tax-increase, with the growth
    /// in points, in year order.
    pub tax_exceeded: Vec<(Year, Decimal)>,
}

impl Verdict {
    /// A failing guardrail tripped: exit 1.
    pub fn failed(&self) -> bool {
        self.exceeded || !self.tax_exceeded.is_empty()
    }

    /// The year whose tax impact grows most past the limit (the first on ties).
    pub fn worst_tax_year(&self) -> Option<(Year, Decimal)> {
        self.tax_exceeded
            .iter()
            .copied()
            .reduce(|worst, next| if next.1 > worst.1 { next } else { worst })
    }
}

/// Judges a change of the shared years' cash-flow total from `old` to
/// `new`, and each shared year's tax impact change (new − old, points).
pub fn judge(
    guardrails: &Guardrails,
    (old, new): (Decimal, Decimal),
    tax_growth: &[(Year, Decimal)],
) -> Verdict {
    let over = |limit: Option<Threshold>| limit.is_some_and(|t| t.exceeded(old, new));
    Verdict {
        warned: over(guardrails.warn_increase),
        exceeded: over(guardrails.max_increase),
        tax_exceeded: match guardrails.max_tax_increase {
            Some(points) => tax_growth
                .iter()
                .copied()
                .filter(|(_, growth)| *growth > points)
                .collect(),
            None => Vec::new(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::number::testing::d;

    fn guardrails(warn: &str, max: &str, tax: Option<&str>) -> Guardrails {
        Guardrails {
            warn_increase: Threshold::parse(warn),
            max_increase: Threshold::parse(max),
            max_tax_increase: tax.map(d),
        }
    }

    #[test]
    fn warning_and_limit_are_judged_separately() {
        let g = guardrails("1%", "5%", None);
        let at = judge(&g, (d("1000"), d("1010")), &[]);
        assert_eq!((at.warned, at.exceeded, at.failed()), (false, false, false));
        let warned = judge(&g, (d("1000"), d("1010.01")), &[]);
        assert_eq!((warned.warned, warned.failed()), (true, false));
        let failed = judge(&g, (d("1000"), d("1050.01")), &[]);
        assert_eq!(
            (failed.warned, failed.exceeded, failed.failed()),
            (true, true, true)
        );
    }

    #[test]
    fn tax_limit_names_every_year_past_it_and_the_worst() {
        let g = guardrails("", "", Some("0.15"));
        let growth = [
            (2025, d("0.15")),
            (2026, d("0.1500001")),
            (2027, d("0.31")),
            (2028, d("-0.5")),
            (2029, d("0.31")),
        ];
        let verdict = judge(&g, (d("0"), d("0")), &growth);
        assert_eq!(
            verdict.tax_exceeded,
            vec![(2026, d("0.1500001")), (2027, d("0.31")), (2029, d("0.31"))]
        );
        assert_eq!(verdict.worst_tax_year(), Some((2027, d("0.31"))));
        assert!(verdict.failed() && !verdict.exceeded && !verdict.warned);
    }

    #[test]
    fn no_guardrail_no_verdict() {
        let verdict = judge(
            &Guardrails::default(),
            (d("0"), d("1000000000")),
            &[(2025, d("9"))],
        );
        assert_eq!(verdict, Verdict::default());
    }
}
