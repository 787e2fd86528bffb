//! [`ImportWarning`] and the [`Reporter`] that collects them.
//!
//! Recognisers and column builders never drop or change a value silently:
//! each repair is reported with the column and the file's row number. The
//! reporter merges reports with the same column and message, so a column
//! with 300 unparseable numbers gives one warning listing 300 rows.

use std::collections::HashMap;

use serde::Serialize;

/// One problem found while importing, for the import report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ImportWarning {
    /// The source column header (or `""` for the file as a whole).
    pub column: String,
    /// Row numbers as the file shows them, 1-based, counting every record
    /// of the file: in a file with its header on line 1 the first story is
    /// row 2, exactly as a spreadsheet program numbers it. Empty when the
    /// warning is about the whole column.
    pub rows: Vec<usize>,
    /// What happened and what the import did about it.
    pub message: String,
}

impl std::fmt::Display for ImportWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if !self.column.is_empty() {
            write!(f, "{}: ", self.column)?;
        }
        f.write_str(&self.message)?;
        match self.rows.as_slice() {
            [] => Ok(()),
            [row] => write!(f, " (row {row})"),
            rows => {
                let shown: Vec<String> = rows.iter().take(10).map(usize::to_string).collect();
                let more = rows.len().saturating_sub(10);
                write!(f, " (rows {}", shown.join(", "))?;
                if more > 0 {
                    write!(f, " and {more} more")?;
                }
                f.write_str(")")
            }
        }
    }
}

/// Collects warnings during one import.
#[derive(Debug, Default)]
pub struct Reporter {
    warnings: Vec<ImportWarning>,
    index: HashMap<(String, String), usize>,
}

impl Reporter {
    /// Reports `message` for `column` at file row `row`, merged with earlier
    /// reports of the same message for the same column.
    pub fn row(&mut self, column: &str, row: usize, message: &str) {
        let at = self.entry(column, message);
        if let Some(warning) = self.warnings.get_mut(at) {
            warning.rows.push(row);
        }
    }

    /// Reports `message` for `column` at every file row in `rows` at once
    /// (a builder that gathered its rejects first, to name their values).
    pub fn rows(&mut self, column: &str, rows: Vec<usize>, message: &str) {
        let at = self.entry(column, message);
        if let Some(warning) = self.warnings.get_mut(at) {
            warning.rows.extend(rows);
        }
    }

    /// Reports `message` about `column` as a whole.
    pub fn column(&mut self, column: &str, message: impl Into<String>) {
        let message = message.into();
        self.entry(column, &message);
    }

    /// Reports `message` about the file as a whole.
    pub fn file(&mut self, message: impl Into<String>) {
        self.column("", message);
    }

    /// Whether nothing was reported.
    pub fn is_empty(&self) -> bool {
        self.warnings.is_empty()
    }

    /// Takes over `other`'s reports, after this one's.
    pub fn absorb(&mut self, other: Reporter) {
        for warning in other.warnings {
            let at = self.entry(&warning.column, &warning.message);
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

    fn entry(&mut self, column: &str, message: &str) -> usize {
        let key = (column.to_owned(), message.to_owned());
        if let Some(&at) = self.index.get(&key) {
            return at;
        }
        self.warnings.push(ImportWarning {
            column: column.to_owned(),
            rows: Vec::new(),
            message: message.to_owned(),
        });
        let at = self.warnings.len() - 1;
        self.index.insert(key, at);
        at
    }
}

/// The import report as plain text for saving: a heading, then one line
/// per warning with every row listed (the dialog shows the first ten).
pub fn report_text(file: &str, stories: usize, warnings: &[ImportWarning]) -> String {
    use std::fmt::Write as _;
    let mut text = format!(
        "Import report: {file}\n{stories} stories, {} notes\n\n",
        warnings.len()
    );
    for warning in warnings {
        if !warning.column.is_empty() {
            let _ = write!(text, "{}: ", warning.column);
        }
        text.push_str(&warning.message);
        if !warning.rows.is_empty() {
            let rows: Vec<String> = warning.rows.iter().map(usize::to_string).collect();
            let noun = if rows.len() == 1 { "row" } else { "rows" };
            let _ = write!(text, " ({noun} {})", rows.join(", "));
        }
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_message_merges_rows() {
        let mut report = Reporter::default();
        report.row("Leeftijd", 3, "not a number; left missing");
        report.row("Leeftijd", 7, "not a number; left missing");
        report.row("Gevoel", 4, "unknown option");
        let warnings = report.into_warnings();
        assert_eq!(warnings.len(), 2);
        assert_eq!(warnings[0].rows, vec![3, 7]);
        assert_eq!(
            warnings[0].to_string(),
            "Leeftijd: not a number; left missing (rows 3, 7)"
        );
        let many = ImportWarning {
            column: String::new(),
            rows: (2..=13).collect(),
            message: "odd".into(),
        };
        assert!(many.to_string().ends_with("and 2 more)"));
        let text = report_text("a.csv", 12, &[many, warnings[1].clone()]);
        assert_eq!(
            text,
            "Import report: a.csv\n12 stories, 2 notes\n\nodd (rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)\nGevoel: unknown option (row 4)\n"
        );
    }
}
