//! The line of context under a search result: where the terms match best (a window of the
//! description or outcomes), else the field that matched, cut at word boundaries with the
//! matched words marked.

use super::{occurrences, skill_hit, Term, Text, Word, MARK_OFF, MARK_ON};
use crate::model::Idea;
use crate::skills::SkillTable;

/// A piece of text with the byte ranges of matched words.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Snippet {
    pub(super) text: String,
    pub(super) marks: Vec<(usize, usize)>,
}

impl Snippet {
    /// The text, with marked words in bold yellow when `color`.
    pub(super) fn render(&self, color: bool) -> String {
        if !color {
            return self.text.clone();
        }
        let mut out = String::with_capacity(self.text.len() + self.marks.len() * 12);
        let mut at = 0;
        for &(a, b) in &self.marks {
            out.push_str(&self.text[at..a]);
            out.push_str(MARK_ON);
            out.push_str(&self.text[a..b]);
            out.push_str(MARK_OFF);
            at = b;
        }
        out.push_str(&self.text[at..]);
        out
    }
}

/// A match in a text: character range, term index.
#[derive(Debug, Clone, Copy)]
struct Span {
    cstart: usize,
    cend: usize,
    term: usize,
}

impl Span {
    /// The words from `first` to `last` as a match of term `term`.
    fn of(first: &Word, last: &Word, term: usize) -> Span {
        Span {
            cstart: first.cstart,
            cend: last.cend,
            term,
        }
    }
}

/// Every match of every term in `text`, in text order.
fn spans(text: &Text, terms: &[Term]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for (k, term) in terms.iter().enumerate() {
        for (a, b, _) in occurrences(text, term) {
            out.push(Span::of(&text.tokens[a], &text.tokens[b - 1], k));
        }
    }
    out.sort_by_key(|s| (s.cstart, s.cend));
    out
}

/// The stretch of `spans` (first and last index) that fits in `budget` characters and covers
/// the most distinct terms (the earliest such stretch), with that count.
fn best_window(spans: &[Span], terms: usize, budget: usize) -> (usize, usize, usize) {
    let mut counts = vec![0usize; terms];
    let mut distinct = 0;
    let mut best = (0, 0, 0);
    let mut j = 0;
    for i in 0..spans.len() {
        if j <= i {
            // A window always holds its first span, even one longer than the budget.
            j = i + 1;
            counts[spans[i].term] += 1;
            if counts[spans[i].term] == 1 {
                distinct += 1;
            }
        }
        while j < spans.len() && spans[j].cend.saturating_sub(spans[i].cstart) <= budget {
            counts[spans[j].term] += 1;
            if counts[spans[j].term] == 1 {
                distinct += 1;
            }
            j += 1;
        }
        if distinct > best.2 {
            best = (i, j - 1, distinct);
        }
        counts[spans[i].term] -= 1;
        if counts[spans[i].term] == 0 {
            distinct -= 1;
        }
    }
    best
}

