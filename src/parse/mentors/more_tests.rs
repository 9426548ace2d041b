//! Table-driven tests of mentor parsing, continued: merging, handles and emails, odd input,
//! unusual orders, and the bracket table a line's pieces share.

use super::tests::{at, check, m};
use super::*;
use proptest::prelude::*;

#[test]
fn duplicates_are_merged() {
    check(&[
        (
            "Ann Lee (@annlee), @AnnLee",
            vec![m(Some("Ann Lee"), Some("annlee"), None)],
        ),
        (
            "@annlee\nAnn Lee (@annlee, ann@example.com)",
            vec![m(Some("Ann Lee"), Some("annlee"), Some("ann@example.com"))],
        ),
        (
            "Ann Lee <ANN@example.com>, ann@example.com (@annlee)",
            vec![m(Some("Ann Lee"), Some("annlee"), Some("ANN@example.com"))],
        ),
        (
            "Ann Lee, Ann Lee (@annlee)",
            vec![m(Some("Ann Lee"), Some("annlee"), None)],
        ),
        (
            // A shared address (the programme's) is not one person.
            "[Ann Lee](mailto:team@example.org) (Uni A)\n[Bo Chen](mailto:team@example.org) (Uni B)",
            vec![
                at(m(Some("Ann Lee"), None, Some("team@example.org")), "Uni A"),
                at(m(Some("Bo Chen"), None, Some("team@example.org")), "Uni B"),
            ],
        ),
        (
            "Ann Lee (@a1), Ann Lee (@a2)",
            vec![
                m(Some("Ann Lee"), Some("a1"), None),
                m(Some("Ann Lee"), Some("a2"), None),
            ],
        ),
    ]);
}

#[test]
fn github_handles() {
    for h in ["a", "SataQiu", "0yi0", "Electronic-Waste", "lowang-bh"] {
        assert!(is_valid_github_handle(h), "{h}");
    }
    let long = "x".repeat(40);
    for h in [
        "",
        "-a",
        "a-",
        "a--b",
        "has space",
        long.as_str(),
        "user_name",
        "@a",
    ] {
        assert!(!is_valid_github_handle(h), "{h}");
    }
    assert!(is_valid_github_handle(&"x".repeat(39)));
}

#[test]
fn emails() {
    for e in [
        "ashnamehrotra@gmail.com",
        "Vec.G.Sun@gmail.com",
        "dettori@us.ibm.com",
        "first+tag@sub.example.co.uk",
    ] {
        assert!(is_valid_email(e), "{e}");
    }
    for e in [
        "",
        "plain",
        "a@b",
        "a@@b.com",
        "a@b@c.com",
        "has space@example.com",
        "craig.box AT gee-mail",
        "jane[at]example.org",
        "jane@example[dot]org",
        ".a@example.com",
        "a..b@example.com",
        "a@-example.com",
        "a@example.c0m",
        "@example.com",
        "a@.example.com",
    ] {
        assert!(!is_valid_email(e), "{e}");
    }
}

#[test]
fn never_panics_on_odd_input() {
    let nested_open = "(".repeat(5000);
    let nested = format!("{}x{}", "([<".repeat(3000), ">])".repeat(3000));
    let inputs = [
        "((((",
        "))))",
        "[[[]",
        "<<<>",
        "[](",
        "[x](",
        "![](x)",
        "& &amp &#; &#xZZ; &#1114112;",
        "<a href=",
        "<a href=\"x\">",
        "</a>",
        "~~",
        "@",
        "@@",
        "a@",
        "@-",
        ":",
        "::",
        "- - -",
        "1.",
        "é(ñ)[ü](ö)<ß>",
        "AT at [at] dot",
        "x AT",
        "Name:",
        "GitHub:",
        "Email:",
        "\u{FEFF}\u{200B}",
        "\t\t- \t",
        "(at)",
        "a(at)",
        "[at]b",
        "{",
        "}",
        "Mentor 1:",
        nested_open.as_str(),
        nested.as_str(),
    ];
    for input in inputs {
        let _ = parse_mentors(input);
    }
    // Random mixes of the characters the scanner cares about.
    let alphabet: Vec<char> = "aZ0 ,;:@.-_*`~()[]<>{}!?&#/\\\n\t|'\"é王、，（）AT at dot mailto: https://github.com/x and ".chars().collect();
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..3000 {
        let mut s = String::new();
        for _ in 0..60 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            s.push(alphabet[(seed >> 33) as usize % alphabet.len()]);
        }
        let _ = parse_mentors(&s);
    }
    // Large inputs stay fast.
    let many = "Ann Lee (@annlee, ann@example.com), ".repeat(20_000);
    assert_eq!(parse_mentors(&many).len(), 1);
    let distinct: String = (0..20_000).map(|i| format!("@user{i}, ")).collect();
    assert_eq!(parse_mentors(&distinct).len(), 20_000);
}

