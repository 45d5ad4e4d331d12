//! Reading `[[stated]]`: figures a published report states.

use rust_decimal::Decimal;

use super::fields::Fields;
use super::model::{Measure, Stated};
use super::percent;
use super::value::{self, Amount, Value};

pub fn read_stated(fields: &mut Fields) -> Option<Stated> {
    let measure = fields
        .choice("measure")
        .and_then(|index| Measure::ALL.get(index).copied());
    let year = fields.year("year");
    let source = fields.text("source");
    let tolerance = fields.hours("tolerance");
    let accepted = accepted_reason(fields);
    let amount_value = fields.get("amount");
    let measure = measure?;
    let (amount, decimals) = match measure {
        Measure::TaxImpact => {
            if !fields.has("year") {
                fields.error_at(
                    "year",
                    "a tax_impact figure needs a `year`",
                    "tax impact is stated per year: add `year = 2025`",
                );
            }
            let amount_value = required_amount(fields, amount_value)?;
            stated_percent(amount_value, fields)?
        }
        _ => match fields.money("amount")? {
            Amount::Known(amount) => (amount, 0),
            Amount::Tbd => {
                fields.error_at(
                    "amount",
                    "a stated figure cannot be \"tbd\"",
                    "write the amount the report prints",
                );
                return None;
            }
        },
    };
    Some(Stated {
        measure,
        year,
        amount,
        decimals,
        source,
        tolerance: tolerance.unwrap_or(Decimal::ZERO),
        accepted,
        span: fields.span(),
    })
}

/// `accepted = "reason"`: a known difference needs its reason written down.
fn accepted_reason(fields: &mut Fields) -> Option<String> {
    let reason = fields.text("accepted")?;
    if reason.trim().is_empty() {
        fields.error_at(
            "accepted",
            "`accepted` needs a reason",
            "say why the difference is accepted, e.g. accepted = \"arithmetic slip in the council report\"",
        );
        return None;
    }
    Some(reason)
}

/// The amount, its absence reported the way every required key's is.
fn required_amount<'a, 'i>(
    fields: &mut Fields<'a, 'i, '_>,
    value: Option<&'a Value<'i>>,
) -> Option<&'a Value<'i>> {
    if value.is_none() {
        fields.money("amount");
    }
    value
}

/// A stated tax impact keeps the precision it was written at: "1.15%" has 2 decimals.
fn stated_percent(value: &Value, fields: &mut Fields) -> Option<(Decimal, u32)> {
    let fraction = percent::percent(value, "amount", fields.problems())?;
    let written = fraction.checked_mul(Decimal::ONE_HUNDRED)?;
    let decimals = value
        .get_ref()
        .as_str()
        .and_then(|t| t.trim().strip_suffix('%'))
        .and_then(|n| value::parse_decimal(n.trim()))
        .map_or(0, |n| n.scale());
    Some((written, decimals))
}
