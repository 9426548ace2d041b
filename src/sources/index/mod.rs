//! The index: one file holding every synced source's state and parsed ideas, so the reading
//! commands answer without the network and without parsing Markdown.
//!
//! It is derived data: the raw pages and per-source states in the cache are the truth, so an
//! index that is missing, truncated, corrupt or of another version is rebuilt from them. It is
//! written to a temporary name and renamed into place, so a reader sees a whole file or none.
//!
//! The file's layout is in [`file`].

use super::cache::{write_atomic, Cache, SourceState};
use super::registry::Source;
use crate::model::Idea;
use crate::parse::{self, Defaults, FileOutcome};
use crate::skills::SkillTable;
use anyhow::Result;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashSet};

mod file;
use file::{damaged, query, split};

/// The index file's name inside the cache folder.
pub const FILE_NAME: &str = "index.jsonl";

/// The name of the version 1 index (one JSON document); read as missing, removed when a new
/// index is written.
pub const LEGACY_FILE_NAME: &str = "index.json";

/// The format version this build reads and writes; any other is rebuilt.
pub const VERSION: u32 = 5;

/// One source in the index: its state and the ideas its copy held.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexedSource {
    /// The source's state after the last sync.
    pub state: SourceState,
    /// The ideas read from the copy held.
    pub ideas: Vec<Idea>,
}

impl IndexedSource {
    /// True when the source's copy was fetched once and held ideas: then its ideas replace the
    /// bundled ideas of the same page.
    pub fn has_good_copy(&self) -> bool {
        self.state.fetched_at.is_some() && !self.ideas.is_empty()
    }
}

/// The whole index.
#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    /// Seconds since the Unix epoch when it was written.
    pub written_at: u64,
    /// Every source, in registry order.
    pub sources: Vec<IndexedSource>,
}

/// What every idea of the index has (ideas met twice count once).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    /// Number of ideas.
    pub total: usize,
    /// Every skill id any idea lists.
    pub skills: BTreeSet<String>,
    /// Every organisation any idea names.
    pub orgs: BTreeSet<String>,
}

/// A search scoring an idea's searchable text ([`crate::tokens::searchable`]): `None` when it
/// does not match.
pub type Scorer<'a> = &'a (dyn Fn(&[u8]) -> Option<f64> + Sync);

/// A search scoring a parsed idea: `None` when it does not match.
pub type IdeaScorer<'a> = &'a (dyn Fn(&Idea) -> Option<f64> + Sync);

/// What a query needs from the index, so it decodes no more than that.
#[derive(Clone, Default)]
pub struct Narrow<'a> {
    /// Groups of skill ids: a Markdown page is parsed only when a test of its bytes finds that
    /// an idea on it may have, for every group, one of the group's skills (the filter's own
    /// test runs after; this only skips work).
    pub skills: Vec<Vec<String>>,
    /// The ideas kept need their details: description, expected outcomes, skills text,
    /// upstream issues, links, source (and so does the test that keeps them). Markdown pages
    /// are read whole; when this is false, the ideas kept from them lose these details (but
    /// the source) once the test has kept them.
    pub texts: bool,
    /// A search of the index scoring an idea's searchable text (`None`: no match): only the
    /// ideas it scores are decoded, and their scores are returned.
    pub search: Option<Scorer<'a>>,
    /// A search of Markdown pages: of the ideas `keep` accepts, only those it scores are
    /// kept, and their scores are returned (so they are not scored again to rank them).
    pub score_ideas: Option<IdeaScorer<'a>>,
    /// What is printed of the ideas kept shows no mentors and no texts (a search printing ids
    /// or plain lines), and nothing tests them once the files are read: the ideas kept from
    /// Markdown pages lose their details as with `texts` false (which a search's own test
    /// keeps true).
    pub mentors_unused: bool,
}

impl Narrow<'_> {
    /// Everything of every idea, for a test that may read any field.
    pub fn everything() -> Self {
        Narrow {
            texts: true,
            ..Narrow::default()
        }
    }
}

/// What a query found.
#[derive(Debug, Default)]
pub struct Found {
    /// The ideas kept, in index order.
    pub ideas: Vec<Idea>,
    /// With a search, each idea's score.
    pub scores: Option<Vec<f64>>,
    /// What every idea of the index has.
    pub totals: Totals,
}

/// A test deciding which ideas to keep, as the index is decoded or the files are read.
pub type Keep<'a> = Option<&'a (dyn Fn(&Idea) -> bool + Sync)>;

impl Index {
    /// An index of these sources, written now.
    pub fn new(sources: Vec<IndexedSource>) -> Index {
        Index {
            written_at: super::cache::now(),
            sources,
        }
    }

    /// This index with the bundled catalog's ideas that no good copy of its sources replaces
    /// (an entry of its own, after the sources; any earlier such entry is dropped first).
    pub fn with_bundled(mut self) -> Index {
        self.sources
            .retain(|s| !super::bundled::is_bundled(&s.state));
        let replaced = self
            .sources
            .iter()
            .filter(|s| s.has_good_copy())
            .map(|s| s.state.source.url.as_str());
        let ideas = super::bundled::remainder(replaced);
        let state = super::bundled::state(ideas.len());
        self.sources.push(IndexedSource { state, ideas });
        self
    }

    /// Rebuilds the index from the cached pages and states alone (no network), the bundled
    /// catalog's ideas included.
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
        Index::new(sources).with_bundled()
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

