//! The plan format's JSON Schema: what `itplan schema` prints is the file
//! shipped for editors, and it accepts exactly the plans it should.

use super::*;

fn schema() -> serde_json::Value {
    serde_json::from_str(&stdout(&["schema"])).expect("the schema is JSON")
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft202012::new(&schema()).expect("a valid draft 2020-12 schema")
}

/// A TOML plan as the JSON an editor validates.
fn as_json(text: &str) -> serde_json::Value {
    toml::from_str(text).expect("TOML")
}

fn errors(validator: &jsonschema::Validator, text: &str) -> Vec<String> {
    let instance = as_json(text);
    validator
        .iter_errors(&instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

const HEADER: &str = "[plan]\nname = \"T\"\nfirst_year = 2025\nlast_year = 2027\n";

#[test]
fn shipped_schema_file_is_what_itplan_schema_prints() {
    let shipped = std::fs::read_to_string(root().join("plans/itplan.schema.json"))
        .expect("plans/itplan.schema.json exists");
    assert_eq!(
        shipped,
        stdout(&["schema"]),
        "regenerate with: cargo run -- schema > plans/itplan.schema.json"
    );
}

#[test]
fn shipped_plans_name_the_schema_and_validate() {
    let validator = validator();
    for plan in shipped_plans() {
        let text = std::fs::read_to_string(root().join(&plan)).expect("plan readable");
        assert!(
            text.starts_with("#:schema ./itplan.schema.json\n"),
            "{plan} does not name the schema on its first line"
        );
        assert_eq!(errors(&validator, &text), Vec::<String>::new(), "{plan}");
    }
}

#[test]
fn valid_fixtures_validate() {
    let validator = validator();
    for fixture in [
        "small.toml",
        "capacity.toml",
        "check-ok.toml",
        "diff-old.toml",
        "diff-new.toml",
    ] {
        let text = std::fs::read_to_string(root().join("tests/fixtures").join(fixture))
            .expect("fixture readable");
        assert_eq!(errors(&validator, &text), Vec::<String>::new(), "{fixture}");
    }
}

#[test]
fn annotations_and_every_value_spelling_validate() {
    let text = format!(
        "x-owner = \"Finance\"\n{HEADER}escalation = \"2.5%\"\nx-note = \"draft\"\n\
         [[initiative]]\nid = \"A\"\nname = \"a\"\nstart = \"ongoing\"\none_time = {{ 2025 = 5, 2026 = \"4627.35\", x-why = \"quote\" }}\n\
         recurring = \"TBD\"\neffort_hours = 1533.17\noperational = \"20%\"\nurgency = 5\n\
         [[initiative]]\nid = \"B\"\nname = \"b\"\nstart = \"tbd\"\none_time = -60_000\n"
    );
    assert_eq!(errors(&validator(), &text), Vec::<String>::new());
}

#[test]
fn mistakes_do_not_validate() {
    let validator = validator();
    let initiative = |line: &str| {
        format!("{HEADER}[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\n{line}\n")
    };
    for (what, text) in [
        ("unknown key", initiative("onetime = 5")),
        ("wrong type", initiative("recurring = true")),
        ("money as words", initiative("recurring = \"lots\"")),
        ("bare percent", format!("{HEADER}escalation = 1.45\n")),
        ("percent without %", initiative("escalation = \"2.5\"")),
        ("score out of range", initiative("urgency = 7")),
        ("year out of range", initiative("end = 2300")),
        ("quoted year", initiative("end = \"2027\"")),
        ("share over 100%", initiative("operational = \"120%\"")),
        ("negative hours", initiative("effort_hours = -5")),
        (
            "missing plan",
            "[[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\n".into(),
        ),
        (
            "missing name",
            "[plan]\nfirst_year = 2025\nlast_year = 2027\n".into(),
        ),
    ] {
        assert!(
            !errors(&validator, &text).is_empty(),
            "{what} validated:\n{text}"
        );
    }
}
