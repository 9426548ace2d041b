//! Tidying a block of value text ([`clean_block`]), the step every description, outcome and
//! skills text of an idea goes through.

use super::{is_thematic_break, replace_br, strip_container_tags};
use std::borrow::Cow;

/// A block of Markdown value text, tidied: `<br>` to newlines, common indentation removed,
/// trailing thematic breaks dropped, blank-line runs collapsed, trimmed.
pub fn clean_block(s: &str) -> String {
    let s: Cow<'_, str> = if memchr::memchr(b'<', s.as_bytes()).is_some() {
        Cow::Owned(replace_br(s, "\n"))
    } else {
        Cow::Borrowed(s)
    };
    let html = memchr::memchr(b'<', s.as_bytes()).is_some();
    // Each line without its trailing space ("" when blank).
    let mut lines: Vec<&str> = s
        .lines()
        .map(|l| {
            let l = l.trim_end();
            if !html {
                return l;
            }
            // "<li><b>Skills:</b> Go</li>": the tags around a line of a value written in HTML
            // are not part of it.
            let inner = strip_container_tags(l);
            if inner.len() == l.trim_start().len() {
                l
            } else {
                inner
            }
        })
        .collect();
    while lines
        .last()
        .is_some_and(|l| l.is_empty() || is_thematic_break(l) || l.trim() == "&nbsp;")
    {
        lines.pop();
    }
    let indent = lines
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    // The lines joined, without leading blank lines, a blank run written as one blank line,
    // and the first line's leading space. (The last line is not blank: what `trim` of the
    // joined text would remove is only that space.)
    let mut out = String::with_capacity(s.len());
    let mut blank_run = false;
    for l in lines {
        if l.is_empty() {
            blank_run = !out.is_empty();
            continue;
        }
        let l = if l.len() >= indent && l.is_char_boundary(indent) {
            &l[indent..]
        } else {
            l.trim_start()
        };
        if out.is_empty() {
            out.push_str(l.trim_start());
        } else {
            out.push_str(if blank_run { "\n\n" } else { "\n" });
            out.push_str(l);
        }
        blank_run = false;
    }
    if out == "|" || out == ">" {
        out.clear();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first [`clean_block`] (two line lists and a join), which this one is checked
    /// against.
    fn reference_clean_block(s: &str) -> String {
        let s: std::borrow::Cow<'_, str> = if s.contains('<') {
            std::borrow::Cow::Owned(replace_br(s, "\n"))
        } else {
            std::borrow::Cow::Borrowed(s)
        };
        let html = s.contains('<');
        let mut lines: Vec<&str> = s
            .lines()
            .map(|l| {
                let l = l.trim_end();
                if !html {
                    return l;
                }
                // "<li><b>Skills:</b> Go</li>": the tags around a line of a value written in HTML
                // are not part of it.
                let inner = strip_container_tags(l);
                if inner.len() == l.trim_start().len() {
                    l
                } else {
                    inner
                }
            })
            .collect();
        while lines
            .last()
            .is_some_and(|l| l.trim().is_empty() || is_thematic_break(l) || l.trim() == "&nbsp;")
        {
            lines.pop();
        }
        let indent = lines
            .iter()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.len() - l.trim_start().len())
            .min()
            .unwrap_or(0);
        // Lines borrowed from `s`; a blank line is "" and runs of them are one.
        let mut out: Vec<&str> = Vec::with_capacity(lines.len());
        for l in lines {
            let l = if l.len() >= indent && l.is_char_boundary(indent) {
                &l[indent..]
            } else {
                l.trim_start()
            };
            let blank = l.trim().is_empty();
            if blank && out.last().is_some_and(|p| p.is_empty()) {
                continue;
            }
            out.push(if blank { "" } else { l });
        }
        while out
            .last()
            .is_some_and(|l| l.is_empty() || is_thematic_break(l) || l.trim() == "&nbsp;")
        {
            out.pop();
        }
        let first = out.iter().take_while(|l| l.is_empty()).count();
        let joined = out[first..].join("\n");
        let t = joined.trim();
        if t == "|" || t == ">" {
            String::new()
        } else if t.len() == joined.len() {
            joined
        } else {
            t.to_string()
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 4000,
            failure_persistence: None,
            ..Default::default()
        })]
        #[test]
        fn clean_block_is_the_reference(
            parts in proptest::collection::vec(
                "(\\n|  |\\t| |a|Go|\\u{a0}|\\u{3000}|é|---|\\*\\*\\*|<br>|<br/>|<p>|</p>|<li>|</li>|<b>|&nbsp;|\\||>|- |1\\. |\\r\\n)",
                0..40,
            )
        ) {
            let text = parts.concat();
            proptest::prop_assert_eq!(clean_block(&text), reference_clean_block(&text));
        }
    }

    #[test]
    fn blocks_are_tidied() {
        assert_eq!(clean_block("  a\n    b\n\n\n  c\n---\n"), "a\n  b\n\nc");
        assert_eq!(clean_block("Go<br>Rust"), "Go\nRust");
        assert_eq!(clean_block("<li>Go</li>\n<li>Rust</li>"), "Go\nRust");
        assert_eq!(clean_block(" | "), "");
        assert_eq!(clean_block("\n\n  x  \n\n"), "x");
    }
}
