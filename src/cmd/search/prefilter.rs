//! A byte-level test that proves, without tokenising a field, that no term of a query occurs in
//! it: search then tokenises only the fields a term may occur in, and skips an idea outright
//! when some term may occur in none of its fields.
//!
//! Why it is safe. A term occurs in a field when its words are consecutive tokens of the field's
//! cleaned text ([`crate::tokens::clean_line_into`]), lower-cased (the last word may start a
//! token). So every word of the term, and every run of ASCII characters in it (its *key* here),
//! is a substring of one lower-cased token. Lower-casing maps an ASCII character to its ASCII
//! lower case and every other character to characters that are not ASCII, except U+0130 (`İ`,
//! to "i̇") and U+212A (the Kelvin sign, to `k`); so where neither is in the token, the key is
//! an ASCII-case-insensitive substring of the token. A token is a stretch of the cleaned text
//! without whitespace, and cleaning only drops characters (`*`, `` ` ``, control characters and
//! terminal escapes, which start with the control character ESC) and turns whitespace into
//! single spaces; so where the raw field has none of those dropped characters, a token is a
//! stretch of the raw text too. Hence: a field without the characters above ([`hidden`]) holds
//! the key of every term that occurs in it; one with them is cleaned first and that text is
//! searched, unless it still holds `İ` or the Kelvin sign (then every term may occur).

use super::Term;

/// The keys of a query's terms (`None`: a term without ASCII letters or digits, which may
/// occur anywhere).
#[derive(Debug, Clone)]
pub(super) struct Prefilter {
    keys: Vec<Option<Key>>,
}

/// Bit `k` set: term `k` may occur. Queries of more terms than bits are not filtered.
pub(super) type Mask = u64;

impl Prefilter {
    pub(super) fn new(terms: &[Term]) -> Prefilter {
        let keys = if terms.len() > Mask::BITS as usize {
            Vec::new()
        } else {
            terms.iter().map(Key::of).collect()
        };
        Prefilter { keys }
    }

    /// Whether the filter can tell anything: a query of more terms than [`Mask`] has bits
    /// is not filtered.
    pub(super) fn active(&self) -> bool {
        !self.keys.is_empty()
    }

    /// Every term.
    pub(super) fn all(&self) -> Mask {
        match self.keys.len() {
            0 => 0,
            n => Mask::MAX >> (Mask::BITS as usize - n),
        }
    }

    /// The terms that may occur in a field whose raw text is `raw` (`scratch` holds its cleaned
    /// text when it has to be cleaned).
    pub(super) fn field(&self, raw: &str, scratch: &mut String) -> Mask {
        let text = if hidden(raw) {
            crate::tokens::clean_line_into(raw, scratch);
            if scratch.contains(['\u{130}', '\u{212a}']) {
                return self.all();
            }
            scratch.as_bytes()
        } else {
            raw.as_bytes()
        };
        let mut mask = 0;
        for (k, key) in self.keys.iter().enumerate() {
            if key.as_ref().is_none_or(|key| key.is_in(text)) {
                mask |= 1 << k;
            }
        }
        mask
    }
    /// Whether a term may occur in the mentors that `raw`, a mentor field's text not parsed yet
    /// (or one part of a mentor parsed already), names: false only when the key of no term can
    /// be in them. See [`mentor_parts`] for why.
    pub(super) fn may_name(&self, raw: &str) -> bool {
        if !self.active() || self.keys.iter().any(Option::is_none) {
            return true;
        }
        let in_text = |text: &str| {
            self.keys
                .iter()
                .flatten()
                .any(|key| key.is_in(text.as_bytes()))
        };
        // ASCII without `&`, control characters, marks or tags (most texts): the parts are
        // drawn from the text itself. Screened in blocks without branches.
        let odd = |b: u8| {
            (b >= 0x7f)
                | ((b < 0x20) & (b != b'\n') & (b != b'\t'))
                | (b == b'&')
                | (b == b'*')
                | (b == b'`')
                | (b == b'<')
        };
        if raw
            .as_bytes()
            .chunks(32)
            .all(|block| !block.iter().fold(false, |any, &b| any | odd(b)))
        {
            return in_text(raw);
        }
        // Entities, ASCII control characters (terminal escapes among them) and the two
        // characters that lower-case into ASCII: not followed below.
        let ascii_special =
            |b: u8| b == b'&' || b == 0x7f || (b < 0x20 && b != b'\n' && b != b'\t');
        if raw.bytes().any(ascii_special) || raw.contains('\u{130}') || raw.contains('\u{212a}') {
            return true;
        }
        mentor_parts(raw, in_text)
    }
}

