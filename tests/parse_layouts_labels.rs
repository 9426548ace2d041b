//! Which labels name which field and how a label ends, read from fixtures written for this
//! project (tests/fixtures/layouts/label-*.md): labels named by one of their words when the
//! value is that field's fact, one set of endings for every bold label, and a bold list item
//! that ends the skills before it.

mod common;
use common::layout_ideas as parse;
use ideas::model::{Difficulty, Idea};

fn by<'a>(ideas: &'a [Idea], title: &str) -> &'a Idea {
    ideas.iter().find(|i| i.title == title).unwrap()
}

fn skills(idea: &Idea) -> Vec<&str> {
    idea.skills.iter().map(String::as_str).collect()
}

#[test]
fn a_label_named_by_a_level_or_scope_word_is_read_only_when_its_value_is_that_fact() {
    let ideas = parse("label-words.md");
    assert_eq!(ideas.len(), 7);
    // "Toughness rating: advanced" is a difficulty.
    let a = by(&ideas, "Moonlit seed catalogue");
    assert_eq!(a.difficulty, Difficulty::parse("hard"));
    assert_eq!(a.hours, [175]);
    // "Scope: 350 hours" is the effort.
    let b = by(&ideas, "Compost sensor relay");
    assert_eq!(b.hours, [350]);
    assert_eq!(b.difficulty, Difficulty::parse("medium"));
    assert_eq!(skills(b), ["Elixir"]);
    // "Scope: the maze module", "Review level: whenever ...", "Priority level: high", "Time
    // zone: UTC+2": no effort, no difficulty.
    let c = by(&ideas, "Hedge maze generator");
    assert_eq!((c.difficulty, c.hours.as_slice()), (None, &[][..]));
    assert_eq!(skills(c), ["Haskell"]);
    // "Challenge level: beginner to intermediate" is a range; "Project scope: 12 weeks" is
    // no effort, and a field of its own, not one more skill; "Time of the project: 90hrs / 8
    // weeks" is the effort, the weeks a second statement.
    let d = by(&ideas, "Greenhouse dashboard");
    assert_eq!(d.difficulty, Difficulty::parse("easy to medium"));
    assert_eq!(d.hours, [90]);
    assert_eq!(skills(d), ["TypeScript", "Redis"]);
    // "Size and Rating: 175H, Medium" gives both facts; "Skills/tech" lists skills.
    let e = by(&ideas, "Pond depth sounder");
    assert_eq!(e.hours, [175]);
    assert_eq!(e.difficulty, Difficulty::parse("medium"));
    assert_eq!(skills(e), ["Lua", "SQLite"]);
    // Skills on the lines below their label end at the next bold label ("**Refs**").
    let f = by(&ideas, "Kite line tension meter");
    assert_eq!(skills(f), ["Kotlin", "Bluetooth LE"]);
    assert_eq!(f.hours, [175]);
    // "Languages/skills" names skills; "Elm + Rust" are two.
    let g = by(&ideas, "Tide clock face");
    assert_eq!(skills(g), ["Elm", "Rust (backend)"]);
}

#[test]
fn a_bold_label_ends_the_same_way_for_every_field() {
    let ideas = parse("label-endings.md");
    assert_eq!(ideas.len(), 3);
    // "**Skills required/preferred**. Swift" as "**Difficulty rating**. easy" is.
    let a = by(&ideas, "Pollinator tracker");
    assert_eq!(skills(a), ["Swift", "SQLite"]);
    assert_eq!(a.difficulty, Difficulty::parse("easy"));
    let b = by(&ideas, "Rain barrel monitor");
    assert_eq!(skills(b), ["Zig", "MQTT"]);
    assert_eq!(b.difficulty, Difficulty::parse("medium"));
    // "#### Relevant Skills" then sentences: the skills they name.
    let c = by(&ideas, "Seed swap forum");
    assert_eq!(skills(c), ["Erlang", "Lua", "WebSockets"]);
    assert_eq!(c.hours, [350]);
}

