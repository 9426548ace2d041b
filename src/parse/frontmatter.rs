//! Front-matter: one pipeline for YAML (`---`) and TOML (`+++`).
//!
//! [`split`] finds the block and keeps its raw text tagged with its syntax; [`parse`] deserialises
//! either syntax into one generic value tree and then reads the keys this tool understands
//! ([`FrontMatter`]). Unknown keys, Hugo keys and TOML comments are tolerated.

use crate::model::{Difficulty, Mentor, Program, Status};
use serde_json::Value;
use std::fmt;

/// The raw front-matter text, tagged with its syntax.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Raw<'a> {
    /// Between `---` lines.
    Yaml(&'a str),
    /// Between `+++` lines.
    Toml(&'a str),
}

/// A page split into front-matter and body.
#[derive(Debug, Clone, Copy)]
pub struct Split<'a> {
    /// The front-matter block, if the page starts with one.
    pub front: Option<Raw<'a>>,
    /// The Markdown body after the block.
    pub body: &'a str,
    /// Byte offset of `body` within the page text.
    pub body_offset: usize,
}

/// A front-matter problem, with the 1-based line in the page where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatterError {
    /// 1-based line in the page.
    pub line: usize,
    /// What went wrong.
    pub message: String,
}

impl fmt::Display for FrontMatterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for FrontMatterError {}

/// Splits `text` into front-matter and body. A page that opens a block (`---` or `+++` on its
/// first line) and never closes it is an error naming line 1. A page that does not start with a
/// delimiter has no front-matter.
pub fn split(text: &str) -> Result<Split<'_>, FrontMatterError> {
    let no_front = Split {
        front: None,
        body: text,
        body_offset: 0,
    };
    let first_end = text.find('\n').unwrap_or(text.len());
    let first = text[..first_end].trim_end_matches('\r').trim_end();
    let delim = match first {
        "---" => "---",
        "+++" => "+++",
        _ => return Ok(no_front),
    };
    // A leading `---` followed by a blank line is a thematic break, not YAML front-matter
    // (Kubeflow's pages put one after their TOML block).
    let mut pos = (first_end + 1).min(text.len());
    let start = pos;
    let bytes = text.as_bytes();
    let ends = memchr::memchr_iter(b'\n', &bytes[start..])
        .map(|i| start + i)
        .chain(std::iter::once(text.len()));
    for end in ends {
        if pos >= text.len() {
            break;
        }
        // Only a line starting with the delimiter's character can be the closing one.
        if !matches!(bytes[pos], b'-' | b'+' | b'.') {
            pos = end + 1;
            continue;
        }
        let line = text[pos..end].trim_end_matches('\r').trim_end();
        if line == delim || (delim == "---" && line == "...") {
            let inner = &text[start..pos];
            let body_offset = (end + 1).min(text.len());
            let front = if delim == "---" {
                Raw::Yaml(inner)
            } else {
                Raw::Toml(inner)
            };
            return Ok(Split {
                front: Some(front),
                body: &text[body_offset..],
                body_offset,
            });
        }
        pos = end + 1;
    }
    if delim == "---" && !looks_like_yaml_start(&text[start..]) {
        // A page that merely starts with a horizontal rule.
        return Ok(no_front);
    }
    Err(FrontMatterError {
        line: 1,
        message: format!("front-matter opened with '{delim}' is never closed"),
    })
}

/// True if the text after an opening `---` starts like a YAML mapping (`key:`).
fn looks_like_yaml_start(rest: &str) -> bool {
    rest.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .is_some_and(|l| {
            l.split_once(':').is_some_and(|(k, _)| {
                !k.is_empty()
                    && k.chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
            })
        })
}

/// The keys of a canonical idea file's front-matter (the catalog format, `ideas import` output,
/// and `schemas/idea.schema.json`).
pub const CANONICAL_KEYS: &[&str] = &[
    "id",
    "title",
    "org",
    "program",
    "year",
    "term",
    "status",
    "difficulty",
    "hours",
    "skills",
    "mentors",
    "contacts",
    "upstream_issues",
    "links",
    "source_url",
    "description",
    "expected_outcomes",
];

