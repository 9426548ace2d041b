//! A sync never leaves a user with less than the bundled catalog (issue 35): a dead server, a
//! network that answers nothing, failing pages of every kind, an interrupted sync and an
//! offline rebuild all leave `ideas list` answering at least what the bundled catalog holds.
//! And what changed: `list --new` after a second sync shows exactly the ideas added.

mod common;
mod sync_support;

use std::time::{Duration, Instant};
use sync_support::place::{bundled_ids, stderr, Place};
use sync_support::{Reply, Server};

const V1: &str = include_str!("fixtures/sync/ideas-v1.md");
const V2: &str = include_str!("fixtures/sync/ideas-v2.md");

const CLI: &str = "lfx-2026-lantern-lantern-cli-for-offline-catalogs";
const DASHBOARD: &str = "lfx-2026-lantern-lantern-metrics-dashboard";
const PLUGIN: &str = "lfx-2026-lantern-lantern-plugin-loader";

/// A URL on 127.0.0.1 where nothing listens.
fn dead_url(path: &str) -> String {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    format!("http://127.0.0.1:{port}{path}")
}

#[test]
fn a_first_sync_with_nothing_reachable_changes_nothing_and_says_so_once() {
    let place = Place::new("dead-first");
    let urls: Vec<String> = (0..40).map(|i| dead_url(&format!("/p{i}.md"))).collect();
    let started = Instant::now();
    let out = place.sync(&urls, &[]);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("nothing changed"), "{err}");
    assert!(err.contains("the bundled catalog's"), "{err}");
    assert!(!place.cache().join("index.jsonl").exists());
    place.assert_at_least_bundled();
    assert_eq!(place.all_ids(&[]).len(), bundled_ids().len());
}

#[test]
fn a_server_that_answers_nothing_is_given_up_on_within_ten_seconds() {
    // A port that takes connections and never answers, as a network that drops packets does:
    // the sync gives up once, after its probe's few seconds, not source by source.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = silent.local_addr().unwrap().port();
    let place = Place::new("silent");
    let urls: Vec<String> = (0..20)
        .map(|i| format!("http://127.0.0.1:{port}/ideas-{i}.md"))
        .collect();
    let started = Instant::now();
    let out = place.sync(&urls, &["--timeout", "30"]);
    assert!(
        started.elapsed() < Duration::from_secs(12),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("nothing changed"), "{}", stderr(&out));
    place.assert_at_least_bundled();
    drop(silent);
}

#[test]
fn a_dead_server_after_a_good_sync_keeps_the_last_sync() {
    let server = Server::start();
    server.route("/ideas.md", |_, _| Reply::ok(V1));
    let place = Place::new("dead-later");
    let url = server.url("/ideas.md");
    assert_eq!(
        place.sync(std::slice::from_ref(&url), &[]).status.code(),
        Some(0)
    );
    drop(server);
    let out = place.sync(&[url], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("the last sync's"), "{}", stderr(&out));
    assert_eq!(place.ids(&[]), vec![CLI, DASHBOARD]);
    place.assert_at_least_bundled();
}

