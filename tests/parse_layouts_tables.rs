//! Ideas as rows of tables written with spaces (pandoc's simple tables, as wikis exported to
//! Markdown keep them), read from a fixture written for this project
//! (tests/fixtures/layouts/aligned-table.md).

mod common;
use common::layout_fixture as parse;
use ideas::model::Difficulty;

#[test]
fn rows_of_a_space_aligned_table_are_ideas() {
    // "Topic" titles the rows, "Language" lists skills, "Contact" names the mentors (the table
    // has no mentor column), "Priority" is no difficulty; a linked title before a colon is
    // the title, the words after it the description. A row whose link was rewritten after
    // the table was aligned is read by its gaps.
    let ideas = parse("aligned-table.md");
    let titles: Vec<&str> = ideas.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Sketch solver", "Docs translation", "STEP importer"]
    );
    let first = &ideas[0];
    assert_eq!(first.skills, ["C++"]);
    assert_eq!(first.hours, [350]);
    assert_eq!(first.difficulty, Difficulty::parse("hard"));
    assert_eq!(
        first.description.as_deref(),
        Some("Rewrite the 2D constraint solver")
    );
    let names: Vec<_> = (ideas[1].mentors.iter())
        .map(|m| m.name.as_deref().unwrap_or_default())
        .collect();
    assert_eq!(names, ["Tom Ruiz", "Ana Prieto"]);
    assert_eq!(ideas[1].difficulty, Difficulty::parse("easy-medium"));
    assert_eq!(ideas[2].skills, ["C++", "Python"]);
    assert_eq!(ideas[2].hours, [175]);
}

#[test]
fn a_table_after_a_rule_that_ends_an_example_block_lists_ideas() {
    // "🧩 Example Idea 1 – ..." is the page's template (no idea); the rule after its fields
    // ends it, and the numbered table below belongs to "## Draft ideas".
    let ideas = parse("table-after-examples.md");
    let titles: Vec<&str> = ideas.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Ledger viewer", "Rain gauge mapper", "Clinic finder"]
    );
    assert!(ideas[1].mentors.is_empty(), "TBD is no one");
    assert_eq!(ideas[1].skills, ["GIS", "Python"]);
    let clinic: Vec<_> = ideas[2]
        .mentors
        .iter()
        .filter_map(|m| m.name.as_deref())
        .collect();
    assert_eq!(clinic, ["Ada Okoro"]);
}

#[test]
fn a_column_of_repeated_project_names_leaves_the_title_to_the_description() {
    // "Project" repeats ("Northwind" twice): it names the part of the project each row is in,
    // and every row is an idea titled by its short description. A mentor's address after a
    // slash is theirs; "Tech. Requirements" lists skills; a template's row of one-letter cells
    // is no idea.
    let ideas = parse("table-parts-column.md");
    let titles: Vec<&str> = ideas.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Anomaly detection for latency metrics",
            "Write a Python client for the query API",
            "Import host metrics from collectd"
        ]
    );
    assert_eq!(ideas[0].skills, ["Python", "Java"]);
    assert_eq!(ideas[0].difficulty, Difficulty::parse("hard"));
    assert_eq!(ideas[2].difficulty, Difficulty::parse("medium"));
    for idea in &ideas {
        assert_eq!(idea.mentors.len(), 1, "{:?}", idea.mentors);
    }
    assert_eq!(ideas[2].mentors[0].name.as_deref(), Some("Pavel Orr"));
    assert_eq!(
        ideas[2].mentors[0].email.as_deref(),
        Some("dashboard99@example.org")
    );
}

#[test]
fn ideas_of_any_layout_take_the_level_of_the_section_they_are_in() {
    // Links to issues under "## Difficulty level: X" (a field heading) and table rows under
    // "## Hard projects" (a heading that names a level): each idea has its section's level.
    let ideas = common::layout_fixture("level-headings.md");
    let levels: Vec<(&str, Option<String>)> = ideas
        .iter()
        .map(|i| (i.title.as_str(), i.difficulty.map(|d| d.to_string())))
        .collect();
    let want = |t: &'static str, d: &str| (t, Some(d.to_string()));
    assert_eq!(
        levels,
        [
            want("Improve the unit conversion of the side view", "easy"),
            want("Add a keyboard shortcut editor", "easy"),
            want("Collaborative track editing", "medium"),
            want("Export tracks with their styles", "medium"),
        ]
    );
    let table =
        "# Ideas\n\n## Hard projects\n\n| Project | Mentors | Size |\n| --- | --- | --- |\n\
                 | Streaming tile compaction | Ana Lima | 350 hours |\n\
                 | Tide model plugin | Bo Chen | 175 hours |\n";
    let rows = common::ideas_of("t.md", table);
    let levels: Vec<Option<String>> = rows
        .iter()
        .map(|i| i.difficulty.map(|d| d.to_string()))
        .collect();
    assert_eq!(levels, [Some("hard".to_string()), Some("hard".to_string())]);
}

#[test]
fn a_table_of_proposals_with_languages_and_sizes_lists_ideas() {
    // No mentor and no description column, but two of an idea's own fields (languages and
    // size): each row is an idea, titled by its link.
    let ideas = parse("table-proposals.md");
    let titles: Vec<&str> = ideas.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Sparse sampling in the core library",
            "Drop the old solver from the R bindings"
        ]
    );
    assert_eq!(ideas[0].skills, ["C++"]);
    assert_eq!(ideas[0].hours, [350]);
    assert_eq!(ideas[1].hours, [175]);
}
