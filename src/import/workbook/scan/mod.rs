//! The fast reader's parser of a worksheet's `<sheetData>`: the plain form
//! export tools write, read row by row with exactly calamine's meaning
//! (`XlsxCellReader::next_cell` in calamine 0.38), and nothing else.
//!
//! Accepted: `<row>` with an optional numeric `r`; `<c>` with optional
//! `r` (`A1` form), `s` (a style number) and `t` (`s`, `n`, `b`,
//! `inlineStr` or none), empty or holding one `<v>` of plain text (a
//! shared-string index, a decimal number, `0`/`1`) or, for `inlineStr`,
//! one `<is><t>` without entities, carriage returns or `_x` escapes;
//! white space between elements. Anything else — formulas, entities,
//! comments, CDATA, rich text, namespace prefixes, other cell types, a
//! position past Excel's limits — makes the reader *bail*: the sheet is
//! then read by calamine, so what the fast reader gives is always what
//! calamine gives.

use calamine::{ExcelDateTime, ExcelDateTimeType};

use super::super::Cell;
use super::super::bounds::{MAX_COLUMNS, MAX_ROWS};
use super::probe::{Dictionary, Format};
use super::rows::{date_time_cell, text_cell};
use lex::{
    CellAttributes, Tag, cell_reference, cell_tag, find, inline_string, plain_number, rest,
    row_number, single_attribute, skip_space, small_number, text_until_end,
};

mod lex;

/// What a step of the scanner found.
#[derive(Debug, PartialEq)]
pub(super) enum Step {
    /// A row (or the part before `<sheetData>`) of this many bytes was read;
    /// its filled cells are in [`Scanner::cells`].
    Read(usize),
    /// The bytes end inside the next row: more are needed.
    More,
    /// `</sheetData>`: the sheet's cells end here.
    Done,
    /// The XML is not of the plain form: leave the sheet to calamine.
    Bail,
}

/// Why a parse stopped.
enum Stop {
    More,
    Bail,
}

type Parsed<T> = Result<T, Stop>;

/// Reads a worksheet's XML from its start, one row per step.
pub(super) struct Scanner<'d> {
    dictionary: &'d Dictionary<'d>,
    /// Past `<sheetData>`.
    in_data: bool,
    /// calamine's current row and column (used by cells without `r`).
    row_index: u32,
    col_index: u32,
    /// The filled cells of the row last read: row, column, value.
    pub(super) cells: Vec<(u32, u32, Cell)>,
}

impl<'d> Scanner<'d> {
    pub(super) fn new(dictionary: &'d Dictionary<'d>) -> Self {
        Self {
            dictionary,
            in_data: false,
            row_index: 0,
            col_index: 0,
            cells: Vec::new(),
        }
    }

    /// Past `<sheetData>`: the next step reads a row.
    pub(super) fn in_data(&self) -> bool {
        self.in_data
    }

    /// Reads the next row (at first: up to `<sheetData>`) from the start
    /// of `xml`. On [`Step::More`] nothing changed: call again with the
    /// same bytes and more after them.
    pub(super) fn step(&mut self, xml: &[u8]) -> Step {
        self.cells.clear();
        let parsed = if self.in_data {
            self.row(xml)
        } else {
            self.prefix(xml)
        };
        match parsed {
            Ok(Some(used)) => Step::Read(used),
            Ok(None) => Step::Done,
            Err(Stop::More) => {
                self.cells.clear();
                Step::More
            }
            Err(Stop::Bail) => Step::Bail,
        }
    }

    /// Skips to just past `<sheetData>` (calamine has already checked the
    /// part before it); `None` for an empty `<sheetData/>`.
    fn prefix(&mut self, xml: &[u8]) -> Parsed<Option<usize>> {
        let mut at = 0;
        loop {
            let open = at + memchr::memchr(b'<', rest(xml, at)).ok_or(Stop::More)?;
            let here = rest(xml, open);
            if here.starts_with(b"<?") {
                at = open + 2 + find(rest(here, 2), b"?>")? + 2;
                continue;
            }
            let tag = Tag::parse(here)?;
            match tag.name {
                b"sheetData" if tag.empty => return Ok(None),
                b"sheetData" => {
                    self.in_data = true;
                    return Ok(Some(open + tag.len));
                }
                name if name.ends_with(b":sheetData") => return Err(Stop::Bail),
                _ => at = open + tag.len,
            }
        }
    }

