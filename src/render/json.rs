//! JSON output: an array of ideas with the model's field names (a stable contract).

use crate::model::Idea;
use std::io::{self, Write};

/// Writes `ideas` as a pretty-printed JSON array followed by a newline.
pub fn write_ideas(out: &mut dyn Write, ideas: &[&Idea]) -> io::Result<()> {
    // `io::Error::from` keeps the kind of an I/O failure (a closed pipe stays BrokenPipe).
    serde_json::to_writer_pretty(&mut *out, ideas).map_err(io::Error::from)?;
    writeln!(out)
}
