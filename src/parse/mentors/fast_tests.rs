//! The one-pass reading of common parts (`fast.rs`) checked against the general reading
//! ([`parse_part`]) it stands for, on the parts of generated mentor lines.

use super::*;
use proptest::prelude::*;
use proptest::sample::select;

/// The settings of this file's property tests: `cases` generated inputs, no failure files.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Every top-level part of `line` that [`fast_part`] reads is read as [`parse_part`] reads it,
/// with the line read as bytes (when ASCII) and as characters. Returns how many parts
/// [`fast_part`] read.
fn check_line(line: &str) -> Result<usize, TestCaseError> {
    let mut fast = 0;
    if line.is_ascii() {
        fast += check_units(line.as_bytes())?;
    }
    let chars: Vec<char> = line.chars().collect();
    let by_chars = check_units(&chars)?;
    if line.is_ascii() {
        prop_assert_eq!(fast, by_chars);
    }
    Ok(by_chars)
}

fn check_units<U: Unit + std::fmt::Debug>(units: &[U]) -> Result<usize, TestCaseError> {
    let mut m = Vec::new();
    match_table(units, &mut m, &mut Vec::new());
    let mut fast = 0;
    for (s, e) in split_parts(units, &m) {
        let (ts, te) = trim_range(units, s, e);
        let mut text = String::new();
        U::push_units(&units[ts..te], &mut text);
        let Some(got) = U::with_text(&units[ts..te], fast_part) else {
            continue;
        };
        let got = got.reading();
        fast += 1;
        let want = parse_part(&units[s..e], &m[s..e], 0);
        prop_assert_eq!(&got, &want, "part {:?}", text);
    }
    Ok(fast)
}

#[test]
fn stop_words_are_written_in_lower_case() {
    // (`letters_prose` relies on it: a capitalised word is never one.)
    for w in STOPWORDS {
        assert!(w.starts_with(|c: char| c.is_ascii_lowercase()), "{w}");
    }
    // (`github_user_from_url` looks them up lower-cased.)
    for w in GITHUB_RESERVED {
        assert_eq!(*w, w.to_lowercase(), "{w}");
    }
}

#[test]
fn email_bytes_are_the_listed_ones() {
    for b in 0..=255u8 {
        let local = b.is_ascii_alphanumeric() || b".-_+".contains(&b);
        let domain = b.is_ascii_alphanumeric() || b".-".contains(&b);
        assert_eq!(fast::EMAIL_BYTES[usize::from(b)] & 1 != 0, local, "{b}");
        assert_eq!(fast::EMAIL_BYTES[usize::from(b)] & 2 != 0, domain, "{b}");
    }
}

#[test]
fn common_parts_are_read_in_one_pass() {
    for part in [
        "Kaito Amsel (@kaito87, kaito87@uni.example)",
        "Giulia Hartmann (@giulia-86, giulia.hartmann@lab.example)",
        "Lotte Iversen (@lotte-iversen)",
        "Zoë Ça (@zoe, zoe.ca@mail.example)",
        "@kaito87",
        "Valentin Silva <valentin-silva@uni.example>",
        "Co-Mentor: Nuno Ekstrom <nuno.ekstrom@corp.example>",
        "[Ada Wiklund](https://github.com/wiklundad/)",
        "[wiklundad](https://github.com/wiklundad)",
        "The maintainers (@xy)",
        "Jakub Mitura",
        "Primary: Matthew Lam",
        "Team",
        "please be responsive",
        "[Eric Reinhardt](mailto:ml4-sci@cern.ch) (University of Alabama)",
        "[Diptarko Choudhury](mailto:ml4-sci@cern.ch) (NISER)",
        "[Mariia Baidachna](mailto:ml4-sci@cern.ch)",
        "[@RossComputerGuy](https://github.com/RossComputerGuy)",
        "[@ryantm](https://github.com/ryan)",
        "[Ada Wiklund](https://github.com/wiklundad/) (Red Hat)",
    ] {
        assert_eq!(check_line(part).unwrap(), 1, "{part}");
    }
    for part in [
        "Kaito at Amsel (@kaito87)",
        "and Kaito Amsel (@kaito87)",
        "Jean-Luc Picard (@jlp)",
        "Kaito Amsel (@kaito87) - primary",
        "Kaito Amsel (kaito87, kaito87@uni.example)",
        "Component: Kaito Amsel (@kaito87)",
        "[Ada Wiklund](https://gitlab.com/wiklundad/)",
        "@a @b",
        "Kaito (@www.x)",
        "Kaito <www.k@x.org>",
        "[jdoe](mailto:j@x.org) (Jane Doe)",
        "[Ada Wiklund](https://github.com/wiklundad/) (jdoe)",
        "[Ada](mailto:a@x.org) (University at Buffalo)",
    ] {
        assert_eq!(check_line(part).unwrap(), 0, "{part}");
    }
}

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => select(vec!["Jane", "Doe", "Kaito", "Amsel", "Zoë", "Ça", "Lee"]).prop_map(str::to_string),
        4 => select(vec![
            "Jane", "Doe", "jane", "doe", "at", "At", "AT", "and", "And", "The", "the", "from",
            "Team", "Mentor", "mentor", "TBD", "tbd", "None", "Zoë", "Łukasz", "Ça", "van", "der",
            "x", "Jr", "J", "please", "liu", "jin", "hui", "jdoe", "Any", "Github", "Ω", "ǅ",
            "O'Neil", "Jean-Luc", "J.", "dm4", "Kaito", "Amsel", "someone", "Lead", "primary",
        ])
        .prop_map(str::to_string),
        1 => "[A-Za-z]{1,5}",
    ]
}

