//! HTML inside values: `<br>` line breaks and the container tags (`<p>`, `<li>`, ...) around
//! lines of a value written in HTML.

use crate::parse::fields::container_tag_len;

/// True when `s` opens with a `<br>` or `</br>` tag, in any case.
pub(crate) fn starts_with_br(s: &str) -> bool {
    let starts =
        |tag: &[u8]| s.len() >= tag.len() && s.as_bytes()[..tag.len()].eq_ignore_ascii_case(tag);
    starts(b"<br") || starts(b"</br")
}

pub(crate) fn replace_br(s: &str, with: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = memchr::memchr(b'<', rest.as_bytes()) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if starts_with_br(tail) {
            if let Some(close) = tail.find('>') {
                out.push_str(with);
                rest = &tail[close + 1..];
                continue;
            }
        }
        out.push('<');
        rest = &tail[1..];
    }
    out.push_str(rest);
    out
}

/// `line` without the container tags that open it (`<p>`, `<ul><li>`) and close it (`</li>`,
/// `</p>`), and the spaces around them; the line itself (trimmed) when it has none.
pub(crate) fn strip_container_tags(line: &str) -> &str {
    let mut t = line.trim();
    while let Some(n) = container_tag_len(t) {
        t = t[n..].trim_start();
    }
    while let Some(open) = t.rfind("</") {
        if container_tag_len(&t[open..]) != Some(t.len() - open) {
            break;
        }
        t = t[..open].trim_end();
    }
    t
}

/// Splits a table cell at `<br>` tags.
pub(crate) fn split_br(cell: &str) -> Vec<String> {
    replace_br(cell, "\u{0}")
        .split('\u{0}')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn container_tags_around_a_line_are_dropped() {
        assert_eq!(
            strip_container_tags("<p><b>Skills:</b> Go</p>"),
            "<b>Skills:</b> Go"
        );
        assert_eq!(strip_container_tags("  <ul><LI>Rust</li>  "), "Rust");
        assert_eq!(strip_container_tags("</ul>"), "");
        assert_eq!(strip_container_tags("Go</li>"), "Go");
        // Other tags, and tags inside the line, stay.
        assert_eq!(strip_container_tags("<pre>x</pre>"), "<pre>x</pre>");
        assert_eq!(strip_container_tags("<p class=\"a\">x"), "<p class=\"a\">x");
        assert_eq!(strip_container_tags("a <p> b"), "a <p> b");
        assert_eq!(strip_container_tags("x</b>"), "x</b>");
        assert_eq!(strip_container_tags("plain"), "plain");
    }

    #[test]
    fn values_written_in_html_read_as_their_text() {
        use crate::parse::text::{clean_block, clean_inline};
        assert_eq!(clean_inline(" Rust, Go</p>"), "Rust, Go");
        assert_eq!(clean_block("Rust</li>\n  <li>Go</li>\n</ul>"), "Rust\nGo");
        assert_eq!(clean_block("<p>One.</p>\n\n<p>Two.</p>"), "One.\n\nTwo.");
        // Markdown without HTML is untouched.
        assert_eq!(clean_block("  - a\n  - b"), "- a\n- b");
    }
}
