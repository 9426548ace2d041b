//! The `--skill` page test (`SkillTable::page_test`) against the parser: on pages built from
//! the pieces that can hide or spell a skill (emphasis, tags, links, entities, escapes, labels
//! in every layout), whenever the parser finds an idea with the skill, the test says the page
//! may match. (The test may say so on pages without one: it only has to err that way.)

use ideas::parse::{parse_page, Defaults};
use ideas::skills::SkillTable;
use proptest::prelude::*;

/// Where a skills value stands: the layouts' labels, and prose around it.
fn frame() -> impl Strategy<Value = (&'static str, &'static str)> {
    prop_oneof![
        Just(("### Project one\n\n- Skills: ", "\n- Mentors: Ada Lee\n\n")),
        Just((
            "## Idea two\n\n**Skills:** ",
            "\n\n**Mentors:** Ada Lee\n\n"
        )),
        Just(("### Three\n\nSkills required: ", "\n\nMentor: Bo Li\n\n")),
        Just((
            "## Four\n\n#### Skills\n\n",
            "\n\n#### Mentors\n\nAda Lee\n\n"
        )),
        Just((
            "| Title | Skills | Mentors |\n|---|---|---|\n| Thing | ",
            " | Ada Lee |\n\n",
        )),
        Just((
            "---\ntitle: One\nskills: [\"",
            "\"]\nmentors: [Ada Lee]\n---\n\nText.\n"
        )),
        Just(("---\ntitle: One\nskills:\n  - ", "\n---\n\nText.\n")),
        Just(("+++\ntitle = \"One\"\nskills = [\"", "\"]\n+++\n\nText.\n")),
        Just((
            "### Five\n\n<b>Skills:</b> ",
            "<br>\n<b>Mentors:</b> Ada Lee\n\n"
        )),
        Just((
            "### Six\n\nThe work is ",
            " and more.\n\n- Mentors: Ada Lee\n\n"
        )),
    ]
}

/// Pieces of a skills value: the letters of "go" and "golang" and other words, each followed by
/// glue that can hide between letters or spell them (emphasis, tags, links, entities, escapes,
/// control characters), rarely by something that decodes to a letter.
fn piece() -> impl Strategy<Value = String> {
    // Pieces of the words weigh most: a whole "go" anywhere lets every page through.
    let letters = prop_oneof![
        6 => prop_oneof![
            Just("g"),
            Just("G"),
            Just("o"),
            Just("O"),
            Just("gol"),
            Just("lang"),
            Just("ang"),
            Just("Rust"),
            Just("e.g."),
        ],
        1 => prop_oneof![Just("go"), Just("Go"), Just("GO"), Just("golang")],
    ];
    let glue = prop_oneof![
        8 => prop_oneof![
            Just(""),
            Just(" "),
            Just(", "),
            Just("\n"),
            Just("*"),
            Just("**"),
            Just("_"),
            Just("`"),
            Just("~~"),
            Just("\\"),
            Just("\\*"),
            Just("<b>"),
            Just("</b>"),
            Just("<!-- c -->"),
            Just("["),
            Just("]"),
            Just("](https://x.org/a)"),
            Just("![]("),
            Just(")"),
            Just("&amp;"),
            Just("&ast;"),
            Just("&lowbar;"),
            Just("&nbsp;"),
            Just("'"),
            Just("\r"),
            Just("{{< s >}}"),
            Just(":"),
            Just(":go:"),
            Just(" https://go.dev "),
        ],
        1 => prop_oneof![
            Just("&#103;"),
            Just("&#x6f;"),
            Just("&num;"),
            Just("&fjlig;"),
            Just("\\x67"),
            Just("\\u006f"),
            Just("\u{200b}"),
            Just("\u{feff}"),
            Just("\u{212a}"),
            Just("\u{130}"),
        ],
    ];
    (letters, glue).prop_map(|(l, g)| format!("{l}{g}"))
}

/// A page of one to three ideas whose skills values are made of [`piece`]s.
fn page() -> impl Strategy<Value = String> {
    let block = (frame(), prop::collection::vec(piece(), 1..7))
        .prop_map(|((before, after), value)| format!("{before}{}{after}", value.concat()));
    prop::collection::vec(block, 1..4).prop_map(|blocks| blocks.concat())
}

fn has_go(text: &str) -> bool {
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    page.ideas.iter().any(|p| {
        // Items are written skills: one names Go through the table's aliases.
        p.idea
            .skills
            .iter()
            .any(|s| SkillTable::bundled().ids_of(s).iter().any(|i| i == "go"))
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4000, ..ProptestConfig::default() })]

    #[test]
    fn a_page_with_a_go_idea_is_never_ruled_out(text in page()) {
        let test = SkillTable::bundled()
            .page_test(&[vec!["go".to_string()]])
            .expect("go is a known skill");
        if has_go(&text) {
            prop_assert!(test.may_match(text.as_bytes()), "ruled out, yet has a Go idea: {text:?}");
        }
    }
}

#[test]
fn pages_that_never_name_go_are_ruled_out_and_the_rest_are_not() {
    let test = SkillTable::bundled()
        .page_test(&[vec!["go".to_string()]])
        .unwrap();
    let go = "### Exporter\n\n- Skills: Go, Prometheus\n- Mentors: Ada Lee\n";
    let other = "### Scheduler\n\n- Skills: Rust, Tokio\n- Mentors: Ada Lee\n";
    assert!(has_go(go) && test.may_match(go.as_bytes()));
    assert!(!has_go(other) && !test.may_match(other.as_bytes()));
    // Emphasis inside the word still spells Go for the parser, and the test lets it through.
    let split = "### Exporter\n\n- Skills: **G**o, Prometheus\n- Mentors: Ada Lee\n";
    assert!(test.may_match(split.as_bytes()));
}
