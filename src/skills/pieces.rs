//! What one piece of a skills list is: a piece's lead-in and lead-out trimmed, whether what is
//! left is a skill, and the shapes of a piece that say how to read it (a label, a soft skill, a
//! choice, modifiers of one head). Used by [`super::items`].

use super::hedges::*;
use super::scan::*;
use super::words::*;

/// What separates the items of a list: commas and semicolons, the ideographic ones too.
pub(super) const LIST_SEPARATORS: &[&str] = &[",", ";", "\u{ff0c}", "\u{3001}", "\u{ff1b}"];

/// Items longer than this many words (outside parentheses) are prose, not a skill.
pub(super) const MAX_WORDS: usize = 8;

/// Whether pieces cut at "and"/"or" are modifiers of one head ("real-time or event-driven user
/// interactions"): each a hyphenated lower-case word, then a last piece of more words than its
/// lead-out ("atomics and memory ordering", "real-time and caching" are two).
pub(super) fn shares_head(pieces: &[&str]) -> bool {
    let one_word = |p: &&str| {
        let p = p.trim();
        !p.contains(' ') && p.contains('-') && p.starts_with(|c: char| c.is_lowercase())
    };
    match pieces {
        [first, .., last] if one_word(first) => {
            trim_item(last).split_whitespace().count() > 1
                && pieces[..pieces.len() - 1].iter().all(one_word)
        }
        _ => false,
    }
}

/// Whether the words before a " for " are a named tool ("Hardhat", "Rust"): at most two
/// words, capitalised.
pub(super) fn is_tool_for(head: &str) -> bool {
    let head = strip_lead(head.trim());
    let head = strip_prefix_ci(head, "the ").unwrap_or(head);
    head.split_whitespace().count() <= 2 && head.starts_with(char::is_uppercase)
}

/// The text without a short label before `:` ("Bonus: Django" -> "Django", ": Go" -> "Go").
pub(super) fn strip_label(text: &str) -> &str {
    let text = text.trim_start_matches([':', ' ']);
    // (A label has no list in it: "C, SIMD; nice to have: Rust" keeps C and SIMD.)
    // (A Chinese label ends at a full-width colon: "加分项：了解 Go".)
    let colon = (find_top(text, ": ").map(|at| (at, 2)))
        .or_else(|| find_top(text, "\u{ff1a}").map(|at| (at, '\u{ff1a}'.len_utf8())));
    match colon {
        Some((at, len))
            if text[..at].split_whitespace().count() <= 5 && !text[..at].contains([',', ';']) =>
        {
            text[at + len..].trim()
        }
        _ => text,
    }
}

/// Whether a clause starts with a soft skill ("Willingness to learn", "comfort working").
pub(super) fn starts_soft(clause: &str) -> bool {
    let lower = clause.to_lowercase();
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    let lower = lower.strip_prefix("a ").unwrap_or(lower);
    opens_with_phrase(lower, soft_starts())
}

/// The list in brackets after "(the) following <noun>": "following languages (Go, Python or
/// Java)" -> "Go, Python or Java".
pub(super) fn following_list(choice: &str) -> Option<&str> {
    let at = 4 * usize::from(starts_with_ci(choice.as_bytes(), b"the "));
    if !starts_with_ci(&choice.as_bytes()[at..], b"following ") {
        return None;
    }
    let (head, inner) = choice.split_once('(')?;
    let inner = inner.trim_end().strip_suffix(')')?;
    (head.split_whitespace().count() <= 3 && !inner.trim().is_empty()).then_some(inner.trim())
}

/// Whether a sentence that starts soft is a list whose first item alone is soft
/// ("Communication, Python and numpy"), not a soft phrase that governs the list ("Interest in
/// governance, DAOs and voting", "Motivation to dive into A, B").
pub(super) fn soft_item_first(sentence: &str) -> bool {
    let clauses = split_top(sentence, LIST_SEPARATORS);
    let first: Vec<String> = clauses.first().map_or(Vec::new(), |c| words(c).collect());
    const GOVERNING: [&str; 8] = ["in", "to", "for", "with", "into", "of", "about", "on"];
    clauses.len() >= 2 && first.len() <= 3 && !first.iter().any(|w| GOVERNING.contains(&w.as_str()))
}

