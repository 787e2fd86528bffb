//! Issue 14, fidelity: the importer never changes a word, picks the data
//! sheet, decides kinds by the majority and reports the rest by the row.
//! Every file is written here: Dutch Excel CSV (`;`, cp1252, decimal
//! comma) or an `.xlsx` through rust_xlsxwriter.

use encoding_rs::WINDOWS_1252;
use rust_xlsxwriter::Workbook;
use storylens::import::{ImportWarning, Imported};
use storylens::model::{Column, Dataset};

use super::helpers::{Scratch, chosen, import, kind_of, numbers, options, question, summary};

/// Rows of cells as Dutch Excel saves "CSV (puntkomma's)": `;` between
/// fields, CRLF, Windows-1252; cells with `;`, quotes or line breaks quoted.
fn dutch_csv(rows: &[Vec<String>]) -> Vec<u8> {
    let quote = |cell: &String| {
        if cell.contains([';', '"', '\n', '\r']) {
            format!("\"{}\"", cell.replace('"', "\"\""))
        } else {
            cell.clone()
        }
    };
    let text: String = rows
        .iter()
        .map(|row| row.iter().map(quote).collect::<Vec<_>>().join(";") + "\r\n")
        .collect();
    let (bytes, _, unmappable) = WINDOWS_1252.encode(&text);
    assert!(!unmappable, "the test text fits Windows-1252");
    bytes.into_owned()
}

fn import_dutch(rows: &[Vec<String>]) -> Imported {
    let scratch = Scratch::new();
    import(&scratch.write("verhalen.csv", dutch_csv(rows)))
}

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| (*c).to_owned()).collect()
}

fn text_of(dataset: &Dataset, title: &str, at: usize) -> Option<String> {
    match question(dataset, title).1 {
        Column::Text(column) => column.get(at).map(str::to_owned),
        other => panic!("{title} is not text: {other:?}"),
    }
}

fn triads(dataset: &Dataset, title: &str) -> Vec<Option<[f64; 3]>> {
    match question(dataset, title).1 {
        Column::Triad(column) => (0..column.len()).map(|r| column.get(r)).collect(),
        other => panic!("{title} is not a triad: {other:?}"),
    }
}

/// The warnings about `column`.
fn about<'a>(imported: &'a Imported, column: &str) -> Vec<&'a ImportWarning> {
    imported
        .warnings
        .iter()
        .filter(|w| w.column == column)
        .collect()
}

/// A Dutch story that differs per row, about 90 characters.
fn story(at: usize) -> String {
    format!(
        "Verhaal {at}: mijn zoon kreeg na {} weken eindelijk één plek, de school was behulpzaam.",
        at % 17 + 2
    )
}

#[test]
fn a_notes_sheet_before_the_data_sheet_is_passed_over() {
    let mut workbook = Workbook::new();
    let notes = workbook.add_worksheet();
    notes.set_name("Toelichting").unwrap();
    for (at, line) in [
        "Toelichting bij deze export",
        "Deze werkmap bevat de verhalen uit de peiling.",
        "Elke rij is één verhaal.",
        "De schuifjes lopen van 0 tot 100.",
        "Lege cellen zijn niet beantwoord.",
        "Vragen over de export: mail de onderzoekers.",
        "Versie 2, juni.",
    ]
    .iter()
    .enumerate()
    {
        notes.write_string(at as u32, 0, *line).unwrap();
    }
    let data = workbook.add_worksheet();
    data.set_name("Verhalen").unwrap();
    data.write_string(0, 0, "Peiling passend onderwijs")
        .unwrap();
    data.write_string(1, 0, "Export van 3 juni").unwrap();
    for (c, header) in ["id", "Titel", "Verhaal", "Rol", "Tevredenheid"]
        .iter()
        .enumerate()
    {
        data.write_string(2, c as u16, *header).unwrap();
    }
    for at in 0..300usize {
        let r = at as u32 + 3;
        data.write_number(r, 0, at as f64 + 1.0).unwrap();
        data.write_string(r, 1, format!("Titel {at}")).unwrap();
        data.write_string(r, 2, story(at)).unwrap();
        data.write_string(r, 3, ["ouder", "leraar", "leerling"][at % 3])
            .unwrap();
        data.write_number(r, 4, (at * 37 % 101) as f64).unwrap();
    }
    let scratch = Scratch::new();
    let path = scratch.write("export.xlsx", workbook.save_to_buffer().unwrap());
    let imported = import(&path);
    let d = &imported.dataset;
    assert_eq!(d.len(), 300, "{}", summary(d));
    assert_eq!(imported.detected.sheet.as_deref(), Some("Verhalen"));
    assert_eq!(imported.detected.sheets, ["Toelichting", "Verhalen"]);
    assert_eq!(kind_of(d, "Tevredenheid"), "slider");
    assert_eq!(kind_of(d, "Rol"), "single");
    // The report says which sheet was taken and what the others held.
    let sheet_note = imported
        .warnings
        .iter()
        .find(|w| w.message().contains("sheet"))
        .expect("a note about the sheet");
    assert!(
        sheet_note.message().contains("\"Verhalen\"")
            && sheet_note.message().contains("\"Toelichting\"")
            && sheet_note.message().contains("300"),
        "{}",
        sheet_note.message()
    );
}