fn space() -> impl Strategy<Value = &'static str> {
    prop_oneof![12 => Just(" "), 1 => Just("  "), 1 => Just(""), 1 => Just("\t")]
}

fn name() -> impl Strategy<Value = String> {
    proptest::collection::vec((word(), space()), 0..4).prop_map(|ws| {
        let mut s = String::new();
        for (k, (w, sp)) in ws.iter().enumerate() {
            if k > 0 {
                s.push_str(if sp.is_empty() { " " } else { sp });
            }
            s.push_str(w);
        }
        s
    })
}

fn handle() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => select(vec!["jdoe", "kaito87", "a-b", "Jane", "doe"]).prop_map(str::to_string),
        4 => select(vec![
            "jdoe", "kaito87", "a-b", "-x", "x-", "tbd", "TBD", "none", "", "x_y", "x.y", "a b",
            "a--b", "x's", "Ab9", "9", "jdoe,", "jdoe)",
        ])
        .prop_map(str::to_string),
        1 => "[a-z0-9-]{1,8}",
    ]
}

fn email() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => select(vec!["j@x.org", "jane.doe@uni.example", "a-b@c.d"]).prop_map(str::to_string),
        4 => select(vec![
            "j@x.org", "jane.doe@uni.example", "www.j@x.org", "WWW.j@x.org", "j@x", "_j@x.org",
            "j@x.org.", "j..d@x", "a+b@c.d", "jdoe", "Google", "", "j at x dot org", "j@@x.org",
            "j(at)x.org", "mailto:j@x.org", "http://j@x.org", "j@x.org?", "é@x.org",
        ])
        .prop_map(str::to_string),
        1 => "[a-z0-9.+_-]{1,6}@[a-z0-9.-]{1,6}",
    ]
}

fn item() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => (handle()).prop_map(|h| format!("@{h}")),
        3 => email(),
        1 => handle(),
    ]
}

fn group() -> impl Strategy<Value = String> {
    let sep = prop_oneof![
        6 => Just(", "),
        1 => select(vec![",", " , ", ";", " | ", " ", ",,"]),
    ];
    prop_oneof![
        3 => (item(), proptest::option::of((sep, item())))
            .prop_map(|(a, b)| match b {
                Some((s, b)) => format!("({a}{s}{b})"),
                None => format!("({a})"),
            }),
        1 => (select(vec!["<", "< "]), email(), select(vec![">", " >", ""]))
            .prop_map(|(o, e, c)| format!("{o}{e}{c}")),
        1 => Just(String::new()),
    ]
}

fn url() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(vec!["https://github.com/jdoe/", "https://github.com/Jane"]).prop_map(str::to_string),
        4 => select(vec![
            "https://github.com/jdoe", "https://github.com/jdoe/", "http://www.github.com/Kaito87",
            "https://github.com/orgs/x", "https://github.com/jdoe/repo", "https://gitlab.com/jdoe",
            "mailto:j@x.org", "github.com/jdoe", "https://github.com/about",
            "https://github.com/jdoe?tab=x", "https://github.com/a--b", "https://github.com/Jane",
            "", "https://github.com/jdoe <x>", "https://github.com/x_y", "mailto:j@x.org",
            "mailto:ml4-sci@cern.ch", "MAILTO:a+b@c.d", "mailto:j@x.org?subject=x", "mailto:",
            "mailto:jdoe", "mailto:www.j@x.org", "https://github.com/a@b",
        ])
        .prop_map(str::to_string),
        1 => "https://github.com/[a-zA-Z0-9-]{0,6}/?",
    ]
}

