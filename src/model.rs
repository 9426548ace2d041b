//! The typed model of a mentorship project idea.
//!
//! The field names here are also the keys of `--format json`: a stable contract that other tools
//! parse. A field the page does not give is `None` (serialised as `null`) and never guessed.

use serde::{Deserialize, Serialize};
use std::fmt;

/// One project idea, as found on a page or in a canonical catalog file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Idea {
    /// Stable slug built from program, year, org and title (see [`Idea::make_id`]).
    pub id: String,
    /// The idea's title as written, with Markdown removed.
    pub title: String,
    /// The project or organisation the idea belongs to (e.g. "Kubeflow", "Harbor").
    pub org: Option<String>,
    /// The mentorship programme.
    pub program: Option<Program>,
    /// The programme year (e.g. 2025).
    pub year: Option<u16>,
    /// The programme term where the page names one, e.g. "2025 Term 3 (Sep-Nov)".
    pub term: Option<String>,
    /// Where the idea stands, where the page says so.
    pub status: Option<Status>,
    /// The description text (Markdown source, trimmed).
    pub description: Option<String>,
    /// The expected outcome text (Markdown source, trimmed).
    pub expected_outcomes: Option<String>,
    /// Canonical skill ids (`go`, `kubernetes`, ...), or unknown skills lower-cased as written.
    pub skills: Vec<String>,
    /// The skills text as the page wrote it; every output gives it as [`skills_line`] does.
    #[serde(serialize_with = "skills_raw_line")]
    pub skills_raw: Option<String>,
    /// The mentors, in page order.
    pub mentors: Vec<Mentor>,
    /// Addresses and channels written for a group rather than one person (a project list such
    /// as `team@example.org` given for several mentors), in page order.
    #[serde(default)]
    pub contacts: Vec<String>,
    /// Difficulty, a single level or a written range ("Medium to Hard").
    pub difficulty: Option<Difficulty>,
    /// Every effort the idea offers, in hours (`[175, 350]` for "175/350 hours"), sorted; empty
    /// where the page states none. A single number is accepted on input.
    #[serde(default, deserialize_with = "hours_list")]
    pub hours: Vec<u32>,
    /// Upstream issue URLs.
    pub upstream_issues: Vec<String>,
    /// Other URLs given in the idea's links/references field.
    pub links: Vec<String>,
    /// Where the idea was found.
    pub source: Source,
}

/// Gives the second, third, ... idea of a page whose id an earlier idea of the page has (two
/// ideas of one title) the id `<id>-2`, `<id>-3`, ..., as `ideas import` names their files.
/// Otherwise `show` could not tell them apart and an index would keep only the first (one id,
/// one idea). Applied to every page read, and again by `sync` after it gives a page's ideas the
/// programme's organisation (which makes new ids).
pub fn distinct_ids<'a>(ideas: impl IntoIterator<Item = &'a mut Idea>) {
    let mut taken = std::collections::HashSet::new();
    for idea in ideas {
        idea.id = claim_id(&idea.id, &mut taken);
    }
}

/// `id`, or the first of `<id>-2`, `<id>-3`, ... not in `taken`; the one returned is added to
/// `taken`.
pub fn claim_id(id: &str, taken: &mut std::collections::HashSet<String>) -> String {
    let id = std::iter::once(id.to_string())
        .chain((2..).map(|n| format!("{id}-{n}")))
        .find(|id| !taken.contains(id))
        .expect("an unused suffix always exists");
    taken.insert(id.clone());
    id
}

impl Idea {
    /// The sizes as people read them: "175", "175/350"; `None` when the idea gives none.
    pub fn hours_label(&self) -> Option<String> {
        let parts: Vec<String> = self.hours.iter().map(u32::to_string).collect();
        (!parts.is_empty()).then(|| parts.join("/"))
    }
}

/// The skills text as every output gives it (JSON, exports, search context): one line, the
/// items of a written list joined by ", " ("- Go\n- Kubernetes" is "Go, Kubernetes", as
/// "Go, Kubernetes" written on one line is), a line that continues a wrapped item or sentence
/// (starting lower-case or with a bracket) joined by a space, a line given twice kept once.
pub fn skills_line(raw: &str) -> String {
    let mut out = String::new();
    let mut seen: Vec<&str> = Vec::new();
    for line in raw.lines() {
        let (item, text) = list_item(line.trim());
        if text.is_empty() || seen.contains(&text) {
            continue;
        }
        if !out.is_empty() {
            let continues = !item && text.starts_with(|c: char| c.is_lowercase() || c == '(');
            let punctuated = out.ends_with([',', ';', ':', '.']);
            out.push_str(if continues || punctuated { " " } else { ", " });
        }
        out.push_str(text);
        seen.push(text);
    }
    out
}

