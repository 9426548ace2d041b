//! Page shapes of round 25 of unseen pages, read from fixtures written for this project
//! (tests/fixtures/layouts): a scrape of a tracker's issues whose bodies keep their own headings
//! at the issues' level, bold titles without numbers over "Label: value" lines, and facts
//! written in sentences ("This project is suitable for a 350-hour duration").

mod common;
use common::{layout_fixture, mentor_names, titles};
use ideas::model::Difficulty;

fn handles(idea: &ideas::model::Idea) -> Vec<&str> {
    idea.mentors
        .iter()
        .filter_map(|m| m.github.as_deref())
        .collect()
}

#[test]
fn each_issue_of_a_scraped_tracker_list_is_one_idea_with_its_sections() {
    // "## #4120: Offline sync" then "## Project Detail", "## Learning Path" (a table of the
    // fields) at the same level: the issue is the idea, the others its sections.
    let got = layout_fixture("issue-list-scrape.md");
    assert_eq!(
        titles(&got),
        [
            "Offline sync for field clinics",
            "Audit trail viewer",
            "Storage benchmark for the server",
            "Dark theme for the dashboard"
        ]
    );
    assert_eq!(got[0].hours, [175]);
    assert_eq!(got[0].difficulty, Difficulty::parse("medium"));
    assert_eq!(got[0].skills, ["Python", "Django"]);
    assert_eq!(handles(&got[0]), ["mirakoh", "tbello"]);
    assert_eq!(got[1].hours, [350]);
    assert_eq!(handles(&got[1]), ["tbello"]);
    // Field headings ("## Mentor", "## Project Size") belong to the issue above them; the
    // size field wins over the issue's labels ("Medium Sized Project").
    assert_eq!(mentor_names(&got[2]), ["Rosa Imbert", "Kai Dorn"]);
    assert_eq!(got[2].hours, [350]);
    // Without a size field, the labels give it.
    assert_eq!(got[3].hours, [90]);
    assert_eq!(got[3].skills, ["CSS"]);
    // "**Python:** For writing the load scripts": the skill, not what it is for.
    assert_eq!(got[2].skills, ["Python", "PromQL"]);
}

#[test]
fn bold_paragraph_titles_over_labelled_lines_are_ideas() {
    let got = layout_fixture("bold-paragraph-titles.md");
    // "**Anything else**" over no fields is an invitation, not an idea.
    assert_eq!(titles(&got), ["Tide chart widget", "Berth booking API"]);
    assert_eq!(got[0].skills, ["JavaScript", "SVG"]);
    assert_eq!(mentor_names(&got[0]), ["Lena Ortiz", "Omar Haddad"]);
    assert_eq!(got[0].hours, [175]);
    assert_eq!(got[1].difficulty, Difficulty::parse("hard"));
    assert_eq!(mentor_names(&got[1]), ["Omar Haddad"]);
}

#[test]
fn bold_lines_under_idea_headings_are_no_titles() {
    // "### QX-101 …" then "**Full-time project 350h**": the headings part the ideas; the bold
    // line states the effort.
    let got = layout_fixture("bold-effort-lines.md");
    assert_eq!(
        titles(&got),
        [
            "QX-101 Faster bulk load",
            "QX-102 Window functions that stream"
        ]
    );
    assert_eq!(got[0].hours, [350]);
    assert_eq!(got[1].hours, [175]);
}

#[test]
fn facts_written_in_sentences_are_read() {
    let got = layout_fixture("sentence-facts.md");
    // "3.Undo history …": a number glued to the title.
    assert_eq!(
        titles(&got),
        ["Undo history that survives restarts", "Handwriting search"]
    );
    // "Discord Community: <link>" is a label; the intro names the organisation.
    assert!(got.iter().all(|i| i.org.as_deref() == Some("Quillpad")));
    // "Difficulty and suitable project length: Medium. … a 175-hour duration."
    assert_eq!(got[0].difficulty, Difficulty::parse("medium"));
    assert_eq!(got[0].hours, [175]);
    // "one or more build systems" counts build systems; it does not list "one".
    assert_eq!(got[0].skills, ["Kotlin", "build systems"]);
    // "Required SkillSet" names the skills; a difficulty's sentence gives the hours.
    assert_eq!(got[1].skills, ["Python"]);
    assert_eq!(got[1].difficulty, Difficulty::parse("hard"));
    assert_eq!(got[1].hours, [350]);
}
