//! The index file's layout, and reading and writing it whole.
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

use super::{Index, IndexedSource, Totals, FILE_NAME, LEGACY_FILE_NAME, VERSION};
use crate::model::Idea;
use crate::sources::cache::{write_atomic, Cache, SourceState};
use anyhow::{anyhow, Result};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::io::{BufRead, Read};

/// Ideas per block of the facts and searchable text sections.
const BLOCK: usize = 2048;

/// The first line of the file.
#[derive(Serialize, Deserialize)]
pub(super) struct Header {
    pub(super) version: u32,
    pub(super) written_at: u64,
    /// The number of facts lines of each source, in order.
    pub(super) counts: Vec<usize>,
    /// Where each block of [`BLOCK`] ideas starts: its first idea, and its offsets in the
    /// facts and searchable text sections (queries read a block at a time on every core).
    pub(super) blocks: Vec<(usize, usize, usize)>,
    /// Byte lengths of the facts, searchable text, details and sources sections.
    pub(super) facts: usize,
    pub(super) search: usize,
    pub(super) details: usize,
    pub(super) sources: usize,
    pub(super) totals: Totals,
}

/// The fields lists and filters use, as a facts line holds them: short keys, and mentors as
/// `[name, handle, email, affiliation]`, since every query that reads the index reads these.
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
    #[serde(
        rename = "h",
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::model::hours_list"
    )]
    hours: Vec<u32>,
}

/// A mentor as `[name, handle, email, affiliation]`.
type MentorRow = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// The rest of an idea, as the details section holds it.
#[derive(Default, Serialize, Deserialize)]
struct Details {
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    expected_outcomes: Option<String>,
    #[serde(default)]
    skills_raw: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    contacts: Vec<String>,
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

/// The header and facts section of an index file, checked for shape, and the file to read
/// the other sections from.
pub(super) struct Parts {
    pub(super) header: Header,
    /// Byte offset of the facts section (the header's length).
    pub(super) start: u64,
    pub(super) facts: Vec<u8>,
    file: std::io::BufReader<std::fs::File>,
    pub(super) path: std::path::PathBuf,
}

impl Parts {
    pub(super) fn damaged(&self, e: &dyn std::fmt::Display) -> anyhow::Error {
        anyhow!("the index {} is damaged ({e})", self.path.display())
    }

    /// The next `len` bytes of the file.
    pub(super) fn section(&mut self, len: usize) -> Result<Vec<u8>> {
        let mut bytes = vec![0; len];
        match self.file.read_exact(&mut bytes) {
            Ok(()) => Ok(bytes),
            Err(e) => Err(self.damaged(&e)),
        }
    }

    /// Passes over the next `len` bytes of the file.
    pub(super) fn skip(&mut self, len: usize) -> Result<()> {
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
            // Every field named (no `..`): a field added to `Idea` must be given a place in
            // the file here, or the index would lose it and every second sync would report
            // its ideas as changed.
            let Idea {
                id,
                title,
                org,
                program,
                year,
                term,
                status,
                description,
                expected_outcomes,
                skills,
                skills_raw,
                mentors,
                contacts,
                difficulty,
                hours,
                upstream_issues,
                links,
                source,
            } = idea;
            serde_json::to_writer(
                &mut details,
                &Details {
                    description: description.clone(),
                    expected_outcomes: expected_outcomes.clone(),
                    skills_raw: skills_raw.clone(),
                    contacts: contacts.clone(),
                    upstream_issues: upstream_issues.clone(),
                    links: links.clone(),
                    source: source.clone(),
                },
            )?;
            details.push(b'\n');
            search.extend_from_slice(crate::tokens::searchable(idea).as_bytes());
            search.push(b'\n');
            facts.extend_from_slice(if first { b"0\t" } else { b"1\t" });
            serde_json::to_writer(&mut facts, skills)?;
            facts.extend_from_slice(format!("\t{start}\t{}\t", details.len() - start).as_bytes());
            serde_json::to_writer(
                &mut facts,
                &Facts {
                    id: id.clone(),
                    title: title.clone(),
                    org: org.clone(),
                    program: *program,
                    year: *year,
                    term: term.clone(),
                    status: *status,
                    skills: skills.clone(),
                    mentors: mentors
                        .iter()
                        .map(|m| {
                            let m = m.clone();
                            (m.name, m.github, m.email, m.affiliation)
                        })
                        .collect(),
                    difficulty: *difficulty,
                    hours: hours.clone(),
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
        write_atomic(&cache.dir().join(FILE_NAME), &self.to_bytes()?)?;
        let _ = std::fs::remove_file(cache.dir().join(LEGACY_FILE_NAME));
        Ok(())
    }
}

/// Opens the index of a cache and reads its header and facts section.
pub(super) fn open(cache: &Cache) -> Result<Parts> {
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
pub(super) struct Fact<'a> {
    pub(super) dup: bool,
    pub(super) skills: &'a [u8],
    /// `OFFSET<TAB>LENGTH<TAB>FACTS`, split when the idea is decoded.
    rest: &'a [u8],
}

impl<'a> Fact<'a> {
    pub(super) fn split(line: &'a [u8]) -> Option<Fact<'a>> {
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
    pub(super) fn may_have(&self, groups: &[Vec<Vec<u8>>]) -> bool {
        groups.iter().all(|group| {
            group
                .iter()
                .any(|needle| memchr::memmem::find(self.skills, needle).is_some())
        })
    }

    /// The idea, with its details when `details` (the section) is given.
    pub(super) fn idea(&self, details: Option<&[u8]>) -> Result<Idea> {
        let (offset, len, json) = self.rest().ok_or_else(|| anyhow!("a malformed line"))?;
        let f: Facts = serde_json::from_slice(json)?;
        let d = match details {
            Some(section) => {
                let bytes = section
                    .get(offset..offset.saturating_add(len))
                    .ok_or_else(|| anyhow!("a detail lies outside the file"))?;
                serde_json::from_slice(bytes)?
            }
            None => Details::default(),
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
                .map(|(name, github, email, affiliation)| crate::model::Mentor {
                    name,
                    github,
                    email,
                    affiliation,
                })
                .collect(),
            difficulty: f.difficulty,
            hours: f.hours,
            contacts: d.contacts,
            upstream_issues: d.upstream_issues,
            links: d.links,
            source: d.source,
        })
    }
}

/// The `count` lines of a section or block, or `None` when it does not hold exactly that many.
pub(super) fn lines_of(block: &[u8], count: usize) -> Option<Vec<&[u8]>> {
    let mut lines = Vec::with_capacity(count);
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', block) {
        lines.push(&block[start..end]);
        start = end + 1;
    }
    (start == block.len() && lines.len() == count).then_some(lines)
}
