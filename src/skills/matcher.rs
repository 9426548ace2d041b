//! The phrase automaton: every phrase of a skill table (ids, names, aliases and stop phrases) in
//! one Aho-Corasick automaton, built once per table and run once per skills text.
//!
//! Phrases are matched as whole token sequences. The tokens of a text are written into a stream,
//! each followed by one space (a hard break is written as `\n`, which no phrase contains), and
//! every phrase is a pattern of its lower-case tokens each followed by one space. A match then
//! always ends where a token ends, so "go" never matches the start of "golang"; a match that
//! starts inside a token ("go" in "argo") is dropped and the search goes on from the next token.
//! Leftmost-longest matching gives what a reader expects: at the first token where any phrase
//! starts, the longest phrase ("GitHub Actions" over "GitHub"). ASCII letters are compared
//! case-insensitively by the automaton; only tokens with upper-case letters outside ASCII are
//! lower-cased while the stream is written.

use super::tokens::{Kind, Token};
use aho_corasick::{AhoCorasick, Input, MatchKind};
use std::collections::{HashMap, HashSet};

/// What a phrase stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Target {
    /// Index into the table's skills.
    Skill(usize),
    /// A stop phrase: matches, but names no skill (it only hides the words inside it).
    Stop,
}

/// Suffixes after a hyphen that still name the skill before it ("Go-based", "Kubernetes-native").
const HYPHEN_SUFFIXES: &[&str] = &[
    "aware",
    "backed",
    "based",
    "centric",
    "compatible",
    "driven",
    "enabled",
    "first",
    "focused",
    "friendly",
    "heavy",
    "like",
    "native",
    "oriented",
    "powered",
    "related",
    "savvy",
    "specific",
    "style",
];

/// Skill matches over a token list: per token, the skill whose match starts there, and whether
/// the token is part of a skill match.
pub(super) struct Matches {
    pub starts: Vec<Option<usize>>,
    pub covered: Vec<bool>,
    /// The match starting at this token is an ambiguous phrase (a common word such as "go").
    pub ambiguous: Vec<bool>,
}

impl Matches {
    /// No match in `n` tokens.
    pub fn none(n: usize) -> Matches {
        Matches {
            starts: vec![None; n],
            covered: vec![false; n],
            ambiguous: vec![false; n],
        }
    }

    /// Forgets the match starting at token `k` (it ends before token `end`).
    pub fn drop_match(&mut self, k: usize, end: usize) {
        self.starts[k] = None;
        self.ambiguous[k] = false;
        self.covered[k..end].fill(false);
    }

    /// Which tokens are inside a match of a phrase that is not ambiguous.
    pub fn firm(&self) -> Vec<bool> {
        let mut firm = self.covered.clone();
        for k in 0..firm.len() {
            if self.ambiguous[k] {
                let end = self.match_end(k);
                firm[k..end].fill(false);
            }
        }
        firm
    }

    /// One past the last token of the match starting at `k`.
    pub fn match_end(&self, k: usize) -> usize {
        let mut end = k + 1;
        while end < self.covered.len() && self.covered[end] && self.starts[end].is_none() {
            end += 1;
        }
        end
    }
}

#[derive(Debug, Clone)]
pub(super) struct Matcher {
    automaton: AhoCorasick,
    /// Pattern index -> what it stands for.
    targets: Vec<Target>,
    /// Pattern index -> whether the phrase is ambiguous.
    ambiguous: Vec<bool>,
    /// Phrase words that are themselves written with a possessive or hyphen suffix
    /// ("cloud-native"): these are kept whole instead of being reduced to their stem.
    whole_words: HashSet<String>,
}

