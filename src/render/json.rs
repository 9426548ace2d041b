//! JSON output: an array of ideas with the model's field names (a stable contract).

use crate::model::Idea;
use std::io::{self, Write};

/// Writes `ideas` as a pretty-printed JSON array followed by a newline.
pub fn write_ideas(out: &mut dyn Write, ideas: &[&Idea]) -> io::Result<()> {
    // `io::Error::from` keeps the kind of an I/O failure (a closed pipe stays BrokenPipe).
    serde_json::to_writer_pretty(&mut *out, ideas).map_err(io::Error::from)?;
    writeln!(out)
}

/// The bytes [`write_ideas`] writes for `chunk`, a run of the array's elements (`first`: the
/// run starts the array), without the brackets. Runs can be made on several threads and
/// written in order between "[" and [`ARRAY_END`] (an empty array is "[]\n").
///
/// Each element is pretty-printed alone, then indented one level: every newline of pretty
/// JSON is structural (strings escape theirs), so an element inside the array is the element
/// alone with two spaces after each newline, as serde_json writes it.
pub fn array_elements<T: serde::Serialize>(chunk: &[T], first: bool) -> io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(chunk.len() * 4096);
    let mut one = Vec::with_capacity(4096);
    for (k, idea) in chunk.iter().enumerate() {
        out.extend_from_slice(if first && k == 0 { b"\n  " } else { b",\n  " });
        one.clear();
        serde_json::to_writer_pretty(&mut one, idea).map_err(io::Error::from)?;
        for (n, line) in one.split(|&b| b == b'\n').enumerate() {
            if n > 0 {
                out.extend_from_slice(b"\n  ");
            }
            out.extend_from_slice(line);
        }
    }
    Ok(out)
}

/// What follows the last run of [`array_elements`].
pub const ARRAY_END: &[u8] = b"\n]\n";

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
                        got.extend(array_elements(chunk, c == 0).unwrap());
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
}
