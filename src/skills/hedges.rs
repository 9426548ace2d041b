//! What a skills field says around its skills without naming one: the prose a sentence opens
//! with before its lead-in ("The participant should be comfortable with C++"), hedges ("(or
//! strong willingness to learn)", "but not strictly required"), vague stand-ins for a skill
//! ("one other language"), equipment ("a source code editor"), pointers to reading, bold
//! sub-labels that name the skill ("**Go:** intermediate knowledge"), list letters ("a) SQL")
//! and the lead-ins and conjunctions of Chinese requirement lists. Used by [`super::items`].

use super::scan::*;
use super::words::*;

/// The part of a prose sentence from its first lead-in on ("The participant should be
/// comfortable with the C++ and be familiar with Qt" -> "comfortable with the C++ and be
/// familiar with Qt"): a lead-in head followed by its preposition, or "know" after a modal
/// ("should know C").
pub(super) fn after_lead_in(sentence: &str) -> Option<&str> {
    let ws = word_spans(sentence);
    let word = |k: usize| ws.get(k).map_or("", |w| trim_punctuation(w.1));
    // (Only where the sentence asks for it: "should", "must", not "will get experience with".)
    let asked = |k: usize| (0..k).any(|i| listed(requirement_modals(), word(i)));
    (0..ws.len()).find_map(|k| {
        // "Contributors should have solid Python experience": what they should have.
        let have = ["have", "possess"]
            .iter()
            .any(|h| word(k).eq_ignore_ascii_case(h));
        if k > 0 && have && listed(requirement_modals(), word(k - 1)) && k + 1 < ws.len() {
            return Some(&sentence[ws[k + 1].0..]);
        }
        if k > 0 && word(k).eq_ignore_ascii_case("know") && asked(k) {
            return Some(&sentence[ws[k].0..]);
        }
        if !listed(lead_nouns(), word(k)) || !asked(k) {
            return None;
        }
        let mut j = k + 1;
        while listed(lead_verbs(), word(j)) {
            j += 1;
        }
        (listed(lead_prepositions(), word(j)) && j + 1 < ws.len()).then(|| &sentence[ws[k].0..])
    })
}

/// What a sentence of a skills field says is required ("Some small parts require JavaScript
/// and Angular", "This would require C-programming skills"): the words after "require(s)"
/// when a subject of a few words, not a list ("`torch`, some parts may require ..."), comes
/// before it, and what follows is no task ("will require writing lints").
pub(super) fn after_require(sentence: &str) -> Option<&str> {
    let ws = word_spans(sentence);
    let k = (ws.iter().take(5))
        .position(|w| listed(&["require", "requires"], trim_punctuation(w.1)))?;
    let object = ws.get(k + 1)?;
    let task = object.1.len() > 4
        && object.1.ends_with("ing")
        && object.1.bytes().all(|b| b.is_ascii_lowercase())
        && !listed(lead_nouns(), object.1);
    (k > 0 && !sentence[..object.0].contains([',', ';']) && !task).then(|| &sentence[object.0..])
}

/// Whether a phrase names no skill of its own: vague words around a generic noun ("one other
/// language", "some coding language", "a high-level language of your choice").
pub(super) fn is_generic(phrase: &str) -> bool {
    let mut generic = false;
    for w in words(phrase) {
        if listed(generic_nouns(), &w) {
            generic = true;
        } else if !listed(vague_words(), &w) {
            return false;
        }
    }
    generic
}

/// Whether a bracket only hedges the skill beside it ("or strong willingness to learn",
/// "or interest in it"): after "or"/"and" and lead words, a soft skill.
pub(super) fn is_hedge(inner: &str) -> bool {
    let ws = word_spans(inner);
    let start = ws
        .iter()
        .position(|w| !(listed(lead_words(), w.1) || w.1.eq_ignore_ascii_case("or")));
    start.is_some_and(|k| opens_with_phrase(&inner[ws[k].0..].to_lowercase(), soft_starts()))
}

/// Whether a bracket only says the level a skill is wanted at ("beginner level", "intermediate").
pub(super) fn is_level(inner: &str) -> bool {
    let mut ws = words(inner).peekable();
    ws.peek().is_some()
        && ws.all(|w| {
            w == "level"
                || listed(level_words(), &w)
                || (listed(qualifiers(), &w) && !listed(generic_nouns(), &w))
        })
}

