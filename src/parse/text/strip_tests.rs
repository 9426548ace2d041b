//! [`strip_md`], its whitespace collapsing and [`extract_urls`] checked against their first
//! versions, which took no shortcut for text without marks or with its whitespace already
//! collapsed, and set up a substring search on every call.

use super::*;

/// `strip_md` as first written: every step looks for its mark.
fn reference_strip_md(s: &str) -> String {
    reference_collapse_whitespace(&without_marks(s))
}

/// `collapse_whitespace` as first written.
fn reference_collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: 2000,
        failure_persistence: None,
        ..Default::default()
    })]
    #[test]
    fn strip_md_is_its_first_version(
        parts in proptest::collection::vec(
            "( |  |\\t|\\n|\\r|\\u{b}|\\u{c}|\\u{a0}|\\u{85}|\\u{3000}|a|Go|350 hours|é|\\[|\\]|\\(|\\)|<br>|<|\\{%|%\\}|\\{|\\*\\*|\\*|__|_|`)",
            0..16,
        )
    ) {
        let text = parts.concat();
        proptest::prop_assert_eq!(strip_md(&text), reference_strip_md(&text));
        proptest::prop_assert_eq!(
            collapse_whitespace(&text),
            reference_collapse_whitespace(&text)
        );
    }
}

#[test]
fn plain_values_are_kept_or_collapsed() {
    for (s, want) in [
        ("", ""),
        (" ", ""),
        ("350 hours", "350 hours"),
        (" 350  hours ", "350 hours"),
        ("Large\t(350)", "Large (350)"),
        ("a\u{b}b", "a b"),
        ("a\u{a0}b", "a b"),
        ("Medium", "Medium"),
    ] {
        assert_eq!(strip_md(s), want, "{s:?}");
        assert_eq!(reference_strip_md(s), want, "{s:?}");
    }
}

/// `extract_urls` as first written (`str::find` for each "http").
fn reference_extract_urls(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(pos) = text[i..].find("http") {
        let start = i + pos;
        let rest = &text[start..];
        if !(rest.starts_with("http://") || rest.starts_with("https://")) {
            i = start + 4;
            continue;
        }
        let end = rest
            .find(|c: char| {
                c.is_whitespace() || matches!(c, ')' | ']' | '>' | '<' | '"' | '\'' | '|')
            })
            .unwrap_or(rest.len());
        let url = rest[..end].trim_end_matches(['.', ',', ';', ':', '*', '_']);
        if url.len() > "https://".len() && !out.iter().any(|u| u == url) {
            out.push(url.to_string());
        }
        i = start + end.max(1);
    }
    out
}

proptest::proptest! {
    #[test]
    fn urls_and_references_are_found_as_first_written(
        parts in proptest::collection::vec(
            "(http|https://|http://|x.io/a|/issues/1|h|t|p|s|:|/| |\\n|\\)|\\]|\\.|é|#|#12|a/b|owner/repo#3)",
            0..16,
        )
    ) {
        let text = parts.concat();
        proptest::prop_assert_eq!(extract_urls(&text), reference_extract_urls(&text));
    }
}
