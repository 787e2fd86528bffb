//! Sentence templates for the end of a story (consequence for the child,
//! the teller's feeling, a closing reflection) and the titles. Written for
//! this demo; no sentence comes from the seed.

use super::Rng;
use super::latent::{Latent, Support, Theme, Valence, chance, one_of};

type List = &'static [&'static str];

/// What it meant for the child, by "Gevolgen voor het kind"; a story
/// whose outcome goes against how it went says so.
pub fn consequence(level: usize, valence: Valence) -> List {
    match (level, valence) {
        (0 | 1, Valence::Good) => &[
            "Toch kwam het voor {hem} te laat: de achterstand was al te groot.",
            "Helaas had het systeem het laatste woord: {hij} moest alsnog naar een andere school.",
            "Ondanks alle inzet ging het voor {hem} toch mis; {hij} zat uiteindelijk {duur} thuis.",
        ],
        (3 | 4, Valence::Bad) => &[
            "Uiteindelijk ging het toch beter met {hem}, maar dat kwam niet door de school.",
            "Dat het nu redelijk gaat, is vooral te danken aan {zijn} eigen doorzettingsvermogen.",
        ],
        _ => by_level(level),
    }
}

fn by_level(level: usize) -> List {
    match level {
        0 => &[
            "Het gevolg: {kind} zat uiteindelijk {duur} thuis, zonder onderwijs.",
            "Uiteindelijk werd {hij} van school gestuurd, en een nieuwe school was er niet.",
            "Het vertrouwen in school is volledig weg, bij {hem} en bij {ons}.",
            "De schade is groot: angst, somberheid en een flinke achterstand.",
        ],
        1 => &[
            "{Hij} raakte achter en het plezier in leren verdween.",
            "Het resultaat was een flinke achterstand en weinig zin meer in school.",
            "{Hij} moest uiteindelijk naar een andere school, ver van huis.",
            "Het heeft {hem} een jaar gekost, en veel zelfvertrouwen.",
        ],
        2 => &[
            "Het is nu stabiel, maar van echte vooruitgang is nog geen sprake.",
            "Of het echt heeft geholpen, is nog moeilijk te zeggen.",
            "Er is wat rust gekomen, al blijft het spannend hoe het verder gaat.",
        ],
        3 => &[
            "Inmiddels gaat het een stuk beter met {hem}: er is meer rust, thuis en op school.",
            "{Hij} ging weer met meer plezier naar school en de resultaten gingen omhoog.",
            "Stap voor stap kwam {hij} weer in {zijn} kracht.",
            "Het gaat nog niet vanzelf, maar {hij} kan weer gewoon meedoen in de klas.",
        ],
        _ => &[
            "{Kind} bloeide helemaal op; het verschil met een jaar eerder is enorm.",
            "Het gaat nu zo goed dat extra ondersteuning bijna niet meer nodig is.",
            "{Hij} kon op de eigen school blijven en deed weer volop mee, ook buiten de les.",
            "Wie {hem} nu ziet, zou niet geloven hoe moeilijk het eerst was.",
        ],
    }
}

/// The teller's feeling, by the emotion the story leads with.
pub fn feeling(emotion: usize) -> List {
    match emotion {
        0 => &[
            "Ik ben tevreden over hoe het nu loopt.",
            "Daar ben ik achteraf heel tevreden over.",
            "Over het resultaat ben ik echt tevreden.",
        ],
        1 => &[
            "Het geeft me hoop dat het zo ook bij andere kinderen kan.",
            "Ik heb weer hoop voor de toekomst.",
        ],
        2 => &[
            "Ik ben trots op wat we samen hebben bereikt.",
            "Eerlijk gezegd ben ik daar best trots op.",
        ],
        3 => &[
            "Ik word er nog steeds blij van als ik eraan terugdenk.",
            "Wat ben ik daar blij mee.",
        ],
        4 => &[
            "Het was een enorme opluchting dat er eindelijk iets gebeurde.",
            "Ik was vooral opgelucht dat het keerde.",
        ],
        5 => &[
            "Ik ben vooral teleurgesteld, want het had zoveel beter gekund.",
            "De teleurstelling is groot.",
        ],
        6 => &[
            "Soms voelt het hopeloos, alsof er nooit een oplossing komt.",
            "Ik zie eerlijk gezegd geen uitweg meer.",
        ],
        7 => &[
            "Ik ben daar nog steeds boos over.",
            "Het maakt me boos dat dit zo kan gaan.",
        ],
        8 => &[
            "Het is frustrerend om steeds tegen dezelfde muren aan te lopen.",
            "De frustratie zit diep.",
        ],
        9 => &[
            "Het doet pijn om te zien hoe het is gelopen.",
            "Ik vind het vooral heel verdrietig.",
        ],
        10 => &[
            "Ik voel me machteloos: ik zie wat er nodig is, maar kan het niet regelen.",
            "Dat gevoel van onmacht is het ergste.",
        ],
        _ => &[
            "Ik maak me zorgen over hoe het verder moet.",
            "De zorgen over de toekomst blijven.",
        ],
    }
}

