//! Prose that looks like fields (issue 9): a sentence under a "Mentors:" label is not a mentor
//! and does not make its heading an idea, and fields written as bold labels inside a
//! description paragraph are read. Fixtures written for this project
//! (tests/fixtures/layouts/mentor-prose-headings.md).

mod common;
use common::{ideas_of as parse_text, layout_ideas as parse};
use common::{skill_ids, titles};

use ideas::model::Idea;

/// Each mentor as "Name (@handle)", "Name" or "@handle".
fn mentors(idea: &Idea) -> Vec<String> {
    idea.mentors
        .iter()
        .map(|m| match (&m.name, &m.github) {
            (Some(n), Some(g)) => format!("{n} (@{g})"),
            (Some(n), None) => n.clone(),
            (None, Some(g)) => format!("@{g}"),
            (None, None) => m.email.clone().unwrap_or_default(),
        })
        .collect()
}

#[test]
fn a_heading_whose_only_field_is_a_sentence_under_mentors_is_not_an_idea() {
    let text = "# Ideas\n\n## Guidelines\n\n\
                - Mentors: please be responsive on chat and review within two days.\n\n\
                ## Project one\n\n- Mentors: Jane Doe (@jdoe)\n- Skills: Go\n\nSome description here.\n";
    let ideas = parse_text("brief.md", text);
    assert_eq!(titles(&ideas), ["Project one"]);
    assert_eq!(mentors(&ideas[0]), ["Jane Doe (@jdoe)"]);
    assert_eq!(skill_ids(&ideas[0]), ["go"]);
}

#[test]
fn headings_beside_ideas_with_people_or_a_placeholder_stay_ideas() {
    // Beside "Offline sync" (two fields), a heading with only a mentors field is an idea when
    // the field names people or is a placeholder ("TBD"), and is not one when it is a sentence
    // ("Guidelines", "How to apply").
    let ideas = parse("mentor-prose-headings.md");
    assert_eq!(
        titles(&ideas),
        ["Offline sync", "Theme editor", "Plugin API"]
    );
    assert_eq!(mentors(&ideas[0]), ["Jane Doe (@jdoe)"]);
    assert_eq!(
        ideas[0].description.as_deref(),
        Some("Sync notes between devices without a server.")
    );
    assert!(ideas[1].mentors.is_empty());
    assert_eq!(mentors(&ideas[2]), ["Ludwig van der Berg", "liu jin hui"]);
}

#[test]
fn a_prose_section_with_a_sentence_under_mentors_is_not_an_idea() {
    // No heading has two fields: a heading with prose and a mentors line is an idea only when
    // the mentors line names someone.
    let text = "# Notes\n\n## Working with us\n\n\
                We meet every week on a call and keep notes in the shared folder for everyone.\n\n\
                Mentors: please be responsive on chat and review within two days.\n\n\
                ## Spherical plots\n\n\
                Draw data on a sphere with the plotting library and make the projections interactive.\n\n\
                Mentors: Ana Lima, Bo Chen\n";
    let ideas = parse_text("prose.md", text);
    assert_eq!(titles(&ideas), ["Spherical plots"]);
    assert_eq!(mentors(&ideas[0]), ["Ana Lima", "Bo Chen"]);
}

#[test]
fn bold_labels_inside_a_description_paragraph_are_fields() {
    let text = "## Sandbox runner\n\nRun untrusted plugins in a sandbox. **Skills:** Go, WebAssembly **Mentors:** Jane Doe (@jdoe)\n";
    let ideas = parse_text("brief.md", text);
    assert_eq!(titles(&ideas), ["Sandbox runner"]);
    assert_eq!(skill_ids(&ideas[0]), ["go", "webassembly"]);
    assert_eq!(mentors(&ideas[0]), ["Jane Doe (@jdoe)"]);
    assert_eq!(
        ideas[0].description.as_deref(),
        Some("Run untrusted plugins in a sandbox.")
    );
}

