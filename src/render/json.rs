//! JSON output: arrays pretty-printed by serde_json, with the model's field names (a stable
//! contract).

use serde::Serialize;
use std::io::{self, Write};

/// Writes `items` as serde_json's pretty-printed array, followed by a newline.
pub fn write_json_array<T: Serialize>(out: &mut dyn Write, items: &[T]) -> io::Result<()> {
    // serde_json makes many small writes: buffered, not each through `dyn Write`.
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    // `io::Error::from` keeps the kind of an I/O failure (a closed pipe stays BrokenPipe).
    serde_json::to_writer_pretty(&mut out, items).map_err(io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}
