use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use anyhow::Context as _;
use itplan::Io;
use itplan::output::pager_from_env;

fn main() -> ExitCode {
    match run() {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            let _ = writeln!(std::io::stderr(), "error: {error:#}");
            ExitCode::from(2)
        }
    }
}

/// The process's streams and terminal, handed to the library.
fn run() -> anyhow::Result<u8> {
    let args: Vec<_> = std::env::args_os().collect();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let is_terminal = stdout.is_terminal();
    let size = is_terminal
        .then(|| terminal_size::terminal_size_of(&stdout))
        .flatten();
    let mut stdin: Box<dyn Read> = Box::new(std::io::stdin().lock());
    let mut out = stdout.lock();
    let mut err = stderr.lock();
    let mut io = Io::new(&mut *stdin, &mut out, &mut err);
    io.is_terminal = is_terminal;
    io.stderr_is_terminal = std::io::stderr().is_terminal();
    io.width = size.map(|(w, _)| usize::from(w.0));
    io.height = size.map(|(_, h)| usize::from(h.0));
    io.no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let pager = std::env::var_os("PAGER")
        .map(|p| p.into_string().map_err(|_| anyhow::anyhow!("not UTF-8")))
        .transpose()
        .context("cannot read $PAGER")?;
    io.pager = pager_from_env(pager.as_deref());
    let code = itplan::run_with(&args, &mut io);
    Ok(code)
}
