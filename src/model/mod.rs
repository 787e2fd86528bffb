//! The data model: what a survey is once imported.
//!
//! - [`Codebook`] lists the [`Question`]s, each with a [`QuestionKind`] and
//!   the source columns that feed it.
//! - [`Dataset`] holds the stories column by column ([`Column`]), one typed
//!   vector per question, so counting is a single pass over flat memory.
//! - [`Selection`] is a set of stories as a bitset; filters evaluate to it
//!   and charts count over it.

mod answer;
mod cache;
mod column;
mod dataset;
mod filter;
mod named;
mod numeric_id;
mod question;
mod selection;

pub use answer::Answer;
pub use cache::ColumnCache;
pub use column::{
    ChoiceColumn, Column, MISSING_CODE, MultiColumn, NOT_APPLICABLE_CODE, NumberColumn, Presence,
    StonesColumn, TextColumn, TriadColumn,
};
pub use dataset::{Dataset, DatasetError, StoryId};
pub use filter::{
    Bounds, CENTRE_WEIGHT, CORNER_WEIGHT, Condition, Construct, Date, Expected, Filter,
    FilterError, Found, Instead, KindName, MAX_DEPTH, ParseError, ParseErrorKind, Region,
    TriadZone, describe, fold_text, folded_matches, parse_filter, to_text, zone_of,
};
pub use named::{NamedSelection, SelectionId, Selections, SelectionsError};
pub(crate) use numeric_id::numeric_id;
pub use question::{Codebook, Question, QuestionId, QuestionKind, TextRole, is_metadata_column};
pub use selection::Selection;
