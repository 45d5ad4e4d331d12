//! The streams a run reads and writes, and what is known about the
//! terminal behind them. The binary passes the process's own; tests pass
//! buffers, so a whole run can be driven in-process.

use std::io::{Read, Write};

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set; never in a file.
    #[default]
    Auto,
    /// Always, in files too.
    Always,
    Never,
}

impl ColorChoice {
    pub const ALL: [ColorChoice; 3] = [ColorChoice::Auto, ColorChoice::Always, ColorChoice::Never];

    pub fn name(self) -> &'static str {
        match self {
            ColorChoice::Auto => "auto",
            ColorChoice::Always => "always",
            ColorChoice::Never => "never",
        }
    }

    /// Colour for a stream: `Auto` colours a terminal when NO_COLOR is not set.
    pub fn enabled(self, is_terminal: bool, no_color: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_terminal && !no_color,
        }
    }
}

/// Standard streams and terminal facts for one run.
pub struct Io<'a> {
    pub stdin: &'a mut dyn Read,
    pub stdout: &'a mut dyn Write,
    pub stderr: &'a mut dyn Write,
    /// Standard output is a terminal: tables fit `width`, tall output is paged.
    pub is_terminal: bool,
    pub stderr_is_terminal: bool,
    /// The terminal's columns and rows, when standard output is one.
    pub width: Option<usize>,
    pub height: Option<usize>,
    /// NO_COLOR is set to a non-empty value.
    pub no_color: bool,
    /// The pager for tall output on a terminal (`$PAGER`, default `less -FRX`);
    /// None for no pager.
    pub pager: Option<String>,
}

impl<'a> Io<'a> {
    /// Streams that are not terminals: no colour, no pager, no width.
    pub fn new(
        stdin: &'a mut dyn Read,
        stdout: &'a mut dyn Write,
        stderr: &'a mut dyn Write,
    ) -> Self {
        Io {
            stdin,
            stdout,
            stderr,
            is_terminal: false,
            stderr_is_terminal: false,
            width: None,
            height: None,
            no_color: false,
            pager: None,
        }
    }

    /// Colour on standard error.
    pub fn stderr_color(&self, choice: ColorChoice) -> bool {
        choice.enabled(self.stderr_is_terminal, self.no_color)
    }
}

/// The pager `$PAGER` names: unset is `less -FRX`, empty or `cat` is none.
pub fn pager_from_env(pager: Option<&str>) -> Option<String> {
    match pager.map(str::trim) {
        None => Some("less -FRX".into()),
        Some("" | "cat") => None,
        Some(command) => Some(command.into()),
    }
}
