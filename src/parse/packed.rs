//! The ideas of a large page held packed as bytes while the page is read.
//!
//! A page of 100,000 ideas holds its text, its outline and its ideas at once until every idea
//! is built. An idea as a struct is some 400 bytes plus one allocation per text (each rounded
//! up by the allocator); packed, it is its texts' bytes and a few bytes more, and texts repeated
//! from idea to idea (the page's path, an org, a term) are a one-byte reference to one of the
//! last eight texts written. The ideas are unpacked once the outline and the text are gone
//! ([`super::page::Draft::finish_each`], which hands them over one at a time).
//!
//! Ideas with field spans are not packed but kept aside as they are, in their place.
//!
//! The bytes are written in chunks of about [`CHUNK`] bytes (an idea is never split), so that
//! the buffer is never copied to grow. A chunk is deflated when it is closed (a text refers back
//! only to texts of its own chunk, so that each chunk reads on its own), inflated when its ideas
//! are unpacked, and freed then: a page's ideas repeat words, names and links, and deflated they
//! take a third to a tenth of the room (see `deflated_chunks_take_less_room`). Deflate is
//! flate2's, already built for `ideas sync` (ureq's gzip), at its fastest level: some 0.1 s for
//! the 45 MB of ideas of a 50 MB page.

use super::page::{FieldFacts, ParsedIdea};
use crate::model::{Difficulty, Idea, Level, Mentor, Program, Source, Status};
use std::io::{Read as _, Write as _};
use std::ops::Range;

/// How many recent texts a text may refer back to.
const RING: usize = 8;
/// The size past which a chunk of bytes is closed (at the end of an idea).
const CHUNK: usize = 256 << 10;
/// Tags of a text: absent, a reference to a recent text (1..=RING), or written out.
const NONE: u8 = 0;
const LITERAL: u8 = RING as u8 + 1;

/// What is known of a packed idea without unpacking it (eight bytes: a page of 100,000 ideas
/// holds one each from the first idea to the last).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    /// The idea's `source.line` (a page is under 2 GiB: [`super::outline::MAX_PAGE`]).
    line: u32,
    /// False once the idea was taken out ([`Packed::retain_lines`]).
    pub(crate) live: bool,
    /// [`ParsedIdea::has_placeholder`] of the idea.
    pub(crate) placeholder: bool,
}

/// Ideas packed in page order.
#[derive(Debug)]
pub(crate) struct Packed {
    /// [`CHUNK`], but in tests.
    chunk: usize,
    /// The chunks closed, in order.
    chunks: Vec<Chunk>,
    /// The chunk being written.
    bytes: Vec<u8>,
    entries: Vec<Entry>,
    /// Ideas kept as they are (those with field spans), in order.
    whole: Vec<ParsedIdea>,
    /// The byte ranges (in `bytes`) of the last texts written out in this chunk, the next one
    /// replaced at `next`.
    ring: [Range<usize>; RING],
    next: usize,
}

/// A closed chunk of bytes.
#[derive(Debug)]
struct Chunk {
    /// The bytes, deflated if `deflated`.
    bytes: Vec<u8>,
    /// How many bytes the chunk holds inflated.
    len: usize,
    /// False when deflating would not make it smaller.
    deflated: bool,
}

impl Chunk {
    /// `bytes`, deflated if that makes them smaller.
    fn close(bytes: Vec<u8>) -> Chunk {
        let len = bytes.len();
        let mut enc = flate2::write::DeflateEncoder::new(
            Vec::with_capacity(len / 4),
            flate2::Compression::fast(),
        );
        match enc.write_all(&bytes).and_then(|()| enc.finish()) {
            Ok(mut small) if small.len() < len => {
                small.shrink_to_fit();
                Chunk {
                    bytes: small,
                    len,
                    deflated: true,
                }
            }
            _ => Chunk::plain(bytes),
        }
    }

    /// `bytes` as they are.
    fn plain(mut bytes: Vec<u8>) -> Chunk {
        bytes.shrink_to_fit();
        Chunk {
            len: bytes.len(),
            bytes,
            deflated: false,
        }
    }

