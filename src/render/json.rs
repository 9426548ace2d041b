//! JSON output: an array of ideas with the model's field names (a stable contract).

use crate::model::Idea;
use serde::Serialize;
use std::io::{self, Write};

/// Writes `ideas` as a pretty-printed JSON array followed by a newline.
pub fn write_ideas(out: &mut dyn Write, ideas: &[&Idea]) -> io::Result<()> {
    // `io::Error::from` keeps the kind of an I/O failure (a closed pipe stays BrokenPipe).
    serde_json::to_writer_pretty(&mut *out, ideas).map_err(io::Error::from)?;
    writeln!(out)
}

/// Appends the bytes [`write_ideas`] writes for `chunk`, a run of the array's elements
/// (`first`: the run starts the array), without the brackets, `element` appending each element
/// (as [`write_element`] does). Runs can be made on several threads and written in order
/// between "[" and [`ARRAY_END`] (an empty array is "[]\n").
pub fn append_elements<T>(
    out: &mut Vec<u8>,
    chunk: &[T],
    first: bool,
    element: impl Fn(&mut Vec<u8>, &T) -> io::Result<()>,
) -> io::Result<()> {
    out.reserve(chunk.len() * 4096);
    for (k, item) in chunk.iter().enumerate() {
        out.extend_from_slice(if first && k == 0 { b"\n  " } else { b",\n  " });
        element(out, item)?;
    }
    Ok(())
}

/// Appends `value` as serde_json pretty-prints it as an element of an array (one level deep),
/// through this module's own pretty writer (`json/pretty.rs`); a value that one leaves to
/// serde_json is written by serde_json, alone, then indented one level (every newline of
/// pretty JSON is structural, as strings escape theirs, so the element inside the array is the
/// element alone with two spaces after each newline).
pub fn write_element<T: serde::Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> io::Result<()> {
    let at = out.len();
    if value.serialize(&mut Pretty { out, depth: 1 }).is_ok() {
        return Ok(());
    }
    out.truncate(at);
    let one = serde_json::to_vec_pretty(value).map_err(io::Error::from)?;
    let mut from = 0;
    for nl in memchr::memchr_iter(b'\n', &one) {
        out.extend_from_slice(&one[from..nl]);
        out.extend_from_slice(b"\n  ");
        from = nl + 1;
    }
    out.extend_from_slice(&one[from..]);
    Ok(())
}

/// What follows the last run of [`array_elements`].
pub const ARRAY_END: &[u8] = b"\n]\n";

/// From this many elements, a JSON array is written on every core ([`write_json_array`]).
pub const PARALLEL_JSON_FROM: usize = 256;

/// Writes `items` as the pretty-printed JSON array serde_json writes, and a newline: from
/// [`PARALLEL_JSON_FROM`] items, the elements are serialised on every core, in runs, then
/// written in order (the same bytes), a batch of runs at a time so that the output is never
/// held whole; fewer in one call.
pub fn write_json_array<T: serde::Serialize + Sync>(
    out: &mut dyn std::io::Write,
    items: &[T],
) -> std::io::Result<()> {
    if items.len() < PARALLEL_JSON_FROM {
        // Serialised into memory, then written at once: the serialiser's many small writes
        // cost more through `dyn Write` than into a `Vec`.
        let mut json = Vec::with_capacity(items.len() * 4096);
        if items
            .serialize(&mut Pretty {
                out: &mut json,
                depth: 0,
            })
            .is_err()
        {
            json = serde_json::to_vec_pretty(items).map_err(std::io::Error::other)?;
        }
        json.push(b'\n');
        return out.write_all(&json);
    }
    write_array_on_every_core(out, items, |buf, item| write_element(buf, item))
}

/// Elements of a batch: the output holds no more than a batch's bytes at a time.
const BATCH: usize = 1024;

/// Elements of a run, serialised on one core.
const RUN: usize = 64;

/// Writes `items` as the elements of a pretty-printed JSON array between "[" and
/// [`ARRAY_END`] (for at least one item), `element` appending one element (as
/// [`write_element`] does): serialised on every core, in runs, then written in order, a batch
/// of runs at a time so that the output is never held whole. The runs of every batch are
/// written into the same buffers, one per run of a batch, allocated once.
pub fn write_array_on_every_core<T: Sync>(
    out: &mut dyn Write,
    items: &[T],
    element: impl Fn(&mut Vec<u8>, &T) -> io::Result<()> + Sync,
) -> io::Result<()> {
    // (A buffer is poisoned only by a panic, which `parallel_map` raises.)
    fn lock(buf: &std::sync::Mutex<Vec<u8>>) -> std::sync::MutexGuard<'_, Vec<u8>> {
        buf.lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
    let buffers: Vec<std::sync::Mutex<Vec<u8>>> =
        (0..BATCH / RUN).map(|_| Default::default()).collect();
    out.write_all(b"[")?;
    for (b, batch) in items.chunks(BATCH).enumerate() {
        let runs: Vec<(usize, &[T])> = batch.chunks(RUN).enumerate().collect();
        let done = crate::load::parallel_map(&runs, |&(k, run)| {
            let mut buf = lock(&buffers[k]);
            buf.clear();
            append_elements(&mut buf, run, b == 0 && k == 0, &element)
        });
        for (r, buf) in done.into_iter().zip(&buffers) {
            r?;
            out.write_all(&lock(buf))?;
        }
    }
    out.write_all(ARRAY_END)
}

