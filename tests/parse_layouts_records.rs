//! The layout of ideas as blocks of labelled fields led by a title line ("**Project title:**
//! X", "- Title: X", "项目名称：X": any title label of schemas/labels.toml), read from fixtures
//! written for this project (tests/fixtures/layouts/title-records*.md).

mod common;
use common::parse_text_page as parse_text;
use common::{layout_page_without_warnings, skill_ids, titles};
use ideas::model::{Difficulty, Idea};
use ideas::parse::SkipReason;

fn parse(name: &str) -> (Vec<Idea>, ideas::parse::ParsedPage) {
    let page = layout_page_without_warnings(name);
    (page.ideas.iter().map(|p| p.idea.clone()).collect(), page)
}

fn mentors(idea: &Idea) -> Vec<String> {
    idea.mentors.iter().map(|m| m.label()).collect()
}

fn level(text: &str) -> Option<Difficulty> {
    Difficulty::parse(text)
}

#[test]
fn records_led_by_a_title_field_are_ideas() {
    let (ideas, page) = parse("title-records.md");
    // The page title is not one idea merging everyone's fields; the template's records and a
    // record with one field are not ideas.
    assert_eq!(
        titles(&ideas),
        [
            "Harmonic tide predictor",
            "Station data importer",
            "Tide widget for the web",
            "Chart layers for currents",
            "Print-friendly charts",
        ]
    );
    let by = |t: &str| ideas.iter().find(|i| i.title == t).unwrap();

    // Bold labels; prose under the title line is the description.
    let a = by("Harmonic tide predictor");
    assert_eq!(a.source.line, 6);
    assert_eq!(
        a.description.as_deref(),
        Some("Replace the lookup tables with a harmonic model fitted to station data.")
    );
    assert_eq!(mentors(a), ["Mara Quill", "Oskar Fenn"]);
    assert_eq!(a.mentors[0].github.as_deref(), Some("maraquill"));
    assert_eq!(skill_ids(a), ["rust", "numerical methods"]);
    assert_eq!(a.difficulty, level("hard"));
    assert_eq!(a.hours, vec![350]);
    // A rule between records ends the last field of the one above.
    let b = by("Station data importer");
    assert_eq!(b.source.line, 15);
    assert_eq!(
        b.description.as_deref(),
        Some("Read the national station archives into Kelpie's own format.")
    );
    assert_eq!(b.mentors[0].email.as_deref(), Some("oskar@kelpie.example"));
    assert_eq!(skill_ids(b), ["python", "csv"]);
    assert_eq!(b.difficulty, level("easy"));
    assert_eq!(b.hours, Vec::<u32>::new());
    let c = by("Tide widget for the web");
    assert_eq!(mentors(c), ["@junebright"]);
    assert_eq!(skill_ids(c), ["typescript", "svg"]);
    assert_eq!(c.hours, vec![175]);
    assert_eq!(c.difficulty, None);
    // The page title is only a name and an ideas page's words ("Kelpie: GSoC 2026 project
    // ideas"): that name is the organisation, though no programme list knows it.
    assert_eq!(a.org.as_deref(), Some("Kelpie"));

    // List items "- Title: X" with their fields on the next lines, under a project heading.
    let d = by("Chart layers for currents");
    assert_eq!(d.source.line, 33);
    assert_eq!(mentors(d), ["Ivo Berg", "Mara Quill"]);
    assert_eq!(skill_ids(d), ["javascript", "webgl"]);
    assert_eq!(d.difficulty, level("medium"));
    assert_eq!(d.org.as_deref(), Some("Nautilus"));
    let e = by("Print-friendly charts");
    assert_eq!(mentors(e), ["Ivo Berg"]);
    assert_eq!(skill_ids(e), ["css"]);
    assert_eq!(e.org.as_deref(), Some("Nautilus"));

    // The template is reported as not counted.
    assert!(page
        .skipped
        .iter()
        .any(|s| s.title == "Proposal template" && s.reason == SkipReason::Template));
}

