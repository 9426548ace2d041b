//! A fetcher per kind of ideas link (issue 35), each against a local server standing in for
//! GitHub, Google Docs and GitLab (IDEAS_GITHUB_RAW, IDEAS_GITHUB_API, IDEAS_GOOGLE_DOCS,
//! IDEAS_GITLAB): the link a programme lists is synced and must give the ideas of the page
//! behind it. Also GitHub issues as ideas, the pool's speed, and `--discover`.

mod common;
mod sync_support;

use serde_json::Value;
use std::time::{Duration, Instant};
use sync_support::place::{stderr, Place};
use sync_support::{Reply, Server};

const V1: &str = include_str!("fixtures/sync/ideas-v1.md");
const CLI: &str = "lfx-2026-lantern-lantern-cli-for-offline-catalogs";
const DASHBOARD: &str = "lfx-2026-lantern-lantern-metrics-dashboard";

/// The servers of every kind, pointed at `server`.
fn bases(server: &Server) -> Vec<(&'static str, String)> {
    vec![
        ("IDEAS_GITHUB_RAW", server.url("/raw")),
        ("IDEAS_GITHUB_API", server.url("/api")),
        ("IDEAS_GOOGLE_DOCS", server.url("/docs")),
        ("IDEAS_GITLAB", server.url("/gitlab")),
        ("IDEAS_GSOC_API", server.url("/gsoc")),
    ]
}

/// `ideas sync` of a registry of `links` with the servers of `bases` (and `extra` arguments).
fn sync(place: &Place, server: &Server, links: &[String], extra: &[&str]) -> std::process::Output {
    let registry = place.registry(links);
    let mut args = vec!["sync", "--sources", &registry, "--timeout", "5"];
    args.extend_from_slice(extra);
    place
        .command(&args)
        .envs(bases(server))
        .output()
        .expect("run ideas")
}

#[test]
fn every_kind_of_link_is_read_from_where_its_text_is() {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(V1));
    let html = format!("<!DOCTYPE html><html><body><main>{html}</main></body></html>");
    let kinds: Vec<(&str, &str, &str)> = vec![
        (
            "https://github.com/o/r/blob/main/gsoc/ideas.md",
            "/raw/o/r/main/gsoc/ideas.md",
            "",
        ),
        ("https://github.com/o/r", "/api/repos/o/r/readme", "raw"),
        (
            "https://github.com/o/r/tree/main/gsoc",
            "/api/repos/o/r/readme/gsoc?ref=main",
            "raw",
        ),
        (
            "https://github.com/o/r/wiki/GSoC-2026-Ideas",
            "/raw/wiki/o/r/GSoC-2026-Ideas.md",
            "",
        ),
        (
            "https://docs.google.com/document/d/1AbC/edit?usp=sharing",
            "/docs/document/d/1AbC/export?format=md",
            "",
        ),
        (
            "https://gitlab.com/g/p/-/blob/main/ideas.md",
            "/gitlab/g/p/-/raw/main/ideas.md",
            "",
        ),
        (
            "https://gitlab.com/g/p/-/wikis/GSoC",
            "/gitlab/g/p/-/wikis/GSoC.md",
            "",
        ),
        // A link of no known kind: fetched as it is, read by its content type.
        ("LOCAL", "/project-ideas/", "html"),
    ];
    for (link, path, how) in kinds {
        let server = Server::start();
        let body = if how == "html" {
            html.clone()
        } else {
            V1.to_string()
        };
        let content_type = match how {
            "html" => "text/html; charset=utf-8",
            "raw" => "application/vnd.github.raw",
            _ => "text/plain; charset=utf-8",
        };
        server.route(path, move |_, _| {
            Reply::ok(body.clone()).with("Content-Type", content_type)
        });
        let link = match link {
            "LOCAL" => server.url(path),
            l => l.to_string(),
        };
        let place = Place::new(&format!("kind-{}", path.replace(['/', '?', '='], "-")));
        let out = sync(&place, &server, std::slice::from_ref(&link), &[]);
        assert_eq!(out.status.code(), Some(0), "{link}: {}", stderr(&out));
        assert_eq!(place.ids(&[]), vec![CLI, DASHBOARD], "{link}");
        let asked = server.requests(path);
        assert_eq!(asked.len(), 1, "{link}");
        if how == "raw" {
            assert_eq!(
                asked[0].header("accept"),
                Some("application/vnd.github.raw"),
                "{link}"
            );
        }
        // The idea names the link the programme lists, not the rewritten one.
        let json = place.run(&["list", "--org", "Lantern", "--format", "json"]);
        let listed: Value = serde_json::from_slice(&json.stdout).unwrap();
        let urls: Vec<&str> = listed
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|i| i["source"]["url"].as_str())
            .collect();
        assert!(urls.contains(&link.as_str()), "{link}: {urls:?}");
    }
}