/// The keys of a front-matter block that this tool understands. Everything is optional.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FrontMatter {
    /// `title`.
    pub title: Option<String>,
    /// `org`, `organization`, `organisation`, `project`, `cncf_project`.
    pub org: Option<String>,
    /// `program` (or a programme named in `title`).
    pub program: Option<Program>,
    /// `year`.
    pub year: Option<u16>,
    /// `term`.
    pub term: Option<String>,
    /// `status`.
    pub status: Option<Status>,
    /// `difficulty` as written.
    pub difficulty_raw: Option<String>,
    /// `hours`, `duration`, `size`, `project_size` as written.
    pub size_raw: Option<String>,
    /// `skills`, `requirements`, `technologies` items as written.
    pub skills: Vec<String>,
    /// `mentors`, `project_mentors`: those written as maps (`{name, github}`).
    pub mentors: Vec<Mentor>,
    /// Mentors written as text ("Ada Lee (@adalee)"), not parsed yet: the place among
    /// `mentors` they go and the text ([`FrontMatter::all_mentors`] parses them).
    pub mentor_texts: Vec<(usize, String)>,
    /// `upstream_issues`, `upstream_issue`, `upstream_issue_url`, `issues`.
    pub upstream_issues: Vec<String>,
    /// `links`.
    pub links: Vec<String>,
    /// `contacts`: addresses and channels for a group.
    pub contacts: Vec<String>,
    /// `source_url`.
    pub source_url: Option<String>,
    /// `description` (only used for single-idea files).
    pub description: Option<String>,
    /// `expected_outcomes`, `expected_outcome`.
    pub expected_outcomes: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// True when the block has keys that only an idea has (mentors, skills, difficulty, size,
    /// upstream issues): the file is one idea rather than a page of many.
    pub describes_one_idea: bool,
}

/// Deserialises the block and reads the known keys.
pub fn parse(raw: Raw<'_>) -> Result<FrontMatter, FrontMatterError> {
    Ok(read_keys(&parse_value(raw)?))
}

/// Deserialises the block into one generic value tree (lines of errors as in [`parse`]: the
/// opening delimiter is line 1).
pub(crate) fn parse_value(raw: Raw<'_>) -> Result<Value, FrontMatterError> {
    Ok(match raw {
        Raw::Yaml(text) => {
            if text.trim().is_empty() {
                Value::Null
            } else {
                check_nesting(text)?;
                let v: serde_yaml::Value =
                    serde_yaml::from_str(text).map_err(|e| FrontMatterError {
                        // +1 for the opening delimiter line.
                        line: e.location().map_or(1, |l| l.line() + 1),
                        message: format!("invalid YAML front-matter: {}", first_line(&e)),
                    })?;
                yaml_to_json(v)
            }
        }
        Raw::Toml(text) => {
            let v: toml::Table = toml::from_str(text).map_err(|e| FrontMatterError {
                line: e.span().map_or(1, |s| {
                    text[..s.start.min(text.len())].matches('\n').count() + 2
                }),
                message: format!("invalid TOML front-matter: {}", e.message()),
            })?;
            serde_json::to_value(v).unwrap_or(Value::Null)
        }
    })
}

/// Front-matter nested deeper than this is refused before it reaches the YAML parser, whose
/// time grows with the square of the depth.
const MAX_NESTING: usize = 64;

/// Rejects flow collections (`[`/`{`) nested deeper than [`MAX_NESTING`], in linear time,
/// naming the line where the limit is crossed.
fn check_nesting(text: &str) -> Result<(), FrontMatterError> {
    let mut depth = 0usize;
    let mut line = 2; // line 1 is the opening `---`
    let mut quote: Option<char> = None;
    let mut prev = '\0';
    for c in text.chars() {
        match (quote, c) {
            (_, '\n') => {
                line += 1;
                // Flow scalars may span lines, but quotes in plain text are rare there; a new
                // line ends a single-quoted or double-quoted run only if it was never closed.
            }
            (Some(q), ch) if ch == q && !(q == '"' && prev == '\\') => quote = None,
            (Some(_), _) => {}
            (None, '"') | (None, '\'') if depth > 0 => quote = Some(c),
            (None, '[') | (None, '{') => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(FrontMatterError {
                        line,
                        message: format!(
                            "front-matter is nested more than {MAX_NESTING} levels deep; refused"
                        ),
                    });
                }
            }
            (None, ']') | (None, '}') => depth = depth.saturating_sub(1),
            _ => {}
        }
        prev = c;
    }
    Ok(())
}

fn first_line(e: &impl fmt::Display) -> String {
    e.to_string().lines().next().unwrap_or_default().to_string()
}

