//! The demo project's findings: Dutch texts written from what the demo data
//! shows. `tests/project/demo.rs` checks each claim (residual signs,
//! medians, counts, p-values) and each quote against the computed charts.

use super::super::ids;
use super::Frozen;
use crate::charts::ChartSpec;
use crate::model::{QuestionId, StoryId};
use crate::project::{Against, Finding, FindingId, FrozenSelection, Quote};

/// The texts of one finding.
struct Texts {
    title: &'static str,
    saw: &'static str,
    see_now: &'static str,
    interpretation: &'static str,
    proposals: &'static [&'static str],
    /// (story id, excerpt taken verbatim from that story's text).
    quotes: &'static [(&'static str, &'static str)],
}

fn finding(
    id: u32,
    (question, by): (&str, &str),
    (baseline, selection): (&FrozenSelection, &FrozenSelection),
    texts: Texts,
) -> Finding {
    Finding {
        id: FindingId(id),
        title: texts.title.into(),
        chart: ChartSpec::pair(QuestionId::new(question), QuestionId::new(by)),
        baseline: baseline.clone(),
        selection: selection.clone(),
        against: Against::Baseline,
        saw: texts.saw.into(),
        see_now: texts.see_now.into(),
        interpretation: texts.interpretation.into(),
        proposals: texts.proposals.iter().map(|p| p.to_string()).collect(),
        quotes: texts
            .quotes
            .iter()
            .map(|(story_id, excerpt)| Quote {
                story_id: StoryId((*story_id).into()),
                excerpt: (*excerpt).into(),
            })
            .collect(),
        // The first finding's report lists what else sets the
        // good-education stories apart.
        show_differences: id == 1,
    }
}

