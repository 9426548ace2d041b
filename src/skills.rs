//! Skill names: turns the free-form "Skills" text of an idea page into canonical skill ids.
//!
//! Idea pages write the same skill many ways ("Go", "Golang", "GoLang programming"; "K8s",
//! "Kubernetes"). [`SkillTable`] maps such phrases to one canonical id (`go`, `kubernetes`) so
//! ideas can be filtered and counted by skill. The bundled table lives in `schemas/skills.toml`
//! and users may add aliases on top of it ([`SkillTable::add_alias`]).
//!
//! How [`SkillTable::extract`] reads a skills text:
//! 1. Markdown is reduced to plain text: links keep their text, URLs, HTML tags, emphasis and
//!    backticks are dropped, list bullets and `<br>` become line breaks.
//! 2. The text is split into tokens once. Word tokens are runs of letters and digits; `+` and `#`
//!    stay in a word when they end it (`c++`, `c#`), `.` when a letter or digit follows
//!    (`node.js`, `.net`; a sentence-ending `.` is not part of a word) and `-`, `_`, `&`, `'`
//!    when they join two word characters (`go-to-market` is one token, so `go` never matches it).
//!    Each CJK ideograph or kana is a token of its own, since those scripts do not use spaces.
//! 3. Aliases are matched as whole token sequences, case-insensitively, across any run of
//!    whitespace (including a single line break), preferring the longest alias at a position.
//!    Every lookup is a `HashMap` probe of at most `max alias length` tokens, so the whole pass is
//!    linear in the input size.
//! 4. The text is also split into items (at line breaks, bullets, `,` `;` `，` `、` `(` `)`, the
//!    words "and"/"or", `&`, a spaced ` / ` or ` - `, `: ` and sentence ends). An item containing
//!    no known skill is kept as an unknown skill (lower-cased, whitespace collapsed, filler such
//!    as "experience with" trimmed) when it is at most four words long; longer prose, and items
//!    made only of filler ("Nice to have:", "(optional)", "etc."), are dropped.
//!
//! A few stop phrases ("go through", "rest of", "node pool") hide an alias where the word is
//! plainly not the skill. Everything else is a documented judgement call in the tests below.

use anyhow::{anyhow, bail, Result};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// The bundled table's source, compiled into the binary.
const BUNDLED_TOML: &str = include_str!("../schemas/skills.toml");

/// Marks a hard break (bullet, paragraph, `<br>`) in cleaned text: items and aliases never span it.
const HARD_BREAK: char = '\u{2029}';

/// Unknown items longer than this many words are prose, not a skill name.
const MAX_UNKNOWN_WORDS: usize = 4;

/// Unknown items longer than this many characters are dropped as well.
const MAX_UNKNOWN_CHARS: usize = 60;

/// Phrases that contain a skill alias but do not name the skill. Matched like aliases (longest
/// wins), they only hide the alias inside them. Only phrases that *start* with the ambiguous word
/// are safe here: a stop phrase that began earlier could swallow a real skill that follows it.
const STOP_PHRASES: &[&str] = &[
    "good to go",
    "ready to go",
    "on the go",
    "way to go",
    "go live",
    "go through",
    "go ahead",
    "go beyond",
    "go over",
    "go into",
    "go deeper",
    "go/no-go",
    "rest of",
    "data at rest",
    "encryption at rest",
    "operator overloading",
    "node pool",
    "node pools",
    "node affinity",
    "node selector",
];

/// Words that carry no skill: trimmed from both ends of an unknown item ("Experience with
/// Chainsaw (optional)" -> "chainsaw"); an item made only of them is dropped.
const FILLER: &str = concat!(
    // Plain words.
    "a about also an and any are as at be being by can could e.g eg etc for from has have ",
    "having i.e ie in is it its may more must n na none of on or other others our should so ",
    "some tbd that the their this to using use very we will with would you your ",
    // How well ("basic knowledge of", "strong").
    "ability able advanced background basic basics beginner comfortable competence concepts ",
    "decent deep eager eagerness excellent experience experienced expert expertise exposure ",
    "familiar familiarity fundamental fundamentals general good great hands-on intermediate ",
    "interest interested knowledge knowledgeable learn little motivation passion prior ",
    "proficiency proficient solid strong understanding willing willingness working ",
    // How much it is wanted ("optional", "is a plus").
    "beneficial bonus desirable desired good-to-have helpful mandatory must-have nice ",
    "nice-to-have optional plus preferred ",
    "prerequisite prerequisites recommended required requirement requirements useful welcome ",
    // List labels ("Languages:", "Tech stack:").
    "frameworks languages libraries skill skills stack tech technologies tools",
);

/// Suffixes after a hyphen that still name the skill before it ("Go-based", "Kubernetes-native").
const HYPHEN_SUFFIXES: &str = concat!(
    "aware backed based centric compatible driven enabled first focused friendly heavy like ",
    "native oriented powered related savvy specific style ",
);

/// HTML elements that end a line (and so an item) when they appear in a skills text.
const BLOCK_TAGS: &str = concat!(
    "blockquote br dd div dl dt h1 h2 h3 h4 h5 h6 hr li ol p pre section table tbody td th ",
    "thead tr ul ",
);

/// Whether `word` is one of the space-separated words of `list`.
fn is_listed(list: &str, word: &str) -> bool {
    list.split_ascii_whitespace().any(|listed| listed == word)
}

/// What a phrase in the lookup map stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// Index into [`SkillTable::skills`].
    Skill(usize),
    /// A stop phrase: matches, but names no skill.
    Stop,
}

#[derive(Debug, Clone)]
struct Skill {
    id: String,
    name: String,
}

/// Canonical skills, their display names and every phrase (alias) that means them.
#[derive(Debug, Clone)]
pub struct SkillTable {
    skills: Vec<Skill>,
    by_id: HashMap<String, usize>,
    /// Normalised phrase (lower-case tokens joined by one space) -> target.
    phrases: HashMap<String, Target>,
    /// Longest phrase, in tokens.
    max_words: usize,
    /// Longest phrase key, in bytes (bounds the lookup window).
    max_key_len: usize,
}

