//! Where the text of an ideas link is: organisations register links of many kinds (a GitHub
//! file, a wiki page, a repository, a Google Doc, GitLab), most of which answer with an HTML
//! page; each kind has a URL that answers with the Markdown itself
//! (`../shared/programs/README.md` has the table). [`text_url`] gives it, or the link itself
//! when no rewrite is known (the answer is then read by its content type). GitHub issues are
//! read through the REST API: one idea per issue ([`super::issues`]).
//!
//! The servers are overridable ([`Bases::from_env`]) so that every kind can be tested against
//! a local server, and a mirror can stand in for them.

/// What the answer of a [`Target`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// The page's text (Markdown, JSON, CSV, or HTML read by its content type).
    Text,
    /// A JSON list of GitHub issues: one idea per issue.
    IssueList,
    /// One GitHub issue as JSON: its body is the ideas page.
    Issue,
}

/// The URL to fetch for an ideas link, and the headers it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The URL answering with the page's text.
    pub url: String,
    /// `Accept` header to send, when the API needs one.
    pub accept: Option<&'static str>,
    /// What the answer is.
    pub shape: Shape,
}

/// The servers links are rewritten to, without a trailing slash. Each can be replaced by an
/// environment variable (a local server in tests, a mirror): `IDEAS_GITHUB_RAW`,
/// `IDEAS_GITHUB_API`, `IDEAS_GOOGLE_DOCS`, `IDEAS_GITLAB`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bases {
    /// Raw files and wiki sources of GitHub: `https://raw.githubusercontent.com`.
    pub github_raw: String,
    /// GitHub's REST API: `https://api.github.com`.
    pub github_api: String,
    /// Google Docs: `https://docs.google.com`.
    pub google_docs: String,
    /// GitLab: `https://gitlab.com`.
    pub gitlab: String,
}

impl Bases {
    /// The servers named above, each replaced by its environment variable when set and not
    /// empty.
    pub fn from_env() -> Bases {
        Bases {
            github_raw: env_base("IDEAS_GITHUB_RAW", "https://raw.githubusercontent.com"),
            github_api: env_base("IDEAS_GITHUB_API", "https://api.github.com"),
            google_docs: env_base("IDEAS_GOOGLE_DOCS", "https://docs.google.com"),
            gitlab: env_base("IDEAS_GITLAB", "https://gitlab.com"),
        }
    }
}

/// `$name` without its trailing slashes when set and not empty, else `default`.
pub fn env_base(name: &str, default: &str) -> String {
    match std::env::var(name) {
        Ok(v) if !v.trim().is_empty() => v.trim().trim_end_matches('/').to_string(),
        _ => default.to_string(),
    }
}

/// The URL answering with the text of `link` (see the module doc), on the servers of
/// [`Bases::from_env`].
pub fn text_url(link: &str) -> Target {
    target(link, &Bases::from_env())
}

