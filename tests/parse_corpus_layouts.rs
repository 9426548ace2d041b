//! Page layouts found in the wider corpus of real idea pages, read from fixtures written for
//! this project (tests/fixtures/layouts/*.txt: invented projects, the layout's shape only). Every
//! case pins the number of ideas, their titles and lines, and the fields that layout is known
//! for.
//!
//! The fixtures are `.txt` so that `ideas list tests/fixtures/layouts` (which reads `.md` files,
//! see tests/cli.rs) keeps its own set of pages; `parse_page` does not look at the extension.

mod common;
use common::layout_fixture as parse;
use common::{layout_text, parse_text_page, skill_ids, titles};
use ideas::model::{Idea, Mentor, Program};
use ideas::parse::ParsedIdea;

/// Parses a fixture as if it were the file `path` (the path can title an idea).
fn parse_as(name: &str, path: &str) -> Vec<ParsedIdea> {
    let page = parse_text_page(path, &layout_text(name));
    assert!(page.warnings.is_empty(), "{name}: {:?}", page.warnings);
    page.ideas
}

fn lines(ideas: &[Idea]) -> Vec<usize> {
    ideas.iter().map(|i| i.source.line).collect()
}

fn difficulty(idea: &Idea) -> Option<String> {
    idea.difficulty.map(|d| d.to_string())
}

fn handle(github: &str) -> Mentor {
    Mentor {
        name: None,
        github: Some(github.into()),
        email: None,
        affiliation: None,
    }
}

fn person(name: &str, github: &str) -> Mentor {
    Mentor {
        name: Some(name.into()),
        github: Some(github.into()),
        email: None,
        affiliation: None,
    }
}

#[test]
fn one_idea_per_file_titled_by_its_name() {
    // No front-matter and no title heading: "## Project Goal", "## Skills to Learn/Improve",
    // "## Outcomes", "## Potential Mentors" make the file one idea, named after the file.
    let parsed = parse_as(
        "file-name-title.txt",
        "sig-outreach/gsoc/harbourline-crane-integration.md",
    );
    let ideas: Vec<&Idea> = parsed.iter().map(|p| &p.idea).collect();
    assert_eq!(ideas.len(), 1);
    let idea = ideas[0];
    assert_eq!(idea.title, "Harbourline crane integration");
    assert_eq!(idea.source.line, 1);
    assert!(idea
        .description
        .as_deref()
        .unwrap()
        .starts_with("Let [Harbourline]"));
    assert_eq!(skill_ids(idea), ["go", "kubernetes", "jenkins"]);
    assert!(idea
        .expected_outcomes
        .as_deref()
        .unwrap()
        .contains("Logs kept after a run ends"));
    assert_eq!(
        idea.mentors,
        [
            person("Lena Quay", "lenaquay"),
            person("mooring-bot", "mooringbot")
        ]
    );
    assert_eq!(idea.links, ["https://harbourline.example/docs"]);
    // A path flattened with "__" keeps only the file's own name.
    let flat = parse_as(
        "file-name-title.txt",
        "sig-outreach__gsoc__harbourline-crane-integration.md",
    );
    assert_eq!(flat[0].idea.title, "Harbourline crane integration");
    // A generic file name titles nothing.
    assert!(parse_as("file-name-title.txt", "gsoc/README.md").is_empty());
}

