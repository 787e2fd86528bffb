//! Case- and accent-insensitive text matching for `contains`.
//!
//! [`fold`] lowercases and strips the accents of Latin-1 and Latin
//! Extended-A letters with a small table (é → e, ï → i, ß → ss, ĳ → ij) and
//! drops combining marks, so decomposed input (`e` + U+0301) folds the same
//! way. Other scripts are only lowercased: good enough for Dutch and
//! English stories without a Unicode normalisation dependency.

/// Appends the folded form of `text` to `out`.
pub fn fold_into(text: &str, out: &mut String) {
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        for lower in c.to_lowercase() {
            match base_letters(lower) {
                Some(base) => out.push_str(base),
                None if is_combining_mark(lower) => {}
                None => out.push(lower),
            }
        }
    }
}

/// The folded form of `text`.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// The byte ranges of `text` where `needle` occurs, compared folded as
/// `text contains` compares, without overlaps: what the story reader
/// highlights. A match ends after any combining marks of its last letter;
/// a match inside one letter that folds to several (`ß` → `ss`) covers
/// that letter.
pub fn folded_matches(text: &str, needle: &str) -> Vec<std::ops::Range<usize>> {
    let needle = fold(needle);
    if needle.is_empty() {
        return Vec::new();
    }
    let mut folded = String::with_capacity(text.len());
    // For every byte of `folded`, the byte range of the letter of `text` it
    // came from.
    let mut origin: Vec<(usize, usize)> = Vec::with_capacity(text.len());
    let mut buffer = [0; 4];
    for (start, c) in text.char_indices() {
        let before = folded.len();
        fold_into(c.encode_utf8(&mut buffer), &mut folded);
        let span = (start, start + c.len_utf8());
        origin.extend(std::iter::repeat_n(span, folded.len() - before));
    }
    let mut matches = Vec::new();
    let mut from = 0;
    while let Some(found) = folded.get(from..).and_then(|rest| rest.find(&needle)) {
        let (first, last) = (from + found, from + found + needle.len());
        // `needle` is not empty, so `first < last <= origin.len()`.
        let (Some(&(start, _)), Some(&(_, last_end))) = (origin.get(first), origin.get(last - 1))
        else {
            break;
        };
        let end = match origin.get(last) {
            // Up to the next letter that folds to something, so combining
            // marks in between belong to the match.
            Some(&(next, _)) if next >= last_end => next,
            _ if last == origin.len() => text.len(),
            _ => last_end,
        };
        matches.push(start..end);
        from = last;
    }
    matches
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// The unaccented letters of a lowercase accented Latin letter.
fn base_letters(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' | 'ĸ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' | 'ŋ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ſ' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Één Ruïne, Coördinator"), "een ruine, coordinator");
        assert_eq!(fold("Straße ĲSSEL Œuvre"), "strasse ijssel oeuvre");
        assert_eq!(fold("Cafe\u{301}"), "cafe");
        assert_eq!(fold("ŁÓDŹ"), "lodz");
        assert_eq!(fold("Ελλάδα"), "ελλάδα");
        // (Every Latin-1 and Latin Extended-A letter is checked below.)
        // Every letter of Latin-1 and Latin Extended-A folds to ASCII
        // except the few without a Latin base letter.
        for c in ('\u{C0}'..='\u{17F}').filter(|c| c.is_alphabetic()) {
            let folded = fold(&c.to_string());
            assert!(folded.is_ascii(), "{c} folds to {folded}");
        }
    }

    #[test]
    fn matches_are_found_folded_and_given_in_the_original_text() {
        let text = "Één ruïne; de RUINE, cafe\u{301}s en Straße";
        let found = |needle: &str| -> Vec<&str> {
            folded_matches(text, needle)
                .into_iter()
                .map(|r| &text[r])
                .collect()
        };
        assert_eq!(found("ruine"), ["ruïne", "RUINE"]);
        assert_eq!(found("RUÏNE"), ["ruïne", "RUINE"]);
        assert_eq!(found("een"), ["Één"]);
        // The combining accent after "e" belongs to the match.
        assert_eq!(found("cafe"), ["cafe\u{301}"]);
        assert_eq!(found("strasse"), ["Straße"]);
        // Half of "ß" still marks the whole letter.
        assert_eq!(found("stras"), ["Straß"]);
        assert_eq!(found("e"), ["É", "é", "e", "e", "E", "e\u{301}", "e", "e"]);
        assert!(found("").is_empty());
        assert!(found("school").is_empty());
    }
}
