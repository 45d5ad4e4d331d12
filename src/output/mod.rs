//! The output seam. A command builds its report, wraps it in a view that
//! implements [`Render`], and calls [`emit`], which picks the format (from
//! `--format`, else the `-o` file's extension, else the table) and the
//! target (standard output, through a pager on a tall terminal, or a file
//! written atomically). A new format is one writer plus one arm in
//! `emit::write`; a new command implements `Render` and calls `emit`.

mod emit;
mod format;
mod io;
mod pager;
mod render;
mod target;

pub use emit::{Settings, emit, is_broken_pipe};
pub use format::Format;
pub use io::{ColorChoice, Io, pager_from_env};
pub use render::{Render, write_json};
pub use target::write_file;
