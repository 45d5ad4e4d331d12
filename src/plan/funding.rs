//! Reading `funding`, `recurring_funding` and `[debt]`.

use std::ops::Range;

use rust_decimal::Decimal;
use toml::de::DeValue;

use super::fields::Fields;
use super::model::{Debt, Funding};
use super::scalar::is_annotation;
use super::value::{Problems, Value};

const EXAMPLE: &str = "\"levy\", \"reserve\", \"grant\", \"debt\", or shares such as { grant = \"40%\", levy = \"60%\" }";

/// A source name, or a table of percent shares summing to exactly 100%.
pub fn funding(value: &Value, field: &str, problems: &mut Problems) -> Option<Funding> {
    let funding = match value.get_ref() {
        DeValue::String(name) => Funding::Source(source_name(name, value.span(), field, problems)?),
        DeValue::Table(table) => {
            let mut shares: Vec<(String, Decimal)> = Vec::new();
            let mut valid = true;
            for (key, share) in table.iter() {
                let name = key.get_ref().as_ref();
                if is_annotation(name) {
                    continue;
                }
                let Some(name) = source_name(name, key.span(), field, problems) else {
                    valid = false;
                    continue;
                };
                if let Some((first, _)) =
                    shares.iter().find(|(n, _)| Funding::same_source(n, &name))
                {
                    problems.at(
                        key.span(),
                        format!("`{field}` names the source `{name}` twice (as `{first}` too)"),
                        "source names ignore case: give each source one share",
                    );
                    valid = false;
                }
                match non_negative_share(share, field, problems) {
                    Some(part) => shares.push((name, part)),
                    None => valid = false,
                }
            }
            if !valid {
                return None;
            }
            check_sum(&shares, value.span(), field, problems)?;
            Funding::Shares(shares)
        }
        other => {
            problems.at(
                value.span(),
                format!(
                    "`{field}` must be a source name or a table of shares, found {}",
                    other.type_str()
                ),
                format!("write {EXAMPLE}"),
            );
            return None;
        }
    };
    if field == "recurring_funding" {
        no_debt_for_recurring(value, &funding, problems)?;
    }
    Some(funding)
}

fn source_name(
    name: &str,
    span: Range<usize>,
    field: &str,
    problems: &mut Problems,
) -> Option<String> {
    let name = name.trim();
    if name.is_empty() {
        problems.at(
            span,
            format!("`{field}` names an empty source"),
            format!("write {EXAMPLE}"),
        );
        return None;
    }
    Some(name.to_string())
}

fn non_negative_share(value: &Value, field: &str, problems: &mut Problems) -> Option<Decimal> {
    let share = super::percent::percent(value, field, problems)?;
    if share.is_sign_negative() && !share.is_zero() {
        problems.at(
            value.span(),
            format!("a `{field}` share cannot be negative"),
            "shares are parts of the amount, from 0% to 100%, summing to 100%",
        );
        return None;
    }
    Some(share)
}

fn check_sum(
    shares: &[(String, Decimal)],
    span: Range<usize>,
    field: &str,
    problems: &mut Problems,
) -> Option<()> {
    let Some(((last, last_share), rest)) = shares.split_last() else {
        problems.at(
            span,
            format!("`{field}` names no source"),
            format!("write {EXAMPLE}"),
        );
        return None;
    };
    let sum = shares
        .iter()
        .try_fold(Decimal::ZERO, |a, (_, s)| a.checked_add(*s))?;
    if sum == Decimal::ONE {
        return Some(());
    }
    let percent = |fraction: Decimal| (fraction * Decimal::ONE_HUNDRED).normalize();
    let others = rest
        .iter()
        .try_fold(Decimal::ZERO, |a, (_, s)| a.checked_add(*s))?;
    let help = if others <= Decimal::ONE {
        format!(
            "shares must add up to exactly 100%: with the others as written, `{last}` would be \"{}%\" (not \"{}%\")",
            percent(Decimal::ONE - others),
            percent(*last_share)
        )
    } else {
        "shares must add up to exactly 100%".to_string()
    };
    problems.at(
        span,
        format!("`{field}` shares add up to {}%, not 100%", percent(sum)),
        help,
    );
    None
}

fn no_debt_for_recurring(value: &Value, funding: &Funding, problems: &mut Problems) -> Option<()> {
    let names_debt = match funding {
        Funding::Source(name) => Funding::same_source(name, Funding::DEBT),
        Funding::Shares(shares) => shares
            .iter()
            .any(|(n, _)| Funding::same_source(n, Funding::DEBT)),
    };
    if names_debt {
        problems.at(
            value.span(),
            "`recurring_funding` cannot name debt",
            "debt is for one-time amounts; pay the recurring cost from the levy, a reserve or a grant",
        );
        return None;
    }
    Some(())
}

/// `[debt]`: rate (never negative), term 1..=40, first_payment 0..=5 (default 1).
pub fn read_debt(fields: &mut Fields) -> Option<Debt> {
    let rate = fields.percent("rate");
    let term = fields.integer("term");
    let first_payment = fields.integer("first_payment");
    let rate = rate?;
    if rate.is_sign_negative() && !rate.is_zero() {
        fields.error_at(
            "rate",
            "the debt `rate` cannot be negative",
            "write the yearly interest rate, e.g. rate = \"4.5%\" (\"0%\" for an interest-free loan)",
        );
        return None;
    }
    Some(Debt {
        rate,
        term: u32::try_from(term?).ok()?,
        first_payment: first_payment.map_or(Some(1), |n| u32::try_from(n).ok())?,
        span: fields.span(),
    })
}
