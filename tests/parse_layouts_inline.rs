//! The layout of ideas as list items with inline fields ("- [Title](issue) — Mentors: A; Skills:
//! B; Difficulty: medium"), read from fixtures written for this project
//! (tests/fixtures/layouts/inline-field-items*.md).

mod common;
use common::{ideas_without_warnings as parse_text, layout_fixture as parse};
use common::{skill_ids, titles};

use ideas::model::{Difficulty, Idea, Status};

/// Each mentor's name, "" for a mentor without one: unlike [`common::mentor_names`], a nameless
/// mentor still counts.
fn mentors(idea: &Idea) -> Vec<&str> {
    idea.mentors
        .iter()
        .map(|m| m.name.as_deref().unwrap_or(""))
        .collect()
}

fn level(text: &str) -> Option<Difficulty> {
    Difficulty::parse(text)
}

#[test]
fn list_items_with_inline_fields_are_ideas() {
    let ideas = parse("inline-field-items.md");
    assert_eq!(
        titles(&ideas),
        [
            "Faster index rebuilds",
            "Plugin sandbox",
            "Docs site search",
            "Offline note sync",
            "Accessible reader view",
            "Theme editor",
            "Tidal export",
            "Map overlays",
            "Sensor import",
            "Label cleanup",
            "Old theme picker",
            "Old sync daemon",
        ]
    );
    let by = |t: &str| ideas.iter().find(|i| i.title == t).unwrap();

    // Link titles, fields after " — " and ";".
    let a = by("Faster index rebuilds");
    assert_eq!(mentors(a), ["Jane Roe", "Sam Poe"]);
    assert_eq!(skill_ids(a), ["rust", "sql"]);
    assert_eq!(a.difficulty, level("medium"));
    assert_eq!(a.hours, Vec::<u32>::new());
    assert_eq!(
        a.upstream_issues,
        ["https://github.com/lanternfish/engine/issues/12"]
    );
    assert_eq!(a.description, None);
    assert_eq!(a.org.as_deref(), Some("Index engine"));
    assert_eq!(a.source.line, 8);
    let b = by("Plugin sandbox");
    assert_eq!(mentors(b), ["Ana Lima"]);
    assert_eq!(skill_ids(b), ["go", "webassembly"]);
    assert_eq!(b.difficulty, level("hard"));
    assert_eq!(b.hours, vec![350]);
    // A title that links a page, not an issue: a link. Prose after ";" is the description.
    let c = by("Docs site search");
    assert!(c.upstream_issues.is_empty());
    assert_eq!(c.links, ["https://lanternfish.example/docs/search"]);
    assert_eq!(mentors(c), ["Bo Chen"]);
    assert_eq!(c.difficulty, level("easy"));
    assert_eq!(
        c.description.as_deref(),
        Some("we meet weekly on the forum")
    );

    // Numbered bold titles, prose, then fields after a line break and ". ": an initial ("J.
    // Keller") does not end the value.
    let d = by("Offline note sync");
    assert_eq!(
        d.description.as_deref(),
        Some("Keep notes in sync when the laptop is offline.")
    );
    assert_eq!(mentors(d), ["J. Keller", "Mira Osei"]);
    assert_eq!(skill_ids(d), ["typescript", "sqlite"]);
    assert_eq!(d.difficulty, level("medium"));
    // The heading was read as one idea from these items' fields alone: it is their project.
    assert_eq!(d.org.as_deref(), Some("Desktop client"));
    let e = by("Accessible reader view");
    assert_eq!(mentors(e), ["Mira Osei"]);
    assert_eq!(skill_ids(e), ["react"]);
    assert_eq!(e.difficulty, level("easy"));
    assert_eq!(e.hours, vec![90]);
    // "__Title__ –" and bold labels after " | ".
    let f = by("Theme editor");
    assert_eq!(mentors(f), ["Tomas Vidal"]);
    assert_eq!(skill_ids(f), ["css", "javascript"]);
    assert_eq!(f.hours, vec![175]);
    assert_eq!(f.difficulty, None);

    // Plain titles up to ": ", fields after " · ".
    let g = by("Tidal export");
    assert_eq!(
        g.description.as_deref(),
        Some("Export field notes as tide-table CSV.")
    );
    assert_eq!(mentors(g), ["Ivo Berg"]);
    assert_eq!(skill_ids(g), ["python"]);
    assert_eq!(g.difficulty, level("medium"));
    assert_eq!(g.org.as_deref(), Some("Data tools"));
    let h = by("Map overlays");
    assert_eq!(mentors(h), ["Lena Park", "Ivo Berg"]);
    assert_eq!(skill_ids(h), ["python", "leaflet"]);
    assert_eq!(h.hours, vec![175]);
    // An italic title, one field per line.
    let s = by("Sensor import");
    assert_eq!(mentors(s), ["Lena Park"]);
    assert_eq!(skill_ids(s), ["python"]);
    assert_eq!(s.difficulty, level("hard"));
    assert_eq!(
        s.description.as_deref(),
        Some("Read buoy sensor logs into notes.")
    );
    // In a list of ideas, an item with one field is an idea; one without is not.
    let l = by("Label cleanup");
    assert_eq!(mentors(l), ["Ivo Berg"]);
    assert!(l.skills.is_empty());

    // Under "## Archived ideas": archived, as ideas under headings there are.
    let o = by("Old theme picker");
    assert_eq!(o.status, Some(Status::Archived));
    assert_eq!(
        o.upstream_issues,
        ["https://github.com/lanternfish/desktop/issues/7"]
    );
    assert_eq!(a.status, None);
}

