//! [`ColumnCache`]: facts derived from a column once and shared by every
//! chart drawn from the dataset (which rows answered as a bitset, the rank
//! order of a slider's values, ...).
//!
//! A dataset's columns never change after [`Dataset::new`](super::Dataset),
//! so whatever is derived from one stays valid for the dataset's life. The
//! cache is keyed by column and by the type of the derived value, so the
//! model does not need to know what charts derive; it is not serialised,
//! not compared, and starts empty in a clone.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

type Slot = Arc<dyn Any + Send + Sync>;

/// Values derived from columns, built on first use.
#[derive(Default)]
pub struct ColumnCache {
    slots: Mutex<HashMap<(usize, TypeId), Slot>>,
}

impl ColumnCache {
    /// The `T` derived from column `column`, built by `build` the first time.
    pub fn get_or_build<T: Any + Send + Sync>(
        &self,
        column: usize,
        build: impl FnOnce() -> T,
    ) -> Arc<T> {
        let key = (column, TypeId::of::<T>());
        if let Some(found) = self.lock().get(&key).cloned()
            && let Ok(found) = found.downcast::<T>()
        {
            return found;
        }
        // Built outside the lock: two threads may both build, and the
        // second insert wins; both results are equal.
        let built = Arc::new(build());
        self.lock().insert(key, built.clone());
        built
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(usize, TypeId), Slot>> {
        // A panic while holding the lock cannot leave the map half-written
        // (inserts are single calls), so a poisoned lock is still usable.
        self.slots
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Clone for ColumnCache {
    fn clone(&self) -> Self {
        Self::default()
    }
}

impl PartialEq for ColumnCache {
    /// Derived values say nothing the columns do not: always equal.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for ColumnCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ColumnCache({} entries)", self.lock().len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_once_per_column_and_type() {
        let cache = ColumnCache::default();
        let mut builds = 0;
        let a = cache.get_or_build(0, || {
            builds += 1;
            vec![1u32]
        });
        let b = cache.get_or_build(0, || {
            builds += 1;
            vec![2u32]
        });
        assert_eq!(
            (a.as_slice(), b.as_slice(), builds),
            (&[1][..], &[1][..], 1)
        );
        let other = cache.get_or_build(1, || vec![3u32]);
        assert_eq!(other[0], 3);
        let text = cache.get_or_build(0, || "x".to_owned());
        assert_eq!(text.as_str(), "x");
        assert_eq!(format!("{:?}", cache.clone()), "ColumnCache(0 entries)");
    }
}
