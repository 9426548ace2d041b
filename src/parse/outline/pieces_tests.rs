use super::{events, next_cut, Pieces};
use crate::parse::outline::{LineIndex, Outline};
use pulldown_cmark::{Event, Options, Parser};
use std::ops::Range;

fn opts() -> Options {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    opts.insert(Options::ENABLE_TASKLISTS);
    opts
}

fn one_pass(body: &str) -> Vec<(Event<'_>, Range<usize>)> {
    Parser::new_ext(body, opts()).into_offset_iter().collect()
}

/// Where the pieces of `body` start when every piece is as short as it can be.
fn cuts(body: &str, piece: usize) -> Vec<usize> {
    let mut p = Pieces {
        body,
        opts: opts(),
        at: 0,
        piece,
        buffer: std::collections::VecDeque::new(),
    };
    let mut starts = Vec::new();
    while p.at < body.len() {
        starts.push(p.at);
        p.read_piece();
    }
    starts
}

/// Pages whose constructs a careless cut would break: fences and HTML blocks holding `#`
/// lines after blank lines, lists, quotes, tables, CRLF endings.
const PAGES: &[&str] = &[
    "# Ideas\n\n## One\n\nDescription: a\n\n```\n# not a heading\n\n# still code\n```\n\n## Two\n\n- Mentors: b\n",
    "# A\n\n~~~~md\n\n# code\n\n~~~\n\n# code too\n~~~~\n\n# B\n\ntext\n",
    "# A\n\n<!-- a comment\n\n# commented out\n\n-->\n\n# B\n\n<pre>\n\n# pre text\n\n</pre>\n\n# C\n",
    "# A\n\n<script>\n\n# js\n\n</script>\n\n# B\n\n<style>\n\n# css\n</style>\n\n# C\n\n<textarea>\n\n# t\n\n</textarea>\n\n# D\n",
    "# A\n\n<?php\n\n# php\n\n?>\n\n# B\n\n<!DOCTYPE html\n\n# doc\n\n>\n\n# C\n\n<![CDATA[\n\n# data\n\n]]>\n\n# D\n",
    "# A\n\n<div>\n\n# inside a div is a heading\n\n</div>\n\n# B\n",
    "# A\n\n- item\n\n  ```\n\n# closes the list and its fence\n\n  ```\n\n# B\n",
    "# A\n\n> quote\n>\n> ```\n\n# out of the quote\n\n# B\n",
    "# A\n\n| Field | Value |\n| --- | --- |\n| Mentor | x |\n\n# B\n\n| a |\n|---|\n\n# C\n",
    "# A\r\n\r\n```\r\n\r\n# code\r\n```\r\n\r\n# B\r\n\r\ntext\r\n",
    "    ```\n    indented, not a fence\n\n```\n\n# inside the real fence\n```\n\n# B\n",
    "# A\n\n1. one\n2. two\n\n   more\n\n# B\n\n* a\n* b\n\n\n# C\n\n#hashtag\n\n####### seven\n\n#\n\n# D",
    "# A\n\nText with <!-- an inline\n\n# comment --> in it\n\n# B\n\n<!-- open to the end\n\n# C\n\n# D\n",
];

#[test]
fn pieces_give_the_events_of_one_pass() {
    for page in PAGES {
        let whole = one_pass(page);
        for piece in [1, 2, 7, 30] {
            let split: Vec<_> = events(page, opts(), 0, piece).collect();
            assert_eq!(split, whole, "piece {piece}: {page:?}");
        }
    }
}

