//! [`strip_md`] and its whitespace collapsing checked against their first versions, which
//! took no shortcut for text without marks or with its whitespace already collapsed.

use super::*;
use std::borrow::Cow;

/// `strip_md` as first written: every step looks for its mark.
fn reference_strip_md(s: &str) -> String {
    let linked: Cow<str> = if s.contains('[') {
        Cow::Owned(strip_links(s))
    } else {
        Cow::Borrowed(s)
    };
    let broken: Cow<str> = if linked.contains('<') {
        Cow::Owned(replace_br(&linked, " "))
    } else {
        linked
    };
    let tagless: Cow<str> = if broken.contains("{%") {
        Cow::Owned(strip_liquid_tags(&broken))
    } else {
        broken
    };
    let mut text = tagless;
    for mark in ["**", "__", "`"] {
        if text.contains(mark) {
            text = Cow::Owned(text.replace(mark, ""));
        }
    }
    reference_collapse_whitespace(&text)
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
