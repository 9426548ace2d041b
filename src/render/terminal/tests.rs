//! Markdown at a terminal: wrapping, lists, headings, colour and escapes.

use super::*;

fn widest(s: &str) -> usize {
    s.lines().map(display_width).max().unwrap_or(0)
}

#[test]
fn paragraphs_wrap_at_width() {
    let md = "The quick brown fox jumps over the lazy dog and keeps running through the \
              forest until it reaches the river bank where it finally rests.";
    let out = render_markdown(md, 30, false);
    assert!(out.lines().count() > 2, "{out}");
    assert!(widest(&out) <= 30, "{out}");
    // No word is lost or split.
    let words: Vec<&str> = out.split_whitespace().collect();
    let want: Vec<&str> = md.split_whitespace().collect();
    assert_eq!(words, want);
}

#[test]
fn long_words_and_urls_overflow_on_their_own_line() {
    let url = "https://example.org/a/very/long/path/that/cannot/be/broken/anywhere";
    let out = render_markdown(&format!("see {url} now"), 30, false);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines, ["see", url, "now"]);
}

#[test]
fn wide_characters_count_two_columns_and_may_break() {
    let md = "霧笛の時刻表を気象情報から自動的に作成し、港の船に知らせる仕組みを作ります。";
    let out = render_markdown(md, 20, false);
    assert!(out.lines().count() > 1, "{out}");
    for line in out.lines() {
        assert!(display_width(line) <= 20, "{line:?}");
    }
    assert_eq!(out.replace('\n', ""), md);
    assert_eq!(display_width("日本"), 4);
    assert_eq!(display_width("e\u{301}"), 1);
}

#[test]
fn nested_lists_have_hanging_indentation() {
    let md = "- first item with enough words to wrap around\n  - nested one\n  - nested two\n- second\n\n1. one\n2. two\n   1. two point one\n";
    let out = render_markdown(md, 24, false);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "• first item with enough",
            "  words to wrap around",
            "  ◦ nested one",
            "  ◦ nested two",
            "• second",
            "",
            "1. one",
            "2. two",
            "   1. two point one",
        ],
        "{out}"
    );
}

#[test]
fn task_lists_show_their_boxes() {
    let out = render_markdown("- [x] done\n- [ ] to do\n", 40, false);
    assert_eq!(out, "• [x] done\n• [ ] to do\n");
}

#[test]
fn headings_plain_and_coloured() {
    let out = render_markdown("## Background\nSome text.", 40, false);
    assert_eq!(out, "Background\n\nSome text.\n");
    let out = render_markdown("## Background\nSome text.", 40, true);
    assert_eq!(out, "\u{1b}[1;4mBackground\u{1b}[0m\n\nSome text.\n");
}

#[test]
fn emphasis_with_and_without_colour() {
    let md = "a *soft* and **loud** `code` word";
    assert_eq!(
        render_markdown(md, 80, false),
        "a soft and loud code word\n"
    );
    let coloured = render_markdown(md, 80, true);
    assert!(coloured.contains("\u{1b}[3msoft\u{1b}[0m"), "{coloured:?}");
    assert!(coloured.contains("\u{1b}[1mloud\u{1b}[0m"), "{coloured:?}");
    assert!(coloured.contains("\u{1b}[36mcode\u{1b}[0m"), "{coloured:?}");
}

#[test]
fn links_show_their_url() {
    let out = render_markdown(
        "[the guide](https://example.org/guide), <https://example.org/x> and [https://a.example](https://a.example) or <me@example.org>",
        200,
        false,
    );
    assert_eq!(
        out,
        "the guide (https://example.org/guide), https://example.org/x and https://a.example or me@example.org\n"
    );
}

#[test]
fn code_blocks_are_indented_and_not_wrapped() {
    let md = "Run:\n\n```sh\nideas list --skill go --skill kubernetes --difficulty hard\n  second line\n```\n\nDone.";
    let out = render_markdown(md, 20, false);
    assert_eq!(
        out,
        "Run:\n\n    ideas list --skill go --skill kubernetes --difficulty hard\n      second line\n\nDone.\n"
    );
}

#[test]
fn block_quotes_are_prefixed() {
    let out = render_markdown("> quoted words that wrap\n>\n> again\n\nafter", 14, false);
    assert_eq!(out, "│ quoted words\n│ that wrap\n│\n│ again\n\nafter\n");
}

#[test]
fn br_breaks_lines_and_other_html_is_dropped() {
    let out = render_markdown(
        "one<br>two<br />three <b>bold</b><!-- hidden -->",
        80,
        false,
    );
    assert_eq!(out, "one\ntwo\nthree bold\n");
    let out = render_markdown("<div>\nblock html\n</div>\n\ntext", 80, false);
    assert_eq!(out, "text\n");
}

#[test]
fn escape_injection_is_removed() {
    let md =
        "Beware\u{1b}]0;pwned\u{7} of \u{1b}[2Jclear \u{9b}31mred &#27;]0;entity&#7; \u{202e}txt";
    for color in [false, true] {
        let out = render_markdown(md, 80, color);
        assert!(!out.contains(']'), "{out:?}");
        assert!(!out.contains("pwned"), "{out:?}");
        assert!(!out.contains('\u{7}') && !out.contains('\u{9b}'), "{out:?}");
        assert!(!out.contains('\u{202e}'), "{out:?}");
        if !color {
            assert!(!out.contains('\u{1b}'), "{out:?}");
        }
    }
    // Only the renderer's own SGR sequences remain in colour.
    let out = render_markdown("x \u{1b}[31mred\u{1b}[0m *y*", 80, true);
    assert_eq!(out, "x red \u{1b}[3my\u{1b}[0m\n");
}

#[test]
fn no_ansi_without_colour() {
    let md = "# Title\n\n*a* **b** `c` [d](https://e.example)\n\n> q\n\n```\ncode\n```\n\n---\n";
    assert!(!render_markdown(md, 40, false).contains('\u{1b}'));
}

#[test]
fn plain_wrap_keeps_words() {
    assert_eq!(wrap("aa bb cc dd", 5), ["aa bb", "cc dd"]);
    assert_eq!(wrap("", 5), Vec::<String>::new());
}
