//! Page shapes of round 27 of unseen pages, in small pages written for this project: headings
//! a hand-written HTML site styles as `div` classes, ideas numbered "Idea N:" with only their
//! mentors, ideas under a heading that names who mentors them, sections about two projects
//! before the ideas, Chinese skills wrapped in "有…基础" and "…者优先", an old page's ideas with one
//! "Skills needed:" line, and an "Application instructions" section.

mod common;
use common::{ideas_of, mentor_names, titles};
use ideas::model::Difficulty;

#[test]
fn divs_styled_as_section_headings_are_headings() {
    let page = r#"<!--#include virtual="header.incl" -->
<div class="www_sectiontitle">Open Quux Projects</div>
<div class="www_text"><p>Ideas for contributors who want to help the Quux toolchain.</p></div>
<div class="www_sectiontitle"><a name="gsoc">Summer of Code 2026</a></div>
<div class="www_subsection"><a>Linker</a></div>
<div class="www_subsubsection"><a name="lto">Faster incremental linking</a></div>
<div class="www_text">
  <p><b>Description of the project:</b> The linker relinks every object on each build; keep a
  cache of symbol tables so that only changed objects are read again.</p>
  <p><b>Expected results:</b> Relinking a large program after one edit takes a second.</p>
  <p><b>Confirmed Mentor:</b> Ada Lindqvist</p>
  <p><b>Desirable skills:</b> Intermediate knowledge of C++, self motivation.</p>
</div>
<div class="www_subsubsection"><a name="gc">Section garbage collection report</a></div>
<div class="www_text">
  <p><b>Description of the project:</b> Explain why each kept section is kept, as a tree the
  user can read.</p>
  <p><b>Confirmed Mentors:</b> Bo Chen and Ada Lindqvist</p>
  <p><b>Desirable skills:</b> C++, graph algorithms.</p>
</div>
<div class="section"><h2>Other notes</h2><p>Ask on the forum before you apply.</p></div>
"#;
    // (As the loader reads a file named `.html`: converted to Markdown first.)
    let read = ideas::parse::as_markdown("OpenProjects.html", page);
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    let markdown = read.markdown;
    let got = ideas_of("OpenProjects.html", &markdown);
    assert_eq!(
        titles(&got),
        [
            "Faster incremental linking",
            "Section garbage collection report"
        ]
    );
    // The "www_subsection" above the ideas names the project they belong to.
    assert!(got.iter().all(|i| i.org.as_deref() == Some("Linker")));
    assert_eq!(mentor_names(&got[1]), ["Bo Chen", "Ada Lindqvist"]);
    // "self motivation" is a soft skill.
    assert_eq!(got[0].skills, ["C++"]);
    // A `div class="section"` that holds blocks stays a container: its heading is no idea.
    assert!(
        markdown.contains("#### Faster incremental linking"),
        "{markdown}"
    );
    assert!(markdown.contains("## Other notes"), "{markdown}");
    assert!(!markdown.contains("## Other notes Ask"), "{markdown}");
}

#[test]
fn ideas_numbered_idea_n_with_only_mentors_are_ideas() {
    let page = r#"# Season of Docs 2026

Quillworks participated in 2019 and 2020 under the Inkwell umbrella, and later as its own
organization.

### **About Quillworks**

Quillworks makes a note-taking app for teams.

### **About Inkwell**

Inkwell looks after several writing tools.

## Application instructions

Before you apply, please try the app, read the contributing guide and say hello on the forum.
Tell us which idea you would like to work on and why, and link to anything you have written.

## Our project ideas

### **Idea 1: rewrite the getting-started guide**

The guide was written for the first release and most of its screenshots are out of date; it
needs a new structure and new examples.

_**Project Mentors:** Xavier, Francois_

### **Idea 2: document the plugin API**

Plugins are popular but their API is only described in the source code, so authors copy
each other's plugins to find out how things work.

_**Project Mentors:** Alanna, Jaskirat_
"#;
    let got = ideas_of("season-of-docs.md", page);
    // Not "Application instructions", a section written to applicants.
    assert_eq!(
        titles(&got),
        [
            "rewrite the getting-started guide",
            "document the plugin API"
        ]
    );
    assert_eq!(mentor_names(&got[0]), ["Xavier", "Francois"]);
    assert_eq!(mentor_names(&got[1]), ["Alanna", "Jaskirat"]);
    // The umbrella of past years is not the organisation, nor is one of two "About" sections.
    for idea in &got {
        assert!(
            !matches!(idea.org.as_deref(), Some("Inkwell" | "Quillworks")),
            "{:?}",
            idea.org
        );
    }
}

