//! Page shapes of round 28 of unseen pages, in small pages written for this project: Chinese
//! labels in lenticular brackets ("【项目难度】中"), Chinese intros that say which community offers
//! the ideas, and Markdown headings an anchor tag on the line above turned into HTML.

mod common;
use common::{ideas_of, mentor_names, titles};
use ideas::model::Difficulty;

#[test]
fn labels_in_lenticular_brackets_are_labels() {
    let page = "# 暑期 2021\n\n本文是社区的项目说明。\n\n## 数据总线的增强\n\n\
                【项目标题】数据总线的增强\n\n【项目描述】在客户端函数库中实现 WebSocket 的支持。\n\n\
                【项目难度】中\n\n【项目社区导师】魏一\n\n【导师联系方式】wei@example.org\n\n\
                【项目技术要求】\n\n- C/C++\n- Unix domain socket\n\n【相关的开源软件仓库列表】\n\n\
                - https://example.org/bus\n\n## 图形栈增强\n\n【项目难度】高\n\n【项目社区导师】耿二\n\n\
                【导师联系方式】geng@example.org\n\n【项目技术要求】\n\n- OpenGL ES\n- Mesa\n";
    let got = ideas_of("summer2021.md", page);
    assert_eq!(titles(&got), ["数据总线的增强", "图形栈增强"]);
    assert_eq!(got[0].difficulty, Difficulty::parse("medium"));
    assert_eq!(got[1].difficulty, Difficulty::parse("hard"));
    assert_eq!(mentor_names(&got[0]), ["魏一"]);
    assert_eq!(got[0].mentors[0].email.as_deref(), Some("wei@example.org"));
    // The skills end at the next bracketed label, known or not.
    assert_eq!(got[0].skills, ["C/C++", "Unix domain socket"]);
    assert_eq!(got[1].skills, ["OpenGL ES", "Mesa"]);
}

#[test]
fn a_chinese_intro_names_the_community_that_offers_the_ideas() {
    for (intro, org) in [
        ("Quuxdb 作为社区加入这一计划，提供若干项目需求。", "Quuxdb"),
        (
            "在暑期 2021 活动中，Zotnet 将提供以下项目任务，并搭配导师。",
            "Zotnet",
        ),
    ] {
        let page = format!(
            "# 暑期项目\n\n{intro}\n\n## 数据备份工具\n\n- 项目难度：中\n- 导师：李一\n\n\
             ## 命令行工具\n\n- 项目难度：高\n- 导师：王二\n"
        );
        let got = ideas_of("README_CN.md", &page);
        assert_eq!(titles(&got), ["数据备份工具", "命令行工具"], "{intro}");
        assert!(got.iter().all(|i| i.org.as_deref() == Some(org)), "{intro}");
    }
}

#[test]
fn a_heading_under_an_anchor_tag_is_a_heading() {
    let page = "# Summer of Code Idea List\n\n**Project Ideas**\n* [Graphics](#graphics)\n\
                \x20  * [Label declutter](#declutter)\n\n<a name=\"graphics\">\n# Graphics\n\n\
                <a name=\"declutter\">\n## Label declutter\n\nLabels overlap when many are shown; \
                hide or move them so each stays readable.\n\n**Skills:** JavaScript, WebGL\n\n\
                **Level:** Advanced\n\n**Mentor:** Ada Lee\n\n<a name=\"algorithms\">\n\
                ## Geometric algorithms\n\nFaster polygon triangulation on the sphere.\n\n\
                **Skills:** JavaScript, computational geometry\n\n**Level:** Intermediate\n\n\
                **Mentor:** Bo Chen\n";
    let got = ideas_of("Ideas.md", page);
    assert_eq!(titles(&got), ["Label declutter", "Geometric algorithms"]);
    assert_eq!(got[0].skills, ["JavaScript", "WebGL"]);
    assert_eq!(got[0].difficulty, Difficulty::parse("hard"));
    assert_eq!(mentor_names(&got[1]), ["Bo Chen"]);
}

#[test]
fn fields_indented_into_a_code_block_are_read_under_their_idea() {
    let page = "# Ideas List\n\n## Project I: Update the exporter\n\n### Project Description:\n\n\
                The exporter lags behind upstream by two years; bring it up to date and keep \
                every metric the dashboards use.\n\n### Additional Info:\n\n\
                \x20   Knowledge Prerequisite: Go, Git, MySQL\n    \n    Difficulty: Medium\n    \n\
                \x20   Possible Mentors: Andrii, Carlos\n\n## Project II: Time picker\n\n\
                ### Project Description:\n\nA time picker for the dashboards that works with \
                forms and keyboard input.\n\n### Additional Info:\n\n\
                \x20   Knowledge Prerequisite: React, Grafana\n    \n    Difficulty: Hard\n    \n\
                \x20   Possible Mentors: Tiago, Alex\n";
    let got = ideas_of("gsoc-2021.md", page);
    // Titled by the idea's heading, not by its "Additional Info:" section.
    assert_eq!(titles(&got), ["Update the exporter", "Time picker"]);
    assert_eq!(got[0].skills, ["Go", "Git", "MySQL"]);
    assert_eq!(got[1].difficulty, Difficulty::parse("hard"));
    assert_eq!(mentor_names(&got[1]), ["Tiago", "Alex"]);
    // A code block of anything else stays code.
    let code = "# Ideas\n\n## Parser\n\n- Difficulty: Easy\n- Mentors: Ada Lee\n\n\
                \x20   Mentors: not a field\n    let x = 1;\n";
    let got = ideas_of("ideas.md", code);
    assert_eq!(mentor_names(&got[0]), ["Ada Lee"]);
}

#[test]
fn sections_with_label_sub_headings_under_a_years_list_are_ideas() {
    let page = "---\nlayout: page\ntitle: GSoC\n---\n\n## Quuxmail organization\n\nWe look after \
                two mail tools.\n\n## Project ideas 2016\n\nIdeas for the sync engine.\n\n\
                #### Synchronization of mails\n\nSync mails between a local folder and a remote \
                server, with a new three-way merge engine at the heart of it and tests for it.\n\n\
                ##### Required skills:\n\n{: .DarkRed}\n* Python\n* Git\n\n\
                ##### Would be a plus while not strictly required:\n\n* IMAP\n\n\
                #### Partial IMAP library\n\nA small IMAP library shaped for the engine's own \
                objects, simple and loosely constrained; full IMAP support is not expected.\n\n\
                ##### Required skills:\n\n{: .DarkRed}\n* Python\n";
    let got = ideas_of("gsoc.md", page);
    assert_eq!(
        titles(&got),
        ["Synchronization of mails", "Partial IMAP library"]
    );
    // A kramdown attribute list ("{: .DarkRed}") is no skill.
    assert_eq!(got[0].skills, ["Python", "Git"]);
    assert_eq!(got[1].skills, ["Python"]);
}