#[test]
fn prose_lists_past_projects_and_lists_inside_ideas_are_not_ideas() {
    // Lists that start with labels, mention "Skills" in a sentence, give two fields in one item
    // only (or two fields of which one says nothing: "Difficulty: depends on the week"), follow
    // "Past projects:", sit in a code block or inside an idea found under its heading: only
    // that idea is read.
    let ideas = parse("inline-field-items-not-ideas.md");
    assert_eq!(titles(&ideas), ["Tidal charts"]);
    assert_eq!(mentors(&ideas[0]), ["Ola Brandt", "Pia Lund"]);
    assert_eq!(ideas[0].hours, Vec::<u32>::new());
}

#[test]
fn one_item_with_fields_is_not_a_list_of_ideas() {
    let one = "# Notes\n\n- [Faster rebuilds](https://github.com/o/r/issues/1) — Mentors: Ana Lima; Skills: Rust\n- [Forum](https://forum.example) — say hello\n";
    assert!(parse_text("one.md", one).is_empty());
    let two = one.replace(
        "say hello",
        "Mentors: Bo Chen; Difficulty: easy; Size: 90 hours",
    );
    let ideas = parse_text("two.md", &two);
    assert_eq!(titles(&ideas), ["Faster rebuilds", "Forum"]);
    assert_eq!(ideas[1].hours, vec![90]);
    assert_eq!(
        ideas[0].upstream_issues,
        ["https://github.com/o/r/issues/1"]
    );
}

#[test]
fn values_never_swallow_the_next_field() {
    let text = "1. **Query cache** - Cache query plans (Mentors: Ana Lima, Bo Chen; Skills: Rust) for speed.\n\
                2. **Index stats** - Mentors: Cy Dunn, Skills: SQL, Difficulty: Hard\n";
    let ideas = parse_text("inline.md", text);
    assert_eq!(titles(&ideas), ["Query cache", "Index stats"]);
    assert_eq!(mentors(&ideas[0]), ["Ana Lima", "Bo Chen"]);
    assert_eq!(skill_ids(&ideas[0]), ["rust"]);
    assert_eq!(
        ideas[0].description.as_deref(),
        Some("Cache query plans for speed.")
    );
    assert_eq!(mentors(&ideas[1]), ["Cy Dunn"]);
    assert_eq!(skill_ids(&ideas[1]), ["sql"]);
    assert_eq!(ideas[1].difficulty, level("hard"));
}

#[test]
fn paragraphs_led_by_a_bold_title_with_inline_fields_are_ideas() {
    let page = "# Project ideas\n\nWe have several ideas this year.\n\n\
        **Faster index builds.** The index is rebuilt on every change. Make it incremental. \
        Mentors: Ana Ruiz. Skills: Rust. Size: 350 hours.\n\n\
        **Plugin marketplace**: let users find plugins in the UI.\nMentors: Bo Chen\n\
        Skills: TypeScript, React\n\n\
        **Note:** proposals are due in March.\n";
    let ideas = parse_text("ideas.md", page);
    assert_eq!(
        titles(&ideas),
        ["Faster index builds", "Plugin marketplace"]
    );
    assert_eq!(mentors(&ideas[0]), ["Ana Ruiz"]);
    assert_eq!(ideas[0].hours, [350]);
    assert_eq!(ideas[1].skills, ["TypeScript", "React"]);
    // Bold paragraphs that give no fields are prose, not ideas.
    let prose = "# Ideas\n\n**Note:** proposals are due in March.\n\n**Tip:** ask early.\n";
    assert!(parse_text("notes.md", prose).is_empty());
}

#[test]
fn numbered_items_with_their_fields_as_nested_bullets_are_ideas() {
    // Every nested bullet is a line of its item, not only the first ("Mentors: ..." and
    // "Skills: ..." both), so the items give two fields each.
    let page =
        "# Ideas\n\nSome intro.\n\n1. **Incremental parsing** - Reparse changed regions.\n   \
        - Mentors: Ana Ruiz\n   - Skills: Rust\n   - Difficulty: Hard\n\
        2. **Query planner** - Cost-based planning.\n   - Mentors: Bo Chen\n   - Skills: C++\n   \
        - Difficulty: Medium\n";
    let ideas = parse_text("ideas.md", page);
    assert_eq!(titles(&ideas), ["Incremental parsing", "Query planner"]);
    assert_eq!(mentors(&ideas[1]), ["Bo Chen"]);
    assert_eq!(ideas[0].difficulty, level("hard"));
    assert_eq!(skill_ids(&ideas[1]), ["cpp"]);
}

