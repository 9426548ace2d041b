//! Every organisation of the season, known before its ideas are (issue 35): `ideas orgs` lists
//! them with their ideas counted, and an empty skill filter names the organisations the
//! programme tags with the skill.

use serde_json::Value;
use std::process::{Command, Output};

fn ideas(args: &[&str]) -> Output {
    let cache = std::env::temp_dir().join(format!("ideas-orgs-nocache-{}", std::process::id()));
    Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(args)
        .env("IDEAS_CACHE_DIR", cache)
        .env("NO_COLOR", "1")
        .env_remove("IDEAS_PATH")
        .output()
        .expect("run ideas")
}

#[test]
fn orgs_lists_every_gsoc_2026_organisation_with_its_ideas_counted() {
    let out = ideas(&["orgs", "--program", "gsoc", "--year", "2026", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    // The programme's 185 organisations, each with its ideas link; an organisation whose GSoC
    // 2026 page the catalog holds but the programme did not list (ASWF's) follows, without one.
    let listed_orgs = rows.iter().filter(|r| r["ideas_url"].as_str().is_some());
    assert_eq!(listed_orgs.count(), 185, "{rows:?}");
    assert!(rows
        .iter()
        .filter(|r| r["ideas_url"].is_null())
        .all(|r| r["ideas"].as_u64().unwrap() > 0));
    // The catalog's ideas are counted under the programme's names (aliases included).
    let count = |name: &str| rows.iter().find(|r| r["org"] == name).unwrap()["ideas"].clone();
    assert!(count("CCExtractor Development").as_u64().unwrap() > 0);
    assert!(count("Alaska").as_u64().unwrap() > 0);
    let total: u64 = rows.iter().map(|r| r["ideas"].as_u64().unwrap()).sum();
    let listed = ideas(&[
        "list",
        "--program",
        "gsoc",
        "--year",
        "2026",
        "--format",
        "ids",
    ]);
    assert_eq!(
        total as usize,
        String::from_utf8_lossy(&listed.stdout).lines().count()
    );
    // The CNCF projects of the LFX terms are known too.
    let lfx = ideas(&["orgs", "--program", "lfx", "--year", "2026", "--json"]);
    let lfx: Value = serde_json::from_slice(&lfx.stdout).unwrap();
    assert!(lfx.as_array().unwrap().iter().any(|r| r["org"] == "Jaeger"));
}

#[test]
fn an_empty_skill_filter_names_the_organisations_tagged_with_it() {
    let out = ideas(&[
        "list",
        "--skill",
        "go",
        "--org",
        "no such org",
        "--year",
        "2026",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("organisations tagged go by their programme"),
        "{err}"
    );
    assert!(
        err.contains("AboutCode  https://github.com/aboutcode-org/"),
        "{err}"
    );
}

/// A name as its spellings agree: lower-case letters and digits.
fn key(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[test]
fn each_cncf_project_is_listed_once_whatever_spelling_its_terms_use() {
    // The terms' pages call one project "WasmEdge" and "WasmEdge Runtime", "kthena" and
    // "volcano/kthena" (.ci/build-orgs.py merges such spellings into one organisation).
    let out = ideas(&["orgs", "--program", "lfx", "--year", "2026", "--json"]);
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["ideas_url"].is_string())
        .map(|r| r["org"].as_str().unwrap())
        .collect();
    assert!(names.len() > 40, "{names:?}");
    for a in &names {
        for b in &names {
            let (ka, kb) = (key(a), key(b));
            let runtime = format!("{ka}runtime");
            let sub = b.rsplit('/').next().unwrap_or(b);
            assert!(
                a == b || (ka != kb && kb != runtime && (!b.contains('/') || key(sub) != ka)),
                "{a} and {b} are one project"
            );
        }
    }
    let wasm: Vec<&Value> = rows
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| key(r["org"].as_str().unwrap()).starts_with("wasmedge"))
        .collect();
    assert_eq!(wasm.len(), 1, "{wasm:?}");
    // Its ideas of every term are counted there.
    let listed = ideas(&[
        "list",
        "--org",
        "WasmEdge",
        "--program",
        "lfx",
        "--year",
        "2026",
        "--format",
        "ids",
    ]);
    assert_eq!(
        wasm[0]["ideas"].as_u64().unwrap() as usize,
        String::from_utf8_lossy(&listed.stdout).lines().count()
    );
}
