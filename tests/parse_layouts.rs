//! Each page layout the parser supports, read from fixtures written for this project
//! (tests/fixtures/layouts). Every case pins the number of ideas and the fields that layout is
//! known for.

use ideas::model::{Idea, Mentor, Program, Status};
use ideas::parse::{parse_page, Defaults};
use ideas::skills::SkillTable;

mod common;
use common::layout_fixture as parse;
use common::{layout_text, parse_text_page, skill_ids, titles};

fn mentor(name: Option<&str>, github: Option<&str>, email: Option<&str>) -> Mentor {
    Mentor {
        name: name.map(Into::into),
        github: github.map(Into::into),
        email: email.map(Into::into),
        affiliation: None,
    }
}

#[test]
fn lfx_bullets_layout() {
    let ideas = parse("lfx-bullets.md");
    // The fenced template is not an idea; a stray H1 and a stray H2 do not hide ideas.
    assert_eq!(
        titles(&ideas),
        [
            "Add a Go exporter for lamp metrics",
            "Rewrite the fog horn scheduler",
            "Design a style guide for Harborline",
            "Harborline CLI improvements",
            "Wire buoy telemetry into OpenTelemetry",
        ]
    );
    let first = &ideas[0];
    assert_eq!(first.org.as_deref(), Some("Lighthouse"));
    assert_eq!(first.status, Some(Status::Proposed));
    assert_eq!(skill_ids(first), ["go", "prometheus"]);
    assert_eq!(
        first.mentors,
        [
            mentor(
                Some("Ada Keeper"),
                Some("adakeeper"),
                Some("ada@lighthouse.example")
            ),
            mentor(
                Some("Bo Signal"),
                Some("bosignal"),
                Some("bo@lighthouse.example")
            ),
        ]
    );
    assert_eq!(first.source.line, 24);
    assert_eq!(
        first.upstream_issues,
        ["https://github.com/lighthouse/lighthouse/issues/101"]
    );

    // Labels without bold or colon, plural "Upstream Issues" with two nested links.
    let horn = &ideas[1];
    assert_eq!(skill_ids(horn), ["rust", "tokio"]);
    assert!(horn
        .description
        .as_deref()
        .unwrap()
        .starts_with("The scheduler is a tangle"));
    assert!(horn
        .expected_outcomes
        .as_deref()
        .unwrap()
        .contains("Benchmarks"));
    assert_eq!(horn.upstream_issues.len(), 2);
    assert_eq!(
        horn.mentors,
        [mentor(
            Some("Cy Beam"),
            Some("cybeam"),
            Some("cy@lighthouse.example")
        )]
    );

    // The stray H1 idea keeps its project from the heading above it.
    let style = &ideas[2];
    assert_eq!(style.org.as_deref(), Some("Harborline"));
    assert_eq!(skill_ids(style), ["figma", "css"]);

    // Unlabelled description paragraph, inline skills, a "Type:" field that is not a mentor.
    let cli = &ideas[3];
    assert_eq!(cli.org.as_deref(), Some("Harborline"));
    assert!(cli
        .description
        .as_deref()
        .unwrap()
        .contains("command-line client"));
    assert_eq!(skill_ids(cli), ["go", "kubernetes"]);
    assert_eq!(
        cli.mentors,
        [mentor(Some("Eve Knot"), Some("EveKnot"), None)]
    );
    assert_eq!(
        cli.upstream_issues,
        ["https://github.com/harborline/cli/issues/12"]
    );

    // YAML-ish `description: |` and `expectedOutcome:` blocks; "- Primary" suffix; no comma.
    let buoy = &ideas[4];
    assert_eq!(
        buoy.description.as_deref(),
        Some("Buoy emits telemetry in a homegrown format.\nThis idea moves it to OpenTelemetry.")
    );
    assert!(buoy.expected_outcomes.as_deref().unwrap().contains("OTLP"));
    assert_eq!(
        buoy.mentors,
        [
            mentor(Some("Fay Wave"), Some("faywave"), Some("fay@buoy.example")),
            mentor(Some("Gus Tide"), Some("gustide"), Some("gus@buoy.example")),
        ]
    );
}

#[test]
fn field_headings_layout() {
    let ideas = parse("field-headings.md");
    assert_eq!(
        titles(&ideas),
        [
            "Harden the anchor registry",
            "Chart the harbour with Helm",
            "Batch gateway for anchor jobs",
            "Small secure mesh",
            "Possible mentor questions",
        ]
    );
    for idea in &ideas {
        // From the TOML front-matter title and the intro sentence.
        assert_eq!(idea.program, Some(Program::Gsoc), "{}", idea.title);
        assert_eq!(idea.year, Some(2025), "{}", idea.title);
        assert_eq!(idea.org.as_deref(), Some("Anchorage"), "{}", idea.title);
    }
    let first = &ideas[0];
    assert_eq!(
        skill_ids(first),
        ["github-actions", "python", "go", "javascript"]
    );
    assert_eq!(
        first.mentors,
        [
            mentor(None, Some("chainmaker"), None),
            mentor(None, Some("ropewright"), None)
        ]
    );
    assert_eq!(
        first.difficulty.map(|d| d.to_string()).as_deref(),
        Some("medium")
    );
    assert_eq!(first.hours, vec![350]);

    // Fields below sub-headings ("Key Objectives") and H3 field headings stay with the idea.
    let helm = &ideas[1];
    assert_eq!(helm.mentors.len(), 2);
    assert!(skill_ids(helm).contains(&"kubernetes".to_string()));
    assert!(skill_ids(helm).contains(&"helm".to_string()));
    assert!(skill_ids(helm).contains(&"knative".to_string()));
    assert_eq!(helm.hours, vec![175]);
    assert_eq!(helm.links, ["https://github.com/anchorage/charts"]);

    // Bracketed mentor parts; a difficulty range; an issue reference without owner is dropped.
    let batch = &ideas[2];
    assert_eq!(
        batch.mentors,
        [
            mentor(
                Some("Jo Mast"),
                Some("jomast"),
                Some("jo@anchorage.example")
            ),
            mentor(Some("Kai Sail"), Some("kaisail"), None),
        ]
    );
    assert_eq!(
        batch.difficulty.map(|d| d.to_string()).as_deref(),
        Some("medium-hard")
    );
    assert!(batch.upstream_issues.is_empty());

    // "Difficulty: small" is a size, not a difficulty; mentors inline in the heading; TBD dropped.
    let mesh = &ideas[3];
    assert_eq!(mesh.difficulty, None);
    assert_eq!(mesh.hours, vec![175]);
    assert_eq!(
        mesh.upstream_issues,
        ["https://github.com/anchorage/mesh/issues/42"]
    );
    assert_eq!(
        mesh.mentors,
        [
            mentor(None, Some("lenaline"), None),
            mentor(Some("Moe Pier"), None, None)
        ]
    );

    // A question is not a mentor, nor is a "Component:" line inside the mentors block.
    let q = &ideas[4];
    assert_eq!(q.mentors, [mentor(Some("Nia Dock"), None, None)]);
    assert_eq!(
        q.upstream_issues,
        ["https://github.com/anchorage/pipelines/issues/9"]
    );
    assert!(q
        .description
        .as_deref()
        .unwrap()
        .contains("one database only"));
}

#[test]
fn bold_paragraph_layout() {
    let ideas = parse("bold-paragraphs.md");
    // "Custom project proposals" is guidance, not an idea.
    assert_eq!(
        titles(&ideas),
        ["Sandbox profiles for Quay", "Node level runtime for Quay"]
    );
    let first = &ideas[0];
    assert_eq!(first.program, Some(Program::Gsoc));
    assert_eq!(first.year, Some(2023));
    assert_eq!(first.org.as_deref(), Some("Quay"));
    assert_eq!(
        first.hours,
        Vec::<u32>::new(),
        "12 weeks is not a number of hours"
    );
    assert_eq!(skill_ids(first), ["kubernetes", "virtualization", "go"]);
    assert_eq!(
        first.mentors,
        [
            mentor(Some("Pat Pier"), None, Some("pat@quay.example")),
            mentor(Some("Rae Reef"), None, Some("rae@quay.example")),
        ]
    );
    assert_eq!(
        first.links,
        [
            "https://man7.org/linux/man-pages/man2/seccomp.2.html",
            "https://github.com/quay/quay/pull/17"
        ]
    );
    assert!(first.description.as_deref().unwrap().contains("syscalls"));
    assert_eq!(ideas[1].hours, vec![350]);
    assert_eq!(skill_ids(&ideas[1]), ["kubernetes", "go"]);
}