/// Whether a clause takes back or hedges the item before it ("but not strictly required").
pub(super) fn starts_hedge(clause: &str) -> bool {
    opens_with_phrase(&clause.trim().to_lowercase(), hedge_starts())
}

/// Whether a sentence is about equipment ("Computer with Linux installed") or points the
/// reader to something to read ("Reading the case study: ...", "Code stacks of the repos
/// above"), or is a task ("Implement code generation in C", "Writing a test harness"), or says
/// that nothing is needed ("There is no need to know Kafka"): it names no skill.
pub(super) fn is_setup_or_pointer(sentence: &str) -> bool {
    let mut ws = words(sentence);
    let first = ws.next().unwrap_or_default();
    let first = match first.as_str() {
        "a" | "an" => ws.next().unwrap_or_default(),
        _ => first,
    };
    // (A Chinese pointer opens the sentence, glued to what it points to: "可以参考prestodb".)
    let cjk_pointer = || {
        let t = sentence.trim_start();
        (pointer_verbs().iter()).any(|p| !p.is_ascii() && t.starts_with(p))
    };
    let last = (sentence.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    // ("Writing a profiling harness, trying a GPU backend": a verb's -ing form before its
    // object's article is a task too.)
    let gerund = || {
        let second = words(sentence).nth(1).unwrap_or_default();
        first.len() > 4
            && first.ends_with("ing")
            && !listed(lead_verbs(), &first)
            && !listed(lead_nouns(), &first)
            && !listed(lead_words(), &first)
            && listed(
                &["a", "an", "the", "new", "existing", "our", "its", "their"],
                &second,
            )
    };
    let task = || (listed(task_verbs(), &first) || gerund()) && words(sentence).nth(2).is_some();
    listed(setup_nouns(), &first)
        || listed(pointer_verbs(), &first)
        || task()
        || listed(pointer_ends(), last)
        || cjk_pointer()
        || cjk_prose().iter().any(|p| sentence.contains(p))
        || says_not_needed(&outside_brackets(sentence))
}

/// Whether a sentence holds a phrase of [`not_needed`], as whole words ("no needle" does not).
/// (Only outside brackets: "Golang, git. (Mentee does not need prior experience in profiling)"
/// names Golang and git.)
fn says_not_needed(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    not_needed().iter().any(|p| {
        lower.match_indices(p).any(|(at, _)| {
            let before = lower[..at].chars().next_back();
            let after = lower[at + p.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// Whether an item is setup ("a source code editor", "library dependencies") or says how the
/// item before is set up ("accessible via Python").
pub(super) fn is_setup_item(item: &str) -> bool {
    let ws: Vec<String> = words(&outside_brackets(item)).collect();
    ws.last().is_some_and(|w| listed(setup_items(), w))
        || ws.first().is_some_and(|w| listed(setup_states(), w))
}

/// The skills after a choice phrase ("one of JavaScript/C/Go" -> "JavaScript/C/Go", "at least
/// one of C" -> "C"), when the item starts with one or has one after a preposition
/// ("Programming in at least one of C"); `None` without a choice phrase.
pub(super) fn after_choice(item: &str) -> Option<&str> {
    let ws = word_spans(item);
    (0..ws.len()).find_map(|k| {
        let opens = k == 0 || listed(lead_prepositions(), ws[k - 1].1) || ws[k - 1].1 == "about";
        let rest = &item[ws[k].0..];
        let choice = (choice_words().iter()).find(|c| {
            starts_with_ci(rest.as_bytes(), c.as_bytes()) && rest[c.len()..].starts_with(' ')
        })?;
        let after = rest[choice.len()..].trim_start();
        (opens && !after.is_empty()).then_some(after)
    })
}

/// For "HEAD, e.g. EXAMPLES" (an aside of examples after a skill that stands, to the end of the
/// sentence), where the mark starts and where the examples start.
pub(super) fn aside(sentence: &str) -> Option<(usize, usize)> {
    let mut found = None;
    scan_top(sentence, &[", ", ": ", "; "], |at, len| {
        let from = at + len;
        let rest = &sentence[from..];
        let mark = (aside_marks().iter()).find(|m| {
            starts_with_ci(rest.as_bytes(), m.as_bytes())
                && !rest[m.len()..].starts_with(|c: char| c.is_alphanumeric())
        });
        match mark {
            Some(m) => {
                let examples = rest[m.len()..].trim_start_matches([',', ':', ' ']);
                found = Some((at, sentence.len() - examples.len()));
                false
            }
            None => true,
        }
    });
    found
}

/// An item without the Chinese words that wrap a skill at its end ("Java编程能力" -> "Java",
/// "数据库原理基础" -> "数据库原理"), unless they stand after a word that makes them the noun
/// ("数据库内核引擎相关技术").
pub(super) fn strip_cjk_trail(item: &str) -> &str {
    let mut t = item.trim_end();
    while let Some(rest) = (cjk_trails().iter()).find_map(|w| t.strip_suffix(w)) {
        let rest = rest.trim_end();
        let kept = cjk_trail_keepers().iter().any(|k| rest.ends_with(k));
        if rest.is_empty() || kept {
            break;
        }
        t = rest;
    }
    // "有面向对象编程语言基础": "have" a grounding in, or experience of, what stands between.
    match t.strip_prefix('\u{6709}') {
        Some(rest) if t.len() < item.trim_end().len() && !rest.trim().is_empty() => rest.trim(),
        _ => t,
    }
}

/// A block without a list letter at its start ("a) SQL", "(b) Go", "iv. Rust").
pub(super) fn without_enumerator(block: &str) -> &str {
    let t = block.trim_start();
    let t2 = t.strip_prefix('(').unwrap_or(t);
    let letters = t2.bytes().take_while(u8::is_ascii_lowercase).count();
    let roman = t2[..letters].bytes().all(|b| b"ivx".contains(&b));
    if letters == 0 || (letters > 1 && !roman) {
        return block;
    }
    let rest = &t2[letters..];
    match rest.strip_prefix([')', '.']) {
        Some(r) if r.starts_with(' ') && (rest.starts_with(')') || roman) => r.trim_start(),
        _ => block,
    }
}

/// An item without a Chinese lead-in at its start ("熟悉 Rust" -> "Rust", "如 C" -> "C") and
/// without what follows "等" ("and so on") after a Latin word ("Python等脚本编程语言" -> "Python",
/// "AUR 等使用经验优先" -> "AUR"); "有" ("have") before a Latin word is a lead-in too.
pub(super) fn strip_cjk_lead(item: &str) -> &str {
    let mut t = item.trim_start();
    // ("了解基本的 Linux 命令": a lead-in, then a level.)
    // ("有 obs, deb 等使用经验优先": "have" before a Latin word, not "有效" or "有限".)
    fn have(t: &str) -> Option<&str> {
        let rest = t.strip_prefix('\u{6709}')?;
        rest.starts_with(|c: char| c.is_whitespace() || c.is_ascii())
            .then_some(rest)
    }
    while let Some(rest) = (cjk_leads().iter())
        .find_map(|l| t.strip_prefix(l))
        .or_else(|| have(t))
    {
        t = rest.trim_start();
    }
    match t.find('\u{7b49}') {
        Some(at)
            if t[..at]
                .trim_end()
                .ends_with(|c: char| c.is_ascii_alphanumeric()) =>
        {
            t[..at].trim_end()
        }
        _ => t,
    }
}

/// A piece cut at Chinese conjunctions that stand beside a space or a Latin word ("WRY 和 TAO",
/// "Rust 或类似的语言"), never inside a Chinese word ("涉及").
pub(super) fn split_cjk(piece: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let latin = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || c.is_ascii());
    while i < piece.len() {
        let rest = &piece[i..];
        let hit = cjk_conjunctions().iter().find(|c| rest.starts_with(*c));
        if let Some(c) = hit {
            let before = piece[..i].chars().next_back();
            let after = rest[c.len()..].chars().next();
            if latin(before) || (latin(after) && after.is_some()) {
                out.push(&piece[start..i]);
                start = i + c.len();
                i = start;
                continue;
            }
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    out.push(&piece[start..]);
    out
}
