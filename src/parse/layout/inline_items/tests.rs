//! Unit tests of the inline-field list items recogniser.

use super::*;

#[test]
fn colons_of_labels_are_counted_up_to_two_and_urls_are_not() {
    let count = |text: &str| {
        let lines: Vec<(&str, bool)> = text.lines().map(|l| (l, false)).collect();
        colons(&RawItem {
            line: 1,
            last: 1,
            lines: &lines,
        })
    };
    assert_eq!(count("[A](https://x.org/a) - Mentors: Ana"), 1);
    assert_eq!(count("A\nMentors: Ana\nSkills: Go: a lot: really"), 2);
    assert_eq!(count("导师：王芳；技能：Go"), 2);
    assert_eq!(count("A: b"), 1);
    assert_eq!(count("see http://a.org and ftp://b.org"), 0);
}

fn item(text: &str) -> Option<ItemIdea> {
    let lines: Vec<(&str, bool)> = text.lines().map(|l| (l, false)).collect();
    let raw = RawItem {
        line: 1,
        last: 1,
        lines: &lines,
    };
    read_item(&raw)
}

fn field(i: &ItemIdea, f: Field) -> Option<&str> {
    i.fields
        .iter()
        .find(|(g, _)| *g == f)
        .map(|(_, v)| v.as_str())
}

#[test]
fn values_end_at_the_next_label_or_sentence() {
    let i = item("[Faster rebuilds](https://x.org/o/r/issues/1) — Mentors: Jane Roe, Sam Poe; Skills: Rust, SQL; Difficulty: medium").unwrap();
    assert_eq!(i.title, "Faster rebuilds");
    assert_eq!(i.link.as_deref(), Some("https://x.org/o/r/issues/1"));
    assert_eq!(field(&i, Field::Mentors), Some("Jane Roe, Sam Poe"));
    assert_eq!(field(&i, Field::Skills), Some("Rust, SQL"));
    assert_eq!(field(&i, Field::Difficulty), Some("medium"));
    assert_eq!(i.prose, "");
    let i = item("**Sandbox** — Run plugins. Safely.\nMentors: J. Roe, Sam Poe. Skills: Go. Sandboxing is hard.").unwrap();
    assert_eq!(i.title, "Sandbox");
    assert_eq!(field(&i, Field::Mentors), Some("J. Roe, Sam Poe"));
    assert_eq!(field(&i, Field::Skills), Some("Go"));
    assert_eq!(i.prose, "Run plugins. Safely. Sandboxing is hard.");
    let i = item("Plain title: prose here (Mentors: Ada | Bo; Size: 90 hours) more.").unwrap();
    assert_eq!(i.title, "Plain title");
    assert_eq!(field(&i, Field::Mentors), Some("Ada; Bo"));
    assert_eq!(field(&i, Field::Size), Some("90 hours"));
    assert_eq!(i.prose, "prose here more.");
    // The title's own full stop, inside its emphasis, ends it.
    let i =
        item("**Sandboxed builds.** Run each build alone. Mentor: Eva Novak. Skills: C.").unwrap();
    assert_eq!(i.title, "Sandboxed builds");
    assert_eq!(field(&i, Field::Mentors), Some("Eva Novak"));
    let i = item("_Italic idea_ · **Mentors:** Ana · **Skills:** C；**Size:** 90h").unwrap();
    assert_eq!(i.title, "Italic idea");
    assert_eq!(field(&i, Field::Mentors), Some("Ana"));
    assert_eq!(field(&i, Field::Skills), Some("C"));
    assert_eq!(field(&i, Field::Size), Some("90h"));
    // A title followed by a label with no separator between them.
    for text in [
        "**Query cache** **Mentors:** Ana; Skills: Go",
        "Query cache; Mentors: Ana; Skills: Go",
    ] {
        let i = item(text).unwrap();
        assert_eq!(i.title, "Query cache", "{text}");
        assert_eq!(field(&i, Field::Mentors), Some("Ana"), "{text}");
        assert_eq!(field(&i, Field::Skills), Some("Go"), "{text}");
    }
}

#[test]
fn items_without_a_title_are_not_ideas() {
    assert!(item("Mentors: please be responsive").is_none());
    assert!(item("**Mentors:** Ana; Skills: Go").is_none());
    assert!(item("Medium: Mentors: Ana; Skills: Go").is_none());
    // A sentence before the first separator is not a title.
    assert!(item("We did this. And that: Mentors: Ana").is_none());
    // "Skills" in a sentence is not a label.
    let i = item("[Guide](https://x.org) - Skills in Rust help; see the docs").unwrap();
    assert!(i.fields.is_empty(), "{i:?}");
}

#[test]
fn a_label_inside_bold_ends_with_the_bold() {
    let piece = "**Level: Easy** **You should know Go**.";
    let at = fields::find_label(piece, false).unwrap().value_start;
    assert_eq!(
        cut_bold(piece, at),
        Some((" Easy", " **You should know Go**."))
    );
    // Bold around the label only: the value runs on.
    let piece = "**Level:** Easy, then more";
    let at = fields::find_label(piece, false).unwrap().value_start;
    assert_eq!(cut_bold(piece, at), None);
}

#[test]
fn a_link_at_a_sentence_end_ends_the_sentence() {
    assert!(sentence_end(
        "Build a page for [mirrors](https://x.org/m)",
        "It shows"
    ));
    assert!(!sentence_end("Ask J", "Roe about it"));
}
