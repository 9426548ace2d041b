//! Page shapes of round 30 of unseen pages, in small pages written for this project: "Task N -"
//! numbering before titles, headings that number an idea whose title field names it, pages of
//! several lists of prose ideas, an intro that says whose list the page is, a product name in
//! every title, OSPP field labels, and wiki pages titled by their file's name.

mod common;
use common::{ideas_of, mentor_names, titles};
use ideas::model::Difficulty;

#[test]
fn task_numbering_is_no_part_of_the_title() {
    let page = "# Summer 2022\n\n## Task 1 - Python SDK for Quuxdig\n\n\
                Mentor of Project: 顾一\n\nDegree of Difficulty: 基础/Basic\n\n\
                Labels of Programming Language: Python, TypeScript\n\n\
                ## 任务 2 - Quuxdig 的持续集成\n\n导师: Frank\n\n难度: 进阶\n\n编程语言: Shell\n";
    let got = ideas_of("events.md", page);
    assert_eq!(
        titles(&got),
        ["Python SDK for Quuxdig", "Quuxdig 的持续集成"]
    );
    assert_eq!(mentor_names(&got[0]), ["顾一"]);
    assert_eq!(got[0].skills, ["Python", "TypeScript"]);
    assert_eq!(got[1].difficulty, Difficulty::parse("hard"));
    assert_eq!(got[1].skills, ["Shell"]);
}

#[test]
fn a_heading_that_numbers_its_idea_gives_way_to_the_title_field() {
    let idea = |n: u32, t: &str| {
        format!(
            "#### Task {n} Function enhancement\n\n1. 项目名称：{t}\n\n2. Description：a text.\n\n\
             3. Project Difficulty：Medium\n\n4. Community Mentor：Li Wei\n\n"
        )
    };
    let page = format!(
        "## Tasks\n\n{}{}",
        idea(1, "HA proxy"),
        idea(2, "Faster scans")
    );
    let got = ideas_of("summer.md", &page);
    assert_eq!(titles(&got), ["HA proxy", "Faster scans"]);
    assert_eq!(mentor_names(&got[1]), ["Li Wei"]);
}

#[test]
fn lists_of_prose_ideas_under_first_level_headings() {
    let prose = "This one needs a longer text, written as a paragraph of several words so \
                 that it reads as the idea's description on its own.";
    let page = format!(
        "# Quuxcode ideas #\n\n## Import updates ##\n{prose}\n\n## Flexible grids ##\n{prose}\n\n\
         # Other ideas #\n\n## Sea ice website ##\n{prose}\n\n## Climate library ##\n{prose}\n"
    );
    let got = ideas_of("GSoC2012.md", &page);
    assert_eq!(
        titles(&got),
        [
            "Import updates",
            "Flexible grids",
            "Sea ice website",
            "Climate library"
        ]
    );
}

#[test]
fn this_is_the_orgs_list_of_ideas_names_the_organisation() {
    let prose = "A paragraph that says what the idea is about, long enough to be read as its \
                 description and nothing else.";
    let page = format!(
        "# Introduction #\n\nThis is the Quill Code Foundation's list of projects and ideas for \
         Google Summer of Code 2012.\n\n# Ideas #\n\n## Import updates ##\n{prose}\n\n\
         ## Flexible grids ##\n{prose}\n"
    );
    let got = ideas_of("GSoC2012.md", &page);
    assert_eq!(got.len(), 2);
    assert!(got
        .iter()
        .all(|i| i.org.as_deref() == Some("Quill Code Foundation")));
}

#[test]
fn a_product_name_in_every_title_names_the_organisation() {
    let idea = |t: &str| {
        format!(
            "## {t}\n\nQuillTalk needs this; the text says why.\n\n### Required skills\n\n\
             * Java\n\n### Complexity\n\nMedium\n\n"
        )
    };
    let page = format!(
        "# Google Summer of Code 2020 Ideas\n\n{}{}",
        idea("Add UDP support to QuillTalk"),
        idea("New operators for QuillTalk")
    );
    let got = ideas_of("ideas.md", &page);
    assert_eq!(got.len(), 2);
    assert!(got.iter().all(|i| i.org.as_deref() == Some("QuillTalk")));
}

#[test]
fn a_wiki_page_is_titled_by_its_file_name() {
    let prose = "A paragraph that says what the idea is about, long enough to be read as its \
                 description and nothing else.";
    let page = format!(
        "Most ideas come from the mailing list.\n\n#### pipelining mode\n\n{prose}\n\n\
         #### plugin manager\n\n{prose}\n"
    );
    let got = ideas_of("GSoC-2015-Ideas.md", &page);
    assert_eq!(titles(&got), ["pipelining mode", "plugin manager"]);
    // A file name of no year or programme titles nothing.
    assert!(ideas_of("Notes.md", &page).is_empty());
}
