//! `skills_raw` has one shape in every output (issue 37): a page that writes its skills as a
//! Markdown list gives the same one-line text in `list`, `show` and `search` JSON and in the
//! LFX export as a page that writes them on one line.

mod common;

use common::scratch;
use serde_json::Value;
use std::process::Command;

const LISTED: &str = "# GSoC 2026 ideas\n\n## Faster tiles\n\nMake the tile renderer faster.\n\n**Skills:**\n\n- Rust\n- WebAssembly\n\n**Mentors:** Ana Ruiz (@anaruiz)\n";
const ONE_LINE: &str = "# GSoC 2026 ideas\n\n## Faster tiles\n\nMake the tile renderer faster.\n\n**Skills:** Rust, WebAssembly\n\n**Mentors:** Ana Ruiz (@anaruiz)\n";

fn ideas(args: &[&str]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("IDEAS_PATH")
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&ideas(args)).unwrap()
}

#[test]
fn a_listed_skills_text_is_one_line_in_every_output() {
    let dir = scratch("skills-raw");
    for (name, text) in [("listed.md", LISTED), ("one-line.md", ONE_LINE)] {
        let page = dir.join(name);
        std::fs::write(&page, text).unwrap();
        let page = page.to_str().unwrap();
        let want = Value::from("Rust, WebAssembly");
        let list = json(&["list", page, "--format", "json"]);
        assert_eq!(list[0]["skills_raw"], want, "{name}: list");
        let id = list[0]["id"].as_str().unwrap();
        let show = json(&["show", id, page, "--format", "json"]);
        assert_eq!(show["skills_raw"], want, "{name}: show");
        let search = json(&["search", "tiles", page, "--format", "json"]);
        assert_eq!(search[0]["skills_raw"], want, "{name}: search");
        let export = json(&["export", page, "--format", "lfx-json"]);
        assert_eq!(export["programs"][0]["skills"], want, "{name}: export");
    }
}

#[test]
fn the_bundled_catalog_gives_its_skills_text_on_one_line() {
    // Its files list skills in front matter, which the parser reads as a Markdown list.
    let all = json(&["list", "--format", "json"]);
    let ideas = all.as_array().unwrap();
    let texts: Vec<&str> = ideas
        .iter()
        .filter_map(|i| i["skills_raw"].as_str())
        .collect();
    assert!(
        texts.len() > ideas.len() / 2,
        "{} of {}",
        texts.len(),
        ideas.len()
    );
    for t in texts {
        assert!(!t.contains('\n') && !t.starts_with("- "), "{t:?}");
    }
}
