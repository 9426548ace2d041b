//! AsciiDoc and reStructuredText idea pages, read into the Markdown the parser reads: each page
//! is parsed by a parser of its own language and laid out as HTML, which [`super::html_page`] turns into
//! Markdown as it does any HTML page. So headings, lists, bold labels, definition and field
//! lists, admonitions, tables and links come through as they would from the rendered site.
//!
//! - AsciiDoc: `asciidoc-parser` (Asciidoctor's behaviour) parses the page and renders each
//!   block's inline content; the blocks are laid out here. The header's `:page-*:` attributes
//!   (the page variables of Antora and jekyll-asciidoc) become front matter when the page has none.
//! - reStructuredText: `docutils-core` (a port of docutils' parser and HTML5 writer) parses and
//!   renders the page. Sphinx's own roles and directives (`:doc:`, `toctree`) are not docutils';
//!   their text is kept as written.
//!
//! A page's own front matter (a static site's `---` block before the markup) is kept as it is
//! ([`super::as_markdown`]).

use super::idea::Warning;
use asciidoc_parser::blocks::{
    Block, FindBlocks, IsBlock, ListItemMarker, ListType, TableCellContent,
};
use asciidoc_parser::document::InterpretedValue;
use asciidoc_parser::parser::HtmlInlineRenderer;
use asciidoc_parser::warnings::WarningSeverity;
use asciidoc_parser::Parser;
use docutils_core::nodes as rst;

/// A markup language read through this module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    /// `.adoc`, `.asciidoc`, `.asc`
    AsciiDoc,
    /// `.rst`
    ReStructuredText,
}

impl Markup {
    /// The markup a file name's (or a URL's, before any `?` or `#`) extension says.
    pub fn of(name: &str) -> Option<Markup> {
        match super::extension_of(name)?.as_str() {
            "adoc" | "asciidoc" | "asc" => Some(Markup::AsciiDoc),
            "rst" => Some(Markup::ReStructuredText),
            _ => None,
        }
    }
}

/// The HTML of the body of a page written in `markup` (no front matter of its own), the front
/// matter the markup's header makes, and the problems the markup's parser reported, at lines of
/// the body.
pub(super) fn to_html(markup: Markup, body: &str) -> (String, String, Vec<Warning>) {
    match markup {
        Markup::AsciiDoc => asciidoc_html(body),
        Markup::ReStructuredText => rst_html(body),
    }
}

/// The HTML of an AsciiDoc page's body, the front matter its header's `:page-*:` attributes
/// make, and the parser's warnings.
fn asciidoc_html(body: &str) -> (String, String, Vec<Warning>) {
    let mut parser = Parser::default();
    let doc = parser.parse(body);
    let mut html = String::new();
    if let Some(title) = doc.header().title() {
        html.push_str(&format!("<h1>{title}</h1>\n"));
    }
    for block in doc.child_blocks() {
        adoc_block(block, &parser, &mut html);
    }
    let warnings = doc
        .warnings()
        .filter(|w| w.severity == WarningSeverity::Warning)
        .map(|w| Warning {
            line: w.source.line(),
            message: format!("AsciiDoc: {}", w.warning),
        })
        .collect();
    let mut attrs = serde_yaml::Mapping::new();
    for attr in doc.header().attributes() {
        let Some(key) = attr.name().data().strip_prefix("page-") else {
            continue;
        };
        if let InterpretedValue::Value(v) = attr.value() {
            attrs.insert(key.replace('-', "_").into(), v.as_str().into());
        }
    }
    // The document title is the page's title, as jekyll-asciidoc makes it.
    if !attrs.is_empty() && !attrs.contains_key("title") {
        if let Some(title) = doc.doctitle_sanitized() {
            attrs.insert("title".into(), title.into());
        }
    }
    let front = if attrs.is_empty() {
        String::new()
    } else {
        serde_yaml::to_string(&attrs)
            .map(|yaml| format!("---\n{yaml}---\n"))
            .unwrap_or_default()
    };
    (front, html, warnings)
}

