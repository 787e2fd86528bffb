//! Titles and story texts composed from sentence templates.
//!
//! A [`Voice`] fixes, per story, how the teller refers to the child, the
//! school and the people around it (`{kind}`, `{hij}`, `{ib}`, …). The
//! templates in `story_start`, `story_middle` and `story_end` use those
//! tokens; `{Hij}` capitalises the value. Sentences with the child as
//! subject are in the past tense or use a modal verb, where Dutch first and
//! third person agree, so the same template serves a pupil telling about
//! themselves ("ik kreeg") and a parent telling about a son ("hij kreeg").

use super::Rng;
use super::answers::Answers;
use super::latent::{Latent, Role, School, chance, one_of};
use super::{story_end as end, story_middle as middle, story_start as start};

/// Longest story, in words; the required sentences alone make at least 40.
pub const MAX_WORDS: usize = 250;

/// Token values of one story.
struct Voice {
    values: Vec<(&'static str, String)>,
}

impl Voice {
    fn new(rng: &mut Rng, latent: &Latent) -> Self {
        let mut values = child_values(rng, latent);
        let placeholders = chance(rng, 450);
        values.extend(place_values(rng, latent, placeholders));
        values.extend(people_values(rng, latent));
        values.extend([
            ("diagnose", one_of(rng, start::DIAGNOSES).into()),
            ("klas", (22 + rng.below(11)).to_string()),
            (
                "zorg",
                one_of(rng, &["drie", "vier", "vijf", "zes", "zeven"]).into(),
            ),
            ("duur", one_of(rng, start::DURATIONS).into()),
            ("jaren", one_of(rng, start::YEARS).into()),
        ]);
        Self { values }
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Appends `template` with its tokens replaced.
    fn render(&self, template: &str, out: &mut String) {
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                out.push_str(&rest[open..]);
                return;
            };
            let key = &after[..close];
            let capital = key.starts_with(|c: char| c.is_ascii_uppercase());
            let Some(value) = self.get(&key.to_ascii_lowercase()) else {
                // Unknown tokens stay visible, so the tests catch them.
                out.push_str(&rest[open..open + close + 2]);
                rest = &after[close + 1..];
                continue;
            };
            if capital {
                let mut chars = value.chars();
                if let Some(first) = chars.next() {
                    out.extend(first.to_uppercase());
                    out.push_str(chars.as_str());
                }
            } else {
                out.push_str(value);
            }
            rest = &after[close + 1..];
        }
        out.push_str(rest);
    }

    fn sentence(&self, rng: &mut Rng, templates: &[&str]) -> String {
        let mut out = String::new();
        self.render(one_of(rng, templates), &mut out);
        out
    }
}

