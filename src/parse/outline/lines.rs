//! Line numbers of byte offsets.

/// Pages over this size count their lines before the index is made.
const COUNT_ABOVE: usize = 1 << 20;

/// Maps byte offsets to 1-based lines and columns.
pub(crate) struct LineIndex {
    starts: Starts,
}

/// Where each line starts: four bytes a line for any text under 4 GiB (a 50 MB page has two
/// and a half million lines).
enum Starts {
    Narrow(Vec<u32>),
    Wide(Vec<usize>),
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> Self {
        let newlines = memchr::memchr_iter(b'\n', text.as_bytes());
        let starts = if u32::try_from(text.len()).is_ok() {
            // Room for lines of 32 bytes on average, one pass over the text (a page of
            // shorter lines grows it); a large page counts its lines first, so that it holds
            // no room it does not use (a 50 MB page of 21-byte lines grew to 13 MB for 10).
            let room = if text.len() > COUNT_ABOVE {
                memchr::memchr_iter(b'\n', text.as_bytes()).count()
            } else {
                text.len() / 32
            };
            let mut starts = Vec::with_capacity(room + 1);
            starts.push(0);
            starts.extend(newlines.map(|i| (i + 1) as u32));
            Starts::Narrow(starts)
        } else {
            let mut starts = vec![0];
            starts.extend(newlines.map(|i| i + 1));
            Starts::Wide(starts)
        };
        LineIndex { starts }
    }

    /// Number of lines.
    pub(crate) fn len(&self) -> usize {
        match &self.starts {
            Starts::Narrow(s) => s.len(),
            Starts::Wide(s) => s.len(),
        }
    }

    /// 1-based line of a byte offset.
    pub(crate) fn line(&self, offset: usize) -> usize {
        let found = match &self.starts {
            Starts::Narrow(s) => match u32::try_from(offset) {
                Ok(o) => s.binary_search(&o),
                Err(_) => Err(s.len()),
            },
            Starts::Wide(s) => s.binary_search(&offset),
        };
        match found {
            Ok(i) => i + 1,
            Err(i) => i,
        }
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
    fn get(&self, k: usize) -> Option<usize> {
        match &self.starts {
            Starts::Narrow(s) => s.get(k).map(|&o| o as usize),
            Starts::Wide(s) => s.get(k).copied(),
        }
    }

    /// The `k`-th line of `text` (0-based) with its newline, and the byte offset it starts at.
    pub(crate) fn nth<'a>(&self, text: &'a str, k: usize) -> (usize, &'a str) {
        let start = self.get(k).expect("a line of the text");
        let end = self.get(k + 1).unwrap_or(text.len());
        (start, &text[start..end])
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

    /// A large page's index holds one place per line and no more; a small one's finds the same
    /// lines.
    #[test]
    fn a_large_page_holds_no_unused_room() {
        let line = "- a short line\n";
        let big = line.repeat(COUNT_ABOVE / line.len() + 10);
        let small = line.repeat(40);
        for text in [&big, &small] {
            let index = LineIndex::new(text);
            let lines = text.matches('\n').count() + 1;
            assert_eq!(index.len(), lines);
            assert_eq!(index.line(0), 1);
            assert_eq!(index.line(line.len()), 2);
            assert_eq!(index.line(text.len() - 1), lines - 1);
            assert_eq!(index.start(3), 2 * line.len());
        }
        let Starts::Narrow(starts) = LineIndex::new(&big).starts else {
            panic!("a page under 4 GiB has four bytes a line");
        };
        assert_eq!(starts.capacity(), starts.len());
    }
}
