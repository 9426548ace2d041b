//! Skills as written: a skills field's text cut into one item per listed skill ("Knowledge of
//! Rust, basic familiarity with compiler functionality or LLVM is a bonus." -> "Rust",
//! "compiler functionality", "LLVM").
//!
//! How a field is read:
//! 1. Markdown is reduced to text ([`super::markdown::clean`]); each bullet, line break of a
//!    list or paragraph is a block, and blocks are cut into sentences.
//! 2. A sentence with a word of prose (`schemas/words.toml` prose_words: "you", "should", "this") names no skill.
//!    A line ending in `:` introduces a list; one that names no skills ("Code places to look
//!    at:") ends them.
//! 3. A sentence is cut at `,` and `;`, then at "and", "or", "&", "with", a spaced ` / ` and
//!    "such as"; never inside parentheses ("databases (SQLite, PostgreSQL)" is one item) except
//!    where the head only introduces examples ("torch libraries (such as lightning)").
//! 4. Each piece loses its lead-in ("Strong knowledge of"), its lead-out ("is a bonus") and a
//!    label before `:` ("Bonus:"); soft skills, clauses and long prose are dropped.
//! 5. An item already said (the same words, or words of an earlier item) is said once.
//!
//! Items keep the case and spelling of the page; mapping them to canonical skills is a separate
//! step ([`super::SkillTable::ids_of`]).

use super::brackets::*;
use super::clauses::*;
use super::hedges::*;
use super::markdown::clean;
use super::scan::*;
use super::words::*;
use super::HARD_BREAK;

/// What separates the items of a list: commas and semicolons, the ideographic ones too.
const LIST_SEPARATORS: &[&str] = &[",", ";", "\u{ff0c}", "\u{3001}", "\u{ff1b}"];

/// Items longer than this many words (outside parentheses) are prose, not a skill.
const MAX_WORDS: usize = 8;

/// The items of a skills field's text, in order, each once.
pub fn written_items(raw: &str) -> Vec<String> {
    // (Full-width brackets are brackets: "框架（如 GNU Gettext）".)
    let text = clean(raw).replace('\u{ff08}', "(").replace('\u{ff09}', ")");
    let mut items = Items::default();
    // Paragraphs and hard breaks end a block; a soft line break may not (see [`lines`]).
    let paragraphs = text.split(HARD_BREAK).flat_map(|b| b.split("\n\n"));
    for block in paragraphs.flat_map(lines) {
        let block = without_enumerator(block);
        let block = crate::words::collapse_whitespace(block);
        let block = match block.strip_prefix('"').and_then(|b| b.strip_suffix('"')) {
            Some(inner) if !inner.contains('"') => inner,
            _ => &block,
        };
        for sentence in sentences(block) {
            let sentence = sentence.trim().trim_end_matches(['*', '_', ' ']);
            if is_setup_or_pointer(sentence) {
                continue;
            }
            let s = skill_label(sentence).unwrap_or_else(|| strip_label(sentence));
            let s = without_modal(s);
            if starts_soft(s) && !soft_item_first(s) {
                continue;
            }
            if let Some(lead) = s.strip_suffix(':') {
                let clauses = split_top(lead, LIST_SEPARATORS);
                let Some((last, rest)) = clauses.split_last() else {
                    continue;
                };
                if !items.0.is_empty() && !words(last).any(|w| listed(list_words(), &w)) {
                    return items.0;
                }
                if !is_prose(lead) {
                    rest.iter().for_each(|c| items.clause(c));
                }
                continue;
            }
            // "The participant should be comfortable with C++": the skills follow the lead-in.
            let s = match after_lead_in(s) {
                Some(rest) if is_prose(s) => rest,
                _ => s,
            };
            // "GUI code architecture, for example using functional reactive programming": an
            // aside of examples lists skills only where it names ones the table knows ("large
            // data, e.g. using pytorch and/or dask").
            let joined;
            let s = match aside(s) {
                Some((mark, examples)) if words(&s[..mark]).next().is_some() => {
                    if names_known(&s[examples..]) {
                        joined = format!("{}, {}", &s[..mark], &s[examples..]);
                        &joined
                    } else {
                        &s[..mark]
                    }
                }
                _ => s,
            };
            // A sentence of prose names no skill, but for a list (of two items at least,
            // before a comma) before a clause that explains it: "Rust, shell and Makefiles as
            // our tests use them" is read without the clause.
            let s = if is_prose(s) {
                match cut_at_subordinate(s) {
                    cut if cut.len() < s.len()
                        && cut.trim_end_matches([',', ' ']).contains(',')
                        && cut_at_copula(cut).len() == cut.len()
                        && !is_prose(cut) =>
                    {
                        cut
                    }
                    _ => continue,
                }
            } else {
                s
            };
            split_top(s, LIST_SEPARATORS)
                .iter()
                .for_each(|c| items.clause(c));
        }
    }
    items.0
}

