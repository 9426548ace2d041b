//! What a sync reports as changed (issue 35): a second sync of pages that did not change
//! reports nothing new and nothing changed, whether the server answers 304 or sends the same
//! page again, for a Markdown page holding two ideas of one title and an idea with a group
//! address, and for an HTML page; changing one idea and adding one reports exactly those.

mod common;
mod sync_support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use sync_support::place::{stderr, Place};
use sync_support::{Reply, Server};

/// Three ideas: one whose mentors share a group address (kept as the idea's contact), and two
/// of the same title.
const PAGE: &str = "# Example Foundation: 2026 project ideas

## Beacon

### Beacon offline mode

- Description: Let the Beacon client work without a connection.
- Expected Outcome: An offline flag with tests.
- Recommended Skills: Go
- Mentor(s):
  - Ada Example (@adaexample, team@example.org)
  - Bo Sample (@bosample, team@example.org)

### Beacon exporter

- Description: Export Beacon metrics for Prometheus.
- Expected Outcome: An exporter and its documentation.
- Recommended Skills: Go, Prometheus
- Mentor(s):
  - Cy Placeholder (@cyplaceholder)

### Beacon exporter

- Description: Export Beacon traces for OpenTelemetry.
- Expected Outcome: A second exporter.
- Recommended Skills: Go, OpenTelemetry
- Mentor(s):
  - Di Invented (@diinvented)
";

/// The page's next version: the first exporter's description changed, one idea added.
fn changed_page() -> String {
    PAGE.replace(
        "Export Beacon metrics for Prometheus.",
        "Export Beacon metrics for Prometheus and OpenMetrics.",
    ) + "
### Beacon dashboard

- Description: Draw Beacon's metrics on a web page.
- Recommended Skills: TypeScript
- Mentor(s):
  - Cy Placeholder (@cyplaceholder)
"
}

const OFFLINE: &str = "lfx-2026-beacon-beacon-offline-mode";
const EXPORTER: &str = "lfx-2026-beacon-beacon-exporter";
const EXPORTER_2: &str = "lfx-2026-beacon-beacon-exporter-2";
const DASHBOARD: &str = "lfx-2026-beacon-beacon-dashboard";

/// The page as HTML (another organisation, so its ids are its own).
fn html_page() -> String {
    let mut body = String::new();
    let markdown = PAGE.replace("Beacon", "Harbor");
    pulldown_cmark::html::push_html(&mut body, pulldown_cmark::Parser::new(&markdown));
    format!("<!DOCTYPE html><html><head><title>Ideas</title></head><body><main>{body}</main></body></html>")
}

fn summary(out: &std::process::Output) -> String {
    stderr(out)
        .lines()
        .find(|l| l.starts_with("synced "))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn an_unchanged_second_sync_reports_nothing_and_a_change_exactly_itself() {
    let server = Server::start();
    // 0: the page as first published; 1: changed.
    let stage = Arc::new(AtomicUsize::new(0));
    let s = Arc::clone(&stage);
    // Sent whole every time (no validators): the second sync parses the page again.
    server.route("/ideas.md", move |_, _| {
        Reply::ok(match s.load(Ordering::SeqCst) {
            0 => PAGE.to_string(),
            _ => changed_page(),
        })
    });
    // An HTML page with an ETag: the second sync gets a 304 and reads its cached copy.
    let html = html_page();
    server.route("/ideas.html", move |req, _| {
        if req.header("if-none-match") == Some("\"h1\"") {
            Reply::status(304)
        } else {
            Reply::ok(html.clone())
                .with("Content-Type", "text/html; charset=utf-8")
                .with("ETag", "\"h1\"")
        }
    });
    let place = Place::new("changes");
    let urls = [server.url("/ideas.md"), server.url("/ideas.html")];

    let first = place.sync(&urls, &[]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    assert!(
        summary(&first).contains("6 new ideas, 0 changed, 0 withdrawn"),
        "{}",
        stderr(&first)
    );
    // Two ideas of one title are two ideas, with two ids.
    let beacon = place.ids(&["--org", "Beacon"]);
    assert_eq!(beacon, vec![OFFLINE, EXPORTER, EXPORTER_2]);
    assert_eq!(place.ids(&["--org", "Harbor"]).len(), 3);

    let second = place.sync(&urls, &[]);
    assert_eq!(second.status.code(), Some(0), "{}", stderr(&second));
    assert!(
        summary(&second)
            .contains("1 fresh, 1 unchanged, 0 failed; 0 new ideas, 0 changed, 0 withdrawn"),
        "{}",
        stderr(&second)
    );
    assert_eq!(
        stderr(&second).lines().count(),
        1,
        "no source line: {}",
        stderr(&second)
    );
    assert!(place.all_ids(&["--new"]).is_empty());
    assert!(place.all_ids(&["--changed"]).is_empty());
    assert_eq!(place.ids(&["--org", "Beacon"]), beacon);

    stage.store(1, Ordering::SeqCst);
    let third = place.sync(&urls, &[]);
    assert_eq!(third.status.code(), Some(0), "{}", stderr(&third));
    assert!(
        summary(&third).contains("1 new ideas, 1 changed, 0 withdrawn"),
        "{}",
        stderr(&third)
    );
    assert!(
        stderr(&third).contains(&format!("{}: 1 new, 1 changed\n", urls[0])),
        "{}",
        stderr(&third)
    );
    assert_eq!(place.all_ids(&["--new"]), vec![DASHBOARD]);
    assert_eq!(place.all_ids(&["--changed"]), vec![EXPORTER]);
    assert_eq!(
        place.ids(&["--org", "Beacon"]),
        vec![OFFLINE, EXPORTER, EXPORTER_2, DASHBOARD]
    );
}

#[test]
fn sources_lists_what_a_sync_would_fetch_before_the_first_sync() {
    let place = Place::new("sources-before");
    std::fs::write(
        place.dir.join(".ideas.toml"),
        "[[source]]\nurl = \"https://example.org/our-ideas.md\"\norg = \"Example\"\n",
    )
    .unwrap();
    let out = place.run(&["sources", "--json"]);
    // Nothing synced yet: exit 1, and the registered sources, none fetched.
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("run `ideas sync`"),
        "{}",
        stderr(&out)
    );
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    // The bundled registry: every GSoC 2026 organisation and the CNCF's LFX terms.
    assert!(rows.len() > 400, "{}", rows.len());
    assert!(rows.iter().all(|r| r["status"] == "never fetched"));
    assert!(rows
        .iter()
        .any(|r| r["url"] == "https://example.org/our-ideas.md" && r["org"] == "Example"));
    let terms = rows
        .iter()
        .filter(|r| r["program"] == "lfx" && r["term"].is_string())
        .count();
    assert_eq!(terms, 3);
}
