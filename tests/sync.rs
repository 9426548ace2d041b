//! `ideas sync` against a real HTTP server on 127.0.0.1 (tests/sync_support): fetching,
//! conditional requests, failures that keep the previous copy, limits, redirects, a damaged
//! index, the lock, and the reading commands answering from the index. No test reaches the
//! internet.

mod common;
mod sync_support;

use serde_json::Value;
use std::path::Path;
use std::time::Duration;
use sync_support::place::{bundled_ids, stderr, Place};
use sync_support::{Reply, Server};

const V1: &str = include_str!("fixtures/sync/ideas-v1.md");
const V2: &str = include_str!("fixtures/sync/ideas-v2.md");
const MOVED: &str = include_str!("fixtures/sync/moved.md");

const CLI: &str = "lfx-2026-lantern-lantern-cli-for-offline-catalogs";
const DASHBOARD: &str = "lfx-2026-lantern-lantern-metrics-dashboard";
const PLUGIN: &str = "lfx-2026-lantern-lantern-plugin-loader";

#[test]
fn a_synced_page_is_what_the_reading_commands_list() {
    let server = Server::start();
    server.route("/ideas.md", |_, _| Reply::ok(V1));
    let place = Place::new("first");
    let out = place.sync(&[server.url("/ideas.md")], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("synced 1 sources: 1 fresh, 0 unchanged, 0 failed; 2 new ideas, 0 changed, 0 withdrawn;"),
        "{}",
        stderr(&out)
    );
    assert_eq!(place.ids(&[]), vec![CLI, DASHBOARD]);
    assert_eq!(place.ids(&["--skill", "go"]), vec![CLI]);
    // The index keeps facts and details apart: JSON has both, the plain lines need only facts.
    // (--org: the bundled catalog's ideas are listed too.)
    let json = place.run(&[
        "list", "--skill", "go", "--org", "Lantern", "--format", "json",
    ]);
    let listed: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(listed[0]["id"], CLI);
    assert!(listed[0]["description"]
        .as_str()
        .unwrap()
        .contains("on a train"));
    assert_eq!(listed[0]["source"]["url"], server.url("/ideas.md"));
    assert!(!listed[0]["mentors"].as_array().unwrap().is_empty());
    // CSV carries the upstream issue, which the index keeps with the details.
    let csv = place.run(&[
        "list", "--skill", "go", "--org", "Lantern", "--format", "csv",
    ]);
    let csv = String::from_utf8_lossy(&csv.stdout).into_owned();
    assert!(
        csv.contains("https://github.com/example/lantern/issues/11"),
        "{csv}"
    );
    let plain = place.run(&["list", "--skill", "go", "--org", "Lantern"]);
    let plain = String::from_utf8_lossy(&plain.stdout).into_owned();
    // Piped: a header line, then the ideas (issue 37).
    let first = plain.lines().nth(1).unwrap_or_default();
    assert!(first.starts_with(CLI) && first.contains('\t'), "{plain}");
    // A search on the index ranks and scores as a search of the page itself does.
    let page = place.dir.join("v1.md");
    std::fs::write(&page, V1).unwrap();
    for query in [
        "lantern",
        "dashboard metrics",
        "\"offline catalogs\"",
        "ada",
        "golang",
    ] {
        let ranked = |extra: &[&str]| -> Vec<(String, f64, String)> {
            let mut args = vec!["search", query, "--org", "Lantern", "--format", "json"];
            args.extend_from_slice(extra);
            let out = place.run(&args);
            let hits: Value = serde_json::from_slice(&out.stdout).unwrap();
            hits.as_array()
                .unwrap()
                .iter()
                .map(|h| {
                    let text = |k: &str| h[k].as_str().unwrap().to_string();
                    (text("title"), h["score"].as_f64().unwrap(), text("context"))
                })
                .collect()
        };
        let indexed = ranked(&[]);
        assert!(!indexed.is_empty(), "{query}");
        assert_eq!(indexed, ranked(&[page.to_str().unwrap()]), "{query}");
    }
    // --bundled reads the catalog compiled in, which has none of these.
    let bundled = place.all_ids(&["--bundled"]);
    assert!(!bundled.is_empty() && !bundled.contains(&CLI.to_string()));
    // Never less: the synced index holds every bundled idea besides the synced ones.
    place.assert_at_least_bundled();
    // A path still wins over the index.
    let page = place.dir.join("page.md");
    std::fs::write(&page, V2).unwrap();
    assert_eq!(
        place.ids(&[page.to_str().unwrap()]),
        vec![
            "2026-lantern-lantern-cli-for-offline-catalogs",
            "2026-lantern-lantern-plugin-loader"
        ]
    );
    // show reads the synced text.
    let show = place.run(&["show", CLI, "--format", "json"]);
    let idea: Value = serde_json::from_slice(&show.stdout).unwrap();
    assert!(idea["description"].as_str().unwrap().contains("on a train"));
    assert_eq!(idea["source"]["url"], server.url("/ideas.md"));

    let sources = place.sources();
    assert_eq!(sources.len(), 1);
    assert_eq!(sources[0]["status"], "fresh");
    assert_eq!(sources[0]["ideas"], 2);
    assert!(sources[0]["last_sync"].as_str().unwrap().ends_with("UTC"));
    // The request named the tool and sent nothing it did not need.
    let request = &server.requests("/ideas.md")[0];
    assert!(request.header("user-agent").unwrap().starts_with("ideas/"));
    assert!(request.header("cookie").is_none() && request.header("authorization").is_none());
}