#[test]
fn table_row_layout() {
    let ideas = parse("table-rows.md");
    // The "Key dates" table has no idea rows.
    assert_eq!(
        titles(&ideas),
        ["Skiff Jenkins Client Split", "Skiff Notification Webhooks"]
    );
    let first = &ideas[0];
    assert_eq!(first.status, Some(Status::Archived));
    assert_eq!(first.org.as_deref(), Some("Skiff"));
    assert_eq!(first.source.line, 11);
    assert_eq!(
        first.mentors,
        [
            mentor(Some("Rick Row"), Some("rickrow"), None),
            mentor(Some("Sue Stern"), Some("suestern"), None),
        ]
    );
    assert!(skill_ids(first).contains(&"go".to_string()));
    assert!(skill_ids(first).contains(&"jenkins".to_string()));
    assert_eq!(
        first.description.as_deref(),
        Some("Split the Jenkins client out of Skiff.")
    );
    // Full-width and ideographic commas separate skills too.
    assert_eq!(skill_ids(&ideas[1]), ["go", "rest-api", "kubernetes"]);
}

#[test]
fn two_column_field_tables_with_rating_rows() {
    // Each idea's fields are rows of a "Category | Rating" table whose star-rating rows
    // outnumber the labelled ones; one idea keeps its table under a sub-heading of its own.
    let ideas = parse("rated-field-tables.md");
    assert_eq!(
        titles(&ideas),
        [
            "Ballast service split",
            "Retire the RPC layer",
            "Tide chart viewer"
        ]
    );
    assert_eq!(ideas[0].hours, [350]);
    assert_eq!(ideas[0].skills, ["Java", "CouchDB/No SQL"]);
    assert_eq!(ideas[1].hours, [175]);
    assert_eq!(ideas[1].skills, ["Java", "Spring"]);
    assert_eq!(ideas[1].mentors, [mentor(None, Some("keelson"), None)]);
    assert_eq!(ideas[2].skills, ["TypeScript"]);
}

#[test]
fn kramdown_tables_without_a_delimiter_row() {
    // Jekyll pages write a field table as rows alone; "Project N" headings take the title
    // the table gives.
    let ideas = parse("kramdown-tables.md");
    assert_eq!(
        titles(&ideas),
        [
            "Sounding data for the harbour API",
            "Buoy map in the browser"
        ]
    );
    assert_eq!(ideas[0].skills, ["Java", "Python"]);
    assert_eq!(ideas[0].hours, [350]);
    assert!(ideas[0].mentors.is_empty());
    assert_eq!(ideas[1].hours, [175]);
    assert_eq!(ideas[1].skills, ["JavaScript"]);
}

#[test]
fn canonical_files_in_yaml_and_toml_agree() {
    let yaml = parse("canonical.md");
    let toml = parse("canonical.toml.md");
    assert_eq!(yaml.len(), 1);
    assert_eq!(toml.len(), 1);
    let (y, t) = (&yaml[0], &toml[0]);
    assert_eq!(y.title, "Add a Go exporter for lamp metrics");
    assert_eq!(y.term.as_deref(), Some("2025 Term 2 (Jun-Aug)"));
    assert_eq!(y.status, Some(Status::Accepted));
    assert_eq!(y.hours, vec![175]);
    assert_eq!(
        y.source.url.as_deref(),
        Some("https://example.org/lighthouse/ideas")
    );
    assert_eq!(
        y.description.as_deref(),
        Some("Write an exporter for lamp statistics.")
    );
    assert_eq!(
        y.expected_outcomes.as_deref(),
        Some("An exporter package with tests.")
    );
    // Everything but the source path agrees between the two syntaxes.
    let mut t2 = t.clone();
    t2.source.path = y.source.path.clone();
    assert_eq!(*y, t2);
}

#[test]
fn pages_without_ideas() {
    assert!(parse("no-ideas.md").is_empty());
}

#[test]
fn crlf_and_bom_give_the_same_ideas() {
    let text = layout_text("lfx-bullets.md");
    let crlf = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    let table = SkillTable::bundled();
    let a = parse_page("x.md", &text, table, &Defaults::default());
    let b = parse_page("x.md", &crlf, table, &Defaults::default());
    let strip =
        |ideas: Vec<ideas::parse::ParsedIdea>| -> Vec<(String, Vec<String>, Vec<Mentor>, usize)> {
            ideas
                .into_iter()
                .map(|p| {
                    (
                        p.idea.title,
                        p.idea.skills,
                        p.idea.mentors,
                        p.idea.source.line,
                    )
                })
                .collect()
        };
    assert_eq!(strip(a.ideas), strip(b.ideas));
}

#[test]
fn lfx_issue_form_layout() {
    // The LFX program-proposal issue form as GitHub renders it: `### Field` headings,
    // "_No response_" for unanswered fields, the title in "Program Name".
    let page = parse_text_page("issue-form.txt", &layout_text("issue-form.txt"));
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(titles(&ideas), ["Lanternfish: streaming log shipper"]);
    let i = &ideas[0];
    assert_eq!(i.org.as_deref(), Some("Lanternfish"));
    assert_eq!(i.term.as_deref(), Some("2026 Term 1 (Mar-May)"));
    assert_eq!(i.year, Some(2026));
    assert_eq!(skill_ids(i), ["go", "kubernetes"]);
    assert_eq!(i.skills_raw.as_deref(), Some("Go, Kubernetes"));
    assert_eq!(i.mentors.len(), 2);
    assert_eq!(
        i.mentors[1],
        mentor(
            Some("Bo Tanaka"),
            Some("botanaka"),
            Some("bo@lanternfish.example")
        )
    );
    assert_eq!(
        i.upstream_issues,
        ["https://github.com/lanternfish/lanternfish/issues/77"]
    );
    assert!(i
        .description
        .as_deref()
        .unwrap()
        .starts_with("Lanternfish buffers logs"));
    assert_eq!(i.expected_outcomes, None);
}

#[test]
fn blockquoted_descriptions_keep_their_headings_inside() {
    let page = parse_text_page("q.txt", &layout_text("blockquote.txt"));
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(titles(&ideas), ["Beacon sync", "Fog signal tests"]);
    let beacon = &ideas[0];
    assert_eq!(beacon.org.as_deref(), Some("Lighthouse"));
    assert_eq!(beacon.mentors.len(), 2);
    assert_eq!(skill_ids(beacon), ["go", "grpc"]);
    let d = beacon.description.as_deref().unwrap();
    assert!(
        d.contains("Beacons drift apart") && d.contains("A sync protocol"),
        "{d}"
    );
}

#[test]
fn reference_links_liquid_tags_html_and_cjk_punctuation() {
    let page = parse_text_page("r.txt", &layout_text("reference-links.txt"));
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(titles(&ideas), ["Ref links idea"]);
    let i = &ideas[0];
    assert_eq!(i.org.as_deref(), Some("Skiff"));
    assert_eq!(
        i.mentors,
        [
            mentor(Some("Rick Row"), Some("rickrow"), None),
            mentor(Some("Sue Stern"), Some("suestern"), None)
        ]
    );
    // Reference definitions are not skills; the ideographic comma separates skills.
    assert_eq!(skill_ids(i), ["go", "kubernetes"]);
    assert!(i
        .description
        .as_deref()
        .unwrap()
        .contains("[docs](https://skiff.example/docs)"));
}

