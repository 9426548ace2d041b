//! The index: round trips, narrowed queries, searches and damage.

use super::*;
use crate::model::{Mentor, Program};
use crate::sources::cache::Status;

fn idea(id: &str, skills: &[&str], description: &str) -> Idea {
    Idea {
        id: id.into(),
        title: format!("Title of {id}"),
        org: Some("Org".into()),
        program: Some(Program::Gsoc),
        year: Some(2026),
        term: None,
        status: None,
        description: Some(description.into()),
        expected_outcomes: Some("an outcome\twith a tab\nand a line".into()),
        skills: skills.iter().map(|s| s.to_string()).collect(),
        skills_raw: Some(skills.join(", ")),
        mentors: vec![Mentor {
            name: Some("Ada L".into()),
            github: Some("ada".into()),
            email: None,
            affiliation: None,
        }],
        difficulty: None,
        hours: vec![175],
        contacts: vec![format!("{id}@lists.o.org")],
        upstream_issues: vec!["https://github.com/o/r/issues/1".into()],
        links: Vec::new(),
        source: crate::model::Source {
            path: "p.md".into(),
            line: 3,
            url: Some("https://o.org/p.md".into()),
        },
    }
}

fn state(url: &str, ideas: usize) -> SourceState {
    SourceState {
        source: Source::from_url(url).unwrap(),
        etag: Some("\"e\"".into()),
        last_modified: None,
        last_sync: 1,
        fetched_at: Some(1),
        failing_since: None,
        status: Status::Fetched,
        message: None,
        ideas,
    }
}