fn link_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => name(),
        1 => select(vec!["@jdoe", "@JDOE", "@x_y", "@", "@a-b", "@Jane", "@-x", "jdoe"])
            .prop_map(str::to_string),
    ]
}

fn affiliation() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        3 => Just(""),
        2 => select(vec![
            " (University of Alabama)", " (NISER)", " (jdoe)", " (s)", " (es)", " (at)",
            " (Google)", " (University at Buffalo)", " (Wisconsin-Madison)", "(x y)", " (x y)",
            " (Jane Doe)", " (ab)", " (IBM Research)", " (a b c d e f g)", " (@jdoe)",
            " (j@x.org)", "  (Red Hat)", " (Zoë Ça)", " (TBD)", " (Team)",
        ]),
    ]
}

fn part() -> impl Strategy<Value = String> {
    let label = prop_oneof![6 => Just(""), 2 => select(vec![
        "Co-Mentor: ", "Mentor: ", "Mentors: ", "Lead: ", "Primary: ", "GitHub: ",
        "Email: ", "Component: ", "Name: ", "Jane: ", "mentor 2: ", "Co-Mentor:", "co: ",
        "Backup mentor: ", "Mentor(s): ", "and ", "& ",
    ])];
    let tail = prop_oneof![6 => Just(""), 1 => select(vec![
        " - remark", " from Red Hat", "?", " (primary)", " x", " -", "!",
    ])];
    prop_oneof![
        4 => (label, name(), space(), group(), tail.clone())
            .prop_map(|(l, n, s, g, t)| format!("{l}{n}{s}{g}{t}")),
        1 => (handle(), tail.clone()).prop_map(|(h, t)| format!("@{h}{t}")),
        2 => (select(vec!["", "", "", " ", "!"]), link_text(), url(), affiliation(), tail)
            .prop_map(|(b, n, u, a, t)| format!("{b}[{n}]({u}){a}{t}")),
    ]
}

fn line() -> impl Strategy<Value = String> {
    let sep = select(vec![", ", "; ", " and ", " & ", " / ", ",", " "]);
    (part(), proptest::collection::vec((sep, part()), 0..3)).prop_map(|(first, rest)| {
        let mut s = first;
        for (sep, p) in rest {
            s.push_str(sep);
            s.push_str(&p);
        }
        s
    })
}

/// The generated lines do reach the one-pass reading (and agree with the general one).
#[test]
fn generated_lines_are_often_read_in_one_pass() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let (mut fast, mut parts) = (0, 0);
    for _ in 0..3000 {
        let line = line().new_tree(&mut runner).unwrap().current();
        fast += check_line(&line).unwrap();
        let chars: Vec<char> = line.chars().collect();
        let mut m = Vec::new();
        match_table(&chars, &mut m, &mut Vec::new());
        parts += split_parts(&chars, &m).len();
    }
    assert!(fast * 5 > parts, "{fast} of {parts} parts read in one pass");
    eprintln!("{fast} of {parts} parts read in one pass");
}

proptest! {
    #![proptest_config(config(5000))]

    #[test]
    fn fast_parts_are_the_general_reading(line in line()) {
        check_line(&line)?;
    }

    #[test]
    fn fast_parts_of_odd_text_are_the_general_reading(
        line in "[A-Za-zé@().<>\\[\\]:/ ,;&_-]{0,30}"
    ) {
        check_line(&line)?;
    }
}

fn letters_word() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => select(vec![
            "Jane", "none", "yet", "to", "be", "announced", "TBD", "Team", "mentor", "Zoë",
            "\u{212a}im", "İlk", "ǅ", "x", "na", "At", "Lead", "Ω", "NIL", "The", "PLEASE",
            "Anyone", "almost", "von", "de", "the", "is", "Is", "van", "liu", "jin", "hui",
        ])
        .prop_map(str::to_string),
        1 => "[A-Za-zéÇΩ]{1,5}",
    ]
}

