//! Ideas kept from Markdown pages for output that prints no texts (`Narrow::texts` false, or
//! `Narrow::mentors_unused`) lose their details once kept, and only then: the test that keeps
//! them still reads them, and every other field, the count and the problems are the same.

use ideas::load::{self, Input, Narrow};
use ideas::model::Idea;
use ideas::options::WalkOptions;
use ideas::parse::Defaults;
use ideas::skills::SkillTable;
use std::path::PathBuf;

fn fixtures(name: &str) -> Input {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    Input::Paths(vec![dir], WalkOptions::default())
}

fn without_texts(mut idea: Idea) -> Idea {
    idea.description = None;
    idea.expected_outcomes = None;
    idea.skills_raw = None;
    idea.upstream_issues = Vec::new();
    idea.links = Vec::new();
    idea
}

#[test]
fn ideas_kept_for_output_without_texts_lose_them_after_the_test_that_keeps_them() {
    let skills = SkillTable::bundled();
    let defaults = Defaults::default();
    let all = |_: &Idea| true;
    // A test reading the texts: ideas whose description or skills text has an even length.
    let by_texts = |i: &Idea| {
        i.description.as_ref().is_some_and(|d| d.len() % 2 == 0)
            || i.skills_raw.as_ref().is_some_and(|s| s.len() % 2 == 0)
    };
    let keeps: [&(dyn Fn(&Idea) -> bool + Sync); 2] = [&all, &by_texts];
    for name in ["search", "layouts", "show", "validate"] {
        let input = fixtures(name);
        for keep in keeps {
            let full =
                load::load_narrowed(&input, skills, &defaults, Some(keep), &Narrow::everything());
            assert!(
                full.ideas.iter().any(|i| i.description.is_some()),
                "{name}: some idea kept has texts"
            );
            let expected: Vec<Idea> = full.ideas.iter().cloned().map(without_texts).collect();
            let bare = [
                Narrow {
                    texts: false,
                    ..Narrow::everything()
                },
                Narrow {
                    mentors_unused: true,
                    ..Narrow::everything()
                },
            ];
            for narrow in &bare {
                let got = load::load_narrowed(&input, skills, &defaults, Some(keep), narrow);
                assert!(got.ideas == expected, "{name}");
                assert_eq!(got.summary.total, full.summary.total, "{name}");
                assert_eq!(got.diagnostics, full.diagnostics, "{name}");
            }
        }
    }
}