#[test]
fn an_unchanged_page_costs_a_304_by_etag_and_by_last_modified() {
    let server = Server::start();
    server.route("/etag.md", |r, _| {
        if r.header("if-none-match") == Some("\"v1\"") {
            Reply::status(304)
        } else {
            Reply::ok(V1).with("ETag", "\"v1\"")
        }
    });
    let date = "Wed, 21 Oct 2026 07:28:00 GMT";
    server.route("/dated.md", move |r, _| {
        if r.header("if-modified-since") == Some(date) {
            Reply::status(304)
        } else {
            Reply::ok(V2).with("Last-Modified", date)
        }
    });
    let place = Place::new("304");
    let urls = [server.url("/etag.md"), server.url("/dated.md")];
    assert_eq!(place.sync(&urls, &[]).status.code(), Some(0));
    let again = place.sync(&urls, &[]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert!(
        stderr(&again)
            .contains("0 fresh, 2 unchanged, 0 failed; 0 new ideas, 0 changed, 0 withdrawn"),
        "{}",
        stderr(&again)
    );
    assert_eq!(server.requests("/etag.md").len(), 2);
    assert_eq!(
        server.requests("/dated.md")[1].header("if-modified-since"),
        Some(date)
    );
    let statuses: Vec<_> = place
        .sources()
        .iter()
        .map(|s| s["status"].clone())
        .collect();
    assert_eq!(statuses, ["unchanged", "unchanged"]);
    let mut ids = place.ids(&[]);
    ids.sort();
    assert_eq!(ids, vec![CLI, DASHBOARD, PLUGIN]);
}

#[test]
fn a_404_is_named_and_the_previous_copy_kept() {
    let server = Server::start();
    server.route("/ideas.md", |_, n| {
        if n == 1 {
            Reply::ok(V1)
        } else {
            Reply::status(404)
        }
    });
    let place = Place::new("404");
    let url = server.url("/ideas.md");
    assert_eq!(
        place.sync(std::slice::from_ref(&url), &[]).status.code(),
        Some(0)
    );
    let out = place.sync(std::slice::from_ref(&url), &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "warning: {url}: HTTP 404 Not Found; previous copy kept"
        )),
        "{err}"
    );
    assert!(
        err.contains("1 failed; 0 new ideas, 0 changed, 0 withdrawn"),
        "{err}"
    );
    assert_eq!(
        server.requests("/ideas.md").len(),
        2,
        "a 404 is not retried"
    );
    assert_eq!(place.ids(&[]), vec![CLI, DASHBOARD]);
    let s = &place.sources()[0];
    assert_eq!(s["status"], "failed");
    assert_eq!(s["ideas"], 2);
}

