//! `--select`, `--baseline` and `--vs-rest`: the comparison arguments that
//! `storylens chart` and `storylens words` share (flattened into each), and
//! how they set a [`Comparison`]'s populations.
//!
//! The help below is `chart`'s; `words` says in its own words what the
//! same flags mean for keyness (see `WordsArgs`).

use clap::Args;

use crate::i18n::Language;
use crate::model::Dataset;
use crate::project::{Against, Comparison};

use super::CliError;
use super::chart::frozen;

/// The populations of a comparison, as typed on the command line.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Compare with a selection, in the filter language, e.g.
    /// '"Voorbeeld van goed onderwijs" >= 70'.
    /// A selection may start with `-` (`-inf`, a negative number): taken
    /// as the value, not as another option.
    #[arg(long, value_name = "EXPR", allow_hyphen_values = true)]
    pub select: Option<String>,
    /// The baseline to compare with (default: all stories).
    #[arg(
        long,
        value_name = "EXPR",
        requires = "select",
        allow_hyphen_values = true
    )]
    pub baseline: Option<String>,
    /// Compare the selection with the rest of the baseline's stories.
    #[arg(long, requires = "select")]
    pub vs_rest: bool,
}

impl CompareArgs {
    /// Sets `comparison`'s baseline (all stories unless `--baseline`),
    /// selection and what the selection is compared against; a mistake in
    /// a typed selection is reported in `error_language`.
    pub fn apply(
        &self,
        comparison: &mut Comparison,
        dataset: &Dataset,
        error_language: Language,
    ) -> Result<(), CliError> {
        if let Some(text) = &self.baseline {
            comparison.baseline = frozen(text, dataset, error_language)?;
        }
        comparison.selection = self
            .select
            .as_deref()
            .map(|text| frozen(text, dataset, error_language))
            .transpose()?;
        if self.vs_rest {
            comparison.against = Against::Rest;
        }
        Ok(())
    }
}
