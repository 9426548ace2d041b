//! Table-driven tests of mentor parsing: forms, labels, links, merging, odd input.

use super::*;

pub(super) fn m(name: Option<&str>, github: Option<&str>, email: Option<&str>) -> Mentor {
    Mentor {
        name: name.map(str::to_string),
        github: github.map(str::to_string),
        email: email.map(str::to_string),
        affiliation: None,
    }
}

/// `mentor` with its affiliation.
pub(super) fn at(mut mentor: Mentor, affiliation: &str) -> Mentor {
    mentor.affiliation = Some(affiliation.to_string());
    mentor
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
            vec![m(Some("Jane Roe"), None, Some("jane@example.org"))],
        ),
        (
            "Jane Roe, Email: jane(at)example.org",
            vec![m(Some("Jane Roe"), None, Some("jane@example.org"))],
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
        "Any",
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
fn a_role_and_an_address_after_a_name_are_that_persons() {
    check(&[
        (
            "Ann Lee, Foo project lead (ann at example dot org), Bo Chen, PhD Candidate, \
             Some University (bo at example dot com), TBD",
            vec![
                m(Some("Ann Lee"), None, Some("ann@example.org")),
                m(Some("Bo Chen"), None, Some("bo@example.com")),
            ],
        ),
        // Two people, the second with their own address: nothing moves.
        (
            "Ann Lee, Bo Chen (bo@example.com)",
            vec![
                m(Some("Ann Lee"), None, None),
                m(Some("Bo Chen"), None, Some("bo@example.com")),
            ],
        ),
        // A bare address after a name is a contact of its own.
        (
            "Ann Lee (ann@example.org), team@example.org",
            vec![
                m(Some("Ann Lee"), None, Some("ann@example.org")),
                m(None, None, Some("team@example.org")),
            ],
        ),
    ]);
}

#[test]
fn a_lone_question_mark_is_a_mentor_not_known_yet() {
    for (with_mark, without) in [
        ("korli, ?", "korli"),
        ("Ann Lee, ??", "Ann Lee"),
        ("PulkoMandy, waddlesplash, ?", "PulkoMandy, waddlesplash"),
    ] {
        assert!(!parse_mentors(without).is_empty(), "{without}");
        assert_eq!(
            parse_mentors(with_mark),
            parse_mentors(without),
            "{with_mark}"
        );
    }
}

#[test]
fn an_institution_in_parentheses_is_the_affiliation_and_a_remark_is_not() {
    check(&[
        (
            "Jane Doe (CERN), John Smith (University of Oxford)",
            vec![
                at(m(Some("Jane Doe"), None, None), "CERN"),
                at(m(Some("John Smith"), None, None), "University of Oxford"),
            ],
        ),
        (
            "Jane Doe (@jdoe, jane@example.org) (Google)",
            vec![at(
                m(Some("Jane Doe"), Some("jdoe"), Some("jane@example.org")),
                "Google",
            )],
        ),
        // Roles, job titles, pronouns, contacts and lower-case remarks are not institutions.
        (
            "Jane Doe (PhD candidate)",
            vec![m(Some("Jane Doe"), None, None)],
        ),
        (
            "Jane Doe (co-mentor)",
            vec![m(Some("Jane Doe"), None, None)],
        ),
        ("Jane Doe (she/her)", vec![m(Some("Jane Doe"), None, None)]),
        ("Jane Doe (Slack)", vec![m(Some("Jane Doe"), None, None)]),
        (
            "Jane Doe (contact person)",
            vec![m(Some("Jane Doe"), None, None)],
        ),
        ("Jane Doe (TBD)", vec![m(Some("Jane Doe"), None, None)]),
        // Another name of the person (their handle's) is no institution.
        (
            "Zicong Chen (Jesse Stutler) (@JesseStutler)",
            vec![m(Some("Zicong Chen"), Some("JesseStutler"), None)],
        ),
        // The name itself in parentheses, after a handle, is the name.
        (
            "jdoe (Jane Doe)",
            vec![m(Some("Jane Doe"), Some("jdoe"), None)],
        ),
    ]);
}
