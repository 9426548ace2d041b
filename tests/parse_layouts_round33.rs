//! Page shapes of round 33 of unseen pages, in small pages written for this project: ideas
//! titled by a bold link over lines of Chinese labels, sections whose one field is a "Mentors"
//! sub-heading, a list of titled items that give only their level, a name before its own
//! programme in an intro, a headline that names no one, a "Quux社区介绍" heading, and mentors and
//! skills written as sentences.

mod common;
use common::{ideas_of, mentor_names, titles};

#[test]
fn bold_linked_titles_over_chinese_label_lines_are_ideas() {
    let idea = |n: &str, sep: &str, title: &str, level: &str, who: &str| {
        format!(
            "[**项目 {n}{sep}{title}**](https://summer.example.org/p/{n})\n项目难度：{level}\n\
             导师：{who}\n导师邮箱：{who}@example.org\n项目简述：为社区做一个新的功能。\n\n"
        )
    };
    let page = format!(
        "## Quux 项目\n我们今年带来了两个项目。\n\n{}{}",
        idea("1", "：", "个性化推荐", "基础", "ana"),
        idea("2", ": ", "Chat Bot Plugin", "进阶/Advanced", "bo")
    );
    let got = ideas_of("index.md", &page);
    assert_eq!(titles(&got), ["个性化推荐", "Chat Bot Plugin"]);
    assert_eq!(got[1].mentors[0].email.as_deref(), Some("bo@example.org"));
    assert_eq!(
        got[0].difficulty.map(|d| d.to_string()).as_deref(),
        Some("easy")
    );
}

#[test]
fn sections_whose_one_field_is_a_mentors_sub_heading_are_ideas() {
    let idea = |title: &str, who: &str| {
        format!(
            "### {title}\n\nThe solver would gain this, so that users can run larger cases on \
             the cluster without copying meshes around.\n\n#### Project category\n\nAn \
             intermediate project in C++.\n\n#### Mentors\n\n{who}\n\n* * *\n\n"
        )
    };
    let page = format!(
        "## Summer of Code\n\nWe will offer students these projects.\n\n* * *\n\n{}{}{}",
        idea("Mesh viewer plugin", "Ana Lima, Bo Chen"),
        idea("Remote workers", "Bo Chen"),
        idea("Exodus file format", "Cy Dorn, Ana Lima")
    );
    let got = ideas_of("gsoc.md", &page);
    assert_eq!(
        titles(&got),
        ["Mesh viewer plugin", "Remote workers", "Exodus file format"]
    );
    assert_eq!(mentor_names(&got[0]), ["Ana Lima", "Bo Chen"]);
    assert_eq!(mentor_names(&got[2]), ["Cy Dorn", "Ana Lima"]);
}

#[test]
fn titled_items_that_give_only_their_level_are_ideas() {
    let page = "# Summer of Code\n\nHere are a few ideas, new proposals are welcome too:\n\n\
        * Web interface: a web interface and an API - **Difficulty:** *medium*\n\
        * Offline routines: calls to nodes that are detached - **Difficulty:** *medium*\n\
        * Plugin translations: one interface to translate plugins - **Difficulty:** *easy*\n\
        * Database design: the objects we store - **Difficulty:** *hard*\n";
    let got = ideas_of("GSoC.md", page);
    assert_eq!(
        titles(&got),
        [
            "Web interface",
            "Offline routines",
            "Plugin translations",
            "Database design"
        ]
    );
    assert_eq!(
        got[2].difficulty.map(|d| d.to_string()).as_deref(),
        Some("easy")
    );
    // Items that give a level once are a list of topics, not ideas.
    let topics = "# Notes\n\n* Web: pages - **Difficulty:** *medium*\n* Docs: guides\n\
        * Tests: more of them\n* Build: faster\n";
    assert!(ideas_of("notes.md", topics).len() <= 1);
}

