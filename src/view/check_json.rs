//! The contract's JSON for `itplan check --format json`.

use rust_decimal::Decimal;
use serde::Serialize;

use super::check_lines::{computed_dp, line_of, warning_line};
use super::json::money;
use crate::plan::Measure;
use crate::render::number;
use crate::report::check::{CheckReport, StatedRow};
use crate::source::SourceFile;

/// The contract's JSON shape for `itplan check --format json`.
#[derive(Serialize)]
pub struct CheckJson<'a> {
    plan: &'a str,
    file: &'a str,
    stated: Vec<StatedJson<'a>>,
    mismatches: usize,
    /// Disagreeing figures marked `accepted`: reported, not failed.
    known_differences: usize,
    /// Accepted figures that now agree (each also a warning).
    stale_acceptances: usize,
    warnings: Vec<String>,
}

#[derive(Serialize)]
struct StatedJson<'a> {
    measure: &'static str,
    year: Option<i32>,
    stated: String,
    computed: Option<String>,
    difference: Option<String>,
    tolerance: Option<String>,
    ok: bool,
    source: Option<&'a str>,
    note: Option<&'a str>,
    /// The reason a known difference is accepted; only on accepted figures.
    #[serde(skip_serializing_if = "Option::is_none")]
    accepted: Option<&'a str>,
    /// An accepted figure that agrees now; only when true.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    stale: bool,
    line: usize,
}

pub fn check_json<'a>(report: &'a CheckReport, file: &'a SourceFile) -> CheckJson<'a> {
    CheckJson {
        plan: &report.plan,
        file: &file.name,
        stated: report
            .rows
            .iter()
            .map(|row| stated_json(row, file))
            .collect(),
        mismatches: report.mismatches(),
        known_differences: report.accepted(),
        stale_acceptances: report.stale(),
        warnings: report
            .warnings
            .iter()
            .map(|w| warning_line(file, w))
            .collect(),
    }
}

fn stated_json<'a>(row: &'a StatedRow, file: &SourceFile) -> StatedJson<'a> {
    let percent = row.measure == Measure::TaxImpact;
    let show = |value: Decimal, dp: u32| {
        if percent {
            number::fixed(value, dp)
        } else {
            money(value)
        }
    };
    StatedJson {
        measure: row.measure.as_str(),
        year: row.year,
        stated: show(row.stated, row.decimals),
        computed: row.computed.map(|v| show(v, computed_dp(row))),
        difference: row.difference.map(|v| show(v, computed_dp(row))),
        // A percent is compared at its written precision, never a tolerance.
        tolerance: (!percent).then(|| money(row.tolerance)),
        ok: row.ok,
        source: row.source.as_deref(),
        note: row.note.as_deref(),
        accepted: row.accepted.as_deref(),
        stale: row.stale,
        line: line_of(file, row.span.start),
    }
}
