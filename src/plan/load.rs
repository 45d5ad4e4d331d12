//! From TOML text to a validated `Plan`, collecting every problem on the way.

use rust_decimal::Decimal;
use toml::de::{DeTable, DeValue};

use super::fields::Fields;
use super::initiative::read_initiatives;
use super::model::{Levy, Measure, Plan, Stated};
use super::value::{self, Problems, Value};
use crate::diagnostic::{Diagnostic, Severity};
use crate::error::Error;
use crate::source::SourceFile;

const TOP_KEYS: &[&str] = &["plan", "levy", "initiative", "capacity", "stated"];
const PLAN_KEYS: &[&str] = &[
    "name",
    "organization",
    "currency",
    "first_year",
    "last_year",
    "escalation",
    "source",
];
const LEVY_KEYS: &[&str] = &["base_year", "base", "growth", "by_year", "households"];
const STATED_KEYS: &[&str] = &[
    "measure",
    "year",
    "amount",
    "source",
    "tolerance",
    "accepted",
];
pub const MAX_HORIZON_YEARS: i32 = 100;

/// A loaded plan and the warnings found while validating it.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub file: SourceFile,
    pub plan: Plan,
    pub warnings: Vec<Diagnostic>,
}

/// Parses and validates a whole plan; on failure, every problem found.
pub fn load(file: SourceFile) -> Result<Loaded, Error> {
    let (document, syntax_errors) = DeTable::parse_recoverable(&file.text);
    if !syntax_errors.is_empty() {
        let diagnostics = syntax_errors.iter().map(syntax_diagnostic).collect();
        return Err(Error::invalid(&file, diagnostics));
    }
    let mut problems = Problems::default();
    let document = Value::new(document.span(), DeValue::Table(document.into_inner()));
    let plan = read_document(&document, &file.text, &mut problems);
    let (errors, warnings): (Vec<_>, Vec<_>) = problems
        .0
        .into_iter()
        .partition(|d| d.severity == Severity::Error);
    match plan {
        Some(plan) if errors.is_empty() => Ok(Loaded {
            file,
            plan,
            warnings,
        }),
        _ => Err(Error::invalid(&file, errors)),
    }
}

fn syntax_diagnostic(error: &toml::de::Error) -> Diagnostic {
    Diagnostic::error(
        error.span(),
        format!("invalid TOML: {}", error.message().trim()),
    )
    .help("see https://toml.io for the syntax; strings need double quotes")
}

fn read_document(document: &Value, text: &str, problems: &mut Problems) -> Option<Plan> {
    let top = Fields::new(document, "the plan file", TOP_KEYS, problems)?;
    let header = match top.get("plan") {
        Some(value) => read_header(value, problems),
        None => {
            problems.push(
                Diagnostic::error(Some(0..0), "the plan has no [plan] table")
                    .help("start the file with [plan] and name, first_year and last_year"),
            );
            None
        }
    };
    let levy = top.get("levy").and_then(|value| read_levy(value, problems));
    let header = header?;
    let initiatives = read_initiatives(top.get("initiative"), &header, text, problems);
    let capacity = top.get("capacity").and_then(|value| {
        super::capacity::read_capacity(value, header.first_year, header.last_year, problems)
    });
    let stated = read_all(top.get("stated"), "[[stated]]", problems, read_stated);
    Some(Plan {
        levy,
        initiatives,
        capacity,
        stated,
        ..header
    })
}

/// Reads each table of an array of tables (e.g. `[[stated]]`).
pub fn read_all<T>(
    value: Option<&Value>,
    what: &'static str,
    problems: &mut Problems,
    mut read_one: impl FnMut(&Value, &mut Problems) -> Option<T>,
) -> Vec<T> {
    let Some(value) = value else {
        return Vec::new();
    };
    match value.get_ref() {
        DeValue::Array(items) => items
            .iter()
            .filter_map(|item| read_one(item, problems))
            .collect(),
        other => {
            problems.at(
                value.span(),
                format!(
                    "{what} must be an array of tables, found {}",
                    other.type_str()
                ),
                format!("write each entry under its own {what} header"),
            );
            Vec::new()
        }
    }
}

fn read_header(value: &Value, problems: &mut Problems) -> Option<Plan> {
    let fields = Fields::new(value, "[plan]", PLAN_KEYS, problems)?;
    let name = fields
        .required("name", "\"IT Master Plan\"", problems)
        .and_then(|v| value::string(v, "name", problems));
    let first = fields
        .required("first_year", "2025", problems)
        .and_then(|v| value::year(v, "first_year", problems));
    let last = fields
        .required("last_year", "2029", problems)
        .and_then(|v| value::year(v, "last_year", problems));
    let optional = |key: &str, problems: &mut Problems| {
        fields
            .get(key)
            .and_then(|v| value::string(v, key, problems))
    };
    let organization = optional("organization", problems);
    let currency = optional("currency", problems).unwrap_or_else(|| "CAD".into());
    let source = optional("source", problems);
    let escalation = fields
        .get("escalation")
        .and_then(|v| value::percent(v, "escalation", problems));
    let (first_year, last_year) = (first?, last?);
    let horizon_span = fields
        .get("last_year")
        .map(|v| v.span())
        .unwrap_or(fields.span());
    if last_year < first_year {
        problems.at(
            horizon_span,
            format!("`last_year` {last_year} is before `first_year` {first_year}"),
            "the horizon is first_year..=last_year; swap them or fix the year",
        );
        return None;
    }
    if last_year - first_year >= MAX_HORIZON_YEARS {
        problems.at(
            horizon_span,
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
        currency,
        source,
        first_year,
        last_year,
        escalation: escalation.unwrap_or(Decimal::ZERO),
        levy: None,
        initiatives: Vec::new(),
        capacity: None,
        stated: Vec::new(),
    })
}

