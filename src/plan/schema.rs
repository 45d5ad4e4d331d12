//! The JSON Schema (draft 2020-12) of the plan format, generated from the
//! registry, for editors that validate and complete TOML (taplo, Even
//! Better TOML: `#:schema ./itplan.schema.json` on a plan's first line).

use super::registry::{DOCUMENT, DefaultValue, Field, Table, Type};
use super::value::YEARS;

/// JSON with its keys kept in the order written: the schema reads in the
/// registry's order, whatever serde_json's map does.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Object(Vec<(&'static str, Json)>),
    Array(Vec<Json>),
    Text(String),
    Integer(i64),
    Bool(bool),
}

fn object(entries: Vec<(&'static str, Json)>) -> Json {
    Json::Object(entries)
}

fn text(value: &str) -> Json {
    Json::Text(value.into())
}

fn reference(name: &str) -> Json {
    object(vec![("$ref", text(&format!("#/$defs/{name}")))])
}

const NUMBER_TEXT: &str =
    r"^\s*[-+]?([0-9][0-9_]*(\.[0-9_]*)?|\.[0-9][0-9_]*)([eE][-+]?[0-9]+)?\s*$";
const PERCENT_TEXT: &str = r"^\s*[-+]?([0-9][0-9_]*(\.[0-9_]*)?|\.[0-9][0-9_]*)\s*%\s*$";
const SHARE_TEXT: &str = r"^\s*\+?(100(\.0*)?|[0-9]{1,2}(\.[0-9]*)?|\.[0-9]+)\s*%\s*$";
const TBD_TEXT: &str = r"^\s*[Tt][Bb][Dd]\s*$";
const ONGOING_TEXT: &str = r"^\s*[Oo][Nn][Gg][Oo][Ii][Nn][Gg]\s*$";
const YEAR_KEY: &str = r"^\s*[0-9]{4}\s*$";
const ANNOTATION: &str = "^x-";

/// The whole schema, as pretty-printed JSON text ending in a newline.
pub fn schema_text() -> String {
    let mut out = String::new();
    write_json(&schema(), 0, &mut out);
    out.push('\n');
    out
}

pub fn schema() -> Json {
    let mut root = vec![
        (
            "$schema",
            text("https://json-schema.org/draft/2020-12/schema"),
        ),
        ("title", text("itplan plan")),
    ];
    if let Json::Object(entries) = table(&DOCUMENT) {
        root.extend(entries);
    }
    root.push(("$defs", definitions()));
    object(root)
}

fn definitions() -> Json {
    let string_pattern =
        |pattern: &str| object(vec![("type", text("string")), ("pattern", text(pattern))]);
    let year = object(vec![
        ("type", text("integer")),
        ("minimum", Json::Integer(i64::from(*YEARS.start()))),
        ("maximum", Json::Integer(i64::from(*YEARS.end()))),
    ]);
    let number = object(vec![(
        "anyOf",
        Json::Array(vec![
            object(vec![("type", text("number"))]),
            string_pattern(NUMBER_TEXT),
        ]),
    )]);
    let money = object(vec![(
        "anyOf",
        Json::Array(vec![
            reference("number"),
            object(vec![("const", text("tbd"))]),
            string_pattern(TBD_TEXT),
        ]),
    )]);
    let percent = object(vec![
        ("type", text("string")),
        ("pattern", text(PERCENT_TEXT)),
        ("examples", Json::Array(vec![text("1.45%")])),
    ]);
    object(vec![
        ("year", year),
        ("number", number),
        ("money", money),
        ("percent", percent),
        ("share", string_pattern(SHARE_TEXT)),
    ])
}

fn table(spec: &Table) -> Json {
    let properties = spec
        .fields
        .iter()
        .map(|field| (field.name, property(field)))
        .collect();
    let required: Vec<Json> = spec
        .fields
        .iter()
        .filter(|field| field.required.is_some())
        .map(|field| text(field.name))
        .collect();
    let mut entries = vec![
        ("type", text("object")),
        ("description", text(spec.description)),
        ("properties", Json::Object(properties)),
    ];
    if !required.is_empty() {
        entries.push(("required", Json::Array(required)));
    }
    entries.push((
        "patternProperties",
        object(vec![(ANNOTATION, annotation())]),
    ));
    entries.push(("additionalProperties", Json::Bool(false)));
    object(entries)
}

fn annotation() -> Json {
    object(vec![(
        "description",
        text("An annotation: kept and ignored by every computation."),
    )])
}

fn property(field: &Field) -> Json {
    let Json::Object(mut entries) = of_type(&field.ty) else {
        return of_type(&field.ty);
    };
    if !matches!(field.ty, Type::Table(_) | Type::Tables(_)) {
        entries.retain(|(key, _)| *key != "description");
        entries.insert(0, ("description", text(field.description)));
    }
    if let Some(default) = field.default {
        entries.push(("default", default_value(default)));
    }
    object(entries)
}

fn default_value(default: DefaultValue) -> Json {
    match default {
        DefaultValue::Text(value) => text(value),
        DefaultValue::Integer(value) => Json::Integer(value),
        DefaultValue::Bool(value) => Json::Bool(value),
        DefaultValue::EmptyList => Json::Array(Vec::new()),
    }
}

fn any_of(options: Vec<Json>) -> Json {
    object(vec![("anyOf", Json::Array(options))])
}

fn of_type(ty: &Type) -> Json {
    let number_with = |bound: &'static str| {
        any_of(vec![
            object(vec![("type", text("number")), (bound, Json::Integer(0))]),
            object(vec![
                ("type", text("string")),
                ("pattern", text(&NUMBER_TEXT.replace("[-+]?", r"\+?"))),
            ]),
        ])
    };
    match ty {
        Type::Text => object(vec![("type", text("string"))]),
        Type::Choice(names) => object(vec![(
            "enum",
            Json::Array(names.iter().map(|name| text(name)).collect()),
        )]),
        Type::Year => reference("year"),
        Type::Start => any_of(vec![
            reference("year"),
            object(vec![(
                "enum",
                Json::Array(vec![text("ongoing"), text("tbd")]),
            )]),
            object(vec![
                ("type", text("string")),
                ("pattern", text(ONGOING_TEXT)),
            ]),
            object(vec![("type", text("string")), ("pattern", text(TBD_TEXT))]),
        ]),
        Type::Money => reference("money"),
        Type::Decimal => reference("number"),
        Type::NonNegative => number_with("minimum"),
        Type::Positive => number_with("exclusiveMinimum"),
        Type::Percent => reference("percent"),
        Type::Share => reference("share"),
        Type::MoneyOrPercent => any_of(vec![reference("money"), reference("percent")]),
        Type::Integer { min, max } => {
            let mut entries = vec![("type", text("integer")), ("minimum", Json::Integer(*min))];
            if *max != i64::MAX {
                entries.push(("maximum", Json::Integer(*max)));
            }
            object(entries)
        }
        Type::Bool => object(vec![("type", text("boolean"))]),
        Type::Ids => object(vec![
            ("type", text("array")),
            ("items", object(vec![("type", text("string"))])),
        ]),
        Type::Funding => any_of(vec![
            object(vec![("type", text("string"))]),
            object(vec![
                ("type", text("object")),
                ("additionalProperties", reference("percent")),
            ]),
        ]),
        Type::Years(inner) => object(vec![
            ("type", text("object")),
            (
                "patternProperties",
                object(vec![(YEAR_KEY, of_type(inner)), (ANNOTATION, annotation())]),
            ),
            ("additionalProperties", Json::Bool(false)),
        ]),
        Type::OrYears(inner) => any_of(vec![of_type(inner), of_type(&Type::Years(inner))]),
        Type::Table(spec) => table(spec),
        Type::Tables(spec) => object(vec![
            ("type", text("array")),
            ("description", text(spec.description)),
            ("items", table(spec)),
        ]),
    }
}

fn write_json(value: &Json, indent: usize, out: &mut String) {
    let pad = |level: usize| "  ".repeat(level);
    match value {
        Json::Object(entries) if entries.is_empty() => out.push_str("{}"),
        Json::Array(items) if items.is_empty() => out.push_str("[]"),
        Json::Object(entries) => {
            out.push_str("{\n");
            for (i, (key, item)) in entries.iter().enumerate() {
                out.push_str(&pad(indent + 1));
                out.push_str(&quote(key));
                out.push_str(": ");
                write_json(item, indent + 1, out);
                out.push_str(if i + 1 < entries.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(indent));
            out.push('}');
        }
        Json::Array(items) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&pad(indent + 1));
                write_json(item, indent + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(indent));
            out.push(']');
        }
        Json::Text(value) => out.push_str(&quote(value)),
        Json::Integer(value) => out.push_str(&value.to_string()),
        Json::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
    }
}

fn quote(text: &str) -> String {
    serde_json::Value::String(text.into()).to_string()
}
