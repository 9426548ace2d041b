//! Line numbers of byte offsets.

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
            // (Room for lines of 32 bytes on average, one pass over the text; a page of
            // shorter lines grows it.)
            let mut starts = Vec::with_capacity(text.len() / 32 + 1);
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
