//! HTML ideas pages (organisation websites, github.io sites, wikis, documentation sites) read
//! into the Markdown the parser reads, with a real HTML parser: `htmd` (html5ever, the HTML5
//! parsing algorithm browsers use) turns the DOM into Markdown: headings (GitHub's
//! `<div class="markdown-heading">`-wrapped ones too, since the heading element inside is what
//! counts), lists, tables, bold labels. Definition lists become a bold term over its text.
//! Page furniture (scripts, navigation, headers, footers, sidebars, "edit" links, heading
//! anchors) is left out.

use htmd::element_handler::Handlers;
use htmd::{Element, HtmlToMarkdown};
use markup5ever_rcdom::NodeData;

/// True when a body looks like HTML (by its content type, else by its first bytes).
pub fn is_html(content_type: Option<&str>, body: &[u8]) -> bool {
    if let Some(ct) = content_type {
        let ct = ct.to_ascii_lowercase();
        if ct.contains("html") {
            return true;
        }
        if ct.contains("markdown") || ct.contains("json") || ct.contains("csv") {
            return false;
        }
    }
    let start = String::from_utf8_lossy(&body[..body.len().min(512)]).to_ascii_lowercase();
    let start = start.trim_start_matches('\u{feff}').trim_start();
    start.starts_with("<!doctype html") || start.starts_with("<html")
}

/// An HTML page read: its Markdown, and the title its head gives the page (which names the
/// site more often than the page: "Performance Co-Pilot", "Kivy 2.2 documentation").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlPage {
    /// The page's body as Markdown.
    pub markdown: String,
    /// The text of the head's `<title>`, if it has one that is not blank.
    pub head_title: Option<String>,
}

