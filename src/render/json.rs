//! JSON output: serde_json's pretty printing, with the model's field names (a stable
//! contract). Every command's JSON goes through [`write_json`].

use serde::Serialize;
use std::io::{self, Write};

/// Writes `value` as serde_json's pretty-printed JSON, followed by a newline.
pub fn write_json<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    // serde_json makes many small writes: buffered, not each through `dyn Write`.
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    // `io::Error::from` keeps the kind of an I/O failure (a closed pipe stays BrokenPipe).
    serde_json::to_writer_pretty(&mut out, value).map_err(io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}
