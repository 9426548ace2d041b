//! Whether the servers of a sync can be reached, known once rather than per source.
//!
//! With the network down, fetching each of several hundred sources in turn and retrying each
//! costs minutes and says the same thing hundreds of times. Before fetching, a sync asks a few
//! of its hosts for anything at all ([`probe`]); when none answers it stops, says so in one
//! line and changes nothing. While fetching, a host that could not be reached at all is not
//! asked again in the same sync ([`Hosts`]): its other sources fail at once with the reason.

use super::fetch::{FetchError, Fetcher};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

/// The host (and port) of an http(s) URL, lower-cased: "raw.githubusercontent.com".
pub fn host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    host.to_ascii_lowercase()
}

/// Asks up to `hosts` distinct hosts among `urls` (in parallel, each within `within`) whether
/// they answer. `Ok` as soon as one does; otherwise the reasons, host by host.
pub fn probe(
    fetcher: &Fetcher,
    urls: &[&str],
    hosts: usize,
    within: Duration,
) -> Result<(), Vec<(String, String)>> {
    let mut picked: Vec<&str> = Vec::new();
    let mut seen = Vec::new();
    for url in urls {
        let h = host(url);
        if !seen.contains(&h) {
            seen.push(h);
            picked.push(url);
            if picked.len() == hosts {
                break;
            }
        }
    }
    if picked.is_empty() {
        return Ok(());
    }
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        for url in &picked {
            let tx = tx.clone();
            scope.spawn(move || {
                let _ = tx.send((host(url), fetcher.reaches(url, within)));
            });
        }
        drop(tx);
        let deadline = std::time::Instant::now() + within + Duration::from_secs(1);
        let mut failed = Vec::new();
        while failed.len() < picked.len() {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match rx.recv_timeout(left) {
                Ok((_, Ok(()))) => return Ok(()),
                // An answer other than "not reached" (a TLS error, a reset) is still a host
                // that exists: the network is up, the fetches will say what went wrong.
                Ok((_, Err(e))) if !e.unreachable => return Ok(()),
                Ok((h, Err(e))) => failed.push((h, e.reason)),
                Err(_) => break,
            }
        }
        Err(failed)
    })
}

/// The hosts found unreachable during one sync.
#[derive(Default)]
pub struct Hosts {
    down: Mutex<HashMap<String, String>>,
}

impl Hosts {
    /// Why `url`'s host was found unreachable earlier in this sync, if it was.
    pub fn known_down(&self, url: &str) -> Option<String> {
        self.lock().get(&host(url)).cloned()
    }

    /// Notes a failed fetch of `url`: a host not reached at all is not asked again.
    pub fn note(&self, url: &str, error: &FetchError) {
        if error.unreachable {
            self.lock()
                .entry(host(url))
                .or_insert_with(|| error.reason.clone());
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, String>> {
        self.down
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_lower_cased_with_their_port() {
        assert_eq!(host("https://Example.ORG/a/b?c#d"), "example.org");
        assert_eq!(host("http://127.0.0.1:8080/x"), "127.0.0.1:8080");
        assert_eq!(host("https://user@a.org/x"), "a.org");
    }

    #[test]
    fn a_dead_local_port_is_unreachable_and_said_once() {
        // A port nothing listens on: bind, note the port, close.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let fetcher = Fetcher::new(Default::default());
        let a = format!("http://127.0.0.1:{port}/a.md");
        let b = format!("http://127.0.0.1:{port}/b.md");
        let err = probe(&fetcher, &[&a, &b], 3, Duration::from_secs(3)).unwrap_err();
        assert_eq!(err.len(), 1, "{err:?}");
        let hosts = Hosts::default();
        let e = fetcher
            .fetch_with(&a, None, &Default::default())
            .expect_err("nothing listens");
        assert!(e.unreachable, "{e:?}");
        hosts.note(&a, &e);
        assert!(hosts.known_down(&b).is_some());
        assert!(hosts.known_down("http://127.0.0.1:1/x").is_none());
    }
}
