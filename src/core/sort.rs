//! One sort for the whole core.
//!
//! Each `sort_by_key` on a new element type compiles std's sort once more:
//! about 5 KB of wasm a time, some 70 KB for the core's dozen sorts. Here every
//! sort orders `(key, index)` pairs with the one instantiation of
//! `sort_unstable` on `[(u128, u32)]` and then moves the items into that order,
//! by swaps: the part compiled once per element type is the keys' collection
//! and the swaps, nothing more (no `Vec<Option<T>>` of its own, which cost ~10 KB of
//! the wasm over the core's sixteen sorts).
//! The index breaks ties, so the order is stable, as `sort_by_key`'s is.

/// Sorts `items` by `key`, stably (equal keys keep their order).
pub fn by_key<T>(items: &mut [T], key: impl Fn(&T) -> u128) {
    if items.len() < 2 {
        return;
    }
    let keys = items
        .iter()
        .enumerate()
        .map(|(i, item)| (key(item), i as u32))
        .collect();
    if let Some(order) = order(keys) {
        permute(items, order);
    }
}

/// The indices of `keys` in sorted order, or `None` when they are in order
/// already. Not generic: every sort shares it.
fn order(mut keys: Vec<(u128, u32)>) -> Option<Vec<u32>> {
    if keys.windows(2).all(|w| w[0] <= w[1]) {
        return None;
    }
    keys.sort_unstable();
    Some(keys.into_iter().map(|(_, i)| i).collect())
}

/// Puts `items[order[k]]` at `k` for every `k`, one cycle of the permutation
/// after another, by swaps.
fn permute<T>(items: &mut [T], mut order: Vec<u32>) {
    const DONE: u32 = u32::MAX;
    for start in 0..order.len() {
        let mut k = start;
        while order[k] != DONE {
            let from = order[k] as usize;
            order[k] = DONE;
            if from == start {
                break;
            }
            items.swap(k, from);
            k = from;
        }
    }
}

/// A key ordering two numbers below 2^64 by the first, then the second.
pub fn pair(first: usize, second: usize) -> u128 {
    ((first as u128) << 64) | second as u128
}

/// The key that orders `n` (below 2^64) from large to small.
pub fn descending(n: usize) -> u128 {
    u64::MAX as u128 - n as u128
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_std() {
        let mut seed = 7u64;
        for len in [0, 1, 2, 3, 10, 100, 1000] {
            let items: Vec<(usize, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 33) as usize % 17, i)
                })
                .collect();
            let mut ours = items.clone();
            by_key(&mut ours, |&(k, _)| k as u128);
            let mut std = items.clone();
            std.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std);
        }
    }

    #[test]
    fn keys_order_as_tuples() {
        assert!(pair(1, 9) < pair(2, 0));
        assert!(pair(2, 0) < pair(2, 1));
        assert!(descending(5) < descending(3));
        assert!(descending(usize::MAX) < descending(0));
    }
}
