//! Text scanning for the skills reader: words, sentences, and splits at separators that stand
//! outside brackets and quotes ("databases (SQLite, PostgreSQL)" is one piece at its commas).

/// Whether `small` is a run of consecutive words of `big`.
pub(super) fn contains_run(big: &[String], small: &[String]) -> bool {
    !small.is_empty() && big.windows(small.len()).any(|w| w == small)
}

/// The lower-case words of a text: runs of letters, digits, `+`, `#` and inner `.`
/// ("c++", "node.js"), split at anything else.
pub(super) fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '+' | '#' | '.' | '\'')))
        .map(|w| w.trim_matches(['.', '\'']).to_lowercase())
        .filter(|w| !w.is_empty())
}

/// Sentences of a block: cut after `.` `!` `?` followed by a space and a capital letter (not
/// after "e.g." and the like).
pub(super) fn sentences(block: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = block.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if !matches!(b, b'.' | b'!' | b'?') || bytes.get(i + 1) != Some(&b' ') {
            continue;
        }
        let next_capital = block[i + 2..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        let before = block[start..i].rsplit(' ').next().unwrap_or("");
        let before = before.trim_start_matches(['(', '[', '"']);
        let abbreviation = ["e.g", "i.e", "etc", "vs", "approx", "Ph.D"]
            .iter()
            .any(|a| before.eq_ignore_ascii_case(a));
        if next_capital && !abbreviation {
            out.push(&block[start..=i]);
            start = i + 2;
        }
    }
    out.push(&block[start..]);
    out
}

/// Splits at any of `seps` (ASCII, matched case-insensitively) outside brackets and quotes.
pub(super) fn split_top<'t>(text: &'t str, seps: &[&str]) -> Vec<&'t str> {
    let mut out = Vec::new();
    let mut start = 0;
    scan_top(text, seps, |at, len| {
        out.push(&text[start..at]);
        start = at + len;
        true
    });
    out.push(&text[start..]);
    out
}

/// Where `sep` first stands outside brackets.
pub(super) fn find_top(text: &str, sep: &str) -> Option<usize> {
    let mut found = None;
    scan_top(text, &[sep], |at, _| {
        found = Some(at);
        false
    });
    found
}

/// Calls `hit(at, len)` for each separator outside brackets and quotes, in order, until it
/// returns false.
pub(super) fn scan_top(text: &str, seps: &[&str], mut hit: impl FnMut(usize, usize) -> bool) {
    let (mut i, mut depth, mut quoted) = (0, 0usize, false);
    let bytes = text.as_bytes();
    while i < bytes.len() {
        match bytes[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'"' => quoted = !quoted,
            _ => {}
        }
        if depth == 0 && !quoted {
            if let Some(sep) = seps
                .iter()
                .find(|s| starts_with_ci(&bytes[i..], s.as_bytes()))
            {
                if !hit(i, sep.len()) {
                    return;
                }
                i += sep.len();
                continue;
            }
        }
        i += 1;
    }
}

pub(super) fn starts_with_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && hay[..needle.len()].eq_ignore_ascii_case(needle)
}

/// True if lower-cased `text` opens with one of `phrases` as whole words ("or some interest"
/// opens with "or some", "organic" does not open with "or").
pub(super) fn opens_with_phrase(text: &str, phrases: &[&str]) -> bool {
    phrases
        .iter()
        .any(|p| text.starts_with(p) && !text[p.len()..].starts_with(|c: char| c.is_alphanumeric()))
}

pub(super) fn strip_prefix_ci<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    starts_with_ci(text.as_bytes(), prefix.as_bytes())
        .then(|| text[prefix.len()..].trim_start_matches([',', ' ', ':']))
}

/// Each word with a space either side, made once per list.
pub(super) fn spaced(words: &[&str]) -> Vec<&'static str> {
    words
        .iter()
        .map(|w| &*Box::leak(format!(" {w} ").into_boxed_str()))
        .collect()
}

/// The text outside parentheses and quotes.
pub(super) fn outside_brackets(text: &str) -> String {
    let mut outside = String::with_capacity(text.len());
    let (mut depth, mut quoted) = (0usize, false);
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '"' | '\u{201c}' | '\u{201d}' => quoted = !quoted,
            _ if depth == 0 && !quoted => outside.push(c),
            _ => {}
        }
    }
    outside
}

/// Word starts and words of a text, split at whitespace.
pub(super) fn word_spans(text: &str) -> Vec<(usize, &str)> {
    // (A word's start is its distance from the text's start in memory.)
    (text.split_whitespace())
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect()
}

/// The text without punctuation, quotes and unbalanced brackets at its ends.
pub(super) fn trim_punctuation(text: &str) -> &str {
    let edge = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ';' | ':' | '"' | '\'' | '*' | '_' | '`' | '!' | '?'
            )
            || matches!(
                c,
                '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}' | '-' | '\u{2013}'
            )
            // (Chinese full stop, semicolon, comma and enumeration comma.)
            || matches!(c, '\u{3002}' | '\u{ff1b}' | '\u{ff0c}' | '\u{3001}')
    };
    // A leading `.` belongs to a name (".NET"); a trailing one ends a sentence.
    let mut t = text
        .trim_start_matches(edge)
        .trim_end_matches(|c| edge(c) || c == '.');
    if t.starts_with('(') && !t.contains(')') {
        t = &t[1..];
    }
    if t.ends_with(')') && !t.contains('(') {
        t = &t[..t.len() - 1];
    }
    if t.len() != text.len() {
        trim_punctuation(t)
    } else {
        t
    }
}
