//! Splitting an amount among its funding sources, and naming the sources
//! an initiative uses.

use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::money::cents;
use crate::plan::{Amount, Funding, Initiative};

/// Splits `amount` among the sources of `funding`, calling `pay` with each
/// source and its share, in the order written. Every share but the last is
/// rounded to cents (half away from zero); the last takes the remainder, so
/// the shares always add up to the amount. None on overflow (or if `pay`
/// returns None).
pub fn split_into(
    amount: Decimal,
    funding: &Funding,
    mut pay: impl FnMut(&str, Decimal) -> Option<()>,
) -> Option<()> {
    let shares = match funding {
        Funding::Source(name) => return pay(name, amount),
        Funding::Shares(shares) => shares,
    };
    let Some(((last, _), rest)) = shares.split_last() else {
        return pay(Funding::LEVY, amount);
    };
    let mut remainder = amount;
    for (name, share) in rest {
        let part = cents(amount.checked_mul(*share)?);
        remainder = remainder.checked_sub(part)?;
        pay(name, part)?;
    }
    pay(last, remainder)
}

/// `split_into`, collected: `(source, share)` in the order written.
pub fn split(amount: Decimal, funding: &Funding) -> Option<Vec<(String, Decimal)>> {
    let mut parts = Vec::new();
    split_into(amount, funding, |name, part| {
        parts.push((name.to_string(), part));
        Some(())
    })?;
    Some(parts)
}

/// The plan's sources, each under the spelling it first appears with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sources(pub Vec<String>);

impl Sources {
    /// The index of `name` (compared case-insensitively), added if new.
    pub fn index(&mut self, name: &str) -> usize {
        match self.find(name) {
            Some(i) => i,
            None => {
                self.0.push(name.trim().to_string());
                self.0.len() - 1
            }
        }
    }

    pub fn find(&self, name: &str) -> Option<usize> {
        self.0.iter().position(|s| Funding::same_source(s, name))
    }
}

/// How an initiative's one-time and recurring costs are paid (the levy by default).
pub fn funding_of(initiative: &Initiative) -> (&Funding, &Funding) {
    (
        initiative.funding.as_ref().unwrap_or(&LEVY),
        initiative.recurring_funding.as_ref().unwrap_or(&LEVY),
    )
}

static LEVY: LazyLock<Funding> = LazyLock::new(|| Funding::Source(Funding::LEVY.into()));

/// The sources that pay for some amount of the initiative: its one-time
/// funding when it has a one-time amount, its recurring funding when it has
/// a recurring one ("tbd" counts); the one-time funding when it has neither.
pub fn used_sources(initiative: &Initiative) -> impl Iterator<Item = &str> {
    let (once, recurring) = funding_of(initiative);
    let has_recurring = initiative.recurring != Amount::ZERO;
    let has_one_time = initiative
        .one_time_amounts()
        .any(|(_, amount)| amount != Amount::ZERO)
        || !has_recurring;
    let once = has_one_time.then(|| names(once)).into_iter().flatten();
    once.chain(
        has_recurring
            .then(|| names(recurring))
            .into_iter()
            .flatten(),
    )
}

/// Sources of `funding` in the order written.
fn names(funding: &Funding) -> impl Iterator<Item = &str> {
    let (one, shares) = match funding {
        Funding::Source(name) => (Some(name.as_str()), &[][..]),
        Funding::Shares(shares) => (None, &shares[..]),
    };
    one.into_iter()
        .chain(shares.iter().map(|(name, _)| name.as_str()))
}
