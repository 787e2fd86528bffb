//! Issue 15's check of the worksheets' cell references
//! ([`sheet_refs`](super::super::sheet_refs)), split between a thread
//! beside the read and the fast reader.
//!
//! The check reads every tag of every worksheet: on the bench export as
//! much work as a third of the fast read. The fast reader parses every
//! cell of the sheets it reads anyway, and bails on a position past
//! Excel's limits, so for those members only the XML before `<sheetData>`
//! and after `</sheetData>` is left to check (a `<dimension>`, stray
//! cells). The thread is told which members the fast reader *claims*
//! and checks the others; a claimed member the fast reader did not read
//! whole is checked in full at the end. Of several references past the
//! limits the one in the first member (ZIP order) is reported, as when
//! one thread checked them all.

use std::io::Cursor;
use std::sync::mpsc::Receiver;

use super::super::ImportError;
use super::super::sheet_refs::{check_sheet_references, is_worksheet};

/// A reference past the limits: the ZIP member it is in and the sentence.
pub(super) type Outside = (usize, ImportError);

/// Checks every worksheet of the workbook in `bytes`, except the members
/// `claimed` sends (the fast reader's; waits for them, an empty list when
/// the sender goes away).
pub(super) fn check_unclaimed(
    file: &str,
    bytes: &[u8],
    claimed: &Receiver<Vec<usize>>,
) -> Result<(), Outside> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let claimed = claimed.recv().unwrap_or_default();
    let names: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .filter(|name| is_worksheet(name))
        .map(|name| name.into_owned())
        .collect();
    for name in names {
        let Some(index) = zip.index_for_name(&name) else {
            continue;
        };
        if claimed.contains(&index) {
            continue;
        }
        if let Ok(member) = zip.by_index(index) {
            check_sheet_references(file, member).map_err(|outside| (index, outside))?;
        }
    }
    Ok(())
}

/// Checks member `index` of the workbook in `bytes` whole, as the thread
/// would have.
pub(super) fn check_member(file: &str, bytes: &[u8], index: usize) -> Result<(), Outside> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    match zip.by_index(index) {
        Ok(member) if member.name().is_ok_and(|name| is_worksheet(&name)) => {
            check_sheet_references(file, member).map_err(|outside| (index, outside))
        }
        _ => Ok(()),
    }
}

/// The reference of the two in the earlier member.
pub(super) fn first(a: Option<Outside>, b: Option<Outside>) -> Option<Outside> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.0 < a.0 { b } else { a }),
        (a, b) => a.or(b),
    }
}
