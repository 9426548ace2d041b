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

/// What a query needs from the index, so it reads no more than that.
#[derive(Clone, Default)]
pub struct Narrow<'a> {
    /// Groups of skill ids: an idea is decoded only when, for every group, it has one of the
    /// group's skills (the filter's own test runs after; this only skips work).
    pub skills: Vec<Vec<String>>,
    /// The ideas kept need their details: description, expected outcomes, skills text,
    /// upstream issues, links, source (and so does the test that keeps them).
    pub texts: bool,
    /// A search: only the ideas it scores are decoded, and their scores are returned.
    pub search: Option<Scorer<'a>>,
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

    /// The lines of a section, checked against the header's idea count.
    fn split_lines<'b>(&self, section: &'b [u8]) -> Result<Vec<&'b [u8]>> {
        let expected: usize = self.header.counts.iter().sum();
        let mut lines = Vec::with_capacity(expected);
        let mut start = 0;
        for end in memchr::memchr_iter(b'\n', section) {
            lines.push(&section[start..end]);
            start = end + 1;
        }
        if start != section.len() || lines.len() != expected {
            return Err(self.damaged(&"its idea count is not the one its header gives"));
        }
        Ok(lines)
    }

    /// The facts lines, checked against the header's count.
    fn lines(&self) -> Result<Vec<&[u8]>> {
        self.split_lines(&self.facts)
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
        let mut totals = Totals::default();
        let mut blocks = Vec::new();
        for (n, idea) in self.sources.iter().flat_map(|s| &s.ideas).enumerate() {
            if n % BLOCK == 0 {
                blocks.push((n, facts.len(), search.len()));
            }
            let first = seen.insert(idea.id.as_str());
            if first {
                totals.total += 1;
                totals.skills.extend(idea.skills.iter().cloned());
                totals.orgs.extend(idea.org.iter().cloned());
            }
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
            totals,
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
    let work = |_: &usize| -> Result<Vec<Kept>> {
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
    let cores: Vec<usize> = (0..workers().min(blocks.len()).max(1)).collect();
    let mut done = Vec::new();
    for r in on_all_cores(&cores, work) {
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

/// The `count` lines of a block, or `None` when it does not hold exactly that many.
fn lines_of(block: &[u8], count: usize) -> Option<Vec<&[u8]>> {
    let mut lines = Vec::with_capacity(count);
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', block) {
        lines.push(&block[start..end]);
        start = end + 1;
    }
    (start == block.len() && lines.len() == count).then_some(lines)
}

fn workers() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

/// `f` over each item on its own thread, results in item order.
fn on_all_cores<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    if items.len() <= 1 {
        return items.iter().map(&f).collect();
    }
    std::thread::scope(|s| {
        let handles: Vec<_> = items.iter().map(|item| s.spawn(|| f(item))).collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Mentor, Program};

    fn idea(id: &str, skills: &[&str], description: &str) -> Idea {
        Idea {
            id: id.into(),
            title: format!("Title of {id}"),
            org: Some("Org".into()),
            program: Some(Program::Gsoc),
            year: Some(2026),
            term: None,
            status: None,
            description: Some(description.into()),
            expected_outcomes: Some("an outcome\twith a tab\nand a line".into()),
            skills: skills.iter().map(|s| s.to_string()).collect(),
            skills_raw: Some(skills.join(", ")),
            mentors: vec![Mentor {
                name: Some("Ada L".into()),
                github: Some("ada".into()),
                email: None,
            }],
            difficulty: None,
            hours: Some(175),
            upstream_issues: vec!["https://github.com/o/r/issues/1".into()],
            links: Vec::new(),
            source: crate::model::Source {
                path: "p.md".into(),
                line: 3,
                url: Some("https://o.org/p.md".into()),
            },
        }
    }

    fn state(url: &str, ideas: usize) -> SourceState {
        SourceState {
            source: Source::from_url(url).unwrap(),
            etag: Some("\"e\"".into()),
            last_modified: None,
            last_sync: 1,
            fetched_at: Some(1),
            status: Status::Fetched,
            message: None,
            ideas,
        }
    }

    fn scratch(name: &str) -> Cache {
        let dir = std::env::temp_dir().join(format!("ideas-index-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Cache::at(dir)
    }

    fn sample() -> Index {
        let a = vec![
            idea("a-go", &["go"], "uses \"go\""),
            idea("a-rust", &["rust", "c++"], "rust"),
        ];
        // The second source repeats an id of the first (a page and its export).
        let b = vec![
            idea("b-go-rust", &["go", "rust"], "both"),
            idea("a-go", &["go"], "again"),
        ];
        Index::new(vec![
            IndexedSource {
                state: state("https://a.org/a.md", 2),
                ideas: a,
            },
            IndexedSource {
                state: state("https://b.org/b.md", 2),
                ideas: b,
            },
        ])
    }

    fn ids(ideas: &[Idea]) -> Vec<&str> {
        ideas.iter().map(|i| i.id.as_str()).collect()
    }

    #[test]
    fn what_is_written_is_read_back_whole() {
        let cache = scratch("roundtrip");
        let index = sample();
        index.write(&cache).unwrap();
        assert_eq!(Index::read(&cache).unwrap(), index);
        let _ = std::fs::remove_dir_all(cache.dir());
    }

    #[test]
    fn a_query_decodes_what_its_skills_let_through_and_details_only_when_asked() {
        let cache = scratch("query");
        sample().write(&cache).unwrap();
        let narrow = |skills: Vec<Vec<&str>>, texts| Narrow {
            skills: skills
                .into_iter()
                .map(|g| g.into_iter().map(String::from).collect())
                .collect(),
            texts,
            search: None,
        };
        let query = |cache: &Cache, narrow: &Narrow, keep: Keep<'_>| {
            query(cache, narrow, keep).map(|f| (f.ideas, f.totals))
        };
        let (all, totals) = query(&cache, &narrow(vec![], true), None).unwrap();
        assert_eq!(all, sample().into_ideas());
        assert_eq!(totals, sample().totals());
        assert_eq!(totals.total, 3);
        let (go, _) = query(&cache, &narrow(vec![vec!["go"]], false), None).unwrap();
        assert_eq!(ids(&go), ["a-go", "b-go-rust"]);
        assert_eq!(go[0].description, None);
        assert_eq!(go[0].source, crate::model::Source::default());
        assert_eq!(go[0].mentors, sample().sources[0].ideas[0].mentors);
        let (both, _) = query(&cache, &narrow(vec![vec!["go"], vec!["rust"]], true), None).unwrap();
        assert_eq!(ids(&both), ["b-go-rust"]);
        assert_eq!(both[0].description.as_deref(), Some("both"));
        let (either, _) = query(&cache, &narrow(vec![vec!["c++", "go"]], true), None).unwrap();
        assert_eq!(ids(&either), ["a-go", "a-rust", "b-go-rust"]);
        // A skill whose name is inside another's is not a match ("go" in "gobject").
        let (none, _) = query(&cache, &narrow(vec![vec!["o"]], true), None).unwrap();
        assert!(none.is_empty());
        let keep = |i: &Idea| i.id.ends_with("rust");
        let (kept, _) = query(&cache, &narrow(vec![], true), Some(&keep)).unwrap();
        assert_eq!(ids(&kept), ["a-rust", "b-go-rust"]);
        let _ = std::fs::remove_dir_all(cache.dir());
    }

    #[test]
    fn a_search_scores_the_searchable_text_and_decodes_only_its_matches() {
        let cache = scratch("search");
        sample().write(&cache).unwrap();
        let scorer = crate::cmd::search::line_scorer("rust");
        let narrow = Narrow {
            skills: Vec::new(),
            texts: false,
            search: Some(&scorer),
        };
        let found = query(&cache, &narrow, None).unwrap();
        assert_eq!(ids(&found.ideas), ["a-rust", "b-go-rust"]);
        // Title "Title of a-rust" (10) beats skills (8).
        assert_eq!(found.scores, Some(vec![10.0, 10.0]));
        assert_eq!(found.ideas[0].description, None);
        // A skill filter and a search together.
        let both = Narrow {
            skills: vec![vec!["go".to_string()]],
            ..narrow.clone()
        };
        assert_eq!(
            ids(&query(&cache, &both, None).unwrap().ideas),
            ["b-go-rust"]
        );
        // Words of the description count too, as in a search of the pages.
        let body = crate::cmd::search::line_scorer("both");
        let narrow = Narrow {
            search: Some(&body),
            ..narrow
        };
        let found = query(&cache, &narrow, None).unwrap();
        assert_eq!(ids(&found.ideas), ["b-go-rust"]);
        assert_eq!(found.scores, Some(vec![1.0]));
        let _ = std::fs::remove_dir_all(cache.dir());
    }

    #[test]
    fn ideas_over_several_blocks_come_back_in_order() {
        let cache = scratch("blocks");
        let sources: Vec<IndexedSource> = (0..7)
            .map(|s| IndexedSource {
                state: state(&format!("https://o.org/{s}.md"), 900),
                ideas: (0..900)
                    .map(|n| {
                        let skills: &[&str] = if n % 3 == 0 { &["go"] } else { &["rust"] };
                        idea(&format!("s{s}-{n}"), skills, &format!("text {n}"))
                    })
                    .collect(),
            })
            .collect();
        let index = Index::new(sources);
        index.write(&cache).unwrap();
        let all = Narrow {
            skills: Vec::new(),
            texts: true,
            search: None,
        };
        let found = query(&cache, &all, None).unwrap();
        assert_eq!(found.ideas.len(), 6300);
        assert_eq!(found.ideas, index.clone().into_ideas());
        let go = Narrow {
            skills: vec![vec!["go".to_string()]],
            texts: false,
            search: None,
        };
        let found = query(&cache, &go, None).unwrap();
        assert_eq!(found.ideas.len(), 7 * 300);
        let expected: Vec<String> = index
            .clone()
            .into_ideas()
            .into_iter()
            .filter(|i| i.skills == ["go"])
            .map(|i| i.id)
            .collect();
        assert_eq!(ids(&found.ideas), expected);
        assert_eq!(Index::read(&cache).unwrap(), index);
        let _ = std::fs::remove_dir_all(cache.dir());
    }

    #[test]
    fn damage_and_other_versions_are_errors_never_panics() {
        let cache = scratch("damage");
        sample().write(&cache).unwrap();
        let path = cache.dir().join(FILE_NAME);
        let good = std::fs::read(&path).unwrap();
        let all = Narrow {
            skills: Vec::new(),
            texts: true,
            search: None,
        };
        for cut in (0..good.len()).step_by(37) {
            std::fs::write(&path, &good[..cut]).unwrap();
            assert!(query(&cache, &all, None).is_err(), "cut at {cut}");
            assert!(Index::read(&cache).is_err(), "cut at {cut}");
        }
        // A byte changed inside the facts (same length) is an error too.
        let mut bad = good.clone();
        let facts = good.iter().position(|&b| b == b'\n').unwrap() + 1;
        bad[facts] = b'7';
        std::fs::write(&path, &bad).unwrap();
        assert!(query(&cache, &all, None).is_err());
        std::fs::write(&path, br#"{"version":1}"#).unwrap();
        let e = query(&cache, &all, None).unwrap_err().to_string();
        assert!(e.contains("is version 1"), "{e}");
        // An index of the first format alone is read as one of another version.
        std::fs::remove_file(&path).unwrap();
        std::fs::write(cache.dir().join(LEGACY_FILE_NAME), b"{}").unwrap();
        let e = query(&cache, &all, None).unwrap_err().to_string();
        assert!(e.contains("index.json is version 1"), "{e}");
        // Writing a new index removes it.
        sample().write(&cache).unwrap();
        assert!(!cache.dir().join(LEGACY_FILE_NAME).exists());
        let _ = std::fs::remove_dir_all(cache.dir());
    }
}
