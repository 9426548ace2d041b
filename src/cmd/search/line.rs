//! Scoring an idea's searchable text ([`crate::tokens::searchable`], kept in the synced index)
//! exactly as [`super::score`] scores the idea itself, with a substring scan instead of
//! tokenising its fields.

use super::prefilter::{Mask, Prefilter};
use super::{parse_query, Term, BODY_BONUS_CAP, BODY_REPEAT_BONUS, PREFIX, WHOLE};
use super::{W_BODY, W_MENTOR, W_ORG, W_SKILL, W_TITLE};
use crate::model::Idea;
use crate::skills::SkillTable;

/// A test scoring an idea's [`crate::tokens::searchable`] text against `query` as [`score`]
/// scores the idea itself (`None`: some term matches nowhere, or the query is empty), for the
/// synced index, which keeps that text.
pub fn line_scorer(query: &str) -> impl Fn(&[u8]) -> Option<f64> + Sync {
    scorer_of(parse_query(query, SkillTable::bundled()))
}

/// [`line_scorer`] of a query already read into terms.
pub(super) fn scorer_of(terms: Vec<Term>) -> impl Fn(&[u8]) -> Option<f64> + Sync {
    let finders: Vec<memchr::memmem::Finder<'static>> = terms
        .iter()
        .map(|t| memchr::memmem::Finder::new(t.words.join(" ").as_bytes()).into_owned())
        .collect();
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

/// A test scoring an idea as [`super::score`] does (`None`: no match), through its searchable
/// text with only the fields that [`Prefilter`] cannot rule out.
pub(super) fn idea_scorer(terms: Vec<Term>) -> impl Fn(&Idea) -> Option<f64> + Sync {
    let prefilter = Prefilter::new(&terms);
    let skills: Vec<Option<String>> = terms.iter().map(|t| t.skill.clone()).collect();
    let scorer = scorer_of(terms);
    move |idea: &Idea| score_idea(idea, &prefilter, &skills, &scorer)
}

thread_local! {
    /// Each thread's buffers for an idea's searchable text, a field's cleaned text and the
    /// prefilter's verdict on each field.
    static LINE: std::cell::RefCell<(String, String, Vec<Mask>)> = const {
        std::cell::RefCell::new((String::new(), String::new(), Vec::new()))
    };
}

/// Scores an idea (`None`: no match) by writing its searchable text into this thread's buffer,
/// without the fields where `prefilter` proves no term occurs (they add nothing to the score),
/// and not at all when some term can occur nowhere. `skills`: each term's skill id, which
/// matches the idea's skills whatever its fields hold.
fn score_idea(
    idea: &Idea,
    prefilter: &Prefilter,
    skills: &[Option<String>],
    scorer: &impl Fn(&[u8]) -> Option<f64>,
) -> Option<f64> {
    LINE.with_borrow_mut(|(line, scratch, masks)| {
        if !prefilter.active() {
            crate::tokens::searchable_into(idea, line, scratch);
            return scorer(line.as_bytes());
        }
        let mut have: Mask = 0;
        for (k, id) in skills.iter().enumerate() {
            if id.as_ref().is_some_and(|id| idea.skills.contains(id)) {
                have |= 1 << k;
            }
        }
        masks.clear();
        crate::tokens::each_field(idea, |_, raw| {
            let mask = prefilter.field(raw, scratch);
            have |= mask;
            masks.push(mask);
        });
        if have != prefilter.all() {
            return None;
        }
        let mut next = masks.iter();
        crate::tokens::searchable_fields_into(idea, line, scratch, |_| {
            next.next().is_some_and(|&m| m != 0)
        });
        scorer(line.as_bytes())
    })
}

/// [`term_score`] over searchable text: every occurrence of the term's words that starts a
/// token, whole when a token boundary follows, else a prefix (when the term allows one),
/// counted for the field it lies in.
fn line_term_score(line: &[u8], finder: &memchr::memmem::Finder, term: &Term) -> f64 {
    use crate::tokens::{kind, FIELD, WORDS};
    let (mut title, mut skill, mut org, mut mentor, mut body) =
        (0.0f64, 0.0f64, 0.0f64, 0.0f64, 0.0f64);
    let mut count = 0usize;
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
        match line.get(field + 1).copied() {
            Some(kind::TITLE) => title = title.max(q),
            Some(kind::ORG) => org = org.max(q),
            Some(kind::SKILL | kind::SKILLS_TEXT) => skill = skill.max(q),
            Some(kind::MENTOR) => mentor = mentor.max(q),
            Some(kind::BODY) => {
                body = body.max(q);
                count += 1;
            }
            _ => {}
        }
    }
    if let Some(id) = &term.skill {
        if has_skill_id(line, id) {
            skill = WHOLE;
        }
    }
    let mut best = (W_TITLE * title)
        .max(W_SKILL * skill)
        .max(W_ORG * org)
        .max(W_MENTOR * mentor);
    if count > 0 {
        let bonus = (BODY_REPEAT_BONUS * (count - 1) as f64).min(BODY_BONUS_CAP);
        best = best.max(W_BODY * body + bonus);
    }
    best
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
