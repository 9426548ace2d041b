//! Fetching many sources at once, politely: a bounded pool of threads (std only, no runtime),
//! and at most a few requests at once to any one host, so a sync of several hundred pages is
//! fast without a burst of requests to one server (most pages live on a handful of hosts).
//!
//! A free thread takes the first waiting item whose host has room, so items of a busy host
//! wait while those of other hosts go ahead; results come back in the order of the input.

use std::collections::HashMap;
use std::sync::{Condvar, Mutex, PoisonError};

/// Requests at once to one host.
pub const PER_HOST: usize = 2;

struct State {
    /// Indices of the items not started yet, in input order.
    waiting: Vec<usize>,
    /// Items running per host.
    busy: HashMap<String, usize>,
}

/// Applies `f` to every item on `jobs` threads, at most `per_host` at once for items of the
/// same `host(item)`; the results in input order.
pub fn run<T: Sync, R: Send>(
    items: &[T],
    jobs: usize,
    per_host: usize,
    host: impl Fn(&T) -> String + Sync,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let jobs = jobs.clamp(1, items.len().max(1));
    let per_host = per_host.max(1);
    let hosts: Vec<String> = items.iter().map(&host).collect();
    let state = Mutex::new(State {
        waiting: (0..items.len()).collect(),
        busy: HashMap::new(),
    });
    let changed = Condvar::new();
    let lock = || state.lock().unwrap_or_else(PoisonError::into_inner);
    // The next item a thread may start, waiting while every waiting item's host is full;
    // `None` when nothing is left.
    let take = || -> Option<usize> {
        let mut s = lock();
        loop {
            if s.waiting.is_empty() {
                return None;
            }
            let room = |s: &State, i: usize| s.busy.get(&hosts[i]).copied().unwrap_or(0) < per_host;
            if let Some(at) = s.waiting.iter().position(|&i| room(&s, i)) {
                let i = s.waiting.remove(at);
                *s.busy.entry(hosts[i].clone()).or_insert(0) += 1;
                return Some(i);
            }
            s = changed.wait(s).unwrap_or_else(PoisonError::into_inner);
        }
    };
    let done = |i: usize| {
        let mut s = lock();
        if let Some(n) = s.busy.get_mut(&hosts[i]) {
            *n = n.saturating_sub(1);
        }
        drop(s);
        changed.notify_all();
    };
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..jobs)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    while let Some(i) = take() {
                        mine.push((i, f(&items[i])));
                        done(i);
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::{Duration, Instant};

    #[test]
    fn no_host_gets_more_than_its_share_and_order_is_kept() {
        // 3 hosts, 10 items each; 8 threads, 2 per host.
        let items: Vec<(usize, usize)> = (0..30).map(|i| (i % 3, i)).collect();
        let running: Vec<AtomicUsize> = (0..3).map(|_| AtomicUsize::new(0)).collect();
        let most: Vec<AtomicUsize> = (0..3).map(|_| AtomicUsize::new(0)).collect();
        let all = AtomicUsize::new(0);
        let most_all = AtomicUsize::new(0);
        let start = Instant::now();
        let out = run(
            &items,
            8,
            2,
            |(h, _)| format!("host{h}"),
            |&(h, i)| {
                let now = running[h].fetch_add(1, Ordering::SeqCst) + 1;
                most[h].fetch_max(now, Ordering::SeqCst);
                most_all.fetch_max(all.fetch_add(1, Ordering::SeqCst) + 1, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(20));
                all.fetch_sub(1, Ordering::SeqCst);
                running[h].fetch_sub(1, Ordering::SeqCst);
                i * 10
            },
        );
        assert_eq!(out, (0..30).map(|i| i * 10).collect::<Vec<_>>());
        for m in &most {
            assert_eq!(m.load(Ordering::SeqCst), 2);
        }
        // The hosts ran side by side: 6 at once, not 2 (nor the 8 threads).
        assert_eq!(most_all.load(Ordering::SeqCst), 6);
        // 10 items per host, 2 at a time, 20 ms each: about 100 ms, not 600.
        assert!(
            start.elapsed() < Duration::from_millis(450),
            "{:?}",
            start.elapsed()
        );
    }

    #[test]
    fn nothing_to_do_is_no_work() {
        let none: Vec<u8> = Vec::new();
        assert!(run(&none, 8, 2, |_| String::new(), |&x| x).is_empty());
    }
}
