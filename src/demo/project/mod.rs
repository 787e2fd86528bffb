//! The demo project: the demo survey with named selections and findings
//! grouped in the three perspectives of the seed appendix, so a new user
//! sees the whole workflow — selection, comparison, finding, perspective,
//! quoted story — in the first second.
//!
//! Every claim in the Dutch texts (`project/findings.rs`) is checked
//! against the computed charts by the integration tests
//! (`tests/project/demo.rs`), and every quote occurs verbatim in its story,
//! so changing the demo generator cannot silently make the texts untrue.

mod findings;

use super::DEMO_NAME;
use super::ids;
use crate::model::{Filter, Selections};
use crate::project::{FrozenSelection, Perspective, PerspectiveId, Project, SourceRef};

/// Name of the selection of stories rated 70 or more on "Voorbeeld van
/// goed onderwijs"; in the filter language
/// `"Voorbeeld van goed onderwijs" >= 70`.
pub const GOOD_EDUCATION: &str = "Voorbeeld van goed onderwijs ≥ 70";
/// Name of the selection of parents (`"Uw rolsoort" = "ouder/verzorger"`).
pub const PARENTS: &str = "Ouders";
/// Name of the selection of parents who rated their story 70 or more.
pub const PARENTS_GOOD_EDUCATION: &str = "Ouders, voorbeeld van goed onderwijs ≥ 70";

/// The baselines and selections the findings use, frozen from the named
/// selections.
struct Frozen {
    all: FrozenSelection,
    good: FrozenSelection,
    parents: FrozenSelection,
    parents_good: FrozenSelection,
}

fn good_education() -> Filter {
    Filter::slider_at_least(ids::VOORBEELD, 70.0)
}

fn parents() -> Filter {
    Filter::options(ids::ROLSOORT, ["ouder/verzorger"])
}

/// Adds a named selection and returns its frozen copy.
fn named(selections: &mut Selections, name: &str, filter: Filter) -> FrozenSelection {
    match selections.create_named(name, filter.clone()) {
        Ok(id) => FrozenSelection {
            name: name.to_owned(),
            filter,
            from: Some(id),
        },
        // The names above are distinct and non-empty, so creating cannot
        // fail; a detached copy would still show the same stories.
        Err(_) => FrozenSelection {
            name: name.to_owned(),
            filter,
            from: None,
        },
    }
}

/// The demo project on the demo survey: same content on every run.
pub fn demo_project() -> Project {
    let mut project = Project::new(DEMO_NAME, SourceRef::Demo);
    let frozen = Frozen {
        all: FrozenSelection::all(crate::i18n::Language::Dutch),
        good: named(&mut project.selections, GOOD_EDUCATION, good_education()),
        parents: named(&mut project.selections, PARENTS, parents()),
        parents_good: named(
            &mut project.selections,
            PARENTS_GOOD_EDUCATION,
            parents().and(good_education()),
        ),
    };
    project.findings = findings::findings(&frozen);
    let ids_of = |range: std::ops::RangeInclusive<u32>| {
        range.map(crate::project::FindingId).collect::<Vec<_>>()
    };
    project.perspectives = vec![
        Perspective {
            id: PerspectiveId(1),
            title: "Relaties en nabijheid zijn de basis voor passend onderwijs".into(),
            introduction: INTRO_RELATIONS.into(),
            findings: ids_of(1..=4).into_iter().chain(ids_of(10..=10)).collect(),
        },
        Perspective {
            id: PerspectiveId(2),
            title: "De school is aan zet".into(),
            introduction: INTRO_SCHOOL.into(),
            findings: ids_of(5..=7),
        },
        Perspective {
            id: PerspectiveId(3),
            title: "Ouders als educatief partner".into(),
            introduction: INTRO_PARENTS.into(),
            findings: ids_of(8..=9),
        },
    ];
    project
}

const INTRO_RELATIONS: &str = "In dit perspectief kijken we naar wat er dicht bij het kind \
gebeurt: wie er betrokken zijn, welke ondersteuning er komt en hoe dat voelt. De vraag is of \
goede ervaringen vooral ontstaan waar mensen het kind kennen en elkaar weten te vinden. Vier \
grafieken en de woorden van de verhalen zelf veranderen sterk als we alleen de verhalen nemen die \
de vertellers zelf een voorbeeld van goed onderwijs noemen (70 of hoger op de schuifvraag).";

const INTRO_SCHOOL: &str = "Hier staat de school als organisatie centraal: leraren, intern \
begeleiders en de schooldirectie, en hun verhouding tot het systeem daarboven. We leggen alle \
verhalen naast de verhalen over goed onderwijs om te zien waar de school het verschil maakt en \
waar het systeem toch het laatste woord houdt.";

const INTRO_PARENTS: &str = "In dit perspectief kijken we door de ogen van ouders en \
verzorgers, de grootste groep vertellers. Welke mensen noemen zij als grootste invloed, en \
verandert dat als het om een goede ervaring gaat? Daarvoor vergelijken we ook alle ouders met \
de ouders die hun eigen ervaring een voorbeeld van goed onderwijs vinden.";