#[test]
fn camel_case_words_in_labels_stay_whole() {
    // "GitHub Issue" is the label "github issue", not "git hub issue".
    let page = "## Anchorage\n\n### Chain gauge\n\n#### Description:\nMeasure chains.\n\n#### GitHub Issue:\nhttps://github.com/anchorage/chains/issues/5\n\n#### Mentors:\n- Ada Lee (@adalee, ada@x.example)\n";
    let parsed = parse_page("g.md", page, SkillTable::bundled(), &Defaults::default());
    let ideas: Vec<Idea> = parsed.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(titles(&ideas), ["Chain gauge"]);
    assert_eq!(
        ideas[0].upstream_issues,
        ["https://github.com/anchorage/chains/issues/5"]
    );
}

#[test]
fn one_idea_file_with_field_sections() {
    // Front-matter title; the top-level sections are the idea's fields, and sections with other
    // names beside them ("Task ideas", "Test") are parts of it, not ideas. A title that mentions
    // a template is not a template.
    let ideas = parse("field-sections-file.md");
    assert_eq!(
        titles(&ideas),
        ["Grafana template for tidepool cache metrics"]
    );
    let idea = &ideas[0];
    assert_eq!(idea.hours, vec![175]);
    assert_eq!(
        idea.difficulty,
        Some(ideas::model::Difficulty::parse("medium").unwrap())
    );
    assert!(
        skill_ids(idea).contains(&"prometheus".to_string()),
        "{:?}",
        skill_ids(idea)
    );
    let names: Vec<_> = idea.mentors.iter().map(|m| m.name.as_deref()).collect();
    assert_eq!(names, [Some("Marta Reef"), Some("Olu Harbor")]);
    assert!(idea
        .description
        .as_deref()
        .unwrap()
        .starts_with("Tidepool caches sensor readings"));
}

#[test]
fn one_idea_file_with_chinese_field_sections() {
    let ideas = parse("field-sections-file-zh.md");
    assert_eq!(titles(&ideas), ["边缘节点自愈调度插件"]);
    let idea = &ideas[0];
    assert_eq!(skill_ids(idea), ["go", "kubernetes"]);
    assert_eq!(
        idea.difficulty,
        Some(ideas::model::Difficulty::parse("hard").unwrap())
    );
    assert_eq!(idea.mentors.len(), 2, "{:?}", idea.mentors);
    assert_eq!(idea.mentors[0].github.as_deref(), Some("linhai"));
    assert!(idea
        .description
        .as_deref()
        .unwrap()
        .starts_with("为潮汐调度器"));
    assert_eq!(
        idea.links,
        ["https://github.com/tidepool/scheduler/issues/42"]
    );
}

#[test]
fn single_idea_written_as_prose() {
    // YAML front-matter closed by `...`, prose, and a bold "Mentorship" list.
    let ideas = parse("single-prose-idea.md");
    assert_eq!(
        titles(&ideas),
        ["Columnar export for the driftwood dataframe library"]
    );
    let idea = &ideas[0];
    let handles: Vec<_> = idea.mentors.iter().map(|m| m.github.as_deref()).collect();
    assert_eq!(handles, [Some("ineskelp"), Some("tombrine")]);
    assert!(idea
        .description
        .as_deref()
        .unwrap()
        .starts_with("Driftwood already reads columnar files"));
}

#[test]
fn table_rows_with_descriptions_and_no_mentors() {
    // A title column, a description and an idea field (hours, an issue link) make each row an
    // idea even without mentors; a "Name | Description" table of tools does not.
    let ideas = parse("described-table-rows.md");
    assert_eq!(
        titles(&ideas),
        ["Quality checks for glider tracks", "Faster tide tables"]
    );
    assert_eq!(ideas[0].hours, vec![350]);
    assert_eq!(
        ideas[0].upstream_issues,
        ["https://github.com/kelpwatch/gsoc/issues/12"]
    );
    assert_eq!(ideas[1].source.line, 8);
    assert!(ideas[1].mentors.is_empty());
}

#[test]
fn grouped_chinese_table_rows_continue_on_blank_title_cells() {
    let ideas = parse("grouped-table-rows-zh.md");
    assert_eq!(titles(&ideas), ["潮汐数据缓存", "浮标遥测接入"]);
    let handles: Vec<_> = ideas[0]
        .mentors
        .iter()
        .map(|m| m.github.as_deref())
        .collect();
    assert_eq!(handles, [Some("linhai"), Some("zhouyun")]);
    // Difficulty words of the label table: OSPP's two levels, 基础 (Basic) is easy, 进阶
    // (Advanced) hard.
    assert_eq!(ideas[0].difficulty, ideas::model::Difficulty::parse("easy"));
    assert_eq!(ideas[1].difficulty, ideas::model::Difficulty::parse("hard"));
    assert_eq!(
        ideas[1].description.as_deref(),
        Some("把浮标遥测接入 OpenTelemetry。")
    );
}

#[test]
fn emoji_prefixed_labels_and_titles() {
    let ideas = parse("emoji-labels.md");
    assert_eq!(titles(&ideas), ["Streaming log parser", "Calendar view"]);
    let parser = &ideas[0];
    let names: Vec<_> = parser.mentors.iter().map(|m| m.name.as_deref()).collect();
    assert_eq!(names, [Some("Ada Lee"), Some("Bo Chen")]);
    assert_eq!(skill_ids(parser), ["typescript", "rust"]);
    assert_eq!(parser.hours, vec![175]);
    assert_eq!(parser.difficulty, ideas::model::Difficulty::parse("medium"));
    assert_eq!(
        parser.expected_outcomes.as_deref(),
        Some("* A drop-in parser that passes the existing tests.")
    );
    // GitHub shortcodes and emoji inside the emphasis.
    let calendar = &ideas[1];
    assert_eq!(calendar.mentors[0].name.as_deref(), Some("Cy Dune"));
    assert_eq!(skill_ids(calendar), ["react"]);
    assert_eq!(
        calendar.description.as_deref(),
        Some("A personal calendar inside the chat client.")
    );
}

#[test]
fn a_table_of_contents_does_not_hide_the_ideas_after_it() {
    // The contents section excludes only its own list; "Contributor-proposed Project" is not
    // an idea; lines ending in a backslash (hard breaks) still carry one label each.
    let ideas = parse("contents-then-ideas.md");
    assert_eq!(titles(&ideas), ["Spectrum plotter", "Opacity reader"]);
    assert_eq!(ideas[0].hours, vec![350]);
    assert_eq!(ideas[0].difficulty, ideas::model::Difficulty::parse("hard"));
    let names: Vec<_> = ideas[0].mentors.iter().map(|m| m.name.as_deref()).collect();
    assert_eq!(names, [Some("Vera Nova"), Some("Sol Ray")]);
    assert_eq!(ideas[1].source.line, 25);
}

#[test]
fn numbered_bold_title_lines_between_rules() {
    // "**[1] Title.**" on a line of its own titles the bold labels below it; a bold line
    // without a number is emphasis.
    let ideas = parse("numbered-bold-titles.md");
    assert_eq!(
        titles(&ideas),
        [
            "Coastline extraction for erosion models",
            "Health record vault"
        ]
    );
    assert_eq!(ideas[0].source.line, 8);
    assert_eq!(ideas[0].mentors.len(), 2, "{:?}", ideas[0].mentors);
    assert_eq!(skill_ids(&ideas[0]), ["python"]);
    assert_eq!(ideas[1].hours, vec![175]);
    assert_eq!(ideas[1].mentors[0].name.as_deref(), Some("Ren Dale"));
}

