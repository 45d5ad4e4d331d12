//! `--hire FTE[@YEAR]` and `--operational PERCENT`: staff added on the
//! command line, to try a plan without editing it.

use rust_decimal::Decimal;

use crate::error::Error;
use crate::plan::value::{YEARS, parse_decimal};
use crate::plan::{Capacity, Year};
use crate::report::capacity::{Hire, WhatIf};

const HIRE_HELP: &str = "write --hire FTE or --hire FTE@YEAR, e.g. --hire 2 or --hire 1.5@2025";

/// One `--hire` as written; its year is resolved once the plan is read.
#[derive(Debug, Clone, PartialEq, Eq)]
struct HireArg {
    text: String,
    fte: Decimal,
    year: Option<Year>,
}

/// `--hire FTE[@YEAR]` and `--operational PERCENT`, as typed.
#[derive(Debug, Clone, Default)]
pub struct HireFlags {
    pub hire: Vec<String>,
    pub operational: Option<String>,
}

/// The hires parsed; their years are resolved once the plan is read.
#[derive(Debug)]
pub struct Hiring {
    hires: Vec<HireArg>,
    operational: Decimal,
}

impl HireFlags {
    /// Bad flags are reported before the plan is read: `--hire` first.
    pub fn parse(&self) -> Result<Hiring, Error> {
        Ok(Hiring {
            hires: parse_hires(&self.hire)?,
            operational: parse_operational(self.operational.as_deref())?,
        })
    }
}

impl Hiring {
    /// The what-if against the plan's capacity, if anyone is hired.
    pub fn resolve(self, cap: &Capacity) -> Result<Option<WhatIf>, Error> {
        resolve(self.hires, self.operational, cap)
    }
}

fn parse_hires(texts: &[String]) -> Result<Vec<HireArg>, Error> {
    texts.iter().map(|text| parse_hire(text)).collect()
}

fn parse_hire(text: &str) -> Result<HireArg, Error> {
    let (fte_text, year_text) = match text.split_once('@') {
        Some((fte, year)) => (fte.trim(), Some(year.trim())),
        None => (text.trim(), None),
    };
    let bad =
        |problem: String| Error::usage_with_help(format!("--hire {text:?}: {problem}"), HIRE_HELP);
    let fte = parse_decimal(fte_text)
        .ok_or_else(|| bad(format!("FTE must be a number, not {}", quoted(fte_text))))?;
    if fte.is_sign_negative() && !fte.is_zero() {
        return Err(Error::usage_with_help(
            format!("--hire {text:?}: the number of FTE cannot be negative"),
            "--hire adds staff; to try fewer staff, lower `fte` in [[capacity.team]]",
        ));
    }
    let year = match year_text {
        None => None,
        Some(year) => Some(
            year.parse::<Year>()
                .ok()
                .filter(|y| YEARS.contains(y))
                .ok_or_else(|| {
                    bad(format!(
                        "YEAR must be a year from 1900 to 2200, not {}",
                        quoted(year)
                    ))
                })?,
        ),
    };
    Ok(HireArg {
        text: text.to_string(),
        fte,
        year,
    })
}

/// `text` in backquotes, or "nothing" when it is empty.
fn quoted(text: &str) -> String {
    if text.is_empty() {
        "nothing".into()
    } else {
        format!("`{text}`")
    }
}

/// "20%" as the share 0.2; no flag means 0%.
fn parse_operational(text: Option<&str>) -> Result<Decimal, Error> {
    let Some(text) = text else {
        return Ok(Decimal::ZERO);
    };
    let Some(number) = text.trim().strip_suffix('%') else {
        let help = match parse_decimal(text.trim()) {
            Some(_) => format!(
                "write \"{0}%\": a bare number is ambiguous between a percent and a fraction",
                text.trim()
            ),
            None => "write a percent such as 20%".to_string(),
        };
        return Err(Error::usage_with_help(
            format!("--operational {text:?} is not a percent"),
            help,
        ));
    };
    let share = parse_decimal(number.trim())
        .and_then(|n| n.checked_div(Decimal::ONE_HUNDRED))
        .ok_or_else(|| {
            Error::usage_with_help(
                format!("--operational {text:?} is not a percent"),
                "write a percent such as 20%",
            )
        })?;
    if share < Decimal::ZERO || share > Decimal::ONE {
        return Err(Error::usage_with_help(
            format!("--operational {text:?} must be between 0% and 100%"),
            "it is the share of the hires' time lost to operations and time out of office",
        ));
    }
    Ok(share)
}

/// The what-if to apply: each hire from its year, or the first capacity year.
fn resolve(
    hires: Vec<HireArg>,
    operational: Decimal,
    cap: &Capacity,
) -> Result<Option<WhatIf>, Error> {
    if hires.is_empty() {
        return Ok(None);
    }
    let hires = hires
        .into_iter()
        .map(|hire| {
            let from = hire.year.unwrap_or(cap.first_year);
            if from > cap.last_year {
                return Err(Error::usage_with_help(
                    format!(
                        "--hire {:?}: {from} is after the last capacity year {}",
                        hire.text, cap.last_year
                    ),
                    format!(
                        "choose a year up to {}; a hire from {} or earlier counts in every capacity year",
                        cap.last_year, cap.first_year
                    ),
                ));
            }
            Ok(Hire {
                fte: hire.fte,
                from,
            })
        })
        .collect::<Result<_, _>>()?;
    Ok(Some(WhatIf { hires, operational }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn share(text: &str) -> Result<String, String> {
        parse_operational(Some(text))
            .map(|d| d.normalize().to_string())
            .map_err(|e| e.to_string())
    }

    #[test]
    fn hires_parse_exactly() {
        let hire = parse_hire("1.5@2025").expect("valid");
        assert_eq!((hire.fte, hire.year), (Decimal::new(15, 1), Some(2025)));
        assert_eq!(parse_hire("2").expect("valid").year, None);
        for bad in ["-1", "two", "1@", "1@1899", "1@2201", "1@20x5", ""] {
            assert!(parse_hire(bad).is_err(), "{bad} is rejected");
        }
    }

    #[test]
    fn operational_is_a_percent() {
        assert_eq!(share("20%"), Ok("0.2".into()));
        assert_eq!(share(" 12.5 % "), Ok("0.125".into()));
        assert_eq!(parse_operational(None).ok(), Some(Decimal::ZERO));
        assert!(share("20").is_err());
        assert!(share("120%").is_err());
        assert!(share("-5%").is_err());
        assert!(share("lots%").is_err());
    }
}
