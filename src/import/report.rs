//! [`ImportWarning`] and the [`Reporter`] that collects them.
//!
//! Recognisers and column builders never drop or change a value silently:
//! each repair is reported as a typed [`ImportNote`] with the column and
//! the file's row number. The reporter merges reports with the same column
//! and note, so a column with 300 unparseable numbers gives one warning
//! listing 300 rows. A warning is worded only when shown:
//! [`ImportWarning::sentence`] in the reader's language, `Display` and the
//! JSON `message` in English.

use std::collections::HashMap;

use serde::{Serialize, Serializer, ser::SerializeStruct};

use crate::i18n::{ImportStrings, Language, fill};

use super::ImportNote;

/// Rows a warning lists on screen; the saved report lists them all.
const ROWS_SHOWN: usize = 10;

/// One problem found while importing, for the import report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportWarning {
    /// The source column header (or `""` for the file as a whole).
    pub column: String,
    /// Row numbers as the file shows them, 1-based, counting every record
    /// of the file: in a file with its header on line 1 the first story is
    /// row 2, exactly as a spreadsheet program numbers it. Empty when the
    /// warning is about the whole column.
    pub rows: Vec<usize>,
    /// What happened and what the import did about it.
    pub note: ImportNote,
}

impl ImportWarning {
    /// A warning about the file as a whole.
    pub fn file(note: ImportNote) -> Self {
        Self {
            column: String::new(),
            rows: Vec::new(),
            note,
        }
    }

    /// The note alone in English, without column and rows (what
    /// `inspect --json` calls `message`).
    pub fn message(&self) -> String {
        self.note.sentence(Language::English)
    }

    /// The warning in `language` as the import report shows it: the
    /// column, the note and the first ten rows ("(rows 5, 6 and 12 more)").
    pub fn sentence(&self, language: Language) -> String {
        self.worded(language, ROWS_SHOWN)
    }

    /// The warning in `language` with every row listed, for the saved
    /// report.
    pub fn sentence_with_all_rows(&self, language: Language) -> String {
        self.worded(language, usize::MAX)
    }

    fn worded(&self, language: Language, shown: usize) -> String {
        let mut text = String::new();
        if !self.column.is_empty() {
            text.push_str(&self.column);
            text.push_str(": ");
        }
        text.push_str(&self.note.sentence(language));
        if let Some(tail) = rows_tail(language.import_notes(), &self.rows, shown) {
            text.push(' ');
            text.push_str(&tail);
        }
        text
    }
}

/// "(row 5)", "(rows 5, 6)", "(rows 5, 6 and 12 more)": the first `shown`
/// of `rows`; `None` for none.
fn rows_tail(t: &ImportStrings, rows: &[usize], shown: usize) -> Option<String> {
    match rows {
        [] => None,
        [row] => Some(fill(t.rows_one, &[("row", row)])),
        rows => {
            let listed: Vec<String> = rows.iter().take(shown).map(usize::to_string).collect();
            let listed = listed.join(", ");
            let more = rows.len().saturating_sub(shown);
            Some(if more > 0 {
                fill(t.rows_more, &[("n", &more), ("rows", &listed)])
            } else {
                fill(t.rows_many, &[("rows", &listed)])
            })
        }
    }
}

impl std::fmt::Display for ImportWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

/// `{"column", "rows", "message", "code"}`: the shape `inspect --json` has
/// always had (`message` in English), plus the note's stable code.
impl Serialize for ImportWarning {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("ImportWarning", 4)?;
        out.serialize_field("column", &self.column)?;
        out.serialize_field("rows", &self.rows)?;
        out.serialize_field("message", &self.message())?;
        out.serialize_field("code", self.note.code())?;
        out.end()
    }
}

/// Collects warnings during one import.
#[derive(Debug, Default)]
pub struct Reporter {
    warnings: Vec<ImportWarning>,
    index: HashMap<(String, ImportNote), usize>,
}

impl Reporter {
    /// Reports `note` for `column` at file row `row`, merged with earlier
    /// reports of the same note for the same column.
    pub fn row(&mut self, column: &str, row: usize, note: ImportNote) {
        let at = self.entry(column, note);
        if let Some(warning) = self.warnings.get_mut(at) {
            warning.rows.push(row);
        }
    }

    /// Reports `note` for `column` at every file row in `rows` at once
    /// (a builder that gathered its rejects first, to name their values).
    pub fn rows(&mut self, column: &str, rows: Vec<usize>, note: ImportNote) {
        let at = self.entry(column, note);
        if let Some(warning) = self.warnings.get_mut(at) {
            warning.rows.extend(rows);
        }
    }

    /// Reports `note` about `column` as a whole.
    pub fn column(&mut self, column: &str, note: ImportNote) {
        self.entry(column, note);
    }

    /// Reports `note` about the file as a whole.
    pub fn file(&mut self, note: ImportNote) {
        self.column("", note);
    }

    /// Whether nothing was reported.
    pub fn is_empty(&self) -> bool {
        self.warnings.is_empty()
    }