proptest! {
    #![proptest_config(config(3000))]

    #[test]
    fn names_of_letters_are_clean_name(
        words in proptest::collection::vec(letters_word(), 0..9)
    ) {
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        prop_assert_eq!(letters_name(&words), clean_name(&words));
        prop_assert_eq!(letters_prose(&words), is_prose(&words));
    }

    #[test]
    fn name_words_are_the_words_of_letters(text in "[A-Za-zéΩ .\t-]{0,30}|(at|AT|and| |[A-Z][a-z]{0,3}){0,8}") {
        let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
        let ok = !words.is_empty()
            && words.len() <= MAX_NAME_WORDS
            && words.iter().all(|w| w.chars().all(char::is_alphabetic) && !w.eq_ignore_ascii_case("at"));
        let mut w = [""; MAX_NAME_WORDS];
        let got = name_words(&text, &mut w).map(|n| w[..n].to_vec());
        prop_assert_eq!(got, ok.then_some(words));
    }

    /// Word sets (looked up by shape) answer as their lists do.
    #[test]
    fn word_sets_are_their_lists(
        w in "(the|The|TEAM|tbd|n/a|None Yet|x|co-mentor|[a-zA-Z\u{212a}é/ -]{0,6}|[a-z]{30,34})"
    ) {
        for (set, list) in [
            (&STOPWORD_SET, STOPWORDS),
            (&NOT_NAME_SET, NOT_NAME_WORDS),
            (&PLACEHOLDER_SET, PLACEHOLDERS),
        ] {
            prop_assert_eq!(set.contains(&w), list.contains(&w.as_str()));
            let lower = w.to_lowercase();
            prop_assert_eq!(set.contains_lowered(&w), list.contains(&lower.as_str()));
        }
    }
}

proptest! {
    #![proptest_config(config(5000))]

    /// A line of one part has no sentence ending before its part (so `parse_line` looks for
    /// one only in lines of several parts), and a bracket is told as `bracket_kind` tells it.
    #[test]
    fn one_part_lines_have_no_sentence_before_it(
        line in "([a-z]{1,3} ?|[A-Z][a-z]? ?|[.!?,;&/()] ?| and | & | / |  | ){0,40}"
    ) {
        let chars: Vec<char> = line.chars().collect();
        let mut m = Vec::new();
        match_table(&chars, &mut m, &mut Vec::new());
        let parts = split_parts(&chars, &m);
        if let ([(s, _)], Some(p)) = (&parts[..], paragraph_start(&chars)) {
            prop_assert!(p >= *s, "sentence at {} before the part at {}", p, s);
        }
        for &c in &chars {
            prop_assert_eq!(c.is_bracket(), bracket_kind(c).is_some());
        }
        for b in line.bytes() {
            prop_assert_eq!(b.is_bracket(), bracket_kind(char::from(b)).is_some());
        }
    }

    /// Text is rewritten for its tags exactly when [`has_html_tag`] finds one, and folded
    /// exactly when a character [`folds`].
    #[test]
    fn tags_and_folds_are_found_as_they_are_rewritten(
        text in "(<|>|/|\n| |\t|\u{b}|\u{a0}|\u{2003}|\r|（|、|é|=\"u\"|br|BR|a|A|p|img|StRiKe|h7|x|[a-z0-9]{1,3}){0,10}"
    ) {
        prop_assert_eq!(has_html_tag(&text), convert_html_tags(&text) != text);
        prop_assert_eq!(text.chars().any(folds), fold_chars(&text) != text);
    }

    #[test]
    fn known_tags_are_the_rewritten_ones(
        inner in "/{0,2}(br|BR|a|A|p|img|StRiKe|h7|x|[a-zA-Z0-9]{0,4})( |\t|\u{b}|\u{a0}|\u{2003}|/|é|=|x|\"){0,3}"
    ) {
        prop_assert_eq!(
            known_tag(inner.as_bytes()),
            tag_replacement(&inner, &mut None).is_some(),
            "{:?}", inner
        );
    }
}

#[test]
fn known_tags_are_all_rewritten() {
    for t in normalize::KNOWN_TAGS {
        assert!(tag_replacement(t, &mut None).is_some(), "{t}");
        assert!(known_tag(t.to_uppercase().as_bytes()), "{t}");
    }
}

