//! Fetching one source over HTTP(S), carefully: sources are other people's servers.
//!
//! - timeouts on every request, a User-Agent naming the tool, and nothing else sent but the
//!   validators of the copy we hold (`If-None-Match`, `If-Modified-Since`), so an unchanged
//!   page costs a `304 Not Modified`;
//! - retries with exponential backoff on 5xx answers and network errors (a 404 is final);
//! - redirects followed by hand, a bounded number of times, never from https to http, and only
//!   to http(s) URLs;
//! - the body capped (after decompression too: a small gzip stream may inflate to gigabytes).

use super::registry::check_url;
use std::io::Read;
use std::time::Duration;

/// How fetching behaves; the defaults suit public servers.
#[derive(Debug, Clone)]
pub struct FetchSettings {
    /// Time allowed for one request, body included.
    pub timeout: Duration,
    /// Further attempts after a 5xx answer or a network error.
    pub retries: u32,
    /// Wait before the first retry; doubled before each further one.
    pub backoff: Duration,
    /// Largest body accepted, in bytes, after decompression.
    pub max_bytes: u64,
    /// Redirects followed before giving up.
    pub max_redirects: u32,
}

impl Default for FetchSettings {
    fn default() -> Self {
        FetchSettings {
            timeout: Duration::from_secs(30),
            retries: 2,
            backoff: Duration::from_millis(500),
            max_bytes: 20 * 1024 * 1024,
            max_redirects: 5,
        }
    }
}

/// The cache validators of a copy: what makes a conditional request possible.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// The `ETag` the server gave.
    pub etag: Option<String>,
    /// The `Last-Modified` the server gave.
    pub last_modified: Option<String>,
}

impl Validators {
    /// True when a conditional request can be made.
    pub fn any(&self) -> bool {
        self.etag.is_some() || self.last_modified.is_some()
    }
}

/// What a fetch gave.
#[derive(Debug)]
pub enum Fetched {
    /// A new body, with the validators to send next time.
    Changed {
        /// The body, decompressed.
        body: Vec<u8>,
        /// The validators of this body.
        validators: Validators,
        /// The `Content-Type` the server gave.
        content_type: Option<String>,
    },
    /// The server says our copy is current (304).
    NotModified,
}

/// Why a fetch failed, for people: "HTTP 404 Not Found", "timed out after 30 s", ...
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchError {
    /// What went wrong.
    pub reason: String,
    /// True when trying again may help (5xx, network errors).
    pub retryable: bool,
    /// True when the host was not reached at all (not found, refused, no route, connect
    /// timeout): other sources on the same host are not tried again in the same sync.
    pub unreachable: bool,
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason)
    }
}

impl FetchError {
    fn new(reason: impl Into<String>, retryable: bool, unreachable: bool) -> Self {
        let reason = reason.into();
        FetchError {
            reason,
            retryable,
            unreachable,
        }
    }
    fn final_(reason: impl Into<String>) -> Self {
        Self::new(reason, false, false)
    }
    fn transient(reason: impl Into<String>) -> Self {
        Self::new(reason, true, false)
    }
    fn unreachable(reason: impl Into<String>) -> Self {
        Self::new(reason, true, true)
    }
}

/// An HTTP client with the settings applied; shared by the threads of one sync.
pub struct Fetcher {
    agent: ureq::Agent,
    settings: FetchSettings,
}

