//! Build script: embeds the bundled catalog (`ideas/**/*.md`) into the binary, so the reading
//! commands work from any directory after `cargo install`. The pages are also parsed here, with
//! the same parser the binary uses (its modules are compiled into this script), and the ideas
//! are embedded as JSON: a query on the bundled catalog then starts from parsed ideas instead of
//! parsing 59 pages at every start.

#![allow(dead_code, unused_imports, clippy::all)]

#[path = "model.rs"]
mod model;
#[path = "orgs.rs"]
#[allow(dead_code)]
mod orgs;
#[path = "parse/mod.rs"]
mod parse;
#[path = "skills/mod.rs"]
mod skills;
#[path = "words.rs"]
mod words;

/// The build script has no built-in skill table yet: `SkillTable::bundled` reads the TOML.
mod catalog {
    pub(crate) type SkillLists = (
        &'static [(&'static str, &'static str)],
        &'static [(&'static str, u32)],
        &'static [&'static str],
    );
    pub(crate) fn skill_table() -> Option<SkillLists> {
        None
    }
}

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets this"));
    let ideas_dir = root.join("ideas");
    println!("cargo:rerun-if-changed={}", ideas_dir.display());
    for p in [
        "src/model.rs",
        "src/skills",
        "src/parse",
        "schemas/skills.toml",
        "schemas/labels.toml",
        "schemas/words.toml",
        "schemas/orgs.toml",
        "src/words.rs",
        "src/orgs.rs",
    ] {
        println!("cargo:rerun-if-changed={}", root.join(p).display());
    }
    let mut files = Vec::new();
    collect(&ideas_dir, &mut files);
    files.sort();
    let mut code = String::from(
        "/// The bundled catalog: (path, contents).\npub static FILES: &[(&str, &str)] = &[\n",
    );
    let table = skills::SkillTable::bundled();
    // The table read, for the binary (src/catalog.rs), so that it does not parse the TOML at
    // every start.
    let parts = table.parts();
    let table_code = format!(
        "static SKILLS: &[(&str, &str)] = &{:?};\nstatic PHRASES: &[(&str, u32)] = &{:?};\nstatic AMBIGUOUS: &[&str] = &{:?};\n",
        parts.skills, parts.phrases, parts.ambiguous
    );
    let mut ideas: Vec<model::Idea> = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&root).expect("below the root");
        let rel = rel.to_string_lossy().replace('\\', "/");
        writeln!(
            code,
            "    ({rel:?}, include_str!({:?})),",
            f.display().to_string()
        )
        .unwrap();
        let text = std::fs::read_to_string(f).expect("catalog files are UTF-8");
        let page = parse::parse_page(&rel, &text, table, &parse::Defaults::default());
        if let Some(w) = page.warnings.first() {
            panic!("{rel}:{}: {}", w.line, w.message);
        }
        ideas.extend(page.ideas.into_iter().map(|p| p.idea));
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets this"));
    std::fs::write(out.join("catalog.rs"), code).expect("write catalog.rs");
    std::fs::write(out.join("skills.rs"), table_code).expect("write skills.rs");
    let json = serde_json::to_string(&ideas).expect("ideas serialise");
    std::fs::write(out.join("catalog.json"), json).expect("write catalog.json");
}