#[test]
fn a_list_in_quoted_cells_of_a_semicolon_file_is_multiple_choice() {
    let feelings = [
        "frustratie; onmacht",
        "hoop",
        "onmacht",
        "hoop; trots",
        "frustratie",
        "trots; hoop; opluchting",
    ];
    let mut rows = vec![row(&["id", "Verhaal", "Gevoel", "Cijfer"])];
    for at in 0..120 {
        rows.push(vec![
            (at + 1).to_string(),
            story(at),
            feelings[at % feelings.len()].to_owned(),
            format!("{},5", at % 10),
        ]);
    }
    let imported = import_dutch(&rows);
    let d = &imported.dataset;
    assert_eq!(kind_of(d, "Gevoel"), "multi", "{}", summary(d));
    assert_eq!(
        options(d, "Gevoel"),
        ["frustratie", "onmacht", "hoop", "trots", "opluchting"]
    );
    assert_eq!(chosen(d, "Gevoel", 0), ["frustratie", "onmacht"]);
    assert_eq!(chosen(d, "Gevoel", 5), ["hoop", "trots", "opluchting"]);
    assert_eq!(numbers(d, "Cijfer")[3], 3.5);
}

#[test]
fn a_list_with_hundreds_of_combinations_is_still_multiple_choice() {
    let feelings = [
        "tevredenheid",
        "hoop",
        "trots",
        "opluchting",
        "frustratie",
        "onmacht",
        "zorgen",
        "verdriet",
    ];
    // Every non-empty subset of eight options: 255 distinct cells, more
    // than detection keeps as distinct values.
    let cell = |at: usize| {
        let bits = at * 37 % 255 + 1;
        let chosen: Vec<&str> = (0..8)
            .filter(|b| bits & (1 << b) != 0)
            .map(|b| feelings[b])
            .collect();
        chosen.join("; ")
    };
    let mut rows = vec![row(&["id", "Verhaal", "Gevoel"])];
    for at in 0..1000 {
        rows.push(vec![(at + 1).to_string(), story(at), cell(at)]);
    }
    let imported = import_dutch(&rows);
    let d = &imported.dataset;
    assert_eq!(kind_of(d, "Gevoel"), "multi", "{}", summary(d));
    assert_eq!(options(d, "Gevoel").len(), 8);
    let mut got = chosen(d, "Gevoel", 1);
    let mut want: Vec<String> = cell(1).split("; ").map(str::to_owned).collect();
    got.sort();
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn a_slider_with_a_few_bad_values_stays_a_slider_and_names_them() {
    let mut rows = vec![row(&["id", "Verhaal", "De manier waarop", "Steun"])];
    let bad = [
        (7, "-5"),
        (19, "140"),
        (33, "abc"),
        (41, "NaN"),
        (58, "100.0001"),
    ];
    for at in 0..600usize {
        let value = bad
            .iter()
            .find(|(r, _)| *r == at)
            .map_or_else(|| format!("{},5", at * 37 % 100), |(_, v)| (*v).to_owned());
        let support = if at == 90 {
            "inf".to_owned()
        } else {
            (at * 13 % 101).to_string()
        };
        rows.push(vec![(at + 1).to_string(), story(at), value, support]);
    }
    let imported = import_dutch(&rows);
    let d = &imported.dataset;
    assert_eq!(kind_of(d, "De manier waarop"), "slider", "{}", summary(d));
    assert_eq!(kind_of(d, "Steun"), "slider", "{}", summary(d));
    let values = numbers(d, "De manier waarop");
    for (at, _) in bad {
        assert!(values[at].is_nan(), "row {at}: {}", values[at]);
    }
    // `37,5` is a number in a Dutch file: 0.375 on the 0..=1 scale.
    assert!((values[1] - 0.375).abs() < 1e-12, "{}", values[1]);
    assert!(numbers(d, "Steun")[90].is_nan());
    // One warning per column, listing the file rows (data starts on row 2)
    // and the values as written.
    let warnings = about(&imported, "De manier waarop");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].rows, [9, 21, 35, 43, 60]);
    for (_, value) in bad {
        assert!(
            warnings[0].message().contains(&format!("\"{value}\"")),
            "{}",
            warnings[0].message()
        );
    }
    assert_eq!(about(&imported, "Steun")[0].rows, [92]);
}

