//! The byte-level shortcuts of `bytes.rs` and the ASCII fast paths elsewhere, checked against
//! the `char` code they stand for.

use super::*;
use proptest::prelude::*;

#[test]
fn ascii_spaces_are_the_whitespace_characters() {
    for b in 0..=127u8 {
        assert_eq!(is_space(b), char::from(b).is_whitespace(), "{b}");
    }
}

#[test]
fn the_bracket_table_is_bracket_kind() {
    for c in (0..=0x2FFFu32).filter_map(char::from_u32) {
        let listed = BRACKET_BYTES.get(c as usize).copied().unwrap_or(false);
        assert_eq!(listed, bracket_kind(c).is_some(), "{c:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 3000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn words_are_split_whitespace(
        t in "[ab. \t\n\r\u{b}\u{c}]{0,12}([é\u{a0}\u{2003}\u{85}\u{3000}][ab \t]{0,4})?"
    ) {
        let got: Vec<&str> = split_words(&t).collect();
        let want: Vec<&str> = t.split_whitespace().collect();
        prop_assert_eq!(got, want);
    }
}
