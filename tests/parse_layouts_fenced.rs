//! Ideas whose fields are a fenced YAML or TOML block under their heading (or a fenced YAML
//! list of idea maps), read from fixtures written for this project (tests/fixtures/layouts),
//! and the code blocks that are not ideas: a project's configuration, a manifest, a workflow,
//! a block with one idea key, the format an idea is written in, a block inside another idea.

mod common;
use common::skill_ids;
use common::{
    layout_page_without_warnings as parse, layout_text as fixture, parse_text_page as page_of,
};

use ideas::model::{Difficulty, Idea, Mentor};
use ideas::parse::fields::Field;
use ideas::parse::ParsedPage;

fn titles(ideas: &[&Idea]) -> Vec<String> {
    ideas.iter().map(|i| i.title.clone()).collect()
}

fn level(word: &str) -> Option<Difficulty> {
    Some(Difficulty::parse(word).unwrap())
}

fn mentor(name: &str, github: Option<&str>) -> Mentor {
    Mentor {
        name: Some(name.into()),
        github: github.map(Into::into),
        email: None,
        affiliation: None,
    }
}

#[test]
fn one_block_of_fields_per_heading_and_a_block_listing_ideas() {
    let page = parse("fenced-yaml-fields.md");
    let ideas: Vec<&Idea> = page.ideas.iter().map(|p| &p.idea).collect();
    // Not ideas: the configuration under "Getting started" (a description and requirements
    // only), the manifest inside an idea, the CI workflow, the one-key block under "Contact",
    // and the format under "How to add an idea".
    assert_eq!(
        titles(&ideas),
        [
            "Faster tide index rebuilds",
            "Sandboxed gauge plugins",
            "Tide chart accessibility",
            "Offline sync",
            "Gauge anomaly alerts",
            "Driftwood CLI completions",
        ]
    );

    // Flow lists; the prose after the block is the description.
    let index = ideas[0];
    assert_eq!(index.source.line, 18);
    assert_eq!(
        index.mentors,
        [
            mentor("Mara Quist", Some("maraquist")),
            mentor("Olu Bennet", None)
        ]
    );
    assert_eq!(skill_ids(index), ["rust", "sql"]);
    assert_eq!(index.difficulty, level("medium"));
    assert_eq!(index.hours, vec![175]);
    assert_eq!(
        index.description.as_deref(),
        Some(
            "Rebuild the tide index incrementally instead of from scratch, so that a new \
             gauge shows up\nwithin a minute."
        )
    );

    // Block lists, a mentor written as a map, expected outcomes; the manifest after the
    // prose is not part of the description.
    let plugins = ideas[1];
    assert_eq!(plugins.source.line, 30);
    assert_eq!(
        plugins.mentors,
        [
            mentor("Ana Lindqvist", Some("alindqvist")),
            mentor("Teo Marsh", Some("teomarsh"))
        ]
    );
    assert_eq!(skill_ids(plugins), ["go", "webassembly"]);
    assert_eq!(plugins.difficulty, level("hard"));
    assert_eq!(plugins.hours, vec![350]);
    assert_eq!(
        plugins.expected_outcomes.as_deref(),
        Some(
            "- A plugin host that runs gauge decoders in a sandbox\n- Three decoders ported to it"
        )
    );
    let d = plugins.description.as_deref().unwrap();
    assert!(d.starts_with("Run third-party gauge decoders"), "{d}");
    assert!(!d.contains("apiVersion") && !d.contains("mentors"), "{d}");

    // TOML with a `[[mentors]]` table, and a labelled line beside the block.
    let charts = ideas[2];
    assert_eq!(skill_ids(charts), ["typescript", "react"]);
    assert_eq!(charts.difficulty, level("easy"));
    assert_eq!(charts.hours, vec![90]);
    assert_eq!(
        charts.mentors,
        [mentor("Ines Caldera", Some("inescaldera"))]
    );
    assert_eq!(
        charts.upstream_issues,
        ["https://github.com/driftwood-labs/charts/issues/42"]
    );

    // No info string, keys the front-matter reader knows under other names ("summary",
    // "technologies", "length").
    let sync = ideas[3];
    assert_eq!(
        sync.description.as_deref(),
        Some("Let field laptops keep gauge readings while offline and sync them when they reconnect.")
    );
    assert_eq!(sync.mentors, [mentor("Rui Okafor", Some("ruiokafor"))]);
    assert_eq!(skill_ids(sync), ["kotlin", "sqlite"]);
    assert_eq!(sync.hours, vec![175]);
    assert_eq!(sync.difficulty, None);

    // A YAML list of idea maps: each idea at its item's line.
    let alerts = ideas[4];
    assert_eq!(alerts.source.line, 86);
    assert_eq!(alerts.mentors, [mentor("Pia Holm", Some("piaholm"))]);
    assert_eq!(skill_ids(alerts), ["python", "statistics"]);
    assert_eq!(alerts.difficulty, level("medium"));
    assert_eq!(alerts.hours, vec![175]);
    assert_eq!(ideas[5].source.line, 91);
    assert_eq!(ideas[5].hours, vec![90]);
    // The page's programme and year reach the ideas of the list.
    assert_eq!(ideas[5].year, Some(2026));
    assert!(ideas[5].program.is_some());
    assert!(page.skipped.is_empty(), "{:?}", page.skipped);
}

