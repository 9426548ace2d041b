//! Table-driven tests of mentor parsing: forms, labels, links, merging, odd input.

use super::*;

pub(super) fn m(name: Option<&str>, github: Option<&str>, email: Option<&str>) -> Mentor {
    Mentor {
        name: name.map(str::to_string),
        github: github.map(str::to_string),
        email: email.map(str::to_string),
    }
}

pub(super) fn check(cases: &[(&str, Vec<Mentor>)]) {
    for (input, want) in cases {
        let got = parse_mentors(input);
        assert_eq!(&got, want, "input: {input:?}");
    }
}

#[test]
fn name_handle_email_forms() {
    check(&[
        (
            "Ashna Mehrotra (@ashnamehrotra, ashnamehrotra@gmail.com)",
            vec![m(
                Some("Ashna Mehrotra"),
                Some("ashnamehrotra"),
                Some("ashnamehrotra@gmail.com"),
            )],
        ),
        (
            "Ashna Mehrotra (ashnamehrotra, ashnamehrotra@gmail.com)",
            vec![m(
                Some("Ashna Mehrotra"),
                Some("ashnamehrotra"),
                Some("ashnamehrotra@gmail.com"),
            )],
        ),
        (
            "Alex Meijer (@ameijer , alexander.meijer@ibm.com)",
            vec![m(
                Some("Alex Meijer"),
                Some("ameijer"),
                Some("alexander.meijer@ibm.com"),
            )],
        ),
        (
            "Sun Weixiang(@veophi, Vec.G.Sun@gmail.com)",
            vec![m(
                Some("Sun Weixiang"),
                Some("veophi"),
                Some("Vec.G.Sun@gmail.com"),
            )],
        ),
        (
            "yi (@0yi0 yi@secondstate.io)",
            vec![m(Some("yi"), Some("0yi0"), Some("yi@secondstate.io"))],
        ),
        (
            "Shida Qiu (@SataQiu)",
            vec![m(Some("Shida Qiu"), Some("SataQiu"), None)],
        ),
        (
            "Shida Qiu (SataQiu)",
            vec![m(Some("Shida Qiu"), Some("SataQiu"), None)],
        ),
        (
            "Paolo Dettori: (@pdettori, dettori@us.ibm.com)",
            vec![m(
                Some("Paolo Dettori"),
                Some("pdettori"),
                Some("dettori@us.ibm.com"),
            )],
        ),
        (
            "Hung-Ying Tai (@hydai, hydai@secondstate.io) - Primary",
            vec![m(
                Some("Hung-Ying Tai"),
                Some("hydai"),
                Some("hydai@secondstate.io"),
            )],
        ),
        (
            "Hung-Ying Tai (@hydai, hydai@secondstate.io) - primary",
            vec![m(
                Some("Hung-Ying Tai"),
                Some("hydai"),
                Some("hydai@secondstate.io"),
            )],
        ),
        (
            "Heiko Strathmann (github: karlnapf, IRC: HeikoS)",
            vec![m(Some("Heiko Strathmann"), Some("karlnapf"), None)],
        ),
        (
            "Git Author < <author@example.org> >",
            vec![m(Some("Git Author"), None, Some("author@example.org"))],
        ),
        (
            "Jane Doe (jane@example.com)",
            vec![m(Some("Jane Doe"), None, Some("jane@example.com"))],
        ),
        (
            "jane@example.com",
            vec![m(None, None, Some("jane@example.com"))],
        ),
        (
            "<jane@example.com>",
            vec![m(None, None, Some("jane@example.com"))],
        ),
        (
            "Craig Box (@craigbox, craig.box AT gee-mail)",
            vec![m(
                Some("Craig Box"),
                Some("craigbox"),
                Some("craig.box AT gee-mail"),
            )],
        ),
        (
            "Jane Roe (jane [at] example [dot] org)",
            vec![m(
                Some("Jane Roe"),
                None,
                Some("jane [at] example [dot] org"),
            )],
        ),
        (
            "Jane Roe, Email: jane(at)example.org",
            vec![m(Some("Jane Roe"), None, Some("jane(at)example.org"))],
        ),
        (
            "Ana Lee (@analee, ana@example.com) - please use the same email address as you \
             use on the LFX platform, and apply there",
            vec![m(Some("Ana Lee"), Some("analee"), Some("ana@example.com"))],
        ),
        (
            "Ana Lee (@analee) from Example Corp",
            vec![m(Some("Ana Lee"), Some("analee"), None)],
        ),
        (
            "**Bob Stone** (`@bstone`)",
            vec![m(Some("Bob Stone"), Some("bstone"), None)],
        ),
    ]);
}

