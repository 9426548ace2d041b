//! `ideas search`: ranked full-text search over the ideas that passed the filters.
//!
//! How a query is read:
//! - It is split into terms, case-insensitively. Words are runs of letters and digits; `+` and `#`
//!   stay at the end of a word (`c++`, `c#`) and `.` inside one (`node.js`, `.net`), as in the
//!   skills table. A quoted part (`"multi cluster"`) is one phrase term, and so is a word whose
//!   parts are joined by `-`, `_`, `/`, `@` or `'` (`multi-cluster`). Repeated terms count once.
//! - Every term must match somewhere in an idea (AND). A phrase matches consecutive words of one
//!   field, whatever punctuation lies between them.
//!
//! How an idea is scored: for each term, the best field match, weight × quality, where weights are
//! title 10, skills (canonical ids and the skills text) 8, organisation 6, mentors (names, handles,
//! emails) 4 and body (description and expected outcomes) 1, and quality is 1 for whole words and
//! 0.5 when the term's last word (3 characters or more) only starts a word. A body match gets
//! 0.25 more per further occurrence, at most 1 more. A term that names a skill through the skill
//! table (`golang` -> `go`) matches ideas with that skill as a whole skill word. The idea's score
//! is the sum over terms. Results are ordered by score, then year (newest first, unknown last),
//! then title A-Z and id, so the order is total.
//!
//! Matching is one way: an idea's fields are written as searchable text
//! (`crate::tokens::searchable`, which the synced index keeps), and each term is a substring
//! scan of that text (`search/line.rs`). An idea read from a page is written so first.

use crate::model::Idea;
use crate::options::SearchFormat;
use crate::skills::SkillTable;
use crate::tokens::tokenize;
use crate::{Outcome, EXIT_NO_MATCH, EXIT_OK};
use serde::Serialize;
use std::io::Write;

mod context;
mod line;

use context::context;
pub use line::line_scorer;

/// Settings of `search`.
#[derive(Debug, Clone)]
pub struct SearchConfig {
    /// The query as typed.
    pub query: String,
    /// Output format.
    pub format: SearchFormat,
    /// At most this many results.
    pub limit: Option<usize>,
    /// The output stream: on a terminal, aligned lines with context; otherwise tab-separated.
    pub term: crate::options::Term,
}

/// Weight of a title match.
const W_TITLE: f64 = 10.0;
/// Weight of a skill match (canonical id, skills text, or skill alias).
const W_SKILL: f64 = 8.0;
/// Weight of an organisation match.
const W_ORG: f64 = 6.0;
/// Weight of a mentor match (name, handle, email).
const W_MENTOR: f64 = 4.0;
/// Weight of a description / expected outcome match.
const W_BODY: f64 = 1.0;
/// Quality of a whole-word match.
const WHOLE: f64 = 1.0;
/// Quality of a match on the start of a word.
const PREFIX: f64 = 0.5;
/// A word shorter than this only matches whole words (so `go` never matches "google").
const MIN_PREFIX_CHARS: usize = 3;
/// Body bonus per occurrence after the first.
const BODY_REPEAT_BONUS: f64 = 0.25;
/// Cap on the body bonus.
const BODY_BONUS_CAP: f64 = 1.0;
/// Longest context, in characters (ellipses included).
const CONTEXT_CHARS: usize = 100;
/// Start and end of a marked (matched) word with colour: bold yellow.
const MARK_ON: &str = "\u{1b}[1;33m";
const MARK_OFF: &str = "\u{1b}[0m";

/// Runs `search` over the (already filtered) ideas; `scores`, when a synced index computed them
/// (aligned with `ideas`, every one a match), spare scoring them again.
pub fn run(
    config: &SearchConfig,
    ideas: &[&Idea],
    scores: Option<&[f64]>,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let terms = parse_query(&config.query, SkillTable::bundled());
    if terms.is_empty() {
        anyhow::bail!("empty query");
    }
    let mut hits = search(&terms, ideas, scores);
    let matched = !hits.is_empty();
    if let Some(n) = config.limit {
        hits.truncate(n);
    }
    match config.format {
        SearchFormat::Json => {
            let rows: Vec<Scored> = hits
                .iter()
                .map(|hit| Scored {
                    idea: hit.idea,
                    score: hit.score,
                    context: context(hit.idea, &terms, CONTEXT_CHARS).text,
                })
                .collect();
            crate::render::json::write_json(out, &rows)?;
        }
        SearchFormat::Ids => {
            for h in &hits {
                writeln!(out, "{}", h.idea.id)?;
            }
        }
        SearchFormat::Human => {
            let ideas: Vec<&Idea> = hits.iter().map(|h| h.idea).collect();
            let scores: Vec<f64> = hits.iter().map(|h| h.score).collect();
            if config.term.tty || config.term.color {
                write_lines(out, &ideas, &scores, &terms, config)?
            } else {
                out.write_all(crate::render::lines::plain(&ideas, Some(&scores)).as_bytes())?;
            }
        }
    }
    Ok(Outcome(if matched { EXIT_OK } else { EXIT_NO_MATCH }))
}