impl SkillTable {
    /// The table compiled into the binary from schemas/skills.toml (parsed once, cached in a OnceLock).
    pub fn bundled() -> &'static SkillTable {
        static TABLE: OnceLock<SkillTable> = OnceLock::new();
        TABLE.get_or_init(|| {
            SkillTable::from_toml(BUNDLED_TOML)
                .unwrap_or_else(|e| panic!("bundled schemas/skills.toml is invalid: {e:#}"))
        })
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
                if field != "name" && field != "aliases" {
                    bail!("skill `{id}`: unknown field `{field}` (expected `name`, `aliases`)");
                }
            }
            let name = match entry.get("name") {
                Some(toml::Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
                Some(toml::Value::String(_)) => bail!("skill `{id}`: `name` is empty"),
                Some(_) => bail!("skill `{id}`: `name` must be a string"),
                None => bail!("skill `{id}`: missing `name`"),
            };
            let mut aliases = Vec::new();
            match entry.get("aliases") {
                None => {}
                Some(toml::Value::Array(items)) => {
                    for item in items {
                        match item.as_str() {
                            Some(s) => aliases.push(s),
                            None => bail!("skill `{id}`: every alias must be a string"),
                        }
                    }
                }
                Some(_) => bail!("skill `{id}`: `aliases` must be an array of strings"),
            }

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
        let index = if let Some(&index) = self.by_id.get(canonical) {
            index
        } else if let Some(index) = self.lookup(canonical) {
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

    /// Canonical skill ids found in a skills text, in first-seen order, without duplicates.
    pub fn extract(&self, raw: &str) -> Vec<String> {
        let text = clean(raw);
        let tokens = tokenize(&text);
        let (starts, covered) = self.find_matches(&tokens);

        let mut out = Vec::new();
        let mut seen = HashSet::new();
        let mut push = |id: String, out: &mut Vec<String>| {
            if seen.insert(id.clone()) {
                out.push(id);
            }
        };
        // The current item: first and one-past-last token, and whether it holds a known skill.
        let mut item: Option<(usize, usize)> = None;
        let mut known = false;
        for (k, token) in tokens.iter().enumerate() {
            let separator = !covered[k] && is_separator(token);
            if separator || token.line_start {
                if let (Some((a, b)), false) = (item.take(), known) {
                    if let Some(unknown) = unknown_item(&text, &tokens[a..b]) {
                        push(unknown, &mut out);
                    }
                }
                known = false;
                if separator {
                    continue;
                }
            }
            item = Some((item.map_or(k, |(a, _)| a), k + 1));
            if let Some(skill) = starts[k] {
                push(self.skills[skill].id.clone(), &mut out);
            }
            known |= covered[k];
        }
        if let (Some((a, b)), false) = (item, known) {
            if let Some(unknown) = unknown_item(&text, &tokens[a..b]) {
                push(unknown, &mut out);
            }
        }
        out
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

    /// Number of canonical skills.
    pub fn len(&self) -> usize {
        self.skills.len()
    }

    /// Whether the table has no skills.
    pub fn is_empty(&self) -> bool {
        self.skills.is_empty()
    }

    /// A table with no skills, only the stop phrases.
    fn empty() -> SkillTable {
        let mut table = SkillTable {
            skills: Vec::new(),
            by_id: HashMap::new(),
            phrases: HashMap::new(),
            max_words: 0,
            max_key_len: 0,
        };
        for phrase in STOP_PHRASES {
            if let Some(key) = phrase_key(phrase) {
                table.insert_phrase(key, Target::Stop);
            }
        }
        table
    }

    fn insert_phrase(&mut self, key: String, target: Target) {
        self.max_words = self.max_words.max(key.split(' ').count());
        self.max_key_len = self.max_key_len.max(key.len());
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
        let text = clean(name);
        let tokens = tokenize(&text);
        let (starts, covered) = self.find_matches(&tokens);
        let whole = tokens
            .iter()
            .zip(&covered)
            .all(|(token, &covered)| covered || (token.kind != Kind::Word && !is_separator(token)));
        if !whole {
            return None;
        }
        starts.iter().rev().find_map(|&start| start)
    }

    /// Longest-match alias search over the token stream. Returns, per token, the skill whose
    /// match starts there, and whether the token is part of a skill match.
    fn find_matches(&self, tokens: &[Token]) -> (Vec<Option<usize>>, Vec<bool>) {
        let n = tokens.len();
        let mut starts = vec![None; n];
        let mut covered = vec![false; n];
        // Alternative forms ("kyverno's" -> "kyverno") may be a little shorter than the raw key.
        let key_limit = self.max_key_len + 16;
        let mut key = String::new();
        let mut alt = String::new();
        let mut i = 0;
        while i < n {
            if tokens[i].kind != Kind::Word {
                i += 1;
                continue;
            }
            let mut best: Option<(usize, Target)> = None;
            key.clear();
            for len in 1..=self.max_words {
                let j = i + len - 1;
                if j >= n || tokens[j].kind == Kind::Break {
                    break;
                }
                let base = key.len();
                if len > 1 {
                    key.push(' ');
                }
                key.push_str(&tokens[j].lower);
                if key.len() > key_limit {
                    break;
                }
                if let Some(&target) = self.phrases.get(key.as_str()) {
                    best = Some((len, target));
                } else if let Some(form) = alternative_form(&tokens[j].lower) {
                    alt.clear();
                    alt.push_str(&key[..base]);
                    if len > 1 {
                        alt.push(' ');
                    }
                    alt.push_str(form);
                    if let Some(&target) = self.phrases.get(alt.as_str()) {
                        best = Some((len, target));
                    }
                }
            }
            match best {
                Some((len, target)) => {
                    if let Target::Skill(skill) = target {
                        starts[i] = Some(skill);
                        covered[i..i + len].iter_mut().for_each(|c| *c = true);
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
        (starts, covered)
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
            .map(|t| t.lower.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// A second spelling of a word token to look up when the word itself is unknown: without a
/// possessive `'s`, or without a hyphenated suffix such as `-based`.
fn alternative_form(word: &str) -> Option<&str> {
    if let Some(stem) = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
    {
        return (!stem.is_empty()).then_some(stem);
    }
    let (stem, suffix) = word.rsplit_once('-')?;
    (!stem.is_empty() && is_listed(HYPHEN_SUFFIXES, suffix)).then_some(stem)
}

// ---------------------------------------------------------------------------------------------
// Markdown to plain text
// ---------------------------------------------------------------------------------------------

/// Reduces Markdown/HTML to plain text with line structure: hard breaks (list items, `<br>`,
/// paragraphs) become [`HARD_BREAK`], soft line breaks stay `\n`. Linear in the input.
fn clean(raw: &str) -> String {
    let chars: Vec<char> = raw.chars().collect();
    let n = chars.len();
    let close = matching_brackets(&chars);
    let at = |k: usize| chars.get(k).copied();

    let mut out = String::with_capacity(raw.len());
    // Pending jumps over link destinations: (position of the `]`, where to continue).
    let mut skips: Vec<(usize, usize)> = Vec::new();
    // A position from which on no `-->` exists (so an unclosed `<!--` is not searched twice).
    let mut no_comment_end_after: Option<usize> = None;
    let mut line_start = true;
    let mut i = 0;
    'outer: while i < n {
        while let Some(&(from, to)) = skips.last() {
            if i < from {
                break;
            }
            skips.pop();
            if to > i {
                i = to;
                continue 'outer;
            }
        }
        if line_start {
            line_start = false;
            let (next, marker) = line_prefix(&chars, i);
            if marker {
                out.push(HARD_BREAK);
            }
            if next != i {
                i = next;
                continue;
            }
        }
        let c = chars[i];
        let next = at(i + 1);
        match c {
            '\r' => i += 1,
            '\n' | '\u{2028}' | '\u{85}' => {
                out.push('\n');
                line_start = true;
                i += 1;
            }
            HARD_BREAK => {
                out.push(HARD_BREAK);
                line_start = true;
                i += 1;
            }
            '\\' if next.is_some_and(|d| d.is_ascii_punctuation()) => {
                out.extend(next);
                i += 2;
            }
            '!' if next == Some('[') && link_at(&chars, &close, i + 1).is_some() => i += 1,
            '[' => {
                if let Some(skip) = link_at(&chars, &close, i) {
                    skips.push(skip);
                } else {
                    out.push('[');
                }
                i += 1;
            }
            '<' => match html_at(&chars, i, &mut no_comment_end_after) {
                Some((end, block)) => {
                    if block {
                        out.push(HARD_BREAK);
                        line_start = true;
                    }
                    i = end;
                }
                None => {
                    out.push('<');
                    i += 1;
                }
            },
            '&' => match entity_at(&chars, i) {
                Some((decoded, end)) => {
                    out.push(decoded);
                    i = end;
                }
                None => {
                    out.push('&');
                    i += 1;
                }
            },
            '*' | '`' => i += 1,
            '~' if next == Some('~') => i += 2,
            '_' => {
                let joins = i > 0
                    && chars[i - 1].is_alphanumeric()
                    && next.is_some_and(char::is_alphanumeric);
                if joins {
                    out.push('_');
                }
                i += 1;
            }
            'h' | 'H' | 'w' | 'W'
                if (i == 0 || !chars[i - 1].is_alphanumeric()) && url_at(&chars, i) =>
            {
                i = url_end(&chars, i);
            }
            '\0' => {
                out.push(' ');
                i += 1;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// For every `[` and `(` with a matching closer, the closer's index (`usize::MAX` otherwise).
fn matching_brackets(chars: &[char]) -> Vec<usize> {
    let mut close = vec![usize::MAX; chars.len()];
    let mut square = Vec::new();
    let mut round = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        match chars[k] {
            '\\' => k += 1,
            '[' => square.push(k),
            ']' => {
                if let Some(open) = square.pop() {
                    close[open] = k;
                }
            }
            '(' => round.push(k),
            ')' => {
                if let Some(open) = round.pop() {
                    close[open] = k;
                }
            }
            _ => {}
        }
        k += 1;
    }
    close
}

/// A Markdown link `[text](url)` or `[text][ref]` opening at `i`: returns (index of the `]`,
/// index just past the destination), so the text is kept and the destination skipped.
fn link_at(chars: &[char], close: &[usize], i: usize) -> Option<(usize, usize)> {
    let text_end = *close.get(i)?;
    let dest = text_end.checked_add(1)?;
    if !matches!(chars.get(dest), Some('(') | Some('[')) {
        return None;
    }
    let dest_end = *close.get(dest)?;
    Some((text_end, dest_end.checked_add(1)?))
}

/// Strips a line's block markers (indentation, `>`, `#` headings, bullets, `1.`, `[ ]`).
/// Returns where the content starts and whether a marker was found.
fn line_prefix(chars: &[char], mut i: usize) -> (usize, bool) {
    let at = |k: usize| chars.get(k).copied();
    let skip_blanks = |mut k: usize| {
        while matches!(at(k), Some(' ') | Some('\t')) {
            k += 1;
        }
        k
    };
    let mut marker = false;
    i = skip_blanks(i);
    while at(i) == Some('>') {
        i = skip_blanks(i + 1);
        marker = true;
    }
    let hashes = chars[i.min(chars.len())..]
        .iter()
        .take_while(|&&c| c == '#')
        .count();
    if (1..=6).contains(&hashes) && is_blank_or_end(at(i + hashes)) {
        i = skip_blanks(i + hashes);
        marker = true;
    }
    if matches!(
        at(i),
        Some('-' | '*' | '+' | '\u{2022}' | '\u{25E6}' | '\u{25AA}' | '\u{2023}' | '\u{B7}')
    ) && matches!(at(i + 1), Some(' ') | Some('\t'))
    {
        i = skip_blanks(i + 1);
        marker = true;
    } else {
        let digits = chars[i.min(chars.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if (1..=9).contains(&digits)
            && matches!(at(i + digits), Some('.') | Some(')'))
            && matches!(at(i + digits + 1), Some(' ') | Some('\t'))
        {
            i = skip_blanks(i + digits + 1);
            marker = true;
        }
    }
    if at(i) == Some('[')
        && matches!(at(i + 1), Some(' ' | 'x' | 'X'))
        && at(i + 2) == Some(']')
        && matches!(at(i + 3), Some(' ') | Some('\t'))
    {
        i = skip_blanks(i + 3);
        marker = true;
    }
    (i, marker)
}

/// End of text, or a space, tab or line break.
fn is_blank_or_end(c: Option<char>) -> bool {
    matches!(c, None | Some(' ' | '\t' | '\n' | '\r'))
}

/// An HTML comment, tag or autolink at `i`: returns where it ends and whether it breaks the line.
fn html_at(
    chars: &[char],
    i: usize,
    no_comment_end_after: &mut Option<usize>,
) -> Option<(usize, bool)> {
    let at = |k: usize| chars.get(k).copied();
    if at(i + 1) == Some('!') && at(i + 2) == Some('-') && at(i + 3) == Some('-') {
        if no_comment_end_after.is_some_and(|p| i >= p) {
            return None;
        }
        let mut k = i + 4;
        while k + 2 < chars.len() {
            if chars[k] == '-' && chars[k + 1] == '-' && chars[k + 2] == '>' {
                return Some((k + 3, false));
            }
            k += 1;
        }
        *no_comment_end_after = Some(i);
        return None;
    }
    let name_start = if at(i + 1) == Some('/') { i + 2 } else { i + 1 };
    if !at(name_start).is_some_and(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    // Tags are short; stopping at the next `<` keeps unclosed ones from costing more than once.
    let mut k = name_start;
    while k < chars.len() && k - i <= 300 {
        match chars[k] {
            '>' => {
                let name: String = chars[name_start..k]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .map(|c| c.to_ascii_lowercase())
                    .collect();
                return Some((k + 1, is_listed(BLOCK_TAGS, &name)));
            }
            '<' => return None,
            _ => k += 1,
        }
    }
    None
}

/// A character entity (`&amp;`, `&#39;`, `&#x2F;`) at `i`: the character and where it ends.
fn entity_at(chars: &[char], i: usize) -> Option<(char, usize)> {
    let end = (i + 1..chars.len().min(i + 12)).find(|&k| chars[k] == ';')?;
    let name: String = chars[i + 1..end].iter().collect();
    let decoded = match name.as_str() {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        _ => {
            let code = name.strip_prefix('#')?;
            let value = match code.strip_prefix('x').or_else(|| code.strip_prefix('X')) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => code.parse().ok()?,
            };
            char::from_u32(value)?
        }
    };
    Some((decoded, end + 1))
}

/// Whether a bare URL (`http://`, `https://`, `www.`) starts at `i`.
fn url_at(chars: &[char], i: usize) -> bool {
    let starts_with = |prefix: &str| {
        prefix.chars().enumerate().all(|(k, p)| {
            chars
                .get(i + k)
                .is_some_and(|c| c.to_ascii_lowercase() == p)
        })
    };
    starts_with("http://") || starts_with("https://") || starts_with("www.")
}

/// Where a bare URL starting at `i` ends (before whitespace, brackets, quotes or a final
/// punctuation mark).
fn url_end(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() || matches!(c, '<' | '>' | ')' | ']' | '"' | HARD_BREAK) {
            break;
        }
        let last = is_blank_or_end(chars.get(i + 1).copied());
        if last && matches!(c, ',' | ';' | '.' | '!' | '?' | ':') {
            break;
        }
        i += 1;
    }
    i
}

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Letters and digits (plus joined `+ # . - _ & '`), or one CJK character.
    Word,
    /// Any other single non-space character.
    Punct(char),
    /// A hard break: ends items and alias matches.
    Break,
}

#[derive(Debug, Clone)]
struct Token {
    /// Byte range in the cleaned text.
    start: usize,
    end: usize,
    kind: Kind,
    /// The token text, lower-cased (empty for a break).
    lower: String,
    /// A CJK ideograph or kana.
    cjk: bool,
    /// Whitespace (or the start of the text) comes right before / after the token.
    ws_before: bool,
    ws_after: bool,
    /// The token is the first on a new line (a soft line break before it).
    line_start: bool,
}

/// Han ideographs and kana: scripts written without spaces, tokenised per character.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0x20000..=0x2FFFF)
}

/// A letter or digit outside the CJK scripts.
fn is_plain_alnum(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

/// Splits cleaned text into tokens (one pass, linear).
fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let byte_at = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
    let mut tokens: Vec<Token> = Vec::new();
    let mut ws = true;
    let mut newlines = 0;
    let mut hard = false;
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            ws = true;
            match c {
                '\n' => newlines += 1,
                HARD_BREAK => hard = true,
                _ => {}
            }
            i += 1;
            continue;
        }
        if let Some(last) = tokens.last_mut() {
            last.ws_after = ws;
        }
        let hard_break = hard || newlines >= 2;
        if hard_break && tokens.last().is_some_and(|t| t.kind != Kind::Break) {
            let b = byte_at(i);
            tokens.push(Token {
                start: b,
                end: b,
                kind: Kind::Break,
                lower: String::new(),
                cjk: false,
                ws_before: true,
                ws_after: true,
                line_start: false,
            });
        }
        let (kind, end, cjk) = if is_cjk(c) {
            (Kind::Word, i + 1, true)
        } else if c.is_alphanumeric()
            || (c == '.' && chars.get(i + 1).is_some_and(|&(_, d)| is_plain_alnum(d)))
        {
            (Kind::Word, word_end(&chars, i), false)
        } else {
            (Kind::Punct(c), i + 1, false)
        };
        let (start_byte, end_byte) = (byte_at(i), byte_at(end));
        tokens.push(Token {
            start: start_byte,
            end: end_byte,
            kind,
            lower: text[start_byte..end_byte].to_lowercase(),
            cjk,
            ws_before: ws,
            ws_after: true,
            line_start: newlines == 1 && !hard,
        });
        ws = false;
        newlines = 0;
        hard = false;
        i = end;
    }
    tokens
}

/// The end (exclusive, in chars) of the word token starting at `i`.
fn word_end(chars: &[(usize, char)], i: usize) -> usize {
    let n = chars.len();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let mut j = i + 1;
    while j < n {
        let d = chars[j].1;
        if is_cjk(d) {
            break;
        }
        if d.is_alphanumeric() {
            j += 1;
            continue;
        }
        let prev = chars[j - 1].1;
        let next = at(j + 1);
        let joins = match d {
            '+' | '#' => {
                // `c++`, `c#`, `c++17`, but `python+go` is two words.
                let mut k = j;
                while matches!(at(k), Some('+' | '#')) {
                    k += 1;
                }
                if at(k).is_some_and(char::is_alphabetic) {
                    break;
                }
                j = k;
                continue;
            }
            '.' => next.is_some_and(is_plain_alnum),
            '-' | '_' | '&' => prev.is_alphanumeric() && next.is_some_and(is_plain_alnum),
            '\'' | '\u{2019}' => {
                prev.is_alphabetic() && next.is_some_and(|c| c.is_alphabetic() && !is_cjk(c))
            }
            _ => false,
        };
        if !joins {
            break;
        }
        j += 1;
    }
    j
}

/// Whether a token (not part of a skill match) separates two items.
fn is_separator(token: &Token) -> bool {
    match token.kind {
        Kind::Break => true,
        Kind::Word => !token.cjk && matches!(token.lower.as_str(), "and" | "or"),
        Kind::Punct(c) => match c {
            ',' | ';' | '|' | '&' | '(' | ')' | '[' | ']' | '{' | '}' | '\u{2022}' | '\u{B7}'
            | '\u{2013}' | '\u{2014}' => true,
            // Fullwidth and CJK punctuation: ， ； 、 （ ） 【 】 「 」 。 ！ ？ ： ｜
            '\u{FF0C}' | '\u{FF1B}' | '\u{3001}' | '\u{FF08}' | '\u{FF09}' | '\u{3010}'
            | '\u{3011}' | '\u{300C}' | '\u{300D}' | '\u{3002}' | '\u{FF01}' | '\u{FF1F}'
            | '\u{FF1A}' | '\u{FF5C}' => true,
            ':' | '.' | '!' | '?' | '\u{2026}' => token.ws_after,
            '/' | '-' | '+' => token.ws_before && token.ws_after,
            _ => false,
        },
    }
}

/// Words in a run of tokens: whitespace-separated chunks of non-CJK words ("spf13/cobra" is one
/// word), and one word per two characters of a CJK run (those scripts use no spaces).
fn word_count(tokens: &[Token]) -> usize {
    let mut words = 0;
    let mut cjk_run: usize = 0;
    let mut in_word = false;
    for token in tokens {
        if token.cjk {
            cjk_run += 1;
            in_word = false;
            continue;
        }
        words += cjk_run.div_ceil(2);
        cjk_run = 0;
        if token.ws_before || token.kind == Kind::Break {
            in_word = false;
        }
        if token.kind == Kind::Word && !in_word {
            words += 1;
            in_word = true;
        }
    }
    words + cjk_run.div_ceil(2)
}

/// An item with no known skill as an unknown skill id, or None for prose (more than
/// [`MAX_UNKNOWN_WORDS`] words), pure filler and punctuation. Filler words and punctuation are
/// trimmed from both ends; the rest is lower-cased with whitespace collapsed.
fn unknown_item(text: &str, tokens: &[Token]) -> Option<String> {
    let trimmed = |t: &Token| match t.kind {
        Kind::Word => !t.cjk && is_listed(FILLER, &t.lower),
        _ => true,
    };
    // The item's length in words is judged before trimming: "be comfortable reading large
    // codebases" is prose even though its last three words would be a short phrase.
    if word_count(tokens) > MAX_UNKNOWN_WORDS {
        return None;
    }
    let first = tokens.iter().position(|t| !trimmed(t))?;
    let last = tokens.iter().rposition(|t| !trimmed(t))?;
    let core = &tokens[first..=last];
    let slice = text.get(core[0].start..core[core.len() - 1].end)?;
    if !slice.chars().any(char::is_alphabetic) || slice.chars().count() > MAX_UNKNOWN_CHARS {
        return None;
    }
    Some(
        slice
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extract(raw: &str) -> Vec<String> {
        SkillTable::bundled().extract(raw)
    }

    /// Runs `(input, expected ids)` cases and reports every failure at once.
    fn check(cases: &[(&str, &[&str])]) {
        let failures: Vec<String> = cases
            .iter()
            .filter_map(|&(raw, want)| {
                let got = extract(raw);
                (got != want).then(|| format!("{raw:?}: want {want:?}, got {got:?}"))
            })
            .collect();
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn go_matches_its_spellings() {
        check(&[
            ("Go", &["go"]),
            ("GO", &["go"]),
            ("go", &["go"]),
            ("Golang", &["go"]),
            ("GoLang programming skills", &["go"]),
            ("Go lang", &["go"]),
            ("Go programming language", &["go"]),
            (
                "Experience with Python, Go and JavaScript frameworks",
                &["python", "go", "javascript"],
            ),
            (
                "Go programming (operator development)",
                &["go", "kubernetes-operators"],
            ),
            (
                "Strong Golang backend development skills",
                &["go", "backend"],
            ),
            ("Go.", &["go"]),
            ("(Go)", &["go"]),
            ("Go-based CLI", &["go", "cli"]),
            ("Go's standard library", &["go"]),
        ]);
    }

    #[test]
    fn go_does_not_match_inside_other_words() {
        check(&[
            ("Google", &["google"]),
            ("MongoDB", &["mongodb"]),
            ("Django", &["django"]),
            ("Argo", &["argo"]),
            ("Argo CD", &["argo-cd"]),
            ("ArgoCD, Argo Workflows", &["argo-cd", "argo-workflows"]),
            ("cargo", &["cargo"]),
            ("Algorithms", &["algorithms"]),
            // "-" joining letters makes one token, so "go" is not a word of it; the short
            // unknown item is kept as written.
            ("Go-to-market strategy", &["go-to-market strategy"]),
            // Judgement calls: "gopher" is not the language; "go/no-go" is a stop phrase.
            ("gopher", &["gopher"]),
            ("go/no-go decisions", &["go/no-go decisions"]),
            // Stop phrases hide the verb "go" but not a later real skill.
            (
                "Willingness to go through the Kubernetes source",
                &["kubernetes"],
            ),
        ]);
        for raw in [
            "Google",
            "MongoDB",
            "Django",
            "Argo",
            "cargo",
            "Go-to-market strategy",
            "If you know Rust you are good to go",
            "ready to go live on the go",
        ] {
            assert!(!extract(raw).contains(&"go".to_string()), "{raw:?}");
        }
    }

    #[test]
    fn punctuated_words_are_tokens() {
        check(&[
            ("C++", &["cpp"]),
            ("C#", &["csharp"]),
            ("C, C++ and C#", &["c", "cpp", "csharp"]),
            ("C/C++", &["c", "cpp"]),
            ("C++17", &["cpp"]),
            ("Node.js", &["nodejs"]),
            ("NodeJS", &["nodejs"]),
            ("node", &["nodejs"]),
            (".NET, ASP.NET Core", &["dotnet"]),
            ("react.ts", &["react.ts"]),
            ("Python+Go", &["python", "go"]),
            ("CI/CD", &["ci-cd"]),
            ("CI / CD pipelines", &["ci-cd"]),
            ("UI/UX", &["ui-design", "ux-design"]),
            ("HTML/CSS/JavaScript", &["html", "css", "javascript"]),
            ("Kubernetes-native tooling", &["kubernetes"]),
            ("R&D", &["r&d"]),
            ("snake_case", &["snake_case"]),
        ]);
    }

    #[test]
    fn multi_word_aliases_span_whitespace_and_prefer_the_longest() {
        check(&[
            ("github   actions", &["github-actions"]),
            ("GitHub\nActions", &["github-actions"]),
            ("GitHub\tActions", &["github-actions"]),
            ("GitHub Actions", &["github-actions"]),
            ("GitHub", &["github"]),
            ("Git and GitHub", &["git", "github"]),
            ("Kubernetes API", &["kubernetes"]),
            ("Apache Spark", &["spark"]),
            ("Spark", &["spark"]),
            ("Google Cloud Platform", &["gcp"]),
            ("Ruby on Rails", &["ruby-on-rails"]),
            ("Ruby", &["ruby"]),
            ("React Native", &["react-native"]),
            ("Tailwind CSS", &["tailwind"]),
            (
                "Experience with distributed\nsystems",
                &["distributed-systems"],
            ),
            // A bullet is a hard break: aliases never span list items.
            ("- GitHub\n- Actions", &["github", "actions"]),
            // "Kubernetes operators" names both skills, so a filter on either finds it.
            (
                "Kubernetes operators",
                &["kubernetes", "kubernetes-operators"],
            ),
        ]);
    }

    #[test]
    fn unicode_separators() {
        check(&[
            ("JavaScript，HTML", &["javascript", "html"]),
            ("Golang、Kubernetes", &["go", "kubernetes"]),
            ("Go；Rust", &["go", "rust"]),
            ("熟悉Go语言和Kubernetes", &["go", "kubernetes"]),
            ("区块链", &["区块链"]),
            // A long CJK run is prose (one word per two characters): dropped.
            ("我们希望学生熟悉分布式系统的基本概念", &[]),
            ("Go 🚀, 🦀 Rust", &["go", "rust"]),
        ]);
    }

    #[test]
    fn markdown_is_reduced_to_text() {
        check(&[
            ("[React](https://react.dev)", &["react"]),
            ("[**Kubernetes**](https://kubernetes.io) and [Helm charts](https://helm.sh \"Helm\")",
             &["kubernetes", "helm"]),
            ("![logo](go.png) Prometheus", &["prometheus"]),
            ("[Chainsaw][chainsaw-ref]", &["chainsaw"]),
            ("- **TypeScript**\n* `Node.js`\n+ _Rust_\n1. C++ / C#\n2) Lua",
             &["typescript", "nodejs", "rust", "cpp", "csharp", "lua"]),
            ("Go<br/>Rust<br>Python<br />Java", &["go", "rust", "python", "java"]),
            ("<ul><li>Go</li><li>Chainsaw</li></ul>", &["go", "chainsaw"]),
            ("<b>Go</b>", &["go"]),
            ("Prometheus <!-- TODO --> Grafana", &["prometheus", "grafana"]),
            ("Git &amp; GitHub", &["git", "github"]),
            ("C&#43;&#43;", &["cpp"]),
            ("C\\+\\+, C\\#", &["cpp", "csharp"]),
            ("__Go__ and ~~Java~~", &["go", "java"]),
            ("### Required\n- Go\n\n### Nice to have\n> - Chainsaw", &["go", "chainsaw"]),
            ("- [ ] Go\n- [x] Rust", &["go", "rust"]),
            ("| Skills | Go, Rust |\n|---|---|", &["go", "rust"]),
            ("https://github.com/spf13/cobra, sqlc", &["sqlc"]),
            ("spf13/cobra (https://github.com/spf13/cobra)", &["spf13/cobra"]),
            ("<https://go.dev> Go", &["go"]),
        ]);
    }

    #[test]
    fn unknown_items_are_kept_when_short() {
        check(&[
            ("Chainsaw", &["chainsaw"]),
            ("spf13/cobra", &["spf13/cobra"]),
            ("sqlc", &["sqlc"]),
            (
                "Chainsaw, spf13/cobra, sqlc",
                &["chainsaw", "spf13/cobra", "sqlc"],
            ),
            ("Some   Custom\tTool", &["custom tool"]),
            ("Custom\nTool", &["custom", "tool"]),
            ("Experience with Chainsaw (optional)", &["chainsaw"]),
            ("Required: Go. Nice to have: Chainsaw", &["go", "chainsaw"]),
            (
                "Required skills: gRPC<br>Nice-to-have: eBPF",
                &["grpc", "ebpf"],
            ),
            (
                "Testing frameworks (e.g. Ginkgo, Gomega)",
                &["testing", "ginkgo", "gomega"],
            ),
            ("Willingness to learn, N/A, etc.", &[]),
            ("good communication skills", &["communication"]),
            (
                "Kubernetes and CRDs (Custom Resource Definitions)",
                &["kubernetes", "crds"],
            ),
            ("Helm (charts)", &["helm", "charts"]),
            ("Go (1.21+)", &["go"]),
            // Prose: more than four words without a known skill is dropped, however much
            // of it is filler.
            ("be comfortable reading large codebases", &[]),
            (
                "Familiarity with the Kubernetes ecosystem is a plus. We expect you to write \
                 well-structured code and be comfortable reading large codebases.",
                &["kubernetes"],
            ),
            ("a very long item of prose without any skill", &[]),
        ]);
    }

    #[test]
    fn ids_are_deduplicated_in_first_seen_order() {
        check(&[
            ("Rust, Go, Golang, rust, GO", &["rust", "go"]),
            ("Chainsaw, Go, chainsaw, CHAINSAW", &["chainsaw", "go"]),
            (
                "Machine Learning (ML), LLMs, Large Language Models, PyTorch",
                &["machine-learning", "llm", "pytorch"],
            ),
            ("K8s, Kubernetes, kube", &["kubernetes"]),
        ]);
    }

    #[test]
    fn ambiguous_words_follow_documented_decisions() {
        check(&[
            ("REST API", &["rest-api"]),
            ("the rest of the codebase", &[]),
            // The stop phrase hides `rest`; the item is then an ordinary short unknown one.
            ("Data at rest", &["data at rest"]),
            // "Plan C" is a known skill item: C is reported (the table cannot tell).
            ("R, C", &["r", "c"]),
            ("Docs", &["technical-writing"]),
            ("Kubernetes node", &["kubernetes", "nodejs"]),
            ("Kubernetes node pools", &["kubernetes"]),
        ]);
    }

    #[test]
    fn odd_input_does_not_panic() {
        let long_line = "Go, Kubernetes and some words ".repeat(20_000);
        let inputs = [
            "",
            " ",
            "\n\n\n",
            ",,,;;;",
            "+",
            "#",
            ".",
            "++",
            "C+",
            "-",
            "&",
            "&;",
            "&#xFFFFFFFF;",
            "&#55296;",
            "!",
            "![",
            "[",
            "]",
            "](",
            "[a](",
            "[a](b",
            "[[[[ (((( ]]]] ))))",
            "[a]([b](c)",
            "<",
            "<a",
            "<!--",
            "<!-- x",
            "-->",
            "\\",
            "`",
            "***",
            "_",
            "~",
            "🚀🚀🚀",
            "\u{0}\u{2028}\u{2029}\u{85}\r",
            "\u{200B}Go\u{200B}",
            "http://",
            "www.",
            "#\n##\n1.\n1)\n- \n> ",
            "熟悉",
            long_line.as_str(),
        ];
        for raw in inputs {
            let _ = extract(raw);
        }
        assert!(extract("").is_empty());
        assert!(extract(".,;+#&").is_empty());
        assert!(extract("🚀🚀🚀").is_empty());
        assert_eq!(extract(&long_line), ["go", "kubernetes", "words"]);
        assert_eq!(extract("\u{200B}Go\u{200B}"), ["go"]);
    }

    #[test]
    fn pathological_input_is_linear() {
        // Each of these would take seconds with a quadratic scan (200k characters).
        let n = 200_000;
        let inputs = [
            "[".repeat(n),
            "[a](".repeat(n / 4),
            "<a".repeat(n / 2),
            "<!--".repeat(n / 4),
            "&".repeat(n),
            "c".to_string() + &"+".repeat(n),
            "a.".repeat(n / 2),
            "Go ".repeat(n / 3),
            "[".repeat(n / 4) + &"](x)".repeat(n / 4),
        ];
        let start = std::time::Instant::now();
        for raw in &inputs {
            let _ = extract(raw);
        }
        // Generous: a debug build does all of them in well under a second.
        assert!(start.elapsed() < std::time::Duration::from_secs(20));
    }

    #[test]
    fn canonical_normalises_filter_values() {
        let table = SkillTable::bundled();
        let cases: &[(&str, Option<&str>)] = &[
            ("Golang", Some("go")),
            ("go", Some("go")),
            ("GO", Some("go")),
            ("  golang  ", Some("go")),
            ("K8s", Some("kubernetes")),
            ("kubernetes", Some("kubernetes")),
            ("C++", Some("cpp")),
            ("c#", Some("csharp")),
            ("node.js", Some("nodejs")),
            ("GitHub Actions", Some("github-actions")),
            ("github-actions", Some("github-actions")),
            ("ci/cd", Some("ci-cd")),
            ("Apache Spark", Some("spark")),
            ("**Rust**", Some("rust")),
            // Made only of known skills: the last (head) one.
            ("Kubernetes operator", Some("kubernetes-operators")),
            ("chainsaw", None),
            ("Google", None),
            ("Go, Rust", None),
            ("Go and Rust", None),
            ("go through", None),
            ("", None),
            ("+", None),
        ];
        for &(name, want) in cases {
            assert_eq!(table.canonical(name), want, "{name:?}");
        }
    }

    #[test]
    fn display_names_and_ids() {
        let table = SkillTable::bundled();
        assert_eq!(table.display_name("go"), Some("Go"));
        assert_eq!(table.display_name("cpp"), Some("C++"));
        assert_eq!(table.display_name("kubernetes"), Some("Kubernetes"));
        assert_eq!(table.display_name("golang"), None, "aliases are not ids");
        assert_eq!(table.display_name("nope"), None);
        let ids = table.ids();
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
        assert_eq!(ids.len(), table.len());
        assert!(ids.contains(&"go") && ids.contains(&"kubernetes"));
    }

    #[test]
    fn add_alias_extends_a_copy_of_the_table() {
        let mut table = SkillTable::bundled().clone();
        // To an existing id.
        table.add_alias("Chainsaw", "e2e-testing");
        assert_eq!(table.extract("Chainsaw, Go"), ["e2e-testing", "go"]);
        assert_eq!(table.canonical("chainsaw"), Some("e2e-testing"));
        // `canonical` may be any known phrase.
        table.add_alias("gqlgen", "GraphQL");
        assert_eq!(table.canonical("gqlgen"), Some("graphql"));
        // A new id, named as given.
        table.add_alias("cobra", "spf13/cobra");
        assert_eq!(table.extract("Cobra, spf13/cobra"), ["spf13/cobra"]);
        assert_eq!(table.display_name("spf13/cobra"), Some("spf13/cobra"));
        table.add_alias("kwok", "Kubernetes WithOut Kubelet");
        assert_eq!(table.canonical("kwok"), Some("kubernetes-without-kubelet"));
        assert_eq!(
            table.display_name("kubernetes-without-kubelet"),
            Some("Kubernetes WithOut Kubelet")
        );
        assert!(table.ids().contains(&"kubernetes-without-kubelet"));
        // User aliases win over the bundled meaning.
        table.add_alias("kube", "kubevirt");
        assert_eq!(table.extract("kube"), ["kubevirt"]);
        // Longer than any bundled alias.
        table.add_alias(
            "cloud native computing foundation landscape",
            "cloud-native",
        );
        assert_eq!(
            table.extract("the Cloud Native Computing Foundation landscape"),
            ["cloud-native"]
        );
        // Blank or wordless input is ignored.
        let before = table.len();
        table.add_alias("", "go");
        table.add_alias("+++", "go");
        table.add_alias("x", "   ");
        assert_eq!(table.len(), before);
        assert_eq!(table.canonical("x"), None);
        // The bundled table is untouched.
        assert_eq!(SkillTable::bundled().extract("Chainsaw"), ["chainsaw"]);
        assert_eq!(SkillTable::bundled().extract("kube"), ["kubernetes"]);
    }

    #[test]
    fn from_toml_reads_a_small_table() {
        let table = SkillTable::from_toml(
            "[go]\nname = \"Go\"\naliases = [\"golang\", \"Go Lang\"]\n\n[rust]\nname = \"Rust\"\n",
        )
        .unwrap();
        assert_eq!(table.ids(), ["go", "rust"]);
        assert_eq!(table.extract("GoLang, RUST, go lang"), ["go", "rust"]);
        assert_eq!(table.display_name("rust"), Some("Rust"));
    }

    #[test]
    fn from_toml_errors_name_the_offending_key() {
        let cases: &[(&str, &[&str])] = &[
            ("[go\nname = \"Go\"", &["not valid TOML"]),
            ("[go]\naliases = [\"golang\"]", &["`go`", "missing `name`"]),
            ("[go]\nname = 1", &["`go`", "`name` must be a string"]),
            ("[go]\nname = \"  \"", &["`go`", "empty"]),
            ("[go]\nname = \"Go\"\naliases = \"golang\"", &["`go`", "array"]),
            ("[go]\nname = \"Go\"\naliases = [1]", &["`go`", "string"]),
            ("[go]\nname = \"Go\"\nalias = [\"golang\"]", &["`go`", "unknown field `alias`"]),
            ("go = \"Go\"", &["`go`", "expected a table"]),
            ("[Go]\nname = \"Go\"", &["`Go`", "lower-case"]),
            ("[\"go lang\"]\nname = \"Go\"", &["`go lang`", "lower-case"]),
            ("[go--x]\nname = \"Go\"", &["`go--x`", "lower-case"]),
            ("[go]\nname = \"Go\"\naliases = [\"+++\"]", &["`go`", "\"+++\""]),
            ("[go]\nname = \"Go\"\naliases = [\"go\\n\\nlang\"]", &["`go`", "one line"]),
            (
                "[go]\nname = \"Go\"\naliases = [\"k8s\"]\n[kubernetes]\nname = \"K\"\naliases = [\"K8S\"]",
                &["`kubernetes`", "\"K8S\"", "`go`"],
            ),
            ("[go]\nname = \"Go\"\n[golang]\nname = \"go\"", &["`golang`", "`go`"]),
        ];
        for &(text, wanted) in cases {
            let message = match SkillTable::from_toml(text) {
                Ok(_) => panic!("{text:?} should be rejected"),
                Err(e) => format!("{e:#}"),
            };
            for part in wanted {
                assert!(
                    message.contains(part),
                    "{text:?}: {message:?} lacks {part:?}"
                );
            }
        }
    }

    #[test]
    fn bundled_table_loads_and_is_consistent() {
        let table = SkillTable::bundled();
        assert!(table.len() >= 120, "only {} skills", table.len());
        // Checked independently of `from_toml`: no phrase (id, name or alias) under two ids,
        // every id well-formed, and every phrase resolving to its own id.
        let doc: toml::Table = toml::from_str(BUNDLED_TOML).unwrap();
        let mut owner: HashMap<String, &str> = HashMap::new();
        for (id, entry) in &doc {
            assert!(is_valid_id(id), "{id}");
            let name = entry["name"].as_str().unwrap();
            assert_eq!(table.display_name(id), Some(name));
            let aliases = entry.get("aliases").and_then(|a| a.as_array());
            let phrases = [id.as_str(), name]
                .into_iter()
                .chain(aliases.into_iter().flatten().map(|a| a.as_str().unwrap()));
            for phrase in phrases {
                let key = phrase_key(phrase).unwrap_or_else(|| panic!("{id}: {phrase:?}"));
                if let Some(other) = owner.insert(key.clone(), id) {
                    assert_eq!(other, id, "{phrase:?} is under both `{other}` and `{id}`");
                }
                assert_eq!(table.canonical(phrase), Some(id.as_str()), "{phrase:?}");
            }
        }
        assert_eq!(doc.len(), table.len());
    }

    #[test]
    fn bundled_table_covers_common_idea_skills() {
        let table = SkillTable::bundled();
        let cases: &[(&str, &str)] = &[
            ("golang", "go"),
            ("js", "javascript"),
            ("ts", "typescript"),
            ("c++", "cpp"),
            ("cplusplus", "cpp"),
            ("c#", "csharp"),
            ("bash", "shell"),
            ("shell scripting", "shell"),
            ("wasm", "webassembly"),
            ("k8s", "kubernetes"),
            ("otel", "opentelemetry"),
            ("operator development", "kubernetes-operators"),
            ("argocd", "argo-cd"),
            ("argo workflows", "argo-workflows"),
            ("apache spark", "spark"),
            ("restful api", "rest-api"),
            ("openapi", "openapi"),
            ("ci/cd", "ci-cd"),
            ("cicd", "ci-cd"),
            ("continuous integration", "ci-cd"),
            ("github workflows", "github-actions"),
            ("gh actions", "github-actions"),
            ("ml", "machine-learning"),
            ("llms", "llm"),
            ("large language models", "llm"),
            ("reactjs", "react"),
            ("react.js", "react"),
            ("node", "nodejs"),
            ("postgres", "postgresql"),
            ("documentation", "technical-writing"),
            ("docs", "technical-writing"),
            ("containers", "containers"),
            ("docker", "docker"),
            ("s390x", "s390x"),
            ("wasi", "wasi"),
            ("qemu", "qemu"),
        ];
        for &(alias, id) in cases {
            assert_eq!(table.canonical(alias), Some(id), "{alias:?}");
        }
    }
}
