use super::*;

#[test]
fn the_programme_of_a_path_comes_from_its_name_or_nearest_folders() {
    use crate::model::Program;
    let lfx = Some(Program::Lfx);
    assert_eq!(
        program_from_path("programs/lfx-mentorship/2026/01-Mar-May/README.md"),
        lfx
    );
    assert_eq!(program_from_path("gsoc/2026/ideas.md"), Some(Program::Gsoc));
    assert_eq!(
        program_from_path("summer-of-code-ideas.md"),
        Some(Program::Gsoc)
    );
    assert_eq!(program_from_path("/home/gsoc/a/b/c/ideas.md"), None);
    assert_eq!(program_from_path("docs/ideas.md"), None);
}

#[test]
fn the_year_of_a_path_comes_from_its_name_or_nearest_folders() {
    assert_eq!(year_from_path("gsoc-2024.md"), Some(2024));
    assert_eq!(year_from_path("ideas/gsoc2024.md"), Some(2024));
    assert_eq!(
        year_from_path("programs/lfx/2026/01-Mar-May/README.md"),
        Some(2026)
    );
    assert_eq!(year_from_path("lfx-2025/term-1/ideas.md"), Some(2025));
    // The file name wins over its folder.
    assert_eq!(year_from_path("2025/ideas-2026.md"), Some(2026));
    // Folders far above the page, process ids, hashes and numbers before 2005 are not years.
    assert_eq!(year_from_path("/home/a/2023/src/site/docs/ideas.md"), None);
    assert_eq!(year_from_path("/tmp/ideas-test-1997/page.md"), None);
    assert_eq!(year_from_path("cache/a3f2019bc/page.md"), None);
    // Two years in one name say nothing.
    assert_eq!(year_from_path("2024-2025.md"), None);
    assert_eq!(year_from_path(""), None);
}

#[test]
fn reference_links_resolve() {
    let refs: std::collections::HashMap<String, String> = [
        "[rick]: https://github.com/rickrow",
        "  [Sue]: <https://github.com/suestern> \"t\"",
    ]
    .iter()
    .filter_map(|l| ref_def(l))
    .collect();
    assert_eq!(refs.len(), 2);
    assert_eq!(
        resolve_refs("[Rick Row][rick], [Sue][], [x](y), [nope][zz]".into(), &refs),
        "[Rick Row](https://github.com/rickrow), [Sue](https://github.com/suestern), [x](y), [nope][zz]"
    );
    assert_eq!(ref_def("    [a]: indented code"), None);
    assert_eq!(ref_def("[^1]: footnote"), None);
}

#[test]
fn markdown_is_stripped_from_text() {
    assert_eq!(strip_md("[Rick Row][rick] and [Sue][]"), "Rick Row and Sue");
    assert_eq!(strip_md("[A](https://x) **b** `c`"), "A b c");
    assert_eq!(strip_md("Title {% raw %}here{% endraw %}"), "Title here");
    assert_eq!(strip_md("unclosed {% tag"), "unclosed {% tag");
}

#[test]
fn urls_and_refs() {
    assert_eq!(
        extract_urls("[https://x.io/a/issues/1](https://x.io/a/issues/1)."),
        vec!["https://x.io/a/issues/1"]
    );
    assert_eq!(
        github_refs("Tracking issue: kubeflow/trainer#2432 and spark-operator#2422"),
        vec!["https://github.com/kubeflow/trainer/issues/2432"]
    );
    assert!(github_refs("https://github.com/a/b#readme").is_empty());
}

#[test]
fn blocks_are_tidied() {
    assert_eq!(clean_block("  a\n    b\n\n\n  c\n\n---\n"), "a\n  b\n\nc");
    assert_eq!(clean_block("x<br/>y"), "x\ny");
    assert_eq!(clean_block(" | "), "");
}

#[test]
fn difficulty_is_read_from_the_first_line() {
    let cases = [
        (
            "**Medium to difficult**, you will need:\n\n * basic C++",
            "medium-hard",
        ),
        ("\nmedium\n", "medium"),
        ("Medium or hard.", "medium-hard"),
        ("**Easy to medium**\n\nHigh impact work", "easy-medium"),
        ("\n- Project 1: medium\n- Project 2: hard\n", "medium-hard"),
        // A level alone, then sentences that explain it: the level.
        (
            "Medium. The first part is easy; the last part is challenging.",
            "medium",
        ),
        ("Some of it is medium. The rest is hard.", "medium-hard"),
    ];
    for (text, want) in cases {
        let got = difficulty_in(text).map(|d| d.to_string());
        assert_eq!(got.as_deref(), Some(want), "{text:?}");
    }
    assert_eq!(first_paragraph("a\nb\n\nc"), ("a\nb\n", "\nc"));
    assert_eq!(
        list_items("You need:\n * C++\n   (modern)\n * Go\nThanks"),
        " * C++\n   (modern)\n * Go"
    );
}
/// The first version of [`clean_block`] (a `String` per line), which the borrowing
/// version is checked against.
fn reference_clean_block(s: &str) -> String {
    let s = replace_br(s, "\n");
    let mut lines: Vec<&str> = s.lines().map(|l| l.trim_end()).collect();
    while lines
        .last()
        .is_some_and(|l| l.trim().is_empty() || is_thematic_break(l) || l.trim() == "&nbsp;")
    {
        lines.pop();
    }
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    for l in lines {
        let l = if l.len() >= indent && l.is_char_boundary(indent) {
            &l[indent..]
        } else {
            l.trim_start()
        };
        let blank = l.trim().is_empty();
        if blank && out.last().is_some_and(|p| p.is_empty()) {
            continue;
        }
        out.push(if blank { String::new() } else { l.to_string() });
    }
    while out
        .last()
        .is_some_and(|l| l.is_empty() || is_thematic_break(l) || l.trim() == "&nbsp;")
    {
        out.pop();
    }
    while out.first().is_some_and(|l| l.is_empty()) {
        out.remove(0);
    }
    let joined = out.join("\n");
    let t = joined.trim();
    if t == "|" || t == ">" {
        String::new()
    } else {
        t.to_string()
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: 3000,
        failure_persistence: None,
        ..Default::default()
    })]
    #[test]
    fn clean_block_is_the_reference(text in "([ \\t]{0,3}(-{3}|\\*\\*\\*|&nbsp;|<br>|<BR/>|</br >|<b>|\\||>|[a-zé]{1,5}|)[ \\t]{0,2}\n?){0,8}") {
        proptest::prop_assert_eq!(clean_block(&text), reference_clean_block(&text));
    }
}
