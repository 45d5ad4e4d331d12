//! `itplan report`: the council report, one self-contained HTML page.

use std::time::{SystemTime, UNIX_EPOCH};

use super::check::checked;
use super::{Context, Outcome, invalid};
use crate::error::Error;
use crate::output::{Format, Settings, emit};
use crate::view::report::ReportView;

/// What `itplan report` was asked for.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub plan: String,
    pub output: Settings,
}

pub fn run(options: &Options, context: &mut Context) -> anyhow::Result<Outcome> {
    let settings = with_page_default(&options.output);
    // A page of HTML is no use on a terminal: say so before any work.
    if settings.format() == Format::Html && settings.output.is_none() && context.io.is_terminal {
        return Err(Error::usage_with_help(
            "itplan report writes an HTML page, and standard output is a terminal",
            "write it to a file with -o report.html, or pipe it: itplan report PLAN > report.html",
        )
        .into());
    }
    let loaded = context.load_plan(&options.plan)?;
    // The reconciliation table lists the loader's warnings with check's own, as `itplan check` does.
    let check = checked(&loaded)?;
    let view = ReportView::new(&loaded.plan, &loaded.file, check, today())
        .map_err(|d| invalid(&loaded, d))?;
    emit(&view, &settings, context.io)?;
    Ok(Outcome::Success)
}

/// The page unless `--format` or the -o file's extension asks for a
/// format of the tables alone; a file without a known extension gets the page.
fn with_page_default(settings: &Settings) -> Settings {
    let mut settings = settings.clone();
    if settings.format.is_none() && settings.format() == Format::Table {
        settings.format = Some(Format::Html);
    }
    settings
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
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn days_become_calendar_dates() {
        assert_eq!(civil_date(0), (1970, 1, 1));
        assert_eq!(civil_date(59), (1970, 3, 1));
        assert_eq!(civil_date(11_016), (2000, 2, 29));
        assert_eq!(civil_date(19_358), (2023, 1, 1));
        assert_eq!(civil_date(20_089), (2025, 1, 1));
        assert_eq!(civil_date(-1), (1969, 12, 31));
    }

    #[test]
    fn the_page_is_the_default_format() {
        let format = |format: Option<Format>, output: Option<&str>| {
            with_page_default(&Settings {
                format,
                output: output.map(PathBuf::from),
                ..Settings::default()
            })
            .format()
        };
        assert_eq!(format(None, None), Format::Html);
        assert_eq!(format(None, Some("council.html")), Format::Html);
        assert_eq!(format(None, Some("council")), Format::Html);
        assert_eq!(format(None, Some("tables.md")), Format::Markdown);
        assert_eq!(format(Some(Format::Table), None), Format::Table);
        assert_eq!(format(Some(Format::Json), Some("x.html")), Format::Json);
    }
}