/// An idea's score for `query`, as [`run`] ranks it (`None`: it does not match every term),
/// to keep the scores of the ideas kept while files are read instead of scoring them again.
pub fn scorer(query: &str) -> impl Fn(&Idea) -> Option<f64> + Sync {
    line::idea_scorer(parse_query(query, SkillTable::bundled()))
}

/// Each term of `query` with how many of `ideas` it matches alone (to explain an empty result).
pub fn term_counts(query: &str, ideas: &[&Idea]) -> Vec<(String, usize)> {
    let lines: Vec<String> = ideas.iter().map(|i| crate::tokens::searchable(i)).collect();
    parse_query(query, SkillTable::bundled())
        .into_iter()
        .map(|t| {
            let words = t.words.join(" ");
            let scorer = line::scorer_of(vec![t]);
            let n = lines
                .iter()
                .filter(|l| scorer(l.as_bytes()).is_some())
                .count();
            (words, n)
        })
        .collect()
}

/// One result of `--format json`: the idea's fields (as `list --json` prints them), its score
/// and the line of context people see.
#[derive(Serialize)]
struct Scored<'a> {
    #[serde(flatten)]
    idea: &'a Idea,
    score: f64,
    context: String,
}

/// A scored idea. Its tokenised fields are rebuilt for the few results printed rather than
/// kept for every match (which cost about ten times the corpus in memory).
struct Hit<'a> {
    score: f64,
    idea: &'a Idea,
}

/// The ideas matching every term, best first; `scores`, when a synced index computed them
/// (aligned with `ideas`, every one a match), are not computed again.
fn search<'a>(terms: &[Term], ideas: &[&'a Idea], scores: Option<&[f64]>) -> Vec<Hit<'a>> {
    let scores: Vec<Option<f64>> = match scores {
        Some(scores) if scores.len() == ideas.len() => scores.iter().copied().map(Some).collect(),
        _ => {
            // Score on all cores.
            let scorer = line::idea_scorer(terms.to_vec());
            crate::load::parallel_map(ideas, |&idea| scorer(idea))
        }
    };
    let mut hits: Vec<Hit> = (ideas.iter().zip(scores))
        .filter_map(|(&idea, score)| {
            Some(Hit {
                score: score?,
                idea,
            })
        })
        .collect();
    rank(&mut hits);
    hits
}

/// Best first: score, then year (newest first), then title A-Z and id.
fn rank(hits: &mut Vec<Hit>) {
    // Each title is lower-cased once, not at every comparison.
    let mut keyed: Vec<(String, Hit)> = hits
        .drain(..)
        .map(|h| (h.idea.title.to_lowercase(), h))
        .collect();
    keyed.sort_by(|(ta, a), (tb, b)| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| b.idea.year.cmp(&a.idea.year))
            .then_with(|| ta.cmp(tb))
            .then_with(|| a.idea.id.cmp(&b.idea.id))
    });
    hits.extend(keyed.into_iter().map(|(_, h)| h));
}