#[test]
fn bold_labels_in_prose_and_their_look_alikes() {
    let ideas = parse("bold-labels-in-prose.md");
    // "Contributor notes" uses labels as words in its sentences: no field, no idea.
    assert_eq!(
        titles(&ideas),
        ["Sandbox runner", "Tide tables", "Quay map", "Buoy tracker"]
    );
    let tide = &ideas[1];
    assert_eq!(
        tide.description.as_deref(),
        Some(
            "Print tide tables for the harbour gauges and keep them in sync with the gauge feed.\n\
             Each table covers a week."
        )
    );
    assert_eq!(tide.difficulty, ideas::model::Difficulty::parse("medium"));
    assert_eq!(tide.hours, vec![175]);
    assert_eq!(mentors(tide), ["Ola Brandt"]);
    assert!(tide.skills.is_empty());
    // After a label at the start of an item, a second bold label is a field of its own.
    let quay = &ideas[2];
    assert_eq!(skill_ids(quay), ["python"]);
    assert_eq!(quay.skills_raw.as_deref(), Some("Python"));
    assert_eq!(mentors(quay), ["Pia Lund"]);
    assert_eq!(
        quay.description.as_deref(),
        Some("Draw the quay map from survey data.")
    );
    // Bold that is not a field's label stays in the description.
    let buoy = &ideas[3];
    assert_eq!(
        buoy.description.as_deref(),
        Some("Track buoys on a map. **Important:** read the safety guide first.")
    );
    assert_eq!(mentors(buoy), ["Ola Brandt"]);
    assert_eq!(skill_ids(buoy), ["rust"]);
}

#[test]
fn a_front_matter_page_whose_only_field_is_a_sentence_under_mentors_is_not_an_idea() {
    let prose = "---\ntitle: Contributor guidelines\n---\n\n\
                 We are glad you are here and hope you enjoy working with the community on this.\n\n\
                 Mentors: please be responsive on chat and review within two days.\n";
    assert!(parse_text("guidelines.md", prose).is_empty());
    let people = prose.replace(
        "please be responsive on chat and review within two days.",
        "Jane Doe (@jdoe), Ana Lima",
    );
    let ideas = parse_text("idea.md", &people);
    assert_eq!(titles(&ideas), ["Contributor guidelines"]);
    assert_eq!(mentors(&ideas[0]), ["Jane Doe (@jdoe)", "Ana Lima"]);
}

#[test]
fn a_described_heading_beside_prose_ideas_is_an_idea_without_mentors() {
    // Ideas as headings with prose and a "Mentors:" line; the last one names no mentors but is
    // described like the others. A short note beside them, or a generic heading, is not one.
    let text = "# Tidewater: charts in Julia\n\n\
                ## Spherical tide charts\n\n\
                Mentors: Ana Reef, Bo Shoal\n\n\
                Tide data covers the whole globe and most of it is gridded on the sphere. \
                The chart viewer should draw it without projecting first. \
                Work may include culling tiles and switching projections.\n\n\
                ## New algorithms in TideOps.jl\n\n\
                TideOps.jl is a young package for tide geometry on the plane and the sphere. \
                Many algorithms remain to be written, such as hulls, merges and validation. \
                You could also propose an algorithm of your own that you want to write or improve.\n\n\
                ## Short note\n\nAsk on the forum.\n\n\
                ## How to apply\n\n\
                Write to the mailing list with your questions about any of these ideas. \
                We read it every day and answer within the week. \
                Say which idea you are interested in and what you have done so far.\n";
    let ideas = parse_text("tidewater.md", text);
    assert_eq!(
        titles(&ideas),
        ["Spherical tide charts", "New algorithms in TideOps.jl"]
    );
    assert_eq!(mentors(&ideas[0]), ["Ana Reef", "Bo Shoal"]);
    assert!(ideas[1].mentors.is_empty());
}

#[test]
fn a_section_repeated_after_every_idea_belongs_to_the_idea_above() {
    // "### Warm-up reading" follows the "### title" of two ideas at the same level: it is a
    // section of each idea (its fields are the idea's), never an idea of its own. Two ideas of
    // one title under two headings stay two ideas.
    let ideas = parse("repeated-sections.md");
    let titles: Vec<&str> = ideas.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Faster glow scheduler",
            "Wick exporter",
            "Plain third idea",
            "Improve documentation",
            "Improve documentation",
        ]
    );
    let names = |i: usize| -> Vec<&str> {
        ideas[i]
            .mentors
            .iter()
            .filter_map(|m| m.name.as_deref())
            .collect()
    };
    assert_eq!(names(0), ["Ada Quill"]);
    assert_eq!(ideas[0].hours, [175]);
    assert_eq!(names(1), ["Bo Reyes"]);
    assert_eq!(names(3), ["Dee Park"]);
    assert_eq!(names(4), ["Eli Moss"]);
}