#[test]
fn role_labels_are_dropped() {
    check(&[
        (
            "Alice Frosi <afrosi@redhat.com>, Co-mentor: Luboslav Pivarcl <lpivarc@redhat.com>",
            vec![
                m(Some("Alice Frosi"), None, Some("afrosi@redhat.com")),
                m(Some("Luboslav Pivarcl"), None, Some("lpivarc@redhat.com")),
            ],
        ),
        (
            "Mentor: Alice Frosi, Co-Mentor: Bob Ray",
            vec![
                m(Some("Alice Frosi"), None, None),
                m(Some("Bob Ray"), None, None),
            ],
        ),
        (
            "Primary: Alice Frosi (@afrosi)\nSecondary: Bob Ray (@bray)",
            vec![
                m(Some("Alice Frosi"), Some("afrosi"), None),
                m(Some("Bob Ray"), Some("bray"), None),
            ],
        ),
        (
            "Primary mentor: Alice Frosi",
            vec![m(Some("Alice Frosi"), None, None)],
        ),
        (
            "Alice Frosi (primary), Bob Ray (co-mentor)",
            vec![
                m(Some("Alice Frosi"), None, None),
                m(Some("Bob Ray"), None, None),
            ],
        ),
    ]);
}

#[test]
fn markdown_links() {
    check(&[
        (
            "[Rick](https://github.com/LinuxSuRen/), [Shaowen Chen](https://github.com/shaowenchen/)",
            vec![
                m(Some("Rick"), Some("LinuxSuRen"), None),
                m(Some("Shaowen Chen"), Some("shaowenchen"), None),
            ],
        ),
        (
            "[@handle](https://github.com/handle)",
            vec![m(None, Some("handle"), None)],
        ),
        (
            "[Name Person](https://example.org/~name)",
            vec![m(Some("Name Person"), None, None)],
        ),
        (
            "[A Person](https://github.com/a), and [B Person](https://github.com/b)",
            vec![
                m(Some("A Person"), Some("a"), None),
                m(Some("B Person"), Some("b"), None),
            ],
        ),
        (
            "[A](https://github.com/a), and [B](https://github.com/b)",
            vec![m(Some("A"), Some("a"), None), m(Some("B"), Some("b"), None)],
        ),
        (
            "[shaowenchen](https://github.com/shaowenchen)",
            vec![m(None, Some("shaowenchen"), None)],
        ),
        (
            "[jane@example.com](mailto:jane@example.com)",
            vec![m(None, None, Some("jane@example.com"))],
        ),
        (
            "Jane Doe ([GitHub](https://github.com/janedoe))",
            vec![m(Some("Jane Doe"), Some("janedoe"), None)],
        ),
        (
            "Jane Doe https://github.com/janedoe",
            vec![m(Some("Jane Doe"), Some("janedoe"), None)],
        ),
        (
            "Jane Doe <https://github.com/janedoe>",
            vec![m(Some("Jane Doe"), Some("janedoe"), None)],
        ),
        (
            "[Jane Doe](https://github.com/org/repo)",
            vec![m(Some("Jane Doe"), None, None)],
        ),
        (
            "<a href=\"https://github.com/janedoe\">Jane Doe</a>",
            vec![m(Some("Jane Doe"), Some("janedoe"), None)],
        ),
    ]);
}

