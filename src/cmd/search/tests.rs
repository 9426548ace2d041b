//! Search: tokens, query terms, scoring, ranking, and the index's searchable text.

use super::*;
use crate::model::{Mentor, Program, Source};

pub(super) fn idea(title: &str) -> Idea {
    Idea {
        id: crate::model::slugify(title),
        title: title.to_string(),
        org: None,
        program: Some(Program::Gsoc),
        year: Some(2024),
        term: None,
        status: None,
        description: None,
        expected_outcomes: None,
        skills: Vec::new(),
        skills_raw: None,
        mentors: Vec::new(),
        difficulty: None,
        hours: None,
        upstream_issues: Vec::new(),
        links: Vec::new(),
        source: Source::default(),
    }
}

pub(super) fn terms(q: &str) -> Vec<Term> {
    parse_query(q, SkillTable::bundled())
}

fn words(q: &str) -> Vec<Vec<String>> {
    terms(q).into_iter().map(|t| t.words).collect()
}

fn score_of(i: &Idea, q: &str) -> Option<f64> {
    score(&Doc::new(i), i, &terms(q))
}

/// A small deterministic generator (no crate needed for a test's variety); with `.1`, of
/// ASCII text only (which scoring searches in place rather than through its words).
struct Lcg(u64, bool);
impl Lcg {
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        from[(self.0 >> 33) as usize % from.len()]
    }
    fn text(&mut self, words: usize) -> String {
        const PARTS: &[&str] = &[
            "multi",
            "cluster",
            "Multi-Cluster",
            "clusters",
            "go",
            "Go",
            "golang",
            "google",
            "c++",
            "C#",
            "node.js",
            "Node.JS.",
            "**bold**",
            "`code`",
            "mul*ti*",
            " ",
            "\n",
            "\t",
            "ab",
            "a",
            "\u{1b}[2J",
            "Ünïcode",
            "ÜNÏCODE",
            "straße",
            "e-mail",
            "x.y.",
            "rust",
            "k8s",
            "—",
            "(see",
            "it)",
            "go-to",
            "Zürich",
            "multi cluster",
            "\u{212a}8s",
            "\u{130}stanbul",
            "mul\rti",
            "KuBeRnEtEs",
        ];
        let parts: Vec<&str> = PARTS
            .iter()
            .copied()
            .filter(|p| !self.1 || p.is_ascii())
            .collect();
        let mut out = String::new();
        for _ in 0..words {
            out.push_str(self.pick(&parts));
            out.push_str(self.pick(&[" ", " ", "", ", ", "/", "-"]));
        }
        out
    }
}

#[test]
fn searchable_text_scores_as_the_idea_does() {
    for ascii in [false, true] {
        searchable_text_scores_as_the_idea_does_in(Lcg(7, ascii));
    }
}

fn searchable_text_scores_as_the_idea_does_in(mut r: Lcg) {
    let queries = [
        "multi cluster",
        "\"multi cluster\"",
        "multi-cluster",
        "clu",
        "go",
        "golang",
        "c++",
        "c#",
        "node.js",
        "ünïcode",
        "STRASSE",
        "straße",
        "a",
        "ab a",
        "mul",
        "x.y",
        "rust go",
        "zürich k8s",
        "e-mail",
        "see it",
        "kubernetes",
        "stanbul",
        "é",
    ];
    let scorers: Vec<_> = queries.iter().map(|q| (terms(q), line_scorer(q))).collect();
    let filtered: Vec<_> = queries
        .iter()
        .map(|q| line::idea_scorer(terms(q)))
        .collect();
    for n in 0..400 {
        let mut i = idea(&r.text(1 + n % 5));
        i.org = (n % 3 > 0).then(|| r.text(2));
        i.skills = (0..n % 4)
            .map(|_| {
                r.pick(&["go", "rust", "c++", "kubernetes", "a b"])
                    .to_string()
            })
            .collect();
        i.skills_raw = (n % 2 == 0).then(|| r.text(3));
        i.mentors = (0..n % 3)
            .map(|_| Mentor {
                name: Some(r.text(2)),
                github: (n % 5 > 1).then(|| r.text(1)),
                email: (n % 7 > 3).then(|| "ab@multi.example".to_string()),
            })
            .collect();
        i.description = (n % 6 > 0).then(|| r.text(40));
        i.expected_outcomes = (n % 4 > 1).then(|| r.text(10));
        let line = crate::tokens::searchable(&i);
        for ((q, (t, f)), g) in queries.iter().zip(&scorers).zip(&filtered) {
            let expected = score(&Doc::new(&i), &i, t);
            assert_eq!(f(line.as_bytes()), expected, "query {q:?} on {i:#?}");
            assert_eq!(g(&i), expected, "prefiltered: query {q:?} on {i:#?}");
        }
    }
}

