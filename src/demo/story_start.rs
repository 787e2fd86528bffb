//! Sentence templates for the start of a story: who tells, about which
//! child, and what the support question is. Tokens are explained in
//! [`super::texts`]. Written for this demo; no sentence comes from the seed.

use super::latent::{Role, Support};

pub const DIAGNOSES: &[&str] = &[
    "autisme",
    "ADHD",
    "ADD",
    "een autismespectrumstoornis",
    "PDD-NOS",
    "een angststoornis",
    "ODD",
    "een hechtingsstoornis",
    "ADHD en dyslexie",
];

pub const DURATIONS: &[&str] = &[
    "drie weken",
    "vijf weken",
    "twee maanden",
    "bijna drie maanden",
    "een half jaar",
    "ruim vier maanden",
];

pub const YEARS: &[&str] = &[
    "al vier jaar",
    "ruim zes jaar",
    "al twaalf jaar",
    "sinds twee jaar",
    "al bijna twintig jaar",
    "inmiddels acht jaar",
];

const PARENT: &[&str] = &[
    "{Kind} ({leeftijd}) zit in {groep} {waar}.",
    "{Kind} is {leeftijd} jaar en zit in {groep} {waar}.",
    "Ik wil iets vertellen over {kind}, nu {leeftijd} jaar, die in {groep} zit {waar}.",
    "Als ouder van een {jongen} van {leeftijd} heb ik de afgelopen jaren heel wat meegemaakt {waar}.",
    "Dit gaat over {kind} van {leeftijd}, leerling in {groep} {waar}.",
    "Wij hebben een {jongen} van {leeftijd}; {hij} zit in {groep} {waar}.",
    "Onze {jongen} is {leeftijd} en zit in {groep} {waar}, een flink stuk fietsen van huis.",
];

const PUPIL: &[&str] = &[
    "Ik ben {leeftijd} jaar en zit in {groep} {waar}.",
    "Ik zit in {groep} {waar} en ik wil graag vertellen hoe het bij mij ging.",
    "Mijn verhaal gaat over mijn tijd in {groep} {waar}.",
    "Ik ben een {jongen} van {leeftijd} en zit nu in {groep} {waar}.",
    "Ik ben {leeftijd}, zit {waar} en wil laten weten hoe het daar voor mij ging.",
];

const TEACHER: &[&str] = &[
    "Ik werk {jaren} {ik_als} {waar}.",
    "{Ik_als} {waar} sta ik dit jaar voor een klas van {klas} leerlingen.",
    "Dit schooljaar heb ik een klas van {klas} leerlingen {waar}.",
    "Ik geef {jaren} les {waar}, en elk jaar wordt de groep diverser.",
    "{Ik_als} {waar} merk ik elke dag hoe verschillend kinderen zijn.",
];

const IB: &[&str] = &[
    "{Ik_als} {waar} ben ik vaak de schakel tussen ouders, leraren en hulp van buiten.",
    "Ik werk {jaren} {ik_als} {waar}.",
    "In mijn werk {ik_als} {waar} zie ik veel leerlingen met een extra vraag voorbijkomen.",
    "{Ik_als} {waar} zit ik wekelijks met ouders en collega's om tafel.",
];

const DIRECTOR: &[&str] = &[
    "Ik ben {jaren} schoolleider {waar}.",
    "{Ik_als} {waar} probeer ik ruimte te maken voor leraren die meer willen doen dan het gemiddelde.",
    "Ik geef {jaren} leiding {waar}, en passend onderwijs staat bij ons elke week op de agenda.",
    "{Ik_als} {waar} zie ik wat passend onderwijs vraagt van het team, en van de begroting.",
];

const OUTSIDE: &[&str] = &[
    "Ik werk {ik_als} en kom op veel scholen {in_plaats}.",
    "{Ik_als} begeleid ik leerlingen die op school vastlopen, onder andere {waar}.",
    "Vanuit mijn werk {ik_als} was ik betrokken bij een leerling {waar}.",
    "Ik werk {jaren} {ik_als} {in_plaats} en zie veel kinderen tussen wal en schip raken.",
];

/// Opening sentences for the teller's role.
pub fn opening(role: Role) -> &'static [&'static str] {
    match role {
        Role::Parent => PARENT,
        Role::Pupil => PUPIL,
        Role::Teacher => TEACHER,
        Role::Ib => IB,
        Role::Director => DIRECTOR,
        Role::Outside => OUTSIDE,
    }
}

