use super::*;
use crate::parse::fields::Field;
use crate::parse::page::FieldSpan;
use proptest::prelude::*;

/// Texts drawn from a few values (so that they repeat, near and far, and back-references are
/// used) or made of arbitrary characters, absent, or empty.
fn text(
    c: &mut impl Iterator<Item = u32>,
    free: &mut impl Iterator<Item = String>,
) -> Option<String> {
    const POOL: &[&str] = &["", "go", "Lighthouse", "big.md", "é ü 中", "a\nb", "x"];
    match c.next().unwrap_or(0) % 4 {
        0 => None,
        1 | 2 => Some(POOL[c.next().unwrap_or(0) as usize % POOL.len()].to_string()),
        _ => Some(free.next().unwrap_or_default()),
    }
}

fn string(c: &mut impl Iterator<Item = u32>, free: &mut impl Iterator<Item = String>) -> String {
    text(c, free).unwrap_or_default()
}

fn list(c: &mut impl Iterator<Item = u32>, free: &mut impl Iterator<Item = String>) -> Vec<String> {
    (0..c.next().unwrap_or(0) % 4)
        .map(|_| string(c, free))
        .collect()
}

fn num(c: &mut impl Iterator<Item = u32>) -> Option<u32> {
    match c.next().unwrap_or(0) % 3 {
        0 => None,
        1 => Some(c.next().unwrap_or(0) % 300),
        _ => Some(c.next().unwrap_or(0).wrapping_mul(2_654_435_761)),
    }
}

/// An idea of any shape, its parts chosen by `c` and its free texts taken from `free`.
fn idea(c: &mut impl Iterator<Item = u32>, free: &mut impl Iterator<Item = String>) -> ParsedIdea {
    let level = |k: u32| [Level::Easy, Level::Medium, Level::Hard][k as usize % 3];
    let mut p = ParsedIdea {
        idea: Idea {
            id: string(c, free),
            title: string(c, free),
            org: text(c, free),
            program: [
                None,
                Some(Program::Gsoc),
                Some(Program::Lfx),
                Some(Program::Other),
            ][c.next().unwrap_or(0) as usize % 4],
            year: num(c).map(|y| y as u16),
            term: text(c, free),
            status: [
                None,
                Some(Status::Proposed),
                Some(Status::Accepted),
                Some(Status::Archived),
            ][c.next().unwrap_or(0) as usize % 4],
            description: text(c, free),
            expected_outcomes: text(c, free),
            skills: list(c, free),
            skills_raw: text(c, free),
            mentors: (0..c.next().unwrap_or(0) % 3)
                .map(|_| Mentor {
                    name: text(c, free),
                    github: text(c, free),
                    email: text(c, free),
                })
                .collect(),
            difficulty: num(c).map(|d| Difficulty {
                low: level(d),
                high: level(d / 3),
            }),
            hours: num(c),
            upstream_issues: list(c, free),
            links: list(c, free),
            source: Source {
                path: string(c, free),
                // (A line of a page: under 2^31, see `MAX_PAGE`.)
                line: (num(c).unwrap_or(0) % (1 << 28)) as usize * 7,
                url: text(c, free),
            },
        },
        fields: Vec::new(),
        unlabelled_description: num(c).map(|l| l as usize),
        pending_mentors: (0..c.next().unwrap_or(0) % 3)
            .map(|k| (k as usize, string(c, free)))
            .collect(),
        field_facts: num(c).map(|f| FieldFacts {
            count: f as usize,
            all_tbd: f.is_multiple_of(2),
            placeholder: f.is_multiple_of(5),
        }),
    };
    if c.next().unwrap_or(0).is_multiple_of(5) {
        p.fields.push(FieldSpan {
            field: Field::Mentors,
            label: string(c, free),
            line: 3,
            column: 1,
            has_colon: true,
            misspelt: false,
            heading: false,
            value: string(c, free),
            value_line: 3,
        });
    }
    p
}

/// An idea as packing keeps it: its mentor texts parsed.
fn resolved(mut p: ParsedIdea) -> ParsedIdea {
    p.resolve_mentors();
    p
}

/// Ideas as packing keeps them.
fn all_resolved(ideas: &[ParsedIdea]) -> Vec<ParsedIdea> {
    ideas.iter().cloned().map(resolved).collect()
}

fn shown(ideas: &[ParsedIdea]) -> Vec<String> {
    ideas.iter().map(|i| format!("{i:?}")).collect()
}

proptest! {
    /// Packing then unpacking gives the ideas back as they were (the oracle: the ideas
    /// themselves), minus those taken out by line, whatever the size of the chunks (down to
    /// one idea each, each chunk deflated and its texts referring back within it).
    #[test]
    fn pack_then_unpack_is_the_original(
        choices in prop::collection::vec(any::<u32>(), 0..600),
        free in prop::collection::vec(".{0,12}", 0..40),
        n in 0usize..12,
        drop_line in 0usize..10,
        chunk in 0usize..200,
    ) {
        let mut c = choices.into_iter().cycle().take(4000);
        let mut free = free.into_iter().cycle().take(400);
        let ideas: Vec<ParsedIdea> = (0..n).map(|_| idea(&mut c, &mut free)).collect();
        let mut packed = Packed::with_chunk(chunk);
        for i in ideas.clone() {
            packed.push(i);
        }
        packed.shrink();
        prop_assert_eq!(packed.live(), n);
        let lines: Vec<usize> = packed.entries().iter().map(|e| e.line()).collect();
        let expected: Vec<usize> = ideas.iter().map(|i| i.idea.source.line).collect();
        prop_assert_eq!(lines, expected);
        let flags: Vec<bool> = packed.entries().iter().map(|e| e.placeholder).collect();
        let expected: Vec<bool> = ideas.iter().map(|i| i.has_placeholder()).collect();
        prop_assert_eq!(flags, expected);
        let drop_line = drop_line * 7;
        packed.retain_lines(|l| l != drop_line);
        let kept: Vec<ParsedIdea> = ideas
            .into_iter()
            .filter(|i| i.idea.source.line != drop_line)
            .map(resolved)
            .collect();
        prop_assert_eq!(packed.live(), kept.len());
        let back = packed.unpack();
        prop_assert_eq!(shown(&back), shown(&kept));
        for (b, k) in back.iter().zip(&kept) {
            prop_assert_eq!(&b.idea, &k.idea);
            prop_assert_eq!(&b.pending_mentors, &k.pending_mentors);
            prop_assert_eq!(b.field_facts, k.field_facts);
            prop_assert_eq!(&b.fields, &k.fields);
        }
    }
}

