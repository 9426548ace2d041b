//! The whole page as one idea: shared by the recognisers of one-idea pages (front-matter,
//! a title field, a file name).

use crate::parse::builder::{IdeaBuilder, PageContext};
use crate::parse::frontmatter::FrontMatter;
use crate::parse::idea::ParsedIdea;
use crate::parse::outline::{Anchor, Outline};

/// The whole page as one idea: a file whose front-matter describes it, or (with `fm`
/// `None`) a file of field sections titled by its name.
pub(crate) fn single_idea(
    doc: &Outline<'_>,
    fm: Option<&FrontMatter>,
    title: String,
    ctx: &PageContext,
) -> ParsedIdea {
    let anchors: Vec<&Anchor> = doc.anchors.iter().collect();
    let lead_end = anchors.first().map_or(doc.text.len(), |a| a.start);
    let body_start = doc.preamble.start;
    let lead = (
        body_start..lead_end.max(body_start),
        doc.lines_index.line(body_start),
    );
    let mut b = IdeaBuilder::new(title, 1, ctx);
    if let Some(fm) = fm {
        b.apply_front_matter(fm);
    }
    b.collect(doc.text, &anchors, Some(lead));
    b.finish(ctx)
}
