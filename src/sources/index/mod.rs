//! The index: one file holding every synced source's state and parsed ideas, so the reading
//! commands answer without the network and without parsing Markdown.
//!
//! It is derived data: the raw pages and per-source states in the cache are the truth, so an
//! index that is missing, truncated, corrupt or of another version is rebuilt from them. It is
//! written to a temporary name and renamed into place, so a reader sees a whole file or none.
//!
//! # Layout (version 2)
//!
//! The file is made for queries that test a few fields of every idea and print few of them:
//!
//! 1. A header line: JSON with the version, when it was written, how many ideas each source
//!    holds, the byte lengths of the four sections below, and what every idea has (the count,
//!    skills and organisations that did-you-mean suggestions and "12 of 50,000 ideas" need),
//!    so nothing below is read for them.
//! 2. The facts section, one line per idea in source order:
//!    `D<TAB>SKILLS<TAB>OFFSET<TAB>LENGTH<TAB>FACTS`, where `D` is `1` when an earlier line has
//!    the same id (a page and its export), `SKILLS` the JSON array of its skill ids (a skill
//!    filter tests it without decoding the idea), `OFFSET`/`LENGTH` where its details lie in
//!    the details section, and `FACTS` the fields lists and filters use (id, title,
//!    organisation, programme, year, term, status, skills, mentors, difficulty, hours) as JSON.
//! 3. The searchable text, one line per idea: its title, organisation, skills, mentors,
//!    description and outcomes as search tokenises them ([`crate::tokens::searchable`]), so a
//!    search scores every idea with a substring scan and decodes only the ideas it matches.
//! 4. The details section: for each idea, its description, expected outcomes, skills text,
//!    upstream issues, links and source as JSON.
//! 5. The sources section: every source's state as a JSON array (for `sync` and `sources`).
//!
//! A query decodes only the facts lines its skill filter and its search let through, and reads
//! the details only when it needs them (a text filter, JSON output, context lines, `show`).

use super::cache::{Cache, SourceState, Status};
use super::registry::Source;
use crate::model::Idea;
use crate::parse::{self, Defaults, FileOutcome};
use crate::skills::SkillTable;
use anyhow::{anyhow, Result};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashSet};
use std::io::{BufRead, Read};

mod query;
pub use query::query;

/// The index file's name inside the cache folder.
pub const FILE_NAME: &str = "index.jsonl";

/// The name of the version 1 index (one JSON document); read as missing, removed when a new
/// index is written.
pub const LEGACY_FILE_NAME: &str = "index.json";

/// The format version this build reads and writes; any other is rebuilt.
pub const VERSION: u32 = 3;

/// One source in the index: its state and the ideas its copy held.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexedSource {
    /// The source's state after the last sync.
    pub state: SourceState,
    /// The ideas read from the copy held.
    pub ideas: Vec<Idea>,
}

/// The whole index.
#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    /// Format version ([`VERSION`]).
    pub version: u32,
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

/// Ideas per block of the facts and searchable text sections.
const BLOCK: usize = 2048;

/// The first line of the file.
#[derive(Serialize, Deserialize)]
struct Header {
    version: u32,
    written_at: u64,
    /// The number of facts lines of each source, in order.
    counts: Vec<usize>,
    /// Where each block of [`BLOCK`] ideas starts: its first idea, and its offsets in the
    /// facts and searchable text sections (queries read a block at a time on every core).
    blocks: Vec<(usize, usize, usize)>,
    /// Byte lengths of the facts, searchable text, details and sources sections.
    facts: usize,
    search: usize,
    details: usize,
    sources: usize,
    totals: Totals,
}

