//! One module per subcommand; each takes resolved settings and returns an exit code.

pub mod complete;
pub mod empty;
pub mod export;
pub mod facets;
pub mod import;
pub mod list;
pub mod new;
pub mod search;
pub mod show;
pub mod sources;
pub mod sync;
pub mod validate;

/// From this many elements, a JSON array is written on every core ([`write_json_array`]).
pub(crate) const PARALLEL_JSON_FROM: usize = 256;

/// Writes `items` as the pretty-printed JSON array serde_json writes, and a newline: from
/// [`PARALLEL_JSON_FROM`] items, the elements are serialised on every core, in runs, then
/// written in order (the same bytes), a batch of runs at a time so that the output is never
/// held whole; fewer in one call.
pub(crate) fn write_json_array<T: serde::Serialize + Sync>(
    out: &mut dyn std::io::Write,
    items: &[T],
) -> std::io::Result<()> {
    use crate::render::json::{array_elements, ARRAY_END};
    if items.len() < PARALLEL_JSON_FROM {
        // Serialised into memory, then written at once: the serialiser's many small writes
        // cost more through `dyn Write` than into a `Vec`.
        let mut json = serde_json::to_vec_pretty(items).map_err(std::io::Error::other)?;
        json.push(b'\n');
        return out.write_all(&json);
    }
    out.write_all(b"[")?;
    for (b, batch) in items.chunks(1024).enumerate() {
        let runs: Vec<(usize, &[T])> = batch.chunks(64).enumerate().collect();
        let parts =
            crate::load::parallel_map(&runs, |&(k, run)| array_elements(run, b == 0 && k == 0));
        for part in parts {
            out.write_all(&part?)?;
        }
    }
    out.write_all(ARRAY_END)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct Item {
        id: usize,
        text: String,
        nested: Vec<Option<String>>,
    }

    #[test]
    fn a_json_array_on_every_core_is_the_one_serde_json_writes() {
        for len in [0, 1, 2, 255, 256, 257, 1023, 1024, 1025, 2100] {
            let items: Vec<Item> = (0..len)
                .map(|id| Item {
                    id,
                    text: format!("line {id}\n\t\"quoted\" ünïcode {}", "x".repeat(id % 7)),
                    nested: (0..id % 3)
                        .map(|k| (k % 2 == 0).then(|| format!("n{k}\nm")))
                        .collect(),
                })
                .collect();
            let mut expected = serde_json::to_vec_pretty(&items).unwrap();
            expected.push(b'\n');
            let mut got = Vec::new();
            write_json_array(&mut got, &items).unwrap();
            assert!(got == expected, "{len} items");
        }
    }
}
