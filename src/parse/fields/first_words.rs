//! The first words of the ASCII labels, as a trie over lower-case letters: the label test of
//! every line walks the line's first word through it and stops at the first letter no label
//! word continues with ("The ..." stops at "th"), where a lookup by whole word read and
//! lower-cased the whole word first.

/// The longest first word kept (longer words are no label's).
pub(super) const MAX_WORD: usize = 24;

/// A trie of lower-case ASCII words, 1 to [`MAX_WORD`] letters long.
#[derive(Debug)]
pub(super) struct FirstWords {
    /// Per node, the child node of each letter `a..=z` (0: none; node 0 is the root, which is
    /// nobody's child), then [`WORD`] if a word ends there (one row read per letter).
    next: Vec<[u16; 27]>,
}

/// The last entry of a row: non-zero if a word ends at the node.
const WORD: usize = 26;

impl Default for FirstWords {
    fn default() -> Self {
        FirstWords {
            next: vec![[0; 27]],
        }
    }
}

impl FirstWords {
    /// Adds a word; words that are not 1 to [`MAX_WORD`] lower-case letters are not kept (no
    /// lookup could find them).
    pub(super) fn insert(&mut self, word: &[u8]) {
        if word.is_empty()
            || word.len() > MAX_WORD
            || !word.iter().all(u8::is_ascii_lowercase)
            // (A few hundred words of a few letters: far from the node limit.)
            || self.next.len() + word.len() > usize::from(u16::MAX)
        {
            return;
        }
        let mut node = 0;
        for &b in word {
            let slot = usize::from(b - b'a');
            if self.next[node][slot] == 0 {
                self.next.push([0; 27]);
                self.next[node][slot] = (self.next.len() - 1) as u16;
            }
            node = usize::from(self.next[node][slot]);
        }
        self.next[node][WORD] = 1;
    }

    /// True if `word` is one of the words.
    #[cfg(test)]
    pub(super) fn contains(&self, word: &[u8]) -> bool {
        let mut node = 0;
        for &b in word {
            if !b.is_ascii_lowercase() {
                return false;
            }
            match self.next[node][usize::from(b - b'a')] {
                0 => return false,
                n => node = usize::from(n),
            }
        }
        node != 0 && self.next[node][WORD] != 0
    }

    /// True if the first word of `text` (its leading run of ASCII letters, any case), or its
    /// part before the first camelCase hump ("expectedOutcome" -> "expected"), is one of the
    /// words. A run longer than [`MAX_WORD`] letters is no word, though its part before a hump
    /// may be.
    pub(super) fn starts(&self, text: &str) -> bool {
        let mut row = &self.next[0];
        let mut n = 0;
        let mut prev_lower = false;
        // Whether the part before the first hump is a word, once a hump is seen.
        let mut hump: Option<bool> = None;
        for b in text.bytes() {
            // (`b | 0x20` is the lower case of a letter, and of nothing else a letter.)
            let slot = usize::from((b | 0x20).wrapping_sub(b'a'));
            if slot >= 26 {
                break;
            }
            let upper = b & 0x20 == 0;
            if prev_lower && upper && hump.is_none() {
                hump = Some(row[WORD] != 0);
            }
            if n == MAX_WORD {
                return hump == Some(true);
            }
            prev_lower = !upper;
            match row[slot] {
                // No word goes on with this letter: neither the whole run nor a longer part
                // before a later hump can be one.
                0 => return hump == Some(true),
                next => row = &self.next[usize::from(next)],
            }
            n += 1;
        }
        (n > 0 && row[WORD] != 0) || hump == Some(true)
    }
}
