//! The patterns of `framework-passend-onderwijs.md`, in the whole set and
//! in the selection "Voorbeeld van goed onderwijs ≥ 0.70", checked with
//! adjusted standardized residuals (|z| ≥ 1.96 is what the app flags).

use super::*;

// Option indices (codebook order).
const PARENT: usize = 0;
const TEACHER_ROLE: usize = 2;
const SCHOOL_ROLES: [usize; 3] = [2, 3, 4];
const ME: usize = 0;
const TEACHERS: usize = 1;
const IB: usize = 2;
const DIRECTION: usize = 5;
const PARTNERSHIP: usize = 6;
const GOVERNMENT: usize = 7;
const RELATIONS: usize = 0;
const SUPPORT: usize = 1;
const WORK: usize = 2;
const SYSTEM: usize = 3;
const TEVREDENHEID: usize = 0;
const HOOP: usize = 1;
const TELEURSTELLING: usize = 5;
const HOPELOOSHEID: usize = 6;
const FRUSTRATIE: usize = 8;
const ONMACHT: usize = 10;
const FIRST_NEGATIVE: usize = 5;
const BEHAVIOURAL: [usize; 3] = [0, 1, 2];

struct Fixture {
    data: Dataset,
    all: Vec<bool>,
    good: Vec<bool>,
}

fn fixture() -> Fixture {
    let data = demo_dataset();
    let good = good_selection(&data);
    Fixture {
        all: vec![true; data.len()],
        good,
        data,
    }
}

fn influence_pairs(f: &Fixture, keep: &[bool]) -> Vec<Vec<f64>> {
    let first = single(&f.data, ids::GROOTSTE_INVLOED_1);
    let second = single(&f.data, ids::GROOTSTE_INVLOED_2);
    crosstab(&first, &second, keep, (9, 9))
}

fn mean_manner(f: &Fixture, theme: usize) -> f64 {
    let themes = single(&f.data, ids::HEEFT_TE_MAKEN_MET);
    let values: Vec<f64> = slider(&f.data, ids::MANIER)
        .iter()
        .zip(&themes)
        .filter(|(_, t)| **t == Some(theme))
        .filter_map(|(v, _)| *v)
        .collect();
    values.iter().sum::<f64>() / values.len() as f64
}

#[test]
fn behaviour_questions_carry_the_negative_emotions() {
    let f = fixture();
    let support = single(&f.data, ids::ONDERSTEUNING);
    let feelings = emotions(&f.data);
    // Each emotion as its own 2×8 table (chosen or not × support type), as
    // the app tests a multi-choice question.
    for emotion in [FRUSTRATIE, ONMACHT] {
        let chosen: Vec<Option<usize>> = feelings
            .iter()
            .map(|e| Some(usize::from(e.contains(&emotion))))
            .collect();
        let z = residuals(&crosstab(&chosen, &support, &f.all, (2, 8)));
        for s in BEHAVIOURAL {
            assert!(
                z[1][s] >= 1.96,
                "support {s} × emotion {emotion}: z = {:.2}",
                z[1][s]
            );
        }
    }
    // Any negative emotion × behaviour question or not.
    let negative: Vec<Option<usize>> = feelings
        .iter()
        .map(|e| Some(usize::from(e.iter().any(|&e| e >= FIRST_NEGATIVE))))
        .collect();
    let behavioural: Vec<Option<usize>> = support
        .iter()
        .map(|s| s.map(|s| usize::from(BEHAVIOURAL.contains(&s))))
        .collect();
    let z = residuals(&crosstab(&negative, &behavioural, &f.all, (2, 2)));
    assert!(z[1][1] >= 1.96, "behaviour × negative: z = {:.2}", z[1][1]);
    // And most negative mentions come from behaviour questions.
    let mentions = |wanted: usize| -> usize {
        feelings
            .iter()
            .zip(&behavioural)
            .filter(|(_, b)| **b == Some(wanted))
            .map(|(e, _)| e.iter().filter(|&&e| e >= FIRST_NEGATIVE).count())
            .sum()
    };
    assert!(
        mentions(1) > mentions(0),
        "{} vs {}",
        mentions(1),
        mentions(0)
    );
}

#[test]
fn relations_and_support_are_rated_better_than_work_and_system() {
    let f = fixture();
    let [relations, support, work, system] =
        [RELATIONS, SUPPORT, WORK, SYSTEM].map(|t| mean_manner(&f, t));
    assert!(
        relations - system >= 0.2,
        "relaties {relations:.3} vs systeem {system:.3}"
    );
    assert!(
        support - work >= 0.08 && support - system >= 0.2,
        "{support} {work} {system}"
    );
    assert!(relations > work);
}

