//! The floor of `benches/run.sh`: the same files read and parsed by pulldown-cmark alone, with
//! the options and the offset iterator `ideas` uses (src/parse/outline.rs), every event
//! consumed, on as many threads as `ideas` loads files with (twice the cores, files handed out
//! one at a time). Nothing `ideas` does can be cheaper than this, so its times are given as
//! ratios to it.
//!
//!     cargo bench --bench floor -- PATH...   # folders are walked for .md and .markdown files
//!
//! Prints `files bytes events` on one line.

use pulldown_cmark::{Options, Parser};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

fn main() {
    let mut files = Vec::new();
    for arg in std::env::args().skip(1).filter(|a| a != "--bench") {
        walk(Path::new(&arg), &mut files);
    }
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get() * 2)
        .clamp(1, files.len().max(1));
    let next = AtomicUsize::new(0);
    let totals: Vec<(u64, u64)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let (mut bytes, mut events) = (0u64, 0u64);
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(path) = files.get(i) else { break };
                        let Ok(data) = std::fs::read(path) else {
                            continue;
                        };
                        let text = String::from_utf8_lossy(&data);
                        bytes += data.len() as u64;
                        events += parse(&text);
                    }
                    (bytes, events)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or((0, 0)))
            .collect()
    });
    let bytes: u64 = totals.iter().map(|t| t.0).sum();
    let events: u64 = totals.iter().map(|t| t.1).sum();
    println!("{} {bytes} {events}", files.len());
}

/// Parses one page as `ideas` does; returns the number of events (so nothing is optimised away).
fn parse(text: &str) -> u64 {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    opts.insert(Options::ENABLE_TASKLISTS);
    let mut events = 0u64;
    for (event, range) in Parser::new_ext(text, opts).into_offset_iter() {
        std::hint::black_box((&event, &range));
        events += 1;
    }
    events
}

/// Files below `path` with a Markdown extension; a file given by name is always read.
fn walk(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_file() {
        out.push(path.to_path_buf());
        return;
    }
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        let hidden = p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|e| e == "md" || e == "markdown") {
            out.push(p);
        }
    }
}
