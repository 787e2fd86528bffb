//! Sentence templates for the middle of a story: what happened (theme ×
//! valence) and who made the difference (the two named influences).
//! Written for this demo; no sentence comes from the seed.

use super::influence::Influence;
use super::latent::{Role, RoleGroup, Theme, Valence};

type List = &'static [&'static str];

const RELATIONS_GOOD: List = &[
    "Wat het verschil maakte, was het vertrouwen tussen thuis en school: er werd echt geluisterd en samen gezocht.",
    "Eén volwassene op school die {hem} echt zag, bleek belangrijker dan welk plan ook.",
    "Door korte lijnen en een warm contact konden kleine problemen klein blijven.",
];
const RELATIONS_MIXED: List = &[
    "Met {leraar_obj} klikte het goed, maar zodra er een invaller stond, viel alles weer om.",
    "Het contact was hartelijk, alleen werden mooie afspraken in de drukte van alledag weer vergeten.",
    "De band met één leraar hield {hem} overeind, terwijl de rest van de school op afstand bleef.",
    "Er was goede wil aan alle kanten, maar we spraken soms echt langs elkaar heen.",
];
const RELATIONS_BAD: List = &[
    "Het contact tussen school en thuis raakte verstoord; gesprekken gingen over schuld in plaats van over wat er nodig was.",
    "Er was niemand op school bij wie {hij} terecht kon, en dat voelde {hij} haarfijn aan.",
    "Na een paar moeizame gesprekken werd er vooral nog via mail gecommuniceerd, en dan ook nog kortaf.",
];
const SUPPORT_GOOD: List = &[
    "Samen werd een plan gemaakt met kleine, haalbare doelen, en dat plan werd ook echt uitgevoerd.",
    "Binnen een paar weken was er extra begeleiding in de klas, afgestemd op wat {hij} nodig had.",
    "Er kwam een arrangement met een onderwijsassistent voor een paar ochtenden per week.",
    "Er werd niet eindeloos getest en vergaderd; er werd gewoon begonnen met wat werkte.",
];
const SUPPORT_MIXED: List = &[
    "Er kwam een arrangement, maar het duurde maanden voordat de extra begeleiding er echt was.",
    "De hulp was goed bedoeld, maar paste maar half bij wat {hij} nodig had.",
    "Op papier was alles geregeld; in de klas merkte je er nog weinig van.",
    "Het ontwikkelingsperspectief was helder, alleen ontbrak de tijd om het uit te voeren.",
];
const SUPPORT_BAD: List = &[
    "De aangevraagde ondersteuning werd afgewezen, omdat de achterstand 'nog niet groot genoeg' was.",
    "Er werd eindeloos gepraat en getest, maar echte hulp in de klas kwam er niet.",
    "Het advies was om het 'nog even aan te kijken', en intussen ging het van kwaad tot erger.",
    "Extra begeleiding was er alleen op papier; in de praktijk zat {hij} op de gang.",
];
const WORK_GOOD: List = &[
    "De school gaf ruimte: een onderwijsassistent in de klas en tijd om met collega's mee te kijken.",
    "Doordat het team de tijd kreeg om samen te overleggen, hoefde niemand het alleen op te lossen.",
    "Met een kleinere groep en extra handen in de klas werd het ineens wel haalbaar.",
];
const WORK_MIXED: List = &[
    "Het team deed zijn best, maar met {klas} leerlingen in een klas blijft het schipperen.",
    "Er was een onderwijsassistent, maar die moest over vier klassen worden verdeeld.",
    "De wil was er, maar de werkdruk maakte dat goede voornemens bleven liggen.",
];
const WORK_BAD: List = &[
    "In een klas van {klas} leerlingen, waarvan {zorg} met een eigen plan, is het simpelweg niet te doen om iedereen te geven wat nodig is.",
    "Door het lerarentekort stond er steeds een ander voor de klas, en juist dat kon {hij} niet aan.",
    "De werkdruk was zo hoog dat er geen tijd overbleef om even rustig met {hem} te praten.",
    "Collega's vielen uit en de groep werd opgesplitst; van maatwerk was geen sprake meer.",
];
const SYSTEM_GOOD: List = &[
    "Ondanks alle regels en formulieren lukte het om buiten de gebaande paden een oplossing te vinden.",
    "Het samenwerkingsverband en de school durfden de regels even opzij te zetten, en dat pakte goed uit.",
    "Het systeem werkte deze keer mee: de aanvraag was snel rond en het geld kwam op de goede plek.",
];
const SYSTEM_MIXED: List = &[
    "Uiteindelijk kwam er een oplossing, maar pas na een eindeloze reeks formulieren en overleggen.",
    "Het geld voor extra hulp was er wel, maar alleen voor een paar maanden.",
    "De regels lieten weinig ruimte, al werd er binnen die ruimte wel gezocht.",
];
const SYSTEM_BAD: List = &[
    "Van het kastje naar de muur: het samenwerkingsverband verwees naar de gemeente, de gemeente weer naar de school.",
    "Er was geen passende plek; de wachtlijst voor het speciaal onderwijs was langer dan een schooljaar.",
    "Omdat {hij} net buiten de criteria viel, had niemand de verantwoordelijkheid.",
    "Alles draaide om budgetten en toelaatbaarheidsverklaringen, niet om {hem}.",
    "De zorgplicht bleek in de praktijk weinig waard: geen school wilde {hem} hebben.",
];

