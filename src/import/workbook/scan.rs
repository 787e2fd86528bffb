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
                let tag = Tag::parse(rest(xml, at))?;
                at += tag.len;
                match tag.name {
                    b"/row" => break,
                    b"c" => {}
                    _ => return Err(Stop::Bail),
                }
                let attributes = CellAttributes::parse(tag.attributes)?;
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
                if !tag.empty {
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

/// An element tag at the start of some bytes.
struct Tag<'x> {
    /// The name; a closing tag's starts with `/`.
    name: &'x [u8],
    /// The raw attributes after the name.
    attributes: &'x [u8],
    /// `<name/>`: opens and closes.
    empty: bool,
    /// Bytes from `<` to `>` inclusive.
    len: usize,
}

impl<'x> Tag<'x> {
    /// The tag at the start of `xml`; comments, CDATA and declarations
    /// bail, as does text before the tag.
    fn parse(xml: &'x [u8]) -> Parsed<Self> {
        match xml.get(..2) {
            None if xml.is_empty() || xml == b"<" => return Err(Stop::More),
            None => return Err(Stop::Bail),
            Some([b'<', b'!' | b'?']) => return Err(Stop::Bail),
            Some([b'<', _]) => {}
            Some(_) => return Err(Stop::Bail),
        }
        let end = tag_end(xml)?;
        let inside = xml.get(1..end).ok_or(Stop::Bail)?;
        let (inside, empty) = match inside.strip_suffix(b"/") {
            Some(inside) => (inside, true),
            None => (inside, false),
        };
        let name_len = inside
            .iter()
            .position(|&b| is_space(b))
            .unwrap_or(inside.len());
        let (name, attributes) = inside.split_at(name_len);
        let closing = name.starts_with(b"/");
        if name.is_empty() || (closing && (empty || !attributes.iter().all(|&b| is_space(b)))) {
            return Err(Stop::Bail);
        }
        Ok(Self {
            name,
            attributes,
            empty,
            len: end + 1,
        })
    }
}

/// The index of the `>` ending the tag that opens `xml`, past `>` inside
/// quoted attribute values.
fn tag_end(xml: &[u8]) -> Parsed<usize> {
    let mut quote = None;
    for (i, &b) in xml.iter().enumerate().skip(1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if q == b => quote = None,
            (None, b'>') => return Ok(i),
            (None, b'<') => return Err(Stop::Bail),
            _ => {}
        }
    }
    Err(Stop::More)
}

/// The `r`, `s` and `t` of a `<c>`.
#[derive(Default)]
struct CellAttributes<'x> {
    r: Option<&'x [u8]>,
    s: Option<&'x [u8]>,
    t: Option<&'x [u8]>,
}

impl<'x> CellAttributes<'x> {
    fn parse(raw: &'x [u8]) -> Parsed<Self> {
        let mut found = Self::default();
        for_each_attribute(raw, |key, value| {
            let slot = match key {
                b"r" => &mut found.r,
                b"s" => &mut found.s,
                b"t" => &mut found.t,
                _ => return Ok(()),
            };
            // calamine takes the first of a repeated attribute, but stops
            // looking once it has all three: not worth following.
            if slot.replace(value).is_some() {
                return Err(Stop::Bail);
            }
            Ok(())
        })?;
        // Other types (`str`, `e`, `d`, unknown ones) are calamine's.
        match found.t {
            None | Some(b"s" | b"n" | b"b" | b"inlineStr") => Ok(found),
            Some(_) => Err(Stop::Bail),
        }
    }
}

/// The value of attribute `wanted` (bails when it is repeated).
fn single_attribute<'x>(raw: &'x [u8], wanted: &[u8]) -> Parsed<Option<&'x [u8]>> {
    let mut found = None;
    for_each_attribute(raw, |key, value| {
        if key == wanted && found.replace(value).is_some() {
            return Err(Stop::Bail);
        }
        Ok(())
    })?;
    Ok(found)
}

/// Calls `each` with every `key="value"` of `raw`; anything that is not
/// such a list, or a value holding `&` or `<`, bails.
fn for_each_attribute<'x>(
    raw: &'x [u8],
    mut each: impl FnMut(&'x [u8], &'x [u8]) -> Parsed<()>,
) -> Parsed<()> {
    let mut at = 0;
    loop {
        while raw.get(at).is_some_and(|&b| is_space(b)) {
            at += 1;
        }
        if at >= raw.len() {
            return Ok(());
        }
        let key_len = rest(raw, at)
            .iter()
            .position(|&b| b == b'=')
            .ok_or(Stop::Bail)?;
        let key = raw.get(at..at + key_len).ok_or(Stop::Bail)?;
        if key.is_empty() || key.iter().any(|&b| is_space(b) || b == b'"' || b == b'\'') {
            return Err(Stop::Bail);
        }
        at += key_len + 1;
        let quote = *raw.get(at).ok_or(Stop::Bail)?;
        if quote != b'"' && quote != b'\'' {
            return Err(Stop::Bail);
        }
        let value_len = rest(raw, at + 1)
            .iter()
            .position(|&b| b == quote)
            .ok_or(Stop::Bail)?;
        let value = raw.get(at + 1..at + 1 + value_len).ok_or(Stop::Bail)?;
        if value.iter().any(|&b| b == b'&' || b == b'<') {
            return Err(Stop::Bail);
        }
        each(key, value)?;
        at += value_len + 2;
    }
}

