//! What is not an idea: each rule of `ideas::parse::skipped`, on a page written for this test.

mod common;
use common::layout_page;
use ideas::parse::{parse_page, Defaults, SkipReason};
use ideas::skills::SkillTable;

#[test]
fn sections_that_are_not_ideas_are_skipped_with_a_reason() {
    let page = layout_page("not-ideas.md");
    let titles: Vec<&str> = page.ideas.iter().map(|i| i.idea.title.as_str()).collect();
    assert_eq!(titles, ["Faster reef index"]);
    let skipped: Vec<(usize, &str, SkipReason)> = page
        .skipped
        .iter()
        .map(|s| (s.line, s.title.as_str(), s.reason))
        .collect();
    assert_eq!(
        skipped,
        [
            (10, "Coral colour classifier (taken)", SkipReason::Withdrawn),
            (15, "Tide window planner", SkipReason::Withdrawn),
            (20, "Sonar cleanup", SkipReason::TbdOnly),
            (25, "Kelp growth charts", SkipReason::MissingFields),
            (29, "Completed projects", SkipReason::PastProjects),
            (36, "Idea template", SkipReason::Template),
        ]
    );
}

#[test]
fn a_template_whose_heading_skips_a_level_ends_at_the_level_it_skipped() {
    // "# Template" over "### Title": the page's "## Egret simulator" after it is the page
    // again, and its "###" ideas are ideas.
    let page = layout_page("template-skips-level.md");
    let titles: Vec<&str> = page.ideas.iter().map(|i| i.idea.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Reed bed sonar plugin", "Reset audit of core plugins"]
    );
    let skipped: Vec<(&str, SkipReason)> = (page.skipped.iter())
        .map(|s| (s.title.as_str(), s.reason))
        .collect();
    assert_eq!(skipped, [("Template", SkipReason::Template)]);
    // Both skills labels of an idea are read ("Necessary programming skills" is one).
    let a = &page.ideas[0].idea;
    assert_eq!(a.skills, ["Linux", "Git", "C++", "CMake"]);
    assert_eq!(a.hours, [175, 350]);
    // A bold label of no known field on the line after the skills ("**Topics:**") ends them;
    // "90hrs / 8 weeks" is 90 hours, the weeks a statement of their own.
    let b = &page.ideas[1].idea;
    assert_eq!(b.skills, ["Rust", "shell scripting"]);
    assert_eq!(b.hours, [90]);
}

#[test]
fn past_projects_keep_their_whole_section_though_their_heading_skips_a_level() {
    let text = "# Quux ideas\n\n## Current\n\n### Faster index\n\n**Mentors:** Ada Lee\n\
                **Difficulty:** easy\n\n# Past projects\n\n### Old idea\n\n**Mentors:** Bo Chen\n\
                **Difficulty:** easy\n\n## Networking\n\n### Older idea\n\n\
                **Mentors:** Cy Dorn\n**Difficulty:** easy\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let titles: Vec<&str> = page.ideas.iter().map(|i| i.idea.title.as_str()).collect();
    assert_eq!(titles, ["Faster index"]);
}

#[test]
fn ideas_no_longer_available_or_taken_are_withdrawn() {
    let text = "## Streaming parser\n\n- Description: a streaming parser.\n- Mentors: Pia Holm\n\n## Old exporter (no longer available)\n\n- Description: an exporter.\n- Mentors: Pia Holm\n\n## Schema inference\n\n- Description: This idea has been taken. Inference of schemas.\n- Mentors: Pia Holm\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let titles: Vec<&str> = page.ideas.iter().map(|i| i.idea.title.as_str()).collect();
    assert_eq!(titles, ["Streaming parser"]);
    let skipped: Vec<(&str, SkipReason)> = page
        .skipped
        .iter()
        .map(|s| (s.title.as_str(), s.reason))
        .collect();
    assert_eq!(
        skipped,
        [
            ("Old exporter (no longer available)", SkipReason::Withdrawn),
            ("Schema inference", SkipReason::Withdrawn)
        ]
    );
}

#[test]
fn reasons_read_as_sentences() {
    assert_eq!(SkipReason::Withdrawn.to_string(), "no longer offered");
    assert_eq!(
        SkipReason::MissingFields.to_string(),
        "only one idea field (an idea needs two)"
    );
}

#[test]
fn pages_of_ideas_skip_nothing() {
    let text = "## A\n\n- Description: a.\n- Mentors: Ada Lee\n\n## B\n\n- Description: b.\n- Mentors: Bo Chen\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    assert_eq!(page.ideas.len(), 2);
    assert!(page.skipped.is_empty(), "{:?}", page.skipped);
}

#[test]
fn placeholder_titles_are_reported() {
    let text = "## Ideas\n\n### Project Title\n\n- Description: what it does\n- Mentors: who\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    assert!(page.ideas.is_empty());
    assert_eq!(page.skipped.len(), 1, "{:?}", page.skipped);
    assert_eq!(page.skipped[0].line, 3);
    assert_eq!(page.skipped[0].reason, SkipReason::Placeholder);
}

#[test]
fn results_of_an_earlier_year_are_past_projects() {
    let parse = |text: &str| parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let idea = |t: &str| format!("## {t}\n\n- Mentors: Ana Ruiz\n- Skills: Python\n\n");
    // A GSoC 2026 page that also lists the projects accepted in 2025.
    let page = parse(&format!(
        "# GSoC 2026 ideas\n\n{}{}# Accepted projects 2025\n\n{}{}",
        idea("Graph layouts"),
        idea("Plot exporters"),
        idea("Faster parser"),
        idea("Better docs")
    ));
    let titles: Vec<&str> = page.ideas.iter().map(|i| i.idea.title.as_str()).collect();
    assert_eq!(titles, ["Graph layouts", "Plot exporters"]);
    assert_eq!(page.skipped.len(), 1, "{:?}", page.skipped);
    assert_eq!(page.skipped[0].title, "Accepted projects 2025");
    assert_eq!(page.skipped[0].reason, SkipReason::PastProjects);
    // "Accepted projects" of the page's own year, or with no year, are this round's ideas (as
    // on LFX pages).
    for heading in ["Accepted projects 2026", "Accepted Projects"] {
        let page = parse(&format!(
            "# LFX Mentorship 2026 Term 1\n\n# {heading}\n\n{}{}",
            idea("Faster parser"),
            idea("Better docs")
        ));
        assert_eq!(page.ideas.len(), 2, "{heading}");
    }
}

#[test]
fn a_page_title_read_with_the_intro_is_not_an_idea() {
    // The page's heading, its intro as a description and a page-wide prerequisite: no
    // project, no mentor.
    let text = "# Reef tools: new contributor ideas\n\n# Introduction\n\nReef tools maps \
        coral.\n\n**Prerequisites:** You should know Java well.\n\n# Study a checker\n\n\
        Pick a library and annotate it.\n";
    let page = parse_page(
        "ideas.md",
        text,
        SkillTable::bundled(),
        &Defaults::default(),
    );
    assert!(page.ideas.is_empty(), "{:?}", page.ideas[0].idea.title);
    assert_eq!(
        page.skipped.iter().map(|s| s.reason).collect::<Vec<_>>(),
        [SkipReason::PageTitle]
    );
    // An idea with a mentor keeps its title, whatever its last word.
    let text = "## Gather user ideas\n\n- Skills: Go\n- Mentors: Ana Lima\n";
    let page = parse_page(
        "ideas.md",
        text,
        SkillTable::bundled(),
        &Defaults::default(),
    );
    assert_eq!(page.ideas.len(), 1);
}