/// A sentence without the modal phrases that only say how much a skill is wanted: a leading
/// "Must know" / "Should have" and a trailing "would be great" / "will be a plus" (a modal
/// followed by "be" and a word of praise). The rest is read as any sentence is: "Some
/// experience with Vue.js would be great." names Vue.js; "Must know Haskell" names Haskell.
fn without_modal(sentence: &str) -> &str {
    // (A line that introduces a list keeps its words: "... will be a plus:" is read as a lead.)
    if sentence.ends_with(':') {
        return sentence;
    }
    const MODALS: [&str; 5] = ["must", "should", "will", "would", "could"];
    let ws = word_spans(sentence);
    let is = |k: usize, w: &[&str]| {
        ws.get(k)
            .is_some_and(|&(_, x)| w.iter().any(|w| x.eq_ignore_ascii_case(w)))
    };
    let mut text = sentence;
    if is(0, &MODALS[..2]) && is(1, &["know", "have", "be"]) {
        text = ws.get(2).map_or("", |&(at, _)| &sentence[at..]);
    }
    let ws = word_spans(text);
    let praise = |k: usize| {
        ws[k..].iter().take(3).any(|&(_, w)| {
            listed(bonus_words(), trim_punctuation(w)) || w.eq_ignore_ascii_case("great")
        })
    };
    match (1..ws.len().saturating_sub(1)).find(|&k| {
        MODALS.iter().any(|m| ws[k].1.eq_ignore_ascii_case(m))
            && ws[k + 1].1.eq_ignore_ascii_case("be")
            && praise(k + 2)
    }) {
        Some(k) => text[..ws[k].0].trim_end(),
        None => text,
    }
}

/// The lines of a block that stand alone: a line break starts a new one where the next line
/// starts with a capital letter or a bracket outside brackets ("Go\nRust", "Figma\n(Optional:
/// ...)"), and not inside a wrapped sentence
/// ("the Client API\n  internals").
fn lines(block: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0usize;
    for (i, c) in block.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            '\n' if depth == 0 => {
                let next = block[i + 1..].trim_start().chars().next();
                // (A Chinese line has no capitals: each line of one is an item of its own.)
                let cjk = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
                // (A line that ends in a conjunction goes on: "[web notes](...) and\n[paper](...)".)
                let line = block[start..i].trim_end();
                let goes_on = [" and", " or", ","].iter().any(|c| line.ends_with(c));
                if !goes_on && next.is_some_and(|c| c.is_uppercase() || c == '(' || cjk(c)) {
                    out.push(&block[start..i]);
                    start = i + 1;
                }
            }
            _ => {}
        }
    }
    out.push(&block[start..]);
    out
}

/// The items of a list written as a list (front matter, JSON): each entry is an item as it
/// stands (without a lead-in), but for entries that are themselves comma lists ("Go, Rust").
pub fn list_items<S: AsRef<str>>(entries: &[S]) -> Vec<String> {
    let mut items = Items::default();
    for entry in entries {
        // An entry written as a sentence ("Proficiency in Go is essential, as the backend is
        // written in Go.") is read as written text is.
        let entry = entry.as_ref().trim();
        if entry.ends_with('.') && entry.split_whitespace().count() >= 4 {
            for item in written_items(entry) {
                items.push(item);
            }
            continue;
        }
        for part in split_top(entry, LIST_SEPARATORS) {
            let part = crate::words::collapse_whitespace(part);
            // A lead-in is no part of the skill ("background in optics" -> "optics").
            let item = trim_item(&part);
            if is_skill(item) {
                items.push(item.to_string());
            }
        }
    }
    items.0
}