#[test]
fn bullets_named_by_a_bold_phrase_with_facts_in_prose_are_ideas() {
    // Area headings, each with a list: every top-level bullet is an idea named by its bold
    // phrase (at the start, inside the first sentence, or a bold link), its size and level in a
    // clause of the prose, its skills labelled inline and its experts in a paragraph of its
    // own; an "Experts:" line above an area's list names the mentors of the bullets that name
    // none. A list of bold names with plain prose is not ideas, and the page's title (read as
    // one idea from the sizes "## Project size" gives every idea) is the page, not an idea.
    let ideas = parse("inline-bold-bullets.md");
    assert_eq!(
        titles(&ideas),
        [
            "Tile cache warmup",
            "depth contour renderer",
            "tide table parser",
            "Anchor watch alarm",
            "Night mode for charts",
            "Publish the passage planner as a web page",
        ]
    );
    let by = |t: &str| ideas.iter().find(|i| i.title == t).unwrap();
    let a = by("Tile cache warmup");
    assert_eq!(a.hours, [175, 350]);
    assert_eq!(a.difficulty, None, "'difficulty will vary' is no level");
    assert_eq!(skill_ids(a), ["rust", "sqlite"]);
    let b = by("depth contour renderer");
    assert_eq!(b.hours, [350]);
    assert_eq!(b.difficulty, level("hard"));
    assert_eq!(mentors(b), ["Ines Varga", "Tomas Bell"]);
    let c = by("tide table parser");
    assert_eq!(c.hours, [175]);
    assert_eq!(c.difficulty, level("medium"));
    assert_eq!(mentors(c), ["Ruth Okafor"]);
    let d = by("Anchor watch alarm");
    assert_eq!(mentors(d), ["Milo Grant", "Asha Noor"]);
    assert_eq!(d.difficulty, level("medium"));
    let e = by("Night mode for charts");
    assert_eq!(mentors(e), ["Milo Grant", "Asha Noor"]);
    assert_eq!(e.hours, [175, 350]);
    assert_eq!(e.difficulty, level("easy-medium"));
    // A list of one bullet that reads as an idea (a title, a paragraph, its size in a clause of
    // its own after "!") is the idea of its area; a skills label inside the prose keeps its
    // value across the line break. A short bullet with an hour count in a sentence is not.
    let f = by("Publish the passage planner as a web page");
    assert_eq!(f.hours, [90]);
    assert_eq!(f.difficulty, level("easy"));
    assert_eq!(mentors(f), ["Dora Lind"]);
    assert_eq!(skill_ids(f), ["svelte", "typescript"]);
}

#[test]
fn a_value_at_a_line_start_goes_on_where_its_sentence_wraps_in_lower_case() {
    // "_Skills_: Coursework and/or professional" wraps onto "experience in ..." in the same
    // paragraph: the sentence is the value; a new sentence on a new line is not.
    let text = "# Ideas\n\n1. **Faster renderer**\n\n   Make it faster.\n\n   _Skills_: Coursework and/or professional\n   experience in computer graphics.\n\n   _Possible Mentors_: Ada Quill\n\n   _Size_: 175 hours\n\n2. **Plugin catalogue**\n\n   A catalogue.\n\n   _Skills_: Rust.\n   Tell us what you built.\n\n   _Possible Mentors_: Bo Rennet\n\n   _Size_: 350 hours\n";
    let ideas = parse_text("wrapped.md", text);
    assert_eq!(titles(&ideas), ["Faster renderer", "Plugin catalogue"]);
    assert_eq!(ideas[0].skills, ["computer graphics"]);
    assert_eq!(ideas[1].skills, ["Rust"]);
}

#[test]
fn numbered_paragraphs_named_by_their_first_sentence_with_bold_facts_are_ideas() {
    let ideas = parse("numbered-paragraphs.md");
    // The steps of "How to apply" and "Propose your own project!" are not ideas.
    assert_eq!(
        titles(&ideas),
        [
            "A health page for package mirrors",
            "Installer accessibility"
        ]
    );
    // "**Skill Level: Easy**" is the difficulty, up to the bold's end; the bold sentence after
    // it asks for the skills.
    assert_eq!(ideas[0].difficulty, level("easy"));
    assert_eq!(ideas[1].difficulty, level("medium"));
    assert_eq!(ideas[0].skills, ["Python", "bash"]);
    assert_eq!(ideas[1].skills, ["GTK", "Python"]);
    assert_eq!(ideas[0].links, ["https://tarn.example/mirrors"]);
    assert!(ideas.iter().all(|i| i.mentors.is_empty()));
}