/// Cuts `s` (a cleaned text) to at most `max` characters, at word boundaries where possible, with `…` where
/// text was left out, and marks every match inside. With `around`, the cut keeps the stretch of
/// `spans` best covering the terms; otherwise (or without spans) it keeps the start.
fn cut(s: &str, spans: &[Span], terms: usize, max: usize, around: bool) -> Snippet {
    // Byte offset of each character (and of the end).
    let idx: Vec<usize> = (s.char_indices().map(|(b, _)| b))
        .chain(std::iter::once(s.len()))
        .collect();
    let total = idx.len() - 1;
    let (mut from, mut to) = (0, s.len());
    if total > max {
        let budget = max.saturating_sub(2).max(1);
        let (ws, mut we) = match best_window(spans, terms, budget) {
            (i, j, n) if around && n > 0 => (spans[i].cstart, spans[j].cend),
            _ => (0, 0),
        };
        we = we.min(ws + budget);
        let room = budget - (we - ws);
        let before = ws.min((room / 3).max(room.saturating_sub(total - we)));
        let (start, end) = (ws - before, (we + room - before).min(total));
        from = idx[start];
        to = idx[end];
        if start > 0 {
            if let Some(p) = s[from..idx[ws]].find(' ') {
                from += p + 1;
            }
        }
        if end < total {
            if let Some(p) = s[idx[we]..to].rfind(' ') {
                to = idx[we] + p;
            }
        }
    }
    let lead = if from > 0 { "…" } else { "" };
    let mut out = String::with_capacity(to - from + 6);
    out.push_str(lead);
    out.push_str(&s[from..to]);
    if to < s.len() {
        out.push('…');
    }
    let shift = lead.len();
    let mut marks: Vec<(usize, usize)> = Vec::new();
    for span in spans {
        let (a, b) = (idx[span.cstart].max(from), idx[span.cend].min(to));
        if a >= b {
            continue;
        }
        let (a, b) = (a - from + shift, b - from + shift);
        match marks.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => marks.push((a, b)),
        }
    }
    Snippet { text: out, marks }
}

/// Words of a skills text that name (through the skill table) a skill of the idea that a term
/// names: "Golang" for the query `go`.
fn alias_spans(text: &Text, idea: &Idea, terms: &[Term]) -> Vec<Span> {
    let table = SkillTable::bundled();
    let mut out = Vec::new();
    for (k, term) in terms.iter().enumerate() {
        if !skill_hit(idea, term) {
            continue;
        }
        for (w, t) in text.tokens.iter().enumerate() {
            if table.canonical(text.word(w)) == term.skill.as_deref() {
                out.push(Span::of(t, t, k));
            }
        }
    }
    out
}

/// The start of `text` (at most `max` characters) with the matches of `terms` marked.
fn head(text: &Text, terms: &[Term], max: usize) -> Snippet {
    cut(&text.s, &spans(text, terms), terms.len(), max, false)
}

/// The context of a result: where the body matches best (the description, then the expected
/// outcomes), otherwise the best other field that matched (title, skills, organisation,
/// mentors), labelled.
pub(super) fn context(idea: &Idea, terms: &[Term], max: usize) -> Snippet {
    let mut best: Option<(usize, String, Vec<Span>)> = None;
    for raw in [&idea.description, &idea.expected_outcomes]
        .into_iter()
        .flatten()
    {
        let text = Text::new(raw);
        let found = spans(&text, terms);
        if found.is_empty() {
            continue;
        }
        let (_, _, distinct) = best_window(&found, terms.len(), max.saturating_sub(2).max(1));
        if best.as_ref().is_none_or(|b| distinct > b.0) {
            best = Some((distinct, text.s, found));
        }
    }
    if let Some((_, s, found)) = best {
        return cut(&s, &found, terms.len(), max, true);
    }
    let title = Text::new(&idea.title);
    if !spans(&title, terms).is_empty() {
        return head(&title, terms, max);
    }
    let skills = match &idea.skills_raw {
        Some(raw) => crate::model::skills_line(raw),
        None => idea.skills.join(", "),
    };
    let mentors: Vec<String> = idea
        .mentors
        .iter()
        .map(|m| {
            let contact: Vec<String> = m
                .github
                .iter()
                .map(|g| format!("@{g}"))
                .chain(m.email.iter().cloned())
                .collect();
            match (&m.name, contact.is_empty()) {
                (Some(name), false) => format!("{name} ({})", contact.join(", ")),
                (Some(name), true) => name.clone(),
                (None, _) => contact.join(", "),
            }
        })
        .collect();
    let fields = [
        ("skills: ", skills),
        ("org: ", idea.org.clone().unwrap_or_default()),
        ("mentors: ", mentors.join("; ")),
    ];
    let skill_alias = terms.iter().any(|t| skill_hit(idea, t));
    for (k, (label, value)) in fields.iter().enumerate() {
        let text = Text::new(value);
        let mut found = spans(&text, terms);
        if k == 0 && skill_alias {
            found.extend(alias_spans(&text, idea, terms));
            found.sort_by_key(|s| (s.cstart, s.cend));
        }
        if found.is_empty() {
            continue;
        }
        let mut snippet = cut(
            &text.s,
            &found,
            terms.len(),
            max.saturating_sub(label.chars().count()).max(1),
            true,
        );
        snippet.text.insert_str(0, label);
        for m in &mut snippet.marks {
            *m = (m.0 + label.len(), m.1 + label.len());
        }
        return snippet;
    }
    head(&title, terms, max)
}

