//! What several commands share on the command line: the output flags, the
//! what-if flags, and a parser for a fixed set of named values.

use std::path::PathBuf;

use clap::Args;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};

use crate::cmd::scenario::ChangeFlags;
use crate::output::Format;

/// What-ifs that change the plan for one run, without editing the file.
#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// What-if: start initiative ID in YEAR, moving it whole (as levelling does); repeatable
    #[arg(long, value_name = "ID@YEAR")]
    pub defer: Vec<String>,

    /// What-if: leave initiative ID out; repeatable
    #[arg(long = "drop", value_name = "ID")]
    pub drop: Vec<String>,
}

impl ChangeArgs {
    pub fn flags(&self) -> ChangeFlags {
        ChangeFlags {
            defer: self.defer.clone(),
            drop: self.drop.clone(),
        }
    }
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format (default: from the -o file's extension, else table)
    #[arg(long, short = 'f', value_name = "FORMAT",
          value_parser = choice(&Format::ALL, Format::name, |f| Some(f.help())))]
    pub format: Option<Format>,

    /// Write to FILE instead of standard output (replaced only if the run succeeds);
    /// .csv, .json, .md, .xlsx and .html pick the format
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// A parser for one of a fixed set of named values.
pub fn choice<T: Copy + Send + Sync + 'static>(
    values: &'static [T],
    name: fn(T) -> &'static str,
    help: fn(T) -> Option<&'static str>,
) -> impl TypedValueParser<Value = T> {
    let possible = values.iter().map(move |v| {
        let value = PossibleValue::new(name(*v));
        match help(*v) {
            Some(text) => value.help(text),
            None => value,
        }
    });
    PossibleValuesParser::new(possible).try_map(move |text: String| {
        values
            .iter()
            .copied()
            .find(|v| name(*v) == text)
            .ok_or_else(|| format!("unknown value `{text}`"))
    })
}
