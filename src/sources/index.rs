//! The index: one file holding every synced source's state and parsed ideas, so the reading
//! commands answer without the network and without parsing Markdown.
//!
//! It is JSON with a format version, written to a temporary name and renamed into place. It is
//! derived data: the raw pages and per-source states in the cache are the truth, so an index
//! that is missing, truncated, corrupt or of another version is rebuilt from them.

use super::cache::{Cache, SourceState, Status};
use super::registry::Source;
use crate::model::Idea;
use crate::parse::{self, Defaults, FileOutcome};
use crate::skills::SkillTable;
use anyhow::{anyhow, Result};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The index file's name inside the cache folder.
pub const FILE_NAME: &str = "index.json";

/// The format version this build reads and writes; any other is rebuilt.
pub const VERSION: u32 = 1;

/// One source in the index: its state and the ideas its copy held.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexedSource {
    /// The source's state after the last sync.
    pub state: SourceState,
    /// The ideas read from the copy held.
    pub ideas: Vec<Idea>,
}

/// The whole index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Index {
    /// Format version ([`VERSION`]).
    pub version: u32,
    /// Seconds since the Unix epoch when it was written.
    pub written_at: u64,
    /// Every source, in registry order.
    pub sources: Vec<IndexedSource>,
}

#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

impl Index {
    /// An index of these sources, written now.
    pub fn new(sources: Vec<IndexedSource>) -> Index {
        Index {
            version: VERSION,
            written_at: super::cache::now(),
            sources,
        }
    }

    /// Reads the index of a cache; the error says whether it is missing, corrupt or of
    /// another version.
    pub fn read(cache: &Cache) -> Result<Index> {
        let path = cache.dir().join(FILE_NAME);
        let bytes =
            std::fs::read(&path).map_err(|e| anyhow!("cannot read {}: {e}", path.display()))?;
        match serde_json::from_slice::<Index>(&bytes) {
            Ok(index) if index.version == VERSION => Ok(index),
            Ok(index) => Err(anyhow!(
                "the index {} is version {}, this ideas reads version {VERSION}",
                path.display(),
                index.version
            )),
            Err(e) => match serde_json::from_slice::<VersionOnly>(&bytes) {
                Ok(v) if v.version != VERSION => Err(anyhow!(
                    "the index {} is version {}, this ideas reads version {VERSION}",
                    path.display(),
                    v.version
                )),
                _ => Err(anyhow!("the index {} is damaged ({e})", path.display())),
            },
        }
    }

    /// Writes the index into the cache (temporary name, then rename).
    pub fn write(&self, cache: &Cache) -> Result<()> {
        let json = serde_json::to_vec(self)?;
        super::cache::write_atomic(&cache.dir().join(FILE_NAME), &json)
    }

    /// Rebuilds the index from the cached pages and states alone (no network).
    pub fn rebuild(cache: &Cache, skills: &SkillTable) -> Index {
        let sources = cache
            .states()
            .into_iter()
            .map(|mut state| {
                let ideas = match cache.read_body(&state.source.url) {
                    Some(body) => parse_source(&state.source, &body, skills).unwrap_or_default(),
                    None => Vec::new(),
                };
                state.ideas = ideas.len();
                IndexedSource { state, ideas }
            })
            .collect();
        Index::new(sources)
    }

    /// Every idea, in source order; an id met twice (a page and its export) keeps the first.
    pub fn into_ideas(self) -> Vec<Idea> {
        let mut seen = HashSet::new();
        self.sources
            .into_iter()
            .flat_map(|s| s.ideas)
            .filter(|i| seen.insert(i.id.clone()))
            .collect()
    }
}

/// Parses a source's bytes into ideas, with the registry's facts filling what the page does
/// not say. Formats the parser does not read give no ideas (and no error); a page the parser
/// skips (binary data) is an error with the reason.
pub fn parse_source(
    source: &Source,
    body: &[u8],
    skills: &SkillTable,
) -> Result<Vec<Idea>, String> {
    if !source.format().is_readable() {
        return Ok(Vec::new());
    }
    let defaults = Defaults {
        program: source.program,
        year: source.year,
        term: source.term.clone(),
        org: source.org.clone(),
    };
    match parse::parse_bytes(body, &source.url, skills, &defaults) {
        FileOutcome::Parsed(page) => Ok(page
            .ideas
            .into_iter()
            .map(|p| {
                let mut idea = p.idea;
                if idea.source.url.is_none() {
                    idea.source.url = Some(source.url.clone());
                }
                idea
            })
            .collect()),
        FileOutcome::Skipped(reason) => Err(reason),
    }
}

/// The ideas of the index in `cache`. A missing, damaged or other-version index is rebuilt
/// from the cached pages (and written back when no sync holds the lock), with a warning.
pub fn load_or_rebuild(cache: &Cache, skills: &SkillTable) -> (Vec<Idea>, Vec<String>) {
    match Index::read(cache) {
        Ok(index) => (index.into_ideas(), Vec::new()),
        Err(e) => {
            let mut warnings = vec![format!("{e:#}; rebuilding it from the cached pages")];
            let index = Index::rebuild(cache, skills);
            if let Err(e) = write_unless_syncing(cache, &index) {
                warnings.push(format!("could not save the rebuilt index: {e:#}"));
            }
            (index.into_ideas(), warnings)
        }
    }
}

/// Writes a rebuilt index unless a sync is running (its own index will replace it).
fn write_unless_syncing(cache: &Cache, index: &Index) -> Result<()> {
    let path = cache.dir().join("sync.lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)?;
    match file.try_lock() {
        Ok(()) => index.write(cache),
        Err(_) => Ok(()),
    }
}

/// The number of sources whose last sync failed.
pub fn failed_count(index: &Index) -> usize {
    index
        .sources
        .iter()
        .filter(|s| s.state.status == Status::Failed)
        .count()
}
