//! Names: whether candidate words are a person's name (and not prose, a role or a link label),
//! and the display name made of them.

use super::*;

/// True when candidate name words read as prose: a question, too many words, a function
/// word ("the maintainers", "Almost any committer", "do you want to help"), or too many
/// lower-case words for a name ("review within two days").
pub(super) fn is_prose<S: AsRef<str>>(words: &[S]) -> bool {
    if words.len() > MAX_NAME_WORDS
        || lower_case_words(words) > MAX_LOWER_NAME_WORDS
        || ends_a_sentence(words)
    {
        return true;
    }
    words.iter().any(|w| {
        let w = w.as_ref();
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        (w.contains('?') && w.chars().any(char::is_alphanumeric))
            || stopwords().contains(&bare)
            || strong_stopwords().contains(&bare.to_lowercase().as_str())
    })
}

/// True for words that end as a sentence does, a lower-case word and a full stop ("Render
/// gadgets."): a name ends in a capitalised word, an initial or "Jr.".
fn ends_a_sentence<S: AsRef<str>>(words: &[S]) -> bool {
    let Some(last) = words.last().map(AsRef::as_ref) else {
        return false;
    };
    let bare = last.trim_end_matches(['.', '!']);
    words.len() >= 2
        && bare.len() < last.len()
        && bare.chars().count() >= 2
        && bare.chars().all(char::is_alphabetic)
        && bare.starts_with(char::is_lowercase)
        && !name_particles().contains(&bare)
}

/// The words that start with a lower-case letter, name particles ("van der", "de la") aside.
/// Names are written capitalised, and a name written in lower case ("liu jin hui") is short;
/// a phrase of lower-case words is a sentence ("review within two days").
pub(super) fn lower_case_words<S: AsRef<str>>(words: &[S]) -> usize {
    words
        .iter()
        .filter(|w| {
            let w = w.as_ref();
            w.chars().next().is_some_and(char::is_lowercase) && !name_particles().contains(&w)
        })
        .count()
}

/// Name words without a trailing affiliation: "Ryan Curtin from mlpack" -> "Ryan Curtin",
/// "Jane Doe at Example Corp" -> "Jane Doe", and without the role taken: "Jane Doe as a primary
/// mentor". Only when the words before "from"/"at"/"as" are a capitalised name of at most four
/// words.
pub(super) fn without_affiliation<S: AsRef<str>>(words: &[S]) -> &[S] {
    // ("Ada Lee as a primary mentor": the role she takes is no part of her name.)
    let role =
        |i: usize| (words[i + 1..].iter()).any(|w| w.as_ref().to_lowercase().starts_with("mentor"));
    let cut = (0..words.len())
        .find(|&i| match words[i].as_ref() {
            "from" | "at" => true,
            "as" => role(i),
            _ => false,
        })
        .filter(|&i| (1..=4).contains(&i) && i + 1 < words.len());
    match cut {
        Some(i) if is_capitalised(&words[..i]) => &words[..i],
        _ => words,
    }
}

/// Whether every word starts with an upper-case letter (a name as commonly written).
pub(super) fn is_capitalised<S: AsRef<str>>(words: &[S]) -> bool {
    words
        .iter()
        .all(|w| w.as_ref().chars().next().is_some_and(char::is_uppercase))
}

/// A single lower-case word that is a valid GitHub login (`jdoe`, `dm4`): a handle, not a name.
pub(super) fn is_bare_handle(word: &str) -> bool {
    is_valid_github_handle(word) && !word.chars().any(|c| c.is_ascii_uppercase())
}

/// True for a capitalised word ("Jane"): a first name rather than a handle.
pub(super) fn looks_like_first_name(token: &str) -> bool {
    let mut chars = token.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
}

