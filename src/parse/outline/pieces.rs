//! The pulldown-cmark events of a page body, read in pieces when the body is large.
//!
//! pulldown-cmark builds the tree of the whole text it is given before it yields the first
//! event: about seven times the size of the text. A very large page is therefore parsed in
//! pieces cut before an ATX heading at column 0 that follows a blank line, with the events'
//! offsets shifted back to the body: the events are the same as those of one pass.
//!
//! Why a cut there changes nothing: block structure is read forwards, line by line, so the
//! text before the cut parses the same alone. After a blank line, a line starting with `#`
//! at column 0 closes every open paragraph, table, list item and block quote (it is neither
//! indented nor a lazy continuation line); what it does not close is a fenced code block or
//! an HTML block that ends only at its closing marker (`<!-- -->`, `<pre>`, `<script>`, ...).
//! Those are found with pulldown-cmark's own reading of the piece: a fence or HTML block
//! still open when the piece ends reaches into the blank line before the cut, and the piece
//! is then read again up to a later heading. Link reference definitions are page-wide (a
//! reference in one piece could name a definition in another), so a body with `]:` anywhere
//! is read in one pass. Footnotes are not enabled.

use pulldown_cmark::{Event, Options, Parser, Tag};
use std::ops::Range;

/// Bodies up to this size are read in one pass, as they always were.
pub(crate) const PIECES_ABOVE: usize = 4 << 20;
/// The least size of a piece (it ends at the first safe cut past it). The events of a piece
/// are held at once, about six times its size: a small piece keeps them small (and the room
/// pulldown-cmark leaves behind when it is done with a piece, which the allocator keeps for
/// reuse, a few MB, not twice that with pieces of 256 KB).
pub(crate) const PIECE_SIZE: usize = 128 << 10;
/// How many times a piece is read again up to the next cut when a cut leaves a block open,
/// before the length asked for doubles instead.
const NEXT_CUT_TRIES: usize = 8;

/// The events of `body` with their byte ranges in `body`: one pass for a body up to
/// `above` bytes, else pieces of at least `piece` bytes.
pub(crate) fn events<'t>(body: &'t str, opts: Options, above: usize, piece: usize) -> Events<'t> {
    if body.len() <= above || memchr::memmem::find(body.as_bytes(), b"]:").is_some() {
        Events::Whole(Parser::new_ext(body, opts).into_offset_iter())
    } else {
        Events::Pieces(Pieces {
            body,
            opts,
            at: 0,
            piece: piece.max(1),
            buffer: std::collections::VecDeque::new(),
        })
    }
}

/// The events of a body, read whole or in pieces.
// One per page, on the stack: boxing the parser would only add an allocation.
#[allow(clippy::large_enum_variant)]
pub(crate) enum Events<'t> {
    Whole(pulldown_cmark::OffsetIter<'t, pulldown_cmark::DefaultBrokenLinkCallback>),
    Pieces(Pieces<'t>),
}

impl<'t> Iterator for Events<'t> {
    type Item = (Event<'t>, Range<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Events::Whole(it) => it.next(),
            Events::Pieces(p) => p.next(),
        }
    }
}

/// Reads a body one piece at a time; the events of the current piece are held (in one
/// buffer, reused from piece to piece).
pub(crate) struct Pieces<'t> {
    body: &'t str,
    opts: Options,
    /// Where the next piece starts.
    at: usize,
    piece: usize,
    buffer: std::collections::VecDeque<(Event<'t>, Range<usize>)>,
}

impl<'t> Iterator for Pieces<'t> {
    type Item = (Event<'t>, Range<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(e) = self.buffer.pop_front() {
                return Some(e);
            }
            if self.at >= self.body.len() {
                return None;
            }
            self.read_piece();
        }
    }
}

impl<'t> Pieces<'t> {
    /// Reads the next piece into the buffer: up to the first cut at least `piece` bytes on at
    /// which nothing is left open. While a cut leaves a block open, the piece is read again up
    /// to the next cut (a fence holding a `# line` ends soon after it), and after
    /// [`NEXT_CUT_TRIES`] such cuts up to twice the length.
    fn read_piece(&mut self) {
        let start = self.at;
        let mut want = self.piece;
        let mut tries = 0;
        loop {
            let cut = next_cut(self.body, start.saturating_add(want));
            let text = &self.body[start..cut];
            self.buffer.clear();
            self.buffer.extend(
                Parser::new_ext(text, self.opts)
                    .into_offset_iter()
                    .map(|(e, r)| (e, (r.start + start)..(r.end + start))),
            );
            if cut == self.body.len()
                || closed_before(&self.buffer, blank_line_start(self.body, cut))
            {
                self.at = cut;
                return;
            }
            // Past this cut; then twice as far: a page that leaves a block open to its end is
            // read again a few times, not once per heading.
            tries += 1;
            want = if tries <= NEXT_CUT_TRIES {
                cut - start + 1
            } else {
                want.saturating_mul(2).max(cut - start + 1)
            };
        }
    }
}

/// True if no fenced code block or HTML block of `events` reaches `at` (the blank line before
/// a cut): each was closed by its own marker or by a blank line before it.
fn closed_before(
    events: &std::collections::VecDeque<(Event<'_>, Range<usize>)>,
    at: usize,
) -> bool {
    !events
        .iter()
        .any(|(e, r)| matches!(e, Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock)) && r.end > at)
}

/// Where the blank line before the line starting at `cut` starts.
fn blank_line_start(body: &str, cut: usize) -> usize {
    let before = &body.as_bytes()[..cut.saturating_sub(1)];
    memchr::memrchr(b'\n', before).map_or(0, |i| i + 1)
}

/// The first safe cut at or after `from`: the start of an ATX heading line at column 0 that
/// follows a blank line; the end of the body when there is none.
pub(crate) fn next_cut(body: &str, from: usize) -> usize {
    let bytes = body.as_bytes();
    if from >= bytes.len() {
        return bytes.len();
    }
    // A cut is after a newline: look for "\n#" from one byte before `from`.
    let mut search = from.saturating_sub(1);
    while let Some(i) = memchr::memmem::find(&bytes[search..], b"\n#") {
        let line = search + i + 1;
        if line >= from && is_atx_heading(&bytes[line..]) && follows_blank_line(bytes, line) {
            return line;
        }
        search = line;
    }
    bytes.len()
}

/// True if the line starting `rest` is an ATX heading: 1 to 6 `#` then a space, a tab or the
/// end of the line.
fn is_atx_heading(rest: &[u8]) -> bool {
    let hashes = rest.iter().take_while(|&&b| b == b'#').count();
    (1..=6).contains(&hashes)
        && matches!(rest.get(hashes), None | Some(b' ' | b'\t' | b'\r' | b'\n'))
}

/// True if the line before the one starting at `line` (which follows a newline) holds only
/// spaces and tabs (and the `\r` of a CRLF ending).
fn follows_blank_line(bytes: &[u8], line: usize) -> bool {
    let prev_end = line - 1;
    let prev_start = memchr::memrchr(b'\n', &bytes[..prev_end]).map_or(0, |i| i + 1);
    bytes[prev_start..prev_end]
        .iter()
        .all(|&b| matches!(b, b' ' | b'\t' | b'\r'))
}

#[cfg(test)]
#[path = "pieces_tests.rs"]
mod tests;
