//! Inputs at the edges: a 5 MB story, 10,000 columns, emoji and
//! right-to-left text, ragged rows and repeated headers.

use storylens::model::TextRole;

use super::helpers::*;

#[test]
fn five_megabyte_cell_is_kept_whole() {
    let story = "Een heel lang verhaal, met komma's en \"quotes\". ".repeat(110_000);
    assert!(story.len() > 5_000_000);
    let text = format!("id,Verhaal\n1,\"{}\"\n2,kort\n", story.replace('"', "\"\""));
    let d = import_text("lang.csv", &text).dataset;
    // Byte for byte: the trailing space stays.
    assert_eq!(d.text(TextRole::Story, 0), Some(story.as_str()));
}

#[test]
fn ten_thousand_columns() {
    let header: Vec<String> = (0..10_000).map(|i| format!("v{i}")).collect();
    let row: Vec<String> = (0..10_000).map(|i| (i % 7).to_string()).collect();
    let text = format!(
        "{}\n{}\n{}\n",
        header.join(","),
        row.join(","),
        row.join(",")
    );
    let d = import_text("breed.csv", &text).dataset;
    assert_eq!(d.codebook().questions.len(), 10_000);
    assert_eq!(d.len(), 2);
}

#[test]
fn emoji_and_right_to_left_text() {
    let text =
        "id;Verhaal;Gevoel\n1;مرحبا بالعالم، هذه قصة 🙂;😀\n2;שלום עולם 👩‍👩‍👧;😀\n3;Gewoon;😢\n";
    let d = import_text("uni.csv", text).dataset;
    assert_eq!(
        d.text(TextRole::Story, 0),
        Some("مرحبا بالعالم، هذه قصة 🙂")
    );
    assert_eq!(d.text(TextRole::Story, 1), Some("שלום עולם 👩‍👩‍👧"));
    assert_eq!(options(&d, "Gevoel"), ["😀", "😢"]);
}

#[test]
fn ragged_rows_repeated_headers_and_bad_values_are_reported() {
    let text = "\
id,Rol,Rol,Leeftijd,Leeg
1,ouder,a,40,
2,leraar,b,veertig,
3,ouder,c,50
4,ouder,d,60,,extra
";
    let imported = import_text("rommel.csv", text);
    let d = &imported.dataset;
    assert_eq!(d.len(), 4);
    assert_eq!(kind_of(d, "Rol (2)"), "text");
    let report: Vec<String> = imported.warnings.iter().map(|w| w.to_string()).collect();
    let has = |needle: &str| report.iter().any(|w| w.contains(needle));
    assert!(
        has("Rol (2): header \"Rol\" occurs more than once"),
        "{report:#?}"
    );
    assert!(
        has("Leeftijd: not a number; left missing: \"veertig\" (row 3)"),
        "{report:#?}"
    );
    assert!(
        has("fewer values than the header has columns; the rest were left empty (row 4)"),
        "{report:#?}"
    );
    assert!(
        has("more values than the header has columns") && has("(row 5)"),
        "{report:#?}"
    );
    assert!(
        has("Leeg: the column is empty; it was left out"),
        "{report:#?}"
    );
    assert!(numbers(d, "Leeftijd")[1].is_nan());
}
