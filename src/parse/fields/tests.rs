//! Tests of the field-label reader.
use super::*;

fn label(line: &str) -> Option<(Field, String)> {
    find_label(line, false).map(|l| (l.field, line[l.value_start..].trim().to_string()))
}

#[test]
fn label_forms() {
    let cases: &[(&str, Field, &str)] = &[
        ("- Description: text here", Field::Description, "text here"),
        ("* **Level**: Advanced", Field::Difficulty, "Advanced"),
        ("Experience level: Beginner", Field::Difficulty, "Beginner"),
        ("- Complexity: high", Field::Difficulty, "high"),
        ("- **Description:** text", Field::Description, "text"),
        ("- **Description**: text", Field::Description, "text"),
        ("- **Description**:", Field::Description, ""),
        ("- Expected Outcome", Field::Outcomes, ""),
        ("- Recommended Skills", Field::Skills, ""),
        ("- Mentor", Field::Mentors, ""),
        ("- Mentor(s):", Field::Mentors, ""),
        ("- **Mentor(s)**:", Field::Mentors, ""),
        ("  - Mentors:", Field::Mentors, ""),
        ("-\tPotential Mentors: A @a", Field::Mentors, "A @a"),
        ("* _Difficulty:_ Medium", Field::Difficulty, "Medium"),
        ("* _Mentors_: A, B", Field::Mentors, "A, B"),
        (
            "_Expected Project Size_: 175 hours",
            Field::Size,
            "175 hours",
        ),
        ("**Github issue**: https://x", Field::Upstream, "https://x"),
        ("**Project size**: 12 weeks", Field::Size, "12 weeks"),
        (
            "Expected Size of the Project: 175+ hours",
            Field::Size,
            "175+ hours",
        ),
        ("description: |", Field::Description, "|"),
        ("expectedOutcome:", Field::Outcomes, ""),
        (
            "- Upstream Issue (URL): https://x",
            Field::Upstream,
            "https://x",
        ),
        (
            "- Upstream Issue:[https://x](https://x)",
            Field::Upstream,
            "[https://x](https://x)",
        ),
        ("- Description:<br/>", Field::Description, "<br/>"),
        ("Skills Required", Field::Skills, ""),
        ("Possible mentors", Field::Mentors, ""),
        ("Tracking issue: TBD", Field::Upstream, "TBD"),
        (
            "- Type: maintainer mentorship",
            Field::Other,
            "maintainer mentorship",
        ),
        ("**Hours: 350**", Field::Size, "350**"),
        ("> - **Mentors**: X", Field::Mentors, "X"),
        ("**Coding Mentors**<br>", Field::Mentors, "<br>"),
        ("Possible Mentors:", Field::Mentors, ""),
        ("Prior efforts:", Field::Other, ""),
        ("Helpful Experience", Field::Skills, ""),
        ("**Languages and skills needed**", Field::Skills, ""),
        ("- **Rate:** Easy", Field::Difficulty, "Easy"),
        ("**Skills.** C++, threads.", Field::Skills, "C++, threads."),
        (
            "**Summary.** What it does.",
            Field::Description,
            "What it does.",
        ),
        (
            "Mentors - Ada Lee, Bo Chen",
            Field::Mentors,
            "Ada Lee, Bo Chen",
        ),
        ("Difficulty — Medium", Field::Difficulty, "Medium"),
        ("- **Skills** – C++, Eigen", Field::Skills, "C++, Eigen"),
    ];
    for (line, field, value) in cases {
        let got = label(line);
        assert_eq!(got, Some((*field, value.to_string())), "{line:?}");
    }
}

#[test]
fn not_labels() {
    for line in [
        "- Clean up and merge the open issues and PRs",
        "Description of the architecture follows.",
        "- [Description](#description)",
        "Some text: with a colon",
        "Project",
        "- Kubeflow Pipelines",
        "`description: x`",
        "| Project | Area |",
        "This description: is prose",
        // A full stop ends an emphasised label only: plain "Skills. Go" is a sentence.
        "Skills. Go is needed",
        "**Skills...** maybe",
        // A dash ends a label only between spaces, and only for the idea's own fields.
        "Mentors-only meetings are weekly",
        "**Stretch goals** — five more tools",
        "Go - the language",
    ] {
        assert_eq!(label(line), None, "{line:?}");
    }
}