#[test]
fn a_mentor_is_a_person_not_a_link_label() {
    check(&[
        // Labels of links next to mentors, inline.
        (
            "Jane Doe, [Slack](https://example.slack.com/x), [Mailing list](https://lists.example.org)",
            vec![m(Some("Jane Doe"), None, None)],
        ),
        (
            "- Jane Doe\n- [Discord](https://discord.gg/x)\n- [Idea discussion](https://chat.example.org/t/1)",
            vec![m(Some("Jane Doe"), None, None)],
        ),
        // A label line starts another section: the mentors end there.
        (
            "- Ada Byron ([GitHub](https://github.com/adab), [Zulip](https://chat.example.org/dm/1))\n\n\
             **Zulip streams**\n- [Idea discussion](https://chat.example.org/t/2)\n\n\
             **Further resources**\n- [Linker repo](https://github.com/adab/linker)",
            vec![m(Some("Ada Byron"), Some("adab"), None)],
        ),
        (
            "Jane Doe (@jdoe)\nRelated links:\n- [Design notes](https://example.org/notes)",
            vec![m(Some("Jane Doe"), Some("jdoe"), None)],
        ),
        // ... but a label naming mentors, or a name in bold, goes on.
        (
            "**Primary**\n- Jane Doe (@jdoe)\n**Co-mentors**\n- Alan Roe (@aroe)",
            vec![
                m(Some("Jane Doe"), Some("jdoe"), None),
                m(Some("Alan Roe"), Some("aroe"), None),
            ],
        ),
        (
            "**Jane Doe**\n**Alan Roe**",
            vec![m(Some("Jane Doe"), None, None), m(Some("Alan Roe"), None, None)],
        ),
    ]);
}

#[test]
fn names_and_handles_in_unusual_orders() {
    check(&[
        // An affiliation after the name is not part of it.
        (
            "[Jane Doe from examplelib](https://github.com/jdoe), IRC: jdoe",
            vec![m(Some("Jane Doe"), Some("jdoe"), None)],
        ),
        (
            "Alan Roe at Example Corp",
            vec![m(Some("Alan Roe"), None, None)],
        ),
        // The written handle wins over the URL's (unless they differ only in case).
        (
            "[@adalee](https://github.com/ada)",
            vec![m(None, Some("adalee"), None)],
        ),
        (
            "[@AdaLee](https://github.com/adalee)",
            vec![m(None, Some("adalee"), None)],
        ),
        // Handle first, the name in parentheses.
        (
            "jdoe (Jane Doe), aroe (Alan Roe)",
            vec![
                m(Some("Jane Doe"), Some("jdoe"), None),
                m(Some("Alan Roe"), Some("aroe"), None),
            ],
        ),
        (
            "- dm4 (Dana Moss)",
            vec![m(Some("Dana Moss"), Some("dm4"), None)],
        ),
        // A capitalised first word is a name, the parenthesis its affiliation.
        (
            "Oli (Red Hat)",
            vec![at(m(Some("Oli"), None, None), "Red Hat")],
        ),
        // One capitalised word in parentheses is an affiliation ("(BitsPilani)", with the
        // full stop that ends the sentence after it), unless it plainly belongs to the name;
        // a technology there is the area, neither.
        (
            "Abhay Kamble (BitsPilani), Tova Rask (Glyphwork).",
            vec![
                at(m(Some("Abhay Kamble"), None, None), "BitsPilani"),
                at(m(Some("Tova Rask"), None, None), "Glyphwork"),
            ],
        ),
        (
            "Tova Rask (TovaR), Ned Olm (ned4)",
            vec![
                m(Some("Tova Rask"), Some("TovaR"), None),
                m(Some("Ned Olm"), Some("ned4"), None),
            ],
        ),
        (
            "[Lio Park](https://github.com/liopark) (JavaScript)",
            vec![m(Some("Lio Park"), Some("liopark"), None)],
        ),
    ]);
}