#[test]
fn teachers_go_with_ib_and_with_management() {
    let f = fixture();
    let z = residuals(&influence_pairs(&f, &f.all));
    assert!(
        z[TEACHERS][IB] >= 1.96,
        "leraren × IB: {:.2}",
        z[TEACHERS][IB]
    );
    assert!(
        z[TEACHERS][DIRECTION] >= 1.96,
        "leraren × directie: {:.2}",
        z[TEACHERS][DIRECTION]
    );
}

#[test]
fn parents_name_the_ib_school_staff_the_government() {
    let f = fixture();
    let role = single(&f.data, ids::ROLSOORT);
    let second = single(&f.data, ids::GROOTSTE_INVLOED_2);
    let z = residuals(&crosstab(&role, &second, &f.all, (6, 9)));
    assert!(z[PARENT][IB] >= 1.96, "ouders × IB: {:.2}", z[PARENT][IB]);
    assert!(
        z[PARENT][GOVERNMENT] <= -1.96,
        "ouders × overheid: {:.2}",
        z[PARENT][GOVERNMENT]
    );
    assert!(z[TEACHER_ROLE][GOVERNMENT] >= 1.96);
    // School professionals together (leraar, IB, directie) as one row.
    let staff: Vec<Option<usize>> = role
        .iter()
        .map(|r| r.map(|r| usize::from(SCHOOL_ROLES.contains(&r))))
        .collect();
    let z = residuals(&crosstab(&staff, &second, &f.all, (2, 9)));
    assert!(
        z[1][GOVERNMENT] >= 1.96,
        "school staff × overheid: {:.2}",
        z[1][GOVERNMENT]
    );
}

#[test]
fn the_system_means_negative_consequences_rated_unacceptable() {
    let f = fixture();
    let theme = single(&f.data, ids::HEEFT_TE_MAKEN_MET);
    let consequence = single(&f.data, ids::GEVOLGEN);
    let table = crosstab(&theme, &consequence, &f.all, (4, 5));
    let z = residuals(&table);
    assert!(
        z[SYSTEM][0] >= 1.96 && z[SYSTEM][1] >= 1.96,
        "{:?}",
        z[SYSTEM]
    );
    let negative_share = (table[SYSTEM][0] + table[SYSTEM][1]) / table[SYSTEM].iter().sum::<f64>();
    assert!(negative_share > 0.6, "{negative_share}");
    assert!(mean_manner(&f, SYSTEM) < 0.35);
}

#[test]
fn the_good_selection_holds_a_quarter_and_hardly_any_relations() {
    let f = fixture();
    let size = f.good.iter().filter(|&&g| g).count();
    assert!((400..=600).contains(&size), "selection of {size}");
    let theme = single(&f.data, ids::HEEFT_TE_MAKEN_MET);
    let relations = (0..f.data.len())
        .filter(|&r| f.good[r] && theme[r] == Some(RELATIONS))
        .count();
    assert!(
        relations < 20,
        "{relations} relation stories would be shown"
    );
}

#[test]
fn satisfaction_leads_in_the_good_selection() {
    let f = fixture();
    let support = single(&f.data, ids::ONDERSTEUNING);
    let feelings = emotions(&f.data);
    let mut total = [0usize; 12];
    for s in 0..8 {
        let mut counts = [0usize; 12];
        for row in (0..f.data.len()).filter(|&r| f.good[r] && support[r] == Some(s)) {
            for &e in &feelings[row] {
                counts[e] += 1;
                total[e] += 1;
            }
        }
        let best = counts
            .iter()
            .enumerate()
            .filter(|&(e, _)| e != TEVREDENHEID);
        let runner_up = best.map(|(_, &c)| c).max().unwrap_or(0);
        assert!(counts[TEVREDENHEID] > runner_up, "support {s}: {counts:?}");
    }
    let mut ranked: Vec<usize> = (0..12).collect();
    ranked.sort_by_key(|&e| std::cmp::Reverse(total[e]));
    assert_eq!(&ranked[..2], &[TEVREDENHEID, HOOP], "{total:?}");
    assert!(
        total[HOPELOOSHEID] >= 5 && total[TELEURSTELLING] >= 5,
        "{total:?}"
    );
}

#[test]
fn me_and_teachers_become_the_strongest_pair() {
    let f = fixture();
    let selection = residuals(&influence_pairs(&f, &f.good));
    let whole = residuals(&influence_pairs(&f, &f.all));
    let strongest = selection[ME][TEACHERS];
    assert!(strongest >= 1.96);
    for (i, row) in selection.iter().enumerate() {
        for (j, &z) in row.iter().enumerate() {
            assert!(
                (i, j) == (ME, TEACHERS) || z < strongest,
                "({i}, {j}): {z:.2}"
            );
        }
    }
    assert!(
        whole[ME][TEACHERS] < strongest - 3.0,
        "whole set {:.2}",
        whole[ME][TEACHERS]
    );
}