#[cfg(test)]
mod tests {
    use super::super::CONTEXT_CHARS;
    use super::*;

    // The same builders as the search tests.
    use super::super::tests::{idea, terms};

    #[test]
    fn context_is_a_short_marked_window_of_the_body() {
        let mut i = idea("Lamp exporter");
        i.description = Some(format!(
            "{} The **scheduler** must\nwork across clusters. {}",
            "Intro words here. ".repeat(10),
            "Tail words there. ".repeat(10)
        ));
        let t = terms("scheduler clusters");
        let ctx = context(&i, &t, CONTEXT_CHARS);
        assert!(ctx.text.chars().count() <= CONTEXT_CHARS, "{ctx:?}");
        assert!(ctx.text.starts_with('…') && ctx.text.ends_with('…'));
        assert!(ctx
            .text
            .contains("The scheduler must work across clusters."));
        assert_eq!(ctx.marks.len(), 2);
        let plain = ctx.render(false);
        assert!(!plain.contains('\u{1b}'));
        let colored = ctx.render(true);
        assert!(colored.contains("\u{1b}[1;33mscheduler\u{1b}[0m"));
        assert!(colored.contains("\u{1b}[1;33mclusters\u{1b}[0m"));
    }

    #[test]
    fn context_strips_page_escapes() {
        let mut i = idea("Lamp");
        i.description = Some("Evil \u{1b}]0;title\u{7}lamp \u{1b}[2Jtext\u{0}.".into());
        let t = terms("lamp");
        let ctx = context(&i, &t, CONTEXT_CHARS);
        assert_eq!(ctx.text, "Evil lamp text.");
    }

    #[test]
    fn context_falls_back_to_other_fields() {
        let mut i = idea("Exporter");
        i.skills = vec!["go".into()];
        i.skills_raw = Some("Go, Prometheus".into());
        i.description = Some("Nothing relevant.".into());
        let ctx = context(&i, &terms("golang"), CONTEXT_CHARS);
        assert_eq!(ctx.text, "skills: Go, Prometheus");
        assert_eq!(ctx.marks, [(8, 10)]);
        i.skills_raw = Some("- Golang\n- Prometheus".into());
        let ctx = context(&i, &terms("go"), CONTEXT_CHARS);
        assert_eq!(ctx.text, "skills: Golang, Prometheus");
        assert_eq!(ctx.marks, [(8, 14)]);
        i.skills_raw = Some("Go, Prometheus".into());
        let ctx = context(&i, &terms("prometheus"), CONTEXT_CHARS);
        assert_eq!(ctx.text, "skills: Go, Prometheus");
        assert_eq!(ctx.marks, [(12, 22)]);
        let ctx = context(&i, &terms("exporter"), CONTEXT_CHARS);
        assert_eq!(ctx.text, "Exporter");
    }

    #[test]
    fn long_titles_are_cut_on_char_boundaries() {
        let text = Text::new(&"Écrire ".repeat(30));
        let s = head(&text, &terms("écrire"), 20);
        assert!(s.text.chars().count() <= 20);
        assert!(s.text.ends_with('…'));
        assert!(s.render(true).contains("\u{1b}[1;33mÉcrire\u{1b}[0m"));
    }
}
