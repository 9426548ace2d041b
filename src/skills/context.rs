//! Where a word stands in a skills text, so that skills come from lists of skills and never from
//! running prose.
//!
//! A skills field mixes lists ("Go, Kubernetes, Helm") with sentences ("Knowledge of the ELF
//! format is useful, but can be learned as we go."). The text is cut into *items* (the pieces
//! between separators) and *contexts*: sentences, and bracket groups inside them. A context with
//! more than [`MAX_LIST_WORDS`] words of which fewer than half the items are list-like (at most
//! [`MAX_ITEM_WORDS`] words, or naming a known skill in at most [`MAX_SKILL_ITEM_WORDS`]) is
//! running prose: its unknown items are not kept as skills, and an ambiguous phrase in it (a
//! skill name that is also a common word, "go") counts only when the words around it speak of
//! the skill ("written in Go", "Go experience", "Rust and Go").
//!
//! A soft line break inside a long line that goes on in lower case ("... the ELF binary\nformat is
//! useful") continues the sentence; otherwise each line is its own item, as in a list written one
//! skill per line.

use super::items::word_count;
use super::matcher::Matches;
use super::tokens::{is_separator, Kind, Token};

/// A context with at most this many words is a list, however long its items.
const MAX_LIST_WORDS: usize = 8;

/// An item of at most this many words is list-like.
const MAX_ITEM_WORDS: usize = 3;

/// An item that names a known skill is list-like up to this many words ("Experience with
/// Kubernetes operators and controllers"); a longer one is a sentence that mentions a skill.
const MAX_SKILL_ITEM_WORDS: usize = 8;

/// A line with more words than this that goes on in lower case on the next line is wrapped prose.
const MAX_LINE_ITEM_WORDS: usize = 8;

/// Words before an ambiguous phrase that make it a verb ("as we go", "good to go", "we'll go").
const VERB_BEFORE: &[&str] = &[
    "can", "cannot", "could", "he", "i", "i'll", "it", "let", "let's", "lets", "may", "might",
    "must", "shall", "she", "should", "they", "they'll", "to", "we", "we'll", "will", "would",
    "you", "you'll",
];

/// Words before an ambiguous phrase that speak of the skill ("written in Go").
const SKILL_BEFORE: &[&str] = &[
    "advanced",
    "basic",
    "e.g",
    "especially",
    "ideally",
    "idiomatic",
    "in",
    "including",
    "intermediate",
    "know",
    "knowing",
    "learn",
    "learning",
    "like",
    "modern",
    "of",
    "preferably",
    "solid",
    "strong",
    "use",
    "using",
    "with",
    "write",
    "writing",
    "written",
];

/// Words after an ambiguous phrase that speak of the skill ("Go experience", "Go code").
const SKILL_AFTER: &[&str] = &[
    "api",
    "apis",
    "backend",
    "code",
    "codebase",
    "codebases",
    "concurrency",
    "developer",
    "developers",
    "development",
    "experience",
    "generics",
    "knowledge",
    "lang",
    "language",
    "libraries",
    "library",
    "module",
    "modules",
    "program",
    "programming",
    "programs",
    "projects",
    "sdk",
    "services",
    "skills",
    "templates",
    "toolchain",
    "tooling",
];

/// A run of tokens between separators.
#[derive(Debug, Clone, Copy)]
pub(super) struct Item {
    /// First token and one past the last.
    pub start: usize,
    pub end: usize,
    /// Index of the context (sentence or bracket group) it stands in.
    pub context: usize,
}

/// Items and contexts of a token list.
pub(super) struct Layout {
    pub items: Vec<Item>,
    /// Per context: words, items, and list-like items (short, or naming a known skill).
    words: Vec<usize>,
    item_counts: Vec<usize>,
    list_items: Vec<usize>,
}