#[test]
fn dates_and_numbers_are_decided_by_the_majority_too() {
    let mut rows = vec![row(&["id", "Verhaal", "Datum", "Leeftijd"])];
    for at in 0..200usize {
        let date = if at == 5 {
            "gisteren".to_owned()
        } else {
            format!("{}-{}-2024", at % 28 + 1, at % 12 + 1)
        };
        let age = if at == 8 {
            "veertig".to_owned()
        } else {
            (20 + at % 50).to_string()
        };
        rows.push(vec![(at + 1).to_string(), story(at), date, age]);
    }
    let imported = import_dutch(&rows);
    let d = &imported.dataset;
    assert_eq!(kind_of(d, "Datum"), "date", "{}", summary(d));
    assert_eq!(kind_of(d, "Leeftijd"), "number");
    assert!(numbers(d, "Datum")[5].is_nan());
    assert!(numbers(d, "Leeftijd")[8].is_nan());
    assert_eq!(about(&imported, "Datum")[0].rows, [7]);
    assert!(
        about(&imported, "Datum")[0]
            .message()
            .contains("\"gisteren\"")
    );
    assert_eq!(about(&imported, "Leeftijd")[0].rows, [10]);
}

#[test]
fn text_is_kept_byte_for_byte() {
    let titles = [
        " rondom het kind ",
        "\tmet een tab vooraan",
        "gewoon",
        "eindigt op spaties   ",
    ];
    let mut rows = vec![row(&["id", "Titel", "Verhaal", "Rol"])];
    for at in 0..40usize {
        rows.push(vec![
            (at + 1).to_string(),
            format!("{}{at}", titles[at % titles.len()]),
            format!("  {}\r\n  tweede regel  ", story(at)),
            [" ouder", "leraar ", "ouder"][at % 3].to_owned(),
        ]);
    }
    let imported = import_dutch(&rows);
    let d = &imported.dataset;
    assert_eq!(kind_of(d, "Titel"), "text", "{}", summary(d));
    for at in 0..40usize {
        assert_eq!(
            text_of(d, "Titel", at).as_deref(),
            Some(format!("{}{at}", titles[at % titles.len()]).as_str())
        );
        assert_eq!(
            text_of(d, "Verhaal", at),
            Some(format!("  {}\r\n  tweede regel  ", story(at)))
        );
    }
    // Option labels are matched trimmed: two options, not three.
    assert_eq!(options(d, "Rol"), ["ouder", "leraar"]);
}

#[test]
fn a_title_with_bars_is_text_not_a_list() {
    let mut rows = vec![row(&["id", "Titel", "Verhaal"])];
    for at in 0..60usize {
        rows.push(vec![
            (at + 1).to_string(),
            format!("Thuis | school {at}"),
            story(at),
        ]);
    }
    let imported = import_dutch(&rows);
    let d = &imported.dataset;
    assert_eq!(kind_of(d, "Titel"), "text", "{}", summary(d));
    assert_eq!(text_of(d, "Titel", 3).as_deref(), Some("Thuis | school 3"));
}