#[test]
fn the_keys_of_a_block_are_its_field_lines() {
    let page = parse("fenced-yaml-fields.md");
    let spans = |k: usize| -> Vec<(Field, usize, usize)> {
        page.ideas[k]
            .fields
            .iter()
            .map(|f| (f.field, f.line, f.value_line))
            .collect()
    };
    assert_eq!(
        spans(0),
        [
            (Field::Mentors, 21, 21),
            (Field::Skills, 22, 22),
            (Field::Difficulty, 23, 23),
            (Field::Size, 24, 24),
        ]
    );
    // A key whose value is on the lines below it; the labelled line beside a TOML block.
    assert_eq!(spans(1)[0], (Field::Mentors, 33, 34));
    assert_eq!(spans(1)[4], (Field::Outcomes, 42, 43));
    assert_eq!(
        spans(2),
        [
            (Field::Skills, 63, 63),
            (Field::Difficulty, 64, 64),
            (Field::Size, 65, 65),
            (Field::Mentors, 67, 68),
            (Field::Upstream, 72, 72),
        ]
    );
    let mentors = &page.ideas[1].fields[0];
    assert_eq!(
        mentors.value,
        "- Ana Lindqvist (@alindqvist)\n- name: Teo Marsh\ngithub: teomarsh"
    );
    // Keys are not template labels: no label text, so the validator does not call them
    // YAML pasted into Markdown.
    assert!(page.ideas[0].fields.iter().all(|f| f.label.is_empty()));
}

#[test]
fn code_blocks_inside_ideas_change_nothing() {
    let text = fixture("fenced-config-in-ideas.md");
    let with = page_of("a.md", &text);
    // The same page with every fenced block blanked out, line for line.
    let mut fence: Option<&str> = None;
    let blanked: Vec<&str> = text
        .lines()
        .map(|l| {
            let t = l.trim_start();
            if let Some(f) = fence {
                if t.starts_with(f) {
                    fence = None;
                }
                return "";
            }
            for f in ["```", "~~~"] {
                if t.starts_with(f) {
                    fence = Some(f);
                    return "";
                }
            }
            l
        })
        .collect();
    let without = page_of("a.md", &(blanked.join("\n") + "\n"));
    // (A code block after an idea's prose stays in its description, as it always did: only
    // the description may differ.)
    let ideas = |p: &ParsedPage| -> Vec<Idea> {
        p.ideas
            .iter()
            .map(|i| Idea {
                description: None,
                ..i.idea.clone()
            })
            .collect()
    };
    assert_eq!(with.ideas.len(), 2);
    assert_eq!(ideas(&with), ideas(&without));
    for (a, b) in with.ideas.iter().zip(&without.ideas) {
        let (a, b) = (&a.idea.description, &b.idea.description);
        assert!(a.as_deref().unwrap().starts_with(b.as_deref().unwrap()));
    }
    assert_eq!(with.ideas[0].idea.difficulty, level("hard"));
    assert_eq!(with.ideas[0].idea.hours, vec![350]);
    assert_eq!(with.ideas[1].idea.title, "Query planner hints");
    assert_eq!(with.skipped, without.skipped);
}

#[test]
fn a_block_that_does_not_parse_is_skipped_with_a_warning() {
    let text = "# Ideas\n\n## Broken block\n\n```yaml\nmentors: [Ana Lima, Bo Ng\nskills: [Go]\ndifficulty: easy\n```\n\n## Good block\n\n```yaml\nmentors: [Ana Lima]\ndifficulty: easy\n```\n";
    let page = page_of("p.md", text);
    assert_eq!(page.ideas.len(), 1);
    assert_eq!(page.ideas[0].idea.title, "Good block");
    assert_eq!(page.ideas[0].idea.source.line, 11);
    assert_eq!(page.warnings.len(), 1, "{:?}", page.warnings);
    let w = &page.warnings[0];
    assert!((6..=9).contains(&w.line), "{w:?}");
    assert!(w.message.contains("fenced block"), "{w:?}");
    // Blocks that are not idea keys are never parsed, so never warned about.
    let config = "## Setup\n\n```yaml\nkey: [unclosed\nother: 1\n```\n";
    assert!(page_of("c.md", config).warnings.is_empty());
}

