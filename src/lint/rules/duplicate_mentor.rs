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
    let spots = cx.mentor_spots();
    for (m, &(line, col)) in cx.idea().mentors.iter().zip(&spots.each) {
        for key in [m.github.as_deref(), m.email.as_deref()]
            .into_iter()
            .flatten()
        {
            let k = key.to_lowercase();
            let times = spots
                .text_lower
                .lines()
                .filter(|l| contains_token(l, &k))
                .count();
            if times > 1 {
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
    use super::contains_token;

    #[test]
    fn tokens_are_whole_words() {
        assert!(contains_token("- eve knot (@eveknot, x)", "eveknot"));
        assert!(!contains_token("- (@eveknotty)", "eveknot"));
        assert!(!contains_token("- (@my-eveknot)", "eveknot"));
    }
}