#[test]
fn a_heading_naming_who_mentors_the_ideas_below_names_their_project() {
    let got = ideas_of(
        "index.md",
        r#"# Quux and Zot

Quux and Zot are two tools for reading mass spectra, and their teams mentor together this year.

# Project ideas

## Projects mentored by Quux

### Spectral library search

Search a library of spectra for the closest match to a measured one, with a score the user
can trust.

Skills: Java, JavaFX
Difficulty: Medium
Mentors: Robin Schmid

### Batch export

Export many files at once from the command line.

Skills: Java
Difficulty: Easy
Mentors: Robin Schmid

## Projects mentored by Zot

### Formula prediction

Predict the formula of a molecule from its spectrum.

Skills: C#
Difficulty: Hard
Mentors: Hiro Tsuga
"#,
    );
    let orgs: Vec<_> = got.iter().map(|i| i.org.as_deref()).collect();
    assert_eq!(orgs, [Some("Quux"), Some("Quux"), Some("Zot")]);
    assert_eq!(got[2].difficulty, Difficulty::parse("hard"));
}

#[test]
fn two_sections_about_two_projects_name_no_organisation() {
    let got = ideas_of(
        "ideas.md",
        r#"## About Zot

Zot reads spectra from many instruments.

## About Quux

Quux finds features in the spectra Zot reads.

## Ideas

### Spectral library search

- Skills: Java
- Difficulty: Medium
- Mentors: Robin Schmid

### Formula prediction

- Skills: C#
- Difficulty: Hard
- Mentors: Hiro Tsuga
"#,
    );
    assert_eq!(
        titles(&got),
        ["Spectral library search", "Formula prediction"]
    );
    assert!(got.iter().all(|i| i.org.is_none()), "{:?}", got[0].org);
}

#[test]
fn chinese_skills_lose_their_wrapping_words_and_soft_skills() {
    let got = ideas_of(
        "summer.md",
        r#"# 暑期项目

### 1. 配置文档自动生成

-   描述
    - 为项目的每一个配置项生成说明文档，并在持续集成中自动更新。

-   所需技能
    - 有面向对象编程语言基础，熟悉 JavaScript 或 TypeScript 者优先
    - 有较好的英文文字交流能力

-   导师
    - 赵一

-   难度
    - 中

### 2. 看板小程序

-   描述
    - 做一个展示项目活跃度的小看板，数据来自项目的公开接口。

-   所需技能
    - 熟悉 HTML 和 JavaScript
    - 有良好的沟通能力

-   导师
    - 钱二

-   难度
    - 高
"#,
    );
    assert_eq!(titles(&got), ["配置文档自动生成", "看板小程序"]);
    // "有…基础" (a grounding in …), "…者优先" (one who knows … is preferred); "交流能力" and
    // "沟通能力" (communication) are soft skills.
    assert_eq!(
        got[0].skills,
        ["面向对象编程语言", "JavaScript", "TypeScript"]
    );
    assert_eq!(got[1].skills, ["HTML", "JavaScript"]);
    assert_eq!(got[0].difficulty, Difficulty::parse("medium"));
}

#[test]
fn listed_ideas_with_one_skills_line_are_ideas_with_their_skills() {
    let got = ideas_of(
        "GSoC2013.md",
        r#"<h2>Who we are</h2>

We build a wall of screens that shows the whole planet, and we like students who like maps.<br>

<h2>Suggested Project Ideas</h2>

<h3>Controller support</h3>

The wall is steered with a 3D mouse that takes some getting used to; try other devices such as
game pads and phones, and make the motion feel natural for people who have never used it.<br>

<h3>Panorama viewer</h3>

The wall is a good place to look at panoramic photos, but our tools for them are limited; build
a viewer that spreads one photo over every screen without seams between them.<br>
<br>
Skills needed: C++, KML.<br>

<h3>Synchronised browser views</h3>

Build the wall out of browser windows only, keeping their views in step over a socket so that
any web page with a map can be shown across the screens.<br>
<br>
Skills required: JavaScript, WebSockets, WebRTC.<br>
"#,
    );
    assert_eq!(
        titles(&got),
        [
            "Controller support",
            "Panorama viewer",
            "Synchronised browser views"
        ]
    );
    assert!(got[0].skills.is_empty());
    assert_eq!(got[1].skills, ["C++", "KML"]);
    assert_eq!(got[2].skills, ["JavaScript", "WebSockets", "WebRTC"]);
}

