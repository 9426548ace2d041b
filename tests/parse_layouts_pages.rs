//! Page shapes met on real pages, read from fixtures written for this project
//! (tests/fixtures/layouts): facts written only as badges, a project's name and number before
//! each title, headings with one field each, a legend table above ideas whose fields are
//! headings, a page committed with an unresolved merge conflict, headings written inside list
//! items, labels followed by a dash, bracketed addresses and mentors given with a biography,
//! skills in front matter and in the body, an empty numbered heading above a leftover one, a
//! table under a blank header and mentor links glued together.

mod common;
use common::layout_page as page;
use common::{layout_fixture, mentor_names, titles};
use ideas::model::{Difficulty, Idea};

#[test]
fn badges_name_mentors_and_a_numbered_project_name_is_no_part_of_a_title() {
    let got = layout_fixture("badge-people-and-numbered-titles.md");
    assert_eq!(titles(&got), ["Offline map tiles", "Battery report"]);
    assert_eq!(mentor_names(&got[0]), ["Rosa Lind", "Kwame Osei"]);
    assert_eq!(got[0].hours, [175]);
    assert_eq!(got[0].difficulty, Difficulty::parse("hard"));
    assert_eq!(mentor_names(&got[1]), ["Rosa Lind"]);
    assert_eq!(got[1].hours, [90]);
}

#[test]
fn sibling_headings_with_a_description_and_one_field_each_are_ideas() {
    // The description comes before the field, and a hedge in brackets is no part of a skill.
    let got = layout_fixture("one-field-after-description.md");
    assert_eq!(
        titles(&got),
        ["Rock sample catalogue", "Drill log importer"]
    );
    assert_eq!(got[0].skills, ["TypeScript", "GraphQL"]);
    assert_eq!(got[1].skills, ["Rust"]);
}

#[test]
fn a_legend_table_under_the_page_title_is_no_idea_and_takes_none() {
    let got = layout_fixture("legend-table-and-field-headings.md");
    assert_eq!(titles(&got), ["Pollination tracker", "Frost alert service"]);
    assert_eq!(got[0].skills, ["Python", "SQLite"]);
    assert_eq!(got[0].difficulty, Difficulty::parse("medium"));
    assert_eq!(got[1].difficulty, Difficulty::parse("hard"));
}

#[test]
fn merge_conflict_markers_are_reported_and_both_sides_read() {
    let page = page("merge-conflict.md");
    let got: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(titles(&got), ["Glaze calculator", "Firing schedule editor"]);
    // The marker over "=======" is no heading, so no idea takes it as its organisation.
    assert!(
        got.iter().all(|i| i.org.as_deref() == Some("Kiln")),
        "{got:?}"
    );
    assert_eq!(mentor_names(&got[0]), ["Wen Zhao"]);
    let warned: Vec<_> = page.warnings.iter().map(|w| (w.line, &w.message)).collect();
    assert_eq!(warned.len(), 1, "{warned:?}");
    assert_eq!(warned[0].0, 4);
    assert!(warned[0].1.contains("merge conflict"));
}

#[test]
fn headings_written_in_list_items_title_the_items_after_their_prefix() {
    let got = layout_fixture("heading-items.md");
    assert_eq!(titles(&got), ["Flare finder", "Faster FITS reader"]);
    // "X Google Summer of Code 2027" names the organisation X.
    assert!(
        got.iter().all(|i| i.org.as_deref() == Some("Lumen")),
        "{got:?}"
    );
    // Skills after ";" go on even in lower case; the lead words are dropped.
    assert_eq!(
        got[0].skills,
        ["signal processing", "statistics", "C++/Python coding"]
    );
    assert_eq!(mentor_names(&got[0]), ["Ines Duarte"]);
    assert_eq!(got[1].hours, [350]);
}