impl Fetcher {
    /// A client for these settings.
    pub fn new(settings: FetchSettings) -> Fetcher {
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(settings.timeout))
            // Redirects are followed by hand (see `fetch_once`) to refuse https -> http.
            .max_redirects(0)
            .http_status_as_error(false)
            .user_agent(concat!(
                "ideas/",
                env!("CARGO_PKG_VERSION"),
                " (mentorship ideas sync)"
            ))
            .build();
        Fetcher {
            agent: config.into(),
            settings,
        }
    }

    /// Fetches `url`, conditionally when `have` holds validators, retrying transient failures;
    /// sends `Accept: accept` when given (an API's raw-text type).
    pub fn fetch_with(
        &self,
        url: &str,
        accept: Option<&str>,
        have: &Validators,
    ) -> Result<Fetched, FetchError> {
        let mut attempt = 0;
        loop {
            match self.fetch_once(url, accept, have) {
                Err(e) if e.retryable && attempt < self.settings.retries => {
                    std::thread::sleep(self.settings.backoff * 2u32.saturating_pow(attempt));
                    attempt += 1;
                }
                Err(e) if attempt > 0 => {
                    return Err(FetchError {
                        reason: format!("{} (after {} attempts)", e.reason, attempt + 1),
                        ..e
                    })
                }
                other => return other,
            }
        }
    }

    /// `Ok` when the server of `url` answers anything at all (any status) within `within` to
    /// a `HEAD` of its root: one request, no retries, no body read. A sync asks this of a few hosts before fetching,
    /// so that with the network down it says so once instead of failing every source.
    pub fn reaches(&self, url: &str, within: Duration) -> Result<(), FetchError> {
        let root = format!(
            "{}/",
            url.split(['?', '#'])
                .next()
                .unwrap_or(url)
                .splitn(4, '/')
                .take(3)
                .collect::<Vec<_>>()
                .join("/")
        );
        let request = self
            .agent
            .head(&root)
            .config()
            .timeout_global(Some(within))
            .build();
        match request.call() {
            Ok(_) => Ok(()),
            // No answer in time is as good as no host, for this question.
            Err(ureq::Error::Timeout(_)) => Err(FetchError::unreachable(format!(
                "no answer within {} s",
                within.as_secs()
            ))),
            Err(e) => Err(network_error(&e)),
        }
    }

    fn fetch_once(
        &self,
        url: &str,
        accept: Option<&str>,
        have: &Validators,
    ) -> Result<Fetched, FetchError> {
        let mut current = url.to_string();
        for _ in 0..=self.settings.max_redirects {
            check_url(&current).map_err(|e| FetchError::final_(format!("{e:#}")))?;
            let mut request = self.agent.get(&current);
            if let Some(accept) = accept {
                request = request.header("Accept", accept);
            }
            if let Some(etag) = &have.etag {
                request = request.header("If-None-Match", etag);
            }
            if let Some(date) = &have.last_modified {
                request = request.header("If-Modified-Since", date);
            }
            let mut response = request.call().map_err(|e| network_error(&e))?;
            let status = response.status().as_u16();
            let header = |name: &str| {
                response
                    .headers()
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string)
            };
            match status {
                200..=299 => {
                    let validators = Validators {
                        etag: header("etag"),
                        last_modified: header("last-modified"),
                    };
                    let content_type = header("content-type");
                    let body = read_capped(response.body_mut(), self.settings.max_bytes)?;
                    return Ok(Fetched::Changed {
                        body,
                        validators,
                        content_type,
                    });
                }
                304 if have.any() => return Ok(Fetched::NotModified),
                301 | 302 | 303 | 307 | 308 => {
                    let location = header("location").ok_or_else(|| {
                        FetchError::final_(format!("HTTP {status} redirect without a Location"))
                    })?;
                    current = next_hop(&current, &location)?;
                }
                429 | 500..=599 => {
                    return Err(FetchError::transient(format!(
                        "HTTP {status} {}",
                        reason_phrase(status)
                    )))
                }
                _ => {
                    return Err(FetchError::final_(format!(
                        "HTTP {status} {}",
                        reason_phrase(status)
                    )))
                }
            }
        }
        Err(FetchError::final_(format!(
            "more than {} redirects",
            self.settings.max_redirects
        )))
    }
}

/// Reads a body, decompressed, refusing more than `max` bytes.
fn read_capped(body: &mut ureq::Body, max: u64) -> Result<Vec<u8>, FetchError> {
    let too_large =
        || FetchError::final_(format!("body larger than the {} limit", human_bytes(max)));
    if body.content_length().is_some_and(|n| n > max) {
        return Err(too_large());
    }
    // ureq's own limit counts the bytes on the wire; `take` counts them after decompression.
    let reader = body.with_config().limit(max.saturating_add(1)).reader();
    let mut buf = Vec::new();
    match reader.take(max.saturating_add(1)).read_to_end(&mut buf) {
        Ok(_) if buf.len() as u64 > max => Err(too_large()),
        Ok(_) => Ok(buf),
        Err(e) if e.to_string().contains("limit") => Err(too_large()),
        Err(e) => Err(FetchError::transient(format!("body cut short: {e}"))),
    }
}

fn network_error(e: &ureq::Error) -> FetchError {
    use std::io::ErrorKind;
    use ureq::Timeout;
    match e {
        ureq::Error::Timeout(Timeout::Resolve | Timeout::Connect) => {
            FetchError::unreachable("timed out connecting")
        }
        ureq::Error::Timeout(_) => FetchError::transient("timed out".to_string()),
        ureq::Error::HostNotFound => FetchError::unreachable("host not found"),
        ureq::Error::ConnectionFailed => FetchError::unreachable("connection failed"),
        ureq::Error::BadUri(_) => FetchError::final_(format!("bad URL: {e}")),
        ureq::Error::Io(io)
            if matches!(
                io.kind(),
                ErrorKind::ConnectionRefused
                    | ErrorKind::HostUnreachable
                    | ErrorKind::NetworkUnreachable
                    | ErrorKind::AddrNotAvailable
                    | ErrorKind::NotConnected
            ) =>
        {
            FetchError::unreachable(format!("network error: {io}"))
        }
        ureq::Error::Io(io) => FetchError::transient(format!("network error: {io}")),
        other => FetchError::transient(format!("{other}")),
    }
}

