//! itplan: a calculator for municipal IT master plans.
//!
//! Plans go raw TOML → validated [`plan::Plan`] → computed reports
//! ([`report`]) → views ([`view`]) → the output seam ([`output`]), which
//! picks the format and the target. [`run_with`] runs one command line
//! against given streams; the binary passes the process's own.

pub mod cli;
pub mod cmd;
pub mod diagnostic;
pub mod error;
pub mod git;
pub mod number;
pub mod output;
pub mod plan;
pub mod render;
pub mod report;
pub mod source;
pub mod view;

use std::ffi::OsString;
use std::io::Write;

use clap::Parser;

pub use cmd::Outcome;
pub use error::Error;
pub use output::Io;

/// Runs one command line (`args[0]` is the program name) with `io`'s
/// streams and returns the exit code: 0 ok, 1 a problem the user asked to
/// find, 2 bad usage or input. A closed output pipe is success.
pub fn run_with(args: &[OsString], io: &mut Io) -> u8 {
    let cli = match cli::Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => return usage(&error, io),
    };
    let mut context = cmd::Context {
        color: cli.color,
        quiet: cli.quiet,
        io: &mut *io,
    };
    match cli.run(&mut context) {
        Ok(Outcome::Success) => 0,
        Ok(Outcome::ProblemFound) => 1,
        Err(error) if output::is_broken_pipe(&error) => 0,
        Err(error) => {
            let color = io.stderr_color(cli.color);
            let text = match error.downcast_ref::<Error>() {
                Some(typed) => typed.render(color),
                None => format!("error: {error:#}\n"),
            };
            let _ = io.stderr.write_all(text.as_bytes());
            2
        }
    }
}

/// Help and version go to standard output (exit 0); mistakes to standard
/// error (exit 2).
fn usage(error: &clap::Error, io: &mut Io) -> u8 {
    let (out, code): (&mut dyn Write, u8) = if error.use_stderr() {
        (&mut *io.stderr, 2)
    } else {
        (&mut *io.stdout, 0)
    };
    let color = if error.use_stderr() {
        io.stderr_is_terminal
    } else {
        io.is_terminal
    } && !io.no_color;
    let text = if color {
        error.render().ansi().to_string()
    } else {
        error.render().to_string()
    };
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
    code
}
