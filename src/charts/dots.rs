//! How many stories a panel keeps as dots.
//!
//! A dot per story reads up to a few thousand stories; past that the dots
//! cover each other, and keeping them costs more than the rest of the chart
//! (a million triad points are 32 MB written per panel). So panels keep at
//! most [`DOT_LIMIT`] dots: an evenly spaced sample in row order, the same
//! sample every time. Means, tests, zones and density always count every
//! story; only the drawn dots are sampled, and the charts say so.

/// Most dots a panel keeps (see the module docs).
pub const DOT_LIMIT: usize = 5000;

/// Decides, story by story, which of `n` stories become dots: all of them
/// up to the limit, else every (n / limit)-th on average.
#[derive(Clone, Debug)]
pub(crate) struct DotSample {
    n: u64,
    limit: u64,
    seen: u64,
}

impl DotSample {
    /// A sample of at most `limit` of `n` stories; `None`: keep them all.
    pub fn new(n: usize, limit: Option<usize>) -> Self {
        Self {
            n: n as u64,
            limit: limit.map_or(u64::MAX, |l| l as u64),
            seen: 0,
        }
    }

    /// How many dots the sample keeps (at most; fewer if fewer stories come).
    pub fn capacity(&self) -> usize {
        self.n.min(self.limit) as usize
    }

    /// Room to reserve for the dots of a group of `size` of the `n`
    /// stories: its share of the sample, and one more for rounding.
    pub fn share(&self, size: u64) -> usize {
        (self.capacity() as u64 * size / self.n.max(1) + 1) as usize
    }

    /// Whether the next story becomes a dot.
    #[inline]
    pub fn keep(&mut self) -> bool {
        let i = self.seen;
        self.seen += 1;
        if self.n <= self.limit {
            return true;
        }
        // Story i is kept when ⌊i·limit/n⌋ steps up: `limit` of `n`, evenly.
        (i + 1) * self.limit / self.n > i * self.limit / self.n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_all_up_to_the_limit_then_an_even_sample_of_the_limit() {
        let mut all = DotSample::new(10, Some(10));
        assert!((0..10).all(|_| all.keep()));
        let mut sample = DotSample::new(1_000_000, Some(DOT_LIMIT));
        let kept: Vec<u64> = (0..1_000_000u64).filter(|_| sample.keep()).collect();
        assert_eq!(kept.len(), DOT_LIMIT);
        // Evenly spaced: every 200th story.
        assert!(
            kept.windows(2).all(|w| w[1] - w[0] == 200),
            "{:?}",
            &kept[..3]
        );
        let mut uneven = DotSample::new(7, Some(3));
        let kept: Vec<usize> = (0..7).filter(|_| uneven.keep()).collect();
        assert_eq!(kept, vec![2, 4, 6]);
        // No limit keeps everything.
        let mut unlimited = DotSample::new(1_000_000, None);
        assert_eq!(unlimited.capacity(), 1_000_000);
        assert!((0..1_000_000).all(|_| unlimited.keep()));
    }
}