    /// Reads one `<row>`, or `</sheetData>` (`None`).
    fn row(&mut self, xml: &[u8]) -> Parsed<Option<usize>> {
        let mut at = skip_space(xml, 0)?;
        let tag = Tag::parse(rest(xml, at))?;
        match tag.name {
            b"/sheetData" => return Ok(None),
            b"row" => {}
            _ => return Err(Stop::Bail),
        }
        let mut row_index = self.row_index;
        let mut col_index = self.col_index;
        if let Some(r) = single_attribute(tag.attributes, b"r")? {
            row_index = row_number(r)?;
        }
        at += tag.len;
        if !tag.empty {
            loop {
                at = skip_space(xml, at)?;
                let Some((attributes, empty, len)) = cell_tag(rest(xml, at))? else {
                    let tag = Tag::parse(rest(xml, at))?;
                    if tag.name == b"/row" {
                        at += tag.len;
                        break;
                    }
                    return Err(Stop::Bail);
                };
                at += len;
                let (row, column) = match attributes.r {
                    Some(r) => {
                        let (row, column) = cell_reference(r)?;
                        col_index = column;
                        (row, column)
                    }
                    None => (row_index, col_index),
                };
                if u64::from(row) >= MAX_ROWS || u64::from(column) >= MAX_COLUMNS {
                    return Err(Stop::Bail);
                }
                if !empty {
                    let (cell, used) = self.cell_value(rest(xml, at), &attributes)?;
                    at += used;
                    if !matches!(cell, Cell::Empty) {
                        self.cells.push((row, column, cell));
                    }
                }
                col_index += 1;
            }
        }
        // calamine counts a row's end, whatever its `r` said.
        self.row_index = row_index.checked_add(1).ok_or(Stop::Bail)?;
        self.col_index = 0;
        Ok(Some(at))
    }

    /// The value of a `<c>` from its children up to and with `</c>`, and
    /// the bytes read.
    fn cell_value(&self, xml: &[u8], attributes: &CellAttributes<'_>) -> Parsed<(Cell, usize)> {
        let mut at = 0;
        let mut value = None;
        loop {
            at = skip_space(xml, at)?;
            let tag = Tag::parse(rest(xml, at))?;
            at += tag.len;
            let inline = attributes.t == Some(b"inlineStr");
            match tag.name {
                b"/c" => return Ok((value.unwrap_or(Cell::Empty), at)),
                _ if value.is_some() => return Err(Stop::Bail),
                b"v" if !inline && tag.empty => value = Some(Cell::Empty),
                b"v" if !inline => {
                    let (text, used) = text_until_end(rest(xml, at), b"/v")?;
                    at += used;
                    value = Some(self.v_value(text, attributes)?);
                }
                b"is" if inline && tag.empty => value = Some(Cell::Empty),
                b"is" if inline => {
                    let (cell, used) = inline_string(rest(xml, at))?;
                    at += used;
                    value = Some(cell);
                }
                _ => return Err(Stop::Bail),
            }
        }
    }

    /// calamine's `read_v` for the plain types.
    fn v_value(&self, text: &[u8], attributes: &CellAttributes<'_>) -> Parsed<Cell> {
        if text.is_empty() {
            return Ok(Cell::Empty);
        }
        match attributes.t {
            Some(b"s") => {
                let index = small_number(text)?;
                let shared = self.dictionary.strings.get(index).ok_or(Stop::Bail)?;
                Ok(text_cell(shared))
            }
            None | Some(b"n") => {
                let value = plain_number(text)?;
                let format = match attributes.s {
                    // No style is calamine's `CellFormat::Other`, not style 0.
                    None => Format::Number,
                    Some(style) => {
                        let style = small_number(style)?;
                        let formats = &self.dictionary.formats;
                        formats.get(style).copied().unwrap_or(Format::Number)
                    }
                };
                let is_1904 = self.dictionary.is_1904;
                Ok(match format {
                    Format::Number => Cell::Number(value),
                    Format::DateTime => date_time_cell(&ExcelDateTime::new(
                        value,
                        ExcelDateTimeType::DateTime,
                        is_1904,
                    )),
                    Format::Duration => date_time_cell(&ExcelDateTime::new(
                        value,
                        ExcelDateTimeType::TimeDelta,
                        is_1904,
                    )),
                })
            }
            Some(b"b") => match text {
                b"0" => Ok(Cell::Bool(false)),
                b"1" => Ok(Cell::Bool(true)),
                _ => Err(Stop::Bail),
            },
            _ => Err(Stop::Bail),
        }
    }
}