#[test]
fn dedupe_merges_people_past_sixteen() {
    let person = |name: &str, github: Option<&str>| Mentor {
        name: Some(name.to_string()),
        github: github.map(str::to_string),
        email: None,
        affiliation: None,
    };
    let mut list: Vec<Mentor> = (0..20)
        .map(|i| person(&format!("Person {i}"), None))
        .collect();
    list.push(person("PERSON 18", Some("p18")));
    list.push(person("Someone", Some("P18")));
    let out = dedupe(list);
    assert_eq!(out.len(), 20);
    assert_eq!(out[18].github.as_deref(), Some("p18"));
}

#[test]
fn placeholders_are_found_in_any_case() {
    assert!(handles::is_placeholder(" TBD "));
    assert!(handles::is_placeholder("To Be Announced"));
    assert!(!handles::is_placeholder("Tobias"));
    assert!(!handles::is_placeholder("tbd\u{301}"));
}

#[test]
fn tokens_split_keys_and_join_lone_colons() {
    let toks = handles::tokenize("Name: Ana  github:ana-k  Email : ana@example.org mailto:x@y.z");
    let toks: Vec<&str> = toks.iter().map(String::as_str).collect();
    assert_eq!(
        toks,
        [
            "Name:",
            "Ana",
            "github:",
            "ana-k",
            "Email:",
            "ana@example.org",
            "mailto:x@y.z"
        ]
    );
}

#[test]
fn lines_lose_emphasis_code_marks_and_struck_text() {
    assert_eq!(normalize::clean_line("**Ana** ~~Bo~~ `x`"), "Ana   x ");
    assert_eq!(
        normalize::clean_line("Ana Keeper (@ak)"),
        "Ana Keeper (@ak) "
    );
    assert_eq!(normalize::clean_line("a~~b~~c"), "a c ");
    // An unpaired `~~` strikes nothing.
    assert_eq!(normalize::clean_line("a~~b"), "a b ");
}

#[test]
fn email_lengths_and_labels() {
    let valid = [
        format!("{}@example.org", "a".repeat(64)),
        format!("ana@{}.org", "b".repeat(63)),
        "ana@1.2.org".to_string(),
        "x@y.zz".to_string(),
    ];
    for e in &valid {
        assert!(is_valid_email(e), "{e}");
    }
    let invalid = [
        format!("{}@example.org", "a".repeat(65)),
        format!("ana@{}.org", "b".repeat(64)),
        format!("ana@{}org", "b.".repeat(130)),
        "ana@x.org.".to_string(),
        "ana@x.42".to_string(),
        "ana@x-.org".to_string(),
        "ána@x.org".to_string(),
        "ana@x.órg".to_string(),
        "ana@x.org\n".to_string(),
    ];
    for e in &invalid {
        assert!(!is_valid_email(e), "{e:?}");
    }
}

/// Every piece of the line that is read on its own (a group's inside, a part between
/// separators, the text around a dash) has the slice of the line's table as its own table.
fn check_tables(chars: &[char]) -> Result<(), TestCaseError> {
    let m = match_table(chars);
    for i in 0..chars.len() {
        if let Some(j) = closer(&m, i) {
            prop_assert_eq!(&match_table(&chars[i + 1..j])[..], &m[i + 1..j]);
        }
    }
    for (s, e) in split_parts(chars, &m) {
        let (s, e) = trim_range(chars, s, e);
        let (part, pm) = (&chars[s..e], &m[s..e]);
        prop_assert_eq!(&match_table(part)[..], pm, "part {}..{}", s, e);
        if let Some((a, b)) = find_spaced_dash(part, pm) {
            prop_assert_eq!(&match_table(&part[..a])[..], &pm[..a]);
            prop_assert_eq!(&match_table(&part[b..])[..], &pm[b..]);
        }
    }
    Ok(())
}

#[test]
fn tables_of_written_lines_slice() {
    for line in [
        "Ada Keeper (@adakeeper, ada@lighthouse.example)",
        "[Name](https://github.com/handle), and [B] (x - y) - remark (z, w)",
        "( [ ) , ] - a",
        "[ ( ] , ) -- b",
        "a) , (b [c (d] e) f, {g <h} i>",
        "<a@b.c>, (x (y) z), [[x]]",
    ] {
        let chars: Vec<char> = line.chars().collect();
        check_tables(&chars).unwrap();
    }
}