#[test]
fn numbered_h3_titles_with_html_bold_labels() {
    let ideas = parse("numbered-html-labels.md");
    assert_eq!(
        titles(&ideas),
        [
            "Storage plugin for cold archives",
            "Dashboard for quota usage"
        ]
    );
    let storage = &ideas[0];
    assert_eq!(skill_ids(storage), ["go", "kubernetes"]);
    assert_eq!(storage.difficulty, ideas::model::Difficulty::parse("hard"));
    let handles: Vec<_> = storage
        .mentors
        .iter()
        .map(|m| m.github.as_deref())
        .collect();
    assert_eq!(handles, [Some("adalee"), Some("bochen")]);
    assert_eq!(ideas[1].mentors[0].github.as_deref(), Some("cydune"));
    assert_eq!(
        ideas[1].description.as_deref(),
        Some("Show each tenant how much of its quota is used.")
    );
}

#[test]
fn chinese_pages_with_field_headings_and_numbered_field_lists() {
    // "## 项目一" over "### 项目名称": the title field names the idea; "## 项目二：标题" loses
    // its number; fields as a numbered list ("1. 项目描述：...").
    let ideas = parse("chinese-numbered-fields.md");
    assert_eq!(titles(&ideas), ["边缘节点自愈", "浮标遥测接入"]);
    assert_eq!(skill_ids(&ideas[0]), ["go", "kubernetes"]);
    assert_eq!(ideas[0].mentors[0].github.as_deref(), Some("linhai"));
    assert_eq!(skill_ids(&ideas[1]), ["rust"]);
    // 进阶 is OSPP's "Advanced".
    assert_eq!(ideas[1].difficulty, ideas::model::Difficulty::parse("hard"));
    assert_eq!(
        ideas[1].description.as_deref(),
        Some("把浮标遥测接入 OpenTelemetry。")
    );
}

#[test]
fn link_titles_with_prose_and_a_plain_mentors_line() {
    // No heading has two labelled fields: a section of prose with a "Mentors: A, B" line is an
    // idea; "How to apply" (prose, no mentors) and the page title are not.
    let ideas = parse("prose-ideas-mentors-line.md");
    assert_eq!(
        titles(&ideas),
        [
            "Spherical plots of sea surface data",
            "Faster mesh generation"
        ]
    );
    let names: Vec<_> = ideas[0].mentors.iter().map(|m| m.name.as_deref()).collect();
    assert_eq!(names, [Some("Ana Reef"), Some("Ben Gale")]);
    assert!(ideas[0]
        .description
        .as_deref()
        .unwrap()
        .starts_with("Sea surface data covers the whole globe"));
    // The page title names the project before its colon.
    assert_eq!(ideas[1].org.as_deref(), Some("Tidewater"));
}

#[test]
fn plan_sections_beside_an_idea_belong_to_it() {
    // An idea written one level too deep ("#### Wave buoy dashboard" among the sections of the
    // idea above) keeps its own sections: "#### Success Criteria and Timeline" is a section of
    // a plan, not an idea, so the "#### Description" after it is still the idea's.
    let ideas = parse("plan-sections.md");
    assert_eq!(
        titles(&ideas),
        ["Tide tables as a Julia package", "Wave buoy dashboard"]
    );
    assert!(ideas[0]
        .description
        .as_deref()
        .is_some_and(|d| d.starts_with("Harbour Lab publishes tide tables")));
    let buoy = &ideas[1];
    assert!(
        buoy.description
            .as_deref()
            .is_some_and(|d| d.starts_with("The lab's wave buoys report")),
        "{:?}",
        buoy.description
    );
    assert_eq!(
        (ideas[0].hours.clone(), buoy.hours.clone()),
        (vec![175], vec![90])
    );
}

#[test]
fn labels_after_the_skills_end_them() {
    // "Code Challenge", "Source Code", "Discussion Forum", "Discussion thread" and a
    // qualification task are fields of their own: their words are not skills, and the links
    // they give are the idea's.
    let ideas = parse("labelled-links.md");
    assert_eq!(titles(&ideas), ["Snow depth maps from drone images"]);
    let idea = &ideas[0];
    assert_eq!(
        skill_ids(idea),
        ["python", "opencv", "git", "rust"],
        "{:?}",
        idea.skills_raw
    );
    for link in [
        "https://github.com/glacierlab/snowdepth",
        "https://github.com/glacierlab/snowdepth/discussions",
    ] {
        assert!(idea.links.iter().any(|l| l == link), "{:?}", idea.links);
    }
}

#[test]
fn list_items_titled_in_bold_with_their_size_share_the_fields_below() {
    // Three ideas as the items of one list, each with its own size and difficulty in the bold
    // title, sharing the skills, outcome and mentor below; the list of libraries (bold names
    // without a size) is not ideas.
    let ideas = parse("bold-title-items.md");
    assert_eq!(
        titles(&ideas),
        [
            "Storm surge coupling",
            "GPU wave kernels",
            "Tutorial gallery"
        ]
    );
    let hours: Vec<&[u32]> = ideas.iter().map(|i| i.hours.as_slice()).collect();
    assert_eq!(hours, [&[350][..], &[175], &[90]]);
    assert_eq!(ideas[0].difficulty, ideas::model::Difficulty::parse("hard"));
    assert_eq!(ideas[2].difficulty, ideas::model::Difficulty::parse("easy"));
    assert_eq!(ideas[1].source.line, 7);
    assert!(ideas[1]
        .description
        .as_deref()
        .is_some_and(|d| d.starts_with("move the wave kernels to the GPU")));
    for idea in &ideas {
        assert_eq!(
            skill_ids(idea),
            ["julia", "numerical methods"],
            "{}",
            idea.title
        );
        assert_eq!(
            idea.mentors,
            [mentor(Some("Rhea Marsh"), Some("rheamarsh"), None)]
        );
        assert!(idea.expected_outcomes.is_some());
    }
}

#[test]
fn ideas_as_bold_list_items_with_nested_fields() {
    // Each numbered item is only a bold title, with the idea's fields nested under it; the
    // "Chat" item has one field (a link), so it is not an idea.
    let ideas = parse("nested-item-ideas.md");
    assert_eq!(
        titles(&ideas),
        ["Query planner statistics", "Replication lag monitor"]
    );
    assert_eq!(ideas[0].source.line, 5);
    assert_eq!(skill_ids(&ideas[0]), ["c", "sql"]);
    assert_eq!(
        ideas[0].mentors,
        [
            mentor(Some("Dana Ruiz"), Some("druiz"), None),
            mentor(Some("Eli Moor"), Some("emoor"), None)
        ]
    );
    assert_eq!(ideas[0].difficulty, ideas::model::Difficulty::parse("hard"));
    assert!(ideas[0].expected_outcomes.is_some());
    assert_eq!(skill_ids(&ideas[1]), ["go"]);
    assert_eq!(ideas[1].hours, vec![175]);
    assert_eq!(
        ideas[1].mentors,
        [mentor(Some("Eli Moor"), Some("emoor"), None)]
    );
    assert!(ideas[1]
        .description
        .as_deref()
        .is_some_and(|d| d.starts_with("report replication lag")));
}

#[test]
fn ideas_in_collapsible_details_blocks() {
    // Each `<details>` block's summary is an idea's title and its fields follow; the block
    // without fields ("How to apply") is not an idea.
    let ideas = parse("details-ideas.md");
    assert_eq!(
        titles(&ideas),
        ["Vector tile renderer", "Accessibility audit tooling"]
    );
    assert_eq!(ideas[0].source.line, 6);
    assert_eq!(skill_ids(&ideas[0]), ["rust", "wgpu"]);
    assert_eq!(ideas[0].hours, vec![350]);
    assert_eq!(ideas[0].mentors.len(), 2);
    assert_eq!(skill_ids(&ideas[1]), ["typescript"]);
    assert_eq!(
        ideas[1].mentors,
        [mentor(Some("Mia Roe"), Some("miaroe"), None)]
    );
    assert_eq!(
        ideas[1].difficulty,
        ideas::model::Difficulty::parse("medium")
    );
}