#[test]
fn skills_to_improve_are_the_ideas_skills() {
    let page = "# Ideas\n\n### Reporting for lint plugins\n\nReport lint findings through the \
                problems API.\n\n* Complexity: Easy or Medium, 90 hrs or 175 hrs\n\
                * Skills to improve: Kotlin, Gradle\n* Potential Mentors: Oleg Nen, Bea Heg\n";
    let got = ideas_of("project-ideas.md", page);
    assert_eq!(titles(&got), ["Reporting for lint plugins"]);
    assert_eq!(got[0].skills, ["Kotlin", "Gradle"]);
    assert_eq!(got[0].hours, [90, 175]);
}

#[test]
fn the_first_heading_naming_a_list_lists_the_sections_below_it() {
    let page = "# GSoC 2014 Ideas Page\n\nIdeas for this summer; ask on the list first.\n\n\
                ## Run on the new interpreter\n\nThe build tool still needs the old interpreter; \
                port the code so that one tree runs on both, with the test suite passing on \
                each of them.\n\n_Keywords: Python, porting_\n\n\
                ## Refactor the node object\n\nNodes carry every attribute any kind of node may \
                need; split them into smaller classes so that large builds use less memory \
                and start faster.\n";
    let got = ideas_of("GSoC2014Ideas.md", page);
    assert_eq!(
        titles(&got),
        ["Run on the new interpreter", "Refactor the node object"]
    );
}

#[test]
fn a_chinese_intro_names_the_community_that_takes_part() {
    let page = "# 暑期 2020\n\nQuuxbot 社区参与了暑期 2020，欢迎同学们参与项目共建。\n\n\
                ## 题目\n\n### 1. 配置文档自动生成\n\n- 描述\n    - 为每个配置项生成说明文档。\n\n\
                - 所需技能\n    - 熟悉 TypeScript\n\n- 导师\n    - 赵一\n\n- 难度\n    - 中\n\n\
                ### 2. 看板小程序\n\n- 描述\n    - 做一个展示项目活跃度的小看板。\n\n\
                - 所需技能\n    - 熟悉 JavaScript\n\n- 导师\n    - 钱二\n\n- 难度\n    - 高\n";
    let got = ideas_of("summer2020.md", page);
    assert_eq!(titles(&got), ["配置文档自动生成", "看板小程序"]);
    assert!(got.iter().all(|i| i.org.as_deref() == Some("Quuxbot")));
}

#[test]
fn a_short_idea_in_a_list_of_described_ideas_is_an_idea() {
    let page = "# Ideas List\n\n### Sound engine\n\nThe sound engine is almost done.\n\n\
                ### Terrain system\n\nA terrain system with a visual editor is one of the most \
                wanted features; it should page tiles in and out as the camera moves around \
                the world.\n\n### Basic AI\n\nPath finding, simple bots.\n\n\
                ### Particle builders\n\n### Cinematics\n\nA system for the camera work a \
                cinematic needs: recording, editing and playing back, and pre-rendered footage \
                shown in the game's world or in cut scenes.\n";
    let got = ideas_of("ideas.md", page);
    assert_eq!(
        titles(&got),
        [
            "Sound engine",
            "Terrain system",
            "Basic AI",
            "Particle builders",
            "Cinematics"
        ]
    );
}

#[test]
fn a_project_heading_with_a_version_names_the_project() {
    let page = "# 暑期 2021\n\n## Quuxbot v1\n\n### 更新 v1 文档\n\n- 难度：基础\n- 导师：赵一\n\n\
                ### v1 API 文档生成\n\n- 难度：进阶\n- 导师：钱二\n\n## Quuxbot v2\n\n\
                ### v2 测试框架\n\n- 难度：进阶\n- 导师：孙三\n";
    let got = ideas_of("2021.md", page);
    assert_eq!(got.len(), 3);
    assert!(got.iter().all(|i| i.org.as_deref() == Some("Quuxbot")));
}

#[test]
fn various_skills_required_is_a_skills_label() {
    let page = "# Ideas\n\n<h3>Shared views</h3>\n\nShare one view between several people in a \
                call, so that each sees what the others point at while they talk it over \
                together.<br>\n<br>\nVarious skills required: JavaScript, WebRTC.<br>\n\n\
                <h3>Calibration tools</h3>\n\nTools that set the offsets of every screen in a \
                few minutes instead of the hour it takes by hand today, with a preview of the \
                result.<br>\n";
    let got = ideas_of("ideas.md", page);
    assert_eq!(titles(&got), ["Shared views", "Calibration tools"]);
    assert_eq!(got[0].skills, ["JavaScript", "WebRTC"]);
}