fn ranked(ideas: &[Idea], q: &str) -> Vec<String> {
    let refs: Vec<&Idea> = ideas.iter().collect();
    search(&terms(q), &refs)
        .into_iter()
        .map(|h| h.idea.title.clone())
        .collect()
}

fn toks(s: &str) -> Vec<String> {
    tokenize(s).into_iter().map(|t| t.lower).collect()
}

#[test]
fn tokens_keep_plus_hash_and_inner_dots() {
    assert_eq!(
        toks("C++, C# and Node.js. Also .NET!"),
        ["c++", "c#", "and", "node.js", "also", ".net"]
    );
    assert_eq!(toks("python+go c++17"), ["python", "go", "c++17"]);
    assert_eq!(toks("multi-cluster (K8s)"), ["multi", "cluster", "k8s"]);
    assert_eq!(toks("Émile's café"), ["émile", "s", "café"]);
    assert_eq!(toks(" ,.;-- "), Vec::<String>::new());
}

#[test]
fn token_ranges_point_into_the_text() {
    let text = "é Go!";
    let t = &tokenize(text)[1];
    assert_eq!(&text[t.start..t.end], "Go");
    assert_eq!((t.cstart, t.cend), (2, 4));
}

#[test]
fn query_terms_phrases_and_duplicates() {
    assert_eq!(
        words("Go \"Multi  Cluster\" c++ go"),
        [vec!["go"], vec!["multi", "cluster"], vec!["c++"]]
    );
    assert_eq!(words("multi-cluster"), [vec!["multi", "cluster"]]);
    assert_eq!(
        words("ada@lighthouse.example"),
        [vec!["ada", "lighthouse.example"]]
    );
    assert_eq!(words("go,rust"), [vec!["go"], vec!["rust"]]);
    // An unbalanced quote runs to the end of the query.
    assert_eq!(words("\"service mesh"), [vec!["service", "mesh"]]);
    assert!(terms("  ,, \"\" -- ").is_empty());
}

#[test]
fn query_terms_resolve_skill_aliases() {
    let t = terms("golang k8s C++ lamp");
    let skills: Vec<Option<&str>> = t.iter().map(|t| t.skill.as_deref()).collect();
    assert_eq!(skills, [Some("go"), Some("kubernetes"), Some("cpp"), None]);
}

#[test]
fn phrases_match_consecutive_words_only() {
    let near = Text::new("Build a multi-cluster scheduler.");
    let apart = Text::new("A cluster of multi tenant nodes.");
    let phrase = &terms("\"multi cluster\"")[0];
    assert_eq!(best_in(&near, phrase), WHOLE);
    assert_eq!(best_in(&apart, phrase), 0.0);
    // The last word of a phrase may be a prefix.
    assert_eq!(best_in(&near, &terms("\"multi clus\"")[0]), PREFIX);
}

#[test]
fn prefixes_need_three_characters() {
    let text = Text::new("Kubernetes and Google");
    assert_eq!(best_in(&text, &terms("kube")[0]), PREFIX);
    assert_eq!(best_in(&text, &terms("kubernetes")[0]), WHOLE);
    assert_eq!(best_in(&text, &terms("go")[0]), 0.0);
}

#[test]
fn field_weights_order_matches() {
    let mut title = idea("Telemetry pipeline");
    title.description = Some("Nothing here.".into());
    let mut skill = idea("Skill idea");
    skill.skills = vec!["telemetry".into()];
    let mut org = idea("Org idea");
    org.org = Some("Telemetry Group".into());
    let mut mentor = idea("Mentor idea");
    mentor.mentors = vec![Mentor {
        name: Some("Tel Emetry".into()),
        github: Some("telemetry".into()),
        email: None,
    }];
    let mut body = idea("Body idea");
    body.description = Some("Collect telemetry.".into());
    assert_eq!(score_of(&title, "telemetry"), Some(10.0));
    assert_eq!(score_of(&skill, "telemetry"), Some(8.0));
    assert_eq!(score_of(&org, "telemetry"), Some(6.0));
    assert_eq!(score_of(&mentor, "telemetry"), Some(4.0));
    assert_eq!(score_of(&body, "telemetry"), Some(1.0));
    let all = [body, mentor, org, skill, title];
    assert_eq!(
        ranked(&all, "telemetry"),
        [
            "Telemetry pipeline",
            "Skill idea",
            "Org idea",
            "Mentor idea",
            "Body idea"
        ]
    );
}

