//! [`strip_md`] on values without marks.

use super::*;

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
    }
}