/// Whether a trimmed line is a list item ("- ", "* ", "+ ", "1. ", "1) "), and its text.
pub(crate) fn list_item(line: &str) -> (bool, &str) {
    if let Some(rest) = line.strip_prefix(['-', '*', '+']) {
        if rest.is_empty() || rest.starts_with(char::is_whitespace) {
            return (true, rest.trim());
        }
    }
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 {
        if let Some(rest) = line[digits..].strip_prefix(['.', ')']) {
            if rest.starts_with(char::is_whitespace) {
                return (true, rest.trim());
            }
        }
    }
    (false, line)
}

fn skills_raw_line<S: serde::Serializer>(raw: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
    raw.as_deref().map(skills_line).serialize(s)
}

/// Reads `hours` as a list, a single number, or null.
pub(crate) fn hours_list<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<u32>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(u32),
        Many(Vec<u32>),
    }
    Ok(match Option::<OneOrMany>::deserialize(d)? {
        None => Vec::new(),
        Some(OneOrMany::One(h)) => vec![h],
        Some(OneOrMany::Many(mut v)) => {
            v.sort_unstable();
            v.dedup();
            v
        }
    })
}

/// A mentor as written on the page; any part may be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mentor {
    /// Display name, e.g. "Alice Frosi".
    #[serde(default)]
    pub name: Option<String>,
    /// GitHub handle without the leading `@`.
    #[serde(default)]
    pub github: Option<String>,
    /// Email address as written (obfuscated forms are kept as written).
    #[serde(default)]
    pub email: Option<String>,
    /// The institution or company the page gives beside the name, e.g. "CERN" for
    /// "Jane Doe (CERN)".
    #[serde(default)]
    pub affiliation: Option<String>,
}

impl Mentor {
    /// True when no part of the mentor is known.
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.github.is_none() && self.email.is_none()
    }

    /// The person as a reader sees them: "Jane Doe (@jdoe)", else [`Mentor::label`]. A name
    /// that is the handle itself (a page that names someone only by their login) is said once.
    pub fn shown(&self) -> String {
        match (&self.name, &self.github) {
            (Some(n), Some(g)) if n.eq_ignore_ascii_case(g) => format!("@{g}"),
            (Some(n), Some(g)) => format!("{n} (@{g})"),
            _ => self.label(),
        }
    }

    /// The best single label for people: name, then `@handle`, then email.
    pub fn label(&self) -> String {
        match (&self.name, &self.github, &self.email) {
            (Some(n), _, _) => n.clone(),
            (None, Some(g), _) => format!("@{g}"),
            (None, None, Some(e)) => e.clone(),
            _ => String::new(),
        }
    }
}

/// Where an idea came from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Path of the file as given (bundled catalog files start with `ideas/`).
    pub path: String,
    /// 1-based line of the idea's heading, table row, or front-matter start.
    pub line: usize,
    /// URL of the page the idea was published on, where known.
    #[serde(default)]
    pub url: Option<String>,
}

/// Mentorship programmes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Program {
    /// Google Summer of Code.
    Gsoc,
    /// LFX Mentorship (formerly CommunityBridge), including CNCF's terms.
    Lfx,
    /// Any other programme (OSPP, Outreachy, an organisation's own, ...).
    Other,
}

impl Program {
    /// Recognises a programme name as people write it ("GSoC", "Google Summer of Code", "LFX").
    pub fn parse(text: &str) -> Option<Program> {
        let t = text.trim().to_ascii_lowercase();
        let lfx = [
            "lfx",
            "communitybridge",
            "community bridge",
            "linux foundation mentorship",
        ];
        if t.is_empty() {
            None
        } else if t.contains("summer of code") || t.contains("gsoc") {
            Some(Program::Gsoc)
        } else if lfx.iter().any(|w| t.contains(w)) {
            Some(Program::Lfx)
        } else {
            Some(Program::Other)
        }
    }

    /// The lower-case id used in JSON, paths and filters.
    pub fn as_str(self) -> &'static str {
        match self {
            Program::Gsoc => "gsoc",
            Program::Lfx => "lfx",
            Program::Other => "other",
        }
    }
}

impl fmt::Display for Program {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where an idea stands in its programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Proposed by a project, not yet accepted.
    Proposed,
    /// Accepted into the programme.
    Accepted,
    /// Listed as archived or not accepted.
    Archived,
}