/// The fields lists and filters use, as a facts line holds them: short keys, and mentors as
/// `[name, handle, email]`, since every query that reads the index reads these.
#[derive(Serialize, Deserialize)]
struct Facts {
    #[serde(rename = "i")]
    id: String,
    #[serde(rename = "t")]
    title: String,
    #[serde(rename = "o", default, skip_serializing_if = "Option::is_none")]
    org: Option<String>,
    #[serde(rename = "p", default, skip_serializing_if = "Option::is_none")]
    program: Option<crate::model::Program>,
    #[serde(rename = "y", default, skip_serializing_if = "Option::is_none")]
    year: Option<u16>,
    #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
    term: Option<String>,
    #[serde(rename = "s", default, skip_serializing_if = "Option::is_none")]
    status: Option<crate::model::Status>,
    #[serde(rename = "k", default, skip_serializing_if = "Vec::is_empty")]
    skills: Vec<String>,
    #[serde(rename = "m", default, skip_serializing_if = "Vec::is_empty")]
    mentors: Vec<MentorRow>,
    #[serde(rename = "d", default, skip_serializing_if = "Option::is_none")]
    difficulty: Option<crate::model::Difficulty>,
    #[serde(rename = "h", default, skip_serializing_if = "Option::is_none")]
    hours: Option<u32>,
}

/// A mentor as `[name, handle, email]`.
type MentorRow = (Option<String>, Option<String>, Option<String>);

/// The rest of an idea, as the details section holds it.
#[derive(Serialize, Deserialize)]
struct Details {
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    expected_outcomes: Option<String>,
    #[serde(default)]
    skills_raw: Option<String>,
    #[serde(default)]
    upstream_issues: Vec<String>,
    #[serde(default)]
    links: Vec<String>,
    source: crate::model::Source,
}

#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

/// A search scoring an idea's searchable text ([`crate::tokens::searchable`]): `None` when it
/// does not match.
pub type Scorer<'a> = &'a (dyn Fn(&[u8]) -> Option<f64> + Sync);

/// A search scoring a parsed idea: `None` when it does not match.
pub type IdeaScorer<'a> = &'a (dyn Fn(&Idea) -> Option<f64> + Sync);

/// A test of a mentor text not parsed yet: whether a search's term could occur in the mentors
/// it names (false only when none can).
pub type MentorTest<'a> = &'a (dyn Fn(&str) -> bool + Sync);

/// What a query needs from the index, so it reads no more than that.
#[derive(Clone, Default)]
pub struct Narrow<'a> {
    /// Groups of skill ids: an idea is decoded only when, for every group, it has one of the
    /// group's skills (the filter's own test runs after; this only skips work).
    pub skills: Vec<Vec<String>>,
    /// The ideas kept need their details: description, expected outcomes, skills text,
    /// upstream issues, links, source (and so does the test that keeps them). Markdown pages
    /// are read whole; when this is false, the ideas kept from them lose these details (but
    /// the source) once the test has kept them.
    pub texts: bool,
    /// A search: only the ideas it scores are decoded, and their scores are returned.
    pub search: Option<Scorer<'a>>,
    /// A search of Markdown pages: of the ideas `keep` accepts, only those it scores are
    /// kept, and their scores are returned (so they are not scored again to rank them).
    pub score_ideas: Option<IdeaScorer<'a>>,
    /// The test that keeps ideas reads their mentors (a search, a text or mentor filter).
    /// Markdown pages then parse every idea's mentors before it; otherwise only the kept
    /// ideas' (the index has them parsed already).
    pub mentors: bool,
    /// With `score_ideas` and `mentors` false (a search whose filters read no mentors):
    /// Markdown pages parse an idea's mentors before scoring it only when this says a term
    /// could occur in them (the others score the same without them); without it, always.
    pub mentor_test: Option<MentorTest<'a>>,
    /// What is printed of the ideas kept shows no mentors and no texts (a search printing ids
    /// or plain lines), and nothing tests them once the files are read: Markdown pages then
    /// leave unparsed the mentor texts `mentors` left so, and the ideas kept lose their
    /// details as with `texts` false (which a search's own test keeps true).
    pub mentors_unused: bool,
}

