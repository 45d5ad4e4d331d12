//! Plan-wide rules on `rank` and `depends_on`: ranks are unique, and every
//! dependency names another initiative without closing a cycle.

use std::collections::HashMap;
use std::ops::Range;

use super::model::Initiative;
use super::value::Problems;
use crate::source::SourceFile;

/// Where each rank is written, gathered while the initiatives are read.
pub type RankSpans = Vec<(u32, Range<usize>)>;

pub fn check_ranks(ranks: &RankSpans, file: &SourceFile, problems: &mut Problems) {
    let mut first: HashMap<u32, usize> = HashMap::with_capacity(ranks.len());
    for (rank, span) in ranks {
        match first.get(rank) {
            Some(at) => problems.at(
                span.clone(),
                format!("rank {rank} is given twice"),
                format!(
                    "ranks are unique positions; rank {rank} is first given on line {}",
                    file.lines().line_number(*at)
                ),
            ),
            None => {
                first.insert(*rank, span.start);
            }
        }
    }
}

pub fn check_dependencies(initiatives: &[Initiative], problems: &mut Problems) {
    // Most plans name no dependency: no index of 100,000 ids to build then.
    if initiatives.iter().all(|i| i.depends_on.is_empty()) {
        return;
    }
    let index: HashMap<&str, usize> = initiatives
        .iter()
        .enumerate()
        .map(|(i, initiative)| (initiative.id.as_str(), i))
        .collect();
    for initiative in initiatives {
        for dep in &initiative.depends_on {
            if dep.id == initiative.id {
                problems.at(
                    dep.span.clone(),
                    format!("`{}` depends on itself", initiative.id),
                    "remove it from its own `depends_on`",
                );
            } else if !index.contains_key(dep.id.as_str()) {
                problems.at(
                    dep.span.clone(),
                    format!(
                        "`depends_on` names `{}`, which is not an initiative's id",
                        dep.id
                    ),
                    suggestion(&dep.id, initiatives),
                );
            }
        }
    }
    report_cycles(initiatives, &index, problems);
}

fn suggestion(id: &str, initiatives: &[Initiative]) -> String {
    let best = initiatives
        .iter()
        .map(|i| {
            (
                strsim::jaro_winkler(&id.to_lowercase(), &i.id.to_lowercase()),
                &i.id,
            )
        })
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match best {
        Some((_, found)) => format!("did you mean `{found}`?"),
        None => "write the id of an initiative in this plan".into(),
    }
}

/// Each cycle once, every member located at the dependency that closes it.
fn report_cycles(
    initiatives: &[Initiative],
    index: &HashMap<&str, usize>,
    problems: &mut Problems,
) {
    // 0 unvisited, 1 on the current path, 2 done: an iterative depth-first search.
    let mut state = vec![0u8; initiatives.len()];
    let mut path: Vec<usize> = Vec::new();
    for root in 0..initiatives.len() {
        if state[root] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        state[root] = 1;
        path.push(root);
        while let Some((node, next)) = stack.last_mut() {
            let node = *node;
            let deps = &initiatives[node].depends_on;
            if *next == deps.len() {
                state[node] = 2;
                path.pop();
                stack.pop();
                continue;
            }
            let dep = &deps[*next];
            *next += 1;
            let Some(&d) = index.get(dep.id.as_str()).filter(|&&d| d != node) else {
                continue;
            };
            match state[d] {
                0 => {
                    state[d] = 1;
                    path.push(d);
                    stack.push((d, 0));
                }
                1 => report_cycle(initiatives, index, &path, d, problems),
                _ => {}
            }
        }
    }
}

