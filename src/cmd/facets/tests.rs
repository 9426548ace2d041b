//! Tests of the facet tables: skills, mentors, organisations and stats.

use super::stats::bar_len;
use super::*;
use crate::model::{Difficulty, Source};

fn mentor(name: Option<&str>, gh: Option<&str>, email: Option<&str>) -> Mentor {
    Mentor {
        name: name.map(Into::into),
        github: gh.map(Into::into),
        email: email.map(Into::into),
        affiliation: None,
    }
}

fn idea(title: &str, org: &str, mentors: Vec<Mentor>) -> Idea {
    Idea {
        id: title.to_lowercase(),
        title: title.into(),
        org: Some(org.into()),
        program: Some(Program::Gsoc),
        year: Some(2025),
        term: None,
        status: None,
        description: None,
        expected_outcomes: None,
        skills: vec!["go".into()],
        skills_raw: None,
        mentors,
        difficulty: None,
        hours: Vec::new(),
        contacts: Vec::new(),
        upstream_issues: vec![],
        links: vec![],
        source: Source::default(),
    }
}

fn rows(ideas: &[Idea]) -> Vec<MentorRow> {
    let refs: Vec<&Idea> = ideas.iter().collect();
    mentor_rows(&refs)
}

#[test]
fn handle_only_and_name_only_are_linked_through_a_third_entry() {
    let ideas = vec![
        idea("A", "Harbor", vec![mentor(None, Some("adalee"), None)]),
        idea("B", "harbor", vec![mentor(Some("Ada Lee"), None, None)]),
        idea(
            "C",
            "Kyverno",
            vec![mentor(Some("Ada Lee"), Some("adalee"), Some("ada@x.org"))],
        ),
    ];
    let got = rows(&ideas);
    assert_eq!(
        got,
        vec![MentorRow {
            name: Some("Ada Lee".into()),
            github: Some("adalee".into()),
            emails: vec!["ada@x.org".into()],
            ideas: 3,
            orgs: vec!["Harbor".into(), "Kyverno".into()],
        }]
    );
}

#[test]
fn handle_and_name_without_a_link_stay_apart() {
    let ideas = vec![
        idea("A", "Harbor", vec![mentor(None, Some("adalee"), None)]),
        idea("B", "Harbor", vec![mentor(Some("Ada Lee"), None, None)]),
        idea("C", "Harbor", vec![mentor(Some("Bo Chan"), None, None)]),
    ];
    // "adalee" equals the squashed "Ada Lee", so even these are one person.
    assert_eq!(rows(&ideas).len(), 2);
    let ideas = vec![
        idea("A", "Harbor", vec![mentor(None, Some("alee"), None)]),
        idea("B", "Harbor", vec![mentor(Some("Ada Lee"), None, None)]),
    ];
    assert_eq!(rows(&ideas).len(), 2);
}

#[test]
fn squashed_name_equal_to_handle_is_one_person() {
    let ideas = vec![
        idea(
            "A",
            "Kubeflow",
            vec![mentor(Some("Julius von Kohout"), None, None)],
        ),
        idea(
            "B",
            "Kubeflow",
            vec![mentor(None, Some("juliusvonkohout"), None)],
        ),
        idea(
            "C",
            "Kubeflow",
            vec![mentor(None, Some("@JuliusVonKohout"), None)],
        ),
    ];
    let got = rows(&ideas);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].name.as_deref(), Some("Julius von Kohout"));
    assert_eq!(got[0].ideas, 3);
    assert_eq!(got[0].orgs, vec!["Kubeflow"]);
}

