//! `duplicate-mentor`: one person listed twice as a mentor of one idea.

use super::{Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::Level;

/// The rule.
pub const RULE: Rule = Rule {
    id: "duplicate-mentor",
    level: Level::Error,
    gsoc: Some(Level::Error),
    requirement: None,
    summary: "Two mentors of one idea share a GitHub handle or email.",
    docs: "The parser merges repeated people, so the check counts how often each handle or email is written in the Mentor(s) field: more than once is a copy-and-paste slip.",
    hint: "List each mentor once.",
    example: "- Mentor(s):\n  - Eve Knot (@eveknot, eve@example.org)\n  - Eve Knot (@eveknot, eve@example.org)",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
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
            let k = key.to_lowercase();
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

/// How many lines of `text` have `token` as a whole word.
fn times_listed(text: &str, token: &str) -> usize {
    text.lines().filter(|l| contains_token(l, token)).count()
}

/// False when `token` cannot be on two lines of `text` (it is not written twice there): a quick
/// test that spares most mentors the line-by-line count of [`times_listed`]. Two lines that
/// have it hold two occurrences that do not overlap, which the search finds.
fn written_twice(text: &str, token: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), token.as_bytes())
        .nth(1)
        .is_some()
}

/// True if `token` occurs in `line` as a whole word (handles and emails).
fn contains_token(line: &str, token: &str) -> bool {
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
    use super::{contains_token, times_listed, written_twice};
    use proptest::prelude::*;

    #[test]
    fn tokens_are_whole_words() {
        assert!(contains_token("- eve knot (@eveknot, x)", "eveknot"));
        assert!(!contains_token("- (@eveknotty)", "eveknot"));
        assert!(!contains_token("- (@my-eveknot)", "eveknot"));
    }

    proptest! {
        /// The quick test never rules out a token that is on two lines.
        #[test]
        fn written_twice_holds_whenever_two_lines_have_the_token(
            text in "[ab@ \\n-]{0,24}",
            token in "[ab@-]{0,3}",
        ) {
            if times_listed(&text, &token) > 1 {
                prop_assert!(written_twice(&text, &token));
            }
        }
    }
}
