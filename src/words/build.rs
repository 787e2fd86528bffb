//! Building the postings of a [`super::WordIndex`] fast.
//!
//! Each story is cut into words once. Every distinct written form gets an
//! id the first time it is seen, with its lower case and whether it is a
//! Dutch or English stop word; its term per language is stemmed on first
//! need. So the per-word work is one hash lookup of a borrowed `&str` — no
//! allocation, no stemming — which matters at 100,000 stories where the
//! same few thousand forms make up most of the ~15 million words. Large
//! datasets are cut in two halves indexed on two threads and merged.
//!
//! Stories without a stop word of either language cannot be placed; they
//! are indexed last, in the majority's language.
//!
//! With [`WordOptions::phrases`](super::WordOptions::phrases) every two
//! adjacent words of a sentence that are both terms (neither a stop word)
//! also make a phrase term, keyed by the two terms with a space between
//! ("sam plann") and counted per story like a word. Adjacent means in the
//! text as written: a stop word between two words separates them, as in
//! the bigrams of SenseMaker's R scripts (tidytext's ngrams, then stop
//! words filtered out of either position).

use std::collections::HashMap;

use crate::i18n::Language;

use super::analyzer::Analyzer;
use super::index::Term;

/// From this many stories on, two threads index a half each.
const PARALLEL_FROM: usize = 4_000;

/// What the index is made of.
pub(super) struct Built {
    pub terms: Vec<Term>,
    pub by_key: HashMap<String, usize>,
    pub languages: Vec<Language>,
}

pub(super) fn build(analyzer: &Analyzer, texts: &[&str]) -> Built {
    let (mut part, detected) = if texts.len() >= PARALLEL_FROM {
        let mid = texts.len() / 2;
        let (first, second) = std::thread::scope(|scope| {
            let first = scope.spawn(|| Part::index(analyzer, &texts[..mid], 0));
            let second = Part::index(analyzer, &texts[mid..], mid);
            // A panic in the first half's thread is redone here, where it
            // shows as it would without threads.
            let first = first
                .join()
                .unwrap_or_else(|_| Part::index(analyzer, &texts[..mid], 0));
            (first, second)
        });
        let mut detected = first.languages.clone();
        detected.extend_from_slice(&second.languages);
        (first.merge(second), detected)
    } else {
        let part = Part::index(analyzer, texts, 0);
        let detected = part.languages.clone();
        (part, detected)
    };
    let dutch = detected
        .iter()
        .filter(|l| **l == Some(Language::Dutch))
        .count();
    let english = detected
        .iter()
        .filter(|l| **l == Some(Language::English))
        .count();
    let majority = if english > dutch {
        Language::English
    } else {
        Language::Dutch
    };
    let undecided: Vec<usize> = (0..texts.len())
        .filter(|&row| detected[row].is_none())
        .collect();
    if !undecided.is_empty() {
        let mut rest = Part::new(analyzer);
        for &row in &undecided {
            rest.add_story(row, texts[row], Some(majority));
        }
        part = part.merge(rest);
        for term in &mut part.terms {
            term.postings.sort_unstable_by_key(|&(row, _)| row);
        }
    }
    let languages = detected.iter().map(|l| l.unwrap_or(majority)).collect();
    let (terms, by_key) = part.finish();
    Built {
        terms,
        by_key,
        languages,
    }
}

/// A distinct written form.
struct Form {
    name: String,
    /// Whether its lower case is a Dutch / English stop word.
    stop: [bool; 2],
    /// Its term in Dutch / English: not yet looked up, none (a stop word
    /// or a single letter), or the term's id.
    term: [Option<Option<u32>>; 2],
    /// Occurrences in stories of each language.
    count: [u32; 2],
}

/// The index of some stories.
struct Part<'a> {
    analyzer: &'a Analyzer,
    form_ids: foldhash::HashMap<String, u32>,
    forms: Vec<Form>,
    terms: Vec<Term>,
    term_ids: foldhash::HashMap<String, u32>,
    /// Each story's detected language (`None`: no stop word of either).
    languages: Vec<Option<Language>>,
    /// Scratch: the form ids of the story being indexed, then its terms.
    scratch: Vec<u32>,
    /// Scratch: whether a sentence break precedes each of those words.
    breaks: Vec<bool>,
}

