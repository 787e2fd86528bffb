//! [`Finding`]: a saved comparison with the analyst's texts.
//!
//! A finding keeps a *frozen* copy ([`FrozenSelection`]) of the baseline and
//! the selection it was made with, so renaming or editing a named selection
//! later never silently changes what a finding shows. When the named
//! selection it came from has changed, the finding is *stale*
//! ([`Finding::is_stale`]); the UI says so and offers
//! [`Finding::update_to_current`].

use serde::{Deserialize, Serialize};

use crate::charts::ChartSpec;
use crate::i18n::Language;
use crate::model::{Filter, NamedSelection, SelectionId, Selections, StoryId};

use super::{Against, Comparison};

crate::model::numeric_id! {
    /// Stable identifier of a finding within a project.
    FindingId
}

/// A copy of a selection as it was when a finding was made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FrozenSelection {
    /// The selection's name as it was.
    pub name: String,
    /// The selection's filter as it was.
    pub filter: Filter,
    /// The named selection this was copied from; `None` for "all stories"
    /// or a filter typed for this finding only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<SelectionId>,
}

/// How a frozen selection relates to the named selection it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrozenStatus {
    /// Not made from a named selection.
    Detached,
    /// Same name and filter as the named selection.
    Current,
    /// The named selection was renamed or its filter edited since.
    Changed,
    /// The named selection was deleted; the frozen copy is all there is.
    Deleted,
}

impl FrozenSelection {
    /// Every story, named in `language` ("Alle verhalen").
    pub fn all(language: Language) -> Self {
        Self {
            name: language.strings().whole_set.to_owned(),
            filter: Filter::All,
            from: None,
        }
    }

    /// A copy of `named` as it is now.
    pub fn of(named: &NamedSelection) -> Self {
        Self {
            name: named.name.clone(),
            filter: named.filter.clone(),
            from: Some(named.id),
        }
    }

    /// Whether the named selection it came from still matches this copy.
    pub fn status(&self, selections: &Selections) -> FrozenStatus {
        let Some(id) = self.from else {
            return FrozenStatus::Detached;
        };
        match selections.get(id) {
            None => FrozenStatus::Deleted,
            Some(named) if named.name == self.name && named.filter == self.filter => {
                FrozenStatus::Current
            }
            Some(_) => FrozenStatus::Changed,
        }
    }

    /// Copies the named selection again when it changed; true if it did.
    fn refreeze(&mut self, selections: &Selections) -> bool {
        match self.from.and_then(|id| selections.get(id)) {
            Some(named) if self.status(selections) == FrozenStatus::Changed => {
                *self = Self::of(named);
                true
            }
            _ => false,
        }
    }
}

/// A story quoted as an example, by id so a newer export keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The story quoted.
    pub story_id: StoryId,
    /// The quoted words, verbatim from the story's title or text (before
    /// redactions, which every export applies).
    pub excerpt: String,
}

/// A saved comparison: a chart of a baseline and a selection, with what the
/// analyst saw, what they see now, and what should change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable id within the project.
    pub id: FindingId,
    /// The finding's title, shown in lists, slides and reports.
    pub title: String,
    /// The chart, with the options it was saved with.
    pub chart: ChartSpec,
    /// What "all" means here: usually every story.
    pub baseline: FrozenSelection,
    /// The selection compared, as it was when saved.
    pub selection: FrozenSelection,
    /// What the selection is compared against; left out of the file when
    /// it is the baseline, so files without it (every file before it
    /// existed) load unchanged.
    #[serde(default, skip_serializing_if = "Against::is_default")]
    pub against: Against,
    /// "Wat zagen we?": the pattern in the baseline.
    pub saw: String,
    /// "Wat zien we nu?": how the selection differs.
    pub see_now: String,
    /// The analyst's reading of the difference.
    #[serde(default)]
    pub interpretation: String,
    /// Improvement proposals, in the order they are presented.
    #[serde(default)]
    pub proposals: Vec<String>,
    /// Stories quoted as examples, in the order shown.
    #[serde(default)]
    pub quotes: Vec<Quote>,
    /// The report lists what makes the selection different from the rest
    /// (`patterns::differences`, its significant rows) under this finding.
    /// Left out of the file when off.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub show_differences: bool,
}

