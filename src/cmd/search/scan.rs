//! Where a term occurs in ASCII text, found from its first word with `memmem` in the text
//! lower-cased, and checked on the few words around each hit, instead of splitting the whole
//! text into words ([`crate::tokens::words`]) first: a field's text is long, and most of its
//! words are not the term's.
//!
//! Why it gives what [`super::occurrences`] gives over [`super::Text::new`] of the same text.
//! In ASCII text a word lower-cases byte by byte, so a word equals (or starts with) a term's
//! word exactly when its bytes do, ASCII case aside; every occurrence therefore starts where
//! the term's first word is found, and only there. Whether a word starts at such a place is
//! decided by the few characters before it ([`starts_word`]), and the words from there on are
//! read by the same scan as [`crate::tokens::words`] (which reads the same words from any
//! place it would itself start a word). Text is searched once cleaned
//! ([`crate::tokens::clean_line_into`]), as it is tokenised.

use super::{Term, PREFIX, WHOLE};

/// A term's first word, lower-cased ASCII, found with `memmem` in text lower-cased first
/// (ASCII lower-cases byte by byte and keeps every byte's kind, letter, digit or other, so
/// the words of the lower-cased text are those of the text, at the same places).
#[derive(Debug, Clone)]
pub(super) struct First {
    /// `None` when the first word is not ASCII: the term never occurs in ASCII text.
    finder: Option<memchr::memmem::Finder<'static>>,
}

impl First {
    pub(super) fn new(term: &Term) -> First {
        let finder = term
            .words
            .first()
            .filter(|w| w.is_ascii() && !w.is_empty())
            .map(|w| memchr::memmem::Finder::new(&w.as_bytes().to_ascii_lowercase()).into_owned());
        First { finder }
    }

    /// Calls `f` with each occurrence of `term` (whose first word this is) in each of several
    /// ASCII texts, one after another in `lower` (lower-cased already), each given by a tag and
    /// its byte range (in order, not overlapping), with one search over all of them: the tag
    /// of the text, the bytes in that text where the term's first word starts and its last
    /// word ends, and the quality (whole, or a prefix of the last word).
    pub(super) fn each_in(
        &self,
        lower: &[u8],
        texts: &[(u8, usize, usize)],
        term: &Term,
        mut f: impl FnMut(u8, usize, usize, f64),
    ) {
        let Some(finder) = &self.finder else { return };
        let n = finder.needle().len();
        let mut texts = texts.iter().copied().peekable();
        // Occurrences may overlap ("ab a" in "ab ab a"): search again one byte on.
        let mut from = 0;
        while let Some(d) = lower.get(from..).and_then(|rest| finder.find(rest)) {
            let q = from + d;
            from = q + 1;
            while texts.next_if(|&(_, _, b)| b < q + n).is_some() {}
            let Some(&(tag, a, b)) = texts.peek() else {
                return;
            };
            if q < a {
                // Across the end of one text and the start of the next.
                continue;
            }
            let (text, p) = (&lower[a..b], q - a);
            if !starts_word(text, p) {
                continue;
            }
            if let Some((end, quality)) = words_from(text, p, term) {
                f(tag, p, end, quality);
            }
        }
    }
}

/// Whether a word of ASCII `text` starts at `p`, where a word may start (a letter, a digit, or
/// `.` before one). Inside a word are letters, digits, `.` before a letter or digit, and runs
/// of `+` and `#` not followed by a letter; so the character before `p` decides, and before a
/// run of `+`/`#`, the character before the run.
pub(super) fn starts_word(text: &[u8], p: usize) -> bool {
    let Some(&before) = p.checked_sub(1).and_then(|k| text.get(k)) else {
        return true;
    };
    let here = text[p];
    match before {
        // A word holding it goes on: `here` is a letter or digit, or `.` before one.
        b if b.is_ascii_alphanumeric() => false,
        // `.` before a letter or digit is in a word (or starts one); before `.`, in none.
        b'.' => here == b'.',
        b'+' | b'#' => {
            // The run belongs to the word before it when a letter or digit ends that word and
            // no letter follows the run; the word then goes on over `here`.
            let run = text[..p]
                .iter()
                .rev()
                .take_while(|&&b| b == b'+' || b == b'#')
                .count();
            let attached = (p - run)
                .checked_sub(1)
                .is_some_and(|k| text[k].is_ascii_alphanumeric());
            here.is_ascii_alphabetic() || !attached
        }
        _ => true,
    }
}