#[test]
fn a_field_after_a_spaced_dash_ends_the_value_before_it() {
    let ideas = parse("label-after-dash.md");
    let titles: Vec<&str> = ideas.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Porting the Lantern engine",
            "Keymaps for more games",
            "Subtitles for cut scenes"
        ]
    );
    // A list item's mentors line goes on below its label; the dash ends the mentors, the
    // difficulty ends at the next dash on the following line, where the size starts.
    let a = &ideas[0];
    let names: Vec<&str> = a.mentors.iter().filter_map(|m| m.name.as_deref()).collect();
    assert_eq!(names, ["kim"]);
    assert_eq!(a.difficulty, Difficulty::parse("medium"));
    assert_eq!(a.hours, [175, 350]);
    // Three fields on one line, each after a dash.
    let b = &ideas[1];
    assert_eq!(b.mentors.len(), 1);
    assert_eq!(b.mentors[0].name.as_deref(), Some("Ana Lima"));
    assert_eq!(b.difficulty, Difficulty::parse("easy"));
    assert_eq!(b.hours, [175]);
    // A dash before words that are no label stays in the value.
    let c = &ideas[2];
    assert_eq!(c.mentors.len(), 1);
    assert_eq!(c.mentors[0].name.as_deref(), Some("Bo Chen"));
    assert_eq!(c.difficulty, Difficulty::parse("hard"));
}

#[test]
fn one_label_for_size_and_difficulty_gives_both() {
    let ideas = parse("label-size-and-difficulty.md");
    assert_eq!(ideas.len(), 2);
    assert_eq!(ideas[0].hours, [175]);
    assert_eq!(ideas[0].difficulty, Difficulty::parse("medium"));
    assert_eq!(skills(&ideas[0]), ["Python"]);
    assert_eq!(ideas[1].hours, [350]);
    assert_eq!(ideas[1].difficulty, Difficulty::parse("hard"));
}

#[test]
fn labels_joined_by_and_help_links_doubled_colons_and_plural_roles() {
    let ideas = parse("label-joined-and-doubled.md");
    assert_eq!(ideas.len(), 3);
    // "**Project size**[[?]](…)and**Difficulty**": one label for both facts, the wiki's help
    // link no value; "**Backups:**" is a role as "**Backup:**" is.
    let a = by(&ideas, "Lichen survey app");
    assert_eq!(
        (a.difficulty, a.hours.as_slice()),
        (Difficulty::parse("hard"), &[350][..])
    );
    let people: Vec<_> = (a.mentors.iter())
        .map(|m| (m.name.as_deref(), m.github.as_deref()))
        .collect();
    assert_eq!(
        people,
        [
            (Some("Tove Aske"), Some("taske")),
            (Some("Rune Vik"), Some("rvik"))
        ]
    );
    // "**Duration:**:" is the size label; "**Difficulty** [?]" the difficulty's.
    let b = by(&ideas, "Moss index export");
    assert_eq!(
        (b.difficulty, b.hours.as_slice()),
        (Difficulty::parse("easy"), &[175, 350][..])
    );
    // "175 hours (…) or 350 (…)": the other choice needs no unit of its own.
    let c = by(&ideas, "Fern spore counter");
    assert_eq!(c.hours, [175, 350]);
}

#[test]
fn emoji_after_a_label_softening_words_and_a_level_explained_after_a_dash() {
    let ideas = parse("label-emoji-and-soft.md");
    assert_eq!(ideas.len(), 3);
    // "**Project Length ⏰**": the emoji after the label is decoration, as one before it is.
    let a = by(&ideas, "Mesh importer");
    assert_eq!(a.hours, [175]);
    let names: Vec<_> = a.mentors.iter().filter_map(|m| m.name.as_deref()).collect();
    assert_eq!(names, ["Ines Quarrie"]);
    // "Medium – likely to finish, with a high chance": the dash starts the explanation.
    assert_eq!(a.difficulty, Difficulty::parse("medium"));
    // "Ideal Prerequisites" are skills as "Prerequisites" are; "nothing hard" explains "Easy".
    let b = by(&ideas, "Style language");
    assert_eq!(skills(b), ["Rust", "WebGL", "parser combinators"]);
    assert_eq!(b.difficulty, Difficulty::parse("easy"));
    // "Possible Technologies involved" lists skills; "Medium - Hard" is still a range.
    let c = by(&ideas, "Audit log exporter");
    assert_eq!(skills(c), ["Go", "PostgreSQL"]);
    assert_eq!(c.difficulty, Difficulty::parse("medium-hard"));
}