impl Narrow<'_> {
    /// Everything of every idea, for a test that may read any field.
    pub fn everything() -> Self {
        Narrow {
            skills: Vec::new(),
            texts: true,
            search: None,
            score_ideas: None,
            mentors: true,
            mentor_test: None,
            mentors_unused: false,
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

/// A test deciding which decoded ideas to keep.
pub type Keep<'a> = Option<&'a (dyn Fn(&Idea) -> bool + Sync)>;

/// The header and facts section of an index file, checked for shape, and the file to read
/// the other sections from.
struct Parts {
    header: Header,
    /// Byte offset of the facts section (the header's length).
    start: u64,
    facts: Vec<u8>,
    file: std::io::BufReader<std::fs::File>,
    path: std::path::PathBuf,
}

impl Parts {
    fn damaged(&self, e: &dyn std::fmt::Display) -> anyhow::Error {
        anyhow!("the index {} is damaged ({e})", self.path.display())
    }

    /// The next `len` bytes of the file.
    fn section(&mut self, len: usize) -> Result<Vec<u8>> {
        let mut bytes = vec![0; len];
        match self.file.read_exact(&mut bytes) {
            Ok(()) => Ok(bytes),
            Err(e) => Err(self.damaged(&e)),
        }
    }

    /// Passes over the next `len` bytes of the file.
    fn skip(&mut self, len: usize) -> Result<()> {
        let len = i64::try_from(len).map_err(|e| self.damaged(&e))?;
        match self.file.seek_relative(len) {
            Ok(()) => Ok(()),
            Err(e) => Err(self.damaged(&e)),
        }
    }

    /// The facts lines, checked against the header's count.
    fn lines(&self) -> Result<Vec<&[u8]>> {
        lines_of(&self.facts, self.header.counts.iter().sum())
            .ok_or_else(|| self.damaged(&"its idea count is not the one its header gives"))
    }
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

    /// Reads the whole index of a cache; the error says whether it is missing, corrupt or of
    /// another version.
    pub fn read(cache: &Cache) -> Result<Index> {
        let mut parts = open(cache)?;
        parts.facts = parts.section(parts.header.facts)?;
        parts.skip(parts.header.search)?;
        let details = parts.section(parts.header.details)?;
        let states = parts.section(parts.header.sources)?;
        let states: Vec<SourceState> =
            serde_json::from_slice(&states).map_err(|e| parts.damaged(&e))?;
        if states.len() != parts.header.counts.len() {
            return Err(parts.damaged(&"its source count is not the one its header gives"));
        }
        let lines = parts.lines()?;
        let mut lines = lines.into_iter();
        let mut sources = Vec::with_capacity(states.len());
        for (state, &count) in states.into_iter().zip(&parts.header.counts) {
            let mut ideas = Vec::with_capacity(count);
            for line in lines.by_ref().take(count) {
                let fact = Fact::split(line).ok_or_else(|| parts.damaged(&"a malformed line"))?;
                ideas.push(fact.idea(Some(&details)).map_err(|e| parts.damaged(&e))?);
            }
            sources.push(IndexedSource { state, ideas });
        }
        Ok(Index {
            version: parts.header.version,
            written_at: parts.header.written_at,
            sources,
        })
    }

    /// The file's bytes.
    fn to_bytes(&self) -> Result<Vec<u8>> {
        let mut facts = Vec::new();
        let mut search = Vec::new();
        let mut details = Vec::new();
        let mut seen = HashSet::new();
        let mut blocks = Vec::new();
        for (n, idea) in self.sources.iter().flat_map(|s| &s.ideas).enumerate() {
            if n % BLOCK == 0 {
                blocks.push((n, facts.len(), search.len()));
            }
            let first = seen.insert(idea.id.as_str());
            let start = details.len();
            serde_json::to_writer(
                &mut details,
                &Details {
                    description: idea.description.clone(),
                    expected_outcomes: idea.expected_outcomes.clone(),
                    skills_raw: idea.skills_raw.clone(),
                    upstream_issues: idea.upstream_issues.clone(),
                    links: idea.links.clone(),
                    source: idea.source.clone(),
                },
            )?;
            details.push(b'\n');
            search.extend_from_slice(crate::tokens::searchable(idea).as_bytes());
            search.push(b'\n');
            facts.extend_from_slice(if first { b"0\t" } else { b"1\t" });
            serde_json::to_writer(&mut facts, &idea.skills)?;
            facts.extend_from_slice(format!("\t{start}\t{}\t", details.len() - start).as_bytes());
            serde_json::to_writer(
                &mut facts,
                &Facts {
                    id: idea.id.clone(),
                    title: idea.title.clone(),
                    org: idea.org.clone(),
                    program: idea.program,
                    year: idea.year,
                    term: idea.term.clone(),
                    status: idea.status,
                    skills: idea.skills.clone(),
                    mentors: idea
                        .mentors
                        .iter()
                        .map(|m| (m.name.clone(), m.github.clone(), m.email.clone()))
                        .collect(),
                    difficulty: idea.difficulty,
                    hours: idea.hours,
                },
            )?;
            facts.push(b'\n');
        }
        let states: Vec<&SourceState> = self.sources.iter().map(|s| &s.state).collect();
        let mut sources = serde_json::to_vec(&states)?;
        sources.push(b'\n');
        let header = Header {
            version: self.version,
            written_at: self.written_at,
            counts: self.sources.iter().map(|s| s.ideas.len()).collect(),
            blocks,
            facts: facts.len(),
            search: search.len(),
            details: details.len(),
            sources: sources.len(),
            totals: self.totals(),
        };
        let mut out = serde_json::to_vec(&header)?;
        out.push(b'\n');
        out.extend_from_slice(&facts);
        out.extend_from_slice(&search);
        out.extend_from_slice(&details);
        out.extend_from_slice(&sources);
        Ok(out)
    }

    /// Writes the index into the cache (temporary name, then rename), and removes an index of
    /// the earlier format.
    pub fn write(&self, cache: &Cache) -> Result<()> {
        super::cache::write_atomic(&cache.dir().join(FILE_NAME), &self.to_bytes()?)?;
        let _ = std::fs::remove_file(cache.dir().join(LEGACY_FILE_NAME));
        Ok(())
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
}

/// Opens the index of a cache and reads its header and facts section.
fn open(cache: &Cache) -> Result<Parts> {
    let path = cache.dir().join(FILE_NAME);
    let damaged =
        |e: &dyn std::fmt::Display| anyhow!("the index {} is damaged ({e})", path.display());
    let legacy = cache.dir().join(LEGACY_FILE_NAME);
    if !path.exists() && legacy.exists() {
        return Err(other_version(&legacy, 1));
    }
    let file =
        std::fs::File::open(&path).map_err(|e| anyhow!("cannot read {}: {e}", path.display()))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut file = std::io::BufReader::with_capacity(1 << 16, file);
    let mut first = Vec::new();
    file.read_until(b'\n', &mut first)
        .map_err(|e| damaged(&e))?;
    let header = match serde_json::from_slice::<Header>(&first) {
        Ok(h) if h.version == VERSION => h,
        Ok(h) => return Err(other_version(&path, h.version)),
        Err(e) => {
            return Err(match serde_json::from_slice::<VersionOnly>(&first) {
                Ok(v) if v.version != VERSION => other_version(&path, v.version),
                _ => damaged(&e),
            })
        }
    };
    let length = [header.facts, header.search, header.details, header.sources]
        .iter()
        .try_fold(first.len() as u64, |sum, &n| sum.checked_add(n as u64));
    if length != Some(size) {
        return Err(damaged(&"its length is not the one its header gives"));
    }
    let blocks_fit = header.blocks.first().is_none_or(|b| *b == (0, 0, 0))
        && header
            .blocks
            .windows(2)
            .all(|w| w[0].0 < w[1].0 && w[0].1 <= w[1].1 && w[0].2 <= w[1].2)
        && header.blocks.last().is_none_or(|b| {
            b.0 < header.counts.iter().sum::<usize>() && b.1 <= header.facts && b.2 <= header.search
        });
    if !blocks_fit {
        return Err(damaged(&"its blocks do not fit its sections"));
    }
    Ok(Parts {
        facts: Vec::new(),
        start: first.len() as u64,
        header,
        file,
        path,
    })
}

fn other_version(path: &std::path::Path, version: u32) -> anyhow::Error {
    anyhow!(
        "the index {} is version {version}, this ideas reads version {VERSION}",
        path.display()
    )
}

/// One facts line, split.
struct Fact<'a> {
    dup: bool,
    skills: &'a [u8],
    /// `OFFSET<TAB>LENGTH<TAB>FACTS`, split when the idea is decoded.
    rest: &'a [u8],
}

impl<'a> Fact<'a> {
    fn split(line: &'a [u8]) -> Option<Fact<'a>> {
        let dup = match line.get(..2)? {
            b"0\t" => false,
            b"1\t" => true,
            _ => return None,
        };
        let line = &line[2..];
        let tab = memchr::memchr(b'\t', line)?;
        Some(Fact {
            dup,
            skills: &line[..tab],
            rest: &line[tab + 1..],
        })
    }

    /// Where the details lie, and the facts JSON.
    fn rest(&self) -> Option<(usize, usize, &'a [u8])> {
        let mut parts = self.rest.splitn(3, |&b| b == b'\t');
        let number = |p: Option<&[u8]>| std::str::from_utf8(p?).ok()?.parse::<usize>().ok();
        let offset = number(parts.next())?;
        let len = number(parts.next())?;
        Some((offset, len, parts.next()?))
    }

    /// Whether the skills field can pass the groups: each group has a skill written here as
    /// a whole JSON string.
    fn may_have(&self, groups: &[Vec<Vec<u8>>]) -> bool {
        groups.iter().all(|group| {
            group
                .iter()
                .any(|needle| memchr::memmem::find(self.skills, needle).is_some())
        })
    }

    /// The idea, with its details when `details` (the section) is given.
    fn idea(&self, details: Option<&[u8]>) -> Result<Idea> {
        let (offset, len, json) = self.rest().ok_or_else(|| anyhow!("a malformed line"))?;
        let f: Facts = serde_json::from_slice(json)?;
        let d = match details {
            Some(section) => {
                let bytes = section
                    .get(offset..offset.saturating_add(len))
                    .ok_or_else(|| anyhow!("a detail lies outside the file"))?;
                serde_json::from_slice(bytes)?
            }
            None => Details {
                description: None,
                expected_outcomes: None,
                skills_raw: None,
                upstream_issues: Vec::new(),
                links: Vec::new(),
                source: crate::model::Source::default(),
            },
        };
        Ok(Idea {
            id: f.id,
            title: f.title,
            org: f.org,
            program: f.program,
            year: f.year,
            term: f.term,
            status: f.status,
            description: d.description,
            expected_outcomes: d.expected_outcomes,
            skills: f.skills,
            skills_raw: d.skills_raw,
            mentors: f
                .mentors
                .into_iter()
                .map(|(name, github, email)| crate::model::Mentor {
                    name,
                    github,
                    email,
                })
                .collect(),
            difficulty: f.difficulty,
            hours: f.hours,
            upstream_issues: d.upstream_issues,
            links: d.links,
            source: d.source,
        })
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
        lazy_mentors: false,
        // The index keeps ideas only.
        drop_field_spans: true,
        skill_test: None,
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

/// The ideas of the index in `cache` that `keep` accepts, and the totals of every idea. A
/// missing, damaged or other-version index is rebuilt from the cached pages (and written back
/// when no sync holds the lock), with a warning.
pub fn load_or_rebuild(
    cache: &Cache,
    skills: &SkillTable,
    narrow: &Narrow,
    keep: Keep<'_>,
) -> (Found, Vec<String>) {
    match query(cache, narrow, keep) {
        Ok(found) => (found, Vec::new()),
        Err(e) => {
            let mut warnings = vec![format!("{e:#}; rebuilding it from the cached pages")];
            let index = Index::rebuild(cache, skills);
            if let Err(e) = write_unless_syncing(cache, &index) {
                warnings.push(format!("could not save the rebuilt index: {e:#}"));
            }
            let mut found = Found {
                totals: index.totals(),
                ..Found::default()
            };
            let mut scores = Vec::new();
            for idea in index.into_ideas() {
                let score = match narrow.search {
                    Some(scorer) => match scorer(crate::tokens::searchable(&idea).as_bytes()) {
                        Some(score) => score,
                        None => continue,
                    },
                    None => 0.0,
                };
                if keep.is_none_or(|k| k(&idea)) {
                    found.ideas.push(idea);
                    scores.push(score);
                }
            }
            found.scores = narrow.search.map(|_| scores);
            (found, warnings)
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

/// The `count` lines of a section or block, or `None` when it does not hold exactly that many.
fn lines_of(block: &[u8], count: usize) -> Option<Vec<&[u8]>> {
    let mut lines = Vec::with_capacity(count);
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', block) {
        lines.push(&block[start..end]);
        start = end + 1;
    }
    (start == block.len() && lines.len() == count).then_some(lines)
}

#[cfg(test)]
mod tests;