#[test]
fn far_influences_fade_in_the_good_selection() {
    let f = fixture();
    let pairs = influence_pairs(&f, &f.good);
    let whole = influence_pairs(&f, &f.all);
    let mentions = |t: &[Vec<f64>], option: usize| -> f64 {
        t[option].iter().sum::<f64>() + t.iter().map(|row| row[option]).sum::<f64>()
    };
    let size: f64 = pairs.iter().flatten().sum();
    let far = mentions(&pairs, PARTNERSHIP) + mentions(&pairs, GOVERNMENT);
    assert!(far / size < 0.02, "samenwerkingsverband/overheid {far}");
    let direction_now = mentions(&pairs, DIRECTION) / size;
    let direction_before = mentions(&whole, DIRECTION) / whole.iter().flatten().sum::<f64>();
    assert!(direction_now < 0.03 && direction_now < direction_before / 4.0);
    // Neither parents nor school staff name the government.
    let role = single(&f.data, ids::ROLSOORT);
    let second = single(&f.data, ids::GROOTSTE_INVLOED_2);
    let table = crosstab(&role, &second, &f.good, (6, 9));
    let government: f64 = [PARENT, 2, 3, 4]
        .iter()
        .map(|&r| table[r][GOVERNMENT])
        .sum();
    assert!(government <= 1.0, "{government}");
}

#[test]
fn good_consequences_go_with_support_bad_ones_with_the_system() {
    let f = fixture();
    let theme = single(&f.data, ids::HEEFT_TE_MAKEN_MET);
    let consequence = single(&f.data, ids::GEVOLGEN);
    let table = crosstab(&theme, &consequence, &f.good, (4, 5));
    let column_max = |levels: [usize; 2]| -> usize {
        (0..4)
            .max_by(|&a, &b| {
                let sum = |t: usize| table[t][levels[0]] + table[t][levels[1]];
                sum(a).total_cmp(&sum(b))
            })
            .unwrap_or(RELATIONS)
    };
    assert_eq!(column_max([3, 4]), SUPPORT, "{table:?}");
    assert_eq!(column_max([0, 1]), SYSTEM, "{table:?}");
    let z = residuals(&table);
    assert!(
        z[SYSTEM][0] >= 1.96 && z[SYSTEM][1] >= 1.96,
        "{:?}",
        z[SYSTEM]
    );
}

#[test]
fn roles_close_to_the_child_rate_education_better() {
    let f = fixture();
    let second = single(&f.data, ids::GROOTSTE_INVLOED_2);
    let example = slider(&f.data, ids::VOORBEELD);
    let mean = |close: bool| -> f64 {
        let values: Vec<f64> = second
            .iter()
            .zip(&example)
            .filter(|(s, _)| s.is_some_and(|s| (s <= 4) == close))
            .filter_map(|(_, v)| *v)
            .collect();
        values.iter().sum::<f64>() / values.len() as f64
    };
    assert!(
        mean(true) > mean(false) + 0.15,
        "{} vs {}",
        mean(true),
        mean(false)
    );
}

/// Prints the key numbers of the planted patterns:
/// `cargo test --lib demo::tests::patterns::report -- --ignored --nocapture`.
#[test]
#[ignore]
fn report() {
    let f = fixture();
    let theme = single(&f.data, ids::HEEFT_TE_MAKEN_MET);
    let size = f.good.iter().filter(|&&g| g).count();
    let relations = (0..f.data.len())
        .filter(|&r| f.good[r] && theme[r] == Some(RELATIONS))
        .count();
    println!("selection {size}, relaties in it {relations}");
    let manner = [RELATIONS, SUPPORT, WORK, SYSTEM].map(|t| mean_manner(&f, t));
    println!("De manier waarop per theme: {manner:.3?}");
    let whole = residuals(&influence_pairs(&f, &f.all));
    let selection = residuals(&influence_pairs(&f, &f.good));
    println!(
        "whole: leraren×IB {:.1}, leraren×directie {:.1}, ik zelf×leraren {:.1}; selection: ik zelf×leraren {:.1}",
        whole[TEACHERS][IB],
        whole[TEACHERS][DIRECTION],
        whole[ME][TEACHERS],
        selection[ME][TEACHERS]
    );
    let role = single(&f.data, ids::ROLSOORT);
    let second = single(&f.data, ids::GROOTSTE_INVLOED_2);
    let z = residuals(&crosstab(&role, &second, &f.all, (6, 9)));
    println!(
        "rol × invloed 2: ouders×IB {:.1}, ouders×overheid {:.1}, leraar×overheid {:.1}",
        z[PARENT][IB], z[PARENT][GOVERNMENT], z[TEACHER_ROLE][GOVERNMENT]
    );
    let consequence = single(&f.data, ids::GEVOLGEN);
    let z = residuals(&crosstab(&theme, &consequence, &f.all, (4, 5)));
    let zs = residuals(&crosstab(&theme, &consequence, &f.good, (4, 5)));
    println!(
        "systeem × zeer negatief: whole {:.1}, selection {:.1}",
        z[SYSTEM][0], zs[SYSTEM][0]
    );
}