impl Finding {
    /// A finding with empty texts.
    pub fn new(
        id: FindingId,
        title: impl Into<String>,
        chart: ChartSpec,
        baseline: FrozenSelection,
        selection: FrozenSelection,
    ) -> Self {
        Self {
            id,
            title: title.into(),
            chart,
            baseline,
            selection,
            against: Against::Baseline,
            saw: String::new(),
            see_now: String::new(),
            interpretation: String::new(),
            proposals: Vec::new(),
            quotes: Vec::new(),
            show_differences: false,
        }
    }

    /// The comparison the finding shows: its chart spec as saved (minimum n
    /// included), its frozen baseline and selection.
    pub fn comparison(&self) -> Comparison {
        Comparison {
            spec: self.chart.clone(),
            baseline: self.baseline.clone(),
            selection: Some(self.selection.clone()),
            against: self.against,
        }
    }

    /// True when the named selection behind the baseline or the selection
    /// was renamed or edited since the finding was made. A deleted named
    /// selection does not make a finding stale: there is nothing to update
    /// to, and the frozen copy keeps working.
    pub fn is_stale(&self, selections: &Selections) -> bool {
        [&self.baseline, &self.selection]
            .iter()
            .any(|frozen| frozen.status(selections) == FrozenStatus::Changed)
    }

    /// Copies the current state of the named selections the finding was made
    /// from; returns whether anything changed.
    pub fn update_to_current(&mut self, selections: &Selections) -> bool {
        let baseline = self.baseline.refreeze(selections);
        let selection = self.selection.refreeze(selections);
        baseline || selection
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::QuestionId;

    fn finding(selections: &Selections, id: SelectionId) -> Finding {
        let named = selections.get(id).unwrap();
        Finding::new(
            FindingId(1),
            "Gevoel",
            ChartSpec::new(QuestionId::new("gevoel")),
            FrozenSelection::all(Language::Dutch),
            FrozenSelection::of(named),
        )
    }

    #[test]
    fn against_is_saved_only_when_it_is_the_rest() {
        let selections = Selections::new();
        let mut f = Finding::new(
            FindingId(1),
            "Gevoel",
            ChartSpec::new(QuestionId::new("gevoel")),
            FrozenSelection::all(Language::Dutch),
            FrozenSelection::all(Language::Dutch),
        );
        let saved = serde_json::to_string(&f).unwrap();
        assert!(!saved.contains("against"), "{saved}");
        assert_eq!(f.comparison().against, Against::Baseline);
        f.against = Against::Rest;
        let saved = serde_json::to_string(&f).unwrap();
        assert!(saved.contains(r#""against":"rest""#), "{saved}");
        let loaded: Finding = serde_json::from_str(&saved).unwrap();
        assert_eq!(loaded.comparison().against, Against::Rest);
        assert_eq!(loaded.comparison().spec, f.chart);
        assert!(!loaded.is_stale(&selections));
    }

    #[test]
    fn edits_to_a_named_selection_make_a_finding_stale_until_updated() {
        let mut selections = Selections::new();
        let high = selections
            .create_named("Hoog", Filter::slider_at_least("voorbeeld", 70.0))
            .unwrap();
        let mut f = finding(&selections, high);
        assert!(!f.is_stale(&selections));
        assert_eq!(f.baseline.status(&selections), FrozenStatus::Detached);

        selections
            .set_filter(high, Filter::slider_at_least("voorbeeld", 80.0))
            .unwrap();
        assert!(f.is_stale(&selections));
        assert_eq!(
            f.selection.filter,
            Filter::slider_at_least("voorbeeld", 70.0)
        );
        assert!(f.update_to_current(&selections));
        assert_eq!(
            f.selection.filter,
            Filter::slider_at_least("voorbeeld", 80.0)
        );
        assert!(!f.is_stale(&selections));
        assert!(!f.update_to_current(&selections));

        selections.rename(high, "Heel hoog").unwrap();
        assert!(f.is_stale(&selections));
        f.update_to_current(&selections);
        assert_eq!(f.selection.name, "Heel hoog");

        selections.delete(high).unwrap();
        assert_eq!(f.selection.status(&selections), FrozenStatus::Deleted);
        assert!(!f.is_stale(&selections));
        assert!(!f.update_to_current(&selections));
        assert_eq!(f.selection.name, "Heel hoog", "the frozen copy stays");
    }
}
