//! [`ImportNote`]: what an import repaired or doubts, as a typed value
//! that is worded only when shown, in the reader's language.
//!
//! Recognisers and builders report a note with its payload (values,
//! counts, names); [`ImportNote::sentence`] writes it from the
//! [`ImportStrings`](crate::i18n::ImportStrings) table. The reporter merges
//! equal notes of one column, so the payload derives `Hash` and `Eq`.

use crate::i18n::{ImportStrings, Language, fill};

/// Why the cells of a column were left missing.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Rejection {
    /// Not a number.
    NotANumber,
    /// Not a date.
    NotADate,
    /// Not a number within a slider's range, written as the file writes
    /// numbers (`"0"`, `"100"`).
    NotInRange {
        /// The low end of the range.
        low: String,
        /// The high end of the range.
        high: String,
    },
}

/// One sheet of a workbook as the report describes it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SheetSize {
    /// The sheet's name.
    pub name: String,
    /// Data rows under its header.
    pub rows: usize,
    /// Columns of its table.
    pub columns: usize,
}

/// One thing an import repaired or doubts. Each variant is one sentence of
/// the import notes table; see [`ImportNote::code`] for its stable name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ImportNote {
    /// A `.xls` file that is really text, read as CSV.
    XlsIsText,
    /// Not UTF-8; read as Windows-1252.
    NotUtf8,
    /// Title rows above the header were skipped.
    TitleRowsSkipped {
        /// Rows skipped.
        count: usize,
    },
    /// NarraFirma comment lines (`;`) were skipped.
    CommentLinesSkipped {
        /// Lines skipped.
        count: usize,
    },
    /// Empty columns without a header were left out.
    EmptyColumnsDropped {
        /// Columns left out.
        count: usize,
    },
    /// A row with more values than the header; extras kept.
    RowTooLong,
    /// A row with fewer values than the header; the rest left empty.
    RowTooShort,
    /// A column without a header got a name.
    ColumnWithoutHeader,
    /// Which sheet of a workbook was imported, and the others.
    SheetChosen {
        /// Sheets in the workbook.
        sheets: usize,
        /// The sheet imported, with its size.
        chosen: SheetSize,
        /// The sheets passed over.
        others: Vec<SheetSize>,
    },
    /// The source of a project changed since it was saved.
    SourceChanged {
        /// The source file as the project names it.
        path: String,
    },
    /// A repeated header; this column was renamed.
    HeaderRenamed {
        /// The header as the file has it.
        header: String,
    },
    /// A repeated header in a group; this copy became an option.
    HeaderBecameOption {
        /// The header as the file has it.
        header: String,
        /// The option it became (`"hoop (2)"`).
        option: String,
    },
    /// An empty column, left out.
    ColumnEmpty,
    /// A triad's X/Y columns were not imported.
    XyColumnsDropped,
    /// Cells left missing, with the distinct values as written (the first
    /// few) and how many other distinct values there were.
    Rejected {
        /// What was wrong with the cells.
        what: Rejection,
        /// The first distinct values, as written.
        values: Vec<String>,
        /// How many more distinct values there were.
        more_values: usize,
    },
    /// A stone position outside 0–1, clamped.
    PositionOutside,
    /// More options than a choice question can hold.
    TooManyOptions,
    /// An answer that is not a declared option, added as one.
    UnknownOption {
        /// The answer as written.
        label: String,
    },
    /// Triad weights that are not numbers.
    TriadNotNumbers,
    /// A triad with one or two of its weights.
    TriadPartial,
    /// A negative triad weight.
    TriadNegative,
    /// Triad weights that are all zero.
    TriadAllZero,
    /// Triad weights not summing to the scale (`"1"` or `"100"`), rescaled.
    TriadRescaled {
        /// The sum the weights should have.
        scale: String,
    },
    /// Answers with a weight of 0, valid and kept.
    TriadZeroWeights {
        /// Answers with a weight of 0.
        count: usize,
    },
    /// A story without an id got "row N".
    StoryWithoutId,
    /// A repeated story id got a number in brackets.
    StoryIdRepeated,
    /// A NarraFirma answer that is not an answer's number.
    AnswerNumberMissing,
    /// A NarraFirma answer number that names no answer.
    AnswerNumberUnknown,
    /// A column the story form names is not in the stories file.
    FormColumnMissing,
    /// A yes/no column the story form implies is not in the stories file.
    FormYesNoColumnMissing,
    /// A story form type that is not known.
    FormTypeUnknown {
        /// The type as the story form names it.
        kind: String,
    },
    /// The definition names none of the file's signifiers.
    DefinitionMatchesNothing,
    /// SenseMaker's X/Y columns were not imported.
    SensemakerXyDropped,
    /// The definition beside the file could not be read: the error's
    /// sentence in each language, worded when it happened.
    DefinitionUnreadable {
        /// Why, in Dutch.
        dutch: String,
        /// Why, in English.
        english: String,
    },
    /// No definition beside the file; its expected name.
    DefinitionNotFound {
        /// The file name looked for beside the data.
        name: String,
    },
    /// A signifier's columns do not have the shape of its type.
    SignifierShape {
        /// The signifier's type.
        kind: String,
    },
    /// A list item the definition does not name, added as an option.
    ItemNotInDefinition {
        /// The item's id.
        id: String,
    },
    /// A saved edit orders the options of a question without options.
    EditOrderNotChoice,
    /// A saved edit marks ordinal a question that is not single choice.
    EditOrdinalNotSingle,
    /// A saved edit names a column the file does not have.
    EditNoSuchColumn,
    /// A saved edit names a column without an imported question.
    EditNotImported,
}

