//! Display lumping (`ChartOptions::lumping`): one chart merges, renames or
//! hides options of its choice question(s) without changing the data or
//! the codebook.
//!
//! An [`OptionLumping`] names options by their index in the codebook.
//! [`LumpPlan::of`] resolves it against the question's options into the
//! chart's own options (merged groups at the place of their first member,
//! hidden ones left out) and, per codebook option, the chart option it
//! counts towards. [`Lumped::of`] then builds the question, column and
//! column index the chart is computed from, so bars, cross-tabs (and their
//! χ²), slider and triad groups, small multiples and marks all follow the
//! lumped options by construction:
//!
//! - merged options are one option: a single choice maps their codes to one
//!   code; a multiple choice's merged option is the union of its members'
//!   stories, so a story that chose two merged options counts once;
//! - hidden options are left out of the chart: a story whose only answers
//!   are hidden options counts as not answering (in n, the percentages and
//!   the tests), which the note under the chart states.
//!
//! [`LumpingNote`] is what the note under the chart says (rendered in
//! `charts::text`).

mod column;
mod edit;

use serde::{Deserialize, Serialize};

use crate::model::{Question, QuestionId, QuestionKind};

pub(crate) use column::Lumped;
pub use edit::with_lumping;

/// How one chart shows the options of one choice question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionLumping {
    /// The choice question whose options this lumps (the chart's question
    /// or its `by` question).
    pub question: QuestionId,
    /// Groups of options shown as one option under a new label.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merged: Vec<MergedOptions>,
    /// Options shown under another label.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub renamed: Vec<RenamedOption>,
    /// Options left out of the chart (indices into the codebook's options).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hidden: Vec<usize>,
}

/// Options merged into one, shown as `label`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergedOptions {
    /// The merged bar's or row's label ("negatief").
    pub label: String,
    /// Indices into the codebook's options of the question.
    pub options: Vec<usize>,
}

/// An option shown under another label.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenamedOption {
    /// Index into the codebook's options of the question.
    pub option: usize,
    /// The label the chart shows for it instead of the codebook's.
    pub label: String,
}

impl OptionLumping {
    /// No lumping of `question`'s options.
    pub fn new(question: QuestionId) -> Self {
        Self {
            question,
            merged: Vec::new(),
            renamed: Vec::new(),
            hidden: Vec::new(),
        }
    }

    /// Whether it changes nothing.
    pub fn is_empty(&self) -> bool {
        self.merged.is_empty() && self.renamed.is_empty() && self.hidden.is_empty()
    }
}

/// The lumping of `question` among a chart's lumpings (the first that
/// names it).
pub fn lumping_of<'a>(
    lumpings: &'a [OptionLumping],
    question: &QuestionId,
) -> Option<&'a OptionLumping> {
    lumpings
        .iter()
        .find(|l| l.question == *question && !l.is_empty())
}

/// A lumping resolved against the question's options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LumpPlan {
    /// The chart's options, in order.
    pub labels: Vec<String>,
    /// Per codebook option: the chart option it counts towards, `None`
    /// when hidden.
    pub target: Vec<Option<usize>>,
    /// Per chart option: its codebook options.
    pub members: Vec<Vec<usize>>,
}