fn read_levy(value: &Value, problems: &mut Problems) -> Option<Levy> {
    let fields = Fields::new(value, "[levy]", LEVY_KEYS, problems)?;
    let base_year = fields
        .get("base_year")
        .and_then(|v| value::year(v, "base_year", problems));
    let base = fields
        .get("base")
        .and_then(|v| positive(v, "base", problems));
    let growth = fields
        .get("growth")
        .and_then(|v| value::percent(v, "growth", problems));
    let households = fields
        .get("households")
        .and_then(|v| positive(v, "households", problems));
    let by_year = fields
        .get("by_year")
        .map(|v| year_table(v, "by_year", problems, positive))
        .unwrap_or_default();
    if fields.get("base").is_some() != fields.get("base_year").is_some() {
        problems.at(fields.span(), "[levy] needs both `base` and `base_year`, or neither", "levy(y) = base × (1 + growth)^(y − base_year): give base_year = 2025 and base = 126_250_000, or list every year in by_year");
    }
    if growth.is_some_and(|g| g <= -Decimal::ONE) {
        problems.at(
            fields
                .get("growth")
                .map(|v| v.span())
                .unwrap_or(fields.span()),
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

fn positive(value: &Value, field: &str, problems: &mut Problems) -> Option<Decimal> {
    let number = value::decimal(value, field, problems)?;
    if number <= Decimal::ZERO {
        problems.at(
            value.span(),
            format!("`{field}` must be more than 0, not {number}"),
            "a levy or household count divides the cost, so it must be positive",
        );
        return None;
    }
    Some(number)
}

/// A table of years, such as `by_year = { 2025 = 126_250_000 }`, in year order.
pub fn year_table<T>(
    value: &Value,
    field: &str,
    problems: &mut Problems,
    mut read: impl FnMut(&Value, &str, &mut Problems) -> Option<T>,
) -> Vec<(i32, T)> {
    let DeValue::Table(table) = value.get_ref() else {
        problems.at(
            value.span(),
            format!(
                "`{field}` must be a table of years, found {}",
                value.get_ref().type_str()
            ),
            format!("write `{field} = {{ 2025 = 1000, 2026 = 2000 }}`"),
        );
        return Vec::new();
    };
    let mut entries: Vec<(i32, T)> = table
        .iter()
        .filter_map(|(key, item)| {
            let year = value::year_key(key, field, problems);
            let parsed = read(item, field, problems);
            Some((year?, parsed?))
        })
        .collect();
    entries.sort_by_key(|(year, _)| *year);
    entries
}

fn read_stated(value: &Value, problems: &mut Problems) -> Option<Stated> {
    let fields = Fields::new(value, "[[stated]]", STATED_KEYS, problems)?;
    let measure = fields
        .required("measure", "\"cash_flow\"", problems)
        .and_then(|v| measure(v, problems));
    let year = fields
        .get("year")
        .and_then(|v| value::year(v, "year", problems));
    let source = fields
        .get("source")
        .and_then(|v| value::string(v, "source", problems));
    let tolerance = fields
        .get("tolerance")
        .and_then(|v| value::non_negative(v, "tolerance", problems));
    let accepted = fields
        .get("accepted")
        .and_then(|v| accepted_reason(v, problems));
    let amount_value = fields.required("amount", "1_458_000", problems);
    let measure = measure?;
    let (amount, decimals) = match measure {
        Measure::TaxImpact => {
            if year.is_none() && fields.get("year").is_none() {
                problems.at(
                    fields.span(),
                    "a tax_impact figure needs a `year`",
                    "tax impact is stated per year: add `year = 2025`",
                );
            }
            stated_percent(amount_value?, problems)?
        }
        _ => match value::money(amount_value?, "amount", problems)? {
            value::Amount::Known(amount) => (amount, 0),
            value::Amount::Tbd => {
                problems.at(
                    amount_value?.span(),
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
fn accepted_reason(value: &Value, problems: &mut Problems) -> Option<String> {
    let reason = value::string(value, "accepted", problems)?;
    if reason.trim().is_empty() {
        problems.at(
            value.span(),
            "`accepted` needs a reason",
            "say why the difference is accepted, e.g. accepted = \"arithmetic slip in the council report\"",
        );
        return None;
    }
    Some(reason)
}

fn measure(value: &Value, problems: &mut Problems) -> Option<Measure> {
    let text = value::string(value, "measure", problems)?;
    let index = Measure::NAMES.iter().position(|name| *name == text);
    if index.is_none() {
        problems.at(
            value.span(),
            format!("unknown measure \"{text}\""),
            format!("write one of: {}", Measure::NAMES.join(", ")),
        );
    }
    [
        Measure::OneTime,
        Measure::NewRecurring,
        Measure::CashFlow,
        Measure::TaxImpact,
    ]
    .get(index?)
    .copied()
}

/// A stated tax impact keeps the precision it was written at: "1.15%" has 2 decimals.
fn stated_percent(value: &Value, problems: &mut Problems) -> Option<(Decimal, u32)> {
    let fraction = value::percent(value, "amount", problems)?;
    let written = fraction.checked_mul(Decimal::ONE_HUNDRED)?;
    let decimals = value
        .get_ref()
        .as_str()
        .and_then(|t| t.trim().strip_suffix('%'))
        .and_then(|n| value::parse_decimal(n.trim()))
        .map_or(0, |n| n.scale());
    Some((written, decimals))
}
