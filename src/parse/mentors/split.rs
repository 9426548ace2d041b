//! Lines and parts: the parts of a line (cut by `brackets.rs`) read into people, one
//! [`Mentor`](crate::model::Mentor) each, with names and contacts written apart paired up.

use super::*;

/// One person found in a part of a line.
#[derive(Debug, PartialEq)]
pub(super) struct Found {
    pub(super) mentor: Mentor,
    /// Everything known came from labels (`GitHub: x`, `Email: y`, `Name: z`).
    pub(super) labelled_only: bool,
}

/// The people on one line; `m` is its [`match_table`].
pub(super) fn parse_line(chars: &[char], m: &[usize], depth: usize) -> Vec<Found> {
    let mut out = Vec::new();
    let parts = split_parts(chars, m);

    // `[Name], [Title, Company], [Github: @x, Mail: y]`: a row of bracketed parts is one person
    // when any part carries contact details.
    let bracketed = |&(s, e): &(usize, usize)| {
        let (s, e) = trim_range(chars, s, e);
        e > s + 1 && chars[s] == '[' && closer(m, s) == Some(e - 1)
    };
    if depth < MAX_DEPTH && parts.len() >= 2 && parts.iter().all(bracketed) {
        let subs: Vec<Found> = parts
            .iter()
            .flat_map(|&(s, e)| {
                let (s, e) = trim_range(chars, s, e);
                parse_line(&chars[s + 1..e - 1], &m[s + 1..e - 1], depth + 1)
            })
            .collect();
        if subs.iter().any(|f| has_contact(&f.mentor)) {
            let mut mentor = Mentor::default();
            for f in subs {
                fill_missing(&mut mentor, f.mentor);
            }
            out.push(Found {
                mentor,
                labelled_only: false,
            });
            return out;
        }
    }

    // In running prose, the phrases after the first sentence ("... by email. To send your
    // proposal, CV, and test solutions, use the form.") are not names: from there on only
    // people given with a handle or an address are kept. (A line of one part is kept whole.)
    let prose_from = (parts.len() > 1).then(|| paragraph_start(chars)).flatten();
    let mut prose = false;
    // The name of the person the part before gave, alone and with no contact.
    let mut lone_name: Option<String> = None;
    let mut prev_end = 0;
    for &(s, e) in &parts {
        // ("Ye Lan / ylan@x.org": a slash between a name and a contact pairs them.)
        let slashed = lone_name.is_some() && chars[prev_end.min(s)..s].contains(&'/');
        prev_end = e;
        // "Ana Lopez, ana@x.org, Acme, PBC (maintainer)", "…, Example Labs Inc.": a company is
        // where the person before it works, never a person; a legal form alone after a comma
        // ends the name before it, which was the company's and no one's.
        let outside = text_outside_brackets(&chars[s..e]);
        let words: Vec<&str> = outside.split_whitespace().collect();
        // ("Alan Roe at Example Corp" is a person and where they work: without_affiliation's.)
        let person_at = words.iter().any(|w| matches!(*w, "at" | "from"));
        if !out.is_empty() && !person_at && words.last().is_some_and(|w| is_legal_form(w)) {
            let mut company = words.join(" ");
            if let (1, Some(name)) = (words.len(), lone_name.take()) {
                out.pop();
                company = format!("{name}, {company}");
            }
            works_at(&mut out, company);
            continue;
        }
        let (mut found, truncate, part_prose) = parse_part(&chars[s..e], &m[s..e], depth);
        prose |= part_prose;
        // "Jane Doe, maintainer at X (jane at x dot org)": a part of role words and an address
        // is no one of its own; its address is the person's named just before. So is a bare
        // address or handle that is plainly theirs ("Carla Diaz, carla@example.com"), or
        // written after their name with a slash ("Ye Lan / ylan@example.org").
        if let ([f], Some(last)) = (found.as_slice(), out.last_mut()) {
            if f.mentor.name.is_none()
                && (has_words_outside_brackets(&chars[s..e])
                    || belongs_to(&f.mentor, &last.mentor)
                    || slashed)
                && takes_contact(&last.mentor, &f.mentor)
            {
                fill_missing(&mut last.mentor, found.remove(0).mentor);
            }
        }
        // "Marat Akhin, JetBrains": a company after a person is where they work.
        if let [f] = found.as_slice() {
            let name = f.mentor.name.as_deref().unwrap_or("");
            if !has_contact(&f.mentor) && companies().contains(&name.to_lowercase().as_str()) {
                works_at(&mut out, name.to_string());
                found.clear();
            }
        }
        let in_prose = prose_from.is_some_and(|p| s > p);
        found.retain(|f| !in_prose || has_contact(&f.mentor));
        lone_name = match found.as_slice() {
            [f] if !has_contact(&f.mentor) => f.mentor.name.clone(),
            _ => None,
        };
        out.extend(found);
        if truncate {
            break;
        }
    }
    // A line with a part that reads as prose is a sentence, which its separators (", ",
    // " and ") cut into phrases ("please be responsive on chat and review code", "such as
    // testing, and deployment; these"): the other phrases of lower-case words are the
    // sentence's too, not people. Capitalised names and people with a contact stay ("Please
    // contact Jane Doe and John Smith", "ask @jdoe and ..."); a handle in a sentence is
    // written with its `@`.
    if prose {
        out.retain(|f| {
            let name = f.mentor.name.as_deref();
            has_contact(&f.mentor)
                || name.is_none_or(|n| n.split(' ').any(|w| !w.starts_with(char::is_lowercase)))
        });
    }
    // (Only on a line of plain words: links name people their own way.)
    if chars.iter().any(|c| "[(<".contains(*c)) {
        return out;
    }
    pair_names_with_handles(out)
}

