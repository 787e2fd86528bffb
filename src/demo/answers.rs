//! Answers derived from a story's [`Latent`] structure, with noise.
//!
//! Everything here is integer arithmetic: sliders are whole percentages and
//! triads are three whole percentages summing to 100, so the stored values
//! (`k / 100`) are identical on every platform and statistics on them are
//! exact at 0.01 resolution.

use super::Rng;
use super::influence::{Influence, draw_pair};
use super::latent::{Latent, Support, Theme, Valence, chance, pick};

/// "Voorbeeld van goed onderwijs" at or above this (in %) is the seed's
/// selection of good-education stories.
pub const GOOD_EXAMPLE: u32 = 70;

/// Number of "Gevoel" options.
pub const EMOTIONS: usize = 12;

/// Emotion indices (codebook order) used when phrasing.
pub mod emotion {
    pub const HOOP: usize = 1;
    /// First negative emotion; 5..12 are negative.
    pub const FIRST_NEGATIVE: usize = 5;
}

/// The true answers of one story (before any is left missing).
#[derive(Clone, Debug)]
pub struct Answers {
    /// Chosen "Gevoel" options, strongest first; 1 to 3 of them.
    pub emotions: Vec<usize>,
    /// "Grootste invloed 1" and "… 2", always different.
    pub influence: [Influence; 2],
    /// "Gevolgen voor het kind": 0 (zeer negatief) ..= 4 (zeer positief).
    pub consequence: usize,
    /// "Voorbeeld van goed onderwijs" in whole percent.
    pub example: u32,
    /// "De manier waarop" in whole percent.
    pub manner: u32,
    /// "Wie was aan zet?": kind, school, ouders in whole percent.
    pub who: [u32; 3],
    /// "Wat was doorslaggevend?": kennis, tijd, geld in whole percent.
    pub decisive: [u32; 3],
}

impl Answers {
    pub fn draw(rng: &mut Rng, latent: &Latent) -> Self {
        let example = draw_example(rng, latent);
        let influence = draw_pair(rng, latent, example >= GOOD_EXAMPLE);
        Self {
            emotions: draw_emotions(rng, latent),
            influence,
            consequence: pick(rng, &consequence_weights(latent)),
            example,
            manner: draw_manner(rng, latent),
            who: polya_triad(rng, who_alpha(latent)),
            decisive: polya_triad(rng, decisive_alpha(latent)),
        }
    }

    /// The emotion the text dwells on: the first one whose tone matches the
    /// consequence for the child, else the first one.
    pub fn main_emotion(&self) -> usize {
        let negative = |e: &usize| *e >= emotion::FIRST_NEGATIVE;
        let fitting = match self.consequence {
            0 | 1 => self.emotions.iter().find(|e| negative(e)),
            3 | 4 => self.emotions.iter().find(|e| !negative(e)),
            _ => None,
        };
        fitting
            .or(self.emotions.first())
            .copied()
            .unwrap_or(emotion::HOOP)
    }
}

/// `center ± half`, triangular, clamped to 0..=100. Clamping piles a few
/// answers on the poles, as sliders in real exports have.
fn spread(rng: &mut Rng, center: i32, half: i32) -> u32 {
    let width = (half + 1) as usize;
    let noise = rng.below(width) as i32 + rng.below(width) as i32 - half;
    (center + noise).clamp(0, 100) as u32
}

fn draw_example(rng: &mut Rng, latent: &Latent) -> u32 {
    match (latent.valence, latent.theme) {
        (Valence::Good, _) => spread(rng, 83, 20),
        (Valence::Mixed, Theme::Relations) => spread(rng, 44, 24),
        (Valence::Mixed, _) => spread(rng, 54, 26),
        (Valence::Bad, _) if chance(rng, 60) => 0,
        (Valence::Bad, _) => spread(rng, 18, 20),
    }
}

fn draw_manner(rng: &mut Rng, latent: &Latent) -> u32 {
    let (center, half) = match (latent.valence, latent.theme) {
        (Valence::Good, Theme::Relations) => (86, 14),
        (Valence::Good, Theme::Support) => (80, 18),
        (Valence::Good, Theme::Work) => (72, 20),
        // Good education despite the system: opinions on it are split.
        (Valence::Good, Theme::System) => (52, 40),
        (Valence::Mixed, Theme::Relations) => (68, 20),
        (Valence::Mixed, Theme::Support) => (52, 22),
        (Valence::Mixed, Theme::Work) => (42, 22),
        (Valence::Mixed, Theme::System) => (34, 22),
        (Valence::Bad, Theme::Relations) => (46, 22),
        (Valence::Bad, Theme::Support) => (26, 22),
        (Valence::Bad, Theme::Work) => (24, 20),
        (Valence::Bad, Theme::System) => (11, 16),
    };
    spread(rng, center, half)
}

fn consequence_weights(latent: &Latent) -> [u32; 5] {
    let system = latent.theme == Theme::System;
    match latent.valence {
        Valence::Good => match latent.theme {
            Theme::Support => [1, 3, 8, 45, 43],
            Theme::Relations => [1, 4, 15, 50, 30],
            Theme::Work => [2, 6, 22, 45, 25],
            Theme::System => [12, 24, 16, 32, 16],
        },
        Valence::Mixed if system => [14, 36, 28, 18, 4],
        Valence::Mixed => [6, 26, 36, 26, 6],
        Valence::Bad if system => [48, 40, 9, 2, 1],
        Valence::Bad => [28, 46, 18, 6, 2],
    }
}

