//! Checks of funding source names across the whole plan: debt needs
//! `[debt]`, and a name close to another one is probably a typo.

use std::ops::Range;

use toml::de::DeValue;

use super::model::Funding;
use super::scalar::is_annotation;
use super::value::{Problems, Value};
use crate::diagnostic::Diagnostic;

/// The names users commonly write, against which typos are caught.
const USUAL: [&str; 4] = ["levy", "reserve", "grant", "debt"];

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
        for field in ["funding", "recurring_funding"] {
            match table.get(field).map(|v| (v.get_ref(), v.span())) {
                Some((DeValue::String(name), span)) => names.push(Named {
                    name: name.trim().to_string(),
                    span,
                    field,
                }),
                Some((DeValue::Table(shares), _)) => names.extend(
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
    for (i, named) in names.iter().enumerate() {
        if let Some(meant) = likely_meant(&named.name, &names[..i], &names) {
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

/// The name `name` most likely meant: a usual name, or one written before it
/// or more often, that differs from it a little (not just in case).
fn likely_meant(name: &str, before: &[Named], all: &[Named]) -> Option<String> {
    if USUAL.iter().any(|u| Funding::same_source(u, name)) {
        return None;
    }
    let count = |n: &str| {
        all.iter()
            .filter(|x| Funding::same_source(&x.name, n))
            .count()
    };
    let close = |candidate: &str| {
        !Funding::same_source(candidate, name)
            && strsim::jaro_winkler(&candidate.to_lowercase(), &name.to_lowercase()) > 0.85
    };
    if let Some(usual) = USUAL.iter().find(|u| close(u)) {
        return Some((*usual).to_string());
    }
    all.iter()
        .filter(|other| close(&other.name))
        .filter(|other| {
            let (theirs, ours) = (count(&other.name), count(name));
            theirs > ours
                || (theirs == ours
                    && before
                        .iter()
                        .any(|b| Funding::same_source(&b.name, &other.name)))
        })
        .map(|other| other.name.clone())
        .next()
}
