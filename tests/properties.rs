//! Property tests (proptest, a bounded number of cases): on random and mutated pages the parser
//! never panics, and every idea it returns has a title and a source line inside the page.

use ideas::parse::{parse_page, Defaults};
use ideas::skills::SkillTable;
use proptest::prelude::*;

fn check(text: &str) {
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let lines = text.lines().count().max(1);
    for p in &page.ideas {
        let i = &p.idea;
        assert!(!i.title.trim().is_empty(), "an idea without a title: {i:?}");
        assert!(
            i.source.line >= 1 && i.source.line <= lines,
            "line {} outside 1..={lines}",
            i.source.line
        );
    }
    for w in &page.warnings {
        assert!(
            w.line >= 1 && w.line <= lines + 1,
            "warning line {} of {lines}",
            w.line
        );
    }
}

/// Pieces real pages are made of, so random pages reach deep into the parser.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("### Project\n".to_string()),
        Just("#### Idea title\n".to_string()),
        Just("# Stray\n".to_string()),
        Just("- Description: text\n".to_string()),
        Just("- **Expected Outcome:** more\n".to_string()),
        Just("- Recommended Skills: Go, Rust, k8s\n".to_string()),
        Just("- Mentor(s):\n  - Ada Lee (@adalee, ada@example.org)\n".to_string()),
        Just("- Upstream Issue: https://github.com/a/b/issues/1\n".to_string()),
        Just("**Mentors**: A <a@b.c>, Co-mentor: B <b@c.d>\n".to_string()),
        Just("| Project | Skills |\n| --- | --- |\n| [T](t.md) <br/>Potential Mentor(s): [R](https://github.com/r) | Go |\n".to_string()),
        Just("```\n- Description: fenced\n```\n".to_string()),
        Just("---\ntitle: x\nmentors: [a]\n---\n".to_string()),
        Just("+++\ntitle = \"x\"\n+++\n".to_string()),
        Just("description: |\n  yaml-ish\n".to_string()),
        Just("> ## quoted\n> text\n".to_string()),
        Just("[ref]: https://example.org\n".to_string()),
        Just("{{ placeholder }}\n".to_string()),
        "[ -~]{0,40}",
        "[\\PC]{0,20}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_pages_never_panic(pieces in proptest::collection::vec(piece(), 0..40)) {
        check(&pieces.concat());
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        check(&text);
    }

    #[test]
    fn mutated_fixtures_never_panic(
        which in 0usize..6,
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0usize..40, "[\\PC\\n]{0,12}"), 1..8),
    ) {
        let names = ["lfx-bullets.md", "field-headings.md", "bold-paragraphs.md", "table-rows.md", "canonical.md", "canonical.toml.md"];
        let path = format!("{}/tests/fixtures/layouts/{}", env!("CARGO_MANIFEST_DIR"), names[which]);
        let mut text = std::fs::read_to_string(path).unwrap();
        for (at, len, insert) in edits {
            let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let start = bounds[at.index(bounds.len())];
            let end = bounds.iter().copied().find(|&b| b >= start + len).unwrap_or(text.len());
            text.replace_range(start..end, &insert);
        }
        check(&text);
    }
}
