//! Word lists kept as data: `schemas/words.toml` holds the vocabulary the people reader
//! (`parse/mentors`) and the skills reader (`skills`) use to tell names, handles, labels, skills
//! and prose apart. Each module names the lists it reads with [`word_lists!`].

use std::collections::HashMap;
use std::sync::OnceLock;

const WORDS_TOML: &str = include_str!("../schemas/words.toml");

type Lists = HashMap<String, &'static [&'static str]>;

/// The text with each run of whitespace written as one space and none at its ends: the one
/// whitespace normaliser of the crate.
pub fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// True when `written` is `word` with one slip of the hand: a letter dropped, added, changed,
/// or two neighbours swapped ("reommended", "recommanded", "developpers"), for words of seven
/// letters or more, a plural's "s" not being a slip. Compared as bytes: a slip inside a
/// non-ASCII letter is not found.
pub fn misspelling_of(written: &str, word: &str) -> bool {
    let (a, b) = (written.as_bytes(), word.as_bytes());
    if b.len() < 7 || a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let plural = |long: &[u8], short: &[u8]| long.strip_suffix(b"s") == Some(short);
    if plural(a, b) || plural(b, a) {
        return false;
    }
    let head = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let tail = |x: &[u8], y: &[u8]| {
        x.iter()
            .rev()
            .zip(y.iter().rev())
            .take_while(|(p, q)| p == q)
            .count()
    };
    let (ra, rb) = (&a[head..], &b[head..]);
    let t = tail(ra, rb);
    let (ma, mb) = (ra.len() - t, rb.len() - t);
    // One letter changed, added or dropped; or two swapped.
    (ma <= 1 && mb <= 1) || (ma == 2 && mb == 2 && ra[0] == rb[1] && ra[1] == rb[0])
}

/// Parses a words file into its lists by `section.name`, naming the line of an error. The
/// lists live as long as the program (they are read once).
pub fn parse(text: &str) -> Result<Lists, String> {
    let file: HashMap<String, HashMap<String, Vec<String>>> =
        toml::from_str(text).map_err(|e| toml_error("schemas/words.toml", text, &e))?;
    let mut lists = Lists::new();
    for (section, names) in file {
        for (name, words) in names {
            let words: Vec<&'static str> = words
                .into_iter()
                .map(|w| &*Box::leak(w.into_boxed_str()))
                .collect();
            lists.insert(
                format!("{section}.{name}"),
                Box::leak(words.into_boxed_slice()),
            );
        }
    }
    Ok(lists)
}

/// A TOML file's error as `file:line: message` (without the line when it is not known).
pub(crate) fn toml_error(file: &str, text: &str, e: &toml::de::Error) -> String {
    match e.span() {
        Some(s) => {
            let line = text[..s.start.min(text.len())].matches('\n').count() + 1;
            format!("{file}:{line}: {}", e.message())
        }
        None => format!("{file}: {}", e.message()),
    }
}

/// The list called `key` (`section.name`) of the bundled file; empty when there is none (a
/// test checks that every list the code names is there).
pub fn list(key: &str) -> &'static [&'static str] {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS
        .get_or_init(|| parse(WORDS_TOML).unwrap_or_default())
        .get(key)
        .copied()
        .unwrap_or(&[])
}

/// One function per list (`fn stopwords() -> &'static [&'static str]`), read once, and `KEYS`,
/// every list named.
#[macro_export]
macro_rules! word_lists {
    ($($(#[$doc:meta])* $name:ident = $key:literal;)*) => {
        $(
            $(#[$doc])*
            pub(super) fn $name() -> &'static [&'static str] {
                static LIST: std::sync::OnceLock<&'static [&'static str]> =
                    std::sync::OnceLock::new();
                LIST.get_or_init(|| $crate::words::list($key))
            }
        )*
        /// Every list this module reads from `schemas/words.toml` (for its test).
        #[cfg_attr(not(test), allow(dead_code))]
        pub(super) const KEYS: &[&str] = &[$($key),*];
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_file_parses_and_a_broken_one_names_its_line() {
        let lists = parse(WORDS_TOML).unwrap();
        assert!(lists["mentors.stopwords"].contains(&"the"));
        let err = parse("[mentors]\nstopwords = [\"a\",\n  7]\n").unwrap_err();
        assert!(err.contains("words.toml:"), "{err}");
        assert!(list("no.such").is_empty());
    }

    #[test]
    fn one_slip_of_the_hand_is_a_misspelling() {
        for (written, word) in [
            ("reommended", "recommended"),
            ("recommanded", "recommended"),
            ("developpers", "developers"),
            ("recieved", "received"),
            ("develoeprs", "developers"),
        ] {
            assert!(misspelling_of(written, word), "{written}");
        }
        for (written, word) in [
            ("recommended", "recommended"),
            ("projects", "project"),
            ("project", "projects"),
            ("mentees", "mentors"),
            ("skils", "skills"),
            ("requirement", "recommended"),
            ("recommendation", "recommended"),
        ] {
            assert!(!misspelling_of(written, word), "{written}");
        }
    }
}
