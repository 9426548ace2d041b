//! Answering a query from the index file: every core reads blocks of facts (and searchable
//! text, for a search) into buffers it reuses, and decodes only the ideas that pass.

use super::file::{lines_of, open, Fact};
use super::{Cache, Found, Keep, Narrow};
use crate::model::Idea;
use anyhow::Result;
use std::io::Read;

/// The ideas of the index in `cache` that `keep` accepts (ideas met twice once), decoding only
/// what `narrow` lets through, with the totals of every idea.
pub fn query(cache: &Cache, narrow: &Narrow, keep: Keep<'_>) -> Result<Found> {
    use std::io::{Seek, SeekFrom};
    let mut parts = open(cache)?;
    let h = &parts.header;
    let (facts_at, search_at) = (parts.start, parts.start + h.facts as u64);
    let details = if narrow.texts {
        parts.skip(h.facts + h.search)?;
        Some(parts.section(parts.header.details)?)
    } else {
        None
    };
    let h = &parts.header;
    let groups: Vec<Vec<Vec<u8>>> = narrow
        .skills
        .iter()
        .map(|g| {
            g.iter()
                .filter_map(|s| serde_json::to_vec(s).ok())
                .collect()
        })
        .collect();
    // Each block: its ideas, and its byte ranges in the facts and searchable text sections.
    let total: usize = h.counts.iter().sum();
    let blocks: Vec<Block> = (0..h.blocks.len())
        .map(|k| {
            let (first, f, t) = h.blocks[k];
            let (end, f_end, t_end) = h
                .blocks
                .get(k + 1)
                .copied()
                .unwrap_or((total, h.facts, h.search));
            Block {
                count: end - first,
                facts: (facts_at + f as u64, f_end - f),
                texts: (search_at + t as u64, t_end - t),
            }
        })
        .collect();
    // Every core takes the next block, reads it into buffers it reuses, and keeps its matches.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || -> Result<Vec<Kept>> {
        let mut file = std::fs::File::open(&parts.path).map_err(|e| parts.damaged(&e))?;
        let (mut facts, mut texts) = (Vec::new(), Vec::new());
        let mut read = |buf: &mut Vec<u8>, (at, len): (u64, usize)| -> Result<()> {
            buf.clear();
            file.seek(SeekFrom::Start(at))
                .map_err(|e| parts.damaged(&e))?;
            let got = (&mut file)
                .take(len as u64)
                .read_to_end(buf)
                .map_err(|e| parts.damaged(&e))?;
            if got != len {
                return Err(parts.damaged(&"it ends early"));
            }
            Ok(())
        };
        let mut done = Vec::new();
        loop {
            let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(&Block {
                count,
                facts: facts_range,
                texts: texts_range,
            }) = blocks.get(k)
            else {
                return Ok(done);
            };
            read(&mut facts, facts_range)?;
            let facts_lines = lines_of(&facts, count)
                .ok_or_else(|| parts.damaged(&"a block's ideas are not where its header says"))?;
            let texts_lines = match narrow.search {
                Some(_) => {
                    read(&mut texts, texts_range)?;
                    Some(lines_of(&texts, count).ok_or_else(|| {
                        parts.damaged(&"a block's ideas are not where its header says")
                    })?)
                }
                None => None,
            };
            let mut kept = Vec::new();
            for (n, line) in facts_lines.iter().enumerate() {
                let fact = Fact::split(line).ok_or_else(|| parts.damaged(&"a malformed line"))?;
                if fact.dup || !fact.may_have(&groups) {
                    continue;
                }
                let score = match (narrow.search, &texts_lines) {
                    (Some(scorer), Some(texts)) => match scorer(texts[n]) {
                        Some(score) => score,
                        None => continue,
                    },
                    _ => 0.0,
                };
                let idea = fact
                    .idea(details.as_deref())
                    .map_err(|e| parts.damaged(&e))?;
                if keep.is_none_or(|k| k(&idea)) {
                    kept.push((idea, score));
                }
            }
            done.push((k, kept));
        }
    };
    let cores = workers().min(blocks.len()).max(1);
    let mut done = Vec::new();
    for r in std::thread::scope(|s| {
        let handles: Vec<_> = (0..cores).map(|_| s.spawn(work)).collect();
        let joined = handles.into_iter().map(|h| h.join());
        joined
            .map(|r| r.unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect::<Vec<_>>()
    }) {
        done.extend(r?);
    }
    done.sort_by_key(|(k, _)| *k);
    let mut found = Found {
        totals: parts.header.totals.clone(),
        ..Found::default()
    };
    let mut scores = Vec::new();
    for (idea, score) in done.into_iter().flat_map(|(_, kept)| kept) {
        found.ideas.push(idea);
        scores.push(score);
    }
    found.scores = narrow.search.map(|_| scores);
    Ok(found)
}

/// A block of ideas to read: how many, and the (offset, length) of their facts and searchable
/// text in the file.
#[derive(Clone, Copy)]
struct Block {
    count: usize,
    facts: (u64, usize),
    texts: (u64, usize),
}

/// A block's number and the ideas kept from it, with their scores.
type Kept = (usize, Vec<(Idea, f64)>);

fn workers() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}
