//! Build script: embeds the bundled catalog (`ideas/**/*.md`) into the binary, so `ideas list`
//! works from any directory after `cargo install`.

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
    let ideas = root.join("ideas");
    println!("cargo:rerun-if-changed={}", ideas.display());
    let mut files = Vec::new();
    collect(&ideas, &mut files);
    files.sort();
    let mut code = String::from(
        "/// The bundled catalog: (path, contents).\npub static FILES: &[(&str, &str)] = &[\n",
    );
    for f in &files {
        let rel = f.strip_prefix(&root).expect("below the root");
        let rel = rel.to_string_lossy().replace('\\', "/");
        writeln!(
            code,
            "    ({rel:?}, include_str!({:?})),",
            f.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets this")).join("catalog.rs");
    std::fs::write(out, code).expect("write catalog.rs");
}