#[test]
fn folded_characters_are_found_by_their_first_byte() {
    for c in (0..=0x10FFFFu32)
        .filter_map(char::from_u32)
        .filter(|&c| folds(c))
    {
        let mut buf = [0u8; 4];
        assert!(may_fold(c.encode_utf8(&mut buf).as_bytes()), "{c:?}");
    }
    assert!(!may_fold("Zoë Çelik Nguyễn Øre".as_bytes()));
}

fn sparse_mentor() -> impl Strategy<Value = Mentor> {
    // Many values, so that most lists share nothing; a few spellings of one, so that some do.
    let part = || {
        proptest::option::weighted(
            0.7,
            prop_oneof![
                4 => "[a-z]{1,3}",
                1 => select(vec!["ana", "ANA", "\u{212a}im", "kim", "zoë", "ZOË"]).prop_map(str::to_string),
            ],
        )
    };
    (part(), part(), part()).prop_map(|(name, github, email)| Mentor {
        name,
        github,
        email,
    })
}

proptest! {
    #![proptest_config(config(5000))]

    /// Lists whose people share nothing are kept as they are, as the reference keeps them.
    #[test]
    fn distinct_lists_dedupe_as_the_reference(
        list in proptest::collection::vec(sparse_mentor(), 0..20)
    ) {
        prop_assert_eq!(dedupe(list.clone()), super::oracle_tests::old_dedupe_settled(list));
    }

    #[test]
    fn line_prefixes_are_stripped_as_in_rounds(
        line in "( |\t|\u{a0}|\u{2003}|-|\\*|\\+|>|•|1\\.|2\\)|\\[ \\]|\\[x\\]|\\\\|a|Z|@|é|\\[)*"
    ) {
        prop_assert_eq!(strip_line_prefix(&line), strip_line_prefix_general(&line));
    }
}

/// A line read by [`read_line`] (without a bracket table when it can) is read as the general
/// reading reads it, and a line's simple parts are its parts.
fn check_whole_line<U: Unit + std::fmt::Debug>(units: &[U]) -> Result<(), TestCaseError> {
    let (mut table, mut stack, mut parts, mut got) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    read_line(units, &mut table, &mut stack, &mut parts, &mut got);
    let mut m = Vec::new();
    match_table(units, &mut m, &mut Vec::new());
    let mut want = Vec::new();
    parse_line_into(units, &m, 0, &mut Vec::new(), &mut want);
    prop_assert_eq!(got, want);
    if simple_parts_into(units, &mut parts) {
        prop_assert_eq!(parts, split_parts(units, &m));
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(5000))]

    #[test]
    fn lines_read_without_a_table_are_read_as_with_it(line in line()) {
        if line.is_ascii() {
            check_whole_line(line.as_bytes())?;
        }
        let chars: Vec<char> = line.chars().collect();
        check_whole_line(&chars)?;
    }

    #[test]
    fn odd_lines_read_without_a_table_are_read_as_with_it(
        line in "([()\\[\\]<>{}]|[a-z@.]{1,4}| |,|;| and | / |-|\\.|Ann|Lee){0,16}"
    ) {
        check_whole_line(line.as_bytes())?;
        let chars: Vec<char> = line.chars().collect();
        check_whole_line(&chars)?;
    }
}

#[test]
fn classes_are_brackets_separators_and_spaces() {
    let class = |c: char| {
        if bracket_kind(c).is_some() {
            BRACKET
        } else if c == ',' || c == ';' {
            SEPARATOR
        } else if c.is_whitespace() {
            SPACE
        } else {
            PLAIN
        }
    };
    for c in (0..=0x3100u32).filter_map(char::from_u32) {
        assert_eq!(c.class(), class(c), "{c:?}");
    }
    for b in 0..=255u8 {
        assert_eq!(b.class(), class(char::from(b)), "{b}");
    }
}

#[test]
fn a_large_text_leaves_no_large_buffers() {
    let big: Vec<String> = (0..5_000).map(|k| format!("@ana{k}")).collect();
    assert_eq!(parse_mentors(&big.join(", ")).len(), 5_000);
    SCRATCH.with(|s| {
        let s = s.borrow();
        assert!(s.line.capacity() <= 1 << 16 && s.table.capacity() <= 1 << 13);
        assert!(s.found.capacity() * std::mem::size_of::<Found>() <= 1 << 16);
    });
    assert_eq!(
        parse_mentors("Ada Keeper (@adakeeper)"),
        vec![super::tests::m(Some("Ada Keeper"), Some("adakeeper"), None)]
    );
}
