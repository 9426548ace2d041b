//! Mentors parsed late (only for the ideas a filter keeps) are the mentors parsed at once: on
//! every page fixture of the project, and on generated pages that mix mentor fields with
//! front-matter mentors and repeated people. Likewise, a parse that keeps no field spans
//! (`Defaults::drop_field_spans`, as `list` and `search` read pages) keeps the same ideas and
//! skips the same sections.

use ideas::parse::{parse_page, Defaults};
use ideas::skills::SkillTable;
use std::path::{Path, PathBuf};

fn pages(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            pages(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| e == "md" || e == "txt" || e == "markdown")
        {
            out.push(path);
        }
    }
}

fn same_either_way(name: &str, text: &str) -> usize {
    let skills = SkillTable::bundled();
    let eager = parse_page(name, text, skills, &Defaults::default());
    let lazy_defaults = Defaults {
        lazy_mentors: true,
        ..Defaults::default()
    };
    let mut lazy = parse_page(name, text, skills, &lazy_defaults);
    for idea in &mut lazy.ideas {
        idea.resolve_mentors();
        assert!(idea.pending_mentors.is_empty());
    }
    let ideas = |p: &ideas::parse::ParsedPage| -> Vec<ideas::model::Idea> {
        p.ideas.iter().map(|i| i.idea.clone()).collect()
    };
    assert_eq!(ideas(&lazy), ideas(&eager), "{name}");
    let spanless = parse_page(
        name,
        text,
        skills,
        &Defaults {
            drop_field_spans: true,
            ..Defaults::default()
        },
    );
    assert!(spanless.ideas.iter().all(|i| i.fields.is_empty()), "{name}");
    assert_eq!(ideas(&spanless), ideas(&eager), "{name}");
    let skipped = |p: &ideas::parse::ParsedPage| -> Vec<(usize, String)> {
        p.skipped
            .iter()
            .map(|s| (s.line, s.reason.to_string()))
            .collect()
    };
    assert_eq!(skipped(&spanless), skipped(&eager), "{name}");
    eager.ideas.iter().map(|i| i.idea.mentors.len()).sum()
}

#[test]
fn every_fixture_gives_the_same_mentors_parsed_late() {
    let mut files = Vec::new();
    pages(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"),
        &mut files,
    );
    assert!(files.len() > 50, "{}", files.len());
    let mut mentors = 0;
    for f in &files {
        let text = String::from_utf8_lossy(&std::fs::read(f).unwrap()).into_owned();
        mentors += same_either_way(&f.display().to_string(), &text);
    }
    assert!(mentors > 100, "{mentors}");
}

#[test]
fn front_matter_and_field_mentors_keep_their_order_and_merge() {
    let page =
        "---\ntitle: Lantern probes\nmentors:\n  - name: Ada Quill\n    github: adaquill\n---\n\n\
                - Mentor(s): Bo Lark (@bolark), Ada Quill (@adaquill, ada@example.org)\n\
                - Co-mentor: Cy Fenn (@cyfenn)\n";
    assert!(same_either_way("fm.md", page) >= 3);
    let sections = "## Lantern\n\n### Probe one\n\n**Mentors**: Dee Rowe (@deerowe)\n\n\
                    **Description**: Probes.\n\n**Mentors**: Dee Rowe <dee@example.org>, Eli Moss\n\n\
                    ### Probe two\n\n#### Mentor\n\nFay Lin (@faylin)\n";
    assert!(same_either_way("sections.md", sections) >= 3);
}

/// A person written by name, then by handle, then by both is one mentor, inline and as nested
/// bullets, eager and late, and so is the one field read alone: the handle's entry gains the
/// name, and is then the person named first (`dedupe` reads the list again when it fills).
#[test]
fn a_name_a_handle_and_both_are_one_mentor() {
    let skills = SkillTable::bundled();
    for page in [
        "### Probe\n\n- Description: Probes.\n- Mentor(s): Ada Quill, @adaquill, Ada Quill (@adaquill)\n",
        "### Probe\n\n- Description: Probes.\n- Mentor(s):\n  - Ada Quill\n  - @adaquill\n  - Ada Quill (@adaquill)\n",
    ] {
        assert_eq!(same_either_way("one.md", page), 1, "{page}");
        let parsed = parse_page("one.md", page, skills, &Defaults::default());
        let m = &parsed.ideas[0].idea.mentors[0];
        assert_eq!(m.name.as_deref(), Some("Ada Quill"), "{page}");
        assert_eq!(m.github.as_deref(), Some("adaquill"), "{page}");
    }
    let field = ideas::parse::mentors::parse_mentors("Ada Quill, @adaquill, Ada Quill (@adaquill)");
    assert_eq!(field.len(), 1, "{field:?}");
    assert_eq!(field[0].github.as_deref(), Some("adaquill"));
}
