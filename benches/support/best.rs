//! The timing loop the native benches share.

use std::time::{Duration, Instant};

/// Best time of `f` in seconds: at least 5 runs, or as many as fit in 0.5 s, up to 30. The best
/// run, not the mean: on a shared machine the slow runs are other work, not `f`'s.
pub fn best(mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    let mut best = f64::MAX;
    let mut runs = 0;
    while runs < 5 || (runs < 30 && start.elapsed() < Duration::from_millis(500)) {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed().as_secs_f64());
        runs += 1;
    }
    best
}