#[test]
fn a_block_with_a_title_key_is_titled_by_it_at_its_line() {
    let text = "# Ideas\n\n## Storage team\n\n```yaml\ntitle: Faster snapshots\nmentors: [Ana Lima (@analima)]\nhours: 90\n```\n\n```yaml\nname: Snapshot diffing\nmentors: [Bo Ng]\ndifficulty: hard\n```\n";
    let page = page_of("p.md", text);
    let ideas: Vec<&Idea> = page.ideas.iter().map(|p| &p.idea).collect();
    assert_eq!(titles(&ideas), ["Faster snapshots", "Snapshot diffing"]);
    let lines: Vec<usize> = ideas.iter().map(|i| i.source.line).collect();
    assert_eq!(lines, [6, 12]);
    // The heading above the titled blocks is their context.
    assert_eq!(ideas[0].org.as_deref(), Some("Storage team"));
    assert_eq!(ideas[0].hours, vec![90]);
    assert_eq!(ideas[1].difficulty, level("hard"));
}

#[test]
fn a_heading_titles_one_untitled_block() {
    let text = "## Tiles\n\n```yaml\nmentors: [Ana Lima]\ndifficulty: easy\n```\n\n```yaml\nmentors: [Bo Ng]\ndifficulty: hard\n```\n";
    let page = page_of("p.md", text);
    assert_eq!(page.ideas.len(), 1);
    assert_eq!(page.ideas[0].idea.mentors, [mentor("Ana Lima", None)]);
    assert_eq!(page.ideas[0].idea.difficulty, level("easy"));
}

#[test]
fn blocks_that_are_not_ideas() {
    let cases = [
        // One idea key only.
        "## Tiles\n\n```yaml\nmentors: [Ana Lima]\nreplicas: 2\n```\n",
        // A description and requirements: a manifest.
        "## Plugin\n\n```yaml\nname: tiles\ndescription: Tile cache\nrequirements: [redis]\n```\n",
        // Another language's block.
        "## Tiles\n\n```python\nmentors: [Ana Lima]\ndifficulty: easy\n```\n",
        // No info string and not all keys.
        "## Tiles\n\n```\nmentors: Ana Lima\ndifficulty: easy\nthen run make\n```\n",
        // The format of an idea, with choices left open.
        "## Ideas\n\n```yaml\ntitle: Tiles\nmentors: [Ana Lima]\ndifficulty: easy | hard\n```\n",
        // The format, with the slots left empty, under a heading that does not say so.
        "## Ideas for 2026\n\n```yaml\ntitle:\nmentors: [Full Name (@handle)]\ndifficulty: easy\n```\n",
        "## Tiles\n\n```yaml\nmentors: [Full Name (@handle)]\nskills: []\ndifficulty:\nhours: 90\n```\n",
        // Under a template heading.
        "## Idea template\n\n```yaml\nmentors: [Ana Lima]\ndifficulty: easy\n```\n",
        // Under a heading that tells how to write ideas.
        "## How to propose\n\n```yaml\nmentors: [Ana Lima]\ndifficulty: easy\n```\n",
        // Inside a block quote.
        "## Tiles\n\n> ```yaml\n> mentors: [Ana Lima]\n> difficulty: easy\n> ```\n",
        // An untitled block under the page's title, which does not name it.
        "# Project ideas\n\n```yaml\nmentors: [Ana Lima]\ndifficulty: easy\n```\n\n## Other\n\nText.\n",
        // An untitled block with no heading.
        "```yaml\nmentors: [Ana Lima]\ndifficulty: easy\n```\n",
    ];
    for text in cases {
        let page = page_of("p.md", text);
        assert!(page.ideas.is_empty(), "{text}: {:?}", page.ideas);
        assert!(page.warnings.is_empty(), "{text}: {:?}", page.warnings);
    }
    // The first case with a second idea key is an idea: the cases fail for their reason.
    let page = page_of(
        "p.md",
        "## Tiles\n\n```yaml\nmentors: [Ana Lima]\nreplicas: 2\ndifficulty: easy\n```\n",
    );
    assert_eq!(page.ideas.len(), 1);
}

#[test]
fn malformed_blocks_never_panic() {
    let bodies = [
        "mentors: [[[[[[[[",
        "mentors: &a [*a]\nskills: x",
        "mentors:\n\t- tab\nskills: [",
        "skills = [\nmentors = 1",
        "- title: x\n  mentors: [a\n  skills: y",
        "",
        "mentors: \u{feff}x\nskills: \u{0}",
    ];
    for body in bodies {
        for info in ["yaml", "toml", "", "text"] {
            let text =
                format!("## Idea\n\n```{info}\n{body}\n```\n\n## Other\n\n~~~{info}\n{body}");
            let _ = page_of("p.md", &text);
        }
    }
}
