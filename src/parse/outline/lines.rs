//! Line numbers of byte offsets.

/// Pages over this size count their lines before the index is made, and keep the start of
/// every [`SPARSE`]-th line only.
const COUNT_ABOVE: usize = 1 << 20;

/// A large page's index keeps the start of one line in `1 << SPARSE`; the lines between are
/// found by counting newlines from there (at most fifteen lines, a few hundred bytes). A 50 MB
/// page of two and a half million lines holds 0.6 MB, not 10 MB, while its outline is built.
const SPARSE: u32 = 4;

/// Maps byte offsets to 1-based lines and columns.
pub(crate) struct LineIndex<'t> {
    text: &'t str,
    /// Where every `1 << shift`-th line starts (every line's on a page under [`COUNT_ABOVE`]).
    starts: Starts,
    shift: u32,
    /// How many lines the text has.
    lines: usize,
    /// The last line (0-based) a sparse index found, and where it starts: most lookups are of
    /// the same line or one a little further on (the outline reads the page line by line).
    last: std::cell::Cell<(usize, usize)>,
}

/// Where the lines kept start: four bytes a line for any text under 4 GiB.
enum Starts {
    Narrow(Vec<u32>),
    Wide(Vec<usize>),
}

impl Starts {
    #[inline(always)]
    fn get(&self, k: usize) -> Option<usize> {
        match self {
            Starts::Narrow(s) => s.get(k).map(|&o| o as usize),
            Starts::Wide(s) => s.get(k).copied(),
        }
    }

    /// How many kept starts are at or before `offset` (at least one: the text's).
    #[inline(always)]
    fn at_or_before(&self, offset: usize) -> usize {
        match self {
            Starts::Narrow(s) => match u32::try_from(offset) {
                Ok(o) => s.partition_point(|&x| x <= o),
                Err(_) => s.len(),
            },
            Starts::Wide(s) => s.partition_point(|&x| x <= offset),
        }
    }
}

