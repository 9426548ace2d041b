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
        hours: Vec::new(),
        contacts: Vec::new(),
        upstream_issues: Vec::new(),
        links: Vec::new(),
        source: Source::default(),
    }
}

pub(super) fn terms(q: &str) -> Vec<Term> {
    parse_query(q, SkillTable::bundled())
}

// The definition of a score, over each field's words, that the searchable text's scan is
// tested against.

/// The searchable fields of one idea, tokenised once.
struct Doc {
    title: Text,
    org: Option<Text>,
    skill_ids: Vec<Text>,
    skills_raw: Option<Text>,
    mentors: Vec<Text>,
    /// Description, then expected outcomes.
    body: Vec<Text>,
}

impl Doc {
    fn new(idea: &Idea) -> Doc {
        Doc {
            title: Text::new(&idea.title),
            org: idea.org.as_deref().map(Text::new),
            skill_ids: idea.skills.iter().map(|s| Text::new(s)).collect(),
            skills_raw: idea.skills_raw.as_deref().map(Text::new),
            mentors: idea
                .mentors
                .iter()
                .flat_map(|m| [&m.name, &m.github, &m.email])
                .flatten()
                .map(|s| Text::new(s))
                .collect(),
            body: [&idea.description, &idea.expected_outcomes]
                .into_iter()
                .flatten()
                .map(|s| Text::new(s))
                .collect(),
        }
    }
}

/// The best match quality of `term` in `text` (0 when it does not occur).
fn best_in(text: &Text, term: &Term) -> f64 {
    occurrences(text, term)
        .map(|(_, _, q)| q)
        .fold(0.0, f64::max)
}

/// Best quality of `term` over several texts.
fn best_of<'a>(texts: impl IntoIterator<Item = &'a Text>, term: &Term) -> f64 {
    texts
        .into_iter()
        .map(|t| best_in(t, term))
        .fold(0.0, f64::max)
}

/// Score of one term in one idea (0 when it matches nowhere).
fn term_score(doc: &Doc, idea: &Idea, term: &Term) -> f64 {
    let skill = if skill_hit(idea, term) {
        WHOLE
    } else {
        best_of(doc.skill_ids.iter().chain(&doc.skills_raw), term)
    };
    let mut best = (W_TITLE * best_in(&doc.title, term))
        .max(W_SKILL * skill)
        .max(W_ORG * best_of(&doc.org, term))
        .max(W_MENTOR * best_of(&doc.mentors, term));
    let (mut quality, mut count) = (0.0, 0usize);
    for text in &doc.body {
        for (_, _, q) in occurrences(text, term) {
            quality = f64::max(quality, q);
            count += 1;
        }
    }
    if count > 0 {
        let bonus = (BODY_REPEAT_BONUS * (count - 1) as f64).min(BODY_BONUS_CAP);
        best = best.max(W_BODY * quality + bonus);
    }
    best
}

/// The idea's score, or `None` when a term matches nowhere: the definition that the line
/// scorer (what search runs) is tested against.
fn score(doc: &Doc, idea: &Idea, terms: &[Term]) -> Option<f64> {
    let mut total = 0.0;
    for term in terms {
        let s = term_score(doc, idea, term);
        if s <= 0.0 {
            return None;
        }
        total += s;
    }
    Some(total)
}

fn words(q: &str) -> Vec<Vec<String>> {
    terms(q).into_iter().map(|t| t.words).collect()
}

fn score_of(i: &Idea, q: &str) -> Option<f64> {
    score(&Doc::new(i), i, &terms(q))
}

/// A small deterministic generator (no crate needed for a test's variety); with `.1`, of
/// ASCII text only.
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
                affiliation: None,
            })
            .collect();
        i.description = (n % 6 > 0).then(|| r.text(40));
        i.expected_outcomes = (n % 4 > 1).then(|| r.text(10));
        let line = crate::tokens::searchable(&i);
        for ((q, (t, f)), g) in queries.iter().zip(&scorers).zip(&filtered) {
            let expected = score(&Doc::new(&i), &i, t);
            assert_eq!(f(line.as_bytes()), expected, "query {q:?} on {i:#?}");
            assert_eq!(g(&i), expected, "idea scorer: query {q:?} on {i:#?}");
        }
    }
}

fn ranked(ideas: &[Idea], q: &str) -> Vec<String> {
    let refs: Vec<&Idea> = ideas.iter().collect();
    search(&terms(q), &refs, None)
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
        affiliation: None,
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
        term: crate::options::Term {
            tty: false,
            color: false,
            width: 80,
            decorated: false,
        },
    };
    let err = run(&config, &[], None, &mut Vec::new()).unwrap_err();
    assert_eq!(err.to_string(), "empty query");
}
