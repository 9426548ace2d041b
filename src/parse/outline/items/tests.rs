#[test]
fn html_headings_alone_in_their_block() {
    assert_eq!(
        super::super::html::html_heading("<h3>Sensor fusion</h3>\n"),
        Some((3, "Sensor fusion".to_string()))
    );
    assert_eq!(
        super::super::html::html_heading(
            "<H2 id=\"c\"><a href=\"#c\">Calibration  wizard</a></H2>"
        ),
        Some((2, "Calibration wizard".to_string()))
    );
    for not in [
        "<h3>Title</h3>\n<p>and a paragraph</p>",
        "<hr>",
        "<h7>x</h7>",
        "<header>x</header>",
        "<h3></h3>",
        "<h1>a</h1><h2>b</h2>",
    ] {
        assert_eq!(super::super::html::html_heading(not), None, "{not}");
    }
}

use super::*;

fn titles(text: &str, skip: &[Range<usize>]) -> Vec<(usize, String)> {
    let lines = LineIndex::new(text);
    item_titles(text, 0, skip, &lines, 0)
        .into_iter()
        .map(|t| (t.line, t.title))
        .collect()
}

#[test]
fn title_lines_leading_blocks_of_fields_are_titles() {
    let text = "# Ideas\n\n**Title:** Graph layouts\n**Description:** layouts.\n**Mentors:** Ada\n\n---\n\n- Idea title: Export to SVG\n- Description: export.\n- Skills: TypeScript\n";
    assert_eq!(
        titles(text, &[]),
        [
            (3, "Graph layouts".to_string()),
            (9, "Export to SVG".to_string())
        ]
    );
    // One title line is a field of one idea; a title with one field is not a block.
    let one = "Title: Graph layouts\nDescription: x\nMentors: Ada\n";
    assert!(titles(one, &[]).is_empty());
    let thin = "Title: A\nMentors: Ada\n\nTitle: B\nMentors: Bo\n";
    assert!(titles(thin, &[]).is_empty());
    assert_eq!(title_line("Titles: no"), None);
    assert_eq!(title_line("Title:"), None);
    // Every title label of schemas/labels.toml, however long, in any language.
    assert_eq!(
        title_line("**Project title:** Tide predictor"),
        Some("Tide predictor")
    );
    assert_eq!(title_line("- Proposal Title: Sync"), Some("Sync"));
    assert_eq!(title_line("项目名称：边缘节点自愈"), Some("边缘节点自愈"));
    // Other labels, and a title label without a colon, are not title lines.
    assert_eq!(title_line("Project: Harbor"), None);
    assert_eq!(title_line("Mentors: Ada"), None);
    assert_eq!(title_line("Title of the talk is below"), None);
}

#[test]
fn bold_items_with_nested_fields_are_titles() {
    let text = "# Ideas\n\n1. **Planner stats**\n   - Description: Histograms.\n   - Mentors: Dana\n\n2. __Lag monitor:__\n   - Description: Lag.\n   - Skills: Go\n";
    assert_eq!(
        titles(text, &[]),
        [
            (3, "Planner stats".to_string()),
            (7, "Lag monitor".to_string())
        ]
    );
    // A plain name does as well; a sentence, or an item with one field, does not.
    let text = "1. Realtime notices\n   - Mentors: Ana\n   - Skills: Go\n2. Registry mirror\n   - Mentors: Bo\n   - Size: 90h\n";
    assert_eq!(
        titles(text, &[]),
        [
            (1, "Realtime notices".to_string()),
            (4, "Registry mirror".to_string())
        ]
    );
    let text =
        "- Run the tests first.\n  - Mentors: Ana\n  - Skills: Go\n- Then ask\n  - Mentors: Bo\n";
    assert!(titles(text, &[]).is_empty());
}

#[test]
fn one_bold_item_or_one_field_is_not_a_list_of_ideas() {
    // One item with fields: a group inside an idea.
    let one = "- **Details**\n  - Mentors: A\n  - Skills: Go\n- Other\n";
    assert!(titles(one, &[]).is_empty());
    // Two items, but one field each.
    let thin = "- **A thing**\n  - Mentors: A\n- **B thing**\n  - Mentors: B\n";
    assert!(titles(thin, &[]).is_empty());
    // A label in bold is a field, not a title.
    let labels = "- **Mentors:**\n  - Skills: A\n  - Description: x\n- **Skills:**\n  - Mentors: B\n  - Description: y\n";
    assert!(titles(labels, &[]).is_empty());
    // Bold with more text after it is not only a title.
    let prose = "- **A** and more\n  - Mentors: A\n  - Skills: Go\n- **B** too\n  - Mentors: B\n  - Skills: Go\n";
    assert!(titles(prose, &[]).is_empty());
}

#[test]
fn summaries_of_details_blocks_with_fields_are_titles() {
    let a = "<details>\n<summary><b>Tile renderer</b></summary>\n";
    let b = "<details><summary>Audit   tools</summary>\n";
    let text = format!(
        "{a}\n- Description: GPU.\n- Mentors: Ivo\n</details>\n\n{b}\n- Skills: TS\n- Mentors: Mia\n\n</details>\n"
    );
    let a_at = 0..a.len();
    let b_start = text.find(b).unwrap();
    let skip = [a_at, b_start..b_start + b.len()];
    assert_eq!(
        titles(&text, &skip),
        [
            (2, "Tile renderer".to_string()),
            (8, "Audit tools".to_string())
        ]
    );
    // A single collapsible block is not a list of ideas.
    let one = format!("{a}\n- Description: GPU.\n- Mentors: Ivo\n</details>\n");
    let block = 0..a.len();
    assert!(titles(&one, std::slice::from_ref(&block)).is_empty());
}
