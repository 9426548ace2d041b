//! Page shapes of round 31 of unseen pages, in small pages written for this project: "Project-1:"
//! numbering, category headings over ideas, numbered bold items with a mentors sentence, lists
//! whose items name only their mentors, Chinese "一、" numbering, an idea with a skills line and
//! an issue link beside fuller ones, and a team list that gives mentors their handles.

mod common;
use common::{ideas_of, mentor_names, titles};

#[test]
fn hyphenated_project_numbers_and_category_headings_are_no_titles_or_orgs() {
    let idea = |n: u32, t: &str| {
        format!(
            "### Project-{n}: {t}\n\n#### Brief Explanation\n\nA new chart type for the library.\n\n\
             #### Skill Level\n\nMedium\n\n#### Mentors\n\nAna Lima\n\n"
        )
    };
    let page = format!(
        "# Project Ideas\n\nIf you are applying for Quuxlib’s Google Summer of Code 2021, read \
         this first.\n\n## Compiler\n\n{}## Benchmarking and Performance\n\n{}",
        idea(1, "Stack size estimation"),
        idea(2, "Faster file reads")
    );
    let got = ideas_of("ideas.md", &page);
    assert_eq!(titles(&got), ["Stack size estimation", "Faster file reads"]);
    for idea in &got {
        assert_eq!(idea.org.as_deref(), Some("Quuxlib"), "{}", idea.title);
    }
}

#[test]
fn numbered_bold_items_with_a_mentors_sentence() {
    let item = |n: u32, t: &str| {
        format!(
            "{n}.  **{t}.**\n\n    Project description: You will build it over the summer.\n\n    \
             Skills: Basic knowledge of parsing. Experience with Python and git.\n\n    \
             Difficulty level: Hard.\n\n    Potential mentors: The mentors for this project are \
             [Ana Lima](https://ana.example.org/) and [Bo Chen](https://bo.example.org/).\n\n"
        )
    };
    let page = format!(
        "# Ideas\n\nQuuxlib is accepting applications from Google Summer of Code students!\n\n\
         ## Project Ideas\n\n{}{}",
        item(1, "Faster parser"),
        item(2, "Plugin loader")
    );
    let got = ideas_of("index.md", &page);
    assert_eq!(titles(&got), ["Faster parser", "Plugin loader"]);
    for idea in &got {
        assert_eq!(mentor_names(idea), ["Ana Lima", "Bo Chen"]);
        // (Not the title of the item before it.)
        assert_eq!(idea.org.as_deref(), Some("Quuxlib"));
        let skills: Vec<&str> = idea.skills.iter().map(String::as_str).collect();
        assert!(
            skills.contains(&"Python") && skills.contains(&"git"),
            "{skills:?}"
        );
    }
}

#[test]
fn items_that_name_only_their_mentors_under_an_ideas_heading_are_ideas() {
    let page = "Read the programme's rules first.\n\n## Project Ideas\n\
                Here is what we suggest:\n\n### Desktop\n\n\n### Server\n\
                * Shared calendars - [#1440](https://github.com/quux/server/issues/1440) \
                (mentor: Ana Lima - ana@example.org, Bo Chen - bo@example.org)\n\
                * Calendar trash bin - [#1662](https://github.com/quux/server/issues/1662) \
                (mentor: Ana Lima - ana@example.org)\n\n### Android\n\
                * Video streaming (mentor: Bo Chen - bo@example.org)\n\
                * Offline support (mentor: Bo Chen - bo@example.org)\n\
                * See more [ideas on the tracker](https://github.com/quux/android/issues)\n\n\
                ### Other\n\n**Bring your own idea.**\n";
    let got = ideas_of("GSoC-2018.md", page);
    assert_eq!(
        titles(&got),
        [
            "Shared calendars",
            "Calendar trash bin",
            "Video streaming",
            "Offline support"
        ]
    );
    assert_eq!(mentor_names(&got[0]), ["Ana Lima", "Bo Chen"]);
    assert_eq!(got[0].mentors[1].email.as_deref(), Some("bo@example.org"));
    assert_eq!(
        got[1].upstream_issues,
        ["https://github.com/quux/server/issues/1662"]
    );
    // A platform heading names no organisation.
    assert!(got.iter().all(|i| i.org.as_deref() != Some("Android")));
}

#[test]
fn chinese_enumeration_numbers_are_no_part_of_the_title() {
    let idea = |n: &str, t: &str| {
        format!(
            "### {n}、{t}\n\n**任务背景：**\n\n一段背景说明。\n\n**详细描述：**\n\n要做的事。\n\n\
             **验收说明：**\n\n合入代码。\n\n**技术要求：**\n\n- 熟练掌握 Python\n\n\
             **参考资料：** https://example.org/\n\n"
        )
    };
    let page = format!(
        "## 任务详情\n\n{}{}",
        idea("一", "算子库迁移"),
        idea("三", "x2quux 套件建设")
    );
    let got = ideas_of("tasks.md", &page);
    assert_eq!(titles(&got), ["算子库迁移", "x2quux 套件建设"]);
}

#[test]
fn a_heading_with_skills_and_an_issue_link_beside_ideas_is_one() {
    let page = "A list of project ideas.\n\n## Debugger support\n\n\
                [Related Issue](https://github.com/quux/quux/issues/614)\n\n\
                  - Expertise required: C, possibly Python\n  - Potential Mentors: \n\n\n\
                ## Allocators\n\n[Related Issue](https://github.com/quux/quux/issues/480)\n\n\
                FastAllocator and/or DebugAllocator\n\n  - Expertise required: C\n\n\n\
                ## Self-hosted linking\n\n\
                [Related Issue](https://github.com/quux/quux/issues/4314)\n\n\
                  - Expertise required: C++\n  - Potential Mentors: \n";
    let got = ideas_of("GSoC-Ideas-2020.md", page);
    assert_eq!(
        titles(&got),
        ["Debugger support", "Allocators", "Self-hosted linking"]
    );
    assert_eq!(got[1].skills, ["C"]);
}

#[test]
fn a_team_list_gives_a_named_mentor_the_handle_it_links() {
    let page = "# Quuxlib's Google Summer of Code\n\n## Team\n\n\
                * [Ana Lima](https://github.com/analima) admin\n\
                * [Bo Chen](https://github.com/bochen) mentor\n\n## Ideas\n\n\
                ### Faster parser\n\n#### Skill Level\n\nMedium\n\n#### Mentors\n\nBo Chen\n\n\
                ### Plugin loader\n\n#### Skill Level\n\nHard\n\n#### Mentors\n\nBo Chen, Cy Diaz\n";
    let got = ideas_of("readme.md", page);
    assert_eq!(titles(&got), ["Faster parser", "Plugin loader"]);
    assert_eq!(got[0].mentors[0].github.as_deref(), Some("bochen"));
    // (Someone the list does not name keeps what the idea gives.)
    assert_eq!(got[1].mentors[1].name.as_deref(), Some("Cy Diaz"));
    assert_eq!(got[1].mentors[1].github, None);
}
