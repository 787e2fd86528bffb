//! The hidden structure of one demo story, drawn before any answer.
//!
//! [`Latent::draw`] picks who tells (role), where (school type, region),
//! about what (support type, theme) and how it went (valence). Answers
//! ([`super::answers`]) and texts ([`super::texts`]) are derived from it, so
//! a story's numbers and words agree. Every enum's discriminant is the
//! option's index in the codebook.

use super::Rng;

/// Picks an index with probability proportional to its integer weight.
pub(crate) fn pick(rng: &mut Rng, weights: &[u32]) -> usize {
    let total: u32 = weights.iter().sum();
    let mut r = rng.below(total as usize) as u32;
    for (index, &weight) in weights.iter().enumerate() {
        if r < weight {
            return index;
        }
        r -= weight;
    }
    // Only reached when every weight is zero.
    0
}

/// True with probability `per_mille / 1000`.
pub(crate) fn chance(rng: &mut Rng, per_mille: u32) -> bool {
    rng.below(1000) < per_mille as usize
}

/// The first outcome with probability `first / 1000`, the second with
/// `second / 1000`, else the third: one draw of `rng`.
pub(crate) fn one_of_three<T>(rng: &mut Rng, (first, second): (u32, u32), outcomes: [T; 3]) -> T {
    let r = rng.below(1000) as u32;
    let [a, b, c] = outcomes;
    if r < first {
        a
    } else if r < first + second {
        b
    } else {
        c
    }
}

/// One of `items`, uniformly.
pub(crate) fn one_of<'a>(rng: &mut Rng, items: &[&'a str]) -> &'a str {
    items.get(rng.below(items.len())).copied().unwrap_or("")
}

/// "Uw rolsoort".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Parent,
    Pupil,
    Teacher,
    Ib,
    Director,
    Outside,
}

/// Roles that share influence tables and phrasing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleGroup {
    Parent,
    Pupil,
    SchoolPro,
    Outside,
}

impl Role {
    const ALL: [Self; 6] = [
        Self::Parent,
        Self::Pupil,
        Self::Teacher,
        Self::Ib,
        Self::Director,
        Self::Outside,
    ];

    pub fn group(self) -> RoleGroup {
        match self {
            Self::Parent => RoleGroup::Parent,
            Self::Pupil => RoleGroup::Pupil,
            Self::Teacher | Self::Ib | Self::Director => RoleGroup::SchoolPro,
            Self::Outside => RoleGroup::Outside,
        }
    }
}

/// "Onderwijssoort".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum School {
    Po,
    So,
    Vo,
    Vso,
    Mbo,
}

impl School {
    const ALL: [Self; 5] = [Self::Po, Self::So, Self::Vo, Self::Vso, Self::Mbo];

    /// Primary-age schools (groepen, juf/meester, intern begeleider).
    pub fn primary(self) -> bool {
        matches!(self, Self::Po | Self::So)
    }
}

/// "Ondersteuning": the kind of support question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Support {
    Behaviour,
    Disorder,
    Attitude,
    Learning,
    Gifted,
    Physical,
    SocialEmotional,
    NoSpecific,
}

impl Support {
    pub const ALL: [Self; 8] = [
        Self::Behaviour,
        Self::Disorder,
        Self::Attitude,
        Self::Learning,
        Self::Gifted,
        Self::Physical,
        Self::SocialEmotional,
        Self::NoSpecific,
    ];

    /// Behaviour in every form: the seed's source of negative emotions.
    pub fn behavioural(self) -> bool {
        matches!(self, Self::Behaviour | Self::Disorder | Self::Attitude)
    }
}

/// "Heeft te maken met".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Relations,
    Support,
    Work,
    System,
}

impl Theme {
    const ALL: [Self; 4] = [Self::Relations, Self::Support, Self::Work, Self::System];
}

/// How the experience went, as the teller sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Valence {
    Good,
    Mixed,
    Bad,
}

/// The hidden structure of one story.
#[derive(Clone, Debug)]
pub struct Latent {
    pub role: Role,
    pub school: School,
    /// Index into the twelve provinces of "Regio".
    pub region: usize,
    pub support: Support,
    pub theme: Theme,
    pub valence: Valence,
    /// The child the story is about.
    pub girl: bool,
    pub age: u32,
}

/// Provinces by rough share of pupils, in codebook order (tenths of %).
const REGION_WEIGHTS: [u32; 12] = [34, 38, 29, 68, 24, 120, 75, 165, 212, 22, 148, 65];

impl Latent {
    pub fn draw(rng: &mut Rng) -> Self {
        // Every weight list below has one weight per variant, and `pick`
        // returns an index into its list, so the `ALL[…]` lookups hold.
        let role = Role::ALL[pick(rng, &[38, 6, 26, 12, 7, 11])];
        let school = School::ALL[pick(rng, school_weights(role))];
        let region = pick(rng, &REGION_WEIGHTS);
        let support = Support::ALL[pick(rng, &support_weights(role, school))];
        let theme = Theme::ALL[pick(rng, theme_weights(role))];
        let valence = draw_valence(rng, theme, support);
        let girl = chance(rng, 380);
        let (low, high) = match school {
            School::Po => (5, 12),
            School::So => (5, 12),
            School::Vo => (12, 17),
            School::Vso => (12, 18),
            School::Mbo => (16, 20),
        };
        let age = low + rng.below((high - low + 1) as usize) as u32;
        Self {
            role,
            school,
            region,
            support,
            theme,
            valence,
            girl,
            age,
        }
    }
}

fn school_weights(role: Role) -> &'static [u32] {
    match role {
        Role::Parent => &[45, 8, 30, 7, 10],
        Role::Pupil => &[4, 2, 50, 14, 30],
        Role::Teacher => &[42, 8, 32, 7, 11],
        Role::Ib => &[62, 10, 20, 5, 3],
        Role::Director => &[55, 10, 25, 6, 4],
        Role::Outside => &[40, 10, 30, 10, 10],
    }
}

fn support_weights(role: Role, school: School) -> [u32; 8] {
    let mut weights = [17, 19, 8, 14, 8, 6, 14, 14];
    match school {
        School::So | School::Vso => {
            weights[0] += 10;
            weights[1] += 14;
        }
        School::Mbo => weights[2] += 8,
        School::Po => weights[3] += 4,
        School::Vo => weights[4] += 2,
    }
    if matches!(role, Role::Teacher | Role::Director) {
        // Work-situation stories often concern the class, not one pupil.
        weights[7] += 10;
    }
    weights
}

fn theme_weights(role: Role) -> &'static [u32] {
    match role {
        Role::Parent => &[8, 44, 6, 42],
        Role::Pupil => &[20, 45, 5, 30],
        Role::Teacher => &[8, 28, 38, 26],
        Role::Ib => &[6, 42, 24, 28],
        Role::Director => &[5, 30, 30, 35],
        Role::Outside => &[8, 38, 10, 44],
    }
}

fn draw_valence(rng: &mut Rng, theme: Theme, support: Support) -> Valence {
    // Per mille of Good and Mixed; the rest is Bad. Relation stories are
    // warm but rarely called an example of good education (the seed's
    // selection holds almost none).
    let (mut good, mixed) = match theme {
        Theme::Relations => (80, 620),
        Theme::Support => (430, 250),
        Theme::Work => (260, 270),
        Theme::System => (180, 200),
    };
    if support.behavioural() {
        good = good * 3 / 5;
    }
    one_of_three(
        rng,
        (good, mixed),
        [Valence::Good, Valence::Mixed, Valence::Bad],
    )
}