fn slot(language: Language) -> usize {
    match language {
        Language::Dutch => 0,
        Language::English => 1,
    }
}

impl<'a> Part<'a> {
    fn new(analyzer: &'a Analyzer) -> Self {
        Self {
            analyzer,
            form_ids: foldhash::HashMap::default(),
            forms: Vec::new(),
            terms: Vec::new(),
            term_ids: foldhash::HashMap::default(),
            languages: Vec::new(),
            scratch: Vec::new(),
            breaks: Vec::new(),
        }
    }

    /// Indexes `texts` as rows `first_row..`; a story whose language is
    /// unclear is left for later (its language `None`) unless the options
    /// fix one.
    fn index(analyzer: &'a Analyzer, texts: &[&str], first_row: usize) -> Self {
        let mut part = Self::new(analyzer);
        for (i, text) in texts.iter().enumerate() {
            let detected = part.add_story(first_row + i, text, None);
            part.languages.push(detected);
        }
        part
    }

    /// Indexes one story; returns its language, or `None` (and indexes
    /// nothing) when it cannot tell.
    fn add_story(
        &mut self,
        row: usize,
        text: &str,
        language: Option<Language>,
    ) -> Option<Language> {
        self.scratch.clear();
        self.breaks.clear();
        let mut hits = [0usize; 2];
        let mut previous_end = 0;
        for token in Analyzer::words(text) {
            self.breaks.push(Analyzer::phrase_break(
                text.get(previous_end..token.start).unwrap_or(""),
            ));
            previous_end = token.end;
            let id = self.form_id(token.form);
            let stop = self.forms[id as usize].stop;
            hits[0] += usize::from(stop[0]);
            hits[1] += usize::from(stop[1]);
            self.scratch.push(id);
        }
        let language = language.or_else(|| self.analyzer.language_of_hits(hits))?;
        let s = slot(language);
        let row = u32::try_from(row).unwrap_or(u32::MAX);
        let phrases = if self.analyzer.options().phrases {
            self.phrase_terms(language)
        } else {
            Vec::new()
        };
        let mut terms = std::mem::take(&mut self.scratch);
        terms.retain_mut(|id| {
            let form = *id as usize;
            self.forms[form].count[s] += 1;
            match self.term_of(form, language) {
                Some(term) => {
                    *id = term;
                    true
                }
                None => false,
            }
        });
        terms.extend(phrases);
        terms.sort_unstable();
        for group in terms.chunk_by(|a, b| a == b) {
            let count = u32::try_from(group.len()).unwrap_or(u32::MAX);
            self.terms[group[0] as usize].postings.push((row, count));
        }
        self.scratch = terms;
        Some(language)
    }

    /// The phrase terms of the story in scratch: every two adjacent words
    /// with no sentence break between them that are both terms.
    fn phrase_terms(&mut self, language: Language) -> Vec<u32> {
        let mut phrases = Vec::new();
        let mut previous: Option<u32> = None;
        for i in 0..self.scratch.len() {
            let term = self.term_of(self.scratch[i] as usize, language);
            if let (Some(first), Some(second), false) = (previous, term, self.breaks[i]) {
                let key = format!(
                    "{} {}",
                    self.terms[first as usize].key, self.terms[second as usize].key
                );
                phrases.push(self.term_id(key));
            }
            previous = term;
        }
        phrases
    }

    fn form_id(&mut self, form: &str) -> u32 {
        if let Some(&id) = self.form_ids.get(form) {
            return id;
        }
        let id = u32::try_from(self.forms.len()).unwrap_or(u32::MAX);
        let stop = [Language::Dutch, Language::English]
            .map(|language| self.analyzer.is_stop_word(form, language));
        self.forms.push(Form {
            name: form.to_owned(),
            stop,
            term: [None, None],
            count: [0, 0],
        });
        self.form_ids.insert(form.to_owned(), id);
        id
    }