/// "Chris Black, @infotroph" and "Ann Wu, @annwu, Bo Chen, @bchen": a line of plain words that
/// gives each person as a name, then a handle alone, writes the handle next to the name it
/// belongs to.
/// (A line that does not alternate so, "Ann Wu, Bo Chen, @cdoe", keeps its parts apart.)
/// A company read after a person is where the person before it works, unless the page already
/// said where.
fn works_at(out: &mut [Found], company: String) {
    if let Some(last) = out.last_mut().filter(|l| l.mentor.affiliation.is_none()) {
        last.mentor.affiliation = Some(company);
    }
}

fn pair_names_with_handles(out: Vec<Found>) -> Vec<Found> {
    let name_only = |m: &Mentor| m.name.is_some() && !has_contact(m);
    let handle_only = |m: &Mentor| m.name.is_none() && m.email.is_none() && m.github.is_some();
    let paired = !out.is_empty()
        && out.len().is_multiple_of(2)
        && out
            .chunks(2)
            .all(|p| name_only(&p[0].mentor) && handle_only(&p[1].mentor));
    if !paired {
        return out;
    }
    let mut merged = Vec::with_capacity(out.len() / 2);
    let mut parts = out.into_iter();
    while let (Some(mut named), Some(handle)) = (parts.next(), parts.next()) {
        fill_missing(&mut named.mentor, handle.mentor);
        merged.push(named);
    }
    merged
}

/// Whether a mentor is given with a handle or an email.
pub(super) fn has_contact(m: &Mentor) -> bool {
    m.github.is_some() || m.email.is_some()
}

/// Whether a word is a company's legal form ("Inc.", "PBC", "S.A.").
pub(super) fn is_legal_form(word: &str) -> bool {
    let w = word.trim_end_matches([',', ';']).trim_end_matches('.');
    legal_forms().contains(&w.to_lowercase().as_str())
}

