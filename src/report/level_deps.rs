//! What `check` says about dependencies that hold in the file but not in
//! time: work starting before what it needs has ended, and work waiting on
//! something that is not scheduled at all.

use std::collections::HashMap;

use crate::diagnostic::Diagnostic;
use crate::plan::{Initiative, Plan};

/// Every dependency warning of the plan, in file order of the dependency.
pub fn dependency_warnings(plan: &Plan) -> Vec<Diagnostic> {
    dependency_warnings_where(plan, |_, _| true)
}

/// The warnings about dependencies where `keep(dependent, dependency)`.
pub fn dependency_warnings_where(
    plan: &Plan,
    keep: impl Fn(&Initiative, &Initiative) -> bool,
) -> Vec<Diagnostic> {
    let by_id: HashMap<&str, &Initiative> = plan
        .initiatives
        .iter()
        .map(|i| (i.id.as_str(), i))
        .collect();
    let mut warnings = Vec::new();
    for initiative in plan.initiatives.iter().filter(|i| !i.depends_on.is_empty()) {
        let Some(start) = initiative.start_year else {
            continue;
        };
        for dep in &initiative.depends_on {
            let Some(needed) = by_id.get(dep.id.as_str()).filter(|d| keep(initiative, d)) else {
                continue;
            };
            let id = &initiative.id;
            match needed.end_year {
                None => warnings.push(
                    Diagnostic::warning(
                        Some(dep.span.clone()),
                        format!(
                            "`{id}` depends on `{}`, which is unscheduled (start = \"tbd\")",
                            dep.id
                        ),
                    )
                    .label("levelling ignores this dependency")
                    .kind("`depends_on` an unscheduled initiative")
                    .help(format!(
                        "schedule `{}`, or remove it from `depends_on`",
                        dep.id
                    )),
                ),
                Some(end) if start < end => warnings.push(
                    Diagnostic::warning(
                        Some(dep.span.clone()),
                        format!(
                            "`{id}` starts in {start}, before `{}` ends in {end}",
                            dep.id
                        ),
                    )
                    .label(format!("`{id}` may start no earlier than {end}"))
                    .kind("starts before a dependency ends")
                    .help(format!(
                        "start `{id}` in {end} or later, or run `itplan schedule` to level the plan"
                    )),
                ),
                Some(_) => {}
            }
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::level_fixtures::{depends, workplan};

    #[test]
    fn early_starts_and_unscheduled_dependencies_are_warned_about() {
        let mut plan = workplan(
            "",
            &[
                ("A", 2025, 2027, ""),
                ("B", 2026, 2026, ""),
                ("C", 2027, 2027, ""),
            ],
        );
        plan.initiatives[0].start = crate::plan::Start::Tbd;
        plan.initiatives[0].start_year = None;
        plan.initiatives[0].end_year = None;
        plan.initiatives[1].end_year = Some(2028);
        depends(&mut plan, "B", &["A"]);
        depends(&mut plan, "C", &["B"]);
        let messages: Vec<String> = dependency_warnings(&plan)
            .into_iter()
            .map(|w| w.message)
            .collect();
        assert_eq!(
            messages,
            vec![
                "`B` depends on `A`, which is unscheduled (start = \"tbd\")",
                "`C` starts in 2027, before `B` ends in 2028",
            ]
        );
    }
}