fn scratch(name: &str) -> Cache {
    let dir = std::env::temp_dir().join(format!("ideas-index-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    Cache::at(dir)
}

fn sample() -> Index {
    let a = vec![
        idea("a-go", &["go"], "uses \"go\""),
        idea("a-rust", &["rust", "c++"], "rust"),
    ];
    // The second source repeats an id of the first (a page and its export).
    let b = vec![
        idea("b-go-rust", &["go", "rust"], "both"),
        idea("a-go", &["go"], "again"),
    ];
    Index::new(vec![
        IndexedSource {
            state: state("https://a.org/a.md", 2),
            ideas: a,
        },
        IndexedSource {
            state: state("https://b.org/b.md", 2),
            ideas: b,
        },
    ])
}

fn ids(ideas: &[Idea]) -> Vec<&str> {
    ideas.iter().map(|i| i.id.as_str()).collect()
}

#[test]
fn what_is_written_is_read_back_whole() {
    let cache = scratch("roundtrip");
    let mut index = sample();
    // A skills text over several lines (an idea's JSON gives it on one).
    index.sources[0].ideas[1].skills_raw = Some("- Rust\n- C++".into());
    index.write(&cache).unwrap();
    assert_eq!(Index::read(&cache).unwrap(), index);
    let _ = std::fs::remove_dir_all(cache.dir());
}

#[test]
fn a_synced_index_is_filtered_and_searched_as_pages_are() {
    let cache = scratch("query");
    sample().write(&cache).unwrap();
    let input = crate::load::Input::Synced(cache.dir().to_path_buf());
    let skills = SkillTable::bundled();
    let load = |keep: Keep<'_>, narrow: &Narrow| {
        crate::load::load_narrowed(&input, skills, &Defaults::default(), keep, narrow)
    };
    let all = load(None, &Narrow::everything());
    assert_eq!(all.ideas, sample().into_ideas());
    assert_eq!(all.summary.total, 3);
    assert!(all.diagnostics.is_empty());
    // Without texts, the details are not decoded.
    let bare = load(
        None,
        &Narrow {
            texts: false,
            ..Narrow::everything()
        },
    );
    assert_eq!(bare.ideas[0].description, None);
    assert_eq!(bare.ideas[0].source, crate::model::Source::default());
    assert_eq!(bare.ideas[0].mentors, sample().sources[0].ideas[0].mentors);
    let keep = |i: &Idea| i.id.ends_with("rust");
    let kept = load(Some(&keep), &Narrow::everything());
    assert_eq!(ids(&kept.ideas), ["a-rust", "b-go-rust"]);
    assert_eq!(kept.summary.total, 3);
    let scorer = crate::cmd::search::line_scorer("rust");
    let search = Narrow {
        search: Some(&scorer),
        ..Narrow::everything()
    };
    let found = load(None, &search);
    assert_eq!(ids(&found.ideas), ["a-rust", "b-go-rust"]);
    // Title "Title of a-rust" (10) beats skills (8).
    assert_eq!(found.scores, Some(vec![10.0, 10.0]));
    let go = |i: &Idea| i.skills.iter().any(|s| s == "go");
    assert_eq!(ids(&load(Some(&go), &search).ideas), ["b-go-rust"]);
    // Words of the description count too, as in a search of the pages.
    let body = crate::cmd::search::line_scorer("both");
    let found = load(
        None,
        &Narrow {
            search: Some(&body),
            ..search
        },
    );
    assert_eq!(ids(&found.ideas), ["b-go-rust"]);
    assert_eq!(found.scores, Some(vec![1.0]));
    let _ = std::fs::remove_dir_all(cache.dir());
}

#[test]
fn damage_and_other_versions_are_errors_never_panics() {
    let cache = scratch("damage");
    sample().write(&cache).unwrap();
    let path = cache.dir().join(FILE_NAME);
    let good = std::fs::read(&path).unwrap();
    for cut in (0..good.len()).step_by(37) {
        std::fs::write(&path, &good[..cut]).unwrap();
        assert!(Index::read(&cache).is_err(), "cut at {cut}");
    }
    // A byte changed inside a source's line (same length) is an error too.
    let mut bad = good.clone();
    let first = good.iter().position(|&b| b == b'\n').unwrap() + 1;
    bad[first] = b'7';
    std::fs::write(&path, &bad).unwrap();
    assert!(Index::read(&cache).is_err());
    std::fs::write(&path, br#"{"version":1}"#).unwrap();
    let e = Index::read(&cache).unwrap_err().to_string();
    assert!(e.contains("is version 1"), "{e}");
    // An index of the first format alone is read as one of another version.
    std::fs::remove_file(&path).unwrap();
    std::fs::write(cache.dir().join(LEGACY_FILE_NAME), b"{}").unwrap();
    let e = Index::read(&cache).unwrap_err().to_string();
    assert!(e.contains("index.json is version 1"), "{e}");
    // Writing a new index removes it.
    sample().write(&cache).unwrap();
    assert!(!cache.dir().join(LEGACY_FILE_NAME).exists());
    let _ = std::fs::remove_dir_all(cache.dir());
}

/// A page in markup `ideas` does not read (Org mode) gives no ideas when synced, as `ideas list`
/// of the same file skips it; AsciiDoc and reStructuredText pages are read by their URL's
/// extension, and the same text from a Markdown URL is read.
#[test]
fn pages_in_unsupported_markup_give_no_ideas_when_synced() {
    let body =
        b"## Faster tiles\n\n- Description: Make tiles fast.\n- Mentors: Ada Lee (@adalee)\n";
    let skills = SkillTable::bundled();
    let org = crate::sources::registry::Source::from_url("https://example.org/ideas.org").unwrap();
    assert_eq!(parse_source(&org, body, skills), Ok(Vec::new()));
    let pages: [(&str, &[u8]); 3] = [
        ("https://example.org/ideas.md", body),
        (
            "https://example.org/ideas.adoc",
            b"== Faster tiles\n\nDescription:: Make tiles fast.\nMentors:: Ada Lee (@adalee)\n",
        ),
        (
            "https://example.org/ideas.rst?plain=1",
            b"Faster tiles\n============\n\n:Description: Make tiles fast.\n:Mentors: Ada Lee (@adalee)\n",
        ),
    ];
    for (url, body) in pages {
        let source = crate::sources::registry::Source::from_url(url).unwrap();
        let ideas = parse_source(&source, body, skills).unwrap();
        assert_eq!(ideas.len(), 1, "{url}");
        assert_eq!(ideas[0].title, "Faster tiles", "{url}");
        assert_eq!(
            ideas[0].mentors[0].name.as_deref(),
            Some("Ada Lee"),
            "{url}"
        );
    }
}

#[test]
fn only_a_fetched_copy_with_ideas_replaces_bundled_ideas() {
    let all = crate::catalog::ideas().len();
    let page = crate::catalog::ideas()[0].source.url.clone().unwrap();
    let mut source = IndexedSource {
        state: state(&page, 1),
        ideas: vec![idea("x", &[], "")],
    };
    let bundled_after = |s: &IndexedSource| {
        let index = Index::new(vec![s.clone()]).with_bundled();
        index.sources.last().unwrap().ideas.len()
    };
    source.state.fetched_at = None;
    assert!(!source.has_good_copy());
    assert_eq!(bundled_after(&source), all);
    source.state.fetched_at = Some(1);
    assert!(source.has_good_copy());
    assert!(bundled_after(&source) < all);
    source.ideas.clear();
    assert!(!source.has_good_copy());
    assert_eq!(bundled_after(&source), all);
}

/// A GSoC source's organisation is every idea's, and the ids follow it (the bundled catalog's
/// ids), not the sub-project its heading names.
#[test]
fn a_gsoc_source_names_the_organisation_of_every_idea_on_it() {
    let body = b"---\ntitle: Quantum tiles\nproject: QMLHEP\nyear: 2026\n---\n\n## Description\n\nTiles.\n\n## Mentors\n\n- Ada Lee (@adalee)\n";
    let skills = SkillTable::bundled();
    let mut source =
        crate::sources::registry::Source::from_url("https://example.org/ideas.md").unwrap();
    source.program = Some(Program::Gsoc);
    source.year = Some(2026);
    source.org = Some("Example Science".into());
    let ideas = parse_source(&source, body, skills).unwrap();
    assert_eq!(ideas.len(), 1);
    assert_eq!(ideas[0].org.as_deref(), Some("Example Science"));
    assert_eq!(ideas[0].id, "gsoc-2026-example-science-quantum-tiles");
}
