//! Page shapes of round 26 of unseen pages, read from fixtures and small pages written for this
//! project: headings numbered as ideas ("### Idea 4: …") with and without fields, bold labels
//! closed by `</br>`, labelled parts inside a table's description cell, people written one
//! after another's contacts, bold titles that end in a colon, and the organisation named by a
//! possessive title or a "has been selected" sentence.

mod common;
use common::{ideas_of, layout_fixture, mentor_names, titles};
use ideas::model::Difficulty;

#[test]
fn headings_numbered_as_ideas_are_ideas_with_or_without_fields() {
    let got = layout_fixture("numbered-idea-headings.md");
    assert_eq!(
        titles(&got),
        [
            "Offline notes",
            "Shared notebooks",
            "Import from wiki exports",
            "Plugin registry"
        ]
    );
    // "**Relevant skills**</br>" is a label, its lines ended by "</br>" the items.
    assert_eq!(got[0].skills, ["JavaScript", "Service workers"]);
    assert_eq!(got[1].difficulty, Difficulty::parse("medium"));
    // "There is no need to have any experience with …" names no skill.
    assert!(got[3].skills.is_empty(), "{:?}", got[3].skills);
    assert_eq!(got[0].org.as_deref(), Some("Quillpad"));
}

#[test]
fn labelled_parts_of_a_description_cell_give_their_fields() {
    let got = layout_fixture("table-cell-labels.md");
    // The row inviting ideas of one's own is no idea; the template list above the table
    // ("4. possible mentors.") gives no mentors.
    assert_eq!(titles(&got), ["Payments", "Registry"]);
    assert_eq!(got[0].skills, ["Web Applications", "Security"]);
    assert_eq!(mentor_names(&got[0]), ["Lena Ortiz"]);
    assert_eq!(
        got[0].expected_outcomes.as_deref(),
        Some("a guide with worked examples.")
    );
    // A chat channel in the contact column ("#registry") is nobody.
    assert!(got[1].mentors.is_empty(), "{:?}", got[1].mentors);
    assert_eq!(got[1].skills, ["OpenAPI"]);
    assert_eq!(got[1].difficulty, Difficulty::parse("easy"));
    // "Google Season of Docs" is the programme's name, not the organisation's.
    assert!(got.iter().all(|i| i.org.as_deref() != Some("Season")));
}

#[test]
fn people_written_one_after_another_are_each_read() {
    let got = layout_fixture("people-after-contacts.md");
    assert_eq!(got.len(), 3);
    // "Jina Labs has been selected as one of 19 organizations in … for Google Summer of Code".
    assert!(got.iter().all(|i| i.org.as_deref() == Some("Jina Labs")));
    // "time: ~175 hour", "Time Cost: ~350 hours"; "### Prerequisites and Skills".
    assert_eq!(got[0].hours, [175]);
    assert_eq!(got[1].hours, [350]);
    assert_eq!(got[0].skills, ["C/C++", "eBPF"]);
    let second = &got[1];
    assert_eq!(mentor_names(second), ["Yiwei Yang", "Yusheng Zheng"]);
    assert_eq!(
        second.mentors[1].email.as_deref(),
        Some("yusheng@example.com")
    );
    // "Additionally, experience with JAX": the linking word is no skill.
    assert_eq!(second.skills, ["Python", "JAX"]);
    let handles: Vec<_> = (got[2].mentors.iter())
        .filter_map(|m| m.github.as_deref())
        .collect();
    assert_eq!(handles, ["fwang-ex", "jmarti-ex"]);
}

#[test]
fn bold_titles_may_end_in_a_colon_but_a_page_label_is_no_title() {
    let got = layout_fixture("bold-titles-with-colons.md");
    // Not the page's heading ("Google Summer of Code - 2017") nor the template's "**Current
    // Status:**", which the page writes as a label with a value above.
    assert_eq!(titles(&got), ["Sensors", "Font fallback"]);
    assert_eq!(mentor_names(&got[1]), ["Akira Sato", "Ines Vidal"]);
    assert_eq!(got[1].difficulty, Difficulty::parse("hard"));
}

#[test]
fn the_owner_of_a_possessive_title_is_the_organisation() {
    let page = "# Quillworks's Google Summer of Code\n\n## 2022 Ideas\n\n\
                ### Faster startup\n#### Length: 175 hours\n#### Skills Required: ruby\n\
                #### Mentors: Thierry, Rui\n\n### Smaller downloads\n#### Length: 350 hours\n\
                #### Skills Required: shell\n#### Mentors: Rui\n";
    let got = ideas_of("README.md", page);
    assert_eq!(titles(&got), ["Faster startup", "Smaller downloads"]);
    assert!(got.iter().all(|i| i.org.as_deref() == Some("Quillworks")));
    assert_eq!(got[1].hours, [350]);
}

#[test]
fn a_reader_section_with_fields_is_no_idea_and_provisional_mentors_are_mentors() {
    let page = [
        "# Guidelines\n\n**Prerequisite Skills**\n\nJava\n\n",
        "**Expected outcome**\n\nA first patch merged.\n\n",
        "See [the guide](https://x.example/g).\n\n## Large Projects (350 hours)\n\n",
        "### Voice agent\n\nCategories/Tags | Large, Mobile |\n|---|---|\n",
        "Description | Talk to the app. |\nSkills | Kotlin, Python |\n",
        "Provisional Mentors | Aru Sharma, TBC |\n\n",
        "### Gateway upgrade\n\nCategories/Tags | Large, DevOps |\n|---|---|\n",
        "Description | Newer modules. |\nSkills | Helm |\nProvisional Mentors | Tom Daly |\n",
    ]
    .concat();
    let got = ideas_of("ideas.md", &page);
    assert_eq!(titles(&got), ["Voice agent", "Gateway upgrade"]);
    assert_eq!(mentor_names(&got[0]), ["Aru Sharma"]);
    assert_eq!(mentor_names(&got[1]), ["Tom Daly"]);
}

#[test]
fn two_ideas_of_one_title_on_a_page_get_distinct_ids() {
    let page = "# Ideas\n\n## Data portal\n\n- Difficulty: Easy\n- Mentors: Ana Lee\n\n\
                ## Data portal\n\n- Difficulty: Hard\n- Mentors: Bo Chen\n";
    let got = ideas_of("ideas.md", page);
    assert_eq!(got.len(), 2);
    assert_ne!(got[0].id, got[1].id);
    assert_eq!(got[1].id, format!("{}-2", got[0].id));
}
