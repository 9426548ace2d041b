//! The index file's layout, and reading it.
//!
//! It is made for queries that test a few fields of every idea and print few of them:
//! a header line (JSON: the version, when it was written, every source's state and how many
//! ideas it holds, and what every idea has, so that did-you-mean suggestions and "12 of 50
//! ideas" need nothing more), then one line per idea in source order:
//! `D<TAB>FACTS<TAB>DETAILS<TAB>SEARCHABLE`, where `D` is `1` when an earlier line has the same
//! id (a page and its export), `FACTS` the fields lists and filters use (short keys), `DETAILS` its
//! description, expected outcomes, skills text, contacts, upstream issues, links and source as
//! JSON, and `SEARCHABLE` its text as search tokenises it ([`crate::tokens::searchable`]). A
//! search scores that text and decodes only the ideas it matches, and the details are decoded
//! only when what is printed needs them. On the pages of `../shared/mirror` synced (1,793
//! ideas; debug build, callgrind), decoding whole ideas instead cost `list` 50% more
//! instructions, and computing the searchable text cost `search` 600% more.

use super::{Found, Index, Keep, Narrow, Totals, FILE_NAME, LEGACY_FILE_NAME, VERSION};
use crate::model::Idea;
use crate::sources::cache::{Cache, SourceState};
use anyhow::{anyhow, Result};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashSet;
use std::path::Path;

/// The first line of the file.
#[derive(Serialize, Deserialize)]
pub(super) struct Header<'a> {
    version: u32,
    pub(super) written_at: u64,
    /// Every source's state, in order.
    pub(super) sources: Cow<'a, [SourceState]>,
    /// The number of idea lines of each source, in order.
    pub(super) counts: Vec<usize>,
    totals: Totals,
}

#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

/// The fields lists and filters use, as an idea's line holds them: short keys, and mentors as
/// `[name, handle, email, affiliation]`, since every query decodes these of every idea (with
/// the idea's own JSON here instead, `list` over the synced pages of `../shared/mirror` ran 15%
/// more instructions).
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
    #[serde(rename = "h", default, skip_serializing_if = "Vec::is_empty")]
    hours: Vec<u32>,
}

/// A mentor as `[name, handle, email, affiliation]`.
type MentorRow = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// The rest of an idea, decoded only when what is printed needs it.
#[derive(Default, Serialize, Deserialize)]
struct Details {
    description: Option<String>,
    expected_outcomes: Option<String>,
    skills_raw: Option<String>,
    contacts: Vec<String>,
    upstream_issues: Vec<String>,
    links: Vec<String>,
    source: crate::model::Source,
}

/// An idea as its line holds it. Every field is named (no `..`): a field added to `Idea` must
/// be given a place here, or the index would lose it and every second sync would report its
/// ideas as changed.
fn split_idea(idea: Idea) -> (Facts, Details) {
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
    let mentors = (mentors.into_iter())
        .map(|m| (m.name, m.github, m.email, m.affiliation))
        .collect();
    let facts = Facts {
        id,
        title,
        org,
        program,
        year,
        term,
        status,
        skills,
        mentors,
        difficulty,
        hours,
    };
    let details = Details {
        description,
        expected_outcomes,
        skills_raw,
        contacts,
        upstream_issues,
        links,
        source,
    };
    (facts, details)
}

/// An idea's line, split.
pub(super) struct Line<'a> {
    dup: bool,
    facts: &'a [u8],
    details: &'a [u8],
    search: &'a [u8],
}

impl<'a> Line<'a> {
    fn split(line: &'a [u8]) -> Option<Line<'a>> {
        let dup = match line.get(..2)? {
            b"0\t" => false,
            b"1\t" => true,
            _ => return None,
        };
        let mut tabs = memchr::memchr_iter(b'\t', line).skip(1);
        let (t1, t2) = (tabs.next()?, tabs.next()?);
        Some(Line {
            dup,
            facts: &line[2..t1],
            details: &line[t1 + 1..t2],
            search: &line[t2 + 1..],
        })
    }

    /// The idea, with its details when `details`.
    pub(super) fn idea(&self, details: bool) -> serde_json::Result<Idea> {
        let f: Facts = serde_json::from_slice(self.facts)?;
        let d = match details {
            true => serde_json::from_slice(self.details)?,
            false => Details::default(),
        };
        let mentors = (f.mentors.into_iter())
            .map(|(name, github, email, affiliation)| crate::model::Mentor {
                name,
                github,
                email,
                affiliation,
            })
            .collect();
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
            mentors,
            contacts: d.contacts,
            difficulty: f.difficulty,
            hours: f.hours,
            upstream_issues: d.upstream_issues,
            links: d.links,
            source: d.source,
        })
    }
}