#[test]
fn a_heading_written_as_project_label_and_name_is_a_title() {
    // "## Project: X" names the section; it is not a field of the idea above it.
    let text = "## Project: Better geocoder\n\nMentor: Kai Berg (kai@example.org), GitHub: @kberg\nDifficulty: easy\nRequired knowledge: Java, Lucene\nDescription: Improve the address parser.\n\n## Project: Route preview\n\nMentor: Kai Berg\nDifficulty: medium\nDescription: Show a preview of the route.\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(titles(&ideas), ["Better geocoder", "Route preview"]);
    assert_eq!(skill_ids(&ideas[0]), ["java", "lucene"]);
    assert_eq!(
        ideas[0].mentors,
        [mentor(
            Some("Kai Berg"),
            Some("kberg"),
            Some("kai@example.org")
        )]
    );
    assert_eq!(
        ideas[1].difficulty,
        ideas::model::Difficulty::parse("medium")
    );
}

#[test]
fn a_paragraph_after_an_inline_skills_line_is_prose_not_skills() {
    // Bold labels with their values inline, then the idea's description as a paragraph of its
    // own: the paragraph is the description, and its words are not skills.
    let text = "## Ideas\n\n### Live collaboration\n\n**Mentors:** Ada Lee (@adalee), Bo Chen (@bochen)\n**Prerequisites:** TypeScript, WebSockets\n\nRealtime editing for notebooks, built on CRDTs.\n\n### Test flake detector\n\n**Mentors:** @adalee @bochen\n**Tech stack:** Python, pytest\n\nDetect flaky tests from CI history.\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(
        titles(&ideas),
        ["Live collaboration", "Test flake detector"]
    );
    assert_eq!(skill_ids(&ideas[0]), ["typescript", "websockets"]);
    assert_eq!(
        ideas[0].description.as_deref(),
        Some("Realtime editing for notebooks, built on CRDTs.")
    );
    // "flaky tests" and "CI" in the paragraph gave "testing" and "ci-cd".
    assert_eq!(skill_ids(&ideas[1]), ["python", "pytest"]);
}

#[test]
fn size_and_difficulty_in_a_heading_remark() {
    let text = "## Ideas\n\n### Streaming compaction (350 hours, hard)\n\n- Description: compact while writing.\n- Mentors: Ida Sol (@idasol)\n\n### Schema registry UI (size: small)\n\n- Description: a web UI.\n- Mentors: Ned Park\n- Difficulty: easy\n\n### GPU kernels (high priority)\n\n- Description: port the kernels.\n- Mentors: Ned Park\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(
        titles(&ideas),
        [
            "Streaming compaction (350 hours, hard)",
            "Schema registry UI (size: small)",
            "GPU kernels (high priority)"
        ]
    );
    assert_eq!(ideas[0].hours, vec![350]);
    assert_eq!(ideas[0].difficulty, ideas::model::Difficulty::parse("hard"));
    assert_eq!(ideas[1].hours, vec![90]);
    assert_eq!(ideas[1].difficulty, ideas::model::Difficulty::parse("easy"));
    assert_eq!(
        (ideas[2].hours.clone(), ideas[2].difficulty),
        (vec![], None)
    );
}

#[test]
fn mentors_given_as_a_table_of_people() {
    // A `| Mentor | GitHub | Email |` table under an idea gives its mentors; a table whose other
    // columns are not facts about people is not read as mentors.
    let text = "## Ideas\n\n### Index compression\n\nDescription: Compress the posting lists.\n\nSkills: C, SIMD\n\n| Mentor | GitHub | E-mail |\n|---|---|---|\n| Lia Ross | @liaross | lia@example.org |\n| Tom Vega | tvega | |\n\n### Query cache\n\nDescription: Cache frequent queries.\n\nSkills: Java\n\n| Mentors | Hours per week |\n|---|---|\n| Tom Vega | 5 |\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(titles(&ideas), ["Index compression", "Query cache"]);
    assert_eq!(
        ideas[0].mentors,
        [
            mentor(Some("Lia Ross"), Some("liaross"), Some("lia@example.org")),
            mentor(Some("Tom Vega"), Some("tvega"), None)
        ]
    );
    assert!(ideas[1].mentors.is_empty(), "{:?}", ideas[1].mentors);
}

#[test]
fn labels_in_spanish() {
    // Labels and difficulty words come from schemas/labels.toml, where Spanish is data.
    let ideas = parse("spanish-labels.md");
    assert_eq!(titles(&ideas), ["Editor colaborativo", "Exportar a PDF"]);
    assert_eq!(skill_ids(&ideas[0]), ["javascript", "websockets"]);
    assert_eq!(
        ideas[0].mentors,
        [
            mentor(Some("Ana Gómez"), Some("anagomez"), None),
            mentor(Some("Luis Paz"), None, None)
        ]
    );
    assert_eq!(
        ideas[0].difficulty,
        ideas::model::Difficulty::parse("medium")
    );
    assert_eq!(ideas[0].hours, vec![175]);
    assert!(ideas[0].expected_outcomes.is_some());
    assert_eq!(ideas[1].difficulty, ideas::model::Difficulty::parse("easy"));
    assert_eq!(ideas[1].program, Some(Program::Gsoc));
}

#[test]
fn a_field_with_nested_items_ends_at_the_next_item_of_its_list() {
    // "- Skills:" with nested items ends at the next item of its own list, even one that is
    // not a label; a label item followed by a flat list keeps the flat list as its value.
    let text = "## Ideas\n\n### Flow cache\n\n- Description: cache compiled flows.\n- Skills:\n  - Go\n  - Kubernetes\n- Prior work by the community is linked from the tracking issue.\n- Mentors:\n- Ada Lee (@adalee)\n- Bo Chen (@bochen)\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(titles(&ideas), ["Flow cache"]);
    assert_eq!(ideas[0].skills_raw.as_deref(), Some("- Go\n- Kubernetes"));
    assert_eq!(skill_ids(&ideas[0]), ["go", "kubernetes"]);
    assert_eq!(
        ideas[0].mentors,
        [
            mentor(Some("Ada Lee"), Some("adalee"), None),
            mentor(Some("Bo Chen"), Some("bochen"), None)
        ]
    );
}

#[test]
fn html_headings_and_labels_with_dashes() {
    // "<h3>Title</h3>" alone in its HTML block is a heading; "Mentors - A, B" a label.
    let text = "# Ideas\n\n<h3>Sensor fusion library</h3>\n\nDescription - fuse IMU and GPS readings.\nMentors - Ada Lee, Bo Chen\nSkills - C++, Eigen\nDifficulty — Medium\n\n<h3 id=\"calib\"><a href=\"#calib\">Calibration wizard</a></h3>\n\n- **Description** – a guided calibration UI.\n- **Mentors** – Bo Chen <bo@example.org>\n- **Skills** – Qt\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(
        titles(&ideas),
        ["Sensor fusion library", "Calibration wizard"]
    );
    assert_eq!(skill_ids(&ideas[0]), ["cpp", "eigen"]);
    assert_eq!(ideas[0].mentors.len(), 2);
    assert_eq!(
        ideas[0].difficulty,
        ideas::model::Difficulty::parse("medium")
    );
    assert_eq!(
        ideas[0].description.as_deref(),
        Some("fuse IMU and GPS readings.")
    );
    assert_eq!(ideas[1].source.line, 10);
    assert_eq!(
        ideas[1].mentors,
        [mentor(Some("Bo Chen"), None, Some("bo@example.org"))]
    );
    assert_eq!(skill_ids(&ideas[1]), ["qt"]);
}

#[test]
fn ideas_as_blocks_of_fields_led_by_a_title_line() {
    // "**Title:** ..." lines each lead an idea's fields (here after a table of contents, whose
    // own links are not ideas), between thematic breaks.
    let text = "# GSoC 2026 Ideas\n\n## Table of contents\n- [Graph layouts](#a)\n- [Export to SVG](#b)\n\n---\n\n**Title:** Graph layouts\n**Description:** new force-directed layouts.\n**Mentors:** Ada Lee\n**Skills:** JavaScript, D3\n\n---\n\n**Title:** Export to SVG\n**Description:** export graphs as SVG.\n**Mentors:** Bo Chen\n**Skills:** TypeScript\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(titles(&ideas), ["Graph layouts", "Export to SVG"]);
    assert_eq!(ideas[0].source.line, 9);
    assert_eq!(skill_ids(&ideas[0]), ["javascript", "d3"]);
    assert_eq!(ideas[1].mentors, [mentor(Some("Bo Chen"), None, None)]);
    assert_eq!(
        ideas[1].description.as_deref(),
        Some("export graphs as SVG.")
    );
}

