//! Scoring an idea's searchable text ([`crate::tokens::searchable`], kept in the synced index)
//! as the definition over its fields' words scores the idea (in the search module's tests),
//! with a substring scan per term; and scoring an idea read from a page the same way, its
//! fields in ASCII once cleaned searched as they are, lower-cased ([`super::scan`]), and only
//! the others written as searchable text.

use super::scan::First;
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

/// A test scoring an idea as the searchable text written from it scores (`None`: no match),
/// through [`score_idea`].
pub(super) fn idea_scorer(terms: Vec<Term>) -> impl Fn(&Idea) -> Option<f64> + Sync {
    let firsts: Vec<First> = terms.iter().map(First::new).collect();
    let finders = finders(&terms);
    move |idea: &Idea| score_idea(idea, &terms, &firsts, &finders)
}

/// Each term's words as they stand in searchable text (joined by single spaces).
fn finders(terms: &[Term]) -> Vec<memchr::memmem::Finder<'static>> {
    terms
        .iter()
        .map(|t| memchr::memmem::Finder::new(t.words.join(" ").as_bytes()).into_owned())
        .collect()
}

/// Each thread's buffers for an idea: the searchable text of its fields outside ASCII, a
/// field's cleaned text, and its ASCII fields cleaned, lower-cased, one after another, with
/// the kind and place of each.
type Buffers = (String, String, String, Vec<(u8, usize, usize)>);

thread_local! {
    static LINE: std::cell::RefCell<Buffers> = const {
        std::cell::RefCell::new((String::new(), String::new(), String::new(), Vec::new()))
    };
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

/// Scores an idea (`None`: no match). The fields in ASCII once cleaned are put one after
/// another, lower-cased, into this thread's buffer and searched there ([`First::each_in`]: one
/// search per term over all of them); the others are written as searchable text into another
/// and searched there, as the synced index is. The first term that matches nowhere ends it.
///
/// Why not the searchable text of every field: writing it (cleaning, splitting into words,
/// lower-casing) cost search over the real corpus (`../shared` corpus and mirror, 30 copies,
/// 2,400 ideas found of 26,000) 2.7 s of CPU against 2.2-2.3 s this way (about 18%).
fn score_idea(
    idea: &Idea,
    terms: &[Term],
    firsts: &[First],
    finders: &[memchr::memmem::Finder],
) -> Option<f64> {
    LINE.with_borrow_mut(|(line, scratch, lower, ranges)| {
        line.clear();
        lower.clear();
        ranges.clear();
        crate::tokens::each_field(idea, |kind, raw| {
            crate::tokens::clean_line_into(raw, scratch);
            if !scratch.is_ascii() {
                crate::tokens::push_words(line, scratch, kind);
                return;
            }
            // A NUL between fields: no term's word holds one, so none is found across two.
            ranges.push((kind, lower.len(), lower.len() + scratch.len()));
            lower.push_str(scratch);
            lower.push('\0');
        });
        lower.make_ascii_lowercase();
        let mut total = 0.0;
        for ((term, first), finder) in terms.iter().zip(firsts).zip(finders) {
            let mut m = Matched::default();
            first.each_in(lower.as_bytes(), ranges, term, |kind, _, _, q| {
                m.add(kind, q)
            });
            if !line.is_empty() {
                line_matches(line.as_bytes(), finder, term, &mut m);
            }
            let skill_id = term.skill.as_deref().is_some_and(|id| {
                crate::tokens::written_skill_id(id) && super::skill_hit(idea, term)
            });
            let s = m.score(skill_id);
            if s <= 0.0 {
                return None;
            }
            total += s;
        }
        Some(total)
    })
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
