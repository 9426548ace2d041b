//! Any text is a possible issue body: the form functions never panic on it, and every finding
//! points at a line that exists (or line 1 of an empty body) and a column within that line.

use ideas::form::proposal::read_proposal;
use ideas::form::{builtin, check_body};
use proptest::prelude::*;

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("### CNCF Project\n".to_string()),
        Just("### Term\n".to_string()),
        Just("### Program Name\n".to_string()),
        Just("### Program Description\n".to_string()),
        Just("### Technologies\n".to_string()),
        Just("### Skills same as Technologies?\n".to_string()),
        Just("### Required/Desirable Skills\n".to_string()),
        Just("### Mentors\n".to_string()),
        Just("### Upstream Issue URL\n".to_string()),
        Just("### Application Prerequisites\n".to_string()),
        Just("### Coding Challenge URL\n".to_string()),
        Just("### Custom Prerequisites\n".to_string()),
        Just("_No response_\n".to_string()),
        Just("- [X] Coding Challenge\n".to_string()),
        Just("- [x] Custom Prerequisite (fill in details below)\n".to_string()),
        Just(
            "- [X] Yes, the required skills are the same as the technologies listed above.\n"
                .to_string()
        ),
        Just("Ada | @ada | a@x.org | ada\n".to_string()),
        Just("| | | | | |\n".to_string()),
        Just("https://github.com/o/r/issues/1, https://x\n".to_string()),
        Just("[x](https://e.org)\n".to_string()),
        Just("```\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\u{2028}".to_string()),
        Just("\u{feff}".to_string()),
        Just("###   ".to_string()),
        Just(" <!-- lfx-url:start -->".to_string()),
        Just("<!-- lfx-url:end -->\n".to_string()),
        Just("- [\u{1f600}] - [x] Coding Challenge\n".to_string()),
        "[^\n]{0,40}\n",
        "\\PC{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn bodies_never_panic_and_positions_exist(parts in prop::collection::vec(fragment(), 0..40)) {
        let text: String = parts.concat();
        let findings = check_body(builtin(), "b.md", &text);
        let lines: Vec<&str> = text.lines().collect();
        for f in &findings {
            prop_assert!(f.line >= 1 && f.line <= lines.len().max(1), "{f:?}");
            let width = lines.get(f.line - 1).map_or(0, |l| l.chars().count());
            prop_assert!(f.column >= 1 && f.column <= width + 1, "{f:?} in {:?}", lines.get(f.line - 1));
        }
        let _ = read_proposal(builtin(), &text);
    }

}
