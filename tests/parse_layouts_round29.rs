//! Page shapes of round 29 of unseen pages, in small pages written for this project: pages that
//! name their organisation only in a welcome sentence or in the links to their code, sections
//! of sub-projects over bold idea titles, skills written as "Experience needed", and addresses
//! with a percent-encoded @.

mod common;
use common::{ideas_of, mentor_names, titles};
use ideas::model::Difficulty;

#[test]
fn a_welcome_to_the_names_ideas_page_names_the_organisation() {
    // ("# Introduction" is a description label: the outline keeps it in the page's intro.)
    let page =
        "# Introduction\nWelcome to Quill Works's ideas page for [GSoC 2020](https://x.example/). \
                We would like proposals on every tool.\n\n# Ideas\n\n## Faster sync\n\n\
                **Skills Required**: Python\n\n**Difficulty Level**: *Hard*\n\n\
                **Mentors**: Ana Berg\n\n## Offline maps\n\n**Skills Required**: Rust\n\n\
                **Difficulty Level**: Intermediate\n\n**Mentors**: Bo Chen\n";
    let got = ideas_of("GSoC-20.md", page);
    assert_eq!(titles(&got), ["Faster sync", "Offline maps"]);
    assert!(got.iter().all(|i| i.org.as_deref() == Some("Quill Works")));
}

#[test]
fn the_account_the_page_links_to_most_names_the_organisation() {
    let idea = |n: u32| {
        format!(
            "## Port Quuxtrace to board {n}\n\nQuuxtrace runs on boards; this one needs a port \
             ([issue](https://github.com/quuxtrace/quuxtrace-core/issues/{n})).\n\n\
             **Mentors:** Ole Vik\n\n**Prerequisite skills:** C\n\n"
        )
    };
    let page = format!(
        "---\ntitle: GSoC Ideas 2015\n---\n\n{}{}{}",
        idea(1),
        idea(2),
        idea(3)
    );
    let got = ideas_of("gsoc-ideas-2015.md", &page);
    assert_eq!(got.len(), 3);
    assert!(got.iter().all(|i| i.org.as_deref() == Some("Quuxtrace")));
    // A mentor's own account, linked more than the project's but named once, names no one.
    let page = format!(
        "{page}\nMentor notes: [a](https://github.com/olevik/a) [b](https://github.com/olevik/b) \
         [c](https://github.com/olevik/c) [d](https://github.com/olevik/d) by Ole Vik.\n"
    );
    let got = ideas_of("gsoc-ideas-2015.md", &page);
    assert!(got.iter().all(|i| i.org.is_none()), "{:?}", got[0].org);
}

#[test]
fn an_umbrella_name_ends_with_its_sentence() {
    let page = "Quux plans to take part under the umbrella of Python Software Foundation.\n\n\
                We expect students to know Python.\n\n## Add querying\n\n\
                - Required knowledge: Python\n- Difficulty level: medium\n- Mentors: Ana Berg\n\n\
                ## Allow subdomains\n\n- Required knowledge: Python\n- Difficulty level: hard\n\
                - Mentors: Bo Chen\n";
    let got = ideas_of("ideas.md", page);
    assert_eq!(titles(&got), ["Add querying", "Allow subdomains"]);
    assert!(got
        .iter()
        .all(|i| i.org.as_deref() == Some("Python Software Foundation")));
}

#[test]
fn sub_project_headings_over_bold_titles() {
    // Each idea: a heading naming the sub-project (one repeats), a bold title, its fields.
    let page = "# 开源之夏 2022\n\n## 项目列表\n\n### Quuxreg\n\n**Quuxreg 客户端负载均衡**\n\n\
                任务难度：进阶/Advanced\n\n客户端需要负载均衡。\n\n项目社区导师：李一\n\n\
                ### Zotlayer\n\n**增强 zotlayer-java-sdk**\n\n任务难度：基础/Basic\n\n\
                增强 java-sdk 的功能。\n\n项目社区导师：王二\n\n### Zotlayer\n\n\
                **Zotlayer 集成 Istio**\n\n任务难度：进阶/Advanced\n\n集成 Istio。\n\n\
                项目社区导师：张三\n";
    let got = ideas_of("index.md", page);
    assert_eq!(
        titles(&got),
        [
            "Quuxreg 客户端负载均衡",
            "增强 zotlayer-java-sdk",
            "Zotlayer 集成 Istio"
        ]
    );
    let orgs: Vec<_> = got.iter().map(|i| i.org.as_deref()).collect();
    assert_eq!(orgs, [Some("Quuxreg"), Some("Zotlayer"), Some("Zotlayer")]);
    assert_eq!(got[0].difficulty, Difficulty::parse("hard"));
    assert_eq!(got[1].difficulty, Difficulty::parse("easy"));
    assert_eq!(mentor_names(&got[2]), ["张三"]);
    // One idea with a bold line over its fields is a heading's idea, the line a part of it.
    let one = "## Faster sync\n\n**Why it matters**\n\nMentors: Ana Berg\n\nSkills: Rust\n";
    assert_eq!(titles(&ideas_of("one.md", one)), ["Faster sync"]);
}

