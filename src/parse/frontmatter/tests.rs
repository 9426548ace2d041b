//! Tests of the front-matter reader.

use super::named::PROGRAM_NAMES;
use super::*;
use crate::model::Program;

fn both(yaml: &str, toml: &str) -> [FrontMatter; 2] {
    let y = format!("---\n{yaml}---\nbody\n");
    let t = format!("+++\n{toml}+++\nbody\n");
    let ys = split(&y).unwrap();
    let ts = split(&t).unwrap();
    assert_eq!(ys.body, "body\n");
    assert_eq!(ts.body, "body\n");
    [
        parse(ys.front.unwrap()).unwrap(),
        parse(ts.front.unwrap()).unwrap(),
    ]
}

#[test]
fn same_keys_in_yaml_and_toml() {
    for fm in both(
        "title: Google Summer of Code 2025\norg: Kubeflow\nterm: 2025 Term 3 (Sep-Nov)\nfoo: [1, 2]\n",
        "# a comment\ntitle = \"Google Summer of Code 2025\"\norg = \"Kubeflow\"\nterm = \"2025 Term 3 (Sep-Nov)\"\nfoo = [1, 2]\n",
    ) {
        assert_eq!(fm.title.as_deref(), Some("Google Summer of Code 2025"));
        assert_eq!(fm.org.as_deref(), Some("Kubeflow"));
        assert_eq!(fm.program, Some(Program::Gsoc));
        assert_eq!(fm.year, Some(2025));
        assert_eq!(fm.term.as_deref(), Some("2025 Term 3 (Sep-Nov)"));
        assert!(!fm.describes_one_idea);
    }
}

#[test]
fn idea_keys_in_yaml_and_toml() {
    for fm in both(
        "title: X\nprogram: lfx\nyear: 2024\ndifficulty: Medium to Hard\nhours: 350\nskills: [Golang, k8s]\nmentors:\n  - name: A B\n    github: ab\n",
        "title = \"X\"\nprogram = \"lfx\"\nyear = 2024\ndifficulty = \"Medium to Hard\"\nhours = 350\nskills = [\"Golang\", \"k8s\"]\n[[mentors]]\nname = \"A B\"\ngithub = \"ab\"\n",
    ) {
        assert_eq!(fm.program, Some(Program::Lfx));
        assert_eq!(fm.year, Some(2024));
        assert_eq!(difficulty_of(&fm).unwrap().to_string(), "medium-hard");
        assert_eq!(fm.size_raw.as_deref().map(crate::parse::hours::parse_hours), Some(vec![350]));
        assert_eq!(fm.skills, vec!["Golang", "k8s"]);
        assert_eq!(fm.all_mentors()[0].github.as_deref(), Some("ab"));
        assert!(fm.describes_one_idea);
    }
}

#[test]
fn jekyll_mentor_maps() {
    let text = "---\nproject_mentors:\n  - email: a@b.org\n    first_name: Ada\n    last_name: L\n    is_preferred_contact: yes\n---\n";
    let fm = parse(split(text).unwrap().front.unwrap()).unwrap();
    assert_eq!(fm.all_mentors()[0].name.as_deref(), Some("Ada L"));
    assert_eq!(fm.all_mentors()[0].email.as_deref(), Some("a@b.org"));
}

#[test]
fn jekyll_collection_keys() {
    for fm in both(
        "name: Stack photos\ndesc: One line\ninitiatives:\n - GSOC\ncollaborating_projects: [lanternpy]\nproject_size: ['350 h / large']\nmentors: [wickfinder, Ember, BH3GEI]\n",
        "name = \"Stack photos\"\ndesc = \"One line\"\ninitiatives = [\"GSOC\"]\ncollaborating_projects = [\"lanternpy\"]\nproject_size = [\"350 h / large\"]\nmentors = [\"wickfinder\", \"Ember\", \"BH3GEI\"]\n",
    ) {
        assert_eq!(fm.title.as_deref(), Some("Stack photos"));
        assert_eq!(fm.description.as_deref(), Some("One line"));
        assert_eq!(fm.program, Some(Program::Gsoc));
        assert_eq!(fm.org.as_deref(), Some("lanternpy"));
        assert_eq!(fm.size_raw.as_deref().map(crate::parse::hours::parse_hours), Some(vec![350]));
        let all = fm.all_mentors();
        let gh: Vec<Option<&str>> = all.iter().map(|m| m.github.as_deref()).collect();
        assert_eq!(gh, [Some("wickfinder"), None, Some("BH3GEI")]);
        assert_eq!(all[1].name.as_deref(), Some("Ember"));
    }
    // `name` is a title only in a file that describes one idea.
    for fm in both("name: Lanternpy\n", "name = \"Lanternpy\"\n") {
        assert_eq!(fm.title, None);
    }
}

#[test]
fn no_front_matter_and_thematic_break() {
    let s = split("# Title\n---\n").unwrap();
    assert!(s.front.is_none());
    let s = split("---\n\nSome text\n").unwrap();
    assert!(s.front.is_none());
}

#[test]
fn unclosed_front_matter_is_an_error() {
    let e = split("---\ntitle: x\nbody\n").unwrap_err();
    assert_eq!(e.line, 1);
    assert!(e.message.contains("never closed"));
    assert!(split("+++\ntitle = 1\n").is_err());
}

#[test]
fn syntax_errors_carry_the_page_line() {
    let text = "+++\ntitle = \"ok\"\nbad = = 1\n+++\n";
    let e = parse(split(text).unwrap().front.unwrap()).unwrap_err();
    assert_eq!(e.line, 3, "{e:?}");
    let text = "---\ntitle: ok\nlist: [1, 2\n---\n";
    let e = parse(split(text).unwrap().front.unwrap()).unwrap_err();
    assert!(e.line >= 3, "{e:?}");
}