impl Status {
    /// Recognises a status word ("proposed", "accepted", "archived" and close forms).
    pub fn parse(text: &str) -> Option<Status> {
        let t = text.trim().to_ascii_lowercase();
        if t.starts_with("propos") {
            Some(Status::Proposed)
        } else if t.starts_with("accept") || t.starts_with("select") {
            Some(Status::Accepted)
        } else if t.starts_with("archiv") || t.starts_with("not accepted") {
            Some(Status::Archived)
        } else {
            None
        }
    }
}

/// One difficulty level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Easy, beginner, low.
    Easy,
    /// Medium, intermediate, moderate.
    Medium,
    /// Hard, difficult, high, advanced.
    Hard,
}

impl Level {
    /// The lower-case name used in JSON and filters.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Easy => "easy",
            Level::Medium => "medium",
            Level::Hard => "hard",
        }
    }

    /// Recognises one difficulty word. Size words ("small", "large") are not difficulties.
    pub fn parse_word(word: &str) -> Option<Level> {
        match word.trim().to_ascii_lowercase().as_str() {
            "easy" | "beginner" | "low" | "lowest" | "trivial" | "simple" | "basic" | "entry"
            | "introductory" | "novice" => Some(Level::Easy),
            "medium" | "intermediate" | "moderate" | "mid" | "middle" | "normal" => {
                Some(Level::Medium)
            }
            "hard" | "difficult" | "high" | "highest" | "advanced" | "advance" | "challenging"
            | "expert" | "complex" | "experienced" => Some(Level::Hard),
            _ => None,
        }
    }
}

/// A difficulty: one level, or a written range that keeps both ends ("Medium to Hard").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Difficulty {
    /// The easier end (equal to `high` for a single level).
    pub low: Level,
    /// The harder end.
    pub high: Level,
}

impl Difficulty {
    /// True when `level` lies within the range.
    pub fn includes(&self, level: Level) -> bool {
        self.low <= level && level <= self.high
    }

    /// Reads a difficulty as pages write it: "Medium", "medium/high", "Medium to Hard",
    /// "**High** (350 hours)", "Intermediate", "very high". Returns `None` when no difficulty
    /// word is present (for example "small", which is a size).
    /// Words in parentheses only count when nothing outside them is a level: "Medium (basic),
    /// hard (advanced)" is medium-hard.
    pub fn parse(text: &str) -> Option<Difficulty> {
        let mut outside = String::with_capacity(text.len());
        let mut depth = 0usize;
        for c in text.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ if depth == 0 => outside.push(c),
                _ => outside.push(' '),
            }
        }
        Self::parse_words(&outside).or_else(|| Self::parse_words(text))
    }

    fn parse_words(text: &str) -> Option<Difficulty> {
        let levels: Vec<Level> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter_map(Level::parse_word)
            .collect();
        let (low, high) = (*levels.iter().min()?, *levels.iter().max()?);
        Some(Difficulty { low, high })
    }
}

impl fmt::Display for Difficulty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.low == self.high {
            f.write_str(self.low.as_str())
        } else {
            write!(f, "{}-{}", self.low.as_str(), self.high.as_str())
        }
    }
}

impl Serialize for Difficulty {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Difficulty {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Difficulty::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown difficulty '{text}'")))
    }
}

impl Idea {
    /// Builds the stable id: the slug of program, year, org and title, in that order, skipping
    /// parts that are unknown. Example: `lfx-2025-harbor-harbor-cli`.
    pub fn make_id(
        program: Option<Program>,
        year: Option<u16>,
        org: Option<&str>,
        title: &str,
    ) -> String {
        let slug = slugify(title);
        let last = if !slug.is_empty() {
            slug
        } else if title.chars().any(char::is_alphanumeric) {
            // A title with no ASCII letter or digit ("边缘节点自愈") gets a short stable hash,
            // so the ideas of one page keep distinct ids.
            format!("idea-{:08x}", fnv1a(title.trim()) as u32)
        } else {
            "idea".to_string()
        };
        let program = program.map(|p| p.as_str().to_string());
        let parts = [program, year.map(|y| y.to_string()), org.map(slugify)];
        let parts = parts.into_iter().flatten().filter(|p| !p.is_empty());
        parts.chain([last]).collect::<Vec<_>>().join("-")
    }
}

/// The 64-bit FNV-1a hash of `text` (stable across Rust releases and platforms, unlike
/// std's hasher).
pub fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Lower-case ASCII slug: letters and digits kept, everything else folded to single `-`,
/// at most 80 characters, never starting or ending with `-`.
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
        if out.len() >= 80 {
            break;
        }
    }
    out
}

// (A path from this file's folder: the build script also compiles this file, as `#[path]`.)
#[cfg(test)]
#[path = "model/tests.rs"]
mod tests;