/// The file's bytes for an index.
pub(super) fn to_bytes(index: &Index) -> Result<Vec<u8>> {
    let header = Header {
        version: VERSION,
        written_at: index.written_at,
        sources: index.sources.iter().map(|s| s.state.clone()).collect(),
        counts: index.sources.iter().map(|s| s.ideas.len()).collect(),
        totals: index.totals(),
    };
    let mut out = serde_json::to_vec(&header)?;
    out.push(b'\n');
    let mut seen = HashSet::new();
    for idea in index.sources.iter().flat_map(|s| &s.ideas) {
        out.extend_from_slice(if seen.insert(&idea.id) {
            b"0\t"
        } else {
            b"1\t"
        });
        let (facts, details) = split_idea(idea.clone());
        serde_json::to_writer(&mut out, &facts)?;
        out.push(b'\t');
        serde_json::to_writer(&mut out, &details)?;
        out.push(b'\t');
        out.extend_from_slice(crate::tokens::searchable(idea).as_bytes());
        out.push(b'\n');
    }
    Ok(out)
}

/// The index file of a cache and its bytes.
pub(super) fn read(cache: &Cache) -> Result<(std::path::PathBuf, Vec<u8>)> {
    let path = cache.dir().join(FILE_NAME);
    let legacy = cache.dir().join(LEGACY_FILE_NAME);
    if !path.exists() && legacy.exists() {
        return Err(other_version(&legacy, 1));
    }
    let bytes = std::fs::read(&path).map_err(|e| anyhow!("cannot read {}: {e}", path.display()))?;
    Ok((path, bytes))
}

/// The header and idea lines of an index file, checked for shape.
pub(super) fn split<'a>(bytes: &'a [u8], path: &Path) -> Result<(Header<'static>, Vec<Line<'a>>)> {
    let mut start = 0;
    let mut lines = memchr::memchr_iter(b'\n', bytes).map(|end| {
        let line = &bytes[start..end];
        start = end + 1;
        line
    });
    let first = lines.next().unwrap_or(bytes);
    let version = serde_json::from_slice::<VersionOnly>(first)
        .map_err(|e| damaged(path, &e))?
        .version;
    if version != VERSION {
        return Err(other_version(path, version));
    }
    let header: Header = serde_json::from_slice(first).map_err(|e| damaged(path, &e))?;
    // One line per idea, and nothing after the last one's newline.
    let lines: Vec<&[u8]> = lines.collect();
    let count: usize = header.counts.iter().sum();
    if header.counts.len() != header.sources.len() || lines.len() != count || start != bytes.len() {
        return Err(damaged(
            path,
            &"its idea count is not the one its header gives",
        ));
    }
    let lines = (lines.iter())
        .map(|line| Line::split(line).ok_or_else(|| damaged(path, &"a malformed line")))
        .collect::<Result<_>>()?;
    Ok((header, lines))
}

/// The ideas of an index file's `bytes` that `keep` accepts (ideas met twice once), decoding
/// only what `narrow` lets through, with the totals of every idea.
pub(super) fn query(bytes: &[u8], path: &Path, narrow: &Narrow, keep: Keep<'_>) -> Result<Found> {
    let (header, lines) = split(bytes, path)?;
    let mut found = Found {
        totals: header.totals,
        ..Found::default()
    };
    let mut scores = Vec::new();
    for line in lines.iter().filter(|l| !l.dup) {
        let score = match narrow.search {
            Some(scorer) => match scorer(line.search) {
                Some(score) => score,
                None => continue,
            },
            None => 0.0,
        };
        let idea = line.idea(narrow.texts).map_err(|e| damaged(path, &e))?;
        if keep.is_none_or(|k| k(&idea)) {
            found.ideas.push(idea);
            scores.push(score);
        }
    }
    found.scores = narrow.search.map(|_| scores);
    Ok(found)
}

pub(super) fn damaged(path: &Path, e: &dyn std::fmt::Display) -> anyhow::Error {
    anyhow!("the index {} is damaged ({e})", path.display())
}

fn other_version(path: &Path, version: u32) -> anyhow::Error {
    anyhow!(
        "the index {} is version {version}, this ideas reads version {VERSION}",
        path.display()
    )
}