    fn term_of(&mut self, form: usize, language: Language) -> Option<u32> {
        let s = slot(language);
        if let Some(known) = self.forms[form].term[s] {
            return known;
        }
        let term = self
            .analyzer
            .term(&self.forms[form].name, language)
            .map(|key| self.term_id(key));
        self.forms[form].term[s] = Some(term);
        term
    }

    fn term_id(&mut self, key: String) -> u32 {
        if let Some(&id) = self.term_ids.get(&key) {
            return id;
        }
        let id = u32::try_from(self.terms.len()).unwrap_or(u32::MAX);
        self.term_ids.insert(key.clone(), id);
        self.terms.push(Term {
            key,
            forms: Vec::new(),
            postings: Vec::new(),
        });
        id
    }

    /// Moves each form's counts to its terms' (uncombined) form lists.
    fn settle_forms(&mut self) {
        for form in std::mem::take(&mut self.forms) {
            for s in 0..2 {
                if let (Some(Some(term)), count) = (form.term[s], form.count[s])
                    && count > 0
                {
                    self.terms[term as usize]
                        .forms
                        .push((form.name.clone(), count));
                }
            }
        }
        self.form_ids.clear();
    }

    /// `self` and then `later` (whose rows come after, or are re-sorted by
    /// the caller) as one part, with forms settled.
    fn merge(mut self, mut later: Part<'a>) -> Part<'a> {
        self.settle_forms();
        later.settle_forms();
        for term in later.terms {
            let id = self.term_id(term.key) as usize;
            let target = &mut self.terms[id];
            target.postings.extend(term.postings);
            target.forms.extend(term.forms);
        }
        self
    }

    fn finish(mut self) -> (Vec<Term>, HashMap<String, usize>) {
        self.settle_forms();
        for term in &mut self.terms {
            term.forms = combined_forms(std::mem::take(&mut term.forms));
        }
        self.label_phrases();
        let by_key = self
            .term_ids
            .into_iter()
            .map(|(key, id)| (key, id as usize))
            .collect();
        (self.terms, by_key)
    }
}

impl Part<'_> {
    /// A phrase's form: the most common forms of its two words ("samen
    /// plannen"), with the phrase's occurrences.
    fn label_phrases(&mut self) {
        let first_form = |terms: &[Term], ids: &foldhash::HashMap<String, u32>, key: &str| {
            ids.get(key)
                .and_then(|&id| terms.get(id as usize))
                .and_then(|term| term.forms.first())
                .map_or_else(|| key.to_owned(), |(form, _)| form.to_lowercase())
        };
        let labels: Vec<(usize, String)> = self
            .terms
            .iter()
            .enumerate()
            .filter_map(|(id, term)| {
                let (first, second) = term.key.split_once(' ')?;
                let label = format!(
                    "{} {}",
                    first_form(&self.terms, &self.term_ids, first),
                    first_form(&self.terms, &self.term_ids, second)
                );
                Some((id, label))
            })
            .collect();
        for (id, label) in labels {
            let term = &mut self.terms[id];
            let occurrences = u32::try_from(term.occurrences()).unwrap_or(u32::MAX);
            term.forms = vec![(label, occurrences)];
        }
    }
}

/// Forms that differ only in case count as one, written in lower case when
/// it ever is ("Samen" at the start of sentences is "samen"), else the way
/// it is written most often (names); most frequent first.
fn combined_forms(counts: Vec<(String, u32)>) -> Vec<(String, u32)> {
    let mut by_lower: HashMap<String, (String, u32, u32)> = HashMap::new();
    for (form, count) in counts {
        let lower = form.to_lowercase();
        let weight = if form == lower { u32::MAX } else { count };
        let entry = by_lower
            .entry(lower)
            .or_insert_with(|| (form.clone(), 0, 0));
        entry.1 += count;
        if weight > entry.2 || (weight == entry.2 && form < entry.0) {
            entry.0 = form;
            entry.2 = weight;
        }
    }
    let mut forms: Vec<(String, u32)> = by_lower
        .into_values()
        .map(|(form, total, _)| (form, total))
        .collect();
    forms.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    forms
}

#[cfg(test)]
#[path = "build_tests.rs"]
mod tests;
