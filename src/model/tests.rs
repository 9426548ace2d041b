//! Tests of the idea model: ids, sizes, skills text, mentors.

#[test]
fn skills_text_is_one_line_whatever_the_page_wrote() {
    use super::skills_line;
    assert_eq!(skills_line("Go, Kubernetes"), "Go, Kubernetes");
    assert_eq!(skills_line("- Go\n- Kubernetes"), "Go, Kubernetes");
    assert_eq!(
        skills_line("* Go\n  * Kubernetes\n1. Rust\n2) C"),
        "Go, Kubernetes, Rust, C"
    );
    // A wrapped item stays one item; a label's items follow it.
    assert_eq!(
        skills_line("- Strong Haskell (Haskell 2010\n  standards)\n- Nix"),
        "Strong Haskell (Haskell 2010 standards), Nix"
    );
    assert_eq!(skills_line("Required:\n- Go\n- Rust"), "Required: Go, Rust");
    assert_eq!(skills_line("Go, Rust\nGo, Rust"), "Go, Rust");
    // Not list markers: a dash against a word, a bold label.
    assert_eq!(skills_line("-Go\n**Rust**"), "-Go, **Rust**");
    assert_eq!(skills_line(" - \n"), "");
}

use super::*;

#[test]
fn slugs_fold_other_characters_and_stop_at_80() {
    assert_eq!(slugify("  Harbor CLI: v2.0 (ß边缘) "), "harbor-cli-v2-0");
    assert_eq!(slugify("éé"), "");
    let long = "abcdefghij ".repeat(10);
    let slug = slugify(&long);
    assert_eq!(slug.len(), 80);
    assert!(!slug.ends_with('-'));
    assert_eq!(
        Idea::make_id(None, Some(2025), Some("Org"), "--"),
        "2025-org-idea"
    );
}

#[test]
fn level_words_are_read_in_any_case() {
    assert_eq!(Level::parse_word(" EASY "), Some(Level::Easy));
    assert_eq!(Level::parse_word("Intermediate"), Some(Level::Medium));
    assert_eq!(Level::parse_word("Challenging"), Some(Level::Hard));
    // The ends of a scale: "Difficulty: Lowest".
    assert_eq!(Level::parse_word("Lowest"), Some(Level::Easy));
    assert_eq!(Level::parse_word("highest"), Some(Level::Hard));
    assert_eq!(Level::parse_word("\u{212a}"), None);
    for w in ["small", "large", "", "easyx"] {
        assert_eq!(Level::parse_word(w), None, "{w:?}");
    }
}

#[test]
fn ids_write_the_year_as_format_does() {
    for y in [0u16, 7, 10, 99, 100, 2025, 9999, 10000, u16::MAX] {
        let id = Idea::make_id(Some(Program::Gsoc), Some(y), Some("Org"), "T");
        assert_eq!(id, format!("{}-{y}-org-t", Program::Gsoc.as_str()));
    }
}

#[test]
fn titles_without_ascii_letters_get_distinct_ids() {
    let a = Idea::make_id(None, Some(2026), None, "边缘节点自愈");
    let b = Idea::make_id(None, Some(2026), None, "配置中心可视化");
    assert!(
        a.starts_with("2026-idea-") && a.len() == "2026-idea-".len() + 8,
        "{a}"
    );
    assert_ne!(a, b);
    assert_eq!(a, Idea::make_id(None, Some(2026), None, " 边缘节点自愈 "));
    assert_eq!(Idea::make_id(None, None, None, ""), "idea");
    assert_eq!(Idea::make_id(None, None, None, "Go 工具"), "go");
}

#[test]
fn difficulty_words_and_ranges() {
    let cases = [
        ("Medium", Some("medium")),
        ("hard", Some("hard")),
        ("Medium to Hard", Some("medium-hard")),
        ("medium/high", Some("medium-hard")),
        ("**High** (350 hours)", Some("hard")),
        ("very high", Some("hard")),
        ("Intermediate", Some("medium")),
        // Levels of the skill asked for, listed.
        ("Intermediate, Experienced", Some("medium-hard")),
        ("Novice, Intermediate", Some("easy-medium")),
        ("small", None),
        ("Large (350 hours)", None),
        ("", None),
    ];
    for (text, want) in cases {
        let got = Difficulty::parse(text).map(|d| d.to_string());
        assert_eq!(got.as_deref(), want, "{text:?}");
    }
}

#[test]
fn difficulty_range_includes_both_ends() {
    let d = Difficulty::parse("Medium to Hard").unwrap();
    assert!(d.includes(Level::Medium));
    assert!(d.includes(Level::Hard));
    assert!(!d.includes(Level::Easy));
}

#[test]
fn difficulty_round_trips_through_json() {
    let d = Difficulty::parse("medium to hard").unwrap();
    let json = serde_json::to_string(&d).unwrap();
    assert_eq!(json, "\"medium-hard\"");
    let back: Difficulty = serde_json::from_str(&json).unwrap();
    assert_eq!(back, d);
}

#[test]
fn programs_are_recognised() {
    assert_eq!(
        Program::parse("Google Summer of Code 2025"),
        Some(Program::Gsoc)
    );
    assert_eq!(Program::parse("GSoC"), Some(Program::Gsoc));
    assert_eq!(Program::parse("LFX Mentorship"), Some(Program::Lfx));
    assert_eq!(Program::parse("OSPP"), Some(Program::Other));
    assert_eq!(Program::parse(" "), None);
}

#[test]
fn ids_are_slugs_of_known_parts() {
    assert_eq!(
        Idea::make_id(Some(Program::Lfx), Some(2025), Some("Harbor"), "Harbor CLI"),
        "lfx-2025-harbor-harbor-cli"
    );
    assert_eq!(
        Idea::make_id(None, None, None, "[PM Mentorship] Traceloop GTM"),
        "pm-mentorship-traceloop-gtm"
    );
    assert_eq!(Idea::make_id(None, None, None, "…"), "idea");
}