#[test]
fn skills_written_around_their_field() {
    let ideas = parse("skills-written-around.md");
    let skills = |title: &str| {
        let idea = ideas.iter().find(|i| i.title == title).unwrap();
        idea.skills.clone()
    };
    // A list of links after a blank line is no part of an inline skills value.
    assert_eq!(skills("Gizmo exporter"), ["Zig", "Podman"]);
    // "Skills & Experience Required" is the skills label spelt with "&".
    assert_eq!(skills("Widget prober"), ["Elixir", "Tcl"]);
    // A skills sentence names what follows its lead-ins.
    assert_eq!(
        skills("Sprocket tracer"),
        ["Zig", "Gtk framework", "design/UX"]
    );
}

#[test]
fn a_page_title_names_its_known_organisation_and_heading_images_are_not_titles() {
    // "# Tiled - Google Summer of Code 2026": the title names a known organisation before the
    // programme words. "### ![#aa3300](swatch.png) Title": the picture's alt text is not part
    // of the title.
    let ideas = parse("page-title-org-and-heading-images.md");
    assert_eq!(
        titles(&ideas),
        ["Smoother isometric scrolling", "Layer blending previews"]
    );
    for idea in &ideas {
        assert_eq!(idea.org.as_deref(), Some("Tiled"), "{}", idea.title);
    }
    assert_eq!(mentors(&ideas[1]), ["Oskar Brim"]);
}

#[test]
fn a_numbered_heading_straight_above_one_sub_heading_is_the_idea_and_that_its_subtitle() {
    // "## 1. Glow scheduler" then at once "#### Scheduling lamp glows ...": the numbered
    // heading, a sibling of the other numbered ideas, is the idea; the sub-heading subtitles it.
    let ideas = parse("numbered-heading-with-subtitle.md");
    assert_eq!(
        titles(&ideas),
        ["Glow scheduler", "Wick exporter", "Flame colour tables"]
    );
    assert_eq!(mentors(&ideas[0]), ["Ira Fenn"]);
    assert_eq!(ideas[0].hours, [175]);
    // The page's title ("# Lantern ideas") names the org, no numbered heading does.
    assert_eq!(ideas[0].org.as_deref(), Some("Lantern"));
}

#[test]
fn skills_of_a_choice_and_around_asides() {
    let ideas = parse("skills-choices-and-asides.md");
    let skills = |title: &str| {
        let idea = ideas.iter().find(|i| i.title == title).unwrap();
        idea.skills.clone()
    };
    // A choice among skills is one item per named skill, the choice words dropped.
    assert_eq!(
        skills("Gadget bridge"),
        ["Python", "Rust", "C", "Go", "Java", "Kotlin"]
    );
    // An aside of examples after a skill lists skills only where it names known ones.
    assert_eq!(
        skills("Widget canvas"),
        [
            "Qt",
            "widget layout design",
            "big tables",
            "pandas",
            "quokka"
        ]
    );
    // Setup, pointers to reading and stand-ins name no skill.
    assert_eq!(skills("Sprocket reader"), ["Zig", "Lua"]);
}

#[test]
fn chinese_skills_lose_the_words_that_wrap_them() {
    let ideas = parse("skills-cjk-wrapping.md");
    assert_eq!(
        ideas[0].skills,
        ["SQL", "Go", "存储原理", "Unix 命令", "存储引擎相关技术"]
    );
}

#[test]
fn named_sections_at_the_ideas_level_belong_to_the_idea_above() {
    // "### Things to consider" between an idea's title and the section every idea repeats,
    // and "### Notes" before an idea's fields, are sections of that idea, not ideas.
    let ideas = parse("named-sections.md");
    assert_eq!(
        titles(&ideas),
        [
            "Harbour tide predictor",
            "Ticket kiosk rewrite",
            "Deck plan viewer"
        ]
    );
    let names = |i: usize| -> Vec<&str> {
        ideas[i]
            .mentors
            .iter()
            .filter_map(|m| m.name.as_deref())
            .collect()
    };
    assert_eq!(names(0), ["Lia Brandt"]);
    assert_eq!(ideas[0].hours, [90]);
    assert_eq!(names(1), ["Oren Vale"]);
    assert_eq!(ideas[1].hours, [175]);
    assert_eq!(
        ideas[1].difficulty.map(|d| d.to_string()).as_deref(),
        Some("easy")
    );
    assert_eq!(names(2), ["Pia Lund"]);
    assert_eq!(ideas[2].hours, [350]);
}