#[test]
fn size_sections_and_plain_label_lines() {
    let ideas = parse("size-sections.txt");
    // "Tidy the store path helpers" has only "Possible mentors:": it is an idea because its
    // siblings are. "Before you apply" (a "Requirements:" list, no mentors) is not.
    assert_eq!(
        titles(&ideas),
        [
            "Tidy the store path helpers",
            "Address types for the module system",
            "Packaging support for Crystal programs",
            "Faster output path cache",
            "Language support in the dev shell",
        ]
    );
    assert_eq!(lines(&ideas), [7, 17, 34, 50, 63]);
    // Hours come from "## small (90 hours)" / "## large (350 hours)"; the size heading is not
    // the project.
    let hours: Vec<&[u32]> = ideas.iter().map(|i| i.hours.as_slice()).collect();
    assert_eq!(hours, [&[90][..], &[90], &[90], &[350], &[350]]);
    assert!(ideas.iter().all(|i| i.org.is_none()));
    let tidy = &ideas[0];
    assert_eq!(tidy.mentors, [handle("keelson")]);
    assert!(tidy
        .description
        .as_deref()
        .unwrap()
        .starts_with("The store path helpers"));
    assert_eq!(difficulty(tidy), None);
    // "Rating:" with the value on the next line; "Prior efforts:" ends it, so "basic" in that
    // prose does not widen the difficulty.
    let addr = &ideas[1];
    assert_eq!(difficulty(addr).as_deref(), Some("medium"));
    assert_eq!(addr.mentors, [handle("gunwale")]);
    assert_eq!(skill_ids(addr), ["networking"]);
    // Lettered list markers ("a.", "b.") are not skills.
    let crystal = &ideas[2];
    assert_eq!(skill_ids(crystal), ["nix", "shell", "crystal", "ruby"]);
    assert_eq!(difficulty(crystal).as_deref(), Some("easy"));
    // " Rating: Hard" indented under a list; two mentors.
    let cache = &ideas[3];
    assert_eq!(difficulty(cache).as_deref(), Some("hard"));
    assert_eq!(skill_ids(cache), ["rust"]);
    assert_eq!(cache.mentors, [handle("keelson"), handle("bilge-pump")]);
    // "Possible mentors" without a colon.
    let shell = &ideas[4];
    assert_eq!(shell.mentors, [handle("gunwale")]);
    assert_eq!(difficulty(shell).as_deref(), Some("medium"));
}

#[test]
fn front_matter_with_name_and_project_size() {
    let ideas = parse("front-matter-name.txt");
    assert_eq!(
        titles(&ideas),
        ["Photograph stacking for the lantern survey"]
    );
    let idea = &ideas[0];
    assert_eq!(idea.source.line, 1);
    assert_eq!(idea.program, Some(Program::Gsoc));
    assert_eq!(idea.org.as_deref(), Some("lanternpy"));
    assert_eq!(difficulty(idea).as_deref(), Some("hard"));
    assert_eq!(idea.hours, vec![350]);
    assert_eq!(skill_ids(idea), ["python", "optics"]);
    assert_eq!(
        idea.upstream_issues,
        ["https://github.com/lanternpy/lanternpy/issues/4021"]
    );
    // A bare lower-case item is a login, all the page names that person by: both the name and
    // the handle. A capitalised word may be a first name.
    assert_eq!(
        idea.mentors,
        [
            Mentor {
                name: Some("wickfinder".into()),
                github: Some("wickfinder".into()),
                email: None,
                affiliation: None,
            },
            Mentor {
                name: Some("Ember".into()),
                github: None,
                email: None,
                affiliation: None,
            }
        ]
    );
    // The body's "# Description" section, not the one-line `desc`.
    assert!(idea
        .description
        .as_deref()
        .unwrap()
        .starts_with("Many amateurs will photograph"));
    // The same layout's template ("Example project") is no idea.
    assert!(parse("front-matter-example.txt").is_empty());
}