/// The URL answering with the text of `link` on the servers `b`.
pub fn target(link: &str, b: &Bases) -> Target {
    let plain = |url: String| Target {
        url,
        accept: None,
        shape: Shape::Text,
    };
    let api = |url: String, shape: Shape| Target {
        url,
        accept: Some("application/vnd.github+json"),
        shape,
    };
    let Some((scheme, rest)) = link.split_once("://") else {
        return plain(link.to_string());
    };
    let rest = rest.split('#').next().unwrap_or(rest);
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let parts: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    let host = parts[0].to_ascii_lowercase();
    match (host.as_str(), &parts[1..]) {
        ("github.com", [o, r, "blob", branch, file @ ..]) if !file.is_empty() => plain(format!(
            "{}/{o}/{r}/{branch}/{}",
            b.github_raw,
            file.join("/")
        )),
        ("github.com", [o, r, "wiki", page]) => plain(format!(
            "{}/wiki/{o}/{r}/{}.md",
            b.github_raw,
            page.replace(' ', "-")
        )),
        ("github.com", [o, r, "wiki"]) => plain(format!("{}/wiki/{o}/{r}/Home.md", b.github_raw)),
        ("github.com", [o, r]) => Target {
            url: format!("{}/repos/{o}/{r}/readme", b.github_api),
            accept: Some("application/vnd.github.raw"),
            shape: Shape::Text,
        },
        ("github.com", [o, r, "issues", n]) if n.bytes().all(|c| c.is_ascii_digit()) => api(
            format!("{}/repos/{o}/{r}/issues/{n}", b.github_api),
            Shape::Issue,
        ),
        ("github.com", [o, r, "issues"]) => api(
            issue_list(&b.github_api, o, r, label_in_query(query).as_deref()),
            Shape::IssueList,
        ),
        ("github.com", [o, r, "labels", label]) => api(
            issue_list(&b.github_api, o, r, Some(&percent_decode(label))),
            Shape::IssueList,
        ),
        ("github.com", [o, r, "tree", branch, dir @ ..]) => Target {
            url: match dir {
                [] => format!("{}/repos/{o}/{r}/readme?ref={branch}", b.github_api),
                _ => format!(
                    "{}/repos/{o}/{r}/readme/{}?ref={branch}",
                    b.github_api,
                    dir.join("/")
                ),
            },
            accept: Some("application/vnd.github.raw"),
            shape: Shape::Text,
        },
        ("docs.google.com", ["document", "d", id, ..]) => plain(format!(
            "{}/document/d/{id}/export?format=md",
            b.google_docs
        )),
        ("gitlab.com", _) if gitlab_dash(&parts, "blob").is_some() => {
            let at = gitlab_dash(&parts, "blob").unwrap_or(0);
            plain(format!(
                "{}/{}/-/raw/{}",
                b.gitlab,
                parts[1..at].join("/"),
                parts[at + 2..].join("/")
            ))
        }
        ("gitlab.com", [project @ .., "-", "wikis", page]) if !project.is_empty() => plain(
            format!("{}/{}/-/wikis/{page}.md", b.gitlab, project.join("/")),
        ),
        _ => plain(match query {
            "" => format!("{scheme}://{path}"),
            q => format!("{scheme}://{path}?{q}"),
        }),
    }
}

/// The REST URL of the open issues of `o/r`, with `label` when given (pull requests come
/// along and are left out when read).
fn issue_list(api: &str, o: &str, r: &str, label: Option<&str>) -> String {
    let mut url = format!("{api}/repos/{o}/{r}/issues?state=open&per_page=100");
    if let Some(label) = label {
        url.push_str("&labels=");
        url.push_str(&percent_encode(label));
    }
    url
}

/// The first `label:NAME` (or `label:"A NAME"`) of an issue search (`q=...`), or the value of
/// `labels=`.
fn label_in_query(query: &str) -> Option<String> {
    for pair in query.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode(&value.replace('+', " "));
        match key {
            "labels" if !value.is_empty() => return Some(value),
            "q" => {
                let at = value.find("label:")? + "label:".len();
                let rest = &value[at..];
                let label = match rest.strip_prefix('"') {
                    Some(quoted) => quoted.split('"').next().unwrap_or(""),
                    None => rest.split(' ').next().unwrap_or(""),
                };
                return (!label.is_empty()).then(|| label.to_string());
            }
            _ => {}
        }
    }
    None
}

/// `%XX` escapes decoded (invalid ones kept as written).
fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// A query value with everything but unreserved characters escaped.
fn percent_encode(s: &str) -> String {
    const RESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~');
    percent_encoding::utf8_percent_encode(s, RESERVED).to_string()
}