#[allow(clippy::too_many_lines, reason = "a data table: the demo's findings")]
pub(super) fn findings(s: &Frozen) -> Vec<Finding> {
    use ids::*;
    let good = (&s.all, &s.good);
    vec![
        finding(
            1,
            (GEVOEL, ONDERSTEUNING),
            good,
            Texts {
                title: "Tevredenheid overheerst bij elke vorm van ondersteuning",
                saw: "Verhalen over gedrag, over een gediagnosticeerde stoornis en over werkhouding gaan vaker dan verwacht samen met onmacht. Bij gedrag en bij een diagnose wordt ook hopeloosheid vaker gekozen dan verwacht, terwijl tevredenheid en hoop bij gedrag juist minder vaak voorkomen.",
                see_now: "In de verhalen over goed onderwijs is het beeld veel evenwichtiger. Tevredenheid is bij iedere vorm van ondersteuning het vaakst gekozen gevoel, met hoop overal op de tweede plaats. Negatieve gevoelens zijn een minderheid geworden, maar niet verdwenen: teleurstelling en hopeloosheid komen nog bij elke vorm van ondersteuning voor.",
                interpretation: "Het soort hulpvraag bepaalt niet of een ervaring goed afloopt: ook bij gedrag en stoornissen vertellen mensen over tevredenheid als de aanpak klopt. Dat wijst op de manier van werken rond het kind, meer dan op het probleem zelf.",
                proposals: &[
                    "Bespreek in de regio juist goede voorbeelden bij gedragsvragen, waar de meeste onmacht zit.",
                    "Leg vast wat er in deze verhalen anders ging, zoals snel beginnen en samen een plan maken, en deel dat tussen scholen.",
                ],
                quotes: &[(
                    "V0065",
                    "Dit meisje gaf zelf heel duidelijk aan wat hielp en wat niet, en dat werd serieus genomen. Alles werd vastgelegd in een plan dat elke zes weken werd besproken. Wie haar nu ziet, zou niet geloven hoe moeilijk het eerst was. Ik ben tevreden over hoe het nu loopt.",
                )],
            },
        ),
        finding(
            2,
            (MANIER, HEEFT_TE_MAKEN_MET),
            good,
            Texts {
                title: "Ondersteuning kan goed gaan, ook binnen het systeem",
                saw: "Verhalen over relaties en over ondersteuning scoren gemiddeld hoger op de schaal onacceptabel–perfect (rond 59 en 51) dan verhalen over de werksituatie (37) en vooral over het systeem (23). Over het systeem vindt meer dan de helft van de vertellers de gang van zaken onacceptabel: de mediaan ligt onder de 25.",
                see_now: "Over relaties gaan in deze selectie maar vier verhalen: te weinig om iets over te zeggen, terwijl relaties in de verhalen zelf steeds terugkomen. Ondersteuning scoort nu gemiddeld bijna 80 en de werksituatie bijna 70. Bij het systeem is het beeld verdeeld: de scores lopen uiteen van 14 tot 90, rond een mediaan van 54. Goed onderwijs lukt dus soms ondanks een systeem dat vertellers onacceptabel vinden.",
                interpretation: "Goede ondersteuning hangt niet af van een perfect systeem. Waar de school en de mensen rond het kind ruimte vinden, waarderen vertellers de manier waarop, ook als het systeem schuurt.",
                proposals: &[
                    "Onderzoek in de regio welke ruimte scholen vonden binnen de bestaande regels, en maak die ruimte bekend.",
                    "Vraag vertellers in een volgende ronde expliciet naar de rol van relaties, omdat ze die zelden als onderwerp kiezen.",
                ],
                quotes: &[(
                    "V0023",
                    "Samen werd een plan gemaakt met kleine, haalbare doelen, en dat plan werd ook echt uitgevoerd.",
                )],
            },
        ),
        finding(
            3,
            (GROOTSTE_INVLOED_1, GROOTSTE_INVLOED_2),
            good,
            Texts {
                title: "Ik zelf en de leraren: het sterkste duo",
                saw: "Leraren en intern begeleiders worden veel vaker dan verwacht samen genoemd als grootste invloed, en leraren ook vaak met de schooldirectie. Wie het samenwerkingsverband noemt, noemt daarnaast opvallend vaak de overheid.",
                see_now: "In de verhalen over goed onderwijs is de combinatie ik zelf en leraren veruit het sterkst. Ook leraren met de leerling en leraren met de intern begeleider komen vaker voor dan verwacht. Het samenwerkingsverband en de overheid worden in deze verhalen niet meer als eerste invloed genoemd.",
                interpretation: "Goed onderwijs ontstaat waar de verteller zelf, vaak een ouder of een intern begeleider, en de leraar samen optrekken. Instanties op afstand spelen in deze verhalen geen hoofdrol.",
                proposals: &[
                    "Geef leraren tijd om met ouders en intern begeleiders samen te werken, bijvoorbeeld in vaste overlegmomenten.",
                    "Laat het samenwerkingsverband aansluiten bij wat leraren en ouders al samen doen, in plaats van ernaast.",
                ],
                quotes: &[(
                    "V0103",
                    "Er was geen diagnose of duidelijke hulpvraag; zij viel vooral op omdat zij stil werd en achterop raakte. Samen werd een plan gemaakt met kleine, haalbare doelen, en dat plan werd ook echt uitgevoerd.",
                )],
            },
        ),
        finding(
            4,
            (VOORBEELD, GROOTSTE_INVLOED_2),
            good,
            Texts {
                title: "Waar de leerling meedoet, is het vaker goed onderwijs",
                saw: "Als de leerling, de ouders of de leraren als tweede invloed genoemd worden, vinden vertellers hun ervaring vaker een voorbeeld van goed onderwijs (mediaan 65 tot 81). Bij de schooldirectie, het samenwerkingsverband en de overheid ligt de mediaan rond de 20.",
                see_now: "In de selectie komen de schooldirectie, het samenwerkingsverband en de overheid als tweede invloed niet meer voor. Tussen de invloeden die overblijven is nauwelijks verschil (p ≈ 0,5): de leerling, de ouders, de leraren en de intern begeleider scoren ongeveer even hoog.",
                interpretation: "Goed onderwijs wordt verteld als iets van de mensen dicht bij het kind. Zodra een bestuurlijke laag de tweede invloed is, is de ervaring zelden positief.",
                proposals: &[
                    "Betrek de leerling zelf bij het zoeken naar een oplossing; de verhalen waarin dat gebeurt scoren het hoogst.",
                    "Laat directies en samenwerkingsverbanden vooral voorwaarden scheppen voor het werk in de klas.",
                ],
                quotes: &[(
                    "V0008",
                    "Onze dochter zette zelf de eerste stap door om hulp te vragen. Inmiddels gaat het een stuk beter met haar: er is meer rust, thuis en op school.",
                )],
            },
        ),
        // In the order of the perspectives (the report's order): the words
        // finding closes the first one.
        words_finding(good),
        finding(
            5,
            (GROOTSTE_INVLOED_2, ROLSOORT),
            good,
            Texts {
                title: "Professionals in de school noemen de overheid niet meer",
                saw: "Leraren, intern begeleiders en schooldirecties noemen de overheid vaker dan verwacht als tweede invloed. Ouders doen dat juist veel minder vaak en noemen in plaats daarvan vaker de intern begeleider.",
                see_now: "In de verhalen over goed onderwijs noemt geen enkele verteller de overheid als tweede invloed, ook de professionals in de school niet. De verschillen tussen de rollen zijn grotendeels weg (p = 0,08), en bij elke rol zijn de leraren de vaakst genoemde tweede invloed.",
                interpretation: "Als het goed gaat, kijken professionals in de school niet naar boven maar naar de mensen om het kind heen. De school is dan zelf aan zet.",
                proposals: &[
                    "Bespreek met teams welke beslissingen de school zelf kan nemen zonder op regels van boven te wachten.",
                    "Verzamel de voorbeelden waarin leraren zelf het verschil maakten en gebruik ze in de opleiding van nieuwe leraren.",
                ],
                quotes: &[(
                    "V0119",
                    "Ik heb zelf mijn aanpak aangepast en veel tijd gestoken in gesprekken met hem en met thuis. De ouders werkten goed mee en deelden wat thuis wel werkte.",
                )],
            },
        ),
        finding(
            6,
            (HEEFT_TE_MAKEN_MET, GEVOLGEN),
            good,
            Texts {
                title: "Goede gevolgen komen uit ondersteuning, slechte uit het systeem",
                saw: "Verhalen over het systeem melden veel vaker dan verwacht zeer negatieve en negatieve gevolgen voor het kind. Verhalen over ondersteuning melden juist vaker positieve en zeer positieve gevolgen.",
                see_now: "Ook in de verhalen over goed onderwijs horen positieve gevolgen vooral bij ondersteuning: ruim twee derde van de (zeer) positieve gevolgen komt uit die verhalen. Waar de gevolgen toch negatief zijn, gaat het verhaal vaker dan verwacht over het systeem.",
                interpretation: "Zelfs een ervaring die vertellers goed onderwijs noemen, kan voor het kind slecht aflopen als het systeem het laatste woord heeft. De school kan veel, maar niet alles.",
                proposals: &[
                    "Breng de verhalen met negatieve gevolgen door het systeem in kaart en leg ze voor aan het samenwerkingsverband.",
                    "Spreek per regio af wie beslist als de school een oplossing heeft maar de regels die tegenhouden.",
                    "Volg kinderen bij wie een goede aanpak toch strandde, zodat zichtbaar wordt waar het systeem knelt.",
                ],
                quotes: &[(
                    "V0324",
                    "Ondanks alle regels en formulieren lukte het om buiten de gebaande paden een oplossing te vinden. Helaas had het systeem het laatste woord: hij moest alsnog naar een andere school.",
                )],
            },
        ),
        finding(
            7,
            (GROOTSTE_INVLOED_1, GROOTSTE_INVLOED_2),
            good,
            Texts {
                title: "De schooldirectie verdwijnt als tweede invloed",
                saw: "Wie de schooldirectie als eerste invloed noemt, noemt daarna vaker dan verwacht de overheid of de leraren. Omgekeerd noemen vertellers die met de leraren beginnen opvallend vaak de schooldirectie als tweede.",
                see_now: "In de verhalen over goed onderwijs noemt niemand de schooldirectie als tweede invloed. Als eerste invloed komt de directie nog in een paar verhalen voor, en dan steeds samen met de leraren.",
                interpretation: "De directie is in goede ervaringen geen tegenspeler maar een voorwaarde: ze maakt ruimte en uren vrij, waarna leraren het werk doen. Dat maakt haar rol minder zichtbaar, niet minder belangrijk.",
                proposals: &[
                    "Laat directies benoemen welke ruimte zij leraren geven voor ondersteuning in de klas.",
                    "Nodig schoolleiders uit voor de regiobijeenkomsten, zodat zij zien welke keuzes in deze verhalen het verschil maakten.",
                ],
                quotes: &[(
                    "V0896",
                    "De directeur maakte extra uren vrij voor begeleiding in de klas.",
                )],
            },
        ),
        finding(
            8,
            (GROOTSTE_INVLOED_1, GROOTSTE_INVLOED_2),
            (&s.parents, &s.parents_good),
            Texts {
                title: "Ouders, leraren en intern begeleider: de driehoek die werkt",
                saw: "Ouders noemen als grootste invloeden vaak de combinatie leraren en intern begeleider. Wie als ouder het samenwerkingsverband noemt, noemt daarnaast vaker dan verwacht de overheid of jeugdhulp/gemeente.",
                see_now: "Bij de ouders die hun ervaring een voorbeeld van goed onderwijs vinden, is ‘ik zelf’ met de leraren de sterkste combinatie. Daarna volgen leraren met de intern begeleider en de intern begeleider met de ouders: ouders, leraren en intern begeleider vormen samen de kern. Het samenwerkingsverband en de overheid ontbreken als eerste invloed.",
                interpretation: "Voor ouders werkt passend onderwijs als zij als partner meedoen met de leraar en de intern begeleider. De ‘ik’ in deze verhalen is de ouder zelf.",
                proposals: &[
                    "Maak ouders vaste gesprekspartners bij het ondersteuningsplan, met de leraar en de intern begeleider aan één tafel.",
                    "Geef ouders één aanspreekpunt op school, zodat zij hun verhaal niet steeds opnieuw hoeven te doen.",
                ],
                quotes: &[(
                    "V0030",
                    "Ik heb als ouder niet losgelaten, maar wel vertrouwen gegeven, en dat werd beantwoord. De docenten hielden elkaar goed op de hoogte, zodat niet alles elke les opnieuw hoefde.",
                )],
            },
        ),
        finding(
            9,
            (GROOTSTE_INVLOED_1, ROLSOORT),
            good,
            Texts {
                title: "Ouders kijken eerst naar de intern begeleider",
                saw: "Ouders noemen de intern begeleider vaker dan verwacht als grootste invloed, en ‘ouders’ juist minder vaak. De overheid noemen ouders bijna nooit als eerste invloed.",
                see_now: "In de verhalen over goed onderwijs noemen ouders vooral zichzelf en de leraren als grootste invloed, en wijkt hun patroon nergens duidelijk af van dat van de andere rollen. Het samenwerkingsverband en de overheid worden door niemand meer als eerste invloed genoemd.",
                interpretation: "Als het goed gaat, staan ouders niet tegenover de school maar ernaast: ze noemen dezelfde mensen als de professionals. De intern begeleider is voor ouders de ingang tot de school.",
                proposals: &[
                    "Zorg dat ouders de intern begeleider vroeg en zonder drempel kunnen bereiken.",
                    "Laat in gesprekken met ouders zien wat de leraar en de intern begeleider al doen, zodat ouders weten bij wie ze terechtkunnen.",
                ],
                quotes: &[(
                    "V0047",
                    "De intern begeleider hield alle lijnen bij elkaar en zorgde dat afspraken ook werden nagekomen.",
                )],
            },
        ),
    ]
}

