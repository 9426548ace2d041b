//! `duplicate-mentor`: one person listed twice as a mentor of one idea.

use crate::lint::context::{Emitter, IdeaContext};
use std::borrow::Cow;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let mentors = &cx.idea().mentors;
    if mentors
        .iter()
        .all(|m| m.github.is_none() && m.email.is_none())
    {
        return;
    }
    let text_lower = cx.mentor_text_lower();
    for m in mentors {
        for key in [m.github.as_deref(), m.email.as_deref()]
            .into_iter()
            .flatten()
        {
            let k = lower(key);
            if !written_twice(&text_lower, &k) {
                continue;
            }
            let times = times_listed(&text_lower, &k);
            if times > 1 {
                let (line, col) = cx.mentor_spot(m);
                out.emit(
                    line,
                    col,
                    format!("mentor {} is listed {times} times ('{key}')", m.label()),
                );
                break;
            }
        }
    }
}

/// `key.to_lowercase()`, without a copy when that changes nothing (an ASCII key with no
/// capital: most handles and emails).
fn lower(key: &str) -> Cow<'_, str> {
    if key.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(key)
    } else {
        Cow::Owned(key.to_lowercase())
    }
}

/// How many lines of `text` have `token` as a whole word.
fn times_listed(text: &str, token: &str) -> usize {
    text.lines().filter(|l| contains_token(l, token)).count()
}

/// False when `token` cannot be on two lines of `text`: a quick test that spares most mentors
/// the line-by-line count of [`times_listed`] (a handle is often written twice on its own line,
/// in the email too). After the first occurrence, only the lines after its line are searched:
/// two lines that have the token are its first line or later, so one of them comes after.
/// (The text is a few lines: a plain search costs less than setting up a `memmem` finder.)
fn written_twice(text: &str, token: &str) -> bool {
    let (hay, needle) = (text.as_bytes(), token.as_bytes());
    if needle.is_empty() {
        // An empty handle or email names nobody (the parsers never give one).
        return false;
    }
    let Some(first) = find(hay, needle, 0) else {
        return false;
    };
    let Some(eol) = memchr::memchr(b'\n', &hay[first..]) else {
        return false;
    };
    find(hay, needle, first + eol + 1).is_some()
}

/// Byte offset of the first (non-empty) `needle` in `hay` at or after `from`.
fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let rest = hay.get(from..)?;
    let &first = needle.first()?;
    let mut at = 0;
    while let Some(i) = memchr::memchr(first, &rest[at..]) {
        if rest[at + i..].starts_with(needle) {
            return Some(from + at + i);
        }
        at += i + 1;
    }
    None
}

/// True if `token` occurs in `line` as a whole word (handles and emails).
fn contains_token(line: &str, token: &str) -> bool {
    if token.is_empty() {
        // (Searching for "" would step through the line a byte at a time, off char boundaries.)
        return false;
    }
    let mut start = 0;
    while let Some(i) = line[start..].find(token) {
        let at = start + i;
        let before = line[..at].chars().next_back();
        let after = line[at + token.len()..].chars().next();
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_');
        if !word(before) && !word(after) {
            return true;
        }
        start = at + token.len().max(1);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{contains_token, lower, times_listed, written_twice};
    use proptest::prelude::*;

    #[test]
    fn an_empty_token_is_never_found_and_never_panics() {
        assert!(!contains_token("é ü\n", ""));
        assert!(!written_twice("a\nb\n", ""));
        assert_eq!(times_listed("ü\né\n", ""), 0);
    }

    #[test]
    fn tokens_are_whole_words() {
        assert!(contains_token("- eve knot (@eveknot, x)", "eveknot"));
        assert!(!contains_token("- (@eveknotty)", "eveknot"));
        assert!(!contains_token("- (@my-eveknot)", "eveknot"));
    }

    #[test]
    fn keys_are_lower_cased_as_before() {
        for k in [
            "eve",
            "Eve",
            "eve@example.org",
            "ÉVE",
            "\u{130}x",
            "a\u{212a}",
        ] {
            assert_eq!(lower(k), k.to_lowercase(), "{k:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]
        /// The quick test never rules out a token that is on two lines.
        #[test]
        fn written_twice_holds_whenever_two_lines_have_the_token(
            text in "[ab@ \\n-]{0,24}",
            token in "[ab@-]{1,3}",
        ) {
            if times_listed(&text, &token) > 1 {
                prop_assert!(written_twice(&text, &token));
            }
        }
    }
}