/// The items so far, and the words of each outside brackets (what [`Items::push`] compares).
#[derive(Default)]
struct Items(Vec<String>, Vec<Vec<String>>);

impl Items {
    /// Adds the items of one clause (a sentence's part between commas).
    fn clause(&mut self, clause: &str) {
        // A whole clause in brackets ("(Optional: familiarity with Kubernetes, Headlamp, or
        // frontend development)") is a list of its own.
        let t = clause.trim().trim_end_matches(['.', ';']);
        if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
            if !inner.contains(['(', ')']) {
                let inner = strip_label(inner.trim());
                let inner = strip_lead(inner);
                for part in split_top(inner, LIST_SEPARATORS) {
                    self.clause(part);
                }
                return;
            }
        }
        let mut clause = strip_label(clause.trim());
        // "technical writing in both English and Chinese": the skill, not the languages it is
        // written in; "well-spoken English" alone is a soft skill.
        if words(clause)
            .last()
            .is_some_and(|w| listed(human_languages(), &w))
        {
            match find_top(clause, " in ") {
                // ("Advanced verbal and writing skills in English": soft skills.)
                Some(at) if !words(&clause[..at]).any(|w| listed(language_soft_words(), &w)) => {
                    clause = &clause[..at]
                }
                _ => return,
            }
        }
        // "as well as the C language": a conjunction, not a clause that explains.
        let clause = strip_prefix_ci(clause, "as well as ").unwrap_or(clause);
        let first = words(clause).next().unwrap_or_default();
        let unhedged = clause.trim_start();
        let unhedged = strip_prefix_ci(unhedged, "but ").unwrap_or(unhedged);
        if starts_soft(clause) || listed(subordinators(), &first) || starts_hedge(unhedged) {
            return;
        }
        // The lead-in of the first item only: in "Python and good proficiency in X" Python is
        // listed first, and the second item loses its own lead-in when it is cut.
        let clause = trim_punctuation(cut_at_copula(cut_at_subordinate(clause)));
        let first_end = [" and ", " or "]
            .iter()
            .filter_map(|c| find_top(clause, c))
            .min()
            .unwrap_or(clause.len());
        let first_item = strip_lead(&clause[..first_end]);
        let mut clause = &clause[first_end - first_item.len()..];
        // "ability to write and deliver Ruby code": both verbs act on the named skill.
        if first_item.is_empty() && listed(ability_words(), &first) {
            let rest = clause.trim_start();
            let second = ["and ", "or "].iter().find_map(|c| rest.strip_prefix(c));
            let object = second
                .and_then(|r| r.trim_start().split_once(' '))
                .map(|(_, r)| r);
            if let Some(object) = object.filter(|o| o.starts_with(char::is_uppercase)) {
                clause = object;
            }
        }
        // "Hardhat for testing and deployment": what follows a tool's "for" is its use, when
        // it names nothing ("Go for the backend and React for the UI" names React).
        let clause = match find_top(clause, " for ") {
            Some(at)
                if is_tool_for(&clause[..at])
                    && !(clause[at + 5..].split_whitespace())
                        .any(|w| w.starts_with(char::is_uppercase)) =>
            {
                &clause[..at]
            }
            _ => clause,
        };
        let mut pieces = split_top(clause, &[" and/or ", " and ", " or ", " / ", " with "]);
        if shares_head(&pieces) {
            pieces = split_top(clause, &[" with "]);
        }
        for piece in pieces.into_iter().flat_map(split_cjk) {
            let piece = piece.trim();
            let (head, examples) = match find_top(piece, " such as ") {
                Some(at) => (&piece[..at], Some(&piece[at + " such as ".len()..])),
                None => (piece, None),
            };
            match example_list(head) {
                Some(list) => self.examples(list),
                None if examples.is_some() && ends_with_example_head(head) => {}
                None => self.piece(head),
            }
            if let Some(list) = examples {
                self.examples(list);
            }
        }
    }

    /// The items of a list of examples ("such as lightning, torchmetrics").
    fn examples(&mut self, list: &str) {
        let list = list.trim();
        let marks = ["such as", "e.g.", "i.e."];
        let list = (marks.iter())
            .find_map(|m| strip_prefix_ci(list, m))
            .unwrap_or(list);
        for part in split_top(list, LIST_SEPARATORS) {
            for piece in split_top(part, &[" and/or ", " and ", " or ", " & "]) {
                self.piece(piece);
            }
        }
    }

    /// Adds one piece as an item, once its lead-in and lead-out are gone, unless it is no skill.
    fn piece(&mut self, piece: &str) {
        // "testing (pytest is a bonus)": the bracket names a skill of its own.
        let bonus = bracket_with_copula(piece);
        let piece = match bonus {
            Some((open, _)) => &piece[..open],
            None => piece,
        };
        let piece = without_prose_brackets(&without_example_marks(piece));
        // "Hardhat for testing", "Rust for the CLI tool": the named tool, not its use.
        let piece = match find_top(&piece, " for ") {
            Some(at) if is_tool_for(&piece[..at]) => piece[..at].to_string(),
            _ => piece,
        };
        let item = trim_item(&piece);
        // "one of JavaScript/C/Go": each skill of the choice, when the table knows them all.
        if let Some(choice) = after_choice(item) {
            let choice = trim_item(choice);
            // "one of the following languages (Go, Python or Java)": the bracket's skills.
            if let Some(inner) = following_list(choice) {
                split_top(inner, LIST_SEPARATORS)
                    .iter()
                    .for_each(|c| self.clause(c));
                return;
            }
            let parts: Vec<&str> = choice.split('/').map(str::trim).collect();
            if parts.len() > 1 && parts.iter().all(|p| super::is_known(p)) {
                parts.iter().for_each(|p| self.push(p.to_string()));
            } else if is_skill(choice) {
                self.push(choice.to_string());
            }
            return;
        }
        // A lead-in noun alone ("Experience and competency with GraphQL", "Ability work with
        // 3D scans") names nothing.
        // ("be familiar" before "with Qt": the lead-in of the next piece.)
        let lead_alone = words(item).all(|w| {
            listed(lead_nouns(), &w) || listed(ability_words(), &w) || listed(lead_words(), &w)
        });
        if is_skill(item) && !lead_alone {
            self.push(item.to_string());
        }
        if let Some((_, inner)) = bonus {
            self.piece(inner);
        }
    }

    /// Adds an item unless an earlier one says it already: the same words outside brackets
    /// ("Python (intermediate)" then "Python"), or the same with qualifiers only on either side
    /// ("Kubernetes" then "Kubernetes basics", "Python programming" then "Python"; but "Python"
    /// then "GPU programming using Python bindings", or "REST APIs" then "REST", are two skills).
    fn push(&mut self, item: String) {
        let new: Vec<String> = words(&outside_brackets(&item)).collect();
        if new.is_empty() {
            return;
        }
        let said = &self.1;
        // (The words of all earlier items: "TypeScript/React" after "TypeScript" and "React".)
        let qualified = || {
            (new.iter())
                .filter(|w| !said.iter().any(|old| old.contains(w)))
                .all(|w| listed(qualifiers(), w))
        };
        let only_qualifiers = |longer: &[String], shorter: &[String]| {
            (longer.iter())
                .filter(|w| !shorter.contains(w))
                .all(|w| listed(qualifiers(), w))
        };
        let said = (said.iter()).any(|old| {
            (contains_run(old, &new) && only_qualifiers(old, &new))
                || (contains_run(&new, old) && qualified())
        });
        if !said {
            self.0.push(item);
            self.1.push(new);
        }
    }
}

