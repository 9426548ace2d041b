//! `duplicate-mentor`: one person listed twice as a mentor of one idea.

use crate::lint::context::{Emitter, IdeaContext};
use crate::parse::fields::Field;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let mentors = &cx.idea().mentors;
    // The Mentor(s) fields' text, lower-cased, where a handle is counted.
    let text_lower = (cx.spans(Field::Mentors).map(|f| f.value.as_str()))
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase();
    for m in mentors {
        for key in [m.github.as_deref(), m.email.as_deref()]
            .into_iter()
            .flatten()
        {
            let times = times_listed(&text_lower, &key.to_lowercase());
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
    use super::{contains_token, times_listed};

    #[test]
    fn an_empty_token_is_never_found_and_never_panics() {
        assert!(!contains_token("é ü\n", ""));
        assert_eq!(times_listed("ü\né\n", ""), 0);
    }

    #[test]
    fn tokens_are_whole_words() {
        assert!(contains_token("- eve knot (@eveknot, x)", "eveknot"));
        assert!(!contains_token("- (@eveknotty)", "eveknot"));
        assert!(!contains_token("- (@my-eveknot)", "eveknot"));
    }
}