/// Introduces the child when a professional tells.
pub const CHILD_INTRO: &[&str] = &[
    "Het gaat over een {jongen} van {leeftijd} uit {groep}.",
    "Dit verhaal gaat over een {jongen} uit {groep}, {leeftijd} jaar oud.",
    "Ik denk vooral aan een {jongen} uit {groep}.",
    "Vorig schooljaar kreeg ik te maken met een {jongen} van {leeftijd} uit {groep}.",
    "Een {jongen} van {leeftijd} uit {groep} is me erg bijgebleven.",
];

const BEHAVIOUR: &[&str] = &[
    "{Kind} liep vast in de klas: {hij} kon slecht tegen veranderingen en reageerde soms fel naar andere kinderen.",
    "Er waren bijna dagelijks incidenten op het plein, en {kind} werd steeds vaker de gang op gestuurd.",
    "Als het te veel werd, schopte en schold {hij}, of {hij} liep gewoon de school uit.",
    "Na de zomer ging het mis: {kind} kon {zich} slecht beheersen, werd boos om kleine dingen en sloot {zich} daarna helemaal af.",
    "{Zijn} gedrag werd op school vooral als lastig gezien; niemand vroeg waar het vandaan kwam.",
    "Er volgde schorsing op schorsing, omdat {hij} in conflict bleef komen met klasgenoten.",
];

const DISORDER: &[&str] = &[
    "Bij {hem} werd in {groep} {diagnose} vastgesteld.",
    "Na lang wachten kwam er een diagnose: {diagnose}.",
    "{Kind} kreeg al jong de diagnose {diagnose}, en een drukke klas was voor {hem} vaak te veel.",
    "Door {diagnose} had {hij} veel structuur nodig; elke onverwachte verandering kon de dag verpesten.",
    "Met {diagnose} was een gewone lesdag voor {hem} een hele opgave: geluid, drukte en wisselingen kostten veel energie.",
];

const ATTITUDE: &[&str] = &[
    "{Hij} kon moeilijk aan een taak beginnen en was snel afgeleid; werk bleef liggen en de cijfers zakten.",
    "Plannen lukte niet: huiswerk werd vergeten en {hij} zat vaak met {zijn} hoofd ergens anders.",
    "De motivatie was weg; {hij} deed net genoeg om niet op te vallen, en soms zelfs dat niet.",
    "{Kind} kwam steeds vaker te laat en had nooit de goede spullen bij {zich}.",
];

const LEARNING: &[&str] = &[
    "Lezen kostte {hem} enorm veel moeite; uiteindelijk bleek het om ernstige dyslexie te gaan.",
    "Met rekenen liep {hij} al jaren achter, en elke toets werd een strijd.",
    "{Kind} kon de stof niet bijhouden en viel steeds verder terug ten opzichte van de klas.",
    "Uit onderzoek bleek dat {hij} dyscalculie had, maar op school wist men nauwelijks wat dat betekende.",
    "{Hij} leerde langzamer dan de rest en had vooral bij taal extra uitleg nodig.",
];

const GIFTED: &[&str] = &[
    "{Hij} verveelde zich stierlijk in de les en haakte daardoor steeds vaker af.",
    "Uit een test bleek dat {hij} hoogbegaafd was, maar op school merkte je daar weinig van: de cijfers waren gemiddeld en de zin was weg.",
    "{Kind} wist vaak al wat er uitgelegd werd, en dat leidde tot onrust in de klas.",
    "Omdat {hij} zo snel dacht, paste {hij} nergens echt tussen, niet in de klas en niet op het plein.",
];

const PHYSICAL: &[&str] = &[
    "Door een spierziekte kon {hij} niet de hele dag op school zijn.",
    "Na een ongeluk zat {hij} maandenlang in een rolstoel, en het gebouw was daar niet op ingericht.",
    "{Hij} kreeg in {groep} diabetes en moest op vaste tijden meten en prikken.",
    "Door een chronische ziekte miste {hij} veel lessen en raakte {hij} achter.",
    "{Kind} was slechthorend en had in een rumoerige klas vaak geen idee waar de les over ging.",
];

const SOCIAL: &[&str] = &[
    "{Hij} werd al een tijd gepest en durfde op het laatst niet meer naar school.",
    "Na de scheiding thuis werd {hij} stil en teruggetrokken, en dat zag je ook in de klas.",
    "Faalangst speelde {hem} parten: bij elke toets kreeg {hij} buikpijn.",
    "{Kind} voelde {zich} vaak eenzaam en had moeite om aansluiting te vinden bij klasgenoten.",
    "Somberheid sloop erin; {hij} zag het nut van school niet meer.",
];

