//! The index: round trips, narrowed queries, searches, blocks and damage.

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
    let index = sample();
    index.write(&cache).unwrap();
    assert_eq!(Index::read(&cache).unwrap(), index);
    let _ = std::fs::remove_dir_all(cache.dir());
}

#[test]
fn a_query_decodes_what_its_skills_let_through_and_details_only_when_asked() {
    let cache = scratch("query");
    sample().write(&cache).unwrap();
    let narrow = |skills: Vec<Vec<&str>>, texts| Narrow {
        skills: skills
            .into_iter()
            .map(|g| g.into_iter().map(String::from).collect())
            .collect(),
        texts,
        search: None,
        score_ideas: None,
        mentors_unused: false,
    };
    let query = |cache: &Cache, narrow: &Narrow, keep: Keep<'_>| {
        query(cache, narrow, keep).map(|f| (f.ideas, f.totals))
    };
    let (all, totals) = query(&cache, &narrow(vec![], true), None).unwrap();
    assert_eq!(all, sample().into_ideas());
    assert_eq!(totals, sample().totals());
    assert_eq!(totals.total, 3);
    let (go, _) = query(&cache, &narrow(vec![vec!["go"]], false), None).unwrap();
    assert_eq!(ids(&go), ["a-go", "b-go-rust"]);
    assert_eq!(go[0].description, None);
    assert_eq!(go[0].source, crate::model::Source::default());
    assert_eq!(go[0].mentors, sample().sources[0].ideas[0].mentors);
    let (both, _) = query(&cache, &narrow(vec![vec!["go"], vec!["rust"]], true), None).unwrap();
    assert_eq!(ids(&both), ["b-go-rust"]);
    assert_eq!(both[0].description.as_deref(), Some("both"));
    let (either, _) = query(&cache, &narrow(vec![vec!["c++", "go"]], true), None).unwrap();
    assert_eq!(ids(&either), ["a-go", "a-rust", "b-go-rust"]);
    // A skill whose name is inside another's is not a match ("go" in "gobject").
    let (none, _) = query(&cache, &narrow(vec![vec!["o"]], true), None).unwrap();
    assert!(none.is_empty());
    let keep = |i: &Idea| i.id.ends_with("rust");
    let (kept, _) = query(&cache, &narrow(vec![], true), Some(&keep)).unwrap();
    assert_eq!(ids(&kept), ["a-rust", "b-go-rust"]);
    let _ = std::fs::remove_dir_all(cache.dir());
}

#[test]
fn a_search_scores_the_searchable_text_and_decodes_only_its_matches() {
    let cache = scratch("search");
    sample().write(&cache).unwrap();
    let scorer = crate::cmd::search::line_scorer("rust");
    let narrow = Narrow {
        skills: Vec::new(),
        texts: false,
        search: Some(&scorer),
        score_ideas: None,
        mentors_unused: false,
    };
    let found = query(&cache, &narrow, None).unwrap();
    assert_eq!(ids(&found.ideas), ["a-rust", "b-go-rust"]);
    // Title "Title of a-rust" (10) beats skills (8).
    assert_eq!(found.scores, Some(vec![10.0, 10.0]));
    assert_eq!(found.ideas[0].description, None);
    // A skill filter and a search together.
    let both = Narrow {
        skills: vec![vec!["go".to_string()]],
        ..narrow.clone()
    };
    assert_eq!(
        ids(&query(&cache, &both, None).unwrap().ideas),
        ["b-go-rust"]
    );
    // Words of the description count too, as in a search of the pages.
    let body = crate::cmd::search::line_scorer("both");
    let narrow = Narrow {
        search: Some(&body),
        score_ideas: None,
        ..narrow
    };
    let found = query(&cache, &narrow, None).unwrap();
    assert_eq!(ids(&found.ideas), ["b-go-rust"]);
    assert_eq!(found.scores, Some(vec![1.0]));
    let _ = std::fs::remove_dir_all(cache.dir());
}

#[test]
fn ideas_over_several_blocks_come_back_in_order() {
    let cache = scratch("blocks");
    let sources: Vec<IndexedSource> = (0..7)
        .map(|s| IndexedSource {
            state: state(&format!("https://o.org/{s}.md"), 900),
            ideas: (0..900)
                .map(|n| {
                    let skills: &[&str] = if n % 3 == 0 { &["go"] } else { &["rust"] };
                    idea(&format!("s{s}-{n}"), skills, &format!("text {n}"))
                })
                .collect(),
        })
        .collect();
    let index = Index::new(sources);
    index.write(&cache).unwrap();
    let all = Narrow {
        skills: Vec::new(),
        texts: true,
        search: None,
        score_ideas: None,
        mentors_unused: false,
    };
    let found = query(&cache, &all, None).unwrap();
    assert_eq!(found.ideas.len(), 6300);
    assert_eq!(found.ideas, index.clone().into_ideas());
    let go = Narrow {
        skills: vec![vec!["go".to_string()]],
        texts: false,
        search: None,
        score_ideas: None,
        mentors_unused: false,
    };
    let found = query(&cache, &go, None).unwrap();
    assert_eq!(found.ideas.len(), 7 * 300);
    let expected: Vec<String> = index
        .clone()
        .into_ideas()
        .into_iter()
        .filter(|i| i.skills == ["go"])
        .map(|i| i.id)
        .collect();
    assert_eq!(ids(&found.ideas), expected);
    assert_eq!(Index::read(&cache).unwrap(), index);
    let _ = std::fs::remove_dir_all(cache.dir());
}

#[test]
fn damage_and_other_versions_are_errors_never_panics() {
    let cache = scratch("damage");
    sample().write(&cache).unwrap();
    let path = cache.dir().join(FILE_NAME);
    let good = std::fs::read(&path).unwrap();
    let all = Narrow {
        skills: Vec::new(),
        texts: true,
        search: None,
        score_ideas: None,
        mentors_unused: false,
    };
    for cut in (0..good.len()).step_by(37) {
        std::fs::write(&path, &good[..cut]).unwrap();
        assert!(query(&cache, &all, None).is_err(), "cut at {cut}");
        assert!(Index::read(&cache).is_err(), "cut at {cut}");
    }
    // A byte changed inside the facts (same length) is an error too.
    let mut bad = good.clone();
    let facts = good.iter().position(|&b| b == b'\n').unwrap() + 1;
    bad[facts] = b'7';
    std::fs::write(&path, &bad).unwrap();
    assert!(query(&cache, &all, None).is_err());
    std::fs::write(&path, br#"{"version":1}"#).unwrap();
    let e = query(&cache, &all, None).unwrap_err().to_string();
    assert!(e.contains("is version 1"), "{e}");
    // An index of the first format alone is read as one of another version.
    std::fs::remove_file(&path).unwrap();
    std::fs::write(cache.dir().join(LEGACY_FILE_NAME), b"{}").unwrap();
    let e = query(&cache, &all, None).unwrap_err().to_string();
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