/// A display name from candidate words, or `None` when they are not a person's name.
pub(super) fn clean_name<S: AsRef<str>>(words: &[S]) -> Option<String> {
    // Emoji and other non-ASCII symbols are dropped; ASCII punctuation is judged below.
    let keep = |c: char| c.is_ascii() || c.is_alphanumeric() || is_name_punct(c);
    let words: Vec<String> = words
        .iter()
        .map(|w| {
            trim_decor(w.as_ref())
                .chars()
                .filter(|&c| keep(c))
                .collect()
        })
        // ("Ann Lee (CERN)." leaves a full stop alone after the name: no word of it.)
        .filter(|w: &String| !w.chars().all(is_name_punct))
        .collect();
    // "Dr. Jane Doe" is Jane Doe: forms of address before a name go, and alone ("Dr.") they
    // name no one.
    let honorific =
        |w: &String| honorifics().contains(&w.trim_end_matches('.').to_lowercase().as_str());
    let titles = words.iter().take_while(|w| honorific(w)).count();
    if titles > 0 && titles == words.len() {
        return None;
    }
    let words = &words[titles..];
    let joined = words.join(" ");
    // "#cie", "#gsoc-help": a chat channel or a tag, never a person.
    if (joined.strip_prefix('#')).is_some_and(|r| r.starts_with(char::is_alphanumeric)) {
        return None;
    }
    let mut name = joined
        .trim_matches(|c: char| c.is_whitespace() || is_name_edge(c))
        .to_string();
    // A trailing full stop goes, unless it ends an initial or "Jr.".
    if let Some(stripped) = name.strip_suffix('.') {
        let last = stripped.rsplit(' ').next().unwrap_or("");
        if last.chars().count() > 2 || !last.chars().all(char::is_alphabetic) {
            name = stripped.trim_end().to_string();
        }
    }
    if name.is_empty()
        || name.starts_with('@')
        || !name.chars().any(char::is_alphabetic)
        || is_placeholder(&name)
    {
        return None;
    }
    // Digits and underscores only in a one-word name, a user name ("dm4", "Nokib_Sarkar"):
    // "Mentor 2" is not a person.
    let one_word = !name.contains(' ');
    let user_name = |c: char| one_word && (c.is_ascii_digit() || c == '_');
    if !name
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ' || is_name_punct(c) || user_name(c))
        || name.starts_with('_')
        || name.ends_with('_')
    {
        return None;
    }
    let parts: Vec<&str> = name.split(' ').collect();
    // (And their long words misspelt: "France-IOI developpers".)
    let not_name = |p: &&str| {
        let p = p.trim_end_matches('.').to_lowercase();
        let slip = |w: &str| p.len() >= 8 && w.len() >= 9 && crate::words::misspelling_of(&p, w);
        not_name_words().contains(&p.as_str()) || not_name_words().iter().any(|w| slip(w))
    };
    if parts.len() > MAX_NAME_WORDS || parts.iter().any(not_name) {
        return None;
    }
    // One word in capitals ("PAPPL", "CUPS") is an acronym: a project or a group, not a person.
    let acronym = one_word
        && name.chars().filter(char::is_ascii_alphabetic).count() >= 2
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if acronym {
        return None;
    }
    Some(name)
}

/// Characters trimmed off the ends of a name besides whitespace.
pub(super) fn is_name_edge(c: char) -> bool {
    ":,;|-–—/\\\"'()[]{}<>=~_#".contains(c)
}

/// Punctuation and marks a name may contain besides letters and spaces (and combining
/// diacritics).
pub(super) fn is_name_punct(c: char) -> bool {
    ".-'’‘·‐ʻ".contains(c) || ('\u{300}'..='\u{36F}').contains(&c)
}

/// True when a handle or an address's local part plainly belongs to the person `name`: it
/// holds one of the name's words of three letters or more ("carla.diaz" and "alice-dev" for
/// Carla Diaz and Alice Kim), or the first initial and the last name run together ("jwu" for
/// Jane Wu). A name and an unrelated handle ("@jdoe (Red Hat)") do not match.
pub(crate) fn names_match(id: &str, name: &str) -> bool {
    let id = id.to_lowercase();
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphabetic())
                .flat_map(char::to_lowercase)
                .collect()
        })
        .filter(|w: &String| !w.is_empty())
        .collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let initial_last: String = first.chars().take(1).chain(last.chars()).collect();
    (words.len() >= 2 && id.contains(&initial_last))
        || words
            .iter()
            .any(|w| w.chars().count() >= 3 && id.contains(w.as_str()))
}

/// An affiliation written in parentheses beside a name ("Jane Doe (CERN)", "(University of
/// Oxford)", "(Red Hat)"): a short phrase that starts with a capital letter and is no role,
/// job title, remark, contact, placeholder, technology or sentence.
pub(super) fn affiliation(text: &str) -> Option<String> {
    let t = text.trim().trim_matches([',', ';', '.']).trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    // Every word capitalised but the small ones of a name ("University of Oxford").
    let named = words.iter().all(|w| {
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || [
                "of", "for", "and", "the", "at", "de", "du", "di", "der", "la", "le", "von", "van",
            ]
            .contains(w)
    });
    let plain = (1..=MAX_NAME_WORDS).contains(&words.len())
        && named
        && t.starts_with(char::is_uppercase)
        && !t.contains(['@', ':', '/', '(', '[', '<', '?'])
        && !is_placeholder(t);
    let remark = |w: &&str| {
        let w = bare_lower(w);
        let lists = [
            not_handle_words(),
            ignore_keys(),
            github_keys(),
            email_keys(),
            job_titles(),
        ];
        is_role_word(&w) || lists.iter().any(|list| list.contains(&w.as_str()))
    };
    // "[Lionel](…) (JavaScript)": a technology beside a name is the area they mentor.
    let technology =
        || words.len() == 1 && crate::skills::SkillTable::bundled().canonical(t).is_some();
    (plain && !words.iter().any(remark) && !technology()).then(|| t.to_string())
}

/// Whether a word names mentors or their role ("Mentors", "co-mentor", "Primary").
pub(super) fn is_role_word(w: &str) -> bool {
    let w = bare_lower(w);
    w.contains("mentor") || role_keys().contains(&w.as_str())
}

/// A word without the punctuation around it (hyphens kept), lower-cased.
fn bare_lower(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
        .to_lowercase()
}
