//! `itplan budget --format json` on a large plan: the initiatives, which
//! are nearly all of the bytes, written straight into a buffer in the
//! exact layout of the pretty JSON writer, the rest by serde. The output is
//! byte for byte what serializing [`super::json::BudgetJson`] gives.

use std::io::{self, Write};

use crate::number::{IntText, PlainText};
use crate::plan::Year;
use crate::report::budget::{BudgetReport, InitiativeRow};

/// Where the initiatives go in the pretty JSON of the rest of the report.
const SLOT: &[u8] = b"\n  \"initiatives\": []";

/// Bytes gathered before each write to `out`.
const CHUNK: usize = 1 << 16;

pub(super) fn write_budget_json(report: &BudgetReport, out: &mut dyn Write) -> io::Result<()> {
    let mut frame = serde_json::to_vec_pretty(&super::json::budget_json_of(report, &[]))?;
    frame.push(b'\n');
    let slot = frame.windows(SLOT.len()).position(|w| w == SLOT);
    let (Some(slot), false) = (slot, report.initiatives.is_empty()) else {
        return out.write_all(&frame);
    };
    // Up to and including `"initiatives": `, then the array, then the rest.
    let array_at = slot + SLOT.len() - 2;
    let mut buf = Vec::with_capacity(CHUNK * 2);
    buf.extend_from_slice(&frame[..array_at]);
    let keys = year_keys(&report.years);
    buf.push(b'[');
    for (i, row) in report.initiatives.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        buf.extend_from_slice(b"\n    ");
        push_initiative(&mut buf, row, &keys)?;
        if buf.len() >= CHUNK {
            out.write_all(&buf)?;
            buf.clear();
        }
    }
    buf.extend_from_slice(b"\n  ]");
    buf.extend_from_slice(&frame[array_at + 2..]);
    out.write_all(&buf)
}

/// `\n        "2025": "` for each shown year: a cash-flow entry up to its value.
fn year_keys(years: &[Year]) -> Vec<Vec<u8>> {
    years
        .iter()
        .map(|year| format!("\n        \"{}\": \"", IntText::new(*year).as_str()).into_bytes())
        .collect()
}

fn push_initiative(buf: &mut Vec<u8>, row: &InitiativeRow, keys: &[Vec<u8>]) -> io::Result<()> {
    buf.extend_from_slice(b"{\n      \"id\": ");
    push_string(buf, &row.id)?;
    buf.extend_from_slice(b",\n      \"name\": ");
    push_string(buf, &row.name)?;
    buf.extend_from_slice(b",\n      \"cash_flow\": {");
    // An unscheduled initiative has no years: `{}`.
    let entries = keys.iter().zip(&row.cash_flow);
    let mut any = false;
    for (n, (key, value)) in entries.enumerate() {
        if n > 0 {
            buf.push(b',');
        }
        buf.extend_from_slice(key);
        buf.extend_from_slice(PlainText::new(*value).as_bytes());
        buf.push(b'"');
        any = true;
    }
    if any {
        buf.extend_from_slice(b"\n      ");
    }
    buf.extend_from_slice(b"},\n      \"total\": ");
    match row.total {
        Some(total) => {
            buf.push(b'"');
            buf.extend_from_slice(PlainText::new(total).as_bytes());
            buf.push(b'"');
        }
        None => buf.extend_from_slice(b"null"),
    }
    buf.extend_from_slice(b",\n      \"tbd_years\": [");
    for (n, year) in row.tbd_years.iter().enumerate() {
        if n > 0 {
            buf.push(b',');
        }
        buf.extend_from_slice(b"\n        ");
        buf.extend_from_slice(IntText::new(*year).as_bytes());
    }
    if !row.tbd_years.is_empty() {
        buf.extend_from_slice(b"\n      ");
    }
    buf.extend_from_slice(b"]\n    }");
    Ok(())
}

/// A JSON string: copied when nothing in it needs escaping, else escaped by serde.
fn push_string(buf: &mut Vec<u8>, text: &str) -> io::Result<()> {
    if text.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\') {
        buf.push(b'"');
        buf.extend_from_slice(text.as_bytes());
        buf.push(b'"');
        Ok(())
    } else {
        serde_json::to_writer(&mut *buf, text).map_err(io::Error::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_serde_escapes_them() {
        for text in [
            "plain",
            "a \"quote\"",
            "back\\slash",
            "bell\u{7}",
            "tab\t",
            "é ü",
        ] {
            let mut buf = Vec::new();
            push_string(&mut buf, text).unwrap();
            assert_eq!(buf, serde_json::to_vec(text).unwrap(), "{text}");
        }
    }
}