impl LumpPlan {
    /// The plan of `lumping` for `options` (the codebook's). Unknown and
    /// repeated indices are skipped; an option in two groups stays in the
    /// first; a hidden option is not merged; a group left with no member
    /// is dropped. Every option hidden would leave no chart: then nothing
    /// is hidden.
    pub fn of(lumping: &OptionLumping, options: &[String]) -> Self {
        let len = options.len();
        let mut hidden = vec![false; len];
        for &i in lumping.hidden.iter().filter(|&&i| i < len) {
            hidden[i] = true;
        }
        if hidden.iter().all(|&h| h) {
            hidden.fill(false);
        }
        // group[i]: the merge group of codebook option i.
        let mut group: Vec<Option<usize>> = vec![None; len];
        for (g, merged) in lumping.merged.iter().enumerate() {
            for &i in &merged.options {
                if i < len && !hidden[i] && group[i].is_none() {
                    group[i] = Some(g);
                }
            }
        }
        let renamed = |i: usize| {
            lumping
                .renamed
                .iter()
                .find(|r| r.option == i && !r.label.trim().is_empty())
                .map_or_else(|| options[i].clone(), |r| r.label.trim().to_owned())
        };
        let mut plan = Self {
            labels: Vec::new(),
            target: vec![None; len],
            members: Vec::new(),
        };
        let mut placed: Vec<Option<usize>> = vec![None; lumping.merged.len()];
        for i in (0..len).filter(|&i| !hidden[i]) {
            let slot = match group[i] {
                Some(g) => match placed[g] {
                    Some(slot) => slot,
                    None => {
                        let label = lumping.merged[g].label.trim();
                        let label = if label.is_empty() {
                            merged_label(&lumping.merged[g].options, options)
                        } else {
                            label.to_owned()
                        };
                        let slot = plan.push(label);
                        placed[g] = Some(slot);
                        slot
                    }
                },
                None => plan.push(renamed(i)),
            };
            plan.target[i] = Some(slot);
            plan.members[slot].push(i);
        }
        plan
    }

    fn push(&mut self, label: String) -> usize {
        self.labels.push(label);
        self.members.push(Vec::new());
        self.labels.len() - 1
    }

    /// The question as the chart shows it: its options replaced.
    pub fn question(&self, question: &Question) -> Question {
        let mut lumped = question.clone();
        match &mut lumped.kind {
            QuestionKind::SingleChoice { options, .. } | QuestionKind::MultiChoice { options } => {
                options.clone_from(&self.labels);
            }
            _ => {}
        }
        lumped
    }
}

/// "a + b" for a merged group the user gave no name.
fn merged_label(members: &[usize], options: &[String]) -> String {
    members
        .iter()
        .filter_map(|&i| options.get(i).map(String::as_str))
        .collect::<Vec<_>>()
        .join(" + ")
}

/// What the note under a chart says about one question's lumping, with the
/// codebook's labels.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LumpingNote {
    /// The question's title.
    pub question: String,
    /// Merged options: the codebook's labels and the chart's label.
    pub merged: Vec<(Vec<String>, String)>,
    /// Renamed options: the codebook's label and the chart's.
    pub renamed: Vec<(String, String)>,
    /// Hidden options, left out of n and the tests.
    pub hidden: Vec<String>,
    /// A multiple-choice question: a story choosing several merged options
    /// counts once for the merged option.
    pub multiple: bool,
}

impl LumpingNote {
    /// The note of `lumping` of `question`; `None` when it changes nothing.
    pub fn of(lumping: &OptionLumping, question: &Question) -> Option<Self> {
        let options = question.kind.options();
        if options.is_empty() {
            return None;
        }
        let plan = LumpPlan::of(lumping, options);
        let mut note = Self {
            question: question.title.clone(),
            merged: Vec::new(),
            renamed: Vec::new(),
            hidden: Vec::new(),
            multiple: matches!(question.kind, QuestionKind::MultiChoice { .. }),
        };
        for (label, members) in plan.labels.iter().zip(&plan.members) {
            match members.as_slice() {
                [one] if options[*one] == *label => {}
                [one] => note.renamed.push((options[*one].clone(), label.clone())),
                many => note.merged.push((
                    many.iter().map(|&i| options[i].clone()).collect(),
                    label.clone(),
                )),
            }
        }
        note.hidden = (0..options.len())
            .filter(|&i| plan.target[i].is_none())
            .map(|i| options[i].clone())
            .collect();
        let changes =
            !(note.merged.is_empty() && note.renamed.is_empty() && note.hidden.is_empty());
        changes.then_some(note)
    }
}

#[cfg(test)]
mod tests;
