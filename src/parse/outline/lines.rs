//! Line numbers of byte offsets.

/// Maps byte offsets to 1-based lines and columns.
pub(crate) struct LineIndex<'t> {
    text: &'t str,
    /// Where every line starts (the first at 0).
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { text, starts }
    }

    /// Number of lines.
    pub(crate) fn len(&self) -> usize {
        self.starts.len()
    }

    /// 1-based line of a byte offset.
    pub(crate) fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }

    /// Where line `line` (1-based) starts.
    pub(crate) fn start(&self, line: usize) -> usize {
        self.starts[line - 1]
    }

    /// Where line `line` (1-based) ends: before its newline, or at `len` (the text's length)
    /// for the last line.
    pub(crate) fn end(&self, line: usize, len: usize) -> usize {
        self.starts.get(line).map_or(len, |next| next - 1)
    }

    /// Whether `line` of `text` is a bulleted list item ("- Phabricator:").
    pub(crate) fn is_item(&self, text: &str, line: usize) -> bool {
        let at = self.start(line);
        text.get(at..self.end(line, text.len())).is_some_and(|l| {
            ["- ", "* ", "+ "]
                .iter()
                .any(|m| l.trim_start().starts_with(m))
        })
    }

    /// The lines from the `k`-th (0-based) on, each with the byte offset it starts at and its
    /// text with its newline.
    pub(crate) fn lines_from(&self, k: usize) -> impl Iterator<Item = (usize, &'t str)> + '_ {
        (k..self.starts.len()).map(|k| self.nth(k))
    }

    /// The `k`-th line of the text (0-based) with its newline, and the byte offset it starts
    /// at.
    pub(crate) fn nth(&self, k: usize) -> (usize, &'t str) {
        let start = self.starts[k];
        let end = self.starts.get(k + 1).copied().unwrap_or(self.text.len());
        (start, &self.text[start..end])
    }
}

/// The start of the line after the one holding `offset` (a heading range may or may not
/// include its newline).
pub(crate) fn next_line_start(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
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

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 256,
            failure_persistence: None,
            ..proptest::prelude::ProptestConfig::default()
        })]
        /// Whatever the text, the index answers as a plain walk over it does.
        #[test]
        fn the_index_answers_as_a_walk_over_the_text(
            text in "[a\n\u{e9}]{0,80}",
            offsets in proptest::collection::vec(0usize..90, 0..40),
        ) {
            let index = LineIndex::new(&text);
            let starts: Vec<usize> = std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect();
            proptest::prop_assert_eq!(index.len(), starts.len());
            for offset in offsets {
                let offset = offset.min(text.len());
                let line = starts.partition_point(|&s| s <= offset);
                proptest::prop_assert_eq!(index.line(offset), line);
                proptest::prop_assert_eq!(index.start(line), starts[line - 1]);
                let end = starts.get(line).map_or(text.len(), |&s| s - 1);
                proptest::prop_assert_eq!(index.end(line, text.len()), end);
            }
            let joined: String = index.lines_from(0).map(|(_, l)| l).collect();
            proptest::prop_assert_eq!(joined, text);
        }
    }
}
