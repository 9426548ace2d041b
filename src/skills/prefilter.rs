//! A byte test that proves, without parsing a page, that no idea on it can have a skill: with
//! `--skill`, such a page need not be parsed at all (as ripgrep skips a file without a match).
//! On real pages (../shared's corpus and mirror copied 20 times, 84 MB; release build, warm)
//! it saves 40% of `list --skill go`: 886 ms of CPU with it, 1,480 ms without.
//!
//! Why it is sound. An idea has skill `s` only when one of the phrases naming `s` in the table
//! (its id, its name, its aliases) matched whole tokens of a skills text, or a skills item equals
//! the id ([`super::SkillTable::extract`]); and the skills text is the page's own text, read
//! through pulldown-cmark, YAML or TOML, [`super::markdown::clean`] and the tokenizer. Take any
//! run of ASCII letters and digits in such a phrase (its *key*, e.g. `golang`; lower-case). Where
//! the phrase matched, the key is a whole run of ASCII letters and digits of the cleaned text,
//! ASCII-case-insensitively (lower-casing maps no other character to ASCII except U+0130 `İ` and
//! U+212A, the Kelvin sign). How can that run come from the raw bytes?
//!
//! - Nothing on the way turns other bytes into ASCII letters or digits, except character
//!   references (`&#103;`, and `&fjlig;`, which is "fj"; `&amp;` and `&num;` can spell one for a
//!   second decoding) and backslash escapes of YAML and TOML strings (`\x67`, `\u0067`, a `\` at
//!   a line end joining two lines, `\r` decoding to a carriage return that cleaning drops), and
//!   the two characters above; and cleaning drops invisible characters (zero-width space,
//!   non-joiner, joiner, byte-order mark) that may join two runs. A page with any of these
//!   ([`opaque`]) is always parsed.
//! - Otherwise every letter and digit of the cleaned text is one of the raw bytes, and what the
//!   way removes between them is whole runs and punctuation: emphasis, code and strikethrough
//!   marks, backslashes, HTML tags and comments, link destinations, entity names, bare URLs
//!   (which start after a non-letter and end before white space or punctuation), carriage
//!   returns. No step splits a raw run or removes part of one. So the key in the cleaned text
//!   is either a whole raw run (`go` in "Go, Rust"), or pieces joined where something between
//!   them was removed (`**G**o`, `G<b>o`, `[G](u)o`): then its first piece is a whole raw run
//!   that is a proper prefix of the key and is followed by a byte that starts what was removed,
//!   one of [`JOINERS`].
//!
//! Hence a page without character references, escapes and those two characters, in which no
//! key of a skill occurs as a whole run nor as a proper prefix followed by a joiner, holds no
//! idea with that skill. The test errs only towards parsing (a page mentioning "go" anywhere is
//! parsed); the proptest beside it checks it against the parser on pages built from the tricky
//! pieces.

use super::matcher::Target;
use super::SkillTable;

/// Bytes that can start something removed between two pieces of a word: emphasis (`*`, `_`),
/// code (`` ` ``), strikethrough (`~`), a backslash escape, an HTML tag or comment (`<`), an
/// entity (`&`), a link or image (`[`, `]`, `!`), a shortcode (`{`, `:`) and a carriage return.
const JOINERS: &[u8] = b"*_`~\\<&[]!{:\r";

/// The test for a filter's skill groups (see the module documentation).
#[derive(Debug, Clone)]
pub struct PageTest {
    /// Every group must pass; a group passes when one of its keys may occur.
    groups: Vec<Vec<Vec<u8>>>,
}

impl SkillTable {
    /// The page test for groups of canonical skill ids (every group must match, a group when
    /// the idea has any of its skills); `None` when it could tell nothing: no group, a skill
    /// the table does not know (an unknown skill may be any words of a list), or a skill named
    /// by a phrase without ASCII letters or digits.
    pub fn page_test(&self, groups: &[Vec<String>]) -> Option<PageTest> {
        if groups.is_empty() {
            return None;
        }
        let mut out = Vec::new();
        for group in groups {
            let mut keys = Vec::new();
            for id in group {
                let &index = self.by_id.get(id)?;
                keys.extend(self.keys_of(index)?);
            }
            keys.sort_unstable();
            keys.dedup();
            out.push(keys);
        }
        Some(PageTest { groups: out })
    }

    /// The keys of skill `index`: one run of every phrase naming it, preferring a run that is
    /// a whole phrase already ("go" for "go programming"), else the phrase's longest.
    fn keys_of(&self, index: usize) -> Option<Vec<Vec<u8>>> {
        let mut phrases: Vec<&String> = (self.phrases.iter())
            .filter_map(|(p, t)| (*t == Target::Skill(index)).then_some(p))
            .collect();
        phrases.sort_unstable();
        // The runs of each phrase, lower-case.
        let runs: Vec<Vec<Vec<u8>>> = (phrases.iter())
            .map(|p| {
                (p.as_bytes().split(|b| !b.is_ascii_alphanumeric()))
                    .filter(|r| !r.is_empty())
                    .map(<[u8]>::to_ascii_lowercase)
                    .collect()
            })
            .collect();
        if runs.iter().any(Vec::is_empty) {
            return None;
        }
        let mut keys: Vec<Vec<u8>> = runs
            .iter()
            .filter(|r| r.len() == 1)
            .flatten()
            .cloned()
            .collect();
        for r in runs.iter().filter(|r| r.len() > 1) {
            if !r.iter().any(|run| keys.contains(run)) {
                keys.push(r.iter().max_by_key(|run| run.len())?.clone());
            }
        }
        Some(keys)
    }
}

