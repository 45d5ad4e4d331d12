//! Every table and field of the plan format, in one place.
//!
//! The reader (`Fields`) accepts exactly the keys listed here and reads each
//! with the type and range given here; `itplan schema` is generated from the
//! same list. A new field is one `Field` line here, read with one typed getter.

mod plan_tables;
mod work_tables;

pub use plan_tables::{DEBT, DOCUMENT, LEVY, PLAN, STATED};
pub use work_tables::{CAPACITY, DEMAND, INITIATIVE, TEAM};

/// What a field holds; each type is read by one getter and has one schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    /// Free text.
    Text,
    /// One of the listed words (any case).
    Choice(&'static [&'static str]),
    /// An integer 1900..=2200.
    Year,
    /// A year, "ongoing" or "tbd".
    Start,
    /// An exact amount: integer, float, numeric string, or "tbd".
    Money,
    /// An exact number that is not money ("tbd" is not allowed).
    Decimal,
    /// An exact number ≥ 0 (hours, FTE).
    NonNegative,
    /// An exact number > 0 (a levy, a household count).
    Positive,
    /// A percent string such as "1.45%".
    Percent,
    /// Money, or a percent string (a stated tax impact).
    MoneyOrPercent,
    /// A percent from "0%" to "100%".
    Share,
    /// A whole number in `min..=max`.
    Integer { min: i64, max: i64 },
    /// true or false.
    Bool,
    /// An array of strings (initiative ids).
    Ids,
    /// A source name, or a table of percent shares by source.
    Funding,
    /// A table of years, e.g. `{ 2025 = 200_000 }`, each value of the inner type.
    Years(&'static Type),
    /// The inner type, or a table of years of it.
    OrYears(&'static Type),
    /// A table described by its own fields (`[plan]`).
    Table(&'static Table),
    /// An array of tables (`[[initiative]]`).
    Tables(&'static Table),
}

/// A default a schema can state as a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DefaultValue {
    Text(&'static str),
    Integer(i64),
    Bool(bool),
    EmptyList,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub ty: Type,
    /// When required: the example the "missing" error offers (`add name = …`).
    pub required: Option<&'static str>,
    pub default: Option<DefaultValue>,
    pub description: &'static str,
}

impl Field {
    const fn new(name: &'static str, ty: Type, description: &'static str) -> Field {
        Field {
            name,
            ty,
            required: None,
            default: None,
            description,
        }
    }

    const fn required(self, example: &'static str) -> Field {
        Field {
            required: Some(example),
            ..self
        }
    }

    const fn default(self, default: DefaultValue) -> Field {
        Field {
            default: Some(default),
            ..self
        }
    }
}

/// A table of the plan: its header as users write it, and its fields.
#[derive(Debug, PartialEq, Eq)]
pub struct Table {
    /// As written in the file and in messages: "[plan]", "[[initiative]]".
    pub header: &'static str,
    pub description: &'static str,
    pub fields: &'static [Field],
}

impl Table {
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|field| field.name == name)
    }

    pub fn names(&self) -> impl Iterator<Item = &'static str> {
        self.fields.iter().map(|field| field.name)
    }
}

use Type as T;

const MONEY_BY_YEAR: Type = T::OrYears(&T::Money);
const HOURS_BY_YEAR: Type = T::OrYears(&T::NonNegative);
const SCORE: Type = T::Integer { min: 1, max: 5 };
