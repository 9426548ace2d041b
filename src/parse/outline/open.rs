//! The headings open before a heading position: what reading the headings in order leaves, a
//! heading at level `l` (clamped to 1..=6) opening slot `l` and closing every deeper one.

/// The open heading (its index) per level 1..=6 before a position; slot 0 is never used.
pub(crate) type Slots = [Option<u32>; 7];

/// For each position 0..=n (before each heading, and after the last), the open headings among
/// those `counts` accepts.
pub(crate) fn snapshots(levels: &[u8], counts: impl Fn(usize) -> bool) -> Vec<Slots> {
    let mut open: Slots = [None; 7];
    let mut out = Vec::with_capacity(levels.len() + 1);
    for (i, &level) in levels.iter().enumerate() {
        out.push(open);
        if counts(i) {
            let l = usize::from(level.clamp(1, 6));
            // (A page with 4 billion headings would lose its slots, not panic.)
            open[l] = u32::try_from(i).ok();
            open[l + 1..].fill(None);
        }
    }
    out.push(open);
    out
}

/// The open headings of `slots` strictly shallower than `bound` (a level; 7 and above: all),
/// nearest first.
pub(crate) fn open_above(slots: &Slots, bound: u8) -> Vec<usize> {
    let top = usize::from(bound.min(7));
    (1..top)
        .rev()
        .filter_map(|l| slots[l].map(|i| i as usize))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_headings() {
        // # A, ## B (in an idea), ### C, ## D, #### E
        let levels = [1, 2, 3, 2, 4];
        let in_idea = [false, true, false, false, false];
        let snaps = snapshots(&levels, |i| !in_idea[i]);
        assert_eq!(open_above(&snaps[5], 7), vec![4, 3, 0]);
        assert_eq!(open_above(&snaps[3], 7), vec![2, 0]);
        assert_eq!(open_above(&snaps[3], 3), vec![0]);
        assert_eq!(open_above(&snaps[0], 7), Vec::<usize>::new());
        let snaps = snapshots(&levels, |_| true);
        assert_eq!(open_above(&snaps[3], 7), vec![2, 1, 0]);
    }
}
