//! [`on_every_core`]: independent pieces of work (one per column) spread
//! over the machine's cores.

/// `work(0..count)` on every core, the results in index order. Pieces are
/// dealt round-robin, so long ones (story columns) spread out. Should a
/// worker panic, its pieces are done again on this thread (where a
/// panic then shows as it would without threads).
pub fn on_every_core<T: Send>(count: usize, work: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .min(count);
    if threads <= 1 {
        return (0..count).map(&work).collect();
    }
    let work = &work;
    let mut results: Vec<Option<T>> = (0..count).map(|_| None).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|worker| {
                scope.spawn(move || {
                    (worker..count)
                        .step_by(threads)
                        .map(|at| (at, work(at)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for worker in workers {
            for (at, result) in worker.join().unwrap_or_default() {
                results[at] = Some(result);
            }
        }
    });
    results
        .into_iter()
        .enumerate()
        .map(|(at, result)| result.unwrap_or_else(|| work(at)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_order() {
        assert_eq!(on_every_core(7, |i| i * i), [0, 1, 4, 9, 16, 25, 36]);
        assert!(on_every_core(0, |i| i).is_empty());
    }
}