/// Converts a YAML value into the JSON value model (non-string keys are stringified).
pub(super) fn yaml_to_json(v: serde_yaml::Value) -> Value {
    use serde_yaml::Value as Y;
    match v {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                n.as_f64()
                    .and_then(serde_json::Number::from_f64)
                    .map_or(Value::Null, Value::Number)
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(seq) => Value::Array(seq.into_iter().map(yaml_to_json).collect()),
        Y::Mapping(map) => {
            let mut out = serde_json::Map::new();
            for (k, v) in map {
                let key = match k {
                    Y::String(s) => s,
                    other => scalar_text(&yaml_to_json(other)).unwrap_or_default(),
                };
                out.insert(key, yaml_to_json(v));
            }
            Value::Object(out)
        }
        Y::Tagged(t) => yaml_to_json(t.value),
    }
}

/// Normalises a key for lookup: lower-case, `-` and spaces folded to `_`. A key already in
/// that form (nearly all are) is borrowed, not copied.
fn norm_key(k: &str) -> std::borrow::Cow<'_, str> {
    let b = k.as_bytes();
    let trimmed = match (b.first(), b.last()) {
        (Some(a), Some(z)) if a.is_ascii_graphic() && z.is_ascii_graphic() => true,
        _ => k.trim().len() == k.len(),
    };
    let plain = trimmed
        && b.iter()
            .all(|&c| !(c.is_ascii_uppercase() || c == b'-' || c == b' '));
    if plain {
        return std::borrow::Cow::Borrowed(k);
    }
    std::borrow::Cow::Owned(
        k.trim()
            .to_ascii_lowercase()
            .chars()
            .map(|c| if c == '-' || c == ' ' { '_' } else { c })
            .collect(),
    )
}

/// Text of a scalar (strings, numbers, booleans).
fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => {
            let t = s.trim();
            (!t.is_empty()).then(|| t.to_string())
        }
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Text of a scalar, or of the first scalar of a list.
fn first_text(v: &Value) -> Option<String> {
    match v {
        Value::Array(items) => items.iter().find_map(scalar_text),
        other => scalar_text(other),
    }
}

/// Every scalar of a list (or the one scalar) as text.
fn all_texts(v: &Value) -> Vec<String> {
    match v {
        Value::Array(items) => items.iter().filter_map(scalar_text).collect(),
        other => scalar_text(other).into_iter().collect(),
    }
}

/// Reads the keys this tool understands from a deserialised block.
pub(crate) fn read_keys(value: &Value) -> FrontMatter {
    let Value::Object(map) = value else {
        return FrontMatter::default();
    };
    read_pairs(map.iter().map(|(k, v)| (k.as_str(), v)))
}