#[test]
fn a_section_of_one_bold_title_beside_sections_of_two() {
    let idea = |t: &str, who: &str| {
        format!(
            "**{t}**\n\nDescription: what {t} needs, written out in a sentence.\n\n\
             Mentor: {who} ({}@example.org)\n\nDifficulty: Advanced\n\n",
            who.split(' ').next().unwrap_or("x").to_lowercase()
        )
    };
    let page = format!(
        "# Summer 2022\n\n## Topics\n\n### Quuxmq projects\n\n{}{}### Quuxdesk projects\n\n{}",
        idea("Client for MQTT-SN", "Jan Berg"),
        idea("Rule engine SQL", "Ann Li"),
        idea("Automatic updates", "Sam Wu")
    );
    let got = ideas_of("summer.md", &page);
    assert_eq!(
        titles(&got),
        ["Client for MQTT-SN", "Rule engine SQL", "Automatic updates"]
    );
    assert_eq!(mentor_names(&got[2]), ["Sam Wu"]);
}

#[test]
fn experience_needed_lists_skills() {
    let idea = |t: &str, skill: &str| {
        format!(
            "## {t}\n\nSome text about {t} and what it needs.\n\n#### Potential mentors\n\n\
             Ana Berg, Bo Chen\n\n#### Experience needed\n\n{skill}\n\n"
        )
    };
    let page = format!(
        "---\ntitle: Student Project Ideas\n---\n\n{}{}",
        idea("Improve the port", "Cocoa"),
        idea("Frozen grid rows", "C++")
    );
    let got = ideas_of("index.md", &page);
    assert_eq!(titles(&got), ["Improve the port", "Frozen grid rows"]);
    assert_eq!(got[0].skills, ["Cocoa"]);
    assert_eq!(mentor_names(&got[1]), ["Ana Berg", "Bo Chen"]);
    // "Student Project Ideas" names whom the ideas are for, not an organisation.
    assert!(got.iter().all(|i| i.org.is_none()));
}

#[test]
fn a_percent_encoded_at_in_a_mailto_link_is_decoded() {
    let idea = |t: &str| {
        format!(
            "## {t}\n\n**Explanation.** What {t} is about.\n\n**Required skills.** Go\n\n\
             **Mentors.** [Ana Berg](mailto:ana.berg%40example.org)\n\n"
        )
    };
    let page = format!("{}{}", idea("Health checks"), idea("Business metrics"));
    let got = ideas_of("gsoc.md", &page);
    assert_eq!(titles(&got), ["Health checks", "Business metrics"]);
    assert_eq!(mentor_names(&got[0]), ["Ana Berg"]);
    assert_eq!(
        got[0].mentors[0].email.as_deref(),
        Some("ana.berg@example.org")
    );
}

#[test]
fn a_group_heading_of_the_projects_under_a_name_names_it() {
    let idea = |t: &str, who: &str| {
        format!(
            "**{t}**\n\n项目描述：{t} 的说明。\n\n项目导师：{who}\n\n项目难度：进阶/Advanced\n\n"
        )
    };
    let page = format!(
        "## 5 款课题开放申请\n\n### Quuxmq 旗下项目\n\n{}{}### Zotview 旗下项目\n\n{}",
        idea("客户端实现", "何一"),
        idea("规则引擎增强", "小新"),
        idea("桌面客户端自动更新", "王二")
    );
    let got = ideas_of("summer-ospp-2022.md", &page);
    assert_eq!(
        titles(&got),
        ["客户端实现", "规则引擎增强", "桌面客户端自动更新"]
    );
    let orgs: Vec<_> = got.iter().map(|i| i.org.as_deref()).collect();
    assert_eq!(orgs, [Some("Quuxmq"), Some("Quuxmq"), Some("Zotview")]);
}

#[test]
fn the_pages_mentors_section_ties_a_handle_to_a_name_the_idea_gives_with_an_address() {
    let idea = |t: &str| {
        format!(
            "### {t}\n\n**Explanation.** What {t} is about.\n\n**Required skills.** Go\n\n\
             **Mentors.** Ana Berg ([ana@example.org](mailto:ana@example.org)), Bo Chen \
             ([bo@example.org](mailto:bo@example.org))\n\n"
        )
    };
    let page = format!(
        "## Mentors\n\n- Ana Berg ([aberg](https://github.com/aberg))\n\
         - Bo Chen ([bchen](https://github.com/bchen))\n\n## Ideas\n\n{}{}",
        idea("Health checks"),
        idea("Business metrics")
    );
    let got = ideas_of("gsoc.md", &page);
    assert_eq!(titles(&got), ["Health checks", "Business metrics"]);
    let ana = &got[0].mentors[0];
    assert_eq!(ana.name.as_deref(), Some("Ana Berg"));
    assert_eq!(ana.github.as_deref(), Some("aberg"));
    assert_eq!(ana.email.as_deref(), Some("ana@example.org"));
    assert_eq!(got[1].mentors[1].github.as_deref(), Some("bchen"));
}
