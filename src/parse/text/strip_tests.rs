//! [`strip_md`] checked against its first version, which took no shortcut for text without
//! marks.

use super::*;

/// `strip_md` as first written: every step looks for its mark.
fn reference_strip_md(s: &str) -> String {
    collapse_whitespace(&without_marks(s))
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