#[test]
fn chinese_records_led_by_the_project_name_are_ideas() {
    let (ideas, _) = parse("title-records-zh.md");
    assert_eq!(titles(&ideas), ["潮汐预测服务", "观测站数据清洗"]);
    let a = &ideas[0];
    assert_eq!(a.source.line, 5);
    assert_eq!(
        a.description.as_deref(),
        Some("把潮汐预测做成一个 HTTP 服务。")
    );
    assert_eq!(mentors(a), ["周海"]);
    assert_eq!(a.mentors[0].github.as_deref(), Some("zhouhai"));
    assert_eq!(skill_ids(a), ["go", "kubernetes"]);
    // 进阶, OSPP's "Advanced".
    assert_eq!(a.difficulty, level("hard"));
    let b = &ideas[1];
    assert_eq!(mentors(b), ["林岚"]);
    assert_eq!(skill_ids(b), ["python"]);
    assert_eq!(b.difficulty, level("easy"));
}

#[test]
fn chinese_records_give_each_mentor_their_contact() {
    // "导师联系方式" (the mentor's contact) after "项目社区导师：@lina" is lina's address; the
    // co-mentor's field holds a handle and the address it spells, one person; "暂无" (none
    // yet) is no one. "高"/"中" are difficulties; lead-ins and "等…经验优先" ("and so on,
    // experience preferred") are not part of a skill.
    let (ideas, _) = parse("chinese-records-contacts.md");
    assert_eq!(titles(&ideas), ["Quux 打包工具", "Quux 的 Rust 支持"]);
    let people = |i: &Idea| -> Vec<(Option<String>, Option<String>)> {
        (i.mentors.iter())
            .map(|m| (m.github.clone(), m.email.clone()))
            .collect()
    };
    let person = |h: &str, e: &str| (Some(h.to_string()), Some(e.to_string()));
    assert_eq!(
        people(&ideas[0]),
        [
            person("lina", "lina@example.org"),
            person("bochen", "bochen@example.org")
        ]
    );
    assert_eq!(people(&ideas[1]), [person("bochen", "bochen@example.org")]);
    assert!(ideas.iter().all(|i| i.contacts.is_empty()));
    assert_eq!(ideas[0].difficulty, level("hard"));
    assert_eq!(ideas[1].difficulty, level("medium"));
    assert_eq!(ideas[0].skills, ["Linux 命令", "deb", "rpm", "AUR"]);
    assert_eq!(ideas[1].skills, ["Rust"]);
}

#[test]
fn one_record_or_records_of_one_field_are_not_a_list_of_ideas() {
    // Two title fields, but only one record gives two idea fields: the page is one idea read
    // by the other layouts, as before.
    let text = "# Ideas\n\nTitle: Offline maps\nMentors: Lia Ross\nSkills: JavaScript\n\n\
                Title: Weekly call\nMentors: everyone\n";
    let page = parse_text("one.md", text);
    assert!(page.ideas.len() <= 1, "{:?}", page.ideas);
    // Records whose only field is a title are not ideas.
    let text = "# Talks\n\nTitle: Intro to maps\n\nTitle: Routing deep dive\n";
    let page = parse_text("talks.md", text);
    assert!(page.ideas.is_empty(), "{:?}", page.ideas);
}

#[test]
fn a_title_heading_names_its_section_whatever_follows() {
    // "## Project Title: X" headings, each with prose and one field: the heading's value is the
    // title, never a field of the section.
    let text = "# Ideas\n\n## Project Title: Offline maps\n\nCache the map tiles on the \
                device so that the viewer keeps working without any network.\n\nMentors: Lia \
                Ross, Tom Vale\n\n## Project Title: Route planner\n\nPlan routes between \
                the waypoints a walker saves, with a simple graph search.\n\nMentors: Tom \
                Vale\n";
    let page = parse_text("headings.md", text);
    let ideas: Vec<&Idea> = page.ideas.iter().map(|p| &p.idea).collect();
    let titles: Vec<&str> = ideas.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["Offline maps", "Route planner"]);
}

