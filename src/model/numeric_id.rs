//! [`numeric_id!`]: the newtype of a stable numeric id (named selections,
//! findings, perspectives), serialised as the bare number and shown as it.

/// Declares `pub struct $name(pub u32)` with the derives every id needs
/// (copy, order, hash, serde as a plain number) and `Display`.
macro_rules! numeric_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone,
            Copy,
            Debug,
            PartialEq,
            Eq,
            PartialOrd,
            Ord,
            Hash,
            serde::Serialize,
            serde::Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

pub(crate) use numeric_id;

#[cfg(test)]
mod tests {
    numeric_id! {
        /// An id for the test.
        TestId
    }

    #[test]
    fn an_id_is_its_number_in_json_and_text() {
        assert_eq!(serde_json::to_string(&TestId(7)).unwrap(), "7");
        assert_eq!(serde_json::from_str::<TestId>("12").unwrap(), TestId(12));
        assert_eq!(TestId(3).to_string(), "3");
        assert!(TestId(2) < TestId(10));
    }
}