#[test]
fn several_fields_on_one_line() {
    let text = "# Project ideas\n\n## 1. Incremental builds\n*Mentors*: Ada Lee, Bo Chen · *Difficulty*: Medium · *Size*: 350h\n\nSpeed up builds by caching compiled units.\n\n## 2. Plugin sandboxing\n*Mentors*: Bo Chen · *Difficulty*: Hard · *Size*: 175h\n\nRun plugins in a sandbox.\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(titles(&ideas), ["Incremental builds", "Plugin sandboxing"]);
    assert_eq!(
        ideas[0].mentors,
        [
            mentor(Some("Ada Lee"), None, None),
            mentor(Some("Bo Chen"), None, None)
        ]
    );
    assert_eq!(
        ideas[0].difficulty,
        ideas::model::Difficulty::parse("medium")
    );
    assert_eq!(ideas[0].hours, vec![350]);
    assert_eq!(
        ideas[0].description.as_deref(),
        Some("Speed up builds by caching compiled units.")
    );
    assert_eq!(ideas[1].mentors, [mentor(Some("Bo Chen"), None, None)]);
    assert_eq!(ideas[1].hours, vec![175]);
}

#[test]
fn a_yaml_list_of_idea_maps() {
    // A site's data file: one idea per map, read as a one-idea page's front-matter would be.
    let text = "# ideas of the summer\n- title: Faster tile cache\n  description: Make the tile cache concurrent.\n  skills: [Rust, async]\n  mentors:\n    - name: Ana Perez\n      github: anaperez\n  difficulty: medium\n  hours: 175\n- title: Offline export\n  description: Export a region as an offline bundle.\n  skills: [TypeScript]\n  mentors: [Kim Wong]\n";
    let page = parse_page(
        "ideas.yml",
        text,
        SkillTable::bundled(),
        &Defaults::default(),
    );
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(titles(&ideas), ["Faster tile cache", "Offline export"]);
    assert_eq!((ideas[0].source.line, ideas[1].source.line), (2, 10));
    assert_eq!(skill_ids(&ideas[0]), ["rust", "async"]);
    assert_eq!(
        ideas[0].mentors,
        [mentor(Some("Ana Perez"), Some("anaperez"), None)]
    );
    assert_eq!(ideas[0].hours, vec![175]);
    assert_eq!(ideas[1].mentors, [mentor(Some("Kim Wong"), None, None)]);
    // A Markdown list of labelled items is YAML too, but its maps are not ideas.
    let bullets = "- Description: a parser.\n- Mentors: Ada Lee\n- Skills: Go\n";
    let page = parse_page("p.md", bullets, SkillTable::bundled(), &Defaults::default());
    assert!(page
        .ideas
        .iter()
        .all(|i| i.idea.title != "Faster tile cache"));
    assert!(page.ideas.len() <= 1);
}

#[test]
fn bold_lines_title_the_fields_below_them() {
    // "**Project: Faster tile rendering**" and "__Offline chart packs.__" on lines of their
    // own, each with idea fields below, are titles; a bold line with no fields is not.
    let ideas = parse("bold-line-titles.md");
    assert_eq!(
        titles(&ideas),
        [
            "Faster tile rendering",
            "Offline chart packs",
            "Tide table widget"
        ]
    );
    assert_eq!(skill_ids(&ideas[0]), ["rust", "webgpu"]);
    assert_eq!(
        ideas[0].mentors,
        [
            mentor(Some("Ana Ruiz"), Some("anaruiz"), None),
            mentor(Some("Tom Li"), None, None)
        ]
    );
    assert_eq!(ideas[0].hours, vec![175]);
    assert_eq!(ideas[1].difficulty, ideas::model::Difficulty::parse("hard"));
    assert!(ideas[1]
        .description
        .as_deref()
        .is_some_and(|d| d.starts_with("Sailors lose signal")));
    // Prose after the fields is the description.
    assert!(ideas[2]
        .description
        .as_deref()
        .is_some_and(|d| d.starts_with("A small widget")));
}

#[test]
fn a_bold_group_inside_each_idea_is_not_a_title() {
    // One "**Details**" line under each heading, or the same one repeated, is a group inside
    // the heading's idea.
    let ideas = parse("bold-groups-in-ideas.md");
    assert_eq!(
        titles(&ideas),
        ["Harbour index", "Buoy feed", "Depth shading"]
    );
    assert_eq!(skill_ids(&ideas[1]), ["go"]);
    // Two bold lines under one heading with the same text are not a list of ideas either.
    let text = "## Ideas\n\n### Harbour index\n\nThe index of harbours is searched line by line.\n\n**Details**\n\n- Mentors: Ana Ruiz\n- Skills: Rust\n\n**Details**\n\n- Mentors: Tom Li\n- Difficulty: easy\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(titles(&ideas), ["Harbour index"]);
}

#[test]
fn lettered_idea_prefixes_leave_the_title() {
    let text = "# GSoC 2026\n\n## Idea A: Graph layouts\n\n- Mentors: Ana Ruiz\n- Skills: Python\n\n## Idea B - Plot exporters\n\n- Mentors: Tom Li\n- Skills: Python\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(titles(&ideas), ["Graph layouts", "Plot exporters"]);
}

#[test]
fn a_skill_level_that_is_a_difficulty_is_the_difficulty() {
    let text = "## Ideas\n\n### Graph layouts\n\n- Mentors: Ana Ruiz\n- Skill level: Intermediate\n- Required skills: Python, NetworkX\n\n### Plot exporters\n\n- Mentors: Tom Li\n- Skill level: Python, SVG\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(
        ideas[0].difficulty,
        ideas::model::Difficulty::parse("medium")
    );
    assert_eq!(skill_ids(&ideas[0]), ["python", "networkx"]);
    // Skills under the same label stay skills.
    assert_eq!(ideas[1].difficulty, None);
    assert_eq!(skill_ids(&ideas[1]), ["python", "svg"]);
    // A level with a remark in brackets is still the level.
    let text = "## Ideas\n\n### Gauge driver\n\n- Mentors: Ana Ruiz\n- Skill level: intermediate (+linux kernel)\n- Language: C\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let idea = &page.ideas[0].idea;
    assert_eq!(idea.difficulty, ideas::model::Difficulty::parse("medium"));
}

#[test]
fn heading_ids_and_issue_links_in_titles() {
    // kramdown/Pandoc heading ids are not part of the title; a title linking an issue gives
    // the idea's upstream issue when no field names one.
    let text = "# Ideas 2026\n\n## Faster tile rendering {#faster-tiles}\n\n- Mentors: Ana Ruiz\n- Skills: Rust\n\n## [Offline chart packs](https://github.com/tidewater/maps/issues/13)\n\n- Mentors: Ivo Berg\n- Skills: Kotlin\n\n## [Depth shading](https://github.com/tidewater/maps/issues/14)\n\n- Mentors: Ivo Berg\n- Upstream issue: https://github.com/tidewater/maps/issues/15\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(
        titles(&ideas),
        [
            "Faster tile rendering",
            "Offline chart packs",
            "Depth shading"
        ]
    );
    assert!(ideas[0].upstream_issues.is_empty());
    assert_eq!(
        ideas[1].upstream_issues,
        ["https://github.com/tidewater/maps/issues/13"]
    );
    assert_eq!(
        ideas[2].upstream_issues,
        ["https://github.com/tidewater/maps/issues/15"]
    );
}

