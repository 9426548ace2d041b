//! Badges that state a field: a shields.io image such as
//! `![](https://img.shields.io/badge/Difficulty-Medium-blue)` reads "Difficulty | Medium" on the
//! page, so the page states the idea's difficulty (P4 writes its sizes and difficulties only
//! so, through reference images: `![size-m]` with `[size-m]: …/badge/Size-175_hour-blue`).

const BADGE: &str = "img.shields.io/badge/";

/// Whether a text holds a shields.io badge at all (most pages have none).
pub(crate) fn any(text: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), BADGE.as_bytes()).is_some()
}

/// The (label, message) of each static badge in `text` that has both, decoded
/// ("Size-175_hour-blue" -> ("Size", "175 hour")).
pub(crate) fn read(text: &str) -> impl Iterator<Item = (String, String)> + '_ {
    text.match_indices(BADGE).filter_map(|(at, _)| {
        let path = url_path(&text[at + BADGE.len()..]);
        let path = path.rsplit_once('.').map_or(path, |(p, ext)| {
            if ["svg", "png"].contains(&ext) {
                p
            } else {
                path
            }
        });
        match &parts(path)[..] {
            [label, message, _colour] => Some((decode(label), decode(message))),
            _ => None,
        }
    })
}

/// The badge's path up to the end of its URL: a space, a quote, a query, or the `)` that
/// closes the Markdown link (brackets inside the path are balanced: "size%20(~175h)-…").
fn url_path(rest: &str) -> &str {
    let mut depth = 0usize;
    for (i, c) in rest.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return &rest[..i],
            ')' => depth -= 1,
            '?' | '"' | '\'' | '<' | '>' | ']' => return &rest[..i],
            c if c.is_whitespace() => return &rest[..i],
            _ => {}
        }
    }
    rest
}

/// The parts of a badge path split at single dashes ("--" is a dash of the text).
fn parts(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut part = String::new();
    let mut chars = path.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '-' if chars.peek() == Some(&'-') => {
                chars.next();
                part.push('-');
            }
            '-' => out.push(std::mem::take(&mut part)),
            c => part.push(c),
        }
    }
    out.push(part);
    out
}

/// Badge text: `_` is a space, `__` an underscore, `%20` and the like are percent-escapes.
fn decode(part: &str) -> String {
    let spaced = part
        .replace("__", "\u{0}")
        .replace('_', " ")
        .replace('\u{0}', "_");
    let decoded = percent_encoding::percent_decode_str(&spaced).decode_utf8_lossy();
    decoded.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<(String, String)> {
        read(text).collect()
    }

    #[test]
    fn a_badge_gives_its_label_and_message() {
        assert_eq!(
            all("![d](https://img.shields.io/badge/Difficulty-Medium-blue) ![s](https://img.shields.io/badge/Size-175_hour-blue.svg)"),
            [
                ("Difficulty".into(), "Medium".into()),
                ("Size".into(), "175 hour".into())
            ]
        );
        // Escapes, dashes and brackets inside the path.
        assert_eq!(
            all("![x](https://img.shields.io/badge/medium%20size%20(~175h)-not%20recommended-red)"),
            [("medium size (~175h)".into(), "not recommended".into())]
        );
        assert_eq!(
            all("<img src=\"https://img.shields.io/badge/Skill--level-easy__ish-green\">"),
            [("Skill-level".into(), "easy_ish".into())]
        );
    }

    #[test]
    fn badges_without_a_label_or_odd_paths_give_nothing() {
        assert!(all("https://img.shields.io/badge/passing-green").is_empty());
        assert!(all("https://img.shields.io/badge/").is_empty());
        assert!(all("https://img.shields.io/badge/%zz-%-").len() <= 1);
        assert!(!any("no badge here"));
    }
}
