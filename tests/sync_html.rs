//! HTML ideas pages (issue 35): a Markdown page rendered to HTML and wrapped as a plain page,
//! a GitHub wiki, a MediaWiki and a Sphinx site serve it, is synced over a local server and
//! must give the same ideas as the Markdown it came from.

mod common;
mod sync_support;

use serde_json::Value;
use sync_support::place::{stderr, Place};
use sync_support::{Reply, Server};

const V1: &str = include_str!("fixtures/sync/ideas-v1.md");

fn render(markdown: &str) -> String {
    let mut html = String::new();
    let options = pulldown_cmark::Options::ENABLE_TABLES;
    pulldown_cmark::html::push_html(
        &mut html,
        pulldown_cmark::Parser::new_ext(markdown, options),
    );
    html
}

/// Wraps every `<hN>` as GitHub's wiki does: in a `markdown-heading` div with an anchor.
fn github_wiki(body: &str) -> String {
    let mut out = String::new();
    for line in body.lines() {
        if line.starts_with("<h") && line.as_bytes().get(2).is_some_and(u8::is_ascii_digit) {
            out.push_str(&format!(
                "<div class=\"markdown-heading\">{line}<a class=\"anchor\" href=\"#x\"><svg></svg></a></div>\n"
            ));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    format!("<!DOCTYPE html><html><head><title>Wiki</title></head><body><header>GitHub</header><div id=\"wiki-body\"><div class=\"markdown-body\">{out}</div></div><footer>Terms</footer></body></html>")
}

fn mediawiki(body: &str) -> String {
    let body = body.replace("</h3>", "<span class=\"mw-editsection\">[edit]</span></h3>");
    format!("<html><body><div id=\"mw-navigation\"><nav>Main page</nav></div><div id=\"content\"><div class=\"mw-parser-output\">{body}</div></div></body></html>")
}

fn sphinx(body: &str) -> String {
    let body = body.replace("</h3>", "<a class=\"headerlink\" href=\"#x\">¶</a></h3>");
    format!("<!doctype html><html><head><script>var DOCUMENTATION_OPTIONS = {{}};</script></head><body><div class=\"document\"><div class=\"body\" role=\"main\"><section>{body}</section></div></div><aside class=\"sphinxsidebar\">Search</aside></body></html>")
}

fn ideas_of(place: &Place) -> Vec<(String, String, Vec<String>)> {
    let out = place.run(&["list", "--org", "Lantern", "--format", "json"]);
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let skills = i["skills"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.to_string())
                .collect();
            (i["id"].to_string(), i["title"].to_string(), skills)
        })
        .collect()
}

#[test]
fn html_pages_of_every_wrapping_give_the_ideas_of_their_markdown() {
    let server = Server::start();
    let body = render(V1);
    server.route("/ideas.md", |_, _| Reply::ok(V1));
    let pages = [
        ("/plain.html", format!("<html><body>{body}</body></html>")),
        ("/wiki", github_wiki(&body)),
        ("/mediawiki", mediawiki(&body)),
        ("/sphinx.html", sphinx(&body)),
    ];
    let from_markdown = Place::new("html-md");
    assert_eq!(
        from_markdown
            .sync(&[server.url("/ideas.md")], &[])
            .status
            .code(),
        Some(0)
    );
    let want = ideas_of(&from_markdown);
    assert_eq!(want.len(), 2, "{want:?}");
    for (path, page) in pages {
        let page = page.clone();
        server.route(path, move |_, _| {
            Reply::ok(page.clone()).with("Content-Type", "text/html; charset=utf-8")
        });
        let place = Place::new(&format!("html{}", path.replace(['/', '.'], "-")));
        let out = place.sync(&[server.url(path)], &[]);
        assert_eq!(out.status.code(), Some(0), "{path}: {}", stderr(&out));
        assert_eq!(ideas_of(&place), want, "{path}");
    }
}