#[test]
fn separators_and_bare_forms() {
    check(&[
        (
            "@juliusvonkohout\n@Electronic-Waste",
            vec![
                m(None, Some("juliusvonkohout"), None),
                m(None, Some("Electronic-Waste"), None),
            ],
        ),
        (
            "@alice @bob",
            vec![m(None, Some("alice"), None), m(None, Some("bob"), None)],
        ),
        (
            "@Electronic-Waste , Andrey Velichkevich, TBD",
            vec![
                m(None, Some("Electronic-Waste"), None),
                m(Some("Andrey Velichkevich"), None, None),
            ],
        ),
        (
            "Julius von Kohout",
            vec![m(Some("Julius von Kohout"), None, None)],
        ),
        (
            "Ricardo Martinelli, Shivay Lamba",
            vec![
                m(Some("Ricardo Martinelli"), None, None),
                m(Some("Shivay Lamba"), None, None),
            ],
        ),
        (
            "Ann Lee, Bo Chen, and Cy Diaz",
            vec![
                m(Some("Ann Lee"), None, None),
                m(Some("Bo Chen"), None, None),
                m(Some("Cy Diaz"), None, None),
            ],
        ),
        (
            "A, B, and C",
            vec![
                m(Some("A"), None, None),
                m(Some("B"), None, None),
                m(Some("C"), None, None),
            ],
        ),
        (
            "Ann Lee and Bo Chen / Cy Diaz; Di Ma & Ed Wu",
            vec![
                m(Some("Ann Lee"), None, None),
                m(Some("Bo Chen"), None, None),
                m(Some("Cy Diaz"), None, None),
                m(Some("Di Ma"), None, None),
                m(Some("Ed Wu"), None, None),
            ],
        ),
        (
            "Feynman Zhou、liu jin hui",
            vec![
                m(Some("Feynman Zhou"), None, None),
                m(Some("liu jin hui"), None, None),
            ],
        ),
        (
            "Feynman Zhou，liu jin hui",
            vec![
                m(Some("Feynman Zhou"), None, None),
                m(Some("liu jin hui"), None, None),
            ],
        ),
        (
            "Ann Lee<br />Bo Chen<br>Cy Diaz</br>Di Ma",
            vec![
                m(Some("Ann Lee"), None, None),
                m(Some("Bo Chen"), None, None),
                m(Some("Cy Diaz"), None, None),
                m(Some("Di Ma"), None, None),
            ],
        ),
        (
            "Ann &amp; Bo &lt;ann@example.com&gt;",
            vec![
                m(Some("Ann"), None, None),
                m(Some("Bo"), None, Some("ann@example.com")),
            ],
        ),
        ("_Ann   Lee_  ", vec![m(Some("Ann Lee"), None, None)]),
    ]);
}

#[test]
fn bracketed_rows_describe_one_person() {
    check(&[
        (
            "[Shekhar Prasad Rajak], [Software Development Engineer, Apple Inc], \
             [Github: @Shekharrajak , Mail: shekharrajak@live.com]",
            vec![m(
                Some("Shekhar Prasad Rajak"),
                Some("Shekharrajak"),
                Some("shekharrajak@live.com"),
            )],
        ),
        (
            "[Chaoran Yu], [Mentor Title/Position], [Github: @yuchaoran2011]",
            vec![m(Some("Chaoran Yu"), Some("yuchaoran2011"), None)],
        ),
        (
            "[Ann Lee], [Bo Chen]",
            vec![
                m(Some("Ann Lee"), None, None),
                m(Some("Bo Chen"), None, None),
            ],
        ),
        ("[Software Development Engineer, Apple Inc]", vec![]),
    ]);
}

#[test]
fn multi_line_lists() {
    let text = "\n- Ann Lee (@annlee)\n\t- Bo Chen <bo@example.com>\n\n* Cy Diaz\n  \
                * GitHub: @cydiaz\n  * Email: cy@example.com\n+ @dima\n1. Ed Wu   \n\
                2) [Fay Li](https://github.com/fayli)\n- TBD\n";
    check(&[(
        text,
        vec![
            m(Some("Ann Lee"), Some("annlee"), None),
            m(Some("Bo Chen"), None, Some("bo@example.com")),
            m(Some("Cy Diaz"), Some("cydiaz"), Some("cy@example.com")),
            m(None, Some("dima"), None),
            m(Some("Ed Wu"), None, None),
            m(Some("Fay Li"), Some("fayli"), None),
        ],
    )]);
    check(&[
        (
            "- Ann Lee\n  - @annlee\n- Bo Chen",
            vec![
                m(Some("Ann Lee"), Some("annlee"), None),
                m(Some("Bo Chen"), None, None),
            ],
        ),
        (
            "Name: Ann Lee\nGitHub: annlee\nName: Bo Chen\nGitHub handle: bochen",
            vec![
                m(Some("Ann Lee"), Some("annlee"), None),
                m(Some("Bo Chen"), Some("bochen"), None),
            ],
        ),
        (
            "- Primary:\n  - Ann Lee\n- Backup:\n  - @bochen",
            vec![
                m(Some("Ann Lee"), None, None),
                m(None, Some("bochen"), None),
            ],
        ),
        (
            "- ~~Old Mentor~~ Ann Lee",
            vec![m(Some("Ann Lee"), None, None)],
        ),
    ]);
}