#[test]
fn dashed_labels_bracketed_addresses_and_mentor_biographies() {
    let got = layout_fixture("dashed-labels-and-biographies.md");
    assert_eq!(
        titles(&got),
        ["[Bench] Results website", "[Bench] Cold starts"]
    );
    // "Entry task - ..." after the mentors is no one; "or" after an address parts two people.
    assert_eq!(mentor_names(&got[0]), ["Lars Ek", "Mei Tan"]);
    let emails: Vec<_> = got[0].mentors.iter().map(|m| m.email.as_deref()).collect();
    assert_eq!(
        emails,
        [Some("lars.ek@example.org"), Some("mtan@example.edu")]
    );
    assert_eq!(got[0].mentors[1].github.as_deref(), Some("mtan"));
    // Numbers the size words leave out are the efforts offered.
    assert_eq!(got[0].hours, [175, 350]);
    // "Knowing Rust" is Rust; "basic experience (tutorials)" names no skill.
    assert_eq!(got[0].skills, ["Python", "Rust"]);
    // A bold name, then a sentence about them, with their address at its end.
    assert_eq!(mentor_names(&got[1]), ["Rosa Quint", "Omar Haddad"]);
    assert_eq!(
        got[1].mentors[0].email.as_deref(),
        Some("rquint@example.org")
    );
}

#[test]
fn an_emphasised_title_prefix_in_a_heading_is_no_part_of_the_title() {
    let got = layout_fixture("emphasised-title-prefix.md");
    // ("**Faster**" is a word of the title, not a prefix.)
    assert_eq!(
        titles(&got),
        ["Pollen counter", "Frost map", "Faster irrigation planner"]
    );
}

#[test]
fn a_skills_section_of_the_body_adds_to_the_front_matter_list() {
    let got = layout_fixture("front-matter-and-body-skills.md");
    assert_eq!(titles(&got), ["Stream river gauge readings"]);
    // What the section repeats ("Vite" of "Svelte and Vite", "Rust") is not listed twice;
    // a nested item is a skill of its own.
    assert_eq!(
        got[0].skills,
        [
            "Rust",
            "Static site tooling",
            "Svelte and Vite",
            "Zola templates",
            "HTML/CSS",
            "WebSockets"
        ]
    );
    // The section is no part of the description.
    let description = got[0].description.as_deref().unwrap_or("");
    assert!(!description.contains("WebSockets"), "{description}");
}

#[test]
fn an_empty_numbered_heading_titles_the_leftover_heading_below_it() {
    let got = layout_fixture("empty-numbered-heading.md");
    assert_eq!(titles(&got), ["Tide table cache", "Buoy map"]);
    assert_eq!(got[0].skills, ["Kotlin", "SQLite"]);
    assert_eq!(got[0].hours, [175]);
    assert_eq!(got[0].difficulty, Difficulty::parse("medium"));
}

#[test]
fn a_table_under_a_blank_header_has_an_idea_a_row_and_its_short_names_are_the_listed_mentors() {
    let got = layout_fixture("blank-header-table.md");
    // A bold link opens the cell, with or without a colon inside the bold.
    assert_eq!(titles(&got), ["Mesh smoothing", "Lua bindings"]);
    // Short names linked to the page's list of mentors are the people it lists: by a word of
    // the name or the nickname in brackets; "Lee" fits two people and stays as written.
    assert_eq!(mentor_names(&got[0]), ["Lena Ruiz", "Lee"]);
    assert_eq!(mentor_names(&got[1]), ["Lena Ruiz", "Chidi Okafor"]);
    assert_eq!(got[1].difficulty, Difficulty::parse("easy"));
    assert_eq!(got[1].skills, ["C", "Lua"]);
    assert_eq!(
        got[1].description.as_deref(),
        Some("Wrap the primitives in Lua so that scenes can be scripted.")
    );
}

#[test]
fn links_glued_to_the_word_between_them_are_two_people() {
    let got = layout_fixture("glued-mentor-links.md");
    assert_eq!(titles(&got), ["Tape loader"]);
    assert_eq!(mentor_names(&got[0]), ["ana", "bo"]);
    assert_eq!(got[0].hours, [350]);
}

#[test]
fn a_section_about_onboarding_is_no_idea_beside_listed_ones() {
    let got = layout_fixture("reader-sections-beside-listed-ideas.md");
    assert_eq!(
        titles(&got),
        ["Tidal power model", "Harbour camera archive"]
    );
}

#[test]
fn a_list_heading_with_a_remark_lists_its_sections_but_not_an_invitation() {
    // "Project ideas (in no particular order)" names a list; "Your project here" invites.
    let got = layout_fixture("listed-ideas-remark.md");
    assert_eq!(titles(&got), ["Fog signal scheduler", "Lamp log viewer"]);
}
