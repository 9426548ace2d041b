//! Mentor lists written handle first, "lijingrs (Amos Li)": told apart from "Name (Org)" and
//! rewritten name first, the way [`super::parse_mentors`] reads people.

/// The entries of a mentor list written "token (Words)", on each line: byte ranges split at
/// top-level commas and semicolons, with the token and the parenthesised words.
fn token_name_entries(line: &str) -> Vec<(usize, usize, &str, &str)> {
    // (token, words in parentheses) of an entry written exactly "token (words)".
    fn split_entry(entry: &str) -> Option<(&str, &str)> {
        let e = entry.trim().trim_start_matches(['-', '*', '+']).trim();
        let (token, rest) = e.split_once(' ')?;
        let inner = rest.trim().strip_prefix('(')?.strip_suffix(')')?.trim();
        // (A company's legal form, "Acme, PBC (Maintainer)", is no handle; a role is no name.)
        let token_ok = super::is_valid_github_handle(token) && !super::is_legal_form(token);
        let not_name = |w: &str| super::not_name_words().contains(&w.to_lowercase().as_str());
        let name_ok = !inner.is_empty()
            && !inner.split_whitespace().any(not_name)
            && inner.split_whitespace().count() <= 4
            && inner.split_whitespace().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
            });
        (token_ok && name_ok && !super::looks_like_first_name(token)).then_some((token, inner))
    }
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    let mut push = |a: usize, b: usize| {
        if let Some((token, inner)) = split_entry(&line[a..b]) {
            out.push((a, b, token, inner));
        }
    };
    for (i, c) in line.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' | ';' if depth == 0 => {
                push(start, i);
                start = i + 1;
            }
            _ => {}
        }
    }
    push(start, line.len());
    out
}

/// True if a mentor list is written handle first: an entry is a handle-like token (not a
/// capitalised word such as "Jane") followed by a full name of two or more capitalised words,
/// "lijingrs (Amos Li)". "token (Name)" alone is ambiguous ("Heiko (karlnapf)" is name first).
pub(crate) fn shows_handle_first(value: &str) -> bool {
    value.lines().any(|line| {
        token_name_entries(line)
            .iter()
            .any(|(_, _, _, inner)| inner.split_whitespace().count() >= 2)
    })
}

/// A mentor list written handle first, "lijingrs (Amos Li)", rewritten name first, "Amos Li
/// (@lijingrs)", the way [`parse_mentors`] reads people. Other text is left as written.
pub(crate) fn handle_first_mentors(value: &str) -> String {
    let rewrite = |line: &str| {
        let mut rewritten = String::new();
        let mut last = 0;
        for (a, b, token, inner) in token_name_entries(line) {
            let lead = &line[a..a + line[a..b].find(token).unwrap_or(0)];
            rewritten += &format!("{}{lead}{inner} (@{token})", &line[last..a]);
            last = b;
        }
        rewritten + &line[last..]
    };
    value.lines().map(rewrite).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentor_lists_written_handle_first() {
        assert!(shows_handle_first("- lijing (Amos Li)\n- ydan (Cookie)"));
        assert!(!shows_handle_first("- lijing (AmosLi)"));
        assert!(!shows_handle_first("- Jane (Red Hat)"));
        assert!(!shows_handle_first("Heiko (github: karlnapf, IRC: x)"));
        assert_eq!(
            handle_first_mentors("  - lijing (Amos Li)\nydan (Cookie), Jane (Red Hat)"),
            "  - Amos Li (@lijing)\nCookie (@ydan), Jane (Red Hat)"
        );
    }
}