fn mentor_strategy() -> impl Strategy<Value = Mentor> {
    // Few values in a few spellings, so that people meet, merge and conflict; the Kelvin sign
    // lower-cases to `k`.
    let part = || {
        proptest::option::weighted(
            0.6,
            proptest::sample::select(vec![
                "ana",
                "Ana",
                "ANA",
                "bo",
                "Bo",
                "kim",
                "\u{212a}im",
                "KIM",
                "zoë",
                "ZOË",
                "x1",
            ]),
        )
        .prop_map(|v| v.map(str::to_string))
    };
    (part(), part(), part()).prop_map(|(name, github, email)| Mentor {
        name,
        github,
        email,
        affiliation: None,
    })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 1000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn tables_slice_as_the_line_is_read(line in "[()\\[\\]<>{}ab ,;&/!\\-–—\u{2003}]{0,40}") {
        let chars: Vec<char> = line.chars().collect();
        check_tables(&chars)?;
    }

    #[test]
    fn deduping_twice_gives_what_deduping_once_gives(
        list in proptest::collection::vec(mentor_strategy(), 0..40)
    ) {
        let once = dedupe(list);
        prop_assert_eq!(dedupe(once.clone()), once);
    }
}

#[test]
fn every_word_list_the_reader_names_is_in_the_schema() {
    for key in words::KEYS {
        assert!(
            !crate::words::list(key).is_empty(),
            "{key} missing from schemas/words.toml"
        );
    }
}

#[test]
fn someone_named_only_by_a_chat_handle_is_named_by_it() {
    check(&[
        ("Discord: @anya714", vec![m(Some("anya714"), None, None)]),
        // Beside a GitHub handle, the chat handle is not the person's name.
        (
            "GitHub: @DengreSarthak ; Discord: @sarthak_09385",
            vec![m(None, Some("DengreSarthak"), None)],
        ),
        (
            "Jane Doe (Discord: @jd)",
            vec![m(Some("Jane Doe"), None, None)],
        ),
        // The next line's GitHub handle is the next person's.
        (
            "* Discord: @sharky\n* GitHub: @imxade; Discord: @Rituraj",
            vec![m(Some("sharky"), None, None), m(None, Some("imxade"), None)],
        ),
    ]);
}

#[test]
fn a_templates_comment_in_the_field_is_nobody() {
    let found = parse_mentors(
        "#For GSoC, it is **required** to have at least 2 mentors with 1 being a primary mentor.\n  - Ann Wu (@annwu) - primary\n  - Bo Chan (@bochan)",
    );
    let names: Vec<_> = found.iter().filter_map(|m| m.name.as_deref()).collect();
    assert_eq!(names, ["Ann Wu", "Bo Chan"]);
}

#[test]
fn a_spaced_bar_separates_people() {
    check(&[
        (
            "Ana Lima | Bo Chen",
            vec![
                m(Some("Ana Lima"), None, None),
                m(Some("Bo Chen"), None, None),
            ],
        ),
        (
            "[@analima](https://github.com/analima) | [@bochen](https://github.com/bochen)",
            vec![
                m(None, Some("analima"), None),
                m(None, Some("bochen"), None),
            ],
        ),
        (
            "Ana Lima (@ana) | Bo Chen (bo@example.org)",
            vec![
                m(Some("Ana Lima"), Some("ana"), None),
                m(Some("Bo Chen"), None, Some("bo@example.org")),
            ],
        ),
        // One person's parts, each labelled, stay one person.
        (
            "Ana Lima | GitHub: @ana | ana@example.org",
            vec![m(Some("Ana Lima"), Some("ana"), Some("ana@example.org"))],
        ),
    ]);
}

#[test]
fn a_surname_that_is_also_a_word_of_links_is_a_name() {
    // "Link" is a surname as well as a link's label.
    check(&[(
        "Kevin Lumbard, Matt Germonprez, Georg Link",
        vec![
            m(Some("Kevin Lumbard"), None, None),
            m(Some("Matt Germonprez"), None, None),
            m(Some("Georg Link"), None, None),
        ],
    )]);
}

#[test]
fn a_slash_pairs_a_name_with_its_address_and_a_misspelt_group_is_no_one() {
    check(&[
        (
            "Ye Lan / dashboard99@example.org",
            vec![m(Some("Ye Lan"), None, Some("dashboard99@example.org"))],
        ),
        (
            "Remy Hollis, Pathway developpers, Harbor team",
            vec![m(Some("Remy Hollis"), None, None)],
        ),
    ]);
}