#[test]
fn emoji_before_labels_are_decoration() {
    let cases: &[(&str, Field, &str)] = &[
        (
            "👥 **Mentor(s):** Ada Lee, Bo Chen",
            Field::Mentors,
            "Ada Lee, Bo Chen",
        ),
        ("**:bulb: Description**", Field::Description, ""),
        ("**💡 Description:** text", Field::Description, "text"),
        ("- ⏳ **Project Duration:**", Field::Size, ""),
        ("📈 Difficulty: Medium", Field::Difficulty, "Medium"),
        ("❤️ Skills: Go", Field::Skills, "Go"),
    ];
    for (line, field, value) in cases {
        assert_eq!(label(line), Some((*field, value.to_string())), "{line:?}");
    }
    assert_eq!(label("💡 Some idea about mentors"), None);
    assert_eq!(emoji_prefix_len(":not a code: x"), 0);
}

#[test]
fn html_bold_labels() {
    let cases: &[(&str, Field, &str)] = &[
        (
            "<b>Mentors:</b> Ada Lee, Bo Chen",
            Field::Mentors,
            "Ada Lee, Bo Chen",
        ),
        (
            "<strong>Difficulty</strong>: Hard",
            Field::Difficulty,
            "Hard",
        ),
        ("- <B>Skills:</B> Go", Field::Skills, "Go"),
    ];
    for (line, field, value) in cases {
        assert_eq!(label(line), Some((*field, value.to_string())), "{line:?}");
    }
    assert_eq!(label("<b>Note</b>: read this"), None);
}

#[test]
fn misspellings_are_marked() {
    let l = find_label("- Descrption: x", false).unwrap();
    assert_eq!(l.field, Field::Description);
    assert!(l.misspelt);
    let l = find_label("- Metor(s):", false).unwrap();
    assert_eq!(l.field, Field::Mentors);
    assert!(l.misspelt);
    // A slip of the hand in one word of a label the table lists is that label, misspelt.
    for line in [
        "**Reommended skills:** C++",
        "**Recommanded skills:** Go",
        "- Upstraeam Issue: https://x.org/1",
        "Difficutly",
    ] {
        let heading = !line.contains(':');
        let l = find_label(line, heading).unwrap_or_else(|| panic!("{line}"));
        assert!(l.misspelt, "{line}");
    }
    assert_eq!(
        label("**Recommanded skills:** Go").unwrap().0,
        Field::Skills
    );
    // Two slips, a plural, or a short word are not read as one.
    for line in [
        "Recomanded skils: Go",
        "Projects: many",
        "Mentee: Ann",
        "Remarks: none",
    ] {
        assert_eq!(label(line), None, "{line}");
    }
}

#[test]
fn heading_labels() {
    let l = find_label("Mentors @Electronic-Waste , Andrey", true).unwrap();
    assert_eq!(l.field, Field::Mentors);
    assert!(find_label("Mentors @Electronic-Waste", false).is_none());
    let l = find_label("Difficulty: Medium", true).unwrap();
    assert_eq!(l.field, Field::Difficulty);
    let l = find_label("Component", true).unwrap();
    assert_eq!(l.field, Field::Component);
}

#[test]
fn compound_difficulty_labels() {
    let l = find_label("Difficulty & Requirements", true).unwrap();
    assert_eq!(l.field, Field::Difficulty);
    assert!(names_skills(&l.text));
    assert!(!names_skills("Difficulty"));
    assert!(!names_skills("Skills"));
}

