//! Every UI string in Dutch and English.
//!
//! Strings live in typed tables with one constant per language: [`Strings`]
//! ([`NL`], [`EN`], in `strings.rs`) for the interface, and
//! [`ErrorStrings`] (in `errors.rs`, reached as [`Language::errors`]) for
//! the sentences of errors, which every error type renders with its
//! `sentence(language)`, and [`ImportStrings`] (in `import_notes.rs`,
//! reached as [`Language::import_notes`]) for the notes of an import.
//! The `strings!` macro declares each key once with
//! both translations side by side, so a string missing in either language
//! does not compile. Placeholders like `{n}` are filled with [`fill`].
//! Chart labels come from the data and are not translated.

use serde::{Deserialize, Serialize};

/// Declares a table of strings: the struct `$table` with one `&'static str`
/// per key, and one constant per language, `$nl` and `$en`.
macro_rules! strings {
    // A table that extends an older one (`base`), read through `Deref`.
    ($(#[$doc:meta])* $table:ident, $nl_const:ident, $en_const:ident;
     extends $base:ident, $base_nl:ident, $base_en:ident;
     $($key:ident: $nl:literal / $en:literal,)*) => {
        $(#[$doc])*
        #[derive(Debug)]
        pub struct $table {
            /// The table's older groups, read as if they stood here.
            base: &'static $base,
            $(
                #[doc = concat!("Dutch: `` ", $nl, " ``; English: `` ", $en, " ``.")]
                pub $key: &'static str,
            )*
        }

        /// Dutch.
        pub const $nl_const: $table = $table { base: &$base_nl, $($key: $nl,)* };
        /// English.
        pub const $en_const: $table = $table { base: &$base_en, $($key: $en,)* };

        impl std::ops::Deref for $table {
            type Target = $base;

            fn deref(&self) -> &$base {
                self.base
            }
        }

        impl $table {
            /// Every (key, text) pair, the base's first, for completeness
            /// checks.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                let mut entries = self.base.entries();
                entries.extend([$((stringify!($key), self.$key),)*]);
                entries
            }
        }
    };
    ($(#[$doc:meta])* $table:ident, $nl_const:ident, $en_const:ident;
     $($key:ident: $nl:literal / $en:literal,)*) => {
        $(#[$doc])*
        #[derive(Debug)]
        pub struct $table {
            $(
                #[doc = concat!("Dutch: `` ", $nl, " ``; English: `` ", $en, " ``.")]
                pub $key: &'static str,
            )*
        }

        /// Dutch.
        pub const $nl_const: $table = $table { $($key: $nl,)* };
        /// English.
        pub const $en_const: $table = $table { $($key: $en,)* };

        impl $table {
            /// Every (key, text) pair, for completeness checks.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key),)*]
            }
        }
    };
}

mod base_strings;
mod errors;
mod import_notes;
mod strings;

pub use base_strings::BaseStrings;
pub use errors::ErrorStrings;
pub use import_notes::ImportStrings;
pub use strings::{EN, NL, Strings};

/// A UI language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    /// Nederlands; the default.
    #[default]
    Dutch,
    /// English.
    English,
}

impl Language {
    /// Every language, in the order the language switch lists them.
    pub const ALL: [Self; 2] = [Self::Dutch, Self::English];

    /// The language's name in itself, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::Dutch => "Nederlands",
            Self::English => "English",
        }
    }

    /// Picks the language from a BCP 47 locale such as `nl-NL` or `en-US`:
    /// Dutch for `nl*`, English for anything else.
    pub fn from_locale(locale: &str) -> Self {
        if locale.to_ascii_lowercase().starts_with("nl") {
            Self::Dutch
        } else {
            Self::English
        }
    }

    /// The string table of this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Self::Dutch => &NL,
            Self::English => &EN,
        }
    }

    /// The error sentences of this language.
    pub fn errors(self) -> &'static ErrorStrings {
        match self {
            Self::Dutch => &errors::NL,
            Self::English => &errors::EN,
        }
    }

    /// The import note sentences of this language.
    pub fn import_notes(self) -> &'static ImportStrings {
        match self {
            Self::Dutch => &import_notes::NL,
            Self::English => &import_notes::EN,
        }
    }
}

/// Replaces every `{name}` in `template` with its value. A template that
/// counts something writes its noun as `[one|many]` ("{n} [verhaal|verhalen]"):
/// the singular is taken when the value named `n` is 1, so no screen says
/// "1 stories".
pub fn fill(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    let n = values
        .iter()
        .find(|(name, _)| *name == "n")
        .map(|(_, value)| value.to_string());
    let mut out = plural(template, n.as_deref() == Some("1"));
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), &value.to_string());
    }
    out
}

