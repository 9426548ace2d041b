//! The keys of a front-matter block this tool understands, read from the value tree either
//! syntax deserialises to: which key names which fact, in which spellings.

use super::named::{detect_program, find_year, parse_year};
use crate::model::{Difficulty, Mentor, Program, Status};
use crate::parse::fields::Field;
use serde_json::Value;

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
    /// `hours`, `duration`, `size`, `length`, `project_size` (any key ending in one of those
    /// words) as written.
    pub size_raw: Option<String>,
    /// `skills`, `requirements`, `technologies` items as written.
    pub skills: Vec<String>,
    /// Skills written as one sentence (`prereqs: "Scala, ideally some networking"`), cut into
    /// items as a page's skills field is.
    pub skills_text: Option<String>,
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

/// Normalises a key for lookup: lower-case, `-` and spaces folded to `_`.
pub(crate) fn norm_key(k: &str) -> String {
    k.trim().to_ascii_lowercase().replace(['-', ' '], "_")
}

/// The idea field a front-matter key (normalised) holds, `Component` for the organisation or
/// project: the one list of spellings the reader below and the validator's key finder use.
pub(crate) fn key_field(key: &str) -> Option<Field> {
    Some(match key {
        "description" | "desc" => Field::Description,
        "expected_outcomes" | "expected_outcome" | "expectedoutcome" | "outcomes" => {
            Field::Outcomes
        }
        "skills" | "requirements" | "technologies" | "recommended_skills" | "prereqs"
        | "prerequisites" => Field::Skills,
        "mentors" | "project_mentors" | "mentor" | "supervisors" => Field::Mentors,
        "difficulty" | "difficulty_level" => Field::Difficulty,
        "upstream_issues" | "upstream_issue" | "upstream_issue_url" | "issues" | "issue" => {
            Field::Upstream
        }
        // Any key that ends in a word of size: "hours", "project_size", "length",
        // "est_project_length", "expected_duration".
        k if ["hours", "duration", "size", "length"]
            .iter()
            .any(|w| k.rsplit('_').next() == Some(*w)) =>
        {
            Field::Size
        }
        k if ORG_KEYS.contains(&k) => Field::Component,
        k => return label_key(k),
    })
}

/// A key written as a page's label is ("required_skills", "possible_mentors"), or with its
/// qualifier after the noun, as data keys often are ("skills_recommended"): the field of that
/// label, for the fields an idea file's keys hold. ("mentor_avail" names no one.)
fn label_key(key: &str) -> Option<Field> {
    const QUALIFIERS: [&str; 5] = ["required", "recommended", "preferred", "needed", "desired"];
    let words = key.replace('_', " ");
    let turned = (words.split_once(' '))
        .filter(|(_, q)| QUALIFIERS.contains(q))
        .map(|(noun, q)| format!("{q} {noun}"));
    let (field, _) = crate::parse::fields::lookup(&words)
        .or_else(|| crate::parse::fields::lookup(turned.as_deref()?))?;
    // (Not a description or outcomes: a Hugo page's "summary" beside its "description" is
    // the site's, and the fenced reader renames those keys itself.)
    matches!(field, Field::Skills | Field::Mentors | Field::Difficulty).then_some(field)
}