type Values = Vec<(&'static str, String)>;

/// How the child is named: a pupil tells about themselves.
fn child_values(rng: &mut Rng, latent: &Latent) -> Values {
    let girl = latent.girl;
    let pupil = latent.role == Role::Pupil;
    let person = |me: &str, she: &str, he: &str| -> String {
        (if pupil {
            me
        } else if girl {
            she
        } else {
            he
        })
        .to_string()
    };
    let kind = match latent.role {
        Role::Pupil => "ik".to_string(),
        Role::Parent => {
            let owner = one_of(rng, &["onze", "onze", "mijn"]);
            format!("{owner} {}", if girl { "dochter" } else { "zoon" })
        }
        _ => (if girl { "dit meisje" } else { "deze jongen" }).to_string(),
    };
    // Clamped to the table's range, so the lookups below cannot fail.
    let groep = match latent.school {
        School::Po | School::So => format!("groep {}", latent.age.saturating_sub(4).clamp(1, 8)),
        School::Vo | School::Vso => {
            let year = latent.age.saturating_sub(11).clamp(1, 6) as usize;
            format!("de {} klas", ORDINALS[year - 1])
        }
        School::Mbo => {
            let year = latent.age.saturating_sub(15).clamp(1, 4) as usize;
            format!("het {} jaar", ORDINALS[year - 1])
        }
    };
    vec![
        ("kind", kind),
        ("hij", person("ik", "zij", "hij")),
        ("zijn", person("mijn", "haar", "zijn")),
        ("hem", person("mij", "haar", "hem")),
        ("zich", person("me", "zich", "zich")),
        ("jongen", (if girl { "meisje" } else { "jongen" }).into()),
        ("leeftijd", latent.age.to_string()),
        ("groep", groep),
    ]
}

/// Where it happened; with `placeholders`, the school and town appear as
/// `[naam school]` and `[plaats]`, as in a redacted export.
fn place_values(rng: &mut Rng, latent: &Latent, placeholders: bool) -> Values {
    let school = match latent.school {
        School::Po => "een basisschool",
        School::So => "een school voor speciaal onderwijs",
        School::Vo => one_of(
            rng,
            &["een middelbare school", "een school voor vmbo en havo"],
        ),
        School::Vso => "een school voor voortgezet speciaal onderwijs",
        School::Mbo => "een mbo-school",
    };
    let waar = if placeholders {
        one_of(
            rng,
            &[
                "op [naam school] in [plaats]",
                "op [naam school]",
                "op [naam school] te [plaats]",
            ],
        )
        .to_string()
    } else if matches!(latent.role, Role::Teacher | Role::Ib | Role::Director) && chance(rng, 500) {
        "op onze school".to_string()
    } else {
        format!("op {school}")
    };
    let in_plaats = if placeholders && chance(rng, 600) {
        "in [plaats]"
    } else {
        one_of(
            rng,
            &["in onze regio", "in de regio", "bij ons in de buurt"],
        )
    };
    vec![("waar", waar), ("in_plaats", in_plaats.into())]
}

/// The people around the child, seen from the teller's role: a teacher
/// speaks of "mijn collega's en ik", an IB of "ik".
fn people_values(rng: &mut Rng, latent: &Latent) -> Values {
    let primary = latent.school.primary();
    let ib = match latent.role {
        Role::Ib => "ik",
        _ if primary => "de intern begeleider",
        _ => "de zorgcoördinator",
    };
    let leraar = match latent.role {
        Role::Teacher => "ik",
        _ if latent.school == School::Po => one_of(rng, &["de juf", "de meester", "de leerkracht"]),
        _ if primary => "de leerkracht",
        _ => "de mentor",
    };
    let leraren = match latent.role {
        Role::Teacher => "mijn collega's en ik",
        Role::Pupil if primary => "mijn juffen en meesters",
        Role::Pupil => "mijn docenten",
        _ if primary => "de leerkrachten",
        _ => "de docenten",
    };
    let (ouders, ons) = match latent.role {
        Role::Parent => ("wij als ouders", "ons"),
        Role::Pupil => ("mijn ouders", "mijn ouders"),
        _ => ("de ouders", "de ouders"),
    };
    let directie = match latent.role {
        Role::Director => "ik",
        _ => one_of(rng, &["de directie", "de directeur", "de schoolleiding"]),
    };
    let ik_als = match latent.role {
        Role::Parent => "als ouder",
        Role::Pupil => "als leerling",
        Role::Teacher if primary => "als leerkracht",
        Role::Teacher => "als docent",
        Role::Ib if primary => "als intern begeleider",
        Role::Ib => "als zorgcoördinator",
        Role::Director => one_of(rng, &["als directeur", "als schoolleider"]),
        Role::Outside => one_of(rng, OUTSIDE_JOBS),
    };
    // The people at school the teller talks with (never the teller).
    let partners = match latent.role {
        Role::Parent | Role::Pupil => format!("{leraar} en {ib}"),
        Role::Teacher => format!("{ib} en de ouders"),
        Role::Ib if primary => "de leerkracht en de ouders".to_string(),
        Role::Ib => "de mentor en de ouders".to_string(),
        Role::Director | Role::Outside => format!("{leraar}, {ib} en de ouders"),
    };
    let leraar_obj = if leraar == "ik" { "mij" } else { leraar };
    vec![
        ("ib", ib.into()),
        ("leraar_obj", leraar_obj.into()),
        ("leraren", leraren.into()),
        ("ouders", ouders.into()),
        ("ons", ons.into()),
        ("directie", directie.into()),
        ("ik_als", ik_als.into()),
        ("gesprekspartners", partners),
    ]
}

const OUTSIDE_JOBS: &[&str] = &[
    "als ambulant begeleider",
    "als jeugdconsulent",
    "als orthopedagoog",
    "als leerplichtambtenaar",
    "als schoolmaatschappelijk werker",
];

const ORDINALS: [&str; 6] = ["eerste", "tweede", "derde", "vierde", "vijfde", "zesde"];

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The title and the story text of one story.
pub fn compose(rng: &mut Rng, latent: &Latent, answers: &Answers) -> (String, String) {
    let voice = Voice::new(rng, latent);
    let mut title = String::new();
    voice.render(&end::title(rng, latent), &mut title);

    // Every candidate sentence is drawn first, in a fixed order, so the
    // random stream does not depend on which ones end up in the story.
    let opening = voice.sentence(rng, start::opening(latent.role));
    let intro = match latent.role {
        Role::Parent | Role::Pupil => String::new(),
        _ => voice.sentence(rng, start::CHILD_INTRO),
    };
    let situation = voice.sentence(rng, start::situation(latent.support));
    let situation_more = voice.sentence(rng, start::situation_more(latent.support));
    let development = voice.sentence(rng, middle::development(latent.theme, latent.valence));
    let development_more = voice.sentence(rng, middle::development_more(latent.theme));
    let [first, second] = answers.influence;
    let (first_good, second_good) = middle::actor_tone(latent.valence);
    let actor1 = voice.sentence(rng, middle::actor(first, latent.role, first_good));
    let actor2 = voice.sentence(rng, middle::actor(second, latent.role, second_good));
    let process = voice.sentence(rng, middle::PROCESS);
    let consequence = voice.sentence(rng, end::consequence(answers.consequence, latent.valence));
    let feeling = voice.sentence(rng, end::feeling(answers.main_emotion()));
    let closing = voice.sentence(rng, end::closing(latent, answers.manner));

    let target = 45 + rng.below(50) + if chance(rng, 330) { rng.below(150) } else { 0 };
    // Narrative order; `true` marks the sentences every story has.
    let mut parts: [(&str, bool); 12] = [
        (&opening, true),
        (&intro, true),
        (&situation, true),
        (&situation_more, false),
        (&development, true),
        (&development_more, false),
        (&actor1, false),
        (&actor2, false),
        (&process, false),
        (&consequence, true),
        (&feeling, false),
        (&closing, false),
    ];
    // Optional sentences (indices into `parts`) in the order they are added
    // until the target length is met; none may push the story past the
    // maximum.
    const OPTIONAL: [usize; 7] = [6, 10, 11, 7, 3, 5, 8];
    let mut count: usize = parts.iter().filter(|p| p.1).map(|p| words(p.0)).sum();
    for index in OPTIONAL {
        let Some(part) = parts.get_mut(index) else {
            continue;
        };
        let added = words(part.0);
        if count < target && count + added <= MAX_WORDS {
            part.1 = true;
            count += added;
        }
    }
    let text = parts
        .iter()
        .filter(|p| p.1 && !p.0.is_empty())
        .map(|p| p.0)
        .collect::<Vec<_>>()
        .join(" ");
    (title, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_follow_the_teller_and_unknown_ones_stay_visible() {
        let voice = Voice {
            values: vec![("hij", "ik".into()), ("zijn", "mijn".into())],
        };
        let mut out = String::new();
        voice.render("{Hij} zag {zijn} kans, {onbekend} niet.", &mut out);
        assert_eq!(out, "Ik zag mijn kans, {onbekend} niet.");
    }
}
