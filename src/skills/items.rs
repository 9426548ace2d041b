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
use super::pieces::*;
use super::scan::*;
use super::words::*;
use super::HARD_BREAK;

/// The items of a skills field's text, in order, each once.
pub fn written_items(raw: &str) -> Vec<String> {
    // (Full-width brackets are brackets: "框架（如 GNU Gettext）".)
    let text = clean(raw).replace('\u{ff08}', "(").replace('\u{ff09}', ")");
    let mut items = Items::default();
    // Paragraphs and hard breaks end a block; a soft line break may not (see [`lines`]).
    let paragraphs = text.split(HARD_BREAK).flat_map(|b| b.split("\n\n"));
    for block in paragraphs.flat_map(lines) {
        let block = without_enumerator(block);
        let mut block = crate::words::collapse_whitespace(block);
        // "Strong programming skills, preferably in Python": the skills are in Python.
        for hedge in [", preferably in ", ", ideally in "] {
            if let Some(at) = block.find(hedge) {
                block.replace_range(at..at + hedge.len(), " in ");
            }
        }
        // "Experience with one or more build systems": a count, not two items.
        for count in [" one or more ", " one or two ", " two or more "] {
            while let Some(at) = block.find(count) {
                block.replace_range(at..at + count.len(), " ");
            }
        }
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
            let s = after_bonus_points(s).unwrap_or(s);
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
            // "The participant should be comfortable with C++": the skills follow the lead-in;
            // "Some parts require Angular": they follow "require".
            let s = after_require(s).unwrap_or(s);
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
    const MODALS: [&str; 7] = ["must", "should", "will", "would", "could", "may", "might"];
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

/// For "Bonus points for AWS or cloud computing" ("Extra points for ..."), what the points are
/// for: the skills a page would welcome.
fn after_bonus_points(sentence: &str) -> Option<&str> {
    let ws = word_spans(sentence);
    let points = ws.len() > 3
        && (listed(bonus_words(), ws[0].1) || listed(&["extra", "brownie"], ws[0].1))
        && ws[1].1.eq_ignore_ascii_case("points")
        && ws[2].1.eq_ignore_ascii_case("for");
    points.then(|| &sentence[ws[3].0..])
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
        // "Strong Java skills are essential and experience with Git is expected": two clauses.
        if let Some((first, second)) = split_after_praise(clause) {
            self.clause(first);
            self.clause(second);
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
        // "sensor fusion between GNSS and INS": what it is between only qualifies it.
        let clause = find_top(clause, " between ").map_or(clause, |at| &clause[..at]);
        let mut pieces = split_top(
            clause,
            &[
                " and/or ",
                " and ",
                " or ",
                " / ",
                " + ",
                " with ",
                " as well as ",
            ],
        );
        if shares_head(&pieces) {
            pieces = split_top(clause, &[" with "]);
        }
        for piece in pieces.into_iter().flat_map(split_cjk) {
            let piece = piece.trim();
            // ("either in JuliaDynamics or of sufficient relevance to it": no skill.)
            if piece.starts_with("of ") {
                continue;
            }
            // ("version control systems like git": "like" as "such as".)
            let mark = [" such as ", " like "]
                .into_iter()
                .find_map(|m| Some((find_top(piece, m)?, m.len())));
            let (head, examples) = match mark {
                Some((at, len)) => (&piece[..at], Some(&piece[at + len..])),
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
        // "Python (or C++)", "JavaScript (ideally TypeScript or ES2015)": skills that will
        // do, or do better, beside the one before the bracket.
        let alternative = (piece.trim_end().strip_suffix(')'))
            .and_then(|p| p.split_once(" ("))
            .and_then(|(head, inner)| {
                let (mark, alt) = inner.trim_start().split_once(' ')?;
                listed(preference_marks(), mark).then_some((head, alt.trim()))
            })
            .filter(|(_, alt)| {
                !alt.is_empty() && !alt.contains(['(', ')']) && !is_hedge(alt) && !is_prose(alt)
            });
        if let Some((head, alt)) = alternative {
            self.piece(head);
            self.clause(alt);
            return;
        }
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
        // ("BASIC", in capitals, is the language.)
        let lead_alone = !in_capitals(item)
            && words(item).all(|w| {
                listed(lead_nouns(), &w) || listed(ability_words(), &w) || listed(lead_words(), &w)
            });
        if is_skill(item) && !lead_alone {
            self.push(item.to_string());
        }
        if let Some((_, inner)) = bonus {
            self.clause(inner);
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
            !in_capitals(&item)
                && (new.iter())
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
