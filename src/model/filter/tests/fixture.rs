//! A six-story dataset with every kind of question, where story 3 (row 2)
//! skipped almost everything and story 4 (row 3) said "not applicable".

use crate::model::filter::Date;
use crate::model::{
    ChoiceColumn, Codebook, Column, Dataset, MISSING_CODE, MultiColumn, NOT_APPLICABLE_CODE,
    NumberColumn, Question, QuestionKind, Selection, StonesColumn, StoryId, TextColumn, TextRole,
    TriadColumn,
};

pub const N: usize = 6;

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

pub fn codebook() -> Codebook {
    let q = Question::new;
    Codebook {
        questions: vec![
            q(
                "titel",
                "Titel",
                QuestionKind::Text {
                    role: TextRole::Title,
                },
            ),
            q(
                "verhaal",
                "Verhaal",
                QuestionKind::Text {
                    role: TextRole::Story,
                },
            ),
            q(
                "opmerking",
                "Opmerking",
                QuestionKind::Text {
                    role: TextRole::Other,
                },
            ),
            q("datum", "Datum", QuestionKind::Date),
            q(
                "voorbeeld",
                "Voorbeeld van goed onderwijs",
                QuestionKind::Slider {
                    left: "niet".into(),
                    right: "wel".into(),
                },
            ),
            q("getal", "Aantal kinderen", QuestionKind::Number),
            q(
                "rol",
                "Uw rolsoort",
                QuestionKind::SingleChoice {
                    options: strings(&["ouder/verzorger", "leraar", "leerling"]),
                    ordinal: false,
                },
            ),
            q(
                "gevoel",
                "Gevoel",
                QuestionKind::MultiChoice {
                    options: strings(&["hoop", "trots", "zorgen"]),
                },
            ),
            q(
                "wie",
                "Wie was aan zet?",
                QuestionKind::Triad {
                    top: "het kind".into(),
                    left: "de school".into(),
                    right: "de ouders".into(),
                },
            ),
            q(
                "plek",
                "Plek",
                QuestionKind::Stones {
                    stones: strings(&["kind", "school"]),
                    x_axis: ("weinig".into(), "veel".into()),
                    y_axis: ("laat".into(), "vroeg".into()),
                },
            ),
        ],
    }
}

fn day(text: &str) -> f64 {
    Date::parse(text).map_or(f64::NAN, |d| d.days as f64)
}

fn text(values: [Option<&str>; N]) -> Column {
    let mut column = TextColumn::default();
    values.into_iter().for_each(|v| column.push(v));
    Column::Text(column)
}

/// `None` is missing; row 3 is always "not applicable".
fn numbers(values: [Option<f64>; N]) -> Column {
    let mut column = NumberColumn::default();
    for (row, v) in values.into_iter().enumerate() {
        if row == 3 {
            column.push_not_applicable();
        } else {
            column.push(v);
        }
    }
    Column::Number(column)
}

pub fn dataset() -> Dataset {
    let nan = f64::NAN;
    let mut triad = TriadColumn::default();
    triad.push(Some([1.0, 0.0, 0.0]));
    triad.push(Some([0.5, 0.5, 0.0]));
    triad.push(None);
    triad.push_not_applicable();
    triad.push(Some([1.0 / 3.0; 3]));
    triad.push(Some([0.0, 0.1, 0.9]));
    let columns = vec![
        text([
            Some("Één ruïne"),
            Some("Tweede"),
            None,
            Some("Vier"),
            Some("Vijf"),
            Some("Zes"),
        ]),
        text([
            Some("Het kind kreeg hulp bij AUTISME"),
            Some("Geen hulp"),
            Some("De coördinator hielp"),
            None,
            Some("Autïsme"),
            Some("{q} \"rare\" tekst"),
        ]),
        text([None, Some("autisme"), None, None, None, None]),
        numbers([
            Some(day("2019-01-01")),
            Some(day("2019-02-15")),
            None,
            None,
            Some(day("2019-03-31")),
            // A time of day: 18:00 on 2 January.
            Some(day("2019-01-02") + 0.75),
        ]),
        numbers([Some(0.70), Some(0.57), None, None, Some(1.0), Some(0.0)]),
        numbers([
            Some(3.0),
            Some(10.0),
            None,
            Some(-1.5),
            Some(0.0),
            Some(100.0),
        ]),
        Column::Single(ChoiceColumn {
            codes: vec![0, 1, MISSING_CODE, NOT_APPLICABLE_CODE, 2, 0],
        }),
        Column::Multi(MultiColumn {
            chosen: vec![
                Selection::from_rows(N, [0, 1]),
                Selection::from_rows(N, [4]),
                Selection::from_rows(N, [1]),
            ],
            answered: Selection::from_rows(N, [0, 1, 2, 4]),
            not_applicable: Selection::from_rows(N, [3]),
        }),
        Column::Triad(triad),
        Column::Stones(StonesColumn {
            x: vec![
                vec![0.2, 0.6, nan, nan, 0.0, nan],
                vec![0.8, nan, nan, nan, nan, nan],
            ],
            y: vec![
                vec![0.3, 0.6, nan, nan, 1.0, nan],
                vec![0.9, nan, nan, nan, nan, nan],
            ],
        }),
    ];
    let ids = (1..=N).map(|i| StoryId(format!("S{i}"))).collect();
    Dataset::new("fixture", ids, codebook(), columns).expect("fixture is consistent")
}
