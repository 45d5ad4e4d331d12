//! Tall output on a terminal goes through a pager, as git's does.

use std::io::Write;
use std::process::{Command, Stdio};

use super::Io;

/// Shows `text`: through the pager when it is taller than the screen,
/// straight to the terminal otherwise or when the pager cannot start.
pub fn show(text: &[u8], pager: &str, io: &mut Io) -> std::io::Result<()> {
    let lines = text.iter().filter(|b| **b == b'\n').count();
    let fits = io.height.is_some_and(|height| lines < height);
    if fits || !spawn(text, pager) {
        io.stdout.write_all(text)?;
        return io.stdout.flush();
    }
    Ok(())
}

/// True when the pager ran (whatever the reader did in it).
fn spawn(text: &[u8], pager: &str) -> bool {
    let mut command = shell(pager);
    command.stdin(Stdio::piped());
    if std::env::var_os("LESS").is_none() {
        command.env("LESS", "FRX");
    }
    let Ok(mut child) = command.spawn() else {
        return false;
    };
    if let Some(mut stdin) = child.stdin.take() {
        // A reader who quits early closes the pipe: not an error.
        let _ = stdin.write_all(text);
    }
    child.wait().is_ok()
}

#[cfg(unix)]
fn shell(pager: &str) -> Command {
    let mut command = Command::new("sh");
    command.arg("-c").arg(pager);
    command
}

#[cfg(not(unix))]
fn shell(pager: &str) -> Command {
    let mut parts = pager.split_whitespace();
    let mut command = Command::new(parts.next().unwrap_or("more"));
    command.args(parts);
    command
}