/// A piece without its lead-in, lead-out and surrounding punctuation.
pub(super) fn trim_item(piece: &str) -> &str {
    let mut item = trim_punctuation(piece);
    // "(Optional) Kubernetes": a leading bracket that only says how much it is wanted.
    if let Some((said, rest)) = item.strip_prefix('(').and_then(|r| r.split_once(')')) {
        let mut ws = words(said).peekable();
        if is_hedge(said) || (ws.peek().is_some() && ws.all(|w| listed(trail_words(), &w))) {
            item = rest.trim_start();
        }
    }
    item = strip_cjk_lead(strip_lead(item));
    loop {
        let before = item;
        item = strip_cjk_trail(trim_punctuation(item));
        // A footnote's mark ("ReactiveStreams specification [4]") is no part of the skill.
        if let Some((head, mark)) = item.strip_suffix(']').and_then(|i| i.rsplit_once('[')) {
            if (1..=3).contains(&mark.len()) && mark.bytes().all(|b| b.is_ascii_digit()) {
                item = head.trim_end();
            }
        }
        // ("BASIC", written in capitals, is the language.)
        if let Some(&(_, first)) = word_spans(item).first() {
            if listed(lead_words(), first) && !in_capitals(first) {
                item = &item[first.len()..];
            }
        }
        // ("relational database, such as Postgres, MySQL": the examples after the comma.)
        if let Some(rest) = strip_prefix_ci(item, "such as ") {
            item = rest;
        }
        let ws = word_spans(item);
        if let Some(&(at, last)) = ws.last() {
            // ("Python experience", "web programming experience"; not "user experience".)
            let kinds = ["user", "developer", "customer"];
            let after_name = ws.len() > 1
                && !kinds
                    .iter()
                    .any(|k| ws[ws.len() - 2].1.eq_ignore_ascii_case(k));
            if listed(trail_words(), last)
                || (last.eq_ignore_ascii_case("experience") && after_name)
            {
                item = &item[..at];
            }
        }
        if item == before {
            return item;
        }
    }
}