impl Matcher {
    /// The automaton of a phrase map (normalised phrase -> target); None only if the automaton
    /// library refuses the patterns (far beyond any realistic table size).
    pub fn new(phrases: &HashMap<String, Target>, ambiguous: &HashSet<String>) -> Option<Matcher> {
        let mut entries: Vec<(&String, &Target)> = phrases.iter().collect();
        // A fixed pattern order keeps the automaton the same from run to run.
        entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let patterns: Vec<String> = entries
            .iter()
            .map(|(key, _)| {
                let mut pattern = String::with_capacity(key.len() + 1);
                for word in key.split(' ') {
                    pattern.push_str(word);
                    pattern.push(' ');
                }
                pattern
            })
            .collect();
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&patterns)
            .ok()?;
        let whole_words = entries
            .iter()
            .flat_map(|(key, _)| key.split(' '))
            .filter(|word| alternative_form(word).is_some())
            .map(str::to_string)
            .collect();
        Some(Matcher {
            automaton,
            targets: entries.iter().map(|(_, &target)| target).collect(),
            ambiguous: entries
                .iter()
                .map(|(key, _)| ambiguous.contains(*key))
                .collect(),
            whole_words,
        })
    }

    /// Finds the phrases in `tokens` (read from `text`), longest first at each position.
    pub fn find(&self, text: &str, tokens: &[Token]) -> Matches {
        let n = tokens.len();
        let mut matches = Matches::none(n);
        let mut stream = String::with_capacity(text.len() + n);
        // Where each token starts in the stream, and one past the end.
        let mut offsets = Vec::with_capacity(n + 1);
        // Tokens written as their stem ("Go-based" as "go"): a phrase may end there, never
        // run on past it.
        let mut stemmed = Vec::new();
        for (k, token) in tokens.iter().enumerate() {
            offsets.push(stream.len());
            match token.kind {
                Kind::Break => stream.push('\n'),
                Kind::Punct(c) => stream.push(c),
                Kind::Word => {
                    if self.push_word(&mut stream, token.text(text)) {
                        stemmed.push(k);
                    }
                }
            }
            stream.push(' ');
        }
        offsets.push(stream.len());

        let mut at = 0;
        while at < stream.len() {
            let input = Input::new(&stream).range(at..stream.len());
            let Some(mut found) = self.automaton.find(input) else {
                break;
            };
            // A phrase running on past a stemmed word is cut back to a phrase ending there.
            if let Ok(first) = offsets.binary_search(&found.start()) {
                let past = offsets.partition_point(|&o| o < found.end());
                let at_stem = stemmed.partition_point(|&k| k < first);
                if let Some(&stem) = stemmed.get(at_stem).filter(|&&k| k + 1 < past) {
                    let shorter = Input::new(&stream).range(found.start()..offsets[stem + 1]);
                    match self.automaton.find(shorter) {
                        Some(m) if m.start() == found.start() => found = m,
                        _ => {
                            at = offsets[first + 1];
                            continue;
                        }
                    }
                }
            }
            let first = offsets.binary_search(&found.start());
            let past = offsets.binary_search(&found.end());
            match (first, past) {
                (Ok(first), Ok(past)) if first < past => {
                    let pattern = found.pattern().as_usize();
                    if let Target::Skill(skill) = self.targets[pattern] {
                        matches.starts[first] = Some(skill);
                        matches.ambiguous[first] = self.ambiguous[pattern];
                        matches.covered[first..past].fill(true);
                    }
                    at = found.end();
                }
                // Started inside a token: go on from the next token.
                _ => {
                    let next = offsets.partition_point(|&o| o <= found.start());
                    at = offsets.get(next).copied().unwrap_or(stream.len());
                }
            }
        }
        matches
    }

    /// Writes a word token into the stream: reduced to its stem when it carries a possessive or
    /// a hyphenated suffix that no phrase has ("Go's", "Go-based" -> "go"), lower-cased when it
    /// has upper-case letters outside ASCII. Returns whether the stem was written.
    fn push_word(&self, stream: &mut String, word: &str) -> bool {
        let (word, stemmed) = match alternative_form(word) {
            Some(stem) if !self.whole_words.contains(&word.to_lowercase()) => (stem, true),
            _ => (word, false),
        };
        if word.is_ascii() || !word.chars().any(char::is_uppercase) {
            stream.push_str(word);
        } else {
            stream.extend(word.chars().flat_map(char::to_lowercase));
        }
        stemmed
    }
}

/// A second spelling of a word: without a possessive `'s`, or without a hyphenated suffix such
/// as `-based`. None when the word has neither.
fn alternative_form(word: &str) -> Option<&str> {
    if let Some(stem) = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("'S"))
        .or_else(|| word.strip_suffix("\u{2019}s"))
    {
        return (!stem.is_empty()).then_some(stem);
    }
    let (stem, suffix) = word.rsplit_once('-')?;
    let listed = HYPHEN_SUFFIXES
        .iter()
        .any(|s| s.eq_ignore_ascii_case(suffix));
    (!stem.is_empty() && listed).then_some(stem)
}