mod pretty;
use pretty::Pretty;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Mentor, Source};

    fn idea(n: usize) -> Idea {
        Idea {
            id: format!("idea-{n}"),
            title: format!("Idea {n} \"quoted\"\nwith a newline and ünïcode"),
            skills: if n.is_multiple_of(2) {
                vec!["go".into(), "rust".into()]
            } else {
                Vec::new()
            },
            mentors: vec![Mentor {
                name: Some("Ada Lee".into()),
                github: n.is_multiple_of(3).then(|| "adalee".into()),
                email: None,
            }],
            description: Some("Line one\n\n  indented\tline".into()),
            source: Source {
                path: "ideas/x.md".into(),
                line: n,
                url: None,
            },
            org: Some("Lighthouse".into()),
            program: None,
            year: Some(2026),
            term: None,
            status: None,
            expected_outcomes: None,
            skills_raw: None,
            difficulty: None,
            hours: Some(175),
            upstream_issues: Vec::new(),
            links: vec!["https://example.org/a".into()],
        }
    }

    #[test]
    fn runs_of_elements_make_the_array_serde_json_writes() {
        for len in [0, 1, 2, 5, 9] {
            let ideas: Vec<Idea> = (0..len).map(idea).collect();
            let refs: Vec<&Idea> = ideas.iter().collect();
            let mut expected = Vec::new();
            write_ideas(&mut expected, &refs).unwrap();
            for size in [1, 2, 4, 16] {
                let mut got = Vec::new();
                if refs.is_empty() {
                    got.extend_from_slice(b"[]\n");
                } else {
                    got.push(b'[');
                    for (c, chunk) in refs.chunks(size).enumerate() {
                        append_elements(&mut got, chunk, c == 0, |out, idea| {
                            write_element(out, idea)
                        })
                        .unwrap();
                    }
                    got.extend_from_slice(ARRAY_END);
                }
                assert_eq!(
                    String::from_utf8_lossy(&got),
                    String::from_utf8_lossy(&expected),
                    "{len} ideas in runs of {size}"
                );
            }
        }
    }

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

    /// An element as serde_json writes it inside a pretty array: alone, then indented.
    fn reindented<T: serde::Serialize>(value: &T) -> String {
        let one = serde_json::to_string_pretty(value).unwrap();
        one.replace('\n', "\n  ")
    }

    #[derive(serde::Serialize)]
    struct Row<'a> {
        #[serde(flatten)]
        idea: &'a Idea,
        score: f64,
        context: String,
    }

    fn text() -> impl proptest::strategy::Strategy<Value = String> {
        "([\\x00-\\x7f]|[a-z ]{0,20}|é|边|\\\\|\"|\n|\u{7f}|\u{2028}){0,30}"
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 1000,
            failure_persistence: None,
            ..proptest::prelude::ProptestConfig::default()
        })]

        /// Ideas (alone, and flattened into a search result) are written as serde_json
        /// writes them, never left to it.
        #[test]
        fn ideas_are_written_as_serde_json_writes_them(
            t in proptest::collection::vec(text(), 14),
            n in proptest::collection::vec(0u32..100_000, 4),
            f in proptest::collection::vec(proptest::bool::ANY, 14),
            score in proptest::num::f64::ANY,
        ) {
            use crate::model::{Difficulty, Level, Program, Status};
            let some = |k: usize| f[k].then(|| t[k].clone());
            let idea = Idea {
                id: t[0].clone(),
                title: t[1].clone(),
                org: some(2),
                program: [None, Some(Program::Gsoc), Some(Program::Lfx), Some(Program::Other)]
                    [n[0] as usize % 4],
                year: f[3].then_some(n[1] as u16),
                term: some(4),
                status: [None, Some(Status::Proposed), Some(Status::Archived)][n[2] as usize % 3],
                description: some(5),
                expected_outcomes: some(6),
                skills: t[7].split(' ').filter(|_| f[7]).map(str::to_string).collect(),
                skills_raw: some(8),
                mentors: (0..n[3] % 3)
                    .map(|k| Mentor {
                        name: some(9),
                        github: f[10].then(|| format!("{}{k}", t[10])),
                        email: some(11),
                    })
                    .collect(),
                difficulty: f[12].then_some(Difficulty { low: Level::Easy, high: Level::Hard }),
                hours: f[13].then_some(n[1]),
                upstream_issues: t[12].split('\n').map(str::to_string).collect(),
                links: Vec::new(),
                source: Source { path: t[13].clone(), line: n[2] as usize, url: some(0) },
            };
            let mut ours = Vec::new();
            write_element(&mut ours, &idea).unwrap();
            proptest::prop_assert_eq!(String::from_utf8(ours).unwrap(), reindented(&idea));
            let mut fast = Vec::new();
            let written = idea.serialize(&mut Pretty { out: &mut fast, depth: 1 });
            proptest::prop_assert!(written.is_ok());
            let row = Row { idea: &idea, score, context: t[3].clone() };
            let mut ours = Vec::new();
            write_element(&mut ours, &row).unwrap();
            proptest::prop_assert_eq!(String::from_utf8(ours).unwrap(), reindented(&row));
        }
    }
}
