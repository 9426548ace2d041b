//! Skills: the items a skills field lists, as written ([`written_items`]), and the canonical
//! skill ids those items name ([`SkillTable`]), for `--skill` filters and counts.
//!
//! Idea pages write the same skill many ways ("Go", "Golang", "GoLang programming"; "K8s",
//! "Kubernetes"). [`SkillTable`] maps such phrases to one canonical id (`go`, `kubernetes`). The
//! bundled table lives in `schemas/skills.toml` and users may add aliases on top of it
//! ([`SkillTable::add_alias`]). The mapping never changes what an idea lists: an idea keeps its
//! items as the page wrote them, and [`SkillTable::ids_of`] says which skills an item names.
//!
//! How [`SkillTable::ids_of`] reads an item:
//! 1. Markdown is reduced to plain text ([`markdown`]).
//! 2. The text is split into tokens ([`tokens`]): runs of letters and digits; `+` and `#` stay
//!    in a word when they end it (`c++`, `c#`), `.` when a letter or digit follows (`node.js`)
//!    and `-`, `_`, `&`, `'` when they join two word characters (`go-to-market` is one token).
//! 3. Aliases are matched as whole token sequences, case-insensitively, preferring the longest
//!    alias at a position ([`matcher`]). A phrase that is also a common word ("go", "node")
//!    names its skill only when it is the whole item, give or take words such as "programming"
//!    ("Go", "Go programming"; not "node lifecycle"). A few stop phrases ("go through", "node
//!    pool") hide an alias where the word is plainly not the skill.
//! 4. An item naming no known skill is its own skill, lower-cased.

mod brackets;
mod clauses;
mod hedges;
mod items;
mod markdown;
mod matcher;
mod pieces;
mod prefilter;
mod prose;
mod scan;
mod tokens;
mod words;

use anyhow::{anyhow, bail, Result};
use markdown::clean;
use matcher::{Matcher, Matches, Target};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;
use tokens::{is_separator, tokenize, Kind, Token};

pub use items::{list_items, written_items};
pub use prefilter::PageTest;
pub use prose::{may_ask, stated_in_prose};

/// The bundled table's source, compiled into the binary.
const BUNDLED_TOML: &str = include_str!("../../schemas/skills.toml");

/// Marks a hard break (bullet, paragraph, `<br>`) in cleaned text: items and aliases never span it.
const HARD_BREAK: char = '\u{2029}';

#[derive(Debug, Clone)]
struct Skill {
    id: String,
    name: String,
}

/// Canonical skills, their display names and every phrase (alias) that means them.
#[derive(Debug, Clone)]
pub struct SkillTable {
    skills: Vec<Skill>,
    /// Canonical id -> index.
    by_id: HashMap<String, usize>,
    /// Normalised phrase (lower-case tokens joined by one space) -> target.
    phrases: HashMap<String, Target>,
    /// Phrases that are also common words ("go"): they count only where the text is a list of
    /// skills or the words around them speak of the skill (see `context`).
    ambiguous: HashSet<String>,
    /// All phrases, indexed for matching; built on first use, reset when a phrase is added.
    matcher: OnceLock<Matcher>,
    /// Answers remembered for callers such as the linter's did-you-mean (pages repeat their
    /// unknown skills); emptied whenever the table changes.
    memo: Memo,
}

/// The contents of a skill table (see [`SkillTable::parts`]).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct TableParts<'t> {
    /// (id, name) per skill, in index order.
    pub skills: Vec<(&'t str, &'t str)>,
    /// (normalised phrase, skill index or `u32::MAX` for a stop phrase), sorted.
    pub phrases: Vec<(&'t str, u32)>,
    /// Ambiguous phrases, sorted.
    pub ambiguous: Vec<&'t str>,
}

/// A table's remembered answers: unknown skill -> suggestion, and its names as spellings to
/// measure against. A clone starts empty.
#[derive(Debug, Default)]
pub struct Memo(
    std::sync::Mutex<HashMap<String, Option<String>>>,
    OnceLock<Vec<Spelling>>,
);