const NO_SPECIFIC: &[&str] = &[
    "Er was geen diagnose of duidelijke hulpvraag; {hij} viel vooral op omdat {hij} stil werd en achterop raakte.",
    "Het ging niet om een label, maar om de vraag hoe de school omgaat met verschillen tussen kinderen.",
    "Een specifieke vraag was er eigenlijk niet; {hij} paste gewoon niet goed in het standaardrooster.",
    "Het ging om de overstap naar {groep}, die voor {hem} veel groter bleek dan gedacht.",
];

/// What the support question is.
pub fn situation(support: Support) -> &'static [&'static str] {
    match support {
        Support::Behaviour => BEHAVIOUR,
        Support::Disorder => DISORDER,
        Support::Attitude => ATTITUDE,
        Support::Learning => LEARNING,
        Support::Gifted => GIFTED,
        Support::Physical => PHYSICAL,
        Support::SocialEmotional => SOCIAL,
        Support::NoSpecific => NO_SPECIFIC,
    }
}

const MORE_BEHAVIOUR: &[&str] = &[
    "Thuis was {hij} heel anders: lief, zorgzaam en grappig.",
    "Achter het gedrag zat vooral angst, maar dat werd lang niet gezien.",
    "Elke dag kwam er wel een mail of telefoontje over wat er nu weer mis was gegaan.",
];

const MORE_DISORDER: &[&str] = &[
    "Een rustige plek in de klas en een vast dagritme maakten al een groot verschil.",
    "Met een koptelefoon en een pictogrammenschema werd de dag een stuk overzichtelijker.",
    "Een diagnose is een begin, geen handleiding; iedereen moest zoeken wat werkte.",
];

const MORE_ATTITUDE: &[&str] = &[
    "Met een weekplanning en korte opdrachten bleek er veel meer mogelijk.",
    "Niemand leek te zien dat er achter de lusteloosheid een slimme leerling zat.",
    "Vaste momenten om het werk samen door te nemen hielpen meer dan strafwerk.",
];

const MORE_LEARNING: &[&str] = &[
    "Voorleessoftware en extra tijd bij toetsen bleken goud waard.",
    "Het zelfvertrouwen had inmiddels een flinke deuk opgelopen.",
    "In een klein groepje en met meer herhaling kwam de stof ineens wel binnen.",
];

const MORE_GIFTED: &[&str] = &[
    "Een plusklas één ochtend per week was niet genoeg om de verveling te doorbreken.",
    "Compacten en verrijken klinkt mooi, maar het moet wel echt gebeuren.",
    "Pas toen er uitdaging kwam, kwam ook de motivatie terug.",
];

const MORE_PHYSICAL: &[&str] = &[
    "Aanpassingen zoals een lift en een rustruimte moesten allemaal apart worden aangevraagd.",
    "Een vaste contactpersoon op school maakte het verschil tussen meedoen en thuisblijven.",
    "De therapie kon gelukkig onder schooltijd, in het gebouw zelf.",
];

const MORE_SOCIAL: &[&str] = &[
    "Een vertrouwenspersoon op school bood een plek om even op adem te komen.",
    "Een klein groepje klasgenoten werd gevraagd om een beetje op te letten, en dat werkte.",
    "Het gesprek over pesten werd met de hele klas gevoerd, niet alleen met de pester.",
];

const MORE_NO_SPECIFIC: &[&str] = &[
    "Wie niet opvalt, krijgt in een volle klas al snel weinig aandacht.",
    "Soms is het kleinste signaal het belangrijkste.",
    "Zonder label is het lastig om ergens aanspraak op te maken.",
];

/// A second sentence about the support question.
pub fn situation_more(support: Support) -> &'static [&'static str] {
    match support {
        Support::Behaviour => MORE_BEHAVIOUR,
        Support::Disorder => MORE_DISORDER,
        Support::Attitude => MORE_ATTITUDE,
        Support::Learning => MORE_LEARNING,
        Support::Gifted => MORE_GIFTED,
        Support::Physical => MORE_PHYSICAL,
        Support::SocialEmotional => MORE_SOCIAL,
        Support::NoSpecific => MORE_NO_SPECIFIC,
    }
}
