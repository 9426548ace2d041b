//! Markdown rendered for people at a terminal: word-wrapped to the terminal width, lists with
//! hanging indentation, headings, emphasis and inline code in colour (ANSI SGR) when asked.
//!
//! All page text is stripped of control characters and escape sequences (see [`sanitize`]), so
//! a page cannot move the cursor, clear the screen or retitle the terminal. With `color` false
//! the output holds no escape sequence at all.

pub use crate::render::text::{char_width, display_width, paint, sanitize};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

mod wrap;
pub use wrap::wrap;
use wrap::{atoms, render_line, wrap_atoms, Run, Style, LINE_BREAK};

/// SGR parameters of dim text (block quote bars, rules) and code blocks.
const SGR_DIM: &str = "2";
const SGR_CODE: &str = "36";

/// A block that prefixes the lines inside it.
#[derive(Debug)]
enum Container {
    /// A block quote: every line starts with "│ ".
    Quote,
    /// A list item: the first line starts with the marker, the others with as many spaces.
    Item { marker: String, used: bool },
}

/// Renders Markdown for a terminal `width` columns wide, in colour when `color`.
///
/// Paragraphs are word-wrapped by display width; no line is wider than `width` except for a
/// single word (or URL) that is wider on its own. Headings are bold and underlined in colour and
/// plain text followed by a blank line otherwise; bullet and numbered lists get hanging
/// indentation; links are `text (url)` (just the url when the text is the url); code blocks are
/// indented four spaces and not wrapped; block quotes are prefixed with `│ `; `<br>` breaks the
/// line and other HTML is dropped. The result ends with a newline (or is empty).
pub fn render_markdown(md: &str, width: usize, color: bool) -> String {
    let source = sanitize(md, true);
    let mut r = Renderer {
        width: width.max(1),
        color,
        last_blank: true,
        ..Renderer::default()
    };
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    for event in Parser::new_ext(&source, options) {
        r.event(event);
    }
    r.flush();
    r.out
}

/// Nesting counts of inline styles (they can nest: `*a **b** c*`).
#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    emphasis: u32,
    strong: u32,
    strike: u32,
    heading: u32,
    table_head: u32,
}

#[derive(Default)]
struct Renderer {
    width: usize,
    color: bool,
    out: String,
    /// The last line written was blank (or nothing was written yet).
    last_blank: bool,
    /// A block ended: the next block is separated by a blank line.
    blank_pending: bool,
    containers: Vec<Container>,
    /// Open lists, innermost last: the next number of an ordered list, `None` for bullets.
    lists: Vec<Option<u64>>,
    /// Inline text of the current paragraph, heading, list item or table row.
    runs: Vec<Run>,
    style: Counts,
    /// Open links: destination and the index of their first run.
    links: Vec<(String, usize)>,
    /// The text of an open code block.
    code: Option<String>,
    /// Index of the current table cell in its row.
    cell: usize,
    /// Inside an HTML block (its content is dropped).
    html_block: bool,
    /// The next text starts a new run (the start of a link).
    barrier: bool,
}

impl Renderer {
    fn current_style(&self) -> Style {
        Style {
            bold: self.style.strong > 0 || self.style.heading > 0 || self.style.table_head > 0,
            italic: self.style.emphasis > 0,
            underline: self.style.heading > 0,
            strike: self.style.strike > 0,
            ..Style::default()
        }
    }

    /// Adds inline text. Runs of one style are merged (and sanitized when written), so an
    /// escape sequence that the parser split into several events is still removed whole.
    fn text(&mut self, text: &str, style: Style) {
        if text.is_empty() {
            return;
        }
        let barrier = std::mem::take(&mut self.barrier);
        match self.runs.last_mut() {
            Some(last) if !barrier && last.style == style => last.text.push_str(text),
            _ => self.runs.push(Run {
                text: text.to_string(),
                style,
            }),
        }
    }

    fn line_break(&mut self) {
        self.runs.push(Run {
            text: "\n".to_string(),
            style: LINE_BREAK,
        });
    }

    /// The prefix of the next line; item markers are used up unless `blank`.
    fn prefix(&mut self, blank: bool) -> String {
        let mut s = String::new();
        for c in &mut self.containers {
            match c {
                Container::Quote => {
                    s.push_str(&paint("│", SGR_DIM, self.color));
                    s.push(' ');
                }
                Container::Item { marker, used } => {
                    let mw = display_width(marker);
                    if *used || blank {
                        s.push_str(&" ".repeat(mw));
                    } else {
                        s.push_str(marker);
                        *used = true;
                    }
                }
            }
        }
        s
    }