    /// The chunk's bytes, inflated into `out` (cleared first); false if they do not inflate
    /// to what was written.
    fn inflate_into(self, out: &mut Vec<u8>) -> bool {
        out.clear();
        if !self.deflated {
            *out = self.bytes;
            return true;
        }
        out.reserve_exact(self.len);
        let mut dec = flate2::read::DeflateDecoder::new(self.bytes.as_slice());
        dec.read_to_end(out).is_ok() && out.len() == self.len
    }
}

impl Entry {
    /// The idea's `source.line`.
    pub(crate) fn line(&self) -> usize {
        self.line as usize
    }
}

impl Default for Packed {
    fn default() -> Self {
        Packed::with_chunk(CHUNK)
    }
}

impl Packed {
    /// No ideas, chunks closed past `chunk` bytes.
    pub(crate) fn with_chunk(chunk: usize) -> Self {
        Packed {
            chunk,
            chunks: Vec::new(),
            bytes: Vec::new(),
            entries: Vec::new(),
            whole: Vec::new(),
            ring: Default::default(),
            next: 0,
        }
    }

    /// Adds an idea after the others. Its mentor texts left unparsed
    /// ([`super::page::Defaults::lazy_mentors`]) are parsed first: held as texts, they and
    /// the mentors parsed from them would both be held once the ideas are unpacked (8 MB more
    /// at the largest moment of a 50 MB page of 100,000 ideas).
    pub(crate) fn push(&mut self, mut idea: ParsedIdea) {
        idea.resolve_mentors();
        if self.bytes.len() >= self.chunk.max(1) {
            let full = std::mem::replace(&mut self.bytes, Vec::with_capacity(self.chunk));
            self.chunks.push(Chunk::close(full));
            // A text of the next chunk never refers back to one of this chunk.
            self.ring = Default::default();
            self.next = 0;
        }
        self.entries.push(Entry {
            line: super::outline::narrow(idea.idea.source.line),
            live: true,
            placeholder: idea.has_placeholder(),
        });
        if !idea.fields.is_empty() {
            self.bytes.push(1);
            self.whole.push(idea);
            return;
        }
        self.bytes.push(0);
        self.write_idea(&idea);
    }

    /// The ideas held (taken out or not), in order.
    pub(crate) fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// How many ideas are held and not taken out.
    pub(crate) fn live(&self) -> usize {
        self.entries.iter().filter(|e| e.live).count()
    }

    /// Takes out the ideas whose line `keep` turns down.
    pub(crate) fn retain_lines(&mut self, mut keep: impl FnMut(usize) -> bool) {
        for e in &mut self.entries {
            if e.live && !keep(e.line()) {
                e.live = false;
            }
        }
    }

    /// Gives back the unused room of the buffers (once every idea is in).
    pub(crate) fn shrink(&mut self) {
        self.bytes.shrink_to_fit();
        self.chunks.shrink_to_fit();
        self.entries.shrink_to_fit();
        self.whole.shrink_to_fit();
    }

    /// The ideas not taken out, in order.
    pub(crate) fn unpack(self) -> Vec<ParsedIdea> {
        let mut out = Vec::with_capacity(self.live());
        self.unpack_each(|idea| out.push(idea));
        out
    }

    /// True if the ideas are held in the order of their lines.
    pub(crate) fn in_line_order(&self) -> bool {
        self.entries.is_sorted_by_key(|e| e.line)
    }

    /// Hands the ideas not taken out to `each`, in order, one at a time: a caller that keeps
    /// less than a [`ParsedIdea`] of each never holds them all as such.
    pub(crate) fn unpack_each(self, mut each: impl FnMut(ParsedIdea)) {
        let mut whole = self.whole.into_iter();
        let mut chunks = self.chunks;
        chunks.push(Chunk::plain(self.bytes));
        let mut r = Reader::new(chunks);
        for e in &self.entries {
            r.next_idea();
            let idea = match r.byte() {
                Some(0) => r.idea(),
                Some(1) => whole.next(),
                _ => None,
            };
            let Some(idea) = idea else {
                // (Only a fault of this module: `push` and `Reader` disagree.)
                debug_assert!(false, "packed ideas could not be read back");
                break;
            };
            if e.live {
                each(idea);
            }
        }
    }

    fn byte(&mut self, b: u8) {
        self.bytes.push(b);
    }

    fn num(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.bytes.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.bytes.push(v as u8);
    }

