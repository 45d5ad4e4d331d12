//! Reading `[plan]` (title and horizon) and `[levy]`.

use rust_decimal::Decimal;

use super::fields::Fields;
use super::model::{Levy, MAX_HORIZON_YEARS, Plan};

pub fn read_header(fields: &mut Fields) -> Option<Plan> {
    let name = fields.text("name");
    let first = fields.year("first_year");
    let last = fields.year("last_year");
    let organization = fields.text("organization");
    let currency = fields.text("currency");
    let source = fields.text("source");
    let escalation = fields.percent("escalation");
    let (first_year, last_year) = (first?, last?);
    if last_year < first_year {
        fields.error_at(
            "last_year",
            format!("`last_year` {last_year} is before `first_year` {first_year}"),
            "the horizon is first_year..=last_year; swap them or fix the year",
        );
        return None;
    }
    if last_year - first_year >= MAX_HORIZON_YEARS {
        fields.error_at(
            "last_year",
            format!(
                "the horizon {first_year}..={last_year} is longer than {MAX_HORIZON_YEARS} years"
            ),
            format!(
                "choose a last_year of at most {}",
                first_year + MAX_HORIZON_YEARS - 1
            ),
        );
        return None;
    }
    Some(Plan {
        name: name?,
        organization,
        currency: currency.unwrap_or_else(|| "CAD".into()),
        source,
        first_year,
        last_year,
        escalation: escalation.unwrap_or(Decimal::ZERO),
        levy: None,
        initiatives: Vec::new(),
        capacity: None,
        stated: Vec::new(),
        debt: None,
    })
}

pub fn read_levy(fields: &mut Fields) -> Option<Levy> {
    let base_year = fields.year("base_year");
    let base = fields.positive("base");
    let growth = fields.percent("growth");
    let households = fields.positive("households");
    let by_year = fields.positive_by_year("by_year").unwrap_or_default();
    if fields.has("base") != fields.has("base_year") {
        let span = fields.span();
        fields.problems().at(span, "[levy] needs both `base` and `base_year`, or neither", "levy(y) = base × (1 + growth)^(y − base_year): give base_year = 2025 and base = 126_250_000, or list every year in by_year");
    }
    if growth.is_some_and(|g| g <= -Decimal::ONE) {
        fields.error_at(
            "growth",
            "`growth` of -100% or less leaves no levy",
            "write a growth above \"-100%\"",
        );
    }
    Some(Levy {
        base_year,
        base,
        growth: growth.unwrap_or(Decimal::ZERO),
        by_year,
        households,
        span: fields.span(),
    })
}