/// The finding built on keyness (issue 16): the words the stories about
/// good education use more often than the other stories. The pattern is
/// planted by the good-valence sentences of `story_middle` (words of
/// cooperation and planning: samen, een plan met haalbare doelen, gewoon
/// begonnen in plaats van vergaderd); `tests/project/demo.rs` checks every
/// number the texts name.
fn words_finding(populations: (&FrozenSelection, &FrozenSelection)) -> Finding {
    let mut words = finding(
        10,
        (ids::ERVARING, ids::ERVARING),
        populations,
        Texts {
            title: "In goede verhalen wordt samen gepland en begonnen",
            saw: "In alle verhalen samen zijn school, klas, jaar en groep de woorden die de meeste vertellers gebruiken: ze zeggen waar het verhaal speelt, nog niet wat er gebeurde. Naam en plaats staan hoog omdat namen van scholen en plaatsen onherkenbaar zijn gemaakt ([naam school], [plaats]).",
            see_now: "De verhalen over goed onderwijs gebruiken veel vaker woorden van samenwerken en plannen. Samen staat in 20% van deze verhalen tegen 1% van de andere, haalbare in 18% tegen 0,3%, en doelen, gemaakt en uitgevoerd elk in 14% tegen 0,3%. Ook begonnen en vergaderd komen vaker voor (16% tegen 0,4%): er werd niet eindeloos vergaderd maar begonnen. Uiteindelijk, weinig, achterstand en papier komen in deze verhalen juist veel minder voor.",
            interpretation: "Wie een ervaring goed onderwijs noemt, vertelt ook hoe het goed ging: samen, met een plan dat klein genoeg was om uit te voeren, en zonder eerst lang te wachten. In de andere verhalen gaat het vaker over wachten, papier en een achterstand die groeit.",
            proposals: &[
                "Gebruik de woorden uit deze verhalen (samen, haalbare doelen, gewoon beginnen) als toets bij elk nieuw ontwikkelingsperspectief.",
                "Lees in de regiobijeenkomst verhalen voor waarin eerst werd begonnen en pas daarna vergaderd, en vraag wat daarvoor nodig was.",
            ],
            quotes: &[(
                "V0010",
                "Er werd niet eindeloos getest en vergaderd; er werd gewoon begonnen met wat werkte.",
            )],
        },
    );
    words.chart = ChartSpec::new(QuestionId::new(ids::ERVARING));
    words
}