#[test]
fn repeated_texts_are_written_once() {
    let mut c = std::iter::repeat(1u32);
    let mut free = std::iter::empty();
    let one = idea(&mut c, &mut free);
    let mut packed = Packed::default();
    packed.push(one.clone());
    let first = packed.bytes.len();
    packed.push(one.clone());
    // The second idea's texts (all from the pool, all seen) are one byte each.
    assert!(
        packed.bytes.len() - first < first,
        "{} then {}",
        first,
        packed.bytes.len()
    );
    let back = packed.unpack();
    assert_eq!(back.len(), 2);
    assert_eq!(back[1].idea, resolved(one).idea);
}

#[test]
fn chunks_are_read_one_at_a_time() {
    let mut c = (0u32..).map(|k| k.wrapping_mul(7919));
    let mut free = (0..).map(|k| format!("text {k}"));
    let mut packed = Packed::with_chunk(64);
    let ideas: Vec<ParsedIdea> = (0..30).map(|_| idea(&mut c, &mut free)).collect();
    for i in ideas.clone() {
        packed.push(i);
    }
    assert!(packed.chunks.len() > 5, "{} chunks", packed.chunks.len());
    let mut chunks = std::mem::take(&mut packed.chunks);
    chunks.push(Chunk::plain(std::mem::take(&mut packed.bytes)));
    let n = chunks.len();
    let mut r = Reader::new(chunks);
    let mut back = Vec::new();
    let mut most = 0;
    for k in 0..packed.entries.len() {
        r.next_idea();
        // The chunks before the one being read are gone; those after are still deflated.
        most = most.max(n - r.rest.len());
        assert!(
            r.bytes.len() < 64 + 4096,
            "idea {k}: {} bytes",
            r.bytes.len()
        );
        match r.byte() {
            Some(0) => back.push(r.idea().unwrap()),
            Some(1) => back.push(packed.whole.remove(0)),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(shown(&back), shown(&all_resolved(&ideas)));
    assert_eq!(most, n);
    assert_eq!(r.rest.len(), 0);
}

/// Chunks of ideas that repeat words deflate to a fraction of their size, and read back the
/// same; a chunk that does not deflate smaller is kept as it is.
#[test]
fn deflated_chunks_take_less_room() {
    let mut c = (0u32..).map(|k| k.wrapping_mul(2_654_435_761) >> 7);
    let words = [
        "exporter",
        "metrics",
        "scheduler",
        "queue",
        "Lighthouse",
        "tests",
    ];
    let mut free = (0usize..).map(|k| {
        (0..20)
            .map(|j| words[(k * 7 + j * 3) % words.len()])
            .collect::<Vec<_>>()
            .join(" ")
    });
    let ideas: Vec<ParsedIdea> = (0..400).map(|_| idea(&mut c, &mut free)).collect();
    let mut packed = Packed::with_chunk(8 << 10);
    for i in ideas.clone() {
        packed.push(i);
    }
    let raw: usize = packed.chunks.iter().map(|c| c.len).sum();
    let held: usize = packed.chunks.iter().map(|c| c.bytes.len()).sum();
    assert!(packed.chunks.len() > 3, "{} chunks", packed.chunks.len());
    assert!(packed.chunks.iter().all(|c| c.deflated));
    assert!(held * 3 < raw, "{held} bytes held for {raw}");
    assert_eq!(shown(&packed.unpack()), shown(&all_resolved(&ideas)));

    // Random bytes do not deflate: the chunk is kept as written.
    let mut x = 0x9e37_79b9_7f4a_7c15u64;
    let noise: Vec<u8> = (0..4096)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 32) as u8
        })
        .collect();
    let chunk = Chunk::close(noise.clone());
    assert!(!chunk.deflated);
    let mut out = Vec::new();
    assert!(chunk.inflate_into(&mut out));
    assert_eq!(out, noise);
}

/// A chunk whose deflated bytes were damaged does not inflate (the reader then stops rather
/// than read wrong ideas), and does not panic.
#[test]
fn a_damaged_chunk_does_not_inflate() {
    let text: Vec<u8> = b"Lighthouse exporter metrics ".repeat(200);
    let whole = Chunk::close(text.clone());
    assert!(whole.deflated);
    let mut cut = Chunk::close(text.clone());
    cut.bytes.truncate(cut.bytes.len() / 2);
    let mut out = Vec::new();
    assert!(!cut.inflate_into(&mut out));
    let mut long = Chunk::close(text.clone());
    long.len += 1;
    assert!(!long.inflate_into(&mut out));
    assert!(whole.inflate_into(&mut out));
    assert_eq!(out, text);
}