/// A site's JSON data file of ideas: an array of objects, or an object holding the array
/// (`{"year": ..., "projects": [...]}`); each idea at the line of its title, "Project 1."
/// numbering gone, and `hours: 350` kept beside a `size` word that gives no hours.
#[test]
fn json_data_files_of_ideas() {
    let array = r#"[
  {
    "title": "Project 1. Faster tiles",
    "supervisors": ["Ana Ruiz", "Tom Li"],
    "description": "Cache the tiles.",
    "size": "Large",
    "difficulty": "Hard"
  },
  {
    "title": "Smaller maps",
    "supervisors": ["Tom Li"],
    "description": "Shrink them.",
    "size": "Medium"
  }
]"#;
    let page = parse_text("data/ideas.json", array);
    let ideas: Vec<&Idea> = page.ideas.iter().map(|p| &p.idea).collect();
    let titles: Vec<&str> = ideas.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["Faster tiles", "Smaller maps"]);
    assert_eq!(mentors(ideas[0]), ["Ana Ruiz", "Tom Li"]);
    assert_eq!(
        (ideas[0].hours.clone(), ideas[1].hours.clone()),
        (vec![350], vec![175])
    );
    assert_eq!(ideas[0].difficulty, Difficulty::parse("hard"));
    assert_eq!((ideas[0].source.line, ideas[1].source.line), (3, 10));
    let wrapped = r#"{"year": 2026, "projects": [
      {"title": "Usability engine", "size": "big", "hours": 350, "description": "Read the tests.", "mentors": ["Marc"]}
    ]}"#;
    let page = parse_text("gsoc-ideas.json", wrapped);
    assert_eq!(page.ideas.len(), 1);
    assert_eq!(page.ideas[0].idea.hours, [350]);
    // JSON that is not a list of ideas gives none, and no panic.
    assert!(parse_text("x.json", r#"{"name": "pkg", "version": "1.0"}"#)
        .ideas
        .is_empty());
    assert!(parse_text("y.json", "[1, 2").ideas.is_empty());
}

#[test]
fn a_lektor_record_is_one_idea() {
    let record = "_model: project-idea\n---\ntitle: Tide table widget\n---\nproblem:\n\
The harbour page shows no tides.\n----\nIt should.\n---\nskills_recommended:\n- Git\n\
- JavaScript\n---\nlead:\n- Ines Varga\n---\ndifficulty: Medium\n---\nsize: Large (~350 hours)\n";
    let page = parse_text("content/ideas/tides/contents.lr", record);
    let ideas: Vec<&Idea> = page.ideas.iter().map(|p| &p.idea).collect();
    assert_eq!(ideas.len(), 1);
    assert_eq!(ideas[0].title, "Tide table widget");
    assert_eq!(ideas[0].difficulty, Difficulty::parse("medium"));
    assert_eq!(ideas[0].hours, [350]);
    assert_eq!(ideas[0].skills, ["Git", "JavaScript"]);
    assert_eq!(ideas[0].source.line, 3);
    // A record of no idea, or text that is no record, gives none.
    assert!(
        parse_text("blog/contents.lr", "title: News\n---\nbody: Hello\n")
            .ideas
            .is_empty()
    );
    assert!(parse_text("x/contents.lr", "Just a line of prose.\n")
        .ideas
        .is_empty());
}

#[test]
fn a_one_idea_file_is_titled_by_its_front_matter_not_its_introduction_section() {
    let text = "---\ntitle: \"Fuzz the Widget Parser\"\n---\n### Introduction\n\
                **Security-related project**\n\n\
                1 contributor, large-size (350 hours), Level of difficulty: Intermediate\n\n\
                The widget parser reads untrusted files; this project writes fuzz harnesses \
                for it and fixes what they find, across several releases of the library.\n\
                ### Mentors\n Ann Lee, project lead (ann at example dot org), TBD\n";
    let page = parse_text("fuzz.md", text);
    let ideas: Vec<&Idea> = page.ideas.iter().map(|p| &p.idea).collect();
    assert_eq!(ideas.len(), 1);
    assert_eq!(ideas[0].title, "Fuzz the Widget Parser");
    assert_eq!(ideas[0].hours, vec![350]);
    assert_eq!(
        ideas[0].difficulty.map(|d| d.to_string()).as_deref(),
        Some("medium")
    );
    assert_eq!(ideas[0].mentors.len(), 1);
    assert_eq!(
        ideas[0].mentors[0].email.as_deref(),
        Some("ann@example.org")
    );
}