#[test]
fn the_label_table_names_exactly_the_fields_of_the_code() {
    let table = read_label_table(LABELS_TOML).expect("schemas/labels.toml reads");
    for field in Field::ALL {
        assert!(
            table.index.values().any(|(f, _)| *f == field),
            "no label for {field:?}"
        );
    }
    assert!(read_label_table("[colour]\nlabels = [\"colour\"]")
        .unwrap_err()
        .contains("unknown variant `colour`"));
    let without_term = LABELS_TOML.replace("[term]", "[terms]");
    assert!(read_label_table(&without_term).is_err());
    assert_eq!(difficulty_word("进阶"), Some("hard"));
    assert_eq!(difficulty_word("Medium"), None);
    assert_eq!(difficulty_word("Difícil"), Some("hard"));
    // A misspelt key is not taken for a language.
    let typo = LABELS_TOML.replacen("misspellings = [", "mispellings = [", 1);
    assert!(read_label_table(&typo)
        .unwrap_err()
        .contains("'mispellings', which is neither labels, misspellings nor a two-letter"));
}

#[test]
fn labels_of_other_languages() {
    let cases: &[(&str, Field, &str)] = &[
        ("**Descripción:** texto", Field::Description, "texto"),
        ("- Mentores: Ana Gómez", Field::Mentors, "Ana Gómez"),
        ("Habilidades requeridas: Go", Field::Skills, "Go"),
        ("**Dificultad:** Media", Field::Difficulty, "Media"),
        ("Duração: 175 horas", Field::Size, "175 horas"),
        ("Compétences requises : Rust", Field::Skills, "Rust"),
        ("Betreuer: Max Muster", Field::Mentors, "Max Muster"),
    ];
    for (line, field, value) in cases {
        assert_eq!(label(line), Some((*field, value.to_string())), "{line:?}");
    }
}

#[test]
fn chinese_labels() {
    let cases: &[(&str, Field, &str)] = &[
        ("项目名称：边缘节点自愈", Field::Title, "边缘节点自愈"),
        (
            "- **项目描述**：为调度器增加插件",
            Field::Description,
            "为调度器增加插件",
        ),
        (
            "1. 导师: 张伟 (@zhangwei)",
            Field::Mentors,
            "张伟 (@zhangwei)",
        ),
        ("技能要求：Go, Kubernetes", Field::Skills, "Go, Kubernetes"),
        ("难度：进阶", Field::Difficulty, "进阶"),
        ("预期成果：", Field::Outcomes, ""),
        ("项目链接: https://x", Field::Links, "https://x"),
    ];
    for (line, field, value) in cases {
        assert_eq!(label(line), Some((*field, value.to_string())), "{line:?}");
    }
    assert_eq!(label("项目的背景是这样的"), None);
}

#[test]
fn normalisation() {
    assert_eq!(normalize_label("Mentor(s)"), "mentors");
    // "(s)" after a plural is a slip: still the plural.
    assert_eq!(normalize_label("Mentors(s)"), "mentors");
    assert_eq!(
        normalize_label("Contact(s) / potential mentors(s)"),
        "contacts / potential mentors"
    );
    assert_eq!(
        normalize_label("Upstream Issue (URL)"),
        "upstream issue url"
    );
    assert_eq!(normalize_label("expectedOutcome"), "expected outcome");
    assert_eq!(normalize_label("GitHub Issue"), "github issue");
    assert_eq!(
        normalize_label("GitHub Issues References"),
        "github issues references"
    );
    assert_eq!(
        normalize_label("Why This Project Matters?"),
        "why this project matters"
    );
    assert_eq!(
        normalize_label("Skills Required/Preferred"),
        "skills required/preferred"
    );
    // An abbreviation's full stop goes; a sentence's stays, so the sentence is no label.
    assert_eq!(normalize_label("Tech. Requirements"), "tech requirements");
    assert_eq!(normalize_label("SQLite. Difficulty"), "sqlite. difficulty");
}

#[test]
fn a_bracket_before_a_wide_character_is_no_overflow() {
    // The bracket's text was counted before its index: "n(𑌏" subtracted 4 from 2.
    assert!(find_label("n(\u{1130f}", false).is_none());
    assert!(find_label("- Mentors (𑌏𑌏): Ana", false).is_some());
}