    /// Takes over `other`'s reports, after this one's.
    pub fn absorb(&mut self, other: Reporter) {
        for warning in other.warnings {
            let at = self.entry(&warning.column, warning.note);
            if let Some(mine) = self.warnings.get_mut(at) {
                mine.rows.extend(warning.rows);
            }
        }
    }

    /// Adds `by` to every row number reported (a piece of a file read on
    /// its own thread numbers its records from 1).
    pub fn offset_rows(&mut self, by: usize) {
        for warning in &mut self.warnings {
            for row in &mut warning.rows {
                *row += by;
            }
        }
    }

    /// The warnings in the order they were first reported.
    pub fn into_warnings(self) -> Vec<ImportWarning> {
        self.warnings
    }

    fn entry(&mut self, column: &str, note: ImportNote) -> usize {
        let key = (column.to_owned(), note);
        if let Some(&at) = self.index.get(&key) {
            return at;
        }
        self.warnings.push(ImportWarning {
            column: key.0.clone(),
            rows: Vec::new(),
            note: key.1.clone(),
        });
        let at = self.warnings.len() - 1;
        self.index.insert(key, at);
        at
    }
}

/// The import report as plain text in `language` for saving: a heading,
/// then one line per warning with every row listed (the dialog shows the
/// first ten).
pub fn report_text(
    file: &str,
    stories: usize,
    warnings: &[ImportWarning],
    language: Language,
) -> String {
    let t = language.import_notes();
    let stories = fill(t.report_stories, &[("n", &stories)]);
    let mut text = fill(t.report_heading, &[("file", &file)]);
    text.push('\n');
    text.push_str(&fill(
        t.report_counts,
        &[("n", &warnings.len()), ("stories", &stories)],
    ));
    text.push_str("\n\n");
    for warning in warnings {
        text.push_str(&warning.sentence_with_all_rows(language));
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::Rejection;

    fn not_a_number() -> ImportNote {
        ImportNote::Rejected {
            what: Rejection::NotANumber,
            values: vec!["veel".into()],
            more_values: 0,
        }
    }

    #[test]
    fn same_note_merges_rows() {
        let mut report = Reporter::default();
        report.row("Leeftijd", 3, not_a_number());
        report.row("Leeftijd", 7, not_a_number());
        report.row(
            "Gevoel",
            4,
            ImportNote::UnknownOption {
                label: "blij".into(),
            },
        );
        // The same note of another column is another warning.
        report.row("Gevoel", 5, not_a_number());
        let warnings = report.into_warnings();
        assert_eq!(warnings.len(), 3);
        assert_eq!(warnings[0].rows, vec![3, 7]);
        assert_eq!(
            warnings[0].to_string(),
            "Leeftijd: not a number; left missing: \"veel\" (rows 3, 7)"
        );
        assert_eq!(
            warnings[0].sentence(Language::Dutch),
            "Leeftijd: geen getal; leeg gelaten: \"veel\" (rijen 3, 7)"
        );
        let many = ImportWarning {
            column: String::new(),
            rows: (2..=13).collect(),
            note: ImportNote::RowTooShort,
        };
        assert!(
            many.to_string()
                .ends_with("(rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 2 more)")
        );
        assert!(
            many.sentence(Language::Dutch)
                .ends_with("(rijen 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 en 2 meer)")
        );
        assert_eq!(
            warnings[1].sentence(Language::Dutch),
            "Gevoel: antwoord \"blij\" is geen van de gedefinieerde opties; als optie toegevoegd (rij 4)"
        );
        let text = report_text(
            "a.csv",
            12,
            &[many.clone(), warnings[1].clone()],
            Language::English,
        );
        assert_eq!(
            text,
            "Import report: a.csv\n12 stories, 2 notes\n\nrow has fewer values than the header has columns; the rest were left empty (rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)\nGevoel: answer \"blij\" is not one of the defined options; added as an option (row 4)\n"
        );
        let text = report_text("a.csv", 1, &[many], Language::Dutch);
        assert!(
            text.starts_with("Importrapport: a.csv\n1 verhaal, 1 melding\n\nde regel heeft minder"),
            "{text}"
        );
    }

    #[test]
    fn json_keeps_the_english_message_and_adds_a_code() {
        let warning = ImportWarning {
            column: "Leeftijd".into(),
            rows: vec![3],
            note: not_a_number(),
        };
        let json = serde_json::to_value(&warning).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "column": "Leeftijd",
                "rows": [3],
                "message": "not a number; left missing: \"veel\"",
                "code": "not_a_number",
            })
        );
    }

    #[test]
    fn absorbed_reports_merge_by_note() {
        let mut first = Reporter::default();
        first.row("Leeftijd", 3, not_a_number());
        let mut second = Reporter::default();
        second.row("Leeftijd", 9, not_a_number());
        second.file(ImportNote::NotUtf8);
        first.absorb(second);
        let warnings = first.into_warnings();
        assert_eq!(warnings.len(), 2);
        assert_eq!(warnings[0].rows, [3, 9]);
        assert_eq!(warnings[1].note, ImportNote::NotUtf8);
    }
}