/// What happened, by theme and how it went.
pub fn development(theme: Theme, valence: Valence) -> List {
    match (theme, valence) {
        (Theme::Relations, Valence::Good) => RELATIONS_GOOD,
        (Theme::Relations, Valence::Mixed) => RELATIONS_MIXED,
        (Theme::Relations, Valence::Bad) => RELATIONS_BAD,
        (Theme::Support, Valence::Good) => SUPPORT_GOOD,
        (Theme::Support, Valence::Mixed) => SUPPORT_MIXED,
        (Theme::Support, Valence::Bad) => SUPPORT_BAD,
        (Theme::Work, Valence::Good) => WORK_GOOD,
        (Theme::Work, Valence::Mixed) => WORK_MIXED,
        (Theme::Work, Valence::Bad) => WORK_BAD,
        (Theme::System, Valence::Good) => SYSTEM_GOOD,
        (Theme::System, Valence::Mixed) => SYSTEM_MIXED,
        (Theme::System, Valence::Bad) => SYSTEM_BAD,
    }
}

/// A second sentence on the theme, whatever the outcome.
pub fn development_more(theme: Theme) -> List {
    match theme {
        Theme::Relations => &[
            "Uiteindelijk gaat het om mensen, niet om protocollen.",
            "Een kind merkt feilloos of iemand echt in {hem} gelooft.",
            "Vertrouwen bouw je op in kleine momenten: een groet bij de deur, een berichtje na een moeilijke dag.",
        ],
        Theme::Support => &[
            "Er zijn in die periode veel gesprekken gevoerd, met {gesprekspartners} en soms ook de schoolarts.",
            "Het groeidocument werd in die tijd steeds dikker.",
            "Iedere keer moest weer worden uitgelegd wat er eerder al was geprobeerd.",
        ],
        Theme::Work => &[
            "Naast de lessen moesten er ook nog handelingsplannen, verslagen en oudergesprekken worden gedaan.",
            "Leraren zijn geen therapeuten, maar worden wel steeds vaker zo aangesproken.",
            "Wie al tien jaar voor de klas staat, ziet hoeveel er in die tijd bij is gekomen.",
        ],
        Theme::System => &[
            "De regels zijn bedoeld voor het gemiddelde kind, en dat bestaat niet.",
            "Wie de weg kent in alle loketten, komt verder; wie dat niet doet, raakt verdwaald.",
            "Er gaat veel geld om in passend onderwijs, maar het komt lang niet altijd in de klas terecht.",
        ],
    }
}

/// Whether the first and the second influence are spoken of positively.
pub fn actor_tone(valence: Valence) -> (bool, bool) {
    match valence {
        Valence::Good => (true, true),
        Valence::Mixed => (true, false),
        Valence::Bad => (false, false),
    }
}