#[test]
fn ideas_listed_in_the_front_matter_for_a_template() {
    // A Jekyll page whose front-matter lists the ideas and whose body only renders them.
    let ideas = parse("front-matter-idea-list.md");
    assert_eq!(
        titles(&ideas),
        ["Faster tile rendering", "Offline chart packs"]
    );
    assert_eq!(skill_ids(&ideas[0]), ["rust", "webgpu"]);
    assert_eq!(ideas[0].hours, vec![175]);
    assert_eq!(ideas[0].source.line, 5);
    assert_eq!(ideas[1].source.line, 12);
    assert_eq!(
        ideas[1].mentors,
        [mentor(Some("Ivo Berg"), Some("ivoberg"), None)]
    );
    assert_eq!(ideas[1].difficulty, ideas::model::Difficulty::parse("hard"));
    // The page's title gives the programme and year.
    assert_eq!(ideas[1].program, Some(Program::Gsoc));
    assert_eq!(ideas[1].year, Some(2026));
}

#[test]
fn a_table_title_linking_an_issue_gives_the_upstream_issue() {
    let text = "# GSoC 2026 ideas\n\n| Idea | Mentors | Skills |\n|---|---|---|\n| [Faster tiles](https://github.com/tidewater/maps/issues/12) | @anaruiz | Rust |\n| [Offline packs](https://tidewater.example/offline) | @ivoberg | Kotlin |\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(titles(&ideas), ["Faster tiles", "Offline packs"]);
    assert_eq!(
        ideas[0].upstream_issues,
        ["https://github.com/tidewater/maps/issues/12"]
    );
    assert!(ideas[1].upstream_issues.is_empty());
}

#[test]
fn numbered_bold_items_with_their_facts_in_a_closing_parenthesis() {
    let text = "# GSoC 2026 ideas\n\n1. **Faster tile rendering** - Cache rendered tiles keyed by zoom level and style. (Mentors: Ana Ruiz, Tom Li; Skills: Rust, WebGPU; 175 hours)\n2. **Offline chart packs** - Let users download a region's charts. (Mentors: Ivo Berg; Skills: Kotlin; 350 hours)\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(
        titles(&ideas),
        ["Faster tile rendering", "Offline chart packs"]
    );
    assert_eq!(skill_ids(&ideas[0]), ["rust", "webgpu"]);
    assert_eq!(
        ideas[0].mentors,
        [
            mentor(Some("Ana Ruiz"), None, None),
            mentor(Some("Tom Li"), None, None)
        ]
    );
    assert_eq!(ideas[1].hours, vec![350]);
    assert_eq!(skill_ids(&ideas[1]), ["kotlin"]);
    assert_eq!(
        ideas[1].description.as_deref(),
        Some("Let users download a region's charts.")
    );
}

#[test]
fn page_sections_beside_the_ideas_are_not_theirs() {
    // "## Contact" (a field heading above the ideas' level) after the last idea is about the
    // page; "## Org admins" with a "Skills:" line does not make the page title an idea.
    let ideas = parse("page-sections-beside-ideas.md");
    assert_eq!(
        titles(&ideas),
        ["Faster tile rendering", "Offline chart packs"]
    );
    assert_eq!(ideas[1].mentors, [mentor(Some("Ivo Berg"), None, None)]);
    assert_eq!(ideas[1].difficulty, None);
    assert_eq!(ideas[1].year, Some(2026));
}

#[test]
fn an_idea_heading_under_the_title_is_the_description() {
    // "### Idea" under an idea's title holds what the idea is; "Linked issue:" and
    // "### Prerequisite Knowledge" are the upstream issue and the skills.
    let idea = |t: &str, n: u32| {
        format!("## {t}\n\nLinked issue: <https://github.com/tidewater/maps/issues/{n}>\n\n### Idea\n\nThe goal of this idea is to cache rendered tiles by zoom level.\n\n### Prerequisite Knowledge\n\nRust, WebGPU.\n\n### Difficulty\n\nIntermediate. Some parts are subtle.\n\n### Potential Mentors\n\n@anaruiz @tomli\n\n* * *\n\n")
    };
    let text = format!(
        "# Ideas\n\n{}{}",
        idea("Faster tiles", 2),
        idea("Offline packs", 3)
    );
    let page = parse_page("p.md", &text, SkillTable::bundled(), &Defaults::default());
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(titles(&ideas), ["Faster tiles", "Offline packs"]);
    assert_eq!(
        ideas[0].description.as_deref(),
        Some("The goal of this idea is to cache rendered tiles by zoom level.")
    );
    assert_eq!(skill_ids(&ideas[0]), ["rust", "webgpu"]);
    assert_eq!(
        ideas[1].upstream_issues,
        ["https://github.com/tidewater/maps/issues/3"]
    );
    assert_eq!(ideas[0].mentors.len(), 2);
    // On a line of its own, "Idea:" does not label a description.
    assert!(ideas::parse::fields::find_label("Idea: Faster tiles", false).is_none());
}

#[test]
fn skills_under_background_labels_and_know_columns() {
    let text = "# Ideas\n\n## Tile cache\n\n- **Mentor:** Ana Ruiz\n- **Suggested Skills and Background:**\n  - Experience with Rust\n  - WebGPU\n\n## Charts\n\n| Name | Description | Tech you need to know | Difficulty |\n|---|---|---|---|\n| Offline packs | Charts offline. | Kotlin, SQLite | Hard |\n| Depth shading | Shade depths. | WebGL | Easy |\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(
        titles(&ideas),
        ["Tile cache", "Offline packs", "Depth shading"]
    );
    assert_eq!(skill_ids(&ideas[0]), ["rust", "webgpu"]);
    assert_eq!(skill_ids(&ideas[1]), ["kotlin", "sqlite"]);
    assert_eq!(skill_ids(&ideas[2]), ["webgl"]);
}

#[test]
fn html_tables_read_as_markdown_tables() {
    // An HTML table of ideas (one per row, blank lines inside, links, <br> and lists in
    // cells) and an HTML key/value table under a heading.
    let ideas = parse("html-table-rows.md");
    assert_eq!(
        titles(&ideas),
        [
            "Faster tile rendering",
            "Offline chart packs",
            "Depth shading"
        ]
    );
    assert_eq!(ideas[0].source.line, 17);
    assert_eq!(skill_ids(&ideas[0]), ["rust", "webgpu"]);
    assert_eq!(
        ideas[0].mentors,
        [
            mentor(Some("Ana Ruiz"), Some("anaruiz"), None),
            mentor(Some("Tom Li"), None, None)
        ]
    );
    assert_eq!(
        ideas[0].upstream_issues,
        ["https://github.com/tidewater/maps/issues/12"]
    );
    assert_eq!(ideas[1].hours, vec![350]);
    assert_eq!(ideas[1].difficulty, ideas::model::Difficulty::parse("hard"));
    assert_eq!(
        ideas[2].description.as_deref(),
        Some("Shade depth areas by their depth & the chart's style.")
    );
    assert_eq!(skill_ids(&ideas[2]), ["webgl"]);
}

#[test]
fn a_bold_template_title_ends_the_idea_above_it() {
    let text = "# Ideas\n\n**[1] Coastline extraction.**\n\n**Mentors:** Ana Ruiz and Tom Li\n\n**Overview:** Extract coastlines from satellite images.\n\n***\n\nPropose your own idea with the template below.\n\n**[N] PROJECT TITLE.**\n\n**Mentors:** FIRSTNAME1 LASTNAME1 (email-address)\n\n**Overview:**\n";
    let page = parse_page("p.md", text, SkillTable::bundled(), &Defaults::default());
    let ideas: Vec<Idea> = page.ideas.into_iter().map(|p| p.idea).collect();
    assert_eq!(titles(&ideas), ["Coastline extraction"]);
    assert_eq!(
        ideas[0].mentors,
        [
            mentor(Some("Ana Ruiz"), None, None),
            mentor(Some("Tom Li"), None, None)
        ]
    );
}

