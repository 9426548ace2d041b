//! Answering a query from the index file: every core reads blocks of facts (and searchable
//! text, for a search), and decodes only the ideas that pass.

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
    // Every core reads blocks and keeps their matches (the pool of `sync`, all blocks on one
    // "host" that takes every core).
    let read_block = |b: &Block| -> Result<Vec<(Idea, f64)>> {
        let mut file = std::fs::File::open(&parts.path).map_err(|e| parts.damaged(&e))?;
        let mut read = |(at, len): (u64, usize)| -> Result<Vec<u8>> {
            let mut buf = Vec::with_capacity(len);
            file.seek(SeekFrom::Start(at))
                .map_err(|e| parts.damaged(&e))?;
            let got = (&mut file)
                .take(len as u64)
                .read_to_end(&mut buf)
                .map_err(|e| parts.damaged(&e))?;
            if got != len {
                return Err(parts.damaged(&"it ends early"));
            }
            Ok(buf)
        };
        let misplaced = || parts.damaged(&"a block's ideas are not where its header says");
        let facts = read(b.facts)?;
        let facts_lines = lines_of(&facts, b.count).ok_or_else(misplaced)?;
        let texts = match narrow.search {
            Some(_) => Some(read(b.texts)?),
            None => None,
        };
        let texts_lines = (texts.as_deref())
            .map(|t| lines_of(t, b.count).ok_or_else(misplaced))
            .transpose()?;
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
        Ok(kept)
    };
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let done = crate::sources::pool::run(&blocks, cores, cores, |_| String::new(), read_block);
    let mut found = Found {
        totals: parts.header.totals.clone(),
        ..Found::default()
    };
    let mut scores = Vec::new();
    for kept in done {
        for (idea, score) in kept? {
            found.ideas.push(idea);
            scores.push(score);
        }
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