/// Process details that fit any story.
pub const PROCESS: List = &[
    "Er volgden gesprekken met {gesprekspartners} en soms ook iemand van buiten de school.",
    "In die periode is er veel gemaild en gebeld, vaak ook 's avonds.",
    "Alles werd vastgelegd in een plan dat elke zes weken werd besproken.",
    "Het kostte veel tijd en energie, van iedereen die erbij betrokken was.",
    "Een paar keer zaten we met zes mensen om tafel om over één kind te praten.",
];

fn me(group: RoleGroup, good: bool) -> List {
    match (group, good) {
        (RoleGroup::Parent, true) => &[
            "Ik ben zelf steeds in gesprek gebleven met school en heb laten zien wat thuis wel werkt.",
            "Ik heb zelf veel uitgezocht en dat gedeeld met school, en daar werd echt iets mee gedaan.",
            "Ik heb als ouder niet losgelaten, maar wel vertrouwen gegeven, en dat werd beantwoord.",
        ],
        (RoleGroup::Parent, false) => &[
            "Ik heb zelf eindeloos gebeld, gemaild en verslagen opgestuurd, maar het voelde alsof ik tegen een muur praatte.",
            "Ik moest zelf alles regelen en uitzoeken; zonder mijn volharding was er niets gebeurd.",
            "Ik heb uiteindelijk zelf mijn baan aangepast om thuis te kunnen zijn.",
        ],
        (RoleGroup::Pupil, true) => &[
            "Ik heb zelf aangegeven wat ik nodig had, en daar werd serieus naar geluisterd.",
            "Ik durfde op een gegeven moment zelf te zeggen wat er mis ging, en dat was een keerpunt.",
        ],
        (RoleGroup::Pupil, false) => &[
            "Ik heb zelf vaak gezegd dat het niet ging, maar niemand deed er echt iets mee.",
            "Ik heb geprobeerd het zelf op te lossen, maar dat lukte gewoon niet.",
        ],
        (RoleGroup::SchoolPro, true) => &[
            "Ik heb zelf mijn aanpak aangepast en veel tijd gestoken in gesprekken met {hem} en met thuis.",
            "Ik heb de ruimte genomen om het anders te doen dan het protocol voorschrijft.",
            "Ik heb vooral goed gekeken en geluisterd voordat ik iets ging veranderen.",
        ],
        (RoleGroup::SchoolPro, false) => &[
            "Ik heb gedaan wat ik kon, maar ik liep steeds weer aan tegen regels, tijd en geld.",
            "Ik heb me er met hart en ziel voor ingezet, en ben er zelf bijna aan onderdoor gegaan.",
            "Ik heb keer op keer aan de bel getrokken, zonder resultaat.",
        ],
        (RoleGroup::Outside, true) => &[
            "Ik heb vooral verbonden: ouders, school en hulpverlening aan één tafel gekregen.",
            "Ik kon vanuit mijn rol net even anders kijken, en dat bracht beweging.",
        ],
        (RoleGroup::Outside, false) => &[
            "Ik heb geprobeerd partijen bij elkaar te brengen, maar iedereen bleef naar een ander wijzen.",
            "Ik kon vanuit mijn rol adviseren, maar niet afdwingen dat er iets gebeurde.",
        ],
    }
}

