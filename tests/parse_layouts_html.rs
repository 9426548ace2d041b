//! Fields written in HTML blocks (`<p><b>Mentors:</b> A</p>`, `<ul><li><strong>Skills:</strong>
//! Go</li></ul>`), read from a fixture written for this project
//! (tests/fixtures/layouts/html-field-blocks.md).

use ideas::model::Difficulty;
use ideas::parse::{parse_page, Defaults};
use ideas::skills::SkillTable;

mod common;
use common::layout_fixture as parse;
use common::skill_ids;

#[test]
fn labels_in_html_paragraphs_and_list_items_are_fields() {
    let ideas = parse("html-field-blocks.md");
    let titles: Vec<&str> = ideas.iter().map(|i| i.title.as_str()).collect();
    // The commented-out template is not read; "Contact" has no fields.
    assert_eq!(
        titles,
        ["Beam-forming in the browser", "Echo-sounder drivers"]
    );

    // An HTML heading with HTML paragraphs: the tags are not part of any value.
    let a = &ideas[0];
    assert_eq!(a.source.line, 11);
    assert_eq!(
        a.description.as_deref(),
        Some("Port the beam-forming code to WebAssembly so that the viewer can run it.")
    );
    let names: Vec<String> = a.mentors.iter().map(|m| m.label()).collect();
    assert_eq!(names, ["Rhea Sund", "Pavel Ost"]);
    assert_eq!(a.mentors[0].github.as_deref(), Some("rheasund"));
    assert_eq!(skill_ids(a), ["rust", "webassembly"]);
    assert_eq!(a.skills_raw.as_deref(), Some("Rust, WebAssembly"));
    assert_eq!(a.difficulty, Difficulty::parse("medium"));

    // An HTML list of labelled items under a Markdown heading.
    let b = &ideas[1];
    assert_eq!(b.source.line, 19);
    assert_eq!(
        b.description.as_deref(),
        Some("Support two more echo-sounders through a plugin interface.")
    );
    assert_eq!(b.mentors.len(), 1);
    assert_eq!(b.mentors[0].name.as_deref(), Some("Pavel Ost"));
    assert_eq!(b.mentors[0].email.as_deref(), Some("pavel@marlin.example"));
    assert_eq!(skill_ids(b), ["c", "linux"]);
    assert_eq!(b.skills_raw.as_deref(), Some("C, Linux"));
    assert_eq!(b.hours, vec![350]);
}

#[test]
fn labels_in_html_comments_are_not_fields() {
    let text = "# Ideas\n\n## Sonar\n\nA sonar idea.\n\n<!--\n<p><b>Mentors:</b> NAME</p>\n\
                <p><b>Skills:</b> WHAT</p>\n-->\n";
    let page = parse_page("c.md", text, SkillTable::bundled(), &Defaults::default());
    assert!(page.ideas.is_empty(), "{:?}", page.ideas);
}
