//! The words chart in the app: a click on a term lists its stories and
//! offers "Make a selection from this word" (`text has word "…"`), and
//! keywords in context open each story with the word marked.

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use storylens::charts::PanelKind;
use storylens::i18n::Language;
use storylens::model::Filter;
use storylens::ui::StorylensApp;

/// The demo in `language` showing the story question's words chart.
pub fn words_chart(language: Language) -> Harness<'static, StorylensApp> {
    let mut harness = crate::support::demo_app(language);
    // The story words are indexed in the background after opening.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while harness.state().indexing_words() {
        assert!(
            std::time::Instant::now() < deadline,
            "the index never finished"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
        harness.step();
    }
    harness.run();
    harness.get_by_label("Ervaring").click();
    harness.run();
    harness
}

/// Clicks the words chart's term `label` (its mark is named "label: …").
pub fn click_term(harness: &mut Harness<'static, StorylensApp>, label: &str) {
    let prefix = format!("{label}: ");
    let name = harness
        .query_all_by_label_contains(&prefix)
        .filter_map(|node| node.accesskit_node().label())
        .find(|name| name.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no term {label}"));
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, &name)
        .click();
    harness.run();
}

/// The first (most used) term of the whole set's words chart: its label
/// and number of stories.
pub fn first_term(harness: &Harness<'static, StorylensApp>) -> (String, usize) {
    let Some(Ok(data)) = harness.state().chart() else {
        panic!("a chart")
    };
    let PanelKind::Words(words) = &data.whole.chart else {
        panic!("a words chart: {:?}", data.whole.chart)
    };
    (words.terms[0].label.clone(), words.terms[0].stories)
}

#[test]
fn a_term_becomes_a_selection_in_one_click() {
    for (language, button) in [
        (Language::English, "Make a selection from this word"),
        (Language::Dutch, "Selectie maken van dit woord"),
    ] {
        let mut harness = words_chart(language);
        let (label, stories) = first_term(&harness);
        click_term(&mut harness, &label);
        let rows = &harness.state().browser().expect("its stories").rows;
        assert_eq!(rows.len(), stories, "{label}");
        let before = harness.state().project().selections.len();
        harness.get_by_label(button).click();
        harness.run();
        let project = harness.state().project();
        assert_eq!(project.selections.len(), before + 1);
        let made = project.selections.iter().last().expect("a new selection");
        assert_eq!(made.filter, Filter::has_word(label.clone()));
        let selected = made
            .filter
            .evaluate(harness.state().dataset())
            .expect("it evaluates");
        assert_eq!(selected.count(), stories, "{label}");
    }
}