#[test]
fn pieces_are_cut_only_where_nothing_is_open() {
    // The fence's "# lines" are not cuts; the headings outside it are.
    let page = PAGES[0];
    let starts = cuts(page, 1);
    let at = |s: &str| page.find(s).unwrap();
    assert_eq!(starts, vec![0, at("## One"), at("## Two")]);
    // An HTML comment, <pre> and a fence reaching past blank lines hold their "# lines".
    let page = PAGES[2];
    assert_eq!(
        cuts(page, 1),
        vec![0, at_in(page, "# B"), at_in(page, "# C")]
    );
    let page = PAGES[10];
    assert_eq!(cuts(page, 1), vec![0, at_in(page, "# B")]);
    // An inline comment ends with its paragraph; a comment block left open runs to the end
    // of the page: no cut after it.
    let page = PAGES[12];
    assert_eq!(
        cuts(page, 1),
        vec![0, at_in(page, "# comment"), at_in(page, "# B")]
    );
    // A list closed by a heading at column 0 is no obstacle; "#hashtag", seven hashes and a
    // heading without a blank line before it are not cuts.
    let page = PAGES[11];
    let starts = cuts(page, 1);
    assert_eq!(
        starts,
        vec![
            0,
            at_in(page, "# B"),
            at_in(page, "# C"),
            at_in(page, "#\n\n# D"),
            at_in(page, "# D")
        ]
    );
}

fn at_in(page: &str, s: &str) -> usize {
    page.find(&format!("\n{s}")).unwrap() + 1
}

#[test]
fn a_cut_is_the_first_heading_after_a_blank_line_at_or_past_the_offset() {
    let page = "intro\n# no blank line before\n\n## Here\n\n#tag\n\n### There\n";
    assert_eq!(next_cut(page, 0), page.find("## Here").unwrap());
    assert_eq!(
        next_cut(page, page.find("## Here").unwrap()),
        page.find("## Here").unwrap()
    );
    assert_eq!(
        next_cut(page, page.find("## Here").unwrap() + 1),
        page.find("### There").unwrap()
    );
    assert_eq!(next_cut(page, page.len() - 1), page.len());
}

#[test]
fn reference_definitions_keep_one_pass() {
    // "[x]" in the second half names a definition in the first: only one pass resolves it.
    let page = "# A\n\n[x]: https://example.org\n\n# B [x]\n\ntext [x]\n";
    assert!(matches!(
        events(page, opts(), 0, 1),
        super::Events::Whole(_)
    ));
    let split: Vec<_> = events(page, opts(), 0, 1).collect();
    assert_eq!(split, one_pass(page));
}

/// The outline of a page read in pieces, as text (headings, anchors, tables).
fn outline_of(text: &str, above: usize, piece: usize) -> String {
    let lines = LineIndex::new(text);
    let o = Outline::read_with(text, 0, &lines, above, piece);
    format!(
        "{:?}\n{:?}\n{:?}\n{:?}",
        o.headings, o.anchors, o.tables, o.preamble
    )
}

#[test]
fn the_outline_is_the_same_in_pieces() {
    let mut pages: Vec<String> = PAGES.iter().map(|p| p.to_string()).collect();
    // Every layout fixture, and all of them at once as one long page.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/layouts");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    assert!(files.len() > 10, "fixtures at {}", dir.display());
    for f in &files {
        pages.push(std::fs::read_to_string(f).unwrap());
    }
    pages.push(pages.join("\n\n"));
    let mut split_somewhere = 0;
    for page in &pages {
        let whole = outline_of(page, usize::MAX, 1);
        for piece in [1, 64, 1000] {
            assert_eq!(outline_of(page, 0, piece), whole, "piece {piece}: {page}");
        }
        if cuts(page, 1).len() > 1 && !page.contains("]:") {
            split_somewhere += 1;
        }
    }
    // The comparison means something only if pages were cut.
    assert!(split_somewhere > 10, "{split_somewhere} pages cut");
}

#[test]
fn a_cut_inside_a_fence_moves_to_the_next_cut_not_twice_as_far() {
    // The first cut past the piece's length is a "# line" inside a fence: the piece ends at
    // the next heading instead, not at a cut twice as far (which would hold twice the events).
    let mut page = format!("# A\n\n{}\n```\n\n# code\n```\n\n# B\n\n", "x\n".repeat(50));
    page.push_str(&"# C\n\ntext\n\n".repeat(50));
    let starts = cuts(&page, at_in(&page, "# code"));
    assert_eq!(starts[1], at_in(&page, "# B"));
    let split: Vec<_> = events(&page, opts(), 0, at_in(&page, "# code")).collect();
    assert_eq!(split, one_pass(&page));
}