/// The text of a part outside its brackets (links, groups and remarks left out).
fn text_outside_brackets(chars: &[char]) -> String {
    let mut depth = 0usize;
    let mut outside = String::new();
    for &c in chars {
        match c {
            '(' | '[' | '{' | '<' => depth += 1,
            ')' | ']' | '}' | '>' => depth = depth.saturating_sub(1),
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    outside
}

/// True when a part is words with a bracketed group: "maintainer (x at y dot org)", unlike
/// "(x at y dot org)", "@jdoe" or a bare address.
fn has_words_outside_brackets(chars: &[char]) -> bool {
    chars.iter().any(|c| "([{<".contains(*c))
        && text_outside_brackets(chars)
            .split_whitespace()
            .any(|w| !w.contains('@') && w.chars().any(char::is_alphabetic))
}

/// True when the handle or the address of `contact` (someone with no name) plainly belongs to
/// the name of `named` ([`names_match`]).
fn belongs_to(contact: &Mentor, named: &Mentor) -> bool {
    let local = contact.email.as_deref().and_then(|e| e.split('@').next());
    let name = named.name.as_deref().unwrap_or("");
    [contact.github.as_deref(), local]
        .into_iter()
        .flatten()
        .any(|id| names_match(id, name))
}

/// True when `named` (a person with a name) has none of the contacts `contact` brings, so
/// they can be theirs.
fn takes_contact(named: &Mentor, contact: &Mentor) -> bool {
    named.name.is_some()
        && (contact.email.is_some() || contact.github.is_some())
        && (contact.email.is_none() || named.email.is_none())
        && (contact.github.is_none() || named.github.is_none())
}

/// Where the first sentence of a line of running prose ends: a line of a dozen words or more
/// with a sentence that ends inside it (a lower-case word, `.`, `!` or `?`, then a capitalised
/// word), which a list of names with titles ("Dr. Ann Lee") or initials ("J. R. Doe") does not
/// have. `None` for other lines.
pub(super) fn paragraph_start(chars: &[char]) -> Option<usize> {
    let words = chars
        .split(|c| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .count();
    if words < 12 {
        return None;
    }
    (2..chars.len().saturating_sub(2)).find(|&i| {
        matches!(chars[i], '.' | '!' | '?')
            && chars[i - 1].is_lowercase()
            && chars[i - 2].is_lowercase()
            && chars[i + 1].is_whitespace()
            && chars[i + 2].is_uppercase()
    })
}

/// One person (or nothing) from one part of a line (`m` its slice of the line's
/// [`match_table`]), whether the rest of the line is a remark to skip, and whether the part
/// reads as prose (a question, or words that [`is_prose`] rejects).
pub(super) fn parse_part(chars: &[char], m: &[usize], depth: usize) -> (Vec<Found>, bool, bool) {
    let (s, e) = trim_range(chars, 0, chars.len());
    let mut chars = &chars[s..e];
    let mut m = &m[s..e];
    for conj in ["and ", "& "] {
        if chars.len() > conj.len() && starts_with_ci(chars, conj) {
            chars = &chars[conj.len()..];
            m = &m[conj.len()..];
        }
    }
    if chars.is_empty() {
        return (Vec::new(), false, false);
    }
    let (head, tail) = match find_spaced_dash(chars, m) {
        Some((a, b)) => ((&chars[..a], &m[..a]), Some((&chars[b..], &m[b..]))),
        None => ((chars, m), None),
    };

    let mut acc = Acc::default();
    let mut w = Walk::default();
    walk(head.0, head.1, depth, true, &mut acc, &mut w);
    if has_question(&w.before) || has_question(&w.after) {
        return (Vec::new(), false, true);
    }
    if !acc.any() {
        if let Some(name) = name_with_stray_at(&w.before) {
            w.before = name;
        }
    }
    let scan = scan_tokens(&w.before, false, &mut acc);
    if scan.reject {
        // Another field's label: its value (which may hold commas) runs to the end of the line.
        return (Vec::new(), true, false);
    }
    let (words, name_labelled) = scan.name_words();
    let words = without_affiliation(words);
    let mut name = None;
    let mut name_free = false;
    if !words.is_empty() {
        if is_prose(words) {
            return (Vec::new(), false, true);
        }
        name = clean_name(words);
        name_free = name.is_some() && !name_labelled;
    }
    if name.is_none() {
        name = w
            .link_names
            .iter()
            .chain(w.inner_link_names.iter())
            .find_map(|n| {
                let words: Vec<&str> = n.split_whitespace().collect();
                let words = without_affiliation(&words);
                (!is_prose(words)).then(|| clean_name(words)).flatten()
            });
        name_free |= name.is_some();
    }
    // A name in parentheses beside a contact: `jdoe (Jane Doe)`, a lower-case handle written
    // first; `@jdoe (Jane Doe)` and `jane@x.org (Jane Doe)` when the contact is plainly theirs
    // (`@jdoe (Red Hat)` names an employer).
    let paren_name = |fits: &dyn Fn(&str) -> bool| {
        w.paren_texts.iter().find_map(|t| {
            let words: Vec<&str> = t.split_whitespace().collect();
            (words.len() >= 2 && !is_prose(&words) && is_capitalised(&words) && fits(t))
                .then(|| clean_name(&words))
                .flatten()
        })
    };
    if acc.github.is_none() && !name_labelled {
        let handle = name
            .as_deref()
            .filter(|n| is_bare_handle(n))
            .map(str::to_string);
        if let (Some(handle), Some(full)) = (handle, paren_name(&|_| true)) {
            acc.set_github(&handle, false);
            name = Some(full);
        }
    }
    if name.is_none() && !name_labelled {
        let local = acc.email.as_deref().and_then(|e| e.split('@').next());
        let ids = [acc.github.as_deref(), local];
        name = paren_name(&|t| ids.into_iter().flatten().any(|id| names_match(id, t)));
    }
    // "Shida Qiu (SataQiu)": a capitalised word in parentheses is the login of the name beside
    // it when it plainly belongs to that name (`bare_handle_ok` takes other capitalised words
    // for affiliations: "(FreeType)", "(BitsPilani)").
    if let (None, Some(n)) = (acc.github.as_deref(), name.as_deref()) {
        let login = (w.paren_texts.iter().map(|t| t.trim()))
            .find(|t| !t.contains(' ') && is_valid_github_handle(t) && names_match(t, n));
        if let Some(login) = login.map(str::to_string) {
            acc.set_github(&login, false);
        }
    }
    // "Jane Doe (CERN)": a remark in parentheses that names an institution, beside a name
    // (not the name itself, as in `jdoe (Jane Doe)`).
    // (Nor another name of the person: "Zicong Chen (Jesse Stutler) (@JesseStutler)".)
    let squashed = |t: &str| -> String {
        t.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let handle = acc.github.as_deref().map(squashed);
    let affiliation = name.as_ref().and_then(|n| {
        w.paren_texts
            .iter()
            .filter(|t| t.trim() != n && handle.as_deref() != Some(squashed(t).as_str()))
            .find_map(|t| affiliation(t))
    });

    // Remarks: text after a contact group ("Name (@x) from Red Hat") and after a spaced dash
    // ("Name (@x) - primary", "... - please use the same email ..."). Their contacts count
    // unless they read as prose; a long remark ends the line.
    // `@alice @bob`: handles side by side are different people. (A chat handle that cannot be
    // a GitHub login, `@jane.doe`, is all the page calls its person: their name.)
    let by_handle = |h: &String| match is_github_shaped(h) {
        true => Mentor {
            github: Some(h.clone()),
            ..Mentor::default()
        },
        false => Mentor {
            name: Some(h.clone()),
            ..Mentor::default()
        },
    };
    if name.is_none()
        && acc.email.is_none()
        && scan.handles.len() >= 2
        && tail.is_none()
        && w.after.trim().is_empty()
    {
        let found = scan
            .handles
            .iter()
            .map(|h| Found {
                mentor: by_handle(h),
                labelled_only: false,
            })
            .collect();
        return (found, false, false);
    }
    if let ([h], None, false) = (scan.handles.as_slice(), &name, acc.any()) {
        name = by_handle(h).name;
        name_free = name.is_some();
    }
    let mut truncate = trailing(&w.after, Acc::default(), &mut acc);
    if let Some((tail, tail_m)) = tail {
        let mut tacc = Acc::default();
        let mut tw = Walk::default();
        walk(tail, tail_m, depth, true, &mut tacc, &mut tw);
        let text = format!("{} {}", tw.before, tw.after);
        truncate |= trailing(&text, tacc, &mut acc);
    }

    let mentor = Mentor {
        name,
        github: acc.github,
        email: acc.email,
        affiliation,
    };
    let found = (!mentor.is_empty()).then_some(Found {
        mentor,
        labelled_only: !acc.free && !name_free,
    });
    (found.into_iter().collect(), truncate, false)
}

/// "@Henry Priest", "Mike @Dietze": two words written as a first and a last name, one with an
/// `@` before it, are a name with a stray `@`, not a one-word name beside a handle.
fn name_with_stray_at(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let [a, b] = words.as_slice() else {
        return None;
    };
    let (a, b) = (a.trim_end_matches(','), b.trim_end_matches(','));
    let bare = |w: &str| w.strip_prefix('@').unwrap_or(w).to_string();
    let one_at = a.starts_with('@') != b.starts_with('@');
    (one_at
        && [a, b]
            .iter()
            .all(|w| looks_like_first_name(&bare(w)) && bare(w).len() >= 2))
    .then(|| format!("{} {}", bare(a), bare(b)))
}

/// Reads a remark; merges its contacts into `acc` unless it is prose. True when the remark is
/// long enough that the rest of the line belongs to it.
pub(super) fn trailing(text: &str, mut tacc: Acc, acc: &mut Acc) -> bool {
    if text.trim().is_empty() {
        acc.absorb(tacc);
        return false;
    }
    let scan = scan_tokens(text, false, &mut tacc);
    let long = scan.words.len() >= 4 || has_question(text);
    if !(long || scan.reject || is_prose(&scan.words)) {
        acc.absorb(tacc);
    }
    long
}

pub(super) fn has_question(text: &str) -> bool {
    // A lone "?" ("korli, ?") stands for a mentor not known yet, like "TBD": no question.
    text.split_whitespace()
        .any(|t| t.contains('?') && !is_url(t) && t.chars().any(char::is_alphanumeric))
}
