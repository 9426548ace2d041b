//! Words as search sees them: a page's text cleaned of terminal escapes, put on one line and
//! split into lower-cased tokens; and an idea's searchable fields written as those tokens, which
//! the synced index keeps so a search there reads no Markdown and tokenises nothing.
//!
//! It depends on the model alone: the parser's neighbours (render, search, the index) share it.

use crate::model::Idea;

/// Text from a page with control characters (including terminal escapes) removed, so a page
/// cannot move the cursor or retitle the terminal.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // Skip a whole escape sequence: CSI "ESC [ ... final", OSC "ESC ] ... BEL/ST".
            match chars.peek() {
                Some('[') => {
                    chars.next();
                    for n in chars.by_ref() {
                        if ('\u{40}'..='\u{7e}').contains(&n) {
                            break;
                        }
                    }
                }
                Some(']') => {
                    chars.next();
                    while let Some(n) = chars.next() {
                        if n == '\u{7}' || (n == '\u{1b}' && chars.peek() == Some(&'\\')) {
                            if n == '\u{1b}' {
                                chars.next();
                            }
                            break;
                        }
                    }
                }
                _ => {
                    chars.next();
                }
            }
            continue;
        }
        if c.is_control() && c != '\n' && c != '\t' {
            continue;
        }
        out.push(if c == '\t' { ' ' } else { c });
    }
    out
}

/// Text on one line: Markdown emphasis and code marks (`*`, `` ` ``) dropped, whitespace runs
/// turned into single spaces, trimmed.
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c == '*' || c == '`' {
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// A word of a field or the query: lower-cased text and where it is in the field's text.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub lower: String,
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// Character range in the text.
    pub cstart: usize,
    pub cend: usize,
}

/// Splits text into word tokens in one pass: runs of letters and digits; `+`/`#` kept in a word
/// unless a letter follows (`c++`, `c#`, `c++17`, but `python+go` is two words); `.`
/// kept when a letter or digit follows (`node.js`, `.net`, but not a sentence end).
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let byte = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
    let alnum = |k: usize| chars.get(k).is_some_and(|&(_, c)| c.is_alphanumeric());
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if !(c.is_alphanumeric() || (c == '.' && alnum(i + 1))) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < n {
            let d = chars[j].1;
            if d.is_alphanumeric() || (d == '.' && alnum(j + 1)) {
                j += 1;
                continue;
            }
            if d == '+' || d == '#' {
                let mut k = j;
                while matches!(chars.get(k), Some(&(_, '+' | '#'))) {
                    k += 1;
                }
                if chars.get(k).is_some_and(|&(_, c)| c.is_alphabetic()) {
                    break;
                }
                j = k;
                continue;
            }
            break;
        }
        let (start, end) = (byte(i), byte(j));
        tokens.push(Token {
            lower: text[start..end].to_lowercase(),
            start,
            end,
            cstart: i,
            cend: j,
        });
        i = j;
    }
    tokens
}

/// Starts a field in [`searchable`] text: this byte, then the field's kind, then [`WORDS`].
pub const FIELD: u8 = 0x1e;
/// Ends a field's kind in [`searchable`] text: the tokens follow, separated by single spaces.
pub const WORDS: u8 = 0x1f;

/// What a field of [`searchable`] text holds.
pub mod kind {
    /// The title.
    pub const TITLE: u8 = b'T';
    /// The organisation.
    pub const ORG: u8 = b'O';
    /// One canonical skill id, tokenised.
    pub const SKILL: u8 = b'K';
    /// One canonical skill id as it is (for a skill named by a query word: `golang` -> `go`).
    pub const SKILL_ID: u8 = b'S';
    /// The skills text as written.
    pub const SKILLS_TEXT: u8 = b'R';
    /// A mentor's name, handle or email.
    pub const MENTOR: u8 = b'M';
    /// The description or the expected outcomes.
    pub const BODY: u8 = b'D';
}

/// The idea's searchable fields as one line: for each field (title, organisation, each skill
/// id, the skills text, each mentor's name, handle and email, description, outcomes), the
/// [`FIELD`] byte, its kind, [`WORDS`], then its tokens lower-cased and joined by single
/// spaces. No token holds a space or these bytes, so a phrase of consecutive tokens is a
/// substring that starts after a space or [`WORDS`], and a whole word ends before a space, a
/// [`FIELD`] or the end.
pub fn searchable(idea: &Idea) -> String {
    let mut out = String::new();
    let mut field = |kind: u8, raw: &str| {
        let text = one_line(&clean(raw));
        let tokens = tokenize(&text);
        if tokens.is_empty() {
            return;
        }
        out.push(FIELD as char);
        out.push(kind as char);
        out.push(WORDS as char);
        for (k, t) in tokens.iter().enumerate() {
            if k > 0 {
                out.push(' ');
            }
            out.push_str(&t.lower);
        }
    };
    field(kind::TITLE, &idea.title);
    if let Some(org) = &idea.org {
        field(kind::ORG, org);
    }
    for s in &idea.skills {
        field(kind::SKILL, s);
    }
    if let Some(raw) = &idea.skills_raw {
        field(kind::SKILLS_TEXT, raw);
    }
    for m in &idea.mentors {
        for part in [&m.name, &m.github, &m.email].into_iter().flatten() {
            field(kind::MENTOR, part);
        }
    }
    for body in [&idea.description, &idea.expected_outcomes]
        .into_iter()
        .flatten()
    {
        field(kind::BODY, body);
    }
    // The ids as they are, last: a query word that names a skill matches them whole.
    for s in &idea.skills {
        if !s.is_empty() && !s.bytes().any(|b| b == FIELD || b == WORDS || b == b'\n') {
            out.push(FIELD as char);
            out.push(kind::SKILL_ID as char);
            out.push(WORDS as char);
            out.push_str(s);
        }
    }
    out
}