/// [`read_keys`] over the block's keys and values, in the order of a JSON map (sorted by key).
fn read_pairs<'v>(map: impl Iterator<Item = (&'v str, &'v Value)>) -> FrontMatter {
    let mut fm = FrontMatter::default();
    let mut program_text = None;
    // Jekyll collections name an idea `name:` and summarise it in `desc:` (OpenAstronomy).
    let mut name = None;
    let mut desc = None;
    let mut org_rank: Option<usize> = None;
    for (key, v) in map {
        match &*norm_key(key) {
            "title" => fm.title = scalar_text(v),
            "name" => name = scalar_text(v),
            "desc" => desc = scalar_text(v),
            // The most precise name wins (a sub-project before its organisation), whatever the
            // keys' order; a list of several organisations names the mentors' institutions,
            // not the idea's organisation.
            k @ ("cncf_project"
            | "project"
            | "org"
            | "organization"
            | "organisation"
            | "collaborating_projects") => {
                let rank = ORG_KEYS
                    .iter()
                    .position(|o| *o == k)
                    .unwrap_or(ORG_KEYS.len());
                let several = matches!(v, Value::Array(a) if a.len() > 1);
                if !several && org_rank.is_none_or(|r| rank < r) {
                    if let Some(t) = first_text(v) {
                        fm.org = Some(t);
                        org_rank = Some(rank);
                    }
                }
            }
            "program" | "programme" | "program_name" | "initiatives" => {
                program_text = first_text(v);
            }
            "year" => fm.year = first_text(v).and_then(|t| parse_year(&t)),
            "term" => fm.term = first_text(v),
            "status" => fm.status = first_text(v).and_then(|t| Status::parse(&t)),
            "difficulty" | "difficulty_level" => {
                fm.difficulty_raw = first_text(v);
                fm.describes_one_idea = true;
            }
            "hours" | "duration" | "size" | "project_size" | "expected_size" | "length" => {
                let texts = all_texts(v);
                // ("size: big" beside "hours: 350": the key that gives hours is kept.)
                let gives_hours = |t: &str| !crate::parse::hours::parse_hours(t).is_empty();
                let kept = fm.size_raw.as_deref().is_some_and(gives_hours);
                if !texts.is_empty() && !kept {
                    fm.size_raw = Some(texts.join(" / "));
                    fm.describes_one_idea = true;
                }
            }
            "skills" | "requirements" | "technologies" | "recommended_skills" => {
                fm.skills.extend(all_texts(v));
                fm.describes_one_idea = true;
            }
            "mentors" | "project_mentors" | "mentor" | "supervisors" => {
                read_mentors(v, &mut fm.mentors, &mut fm.mentor_texts);
                fm.describes_one_idea = true;
            }
            "upstream_issues" | "upstream_issue" | "upstream_issue_url" | "issues" | "issue" => {
                fm.upstream_issues.extend(all_texts(v));
                fm.describes_one_idea = true;
            }
            "links" => fm.links.extend(all_texts(v)),
            "contacts" | "contact" => fm.contacts.extend(all_texts(v)),
            "source_url" => fm.source_url = scalar_text(v),
            "description" => fm.description = scalar_text(v),
            "expected_outcomes" | "expected_outcome" | "expectedoutcome" | "outcomes" => {
                fm.expected_outcomes = match v {
                    Value::Array(_) => {
                        let items = all_texts(v);
                        (!items.is_empty()).then(|| {
                            items
                                .iter()
                                .map(|i| format!("- {i}"))
                                .collect::<Vec<_>>()
                                .join("\n")
                        })
                    }
                    other => scalar_text(other),
                }
            }
            "id" => fm.id = scalar_text(v),
            _ => {}
        }
    }
    if fm.describes_one_idea {
        fm.title = fm.title.take().or(name);
        fm.description = fm.description.take().or(desc);
    }
    fm.program = program_text
        .as_deref()
        .and_then(Program::parse)
        .or_else(|| fm.title.as_deref().and_then(detect_program));
    if fm.year.is_none() {
        fm.year = fm.title.as_deref().and_then(find_year);
    }
    fm
}

/// Reads mentors from a list of strings (`Name (@gh, email)`) or maps (`name`/`github`/`email`,
/// or Jekyll's `first_name`/`last_name`/`email`).
fn read_mentors(v: &Value, out: &mut Vec<Mentor>, texts: &mut Vec<(usize, String)>) {
    let items = match v {
        Value::Array(items) => items.as_slice(),
        other => std::slice::from_ref(other),
    };
    for item in items {
        match item {
            Value::Object(m) => {
                let get = |names: &[&str]| {
                    m.iter()
                        .find(|(k, _)| names.contains(&&*norm_key(k)))
                        .and_then(|(_, v)| scalar_text(v))
                };
                let name = get(&["name", "full_name"]).or_else(|| {
                    let first = get(&["first_name", "firstname"]);
                    let last = get(&["last_name", "lastname"]);
                    match (first, last) {
                        (Some(f), Some(l)) => Some(format!("{f} {l}")),
                        (f, l) => f.or(l),
                    }
                });
                // A profile or contact link: "https://github.com/ada" is a handle,
                // "mailto:ada@example.org" an address.
                let link = get(&["link", "url", "profile", "github_url"]);
                let linked = |prefix: &str| {
                    link.as_deref()
                        .and_then(|l| l.trim().strip_prefix(prefix))
                        .map(|r| r.trim_end_matches('/').to_string())
                        .filter(|r| !r.is_empty() && !r.contains('/'))
                };
                let github = get(&["github", "github_handle", "handle", "gh"])
                    .map(|g| g.trim_start_matches('@').to_string())
                    .or_else(|| linked("https://github.com/"));
                let email = get(&["email", "mail"]).or_else(|| linked("mailto:"));
                let mentor = Mentor {
                    name,
                    github,
                    email,
                };
                if !mentor.is_empty() {
                    out.push(mentor);
                }
            }
            other => {
                if let Some(text) = scalar_text(other) {
                    texts.push((out.len(), bare_handle(&text)));
                }
            }
        }
    }
}

impl FrontMatter {
    /// Every mentor, in the order written: the maps and the texts parsed.
    pub fn all_mentors(&self) -> Vec<Mentor> {
        let mut all = Vec::with_capacity(self.mentors.len() + self.mentor_texts.len());
        let mut maps = self.mentors.iter();
        let mut at = 0;
        for (place, text) in &self.mentor_texts {
            while at < *place {
                match maps.next() {
                    Some(m) => all.push(m.clone()),
                    None => break,
                }
                at += 1;
            }
            all.extend(crate::parse::mentors::parse_mentors(text));
        }
        all.extend(maps.cloned());
        all
    }
}

