//! The phrase matcher: every phrase of a skill table (ids, names, aliases and stop phrases),
//! indexed once per table by its first token and looked up once per token of a skills text.
//!
//! Phrases are matched as whole token sequences. The tokens of a text are written into a stream,
//! lower-cased, each followed by one space (a hard break is written as `\n`, which no phrase
//! contains), and every phrase is a pattern of its lower-case tokens each followed by one space.
//! A phrase matches at a token when the stream from there begins with its pattern; it then
//! always ends where a token ends, so "go" never matches the start of "golang" nor "argo".
//! Matching goes from the first token on, taking at each token the longest phrase that starts
//! there ("GitHub Actions" over "GitHub") and going on after it: the leftmost-longest matches
//! of an automaton of all patterns.

use super::tokens::{Kind, Token};
use super::words::{hyphen_suffixes, listed};
use std::collections::{HashMap, HashSet};

/// What a phrase stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Target {
    /// Index into the table's skills.
    Skill(usize),
    /// A stop phrase: matches, but names no skill (it only hides the words inside it).
    Stop,
}

/// Skill matches over a token list: per token, the skill whose match starts there, and whether
/// the token is part of a skill match.
pub(super) struct Matches {
    pub starts: Vec<Option<usize>>,
    pub covered: Vec<bool>,
    /// The match starting at this token is an ambiguous phrase (a common word such as "go").
    pub ambiguous: Vec<bool>,
}

impl Matches {
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
    /// Pattern index -> the phrase's lower-case tokens, each followed by one space.
    patterns: Vec<String>,
    /// The patterns that start with a token, longest first, by that token's text. Finding the
    /// phrases that start at a token is one lookup; building this costs a small part of what an
    /// automaton of all phrases did, which every run paid at start-up.
    by_first: HashMap<String, Vec<u32>>,
    /// Pattern index -> what it stands for.
    targets: Vec<Target>,
    /// Pattern index -> whether the phrase is ambiguous.
    ambiguous: Vec<bool>,
    /// Phrase words that are themselves written with a possessive or hyphen suffix
    /// ("cloud-native"): these are kept whole instead of being reduced to their stem.
    whole_words: HashSet<String>,
}

impl Matcher {
    /// The matcher of a phrase map (normalised phrase -> target).
    pub fn new(phrases: &HashMap<String, Target>, ambiguous: &HashSet<String>) -> Matcher {
        let mut entries: Vec<(&String, &Target)> = phrases.iter().collect();
        // A fixed pattern order keeps the matcher the same from run to run.
        entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
        // (A normalised phrase is its tokens joined by one space.)
        let patterns: Vec<String> = entries.iter().map(|(key, _)| format!("{key} ")).collect();
        let mut by_first: HashMap<String, Vec<u32>> = HashMap::default();
        for (index, (key, _)) in entries.iter().enumerate() {
            let first = key.split(' ').next().unwrap_or_default().to_string();
            by_first.entry(first).or_default().push(index as u32);
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|&p| std::cmp::Reverse(patterns[p as usize].len()));
        }
        let whole_words = entries
            .iter()
            .flat_map(|(key, _)| key.split(' '))
            .filter(|word| alternative_form(word).is_some())
            .map(str::to_string)
            .collect();
        Matcher {
            patterns,
            by_first,
            targets: entries.iter().map(|(_, &target)| target).collect(),
            ambiguous: entries
                .iter()
                .map(|(key, _)| ambiguous.contains(*key))
                .collect(),
            whole_words,
        }
    }

    /// Finds the phrases in `tokens` (read from `text`), longest first at each position.
    pub fn find(&self, text: &str, tokens: &[Token]) -> Matches {
        let n = tokens.len();
        let mut matches = Matches {
            starts: vec![None; n],
            covered: vec![false; n],
            ambiguous: vec![false; n],
        };
        let Stream {
            stream,
            offsets,
            stemmed,
        } = self.stream(text, tokens);
        let mut k = 0;
        while k < n {
            let Some(mut found) = self.longest_at(&stream, &offsets, k, n) else {
                k += 1;
                continue;
            };
            // A phrase running on past a stemmed word is cut back to a phrase ending there.
            let at_stem = stemmed.partition_point(|&s| s < k);
            if let Some(&stem) = stemmed.get(at_stem).filter(|&&s| s + 1 < found.0) {
                match self.longest_at(&stream, &offsets, k, stem + 1) {
                    Some(shorter) => found = shorter,
                    None => {
                        k += 1;
                        continue;
                    }
                }
            }
            let (past, pattern) = found;
            if let Target::Skill(skill) = self.targets[pattern] {
                matches.starts[k] = Some(skill);
                matches.ambiguous[k] = self.ambiguous[pattern];
                matches.covered[k..past].fill(true);
            }
            k = past;
        }
        matches
    }

    /// The longest phrase starting at token `k` and ending by token `limit`: one past its last
    /// token, and its pattern index.
    fn longest_at(
        &self,
        stream: &str,
        offsets: &[usize],
        k: usize,
        limit: usize,
    ) -> Option<(usize, usize)> {
        let start = offsets[k];
        let candidates = self.by_first.get(&stream[start..offsets[k + 1] - 1])?;
        let rest = &stream[start..offsets[limit]];
        let pattern = candidates
            .iter()
            .map(|&p| p as usize)
            .find(|&p| rest.starts_with(self.patterns[p].as_str()))?;
        // A pattern ends with the space after a token: where the next token starts.
        let end = start + self.patterns[pattern].len();
        Some((offsets.partition_point(|&o| o < end), pattern))
    }

    /// The tokens written as the patterns are: each followed by one space (a hard break as
    /// `\n`, which no phrase contains), words lower-cased, so a phrase matches where the
    /// stream from a token's start begins with its pattern, and always ends where a token
    /// ends ("go" never matches the start of "golang").
    fn stream(&self, text: &str, tokens: &[Token]) -> Stream {
        let n = tokens.len();
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
        Stream {
            stream,
            offsets,
            stemmed,
        }
    }

    /// Writes a word token into the stream, lower-cased: reduced to its stem when it carries a
    /// possessive or a hyphenated suffix that no phrase has ("Go's", "Go-based" -> "go").
    /// Returns whether the stem was written.
    fn push_word(&self, stream: &mut String, word: &str) -> bool {
        let (word, stemmed) = match alternative_form(word) {
            Some(stem) if !self.whole_words.contains(&word.to_lowercase()) => (stem, true),
            _ => (word, false),
        };
        if word.is_ascii() {
            let from = stream.len();
            stream.push_str(word);
            stream[from..].make_ascii_lowercase();
        } else if !word.chars().any(char::is_uppercase) {
            stream.push_str(word);
        } else {
            stream.extend(word.chars().flat_map(char::to_lowercase));
        }
        stemmed
    }
}

/// A token list written out for matching (see [`Matcher::stream`]).
struct Stream {
    stream: String,
    /// Where each token starts in `stream`, and one past the end.
    offsets: Vec<usize>,
    /// The tokens written as their stem, in order.
    stemmed: Vec<usize>,
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
    (!stem.is_empty() && listed(hyphen_suffixes(), suffix)).then_some(stem)
}