impl<'t> LineIndex<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        let large = text.len() > COUNT_ABOVE;
        Self::with_shift(text, if large { SPARSE } else { 0 })
    }

    /// The index keeping one line start in `1 << shift` (every one for 0), its lines counted
    /// first when it keeps fewer.
    fn with_shift(text: &'t str, shift: u32) -> Self {
        let bytes = text.as_bytes();
        let large = shift > 0;
        let step = 1usize << shift;
        // The k-th newline (0-based) starts line k + 1, kept if that is a multiple of `step`.
        let kept = move || {
            memchr::memchr_iter(b'\n', bytes)
                .enumerate()
                .filter(move |(k, _)| (k + 1) & (step - 1) == 0)
                .map(|(_, i)| i + 1)
        };
        let mut lines = 1;
        let starts = if u32::try_from(text.len()).is_ok() {
            // Room for lines of 32 bytes on average, one pass over the text (a page of
            // shorter lines grows it); a large page counts its lines first, so that it holds
            // no room it does not use.
            let room = if large {
                lines += memchr::memchr_iter(b'\n', bytes).count();
                (lines >> shift) + 1
            } else {
                text.len() / 32 + 1
            };
            let mut starts = Vec::with_capacity(room);
            starts.push(0);
            if large {
                starts.extend(kept().map(|i| i as u32));
            } else {
                // (Every line: no count to keep.)
                starts.extend(memchr::memchr_iter(b'\n', bytes).map(|i| (i + 1) as u32));
            }
            Starts::Narrow(starts)
        } else {
            let mut starts = vec![0];
            starts.extend(kept());
            Starts::Wide(starts)
        };
        if !large {
            lines = match &starts {
                Starts::Narrow(s) => s.len(),
                Starts::Wide(s) => s.len(),
            };
        }
        LineIndex {
            text,
            starts,
            shift,
            lines,
            last: std::cell::Cell::new((0, 0)),
        }
    }

    /// Number of lines.
    pub(crate) fn len(&self) -> usize {
        self.lines
    }

    /// 1-based line of a byte offset.
    #[inline(always)]
    pub(crate) fn line(&self, offset: usize) -> usize {
        let kept = self.starts.at_or_before(offset);
        if self.shift == 0 {
            return kept;
        }
        self.line_sparse(offset, kept)
    }

    /// [`LineIndex::line`] of a sparse index, `kept` of its starts being at or before `offset`.
    fn line_sparse(&self, offset: usize, kept: usize) -> usize {
        // Counted from the start of the line found last when that is between the line kept
        // and the offset.
        let (mut k, mut from) = (
            (kept - 1) << self.shift,
            self.starts.get(kept - 1).unwrap_or(0),
        );
        let (last_k, last_from) = self.last.get();
        if last_from > from && last_from <= offset {
            (k, from) = (last_k, last_from);
        }
        let to = offset.clamp(from, self.text.len());
        let bytes = &self.text.as_bytes()[from..to];
        let mut line_start = from;
        let mut between = 0;
        for i in memchr::memchr_iter(b'\n', bytes) {
            between += 1;
            line_start = from + i + 1;
        }
        self.last.set((k + between, line_start));
        k + between + 1
    }

    pub(crate) fn start(&self, line: usize) -> usize {
        self.get(line - 1).expect("a line of the text")
    }

    /// Where line `line` (1-based) ends: before its newline, or at `len` (the text's length)
    /// for the last line.
    pub(crate) fn end(&self, line: usize, len: usize) -> usize {
        self.get(line).map_or(len, |next| next - 1)
    }

    /// Where the `k`-th line (0-based) starts, if there is one.
    #[inline(always)]
    fn get(&self, k: usize) -> Option<usize> {
        if self.shift == 0 {
            return self.starts.get(k);
        }
        self.get_sparse(k)
    }

    /// [`LineIndex::get`] of a sparse index.
    fn get_sparse(&self, k: usize) -> Option<usize> {
        if k >= self.lines {
            return None;
        }
        let mut at = self.starts.get(k >> self.shift)?;
        let mut rest = k & ((1 << self.shift) - 1);
        if rest == 0 {
            return Some(at);
        }
        // Counted from the line found last when that is between the line kept and this one.
        let (last_k, last_at) = self.last.get();
        if last_k <= k && last_k > k - rest {
            (at, rest) = (last_at, k - last_k);
            if rest == 0 {
                return Some(at);
            }
        }
        let found = memchr::memchr_iter(b'\n', &self.text.as_bytes()[at..])
            .nth(rest - 1)
            .map(|i| at + i + 1)?;
        self.last.set((k, found));
        Some(found)
    }

    /// The lines from the `k`-th (0-based) on, each with its newline and the byte offset it
    /// starts at: one pass over the text, where [`LineIndex::nth`] of each would count lines
    /// again from the last one a sparse index keeps.
    pub(crate) fn lines_from(&self, k: usize) -> LinesFrom<'_, 't> {
        LinesFrom {
            index: self,
            at: self.get(k),
            next: k + 1,
        }
    }

    /// The `k`-th line of the text (0-based) with its newline, and the byte offset it starts
    /// at.
    pub(crate) fn nth(&self, k: usize) -> (usize, &'t str) {
        let start = self.get(k).expect("a line of the text");
        let end = self.get(k + 1).unwrap_or(self.text.len());
        (start, &self.text[start..end])
    }
}

/// The lines of a text from one on ([`LineIndex::lines_from`]).
pub(crate) struct LinesFrom<'a, 't> {
    index: &'a LineIndex<'t>,
    /// Where the next line starts.
    at: Option<usize>,
    /// The line after it (0-based).
    next: usize,
}