/// Texts painted in the last frame with the reader's marker colour behind
/// them (`ui::highlight`).
fn marked_texts(harness: &Harness<'static, StorylensApp>) -> Vec<String> {
    fn collect(shape: &egui::epaint::Shape, out: &mut Vec<String>) {
        match shape {
            egui::epaint::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, out)),
            egui::epaint::Shape::Text(text) => {
                let job = &text.galley.job;
                for section in &job.sections {
                    if section.format.background == egui::Color32::from_rgb(255, 214, 64) {
                        let range = section.byte_range.start.0..section.byte_range.end.0;
                        out.extend(job.text.get(range).map(str::to_owned));
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        collect(&clipped.shape, &mut out);
    }
    out
}

#[test]
fn keywords_in_context_open_their_story_with_the_word_marked() {
    for (language, open, by_left) in [
        (
            Language::English,
            "Keywords in context",
            "by word on the left",
        ),
        (Language::Dutch, "Woord in context", "op woord links"),
    ] {
        let mut harness = words_chart(language);
        let (label, _) = first_term(&harness);
        click_term(&mut harness, &label);
        harness.get_by_label(open).click();
        harness.run();
        let kwic = harness
            .state()
            .explore()
            .kwic
            .as_ref()
            .expect("the KWIC window");
        let lines = kwic.lines.clone().expect("the term's lines");
        let dataset = harness.state().dataset();
        let index =
            storylens::words::text_index(dataset, None, &storylens::words::WordOptions::default())
                .expect("stories");
        let term = index.find(&label).expect("the term");
        assert_eq!(lines.len() as u64, term.occurrences(), "{label}");
        // Sorted by the word on the left, as the button says.
        harness.get_by_label(by_left).click();
        harness.run();
        let sorted = harness.state().explore().kwic.as_ref().expect("open");
        assert_eq!(sorted.order, storylens::words::KwicOrder::Left);
        let sorted = sorted.lines.clone().expect("lines");
        assert_eq!(sorted.len(), lines.len());
        // A line shown opens its story, the word marked (the demo's
        // stories repeat phrases: the first line whose text is its own).
        let name_of = |line: &storylens::words::KwicLine| {
            format!("{} {} {}", line.left, line.word, line.right)
                .trim()
                .to_owned()
        };
        let first = sorted[..10]
            .iter()
            .find(|line| {
                sorted
                    .iter()
                    .filter(|l| name_of(l) == name_of(line))
                    .count()
                    == 1
            })
            .expect("a line of its own among the first ten");
        harness
            .get_by_role_and_label(egui::accesskit::Role::Button, &name_of(first))
            .click();
        harness.run();
        let browser = harness.state().browser().expect("the reader");
        let reading = browser.reading.expect("a story is read");
        assert_eq!(browser.rows[reading], first.row);
        harness.run();
        let marked = marked_texts(&harness);
        assert!(
            marked.iter().any(|m| m.eq_ignore_ascii_case(&first.word)),
            "{} not marked: {marked:?}",
            first.word
        );
    }
}

#[test]
fn a_typed_word_lists_its_lines_and_an_unknown_one_says_so() {
    let mut harness = words_chart(Language::English);
    harness.state_mut().apply(storylens::ui::Command::Explore(
        storylens::ui::ExploreCommand::OpenKwic("qwertyuiop".into()),
    ));
    harness.run();
    harness.get_by_label_contains("\"qwertyuiop\" is not a word of the stories");
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Word:")
        .click();
    harness.run();
    field_type(&mut harness, "samen");
    let lines = harness
        .state()
        .explore()
        .kwic
        .as_ref()
        .and_then(|k| k.lines.clone())
        .expect("samen is a word of the demo");
    assert!(!lines.is_empty());
    assert!(
        lines
            .iter()
            .all(|l| l.word.to_lowercase().starts_with("sam"))
    );
}

/// Selects all of the focused text box, types `text` and presses Enter.
fn field_type(harness: &mut Harness<'static, StorylensApp>, text: &str) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Word:")
        .type_text(text);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
}

/// Whether the words chart on screen draws term `label` (a mark named
/// "label: …").
fn shows_term(harness: &Harness<'static, StorylensApp>, label: &str) -> bool {
    let prefix = format!("{label}: ");
    harness
        .query_all_by_label_contains(&prefix)
        .filter_map(|node| node.accesskit_node().label())
        .any(|name| name.starts_with(&prefix))
}

#[test]
fn a_word_left_out_from_the_chart_is_gone_and_undo_brings_it_back() {
    let mut harness = words_chart(Language::English);
    let (label, _) = first_term(&harness);
    assert!(shows_term(&harness, &label));
    click_term(&mut harness, &label);
    harness.get_by_label("Leave this word out").click();
    harness.run();
    // The index without the word is built in the background, meanwhile the
    // chart says so.
    crate::support::wait_for_words(&mut harness);
    assert!(!shows_term(&harness, &label), "{label} still drawn");
    let (first, _) = first_term(&harness);
    assert_ne!(first, label);
    let edits = &harness.state().project().settings.stop_words;
    assert_eq!(edits.left_out_nl, [label.to_lowercase()]);
    // Ctrl+Z (Cmd+Z) brings it back.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(shows_term(&harness, &label), "{label} not back after undo");
    assert!(harness.state().project().settings.stop_words.is_empty());
    // Left out again, the dialog lists it and puts it back.
    click_term(&mut harness, &label);
    harness.get_by_label("Leave this word out").click();
    harness.run();
    harness.get_by_label("Left-out words…").click();
    harness.run();
    harness.get_by_label(&format!("{} (Dutch)", label.to_lowercase()));
    harness.get_by_label("Put back").click();
    harness.run();
    assert!(shows_term(&harness, &label), "{label} not put back");
    harness.get_by_label("No words left out yet.");
}

#[test]
fn two_word_phrases_are_a_checkbox_of_the_words_chart() {
    let mut harness = words_chart(Language::Dutch);
    harness.get_by_label("Woordparen").click();
    harness.run();
    // Indexed in the background with phrases, then drawn.
    crate::support::wait_for_words(&mut harness);
    let (first, stories) = first_term(&harness);
    assert_eq!(first, "naam school");
    assert!(shows_term(&harness, "naam school"));
    click_term(&mut harness, "naam school");
    let rows = &harness.state().browser().expect("its stories").rows;
    assert_eq!(rows.len(), stories);
}

/// With two-word phrases ticked, a click on a phrase offers its keywords
/// in context (one line per occurrence counted, in the stories counted,
/// each opening its story with both words marked) and "Make a selection
/// from this phrase", whose n is the phrase's count.
#[test]
fn a_phrase_has_its_lines_in_context_and_becomes_a_selection() {
    for (language, phrases, open, make) in [
        (
            Language::English,
            "Two-word phrases",
            "Keywords in context",
            "Make a selection from this phrase",
        ),
        (
            Language::Dutch,
            "Woordparen",
            "Woord in context",
            "Selectie maken van dit woordpaar",
        ),
    ] {
        let mut harness = words_chart(language);
        harness.get_by_label(phrases).click();
        harness.run();
        crate::support::wait_for_words(&mut harness);
        let Some(Ok(data)) = harness.state().chart() else {
            panic!("a chart")
        };
        let PanelKind::Words(words) = &data.whole.chart else {
            panic!("a words chart")
        };
        // The third phrase, not only the first.
        let (label, stories) = (words.terms[2].label.clone(), words.terms[2].stories);
        assert!(label.contains(' '), "{label} is a phrase");
        click_term(&mut harness, &label);
        harness.get_by_label(open).click();
        harness.run();
        let kwic = harness.state().explore().kwic.as_ref().expect("the window");
        let lines = kwic.lines.clone().expect("the phrase's lines");
        let rows: std::collections::BTreeSet<usize> = lines.iter().map(|l| l.row).collect();
        assert_eq!(rows.len(), stories, "{label}");
        let dataset = harness.state().dataset();
        for line in &lines {
            let text = dataset
                .text(storylens::model::TextRole::Story, line.row)
                .expect("a story");
            assert_eq!(&text[line.start..line.end], line.word);
            assert_eq!(line.word.split_whitespace().count(), 2, "{}", line.word);
        }
        // A line of its own opens its story with the phrase marked.
        let name_of = |line: &storylens::words::KwicLine| {
            format!("{} {} {}", line.left, line.word, line.right)
                .trim()
                .to_owned()
        };
        let first = lines
            .iter()
            .find(|line| lines.iter().filter(|l| name_of(l) == name_of(line)).count() == 1)
            .expect("a line of its own");
        harness
            .get_by_role_and_label(egui::accesskit::Role::Button, &name_of(first))
            .click();
        harness.run();
        let browser = harness.state().browser().expect("the reader");
        assert_eq!(browser.rows[browser.reading.expect("reading")], first.row);
        harness.run();
        let marked = marked_texts(&harness);
        assert!(
            marked.iter().any(|m| m == &first.word),
            "{} not marked: {marked:?}",
            first.word
        );
        // The brush bar's button makes `text has phrase "…"` of it.
        click_term(&mut harness, &label);
        let before = harness.state().project().selections.len();
        harness.get_by_label(make).click();
        harness.run();
        let project = harness.state().project();
        assert_eq!(project.selections.len(), before + 1);
        let made = project.selections.iter().last().expect("a new selection");
        assert_eq!(made.filter, Filter::has_phrase(label.clone()));
        let selected = made
            .filter
            .evaluate_with(harness.state().dataset(), &project.settings.word_options())
            .expect("it evaluates");
        assert_eq!(selected.count(), stories, "{label}");
    }
}
