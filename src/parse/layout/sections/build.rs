//! One idea of a heading the selection chose: its title (the heading's, or the title field of
//! a heading that is only a number, or the bold line a sub-project's heading puts over each
//! idea), its context and its fields.

use super::*;

/// Whether the ideas' headings name sub-projects and a bold line opens each section with the
/// idea's title ("### Layotto" over "**Layotto 集成 Istio**" and its fields): two such
/// sections at least, most of the ideas, and no two bold titles the same.
pub(super) fn titled_below(doc: &Outline<'_>) -> bool {
    let titles: Vec<&str> = (doc.selected.iter())
        .filter_map(|sel| lead_bold_title(doc, sel))
        .collect();
    let distinct = (titles.iter()).all(|t| titles.iter().filter(|u| *u == t).count() == 1);
    titles.len() >= 2 && titles.len() * 2 > doc.selected.len() && distinct
}

/// The bold line alone that opens an idea's section, before its first field, when it is a
/// title: not a label ("**Description**"), not a sentence with a colon.
fn lead_bold_title<'t>(doc: &Outline<'t>, sel: &Selected) -> Option<&'t str> {
    let h = &doc.headings[sel.heading];
    // (A sub-project's name is short; a bold line of the idea's size, "**Full-time project
    // 350h**" under "### QX-101 Faster bulk load", is no title.)
    if clean_title(&h.text).split_whitespace().count() > 3 {
        return None;
    }
    let first_anchor = (sel.anchors.first()).map_or(h.body.end, |&a| doc.anchors[a].start);
    let lead = doc.text.get(h.body.start..first_anchor.min(h.body.end))?;
    let line = lead.lines().map(str::trim).find(|l| !l.is_empty())?;
    let no_facts = |t: &&str| {
        let (_, hours, level) = split_title_facts(t);
        hours.is_empty() && level.is_none()
    };
    fields::bold_only(line)
        .filter(no_facts)
        .filter(|t| !line.contains(':') && !t.contains(':'))
        .filter(|_| fields::find_label(line, false).is_none())
        .filter(|t| !clean_title(t).is_empty())
}

pub(super) fn build_idea(
    doc: &Outline<'_>,
    sel: &Selected,
    ctx: &PageContext,
    titled_below: bool,
) -> ParsedIdea {
    let h = &doc.headings[sel.heading];
    // "#### 3.1 Difficulty: Hard", "### Additional Info:": a part of the idea its parent names.
    let parent = doc
        .parent(sel.heading)
        .filter(|_| is_part_heading(&h.text))
        .map(|p| &doc.headings[p]);
    let named_by = parent.unwrap_or(h);
    let (org, status) = doc.heading_context(named_by.line, named_by.level);
    // A field heading above the idea's own level ("## Contact" after "### Offline charts")
    // is about the page: it and what follows are not the idea's. (Titles below every heading
    // level, bold lines, have none above them.)
    let anchors: Vec<&Anchor> = sel
        .anchors
        .iter()
        .map(|&i| &doc.anchors[i])
        .take_while(|a| !(a.heading && a.level < h.level && h.level < 6))
        .collect();
    // Unlabelled text directly under the title, before the first label.
    let first_anchor_start = anchors.first().map_or(h.body.end, |a| a.start);
    let lead_end = first_anchor_start.min(h.body.end).max(h.body.start);
    let lead = (h.body.start..lead_end, doc.lines_index.line(h.body.start));
    // "#### Actor Supervision ([@ada-l](https://github.com/ada-l))": the person linked after
    // the title mentors the idea.
    // (The heading's line as written: its text has lost the link.)
    let start = doc.lines_index.start(named_by.line).min(doc.text.len());
    let line = doc.text[start..].lines().next().unwrap_or("");
    let linked = crate::parse::mentors::linked_after_title(line.trim_start_matches('#'));
    let mut heading_title = match &linked {
        Some((at, _)) => clean_title(&line.trim_start_matches('#')[..*at]),
        None => clean_title(&named_by.text),
    };
    // "## 项目一" over "### 项目名称" / "边缘节点自愈", "#### Task 1 Function enhancement" over
    // "1. Name：HA proxy": the title field names the idea, the heading only numbers it (and
    // perhaps names its group).
    if is_number_only_title(&heading_title) || numbering_word(&named_by.text).is_some() {
        if let Some(named) = anchors
            .iter()
            .filter(|a| a.field == Field::Title)
            .find_map(|a| first_item(&a.value(doc.text)))
        {
            heading_title = clean_title(&named);
        }
    }
    // ("### Layotto" over "**Layotto 集成 Istio**": the heading names the idea's sub-project.)
    let mut org = org;
    if let Some(bold) = lead_bold_title(doc, sel).filter(|_| titled_below) {
        org = Some(heading_title);
        heading_title = clean_title(bold);
    }
    let (title, title_size, title_level) = split_title_facts(&heading_title);
    let mut b = IdeaBuilder::new(title, h.line, ctx);
    b.org_heading = org;
    b.status = status;
    if let Some(year) = doc.heading_year(named_by.line, named_by.level) {
        b.year = Some(year);
    }
    b.collect(doc.text, &anchors, Some(lead));
    if let Some((_, people)) = linked.filter(|_| b.mentors.is_empty()) {
        crate::parse::mentors::add_people(&mut b.mentors, people);
    }
    if b.upstream.is_empty() {
        // "### [Faster tiles](https://github.com/o/r/issues/12)": the title links its issue.
        let start = doc.lines_index.start(h.line).min(doc.text.len());
        let line = doc.text[start..].lines().next().unwrap_or("");
        b.upstream = extract_urls(line)
            .into_iter()
            .filter(|u| is_issue_url(u))
            .collect();
    }
    if b.hours.is_empty() {
        b.hours = title_size;
    }
    b.difficulty = b.difficulty.or(title_level);
    b.finish(ctx)
}
