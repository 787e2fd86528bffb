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
        // Every letter of Latin-1 and Latin Extended-A folds to ASCII
        // except the few without a Latin base letter.
        for c in ('\u{C0}'..='\u{17F}').filter(|c| c.is_alphabetic()) {
            let folded = fold(&c.to_string());
            assert!(folded.is_ascii(), "{c} folds to {folded}");
        }
    }
}