#[test]
fn myst_dropdowns_are_ideas_and_grid_cards_are_not() {
    // `:::{dropdown} Title` is the `<details>` of Sphinx / Jupyter Book pages: one idea each,
    // titled without its icon role; the Team grid cards are people, not an idea.
    let ideas = parse("myst-dropdown-ideas.md");
    assert_eq!(
        titles(&ideas),
        ["Faster prism-render tiles", "Spectrum export wizard"]
    );
    // The comment between "**Duration**" and its value is not part of it.
    assert_eq!(ideas[0].hours, vec![175]);
    assert_eq!(
        ideas[0].difficulty,
        ideas::model::Difficulty::parse("medium")
    );
    assert_eq!(ideas[0].mentors, [mentor(None, Some("ivotan"), None)]);
    assert_eq!(ideas[1].hours, vec![350]);
    assert_eq!(ideas[1].mentors, [mentor(None, Some("miaroe"), None)]);
}

#[test]
fn a_legend_table_of_allowed_values_is_not_an_idea() {
    let ideas = parse("legend-table-in-intro.md");
    assert_eq!(
        titles(&ideas),
        ["Pear ripeness sensor", "Apple cart router"]
    );
    assert_eq!(ideas[0].hours, vec![350]);
    assert_eq!(ideas[1].hours, vec![175]);
}

#[test]
fn a_numbering_heading_is_neither_title_nor_org() {
    // "### 任务1" only numbers the task: the 项目标题 field is the title.
    let ideas = parse("numbered-heading-title-field.md");
    assert_eq!(
        titles(&ideas),
        ["灯笼电池监测", "码头潮汐记录", "果园灌溉计划"]
    );
    for idea in &ideas {
        assert!(!idea.org.as_deref().unwrap_or("").starts_with("任务"));
    }
}

#[test]
fn a_single_idea_page_keeps_its_title_over_its_sections() {
    let ideas = parse("single-idea-section-as-title.md");
    assert_eq!(titles(&ideas), ["Kiln Temperature Logger"]);
    assert_eq!(ideas[0].mentors, [mentor(Some("Tova Reyes"), None, None)]);
}

#[test]
fn a_bold_label_after_a_skills_list_is_a_new_field() {
    let ideas = parse("size-after-skill-list.md");
    assert_eq!(titles(&ideas), ["Gravel sorter rework"]);
    assert_eq!(ideas[0].skills, ["Ruby", "Vagrant"]);
    assert_eq!(ideas[0].hours, vec![350]);
}

#[test]
fn wiki_headings_with_edit_links_and_qualified_labels() {
    // A wiki's edit link ("[[edit](...)]") and a permalink ("[ ¶](...)") after a heading are
    // not part of the title; "Skill level" with a level is the difficulty, and the labels
    // listed under it are skills; a mentors label with a qualifier ("Proposed mentors",
    // "Confirmed co-mentors") is a mentors label.
    let ideas = parse("wiki-edit-links.md");
    assert_eq!(titles(&ideas), ["Offline map tiles", "Route sharing"]);
    let (a, b) = (&ideas[0], &ideas[1]);
    assert_eq!(
        a.difficulty.map(|d| d.to_string()).as_deref(),
        Some("medium")
    );
    assert_eq!(skill_ids(a), ["rust"]);
    assert_eq!(a.hours, [350]);
    let names =
        |i: &Idea| -> Vec<String> { i.mentors.iter().filter_map(|m| m.name.clone()).collect() };
    assert_eq!(names(a), ["Ilse Varga", "Tomas Brandt"]);
    assert_eq!(b.difficulty.map(|d| d.to_string()).as_deref(), Some("hard"));
    assert_eq!(names(b), ["Ruth Okafor"]);
    assert_eq!(b.hours, [175]);
}

#[test]
fn technical_contacts_are_mentors_and_make_a_sibling_an_idea() {
    // "Technical contacts" names the people who mentor the idea; a heading beside ideas whose
    // only other field is its size is an idea once its mentors are read.
    let ideas = parse("technical-contacts.md");
    assert_eq!(
        titles(&ideas),
        ["Port the Moth engine", "Add gizmo support"]
    );
    let names: Vec<Option<&str>> = ideas[0].mentors.iter().map(|m| m.name.as_deref()).collect();
    assert_eq!(names, [Some("mira")]);
    assert_eq!(ideas[0].hours, [350]);
    assert_eq!(ideas[1].mentors[0].name.as_deref(), Some("carol"));
}

#[test]
fn a_heading_naming_a_year_gives_its_ideas_that_year() {
    // A page that keeps last year's ideas below this year's: each idea is of the year its
    // section names, whatever the page's own year; one marked "(DONE)" is no idea on offer.
    let ideas = parse("ideas-by-year.md");
    assert_eq!(titles(&ideas), ["Split panes", "Remote buffers"]);
    assert_eq!(ideas[0].year, Some(2026));
    assert_eq!(ideas[1].year, Some(2025));
}

#[test]
fn a_category_of_a_contents_list_is_not_the_org() {
    // "### Test generation" holds only links to the ideas further down: a category of the
    // contents, not the project the ideas below "### Project Description" belong to.
    let ideas = parse("contents-categories.md");
    assert_eq!(
        titles(&ideas),
        ["Faster class loader", "Better trace output"]
    );
    // (The page's title, "# Trawler ideas", names the org.)
    assert!(
        ideas.iter().all(|i| i.org.as_deref() == Some("Trawler")),
        "{:?}",
        ideas[0].org
    );
}

#[test]
fn a_number_column_is_no_title_and_a_summary_table_repeats_the_sections() {
    // "| project | name |" then "| 1 | Reed counter |": the numbers count the rows, the next
    // title column names the idea. Rows naming ideas read under headings below are an index of
    // them, not ideas of their own; rows of a table alone are ideas.
    let ideas = parse("numbered-summary-table.md");
    assert_eq!(
        titles(&ideas),
        [
            "Reed counter",
            "Heron tracker",
            "Peat depth map",
            "Frog call archive"
        ]
    );
    assert_eq!(ideas[1].hours, [350]);
    assert_eq!(ideas[2].hours, [175]);
    assert_eq!(ideas[3].mentors, [mentor(Some("Ned Lamb"), None, None)]);
}

#[test]
fn the_page_title_with_an_introduction_is_no_idea_beside_the_ideas() {
    // "# Fernwood Society — Project Ideas" with a "### Prerequisites" paragraph and an
    // "# Overview" of its own names the page; the ideas are the projects below.
    let ideas = parse("page-title-intro-sections.md");
    assert_eq!(titles(&ideas), ["Canopy mosaic", "Seedling census"]);
    assert_eq!(ideas[1].hours, [350]);
}

#[test]
fn bold_labels_run_together_on_one_line_are_fields_each() {
    // A wiki page copied with its fields run together: each bold label after a value starts
    // a field of its own, so the mentor is a name and the level, size and skills are read.
    let ideas = parse("glued-bold-labels.md");
    assert_eq!(titles(&ideas), ["Tide table importer", "Buoy map"]);
    let a = &ideas[0];
    assert_eq!(a.mentors[0].name.as_deref(), Some("Sofia Brandt"));
    assert_eq!(a.hours, [350]);
    assert_eq!(
        a.difficulty.map(|d| d.to_string()).as_deref(),
        Some("medium")
    );
    assert_eq!(skill_ids(a), ["rust", "sqlite"]);
    assert_eq!(
        ideas[1].difficulty.map(|d| d.to_string()).as_deref(),
        Some("hard")
    );
}

#[test]
fn admins_team_and_timeline_sections_are_no_ideas() {
    // "## Admins" followed by a "## Mentors" roster, "## Timeline" and "## Team" are parts of
    // the page about the organisation: the roster's people are no idea's mentors.
    let ideas = parse("page-sections.md");
    assert_eq!(
        titles(&ideas),
        ["Faster widget renderer", "Plugin catalogue"]
    );
    assert_eq!(ideas[1].mentors.len(), 1);
}
