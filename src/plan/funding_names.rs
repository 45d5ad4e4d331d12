//! Checks of funding source names across the whole plan: debt needs
//! `[debt]`, and a name close to another one is probably a typo.

use std::ops::Range;

use toml::de::DeValue;

use super::model::Funding;
use super::scalar::is_annotation;
use super::source_typos::likely_meant;
use super::value::{Problems, Value};
use crate::diagnostic::Diagnostic;

/// A source name as written, and where.
struct Named {
    name: String,
    span: Range<usize>,
    field: &'static str,
}

/// Every source name the initiatives write, in file order.
fn named_sources(initiatives: Option<&Value>) -> Vec<Named> {
    let Some(DeValue::Array(items)) = initiatives.map(|v| v.get_ref()) else {
        return Vec::new();
    };
    let mut names = Vec::new();
    for item in items.iter() {
        let DeValue::Table(table) = item.get_ref() else {
            continue;
        };
        // One walk over the entries: cheaper than two hashed lookups in a
        // table of a few keys, on a plan of 100,000 initiatives.
        for (key, value) in table.iter() {
            let field = match key.get_ref().as_ref() {
                "funding" => "funding",
                "recurring_funding" => "recurring_funding",
                _ => continue,
            };
            match value.get_ref() {
                DeValue::String(name) => names.push(Named {
                    name: name.trim().to_string(),
                    span: value.span(),
                    field,
                }),
                DeValue::Table(shares) => names.extend(
                    shares
                        .iter()
                        .filter(|(key, _)| !is_annotation(key.get_ref()))
                        .map(|(key, _)| Named {
                            name: key.get_ref().trim().to_string(),
                            span: key.span(),
                            field,
                        }),
                ),
                _ => {}
            }
        }
    }
    names
}

/// Plan-wide checks of the names: a one-time `funding` naming debt needs
/// `[debt]` (`debt_written`), `[debt]` without any debt has no effect, and a
/// name close to a usual one or to another of the plan gets a did-you-mean.
pub fn check_sources(initiatives: Option<&Value>, debt: Option<&Value>, problems: &mut Problems) {
    let names = named_sources(initiatives);
    let is_debt = |n: &Named| Funding::same_source(&n.name, Funding::DEBT);
    if debt.is_none() {
        for named in names.iter().filter(|n| is_debt(n) && n.field == "funding") {
            problems.at(
                named.span.clone(),
                "`funding` names debt, but the plan has no [debt] table",
                "add [debt] with the borrowing terms: rate = \"4.5%\", term = 10 (years), first_payment = 1",
            );
        }
    } else if let Some(debt) = debt.filter(|_| !names.iter().any(is_debt)) {
        problems.push(
            Diagnostic::warning(Some(debt.span()), "[debt] has no effect: no `funding` names debt")
                .help("write funding = \"debt\" (or a debt share) on the initiatives borrowed for, or remove [debt]")
                .kind("[debt] without debt"),
        );
    }
    let spelled: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
    for (named, meant) in names.iter().zip(likely_meant(&spelled)) {
        if let Some(meant) = meant {
            problems.push(
                Diagnostic::warning(
                    Some(named.span.clone()),
                    format!("funding source `{}` is close to `{meant}`", named.name),
                )
                .help(format!(
                    "did you mean `{meant}`? Sources with different names are reported apart"
                ))
                .kind("funding source close to another"),
            );
        }
    }
}