/// Text of a scalar (strings, numbers, booleans).
pub(super) fn scalar_text(v: &Value) -> Option<String> {
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

/// Reads the keys this tool understands from a deserialised block, in the order of a JSON map
/// (sorted by key).
pub(crate) fn read_keys(value: &Value) -> FrontMatter {
    let Value::Object(map) = value else {
        return FrontMatter::default();
    };
    let mut fm = FrontMatter::default();
    let mut program_text = None;
    // Jekyll collections name an idea `name:` and summarise it in `desc:` (OpenAstronomy).
    let mut name = None;
    let mut desc = None;
    let mut org_rank: Option<usize> = None;
    for (key, v) in map {
        let key = norm_key(key);
        match &*key {
            "title" => fm.title = scalar_text(v),
            "name" => name = scalar_text(v),
            "desc" => desc = scalar_text(v),
            "program" | "programme" | "program_name" | "initiatives" => {
                program_text = first_text(v);
            }
            "year" => fm.year = first_text(v).and_then(|t| parse_year(&t)),
            "term" => fm.term = first_text(v),
            "status" => fm.status = first_text(v).and_then(|t| Status::parse(&t)),
            "links" => fm.links.extend(all_texts(v)),
            "contacts" | "contact" => fm.contacts.extend(all_texts(v)),
            "source_url" => fm.source_url = scalar_text(v),
            // The people who lead the idea, as a list (a Lektor site's records); a sentence
            // under `lead:` is a theme's lede.
            "lead" | "leads" if v.is_array() => {
                read_mentors(v, &mut fm.mentors, &mut fm.mentor_texts);
                fm.describes_one_idea = true;
            }
            "id" => fm.id = scalar_text(v),
            k => match key_field(k) {
                // The most precise name wins (a sub-project before its organisation),
                // whatever the keys' order; a list of several organisations names the mentors'
                // institutions, not the idea's organisation.
                Some(Field::Component) => {
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
                Some(Field::Difficulty) => {
                    fm.difficulty_raw = first_text(v);
                    fm.describes_one_idea = true;
                }
                Some(Field::Size) => {
                    let texts = all_texts(v);
                    // ("size: big" beside "hours: 350": the key that gives hours is kept.)
                    let gives_hours = |t: &str| !crate::parse::hours::parse_hours(t).is_empty();
                    let kept = fm.size_raw.as_deref().is_some_and(gives_hours);
                    if !texts.is_empty() && !kept {
                        fm.size_raw = Some(texts.join(" / "));
                        fm.describes_one_idea = true;
                    }
                }
                Some(Field::Skills) => {
                    match v {
                        Value::String(text) => fm.skills_text = Some(text.clone()),
                        _ => fm.skills.extend(all_texts(v)),
                    }
                    fm.describes_one_idea = true;
                }
                Some(Field::Mentors) => {
                    read_mentors(v, &mut fm.mentors, &mut fm.mentor_texts);
                    fm.describes_one_idea = true;
                }
                Some(Field::Upstream) => {
                    fm.upstream_issues.extend(all_texts(v));
                    fm.describes_one_idea = true;
                }
                Some(Field::Description) => fm.description = scalar_text(v),
                Some(Field::Outcomes) => {
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
                _ => {}
            },
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
                let affiliation = get(&["affiliation", "institution", "organization", "company"]);
                let mentor = Mentor {
                    name,
                    github,
                    email,
                    affiliation,
                };
                if !mentor.is_empty() {
                    out.push(mentor);
                }
            }
            other => {
                let Some(text) = scalar_text(other) else {
                    continue;
                };
                match bare_handle(&text) {
                    Some(login) => out.push(Mentor {
                        name: Some(login.to_string()),
                        github: Some(login.to_string()),
                        ..Mentor::default()
                    }),
                    None => texts.push((out.len(), text)),
                }
            }
        }
    }
}

impl FrontMatter {
    /// Every mentor, in the order written: the maps and the texts parsed.
    pub fn all_mentors(&self) -> Vec<Mentor> {
        let mut all = Vec::with_capacity(self.mentors.len() + self.mentor_texts.len());
        let mut maps = self.mentors.iter().cloned();
        let mut at = 0;
        for (place, text) in &self.mentor_texts {
            all.extend(maps.by_ref().take(place.saturating_sub(at)));
            at = at.max(*place);
            all.extend(crate::parse::mentors::parse_mentors(text));
        }
        all.extend(maps);
        all
    }
}

/// A list item that is one lower-case, digit-bearing or camelCase token ("nabobalis",
/// "ehsteve", "BH3GEI"): sites that list mentors this way write their logins (OpenAstronomy:
/// "GitHub or GitLab handles"), and the token is all the page names the person by, so it is
/// both the name and the handle. A capitalised word ("Heiko") may be a first name: `None`.
fn bare_handle(text: &str) -> Option<&str> {
    let t = text.trim();
    let mut chars = t.chars();
    let first_name = chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
    (!first_name && crate::parse::mentors::is_valid_github_handle(t)).then_some(t)
}

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
