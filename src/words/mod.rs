//! Words: what the stories say that the answers don't.
//!
//! A [`WordIndex`] is built once per dataset: each story cut into words at
//! Unicode boundaries, lower-cased, stop words left out and stemmed in the
//! story's own language ([`analyzer`]). From it, for any population,
//! [`word_list`] ranks terms by the stories that use them, [`keyness`]
//! tests which terms a selection uses more or less often than the rest
//! (signed G², Log Ratio, p and Benjamini–Hochberg q), and [`kwic`] lists
//! every occurrence of a term in its context.

pub mod analyzer;
mod build;
mod cache;
mod index;
mod keyness;
mod kwic;
mod phrase;
mod stop_words;

pub use analyzer::{Analyzer, StopWordEdits, WordOptions};
pub(crate) use cache::column_index;
pub use cache::{NoIndex, NotAWord, check_word, is_built, text_index};
pub use index::{Term, WordIndex};
pub use keyness::{KeyTerm, Keyness, ListedTerm, TermCounts, WordList, keyness, word_list};
pub use kwic::{CONTEXT_CHARS, KwicLine, KwicOrder, kwic, story_kwic};
pub use phrase::{NotAPhrase, check_phrase};