#[test]
fn a_name_before_its_own_programme_in_the_intro_names_the_page() {
    let idea = "### Graph store tuning\n\nTune the store.\n\n* Difficulty: Medium\n\
        * Required skills: Java\n* Mentor: Ana Lima\n\n";
    let page = format!(
        "This document compiles official Quuxgraph Google Summer of Code 2013 proposals.\n\n\
         ## Proposals\n\n{idea}"
    );
    assert_eq!(
        ideas_of("GSoC.md", &page)[0].org.as_deref(),
        Some("Quuxgraph")
    );
    let page = format!(
        "Welcome to the Tidewater State University Open Source Lab Google Summer of Code 2014 \
         idea page! Read our guide first.\n\n## Proposals\n\n{idea}"
    );
    assert_eq!(
        ideas_of("ideas.md", &page)[0].org.as_deref(),
        Some("Tidewater State University Open Source Lab")
    );
    // A sentence that opens with the programme names no one.
    let page = format!("Google Summer of Code 2013 proposals are below.\n\n## Proposals\n\n{idea}");
    assert_eq!(ideas_of("GSoC.md", &page)[0].org, None);
}

#[test]
fn a_headline_names_no_one_and_a_community_introduction_does() {
    let page = "# 6大课题现已开放 | 欢迎报名 Quux 开源之夏\n\n### Quux社区介绍\n\
        **Quux** 是一款开源的分布式事务方案。\n\n### 项目汇总\n\n\
        #### 项目一: 实现命名服务\n\n**难度：** 进阶/Advanced\n\n**项目社区导师：** 陈明\n\n\
        **导师联系邮箱：** chen@example.org\n\n**项目简述：** 实现一个服务。\n\n\
        #### 项目二: 提高测试覆盖率\n\n**难度：** 基础/Basic\n\n**项目社区导师：** 王良\n\n\
        **导师联系邮箱：** wang@example.org\n\n**项目简述：** 增加测试。\n";
    let got = ideas_of("summer.md", page);
    assert_eq!(titles(&got), ["实现命名服务", "提高测试覆盖率"]);
    assert_eq!(got[0].org.as_deref(), Some("Quux"));
    assert_eq!(got[1].mentors[0].email.as_deref(), Some("wang@example.org"));
}

#[test]
fn mentors_and_skills_written_as_sentences() {
    let page = "### Library migration\n\nMake the libraries work in the browser.\n\n\
        **Knowledge prerequisite:**\n\
        Experience with or ability to quickly learn version control systems like git. \
        Ability to learn new concepts quickly.\n\n\
        **Mentor:**\nAda Lee as a primary mentor - email: ada@example.org.\n\n\
        ### IDE completion\n\nComplete code in the editor.\n\n\
        - Required skills / knowledge\n- C++, UNO, BASIC, Reading other's code\n\n\
        - Potential mentors\n- *Bo Chen*, IRC: bo, mail: boexample.org\n\n- Size\n- 350 hours\n";
    let got = ideas_of("ideas.md", page);
    assert_eq!(titles(&got), ["Library migration", "IDE completion"]);
    assert_eq!(mentor_names(&got[0]), ["Ada Lee"]);
    assert_eq!(got[0].mentors[0].email.as_deref(), Some("ada@example.org"));
    assert_eq!(got[0].skills, ["version control systems", "git"]);
    assert_eq!(got[1].skills, ["C++", "UNO", "BASIC"]);
    // An address that lost its "@" is no one's.
    assert_eq!(mentor_names(&got[1]), ["Bo Chen"]);
    assert_eq!(got[1].mentors[0].email, None);
}

#[test]
fn a_label_may_end_in_a_verb_before_its_colon() {
    let page = "### Tile cache\n\nCache the tiles.\n\nThe mentors are: Ana Lima, Bo Chen\n\n\
        Difficulty: hard\n";
    let got = ideas_of("ideas.md", page);
    assert_eq!(mentor_names(&got[0]), ["Ana Lima", "Bo Chen"]);
}

#[test]
fn general_concepts_and_understanding_frame_a_skill() {
    let page = "### Status dashboard\n\nShow the state of every service.\n\n\
        **Knowledge Prerequisite:**\n\nGeneral concepts of API design. Basic API understanding. \
        General IPMI experience.\n\n**Mentor:** Ana Lima\n";
    let got = ideas_of("ideas.rst.md", page);
    assert_eq!(got[0].skills, ["API design", "API", "IPMI"]);
}
