//! Tests of keywords in context for single words.

use super::*;
use crate::words::WordOptions;

const TEXTS: [&str; 3] = [
    "Eerst hadden we een gesprek.\nDaarna volgde het tweede gesprek met de juf.",
    "Zonder gesprekken ging alles mis.",
    "Niets over gesprekken hier? Toch wel: gesprekken.",
];

fn lines(order: KwicOrder, population: Option<&Selection>) -> Vec<KwicLine> {
    let index = WordIndex::from_texts(&TEXTS, WordOptions::default());
    let Some(term) = index.find("gesprek") else {
        return Vec::new();
    };
    kwic(&index, term, population, |row| TEXTS[row], order)
}

#[test]
fn every_occurrence_is_a_line_pointing_into_its_story() {
    let all = lines(KwicOrder::Story, None);
    let words: Vec<(usize, &str)> = all.iter().map(|l| (l.row, l.word.as_str())).collect();
    assert!(
        words.contains(&(0, "gesprek")) && words.contains(&(2, "gesprekken")),
        "{all:?}"
    );
    for line in &all {
        assert_eq!(&TEXTS[line.row][line.start..line.end], line.word);
        assert!(!line.left.contains('\n') && !line.right.contains('\n'));
    }
    let first = &all[0];
    assert_eq!(
        (first.left.as_str(), first.right.as_str()),
        (
            "Eerst hadden we een ",
            ". Daarna volgde het tweede gesprek met de juf."
        )
    );
    let only_last = Selection::from_rows(3, [2]);
    assert!(
        lines(KwicOrder::Story, Some(&only_last))
            .iter()
            .all(|l| l.row == 2)
    );
}

#[test]
fn lines_sort_by_the_neighbouring_words() {
    let left = lines(KwicOrder::Left, None);
    let before: Vec<String> = left
        .iter()
        .map(|l| {
            Analyzer::words(&l.left)
                .last()
                .map(|t| t.form.to_lowercase())
                .unwrap_or_default()
        })
        .collect();
    let mut sorted = before.clone();
    sorted.sort();
    assert_eq!(before, sorted);
    let right = lines(KwicOrder::Right, None);
    assert_eq!(right.len(), left.len());
}

#[test]
fn long_contexts_are_cut_at_word_boundaries() {
    let before = "woord ".repeat(30);
    let left = left_context(&before);
    assert!(left.starts_with('…') && left.chars().count() <= CONTEXT_CHARS + 1);
    assert!(left[3..].starts_with("woord"), "{left}");
    let right = right_context(&before);
    assert!(right.ends_with('…') && right.chars().count() <= CONTEXT_CHARS + 1);
}

#[test]
fn the_demo_stories_give_a_line_per_occurrence() {
    let dataset = crate::demo::demo_dataset();
    let index = crate::words::text_index(&dataset, None, &WordOptions::default())
        .expect("the demo has stories");
    let term = index
        .find("samen")
        .expect("the demo's stories work together");
    let lines = story_kwic(
        &dataset,
        "samen",
        &WordOptions::default(),
        None,
        KwicOrder::Right,
    )
    .expect("a term");
    assert_eq!(lines.len() as u64, term.occurrences());
    let some = Selection::from_rows(dataset.len(), (0..dataset.len()).step_by(2));
    let half = story_kwic(
        &dataset,
        "Samen",
        &WordOptions::default(),
        Some(&some),
        KwicOrder::Story,
    )
    .expect("a term");
    assert!(!half.is_empty() && half.iter().all(|l| l.row % 2 == 0));
    assert_eq!(
        story_kwic(
            &dataset,
            "de",
            &WordOptions::default(),
            None,
            KwicOrder::Story
        ),
        None
    );
    assert_eq!(
        story_kwic(
            &dataset,
            "qwertyuiop",
            &WordOptions::default(),
            None,
            KwicOrder::Story
        ),
        None
    );
}

/// The search-first path (`candidate_tokens`) misses no occurrence:
/// for each of the demo's 300 most used terms, one line per
/// occurrence the index counted (capitalised at a sentence's start,
/// next to punctuation, in any form of the stem).
#[test]
fn every_occurrence_of_the_commonest_terms_is_found() {
    let dataset = crate::demo::demo_dataset();
    let index = crate::words::text_index(&dataset, None, &WordOptions::default())
        .expect("the demo has stories");
    let mut terms: Vec<&Term> = index.listed_terms().collect();
    terms.sort_by_key(|t| std::cmp::Reverse(t.stories()));
    let story = dataset
        .codebook()
        .text_with_role(TextRole::Story)
        .expect("story");
    let Some((_, crate::model::Column::Text(texts))) = dataset.question(&story.id) else {
        panic!("the story column")
    };
    for term in terms.iter().take(300) {
        let lines = kwic(
            &index,
            term,
            None,
            |row| texts.get(row).unwrap_or(""),
            KwicOrder::Story,
        );
        assert_eq!(lines.len() as u64, term.occurrences(), "{}", term.key);
        for line in &lines {
            let text = texts.get(line.row).unwrap_or("");
            assert_eq!(&text[line.start..line.end], line.word);
        }
    }
}

#[test]
fn a_sort_key_orders_as_its_list_of_words() {
    let lists: [&[&str]; 7] = [
        &[],
        &["a"],
        &["a", "b"],
        &["ab"],
        &["Ab", "c"],
        &["b"],
        &["a", "B", "c"],
    ];
    for x in lists {
        for y in lists {
            let lower = |l: &[&str]| l.iter().map(|w| w.to_lowercase()).collect::<Vec<_>>();
            assert_eq!(
                sort_key(x).cmp(&sort_key(y)),
                lower(x).cmp(&lower(y)),
                "{x:?} {y:?}"
            );
        }
    }
}
