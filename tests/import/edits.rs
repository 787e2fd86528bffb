//! Codebook edits applied on top of detection: one test per kind of edit,
//! on a small survey the tests write themselves.

use storylens::import::{
    CodebookEdits, Edit, ImportOptions, Imported, KindChoice, Reason, import_with_edits,
};
use storylens::model::{Column, QuestionKind, TextRole};

use super::helpers::*;

const SURVEY: &str = "\
id,Titel,Verhaal,Rol,Leeftijd,Kind %,Thema,School %,Ouders %,Emo 1,Emo 2,hoop,trots
a1,Goed geregeld,Mijn zoon kreeg eindelijk de ondersteuning die hij nodig had na maanden wachten.,ouder,41,20,zorg/school,30,50,hoop,trots,x,
a2,Vastgelopen,De school zei dat ze niets meer konden doen en we moesten zelf zoeken.,leraar,38,10,school,60,30,boosheid,,,x
a3,Samen,Met de intern begeleider hebben we samen een plan gemaakt dat echt werkte.,ouder,52,70,zorg,10,20,hoop,,x,x
a4,Wachten,Het duurde een half jaar voordat er iets gebeurde en toen was het te laat.,leraar,45,0,zorg/thuis,50,50,verdriet,boosheid,,
";

fn import_edited(text: &str, edits: &CodebookEdits) -> Imported {
    let scratch = Scratch::new();
    let path = scratch.write("survey.csv", text);
    import_with_edits(&path, &ImportOptions::default(), edits).unwrap_or_else(|e| panic!("{e}"))
}

fn edited(edit: Edit) -> Imported {
    let mut edits = CodebookEdits::default();
    edits.push(edit);
    import_edited(SURVEY, &edits)
}

#[test]
fn without_edits_the_columns_are_detected_one_by_one() {
    let d = import_edited(SURVEY, &CodebookEdits::default()).dataset;
    assert_eq!(kind_of(&d, "Rol"), "single");
    assert_eq!(kind_of(&d, "Leeftijd"), "number");
    assert_eq!(kind_of(&d, "Ouders %"), "number");
    assert_eq!(kind_of(&d, "Thema"), "text");
    assert_eq!(kind_of(&d, "Emo 1"), "single");
    assert_eq!(kind_of(&d, "hoop"), "single");
}

#[test]
fn rename_keeps_the_id() {
    let d = edited(Edit::Rename {
        column: "Titel".into(),
        title: "Kop".into(),
    })
    .dataset;
    let (question, _) = question(&d, "Kop");
    assert_eq!(question.id.as_str(), "titel");
    assert_eq!(d.text(TextRole::Title, 0), Some("Goed geregeld"));
}

#[test]
fn kind_changes_rebuild_the_column_from_the_cells() {
    let mut edits = CodebookEdits::default();
    edits.set_kind("Leeftijd", KindChoice::Single);
    edits.set_kind("Rol", KindChoice::Text);
    edits.set_kind("id", KindChoice::Text);
    edits.set_kind("Thema", KindChoice::Story);
    let d = import_edited(SURVEY, &edits).dataset;
    assert_eq!(options(&d, "Leeftijd"), ["38", "41", "45", "52"]);
    assert!(matches!(
        question(&d, "Leeftijd").0.kind,
        QuestionKind::SingleChoice { ordinal: true, .. }
    ));
    assert_eq!(choices(&d, "Leeftijd")[2].as_deref(), Some("52"));
    assert_eq!(kind_of(&d, "Rol"), "text");
    assert!(matches!(question(&d, "Rol").1, Column::Text(t) if t.get(1) == Some("leraar")));
    // Without an id column the stories are numbered.
    assert_eq!(d.story_ids()[0].0, "1");
    // The new story takes the role; the old one becomes other text.
    assert_eq!(d.text(TextRole::Story, 0), Some("zorg/school"));
    assert_eq!(
        question(&d, "Verhaal").0.kind,
        QuestionKind::Text {
            role: TextRole::Other
        }
    );
    // Questions stay in file order.
    let titles: Vec<&str> = d.questions().map(|(q, _)| q.title.as_str()).collect();
    assert_eq!(&titles[..5], ["id", "Titel", "Verhaal", "Rol", "Leeftijd"]);
}

#[test]
fn ignore_leaves_a_question_out() {
    let mut edits = CodebookEdits::default();
    edits.ignore("Verhaal");
    let d = import_edited(SURVEY, &edits).dataset;
    assert!(d.questions().all(|(q, _)| q.title != "Verhaal"));
    assert_eq!(d.text(TextRole::Story, 0), None);
}

#[test]
fn three_numeric_columns_merge_into_a_triad_with_chosen_corners() {
    let d = edited(Edit::Triad {
        title: "Wie was aan zet?".into(),
        top: "Ouders %".into(),
        left: "Kind %".into(),
        right: "School %".into(),
    })
    .dataset;
    let (q, column) = question(&d, "Wie was aan zet?");
    assert_eq!(
        q.kind,
        QuestionKind::Triad {
            top: "Ouders %".into(),
            left: "Kind %".into(),
            right: "School %".into()
        }
    );
    assert_eq!(q.columns, ["Ouders %", "Kind %", "School %"]);
    let Column::Triad(triad) = column else {
        panic!("not a triad")
    };
    assert_eq!(triad.get(0), Some([0.5, 0.2, 0.3]));
    assert_eq!(triad.get(3), Some([0.5, 0.0, 0.5]));
    for gone in ["Ouders %", "Kind %", "School %"] {
        assert!(d.questions().all(|(q, _)| q.title != gone), "{gone}");
    }
}

