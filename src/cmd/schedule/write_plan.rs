//! `--write-plan FILE`: the levelled plan as TOML. The original text is
//! parsed with toml_edit only to find where each shifted year is written;
//! those tokens are replaced and every other byte (comments, layout, key
//! order, number spelling) is kept, so a line diff shows only the moves.

use std::collections::HashMap;
use std::ops::Range;

use toml_edit::{Document, Item, Key, Value};

use crate::plan::{Plan, Start, Year};

/// The original text with every initiative moved as in `levelled`. Err
/// names what cannot be written back.
pub fn levelled_text(text: &str, original: &Plan, levelled: &Plan) -> Result<String, String> {
    let shifts = shifts(original, levelled)?;
    if shifts.is_empty() {
        return Ok(text.to_string());
    }
    let document = Document::parse(text).map_err(|e| e.to_string())?;
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let tables = document
        .as_table()
        .get("initiative")
        .and_then(Item::as_array_of_tables);
    for table in tables.into_iter().flat_map(|a| a.iter()) {
        let Some(&by) = table
            .get("id")
            .and_then(Item::as_str)
            .and_then(|id| shifts.get(id))
        else {
            continue;
        };
        for field in ["start", "end", "recurring_start", "recurring_end"] {
            if let Some(edit) = table.get(field).and_then(|item| year_value(item, by)) {
                edits.push(edit);
            }
        }
        for field in ["one_time", "effort_hours"] {
            if let Some(item) = table.get(field) {
                year_keys(item, by, &mut edits);
            }
        }
    }
    Ok(splice(text, edits))
}

/// Each moved initiative's shift, by id.
fn shifts<'a>(original: &Plan, levelled: &'a Plan) -> Result<HashMap<&'a str, i32>, String> {
    let before: HashMap<&str, _> = original
        .initiatives
        .iter()
        .map(|i| (i.id.as_str(), i))
        .collect();
    if levelled.initiatives.len() != original.initiatives.len() {
        return Err("--write-plan cannot write a plan with initiatives dropped by --drop".into());
    }
    let mut shifts = HashMap::new();
    for after in &levelled.initiatives {
        let Some(old) = before.get(after.id.as_str()) else {
            continue;
        };
        match (old.start, old.start_year, after.start_year) {
            (_, from, to) if from == to => {}
            (Start::Year(_), Some(from), Some(to)) => {
                shifts.insert(after.id.as_str(), to - from);
            }
            _ => {
                return Err(format!(
                    "--write-plan cannot write the new start of `{}`, which starts {} in the file",
                    after.id,
                    match old.start {
                        Start::Ongoing => "\"ongoing\"",
                        _ => "\"tbd\"",
                    }
                ));
            }
        }
    }
    Ok(shifts)
}

/// The edit moving a year written as an integer value.
fn year_value(item: &Item, by: i32) -> Option<(Range<usize>, String)> {
    let value = item.as_value()?;
    let year = value.as_integer()?;
    Some((value.span()?, moved(year, by)?))
}

/// The edits moving the year keys of a table written inline or not.
fn year_keys(item: &Item, by: i32, edits: &mut Vec<(Range<usize>, String)>) {
    let keys: Vec<&Key> = match item {
        Item::Table(table) => table.iter().filter_map(|(k, _)| table.key(k)).collect(),
        Item::Value(Value::InlineTable(table)) => {
            table.iter().filter_map(|(k, _)| table.key(k)).collect()
        }
        _ => Vec::new(),
    };
    for key in keys {
        let (Ok(year), Some(span)) = (key.get().trim().parse::<i64>(), key.span()) else {
            continue;
        };
        if let Some(text) = moved(year, by) {
            edits.push((span, text));
        }
    }
}

fn moved(year: i64, by: i32) -> Option<String> {
    let year = Year::try_from(year).ok()?.checked_add(by)?;
    Some(year.to_string())
}

/// Replaces each span, keeping the quotes a key was written with.
fn splice(text: &str, mut edits: Vec<(Range<usize>, String)>) -> String {
    edits.sort_by_key(|(span, _)| span.start);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (span, new) in edits {
        if span.start < at || span.end > text.len() {
            continue;
        }
        let old = &text[span.clone()];
        out.push_str(&text[at..span.start]);
        match old.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                out.push(quote);
                out.push_str(&new);
                out.push(quote);
            }
            _ => out.push_str(&new),
        }
        at = span.end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::level_shift::shift;
    use crate::source::SourceFile;

    fn load(text: &str) -> Plan {
        crate::plan::load(SourceFile::new("t.toml", text))
            .expect("valid")
            .plan
    }

    #[test]
    fn only_the_shifted_years_change() {
        let text = "[plan]\nname = \"P\"\nfirst_year = 2025\nlast_year = 2030\n\n\
            # a comment that stays\n[[initiative]]\nid = \"A\"\nname = \"a\"\n\
            start = 2025   # why 2025\nend = 2026\none_time = { 2025 = 1_000, \"2026\" = 2_000 }\n\
            recurring = 5\nrecurring_end = 2029\n\n[[initiative]]\nid = \"B\"\nname = \"b\"\nstart = 2025\n\
            [initiative.effort_hours]\n2025 = 10\n";
        let original = load(text);
        let mut levelled = original.clone();
        shift(&mut levelled.initiatives[0], 2).expect("shifts");
        shift(&mut levelled.initiatives[1], 1).expect("shifts");
        let written = levelled_text(text, &original, &levelled).expect("writes");
        assert_eq!(
            written,
            text.replace("start = 2025   #", "start = 2027   #")
                .replace("end = 2026\n", "end = 2028\n")
                .replace("{ 2025 = 1_000, \"2026\"", "{ 2027 = 1_000, \"2028\"")
                .replace("recurring_end = 2029", "recurring_end = 2031")
                .replace("name = \"b\"\nstart = 2025", "name = \"b\"\nstart = 2026")
                .replace("2025 = 10", "2026 = 10")
        );
        let reread = load(&written);
        assert_eq!(reread.initiatives[0].start_year, Some(2027));
    }
}
