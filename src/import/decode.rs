//! Bytes of a text file → `String`: UTF-8 with or without BOM, UTF-16 LE/BE
//! with BOM (Excel's "Unicode text"), and Windows-1252 for everything else
//! that is not valid UTF-8 (older Excel "CSV" on Windows).

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// The encoding a text file was read in, for the import report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

/// Why bytes are not a text table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotText {
    /// A ZIP container: .xlsx, .xlsm or .ods saved under a text name.
    ZipWorkbook,
    /// An OLE compound file: .xls (or an encrypted .xlsx).
    OleWorkbook,
    /// Other binary data (NUL bytes outside UTF-16).
    Binary,
}

/// Decodes `bytes`, or says why they are not text.
pub fn decode(bytes: Vec<u8>) -> Result<(String, TextEncoding), NotText> {
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(NotText::ZipWorkbook);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(NotText::OleWorkbook);
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(&bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        let (text, _) = encoding.decode_without_bom_handling(body);
        let which = if encoding == UTF_16LE {
            TextEncoding::Utf16Le
        } else if encoding == UTF_16BE {
            TextEncoding::Utf16Be
        } else {
            TextEncoding::Utf8
        };
        return checked(text.into_owned(), which);
    }
    if let Some(encoding) = utf16_without_bom(&bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes);
        let which = if encoding == UTF_16LE {
            TextEncoding::Utf16Le
        } else {
            TextEncoding::Utf16Be
        };
        return checked(text.into_owned(), which);
    }
    if bytes.contains(&0) {
        return Err(NotText::Binary);
    }
    // Taking the bytes over saves copying a large file.
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, TextEncoding::Utf8)),
        Err(error) => {
            let bytes = error.into_bytes();
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(&bytes);
            checked(text.into_owned(), TextEncoding::Windows1252)
        }
    }
}

/// The start of a file, `bytes`, as text when the file looks like plain
/// UTF-8 (with or without a BOM): what [`decode`] would return unchanged.
/// Gives the text up to its last complete character and the BOM's length;
/// `None` for anything [`decode`] treats otherwise (workbooks, UTF-16,
/// NUL bytes, control characters, invalid UTF-8).
pub fn plain_utf8_start(bytes: &[u8]) -> Option<(&str, usize)> {
    if bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        || bytes.contains(&0)
    {
        return None;
    }
    let bom = match Encoding::for_bom(bytes) {
        Some((encoding, len)) if encoding == encoding_rs::UTF_8 => len,
        Some(_) => return None,
        None if utf16_without_bom(bytes).is_some() => return None,
        None => 0,
    };
    let body = bytes.get(bom..)?;
    let text = match std::str::from_utf8(body) {
        Ok(text) => text,
        // A character cut off at the end of the sample is fine.
        Err(error) if error.error_len().is_none() => {
            std::str::from_utf8(body.get(..error.valid_up_to())?).ok()?
        }
        Err(_) => return None,
    };
    (control_count(text) <= MAX_CONTROLS).then_some((text, bom))
}

/// Control characters other than line breaks, tabs and form feeds among
/// the first 4096 characters: more than [`MAX_CONTROLS`] means binary.
fn control_count(text: &str) -> usize {
    text.chars()
        .take(4096)
        .filter(|&c| c == '\0' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')))
        .count()
}

const MAX_CONTROLS: usize = 8;

/// UTF-16 without a BOM shows as a NUL in every other byte of ASCII text.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = bytes.get(..bytes.len().min(512) & !1)?;
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nuls = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nuls = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd_nuls * 10 >= pairs * 9 && even_nuls == 0 {
        Some(UTF_16LE)
    } else if even_nuls * 10 >= pairs * 9 && odd_nuls == 0 {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Rejects decoded "text" that still holds control characters typical of
/// binary files.
fn checked(text: String, encoding: TextEncoding) -> Result<(String, TextEncoding), NotText> {
    if control_count(&text) > MAX_CONTROLS || text.contains('\0') {
        Err(NotText::Binary)
    } else {
        Ok((text, encoding))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_encoding_gives_the_same_text() {
        let text = "Gevoel;Cijfer\r\ncrème brûlée;63,5\r\n";
        let mut utf8_bom = vec![0xEF, 0xBB, 0xBF];
        utf8_bom.extend_from_slice(text.as_bytes());
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        let (cp1252, _, _) = WINDOWS_1252.encode(text);
        for (bytes, encoding) in [
            (text.as_bytes().to_vec(), TextEncoding::Utf8),
            (utf8_bom, TextEncoding::Utf8),
            (le, TextEncoding::Utf16Le),
            (be, TextEncoding::Utf16Be),
            (cp1252.into_owned(), TextEncoding::Windows1252),
        ] {
            assert_eq!(decode(bytes), Ok((text.to_owned(), encoding)));
        }
    }

    #[test]
    fn workbooks_and_binary_are_not_text() {
        assert_eq!(
            decode(b"PK\x03\x04rest".to_vec()),
            Err(NotText::ZipWorkbook)
        );
        assert_eq!(decode(vec![1, 2, 0, 0, 3, 0, 9, 9]), Err(NotText::Binary));
    }
}