/// Weights per emotion (codebook order) for one story.
fn emotion_weights(latent: &Latent) -> [u32; EMOTIONS] {
    let behavioural = latent.support.behavioural();
    let mut weights = match latent.valence {
        Valence::Good => [60, 24, 10, 10, 12, 5, 3, 1, 2, 1, 2, 4],
        Valence::Mixed => [12, 20, 2, 3, 6, 16, 6, 5, 12, 6, 8, 20],
        Valence::Bad => [1, 4, 0, 0, 1, 18, 13, 14, 22, 12, 18, 16],
    };
    if behavioural {
        // Behaviour questions carry most of the negative emotions: worry and
        // powerlessness linger even when it went well.
        let extra = match latent.valence {
            Valence::Good => [(10, 3), (11, 3)],
            _ => [(8, 12), (10, 16)],
        };
        for (index, more) in extra {
            weights[index] += more;
        }
        if latent.valence != Valence::Good {
            weights[6] += 8;
            weights[7] += 6;
            for weight in weights.iter_mut().take(emotion::FIRST_NEGATIVE) {
                *weight /= 3;
            }
        }
    }
    if latent.support == Support::Gifted {
        weights[2] += 2;
    }
    weights
}

/// 1 to 3 different emotions, drawn without replacement.
fn draw_emotions(rng: &mut Rng, latent: &Latent) -> Vec<usize> {
    let mut weights = emotion_weights(latent);
    // Tellers of troubled behaviour stories name more feelings.
    let counts: &[u32] = if latent.support.behavioural() && latent.valence != Valence::Good {
        &[15, 45, 40]
    } else {
        &[30, 45, 25]
    };
    let count = 1 + pick(rng, counts);
    let mut chosen = Vec::with_capacity(count);
    for _ in 0..count {
        if weights.iter().all(|&w| w == 0) {
            break;
        }
        let index = pick(rng, &weights);
        weights[index] = 0;
        chosen.push(index);
    }
    chosen
}

/// Dirichlet-like weights in whole percent via a Pólya urn: 100 draws, each
/// adding two half-units to the chosen corner, starting from `alpha`
/// (half-units). Small alphas leave corners at zero now and then; a few
/// answers sit exactly on a corner or an edge, as real triads do.
fn polya_triad(rng: &mut Rng, alpha: [u32; 3]) -> [u32; 3] {
    let strongest = (0..3).max_by_key(|&i| (alpha[i], 3 - i)).unwrap_or(0);
    let weakest = (0..3).min_by_key(|&i| (alpha[i], i)).unwrap_or(0);
    let mut result = [0u32; 3];
    match rng.below(100) {
        0..=2 => {
            result[strongest] = 100;
            return result;
        }
        3..=7 => {
            // On the edge opposite the weakest corner.
            let mut weights = alpha;
            weights[weakest] = 0;
            return urn(rng, weights);
        }
        _ => {}
    }
    urn(rng, alpha)
}

fn urn(rng: &mut Rng, alpha: [u32; 3]) -> [u32; 3] {
    let mut counts = [0u32; 3];
    for _ in 0..100 {
        let weights = [
            if alpha[0] == 0 {
                0
            } else {
                alpha[0] + 2 * counts[0]
            },
            if alpha[1] == 0 {
                0
            } else {
                alpha[1] + 2 * counts[1]
            },
            if alpha[2] == 0 {
                0
            } else {
                alpha[2] + 2 * counts[2]
            },
        ];
        counts[pick(rng, &weights)] += 1;
    }
    counts
}

fn who_alpha(latent: &Latent) -> [u32; 3] {
    use super::latent::RoleGroup;
    let good = latent.valence == Valence::Good;
    let mut alpha: [u32; 3] = match (latent.role.group(), good) {
        (RoleGroup::Parent, true) => [2, 8, 5],
        (RoleGroup::Parent, false) => [1, 3, 9],
        (RoleGroup::Pupil, true) => [9, 5, 2],
        (RoleGroup::Pupil, false) => [7, 2, 4],
        (RoleGroup::SchoolPro, true) => [2, 10, 3],
        (RoleGroup::SchoolPro, false) => [2, 6, 4],
        (RoleGroup::Outside, _) => [2, 5, 5],
    };
    if latent.theme == Theme::System {
        alpha[1] = alpha[1].saturating_sub(1).max(1);
    }
    alpha
}

fn decisive_alpha(latent: &Latent) -> [u32; 3] {
    let mut alpha = match latent.theme {
        Theme::Relations => [4, 8, 1],
        Theme::Support => [8, 4, 2],
        Theme::Work => [3, 8, 3],
        Theme::System => [2, 3, 8],
    };
    match latent.support {
        Support::Gifted | Support::Disorder => alpha[0] += 3,
        Support::Physical => alpha[2] += 2,
        _ => {}
    }
    alpha
}
