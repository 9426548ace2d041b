//! The bad-input matrix: each kind of hostile or broken file, with the exact behaviour of
//! `ideas list` (and `validate` where it differs). A watchdog fails a case that hangs (this is a
//! hang detector with a generous limit, not a speed measurement: speed is in benches/).

mod common;
use common::{layout_text as fixture, scratch};

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Runs the binary; panics if it has not finished after a minute.
fn run(args: &[&str]) -> Output {
    run_within(args, Duration::from_secs(60))
}

/// Runs the binary; panics if it has not finished within `limit`.
fn run_within(args: &[&str], limit: Duration) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ideas"))
        .args(args)
        .env_remove("IDEAS_PATH")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    // Drain stdout on another thread so a large output cannot block the child.
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut v).unwrap();
        v
    });
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("ideas {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut out = child.wait_with_output().unwrap();
    out.stdout = reader.join().unwrap();
    out
}

fn list(path: &Path) -> (Option<i32>, Vec<Value>, String) {
    let out = run(&["list", path.to_str().unwrap(), "--format", "json"]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Array(vec![]));
    (
        out.status.code(),
        v.as_array().unwrap().clone(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn empty_file() {
    let d = scratch("empty");
    let f = d.0.join("empty.md");
    std::fs::write(&f, "").unwrap();
    let (code, ideas, err) = list(&f);
    assert_eq!(code, Some(1));
    assert!(ideas.is_empty());
    assert!(
        err.contains("empty.md: skipped: no recognisable ideas"),
        "{err}"
    );
    let v = run(&["validate", f.to_str().unwrap(), "--format", "concise"]);
    assert_eq!(v.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&v.stdout).contains("warning[no-ideas]"));
}

#[test]
fn invalid_utf8_bom_and_crlf() {
    let d = scratch("enc");
    let page = fixture("bold-paragraphs.md");
    let lf = d.0.join("lf.md");
    std::fs::write(&lf, &page).unwrap();
    let crlf = d.0.join("crlf.md");
    std::fs::write(&crlf, page.replace('\n', "\r\n")).unwrap();
    let bom = d.0.join("bom.md");
    std::fs::write(&bom, format!("\u{feff}{page}")).unwrap();
    let latin = d.0.join("latin1.md");
    let mut bytes = page.clone().into_bytes();
    bytes.extend_from_slice(b"\nCaf\xe9\n");
    std::fs::write(&latin, bytes).unwrap();

    let strip = |v: Vec<Value>| -> Vec<Value> {
        v.into_iter()
            .map(|mut i| {
                i["source"]["path"] = Value::Null;
                i
            })
            .collect()
    };
    let (_, base, _) = list(&lf);
    assert_eq!(base.len(), 2);
    for f in [&crlf, &bom] {
        let (code, ideas, err) = list(f);
        assert_eq!(code, Some(0), "{err}");
        assert_eq!(strip(ideas), strip(base.clone()), "{}", f.display());
    }
    let (code, ideas, err) = list(&latin);
    assert_eq!(code, Some(0));
    assert_eq!(ideas.len(), 2);
    assert!(
        err.contains("latin1.md:") && err.contains("invalid UTF-8"),
        "{err}"
    );
}

#[test]
fn binary_file_is_skipped_with_a_notice() {
    let d = scratch("binary");
    std::fs::write(
        d.0.join("image.md"),
        [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xff, 0],
    )
    .unwrap();
    std::fs::write(d.0.join("page.md"), fixture("bold-paragraphs.md")).unwrap();
    let (code, ideas, err) = list(&d.0);
    assert_eq!(code, Some(0));
    assert_eq!(ideas.len(), 2);
    assert!(err.contains("image.md: skipped: binary file"), "{err}");
}

#[test]
fn front_matter_errors_name_their_line() {
    let d = scratch("frontmatter");
    let cases: &[(&str, &str, &str)] = &[
        (
            "unclosed.md",
            "---\ntitle: x\nmentors: [a]\n",
            "unclosed.md:1: front-matter opened with '---' is never closed",
        ),
        (
            "toml.md",
            "+++\ntitle = \"x\"\nyear = = 2025\n+++\n",
            "toml.md:3: invalid TOML front-matter",
        ),
        ("yaml.md", "---\ntitle: x\nlist: [1, 2\n---\n", "yaml.md:"),
    ];
    for (name, text, want) in cases {
        let f = d.0.join(name);
        std::fs::write(&f, text).unwrap();
        let (_, _, err) = list(&f);
        assert!(err.contains(want), "{name}: {err}");
    }
}

#[test]
fn yaml_alias_bomb_and_deep_nesting_are_clear_errors() {
    let d = scratch("yamlbomb");
    let mut bomb =
        String::from("---\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
    let mut prev = 'a';
    for c in 'b'..='j' {
        bomb.push_str(&format!(
            "{c}: &{c} [{}]\n",
            vec![format!("*{prev}"); 9].join(",")
        ));
        prev = c;
    }
    bomb.push_str("title: bomb\nmentors: *j\n---\n");
    let f = d.0.join("bomb.md");
    std::fs::write(&f, bomb).unwrap();
    let (code, ideas, err) = list(&f);
    assert_eq!(code, Some(1));
    assert!(ideas.is_empty());
    assert!(
        err.contains("bomb.md:1: invalid YAML front-matter: repetition limit exceeded"),
        "{err}"
    );

    let deep = format!(
        "---\ntitle: deep\nx: {}{}\n---\n",
        "[".repeat(200_000),
        "]".repeat(200_000)
    );
    let f = d.0.join("deep.md");
    std::fs::write(&f, deep).unwrap();
    let (_, _, err) = list(&f);
    assert!(
        err.contains("deep.md:3: front-matter is nested more than 64 levels deep"),
        "{err}"
    );

    let deep_toml = format!(
        "+++\nx = {}{}\n+++\n",
        "[".repeat(200_000),
        "]".repeat(200_000)
    );
    let f = d.0.join("deep-toml.md");
    std::fs::write(&f, deep_toml).unwrap();
    let (_, _, err) = list(&f);
    assert!(
        err.contains("deep-toml.md:2: invalid TOML front-matter"),
        "{err}"
    );
}

#[test]
fn a_fifty_megabyte_page() {
    let d = scratch("big");
    let block = fixture("lfx-bullets.md");
    let ideas_per_block = 5;
    let mut page = String::with_capacity(52 << 20);
    let mut blocks = 0;
    while page.len() < 50 << 20 {
        page.push_str(&block.replace("### Lighthouse", &format!("### Lighthouse {blocks}")));
        page.push('\n');
        blocks += 1;
    }
    let f = d.0.join("big.md");
    std::fs::write(&f, &page).unwrap();
    // Unoptimised test builds take about 30 s here (release: under 4 s); the limit only
    // catches a hang or a quadratic blow-up.
    let out = run_within(
        &["list", f.to_str().unwrap(), "--format", "ids"],
        Duration::from_secs(600),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).lines().count(),
        blocks * ideas_per_block
    );
}

#[cfg(unix)]
#[test]
fn symlink_loops_do_not_hang() {
    let d = scratch("loops");
    std::fs::create_dir_all(d.0.join("a/b")).unwrap();
    std::fs::write(d.0.join("a/b/page.md"), fixture("bold-paragraphs.md")).unwrap();
    std::os::unix::fs::symlink(d.0.join("a"), d.0.join("a/b/loop")).unwrap();
    std::os::unix::fs::symlink(d.0.join("a/b"), d.0.join("a/b/self")).unwrap();
    std::os::unix::fs::symlink("x.md", d.0.join("y.md")).unwrap();
    std::os::unix::fs::symlink("y.md", d.0.join("x.md")).unwrap();
    let (code, ideas, _) = list(&d.0);
    assert_eq!(code, Some(0));
    assert_eq!(ideas.len(), 2, "each real file is read once");
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_warns_and_the_rest_is_processed() {
    use std::os::unix::fs::PermissionsExt;
    let d = scratch("unreadable");
    std::fs::write(d.0.join("good.md"), fixture("bold-paragraphs.md")).unwrap();
    // A file whose reads fail even for root: /proc/self/mem cannot be read from offset 0.
    std::os::unix::fs::symlink("/proc/self/mem", d.0.join("broken.md")).unwrap();
    let locked = d.0.join("locked.md");
    std::fs::write(&locked, fixture("table-rows.md")).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let readable_anyway = std::fs::read(&locked).is_ok(); // true when the tests run as root
    let (code, ideas, err) = list(&d.0);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("broken.md: cannot read"), "{err}");
    if readable_anyway {
        assert_eq!(ideas.len(), 4, "root reads the locked file: {err}");
    } else {
        assert!(
            err.contains("locked.md: cannot read: permission denied"),
            "{err}"
        );
        assert_eq!(ideas.len(), 2);
    }
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o644)).unwrap();
}

#[test]
fn a_missing_path_exits_two_and_the_rest_is_listed() {
    let d = scratch("missing");
    let good = d.0.join("good.md");
    std::fs::write(&good, fixture("bold-paragraphs.md")).unwrap();
    let out = run(&[
        "list",
        "/no/such/dir",
        good.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("error: /no/such/dir: no such file or directory"));
}

#[test]
fn ten_thousand_files_in_one_folder() {
    let d = scratch("many");
    for i in 0..10_000 {
        std::fs::write(
            d.0.join(format!("idea-{i:05}.md")),
            format!("---\ntitle: \"Idea {i}\"\norg: Many\nskills: [Go]\n---\n"),
        )
        .unwrap();
    }
    let out = run(&[
        "list",
        d.0.to_str().unwrap(),
        "--format",
        "ids",
        "--sort",
        "page",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let ids: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(ids.len(), 10_000);
    assert_eq!(ids[0], "many-idea-0");
    assert_eq!(ids[9_999], "many-idea-9999");
}