#[test]
fn failing_pages_of_every_kind_leave_at_least_the_bundled_catalog() {
    let server = Server::start();
    server.route("/good.md", |_, _| Reply::ok(V1));
    server.route("/500.md", |_, _| Reply::status(500));
    server.route("/slow.md", |_, _| {
        Reply::Slow(Duration::from_secs(4), Box::new(Reply::ok(V2)))
    });
    server.route("/cut.md", |_, _| Reply::Truncated {
        declared: 5000,
        body: V2.as_bytes()[..100].to_vec(),
    });
    let lp = server.url("/loop.md");
    server.route("/loop.md", move |_, _| {
        Reply::status(302).with("Location", &lp)
    });
    server.route("/about.html", |_, _| {
        Reply::ok("<html><body><h1>About us</h1><p>We make tools.</p></body></html>")
            .with("Content-Type", "text/html")
    });
    let place = Place::new("every-failure");
    let urls: Vec<String> = [
        "/good.md",
        "/404.md",
        "/500.md",
        "/slow.md",
        "/cut.md",
        "/loop.md",
        "/about.html",
    ]
    .iter()
    .map(|p| server.url(p))
    .collect();
    let out = place.sync(&urls, &["--timeout", "2", "--retries", "0"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    for (path, why) in [
        ("/404.md", "HTTP 404"),
        ("/500.md", "HTTP 500"),
        ("/slow.md", "timed out"),
        ("/cut.md", "body cut short"),
        ("/loop.md", "more than 5 redirects"),
    ] {
        assert!(
            err.contains(&format!("{}: {why}", server.url(path))),
            "{path}: {err}"
        );
    }
    assert_eq!(place.ids(&[]), vec![CLI, DASHBOARD]);
    place.assert_at_least_bundled();
    let sources = place.sources();
    let state = |path: &str| {
        sources
            .iter()
            .find(|s| s["url"] == server.url(path))
            .map(|s| s["status"].as_str().unwrap().to_string())
    };
    assert_eq!(state("/good.md").as_deref(), Some("fresh"));
    assert_eq!(state("/404.md").as_deref(), Some("never fetched"));
    // HTML that is not an ideas page: read, and no ideas from it.
    let about = sources
        .iter()
        .find(|s| s["url"] == server.url("/about.html"))
        .unwrap();
    assert_eq!(about["ideas"], 0, "{about}");
    let s404 = sources
        .iter()
        .find(|s| s["url"] == server.url("/404.md"))
        .unwrap();
    assert!(s404["failing_since"].as_str().unwrap().ends_with("UTC"));
    assert!(s404["message"].as_str().unwrap().contains("HTTP 404"));
    let table = place.run(&["sources"]);
    assert!(
        stderr(&table).contains("more from the bundled catalog"),
        "{}",
        stderr(&table)
    );
    // Piped, `sources` is text like every other command (JSON only with --json): a header,
    // then one tab-separated record per source, the failure in the last column (issue 37).
    let text = String::from_utf8_lossy(&table.stdout).into_owned();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("Status\tIdeas\tLast sync\tURL\tNote"),
        "{text}"
    );
    let row404 = lines
        .find(|l| l.contains(&server.url("/404.md")))
        .unwrap_or_else(|| panic!("{text}"));
    let cells: Vec<&str> = row404.split('\t').collect();
    assert_eq!(cells.len(), 5, "{row404}");
    assert_eq!(cells[0], "never fetched");
    assert!(cells[4].contains("HTTP 404"), "{row404}");
}

#[test]
fn an_interrupted_sync_leaves_the_previous_index_whole() {
    let server = Server::start();
    server.route("/ideas.md", |_, n| match n {
        1 => Reply::ok(V1),
        _ => Reply::Slow(Duration::from_secs(20), Box::new(Reply::ok(V2))),
    });
    let place = Place::new("interrupted");
    let url = server.url("/ideas.md");
    assert_eq!(
        place.sync(std::slice::from_ref(&url), &[]).status.code(),
        Some(0)
    );
    let index = std::fs::read(place.cache().join("index.jsonl")).unwrap();
    let registry = place.registry(std::slice::from_ref(&url));
    let mut child = place
        .command(&["sync", "--sources", &registry, "--timeout", "30"])
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    child.kill().unwrap();
    let _ = child.wait();
    assert_eq!(
        std::fs::read(place.cache().join("index.jsonl")).unwrap(),
        index
    );
    assert_eq!(place.ids(&[]), vec![CLI, DASHBOARD]);
    place.assert_at_least_bundled();
}

#[test]
fn offline_rebuilds_every_cached_source_those_of_other_registries_included() {
    let server = Server::start();
    server.route("/a.md", |_, _| Reply::ok(V1));
    server.route("/b.md", |_, _| Reply::ok(V2.replace("Lantern", "Beacon")));
    let place = Place::new("offline-all");
    let (a, b) = (server.url("/a.md"), server.url("/b.md"));
    assert_eq!(place.sync(&[a.clone(), b], &[]).status.code(), Some(0));
    let synced = place.ids(&[]);
    assert!(synced.len() >= 4, "{synced:?}");
    drop(server);
    // A registry naming only one of them: the other is cached, so it is rebuilt too.
    let out = place.sync(&[a], &["--offline"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("2 read from the cache"),
        "{}",
        stderr(&out)
    );
    assert_eq!(place.ids(&[]), synced);
    place.assert_at_least_bundled();
}

#[test]
fn list_new_after_a_second_sync_shows_exactly_the_added_ideas() {
    let server = Server::start();
    server.route("/ideas.md", |_, n| Reply::ok(if n == 1 { V1 } else { V2 }));
    let place = Place::new("new");
    let url = server.url("/ideas.md");
    let none = place.run(&["list", "--new"]);
    assert_eq!(none.status.code(), Some(2), "{}", stderr(&none));
    assert!(
        stderr(&none).contains("run `ideas sync`"),
        "{}",
        stderr(&none)
    );
    assert_eq!(
        place.sync(std::slice::from_ref(&url), &[]).status.code(),
        Some(0)
    );
    // After the first sync, what is new is what the bundled catalog did not hold.
    assert_eq!(place.all_ids(&["--new"]), vec![CLI, DASHBOARD]);
    let second = place.sync(std::slice::from_ref(&url), &[]);
    assert!(
        stderr(&second).contains(&format!("{url}: 1 new, 1 changed, 1 withdrawn")),
        "{}",
        stderr(&second)
    );
    assert_eq!(place.all_ids(&["--new"]), vec![PLUGIN]);
    assert_eq!(place.all_ids(&["--changed"]), vec![CLI]);
    let mut both = place.all_ids(&["--new", "--changed"]);
    both.sort();
    assert_eq!(both, vec![CLI, PLUGIN]);
    // A third sync of the same page: nothing is new any more.
    assert_eq!(place.sync(&[url], &[]).status.code(), Some(0));
    assert!(place.all_ids(&["--new"]).is_empty());
}

#[test]
fn an_ideas_page_that_becomes_an_html_page_of_no_ideas_keeps_its_ideas() {
    // A site moved its ideas and now answers its home page (HTML, 200) at the old address.
    let server = Server::start();
    server.route("/ideas", |_, n| {
        if n == 1 {
            Reply::ok(V1)
        } else {
            Reply::ok("<!DOCTYPE html><html><body><nav><a href=\"/\">Home</a></nav><h1>Welcome</h1><p>We build lanterns.</p></body></html>")
                .with("Content-Type", "text/html; charset=utf-8")
        }
    });
    let place = Place::new("html-no-ideas");
    let url = server.url("/ideas");
    assert_eq!(
        place.sync(std::slice::from_ref(&url), &[]).status.code(),
        Some(0)
    );
    let out = place.sync(std::slice::from_ref(&url), &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .contains("the new copy holds no ideas (the previous one had 2); previous copy kept"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("0 new ideas, 0 changed, 0 withdrawn"),
        "{}",
        stderr(&out)
    );
    assert_eq!(place.ids(&[]), vec![CLI, DASHBOARD]);
    place.assert_at_least_bundled();
    let sources = place.sources();
    assert_eq!(sources[0]["status"], "failed");
    assert_eq!(sources[0]["ideas"], 2);
}