/// The text after a lead-in near its start ("Strong knowledge of", "ability to read").
pub(super) fn strip_lead(text: &str) -> &str {
    let mut item = text;
    // "(potentially) GDScript", "(optional) Docker": a hedge in brackets before the skill.
    if let Some((inside, after)) = item.strip_prefix('(').and_then(|r| r.split_once(')')) {
        let hedge = word_spans(inside);
        if !hedge.is_empty()
            && hedge.iter().all(|w| listed(lead_words(), w.1))
            && after.contains(char::is_alphanumeric)
        {
            item = after.trim_start();
        }
    }
    // "Frontend experience using Next.js": the skill follows a lead noun and its preposition.
    let ws: Vec<(usize, &str)> = word_spans(item);
    for k in (0..ws.len().min(6)).rev() {
        // ("Programming skills in Go": heads of a lead-in may stand before it too.)
        let first = || {
            ws[..k]
                .iter()
                .all(|w| listed(lead_words(), w.1) || listed(first_lead_nouns(), w.1))
        };
        let head =
            listed(lead_nouns(), ws[k].1) || (listed(first_lead_nouns(), ws[k].1) && first());
        if !head {
            continue;
        }
        let mut j = k + 1;
        while j < ws.len() && listed(lead_verbs(), ws[j].1) {
            j += 1;
        }
        // "Experience contributing to Quux": a history with a named project, not a skill
        // ("contributing to documentation localization" names one).
        let named = (ws.get(j + 1)).is_some_and(|w| w.1.starts_with(char::is_uppercase));
        if named
            && ws[k + 1..j]
                .iter()
                .any(|w| w.1.eq_ignore_ascii_case("contributing"))
        {
            return "";
        }
        // "Experience developing GTK apps": the verb's object is the skill.
        let object = j > k + 1 && j < ws.len() && !listed(lead_prepositions(), ws[j].1);
        if object && !ws[j - 1].1.eq_ignore_ascii_case("working") {
            item = &item[ws[j].0..];
            break;
        }
        if j == ws.len() || !listed(lead_prepositions(), ws[j].1) {
            continue;
        }
        while j < ws.len()
            && (listed(lead_prepositions(), ws[j].1)
                || (ws[j].1.eq_ignore_ascii_case("or")
                    && ws
                        .get(j + 1)
                        .is_some_and(|w| listed(lead_prepositions(), w.1))))
        {
            j += 1;
        }
        item = ws.get(j).map_or("", |&(at, _)| &item[at..]);
        break;
    }
    // "ability to read C", "ability to quickly learn Git": the skill is the object of the verb.
    // ("the ability to ...", after "Knowledge of X or"; "Ability to learn new concepts quickly"
    // asks how one learns, not what.)
    let ws = word_spans(item);
    let a = (ws.iter())
        .position(|w| !listed(lead_words(), w.1))
        .unwrap_or(0);
    if ws.len() > a + 1
        && listed(ability_words(), ws[a].1)
        && ws[a + 1].1.eq_ignore_ascii_case("to")
    {
        let verb = (a + 2..ws.len())
            .find(|&k| !ws[k].1.ends_with("ly"))
            .unwrap_or(ws.len());
        let how = ws
            .last()
            .is_some_and(|w| w.1.ends_with("ly") && listed(not_items(), w.1));
        item = ws
            .get(verb + 1)
            .filter(|_| !how)
            .map_or("", |&(at, _)| &item[at..]);
    }
    item
}

/// Whether a trimmed piece names a skill: not empty, not filler, no soft skill, no clause, not
/// long prose.
pub(super) fn is_skill(item: &str) -> bool {
    let outside = outside_brackets(item);
    // ("{: .DarkRed}", a kramdown attribute list; "{% include x %}", a Liquid tag.)
    let markup = item.starts_with('{') && item.ends_with('}');
    if markup
        || !item.chars().any(char::is_alphabetic)
        || listed(not_items(), item)
        || listed(not_items(), outside.trim())
    {
        return false;
    }
    // "similar tools", "equivalent frameworks": a stand-in for the item before, not a skill.
    let first = item.split_whitespace().next().unwrap_or("");
    // ("other ML toolkits (scikit-learn, mlpack)" names its examples: it stays.)
    let cjk_stand_in = || (stand_ins().iter()).any(|s| !s.is_ascii() && first.starts_with(s));
    let examples = item.contains('(') && ["other", "another"].contains(&first);
    let stand_in = (listed(stand_ins(), first) || cjk_stand_in()) && !examples;
    let soft_cjk = || !item.is_ascii() && cjk_soft().iter().any(|w| item.contains(w));
    if stand_in || is_generic(item) || is_setup_item(item) || soft_cjk() {
        return false;
    }
    // One lower-case letter is an enumerator or a plural mark ("(b)", "field(s)").
    if item.len() == 1 && item.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let n = outside.split_whitespace().count();
    n <= MAX_WORDS && !starts_soft(item) && !words(&outside).any(|w| listed(clause_words(), &w))
}

/// Whether a list of examples names a skill the table knows ("using pytorch and/or dask").
pub(super) fn names_known(examples: &str) -> bool {
    split_top(examples, LIST_SEPARATORS)
        .into_iter()
        .flat_map(|c| split_top(c, &[" and/or ", " and ", " or "]))
        .any(|piece| super::is_known(trim_item(piece)))
}

/// Whether a word is written in capitals, two letters at least and nothing else ("BASIC", the
/// language, not the level "basic"; not "C++", nor words of other scripts).
pub(super) fn in_capitals(text: &str) -> bool {
    text.len() > 1 && text.bytes().all(|b| b.is_ascii_uppercase())
}
