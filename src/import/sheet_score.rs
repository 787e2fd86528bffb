//! Which sheet of a workbook to import when the user named none: the one
//! that looks most like a survey table — a header row of distinct names
//! over many rows and columns — not merely the first with data. Export
//! tools often put a read-me sheet ("Toelichting", "Read me") first.
//!
//! [`score`] rates a sheet's table; [`choice_note`] says in the import
//! report which sheet was taken and what the others held.

use super::{ImportNote, RawTable, SheetSize};

/// How much `table` looks like a survey table: data rows × distinct
/// non-empty headers. A notes sheet (one column of prose) scores its few
/// lines; a data sheet scores its cells. `0` for no table.
pub fn score(table: Option<&RawTable>) -> usize {
    let Some(table) = table else { return 0 };
    let mut headers: Vec<&str> = (0..table.width())
        .map(|c| table.header(c).trim())
        .filter(|h| !h.is_empty())
        .collect();
    headers.sort_unstable();
    headers.dedup();
    table.len().saturating_mul(headers.len())
}

/// One sheet as the report describes it: its name, rows and columns.
pub fn describe(name: &str, table: Option<&RawTable>) -> SheetSize {
    let (rows, columns) = table.map_or((0, 0), |t| (t.len(), t.width()));
    SheetSize {
        name: name.to_owned(),
        rows,
        columns,
    }
}

/// The report's note on the choice: the sheet imported (of `count`) and
/// the others, as [`describe`]d.
pub fn choice_note(
    count: usize,
    chosen: &str,
    table: Option<&RawTable>,
    others: &[SheetSize],
) -> ImportNote {
    ImportNote::SheetChosen {
        sheets: count,
        chosen: describe(chosen, table),
        others: others.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{Cell, Reporter};

    fn table(rows: &[&[&str]]) -> Option<RawTable> {
        let records = rows
            .iter()
            .enumerate()
            .map(|(at, row)| {
                let cells = row.iter().map(|c| Cell::Text((*c).into())).collect();
                (at + 1, cells)
            })
            .collect();
        RawTable::from_records(records, &mut Reporter::default())
    }

    #[test]
    fn a_table_of_distinct_headers_outscores_a_column_of_prose() {
        let notes = table(&[
            &["Toelichting"],
            &["Regel een."],
            &["Regel twee."],
            &["Drie."],
        ]);
        let data = table(&[
            &["id", "Rol", "Cijfer"],
            &["1", "ouder", "7"],
            &["2", "leraar", "8"],
        ]);
        assert_eq!(score(notes.as_ref()), 3);
        assert_eq!(score(data.as_ref()), 6);
        assert_eq!(score(None), 0);
        // Repeated headers count once: they are one name.
        let repeated = table(&[&["a", "a", "a"], &["1", "2", "3"]]);
        assert_eq!(score(repeated.as_ref()), 1);
        let described = describe("Data", data.as_ref());
        assert_eq!((described.rows, described.columns), (2, 3));
        let note = choice_note(
            2,
            "Data",
            data.as_ref(),
            &[describe("Toelichting", notes.as_ref())],
        );
        assert_eq!(
            note.sentence(crate::i18n::Language::English),
            "the workbook has 2 sheets; sheet \"Data\" was imported, the one most like a survey \
             table (2 rows × 3 columns); the others: \"Toelichting\" (3 rows × 1 column) \
             (choose another sheet in the import dialog or with --sheet)"
        );
        assert_eq!(
            note.sentence(crate::i18n::Language::Dutch),
            "de werkmap heeft 2 werkbladen; werkblad \"Data\" is geïmporteerd, het blad dat het \
             meest op een enquêtetabel lijkt (2 rijen × 3 kolommen); de andere: \"Toelichting\" \
             (3 rijen × 1 kolom) (kies een ander werkblad in het importvenster of met --sheet)"
        );
    }
}
