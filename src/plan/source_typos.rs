//! Which funding source a name probably meant: a usual name, or another
//! source of the plan that is written more often (or as often, earlier)
//! and differs from it a little. Names are compared once per distinct
//! source, so a plan that writes one source on 100,000 initiatives is
//! checked in linear time.

use std::collections::HashMap;

use super::model::Funding;

/// The names users commonly write, against which typos are caught.
const USUAL: [&str; 4] = ["levy", "reserve", "grant", "debt"];

/// How alike two names must be (Jaro–Winkler, ignoring case) to be a typo.
const CLOSE: f64 = 0.85;

/// One source: every spelling of it that differs only in ASCII case.
struct Source<'a> {
    /// Lower case, for the similarity measure.
    lower: String,
    count: usize,
    /// Position of its first mention among the names.
    first: usize,
    /// As first written.
    spelling: &'a str,
}

/// What a source's mentions may have meant.
enum Meant {
    /// It is a usual name, or close to nothing.
    Nothing,
    Usual(&'static str),
    /// The sources close to it, in order of first mention.
    Closest(Vec<usize>),
}

/// For each name (trimmed, in file order), the name it most likely meant.
pub fn likely_meant(names: &[&str]) -> Vec<Option<String>> {
    let (sources, source_of) = sources(names);
    let meant: Vec<Meant> = (0..sources.len()).map(|s| meant(&sources, s)).collect();
    source_of
        .iter()
        .enumerate()
        .map(|(i, &s)| match &meant[s] {
            Meant::Nothing => None,
            Meant::Usual(usual) => Some((*usual).to_string()),
            Meant::Closest(close) => close
                .iter()
                .map(|&t| &sources[t])
                .find(|t| {
                    let ours = sources[s].count;
                    t.count > ours || (t.count == ours && t.first < i)
                })
                .map(|t| t.spelling.to_string()),
        })
        .collect()
}

/// The distinct sources, and which one each name is.
fn sources<'a>(names: &[&'a str]) -> (Vec<Source<'a>>, Vec<usize>) {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut sources: Vec<Source> = Vec::new();
    let mut source_of = Vec::with_capacity(names.len());
    for (i, name) in names.iter().enumerate() {
        // `Funding::same_source` is equality of the ASCII-lower-cased names.
        let s = *index.entry(name.to_ascii_lowercase()).or_insert_with(|| {
            sources.push(Source {
                lower: name.to_lowercase(),
                count: 0,
                first: i,
                spelling: name,
            });
            sources.len() - 1
        });
        sources[s].count += 1;
        source_of.push(s);
    }
    (sources, source_of)
}

fn meant(sources: &[Source], s: usize) -> Meant {
    let ours = &sources[s];
    if USUAL.iter().any(|u| Funding::same_source(u, ours.spelling)) {
        return Meant::Nothing;
    }
    if let Some(usual) = USUAL
        .iter()
        .find(|u| strsim::jaro_winkler(u, &ours.lower) > CLOSE)
    {
        return Meant::Usual(usual);
    }
    // Sources are numbered in order of first mention.
    let close: Vec<usize> = (0..sources.len())
        .filter(|&t| t != s && strsim::jaro_winkler(&sources[t].lower, &ours.lower) > CLOSE)
        .collect();
    match close.is_empty() {
        true => Meant::Nothing,
        false => Meant::Closest(close),
    }
}

#[cfg(test)]
mod tests {
    use super::likely_meant;

    fn assert_meant(names: &[&str], expected: &[Option<&str>]) {
        let meant = likely_meant(names);
        let meant: Vec<Option<&str>> = meant.iter().map(|m| m.as_deref()).collect();
        assert_eq!(meant, expected);
    }

    #[test]
    fn a_usual_name_is_never_a_typo() {
        assert_meant(&["levy", "Grant", "debt"], &[None, None, None]);
    }

    #[test]
    fn a_name_close_to_a_usual_one_means_it() {
        assert_meant(&["reserves", "grants"], &[Some("reserve"), Some("grant")]);
    }

    #[test]
    fn the_rarer_spelling_means_the_commoner_one() {
        let names = ["Federal fund", "Federal fnd", "Federal fund"];
        assert_meant(&names, &[None, Some("Federal fund"), None]);
    }

    #[test]
    fn of_two_as_common_the_later_means_the_earlier() {
        let names = ["Federal fund", "Federal fnd"];
        assert_meant(&names, &[None, Some("Federal fund")]);
    }

    #[test]
    fn case_alone_is_the_same_source() {
        assert_meant(&["Federal Fund", "federal fund"], &[None, None]);
    }

    #[test]
    fn the_suggestion_is_spelled_as_first_written() {
        let names = ["Federal Fund", "federal fund", "Federal fnd"];
        assert_meant(&names, &[None, None, Some("Federal Fund")]);
    }

    #[test]
    fn many_mentions_of_few_sources_are_compared_per_source() {
        // Compared per mention, this would take minutes; per source, it is
        // two comparisons.
        let mut names: Vec<&str> = (0..100_000)
            .map(|i| match i % 2 {
                0 => "Federal fund",
                _ => "Provincial fund",
            })
            .collect();
        names.push("Federal fnd");
        let meant = likely_meant(&names);
        assert_eq!(meant.len(), names.len());
        assert!(meant[..100_000].iter().all(Option::is_none));
        assert_eq!(meant[100_000].as_deref(), Some("Federal fund"));
    }
}