#[test]
fn a_duplicate_header_is_kept_under_a_unique_name_and_warned() {
    let mut rows = vec![row(&[
        "id",
        "Verhaal",
        "Gevoel - hoop",
        "Gevoel - frustratie",
        "Gevoel - hoop",
    ])];
    for at in 0..50usize {
        rows.push(vec![
            (at + 1).to_string(),
            story(at),
            u8::from(at % 2 == 0).to_string(),
            u8::from(at % 3 == 0).to_string(),
            u8::from(at % 5 == 0).to_string(),
        ]);
    }
    let imported = import_dutch(&rows);
    let d = &imported.dataset;
    assert_eq!(kind_of(d, "Gevoel"), "multi", "{}", summary(d));
    assert_eq!(options(d, "Gevoel"), ["hoop", "frustratie", "hoop (2)"]);
    assert_eq!(chosen(d, "Gevoel", 5), ["hoop (2)"]);
    assert_eq!(chosen(d, "Gevoel", 6), ["hoop", "frustratie"]);
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.column == "Gevoel - hoop" && w.message().contains("hoop (2)")),
        "{:?}",
        imported.warnings
    );
    // A duplicate outside any group: its own question, same kind, warned.
    let mut rows = vec![row(&["id", "Verhaal", "Rol", "Rol"])];
    for at in 0..50usize {
        rows.push(vec![
            (at + 1).to_string(),
            story(at),
            ["ouder", "leraar"][at % 2].to_owned(),
            ["leraar", "ouder", "leerling"][at % 3].to_owned(),
        ]);
    }
    let imported = import_dutch(&rows);
    let d = &imported.dataset;
    assert_eq!(kind_of(d, "Rol"), "single", "{}", summary(d));
    assert_eq!(kind_of(d, "Rol (2)"), "single");
    assert_eq!(about(&imported, "Rol (2)").len(), 1);
}

#[test]
fn triad_weights_negative_zero_and_rounded() {
    let mut rows = vec![row(&[
        "id",
        "Verhaal",
        "Aan zet - kind",
        "Aan zet - school",
        "Aan zet - ouders",
    ])];
    let special: [(usize, [&str; 3]); 4] = [
        (3, ["-10", "60", "50"]),
        (4, ["0", "40", "60"]),
        (5, ["33,3", "33,3", "33,3"]),
        (6, ["20", "20", "20"]),
    ];
    for at in 0..80usize {
        let weights = special.iter().find(|(r, _)| *r == at).map_or_else(
            || {
                let a = at % 50 + 10;
                [a.to_string(), (90 - a).to_string(), "10".to_owned()]
            },
            |(_, w)| w.map(str::to_owned),
        );
        let mut cells = vec![(at + 1).to_string(), story(at)];
        cells.extend(weights);
        rows.push(cells);
    }
    let imported = import_dutch(&rows);
    let d = &imported.dataset;
    assert_eq!(kind_of(d, "Aan zet"), "triad", "{}", summary(d));
    let t = triads(d, "Aan zet");
    assert_eq!(t[3], None, "a negative weight is not an answer");
    assert_eq!(t[4], Some([0.0, 0.4, 0.6]), "a zero weight is an answer");
    let third = t[5].expect("a sum of 99.9 is accepted");
    assert!((third[0] - 1.0 / 3.0).abs() < 1e-12);
    assert!(t[6].is_some(), "a sum of 60 is closed");
    let warnings = about(&imported, "Aan zet");
    let rows_of = |needle: &str| -> Vec<usize> {
        warnings
            .iter()
            .filter(|w| w.message().contains(needle))
            .flat_map(|w| w.rows.clone())
            .collect()
    };
    assert_eq!(rows_of("negative"), [5]);
    assert_eq!(rows_of("sum"), [8], "{warnings:?}");
    // Zeros: one note without rows, about the geometric mean.
    let zero: Vec<_> = warnings
        .iter()
        .filter(|w| w.message().contains("weight of 0"))
        .collect();
    assert_eq!(zero.len(), 1, "{warnings:?}");
    assert!(zero[0].rows.is_empty());
    assert!(
        zero[0].message().starts_with("1 answer has a weight of 0")
            && zero[0].message().contains("geometric means"),
        "{}",
        zero[0].message()
    );
}