/// A sentence about one named influence.
pub fn actor(influence: Influence, role: Role, good: bool) -> List {
    match (influence, good) {
        (Influence::Me, _) => me(role.group(), good),
        (Influence::Teachers, true) => &[
            "{Leraren} namen de tijd om {hem} echt te leren kennen en pasten de lessen daarop aan.",
            "{Leraren} bleven geduldig en zochten telkens een nieuwe ingang.",
            "{Leraren} hielden elkaar goed op de hoogte, zodat niet alles elke les opnieuw hoefde.",
        ],
        (Influence::Teachers, false) => &[
            "{Leraren} wisten niet goed wat ze met {hem} aan moesten en grepen vooral naar straf.",
            "{Leraren} hadden het te druk om goed op {hem} te letten; afspraken werden niet nagekomen.",
            "{Leraren} zagen vooral het gedrag in de klas en niet wat eronder zat.",
        ],
        (Influence::Ib, true) => &[
            "{Ib} hield alle lijnen bij elkaar en zorgde dat afspraken ook werden nagekomen.",
            "{Ib} organiseerde snel een overleg met iedereen aan tafel.",
            "{Ib} kwam regelmatig in de klas kijken en dacht mee in oplossingen.",
        ],
        (Influence::Ib, false) => &[
            "{Ib} beloofde veel, maar het bleef bij gesprekken zonder vervolg.",
            "{Ib} zat vol en kon pas na weken een afspraak maken.",
            "{Ib} verwees vooral door, in plaats van zelf iets op te pakken.",
        ],
        (Influence::Pupil, true) => &[
            "{Kind} gaf zelf heel duidelijk aan wat hielp en wat niet, en dat werd serieus genomen.",
            "{Kind} zette zelf de eerste stap door om hulp te vragen.",
            "{Kind} bleek veel veerkrachtiger dan iedereen had gedacht.",
        ],
        (Influence::Pupil, false) => &[
            "{Kind} trok {zich} steeds verder terug en wilde op het laatst met niemand meer praten.",
            "{Kind} raakte het vertrouwen kwijt en wilde niet meer meewerken.",
        ],
        (Influence::Parents, true) => &[
            "{Ouders} werkten goed mee en deelden wat thuis wel werkte.",
            "{Ouders} bleven positief en betrokken, ook toen het even tegenzat.",
        ],
        (Influence::Parents, false) => &[
            "{Ouders} voelden zich niet gehoord en het contact met school werd steeds stroever.",
            "{Ouders} moesten steeds opnieuw het hele verhaal doen, bij iedere nieuwe instantie.",
        ],
        (Influence::Direction, true) => &[
            "{Directie} gaf ruimte en ging er vol achter staan.",
            "{Directie} maakte extra uren vrij voor begeleiding in de klas.",
        ],
        (Influence::Direction, false) => &[
            "{Directie} hield de boot af en verwees naar de regels.",
            "{Directie} vond het 'niet te organiseren', en daarmee was de kous af.",
            "{Directie} stuurde vooral op cijfers en begroting, niet op wat er in de klas gebeurde.",
        ],
        (Influence::Partnership, true) => &[
            "Het samenwerkingsverband dacht mee en regelde binnen een paar weken een arrangement.",
            "Het samenwerkingsverband stuurde een deskundige die echt wist waar het over ging.",
        ],
        (Influence::Partnership, false) => &[
            "Het samenwerkingsverband liet maanden op zich wachten en wees de aanvraag uiteindelijk af.",
            "Bij het samenwerkingsverband werd vooral naar formulieren gekeken, niet naar het kind.",
            "Het samenwerkingsverband had geen passend aanbod en ook geen alternatief.",
        ],
        (Influence::Government, true) => &[
            "Dat de regelgeving hier ruimte voor liet, heeft zeker geholpen.",
            "De landelijke aandacht voor thuiszitters heeft de zaak wel versneld.",
        ],
        (Influence::Government, false) => &[
            "De overheid heeft passend onderwijs ingevoerd als bezuiniging, en dat merk je op de werkvloer elke dag.",
            "De regels uit Den Haag zijn bedacht achter een bureau, ver van de klas.",
            "Zolang de regering niet investeert in kleinere klassen, blijft dit dweilen met de kraan open.",
        ],
        (Influence::YouthCare, true) => &[
            "Het wijkteam van de gemeente schoof aan en bood hulp thuis, zodat school zich op het leren kon richten.",
            "Via de gemeente kwam er snel een jeugdhulpverlener die ook in de klas kwam kijken.",
        ],
        (Influence::YouthCare, false) => &[
            "De gemeente en de jeugdhulp wezen naar school, en school wees weer terug.",
            "De wachtlijst bij de jeugdhulp was ruim een half jaar; al die tijd gebeurde er niets.",
        ],
    }
}