#[test]
fn label_columns_and_yes_no_columns_merge_into_multi_choice() {
    let d = edited(Edit::Multi {
        title: "Emoties".into(),
        columns: vec!["Emo 1".into(), "Emo 2".into()],
    })
    .dataset;
    assert_eq!(
        options(&d, "Emoties"),
        ["hoop", "boosheid", "verdriet", "trots"]
    );
    assert_eq!(chosen(&d, "Emoties", 0), ["hoop", "trots"]);
    assert_eq!(chosen(&d, "Emoties", 3), ["boosheid", "verdriet"]);

    let d = edited(Edit::Multi {
        title: "Gevoel".into(),
        columns: vec!["hoop".into(), "trots".into()],
    })
    .dataset;
    assert_eq!(options(&d, "Gevoel"), ["hoop", "trots"]);
    assert_eq!(chosen(&d, "Gevoel", 2), ["hoop", "trots"]);
    assert_eq!(chosen(&d, "Gevoel", 3), Vec::<String>::new());
}

#[test]
fn a_delimited_column_splits_into_multi_choice() {
    let d = edited(Edit::Split {
        column: "Thema".into(),
        delimiter: '/',
    })
    .dataset;
    assert_eq!(options(&d, "Thema"), ["zorg", "school", "thuis"]);
    assert_eq!(chosen(&d, "Thema", 0), ["zorg", "school"]);
    assert_eq!(chosen(&d, "Thema", 3), ["zorg", "thuis"]);
}

#[test]
fn reordering_options_recodes_the_answers_and_ordinal_sticks() {
    let mut edits = CodebookEdits::default();
    edits.push(Edit::Order {
        column: "Rol".into(),
        options: vec!["leraar".into()],
    });
    edits.push(Edit::Ordinal {
        column: "Rol".into(),
        ordinal: true,
    });
    let d = import_edited(SURVEY, &edits).dataset;
    assert_eq!(options(&d, "Rol"), ["leraar", "ouder"]);
    let answers: Vec<_> = choices(&d, "Rol").into_iter().flatten().collect();
    assert_eq!(answers, ["ouder", "leraar", "ouder", "leraar"]);
    assert!(matches!(
        question(&d, "Rol").0.kind,
        QuestionKind::SingleChoice { ordinal: true, .. }
    ));

    let d = edited(Edit::Order {
        column: "Thema".into(),
        options: vec!["x".into()],
    });
    assert!(
        d.warnings
            .iter()
            .any(|w| w.column == "Thema" && w.message().contains("not a choice question"))
    );
}

#[test]
fn edits_apply_again_to_the_next_export_and_report_what_is_gone() {
    let mut edits = CodebookEdits::default();
    edits.rename("Rol", "Rol van de verteller");
    edits.push(Edit::Triad {
        title: "Wie".into(),
        top: "Ouders %".into(),
        left: "Kind %".into(),
        right: "School %".into(),
    });
    edits.rename("Oude kolom", "Weg");
    // The next export has one story more.
    let next = format!(
        "{SURVEY}a5,Later,Nog een verhaal dat lang genoeg is om als verhaal te tellen hier.,ouder,33,40,zorg,40,20,hoop,,x,\n"
    );
    let imported = import_edited(&next, &edits);
    let d = &imported.dataset;
    assert_eq!(d.len(), 5);
    assert_eq!(
        choices(d, "Rol van de verteller")[4].as_deref(),
        Some("ouder")
    );
    assert!(matches!(question(d, "Wie").1, Column::Triad(t) if t.get(4) == Some([0.2, 0.4, 0.4])));
    let gone = imported
        .warnings
        .iter()
        .find(|w| w.column == "Oude kolom")
        .expect("the edit of a missing column is reported");
    assert!(
        gone.message().contains("no column with this header"),
        "{gone}"
    );
}

#[test]
fn detected_summary_has_a_preview_and_a_confidence_per_question() {
    let mut edits = CodebookEdits::default();
    edits.set_kind("Leeftijd", KindChoice::Single);
    let imported = import_edited(SURVEY, &edits);
    let detected = &imported.detected;
    assert_eq!(detected.stories, 4);
    assert_eq!(detected.headers[1], "Titel");
    assert_eq!(detected.preview.len(), 4);
    assert_eq!(detected.preview[0][1], "Goed geregeld");
    assert_eq!(
        detected.questions.len(),
        imported.dataset.codebook().questions.len()
    );
    let find = |title: &str| {
        detected
            .questions
            .iter()
            .find(|q| q.title == title)
            .unwrap_or_else(|| panic!("{title}"))
    };
    let age = find("Leeftijd");
    assert_eq!(age.confidence.reason, Reason::Edited);
    assert_eq!(age.confidence.value, 1.0);
    assert_eq!(age.key(), "Leeftijd");
    let thema = find("Thema");
    assert_eq!(thema.confidence.reason, Reason::OtherText);
    assert!(thema.confidence.value < find("Rol").confidence.value);
    assert_eq!(find("Rol").answered, 4);
}