#[test]
fn people_with_the_same_first_name_stay_distinct() {
    let ideas = vec![
        idea(
            "A",
            "Harbor",
            vec![mentor(Some("Ada Lee"), Some("adalee"), None)],
        ),
        idea(
            "B",
            "Harbor",
            vec![
                mentor(Some("Ada Stone"), Some("astone"), None),
                mentor(Some("Ada Lee"), None, None),
            ],
        ),
        idea("C", "Harbor", vec![mentor(Some("Ada"), None, None)]),
    ];
    let got = rows(&ideas);
    let names: Vec<(&str, usize)> = got
        .iter()
        .map(|r| (r.name.as_deref().unwrap(), r.ideas))
        .collect();
    assert_eq!(names, vec![("Ada Lee", 2), ("Ada", 1), ("Ada Stone", 1)]);
}

#[test]
fn most_frequent_spelling_wins_and_ideas_are_distinct() {
    let ideas = vec![
        idea(
            "A",
            "Harbor",
            vec![
                mentor(Some("ada lee"), Some("adalee"), None),
                // The same person twice in one idea counts once.
                mentor(Some("Ada Lee"), None, Some("ada@x.org")),
            ],
        ),
        idea("B", "Harbor", vec![mentor(Some("Ada Lee"), None, None)]),
        idea("C", "Harbor", vec![mentor(None, None, Some("ADA@x.org"))]),
    ];
    let got = rows(&ideas);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].name.as_deref(), Some("Ada Lee"));
    assert_eq!(got[0].emails, vec!["ada@x.org"]);
    assert_eq!(got[0].ideas, 3);
}

#[test]
fn orgs_group_case_insensitively_and_count_people() {
    let ideas = [
        idea(
            "A",
            "Harbor",
            vec![mentor(Some("Ada Lee"), Some("adalee"), None)],
        ),
        idea("B", "harbor", vec![mentor(None, Some("adalee"), None)]),
        idea("C", "Harbor", vec![mentor(Some("Bo Chan"), None, None)]),
        idea("D", "Kyverno", vec![]),
    ];
    let refs: Vec<&Idea> = ideas.iter().collect();
    let got = org_rows(&refs);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].org.as_deref(), Some("Harbor"));
    assert_eq!((got[0].ideas, got[0].mentors), (3, 2));
    assert_eq!(got[0].programs, vec!["gsoc 2025"]);
    assert_eq!((got[1].ideas, got[1].mentors), (1, 0));
}

#[test]
fn bars_scale_to_the_width_left() {
    assert_eq!(bar_len(10, 10, 40), 40);
    assert_eq!(bar_len(5, 10, 40), 20);
    assert_eq!(bar_len(1, 1000, 40), 1);
    assert_eq!(bar_len(0, 10, 40), 0);
    let mut a = idea("A", "Harbor", vec![]);
    a.difficulty = Difficulty::parse("medium to hard");
    a.hours = vec![175];
    let b = idea("B", "Harbor", vec![]);
    let refs = vec![&a, &b, &b];
    let s = stats(&refs, None);
    let text = render_stats(&s, 40, false);
    for line in text.lines() {
        assert!(line.chars().count() <= 40, "{line:?}");
    }
    assert!(text.contains("  medium-hard  1  "), "{text}");
    assert!(text.contains("  unknown      2  "), "{text}");
    assert!(!text.contains('\x1b'));
    let longest = text
        .lines()
        .map(|l| l.chars().filter(|&c| c == '#').count())
        .max();
    assert_eq!(longest, Some(40 - (2 + 11 + 2 + 1 + 2)));
    let colored = render_stats(&s, 40, true);
    assert!(colored.contains('█') && colored.contains("\x1b[36m"));
}

#[test]
fn no_ideas_is_no_match() {
    let config = FacetConfig {
        facet: Facet::Mentors,
        format: FacetFormat::Json,
        limit: None,
        term: crate::options::Term {
            tty: false,
            color: false,
            width: 80,
            decorated: true,
        },
    };
    let mut out = Vec::new();
    let got = run(&config, &[], SkillTable::bundled(), &mut out).unwrap();
    assert_eq!(got, Outcome(EXIT_NO_MATCH));
    assert_eq!(String::from_utf8(out).unwrap(), "[]\n");
}
