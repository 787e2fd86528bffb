//! The pieces of the plain sheet XML [`Scanner`](super::Scanner) reads:
//! tags, attributes, text up to a closing tag, inline strings, cell
//! references and numbers, each read exactly as calamine reads it or
//! refused ([`Stop::Bail`]).

use super::super::super::Cell;
use super::super::rows::text_cell;
use super::{Parsed, Stop};

/// An element tag at the start of some bytes.
pub(super) struct Tag<'x> {
    /// The name; a closing tag's starts with `/`.
    pub(super) name: &'x [u8],
    /// The raw attributes after the name.
    pub(super) attributes: &'x [u8],
    /// `<name/>`: opens and closes.
    pub(super) empty: bool,
    /// Bytes from `<` to `>` inclusive.
    pub(super) len: usize,
}

impl<'x> Tag<'x> {
    /// The tag at the start of `xml`; comments, CDATA and declarations
    /// bail, as does text before the tag.
    pub(super) fn parse(xml: &'x [u8]) -> Parsed<Self> {
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
    // Nearly every tag: the first `>` ends it when no `'` or `<` comes
    // before it and the `"` before it pair up (it is outside every value).
    if let Some(end) = memchr::memchr(b'>', xml) {
        let inside = xml.get(1..end).unwrap_or_default();
        let quotes = inside.iter().filter(|&&b| b == b'"').count();
        if quotes % 2 == 0 && memchr::memchr2(b'\'', b'<', inside).is_none() {
            return Ok(end);
        }
    }
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
pub(super) struct CellAttributes<'x> {
    pub(super) r: Option<&'x [u8]>,
    pub(super) s: Option<&'x [u8]>,
    pub(super) t: Option<&'x [u8]>,
}

impl<'x> CellAttributes<'x> {
    /// Takes attribute `key`, which calamine reads when it is `r`, `s`
    /// or `t`.
    fn set(&mut self, key: &[u8], value: &'x [u8]) -> Parsed<()> {
        let slot = match key {
            b"r" => &mut self.r,
            b"s" => &mut self.s,
            b"t" => &mut self.t,
            _ => return Ok(()),
        };
        // calamine takes the first of a repeated attribute, but stops
        // looking once it has all three: not worth following.
        if slot.replace(value).is_some() {
            return Err(Stop::Bail);
        }
        Ok(())
    }

    /// The attributes, when the type is one the scanner reads (`str`,
    /// `e`, `d` and unknown ones are calamine's).
    fn checked(self) -> Parsed<Self> {
        match self.t {
            None | Some(b"s" | b"n" | b"b" | b"inlineStr") => Ok(self),
            Some(_) => Err(Stop::Bail),
        }
    }
}

/// A `<c …>` tag at the start of `xml`, read in one pass (the tag and its
/// attributes are most of a sheet): its `r`, `s`, `t`, whether it is
/// empty (`<c …/>`) and its length; `None` when the tag is no `<c`.
/// Attributes must be `key="value"` separated by white space.
pub(super) fn cell_tag(xml: &[u8]) -> Parsed<Option<(CellAttributes<'_>, bool, usize)>> {
    match xml.get(..3) {
        None if b"<c".starts_with(xml) => return Err(Stop::More),
        Some([b'<', b'c', b' ' | b'\t' | b'\r' | b'\n' | b'>' | b'/']) => {}
        _ => return Ok(None),
    }
    let mut found = CellAttributes::default();
    let mut at = 2;
    loop {
        while xml.get(at).is_some_and(|&b| is_space(b)) {
            at += 1;
        }
        match xml.get(at) {
            None => return Err(Stop::More),
            Some(b'>') => return Ok(Some((found.checked()?, false, at + 1))),
            Some(b'/') => {
                return match xml.get(at + 1) {
                    None => Err(Stop::More),
                    Some(b'>') => Ok(Some((found.checked()?, true, at + 2))),
                    Some(_) => Err(Stop::Bail),
                };
            }
            Some(_) => {}
        }
        let key_len = rest(xml, at)
            .iter()
            .position(|&b| matches!(b, b'=' | b'>' | b'/' | b'<' | b'"' | b'\'') || is_space(b))
            .ok_or(Stop::More)?;
        let key = xml.get(at..at + key_len).ok_or(Stop::Bail)?;
        at += key_len;
        if key.is_empty() || xml.get(at) != Some(&b'=') {
            return Err(Stop::Bail);
        }
        let quote = *xml.get(at + 1).ok_or(Stop::More)?;
        if quote != b'"' && quote != b'\'' {
            return Err(Stop::Bail);
        }
        let value_len = memchr::memchr(quote, rest(xml, at + 2)).ok_or(Stop::More)?;
        let value = xml.get(at + 2..at + 2 + value_len).ok_or(Stop::Bail)?;
        if value.iter().any(|&b| b == b'&' || b == b'<') {
            return Err(Stop::Bail);
        }
        found.set(key, value)?;
        at += 2 + value_len + 1;
        match xml.get(at) {
            None => return Err(Stop::More),
            Some(&b) if is_space(b) || b == b'>' || b == b'/' => {}
            Some(_) => return Err(Stop::Bail),
        }
    }
}

/// The value of attribute `wanted` (bails when it is repeated).
pub(super) fn single_attribute<'x>(raw: &'x [u8], wanted: &[u8]) -> Parsed<Option<&'x [u8]>> {
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
pub(super) fn text_until_end<'x>(xml: &'x [u8], closing: &[u8]) -> Parsed<(&'x [u8], usize)> {
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
pub(super) fn inline_string(xml: &[u8]) -> Parsed<(Cell, usize)> {
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
pub(super) fn row_number(r: &[u8]) -> Parsed<u32> {
    if r.is_empty() || r.len() > 7 || !r.iter().all(u8::is_ascii_digit) {
        return Err(Stop::Bail);
    }
    let number = r.iter().fold(0u32, |n, &b| n * 10 + u32::from(b - b'0'));
    number.checked_sub(1).ok_or(Stop::Bail)
}

/// A cell's `r` in `A1` form: 1–3 letters, 1–7 digits (0-based row and
/// column; anything else bails).
pub(super) fn cell_reference(r: &[u8]) -> Parsed<(u32, u32)> {
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
pub(super) fn small_number(text: &[u8]) -> Parsed<usize> {
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
pub(super) fn plain_number(text: &[u8]) -> Parsed<f64> {
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
pub(super) fn skip_space(xml: &[u8], at: usize) -> Parsed<usize> {
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
pub(super) fn rest(xml: &[u8], at: usize) -> &[u8] {
    xml.get(at..).unwrap_or_default()
}

/// The index of `needle` in `xml` (more bytes are needed when absent).
pub(super) fn find(xml: &[u8], needle: &[u8]) -> Parsed<usize> {
    memchr::memmem::find(xml, needle).ok_or(Stop::More)
}