/// The Markdown of an HTML page, and its head's title.
pub fn to_markdown(html: &str) -> Result<HtmlPage, String> {
    let head_title = std::sync::Arc::new(std::sync::Mutex::new(None::<String>));
    let found = std::sync::Arc::clone(&head_title);
    let class_has = |el: &Element, word: &str| {
        el.attrs
            .iter()
            .any(|a| &*a.name.local == "class" && a.value.split_whitespace().any(|c| c == word))
    };
    let converter = HtmlToMarkdown::builder()
        .skip_tags(vec![
            "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "svg",
            "form", "button", "iframe",
        ])
        // The head gives no Markdown; its title is kept beside it.
        .add_handler(vec!["head"], move |_: &dyn Handlers, el: Element| {
            let title = (el.node.children.borrow().iter())
                .find(|c| matches!(&c.data, NodeData::Element { name, .. } if &*name.local == "title"))
                .map(text_of);
            if let (Some(title), Ok(mut slot)) = (title, found.lock()) {
                let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
                *slot = (!title.is_empty()).then_some(title);
            }
            Some(String::new().into())
        })
        .add_handler(vec!["dt"], |h: &dyn Handlers, el: Element| {
            let text = h.walk_children(el.node).content;
            // (A term already bold, `<dt><strong>Mentors</strong></dt>`, is bold once.)
            let text = text.trim();
            let bare = (text.strip_prefix("**").and_then(|t| t.strip_suffix("**")))
                .filter(|t| !t.contains("**"))
                .unwrap_or(text);
            Some(format!("\n\n**{bare}**\n\n").into())
        })
        // A `<pre>` that is not one `<code>` (docutils' literal blocks, hand-written pages) is
        // a code block too: htmd writes its text as it is, where "~~~~~" or "# x" would be
        // Markdown (a fence that swallows the rest of the page, a heading).
        .add_handler(vec!["pre"], |h: &dyn Handlers, el: Element| {
            let one_code = {
                let children = el.node.children.borrow();
                children.len() == 1
                    && matches!(&children[0].data, NodeData::Element { name, .. } if &*name.local == "code")
            };
            if one_code {
                return h.fallback(el);
            }
            let text = h.walk_children(el.node).content;
            let text = text.trim_matches('\n');
            let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
            let fence = "`".repeat(longest.max(2) + 1);
            Some(format!("\n\n{fence}\n{text}\n{fence}\n\n").into())
        })
        .add_handler(vec!["dd"], |h: &dyn Handlers, el: Element| {
            let text = h.walk_children(el.node).content;
            Some(format!("\n\n{}\n\n", text.trim()).into())
        })
        // Hand-written sites style their headings as classes: `<div class="www_sectiontitle">`,
        // `<div class="www_subsection">`, `<div class="www_subsubsection">` (LLVM's site). A
        // `div` of one line of text whose class ends so is a heading, one level deeper for
        // each "sub"; a `div class="section"` that holds blocks is a container, as before.
        .add_handler(vec!["div"], |h: &dyn Handlers, el: Element| {
            let level = (el.attrs.iter())
                .filter(|a| &*a.name.local == "class")
                .find_map(|a| a.value.split_whitespace().find_map(heading_class_level));
            match level {
                Some(level) if !holds_blocks(el.node) => {
                    let text = h.walk_children(el.node).content;
                    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                    (!text.is_empty())
                        .then(|| format!("\n\n{} {text}\n\n", "#".repeat(level)).into())
                }
                _ => h.fallback(el),
            }
        })
        // Admonitions (docutils writes `<aside class="admonition">`: a note, not a sidebar)
        // keep their text, without the title that only names their kind ("Important").
        .add_handler(vec!["aside"], move |h: &dyn Handlers, el: Element| {
            class_has(&el, "admonition").then(|| h.walk_children(el.node))
        })
        .add_handler(vec!["p"], move |h: &dyn Handlers, el: Element| {
            if class_has(&el, "admonition-title") {
                return None;
            }
            h.fallback(el)
        })
        // A table without a header row (docutils' simple tables of labels and values, "Required
        // skills | Python") is a table still: its first row heads it (htmd would write its
        // cells as paragraphs).
        .add_handler(vec!["table"], |h: &dyn Handlers, el: Element| {
            headerless_table(h, el.node).map(Into::into).or_else(|| h.fallback(el))
        })
        // GitHub's heading anchors, MediaWiki's "[edit]" links, Sphinx's pilcrows, dropped.
        .add_handler(vec!["a", "span"], move |h: &dyn Handlers, el: Element| {
            // A Sphinx role docutils left as written ([`role_text`]), and the link docutils
            // puts around it to its own message.
            let to_message = el
                .attrs
                .iter()
                .any(|a| &*a.name.local == "href" && a.value.starts_with("#system-message-"));
            if to_message {
                return Some(h.walk_children(el.node));
            }
            if class_has(&el, "problematic") {
                let text = h.walk_children(el.node).content;
                // (The text comes escaped as Markdown: "\:doc\:\`...".)
                let raw: String = unescape(&text);
                let shown = role_text(&raw);
                return Some(
                    if shown.len() < raw.len() {
                        shown.to_string()
                    } else {
                        text
                    }
                    .into(),
                );
            }
            // (And text only screen readers are given: VuePress's "(opens new window)" after
            // every outside link, Bootstrap's `sr-only` and `visually-hidden`, WordPress's
            // `screen-reader-text`.)
            let hidden = ["sr-only", "visually-hidden", "screen-reader-text"];
            if class_has(&el, "anchor")
                || class_has(&el, "mw-editsection")
                || class_has(&el, "headerlink")
                || hidden.iter().any(|c| class_has(&el, c))
            {
                return None;
            }
            h.fallback(el)
        })
        .build();
    let markdown = converter
        .convert(html)
        .map_err(|e| format!("the HTML could not be read: {e}"))?;
    let head_title = head_title.lock().ok().and_then(|mut t| t.take());
    Ok(HtmlPage {
        markdown,
        head_title,
    })
}

/// The text a node holds, its descendants' included.
fn text_of(node: &markup5ever_rcdom::Handle) -> String {
    match &node.data {
        NodeData::Text { contents } => contents.borrow().to_string(),
        _ => node.children.borrow().iter().map(text_of).collect(),
    }
}

