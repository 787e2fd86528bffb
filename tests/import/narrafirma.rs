//! NarraFirma's example stories with their story form.

use storylens::import::{ImportNote, Layout};
use storylens::model::{QuestionKind, TextRole};

use super::helpers::*;

#[test]
fn example_stories_with_story_form() {
    let Some(fixtures) = fixtures() else { return };
    let imported = import(&fixtures.join("narrafirma/example_stories.csv"));
    let d = &imported.dataset;
    assert_eq!(imported.layout, Layout::Narrafirma);
    assert_eq!(d.len(), 80, "{}", summary(d));
    let kinds: Vec<(&str, &str)> = d
        .questions()
        .map(|(q, _)| (q.title.as_str(), q.kind.code()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("Story title", "text"),
            ("Story text", "text"),
            ("Eliciting question", "single"),
            ("Feel about", "multi"),
            ("Feel about (write-in)", "text"),
            ("Scope", "single"),
            ("Scope custom answer name", "single"),
            ("Scope mixed-in write-ins", "single"),
            ("Scope mixed-in write-ins (write-in)", "text"),
            ("Scope index", "single"),
            ("Come from", "multi"),
            ("Needed", "multi"),
            ("Needed delimited", "multi"),
            ("Needed index delimited", "multi"),
            ("Needed yes/no", "multi"),
            ("Got what needed", "slider"),
            ("Ended well", "slider"),
            ("Will remember", "slider"),
            ("Amount of trust", "slider"),
            ("Predictability", "slider"),
            ("Position", "single"),
            ("Age group", "single"),
            ("Collection date", "date"),
            ("Language", "single"),
        ],
        "{:#?}",
        imported.warnings
    );
    assert_eq!(d.text(TextRole::Title, 0), Some("The lost project"));
    assert!(
        d.text(TextRole::Story, 0)
            .is_some_and(|t| t.starts_with("Never made it"))
    );
    assert_eq!(
        question(d, "Got what needed").0.kind,
        QuestionKind::Slider {
            left: "nothing".into(),
            right: "everything".into()
        }
    );
    assert_eq!(
        options(d, "Eliciting question"),
        ["Best or worst moment", "Responsibility", "Surprise"]
    );
    // "Indv" in the data is the answer shown as "Individual".
    let custom = choices(d, "Scope custom answer name");
    assert!(!custom.iter().flatten().any(|c| c == "Indv"));
    assert_eq!(
        choices(d, "Scope"),
        custom,
        "the same answers, written differently"
    );
    assert_eq!(choices(d, "Scope index"), custom);
    assert!(options(d, "Scope mixed-in write-ins").ends_with(&["Other".to_owned()]));
    // The four multi-choice encodings of "Needed" hold the same answers.
    for row in 0..d.len() {
        let needed = chosen(d, "Needed", row);
        assert_eq!(chosen(d, "Needed delimited", row), needed, "row {row}");
        assert_eq!(
            chosen(d, "Needed index delimited", row),
            needed,
            "row {row}"
        );
        assert_eq!(chosen(d, "Needed yes/no", row), needed, "row {row}");
    }
    assert!(
        numbers(d, "Got what needed")
            .iter()
            .all(|v| v.is_nan() || (0.0..=1.0).contains(v))
    );
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| matches!(w.note, ImportNote::CommentLinesSkipped { .. }))
    );
}
