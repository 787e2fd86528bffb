//! The test of a text question for [`super::differences`]: keyness of the
//! selection against the rest over the question's word index (built
//! before: the pass never builds an index itself), the row being the word
//! whose 2 × 2 table (stories with / without it, selection / rest) has the
//! strongest φ, its p Bonferroni-adjusted across the words tested.

use crate::model::{Dataset, Question, Selection};
use crate::stats::differences::{bonferroni, phi};
use crate::words::{self, WordOptions};

use super::differences::{Detail, Df, EffectName, SkipReason, TestName, Tested};

/// A word is tested when this many stories of both sides together use
/// it (the words chart's keyness uses the same floor).
const MIN_STORIES: usize = 5;
/// Over-used words named in the detail.
const NAMED: usize = 5;
/// The q below which a word counts as over-used.
const ALPHA: f64 = 0.05;

/// Keyness of `[selection, rest]` (disjoint) over the built word index of
/// `question`.
pub(super) fn test_words(
    dataset: &Dataset,
    question: &Question,
    [selection, rest]: [&Selection; 2],
    min_n: usize,
) -> Result<Tested, SkipReason> {
    let index = words::text_index(dataset, Some(&question.id), &WordOptions::default())
        .map_err(|_| SkipReason::NotTested)?;
    let keyness = words::keyness(&index, selection, rest, MIN_STORIES);
    let (n1, n2) = (keyness.n_selection, keyness.n_rest);
    if n1 < min_n.max(1) || n2 < min_n.max(1) {
        return Err(SkipReason::TooFew {
            n_selection: n1,
            n_rest: n2,
        });
    }
    let (f1, f2) = (n1 as f64, n2 as f64);
    let strongest = keyness
        .terms
        .iter()
        .filter_map(|term| {
            let (a, b) = (term.selection.stories as f64, term.rest.stories as f64);
            Some((term, phi(a, f1 - a, b, f2 - b)?))
        })
        .max_by(|x, y| {
            x.1.abs()
                .total_cmp(&y.1.abs())
                .then(y.0.p.total_cmp(&x.0.p))
        });
    let (term, effect) = strongest.ok_or(SkipReason::NotTestable)?;
    let written = |t: &words::KeyTerm| t.forms.first().cloned().unwrap_or_else(|| t.term.clone());
    let over_used = keyness
        .terms
        .iter()
        .filter(|t| t.g2 > 0.0 && t.q < ALPHA)
        .take(NAMED)
        .map(written)
        .collect();
    Ok(Tested {
        test: TestName::LogLikelihoodPerTerm,
        statistic: term.g2.abs(),
        df: Some(Df::One(1)),
        p: bonferroni(term.p, keyness.tested),
        effect,
        effect_name: EffectName::Phi,
        n_selection: n1,
        n_rest: n2,
        detail: Detail::Words {
            word: written(term),
            selection_percent: 100.0 * term.selection.stories as f64 / f1,
            rest_percent: 100.0 * term.rest.stories as f64 / f2,
            over_used,
            words_tested: keyness.tested,
        },
    })
}