/// The text before the closing tag `closing` (`/v`), which must follow
/// it, and the bytes read with that tag.
fn text_until_end<'x>(xml: &'x [u8], closing: &[u8]) -> Parsed<(&'x [u8], usize)> {
    let text_len = memchr::memchr(b'<', xml).ok_or(Stop::More)?;
    let text = xml.get(..text_len).ok_or(Stop::Bail)?;
    let tag = Tag::parse(rest(xml, text_len))?;
    if tag.name != closing || !tag.attributes.iter().all(|&b| is_space(b)) {
        return Err(Stop::Bail);
    }
    Ok((text, text_len + tag.len))
}

/// An inline string's `<t>…</t></is>` (after `<is>`), as calamine's
/// `read_string_with_bufs` reads a single plain `<t>`: trimmed of ASCII
/// white space unless `xml:space="preserve"`.
fn inline_string(xml: &[u8]) -> Parsed<(Cell, usize)> {
    let mut at = skip_space(xml, 0)?;
    let tag = Tag::parse(rest(xml, at))?;
    at += tag.len;
    if tag.name != b"t" {
        return Err(Stop::Bail);
    }
    let preserve = single_attribute(tag.attributes, b"xml:space")? == Some(b"preserve");
    let text = if tag.empty {
        &b""[..]
    } else {
        let (text, used) = text_until_end(rest(xml, at), b"/t")?;
        at += used;
        text
    };
    at = skip_space(xml, at)?;
    let end = Tag::parse(rest(xml, at))?;
    if end.name != b"/is" || !end.attributes.iter().all(|&b| is_space(b)) {
        return Err(Stop::Bail);
    }
    at += end.len;
    // Entities, line-end normalisation and `_xHHHH_` escapes are calamine's.
    if text.iter().any(|&b| b == b'&' || b == b'\r') || memchr::memmem::find(text, b"_x").is_some()
    {
        return Err(Stop::Bail);
    }
    let text = std::str::from_utf8(text).map_err(|_| Stop::Bail)?;
    let text = if preserve {
        text
    } else {
        text.trim_matches([' ', '\t', '\n'])
    };
    Ok((text_cell(text), at))
}

/// A row's `r`: digits only, from 1 (0-based result).
fn row_number(r: &[u8]) -> Parsed<u32> {
    if r.is_empty() || r.len() > 7 || !r.iter().all(u8::is_ascii_digit) {
        return Err(Stop::Bail);
    }
    let number = r.iter().fold(0u32, |n, &b| n * 10 + u32::from(b - b'0'));
    number.checked_sub(1).ok_or(Stop::Bail)
}

/// A cell's `r` in `A1` form: 1–3 letters, 1–7 digits (0-based row and
/// column; anything else bails).
fn cell_reference(r: &[u8]) -> Parsed<(u32, u32)> {
    let letters = r.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let digits = rest(r, letters);
    if !(1..=3).contains(&letters) || digits.is_empty() || digits.len() > 7 {
        return Err(Stop::Bail);
    }
    let column = r.iter().take(letters).fold(0u32, |n, &b| {
        n * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1
    });
    let row = row_number(digits)?;
    Ok((row, column - 1))
}

/// A non-negative integer of at most 18 digits, without leading zeros.
fn small_number(text: &[u8]) -> Parsed<usize> {
    if text.is_empty()
        || text.len() > 18
        || (text.len() > 1 && text.first() == Some(&b'0'))
        || !text.iter().all(u8::is_ascii_digit)
    {
        return Err(Stop::Bail);
    }
    let number = text.iter().fold(0u64, |n, &b| n * 10 + u64::from(b - b'0'));
    usize::try_from(number).map_err(|_| Stop::Bail)
}

/// A number of the form `-?D+(.D+)?([eE][+-]?D{1,3})?` with an exponent
/// of at most 300: calamine's parser and Rust's both round it correctly,
/// so they agree. Other spellings (`inf`, `.5`, `+1`) bail.
fn plain_number(text: &[u8]) -> Parsed<f64> {
    let digits = |s: &[u8]| s.iter().take_while(|b| b.is_ascii_digit()).count();
    let mut at = usize::from(text.first() == Some(&b'-'));
    let whole = digits(rest(text, at));
    if whole == 0 || text.len() > 64 {
        return Err(Stop::Bail);
    }
    at += whole;
    if text.get(at) == Some(&b'.') {
        let fraction = digits(rest(text, at + 1));
        if fraction == 0 {
            return Err(Stop::Bail);
        }
        at += 1 + fraction;
    }
    if matches!(text.get(at), Some(b'e' | b'E')) {
        at += 1 + usize::from(matches!(text.get(at + 1), Some(b'+' | b'-')));
        let exponent = rest(text, at);
        let exponent_len = digits(exponent);
        if !(1..=3).contains(&exponent_len) || small_number(exponent)? > 300 {
            return Err(Stop::Bail);
        }
        at += exponent_len;
    }
    if at != text.len() {
        return Err(Stop::Bail);
    }
    let text = std::str::from_utf8(text).map_err(|_| Stop::Bail)?;
    text.parse().map_err(|_| Stop::Bail)
}

/// The index of the first byte at or after `at` that is not XML white
/// space (more bytes are needed when there is none).
fn skip_space(xml: &[u8], at: usize) -> Parsed<usize> {
    let skipped = rest(xml, at)
        .iter()
        .position(|&b| !is_space(b))
        .ok_or(Stop::More)?;
    Ok(at + skipped)
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// `xml` from `at` (empty past its end).
fn rest(xml: &[u8], at: usize) -> &[u8] {
    xml.get(at..).unwrap_or_default()
}

/// The index of `needle` in `xml` (more bytes are needed when absent).
fn find(xml: &[u8], needle: &[u8]) -> Parsed<usize> {
    memchr::memmem::find(xml, needle).ok_or(Stop::More)
}