impl ImportNote {
    /// A stable name of the note's kind, for scripts (`inspect --json`).
    pub fn code(&self) -> &'static str {
        match self {
            Self::XlsIsText => "xls_is_text",
            Self::NotUtf8 => "not_utf8",
            Self::TitleRowsSkipped { .. } => "title_rows_skipped",
            Self::CommentLinesSkipped { .. } => "comment_lines_skipped",
            Self::EmptyColumnsDropped { .. } => "empty_columns_dropped",
            Self::RowTooLong => "row_too_long",
            Self::RowTooShort => "row_too_short",
            Self::ColumnWithoutHeader => "column_without_header",
            Self::SheetChosen { .. } => "sheet_chosen",
            Self::SourceChanged { .. } => "source_changed",
            Self::HeaderRenamed { .. } => "header_renamed",
            Self::HeaderBecameOption { .. } => "header_became_option",
            Self::ColumnEmpty => "column_empty",
            Self::XyColumnsDropped => "xy_columns_dropped",
            Self::Rejected { what, .. } => match what {
                Rejection::NotANumber => "not_a_number",
                Rejection::NotADate => "not_a_date",
                Rejection::NotInRange { .. } => "not_in_range",
            },
            Self::PositionOutside => "position_outside",
            Self::TooManyOptions => "too_many_options",
            Self::UnknownOption { .. } => "unknown_option",
            Self::TriadNotNumbers => "triad_not_numbers",
            Self::TriadPartial => "triad_partial",
            Self::TriadNegative => "triad_negative",
            Self::TriadAllZero => "triad_all_zero",
            Self::TriadRescaled { .. } => "triad_rescaled",
            Self::TriadZeroWeights { .. } => "triad_zero_weights",
            Self::StoryWithoutId => "story_without_id",
            Self::StoryIdRepeated => "story_id_repeated",
            Self::AnswerNumberMissing => "answer_number_missing",
            Self::AnswerNumberUnknown => "answer_number_unknown",
            Self::FormColumnMissing => "form_column_missing",
            Self::FormYesNoColumnMissing => "form_yes_no_missing",
            Self::FormTypeUnknown { .. } => "form_type_unknown",
            Self::DefinitionMatchesNothing => "definition_matches_nothing",
            Self::SensemakerXyDropped => "sensemaker_xy_dropped",
            Self::DefinitionUnreadable { .. } => "definition_unreadable",
            Self::DefinitionNotFound { .. } => "definition_not_found",
            Self::SignifierShape { .. } => "signifier_shape",
            Self::ItemNotInDefinition { .. } => "item_not_in_definition",
            Self::EditOrderNotChoice => "edit_order_not_choice",
            Self::EditOrdinalNotSingle => "edit_ordinal_not_single",
            Self::EditNoSuchColumn => "edit_no_such_column",
            Self::EditNotImported => "edit_not_imported",
        }
    }

    /// The note as a sentence fragment in `language`, without its column
    /// and rows.
    pub fn sentence(&self, language: Language) -> String {
        let t = language.import_notes();
        if let Some(text) = self.fixed(t) {
            return text.to_owned();
        }
        match self {
            Self::TitleRowsSkipped { count } => fill(t.title_rows_skipped, &[("n", count)]),
            Self::CommentLinesSkipped { count } => fill(t.comment_lines_skipped, &[("n", count)]),
            Self::EmptyColumnsDropped { count } => fill(t.empty_columns_dropped, &[("n", count)]),
            Self::TriadZeroWeights { count } => fill(t.triad_zero_weights, &[("n", count)]),
            Self::SheetChosen {
                sheets,
                chosen,
                others,
            } => sheet_chosen(t, *sheets, chosen, others),
            Self::SourceChanged { path } => fill(t.source_changed, &[("path", path)]),
            Self::HeaderRenamed { header } => fill(t.header_renamed, &[("header", header)]),
            Self::HeaderBecameOption { header, option } => fill(
                t.header_became_option,
                &[("option", option), ("header", header)],
            ),
            Self::Rejected {
                what,
                values,
                more_values,
            } => rejected(t, what, values, *more_values),
            Self::UnknownOption { label } => fill(t.unknown_option, &[("label", label)]),
            Self::TriadRescaled { scale } => fill(t.triad_rescaled, &[("scale", scale)]),
            Self::FormTypeUnknown { kind } => fill(t.form_type_unknown, &[("kind", kind)]),
            Self::DefinitionUnreadable { dutch, english } => {
                let error = match language {
                    Language::Dutch => dutch,
                    Language::English => english,
                };
                fill(t.definition_unreadable, &[("error", error)])
            }
            Self::DefinitionNotFound { name } => fill(t.definition_not_found, &[("name", name)]),
            Self::SignifierShape { kind } => fill(t.signifier_shape, &[("kind", kind)]),
            Self::ItemNotInDefinition { id } => fill(t.item_not_in_definition, &[("id", id)]),
            // Every variant without a payload is worded by `fixed`.
            _ => String::new(),
        }
    }

    /// The sentence of a variant without a payload.
    fn fixed(&self, t: &ImportStrings) -> Option<&'static str> {
        Some(match self {
            Self::XlsIsText => t.xls_is_text,
            Self::NotUtf8 => t.not_utf8,
            Self::RowTooLong => t.row_too_long,
            Self::RowTooShort => t.row_too_short,
            Self::ColumnWithoutHeader => t.column_without_header,
            Self::ColumnEmpty => t.column_empty,
            Self::XyColumnsDropped => t.xy_columns_dropped,
            Self::PositionOutside => t.position_outside,
            Self::TooManyOptions => t.too_many_options,
            Self::TriadNotNumbers => t.triad_not_numbers,
            Self::TriadPartial => t.triad_partial,
            Self::TriadNegative => t.triad_negative,
            Self::TriadAllZero => t.triad_all_zero,
            Self::StoryWithoutId => t.story_without_id,
            Self::StoryIdRepeated => t.story_id_repeated,
            Self::AnswerNumberMissing => t.answer_number_missing,
            Self::AnswerNumberUnknown => t.answer_number_unknown,
            Self::FormColumnMissing => t.form_column_missing,
            Self::FormYesNoColumnMissing => t.form_yes_no_missing,
            Self::DefinitionMatchesNothing => t.definition_matches_nothing,
            Self::SensemakerXyDropped => t.sensemaker_xy_dropped,
            Self::EditOrderNotChoice => t.edit_order_not_choice,
            Self::EditOrdinalNotSingle => t.edit_ordinal_not_single,
            Self::EditNoSuchColumn => t.edit_no_such_column,
            Self::EditNotImported => t.edit_not_imported,
            _ => return None,
        })
    }
}