    fn opt_num(&mut self, v: Option<u64>) {
        match v {
            None => self.byte(0),
            Some(v) => {
                self.byte(1);
                self.num(v);
            }
        }
    }

    /// The bytes of a text written out before in this chunk.
    fn written(&self, range: &Range<usize>) -> &[u8] {
        self.bytes.get(range.clone()).unwrap_or_default()
    }

    fn text(&mut self, s: Option<&str>) {
        let Some(s) = s else {
            self.byte(NONE);
            return;
        };
        if let Some(k) = self
            .ring
            .iter()
            .position(|r| !r.is_empty() && self.written(r) == s.as_bytes())
        {
            self.byte(k as u8 + 1);
            return;
        }
        self.byte(LITERAL);
        self.num(s.len() as u64);
        let start = self.bytes.len();
        self.bytes.extend_from_slice(s.as_bytes());
        self.ring[self.next] = start..self.bytes.len();
        self.next = (self.next + 1) % RING;
    }

    fn texts(&mut self, list: &[String]) {
        self.num(list.len() as u64);
        for s in list {
            self.text(Some(s));
        }
    }

    fn write_idea(&mut self, p: &ParsedIdea) {
        let i = &p.idea;
        self.text(Some(&i.id));
        self.text(Some(&i.title));
        self.text(i.org.as_deref());
        self.byte(match i.program {
            None => 0,
            Some(Program::Gsoc) => 1,
            Some(Program::Lfx) => 2,
            Some(Program::Other) => 3,
        });
        self.opt_num(i.year.map(u64::from));
        self.text(i.term.as_deref());
        self.byte(match i.status {
            None => 0,
            Some(Status::Proposed) => 1,
            Some(Status::Accepted) => 2,
            Some(Status::Archived) => 3,
        });
        self.text(i.description.as_deref());
        self.text(i.expected_outcomes.as_deref());
        self.texts(&i.skills);
        self.text(i.skills_raw.as_deref());
        self.num(i.mentors.len() as u64);
        for m in &i.mentors {
            self.text(m.name.as_deref());
            self.text(m.github.as_deref());
            self.text(m.email.as_deref());
        }
        self.byte(match i.difficulty {
            None => 0,
            Some(d) => 1 + level_code(d.low) * 3 + level_code(d.high),
        });
        self.opt_num(i.hours.map(u64::from));
        self.texts(&i.upstream_issues);
        self.texts(&i.links);
        self.text(Some(&i.source.path));
        self.num(i.source.line as u64);
        self.text(i.source.url.as_deref());
        self.opt_num(p.unlabelled_description.map(|l| l as u64));
        self.num(p.pending_mentors.len() as u64);
        for (place, text) in &p.pending_mentors {
            self.num(*place as u64);
            self.text(Some(text));
        }
        match p.field_facts {
            None => self.byte(0),
            Some(f) => {
                self.byte(1 + u8::from(f.all_tbd) + 2 * u8::from(f.placeholder));
                self.num(f.count as u64);
            }
        }
    }
}

fn level_code(l: Level) -> u8 {
    match l {
        Level::Easy => 0,
        Level::Medium => 1,
        Level::Hard => 2,
    }
}

fn level_of(code: u8) -> Option<Level> {
    match code {
        0 => Some(Level::Easy),
        1 => Some(Level::Medium),
        2 => Some(Level::Hard),
        _ => None,
    }
}

/// Reads what [`Packed`] wrote, in the same order, inflating one chunk at a time and freeing
/// each once read.
struct Reader {
    /// The chunks not read yet.
    rest: std::vec::IntoIter<Chunk>,
    /// The chunk being read (inflated), and where in it.
    bytes: Vec<u8>,
    at: usize,
    /// False once a chunk did not inflate: nothing more is read.
    sound: bool,
    ring: [Range<usize>; RING],
    next: usize,
}

impl Reader {
    /// A reader before the first chunk.
    fn new(chunks: Vec<Chunk>) -> Reader {
        Reader {
            rest: chunks.into_iter(),
            bytes: Vec::new(),
            at: 0,
            sound: true,
            ring: Default::default(),
            next: 0,
        }
    }

    /// Moves to the next chunk at the end of one (ideas are not split).
    fn next_idea(&mut self) {
        while self.sound && self.at >= self.bytes.len() {
            let Some(chunk) = self.rest.next() else {
                return;
            };
            self.sound = chunk.inflate_into(&mut self.bytes);
            if !self.sound {
                self.bytes = Vec::new();
            }
            self.at = 0;
            self.ring = Default::default();
            self.next = 0;
        }
    }

    fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes().get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn num(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    }

    fn opt_num(&mut self) -> Option<Option<u64>> {
        match self.byte()? {
            0 => Some(None),
            _ => self.num().map(Some),
        }
    }

    fn usize(&mut self) -> Option<usize> {
        usize::try_from(self.num()?).ok()
    }

    /// A text: `Some(None)` when absent, `None` when the bytes are not a text.
    fn text(&mut self) -> Option<Option<String>> {
        let range = match self.byte()? {
            NONE => return Some(None),
            LITERAL => {
                let len = self.usize()?;
                let start = self.at;
                let end = start.checked_add(len)?;
                self.bytes().get(start..end)?;
                self.at = end;
                self.ring[self.next] = start..end;
                self.next = (self.next + 1) % RING;
                start..end
            }
            k => self.ring.get(usize::from(k) - 1)?.clone(),
        };
        let bytes = self.bytes.get(range)?;
        let s = std::str::from_utf8(bytes).ok()?;
        Some(Some(s.to_string()))
    }

    fn string(&mut self) -> Option<String> {
        self.text()?
    }

    fn texts(&mut self) -> Option<Vec<String>> {
        let n = self.usize()?;
        let mut out = Vec::with_capacity(n.min(self.bytes().len()));
        for _ in 0..n {
            out.push(self.string()?);
        }
        Some(out)
    }

    fn idea(&mut self) -> Option<ParsedIdea> {
        let id = self.string()?;
        let title = self.string()?;
        let org = self.text()?;
        let program = match self.byte()? {
            0 => None,
            1 => Some(Program::Gsoc),
            2 => Some(Program::Lfx),
            3 => Some(Program::Other),
            _ => return None,
        };
        let year = match self.opt_num()? {
            None => None,
            Some(y) => Some(u16::try_from(y).ok()?),
        };
        let term = self.text()?;
        let status = match self.byte()? {
            0 => None,
            1 => Some(Status::Proposed),
            2 => Some(Status::Accepted),
            3 => Some(Status::Archived),
            _ => return None,
        };
        let description = self.text()?;
        let expected_outcomes = self.text()?;
        let skills = self.texts()?;
        let skills_raw = self.text()?;
        let n = self.usize()?;
        let mut mentors = Vec::with_capacity(n.min(self.bytes().len()));
        for _ in 0..n {
            mentors.push(Mentor {
                name: self.text()?,
                github: self.text()?,
                email: self.text()?,
            });
        }
        let difficulty = match self.byte()? {
            0 => None,
            d => Some(Difficulty {
                low: level_of((d - 1) / 3)?,
                high: level_of((d - 1) % 3)?,
            }),
        };
        let hours = match self.opt_num()? {
            None => None,
            Some(h) => Some(u32::try_from(h).ok()?),
        };
        let upstream_issues = self.texts()?;
        let links = self.texts()?;
        let path = self.string()?;
        let line = self.usize()?;
        let url = self.text()?;
        let unlabelled_description = match self.opt_num()? {
            None => None,
            Some(l) => Some(usize::try_from(l).ok()?),
        };
        let n = self.usize()?;
        let mut pending_mentors = Vec::with_capacity(n.min(self.bytes().len()));
        for _ in 0..n {
            let place = self.usize()?;
            pending_mentors.push((place, self.string()?));
        }
        let field_facts = match self.byte()? {
            0 => None,
            b @ 1..=4 => Some(FieldFacts {
                all_tbd: (b - 1) & 1 == 1,
                placeholder: (b - 1) & 2 == 2,
                count: self.usize()?,
            }),
            _ => return None,
        };
        Some(ParsedIdea {
            idea: Idea {
                id,
                title,
                org,
                program,
                year,
                term,
                status,
                description,
                expected_outcomes,
                skills,
                skills_raw,
                mentors,
                difficulty,
                hours,
                upstream_issues,
                links,
                source: Source { path, line, url },
            },
            fields: Vec::new(),
            unlabelled_description,
            pending_mentors,
            field_facts,
        })
    }
}

#[cfg(test)]
#[path = "packed_tests.rs"]
mod tests;
