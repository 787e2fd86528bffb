//! The questions of the demo survey, with stable ids that tests, findings
//! and the CLI refer to.

use crate::model::{Codebook, Question, QuestionKind, TextRole};

/// Question ids of the demo survey.
pub mod ids {
    /// "Titel": the story's title (text).
    pub const TITEL: &str = "titel";
    /// "Ervaring": the story itself (text).
    pub const ERVARING: &str = "ervaring";
    /// "Datum": the story's date (date).
    pub const DATUM: &str = "datum";
    /// "Gevoel": how the teller felt (multiple choice).
    pub const GEVOEL: &str = "gevoel";
    /// "Ondersteuning": what the child needed support for (single choice).
    pub const ONDERSTEUNING: &str = "ondersteuning";
    /// "Heeft te maken met": relations, support, work or the system (single choice).
    pub const HEEFT_TE_MAKEN_MET: &str = "heeft_te_maken_met";
    /// "Grootste invloed 1": who had the most influence (single choice of `INVLOED`).
    pub const GROOTSTE_INVLOED_1: &str = "grootste_invloed_1";
    /// "Grootste invloed 2": the second answer to who had the most influence
    /// (single choice of `INVLOED`).
    pub const GROOTSTE_INVLOED_2: &str = "grootste_invloed_2";
    /// "Uw rolsoort": the teller's role (single choice).
    pub const ROLSOORT: &str = "rolsoort";
    /// "Onderwijssoort": PO, SO, VO, VSO or MBO (single choice).
    pub const ONDERWIJSSOORT: &str = "onderwijssoort";
    /// "Regio": the province (single choice).
    pub const REGIO: &str = "regio";
    /// "Gevolgen voor het kind": the consequences for the child (ordinal single choice).
    pub const GEVOLGEN: &str = "gevolgen";
    /// "Voorbeeld van goed onderwijs": absolutely not … certainly (slider).
    pub const VOORBEELD: &str = "voorbeeld_goed_onderwijs";
    /// "De manier waarop": how it went (slider).
    pub const MANIER: &str = "manier_waarop";
    /// "Wie was aan zet?": who had to act (triad).
    pub const WIE_AAN_ZET: &str = "wie_aan_zet";
    /// "Wat was doorslaggevend?": what was decisive (triad).
    pub const DOORSLAGGEVEND: &str = "doorslaggevend";
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn single(options: &[&str]) -> QuestionKind {
    QuestionKind::SingleChoice {
        options: strings(options),
        ordinal: false,
    }
}

/// Options of "Grootste invloed 1" and "… 2".
pub const INVLOED: [&str; 9] = [
    "ik zelf",
    "leraren",
    "intern begeleider",
    "leerling",
    "ouders",
    "schooldirectie",
    "samenwerkingsverband",
    "overheid/regering",
    "jeugdhulp/gemeente",
];

/// The demo survey's codebook, in display order.
#[allow(clippy::too_many_lines, reason = "a data table: the demo's questions")]
pub fn codebook() -> Codebook {
    use ids::*;
    let q = Question::new;
    let questions = vec![
        q(
            TITEL,
            "Titel",
            QuestionKind::Text {
                role: TextRole::Title,
            },
        ),
        q(
            ERVARING,
            "Ervaring",
            QuestionKind::Text {
                role: TextRole::Story,
            },
        ),
        q(DATUM, "Datum", QuestionKind::Date),
        q(
            GEVOEL,
            "Gevoel",
            QuestionKind::MultiChoice {
                options: strings(&[
                    "tevredenheid",
                    "hoop",
                    "trots",
                    "blijdschap",
                    "opluchting",
                    "teleurstelling",
                    "hopeloosheid",
                    "boosheid",
                    "frustratie",
                    "verdriet",
                    "onmacht",
                    "zorgen",
                ]),
            },
        ),
        q(
            ONDERSTEUNING,
            "Ondersteuning",
            single(&[
                "gedrag",
                "gediagnosticeerde stoornis",
                "werkhouding",
                "leerproblemen",
                "hoogbegaafdheid",
                "lichamelijke beperking of ziekte",
                "sociaal-emotioneel",
                "geen specifieke vraag",
            ]),
        ),
        q(
            HEEFT_TE_MAKEN_MET,
            "Heeft te maken met",
            single(&["relaties", "ondersteuning", "werksituatie", "systeem"]),
        ),
        q(GROOTSTE_INVLOED_1, "Grootste invloed 1", single(&INVLOED)),
        q(GROOTSTE_INVLOED_2, "Grootste invloed 2", single(&INVLOED)),
        q(
            ROLSOORT,
            "Uw rolsoort",
            single(&[
                "ouder/verzorger",
                "leerling/jongere",
                "leraar",
                "intern begeleider/zorgcoördinator",
                "schooldirectie",
                "professional buiten de school",
            ]),
        ),
        q(
            ONDERWIJSSOORT,
            "Onderwijssoort",
            single(&["PO", "SO", "VO", "VSO", "MBO"]),
        ),
        q(
            REGIO,
            "Regio",
            single(&[
                "Groningen",
                "Friesland",
                "Drenthe",
                "Overijssel",
                "Flevoland",
                "Gelderland",
                "Utrecht",
                "Noord-Holland",
                "Zuid-Holland",
                "Zeeland",
                "Noord-Brabant",
                "Limburg",
            ]),
        ),
        q(
            GEVOLGEN,
            "Gevolgen voor het kind",
            QuestionKind::SingleChoice {
                options: strings(&[
                    "zeer negatief",
                    "negatief",
                    "neutraal",
                    "positief",
                    "zeer positief",
                ]),
                ordinal: true,
            },
        ),
        q(
            VOORBEELD,
            "Voorbeeld van goed onderwijs",
            QuestionKind::Slider {
                left: "Absoluut niet".into(),
                right: "Zeker wel".into(),
            },
        ),
        q(
            MANIER,
            "De manier waarop",
            QuestionKind::Slider {
                left: "onacceptabel".into(),
                right: "perfect".into(),
            },
        ),
        q(
            WIE_AAN_ZET,
            "Wie was aan zet?",
            QuestionKind::Triad {
                top: "het kind".into(),
                left: "de school".into(),
                right: "de ouders".into(),
            },
        ),
        q(
            DOORSLAGGEVEND,
            "Wat was doorslaggevend?",
            QuestionKind::Triad {
                top: "kennis".into(),
                left: "tijd".into(),
                right: "geld".into(),
            },
        ),
    ];
    Codebook { questions }
}
