//! The generic layout: kinds detected per column, in every CSV dialect and
//! encoding.

use storylens::import::{ImportNote, Layout};
use storylens::model::{Presence, TextRole};

use super::helpers::*;

const SURVEY: &str = "\
Ervaringen passend onderwijs 2019
id;Titel;Verhaal;Datum;Rol;Gevoel;Voorbeeld;Leeftijd
a1;Goed geregeld;Mijn zoon kreeg eindelijk de ondersteuning die hij nodig had, na maanden wachten op de juiste plek.;24-1-2019;ouder;\"hoop; tevredenheid\";63,5;41
a2;Vastgelopen;De school zei dat ze niets meer konden doen en we moesten maar zelf een andere school zoeken.;3-2-2019;ouder;boosheid;12;38
a3;Samen;Met de intern begeleider en de ouders hebben we samen een plan gemaakt dat echt werkte voor iedereen.;2019-02-14;leraar;hoop;88;52
a4;Wachten;\"Het duurde een half jaar;
voordat er iets gebeurde.\";1-3-2019;ouder;\"verdriet; boosheid\";5;45
";

#[test]
fn semicolon_csv_with_title_row_decimal_comma_and_dutch_dates() {
    let imported = import_text("ervaringen.csv", SURVEY);
    assert_eq!(imported.layout, Layout::Generic);
    let d = &imported.dataset;
    assert_eq!(d.len(), 4);
    assert_eq!(d.story_ids()[0].0, "a1");
    assert_eq!(kind_of(d, "id"), "id");
    assert_eq!(kind_of(d, "Titel"), "text");
    assert_eq!(d.text(TextRole::Title, 1), Some("Vastgelopen"));
    assert_eq!(
        d.text(TextRole::Story, 3),
        Some("Het duurde een half jaar;\nvoordat er iets gebeurde.")
    );
    assert_eq!(kind_of(d, "Datum"), "date");
    assert_eq!(numbers(d, "Datum")[0], 17_920.0);
    assert_eq!(kind_of(d, "Rol"), "single");
    assert_eq!(options(d, "Rol"), ["ouder", "leraar"]);
    assert_eq!(choices(d, "Rol")[2].as_deref(), Some("leraar"));
    assert_eq!(kind_of(d, "Gevoel"), "multi");
    assert_eq!(chosen(d, "Gevoel", 0), ["hoop", "tevredenheid"]);
    assert_eq!(chosen(d, "Gevoel", 3), ["boosheid", "verdriet"]);
    assert_eq!(kind_of(d, "Voorbeeld"), "slider");
    assert!((numbers(d, "Voorbeeld")[0] - 0.635).abs() < 1e-12);
    assert_eq!(kind_of(d, "Leeftijd"), "number");
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| matches!(w.note, ImportNote::TitleRowsSkipped { .. }))
    );
}

#[test]
fn one_hot_prefixes_and_triads() {
    let text = "\
nr,Gevoel - hoop,Gevoel - boosheid,Steun [school],Steun [ouders],Wie_kind,Wie_school,Wie_ouders,Kwaliteit
1,1,,x,,0.2,0.3,0.5,0.25
2,,1,,x,0.6,0.2,0.2,0.5
3,1,1,x,x,0.1,0.1,0.8,0.75
4,,,,,,,,
";
    let d = import_text("s.csv", text).dataset;
    assert_eq!(d.story_ids()[0].0, "1");
    assert_eq!(kind_of(&d, "Gevoel"), "multi");
    assert_eq!(chosen(&d, "Gevoel", 2), ["hoop", "boosheid"]);
    assert_eq!(options(&d, "Steun"), ["school", "ouders"]);
    assert_eq!(kind_of(&d, "Wie"), "triad");
    let (q, column) = question(&d, "Wie");
    assert_eq!(q.columns, ["Wie_kind", "Wie_school", "Wie_ouders"]);
    assert_eq!(column.presence(3), Presence::Missing);
    assert_eq!(kind_of(&d, "Kwaliteit"), "slider");
}

#[test]
fn duplicate_story_ids_are_made_unique_and_reported() {
    let imported = import_text("d.csv", "id,Rol\nx,ouder\nx,leraar\n,ouder\n");
    let ids: Vec<_> = imported
        .dataset
        .story_ids()
        .iter()
        .map(|i| i.0.clone())
        .collect();
    assert_eq!(ids, ["x", "x (2)", "row 4"]);
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.rows == [3] && w.note == ImportNote::StoryIdRepeated)
    );
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.rows == [4] && w.note == ImportNote::StoryWithoutId)
    );
}

#[test]
fn one_hot_spellings_and_pipe_delimited_lists() {
    let text = "\
id\tGevoel_hoop\tGevoel_boosheid\tSteun: school\tSteun: ouders\tThema's
1\tja\tnee\tTRUE\tFALSE\tgeld | tijd
2\tnee\tja\tFALSE\tTRUE\ttijd
3\t\tja\tTRUE\tTRUE\tgeld|zorg
";
    let d = import_text("tabs.tsv", text).dataset;
    assert_eq!(chosen(&d, "Gevoel", 0), ["hoop"]);
    assert_eq!(chosen(&d, "Gevoel", 2), ["boosheid"]);
    assert_eq!(chosen(&d, "Steun", 2), ["school", "ouders"]);
    assert_eq!(options(&d, "Thema's"), ["geld", "tijd", "zorg"]);
    assert_eq!(chosen(&d, "Thema's", 2), ["geld", "zorg"]);
}

#[test]
fn rating_scale_answers_are_ordered_as_the_scale_and_marked_ordinal() {
    let answers = [
        ("positief", "Agree", "ouder"),
        ("zeer negatief", "Strongly disagree", "leraar"),
        ("neutraal", "Strongly agree", "ouder"),
        ("Zeer positief", "Disagree", "leraar"),
        ("negatief", "Agree", "ouder"),
    ];
    let mut csv = String::from("id,Titel,Beoordeling,Agreement,Rol\n");
    for i in 0..30 {
        let (rating, agree, role) = answers[i % answers.len()];
        csv += &format!("a{i},Verhaal {i},{rating},{agree},{role}\n");
    }
    let imported = import_text("schaal.csv", &csv);
    let d = &imported.dataset;
    assert_eq!(
        options(d, "Beoordeling"),
        [
            "zeer negatief",
            "negatief",
            "neutraal",
            "positief",
            "Zeer positief"
        ]
    );
    assert_eq!(
        options(d, "Agreement"),
        ["Strongly disagree", "Disagree", "Agree", "Strongly agree"]
    );
    let (question, _) = question(d, "Beoordeling");
    assert!(matches!(
        question.kind,
        storylens::model::QuestionKind::SingleChoice { ordinal: true, .. }
    ));
    // Answers that are no scale keep the order they first appear in.
    assert_eq!(options(d, "Rol"), ["ouder", "leraar"]);
}