/// Calls `f` with the texts a mentor's name, handle and email are drawn from, until it returns
/// true (and then returns true); `raw` has no `&`, no ASCII control character but newline and
/// tab, and no character that lower-cases into ASCII from outside it.
///
/// Why it is enough. Parsing a mentor list (`crate::parse::mentors`) takes each part of a
/// mentor from a line of the text, as pieces of it joined by separators (spaces, brackets,
/// colons, newlines), which are not word characters; so a word of a part is a stretch of the
/// text's words where nothing was taken out between two pieces. It takes characters out
/// between pieces in these places only: entities decoded (`&...;`; the text has no `&`),
/// HTML tags (`<b>`, `</span>`, ... dropped; `<a href="u">t</a>` read as `[t](u)`, whose URL
/// is a stretch of the text), emphasis and code marks (`*`, `` ` ``), and characters outside
/// ASCII that are not letters or digits (zero-width spaces, symbols in names; dropped or
/// turned into separators). Search itself, reading a part
/// ([`crate::tokens::clean_line_into`]), drops those marks too, and control characters.
/// So a word of a part is a stretch of the text without those marks and characters (a kept
/// bracketed span such as `<a@b.c>` starts and ends with a separator), or of that text with
/// also every `<...>` span the HTML reader looks at taken out. (Taking out more than parsing
/// does only joins more: never a word's characters, which are letters, digits, `.`, `+` and
/// `#`.)
fn mentor_parts(raw: &str, mut f: impl FnMut(&str) -> bool) -> bool {
    fn plain(s: &str) -> std::borrow::Cow<'_, str> {
        let dropped = |c: char| c == '*' || c == '`' || !(c.is_ascii() || c.is_alphanumeric());
        if s.bytes().any(|b| b == b'*' || b == b'`' || b >= 0x80) {
            s.chars()
                .filter(|&c| !dropped(c))
                .collect::<String>()
                .into()
        } else {
            s.into()
        }
    }
    if f(&plain(raw)) {
        return true;
    }
    if !raw.contains('<') {
        return false;
    }
    // Every `<...>` span, as `convert_html_tags` (crate::parse::mentors) scans for them: from
    // a `<` to the next `>`, unless a `<` or a newline comes first.
    let mut untagged = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(pos) = rest.find('<') {
        untagged.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        match after.find(['>', '<', '\n']) {
            Some(e) if after.as_bytes()[e] == b'>' => rest = &after[e + 1..],
            _ => {
                untagged.push('<');
                rest = after;
            }
        }
    }
    untagged.push_str(rest);
    f(&plain(&untagged))
}

/// Whether `raw` has a character that cleaning drops (`*`, `` ` ``, a control character but
/// newline and tab) or that lower-cases into ASCII from outside it (U+0130, U+212A).
fn hidden(raw: &str) -> bool {
    crate::tokens::drops_or_folds_any(raw)
}

/// A lower-cased ASCII text found case-insensitively, through `memchr` on its rarest byte.
#[derive(Debug, Clone)]
struct Key {
    text: Vec<u8>,
    /// Where in `text` the byte searched for is.
    at: usize,
}

impl Key {
    /// The longest run of ASCII characters in the words of `term` (the first of equals).
    fn of(term: &Term) -> Option<Key> {
        let mut best: &[u8] = &[];
        for word in &term.words {
            for run in word.as_bytes().split(|b| !b.is_ascii()) {
                if run.len() > best.len() {
                    best = run;
                }
            }
        }
        if best.is_empty() {
            return None;
        }
        let text = best.to_ascii_lowercase();
        let at = (0..text.len())
            .min_by_key(|&k| commonness(text[k]))
            .unwrap_or(0);
        Some(Key { text, at })
    }

    /// Whether `hay` holds the key, ASCII case aside.
    fn is_in(&self, hay: &[u8]) -> bool {
        let n = self.text.len();
        if hay.len() < n {
            return false;
        }
        let (lower, upper) = (self.text[self.at], self.text[self.at].to_ascii_uppercase());
        // The searched byte at `q` puts the key at `q - at`, which must fit in `hay`.
        let (mut from, last) = (self.at, hay.len() - n + self.at);
        while from <= last {
            let window = &hay[from..=last];
            let found = if lower == upper {
                memchr::memchr(lower, window)
            } else {
                memchr::memchr2(lower, upper, window)
            };
            let Some(d) = found else {
                return false;
            };
            let q = from + d;
            let start = q - self.at;
            if hay[start..start + n].eq_ignore_ascii_case(&self.text) {
                return true;
            }
            from = q + 1;
        }
        false
    }
}