#[test]
fn sections_written_to_the_reader_and_a_list_of_field_names_are_no_ideas_or_orgs() {
    // "# How to get started", "# Tips": no org; "# Project Ideas" with a list of what each
    // idea gives (bare field names) is no idea, and does not swallow the first idea below.
    let ideas = parse("reader-sections.md");
    assert_eq!(titles(&ideas), ["Port the tr tool", "Faster uniq"]);
    // The org is the name before " at GSoC" in the front matter's title.
    assert!(ideas.iter().all(|i| i.org.as_deref() == Some("Quillkit")));
    assert_eq!(ideas[0].skills, ["Zig"]);
    // "Skills: None" lists none.
    assert!(ideas[1].skills.is_empty());
}

#[test]
fn a_mentors_label_inside_a_paragraph_names_the_mentors() {
    // "... in the book. Potential mentors: Ilse Varga, `ilse@example.org`, and\nTomas Brandt,
    // ...": the sentence after the label names them; "See the guide to applying." does not.
    let ideas = parse("mentors-in-prose.md");
    let emails =
        |i: &Idea| -> Vec<Option<String>> { i.mentors.iter().map(|m| m.email.clone()).collect() };
    assert_eq!(
        titles(&ideas),
        [
            "Port the lexer to quay-rs",
            "Interactive tutorial",
            "Exercise site"
        ]
    );
    assert_eq!(mentors(&ideas[0]), ["Ilse Varga", "Tomas Brandt"]);
    assert_eq!(
        emails(&ideas[0]),
        [
            Some("ilse@example.org".to_string()),
            Some("tomas@example.net".to_string())
        ]
    );
    assert_eq!(mentors(&ideas[1]), ["Nora Quint"]);
    // "# Project ideas for `quaykit`": the name the page's title gives after "for".
    assert!(ideas.iter().all(|i| i.org.as_deref() == Some("quaykit")));
}

#[test]
fn every_mentor_column_of_a_table_names_mentors() {
    // "| Lead mentor | Co-mentor |": both columns; an empty co-mentor cell names no one.
    let ideas = parse("mentor-columns.md");
    assert_eq!(titles(&ideas), ["Glyph cache", "Plugin sandbox"]);
    assert_eq!(mentors(&ideas[0]), ["Ilse Varga", "Tomas Brandt"]);
    assert_eq!(mentors(&ideas[1]), ["Nora Quint"]);
}