/// Whether pieces cut at "and"/"or" are modifiers of one head ("real-time or event-driven user
/// interactions"): each a hyphenated lower-case word, then a last piece of more words than its
/// lead-out ("atomics and memory ordering", "real-time and caching" are two).
fn shares_head(pieces: &[&str]) -> bool {
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
fn is_tool_for(head: &str) -> bool {
    let head = strip_lead(head.trim());
    let head = strip_prefix_ci(head, "the ").unwrap_or(head);
    head.split_whitespace().count() <= 2 && head.starts_with(char::is_uppercase)
}

/// The text without a short label before `:` ("Bonus: Django" -> "Django", ": Go" -> "Go").
fn strip_label(text: &str) -> &str {
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
fn starts_soft(clause: &str) -> bool {
    let lower = clause.to_lowercase();
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    let lower = lower.strip_prefix("a ").unwrap_or(lower);
    opens_with_phrase(lower, soft_starts())
}

/// The list in brackets after "(the) following <noun>": "following languages (Go, Python or
/// Java)" -> "Go, Python or Java".
fn following_list(choice: &str) -> Option<&str> {
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
fn soft_item_first(sentence: &str) -> bool {
    let clauses = split_top(sentence, LIST_SEPARATORS);
    let first: Vec<String> = clauses.first().map_or(Vec::new(), |c| words(c).collect());
    const GOVERNING: [&str; 8] = ["in", "to", "for", "with", "into", "of", "about", "on"];
    clauses.len() >= 2 && first.len() <= 3 && !first.iter().any(|w| GOVERNING.contains(&w.as_str()))
}

/// A piece without its lead-in, lead-out and surrounding punctuation.
fn trim_item(piece: &str) -> &str {
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
        if let Some(&(_, first)) = word_spans(item).first() {
            if listed(lead_words(), first) {
                item = &item[first.len()..];
            }
        }
        let ws = word_spans(item);
        if let Some(&(at, last)) = ws.last() {
            // ("Python experience", "Python programming experience"; not "user experience".)
            let named = |k: usize| ws[k].1.starts_with(|c: char| c.is_uppercase());
            let activity = ["programming", "development", "coding", "scripting"];
            let kinds = ["user", "developer", "customer"];
            let after_name = ws.len() > 1
                && !kinds
                    .iter()
                    .any(|k| ws[ws.len() - 2].1.eq_ignore_ascii_case(k))
                && (named(ws.len() - 2)
                    || (ws.len() > 2
                        && named(ws.len() - 3)
                        && activity
                            .iter()
                            .any(|a| ws[ws.len() - 2].1.eq_ignore_ascii_case(a))));
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
fn strip_lead(text: &str) -> &str {
    let mut item = text;
    // "Frontend experience using Next.js": the skill follows a lead noun and its preposition.
    let ws: Vec<(usize, &str)> = word_spans(item);
    for k in (0..ws.len().min(6)).rev() {
        let first = || ws[..k].iter().all(|w| listed(lead_words(), w.1));
        let head =
            listed(lead_nouns(), ws[k].1) || (listed(first_lead_nouns(), ws[k].1) && first());
        if !head {
            continue;
        }
        let mut j = k + 1;
        while j < ws.len() && listed(lead_verbs(), ws[j].1) {
            j += 1;
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
    // "ability to read C": the skill is the object of the verb.
    let ws = word_spans(item);
    if ws.len() > 1 && listed(ability_words(), ws[0].1) && ws[1].1.eq_ignore_ascii_case("to") {
        item = ws.get(3).map_or("", |&(at, _)| &item[at..]);
    }
    item
}

/// Whether a trimmed piece names a skill: not empty, not filler, no soft skill, no clause, not
/// long prose.
fn is_skill(item: &str) -> bool {
    if !item.chars().any(char::is_alphabetic) || listed(not_items(), item) {
        return false;
    }
    // "similar tools", "equivalent frameworks": a stand-in for the item before, not a skill.
    let first = item.split_whitespace().next().unwrap_or("");
    // ("other ML toolkits (scikit-learn, mlpack)" names its examples: it stays.)
    let cjk_stand_in = || (stand_ins().iter()).any(|s| !s.is_ascii() && first.starts_with(s));
    let examples = item.contains('(') && ["other", "another"].contains(&first);
    let stand_in = (listed(stand_ins(), first) || cjk_stand_in()) && !examples;
    if stand_in || is_generic(item) || is_setup_item(item) {
        return false;
    }
    // One lower-case letter is an enumerator or a plural mark ("(b)", "field(s)").
    if item.len() == 1 && item.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let outside = outside_brackets(item);
    let n = outside.split_whitespace().count();
    n <= MAX_WORDS && !starts_soft(item) && !words(&outside).any(|w| listed(clause_words(), &w))
}

/// Whether a list of examples names a skill the table knows ("using pytorch and/or dask").
fn names_known(examples: &str) -> bool {
    split_top(examples, LIST_SEPARATORS)
        .into_iter()
        .flat_map(|c| split_top(c, &[" and/or ", " and ", " or "]))
        .any(|piece| super::is_known(trim_item(piece)))
}