/// A name or id of a skill, lower-cased, as a did-you-mean candidate ([`SkillTable::spellings`]).
#[derive(Debug)]
pub struct Spelling {
    /// The id or display name, lower-cased.
    pub lower: String,
    /// Its length in characters.
    pub chars: usize,
    /// Its characters as a set ([`letter_set`]).
    pub letters: u64,
    /// The display name it stands for.
    pub name: String,
}

/// The characters of a text as a set of 64 buckets. Each edit (insert, delete, substitute,
/// transpose) adds at most one character another text lacks and removes at most one, so the
/// buckets one text has and another lacks never outnumber the edits between them.
pub fn letter_set(text: &str) -> u64 {
    text.chars().fold(0, |set, c| set | 1 << (c as u32 % 64))
}

impl Clone for Memo {
    fn clone(&self) -> Self {
        Memo::default()
    }
}

impl SkillTable {
    /// The table compiled into the binary from schemas/skills.toml (cached in a OnceLock). The
    /// build script parsed it already ([`crate::catalog::skill_table`]): only its build reads
    /// the TOML.
    pub fn bundled() -> &'static SkillTable {
        static TABLE: OnceLock<SkillTable> = OnceLock::new();
        TABLE.get_or_init(|| match crate::catalog::skill_table() {
            Some(parts) => SkillTable::from_parts(parts),
            None => SkillTable::from_toml(BUNDLED_TOML)
                .unwrap_or_else(|e| panic!("bundled schemas/skills.toml is invalid: {e:#}")),
        })
    }

    /// The table's contents, as [`SkillTable::from_parts`] takes them: (id, name) per skill,
    /// (phrase, skill index or `u32::MAX` for a stop phrase), and the ambiguous phrases. The
    /// build script writes the bundled table's into the binary.
    #[allow(dead_code)] // (used by src/build.rs and the tests)
    pub(crate) fn parts(&self) -> TableParts<'_> {
        let mut phrases: Vec<(&str, u32)> = self
            .phrases
            .iter()
            .map(|(p, t)| match t {
                Target::Skill(i) => (p.as_str(), *i as u32),
                Target::Stop => (p.as_str(), u32::MAX),
            })
            .collect();
        phrases.sort_unstable();
        let mut ambiguous: Vec<&str> = self.ambiguous.iter().map(String::as_str).collect();
        ambiguous.sort_unstable();
        TableParts {
            skills: self
                .skills
                .iter()
                .map(|s| (s.id.as_str(), s.name.as_str()))
                .collect(),
            phrases,
            ambiguous,
        }
    }

    /// A table from its contents (see [`SkillTable::parts`]).
    fn from_parts((skills, phrases, ambiguous): crate::catalog::SkillLists) -> SkillTable {
        SkillTable {
            skills: skills
                .iter()
                .map(|&(id, name)| Skill {
                    id: id.to_string(),
                    name: name.to_string(),
                })
                .collect(),
            by_id: skills
                .iter()
                .enumerate()
                .map(|(i, &(id, _))| (id.to_string(), i))
                .collect(),
            phrases: phrases
                .iter()
                .map(|&(p, t)| {
                    let target = match t {
                        u32::MAX => Target::Stop,
                        i => Target::Skill(i as usize),
                    };
                    (p.to_string(), target)
                })
                .collect(),
            ambiguous: ambiguous.iter().map(|a| a.to_string()).collect(),
            matcher: OnceLock::new(),
            memo: Memo::default(),
        }
    }

    /// Parses a table from TOML text in the format above; errors name the offending key.
    pub fn from_toml(text: &str) -> Result<SkillTable> {
        let doc: toml::Table =
            toml::from_str(text).map_err(|e| anyhow!("skills table is not valid TOML: {e}"))?;
        let mut table = SkillTable::empty();
        for (id, value) in &doc {
            let Some(entry) = value.as_table() else {
                bail!("skill `{id}`: expected a table `[{id}]` with `name` and `aliases`");
            };
            if !is_valid_id(id) {
                bail!(
                    "skill `{id}`: ids are lower-case ASCII letters and digits joined by single `-`"
                );
            }
            for field in entry.keys() {
                if !matches!(field.as_str(), "name" | "aliases" | "ambiguous") {
                    bail!(
                        "skill `{id}`: unknown field `{field}` \
                         (expected `name`, `aliases`, `ambiguous`)"
                    );
                }
            }
            let name = match entry.get("name") {
                Some(toml::Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
                Some(toml::Value::String(_)) => bail!("skill `{id}`: `name` is empty"),
                Some(_) => bail!("skill `{id}`: `name` must be a string"),
                None => bail!("skill `{id}`: missing `name`"),
            };
            let aliases = string_list(entry, id, "aliases")?;
            let ambiguous = string_list(entry, id, "ambiguous")?;

            let index = table.skills.len();
            table.skills.push(Skill {
                id: id.clone(),
                name: name.clone(),
            });
            table.by_id.insert(id.clone(), index);
            for phrase in [id.as_str(), name.as_str()].into_iter().chain(aliases) {
                let Some(key) = phrase_key(phrase) else {
                    bail!(
                        "skill `{id}`: alias {phrase:?} has no word to match \
                         (it must start with a letter or digit and fit on one line)"
                    );
                };
                match table.phrases.get(&key) {
                    Some(&Target::Skill(other)) if other != index => bail!(
                        "skill `{id}`: alias {phrase:?} is already used by skill `{}`",
                        table.skills[other].id
                    ),
                    _ => table.insert_phrase(key, Target::Skill(index)),
                }
            }
            for phrase in ambiguous {
                match phrase_key(phrase) {
                    Some(key) if table.phrases.get(&key) == Some(&Target::Skill(index)) => {
                        table.ambiguous.insert(key);
                    }
                    _ => bail!(
                        "skill `{id}`: ambiguous phrase {phrase:?} is not its id, name or alias"
                    ),
                }
            }
        }
        Ok(table)
    }

    /// Adds an alias (e.g. from user configuration) for an existing or new canonical id.
    ///
    /// `canonical` may be an id or any phrase the table already knows ("Golang" resolves to
    /// `go`); otherwise a new skill is created, with `canonical` lower-cased (whitespace turned
    /// into `-`) as id and `canonical` as display name. The alias replaces any earlier meaning of
    /// the same phrase: user configuration wins over the bundled table. Blank input is ignored.
    pub fn add_alias(&mut self, alias: &str, canonical: &str) {
        let canonical = canonical.trim();
        let Some(key) = phrase_key(alias) else {
            return;
        };
        let known = self.by_id.get(canonical).copied();
        let index = if let Some(index) = known.or_else(|| self.lookup(canonical)) {
            index
        } else {
            let id = canonical
                .split_whitespace()
                .collect::<Vec<_>>()
                .join("-")
                .to_lowercase();
            if id.is_empty() {
                return;
            }
            if let Some(&index) = self.by_id.get(&id) {
                index
            } else {
                let index = self.skills.len();
                self.skills.push(Skill {
                    id: id.clone(),
                    name: canonical.to_string(),
                });
                self.by_id.insert(id.clone(), index);
                for own in [id.as_str(), canonical] {
                    if let Some(own_key) = phrase_key(own) {
                        if !matches!(self.phrases.get(&own_key), Some(Target::Skill(_))) {
                            self.insert_phrase(own_key, Target::Skill(index));
                        }
                    }
                }
                index
            }
        };
        self.insert_phrase(key, Target::Skill(index));
    }

    /// The canonical ids one written item names ("Golang" -> go; "machine learning (PyTorch)"
    /// -> machine-learning, pytorch), in order; an item naming none is its own skill,
    /// lower-cased with whitespace collapsed ("Chainsaw" -> "chainsaw").
    pub fn ids_of(&self, item: &str) -> Vec<String> {
        let (text, tokens, matches) = self.read(item);
        let named = (0..tokens.len()).filter_map(|k| {
            let skill = matches.starts[k]?;
            // A common word names the skill only as the whole item ("Go", "Go programming").
            let end = matches.match_end(k);
            let alone = || {
                tokens.iter().enumerate().all(|(j, t)| {
                    (k..end).contains(&j)
                        || t.kind != Kind::Word
                        || words::listed(words::item_suffixes(), t.text(&text))
                })
            };
            (!matches.ambiguous[k] || alone()).then_some(skill)
        });
        let mut ids = self.unique_ids(named);
        if ids.is_empty() {
            let own = crate::words::collapse_whitespace(item);
            if !own.is_empty() {
                ids.push(own.to_lowercase());
            }
        }
        ids
    }

    /// Every known skill a text names, common words included ("go rust" -> go, rust): how many
    /// skills a `--skill` value names.
    pub fn known_in(&self, text: &str) -> Vec<String> {
        let (_, _, matches) = self.read(text);
        self.unique_ids(matches.starts.into_iter().flatten())
    }

    /// The ids of skills, each once, in order.
    fn unique_ids(&self, skills: impl Iterator<Item = usize>) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        for skill in skills {
            let id = &self.skills[skill].id;
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
        ids
    }

    /// Normalises one user-given skill name (a filter value): "Golang" -> Some("go"), "K8s" -> Some("kubernetes"),
    /// an unknown name -> None.
    ///
    /// A name that is not itself an alias but is made only of known skills, such as "Kubernetes
    /// operator", resolves to its last skill (English compounds end in their head noun: a
    /// Kubernetes operator is an operator). Lists ("Go, Rust") and names with unknown words
    /// resolve to None.
    pub fn canonical(&self, name: &str) -> Option<&str> {
        let index = self.lookup(name).or_else(|| self.compound(name))?;
        Some(self.skills[index].id.as_str())
    }

    /// Display name of a canonical id ("go" -> "Go").
    pub fn display_name(&self, id: &str) -> Option<&str> {
        self.by_id
            .get(id)
            .map(|&index| self.skills[index].name.as_str())
    }

    /// All canonical ids, sorted.
    pub fn ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.skills.iter().map(|s| s.id.as_str()).collect();
        ids.sort_unstable();
        ids
    }

    /// Every phrase that names a skill (ids, names and aliases, normalised) with its id:
    /// the candidates for did-you-mean suggestions.
    pub fn phrases(&self) -> Vec<(&str, &str)> {
        let mut out: Vec<(&str, &str)> = self
            .phrases
            .iter()
            .filter_map(|(p, t)| match t {
                Target::Skill(i) => Some((p.as_str(), self.skills[*i].id.as_str())),
                Target::Stop => None,
            })
            .collect();
        out.sort_unstable();
        out
    }

    /// The answer remembered for `key`, else `compute`'s (then remembered, up to a bound).
    pub fn remembered(
        &self,
        key: &str,
        compute: impl FnOnce() -> Option<String>,
    ) -> Option<String> {
        let memo = &self.memo.0;
        let hit = memo
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(key)
            .cloned();
        if let Some(hit) = hit {
            return hit;
        }
        let answer = compute();
        let mut memo = memo
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if memo.len() >= 100_000 {
            memo.clear();
        }
        memo.insert(key.to_string(), answer.clone());
        answer
    }

    /// Every id and display name, lower-cased, in the order of the sorted ids (an id before its
    /// name): the candidates for a misspelt skill. Built on first use, reset with the memo.
    pub fn spellings(&self) -> &[Spelling] {
        self.memo.1.get_or_init(|| {
            let mut out = Vec::new();
            for id in self.ids() {
                let name = self.display_name(id).unwrap_or(id);
                for cand in [id, name] {
                    let lower = cand.to_lowercase();
                    out.push(Spelling {
                        chars: lower.chars().count(),
                        letters: letter_set(&lower),
                        lower,
                        name: name.to_string(),
                    });
                }
            }
            out
        })
    }

    /// A table with no skills, only the stop phrases.
    fn empty() -> SkillTable {
        let mut table = SkillTable {
            skills: Vec::new(),
            by_id: HashMap::default(),
            phrases: HashMap::new(),
            ambiguous: HashSet::new(),
            matcher: OnceLock::new(),
            memo: Memo::default(),
        };
        for phrase in words::stop_phrases() {
            if let Some(key) = phrase_key(phrase) {
                table.insert_phrase(key, Target::Stop);
            }
        }
        table
    }

    fn insert_phrase(&mut self, key: String, target: Target) {
        self.matcher = OnceLock::new();
        self.memo = Memo::default();
        self.phrases.insert(key, target);
    }

    /// The skill a whole phrase names exactly, if any.
    fn lookup(&self, phrase: &str) -> Option<usize> {
        match self.phrases.get(&phrase_key(phrase)?) {
            Some(&Target::Skill(index)) => Some(index),
            _ => None,
        }
    }

    /// The last skill of a name made only of known skills (see [`SkillTable::canonical`]).
    fn compound(&self, name: &str) -> Option<usize> {
        let (_, tokens, matches) = self.read(name);
        let whole = tokens
            .iter()
            .zip(&matches.covered)
            .all(|(token, &covered)| covered || (token.kind != Kind::Word && !is_separator(token)));
        if !whole {
            return None;
        }
        matches.starts.iter().rev().find_map(|&start| start)
    }

    /// The cleaned text of `raw`, its tokens and the skill matches in them. (The phrase
    /// matcher is built on first use, and again after [`SkillTable::add_alias`].)
    fn read(&self, raw: &str) -> (String, Vec<Token>, Matches) {
        let text = clean(raw);
        let tokens = tokenize(&text);
        let matcher = (self.matcher).get_or_init(|| Matcher::new(&self.phrases, &self.ambiguous));
        let matches = matcher.find(&text, &tokens);
        (text, tokens, matches)
    }
}

