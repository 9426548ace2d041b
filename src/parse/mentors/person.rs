//! Names: whether candidate words are a person's name (and not prose, a role or a link label),
//! and the display name made of them.

use super::*;

/// True when candidate name words read as prose: a question, too many words, a function
/// word ("the maintainers", "Almost any committer", "do you want to help"), or too many
/// lower-case words for a name ("review within two days").
pub(super) fn is_prose<S: AsRef<str>>(words: &[S]) -> bool {
    if words.len() > MAX_NAME_WORDS || lower_case_words(words) > MAX_LOWER_NAME_WORDS {
        return true;
    }
    words.iter().any(|w| {
        let w = w.as_ref();
        let bare = if alnum_ends(w) {
            w
        } else {
            w.trim_matches(|c: char| !c.is_alphanumeric())
        };
        w.bytes().any(|b| b == b'?') || STOPWORD_SET.contains(bare) || is_strong_stopword(bare)
    })
}

/// The words that start with a lower-case letter, name particles ("van der", "de la") aside.
/// Names are written capitalised, and a name written in lower case ("liu jin hui") is short;
/// a phrase of lower-case words is a sentence ("review within two days").
pub(super) fn lower_case_words<S: AsRef<str>>(words: &[S]) -> usize {
    words
        .iter()
        .filter(|w| {
            let w = w.as_ref();
            w.chars().next().is_some_and(char::is_lowercase) && !NAME_PARTICLES.contains(&w)
        })
        .count()
}

/// `STRONG_STOPWORDS.contains(&word.to_lowercase())`, without the copy for ASCII words.
pub(super) fn is_strong_stopword(word: &str) -> bool {
    if word.is_ascii() {
        STRONG_STOPWORDS
            .iter()
            .any(|s| s.eq_ignore_ascii_case(word))
    } else {
        STRONG_STOPWORDS.contains(&word.to_lowercase().as_str())
    }
}

/// Name words without a trailing affiliation: "Ryan Curtin from mlpack" -> "Ryan Curtin",
/// "Jane Doe at Example Corp" -> "Jane Doe". Only when the words before "from"/"at" are a
/// capitalised name of at most four words.
pub(super) fn without_affiliation<S: AsRef<str>>(words: &[S]) -> &[S] {
    let cut = words
        .iter()
        .position(|w| matches!(w.as_ref(), "from" | "at"))
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

/// A display name from candidate words, or `None` when they are not a person's name.
pub(super) fn clean_name<S: AsRef<str>>(words: &[S]) -> Option<String> {
    // Emoji and other non-ASCII symbols are dropped; ASCII punctuation is judged below.
    let keep = |c: char| c.is_ascii() || c.is_alphanumeric() || is_name_punct(c);
    // The kept words joined by single spaces, built in place (a word left empty adds nothing).
    let mut name = String::with_capacity(words.iter().map(|w| w.as_ref().len() + 1).sum());
    for w in words {
        let w = trim_decor(w.as_ref());
        let mark = name.len();
        if mark > 0 {
            name.push(' ');
        }
        let body = name.len();
        if w.is_ascii() || w.chars().all(keep) {
            name.push_str(w);
        } else {
            name.extend(w.chars().filter(|&c| keep(c)));
        }
        if name.len() == body {
            name.truncate(mark);
        }
    }
    // Trimmed in place, as `trim_matches` trims.
    let edge = |c: char| c.is_whitespace() || is_name_edge(c);
    name.truncate(name.trim_end_matches(edge).len());
    name.drain(..name.len() - name.trim_start_matches(edge).len());
    // A trailing full stop goes, unless it ends an initial or "Jr.".
    if let Some(stripped) = name.strip_suffix('.') {
        let last = stripped.rsplit(' ').next().unwrap_or("");
        if last.chars().count() > 2 || !last.chars().all(char::is_alphabetic) {
            let keep_len = stripped.trim_end().len();
            name.truncate(keep_len);
        }
    }
    if name.is_empty()
        || name.starts_with('@')
        || !name.chars().any(char::is_alphabetic)
        || is_placeholder(&name)
    {
        return None;
    }
    // Digits only in a one-word name ("dm4"): "Mentor 2" is not a person.
    let one_word = !name.as_bytes().contains(&b' ');
    let allowed = if name.is_ascii() {
        // (The same test on bytes: the ASCII letters are the alphabetic ASCII characters, and
        // `.`, `-` and `'` the ASCII name punctuation.)
        name.bytes().all(|b| {
            b.is_ascii_alphabetic()
                || matches!(b, b' ' | b'.' | b'-' | b'\'')
                || (one_word && b.is_ascii_digit())
        })
    } else {
        name.chars().all(|c| {
            c.is_alphabetic() || c == ' ' || is_name_punct(c) || (one_word && c.is_ascii_digit())
        })
    };
    if !allowed {
        return None;
    }
    // The words between single spaces (as `name.split(' ')` gives them).
    let mut rest = name.as_str();
    for k in 0.. {
        let (word, more) = match rest.as_bytes().iter().position(|&b| b == b' ') {
            Some(at) => (&rest[..at], Some(&rest[at + 1..])),
            None => (rest, None),
        };
        if k == MAX_NAME_WORDS || NOT_NAME_SET.contains_lowered(word.trim_end_matches('.')) {
            return None;
        }
        match more {
            Some(r) => rest = r,
            None => break,
        }
    }
    Some(name)
}

/// Characters trimmed off the ends of a name besides whitespace (the set
/// `:,;|-–—/\"'()[]{}<>=~_#`).
pub(super) fn is_name_edge(c: char) -> bool {
    matches!(
        c,
        ':' | ','
            | ';'
            | '|'
            | '-'
            | '–'
            | '—'
            | '/'
            | '\\'
            | '"'
            | '\''
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '<'
            | '>'
            | '='
            | '~'
            | '_'
            | '#'
    )
}

/// Punctuation and marks a name may contain besides letters and spaces (the set `.-'’‘·‐ʻ` and
/// combining diacritics).
pub(super) fn is_name_punct(c: char) -> bool {
    matches!(c, '.' | '-' | '\'' | '’' | '‘' | '·' | '‐' | 'ʻ')
        || ('\u{300}'..='\u{36F}').contains(&c)
}