/// The end of the word of ASCII `text` starting at `start`, as [`crate::tokens::words`] ends it.
fn word_end(text: &[u8], start: usize) -> usize {
    let alnum = |k: usize| text.get(k).is_some_and(u8::is_ascii_alphanumeric);
    let mut j = start + 1;
    while let Some(&d) = text.get(j) {
        if d.is_ascii_alphanumeric() || (d == b'.' && alnum(j + 1)) {
            j += 1;
            continue;
        }
        if d == b'+' || d == b'#' {
            let mut k = j;
            while matches!(text.get(k), Some(b'+' | b'#')) {
                k += 1;
            }
            if text.get(k).is_some_and(u8::is_ascii_alphabetic) {
                break;
            }
            j = k;
            continue;
        }
        break;
    }
    j
}

/// The start of the first word of ASCII `text` at or after `at`, as [`crate::tokens::words`]
/// finds it going on from `at` outside a word.
fn next_word(text: &[u8], mut at: usize) -> Option<usize> {
    let alnum = |k: usize| text.get(k).is_some_and(u8::is_ascii_alphanumeric);
    while let Some(&c) = text.get(at) {
        if c.is_ascii_alphanumeric() || (c == b'.' && alnum(at + 1)) {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// Whether the words of `text` from the one starting at `start` are the term's words (the last
/// one whole, or only its start when the term allows it): the end of the last, and the quality.
fn words_from(text: &[u8], start: usize, term: &Term) -> Option<(usize, f64)> {
    let n = term.words.len();
    let mut quality = WHOLE;
    let (mut at, mut end) = (start, start);
    for (k, word) in term.words.iter().enumerate() {
        if k > 0 {
            at = next_word(text, end)?;
        }
        end = word_end(text, at);
        let (got, want) = (&text[at..end], word.as_bytes());
        if got.eq_ignore_ascii_case(want) {
            continue;
        }
        if k + 1 == n
            && term.prefix
            && got.len() > want.len()
            && got[..want.len()].eq_ignore_ascii_case(want)
        {
            quality = PREFIX;
            continue;
        }
        return None;
    }
    Some((end, quality))
}

#[cfg(test)]
mod tests {
    use super::super::tests::terms;
    use super::super::{occurrences, Text};
    use super::*;
    use proptest::prelude::*;

    /// Calls `f` with each occurrence of `term` in the ASCII text `text`, in order: the byte
    /// where its first word starts, the byte where its last word ends, and the quality.
    fn each(first: &First, text: &[u8], term: &Term, mut f: impl FnMut(usize, usize, f64)) {
        let lower = text.to_ascii_lowercase();
        first.each_in(&lower, &[(0, 0, lower.len())], term, |_, a, b, q| {
            f(a, b, q)
        });
    }

    /// The occurrences in `text` once cleaned (as the context reads it), with their places.
    fn found(text: &str, query: &str) -> Vec<(usize, usize, f64)> {
        let mut clean = String::new();
        crate::tokens::clean_line_into(text, &mut clean);
        found_in(&clean, query)
    }

    fn found_in(text: &str, query: &str) -> Vec<(usize, usize, f64)> {
        let mut out = Vec::new();
        for term in terms(query) {
            each(&First::new(&term), text.as_bytes(), &term, |a, b, q| {
                out.push((a, b, q))
            });
        }
        out
    }

    /// [`super::super::occurrences`] over the tokenised text, as byte ranges.
    fn expected(text: &str, query: &str) -> Vec<(usize, usize, f64)> {
        let t = Text::new(text);
        let mut out = Vec::new();
        for term in terms(query) {
            for (a, b, q) in occurrences(&t, &term) {
                out.push((t.tokens[a].start, t.tokens[b - 1].end, q));
            }
        }
        out
    }

    #[test]
    fn words_start_after_what_cannot_hold_them() {
        let starts = |text: &str| -> Vec<usize> {
            (0..text.len())
                .filter(|&p| {
                    let t = text.as_bytes();
                    let dot = t[p] == b'.' && t.get(p + 1).is_some_and(u8::is_ascii_alphanumeric);
                    (t[p].is_ascii_alphanumeric() || dot) && starts_word(t, p)
                })
                .collect()
        };
        assert_eq!(starts("c++17 c++go c#"), [0, 6, 9, 12]);
        assert_eq!(starts("a..b .net x.y"), [0, 2, 5, 10]);
        assert_eq!(starts("++1 .+1 a+#b"), [2, 6, 8, 11]);
    }

    #[test]
    fn occurrences_are_the_tokenised_ones() {
        let text = "Multi-cluster, multi cluster; MULTI  clusters. c++17 c++go node.js .NET x..y";
        for q in [
            "multi cluster",
            "\"multi cluster\"",
            "multi-cluster",
            "clu",
            "c++",
            "c",
            "go",
            "node.js",
            ".net",
            "net",
            "y",
            "x",
            "17",
        ] {
            assert_eq!(found(text, q), expected(text, q), "{q}");
        }
    }

    #[test]
    fn several_texts_are_searched_each_alone() {
        // "multi" across the end of one text and the start of the next is in neither.
        let lower = b"a multi|multi|mul|ti cluster|multi-cluster";
        let texts = [(1, 0, 7), (2, 8, 13), (3, 14, 17), (4, 18, 28), (5, 29, 42)];
        let t = &terms("multi")[0];
        let mut got = Vec::new();
        First::new(t).each_in(lower, &texts, t, |tag, a, b, q| got.push((tag, a, b, q)));
        assert_eq!(got, [(1, 2, 7, WHOLE), (2, 0, 5, WHOLE), (5, 0, 5, WHOLE)]);
        let t = &terms("\"multi cluster\"")[0];
        let mut got = Vec::new();
        First::new(t).each_in(lower, &texts, t, |tag, a, b, q| got.push((tag, a, b, q)));
        assert_eq!(got, [(5, 0, 13, WHOLE)]);
        // Without a byte between them, a word across two texts is in neither.
        let t = &terms("mul")[0];
        let mut got = Vec::new();
        let texts = [(1, 0, 3), (2, 3, 6), (3, 6, 10)];
        First::new(t).each_in(b"xmultimult", &texts, t, |tag, a, b, q| {
            got.push((tag, a, b, q))
        });
        assert_eq!(got, [(3, 0, 4, PREFIX)]);
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 4000,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        /// Every occurrence, in order, in ASCII text without the characters cleaning drops.
        #[test]
        fn scan_matches_the_tokenised_text(
            text in "(multi|Multi|MULTI|clu|cluster|clusters|c|go|Go|x|y|ab|a|17|node|js|net|[ .,+#/_-]|\\+\\+|\\.\\.|\\n|\\t){0,30}",
            query in prop::collection::vec(prop::sample::select(vec![
                "multi", "cluster", "clu", "\"multi cluster\"", "multi-cluster", "c++", "c#",
                "go", "a", "ab a", "node.js", ".net", "x.y", "17", "c++17", "ab", "mul", "x y",
                "y", "c", "js", "a+b", "ab-a",
            ]), 1..4)
        ) {
            let query = query.join(" ");
            prop_assert_eq!(found(&text, &query), expected(&text, &query));
        }
    }
}
