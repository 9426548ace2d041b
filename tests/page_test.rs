//! The `--skill` page test (`SkillTable::page_test`) against the parser: on pages built from
//! the pieces that can hide or spell a skill (emphasis, tags, links, entities, escapes, labels
//! in every layout), whenever the parser finds an idea with the skill, the test says the page
//! may match. (The test may say so on pages without one: it only has to err that way.) And
//! ideas built with the test (`Defaults::skill_test`) keep every Go idea as it was.

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
    page.ideas
        .iter()
        .any(|p| p.idea.skills.iter().any(|s| s == "go"))
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    /// With the test in `Defaults::skill_test`, ideas whose skills text cannot name Go get no
    /// skill ids: the ideas with Go are exactly those of a parse without it.
    #[test]
    fn ideas_built_with_the_test_keep_every_go_idea(text in page()) {
        let table = SkillTable::bundled();
        let test = table.page_test(&[vec!["go".to_string()]]).expect("known skill");
        let narrowed = Defaults {
            skill_test: Some(std::sync::Arc::new(test)),
            ..Defaults::default()
        };
        let go_ideas = |d: &Defaults| -> Vec<ideas::model::Idea> {
            parse_page("p.md", &text, table, d)
                .ideas
                .into_iter()
                .map(|p| p.idea)
                .filter(|i| i.skills.iter().any(|s| s == "go"))
                .collect()
        };
        prop_assert_eq!(go_ideas(&narrowed), go_ideas(&Defaults::default()));
    }

    /// The ideas the test turns down are built only for what the caller still reads of them
    /// (no id, no expected outcome): every idea is still there, counted and skipped as
    /// without the test, with its title, organisation, line and description.
    #[test]
    fn ideas_built_with_the_test_count_as_without_it(text in page()) {
        let table = SkillTable::bundled();
        let test = table.page_test(&[vec!["go".to_string()]]).expect("known skill");
        let narrowed = Defaults {
            skill_test: Some(std::sync::Arc::new(test)),
            ..Defaults::default()
        };
        let read = |d: &Defaults| {
            let page = parse_page("p.md", &text, table, d);
            let ideas: Vec<_> = page
                .ideas
                .into_iter()
                .map(|p| (p.idea.title, p.idea.org, p.idea.source.line, p.idea.description))
                .collect();
            let skipped: Vec<_> = page
                .skipped
                .into_iter()
                .map(|s| (s.line, s.title, s.reason.to_string()))
                .collect();
            (ideas, skipped)
        };
        prop_assert_eq!(read(&narrowed), read(&Defaults::default()));
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

#[test]
fn an_idea_the_test_turns_down_is_built_without_its_id_and_outcome() {
    let table = SkillTable::bundled();
    let test = table.page_test(&[vec!["go".to_string()]]).unwrap();
    let narrowed = Defaults {
        skill_test: Some(std::sync::Arc::new(test)),
        ..Defaults::default()
    };
    let text = "### Exporter\n\n- Description: Export lamp metrics.\n- Expected Outcome: A package.\n- Skills: Go, Prometheus\n\n\
                ### Scheduler\n\n- Description: Replace the timers.\n- Expected Outcome: A queue.\n- Skills: Rust, Tokio\n";
    let full = parse_page("p.md", text, table, &Defaults::default()).ideas;
    let page = parse_page("p.md", text, table, &narrowed).ideas;
    assert_eq!((full.len(), page.len()), (2, 2));
    // The Go idea is whole.
    assert_eq!(page[0].idea, full[0].idea);
    assert_eq!(
        page[0].idea.expected_outcomes.as_deref(),
        Some("A package.")
    );
    // The other keeps what decides whether it counts, not what only its output would show.
    let (dropped, whole) = (&page[1].idea, &full[1].idea);
    assert!(dropped.skills.is_empty() && !whole.skills.is_empty());
    assert_eq!(dropped.title, whole.title);
    assert_eq!(dropped.description, whole.description);
    assert!(dropped.id.is_empty() && !whole.id.is_empty());
    assert_eq!(dropped.expected_outcomes, None);
    assert_eq!(whole.expected_outcomes.as_deref(), Some("A queue."));
}
