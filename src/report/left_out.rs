//! How a total names what it leaves out: "2 uncosted, 1 unscheduled". The
//! budget table, the workbook and the council page each frame the phrase
//! their own way ("(excludes …)", "; leaves out …").

/// "2 uncosted, 1 unscheduled", naming only the counts above zero; None
/// when the total leaves nothing out.
pub fn left_out(uncosted: usize, unscheduled: usize) -> Option<String> {
    let parts: Vec<String> = [(uncosted, "uncosted"), (unscheduled, "unscheduled")]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::left_out;

    #[test]
    fn names_only_what_is_left_out() {
        assert_eq!(left_out(0, 0), None);
        assert_eq!(left_out(2, 0).as_deref(), Some("2 uncosted"));
        assert_eq!(left_out(0, 1).as_deref(), Some("1 unscheduled"));
        assert_eq!(
            left_out(25, 1).as_deref(),
            Some("25 uncosted, 1 unscheduled")
        );
    }
}
