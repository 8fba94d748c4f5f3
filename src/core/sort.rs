//! One stable sort for the whole app, compiled once.
//!
//! Every `slice::sort_by` call with its own closure or element type monomorphises the standard
//! library's driftsort anew: about 3 KB of WebAssembly each, and 25 copies came to 80 KB of the
//! bundle. Here the standard sort runs once, on a permutation of `u32` indices with a `dyn`
//! comparator, and the permutation is then applied by swapping, a few lines per element type.
//! The cost is one indirect call per comparison, which is nothing next to what the comparators
//! do. Hot sorts of plain integers (`sort_unstable` on `u64` n-grams) stay on the standard sort.

use std::cmp::Ordering;

/// Stable sort of `v` by `cmp`, like `slice::sort_by`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<u32> = (0..v.len() as u32).collect();
    sort_indices(&mut order, &mut |a, b| cmp(&v[a as usize], &v[b as usize]));
    permute(v, &order);
}

/// Stable sort of `v` by a key, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sort of `v` in its natural order, like `slice::sort` (stable, so also like `sort_unstable`
/// for plain values).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The one instantiation of the standard sort.
#[inline(never)]
fn sort_indices(order: &mut [u32], cmp: &mut dyn FnMut(u32, u32) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Rearranges `v` so that `v[k]` becomes the old `v[order[k]]`, following each cycle of the
/// permutation with swaps.
fn permute<T>(v: &mut [T], order: &[u32]) {
    let mut placed = vec![false; v.len()];
    for start in 0..v.len() {
        if placed[start] {
            continue;
        }
        let mut j = start;
        loop {
            placed[j] = true;
            let from = order[j] as usize;
            if from == start {
                break;
            }
            v.swap(j, from);
            j = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::synth::Rng;

    #[test]
    fn it_sorts_like_the_standard_stable_sort() {
        let mut rng = Rng(7);
        for len in [0usize, 1, 2, 3, 10, 100, 1000] {
            let v: Vec<(usize, u32)> = (0..len as u32).map(|i| (rng.below(8), i)).collect();
            let mut ours = v.clone();
            let mut std_sorted = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            std_sorted.sort_by_key(|p| p.0);
            assert_eq!(ours, std_sorted, "length {len}");
        }
    }

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v = vec![(2, "a"), (1, "b"), (2, "c"), (1, "d")];
        sort_by(&mut v, |x, y| x.0.cmp(&y.0));
        assert_eq!(v, vec![(1, "b"), (1, "d"), (2, "a"), (2, "c")]);
    }

    #[test]
    fn owned_values_are_moved_not_copied() {
        let mut v: Vec<String> = ["pear", "fig", "apple", "kiwi"].map(String::from).to_vec();
        sort_by(&mut v, |a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
        assert_eq!(v, ["fig", "kiwi", "pear", "apple"]);
    }
}