#[test]
fn a_broken_key_costs_only_itself() {
    // "tags:" has one item indented three spaces and the next one: YAML refuses the block.
    let text = "---\nname: Quux bridge\nmentors:\n - Ana Lima\ntags:\n   - 175h\n - Go\n---\n";
    let raw = split(text).unwrap().front.unwrap();
    assert!(parse(raw).is_err());
    let fm = parse_salvaged(raw).unwrap();
    assert_eq!(fm.title.as_deref(), Some("Quux bridge"));
    let texts: Vec<_> = fm.mentor_texts.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, ["Ana Lima"]);
    // Nothing to salvage from a block that is one broken key.
    let text = "---\nlist: [1, 2\n---\n";
    assert!(parse_salvaged(split(text).unwrap().front.unwrap()).is_none());
}

#[test]
fn years_and_programs_in_text() {
    assert_eq!(find_year("Project Ideas for 2025 GSoC"), Some(2025));
    assert_eq!(find_year("2024 and 2025"), None);
    assert_eq!(find_year("issue 12025"), None);
    assert_eq!(detect_program("GSoC 2024"), Some(Program::Gsoc));
    assert_eq!(detect_program("LFX Mentorship 2025"), Some(Program::Lfx));
    assert_eq!(detect_program("Hello"), None);
    // Another programme counts only when neither GSoC nor LFX is named.
    assert_eq!(detect_program("开源之夏 2026"), Some(Program::Other));
    assert_eq!(detect_program("Summer OSPP"), Some(Program::Other));
    assert_eq!(detect_program("GSoC, or OSPP"), Some(Program::Gsoc));
    assert_eq!(detect_program("GSoC or LFX"), None);
}

/// [`detect_program`] as first written: one case-insensitive automaton over the whole text,
/// stopping once GSoC and LFX are both seen.
fn detect_program_reference(text: &str) -> Option<Program> {
    let names = aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(PROGRAM_NAMES)
        .expect("fixed patterns");
    let (mut gsoc, mut lfx, mut other) = (false, false, false);
    for m in names.find_overlapping_iter(text) {
        match m.pattern().as_usize() {
            p if p < 3 => gsoc = true,
            p if p < 6 => lfx = true,
            _ => other = true,
        }
        if gsoc && lfx {
            break;
        }
    }
    match (gsoc, lfx, other) {
        (true, false, _) => Some(Program::Gsoc),
        (false, true, _) => Some(Program::Lfx),
        (false, false, true) => Some(Program::Other),
        _ => None,
    }
}

proptest::proptest! {
    #[test]
    fn programs_are_detected_as_first_written(
        parts in proptest::collection::vec(
            "(Summer of Code|SUMMER OF CODE|summerofcode|GSoC|gsoc|LFX|lfx|CommunityBridge|Community Bridge|OSPP|ospp|Open Source Promotion Plan|开源之夏|开源|summer|of|code|lf|x|G|s|o|c| |\\n|é|\u{212a}|\u{17f})",
            0..12,
        )
    ) {
        let text = parts.concat();
        proptest::prop_assert_eq!(detect_program(&text), detect_program_reference(&text));
    }
}

#[test]
fn mentor_maps_with_a_profile_or_contact_link() {
    let text = "title: X\nmentors:\n  - name: Ada Lee\n    link: \"https://github.com/adalee\"\n  - name: Bo Chan\n    link: \"mailto:bo@example.org\"\n  - name: Cy Dee\n    link: \"https://example.org/people/cy\"\n";
    let page = format!("---\n{text}---\nbody\n");
    let fm = parse(split(&page).unwrap().front.unwrap()).unwrap();
    let m = fm.all_mentors();
    assert_eq!(m[0].github.as_deref(), Some("adalee"));
    assert_eq!(m[1].email.as_deref(), Some("bo@example.org"));
    assert_eq!(
        (m[2].github.as_deref(), m[2].email.as_deref()),
        (None, None)
    );
}

#[test]
fn any_key_ending_in_a_word_of_size_is_the_size() {
    for key in [
        "est_project_length",
        "project-length",
        "Expected Duration",
        "hours",
    ] {
        let [fm, _] = both(&format!("{key}: 350 hours\n"), "x = 1\n");
        assert_eq!(fm.size_raw.as_deref(), Some("350 hours"), "{key}");
        assert!(fm.describes_one_idea, "{key}");
    }
    for key in ["lengthy", "sizes_note"] {
        let [fm, _] = both(&format!("{key}: 350 hours\n"), "x = 1\n");
        assert_eq!(fm.size_raw, None, "{key}");
    }
}

#[test]
fn keys_written_as_labels_name_their_fields() {
    // A page's label as a key, with its qualifier before or after the noun.
    for key in ["required_skills", "skills_recommended", "Skills-Preferred"] {
        let [fm, _] = both(&format!("{key}: [Go, Rust]\n"), "x = 1\n");
        assert_eq!(fm.skills, ["Go", "Rust"], "{key}");
    }
    let [fm, _] = both("lead: [Ines Varga]\n", "x = 1\n");
    assert_eq!(fm.mentor_texts.len() + fm.mentors.len(), 1);
    // A theme's lede under `lead:` is no one.
    let [fm, _] = both("lead: Documentation and examples for tables.\n", "x = 1\n");
    assert!(fm.mentors.is_empty() && fm.mentor_texts.is_empty());
    // Other words after a noun of a field name no field: "mentor_avail" is a period.
    let [fm, _] = both("mentor_avail: June-October\n", "x = 1\n");
    assert!(fm.mentors.is_empty() && fm.mentor_texts.is_empty());
    assert!(!fm.describes_one_idea);
}
