//! A search of Markdown pages keeps the scores it computes while the files are read
//! (`Narrow::score_ideas`): one per idea kept, in the ideas' order, equal to scoring each idea
//! again; the ideas it does not score are dropped, after the filter's own test; and the same
//! when what is printed shows no mentors. The pages are
//! this project's search fixtures (tests/fixtures/search) and the bundled catalog.

use ideas::load::{self, Input, Narrow};
use ideas::model::Idea;
use ideas::options::WalkOptions;
use ideas::parse::Defaults;
use ideas::skills::SkillTable;
use std::path::PathBuf;

fn fixtures() -> Input {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/search"
    ));
    Input::Paths(vec![dir], WalkOptions::default())
}

fn check(input: &Input, query: &str, keep: &(dyn Fn(&Idea) -> bool + Sync)) -> usize {
    let skills = SkillTable::bundled();
    let scorer = ideas::cmd::search::scorer(query);
    let narrow = Narrow {
        score_ideas: Some(&scorer),
        ..Narrow::everything()
    };
    let scored = load::load_narrowed(input, skills, &Defaults::default(), Some(keep), &narrow);
    let plain = load::load_narrowed(
        input,
        skills,
        &Defaults::default(),
        Some(keep),
        &Narrow::everything(),
    );
    let scores = scored.scores.expect("a search returns scores");
    assert_eq!(scores.len(), scored.ideas.len(), "{query}");
    // Exactly the ideas the filter keeps and the query matches, each with its own score.
    let expected: Vec<(&str, f64)> = plain
        .ideas
        .iter()
        .filter_map(|i| scorer(i).map(|s| (i.id.as_str(), s)))
        .collect();
    let got: Vec<(&str, f64)> = scored
        .ideas
        .iter()
        .map(|i| i.id.as_str())
        .zip(scores.iter().copied())
        .collect();
    assert_eq!(got, expected, "{query}");
    // Every idea read is still counted, matched or not.
    assert_eq!(scored.summary.total, plain.summary.total);
    // Printed without mentors, the same ideas and scores.
    let unused = Narrow {
        score_ideas: Some(&scorer),
        mentors_unused: true,
        ..Narrow::everything()
    };
    let bare = load::load_narrowed(input, skills, &Defaults::default(), Some(keep), &unused);
    let ids = |l: &[Idea]| l.iter().map(|i| i.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&bare.ideas), ids(&scored.ideas), "{query}");
    assert_eq!(bare.scores, Some(scores), "{query}");
    got.len()
}

#[test]
fn pages_keep_one_score_per_idea_kept() {
    let all = |_: &Idea| true;
    assert_eq!(check(&fixtures(), "lamp", &all), 4);
    assert_eq!(check(&fixtures(), "dashboard", &all), 3);
    assert_eq!(check(&fixtures(), "zzzz", &all), 0);
    // The filter's test comes first: of the four, the three 2025 ideas (two lamp projects and
    // the alerting dashboard whose body names the lamp) are scored and kept.
    let y2025 = |i: &Idea| i.year == Some(2025);
    assert_eq!(check(&fixtures(), "lamp", &y2025), 3);
    // Terms in the mentors: their names, handles and email addresses.
    assert_eq!(check(&fixtures(), "dee marsh", &all), 2);
    assert_eq!(check(&fixtures(), "adakeeper", &all), 1);
    assert_eq!(check(&fixtures(), "riverbank.example", &all), 3);
}

#[test]
fn the_bundled_catalog_keeps_one_score_per_idea_kept() {
    let all = |_: &Idea| true;
    assert!(check(&Input::Bundled, "kubernetes", &all) > 0);
    assert_eq!(check(&Input::Bundled, "zzzzqqq", &all), 0);
}
