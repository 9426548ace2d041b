//! Byte-level shortcuts for ASCII text, each the same as the `char` code it stands for (see
//! `bytes_tests.rs`, where the `char` code is the oracle).

/// Whether the byte is a whitespace character as `char::is_whitespace` says of ASCII: space,
/// tab, line feed, vertical tab, form feed and carriage return (`u8::is_ascii_whitespace`
/// leaves out the vertical tab).
pub(super) const fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// For each byte read as a character (Latin-1), whether it is whitespace: [`is_space`], and
/// U+0085 and U+00A0 above ASCII.
static WHITESPACE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = is_space(b as u8) || matches!(b, 0x85 | 0xA0);
        b += 1;
    }
    t
};

/// A character of no meaning to the cutting of a line into parts (see [`Unit::class`]).
pub(super) const PLAIN: u8 = 0;
/// A bracket.
pub(super) const BRACKET: u8 = 1;
/// `,` or `;`.
pub(super) const SEPARATOR: u8 = 2;
/// Whitespace.
pub(super) const SPACE: u8 = 3;

/// [`Unit::class`] of each byte read as a character (Latin-1).
static CLASSES: [u8; 256] = {
    let mut t = [PLAIN; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = if matches!(
            b as u8,
            b'(' | b')' | b'[' | b']' | b'<' | b'>' | b'{' | b'}'
        ) {
            BRACKET
        } else if matches!(b as u8, b',' | b';') {
            SEPARATOR
        } else if WHITESPACE[b] {
            SPACE
        } else {
            PLAIN
        };
        b += 1;
    }
    t
};

/// The words of `text`, as `str::split_whitespace` gives them. ASCII text is cut at its
/// whitespace bytes without decoding characters; other text goes to `split_whitespace` (it may
/// hold Unicode spaces).
pub(super) fn split_words(text: &str) -> Words<'_> {
    if text.is_ascii() {
        Words::Ascii(text)
    } else {
        Words::Other(text.split_whitespace())
    }
}

/// The iterator of [`split_words`].
pub(super) enum Words<'a> {
    /// The ASCII text not read yet.
    Ascii(&'a str),
    Other(std::str::SplitWhitespace<'a>),
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        match self {
            Words::Ascii(rest) => {
                let b = rest.as_bytes();
                let Some(start) = b.iter().position(|&c| !is_space(c)) else {
                    *rest = "";
                    return None;
                };
                let end = b[start..]
                    .iter()
                    .position(|&c| is_space(c))
                    .map_or(b.len(), |e| start + e);
                // (ASCII: every index is a character boundary.)
                let word = &rest[start..end];
                *rest = &rest[end..];
                Some(word)
            }
            Words::Other(it) => it.next(),
        }
    }
}

/// A unit of a line as it is read: a `char`, or a byte of an ASCII line (read as it is, without
/// a `Vec<char>` made of it). Code generic over units does the same with either (see
/// `bytes_tests.rs`).
pub(super) trait Unit: Copy {
    /// The character.
    fn ch(self) -> char;
    /// `self.ch().is_whitespace()`.
    fn is_ws(self) -> bool;
    /// Whether the character is one of the brackets of `bracket_kind`.
    fn is_bracket(self) -> bool;
    /// What the character is to the cutting of a line into parts: [`PLAIN`], [`BRACKET`],
    /// [`SEPARATOR`] (`,` or `;`) or [`SPACE`] (whitespace).
    fn class(self) -> u8;
    /// Appends the text of `units` to `s`.
    fn push_units(units: &[Self], s: &mut String);
    /// `f` of the text of `units` (borrowed when the units are bytes).
    fn with_text<R>(units: &[Self], f: impl FnOnce(&str) -> R) -> R;
}

impl Unit for char {
    fn ch(self) -> char {
        self
    }

    fn is_ws(self) -> bool {
        self.is_whitespace()
    }

    fn is_bracket(self) -> bool {
        super::split::BRACKET_BYTES
            .get(self as usize)
            .copied()
            .unwrap_or(false)
    }

    fn class(self) -> u8 {
        if self.is_bracket() {
            BRACKET
        } else if self == ',' || self == ';' {
            SEPARATOR
        } else if self.is_whitespace() {
            SPACE
        } else {
            PLAIN
        }
    }

    fn push_units(units: &[char], s: &mut String) {
        s.extend(units);
    }

    fn with_text<R>(units: &[char], f: impl FnOnce(&str) -> R) -> R {
        f(&units.iter().collect::<String>())
    }
}

impl Unit for u8 {
    fn ch(self) -> char {
        char::from(self)
    }

    fn is_ws(self) -> bool {
        // (One look-up per byte: most of the characters of a line are tested.)
        WHITESPACE[usize::from(self)]
    }

    fn is_bracket(self) -> bool {
        super::split::BRACKET_BYTES[usize::from(self)]
    }

    fn class(self) -> u8 {
        CLASSES[usize::from(self)]
    }

    fn push_units(units: &[u8], s: &mut String) {
        // Only ASCII is read as bytes, so the units are text as they are (anything else would
        // be read as Latin-1, as `ch` reads it).
        match std::str::from_utf8(units) {
            Ok(t) if t.is_ascii() => s.push_str(t),
            _ => s.extend(units.iter().map(|&b| char::from(b))),
        }
    }

    fn with_text<R>(units: &[u8], f: impl FnOnce(&str) -> R) -> R {
        // (As `push_units` reads them: ASCII is borrowed as it is.)
        match std::str::from_utf8(units) {
            Ok(t) if t.is_ascii() => f(t),
            _ => f(&units.iter().map(|&b| char::from(b)).collect::<String>()),
        }
    }
}