#[test]
fn idea_headings_with_field_subheadings() {
    let parsed = parse_as("idea-subheadings.txt", "idea-subheadings.txt");
    let ideas: Vec<Idea> = parsed.iter().map(|p| p.idea.clone()).collect();
    // Not ideas: the quick-reference table, the open-tasks table, the "(Not a GSoC Idea)"
    // spotlight; "### Reference Platform" and "### Minimum Viable Product (MVP)" are parts of
    // the idea above them.
    assert_eq!(
        titles(&ideas),
        [
            "Tide Gateway — One Door Between Agents and the Harbour",
            "Tide Observatory — Watching Agents at Sea",
            "Tide Test Bench — Checking Agents Before They Sail",
        ]
    );
    assert_eq!(lines(&ideas), [39, 86, 117]);
    let gateway = &ideas[0];
    assert_eq!(gateway.program, Some(Program::Gsoc));
    assert_eq!(gateway.year, Some(2026));
    assert_eq!(difficulty(gateway).as_deref(), Some("hard"));
    assert_eq!(gateway.hours, vec![350]);
    // "Rust programming (async/await)" is one written item; it names rust (the parenthesised
    // async/await is not matched there yet: open point of the skills rework).
    assert_eq!(gateway.skills, ["Rust programming (async/await)", "MQTT"]);
    assert_eq!(skill_ids(gateway), ["rust", "mqtt"]);
    let desc = gateway.description.as_deref().unwrap();
    assert!(desc.starts_with("Build a gateway"), "{desc}");
    assert!(desc.contains("caches answers"), "{desc}");
    assert!(gateway
        .expected_outcomes
        .as_deref()
        .unwrap()
        .contains("Two device plugins"));
    // "- handle (Full Name)": the page writes mentors handle first.
    assert_eq!(
        gateway.mentors,
        [
            person("Mara Quay", "quaysider"),
            person("Ben Pilot", "pilotfish")
        ]
    );
    // The field headings are recorded where they are written.
    let mentors_field = parsed[0]
        .fields
        .iter()
        .find(|f| f.label == "Mentors")
        .unwrap();
    assert_eq!((mentors_field.line, mentors_field.heading), (80, true));
    // An inline "**Mentors**:" paragraph and a "### Mentors" list name the same people once.
    let observatory = &ideas[1];
    assert_eq!(
        observatory.mentors,
        [
            person("Ben Pilot", "pilotfish"),
            person("Mara Quay", "quaysider")
        ]
    );
    assert_eq!(observatory.hours, vec![175]);
    assert_eq!(
        observatory.description.as_deref(),
        Some("A panel that shows what every agent is doing.")
    );
    // "## Project 3:" is the same layout.
    assert_eq!(ideas[2].mentors, [person("Ben Pilot", "pilotfish")]);
}

#[test]
fn difficulty_and_requirements_headings() {
    let ideas = parse("difficulty-requirements.txt");
    // The last idea's heading is written " ## ..." (indented, still a heading) and has no
    // mentors; it is an idea because its siblings are.
    assert_eq!(
        titles(&ideas),
        [
            "Find the slow algorithms",
            "Progress for long training runs",
            "Arrow buffers as feature storage",
        ]
    );
    assert_eq!(lines(&ideas), [10, 39, 55]);
    let slow = &ideas[0];
    // "**Medium to difficult**, you will need:" then the skills as a list.
    assert_eq!(difficulty(slow).as_deref(), Some("medium-hard"));
    assert_eq!(skill_ids(slow), ["cpp", "mathematics"]);
    assert_eq!(slow.mentors[0], person("Ada", "adalovel"));
    assert_eq!(slow.mentors[1].github.as_deref(), Some("bobstone"));
    // The text under the title comes first, then "### Details"; the "### Runtime" section
    // with its table is not the description.
    let desc = slow.description.as_deref().unwrap();
    assert!(desc.starts_with("We keep improving"), "{desc}");
    assert!(desc.ends_with("Here are some topics to cover."), "{desc}");
    let progress = &ideas[1];
    assert_eq!(difficulty(progress).as_deref(), Some("easy-medium"));
    assert_eq!(skill_ids(progress), ["cpp", "python"]);
    let arrow = &ideas[2];
    assert_eq!(difficulty(arrow).as_deref(), Some("medium"));
    assert!(arrow.mentors.is_empty());
    assert!(arrow
        .description
        .as_deref()
        .unwrap()
        .contains("columnar memory format"));
}

#[test]
fn template_with_placeholders_has_no_ideas() {
    // "###  Idea Title" and `{{ Trivial - Easy - Moderate - Hard }}` cells mark a template.
    assert!(parse("template-placeholders.txt").is_empty());
}

#[test]
fn header_row_of_labels_over_one_row_of_values() {
    let parsed = parse_as("header-table-fields.txt", "header-table-fields.txt");
    let ideas: Vec<Idea> = parsed.iter().map(|p| p.idea.clone()).collect();
    // The second idea's mentors cell is still a `{{ ... }}` placeholder: not an idea yet. The
    // page-level "## Mentors" section does not make the organisation an idea.
    assert_eq!(titles(&ideas), ["Faster sparse solvers"]);
    let idea = &ideas[0];
    assert_eq!(idea.source.line, 9);
    assert_eq!(idea.org.as_deref(), Some("Kelpie"));
    assert_eq!(difficulty(idea).as_deref(), Some("medium"));
    assert_eq!(skill_ids(idea), ["cpp", "python", "mathematics"]);
    assert_eq!(idea.mentors, [handle("annreef"), handle("olutide")]);
    assert_eq!(
        idea.description.as_deref(),
        Some("Speed up the sparse solvers by reusing factorisations.")
    );
    // The table's labels are fields at their header cells.
    let fields: Vec<(&str, usize, usize)> = parsed[0]
        .fields
        .iter()
        .map(|f| (f.label.as_str(), f.line, f.column))
        .collect();
    assert!(fields.contains(&("Intensity", 15, 5)), "{fields:?}");
    assert!(fields.contains(&("Mentors", 15, 51)), "{fields:?}");
}

