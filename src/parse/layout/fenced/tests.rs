use super::block::{idea_kinds, top_keys, Key, Syntax};
use super::*;

fn keys(content: &str, syntax: Syntax) -> Option<Vec<Key>> {
    let lines: Vec<String> = content.lines().map(str::to_string).collect();
    top_keys(&lines, syntax, 10)
}

#[test]
fn top_level_keys_with_their_values() {
    let k = keys(
        "mentors:\n  - Ana Lima\n  - Bo Ng\nskills: [Go]\n# note\ndifficulty: hard\n",
        Syntax::Yaml,
    )
    .unwrap();
    let names: Vec<&str> = k.iter().map(|k| k.name.as_str()).collect();
    assert_eq!(names, ["mentors", "skills", "difficulty"]);
    assert_eq!((k[0].line, k[0].value_line), (10, 11));
    assert_eq!(k[0].value, "- Ana Lima\n- Bo Ng");
    assert_eq!((k[2].line, k[2].value.as_str()), (15, "hard"));
    assert_eq!(idea_kinds(&k), 3);
}

#[test]
fn toml_keys_and_tables() {
    let k = keys(
        "title = \"Tiles\"\nskills = [\"Rust\"]\n[[mentors]]\nname = \"A\"\n",
        Syntax::Toml,
    )
    .unwrap();
    let names: Vec<&str> = k.iter().map(|k| k.name.as_str()).collect();
    assert_eq!(names, ["title", "skills", "mentors"]);
    assert_eq!(idea_kinds(&k), 2);
}

#[test]
fn plain_blocks_must_be_all_keys() {
    assert!(keys("mentors: A\nskills: B\n", Syntax::Plain).is_some());
    assert!(keys("mentors: A\nrun the tests\n", Syntax::Plain).is_none());
    // A URL is no key ("https:" is followed by "//").
    assert!(keys("https://example.org\nmentors: A\n", Syntax::Plain).is_none());
}

#[test]
fn keys_of_other_spellings_are_renamed_for_the_reader() {
    let v: Value =
        serde_json::json!({"summary": "Make it fast.", "tech stack": ["Rust"], "skills": ["Go"]});
    let Value::Object(m) = v else { unreachable!() };
    let fm = frontmatter::read_keys(&canonical_map(&m));
    assert_eq!(fm.description.as_deref(), Some("Make it fast."));
    // "skills" is there: "tech stack" keeps its name, which the reader knows as a label of
    // skills too.
    assert_eq!(fm.skills, ["Go", "Rust"]);
}