/// For people: the lines `list` prints (short id, title, org, programme, skills) with the
/// score in front, each followed by a line of context under the title, where the terms are
/// marked.
fn write_lines(
    out: &mut dyn Write,
    ideas: &[&Idea],
    scores: &[f64],
    terms: &[Term],
    config: &SearchConfig,
) -> std::io::Result<()> {
    let (width, color) = (config.term.width.max(40), config.term.color);
    let table = crate::render::lines::fitted(ideas, width, color, Some(scores));
    let mut lines = table.lines();
    if let Some(header) = lines.next() {
        writeln!(out, "{header}")?;
    }
    // The context starts under the title: after the score, the short id and two gaps.
    let indent = format!("{:.1}", scores.iter().copied().fold(0.0, f64::max))
        .len()
        .max("SCORE".len())
        + 2
        + 7
        + 2;
    for (line, idea) in lines.zip(ideas) {
        writeln!(out, "{line}")?;
        let ctx = context(
            idea,
            terms,
            CONTEXT_CHARS.min(width.saturating_sub(indent)).max(20),
        );
        if !ctx.text.is_empty() {
            writeln!(out, "{}{}", " ".repeat(indent), ctx.render(color))?;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Tokens and terms

/// Characters that join the parts of one query word into a phrase (`multi-cluster`).
const JOINERS: &[char] = &['-', '_', '/', '@', '\'', '\u{2019}'];

/// One query term: a word, or a phrase of consecutive words.
#[derive(Debug, Clone, PartialEq)]
struct Term {
    words: Vec<String>,
    /// Whether the last word may match the start of a longer word.
    prefix: bool,
    /// The canonical skill id the term names, if any (`golang` -> `go`).
    skill: Option<String>,
}

impl Term {
    fn new(words: Vec<String>, skills: &SkillTable) -> Term {
        let prefix = words
            .last()
            .is_some_and(|w| w.chars().count() >= MIN_PREFIX_CHARS);
        let skill = skills.canonical(&words.join(" ")).map(str::to_string);
        Term {
            words,
            prefix,
            skill,
        }
    }
}

/// Reads a query into terms (see the module documentation). No terms means an empty query.
fn parse_query(query: &str, skills: &SkillTable) -> Vec<Term> {
    let mut groups: Vec<Vec<String>> = Vec::new();
    for (k, part) in query.split('"').enumerate() {
        if k % 2 == 1 {
            // Inside quotes: one phrase.
            let words: Vec<String> = tokenize(part).into_iter().map(|t| t.lower).collect();
            if !words.is_empty() {
                groups.push(words);
            }
            continue;
        }
        for chunk in part.split_whitespace() {
            let tokens = tokenize(chunk);
            let mut group: Vec<String> = Vec::new();
            let mut prev_end: Option<usize> = None;
            for t in tokens {
                let joined = prev_end.is_some_and(|e| {
                    let between = &chunk[e..t.start];
                    !between.is_empty() && between.chars().all(|c| JOINERS.contains(&c))
                });
                if !joined && !group.is_empty() {
                    groups.push(std::mem::take(&mut group));
                }
                prev_end = Some(t.end);
                group.push(t.lower);
            }
            if !group.is_empty() {
                groups.push(group);
            }
        }
    }
    let mut terms: Vec<Term> = Vec::new();
    for words in groups {
        if !terms.iter().any(|t| t.words == words) {
            terms.push(Term::new(words, skills));
        }
    }
    terms
}

// ---------------------------------------------------------------------------------------------
// Fields and matching

/// A field's text, cleaned to one line, with its words: their places in it and, one after
/// another in `lower`, their lower-cased text (one allocation for all of them).
#[derive(Debug, Clone)]
struct Text {
    s: String,
    lower: String,
    tokens: Vec<Word>,
}

/// A word of a [`Text`]: character range in its text, byte range in its `lower`.
#[derive(Debug, Clone, Copy)]
struct Word {
    cstart: usize,
    cend: usize,
    lower: (usize, usize),
}

impl Text {
    fn new(raw: &str) -> Text {
        let mut s = String::new();
        crate::tokens::clean_line_into(raw, &mut s);
        let (mut lower, mut tokens) = (String::new(), Vec::new());
        let (mut at, mut chars) = (0, 0);
        crate::tokens::words(&s, |start, end| {
            let cstart = chars + s[at..start].chars().count();
            let cend = cstart + s[start..end].chars().count();
            let from = lower.len();
            crate::tokens::push_lower(&mut lower, &s[start..end]);
            tokens.push(Word {
                cstart,
                cend,
                lower: (from, lower.len()),
            });
            (at, chars) = (end, cend);
        });
        Text { s, lower, tokens }
    }

    /// The `k`th word, lower-cased.
    fn word(&self, k: usize) -> &str {
        let (a, b) = self.tokens[k].lower;
        &self.lower[a..b]
    }
}

/// Where `term` occurs in `tokens`: first token, one past the last token, and quality.
fn occurrences<'a>(
    text: &'a Text,
    term: &'a Term,
) -> impl Iterator<Item = (usize, usize, f64)> + 'a {
    let n = term.words.len();
    (0..(text.tokens.len() + 1).saturating_sub(n)).filter_map(move |i| {
        let mut quality = WHOLE;
        for (k, word) in term.words.iter().enumerate() {
            let token = text.word(i + k);
            if token == word {
                continue;
            }
            if k + 1 == n && term.prefix && token.starts_with(word.as_str()) {
                quality = PREFIX;
                continue;
            }
            return None;
        }
        Some((i, i + n, quality))
    })
}

/// Whether `term` names (through the skill table) a skill the idea has.
fn skill_hit(idea: &Idea, term: &Term) -> bool {
    term.skill.as_deref().is_some_and(|id| {
        let table = SkillTable::bundled();
        idea.skills
            .iter()
            .any(|s| table.ids_of(s).iter().any(|i| i == id))
    })
}

#[cfg(test)]
mod tests;
