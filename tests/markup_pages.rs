//! AsciiDoc and reStructuredText idea pages give the ideas and fields of the same page written in
//! Markdown (fixtures written for this project: tests/fixtures/markup), through `parse_bytes`
//! (the reader of `list`, `import` and `sync`) and through the `ideas` binary; no markup text
//! makes the reader panic.

use ideas::model::Idea;
use ideas::parse::{parse_bytes, read_page, Defaults, FileOutcome, ParsedPage};
use ideas::skills::SkillTable;
use proptest::prelude::*;

fn fixture_path(name: &str) -> String {
    format!(
        "{}/tests/fixtures/markup/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn read(name: &str, bytes: &[u8]) -> ParsedPage {
    match parse_bytes(bytes, name, SkillTable::bundled(), &Defaults::default()) {
        FileOutcome::Parsed(page) => page,
        FileOutcome::Skipped(why) => panic!("{name} skipped: {why}"),
    }
}

fn fixture(name: &str) -> ParsedPage {
    read(name, &std::fs::read(fixture_path(name)).unwrap())
}

/// What a reader of the page would note of an idea (not where it was found).
fn facts(idea: &Idea) -> String {
    let mentors: Vec<String> = idea
        .mentors
        .iter()
        .map(|m| format!("{:?}/{:?}/{:?}", m.name, m.github, m.email))
        .collect();
    format!(
        "{} | {:?} | {:?} | {:?} | {:?} | {:?} | {:?} | {:?}",
        idea.title,
        idea.description,
        mentors,
        idea.skills,
        idea.skills_raw,
        idea.difficulty,
        idea.hours,
        idea.year
    )
}

fn all_facts(page: &ParsedPage) -> Vec<String> {
    page.ideas.iter().map(|p| facts(&p.idea)).collect()
}

#[test]
fn asciidoc_and_rst_pages_give_the_ideas_of_the_markdown_page() {
    let markdown = fixture("ideas.md");
    assert_eq!(markdown.ideas.len(), 2);
    let md = all_facts(&markdown);
    // The Markdown page itself is read as intended, so the comparison means something.
    let a = &markdown.ideas[0].idea;
    assert_eq!(a.title, "Beam-forming in the browser");
    assert_eq!(a.mentors[0].github.as_deref(), Some("rheasund"));
    assert_eq!(a.hours, vec![350]);
    let b = &markdown.ideas[1].idea;
    assert_eq!(b.mentors[0].email.as_deref(), Some("pavel@marlin.example"));
    for name in ["ideas.adoc", "ideas.rst"] {
        let page = fixture(name);
        assert!(page.warnings.is_empty(), "{name}: {:?}", page.warnings);
        assert_eq!(all_facts(&page), md, "{name}");
    }
}

#[test]
fn a_one_idea_asciidoc_file_with_front_matter_reads_as_its_markdown_twin() {
    let md = fixture("one-idea.md");
    let adoc = fixture("one-idea.adoc");
    assert_eq!(md.ideas.len(), 1);
    let idea = &adoc.ideas[0].idea;
    assert_eq!(idea.title, "Tide tables offline");
    assert_eq!(idea.skills.len(), 2, "{idea:?}");
    assert_eq!(idea.mentors.len(), 2, "{idea:?}");
    assert_eq!(idea.hours, vec![175]);
    assert_eq!(all_facts(&adoc), all_facts(&md));
}

#[test]
fn a_one_idea_asciidoc_page_with_a_project_title_section_is_its_idea() {
    // "== Project Title" over the field sections is a title field, not the idea's heading:
    // the page's title is the idea's, and the contact address that spells the mentor's name
    // is hers; "Skill Level Medium" among the skills is the difficulty.
    let page = fixture("project-title-section.adoc");
    assert_eq!(page.ideas.len(), 1, "{page:?}");
    let idea = &page.ideas[0].idea;
    assert_eq!(idea.title, "GSoC: Redesign the Pinecrest Docs Theme");
    assert_eq!(idea.skills, ["JavaScript", "CSS"]);
    assert_eq!(idea.difficulty, ideas::model::Difficulty::parse("medium"));
    assert_eq!(idea.mentors.len(), 1);
    assert_eq!(idea.mentors[0].name.as_deref(), Some("Lena Holt"));
    assert_eq!(
        idea.mentors[0].email.as_deref(),
        Some("lholt.docs@example.org")
    );
}

#[test]
fn asciidoc_page_attributes_are_read_as_front_matter() {
    let page = fixture("attributes.adoc");
    assert_eq!(page.ideas.len(), 1, "{page:?}");
    let idea = &page.ideas[0].idea;
    assert_eq!(idea.title, "Tide tables offline");
    assert_eq!(idea.mentors.len(), 1);
    assert_eq!(idea.mentors[0].name.as_deref(), Some("Rhea Sund"));
    assert_eq!(idea.skills.len(), 2, "{idea:?}");
    assert_eq!(idea.difficulty, ideas::model::Difficulty::parse("easy"));
    assert_eq!(idea.hours, vec![175]);
}

#[test]
fn markup_problems_are_warnings_at_the_page_line() {
    // An AsciiDoc section that skips a level, below a four-line front matter.
    let adoc = "---\ntitle: X\n---\n\n== Ideas\n\n==== Too deep\n\nText.\n";
    let page = read("deep.adoc", adoc.as_bytes());
    let w = page
        .warnings
        .iter()
        .find(|w| w.message.starts_with("AsciiDoc:"))
        .unwrap_or_else(|| panic!("{:?}", page.warnings));
    assert_eq!(w.line, 7, "{w:?}");
    // A reStructuredText section whose underline breaks the page's order of levels (at its
    // title's line).
    let rst = "One\n===\n\nTwo\n---\n\nThree\n=====\n\nFour\n~~~~\n\nText.\n";
    let page = read("levels.rst", rst.as_bytes());
    let w = page
        .warnings
        .iter()
        .find(|w| w.message.starts_with("reStructuredText:"))
        .unwrap_or_else(|| panic!("{:?}", page.warnings));
    assert_eq!(w.line, 10, "{w:?}");
}

#[test]
fn org_mode_is_still_skipped_with_its_name() {
    let dir = std::env::temp_dir().join(format!("ideas-markup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let org = dir.join("ideas.org");
    std::fs::write(&org, "* Ideas\n** Faster tiles\n").unwrap();
    let out = read_page(
        &org,
        "ideas.org",
        SkillTable::bundled(),
        &Defaults::default(),
    )
    .unwrap();
    match out {
        FileOutcome::Skipped(why) => assert!(why.starts_with("Org mode is not supported"), "{why}"),
        FileOutcome::Parsed(p) => panic!("{p:?}"),
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_binary_lists_validates_asciidoc_and_rst_pages() {
    let bin = env!("CARGO_BIN_EXE_ideas");
    for name in ["ideas.adoc", "ideas.rst"] {
        let out = std::process::Command::new(bin)
            .args(["list", &fixture_path(name), "--format", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{name}: {out:?}");
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let titles: Vec<&str> = json
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["title"].as_str().unwrap())
            .collect();
        assert_eq!(
            titles,
            ["Beam-forming in the browser", "Echo-sounder drivers"],
            "{name}"
        );
        let out = std::process::Command::new(bin)
            .args(["validate", &fixture_path(name)])
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(text.contains("2 ideas"), "{name}: {text}");
        assert!(!text.contains("no-ideas"), "{name}: {text}");
    }
}

/// Text made of markup pieces of both languages, in any order.
fn markup_text() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "= T\n",
        "== S\n",
        "==== D\n",
        "Mentors:: A\n",
        "* *Skills:* x\n",
        ". one\n",
        "|===\n",
        "| a | b\n",
        "----\n",
        "....\n",
        "[source]\n",
        ":page-x: y\n",
        "link:x[y]\n",
        "--\n",
        "NOTE: n\n",
        "include::x.adoc[]\n",
        "====\n",
        "****\n",
        "Title\n",
        "=====\n",
        "-----\n",
        "~~~~\n",
        ".. important::\n",
        "    **Mentors**: *A*\n",
        ":Mentors: B\n",
        "- item\n",
        "#. auto\n",
        "+--+--+\n",
        "| x |\n",
        "`a <b>`__\n",
        ".. include:: /etc/passwd\n",
        "::\n",
        "  indented\n",
        "\n",
        "\t",
        "---\n",
        "title: x\n",
        "\u{feff}",
        "é",
        "<p>\n",
        ".. _t:\n",
        "|sub|\n",
        ".. |sub| replace:: x\n",
        "=\n",
        "a\n",
    ]);
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn no_markup_text_makes_the_reader_panic(text in markup_text()) {
        for name in ["p.adoc", "p.rst"] {
            let page = read(name, text.as_bytes());
            let lines = text.lines().count().max(1);
            for w in &page.warnings {
                prop_assert!(w.line >= 1, "{name}: {w:?}");
                if w.message.starts_with("AsciiDoc:") || w.message.starts_with("reStructuredText:") {
                    prop_assert!(w.line <= lines + 1, "{name}: {w:?} of {lines}");
                }
            }
        }
    }
}

/// Indented lists and fields where docutils-core 0.1.0 parsed the same line forever (fixed in
/// vendor/docutils-core) are block quotes, read.
#[test]
fn indented_lists_after_titles_are_read() {
    for text in [
        "Ideas\n=====\n\n  - **Mentors:** Ada Lee\n",
        "  :Mentors: Ada Lee\n",
        "\t1. one\n",
        "| line\n\n  - a\n",
    ] {
        let page = read("loop.rst", text.as_bytes());
        assert!(page.warnings.iter().all(|w| w.line >= 1), "{text:?}");
    }
    let page = read("loop.rst", b"Ideas\n=====\n\nFaster tiles\n------------\n\n  - **Mentors:** Ada Lee\n  - **Skills:** Rust\n");
    assert_eq!(page.ideas.len(), 1, "{page:?}");
    assert_eq!(
        page.ideas[0].idea.mentors[0].name.as_deref(),
        Some("Ada Lee")
    );
}

#[test]
fn a_folder_walk_reads_asciidoc_and_rst_pages() {
    let dir = std::env::temp_dir().join(format!("ideas-markup-walk-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for name in ["ideas.adoc", "ideas.rst"] {
        std::fs::copy(fixture_path(name), dir.join(name)).unwrap();
    }
    // A signature beside them is not a page.
    std::fs::write(
        dir.join("ideas.adoc.asc"),
        "-----BEGIN PGP SIGNATURE-----\n",
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(["list", dir.to_str().unwrap(), "--format", "ids"])
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 4);
}

#[test]
fn sphinx_roles_read_as_the_text_they_show() {
    // docutils does not define Sphinx's roles (`:doc:`, `:ref:`) and keeps them as written; a
    // reader of the built site sees the text they show.
    let text = "Ideas\n=====\n\nFaster tiles\n------------\n\n\
        **Difficulty**: medium\n\n\
        **Knowledge prerequisite**: :doc:`tile-build </dev/building/tile-build>`, \
        :ref:`Rust <rust-guide>` and :class:`~tiles.cache.Store`\n\n\
        **Mentor**: Ada Lee\n";
    let page = read("roles.rst", text.as_bytes());
    assert_eq!(page.ideas.len(), 1, "{page:?}");
    let idea = &page.ideas[0].idea;
    assert_eq!(idea.skills, ["tile-build", "Rust", "Store"]);
}

#[test]
fn sub_sections_of_an_ideas_list_with_only_a_description_are_the_ideas() {
    // "Project Ideas" over `~~~` sub-sections of prose and no fields; the page title with the
    // page's "Skills" and "Mentors" sections is context, not an idea; "More ideas" (too short,
    // and a list's name) is not one.
    let page = fixture("listed-sections.rst");
    let titles: Vec<&str> = page.ideas.iter().map(|p| p.idea.title.as_str()).collect();
    assert_eq!(titles, ["Offline bundles", "Dark theme", "Sync service"]);
    // "Lanternfish is participating in Google Summer of Code 2026": the org.
    assert!(page
        .ideas
        .iter()
        .all(|p| p.idea.org.as_deref() == Some("Lanternfish")));
}

#[test]
fn html_definition_list_terms_title_the_fields_written_on_one_line() {
    // `<dt>` terms over `<dd>` paragraphs whose fields share one line ("*Difficulty:* medium.
    // *Requirements:* C, profiling. *Potential mentors:* …"): each term is an idea.
    let page = fixture("definition-list.html");
    let ideas: Vec<&Idea> = page.ideas.iter().map(|p| &p.idea).collect();
    let titles: Vec<&str> = ideas.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Cache shaped runs", "Colour fonts in the demo viewer"]
    );
    assert_eq!(ideas[0].skills, ["C", "profiling"]);
    // "Tomas Lindqvist (Glyphwork)." is a name and an affiliation: no handle, no full stop.
    let people: Vec<_> = (ideas[0].mentors.iter())
        .map(|m| {
            (
                m.name.as_deref(),
                m.github.as_deref(),
                m.affiliation.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        people,
        [
            (Some("Mira Okafor"), None, None),
            (Some("Tomas Lindqvist"), None, Some("Glyphwork"))
        ]
    );
    assert_eq!(
        ideas[1].mentors[1].affiliation.as_deref(),
        Some("Acme"),
        "{:?}",
        ideas[1].mentors
    );
}

#[test]
fn sections_under_the_page_title_are_no_listed_ideas() {
    // The page's own title names the ideas ("GSoC ideas") and its sections of prose are about
    // the project and how to apply, not ideas.
    let rst = "Lanternfish GSoC ideas\n======================\n\nWhy Lanternfish\n---------------\n\nLanternfish is a reader for long documents that many people use every day on trains and\nplanes, and it keeps getting better with every release we make together.\n\nAbout us\n--------\n\nWe are a small team of volunteers spread over four time zones who meet once a week on a\ncall and review every change that comes in within two days of it arriving.\n";
    let page = read("title.rst", rst.as_bytes());
    assert!(page.ideas.is_empty(), "{:?}", page.ideas.len());
}

#[test]
fn numbered_items_with_a_level_before_the_title_are_ideas() {
    // "1. Beginner/Intermediate: Add a Parquet exporter." with an indented body and
    // `*Skills:*`: the level is the difficulty, not part of the title.
    let page = fixture("enumerated-levels.rst");
    let ideas: Vec<&Idea> = page.ideas.iter().map(|p| &p.idea).collect();
    let titles: Vec<&str> = ideas.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["Add a Parquet exporter", "Streaming reader"]);
    let levels: Vec<String> = (ideas.iter())
        .map(|i| i.difficulty.map(|d| d.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(levels, ["easy-medium", "hard"]);
    // "Communication, Python, pyarrow": a soft first item, then the skills.
    assert_eq!(ideas[0].skills, ["Python", "pyarrow"]);
}

#[test]
fn field_lines_a_paragraph_joins_are_each_read() {
    // "Possible mentors: …", "Expected size of project: …" and "Difficulty: …" on lines of
    // one reStructuredText paragraph (rendered as one line): each field is read.
    let page = fixture("stacked-labels.rst");
    let ideas: Vec<&Idea> = page.ideas.iter().map(|p| &p.idea).collect();
    assert_eq!(ideas.len(), 2);
    let names: Vec<&str> = (ideas[0].mentors.iter())
        .filter_map(|m| m.name.as_deref())
        .collect();
    assert_eq!(names, ["Ilse Varga", "Tomas Brandt"]);
    assert_eq!(ideas[0].hours, [175]);
    assert_eq!(ideas[1].hours, [350]);
    let levels: Vec<String> = (ideas.iter())
        .map(|i| i.difficulty.map(|d| d.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(levels, ["hard", "easy"]);
    // "Tidewell is hoping to be a mentoring organization for Google Summer of Code 2025."
    assert!(ideas.iter().all(|i| i.org.as_deref() == Some("Tidewell")));
}

#[test]
fn bullets_of_bold_terms_over_indented_values_are_fields() {
    // "- **Difficulty Level**" with "Medium" indented below it: a definition list inside a
    // bullet, whose term is bold already. The page is read, not skipped.
    let page = fixture("bold-term-bullets.rst");
    let ideas: Vec<&Idea> = page.ideas.iter().map(|p| &p.idea).collect();
    let titles: Vec<&str> = ideas.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["Terrain-aware route planner", "Flight log viewer"]);
    let levels: Vec<String> = (ideas.iter())
        .map(|i| i.difficulty.map(|d| d.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(levels, ["medium", "easy"]);
    assert_eq!(ideas[0].hours, [175]);
    assert_eq!(ideas[1].hours, [350]);
    let people: Vec<(Option<&str>, Option<&str>)> = (ideas[0].mentors.iter())
        .map(|m| (m.name.as_deref(), m.email.as_deref()))
        .collect();
    assert_eq!(
        people,
        [
            (Some("Oriel Banda"), Some("oriel@example.org")),
            (Some("Pia Lund"), Some("pia@example.org"))
        ]
    );
    // "(optional)" says how much a skill is wanted; "(or TypeScript)" is a second skill.
    let items = |i: &Idea| ideas::skills::written_items(i.skills_raw.as_deref().unwrap_or(""));
    assert_eq!(items(ideas[0]), ["C++", "Eigen"]);
    assert_eq!(items(ideas[1]), ["Python", "TypeScript"]);
    // "Hollowfield is an open-source framework for ...", in the intro before the ideas.
    assert!(ideas
        .iter()
        .all(|i| i.org.as_deref() == Some("Hollowfield")));
}

#[test]
fn literal_blocks_are_code_not_markup_of_the_page() {
    // An rST literal block holding a template ("TITLE" over "~~~~~") is code: its tildes do not
    // open a fence that swallows the ideas below it.
    let page = fixture("literal-template.rst");
    let titles: Vec<&str> = page.ideas.iter().map(|p| p.idea.title.as_str()).collect();
    assert_eq!(titles, ["Mirror alignment helper", "Star chart printer"]);
    let a = &page.ideas[0].idea;
    assert_eq!(a.difficulty, ideas::model::Difficulty::parse("medium-hard"));
    assert_eq!(a.hours, [175]);
    // The same for an HTML `<pre>` without `<code>`.
    let page = fixture("pre-block.html");
    let titles: Vec<&str> = page.ideas.iter().map(|p| p.idea.title.as_str()).collect();
    assert_eq!(titles, ["Loom pattern editor", "Thread stock tracker"]);
    assert_eq!(
        page.ideas[1].idea.mentors[0].name.as_deref(),
        Some("Joel Abara")
    );
}

#[test]
fn simple_tables_without_a_header_hold_each_ideas_fields() {
    // A docutils simple table of labels and values under each idea, with no header row and
    // text past the last column's border (docutils allows it): every row is a field.
    let rst = "Quill ideas\n===========\n\nFaster index\n------------\n\n\
=================  ==========\n\
Brief explanation  The index is rebuilt on every start, which takes a minute on big trees.\n\
Required skills    Rust, SQLite\n\
Difficulty level   Easy\n\
Mentor(s)          Ana Quill\n\
=================  ==========\n\n\
Sync daemon\n-----------\n\n\
=================  ==========\n\
Brief explanation  A daemon that keeps two trees the same.\n\
Required skills    Go\n\
Difficulty level   Advanced\n\
Mentor(s)          Bo Lark, Ana Quill\n\
=================  ==========\n";
    let page = read("simple-tables.rst", rst.as_bytes());
    let ideas: Vec<&Idea> = page.ideas.iter().map(|p| &p.idea).collect();
    let titles: Vec<&str> = ideas.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["Faster index", "Sync daemon"]);
    let levels: Vec<String> = (ideas.iter())
        .map(|i| i.difficulty.map(|d| d.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(levels, ["easy", "hard"]);
    assert_eq!(ideas[0].skills, ["Rust", "SQLite"]);
    let mentors: Vec<&str> = (ideas[1].mentors.iter())
        .filter_map(|m| m.name.as_deref())
        .collect();
    assert_eq!(mentors, ["Bo Lark", "Ana Quill"]);
    let described = ideas[0].description.as_deref().unwrap_or_default();
    assert!(described.contains("rebuilt on every start"), "{described}");
}