    /// Width left for text after the containers' prefixes.
    fn available(&self) -> usize {
        let used: usize = self
            .containers
            .iter()
            .map(|c| match c {
                Container::Quote => 2,
                Container::Item { marker, .. } => display_width(marker),
            })
            .sum();
        self.width.saturating_sub(used).max(8.min(self.width))
    }

    fn emit(&mut self, content: &str) {
        let prefix = self.prefix(false);
        let line = format!("{prefix}{content}");
        self.out.push_str(line.trim_end());
        self.out.push('\n');
        self.last_blank = false;
    }

    fn blank(&mut self) {
        if self.last_blank {
            return;
        }
        let prefix = self.prefix(true);
        self.out.push_str(prefix.trim_end());
        self.out.push('\n');
        self.last_blank = true;
    }

    /// Before a block: the blank line that separates it from the previous one.
    fn start_block(&mut self) {
        self.flush();
        if self.blank_pending {
            self.blank();
        }
        self.blank_pending = false;
    }

    /// Writes the pending inline text, wrapped.
    fn flush(&mut self) {
        if self.runs.is_empty() {
            return;
        }
        let mut runs = std::mem::take(&mut self.runs);
        for r in runs.iter_mut().filter(|r| r.style != LINE_BREAK) {
            r.text = sanitize(&r.text, false);
        }
        let atoms = atoms(&runs);
        if atoms.iter().all(|a| a.line_break) {
            return;
        }
        let width = self.available();
        for line in wrap_atoms(&atoms, width) {
            let text = render_line(&line, self.color);
            self.emit(&text);
        }
    }