/// Resolves every `[one|many]` group of `template` to one of its forms;
/// brackets without exactly one `|` inside ("[naam school]") stay as they are.
pub fn plural(template: &str, one: bool) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let group = after
            .find(']')
            .map(|close| (close, &after[..close]))
            .and_then(|(close, inside)| Some((close, inside.split_once('|')?)))
            .filter(|(_, (a, b))| !a.contains('|') && !b.contains('|') && !a.contains('['));
        match group {
            Some((close, (singular, many))) => {
                out.push_str(if one { singular } else { many });
                rest = &after[close + 1..];
            }
            None => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Formats a count with a thin thousands separator as each language
/// writes it: `2.000` in Dutch, `2,000` in English.
pub fn format_count(language: Language, n: usize) -> String {
    let digits = n.to_string();
    let separator = match language {
        Language::Dutch => '.',
        Language::English => ',',
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// Formats a number with `decimals` decimals in the language's style
/// (decimal comma in Dutch).
pub fn format_decimal(language: Language, value: f64, decimals: usize) -> String {
    let s = format!("{value:.decimals$}");
    match language {
        Language::Dutch => s.replace('.', ","),
        Language::English => s,
    }
}

/// Formats a p-value as a reader expects: `p < 0,001` under a thousandth,
/// otherwise three decimals (`p = 0,024`).
pub fn format_p(language: Language, p: f64) -> String {
    if p < 0.001 {
        format!("p < {}", format_decimal(language, 0.001, 3))
    } else {
        format!("p = {}", format_decimal(language, p, 3))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key of a table has a text in both languages, with the same
    /// placeholders.
    fn assert_complete(nl: &[(&'static str, &'static str)], en: &[(&'static str, &'static str)]) {
        assert_eq!(nl.len(), en.len());
        for ((key, dutch), (_, english)) in nl.iter().zip(en) {
            assert!(!dutch.trim().is_empty(), "{key} is empty in Dutch");
            assert!(!english.trim().is_empty(), "{key} is empty in English");
            let placeholders = |s: &str| {
                let mut names: Vec<String> = s
                    .split('{')
                    .skip(1)
                    .filter_map(|part| part.split_once('}').map(|(name, _)| name.to_owned()))
                    .collect();
                names.sort();
                names
            };
            assert_eq!(placeholders(dutch), placeholders(english), "{key}");
        }
    }

    #[test]
    fn every_key_has_a_non_empty_text_in_both_languages() {
        assert_complete(&NL.entries(), &EN.entries());
        assert_complete(&errors::NL.entries(), &errors::EN.entries());
        assert_complete(&import_notes::NL.entries(), &import_notes::EN.entries());
    }

    #[test]
    fn locale_numbers_and_placeholders() {
        assert_eq!(Language::from_locale("nl-BE"), Language::Dutch);
        assert_eq!(Language::from_locale("en-GB"), Language::English);
        assert_eq!(Language::from_locale("de-DE"), Language::English);
        assert_eq!(format_count(Language::Dutch, 2000), "2.000");
        assert_eq!(format_count(Language::English, 1234567), "1,234,567");
        assert_eq!(format_count(Language::English, 999), "999");
        assert_eq!(format_decimal(Language::Dutch, 63.456, 1), "63,5");
        assert_eq!(format_p(Language::Dutch, 0.0241), "p = 0,024");
        assert_eq!(format_p(Language::English, 3.9e-11), "p < 0.001");
        assert_eq!(fill(NL.too_few, &[("n", &7)]), "Te weinig verhalen (n = 7)");
        assert_eq!(fill(EN.stories_count, &[("n", &"2,000")]), "2,000 stories");
        assert_eq!(fill(EN.stories_count, &[("n", &1)]), "1 story");
        assert_eq!(fill(NL.stories_count, &[("n", &1)]), "1 verhaal");
        assert_eq!(fill(NL.stories_count, &[("n", &0)]), "0 verhalen");
        assert_eq!(
            fill(NL.text_question_info, &[("n", &1)]),
            "1 verhaal heeft deze tekst ingevuld."
        );
        // Brackets that are not a plural stay: placeholders, intervals.
        assert_eq!(
            plural("[naam school] in [20, 70)", true),
            "[naam school] in [20, 70)"
        );
        assert_eq!(plural("a [b|c] d [e|f]", false), "a c d f");
    }
}