#[test]
fn numbered_topic_headings_are_no_org_and_ratings_are_levels() {
    // "## 1 - Lexer" over "### Project 1-1: Faster tokenizer": the topic is no org (the page
    // title's "Quaykit ideas for GSoC 2025" is), the number no part of the title; "Rate:" and
    // a "Project Rating" column give the difficulty.
    let ideas = parse("numbered-topics.md");
    assert_eq!(
        titles(&ideas),
        ["Faster tokenizer", "Async scheduler", "Sparkline widgets"]
    );
    assert!(ideas.iter().all(|i| i.org.as_deref() == Some("Quaykit")));
    let levels: Vec<String> = (ideas.iter())
        .map(|i| i.difficulty.map(|d| d.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(levels, ["easy", "medium", "medium"]);
}

#[test]
fn an_idea_heading_at_the_level_of_field_sections_is_an_idea() {
    // "### Task Description" is a field section, never a title; "### Port the solver ..."
    // written at that level is the next idea, with its own sections below it.
    let ideas = parse("field-section-siblings.md");
    assert_eq!(
        titles(&ideas),
        ["Build a trace viewer", "Port the solver to WebAssembly"]
    );
    assert_eq!(mentors(&ideas[0]), ["@kpetrov"]);
    assert_eq!(mentors(&ideas[1]), ["@lwong"]);
    assert_eq!(ideas[0].hours, [350]);
    assert_eq!(ideas[1].hours, [175]);
    let levels: Vec<String> = (ideas.iter())
        .map(|i| i.difficulty.map(|d| d.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(levels, ["medium", "hard"]);
}

#[test]
fn a_short_prose_idea_with_a_mentor_beside_longer_ones_is_an_idea() {
    // One sentence and "Mentor: tobias-l" is an idea beside ideas of two sentences; a title
    // with "programming" in it names no programme; "Your idea!" is an invitation.
    let ideas = parse("short-prose-ideas.md");
    assert_eq!(
        titles(&ideas),
        [
            "Coverage dashboard",
            "Support other programming languages",
            "Learned mutators"
        ]
    );
    assert_eq!(mentors(&ideas[2]), ["tobias-l"]);
}

#[test]
fn a_rule_after_the_mentors_ends_them() {
    // What follows a "---" under "### Potential mentor(s):" (a proposal template, a kramdown
    // attribute line) names no one.
    let text = "# Ideas\n\n## Zeta signals\n\nImplement acquisition and tracking for Zeta.\n\n\
                ### Required skills:\nC++ programming.\n\n### Potential mentor(s):\n\
                Rosa Villalba, Piet Kroon.\n\n---------\n\n\
                Please provide in your proposal the information listed below.\n{: .notice--info}\n";
    let ideas = parse_text("rule.md", text);
    assert_eq!(titles(&ideas), ["Zeta signals"]);
    assert_eq!(mentors(&ideas[0]), ["Rosa Villalba", "Piet Kroon"]);
}

#[test]
fn sibling_sections_that_each_hold_the_same_one_field_are_ideas() {
    // A description and a "**Requirements**:" line, section after section: the repeated field
    // is the page's template for an idea. "Communication" has no field and is no idea.
    let ideas = parse("requirements-only-sections.md");
    assert_eq!(titles(&ideas), ["Waveform strips", "Proxy manager"]);
    // Experience contributing to the project is a history, not a skill.
    assert_eq!(ideas[0].skills, ["Python", "Gizmo apps"]);
    assert_eq!(ideas[1].skills, ["Python", "C"]);
}

#[test]
fn a_page_titled_only_by_the_programme_is_not_an_idea() {
    // "Google Summer of Code 2024" with the page's pool of mentors names no project.
    let ideas = parse("programme-titled-page.md");
    assert!(titles(&ideas).is_empty(), "{:?}", titles(&ideas));
}

#[test]
fn sections_of_a_page_titled_by_the_programme_are_its_ideas() {
    // No heading above them, a front-matter title that names the programme: the sections of
    // prose are listed ideas; "How to apply" is written to the reader.
    let ideas = parse("titled-page-sections.md");
    assert_eq!(
        titles(&ideas),
        ["Live patching on the board", "Browser workbench"]
    );
}

#[test]
fn ideas_grouped_under_area_headings_belong_to_the_page_organisation() {
    // "## Challenging", "## Moonshots" group ideas by size: no organisation of their own, and
    // the page title's area words ("Numerical Methods Projects") are not part of its name.
    // An idea without a mentors line beside ideas of the same template is an idea; one with
    // no skills field states its skills in a sentence ("You will need a good knowledge of").
    let ideas = parse("grouped-sections.md");
    assert_eq!(
        titles(&ideas),
        [
            "Adaptive step solver",
            "Mesh importer rewrite",
            "Tidal forecast service"
        ]
    );
    for idea in &ideas {
        assert_eq!(idea.org.as_deref(), Some("Tidepool"), "{}", idea.title);
    }
    assert!(ideas[1].mentors.is_empty());
    assert_eq!(ideas[1].skills, ["file formats"]);
    assert_eq!(mentors(&ideas[2]), ["Jo Brandt"]);
    assert_eq!(ideas[2].skills, ["Go", "HTTP caching"]);
}

#[test]
fn mentors_and_skills_written_in_sentences_are_read() {
    // No fields at all: "It can be mentored by [Ines](...) and/or [Marek](...)." names the
    // mentors (their links give the handles), "This project needs basic skills in ..." the
    // skills; "#### Contributing" is part of the idea above it.
    let ideas = parse("mentored-in-prose.md");
    assert_eq!(
        titles(&ideas),
        [
            "Import reading lists from e-readers",
            "Reading statistics dashboard"
        ]
    );
    assert_eq!(
        mentors(&ideas[0]),
        ["Ines (@ines-fern)", "Marek (@marek-fern)"]
    );
    assert_eq!(ideas[0].skills, ["web development", "Flask"]);
    assert_eq!(mentors(&ideas[1]), ["Marek (@marek-fern)"]);
    assert_eq!(ideas[1].skills, ["data visualisation"]);
}