/// The index of the `-` of a GitLab `/-/{what}/...` path with a project before it and
/// something after.
fn gitlab_dash(parts: &[&str], what: &str) -> Option<usize> {
    let at = parts.iter().position(|p| *p == "-")?;
    (at > 1 && parts.get(at + 1) == Some(&what) && parts.len() > at + 2).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The public servers, whatever the environment says.
    fn public() -> Bases {
        Bases {
            github_raw: "https://raw.githubusercontent.com".into(),
            github_api: "https://api.github.com".into(),
            google_docs: "https://docs.google.com".into(),
            gitlab: "https://gitlab.com".into(),
        }
    }

    fn url(link: &str) -> String {
        target(link, &public()).url
    }

    #[test]
    fn each_kind_of_link_has_its_text_url() {
        assert_eq!(
            url("https://github.com/invesalius/gsoc/blob/main/gsoc_2026_ideas.md"),
            "https://raw.githubusercontent.com/invesalius/gsoc/main/gsoc_2026_ideas.md"
        );
        assert_eq!(
            url("https://github.com/aboutcode-org/aboutcode/wiki/GSOC-2026-project-ideas"),
            "https://raw.githubusercontent.com/wiki/aboutcode-org/aboutcode/GSOC-2026-project-ideas.md"
        );
        let repo = target("https://github.com/uaanchorage/GSoC", &public());
        assert_eq!(
            repo.url,
            "https://api.github.com/repos/uaanchorage/GSoC/readme"
        );
        assert_eq!(repo.accept, Some("application/vnd.github.raw"));
        assert_eq!(
            url("https://github.com/o/r/tree/main/2026/ideas"),
            "https://api.github.com/repos/o/r/readme/2026/ideas?ref=main"
        );
        assert_eq!(
            url("https://docs.google.com/document/d/1AbC_d/edit?usp=sharing"),
            "https://docs.google.com/document/d/1AbC_d/export?format=md"
        );
        assert_eq!(
            url("https://gitlab.com/group/sub/proj/-/blob/main/docs/ideas.md"),
            "https://gitlab.com/group/sub/proj/-/raw/main/docs/ideas.md"
        );
        assert_eq!(
            url("https://gitlab.com/g/p/-/wikis/GSoC-2026"),
            "https://gitlab.com/g/p/-/wikis/GSoC-2026.md"
        );
        // Anything else is fetched as it is (and read by its content type).
        for same in [
            "https://52north.org/outreach/gsoc/project-ideas/",
            "https://raw.githubusercontent.com/o/r/HEAD/x.md",
            "http://127.0.0.1:8080/ideas.md?x=1",
        ] {
            assert_eq!(url(same), same);
        }
    }

    #[test]
    fn issue_links_go_to_the_rest_api() {
        let list = target(
            "https://github.com/opencax/GSoC/issues?q=is%3Aissue+is%3Aopen+label%3A%22GSoC+2026%22",
            &public(),
        );
        assert_eq!(list.shape, Shape::IssueList);
        assert_eq!(
            list.url,
            "https://api.github.com/repos/opencax/GSoC/issues?state=open&per_page=100&labels=GSoC%202026"
        );
        assert_eq!(
            url("https://github.com/ohcnetwork/care_fe/issues?q=is%3Aissue%20state%3Aopen%20label%3AGSoC"),
            "https://api.github.com/repos/ohcnetwork/care_fe/issues?state=open&per_page=100&labels=GSoC"
        );
        assert_eq!(
            url("https://github.com/nrnb/GoogleSummerOfCode/issues"),
            "https://api.github.com/repos/nrnb/GoogleSummerOfCode/issues?state=open&per_page=100"
        );
        assert_eq!(
            url("https://github.com/o/r/labels/gsoc%20idea"),
            "https://api.github.com/repos/o/r/issues?state=open&per_page=100&labels=gsoc%20idea"
        );
        let one = target(
            "https://github.com/AFLplusplus/LibAFL/issues/3706",
            &public(),
        );
        assert_eq!(one.shape, Shape::Issue);
        assert_eq!(
            one.url,
            "https://api.github.com/repos/AFLplusplus/LibAFL/issues/3706"
        );
    }

    #[test]
    fn every_server_can_be_replaced() {
        let b = Bases {
            github_raw: "http://127.0.0.1:9/raw".into(),
            github_api: "http://127.0.0.1:9/api".into(),
            google_docs: "http://127.0.0.1:9/docs".into(),
            gitlab: "http://127.0.0.1:9/gitlab".into(),
        };
        for (link, want) in [
            (
                "https://github.com/o/r/blob/main/x.md",
                "http://127.0.0.1:9/raw/o/r/main/x.md",
            ),
            (
                "https://github.com/o/r/wiki/Ideas",
                "http://127.0.0.1:9/raw/wiki/o/r/Ideas.md",
            ),
            (
                "https://github.com/o/r",
                "http://127.0.0.1:9/api/repos/o/r/readme",
            ),
            (
                "https://docs.google.com/document/d/X/edit",
                "http://127.0.0.1:9/docs/document/d/X/export?format=md",
            ),
            (
                "https://gitlab.com/g/p/-/blob/main/i.md",
                "http://127.0.0.1:9/gitlab/g/p/-/raw/main/i.md",
            ),
            (
                "https://gitlab.com/g/p/-/wikis/Ideas",
                "http://127.0.0.1:9/gitlab/g/p/-/wikis/Ideas.md",
            ),
        ] {
            assert_eq!(target(link, &b).url, want, "{link}");
        }
    }
}
