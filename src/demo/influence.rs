//! "Grootste invloed 1 × 2": who the teller names as most influential.
//!
//! Pairs are drawn from weighted tables per role group, one for stories the
//! teller rates as an example of good education (people close to the child)
//! and one for the rest (school management, the partnership, government),
//! plus some noise. The tables carry the seed's patterns: teachers with the
//! IB and with management overall; parents naming the IB, school staff the
//! government; "ik zelf × leraren" in good education.

use super::Rng;
use super::latent::{Latent, RoleGroup, chance, pick};

/// Options of "Grootste invloed", in codebook order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Influence {
    Me,
    Teachers,
    Ib,
    Pupil,
    Parents,
    Direction,
    Partnership,
    Government,
    YouthCare,
}

impl Influence {
    pub const ALL: [Self; 9] = [
        Self::Me,
        Self::Teachers,
        Self::Ib,
        Self::Pupil,
        Self::Parents,
        Self::Direction,
        Self::Partnership,
        Self::Government,
        Self::YouthCare,
    ];
}

use Influence::{
    Direction as Dir, Government as Gov, Ib, Me, Parents as Par, Partnership as Swv, Pupil as Pup,
    Teachers as Tea, YouthCare as Yth,
};

type Table = &'static [(Influence, Influence, u32)];

const GOOD_PARENT: Table = &[
    (Me, Tea, 44),
    (Tea, Ib, 12),
    (Tea, Pup, 9),
    (Ib, Par, 5),
    (Ib, Pup, 5),
    (Tea, Par, 4),
    (Par, Ib, 3),
    (Yth, Tea, 2),
    (Pup, Tea, 2),
    (Me, Ib, 2),
];

const GOOD_PUPIL: Table = &[
    (Me, Tea, 46),
    (Tea, Par, 12),
    (Tea, Ib, 8),
    (Par, Ib, 6),
    (Tea, Pup, 6),
    (Ib, Par, 4),
];

const GOOD_SCHOOL: Table = &[
    (Me, Tea, 36),
    (Tea, Pup, 14),
    (Tea, Ib, 12),
    (Ib, Par, 6),
    (Tea, Par, 7),
    (Pup, Par, 4),
    (Par, Ib, 4),
    (Ib, Pup, 4),
    (Me, Par, 3),
    (Dir, Tea, 1),
];

const GOOD_OUTSIDE: Table = &[
    (Me, Tea, 32),
    (Tea, Ib, 12),
    (Ib, Par, 8),
    (Tea, Pup, 8),
    (Yth, Ib, 6),
    (Par, Ib, 6),
    (Tea, Par, 5),
    (Me, Ib, 3),
];

const BAD_PARENT: Table = &[
    (Tea, Ib, 16),
    (Me, Ib, 14),
    (Dir, Ib, 6),
    (Tea, Dir, 10),
    (Ib, Dir, 8),
    (Me, Swv, 10),
    (Ib, Swv, 8),
    (Me, Yth, 7),
    (Swv, Yth, 6),
    (Me, Dir, 6),
    (Yth, Ib, 4),
    (Swv, Gov, 3),
    (Me, Gov, 2),
    (Par, Tea, 3),
    (Ib, Tea, 6),
    (Dir, Tea, 3),
];

const BAD_PUPIL: Table = &[
    (Tea, Dir, 20),
    (Tea, Ib, 15),
    (Par, Tea, 10),
    (Me, Par, 12),
    (Me, Dir, 10),
    (Par, Dir, 8),
    (Tea, Par, 8),
];

const BAD_SCHOOL: Table = &[
    (Tea, Dir, 16),
    (Me, Gov, 14),
    (Swv, Gov, 12),
    (Dir, Gov, 10),
    (Me, Dir, 10),
    (Tea, Ib, 10),
    (Me, Swv, 8),
    (Ib, Swv, 6),
    (Tea, Gov, 6),
    (Pup, Par, 4),
    (Par, Tea, 4),
    (Dir, Tea, 6),
    (Ib, Tea, 4),
];

const BAD_OUTSIDE: Table = &[
    (Swv, Yth, 14),
    (Yth, Gov, 10),
    (Dir, Swv, 12),
    (Tea, Ib, 12),
    (Me, Swv, 10),
    (Me, Dir, 8),
    (Tea, Dir, 8),
    (Par, Tea, 6),
    (Swv, Gov, 8),
    (Yth, Tea, 4),
    (Ib, Tea, 4),
];

/// Noise: any option, roughly as often as the tables name it.
const ANY: [u32; 9] = [20, 20, 12, 6, 8, 10, 8, 8, 8];
/// Noise in good-education stories: only people close to the child, and the
/// youth services that work with them.
const CLOSE: [u32; 9] = [10, 16, 12, 8, 8, 0, 0, 0, 6];

/// Draws "Grootste invloed 1" and "… 2" (always different).
pub fn draw_pair(rng: &mut Rng, latent: &Latent, good_example: bool) -> [Influence; 2] {
    let noise = if good_example { 80 } else { 130 };
    if chance(rng, noise) {
        let weights = if good_example { &CLOSE } else { &ANY };
        // Both lists weigh all nine options and give several of them a
        // weight, so `pick` stays in range and the loop ends.
        let first = pick(rng, weights);
        let mut second = pick(rng, weights);
        while second == first {
            second = pick(rng, weights);
        }
        return [Influence::ALL[first], Influence::ALL[second]];
    }
    let table = match (latent.role.group(), good_example) {
        (RoleGroup::Parent, true) => GOOD_PARENT,
        (RoleGroup::Pupil, true) => GOOD_PUPIL,
        (RoleGroup::SchoolPro, true) => GOOD_SCHOOL,
        (RoleGroup::Outside, true) => GOOD_OUTSIDE,
        (RoleGroup::Parent, false) => BAD_PARENT,
        (RoleGroup::Pupil, false) => BAD_PUPIL,
        (RoleGroup::SchoolPro, false) => BAD_SCHOOL,
        (RoleGroup::Outside, false) => BAD_OUTSIDE,
    };
    let weights: Vec<u32> = table.iter().map(|&(_, _, w)| w).collect();
    // `pick` returns an index into `weights`, which has the table's length.
    let (first, second, _) = table[pick(rng, &weights)];
    [first, second]
}