/// Where a redirect leads: the `Location` made absolute, refused when it would leave https
/// for anything else (the page would then travel unencrypted) or is not an http(s) URL.
fn next_hop(current: &str, location: &str) -> Result<String, FetchError> {
    let next = resolve(current, location);
    if current.to_ascii_lowercase().starts_with("https://")
        && !next.to_ascii_lowercase().starts_with("https://")
    {
        return Err(FetchError::final_(format!(
            "refused a redirect from https to {next}"
        )));
    }
    check_url(&next).map_err(|e| FetchError::final_(format!("{e:#}")))?;
    Ok(next)
}

/// A `Location` header made absolute against the URL that answered with it.
fn resolve(base: &str, location: &str) -> String {
    let location = location.trim();
    // "scheme:" before any '/', '?' or '#' makes it absolute (and check_url judges it later).
    let scheme_end = location.find(':');
    let first_sep = location.find(['/', '?', '#']).unwrap_or(location.len());
    if let Some(end) = scheme_end.filter(|&e| e > 0 && e < first_sep) {
        if location[..end]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        {
            return location.to_string();
        }
    }
    let (scheme, rest) = base.split_once("://").unwrap_or(("https", base));
    if let Some(net) = location.strip_prefix("//") {
        return format!("{scheme}://{net}");
    }
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..host_end];
    if location.starts_with('/') {
        return format!("{scheme}://{host}{location}");
    }
    let path = rest[host_end..].split(['?', '#']).next().unwrap_or("");
    let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
    format!("{scheme}://{host}{dir}/{location}")
}

/// The reason phrase of the statuses sources answer with most ("Not Found"); none for others.
fn reason_phrase(status: u16) -> &'static str {
    let known = matches!(status, 400 | 401 | 403 | 404 | 410 | 429 | 500 | 502..=504);
    let code = ureq::http::StatusCode::from_u16(status)
        .ok()
        .filter(|_| known);
    code.and_then(|c| c.canonical_reason()).unwrap_or("")
}

/// "20 MB", "512 KB", "100 bytes".
pub fn human_bytes(n: u64) -> String {
    if n >= 1024 * 1024 && n.is_multiple_of(1024 * 1024) {
        format!("{} MB", n / (1024 * 1024))
    } else if n >= 1024 && n.is_multiple_of(1024) {
        format!("{} KB", n / 1024)
    } else {
        format!("{n} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_resolve_against_the_answering_url() {
        let base = "https://a.org/x/y/page.md?q=1";
        for (loc, want) in [
            ("https://b.org/z.md", "https://b.org/z.md"),
            ("http://b.org/z.md", "http://b.org/z.md"),
            ("//c.org/z.md", "https://c.org/z.md"),
            ("/root.md", "https://a.org/root.md"),
            ("other.md", "https://a.org/x/y/other.md"),
            ("file:///etc/passwd", "file:///etc/passwd"),
        ] {
            assert_eq!(resolve(base, loc), want, "{loc}");
        }
    }

    #[test]
    fn redirects_never_leave_https_for_http() {
        let https = "https://a.org/x.md";
        assert_eq!(next_hop(https, "/y.md").unwrap(), "https://a.org/y.md");
        assert_eq!(
            next_hop(https, "https://b.org/y.md").unwrap(),
            "https://b.org/y.md"
        );
        let refused = next_hop(https, "http://a.org/y.md").unwrap_err();
        assert!(refused
            .reason
            .contains("refused a redirect from https to http://a.org/y.md"));
        assert!(!refused.retryable);
        assert!(next_hop(https, "//evil.org/y.md")
            .unwrap()
            .starts_with("https://"));
        assert!(next_hop("http://a.org/x.md", "https://a.org/y.md").is_ok());
        assert!(next_hop("http://a.org/x.md", "ftp://a.org/y.md").is_err());
    }

    #[test]
    fn reason_phrases() {
        assert_eq!(reason_phrase(404), "Not Found");
        assert_eq!(reason_phrase(429), "Too Many Requests");
        assert_eq!(reason_phrase(503), "Service Unavailable");
        assert_eq!(reason_phrase(418), "");
    }

    #[test]
    fn sizes_read_well() {
        assert_eq!(human_bytes(20 * 1024 * 1024), "20 MB");
        assert_eq!(human_bytes(2048), "2 KB");
        assert_eq!(human_bytes(1000), "1000 bytes");
    }
}