#[test]
fn a_500_is_retried_with_backoff_until_it_succeeds_or_the_retries_run_out() {
    let server = Server::start();
    server.route("/flaky.md", |_, n| {
        if n == 1 {
            Reply::status(500)
        } else {
            Reply::ok(V1)
        }
    });
    server.route("/down.md", |_, _| Reply::status(503));
    let place = Place::new("500");
    let out = place.sync(&[server.url("/flaky.md")], &["--retries", "2"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(server.requests("/flaky.md").len(), 2);
    assert_eq!(place.ids(&[]), vec![CLI, DASHBOARD]);

    let out = place.run(&[
        "sync",
        "--source",
        &server.url("/down.md"),
        "--retries",
        "1",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(server.requests("/down.md").len(), 2);
    assert!(
        stderr(&out).contains("HTTP 503 Service Unavailable (after 2 attempts); no previous copy"),
        "{}",
        stderr(&out)
    );
    // --source synced that URL alone: the other source and its ideas are still there.
    assert_eq!(place.ids(&[]), vec![CLI, DASHBOARD]);
    assert_eq!(place.sources().len(), 2);
}

#[test]
fn a_slow_server_hits_the_timeout() {
    let server = Server::start();
    server.route("/slow.md", |_, _| {
        Reply::Slow(Duration::from_secs(4), Box::new(Reply::ok(V1)))
    });
    let place = Place::new("slow");
    let registry = place.registry(&[server.url("/slow.md")]);
    let out = place.run(&[
        "sync",
        "--sources",
        &registry,
        "--timeout",
        "1",
        "--retries",
        "0",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("timed out; no previous copy"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_truncated_body_is_refused_and_the_previous_copy_kept() {
    let server = Server::start();
    server.route("/ideas.md", |_, n| {
        if n == 1 {
            Reply::ok(V2)
        } else {
            Reply::Truncated {
                declared: V1.len(),
                body: V1.as_bytes()[..V1.len() / 2].to_vec(),
            }
        }
    });
    let place = Place::new("truncated");
    let url = server.url("/ideas.md");
    assert_eq!(
        place.sync(std::slice::from_ref(&url), &[]).status.code(),
        Some(0)
    );
    let out = place.sync(&[url], &["--retries", "0"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("body cut short"), "{}", stderr(&out));
    assert_eq!(place.ids(&[]), vec![CLI, PLUGIN]);
}

#[test]
fn a_page_that_no_longer_parses_keeps_its_previous_copy_and_changes_are_counted() {
    let server = Server::start();
    server.route("/ideas.md", |_, n| match n {
        1 => Reply::ok(V1),
        2 => Reply::ok(V2),
        _ => Reply::ok(MOVED),
    });
    let place = Place::new("unparsable");
    let url = server.url("/ideas.md");
    assert_eq!(
        place.sync(std::slice::from_ref(&url), &[]).status.code(),
        Some(0)
    );
    let second = place.sync(std::slice::from_ref(&url), &[]);
    assert!(
        stderr(&second).contains("1 new ideas, 1 changed, 1 withdrawn")
            && stderr(&second).contains(&format!("{url}: 1 new, 1 changed, 1 withdrawn")),
        "{}",
        stderr(&second)
    );
    let third = place.sync(std::slice::from_ref(&url), &[]);
    assert_eq!(third.status.code(), Some(1));
    assert!(
        stderr(&third)
            .contains("the new copy holds no ideas (the previous one had 2); previous copy kept"),
        "{}",
        stderr(&third)
    );
    assert_eq!(place.ids(&[]), vec![CLI, PLUGIN]);
    // The cache still holds the good copy: an offline rebuild finds the same ideas.
    std::fs::remove_file(place.cache().join("index.jsonl")).unwrap();
    let offline = place.sync(&[url], &["--offline"]);
    assert_eq!(offline.status.code(), Some(0), "{}", stderr(&offline));
    assert!(
        stderr(&offline).contains("1 read from the cache"),
        "{}",
        stderr(&offline)
    );
    assert_eq!(place.ids(&[]), vec![CLI, PLUGIN]);
}

#[test]
fn redirects_are_followed_within_bounds_and_only_to_http_urls() {
    let server = Server::start();
    server.route("/ideas.md", |_, _| Reply::ok(V1));
    server.route("/old.md", |_, _| {
        Reply::status(301).with("Location", "/ideas.md")
    });
    server.route("/loop.md", |_, _| {
        Reply::status(302).with("Location", "/loop.md")
    });
    server.route("/file.md", |_, _| {
        Reply::status(302).with("Location", "file:///etc/passwd")
    });
    let place = Place::new("redirects");
    let out = place.sync(&[server.url("/old.md")], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(place.ids(&[]), vec![CLI, DASHBOARD]);

    let out = place.sync(&[server.url("/loop.md"), server.url("/file.md")], &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("/loop.md: more than 5 redirects"), "{err}");
    assert!(
        err.contains("/file.md: 'file:///etc/passwd' is not an http(s) URL"),
        "{err}"
    );
    assert_eq!(server.requests("/loop.md").len(), 6);
}

#[test]
fn an_oversized_body_is_refused_whether_or_not_its_length_is_announced() {
    let big = "x".repeat(5000);
    let server = Server::start();
    let b = big.clone();
    server.route("/sized.md", move |_, _| Reply::ok(b.clone()));
    server.route("/unsized.md", move |_, _| {
        Reply::Unsized(big.clone().into_bytes())
    });
    server.route("/small.md", |_, _| Reply::Unsized(V1.as_bytes().to_vec()));
    let place = Place::new("oversized");
    let out = place.sync(
        &[
            server.url("/sized.md"),
            server.url("/unsized.md"),
            server.url("/small.md"),
        ],
        &["--max-size", "2000"],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("/sized.md: body larger than the 2000 bytes limit"),
        "{err}"
    );
    assert!(
        err.contains("/unsized.md: body larger than the 2000 bytes limit"),
        "{err}"
    );
    assert!(err.contains("1 fresh, 0 unchanged, 2 failed"), "{err}");
    assert_eq!(place.ids(&[]), vec![CLI, DASHBOARD]);
}

#[test]
fn a_small_gzip_body_that_inflates_past_the_cap_is_refused() {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&vec![b'a'; 1_000_000]).unwrap();
    let bomb = gz.finish().unwrap();
    assert!(bomb.len() < 10_000);
    let server = Server::start();
    server.route("/bomb.md", move |r, _| {
        assert!(r.header("accept-encoding").unwrap_or("").contains("gzip"));
        Reply::ok(bomb.clone()).with("Content-Encoding", "gzip")
    });
    let place = Place::new("gzip");
    let out = place.sync(&[server.url("/bomb.md")], &["--max-size", "100000"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("body larger than the 100000 bytes limit"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_damaged_or_other_version_index_is_rebuilt_from_the_cache_with_a_warning() {
    let server = Server::start();
    server.route("/ideas.md", |_, _| Reply::ok(V1));
    let place = Place::new("corrupt");
    assert_eq!(
        place.sync(&[server.url("/ideas.md")], &[]).status.code(),
        Some(0)
    );
    let index = place.cache().join("index.jsonl");
    let good = std::fs::read(&index).unwrap();
    for (damage, says) in [
        (good[..good.len() / 2].to_vec(), "is damaged"),
        (b"\x00\xffnot json".to_vec(), "is damaged"),
        (
            br#"{"version": 999, "sources": "elsewhere"}"#.to_vec(),
            "is version 999",
        ),
    ] {
        std::fs::write(&index, &damage).unwrap();
        let out = place.run(&["list", "--format", "ids"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(stderr(&out).contains(says), "{}", stderr(&out));
        assert!(stderr(&out).contains("rebuilding it from the cached pages"));
        let listed: Vec<String> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| !bundled_ids().contains(*l))
            .map(str::to_string)
            .collect();
        assert_eq!(listed, vec![CLI, DASHBOARD]);
        // The rebuilt index was saved: the next command reads it without a warning.
        let next = place.run(&["list", "--format", "ids"]);
        assert!(!stderr(&next).contains("rebuilding"), "{}", stderr(&next));
    }
}

#[test]
fn a_sync_waits_for_the_lock_and_two_at_once_leave_a_whole_index() {
    let server = Server::start();
    server.route("/a.md", |_, _| {
        Reply::Slow(Duration::from_millis(300), Box::new(Reply::ok(V1)))
    });
    server.route("/b.md", |_, _| {
        Reply::Slow(Duration::from_millis(300), Box::new(Reply::ok(V2)))
    });
    let place = Place::new("lock");
    let urls = [server.url("/a.md"), server.url("/b.md")];
    let registry = place.registry(&urls);

    // While this test holds the lock, a sync waits and writes nothing.
    std::fs::create_dir_all(place.cache()).unwrap();
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(place.cache().join("sync.lock"))
        .unwrap();
    lock.lock().unwrap();
    let mut waiting = place
        .command(&["sync", "--sources", &registry])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_secs(2));
    assert!(
        waiting.try_wait().unwrap().is_none(),
        "the sync did not wait"
    );
    assert!(!place.cache().join("index.jsonl").exists());
    drop(lock);
    let out = waiting.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("waiting for another ideas sync"));

    // Two syncs at once: both finish, the index is whole.
    let first = place
        .command(&["sync", "--sources", &registry])
        .spawn()
        .unwrap();
    let second = place
        .command(&["sync", "--sources", &registry])
        .output()
        .unwrap();
    let first = first.wait_with_output().unwrap();
    assert_eq!(first.status.code(), Some(0));
    assert_eq!(second.status.code(), Some(0));
    let mut ids = place.ids(&[]);
    ids.sort();
    assert_eq!(ids, vec![CLI, DASHBOARD, PLUGIN]);
    let leftovers: Vec<_> = std::fs::read_dir(place.cache())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn sources_come_from_ideas_toml_too_and_leave_the_index_when_dropped() {
    let server = Server::start();
    server.route("/a.md", |_, _| Reply::ok(V1));
    server.route("/b.md", |_, _| Reply::ok(V2));
    let place = Place::new("config");
    std::fs::write(
        place.dir.join(".ideas.toml"),
        format!(
            "[[source]]\nurl = \"{}\"\nprogram = \"gsoc\"\n",
            server.url("/b.md")
        ),
    )
    .unwrap();
    let out = place.sync(&[server.url("/a.md")], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let ids = place.ids(&[]);
    assert!(
        ids.contains(&"gsoc-2026-lantern-lantern-plugin-loader".to_string()),
        "{ids:?}"
    );
    assert_eq!(place.sources().len(), 2);

    std::fs::remove_file(place.dir.join(".ideas.toml")).unwrap();
    let out = place.sync(&[server.url("/a.md")], &[]);
    assert!(
        stderr(&out).contains("0 new ideas, 0 changed, 2 withdrawn"),
        "{}",
        stderr(&out)
    );
    assert_eq!(place.ids(&[]), vec![CLI, DASHBOARD]);
    assert_eq!(place.sources().len(), 1);
}

#[test]
fn only_http_and_https_sources_are_accepted() {
    let place = Place::new("schemes");
    let out = place.run(&["sync", "--source", "file:///etc/passwd"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not an http(s) URL"),
        "{}",
        stderr(&out)
    );
    std::fs::write(
        place.dir.join("bad.toml"),
        "[[source]]\nurl = \"ftp://a.org/x.md\"\n",
    )
    .unwrap();
    let out = place.run(&["sync", "--sources", "bad.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("bad.toml"), "{}", stderr(&out));
    assert!(!Path::new(&place.cache()).join("index.jsonl").exists());
    // Before any sync, `sources` says so.
    let out = place.run(&["sources"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("run `ideas sync`"));
}