fn report_cycle(
    initiatives: &[Initiative],
    index: &HashMap<&str, usize>,
    path: &[usize],
    back_to: usize,
    problems: &mut Problems,
) {
    let Some(from) = path.iter().position(|&i| i == back_to) else {
        return;
    };
    let members = &path[from..];
    let mut names: Vec<&str> = members
        .iter()
        .map(|&i| initiatives[i].id.as_str())
        .collect();
    names.push(&initiatives[back_to].id);
    let cycle = names.join(" → ");
    for (k, &member) in members.iter().enumerate() {
        let next = members.get(k + 1).copied().unwrap_or(back_to);
        let initiative = &initiatives[member];
        if let Some(dep) = initiative
            .depends_on
            .iter()
            .find(|dep| index.get(dep.id.as_str()) == Some(&next))
        {
            problems.at(
                dep.span.clone(),
                format!(
                    "dependency cycle {cycle}: `{}` depends on `{}`",
                    initiative.id, dep.id
                ),
                "a cycle can never start; remove one of these dependencies",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::error::Error;
    use crate::plan::load;
    use crate::source::SourceFile;

    const HEAD: &str = "[plan]\nname = \"P\"\nfirst_year = 2025\nlast_year = 2027\n";

    fn errors(body: &str) -> Vec<(usize, String, Option<String>)> {
        let text = format!("{HEAD}{body}");
        match load(SourceFile::new("t.toml", text.clone())) {
            Ok(_) => Vec::new(),
            Err(Error::InvalidPlan { diagnostics, .. }) => diagnostics
                .into_iter()
                .map(|d| {
                    let line = d
                        .span
                        .map_or(0, |s| text[..s.start].matches('\n').count() + 1);
                    (line, d.message, d.help)
                })
                .collect(),
            Err(other) => panic!("unexpected error: {other}"),
        }
    }

    fn initiative(id: &str, extra: &str) -> String {
        format!("[[initiative]]\nid = \"{id}\"\nname = \"n\"\nstart = 2025\n{extra}\n")
    }

    #[test]
    fn the_fields_are_read_with_their_defaults() {
        let text = format!(
            "{HEAD}{}{}{}",
            initiative("A", "rank = 2\ndiscretionary = false"),
            initiative("B", "depends_on = [\"A\"]\nkind = \"operate\""),
            initiative("C", "status = \"planned\""),
        );
        let plan = load(SourceFile::new("t.toml", text)).expect("valid").plan;
        let got: Vec<_> = plan
            .initiatives
            .iter()
            .map(|i| {
                let deps: Vec<&str> = i.depends_on.iter().map(|d| d.id.as_str()).collect();
                (i.rank, i.discretionary, deps)
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (Some(2), false, vec![]),
                (None, false, vec!["A"]),
                (None, true, vec![])
            ]
        );
    }

    #[test]
    fn unknown_and_self_dependencies_and_duplicate_ranks_are_located() {
        let body = format!(
            "{}{}{}",
            initiative("Alpha", "rank = 1"),
            initiative("B", "rank = 1\ndepends_on = [\"alpha\", \"B\"]"),
            initiative("C", "rank = 0"),
        );
        let got = errors(&body);
        assert_eq!(
            got,
            vec![
                (
                    14,
                    "rank 1 is given twice".to_string(),
                    Some("ranks are unique positions; rank 1 is first given on line 9".to_string())
                ),
                (
                    15,
                    "`depends_on` names `alpha`, which is not an initiative's id".to_string(),
                    Some("did you mean `Alpha`?".to_string())
                ),
                (
                    15,
                    "`B` depends on itself".to_string(),
                    Some("remove it from its own `depends_on`".to_string())
                ),
                (
                    20,
                    "`rank` must be a whole number of at least 1".to_string(),
                    Some("write an integer such as `rank = 1`".to_string())
                ),
            ]
        );
    }

    #[test]
    fn a_cycle_is_named_and_each_member_located() {
        let body = format!(
            "{}{}{}{}",
            initiative("A", "depends_on = [\"C\"]"),
            initiative("B", "depends_on = [\"A\"]"),
            initiative("C", "depends_on = [\"B\"]"),
            initiative("D", "depends_on = [\"C\"]"),
        );
        let got: Vec<(usize, String)> = errors(&body).into_iter().map(|(l, m, _)| (l, m)).collect();
        assert_eq!(
            got,
            vec![
                (
                    9,
                    "dependency cycle A → C → B → A: `A` depends on `C`".to_string()
                ),
                (
                    14,
                    "dependency cycle A → C → B → A: `B` depends on `A`".to_string()
                ),
                (
                    19,
                    "dependency cycle A → C → B → A: `C` depends on `B`".to_string()
                ),
            ]
        );
    }
}