#[test]
fn a_programme_name_before_a_known_label_keeps_its_field() {
    // "_GSoC Project Size_: 90 or 175 hours": the programme says whose size it is.
    assert_eq!(
        label("_GSoC Project Size_: 90 or 175 hours"),
        Some((Field::Size, "90 or 175 hours".to_string()))
    );
    assert_eq!(
        label("**LFX Mentors:** Ann Lee").map(|f| f.0),
        Some(Field::Mentors)
    );
    // A programme name alone, or before words that are no label, is not a label.
    assert_eq!(label("GSoC: apply by April"), None);
    assert_eq!(label("GSoC fun facts: many"), None);
}

#[test]
fn labels_joined_by_and_and_wiki_help_links() {
    // Two emphasised labels joined by "and" are one label, with or without a wiki's "[?]" help
    // link between them; a help link after a label is no value.
    let cases: &[(&str, Field, &str)] = &[
        ("**Project size** and **Difficulty**", Field::Size, ""),
        (
            "**Project size**[[?]](https://w.example/Sizes)and**Difficulty**",
            Field::Size,
            "",
        ),
        (
            "**Project size** [?] & **Difficulty:** hard",
            Field::Size,
            "hard",
        ),
        (
            "**Difficulty**[[?]](https://w.example/Help)",
            Field::Difficulty,
            "",
        ),
        ("**Difficulty** [?]", Field::Difficulty, ""),
        ("**Duration:**:", Field::Size, ""),
        ("**Duration:**: 175 hours", Field::Size, "175 hours"),
    ];
    for (line, field, value) in cases {
        assert_eq!(label(line), Some((*field, value.to_string())), "{line}");
    }
    // A second label that is prose, or a link of another text, is not joined.
    assert_eq!(
        label("**Mentors** and [their notes](https://n.example)"),
        None
    );
}

#[test]
fn a_word_that_softens_a_facts_label_keeps_its_field() {
    assert_eq!(
        label("- Suggested size: Medium"),
        Some((Field::Size, "Medium".into()))
    );
    assert_eq!(
        label("- Proposed difficulty: hard"),
        Some((Field::Difficulty, "hard".into()))
    );
    assert_eq!(
        label("- Useful skills: Go"),
        Some((Field::Skills, "Go".into()))
    );
    // Only a fact's: "Suggested issues" are issues to start with, not the idea's own issue.
    assert_ne!(
        label("- Suggested issues: #12").map(|l| l.0),
        Some(Field::Upstream)
    );
}

#[test]
fn two_labels_joined_by_a_slash() {
    // One of them names the mentors: the mentors, with their contacts.
    assert_eq!(
        lookup("contacts / potential mentors").map(|(f, _)| f),
        Some(Field::Mentors)
    );
    // Two of one field: that field.
    assert_eq!(
        lookup("expected outcomes / deliverables").map(|(f, _)| f),
        Some(Field::Outcomes)
    );
    // Two of different fields, neither the mentors: no label.
    assert_eq!(lookup("skills / mentorship slack channel"), None);
    // A label of no known field may end in "(s)".
    assert_eq!(
        unknown_label("**Associated community project(s):** Quux"),
        Some("Associated community project(s)")
    );
}

#[test]
fn a_remark_in_brackets_is_left_out_of_a_label_only_at_its_end() {
    let skills = find_label("- Skills (nice to have)", false).map(|l| l.field);
    assert_eq!(skills, Some(Field::Skills));
    // A list item naming a thing, with words after its brackets, is no label.
    assert!(find_label("- skill (concept card) content", false).is_none());
}

#[test]
fn a_name_before_the_mentors_label_keeps_it_a_mentors_label() {
    let field = |l: &str| find_label(l, false).map(|l| l.field);
    assert_eq!(field("**Quuxlib Mentors:** Ana Lima"), Some(Field::Mentors));
    assert_eq!(field("**Quuxlib Mentors**: Ana Lima"), Some(Field::Mentors));
    // Past mentors are other people; a phrase is no owner.
    assert_eq!(field("**Past mentors:** Ana Lima"), None);
    assert_eq!(lookup("the quuxlib mentors"), None);
}