/// How common a (lower-case) byte is in English text: letters by frequency, then digits, then
/// the rest.
pub(super) fn commonness(b: u8) -> usize {
    const LETTERS: &[u8] = b"etaoinsrhldcumfpgwybvkxjqz";
    match LETTERS.iter().position(|&l| l == b) {
        Some(p) => 40 - p,
        None if b.is_ascii_digit() => 10,
        None => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{idea, terms};
    use super::*;

    fn mask(query: &str, raw: &str) -> Mask {
        Prefilter::new(&terms(query)).field(raw, &mut String::new())
    }

    #[test]
    fn keys_are_the_longest_ascii_runs() {
        let key = |q: &str| Key::of(&terms(q)[0]).map(|k| String::from_utf8(k.text).unwrap());
        assert_eq!(key("\"multi cluster\"").as_deref(), Some("cluster"));
        assert_eq!(key("Café").as_deref(), Some("caf"));
        assert_eq!(key("c++").as_deref(), Some("c++"));
        assert_eq!(key("été").as_deref(), Some("t"));
        assert_eq!(key("ÉÉ"), None);
        assert_eq!(key("中文"), None);
    }

    #[test]
    fn keys_are_found_ascii_case_insensitively_anywhere() {
        let key = Key::of(&terms("cluster")[0]).unwrap();
        assert!(key.is_in(b"CLUSTER"));
        assert!(key.is_in(b"a MultiCluster b"));
        assert!(key.is_in(b"xx cluSTer"));
        assert!(key.is_in(b"clusterxx"));
        assert!(!key.is_in(b"clustr cluste luster"));
        assert!(!key.is_in(b"luster"));
        assert!(!key.is_in(b""));
        let key = Key::of(&terms("k8s")[0]).unwrap();
        assert!(key.is_in(b"on K8S"));
        assert!(!key.is_in(b"k8 s"));
    }

    #[test]
    fn hidden_characters_are_the_ones_cleaning_drops_or_folding_makes_ascii() {
        for raw in [
            "a*b",
            "a`b",
            "a\rb",
            "a\u{1b}[1mb",
            "a\u{7f}b",
            "a\u{85}b",
            "a\u{9f}b",
            "\u{130}",
            "\u{212a}",
            "a\u{0}",
        ] {
            assert!(hidden(raw), "{raw:?}");
        }
        for raw in [
            "plain text",
            "tab\tand\nnewline",
            "café ÜNÏ straße",
            "\u{a0}\u{2028}中",
            "Ä°",
        ] {
            assert!(!hidden(raw), "{raw:?}");
        }
    }

    #[test]
    fn fields_without_a_key_are_ruled_out() {
        assert_eq!(mask("multi cluster", "A multi-cluster scheduler"), 0b11);
        assert_eq!(mask("multi cluster", "MULTI tenant"), 0b01);
        assert_eq!(mask("multi cluster", "Clusters"), 0b10);
        assert_eq!(mask("multi cluster", "nothing here"), 0);
        assert_eq!(mask("multi cluster", ""), 0);
        // A term without ASCII may occur anywhere.
        assert_eq!(mask("中文 cluster", "nothing"), 0b01);
    }

    #[test]
    fn fields_whose_words_cleaning_or_folding_joins_are_kept() {
        // Only cleaning puts these words together: the raw text never holds the key.
        assert_eq!(mask("multi", "mul*ti*"), 1);
        assert_eq!(mask("multi", "mul`ti`"), 1);
        assert_eq!(mask("multi", "mul\u{1b}[31mti"), 1);
        assert_eq!(mask("multi", "mul\rti"), 1);
        assert_eq!(mask("multi", "mul\u{85}ti"), 1);
        // Only lower-casing makes these ASCII.
        assert_eq!(mask("k8s", "\u{212a}8s"), 1);
        assert_eq!(mask("stanbul", "\u{130}stanbul"), 1);
        // Cleaned text without the words is still ruled out.
        assert_eq!(mask("multi", "**bold** text"), 0);
    }

    #[test]
    fn only_two_non_ascii_characters_lower_case_into_ascii() {
        let folding: Vec<char> = (0..=0x10ffff)
            .filter_map(char::from_u32)
            .filter(|c| !c.is_ascii() && c.to_lowercase().any(|l| l.is_ascii()))
            .collect();
        assert_eq!(folding, ['\u{130}', '\u{212a}']);
        let controls: Vec<char> = (0..=0x10ffff)
            .filter_map(char::from_u32)
            .filter(|c| c.is_control() && !c.is_ascii())
            .collect();
        assert_eq!(controls, ('\u{80}'..='\u{9f}').collect::<Vec<_>>());
    }

    /// Mentor texts made of pieces that parsing joins, splits, drops or reads as contacts.
    fn mentor_text(seed: &mut u64, pieces: usize) -> String {
        const PIECES: &[&str] = &[
            "multi",
            "Multi",
            "MULTI",
            "mul",
            "ti",
            "clu",
            "ster",
            "cluster",
            "Clusters",
            "k8s",
            "node",
            ".js",
            "c++",
            "Jane",
            "Doe",
            "jdoe",
            "Ann",
            "Lee",
            "example",
            "org",
            "at",
            "AT",
            "dot",
            "[at]",
            "(dot)",
            ".",
            "@",
            "@multi",
            ",",
            ";",
            " and ",
            " & ",
            " / ",
            " ",
            " ",
            " ",
            "\n",
            "\n  - ",
            "- ",
            "* ",
            "*",
            "**",
            "`",
            "~~",
            "_",
            "'s",
            "(",
            ")",
            "[",
            "]",
            "](",
            "<",
            ">",
            "<b>",
            "</b>",
            "<br>",
            "<span class=x>",
            "</span>",
            "<a href=\"https://github.com/multi\">",
            "<a href='https://github.com/mul*ti'>",
            "</a>",
            "<s>",
            "</s>",
            "https://github.com/",
            "github.com/",
            "mailto:",
            "Name:",
            "GitHub:",
            "Email:",
            "Mentor:",
            ":",
            "\u{200b}",
            "\u{fe0f}",
            "😀",
            "é",
            "Ünï",
            "＠",
            "（",
            "）",
            "，",
            "\u{3000}",
            "\u{a0}",
            "ß",
            "Zoë",
        ];
        let mut out = String::new();
        for _ in 0..pieces {
            *seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            out.push_str(PIECES[(*seed >> 33) as usize % PIECES.len()]);
        }
        out
    }

    #[test]
    fn mentors_a_term_occurs_in_are_never_ruled_out() {
        use super::super::{best_of, Text};
        let queries = [
            "multi",
            "cluster",
            "multi cluster",
            "\"multi cluster\"",
            "mul",
            "ti",
            "k8s",
            "node.js",
            "c++",
            "example.org",
            "jdoe",
            "jane doe",
            "doe",
            "ann",
            "clu",
            "ster",
            "example",
            "ünï",
            "zoë",
        ];
        let parsed: Vec<(Vec<Term>, Prefilter)> = queries
            .iter()
            .map(|q| (terms(q), Prefilter::new(&terms(q))))
            .collect();
        let mut seed = 11;
        let mut named = 0;
        for n in 0..6000 {
            let text = mentor_text(&mut seed, 1 + n % 12);
            let mentors = crate::parse::mentors::parse_mentors(&text);
            let parts: Vec<Text> = mentors
                .iter()
                .flat_map(|m| [&m.name, &m.github, &m.email])
                .flatten()
                .map(|s| Text::new(s))
                .collect();
            for (q, (t, prefilter)) in queries.iter().zip(&parsed) {
                if t.iter().any(|term| best_of(&parts, term) > 0.0) {
                    named += 1;
                    assert!(
                        prefilter.may_name(&text),
                        "query {q:?} occurs in {mentors:?} parsed from {text:?}"
                    );
                }
                // A part of a mentor parsed already is tested as it is.
                for part in &parts {
                    if t.iter().any(|term| best_of([part], term) > 0.0) {
                        assert!(prefilter.may_name(&part.s), "{q:?} in {:?}", part.s);
                    }
                }
            }
        }
        // The pieces name someone often enough for the test to mean something.
        assert!(named > 2000, "{named}");
    }

    #[test]
    fn mentor_texts_without_a_term_are_ruled_out() {
        let may = |q: &str, raw: &str| Prefilter::new(&terms(q)).may_name(raw);
        assert!(!may("multi cluster", "Jane Doe (@jdoe, jane@example.org)"));
        assert!(!may(
            "multi",
            "- Søren Olsen <soren@uni.example>\n- Ann Lee"
        ));
        assert!(may("multi", "Jane Doe (@multi)"));
        assert!(may("multi", "mul<b>ti</b>"));
        assert!(may("multi", "mul*ti"));
        assert!(may("multi", "mul\u{200b}ti"));
        assert!(may("multi", "mul&#116;i"));
        assert!(may("k8s", "\u{212a}8s"));
        assert!(may("中文", "nobody"));
    }

    #[test]
    fn ideas_that_match_only_through_folding_are_scored() {
        let scorer = super::super::line::idea_scorer(terms("k8s operator"));
        let mut i = idea("An \u{212a}8S **oper**ator");
        assert_eq!(scorer(&i), Some(20.0));
        i.title = "An operator".into();
        assert_eq!(scorer(&i), None);
        i.skills = vec!["kubernetes".into()];
        assert_eq!(scorer(&i), Some(18.0));
    }
}
