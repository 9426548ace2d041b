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
fn bytes_are_the_characters_they_read_as() {
    for b in 0..=255u8 {
        let c = char::from(b);
        assert_eq!(b.ch(), c);
        assert_eq!(b.is_ws(), c.is_whitespace(), "{b}");
        let mut s = String::new();
        u8::push_units(&[b, b'x'], &mut s);
        assert_eq!(s, format!("{c}x"));
    }
    let mut s = String::from("a");
    u8::push_units(b"b c", &mut s);
    char::push_units(&['d', '\u{e9}'], &mut s);
    assert_eq!(s, "ab cd\u{e9}");
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
    fn word_sets_have_what_their_lists_have(
        w in "(Team|TEAM|mentor|Mentors|tbd|TBD|n/a|N/A|To Be Announced|none|Ann|[a-zA-Z/-]{0,6}|\u{212a}|É|é)"
    ) {
        let lower = w.to_lowercase();
        for (set, list) in [(&NOT_NAME_SET, NOT_NAME_WORDS), (&STOPWORD_SET, STOPWORDS), (&PLACEHOLDER_SET, PLACEHOLDERS)] {
            prop_assert_eq!(set.contains_lowered(&w), list.contains(&lower.as_str()));
            prop_assert_eq!(set.contains(&w), list.contains(&w.as_str()));
        }
    }

    #[test]
    fn words_are_split_whitespace(
        t in "[ab. \t\n\r\u{b}\u{c}]{0,12}([é\u{a0}\u{2003}\u{85}\u{3000}][ab \t]{0,4})?"
    ) {
        let got: Vec<&str> = split_words(&t).collect();
        let want: Vec<&str> = t.split_whitespace().collect();
        prop_assert_eq!(got, want);
    }

    #[test]
    fn ascii_lines_read_as_bytes_read_as_characters(
        line in "(Jane|Doe|jdoe|J\\.|the|please|and|And|&|/|,|;|-|--|:|GitHub:|github|Email:|E-mail|at|dot|\\(at\\)|\\(|\\)|\\[|\\]|<|>|\\{|\\}|!\\[|@x|@jdoe|a@b\\.org|https://github\\.com/jd|www\\.x\\.org|mailto:a@b\\.cc|\\?|\\.|Mentor|Name:|Component:|s|[a-zA-Z]{1,5}| | |\t|\u{b}){0,25}"
    ) {
        let bytes = line.as_bytes();
        let chars: Vec<char> = line.chars().collect();
        let (mut tb, mut tc, mut stack) = (Vec::new(), Vec::new(), Vec::new());
        match_table(bytes, &mut tb, &mut stack);
        match_table(&chars, &mut tc, &mut stack);
        prop_assert_eq!(&tb, &tc);
        prop_assert_eq!(parse_line(bytes, &tb, 0), parse_line(&chars, &tc, 0));
        prop_assert_eq!(find_spaced_dash(bytes, &tb), find_spaced_dash(&chars, &tc));
        prop_assert_eq!(split_parts(bytes, &tb), split_parts(&chars, &tc));
    }
}
