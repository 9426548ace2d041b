//! Page shapes met on pages scraped from wikis and static sites into Markdown, read from
//! fixtures written for this project (tests/fixtures/layouts): ideas grouped under headings
//! that say what the group is about, headings whose title is the link below them, list items
//! whose fields a scrape ran onto one line, and bold labels run together after a sentence.

mod common;
use common::{layout_fixture, mentor_names, titles};
use ideas::model::Difficulty;

#[test]
fn headings_grouped_under_projects_about_a_subject_are_ideas() {
    // "## Projects about speed" and "## Projects on the user interface" each list ideas;
    // the mentors' section above them is written to the reader.
    let got = layout_fixture("idea-groups-by-subject.md");
    assert_eq!(
        titles(&got),
        [
            "Faster lane finder",
            "Lighter map storage",
            "Block-based driving",
            "Teacher dashboard"
        ]
    );
    assert!(got.iter().all(|i| i.mentors.is_empty()));
}

#[test]
fn an_empty_heading_takes_the_link_below_it_as_its_title() {
    let got = layout_fixture("empty-heading-link-title.md");
    assert_eq!(titles(&got), ["Ruler tool", "Palette importer"]);
    assert_eq!(got[0].hours, [350]);
    assert_eq!(got[0].skills, ["C", "GTK"]);
    assert_eq!(mentor_names(&got[0]), ["Mira", "Tobias"]);
    assert_eq!(got[1].difficulty, Difficulty::parse("easy"));
    // The same page saved with CRLF line ends.
    let crlf = common::layout_text("empty-heading-link-title.md").replace('\n', "\r\n");
    let page = common::parse_text_page("crlf.md", &crlf);
    let got: Vec<&str> = page.ideas.iter().map(|p| p.idea.title.as_str()).collect();
    assert_eq!(got, ["Ruler tool", "Palette importer"]);
}

#[test]
fn fields_run_onto_the_line_of_a_list_item_are_read_one_by_one() {
    let got = layout_fixture("flattened-item-fields.md");
    assert_eq!(titles(&got), ["Batch page scanner", "Jury tool redesign"]);
    assert_eq!(got[0].skills, ["JavaScript", "PHP"]);
    // A bracket opened at the end of a line holds the person's profile on the next.
    assert_eq!(mentor_names(&got[0]), ["Ana Lima", "Ravi Kumar"]);
    assert_eq!(got[0].hours, [350]);
    assert_eq!(got[0].difficulty, Difficulty::parse("medium"));
    // User names with underscores and digits are people; links glued by a comma are two.
    assert_eq!(mentor_names(&got[1]), ["Nadia_Rahman", "Tom2240"]);
    assert_eq!(got[1].hours, [90]);
}

#[test]
fn bold_labels_run_together_after_a_sentence_are_fields() {
    let got = layout_fixture("run-together-bold-labels.md");
    assert_eq!(titles(&got), ["Package graph", "Shader port"]);
    let graph = &got[0];
    assert_eq!(mentor_names(graph), ["Lena Ruiz", "Omar Haddad"]);
    // The contact field writes each mentor's address beside their name.
    let emails: Vec<_> = graph.mentors.iter().map(|m| m.email.as_deref()).collect();
    assert_eq!(emails, [Some("lena@example.org"), Some("omar@example.net")]);
    assert!(graph.contacts.is_empty(), "{:?}", graph.contacts);
    assert_eq!(graph.difficulty, Difficulty::parse("hard"));
    assert_eq!(graph.hours, [350]);
    // "What the intern will learn" ends the skills.
    assert_eq!(graph.skills, ["python", "git"]);
    let description = graph.description.as_deref().unwrap_or("");
    assert!(
        description.starts_with("The archive holds"),
        "{description}"
    );
    // Words a scrape glued to bold text or to a link stay apart.
    assert_eq!(got[1].skills, ["GLSL", "C", "Kotlin"]);
}

#[test]
fn bold_titles_with_a_wikis_edit_links_head_their_sections() {
    // A scrape of a wiki wrote each idea's heading as bold text followed by its edit links
    // (in the wiki's own language) and kept the idea's sections as `####` headings: the bold
    // title heads them, and the sections' names lose their edit links, so "Duration of the
    // Project" and "Mentors" are fields of the idea above them, not ideas of their own.
    let got = layout_fixture("wiki-bold-titles.md");
    assert_eq!(
        titles(&got),
        [
            "Editor plugin for the analyser",
            "Python bindings for the simulator"
        ]
    );
    assert_eq!(got[0].hours, [350]);
    assert_eq!(got[1].hours, [175]);
    assert_eq!(mentor_names(&got[0]), ["Petra Lind"]);
    assert_eq!(mentor_names(&got[1]), ["Oskar Brandt"]);
}

#[test]
fn titles_numbered_by_name_and_bold_labels_glued_to_skills() {
    // "**Project I: ...**" titles an idea; "**Language Requisitions:**PHP, JavaScript
    // (Fetch)**Nice to have:**Web components" is one skills value whose bold sub-labels a
    // scrape glued to the words around them.
    let got = layout_fixture("bold-named-numbers.md");
    assert_eq!(titles(&got), ["Saving without reloading", "Workflow rules"]);
    assert_eq!(
        got[0].skills,
        ["PHP", "JavaScript (Fetch)", "Web components"]
    );
    assert_eq!(got[0].difficulty, Difficulty::parse("hard"));
    assert_eq!(got[0].hours, [350]);
    assert_eq!(got[1].skills, ["PHP"]);
    assert_eq!(got[1].hours, [175]);
}