const ISSUES: &str = r###"[
  {"title": "Offline  catalogs for Lantern", "html_url": "https://github.com/o/r/issues/7",
   "labels": [{"name": "GSoC"}, {"name": "medium"}],
   "body": "# Description\r\nBrowse catalogs on a train.\r\n\r\n## Skills\r\n\r\nGo, SQLite\r\n\r\n## Mentors\r\n\r\n- Ada Example (@adaexample)\r\n"},
  {"title": "Metrics dashboard", "html_url": "https://github.com/o/r/issues/8",
   "labels": [{"name": "GSoC"}],
   "body": "- Description: Draw the exporter's metrics.\n- Skills: TypeScript\n- Mentor(s): Cy Placeholder (@cyplaceholder)\n"},
  {"title": "Bump a dependency", "html_url": "https://github.com/o/r/pull/9",
   "pull_request": {"url": "x"}, "labels": [{"name": "GSoC"}], "body": "- Skills: Go\n"}
]"###;

#[test]
fn labelled_github_issues_are_one_idea_each() {
    let server = Server::start();
    server.route(
        "/api/repos/o/r/issues?state=open&per_page=100&labels=GSoC%202026",
        |_, _| Reply::ok(ISSUES).with("Content-Type", "application/json"),
    );
    let place = Place::new("issues");
    let link =
        "https://github.com/o/r/issues?q=is%3Aissue+is%3Aopen+label%3A%22GSoC+2026%22".to_string();
    let out = sync(&place, &server, std::slice::from_ref(&link), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json = place.run(&["list", "--format", "json"]);
    let listed: Value = serde_json::from_slice(&json.stdout).unwrap();
    let mine: Vec<&Value> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["source"]["url"] == link.as_str())
        .collect();
    let titles: Vec<&str> = mine.iter().filter_map(|i| i["title"].as_str()).collect();
    assert_eq!(
        titles,
        vec!["Offline catalogs for Lantern", "Metrics dashboard"],
        "{mine:#?}"
    );
    let text = |i: usize| serde_json::to_string(mine[i]).unwrap();
    assert!(text(0).contains("SQLite"), "{}", text(0));
    assert!(text(0).contains("on a train"), "{}", text(0));
    assert!(text(0).contains("adaexample"), "{}", text(0));
    assert!(text(1).contains("TypeScript"), "{}", text(1));
    assert!(
        text(1).contains("https://github.com/o/r/issues/8"),
        "{}",
        text(1)
    );
    // An answer that is not an issue list (an API error page) keeps the ideas read before.
    server.route(
        "/api/repos/o/r/issues?state=open&per_page=100&labels=GSoC%202026",
        |_, _| Reply::ok("{\"message\": \"API rate limit exceeded\"}"),
    );
    let out = sync(&place, &server, std::slice::from_ref(&link), &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("not a GitHub issue list"),
        "{}",
        stderr(&out)
    );
    let again = place.run(&["list", "--format", "json"]);
    let again: Value = serde_json::from_slice(&again.stdout).unwrap();
    let kept = again
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["source"]["url"] == link.as_str())
        .count();
    assert_eq!(kept, 2);
}

#[test]
fn two_hundred_and_fifty_sources_sync_in_under_ten_seconds() {
    let server = Server::start();
    let mut links = Vec::new();
    for n in 0..250 {
        let path = format!("/p{n}.md");
        let page = format!(
            "# Org {n}\n\n## Idea number {n}\n\n- Description: Make part {n} faster.\n- Skills: Go\n- Mentors: Ada Example (@ada{n})\n"
        );
        server.route(&path, move |_, _| Reply::ok(page.clone()));
        links.push(server.url(&path));
    }
    let place = Place::new("many");
    let start = Instant::now();
    let out = sync(&place, &server, &links, &[]);
    let took = start.elapsed();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("synced 250 sources: 250 fresh, 0 unchanged, 0 failed"),
        "{}",
        stderr(&out)
    );
    assert!(took < Duration::from_secs(10), "{took:?}");
    assert_eq!(place.ids(&[]).len(), 250);
}