#[test]
fn key_value_rows_inside_an_idea() {
    let parsed = parse_as("row-table-fields.txt", "row-table-fields.txt");
    let ideas: Vec<Idea> = parsed.iter().map(|p| p.idea.clone()).collect();
    assert_eq!(
        titles(&ideas),
        [
            "Forest monitoring from open land datasets",
            "Packaging the engine"
        ]
    );
    assert_eq!(lines(&ideas), [7, 31]);
    let forest = &ideas[0];
    assert_eq!(forest.program, Some(Program::Gsoc));
    assert_eq!(forest.year, Some(2023));
    assert_eq!(difficulty(forest).as_deref(), Some("medium"));
    assert_eq!(forest.hours, vec![175]);
    assert_eq!(skill_ids(forest), ["python", "mongodb"]);
    assert_eq!(forest.mentors, [handle("barkbeetle"), handle("sapwood")]);
    // The description stops at the table; the "Stakeholder" table is not fields.
    let desc = forest.description.as_deref().unwrap();
    assert!(desc.starts_with("Find small squares"), "{desc}");
    assert!(!desc.contains("| Difficulty"), "{desc}");
    let size = parsed[0]
        .fields
        .iter()
        .find(|f| f.label == "Project Size")
        .unwrap();
    assert_eq!(
        (size.line, size.column, size.value.as_str()),
        (18, 3, "Medium (175 hours)")
    );
    let engine = &ideas[1];
    assert_eq!(difficulty(engine).as_deref(), Some("hard"));
    assert_eq!(engine.hours, vec![350]);
    assert_eq!(skill_ids(engine), ["cpp", "cmake"]);
    assert_eq!(engine.mentors, [handle("sapwood")]);
}

#[test]
fn bold_labels_with_line_breaks_and_coding_mentors() {
    let ideas = parse("bold-label-br.txt");
    // "Administrative notes" has no fields; the indented table of contents is no idea.
    assert_eq!(titles(&ideas), ["Port the toolkit to Python 3"]);
    let idea = &ideas[0];
    assert_eq!(idea.source.line, 8);
    assert_eq!(skill_ids(idea), ["python", "gtk"]);
    // "**Coding Mentors**<br>" lists the mentors; "Assisting Mentors: None." adds nobody.
    assert_eq!(
        idea.mentors,
        [person("Ria Sail", "riasail"), person("Tom Mast", "tommast")]
    );
    let desc = idea.description.as_deref().unwrap();
    assert!(desc.starts_with("The toolkit runs on Python 2"), "{desc}");
    assert!(!desc.contains("Coding Mentors"), "{desc}");
}

#[test]
fn programme_heading_above_a_table_of_ideas() {
    let ideas = parse("program-heading-table.txt");
    assert_eq!(titles(&ideas), ["Skiffyard Hull Scanner", "Skiffyard Docs"]);
    assert_eq!(lines(&ideas), [17, 18]);
    // "# Summer OSPP" names the programme, not the project: the project is the one the intro
    // under "## Skiffyard" names.
    assert!(ideas.iter().all(|i| i.org.as_deref() == Some("Skiffyard")));
    let scanner = &ideas[0];
    assert_eq!(difficulty(scanner).as_deref(), Some("medium"));
    assert_eq!(skill_ids(scanner), ["go", "kubernetes"]);
    assert_eq!(
        scanner.mentors,
        [person("Ona Keel", "onakeel"), person("Per Oar", "peroar")]
    );
    // "</br>" (a closing tag used as a line break) splits the cell like "<br/>".
    assert_eq!(
        scanner.description.as_deref(),
        Some("Scan hulls for damage.")
    );
}