/// A list item that is one lower-case, digit-bearing or camelCase token ("nabobalis",
/// "ehsteve", "BH3GEI") is a GitHub handle, as sites that list mentors by handle write them
/// (OpenAstronomy: "GitHub or GitLab handles"); it is marked with `@`. A capitalised word
/// ("Heiko") may be a first name and is left as written.
fn bare_handle(text: &str) -> String {
    let t = text.trim();
    let mut chars = t.chars();
    let first_name = chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
    if !first_name && crate::parse::mentors::is_valid_github_handle(t) {
        format!("@{t}")
    } else {
        text.to_string()
    }
}

/// A year written as `2025` (1990..=2099).
pub fn parse_year(text: &str) -> Option<u16> {
    let t = text.trim();
    let y: u16 = t.parse().ok()?;
    (1990..=2099).contains(&y).then_some(y)
}

/// The single distinct year (`19xx`/`20xx` as a whole token) in a text, if there is exactly one.
pub fn find_year(text: &str) -> Option<u16> {
    let mut found: Option<u16> = None;
    for token in text.split(|c: char| !c.is_ascii_alphanumeric()) {
        if token.len() == 4 {
            if let Some(y) = parse_year(token) {
                match found {
                    None => found = Some(y),
                    Some(f) if f == y => {}
                    Some(_) => return None,
                }
            }
        }
    }
    found
}

/// A programme named in free text ("Google Summer of Code 2025", "LFX Mentorship"), if exactly
/// one programme is named.
pub fn detect_program(text: &str) -> Option<Program> {
    // Which of the three groups of names the text has anywhere, ignoring ASCII case, looked
    // for with a vector substring search in lower-cased pieces of the text: a whole page is
    // often searched, and a byte-by-byte automaton costs several times more. (The names are
    // lower-case; lower-casing ASCII leaves other bytes as they are. Pieces overlap by more
    // than a name's length, so no name is cut; the page is never copied whole.)
    let bytes = text.as_bytes();
    let mut piece: Vec<u8> = Vec::with_capacity(bytes.len().min(PROGRAM_PIECE + PROGRAM_OVERLAP));
    let (mut gsoc, mut lfx, mut other) = (false, false, false);
    let mut start = 0;
    loop {
        let end = (start + PROGRAM_PIECE + PROGRAM_OVERLAP).min(bytes.len());
        piece.clear();
        piece.extend_from_slice(&bytes[start..end]);
        piece.make_ascii_lowercase();
        let has = |names: &[&str]| {
            names
                .iter()
                .any(|n| memchr::memmem::find(&piece, n.as_bytes()).is_some())
        };
        gsoc = gsoc || has(&PROGRAM_NAMES[..3]);
        lfx = lfx || has(&PROGRAM_NAMES[3..6]);
        other = other || has(&PROGRAM_NAMES[6..]);
        // (Both named: nothing more can change the answer.)
        if (gsoc && lfx) || end == bytes.len() {
            break;
        }
        start += PROGRAM_PIECE;
    }
    match (gsoc, lfx, other) {
        (true, false, _) => Some(Program::Gsoc),
        (false, true, _) => Some(Program::Lfx),
        (false, false, true) => Some(Program::Other),
        _ => None,
    }
}

/// Names of programmes, lower-case: three that name GSoC, three LFX, then other programmes
/// (named only when neither of those is).
const PROGRAM_NAMES: [&str; 9] = [
    "summer of code",
    "gsoc",
    "summerofcode",
    "lfx",
    "communitybridge",
    "community bridge",
    "ospp",
    "open source promotion plan",
    "开源之夏",
];

/// [`detect_program`] reads a text in pieces of this many bytes...
const PROGRAM_PIECE: usize = 1 << 16;
/// ...each with this many more bytes after it (more than the longest name).
const PROGRAM_OVERLAP: usize = 32;

/// Front-matter keys that name the idea's organisation, most precise first.
const ORG_KEYS: [&str; 6] = [
    "cncf_project",
    "project",
    "org",
    "organization",
    "organisation",
    "collaborating_projects",
];

/// The difficulty in a front-matter value.
pub fn difficulty_of(fm: &FrontMatter) -> Option<Difficulty> {
    fm.difficulty_raw.as_deref().and_then(Difficulty::parse)
}

#[cfg(test)]
mod tests;