impl Layout {
    /// Cuts tokens into items and contexts. `covered` marks tokens inside a skill match that
    /// is not ambiguous: an "and" or "/" there is part of the skill's name, not a separator, and
    /// an item with such a match is list-like. (An ambiguous match does not make its sentence a
    /// list: whether it names the skill is decided from the sentence.)
    pub fn of(text: &str, tokens: &[Token], covered: &[bool]) -> Layout {
        let mut layout = Layout {
            items: Vec::new(),
            words: vec![0],
            item_counts: vec![0],
            list_items: vec![0],
        };
        // Open contexts: the sentence, then any bracket groups inside it.
        let mut open = vec![0];
        let mut item: Option<Item> = None;
        let mut line_words = 0;
        for (k, token) in tokens.iter().enumerate() {
            if token.line_start {
                let wrapped = line_words > MAX_LINE_ITEM_WORDS
                    && token.text(text).starts_with(|c: char| c.is_lowercase());
                if !wrapped {
                    layout.close(&mut item, k, tokens, covered);
                    open.clear();
                    open.push(layout.new_context());
                }
                line_words = 0;
            }
            if token.kind == Kind::Break {
                layout.close(&mut item, k, tokens, covered);
                open.clear();
                open.push(layout.new_context());
                line_words = 0;
                continue;
            }
            if !covered[k] && is_separator(token) {
                layout.close(&mut item, k, tokens, covered);
                let current = *open.last().unwrap_or(&0);
                match token.kind {
                    Kind::Punct('(' | '[' | '{' | '\u{FF08}' | '\u{3010}' | '\u{300C}') => {
                        open.push(layout.new_context());
                    }
                    Kind::Punct(')' | ']' | '}' | '\u{FF09}' | '\u{3011}' | '\u{300D}')
                        if open.len() > 1 =>
                    {
                        open.pop();
                    }
                    Kind::Punct(
                        '.' | '!' | '?' | '\u{2026}' | '\u{3002}' | '\u{FF01}' | '\u{FF1F}',
                    ) => {
                        let next = layout.new_context();
                        if let Some(top) = open.last_mut() {
                            *top = next;
                        }
                    }
                    // "and" / "or" are words of the sentence.
                    Kind::Word => layout.words[current] += 1,
                    _ => {}
                }
                continue;
            }
            if token.kind == Kind::Word && token.ws_before {
                line_words += 1;
            }
            let context = *open.last().unwrap_or(&0);
            match item.as_mut() {
                Some(item) => item.end = k + 1,
                None => {
                    item = Some(Item {
                        start: k,
                        end: k + 1,
                        context,
                    })
                }
            }
        }
        layout.close(&mut item, tokens.len(), tokens, covered);
        layout
    }

    /// Whether a context is running prose rather than a list: more than [`MAX_LIST_WORDS`]
    /// words, and fewer than half of its items list-like.
    pub fn is_prose(&self, context: usize) -> bool {
        let at = |v: &Vec<usize>| v.get(context).copied().unwrap_or(0);
        at(&self.words) > MAX_LIST_WORDS && 2 * at(&self.list_items) < at(&self.item_counts)
    }

    fn new_context(&mut self) -> usize {
        self.words.push(0);
        self.item_counts.push(0);
        self.list_items.push(0);
        self.words.len() - 1
    }

    fn close(&mut self, item: &mut Option<Item>, end: usize, tokens: &[Token], covered: &[bool]) {
        if let Some(mut done) = item.take() {
            done.end = done.end.min(end);
            let words = word_count(&tokens[done.start..done.end]);
            let known = covered[done.start..done.end].iter().any(|&c| c);
            self.words[done.context] += words;
            self.item_counts[done.context] += 1;
            if known && words <= MAX_SKILL_ITEM_WORDS || words <= MAX_ITEM_WORDS {
                self.list_items[done.context] += 1;
            }
            self.items.push(done);
        }
    }
}

/// Whether the ambiguous phrase matched at token `k` of `item` names the skill: not when a verb
/// cue precedes it ("as we go"); in a list, yes; in prose, only next to another skill ("Rust and
/// Go") or to words that speak of the skill ("Go experience", "written in Go").
pub(super) fn keep_ambiguous(
    text: &str,
    tokens: &[Token],
    matches: &Matches,
    layout: &Layout,
    item: &Item,
    k: usize,
) -> bool {
    let word = |j: usize| {
        let token = tokens[j];
        (token.kind == Kind::Word).then(|| token.text(text))
    };
    let listed = |list: &[&str], w: &str| list.iter().any(|l| l.eq_ignore_ascii_case(w));
    let end = matches.match_end(k);
    let before = (k > item.start).then(|| word(k - 1)).flatten();
    let after = (end < item.end).then(|| word(end)).flatten();
    if before.is_some_and(|w| listed(VERB_BEFORE, w)) {
        return false;
    }
    if !layout.is_prose(item.context) {
        return true;
    }
    if before.is_some_and(|w| listed(SKILL_BEFORE, w))
        || after.is_some_and(|w| listed(SKILL_AFTER, w))
    {
        return true;
    }
    // Another skill across nothing but separators and punctuation: "Rust and Go", "Node/Go".
    let is_gap = |j: usize| {
        let token = &tokens[j];
        !matches.covered[j]
            && (is_separator(token) || matches!(token.kind, Kind::Punct(_)))
            && token.kind != Kind::Break
    };
    let mut j = k;
    while j > 0 && is_gap(j - 1) {
        j -= 1;
    }
    let skill_before = j < k && j > 0 && matches.covered[j - 1];
    let mut j = end;
    while j < tokens.len() && is_gap(j) {
        j += 1;
    }
    let skill_after = j > end && j < tokens.len() && matches.covered[j];
    skill_before || skill_after
}