/// Whether a phrase is exactly a skill of the bundled table, by its name or an alias
/// ("pytorch", "C++"): how the skills reader tells a named skill from a phrase.
fn is_known(phrase: &str) -> bool {
    SkillTable::bundled().lookup(phrase).is_some()
}

/// The strings of an optional array field of a skill entry.
fn string_list<'t>(entry: &'t toml::Table, id: &str, field: &str) -> Result<Vec<&'t str>> {
    match entry.get(field) {
        None => Ok(Vec::new()),
        Some(toml::Value::Array(items)) => items
            .iter()
            .map(|item| {
                item.as_str().ok_or_else(|| {
                    anyhow!("skill `{id}`: every entry of `{field}` must be a string")
                })
            })
            .collect(),
        Some(_) => bail!("skill `{id}`: `{field}` must be an array of strings"),
    }
}

/// `go`, `ci-cd`, `e2e-testing`: lower-case ASCII alphanumerics joined by single hyphens.
fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The lookup key of a phrase: its tokens, lower-cased, joined by one space. `None` when the
/// phrase could never match (no tokens, a hard break inside, or not starting with a word).
fn phrase_key(phrase: &str) -> Option<String> {
    let cleaned = clean(phrase);
    let tokens = tokenize(&cleaned);
    if tokens.first()?.kind != Kind::Word || tokens.iter().any(|t| t.kind == Kind::Break) {
        return None;
    }
    Some(
        tokens
            .iter()
            .map(|t| t.text(&cleaned).to_lowercase())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

#[cfg(test)]
mod table_tests;
#[cfg(test)]
mod tests;
