//! The headings open before a heading position, found by walking up chains of headings.
//!
//! The open headings per level before a position are what reading the headings in order
//! leaves: a heading at level `l` (clamped to 1..=6) opens slot `l` and closes every deeper
//! one. Rather than a snapshot of the seven slots per position (28 bytes, twice: for all
//! headings and for context headings only), each heading keeps the nearest heading before it
//! at a smaller level (4 bytes): the open headings before a position are the last heading
//! before it and that heading's chain, shallower at every step, so a walk is at most six
//! steps.

/// A heading index + 1 (0: none), as the chains keep it.
pub(crate) type Link = u32;

fn link(i: usize) -> Link {
    // (A page with 4 billion headings would lose its chains, not panic.)
    u32::try_from(i + 1).unwrap_or(0)
}

fn clamped(level: u8) -> u8 {
    level.clamp(1, 6)
}

/// For each heading, the nearest heading before it with a smaller level among the headings
/// `counts` accepts (0 for the others), and for each position (0..=n) the last such heading
/// before it.
pub(crate) fn chains(levels: &[u8], counts: impl Fn(usize) -> bool) -> (Vec<Link>, Vec<Link>) {
    let mut up = vec![0; levels.len()];
    let mut last = Vec::with_capacity(levels.len() + 1);
    let mut stack: Vec<usize> = Vec::new();
    let mut prev = 0;
    for (i, &level) in levels.iter().enumerate() {
        last.push(prev);
        if !counts(i) {
            continue;
        }
        let l = clamped(level);
        while stack.last().is_some_and(|&j| clamped(levels[j]) >= l) {
            stack.pop();
        }
        up[i] = stack.last().map_or(0, |&j| link(j));
        stack.push(i);
        prev = link(i);
    }
    last.push(prev);
    (up, last)
}

/// The open headings strictly shallower than `bound` (a level; 7 and above: all), nearest
/// first, from the last heading `start` (a [`Link`]) up its chain.
pub(crate) fn open_above(
    start: Link,
    up: &[Link],
    level: impl Fn(usize) -> u8,
    bound: u8,
) -> Vec<usize> {
    let top = bound.min(7);
    let mut out = Vec::new();
    let mut at = start;
    // (Levels fall at every step: at most six; the bound only guards a broken chain.)
    for _ in 0..up.len().min(7) {
        let Some(i) = (at as usize).checked_sub(1) else {
            break;
        };
        if clamped(level(i)) < top {
            out.push(i);
        }
        at = up.get(i).copied().unwrap_or(0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The snapshots the chains replace: the open slots per level before each position.
    fn snapshots(levels: &[u8], counts: impl Fn(usize) -> bool) -> Vec<[Option<usize>; 7]> {
        let mut open = [None; 7];
        let mut out = Vec::new();
        for (i, &level) in levels.iter().enumerate() {
            out.push(open);
            if counts(i) {
                let l = usize::from(clamped(level));
                open[l] = Some(i);
                open[l + 1..].fill(None);
            }
        }
        out.push(open);
        out
    }

    fn from_snapshot(snapshot: &[Option<usize>; 7], bound: u8) -> Vec<usize> {
        let top = usize::from(bound.min(7));
        (1..top).rev().filter_map(|l| snapshot[l]).collect()
    }

    proptest! {
        /// Walking the chains gives, for every position and bound, what the snapshots give,
        /// for all headings and for those outside ideas.
        #[test]
        fn chains_give_the_snapshots(
            headings in prop::collection::vec((0u8..9, any::<bool>()), 0..60),
        ) {
            let levels: Vec<u8> = headings.iter().map(|h| h.0).collect();
            let in_idea: Vec<bool> = headings.iter().map(|h| h.1).collect();
            for counts in [&(|_: usize| true) as &dyn Fn(usize) -> bool, &|i: usize| !in_idea[i]] {
                let (up, last) = chains(&levels, counts);
                let snaps = snapshots(&levels, counts);
                prop_assert_eq!(last.len(), snaps.len());
                for (pos, snap) in snaps.iter().enumerate() {
                    for bound in 0..10 {
                        prop_assert_eq!(
                            open_above(last[pos], &up, |i| levels[i], bound),
                            from_snapshot(snap, bound),
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_page_of_headings() {
        // # A, ## B (in an idea), ### C, ## D, #### E
        let levels = [1, 2, 3, 2, 4];
        let in_idea = [false, true, false, false, false];
        let (up, last) = chains(&levels, |i| !in_idea[i]);
        assert_eq!(open_above(last[5], &up, |i| levels[i], 7), vec![4, 3, 0]);
        assert_eq!(open_above(last[3], &up, |i| levels[i], 7), vec![2, 0]);
        assert_eq!(open_above(last[3], &up, |i| levels[i], 3), vec![0]);
        assert_eq!(
            open_above(last[0], &up, |i| levels[i], 7),
            Vec::<usize>::new()
        );
        let (up, last) = chains(&levels, |_| true);
        assert_eq!(open_above(last[3], &up, |i| levels[i], 7), vec![2, 1, 0]);
    }
}
