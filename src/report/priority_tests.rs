//! The priority order, scores and quadrants, with explicit expected values.

use super::*;
use crate::report::budget_tests::plan;

type Row<'a> = (&'a str, Option<u32>, Option<u8>, Option<u8>);

fn plan_with(rows: &[Row]) -> Plan {
    let mut text = String::from("[plan]\nname = \"P\"\nfirst_year = 2025\nlast_year = 2027\n");
    for (id, _, urgency, importance) in rows {
        text.push_str(&format!(
            "[[initiative]]\nid = \"{id}\"\nname = \"{id}\"\nstart = 2025\n"
        ));
        if let Some(u) = urgency {
            text.push_str(&format!("urgency = {u}\n"));
        }
        if let Some(i) = importance {
            text.push_str(&format!("importance = {i}\n"));
        }
    }
    let mut plan = plan(&text);
    for (initiative, (_, rank, _, _)) in plan.initiatives.iter_mut().zip(rows) {
        initiative.rank = *rank;
    }
    plan
}

fn ids(plan: &Plan) -> Vec<&str> {
    priority_order(&plan.initiatives)
        .into_iter()
        .map(|i| plan.initiatives[i].id.as_str())
        .collect()
}

#[test]
fn ranks_first_then_scores_then_the_rest_in_plan_order() {
    let plan = plan_with(&[
        ("none-a", None, None, None),
        ("score-12-imp-4", None, Some(3), Some(4)),
        ("rank-2", Some(2), Some(1), Some(1)),
        ("score-12-imp-3-urg-4", None, Some(4), Some(3)),
        ("only-urgency", None, Some(5), None),
        ("score-25", None, Some(5), Some(5)),
        ("rank-1", Some(1), None, None),
        ("score-12-imp-4-again", None, Some(3), Some(4)),
        ("none-b", None, None, None),
    ]);
    assert_eq!(
        ids(&plan),
        vec![
            "rank-1",
            "rank-2",
            "score-25",
            "score-12-imp-4",
            "score-12-imp-4-again",
            "score-12-imp-3-urg-4",
            "none-a",
            "only-urgency",
            "none-b",
        ]
    );
}

#[test]
fn the_report_lists_every_initiative_with_score_and_quadrant() {
    let plan = plan_with(&[
        ("low", None, Some(2), Some(1)),
        ("high", None, Some(4), Some(5)),
        ("ranked", Some(1), Some(1), Some(4)),
    ]);
    let report = priorities(&plan).expect("computes");
    let got: Vec<_> = report
        .rows
        .iter()
        .map(|r| (r.position, r.id.as_str(), r.score, r.quadrant))
        .collect();
    assert_eq!(
        got,
        vec![
            (1, "ranked", Some(4), Some(Quadrant::ImportantNotUrgent)),
            (2, "high", Some(20), Some(Quadrant::ImportantUrgent)),
            (3, "low", Some(2), Some(Quadrant::Neither)),
        ]
    );
}

#[test]
fn operate_and_work_under_way_default_to_not_discretionary() {
    let plan = plan(
        "[plan]\nname = \"P\"\nfirst_year = 2025\nlast_year = 2027\n\
         [[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\nkind = \"operate\"\n\
         [[initiative]]\nid = \"B\"\nname = \"b\"\nstart = 2025\nstatus = \"in-progress\"\n\
         [[initiative]]\nid = \"C\"\nname = \"c\"\nstart = \"ongoing\"\nstatus = \"ongoing\"\n\
         [[initiative]]\nid = \"D\"\nname = \"d\"\nstart = 2025\nkind = \"project\"\nstatus = \"planned\"\n\
         [[initiative]]\nid = \"E\"\nname = \"e\"\nstart = 2025\nadds_fte = 1\n",
    );
    let flags: Vec<_> = plan
        .initiatives
        .iter()
        .map(|i| (i.discretionary, is_fixed(i)))
        .collect();
    assert_eq!(
        flags,
        vec![
            (false, true),
            (false, true),
            (false, true),
            (true, false),
            (true, true)
        ]
    );
}