impl<'t> Iterator for LinesFrom<'_, 't> {
    type Item = (usize, &'t str);

    #[inline(always)]
    fn next(&mut self) -> Option<Self::Item> {
        let start = self.at?;
        let text = self.index.text;
        let end = if self.index.shift == 0 {
            // (Every line's start is kept: the next is known.)
            self.at = self.index.starts.get(self.next);
            self.next += 1;
            self.at.unwrap_or(text.len())
        } else {
            let end = memchr::memchr(b'\n', &text.as_bytes()[start..])
                .map_or(text.len(), |i| start + i + 1);
            // (A line with its newline is followed by one more, if only the empty one at
            // the end.)
            self.at = (text.as_bytes()[start..end].last() == Some(&b'\n')).then_some(end);
            end
        };
        Some((start, &text[start..end]))
    }
}

/// The start of the line after the one holding `offset` (a heading range may or may not
/// include its newline).
pub(crate) fn next_line_start(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    // The heading range may or may not include its newline.
    if offset > 0 && text.as_bytes()[offset - 1] == b'\n' {
        return offset;
    }
    text[offset..]
        .find('\n')
        .map_or(text.len(), |i| offset + i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Line starts as a plain walk over the text finds them.
    fn starts_of(text: &str) -> Vec<usize> {
        std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect()
    }

    /// Checks every question an index answers against a plain walk, asked in `order` (of
    /// offsets into the text), so that lookups go forwards, backwards and repeat.
    fn check(text: &str, index: &LineIndex<'_>, order: &[usize]) {
        let starts = starts_of(text);
        assert_eq!(index.len(), starts.len());
        for &offset in order {
            let offset = offset.min(text.len());
            let line = starts.partition_point(|&s| s <= offset);
            assert_eq!(index.line(offset), line, "line of {offset}");
            assert_eq!(index.start(line), starts[line - 1]);
            let end = starts.get(line).map_or(text.len(), |&s| s - 1);
            assert_eq!(index.end(line, text.len()), end);
            let next = starts.get(line).copied().unwrap_or(text.len());
            assert_eq!(
                index.nth(line - 1),
                (starts[line - 1], &text[starts[line - 1]..next])
            );
        }
        let walked: Vec<usize> = index.lines_from(0).map(|(s, _)| s).collect();
        assert_eq!(walked, starts);
        let joined: String = index.lines_from(0).map(|(_, l)| l).collect();
        assert_eq!(joined, text);
        assert_eq!(index.lines_from(starts.len()).count(), 0);
    }

    /// A large page's index keeps one line in sixteen and no unused room, and finds the same
    /// lines as a small page's, which keeps them all.
    #[test]
    fn a_large_page_keeps_few_line_starts_and_finds_every_line() {
        let line = "- a short line\n";
        let big = format!("{}tail", line.repeat(COUNT_ABOVE / line.len() + 10));
        let small = line.repeat(40);
        for text in [&big, &small] {
            let index = LineIndex::new(text);
            let order: Vec<usize> = (0..text.len()).step_by(7).chain([text.len()]).collect();
            check(text, &index, &order);
            let reversed: Vec<usize> = order.iter().rev().copied().collect();
            check(text, &index, &reversed);
        }
        let Starts::Narrow(starts) = LineIndex::new(&big).starts else {
            panic!("a page under 4 GiB has four bytes a line");
        };
        assert_eq!(starts.capacity(), starts.len());
        assert_eq!(starts.len(), (big.matches('\n').count() + 1) / 16 + 1);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 256,
            failure_persistence: None,
            ..proptest::prelude::ProptestConfig::default()
        })]
        /// Whatever the text and however sparse the index, it answers as a plain walk does.
        #[test]
        fn a_sparse_index_answers_as_a_full_one(
            text in "[a\n\u{e9}]{0,80}",
            shift in 0u32..4,
            order in proptest::collection::vec(0usize..90, 0..40),
        ) {
            let index = LineIndex::with_shift(&text, shift);
            // (Offsets inside a character are not asked: the outline's are at characters.)
            let order: Vec<usize> = order
                .into_iter()
                .map(|o| (0..=o.min(text.len())).rev().find(|&o| text.is_char_boundary(o)).unwrap_or(0))
                .collect();
            check(&text, &index, &order);
        }
    }
}
