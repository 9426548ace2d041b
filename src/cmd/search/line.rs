//! Scoring an idea's searchable text ([`crate::tokens::searchable`], kept in the synced index)
//! as the definition over its fields' words scores the idea (in the search module's tests),
//! with a substring scan per term. An idea read from a page is written as searchable text
//! first and scored the same way: one way to match, whether the text comes from the index or
//! from a page.

use super::{parse_query, Term, BODY_BONUS_CAP, BODY_REPEAT_BONUS, PREFIX, WHOLE};
use super::{W_BODY, W_MENTOR, W_ORG, W_SKILL, W_TITLE};
use crate::model::Idea;
use crate::skills::SkillTable;

/// A test scoring an idea's [`crate::tokens::searchable`] text against `query` as the idea
/// itself scores (the definition, `score`, is in the search module's tests; `None`: some term
/// matches nowhere, or the query is empty), for the synced index, which keeps that text.
pub fn line_scorer(query: &str) -> impl Fn(&[u8]) -> Option<f64> + Sync {
    scorer_of(parse_query(query, SkillTable::bundled()))
}

/// [`line_scorer`] of a query already read into terms.
pub(super) fn scorer_of(terms: Vec<Term>) -> impl Fn(&[u8]) -> Option<f64> + Sync {
    let finders = finders(&terms);
    move |line: &[u8]| {
        if terms.is_empty() {
            return None;
        }
        let mut total = 0.0;
        for (term, finder) in terms.iter().zip(&finders) {
            let s = line_term_score(line, finder, term);
            if s <= 0.0 {
                return None;
            }
            total += s;
        }
        Some(total)
    }
}

/// A test scoring an idea as the searchable text written from it scores (`None`: no match).
pub(super) fn idea_scorer(terms: Vec<Term>) -> impl Fn(&Idea) -> Option<f64> + Sync {
    let score = scorer_of(terms);
    move |idea: &Idea| score(crate::tokens::searchable(idea).as_bytes())
}

/// Each term's words as they stand in searchable text (joined by single spaces).
fn finders(terms: &[Term]) -> Vec<memchr::memmem::Finder<'static>> {
    terms
        .iter()
        .map(|t| memchr::memmem::Finder::new(t.words.join(" ").as_bytes()).into_owned())
        .collect()
}

/// What a term matched in an idea: the best quality in each kind of field, and how many times
/// it occurs in the body.
#[derive(Debug, Clone, Copy, Default)]
struct Matched {
    title: f64,
    skill: f64,
    org: f64,
    mentor: f64,
    body: f64,
    count: usize,
}

impl Matched {
    /// An occurrence of quality `q` in a field of this kind ([`crate::tokens::kind`]).
    fn add(&mut self, kind: u8, q: f64) {
        use crate::tokens::kind;
        match kind {
            kind::TITLE => self.title = self.title.max(q),
            kind::ORG => self.org = self.org.max(q),
            kind::SKILL | kind::SKILLS_TEXT => self.skill = self.skill.max(q),
            kind::MENTOR => self.mentor = self.mentor.max(q),
            kind::BODY => {
                self.body = self.body.max(q);
                self.count += 1;
            }
            _ => {}
        }
    }

    /// The term's score; `skill_id`: the idea has the skill it names.
    fn score(mut self, skill_id: bool) -> f64 {
        if skill_id {
            self.skill = WHOLE;
        }
        let mut best = (W_TITLE * self.title)
            .max(W_SKILL * self.skill)
            .max(W_ORG * self.org)
            .max(W_MENTOR * self.mentor);
        if self.count > 0 {
            let bonus = (BODY_REPEAT_BONUS * (self.count - 1) as f64).min(BODY_BONUS_CAP);
            best = best.max(W_BODY * self.body + bonus);
        }
        best
    }
}

/// A term's score in searchable text (0 when it matches nowhere).
fn line_term_score(line: &[u8], finder: &memchr::memmem::Finder, term: &Term) -> f64 {
    let mut m = Matched::default();
    line_matches(line, finder, term, &mut m);
    m.score(term.skill.as_ref().is_some_and(|id| has_skill_id(line, id)))
}

/// Adds to `m` every occurrence of the term's words in searchable text that starts a token,
/// whole when a token boundary follows, else a prefix (when the term allows one), for the
/// field it lies in.
fn line_matches(line: &[u8], finder: &memchr::memmem::Finder, term: &Term, m: &mut Matched) {
    use crate::tokens::{FIELD, WORDS};
    let len = finder.needle().len();
    // Occurrences may overlap (a phrase "ab a" in "xab ab a"): search again one byte on.
    let mut from = 0;
    while let Some(found) = finder.find(&line[from..]) {
        let p = from + found;
        from = p + 1;
        if p == 0 || !matches!(line[p - 1], b' ' | WORDS) {
            continue;
        }
        let end = p + len;
        let q = match line.get(end) {
            None | Some(&b' ') | Some(&FIELD) => WHOLE,
            Some(_) if term.prefix => PREFIX,
            Some(_) => continue,
        };
        let Some(field) = memchr::memrchr(FIELD, &line[..p]) else {
            continue;
        };
        if let Some(&kind) = line.get(field + 1) {
            m.add(kind, q);
        }
    }
}

/// Whether searchable text lists this skill id as it is.
fn has_skill_id(line: &[u8], id: &str) -> bool {
    use crate::tokens::{kind, FIELD, WORDS};
    let mut field = Vec::with_capacity(id.len() + 3);
    field.extend_from_slice(&[FIELD, kind::SKILL_ID, WORDS]);
    field.extend_from_slice(id.as_bytes());
    memchr::memmem::find_iter(line, &field)
        .any(|p| line.get(p + field.len()).is_none_or(|&b| b == FIELD))
}