#[test]
fn not_mentors() {
    for input in [
        "TBD",
        "TBA",
        "N/A",
        "None",
        "?",
        "",
        "   \n\n",
        "-",
        "@varodrig do you want to help here?",
        "Component: Kserve UI",
        "Difficulty: Medium",
        "Length: 350 hours",
        "Skills: Go, Kubernetes",
        "Almost any committer",
        "team members",
        "the maintainers",
        "Mentor Title/Position",
        "To be determined",
        "Please reach out to @someone on Slack if you want to mentor this project",
        "Do **not** write to mentors directly. Send questions to \
         [team@example.org](mailto:team@example.org), which reaches them all. To apply, send \
         your proposal, CV, and sample solutions through [the form](https://example.org/f).",
    ] {
        assert_eq!(parse_mentors(input), vec![], "input: {input:?}");
    }
}

#[test]
fn names_before_a_remark_in_prose_are_kept() {
    // Only what follows the first sentence of running prose is not names. (The last name,
    // written in one phrase with the sentence after it, is lost with it, as before.)
    check(&[(
        "Jane Doe, John Smith (@jsmith), Ann Lee. Ask them your questions in the channel before \
         you apply, please.",
        vec![
            m(Some("Jane Doe"), None, None),
            m(Some("John Smith"), Some("jsmith"), None),
        ],
    )]);
}

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
                m(Some("Ann Lee"), None, Some("team@example.org")),
                m(Some("Bo Chen"), None, Some("team@example.org")),
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
        // A capitalised first word is a name, the parenthesis a remark.
        ("Oli (Red Hat)", vec![m(Some("Oli"), None, None)]),
    ]);
}

#[test]
fn first_index_keeps_what_a_hash_map_keeps() {
    // Keys repeat, in either case, and pass the 16 searched in order, where the index starts
    // hashing.
    let keys: Vec<String> = (0..60)
        .map(|i| format!("{}{}", ["k", "K"][i % 2], (i * 7) % 23))
        .collect();
    let people: Vec<Mentor> = keys.iter().map(|k| m(Some(k), None, None)).collect();
    let mut index = FirstIndex::new(|m| m.name.as_deref());
    let mut map = std::collections::HashMap::new();
    for (i, k) in keys.iter().enumerate() {
        // (Told it is new when it is, as `dedupe` tells it.)
        let new = index.get(&people, k).is_none();
        index.insert_first(&people, i, new);
        map.entry(k.to_lowercase()).or_insert(i);
        for probe in ["k0", "K5", "k22", "k23", "x"] {
            assert_eq!(
                index.get(&people, probe),
                map.get(&probe.to_lowercase()).copied(),
                "{probe} after {i}"
            );
        }
    }
}

#[test]
fn dedupe_merges_people_past_sixteen() {
    let person = |name: &str, github: Option<&str>| Mentor {
        name: Some(name.to_string()),
        github: github.map(str::to_string),
        email: None,
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
fn word_sets_are_their_lists() {
    for (set, list) in [(&STOPWORD_SET, STOPWORDS), (&NOT_NAME_SET, NOT_NAME_WORDS)] {
        for w in list {
            assert!(set.contains(w), "{w}");
            assert!(!set.contains(&format!("{w}x")) || list.contains(&format!("{w}x").as_str()));
        }
        assert!(!set.contains(""));
        assert!(!set.contains("Zebediah"));
    }
}

#[test]
fn placeholders_are_lower_case_ascii_and_found_in_any_case() {
    // `handles::is_placeholder` compares ASCII text without lower-casing it first.
    for p in words::PLACEHOLDERS {
        assert!(p.is_ascii() && p.to_ascii_lowercase() == *p, "{p}");
    }
    assert!(handles::is_placeholder(" TBD "));
    assert!(handles::is_placeholder("To Be Announced"));
    assert!(!handles::is_placeholder("Tobias"));
    assert!(!handles::is_placeholder("tbd\u{301}"));
}

#[test]
fn tokens_split_keys_and_join_lone_colons() {
    let toks = handles::tokenize("Name: Ana  github:ana-k  Email : ana@example.org mailto:x@y.z");
    let toks: Vec<&str> = toks.iter().map(|t| t.as_ref()).collect();
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
fn lines_without_marks_are_cleaned_as_with_them() {
    // A trailing `*` takes the long path and is dropped there: both paths must agree.
    for line in [
        "Ana Keeper (@ak)",
        "",
        "  Bo, Cy  ",
        "Żaneta Ćwik <z@example.org>",
        "a~b",
    ] {
        assert_eq!(
            normalize::clean_line(line),
            normalize::clean_line(&format!("{line}*"))
        );
    }
    assert_eq!(normalize::clean_line("**Ana** ~~Bo~~ `x`"), "Ana   x ");
}
