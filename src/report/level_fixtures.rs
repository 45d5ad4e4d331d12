//! Small workplans for the levelling tests. C(y) = 2 FTE × 100 h − 100 h
//! operational = 100 hours per quarter, so 400 effort hours fill a year.

use crate::plan::{Dependency, Plan};
use crate::report::budget_tests::plan;

pub const HEAD: &str = "[plan]\nname = \"P\"\nfirst_year = 2025\nlast_year = 2029\n\
    [capacity]\nhours_per_fte_quarter = 100\n\
    [[capacity.team]]\nname = \"IT\"\nfte = 2\noperational_hours_per_quarter = 100\n";

/// A plan from initiative lines `id start end effort extra-toml`.
pub fn workplan(demand: &str, rows: &[(&str, i32, i32, &str)]) -> Plan {
    let mut text = String::from(HEAD);
    if !demand.is_empty() {
        text.push_str(&format!(
            "[[capacity.demand]]\nname = \"fixed\"\nhours_per_quarter = {demand}\n"
        ));
    }
    for (id, start, end, extra) in rows {
        text.push_str(&format!(
            "[[initiative]]\nid = \"{id}\"\nname = \"{id}\"\nstart = {start}\nend = {end}\n{extra}\n"
        ));
    }
    plan(&text)
}

pub fn depends(plan: &mut Plan, id: &str, on: &[&str]) {
    let initiative = plan
        .initiatives
        .iter_mut()
        .find(|i| i.id == id)
        .expect("the id is in the plan");
    initiative.depends_on = on
        .iter()
        .map(|dep| Dependency {
            id: (*dep).to_string(),
            span: 0..0,
        })
        .collect();
}