    fn event(&mut self, event: Event<'_>) {
        if let Some(code) = &mut self.code {
            match event {
                Event::Text(t) => code.push_str(&t),
                Event::End(TagEnd::CodeBlock) => self.end_code_block(),
                _ => {}
            }
            return;
        }
        if self.html_block {
            if let Event::End(TagEnd::HtmlBlock) = event {
                self.html_block = false;
            }
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => self.text(&t, self.current_style()),
            Event::Code(t) => {
                let style = Style {
                    code: true,
                    ..self.current_style()
                };
                self.text(&t, style);
            }
            Event::InlineMath(t) | Event::DisplayMath(t) => self.text(&t, self.current_style()),
            Event::InlineHtml(h) | Event::Html(h) => {
                if is_br(&h) {
                    self.line_break();
                }
            }
            Event::FootnoteReference(name) => {
                self.text(&format!("[{name}]"), self.current_style());
            }
            Event::SoftBreak => self.text(" ", self.current_style()),
            Event::HardBreak => self.line_break(),
            Event::Rule => {
                self.start_block();
                let rule = "─".repeat(self.available().min(self.width));
                let rule = paint(&rule, SGR_DIM, self.color);
                self.emit(&rule);
                self.blank_pending = true;
            }
            Event::TaskListMarker(done) => {
                let mark = if done { "[x] " } else { "[ ] " };
                self.text(mark, Style::default());
            }
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => self.start_block(),
            Tag::Heading { .. } => {
                self.start_block();
                self.style.heading += 1;
            }
            Tag::BlockQuote(_) => {
                self.start_block();
                self.containers.push(Container::Quote);
            }
            Tag::CodeBlock(_) => {
                self.start_block();
                self.code = Some(String::new());
            }
            Tag::HtmlBlock => {
                self.flush();
                self.html_block = true;
            }
            Tag::List(start) => {
                if self.lists.is_empty() {
                    self.start_block();
                } else {
                    // A nested list follows its item's text directly.
                    self.flush();
                    self.blank_pending = false;
                }
                self.lists.push(start);
            }
            Tag::Item => {
                self.flush();
                let depth = self.lists.len().saturating_sub(1);
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let m = format!("{n}. ");
                        *n += 1;
                        m
                    }
                    _ => format!("{} ", ["•", "◦", "▪"][depth % 3]),
                };
                self.containers.push(Container::Item {
                    marker,
                    used: false,
                });
            }
            Tag::FootnoteDefinition(name) => {
                self.start_block();
                self.text(&format!("[{name}]: "), Style::default());
            }
            Tag::DefinitionList => self.start_block(),
            Tag::DefinitionListTitle => {
                self.flush();
                self.style.strong += 1;
            }
            Tag::DefinitionListDefinition => {
                self.flush();
                self.containers.push(Container::Item {
                    marker: "    ".to_string(),
                    used: true,
                });
            }
            Tag::Table(_) => self.start_block(),
            Tag::TableHead => {
                self.style.table_head += 1;
                self.cell = 0;
            }
            Tag::TableRow => self.cell = 0,
            Tag::TableCell => {
                if self.cell > 0 {
                    self.text(" | ", Style::default());
                }
            }
            Tag::Emphasis => self.style.emphasis += 1,
            Tag::Strong => self.style.strong += 1,
            Tag::Strikethrough => self.style.strike += 1,
            Tag::Superscript | Tag::Subscript => {}
            Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                self.links.push((dest_url.to_string(), self.runs.len()));
                self.barrier = true;
            }
            Tag::MetadataBlock(_) => {
                self.flush();
                self.html_block = true;
            }
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => {
                self.flush();
                self.blank_pending = true;
            }
            TagEnd::Heading(_) => {
                self.flush();
                self.style.heading = self.style.heading.saturating_sub(1);
                self.blank_pending = true;
            }
            TagEnd::BlockQuote(_) => {
                self.flush();
                if matches!(self.containers.last(), Some(Container::Quote)) {
                    self.containers.pop();
                }
                self.blank_pending = true;
            }
            TagEnd::CodeBlock => self.end_code_block(),
            TagEnd::HtmlBlock | TagEnd::MetadataBlock(_) => self.html_block = false,
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
                self.blank_pending = true;
            }
            TagEnd::Item => {
                self.flush();
                if let Some(Container::Item { used, .. }) = self.containers.last() {
                    if !used {
                        // An empty item still shows its marker.
                        self.emit("");
                    }
                    self.containers.pop();
                }
            }
            TagEnd::FootnoteDefinition | TagEnd::DefinitionList | TagEnd::Table => {
                self.flush();
                self.blank_pending = true;
            }
            TagEnd::DefinitionListTitle => {
                self.flush();
                self.style.strong = self.style.strong.saturating_sub(1);
            }
            TagEnd::DefinitionListDefinition => {
                self.flush();
                if matches!(self.containers.last(), Some(Container::Item { .. })) {
                    self.containers.pop();
                }
            }
            TagEnd::TableHead => {
                self.flush();
                self.style.table_head = self.style.table_head.saturating_sub(1);
            }
            TagEnd::TableRow => self.flush(),
            TagEnd::TableCell => self.cell += 1,
            TagEnd::Emphasis => self.style.emphasis = self.style.emphasis.saturating_sub(1),
            TagEnd::Strong => self.style.strong = self.style.strong.saturating_sub(1),
            TagEnd::Strikethrough => self.style.strike = self.style.strike.saturating_sub(1),
            TagEnd::Superscript | TagEnd::Subscript => {}
            TagEnd::Link | TagEnd::Image => self.end_link(),
        }
    }

    /// Closes a link: `text (url)`, just the url when the text is the url or empty.
    fn end_link(&mut self) {
        let Some((url, start)) = self.links.pop() else {
            return;
        };
        let url = sanitize(&url, false);
        let url = url.trim();
        if url.is_empty() {
            return;
        }
        let text: String = self.runs[start.min(self.runs.len())..]
            .iter()
            .filter(|r| r.style != LINE_BREAK)
            .map(|r| sanitize(&r.text, false))
            .collect();
        let text = text.trim();
        let bare = url.strip_prefix("mailto:").unwrap_or(url);
        if text.is_empty() {
            self.runs.truncate(start.min(self.runs.len()));
            self.text(url, self.current_style());
        } else if text != url && text != bare {
            let style = Style {
                dim: true,
                ..self.current_style()
            };
            self.text(&format!(" ({url})"), style);
        }
    }

    fn end_code_block(&mut self) {
        let Some(code) = self.code.take() else {
            return;
        };
        let code = code.strip_suffix('\n').unwrap_or(&code);
        for line in code.split('\n') {
            let line = sanitize(&line.replace('\t', "    "), false);
            let line = paint(line.trim_end(), SGR_CODE, self.color);
            self.emit(&format!("    {line}"));
        }
        self.blank_pending = true;
    }
}

/// True for `<br>`, `<br/>`, `<br />` in any case.
fn is_br(html: &str) -> bool {
    let t = html.trim().to_ascii_lowercase();
    let inner = t
        .strip_prefix("<br")
        .and_then(|rest| rest.strip_suffix('>'));
    inner.is_some_and(|i| {
        i.trim_end_matches('>')
            .trim_end_matches('/')
            .trim()
            .is_empty()
    })
}

#[cfg(test)]
mod tests;