#[test]
fn discovery_adds_the_new_seasons_organisations() {
    let server = Server::start();
    server.route("/known.md", |_, _| Reply::ok(V1));
    server.route("/lantern/ideas.md", |_, _| Reply::ok(V1));
    let orgs = format!(
        r#"[{{"name": "Known Org", "slug": "known", "ideas_link": "{}", "tech_tags": ["go"], "topic_tags": []}},
            {{"name": "Lantern", "slug": "lantern", "ideas_link": "{}", "website_url": "https://lantern.example",
              "tech_tags": ["go", "typescript"], "topic_tags": ["observability"]}},
            {{"name": "No Link", "slug": "none", "ideas_link": ""}}]"#,
        server.url("/known.md"),
        server.url("/lantern/ideas.md")
    );
    server.route("/gsoc/program/2027/organizations/", move |_, _| {
        Reply::ok(orgs.clone()).with("Content-Type", "application/json")
    });
    let place = Place::new("discover");
    let known = vec![server.url("/known.md")];
    let out = sync(&place, &server, &known, &["--discover", "gsoc", "2027"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "discovered 3 organisations of GSoC 2027: 1 new, 1 already known, 1 without an ideas link"
        ),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("synced 2 sources"),
        "{}",
        stderr(&out)
    );
    let lantern = server.url("/lantern/ideas.md");
    let json = place.run(&["list", "--program", "gsoc", "--format", "json"]);
    let listed: Value = serde_json::from_slice(&json.stdout).unwrap();
    let found: Vec<&Value> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["source"]["url"] == lantern.as_str())
        .collect();
    let titles: Vec<&str> = found.iter().filter_map(|i| i["title"].as_str()).collect();
    assert_eq!(
        titles,
        vec![
            "Lantern CLI for offline catalogs",
            "Lantern metrics dashboard"
        ],
        "{found:#?}"
    );
    let held = std::fs::read_to_string(place.cache().join("sources.toml")).unwrap();
    assert!(
        held.contains("# Lantern (lantern): go, typescript, observability"),
        "{held}"
    );
    // The next sync, without --discover, still reads the discovered organisation.
    let out = sync(&place, &server, &known, &[]);
    assert!(
        stderr(&out).contains("synced 2 sources"),
        "{}",
        stderr(&out)
    );
    assert_eq!(server.requests("/lantern/ideas.md").len(), 2);
    // With the programme's server down, discovery says so and changes nothing.
    let dead = Server::start();
    let place2 = Place::new("discover-dead");
    let registry = place2.registry(&known);
    let out = place2
        .command(&[
            "sync",
            "--sources",
            &registry,
            "--timeout",
            "2",
            "--retries",
            "0",
            "--discover",
            "gsoc",
            "2028",
        ])
        .env("IDEAS_GSOC_API", dead.url("/gsoc"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("could not discover the organisations"),
        "{}",
        stderr(&out)
    );
    place2.assert_at_least_bundled();
}

#[test]
fn discovery_adds_the_cncf_terms_of_a_year() {
    let server = Server::start();
    let folder = "/api/repos/cncf/mentoring/contents/programs/lfx-mentorship/2027";
    server.route(folder, |_, _| {
        Reply::ok(
            r#"[{"name": "01-Mar-May", "type": "dir"}, {"name": "README.md", "type": "file"}]"#,
        )
    });
    server.route(&format!("{folder}/01-Mar-May"), |_, _| {
        Reply::ok(
            r#"[{"name": "README.md", "type": "file"}, {"name": "logo.png", "type": "file"}]"#,
        )
    });
    let raw = "/raw/cncf/mentoring/HEAD/programs/lfx-mentorship/2027/01-Mar-May/README.md";
    server.route(raw, |_, _| Reply::ok(V1));
    server.route("/other.md", |_, _| Reply::ok("# Other\n"));
    let place = Place::new("discover-lfx");
    let other = vec![server.url("/other.md")];
    let out = sync(&place, &server, &other, &["--discover", "lfx", "2027"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .contains("discovered 1 pages of the CNCF's LFX 2027 terms: 1 new, 0 already known"),
        "{}",
        stderr(&out)
    );
    assert_eq!(server.requests(raw).len(), 1);
    let link = "https://github.com/cncf/mentoring/blob/HEAD/programs/lfx-mentorship/2027/01-Mar-May/README.md";
    let json = place.run(&["list", "--program", "lfx", "--format", "json"]);
    let listed: Value = serde_json::from_slice(&json.stdout).unwrap();
    let terms: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["source"]["url"] == link)
        .filter_map(|i| i["term"].as_str())
        .collect();
    assert_eq!(terms, vec!["2027 Term 1 (Mar-May)"; 2], "{listed:#}");
}