/// The heading level a class names ("sectiontitle" 2, "subsection" 3, "www_subsubsection"
/// 4), `None` for a class that names no section heading.
fn heading_class_level(class: &str) -> Option<usize> {
    let c: String = (class.chars())
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let rest = ["sectiontitle", "sectionheading", "section"]
        .iter()
        .find_map(|end| c.strip_suffix(end))?;
    let subs = rest.len() - rest.trim_end_matches("sub").len();
    let prefix = &rest[..rest.len() - subs];
    // (The class's own prefix, "www_", stays short: "contentsection" names no heading.)
    (prefix.len() <= 4).then_some((2 + subs / 3).min(6))
}

/// The Markdown of a table without header cells whose rows are text (a paragraph a cell at
/// most), two rows or more of the same two cells or more; `None` for any other table.
fn headerless_table(h: &dyn Handlers, table: &markup5ever_rcdom::Handle) -> Option<String> {
    let tag = |n: &markup5ever_rcdom::Handle| match &n.data {
        NodeData::Element { name, .. } => Some(name.local.to_string()),
        _ => None,
    };
    let children = |n: &markup5ever_rcdom::Handle| n.children.borrow().clone();
    let mut trs = Vec::new();
    for child in children(table) {
        match tag(&child).as_deref() {
            Some("tbody" | "tfoot") => trs.extend(
                children(&child)
                    .into_iter()
                    .filter(|r| tag(r).as_deref() == Some("tr")),
            ),
            Some("tr") => trs.push(child),
            Some("colgroup" | "col") | None => {}
            Some(_) => return None,
        }
    }
    let mut rows: Vec<Vec<String>> = Vec::new();
    for tr in &trs {
        let mut cells = Vec::new();
        for cell in children(tr) {
            match tag(&cell).as_deref() {
                Some("td") => {}
                None => continue,
                Some(_) => return None,
            }
            // (One paragraph at most: docutils writes each cell's text as one.)
            let inner = children(&cell);
            let paragraphs = (inner.iter())
                .filter(|c| tag(c).as_deref() == Some("p"))
                .count();
            let blocks = (inner.iter()).any(|c| {
                tag(c).is_some_and(|t| t != "p" && BLOCKS.contains(&t.as_str())) || holds_blocks(c)
            });
            if paragraphs > 1 || blocks {
                return None;
            }
            let text = h.walk_children(&cell).content;
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            cells.push(text.replace('|', "\\|"));
        }
        rows.push(cells);
    }
    let width = rows.first()?.len();
    if rows.len() < 2 || width < 2 || rows.iter().any(|r| r.len() != width) {
        return None;
    }
    let line = |cells: &[String]| format!("| {} |\n", cells.join(" | "));
    let mut out = String::from("\n\n");
    out.push_str(&line(&rows[0]));
    out.push_str(&line(&vec!["---".to_string(); width]));
    for r in &rows[1..] {
        out.push_str(&line(r));
    }
    out.push('\n');
    Some(out)
}

/// Whether an element holds a block (a paragraph, a list, a table, a heading, a `div`).
fn holds_blocks(node: &markup5ever_rcdom::Handle) -> bool {
    node.children
        .borrow()
        .iter()
        .any(|child| match &child.data {
            NodeData::Element { name, .. } => BLOCKS.contains(&&*name.local) || holds_blocks(child),
            _ => false,
        })
}

/// The block elements.
const BLOCKS: [&str; 16] = [
    "p",
    "div",
    "ul",
    "ol",
    "dl",
    "table",
    "pre",
    "blockquote",
    "section",
    "article",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
];

/// Markdown text without the backslashes that escape punctuation.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&n) if c == '\\' && n.is_ascii_punctuation() => {}
            _ => out.push(c),
        }
    }
    out
}

