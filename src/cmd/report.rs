//! `itplan report`: the council report, one self-contained HTML page.

use std::io::IsTerminal;
use std::time::{SystemTime, UNIX_EPOCH};

use super::{Context, Outcome, invalid, load_plan};
use crate::cli::ReportArgs;
use crate::error::Error;
use crate::output::{ColorChoice, Output};
use crate::view::report::ReportView;

pub fn run(args: &ReportArgs, color: ColorChoice, context: &Context) -> Result<Outcome, Error> {
    // A page of HTML is no use on a terminal: say so before any work.
    if args.output.is_none() && std::io::stdout().is_terminal() {
        return Err(Error::usage_with_help(
            "itplan report writes an HTML page, not text for a terminal",
            "give -o FILE.html, or pipe the page to a file or another program",
        ));
    }
    let loaded = load_plan(&args.plan, context)?;
    let view = ReportView::new(&loaded.plan, &loaded.file).map_err(|d| invalid(&loaded, d))?;
    let page = view.html(&today())?;
    let output = Output {
        path: args.output.clone(),
        color,
    };
    output.write(|out, _| out.write_all(page.as_bytes()))?;
    Ok(Outcome::Success)
}

/// Today's date (UTC), or the date of SOURCE_DATE_EPOCH when set, so a
/// build can reproduce a page byte for byte.
pub fn today() -> String {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0))
        });
    let (year, month, day) = civil_date(seconds.div_euclid(86_400));
    format!("{year:04}-{month:02}-{day:02}")
}

/// The proleptic Gregorian date of a day count since 1970-01-01
/// (Howard Hinnant's days-to-civil algorithm).
fn civil_date(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::civil_date;

    #[test]
    fn days_become_calendar_dates() {
        assert_eq!(civil_date(0), (1970, 1, 1));
        assert_eq!(civil_date(59), (1970, 3, 1));
        assert_eq!(civil_date(11_016), (2000, 2, 29));
        assert_eq!(civil_date(19_358), (2023, 1, 1));
        assert_eq!(civil_date(20_089), (2025, 1, 1));
        assert_eq!(civil_date(-1), (1969, 12, 31));
    }
}