/// A closing reflection, from how the teller rated the way it went.
pub fn closing(latent: &Latent, manner: u32) -> List {
    match (manner, latent.valence) {
        (0..=14, _) => &[
            "De manier waarop dit is gegaan, vind ik onacceptabel.",
            "Zo mag je niet met kinderen omgaan.",
        ],
        (86.., _) => &[
            "Zoals het is aangepakt, zou het eigenlijk altijd moeten gaan.",
            "Beter had ik het me niet kunnen wensen.",
        ],
        (_, Valence::Good) => &[
            "Passend onderwijs werkt als de mensen dicht bij het kind de ruimte krijgen.",
            "Zo zou het voor ieder kind moeten gaan.",
            "Het laat zien wat er kan als iedereen vanuit de eigen rol meedenkt.",
            "Ik hoop dat meer scholen dit voorbeeld volgen.",
        ],
        (_, Valence::Mixed) => &[
            "Er is dus wel iets bereikt, maar het had sneller en eenvoudiger gekund.",
            "Het is een begin, maar we zijn er nog lang niet.",
            "Ik hoop dat de volgende stap makkelijker gaat.",
        ],
        (_, Valence::Bad) => &[
            "Zoals het nu gaat, werkt passend onderwijs niet.",
            "Ik hoop dat niemand anders dit hoeft mee te maken.",
            "Er moet echt iets veranderen, en snel.",
            "Passend onderwijs is hier vooral een belofte op papier gebleken.",
        ],
    }
}

fn theme_titles(theme: Theme, valence: Valence) -> List {
    match (valence, theme) {
        (Valence::Good, Theme::Relations) => &[
            "Vertrouwen maakt het verschil",
            "De klik die alles veranderde",
            "Samen sterk voor één kind",
        ],
        (Valence::Good, Theme::Support) => &[
            "Eindelijk de juiste hulp",
            "Hulp op maat in de klas",
            "Kleine aanpassing, groot verschil",
            "Zo kan het dus ook",
        ],
        (Valence::Good, Theme::Work) => &[
            "Ruimte voor het team",
            "Samen de schouders eronder",
            "Een extra paar handen",
        ],
        (Valence::Good, Theme::System) => &[
            "Buiten de lijntjes gekleurd",
            "Ondanks de regels toch gelukt",
            "Snel geregeld, voor één keer",
        ],
        (Valence::Mixed, Theme::Relations) => &[
            "Goede wil, wisselend resultaat",
            "Eén leraar hield het overeind",
        ],
        (Valence::Mixed, Theme::Support) => &[
            "Hulp kwam, maar veel te laat",
            "Op papier alles geregeld",
            "Halve hulp is ook hulp?",
        ],
        (Valence::Mixed, Theme::Work) => {
            &["Het team doet wat het kan", "Schipperen in een volle klas"]
        }
        (Valence::Mixed, Theme::System) => &[
            "Eindeloos formulieren invullen",
            "Tijdelijke oplossing, blijvende zorgen",
        ],
        (Valence::Bad, Theme::Relations) => {
            &["Niet gehoord, niet gezien", "Langs elkaar heen praten"]
        }
        (Valence::Bad, Theme::Support) => &[
            "Hulp die nooit kwam",
            "Nog even aankijken, zeiden ze",
            "Wachten, wachten en nog eens wachten",
        ],
        (Valence::Bad, Theme::Work) => &[
            "Te veel kinderen, te weinig handen",
            "Werkdruk gaat voor alles",
            "Alleen voor een volle klas",
        ],
        (Valence::Bad, Theme::System) => &[
            "Van het kastje naar de muur",
            "Thuiszitter door het systeem",
            "Tussen wal en schip",
            "Regels boven het kind",
        ],
    }
}

fn support_subject(support: Support) -> List {
    match support {
        Support::Behaviour => &["Lastig gedrag", "Gedrag in de klas", "Een druk kind"],
        Support::Disorder => &[
            "{Diagnose} op school",
            "Leven met {diagnose}",
            "Een diagnose",
        ],
        Support::Attitude => &["Werkhouding", "Plannen en beginnen", "Motivatie kwijt"],
        Support::Learning => &["Moeite met leren", "Extra tijd nodig", "Achter met de stof"],
        Support::Gifted => &["Hoogbegaafd", "Slim en verveeld", "Te slim voor school"],
        Support::Physical => &["Naar school met een beperking", "Ziek en toch leren"],
        Support::SocialEmotional => &["Gepest", "Faalangst", "Stil in de klas"],
        Support::NoSpecific => &["Gewoon een kind", "Geen label", "Anders dan anders"],
    }
}

/// At most three words, and subjects at most five, so titles stay ≤ 8.
fn outcome(valence: Valence) -> List {
    match valence {
        Valence::Good => &[
            "eindelijk gezien",
            "het kan wel",
            "een gouden greep",
            "een succesverhaal",
            "samen gelukt",
            "weer met plezier",
            "maatwerk dat werkt",
        ],
        Valence::Mixed => &[
            "een lange weg",
            "half werk",
            "nog niet klaar",
            "vallen en opstaan",
            "geduld gevraagd",
        ],
        Valence::Bad => &[
            "nergens welkom",
            "geen hulp",
            "helemaal vastgelopen",
            "een gemiste kans",
            "niemand verantwoordelijk",
            "thuis beland",
            "alleen maar wachtlijsten",
        ],
    }
}

/// A title template (3 to 8 words) for the story.
pub fn title(rng: &mut Rng, latent: &Latent) -> String {
    if chance(rng, 500) {
        one_of(rng, theme_titles(latent.theme, latent.valence)).to_string()
    } else {
        let subject = one_of(rng, support_subject(latent.support));
        format!("{subject}: {}", one_of(rng, outcome(latent.valence)))
    }
}
