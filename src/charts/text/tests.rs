//! Tests of `text`.

use super::*;

#[test]
fn statistics_are_written_in_each_language_from_the_same_numbers() {
    let chi2 = Statistic::ChiSquare {
        chi2: 41.2,
        df: 5,
        p: 0.0004,
        cramers_v: Some(0.2141),
    };
    let nl = chi2.text(Language::Dutch);
    let en = chi2.text(Language::English);
    assert!(nl.contains("41,20") && nl.contains("0,214"), "{nl}");
    assert!(en.contains("41.20") && en.contains("0.214"), "{en}");
    assert!(
        nl.contains("< 0,001") && en.contains("< 0.001"),
        "{nl} / {en}"
    );
    let spearman = Statistic::Spearman {
        rho: -0.4321,
        p: 0.02,
        n: 1234,
    };
    assert!(spearman.text(Language::Dutch).contains("1.234"));
    assert!(spearman.text(Language::English).contains("1,234"));
}

#[test]
fn counts_leave_out_what_is_zero_and_group_thousands() {
    let counts = Counts {
        answered: 1234,
        missing: 0,
        not_applicable: 3,
    };
    let nl = counts.text(Language::Dutch);
    assert!(nl.contains("1.234") && nl.contains('3'), "{nl}");
    assert!(!nl.contains(&format!("0 {}", Language::Dutch.strings().missing)));
    assert_eq!(
        too_few(1500, Language::Dutch),
        "Te weinig verhalen (n = 1.500)"
    );
}

#[test]
fn warnings_and_legends_speak_both_languages() {
    let warning = PanelLine::Warning(CrossTabWarning::SparseExpected {
        below_five: 13,
        cells: 30,
    });
    assert!(warning.is_warning());
    assert_ne!(
        warning.text(Language::Dutch),
        warning.text(Language::English)
    );
    let both_outlines = crosstab_legend(CellOutline::AdjustedResidual)
        .into_iter()
        .chain(crosstab_legend(CellOutline::HolmP));
    for entry in both_outlines
        .chain(groups_legend())
        .chain(co_occurrence_legend())
    {
        assert_ne!(
            entry.text(Language::Dutch),
            entry.text(Language::English),
            "{entry:?}"
        );
    }
    let flagged = LegendEntry::Flagged { threshold: 1.96 };
    assert!(flagged.text(Language::Dutch).contains("1,96"));
    let holm = crosstab_legend(CellOutline::HolmP)[2];
    assert_eq!(
        holm.text(Language::English),
        "outlined: Holm-corrected p < 0.05"
    );
    assert_eq!(
        holm.text(Language::Dutch),
        "omlijnd: Holm-gecorrigeerde p < 0,05"
    );
    assert_eq!(
        LegendEntry::Mean(Some(63.54)).text(Language::Dutch),
        format!("{} 63,5", Language::Dutch.strings().mean)
    );
    assert_eq!(signed(Language::Dutch, -4.26), "−4,3");
    assert_eq!(lift_text(1.7666, Language::Dutch), "lift 1,77");
    assert_ne!(
        Note::CoOccurrence.text(Language::Dutch),
        Note::CoOccurrence.text(Language::English)
    );
}

#[test]
fn a_dot_sample_is_noted_only_when_dots_were_left_out() {
    assert_eq!(Note::dot_sample(500, 500), None);
    let note = Note::dot_sample(5_000, 12_345).map(|n| n.text(Language::Dutch));
    let note = note.unwrap_or_default();
    assert!(note.contains("5.000") && note.contains("12.345"), "{note}");
    let zero = Note::ZeroReplacement(0.01).text(Language::English);
    assert!(zero.contains("0.010"), "{zero}");
}