impl PageTest {
    /// False only when no idea of the page can have the skills (see the module documentation).
    pub fn may_match(&self, page: &[u8]) -> bool {
        opaque(page) || (self.groups.iter()).all(|keys| keys.iter().any(|key| may_occur(page, key)))
    }
}

/// Whether the page holds something that may decode to an ASCII letter or digit, or lower-case
/// to one: a numeric character reference or one that may become one (`&amp;#103;`, `&num;`),
/// `&fjlig;`, a backslash before a letter, a digit or white space (a YAML or TOML escape, or
/// a line continuation), ESC, `İ`, the Kelvin sign, or an invisible character that cleaning
/// drops and so may join two runs (zero-width space, non-joiner and joiner, byte-order mark).
fn opaque(page: &[u8]) -> bool {
    let named = |rest: &[u8]| {
        [&b"#"[..], b"amp;", b"AMP;", b"num;", b"fjlig;"]
            .iter()
            .any(|p| rest.starts_with(p))
    };
    memchr::memchr_iter(b'&', page).any(|i| named(&page[i + 1..]))
        || memchr::memchr_iter(b'\\', page).any(|i| {
            page.get(i + 1)
                .is_some_and(|&c| c.is_ascii_alphanumeric() || c.is_ascii_whitespace())
        })
        || memchr::memchr(0x1b, page).is_some()
        // (All looked for from their first bytes in one search: most pages have none of them.)
        || memchr::memchr3_iter(0xc4, 0xe2, 0xef, page).any(|i| {
            let rest = &page[i..];
            ['\u{130}', '\u{212a}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{feff}']
                .iter()
                .any(|c| rest.starts_with(c.encode_utf8(&mut [0; 4]).as_bytes()))
        })
}

/// Whether `key` (lower-case ASCII letters and digits) starts `rest` (case-insensitively) as a
/// whole run of ASCII letters and digits, or a proper prefix of it does, followed by one of
/// [`JOINERS`]. (The caller checks that no letter or digit comes before.)
fn occurs_at(rest: &[u8], key: &[u8]) -> bool {
    let same = rest
        .iter()
        .zip(key)
        .take_while(|(a, b)| a.to_ascii_lowercase() == **b)
        .count();
    match rest.get(same) {
        None => same == key.len(),
        Some(next) if same == key.len() => !next.is_ascii_alphanumeric(),
        Some(next) => JOINERS.contains(next),
    }
}

/// Whether `key` occurs in `page` at the start of a run of ASCII letters and digits as
/// [`occurs_at`] counts it.
fn may_occur(page: &[u8], key: &[u8]) -> bool {
    let Some(&first) = key.first() else {
        return true;
    };
    let upper = first.to_ascii_uppercase();
    memchr::memchr2_iter(first, upper, page).any(|i| {
        if i > 0 && page[i - 1].is_ascii_alphanumeric() {
            return false;
        }
        occurs_at(&page[i..], key)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn test(ids: &[&str]) -> PageTest {
        let groups = vec![ids.iter().map(|s| s.to_string()).collect()];
        SkillTable::bundled()
            .page_test(&groups)
            .expect("known skills")
    }

    #[test]
    fn keys_are_whole_phrases_first() {
        let t = test(&["go"]);
        let keys: Vec<&[u8]> = t.groups[0].iter().map(Vec::as_slice).collect();
        assert!(keys.contains(&&b"go"[..]), "{keys:?}");
        assert!(keys.contains(&&b"golang"[..]), "{keys:?}");
        // "go programming" is implied by "go"; "programming" would make every page pass.
        assert!(!keys.contains(&&b"programming"[..]), "{keys:?}");
    }

    #[test]
    fn unknown_skills_and_no_groups_give_no_test() {
        let table = SkillTable::bundled();
        assert!(table.page_test(&[]).is_none());
        assert!(table
            .page_test(&[vec!["go".to_string(), "not-a-skill-xyz".to_string()]])
            .is_none());
    }

    #[test]
    fn whole_runs_match_and_words_containing_them_do_not() {
        let go = test(&["go"]);
        for yes in [
            "Skills: Go, Rust",
            "- golang\n",
            "GO",
            "(Go)",
            "Go's runtime",
            "go-based",
            "éGo",
        ] {
            assert!(go.may_match(yes.as_bytes()), "{yes:?}");
        }
        for no in [
            "Skills: Rust, Python",
            "a good algorithm by google, going ago",
            "ergo cargo",
            "e.g. I/O",
        ] {
            assert!(!go.may_match(no.as_bytes()), "{no:?}");
        }
    }

    #[test]
    fn joined_pieces_and_decodings_are_assumed_to_match() {
        let go = test(&["go"]);
        for yes in [
            "**G**o",
            "G<b>o",
            "[G](x)o",
            "G\\*o",
            "G&ast;o",
            "G`o",
            "Gol_*ang",
            "G\ro",
            "&#103;o",
            "&amp;#103;o",
            "x: \"\\x67o\"",
            "a \\\n b",
            "\u{1b}[1m",
            "G\u{200b}o",
            "G\u{feff}o",
        ] {
            assert!(go.may_match(yes.as_bytes()), "{yes:?}");
        }
    }

    #[test]
    fn every_group_must_pass() {
        let groups = vec![vec!["go".to_string()], vec!["rust".to_string()]];
        let both = SkillTable::bundled().page_test(&groups).unwrap();
        assert!(both.may_match(b"Go and Rust"));
        assert!(!both.may_match(b"Go and Python"));
        let either = test(&["go", "rust"]);
        assert!(either.may_match(b"Rust only"));
    }
}