#[test]
fn a_bold_line_after_a_list_of_skills_starts_a_section_of_its_own() {
    let ideas = parse("label-bold-line.md");
    assert_eq!(ideas.len(), 2);
    // "**What you will learn**" after the skills: what is learnt is no skill.
    let a = by(&ideas, "Cider press scheduler [Medium, 175 hrs]");
    assert_eq!(skills(a), ["Kotlin", "PostgreSQL"]);
    assert_eq!(a.mentors[0].name.as_deref(), Some("Ada Quince"));
    // A bold line that is a field's value is still its value.
    let b = by(&ideas, "Bee hive ledger [Hard, 350 hrs]");
    assert_eq!(skills(b), ["Elixir"]);
    assert_eq!(b.difficulty, Difficulty::parse("hard"));
}

#[test]
fn a_backslash_that_breaks_the_line_is_not_part_of_the_value() {
    let ideas = parse("label-hard-breaks.md");
    assert_eq!(ideas.len(), 2);
    let a = by(&ideas, "Pruning planner");
    assert_eq!(skills(a), ["C++", "Lua"]);
    assert_eq!(a.hours, [350]);
    assert_eq!(a.difficulty, Difficulty::parse("medium-hard"));
    assert_eq!(skills(by(&ideas, "Cider ledger")), ["C++"]);
}

#[test]
fn a_facts_line_that_wraps_and_two_labels_of_skills() {
    let ideas = parse("label-wrapped-facts.md");
    assert_eq!(ideas.len(), 2);
    // "Estimation of difficulty" gives the level and the size written with it.
    let a = by(&ideas, "Headless sketchpad");
    assert_eq!(a.difficulty, Difficulty::parse("hard"));
    assert_eq!(a.hours, [350]);
    // "Programming skills" and "Prerequisites" both list skills.
    assert_eq!(skills(a), ["C++", "Meson", "build systems"]);
    // The size on the item's wrapped line is part of it.
    let b = by(&ideas, "Plotter export");
    assert_eq!(b.difficulty, Difficulty::parse("medium"));
    assert_eq!(b.hours, [175, 350]);
    assert_eq!(skills(b), ["Python"]);
}

#[test]
fn a_bold_label_without_a_colon_before_a_value_and_hedged_levels() {
    let ideas = parse("label-bare-bold.md");
    assert_eq!(ideas.len(), 2);
    // "**Mentor** [Ines Pardo](mailto:...)": a bold label of the idea's own, then its value.
    let a = by(&ideas, "Tide tables offline");
    assert_eq!(a.mentors.len(), 1);
    assert_eq!(a.mentors[0].email.as_deref(), Some("ines@harbour.example"));
    // "a bit of SQLite" is SQLite; "beginner or maybe intermediate" is a level, not a skill.
    assert_eq!(skills(a), ["Kotlin", "SQLite"]);
    assert_eq!(a.difficulty, Difficulty::parse("easy-medium"));
    assert!(a
        .description
        .as_deref()
        .unwrap_or("")
        .contains("no network"));
    // "**Mentors** are asked to ...": a sentence, not a label; "Technology:" lists skills.
    let b = by(&ideas, "Buoy telemetry");
    let names: Vec<_> = b.mentors.iter().map(|m| m.name.as_deref()).collect();
    assert_eq!(names, [Some("Olu Bakare")]);
    assert_eq!(skills(b), ["Rust", "MQTT"]);
}
