//! Tokens of cleaned skills text: words (with the punctuation that belongs to them, `c++`,
//! `node.js`), single punctuation marks and hard breaks, each a byte range into the text. Tokens
//! borrow nothing and own nothing: the text is read through the ranges, so splitting costs one
//! vector and no string per token.

use super::HARD_BREAK;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Letters and digits (plus joined `+ # . - _ & '`), or one CJK character.
    Word,
    /// Any other single non-space character.
    Punct(char),
    /// A hard break: ends items and alias matches.
    Break,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Token {
    /// Byte range in the cleaned text (empty for a break).
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace (or the start of the text) comes right before / after the token.
    pub ws_before: bool,
    pub ws_after: bool,
}

impl Token {
    /// The token's text in the cleaned text it was read from.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Han ideographs and kana: scripts written without spaces, tokenised per character.
pub(super) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0x20000..=0x2FFFF)
}

/// A letter or digit outside the CJK scripts.
fn is_plain_alnum(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

/// Splits cleaned text into tokens (one pass, linear).
pub(super) fn tokenize(text: &str) -> Vec<Token> {
    let chars: &[(usize, char)] = &text.char_indices().collect::<Vec<_>>();
    let n = chars.len();
    let byte_at = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
    let mut tokens: Vec<Token> = Vec::with_capacity(n / 4 + 4);
    let mut ws = true;
    let mut newlines = 0;
    let mut hard = false;
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            ws = true;
            match c {
                '\n' => newlines += 1,
                HARD_BREAK => hard = true,
                _ => {}
            }
            i += 1;
            continue;
        }
        if let Some(last) = tokens.last_mut() {
            last.ws_after = ws;
        }
        let hard_break = hard || newlines >= 2;
        if hard_break && tokens.last().is_some_and(|t| t.kind != Kind::Break) {
            let b = byte_at(i);
            tokens.push(Token {
                start: b,
                end: b,
                kind: Kind::Break,
                ws_before: true,
                ws_after: true,
            });
        }
        let (kind, end) = if is_cjk(c) {
            (Kind::Word, i + 1)
        } else if c.is_alphanumeric()
            || (c == '.'
                && chars
                    .get(i + 1)
                    .map(|&(_, c)| c)
                    .is_some_and(is_plain_alnum))
        {
            (Kind::Word, word_end(chars, i))
        } else {
            (Kind::Punct(c), i + 1)
        };
        tokens.push(Token {
            start: byte_at(i),
            end: byte_at(end),
            kind,
            ws_before: ws,
            ws_after: true,
        });
        ws = false;
        newlines = 0;
        hard = false;
        i = end;
    }
    tokens
}

/// The end (exclusive, in chars) of the word token starting at `i`.
fn word_end(chars: &[(usize, char)], i: usize) -> usize {
    let n = chars.len();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let mut j = i + 1;
    while j < n {
        let d = chars[j].1;
        if is_cjk(d) {
            break;
        }
        if d.is_alphanumeric() {
            j += 1;
            continue;
        }
        let prev = chars[j - 1].1;
        let next = at(j + 1);
        let joins = match d {
            '+' | '#' => {
                // `c++`, `c#`, `c++17`, but `python+go` is two words.
                let mut k = j;
                while matches!(at(k), Some('+' | '#')) {
                    k += 1;
                }
                if at(k).is_some_and(char::is_alphabetic) {
                    break;
                }
                j = k;
                continue;
            }
            '.' => next.is_some_and(is_plain_alnum),
            '-' | '_' | '&' => prev.is_alphanumeric() && next.is_some_and(is_plain_alnum),
            '\'' | '\u{2019}' => {
                prev.is_alphabetic() && next.is_some_and(|c| c.is_alphabetic() && !is_cjk(c))
            }
            _ => false,
        };
        if !joins {
            break;
        }
        j += 1;
    }
    j
}

/// Whether a mark or a break (not part of a skill match) separates two items. (Words are not
/// asked about: a word outside every match is never part of a name made of skills.)
pub(super) fn is_separator(token: &Token) -> bool {
    match token.kind {
        Kind::Break => true,
        Kind::Word => false,
        Kind::Punct(c) => match c {
            ',' | ';' | '|' | '&' | '(' | ')' | '[' | ']' | '{' | '}' | '\u{2022}' | '\u{B7}'
            | '\u{2013}' | '\u{2014}' => true,
            // Fullwidth and CJK punctuation: ， ； 、 （ ） 【 】 「 」 。 ！ ？ ： ｜
            '\u{FF0C}' | '\u{FF1B}' | '\u{3001}' | '\u{FF08}' | '\u{FF09}' | '\u{3010}'
            | '\u{3011}' | '\u{300C}' | '\u{300D}' | '\u{3002}' | '\u{FF01}' | '\u{FF1F}'
            | '\u{FF1A}' | '\u{FF5C}' => true,
            ':' | '.' | '!' | '?' | '\u{2026}' => token.ws_after,
            '/' | '-' | '+' => token.ws_before && token.ws_after,
            _ => false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_their_punctuation() {
        // (Pinned: a word with its joined punctuation, a separator, a hard break.)
        let t = tokenize("C++, node.js\u{2029}Go");
        let words: Vec<&str> = t.iter().map(|k| k.text("C++, node.js\u{2029}Go")).collect();
        assert_eq!(words, ["C++", ",", "node.js", "", "Go"]);
        assert_eq!(t[3].kind, Kind::Break);
    }
}