    /// What every idea has (ideas met twice count once).
    pub fn totals(&self) -> Totals {
        let mut totals = Totals::default();
        let mut seen = HashSet::new();
        for idea in self.sources.iter().flat_map(|s| &s.ideas) {
            if seen.insert(idea.id.as_str()) {
                totals.total += 1;
                totals.skills.extend(idea.skills.iter().cloned());
                totals.orgs.extend(idea.org.iter().cloned());
            }
        }
        totals
    }

    /// Reads the whole index of a cache; the error says whether it is missing, damaged or of
    /// another version.
    pub fn read(cache: &Cache) -> Result<Index> {
        let (path, bytes) = file::read(cache)?;
        let (header, lines) = split(&bytes, &path)?;
        let mut lines = lines.iter();
        let states = header.sources.into_owned().into_iter();
        let sources = (states.zip(&header.counts))
            .map(|(state, &count)| {
                let ideas = (lines.by_ref().take(count))
                    .map(|line| line.idea(true).map_err(|e| damaged(&path, &e)))
                    .collect::<Result<_>>()?;
                Ok(IndexedSource { state, ideas })
            })
            .collect::<Result<_>>()?;
        Ok(Index {
            written_at: header.written_at,
            sources,
        })
    }

    /// Writes the index into the cache (temporary name, then rename), and removes an index of
    /// the first format.
    pub fn write(&self, cache: &Cache) -> Result<()> {
        write_bytes(cache, &file::to_bytes(self)?)
    }
}

fn write_bytes(cache: &Cache, bytes: &[u8]) -> Result<()> {
    write_atomic(&cache.dir().join(FILE_NAME), bytes)?;
    let _ = std::fs::remove_file(cache.dir().join(LEGACY_FILE_NAME));
    Ok(())
}

/// Parses a source's bytes into ideas, with the registry's facts filling what the page does
/// not say. Formats the parser does not read give no ideas (and no error); a page the parser
/// skips (binary data) is an error with the reason.
pub fn parse_source(
    source: &Source,
    body: &[u8],
    skills: &SkillTable,
) -> Result<Vec<Idea>, String> {
    let url_path = source.url.split(['?', '#']).next().unwrap_or_default();
    if !source.format().is_readable()
        || parse::unsupported_markup(std::path::Path::new(url_path)).is_some()
    {
        return Ok(Vec::new());
    }
    let defaults = Defaults {
        program: source.program,
        year: source.year,
        term: source.term.clone(),
        org: source.org.clone(),
        site: None,
    };
    match parse::parse_bytes(body, &source.url, skills, &defaults) {
        FileOutcome::Parsed(page) => {
            let mut ideas: Vec<Idea> = page
                .ideas
                .into_iter()
                .map(|p| {
                    let mut idea = p.idea;
                    if idea.source.url.is_none() {
                        idea.source.url = Some(source.url.clone());
                    }
                    programme_org(source, &mut idea);
                    idea
                })
                .collect();
            crate::model::distinct_ids(&mut ideas);
            Ok(ideas)
        }
        FileOutcome::Skipped(reason) => Err(reason),
    }
}

/// A GSoC page is one GSoC organisation's: every idea of a GSoC source that names its `org` is
/// that organisation's, whatever sub-project its headings name (as the bundled catalog has it,
/// so a synced page gives the catalog's ids and a first sync reports no idea as new that the
/// catalog held). An id the parser derived follows the organisation; one the page gives stays.
fn programme_org(source: &Source, idea: &mut Idea) {
    let (Some(crate::model::Program::Gsoc), Some(org)) = (source.program, &source.org) else {
        return;
    };
    if idea.program != Some(crate::model::Program::Gsoc) || idea.org.as_deref() == Some(org) {
        return;
    }
    let derived = Idea::make_id(idea.program, idea.year, idea.org.as_deref(), &idea.title);
    if idea.id == derived {
        idea.id = Idea::make_id(idea.program, idea.year, Some(org), &idea.title);
    }
    idea.org = Some(org.clone());
}

/// The ideas of the index in `cache` that `keep` accepts, and the totals of every idea. A
/// missing, damaged or other-version index is rebuilt from the cached pages (and written back
/// when no sync holds the lock), with a warning.
pub fn load_or_rebuild(
    cache: &Cache,
    skills: &SkillTable,
    narrow: &Narrow,
    keep: Keep<'_>,
) -> (Found, Vec<String>) {
    let read = file::read(cache).and_then(|(path, bytes)| query(&bytes, &path, narrow, keep));
    match read {
        Ok(found) => (found, Vec::new()),
        Err(e) => {
            let mut warnings = vec![format!("{e:#}; rebuilding it from the cached pages")];
            let path = cache.dir().join(FILE_NAME);
            let rebuilt = file::to_bytes(&Index::rebuild(cache, skills));
            let found = rebuilt.and_then(|bytes| {
                if let Err(e) = write_unless_syncing(cache, &bytes) {
                    warnings.push(format!("could not save the rebuilt index: {e:#}"));
                }
                query(&bytes, &path, narrow, keep)
            });
            (found.unwrap_or_default(), warnings)
        }
    }
}

/// Writes a rebuilt index unless a sync is running (its own index will replace it).
fn write_unless_syncing(cache: &Cache, bytes: &[u8]) -> Result<()> {
    match cache.lock_file()?.try_lock() {
        Ok(()) => write_bytes(cache, bytes),
        Err(_) => Ok(()),
    }
}

#[cfg(test)]
mod tests;