/// One AsciiDoc block as HTML.
fn adoc_block(block: &Block<'_>, p: &Parser, out: &mut String) {
    match block {
        Block::Section(s) => {
            let level = (s.level() + 1).clamp(1, 6);
            out.push_str(&format!("<h{level}>{}</h{level}>\n", s.section_title()));
            adoc_children(block, p, out);
        }
        Block::List(list) => match list.type_() {
            ListType::Description => {
                for item in block.child_blocks() {
                    adoc_description(item, p, out);
                }
            }
            kind => {
                let tag = if matches!(kind, ListType::Unordered) {
                    "ul"
                } else {
                    "ol"
                };
                out.push_str(&format!("<{tag}>\n"));
                for item in block.child_blocks() {
                    out.push_str("<li>");
                    adoc_children(item, p, out);
                    out.push_str("</li>\n");
                }
                out.push_str(&format!("</{tag}>\n"));
            }
        },
        Block::Table(table) => {
            out.push_str("<table>\n");
            let rows = table.header_row().into_iter().map(|r| (r, "th"));
            let body = table.body_rows().iter().chain(table.footer_row());
            for (row, cell_tag) in rows.chain(body.map(|r| (r, "td"))) {
                out.push_str("<tr>");
                for cell in row.cells() {
                    out.push_str(&format!("<{cell_tag}>"));
                    match cell.content() {
                        TableCellContent::Simple(c) => out.push_str(c.rendered_html()),
                        TableCellContent::AsciiDoc(doc) => {
                            for b in doc.blocks() {
                                adoc_block(b, p, out);
                            }
                        }
                    }
                    out.push_str(&format!("</{cell_tag}>"));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</table>\n");
        }
        Block::Media(_) | Block::Break(_) | Block::Toc(_) | Block::DocumentAttribute(_) => {}
        _ => {
            let context = block.resolved_context();
            if matches!(context.as_ref(), "comment" | "pass" | "stem") {
                return;
            }
            if let Some(title) = block.title() {
                out.push_str(&format!("<p><strong>{title}</strong></p>\n"));
            }
            if let Some(html) = block.rendered_html_content() {
                if matches!(context.as_ref(), "listing" | "literal") {
                    out.push_str(&format!("<pre><code>{html}</code></pre>\n"));
                } else {
                    out.push_str(&format!("<p>{html}</p>\n"));
                }
            }
            let quote = matches!(context.as_ref(), "quote" | "verse");
            out.push_str(if quote { "<blockquote>\n" } else { "<div>\n" });
            adoc_children(block, p, out);
            out.push_str(if quote { "</blockquote>\n" } else { "</div>\n" });
        }
    }
}

fn adoc_children(block: &Block<'_>, p: &Parser, out: &mut String) {
    for child in block.child_blocks() {
        adoc_block(child, p, out);
    }
}

/// A description list item (`Mentors:: Ada`) as a bold label and its text, the form a field
/// takes on a Markdown page (`**Mentors:** Ada`).
fn adoc_description(item: &Block<'_>, p: &Parser, out: &mut String) {
    let Block::ListItem(li) = item else {
        adoc_block(item, p, out);
        return;
    };
    let term = match li.list_item_marker() {
        ListItemMarker::DefinedTerm { term, .. } => term.render_with(&HtmlInlineRenderer {}, p),
        _ => String::new(),
    };
    let colon = if term.trim_end().ends_with(':') {
        ""
    } else {
        ":"
    };
    let label = format!("<strong>{}{colon}</strong>", term.trim());
    let mut children = item.child_blocks().peekable();
    match children.peek() {
        Some(Block::Simple(first)) if first.resolved_context().as_ref() == "paragraph" => {
            out.push_str(&format!(
                "<p>{label} {}</p>\n",
                first.content().rendered_html()
            ));
            children.next();
        }
        _ => out.push_str(&format!("<p>{label}</p>\n")),
    }
    for child in children {
        adoc_block(child, p, out);
    }
}

/// The HTML of a reStructuredText page's body (no front matter of its own) and the errors the
/// parser met at a line of it.
fn rst_html(body: &str) -> (String, String, Vec<Warning>) {
    let settings = docutils_core::settings::Settings {
        report_level: 5,
        halt_level: 5,
        writer_name: docutils_core::settings::WriterName::Html5,
    };
    // No base folder: `include` directives read no file.
    let doc = match docutils_core::core::publish_doctree_with(body, &settings, None) {
        Ok(doc) => doc,
        Err(halt) => {
            let warning = Warning {
                line: 1,
                message: format!("reStructuredText: {halt}"),
            };
            return (String::new(), String::new(), vec![warning]);
        }
    };
    let mut html = String::new();
    if let Some(title) = &doc.title {
        let title = docutils_core::html::esc(&rst::inline_text(title));
        html.push_str(&format!("<h1>{title}</h1>\n"));
    }
    html.push_str(&docutils_core::html::render_fragment(&doc));
    let mut messages = Vec::new();
    rst_messages(&doc.children, &mut messages);
    let warnings = messages
        .into_iter()
        .filter_map(|m| {
            let text = m.text.lines().next().unwrap_or_default();
            let line = m
                .line
                .filter(|_| m.level >= 3 && !names_unknown_here(text))?;
            Some(Warning {
                line,
                message: format!("reStructuredText: {text}"),
            })
        })
        .collect();
    (String::new(), html, warnings)
}

/// True for an error about a name docutils does not define but the site's builder may: Sphinx's
/// roles and directives (`:doc:`, `code-block`), substitutions and targets defined in other files.
/// Its text is kept as written; a warning would only be noise on every Sphinx page.
fn names_unknown_here(message: &str) -> bool {
    [
        "Unknown interpreted text role",
        "Unknown directive type",
        "Undefined substitution referenced",
        "Unknown target name",
    ]
    .iter()
    .any(|p| message.starts_with(p))
}

/// The system messages among `blocks` and in their sections, in page order.
fn rst_messages<'a>(blocks: &'a [rst::Block], out: &mut Vec<&'a rst::SystemMessage>) {
    for block in blocks {
        match block {
            rst::Block::SystemMessage(m) => out.push(m),
            rst::Block::Section(s) => rst_messages(&s.children, out),
            _ => {}
        }
    }
}