/// `"a", "b" and 3 other values`, after what was wrong with them.
fn rejected(t: &ImportStrings, what: &Rejection, values: &[String], more: usize) -> String {
    let what = match what {
        Rejection::NotANumber => t.not_a_number.to_owned(),
        Rejection::NotADate => t.not_a_date.to_owned(),
        Rejection::NotInRange { low, high } => {
            fill(t.not_in_range, &[("low", low), ("high", high)])
        }
    };
    let quoted: Vec<String> = values.iter().map(|v| format!("\"{v}\"")).collect();
    let mut listed = quoted.join(", ");
    if more > 0 {
        listed = fill(t.rejected_more, &[("n", &more), ("values", &listed)]);
    }
    fill(t.rejected, &[("what", &what), ("values", &listed)])
}

/// Which sheet was imported, its size, and the sheets passed over.
fn sheet_chosen(
    t: &ImportStrings,
    sheets: usize,
    chosen: &SheetSize,
    others: &[SheetSize],
) -> String {
    let size = |sheet: &SheetSize| {
        fill(
            t.sheet_size,
            &[
                ("rows", &fill(t.sheet_rows, &[("n", &sheet.rows)])),
                ("columns", &fill(t.sheet_columns, &[("n", &sheet.columns)])),
            ],
        )
    };
    let mut note = fill(
        t.sheet_chosen,
        &[
            ("n", &sheets),
            ("size", &size(chosen)),
            ("chosen", &chosen.name),
        ],
    );
    if !others.is_empty() {
        let described: Vec<String> = others
            .iter()
            .map(|sheet| format!("\"{}\" ({})", sheet.name, size(sheet)))
            .collect();
        note.push_str(&fill(t.sheet_others, &[("others", &described.join(", "))]));
    }
    note
}