#[test]
fn whole_words_beat_prefixes_and_body_repeats_are_capped() {
    let mut i = idea("Exporters for lamps");
    assert_eq!(score_of(&i, "exporters"), Some(10.0));
    assert_eq!(score_of(&i, "exporter"), Some(5.0));
    i.title = "Other".into();
    i.description = Some("lamp ".repeat(3));
    assert_eq!(score_of(&i, "lamp"), Some(1.5));
    i.description = Some("lamp ".repeat(50));
    assert_eq!(score_of(&i, "lamp"), Some(2.0));
}

#[test]
fn every_term_must_match_and_scores_add_up() {
    let mut i = idea("Lamp exporter");
    i.description = Some("Written in Rust.".into());
    assert_eq!(score_of(&i, "lamp rust"), Some(11.0));
    assert_eq!(score_of(&i, "lamp python"), None);
}

#[test]
fn aliases_match_canonical_skills() {
    let mut i = idea("Exporter");
    i.skills = vec!["go".into()];
    i.skills_raw = Some("Go".into());
    assert_eq!(score_of(&i, "golang"), Some(8.0));
    assert_eq!(score_of(&i, "go"), Some(8.0));
    assert_eq!(score_of(&i, "rust"), None);
}

#[test]
fn ties_go_to_the_newest_year_then_title() {
    let mut a = idea("B dashboard");
    a.year = Some(2023);
    let mut b = idea("Z dashboard");
    b.year = Some(2025);
    let mut c = idea("A dashboard");
    c.year = Some(2023);
    let mut d = idea("C dashboard");
    d.year = None;
    assert_eq!(
        ranked(&[a, b, c, d], "dashboard"),
        ["Z dashboard", "A dashboard", "B dashboard", "C dashboard"]
    );
}

#[test]
fn empty_query_is_an_error() {
    let config = SearchConfig {
        query: " ,, ".into(),
        format: SearchFormat::Json,
        limit: None,
        color: false,
        tty: false,
        width: 80,
    };
    let err = run(&config, &[], None, &mut Vec::new()).unwrap_err();
    assert_eq!(err.to_string(), "empty query");
}

#[test]
fn json_runs_make_the_array_serde_writes() {
    let mut r = Lcg(3, false);
    let ideas: Vec<Idea> = (0..1100)
        .map(|n| {
            let mut i = idea(&format!("{} \"quoted\"\n{n}", r.text(3)));
            i.description = (n % 3 > 0).then(|| r.text(30));
            i.mentors = vec![Mentor {
                name: Some(r.text(2)),
                github: None,
                email: Some("ab@multi.example".into()),
            }];
            i
        })
        .collect();
    let t = terms("multi cluster");
    let lookup = context::Lookup::new(&t);
    let hits: Vec<Hit> = ideas
        .iter()
        .enumerate()
        .map(|(n, idea)| Hit {
            score: n as f64 * 0.75,
            idea,
        })
        .collect();
    let rows: Vec<Scored> = hits
        .iter()
        .map(|h| Scored {
            idea: h.idea,
            score: h.score,
            context: context(h.idea, &t, &lookup, CONTEXT_CHARS).text,
        })
        .collect();
    let mut expected = serde_json::to_vec_pretty(&rows).unwrap();
    expected.push(b'\n');
    let element = |out: &mut Vec<u8>, hit: &Hit| json_element(out, hit, &t, &lookup);
    let mut got = b"[".to_vec();
    for (k, run) in hits.chunks(7).enumerate() {
        crate::render::json::append_elements(&mut got, run, k == 0, element).unwrap();
    }
    got.extend_from_slice(b"\n]\n");
    assert_eq!(
        String::from_utf8(got).unwrap(),
        String::from_utf8(expected.clone()).unwrap()
    );
    // On every core, in batches (more than one) whose runs reuse the same buffers.
    let mut got = Vec::new();
    crate::render::json::write_array_on_every_core(&mut got, &hits, element).unwrap();
    assert!(got == expected);
}