/// The text a Sphinx role shows (docutils leaves roles it does not define as written, marked
/// problematic): ":doc:`the guide </dev/guide>`" shows "the guide", ":ref:`building`"
/// "building", ":class:`~pkg.Tiles`" "Tiles". Other text is kept.
fn role_text(text: &str) -> &str {
    let inner = (text.strip_prefix(':'))
        .and_then(|t| t.split_once(":`"))
        .filter(|(role, _)| !role.is_empty() && !role.contains(char::is_whitespace))
        .and_then(|(_, rest)| rest.strip_suffix('`'));
    let Some(inner) = inner else {
        return text;
    };
    match inner.strip_suffix('>').and_then(|i| i.rsplit_once(" <")) {
        Some((shown, _)) => shown.trim(),
        None => match inner.strip_prefix('~') {
            Some(path) => path.rsplit('.').next().unwrap_or(path),
            None => inner.trim_start_matches('!'),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_without_a_header_row_are_tables_headed_by_their_first_row() {
        let html =
            "<table><tbody><tr><td><p>Required skills</p></td><td><p>Go | Rust</p></td></tr>\
            <tr><td>Mentor(s)</td><td>Ana Quill</td></tr></tbody></table>";
        let md = to_markdown(html).unwrap().markdown;
        assert!(
            md.contains(
                "| Required skills | Go \\| Rust |\n| --- | --- |\n| Mentor(s) | Ana Quill |"
            ),
            "{md}"
        );
        // A layout table (a cell of blocks) or one row is left to htmd: no table.
        let layout = "<table><tr><td><p>a</p><p>b</p></td><td>c</td></tr><tr><td>d</td><td>e</td></tr></table>";
        assert!(!to_markdown(layout).unwrap().markdown.contains("| --- |"));
        let one = "<table><tr><td>a</td><td>b</td></tr></table>";
        assert!(!to_markdown(one).unwrap().markdown.contains("| --- |"));
    }

    #[test]
    fn wrapped_headings_lists_tables_and_definitions_come_through() {
        let html = r##"<!DOCTYPE html><html><head><title>x</title><script>var a;</script></head>
<body><nav>Home | About</nav><article>
<div class="markdown-heading"><h2 class="heading-element">Ideas</h2><a class="anchor" href="#ideas"><svg></svg></a></div>
<div class="markdown-heading"><h3 class="heading-element">Faster parser</h3></div>
<ul><li><strong>Skills:</strong> Rust</li><li>Mentor: Ada</li></ul>
<dl><dt>Difficulty</dt><dd>Medium</dd></dl>
<table><thead><tr><th>Size</th></tr></thead><tbody><tr><td>350</td></tr></tbody></table>
<h3>Second <span class="mw-editsection">[edit]</span></h3>
<p>See <a href="https://x.org">the site <span class="sr-only">(opens new window)</span></a>.</p>
</article></body></html>"##;
        assert!(is_html(None, html.as_bytes()));
        let md = to_markdown(html).unwrap().markdown;
        assert!(md.contains("## Ideas"), "{md}");
        assert!(md.contains("### Faster parser"), "{md}");
        assert!(md.contains("**Skills:** Rust"), "{md}");
        assert!(md.contains("**Difficulty**"), "{md}");
        assert!(md.contains("| Size |") || md.contains("| Size"), "{md}");
        assert!(md.contains("### Second"), "{md}");
        assert!(md.contains("[the site](https://x.org)"), "{md}");
        for gone in [
            "var a",
            "Home | About",
            "[edit]",
            "(#ideas)",
            "opens new window",
        ] {
            assert!(!md.contains(gone), "{gone}: {md}");
        }
    }

    #[test]
    fn section_classes_name_heading_levels() {
        assert_eq!(heading_class_level("www_sectiontitle"), Some(2));
        assert_eq!(heading_class_level("www_subsection"), Some(3));
        assert_eq!(heading_class_level("www_subsubsection"), Some(4));
        assert_eq!(heading_class_level("section-heading"), Some(2));
        assert_eq!(heading_class_level("contentsection"), None);
        assert_eq!(heading_class_level("www_text"), None);
    }

    #[test]
    fn content_types_decide_before_bytes() {
        assert!(is_html(Some("text/html; charset=utf-8"), b"# x"));
        assert!(!is_html(Some("text/markdown"), b"<html>"));
        assert!(!is_html(None, b"# Ideas\n"));
        assert!(is_html(None, b"\n  <!DOCTYPE HTML>"));
    }
}
