//! The keys of charts: [`LegendEntry`] and the entries each kind of chart
//! shows, written in Dutch or English.

use super::*;

/// One entry of a chart's key; the drawer draws the sample the variant
/// names next to [`LegendEntry::text`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LegendEntry {
    /// Cross-tab cells coloured for more stories than expected.
    MoreOften,
    /// Cross-tab cells coloured for fewer stories than expected.
    LessOften,
    /// Outlined cells: |z| ≥ the threshold.
    Flagged {
        /// |z| from which a cell is outlined (`FLAG_THRESHOLD`, 1.96).
        threshold: f64,
    },
    /// Outlined cells: Holm-corrected p across the table's cells below
    /// `alpha` (`ChartOptions::outline_holm`).
    FlaggedHolm {
        /// The level the corrected p is held against (`HOLM_ALPHA`, 0.05).
        alpha: f64,
    },
    /// What the colour stands for (no sample).
    ResidualScale,
    /// The box from the lower to the upper quartile.
    Quartiles,
    /// The median, with its value when the key names one.
    Median(Option<f64>),
    /// The mean, with its value when the key names one.
    Mean(Option<f64>),
    /// The line from the lowest to the highest answer.
    Whiskers,
    /// A triad's closed geometric mean.
    GeometricMean,
    /// A triad's arithmetic mean.
    ArithmeticMean,
    /// Co-occurrence cells coloured for options chosen together more
    /// often than if independent (lift above 1).
    TogetherMore,
    /// Co-occurrence cells coloured for options chosen together less
    /// often than if independent (lift below 1).
    TogetherLess,
    /// What a co-occurrence cell's colour stands for (no sample).
    LiftScale,
}

impl LegendEntry {
    /// The entry's words in `language`.
    pub fn text(&self, language: Language) -> String {
        let tr = language.strings();
        let with_value = |name: &str, value: Option<f64>| match value {
            Some(value) => format!("{name} {}", i18n::format_decimal(language, value, 1)),
            None => name.to_owned(),
        };
        match *self {
            Self::MoreOften => tr.more_often.to_owned(),
            Self::LessOften => tr.less_often.to_owned(),
            Self::Flagged { threshold } => i18n::fill(
                tr.flagged_note,
                &[("z", &i18n::format_decimal(language, threshold, 2))],
            ),
            Self::FlaggedHolm { alpha } => i18n::fill(
                tr.flagged_holm_note,
                &[("alpha", &i18n::format_decimal(language, alpha, 2))],
            ),
            Self::ResidualScale => tr.export_residual_scale.to_owned(),
            Self::Quartiles => tr.export_quartiles.to_owned(),
            Self::Median(value) => with_value(tr.median, value),
            Self::Mean(value) => with_value(tr.mean, value),
            Self::Whiskers => tr.export_whiskers.to_owned(),
            Self::GeometricMean => tr.geometric_mean.to_owned(),
            Self::ArithmeticMean => tr.arithmetic_mean.to_owned(),
            Self::TogetherMore => tr.together_more.to_owned(),
            Self::TogetherLess => tr.together_less.to_owned(),
            Self::LiftScale => tr.lift_scale.to_owned(),
        }
    }
}

/// The key of a cross-tab: the two colour ramps, what the outline means
/// (|z| or the Holm-corrected p), the scale.
pub fn crosstab_legend(outline: CellOutline) -> [LegendEntry; 4] {
    [
        LegendEntry::MoreOften,
        LegendEntry::LessOften,
        match outline {
            CellOutline::AdjustedResidual => LegendEntry::Flagged {
                threshold: FLAG_THRESHOLD,
            },
            CellOutline::HolmP => LegendEntry::FlaggedHolm {
                alpha: crate::charts::HOLM_ALPHA,
            },
        },
        LegendEntry::ResidualScale,
    ]
}

/// The key of a co-occurrence chart: the two colour ramps and the scale.
pub fn co_occurrence_legend() -> [LegendEntry; 3] {
    [
        LegendEntry::TogetherMore,
        LegendEntry::TogetherLess,
        LegendEntry::LiftScale,
    ]
}

/// A cell's lift as written in it: "lift 1,77".
pub fn lift_text(lift: f64, language: Language) -> String {
    i18n::fill(
        language.strings().lift_value,
        &[("lift", &i18n::format_decimal(language, lift, 2))],
    )
}

/// The key of box strips of a slider by a choice.
pub fn groups_legend() -> [LegendEntry; 4] {
    [
        LegendEntry::Quartiles,
        LegendEntry::Median(None),
        LegendEntry::Mean(None),
        LegendEntry::Whiskers,
    ]
}

/// The key of a histogram: its mean and median lines, with their values.
pub fn histogram_legend(data: &HistogramData) -> Vec<LegendEntry> {
    let mut entries = Vec::new();
    if let Some(mean) = data.mean {
        entries.push(LegendEntry::Mean(Some(mean)));
    }
    if let Some(median) = data.median {
        entries.push(LegendEntry::Median(Some(median)));
    }
    entries
}
