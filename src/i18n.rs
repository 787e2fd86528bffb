//! Every UI string in Dutch and English.
//!
//! Strings live in one typed table, [`Strings`], with one constant per
//! language ([`NL`], [`EN`]). The `strings!` macro declares each key once
//! with both translations side by side, so a string missing in either
//! language does not compile. Placeholders like `{n}` are filled with
//! [`fill`]. Chart labels come from the data and are not translated.

use serde::{Deserialize, Serialize};

/// A UI language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    Dutch,
    English,
}

impl Language {
    pub const ALL: [Self; 2] = [Self::Dutch, Self::English];

    /// The language's name in itself, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::Dutch => "Nederlands",
            Self::English => "English",
        }
    }

    /// Picks the language from a BCP 47 locale such as `nl-NL` or `en-US`:
    /// Dutch for `nl*`, English for anything else.
    pub fn from_locale(locale: &str) -> Self {
        if locale.to_ascii_lowercase().starts_with("nl") {
            Self::Dutch
        } else {
            Self::English
        }
    }

    /// The string table of this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Self::Dutch => &NL,
            Self::English => &EN,
        }
    }
}

/// Replaces every `{name}` in `template` with its value. A template that
/// counts something writes its noun as `[one|many]` ("{n} [verhaal|verhalen]"):
/// the singular is taken when the value named `n` is 1, so no screen says
/// "1 stories".
pub fn fill(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    let n = values
        .iter()
        .find(|(name, _)| *name == "n")
        .map(|(_, value)| value.to_string());
    let mut out = plural(template, n.as_deref() == Some("1"));
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), &value.to_string());
    }
    out
}

/// Resolves every `[one|many]` group of `template` to one of its forms;
/// brackets without exactly one `|` inside ("[naam school]") stay as they are.
pub fn plural(template: &str, one: bool) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let group = after
            .find(']')
            .map(|close| (close, &after[..close]))
            .and_then(|(close, inside)| Some((close, inside.split_once('|')?)))
            .filter(|(_, (a, b))| !a.contains('|') && !b.contains('|') && !a.contains('['));
        match group {
            Some((close, (singular, many))) => {
                out.push_str(if one { singular } else { many });
                rest = &after[close + 1..];
            }
            None => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Formats a count with a thin thousands separator as each language
/// writes it: `2.000` in Dutch, `2,000` in English.
pub fn format_count(language: Language, n: usize) -> String {
    let digits = n.to_string();
    let separator = match language {
        Language::Dutch => '.',
        Language::English => ',',
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// Formats a number with `decimals` decimals in the language's style
/// (decimal comma in Dutch).
pub fn format_decimal(language: Language, value: f64, decimals: usize) -> String {
    let s = format!("{value:.decimals$}");
    match language {
        Language::Dutch => s.replace('.', ","),
        Language::English => s,
    }
}

macro_rules! strings {
    ($($key:ident: $nl:literal / $en:literal,)*) => {
        /// The table of UI strings of one language.
        #[derive(Debug)]
        pub struct Strings {
            $(pub $key: &'static str,)*
        }

        /// Dutch.
        pub const NL: Strings = Strings { $($key: $nl,)* };
        /// English.
        pub const EN: Strings = Strings { $($key: $en,)* };

        impl Strings {
            /// Every (key, text) pair, for completeness checks.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key),)*]
            }
        }
    };
}

strings! {
    questions: "Vragen" / "Questions",
    triads: "Triades" / "Triads",
    sliders: "Schuifvragen" / "Sliders",
    choices: "Keuzevragen" / "Choices",
    texts: "Tekst en overig" / "Text and other",
    language: "Taal" / "Language",
    stories_count: "{n} [verhaal|verhalen]" / "{n} [story|stories]",
    source: "Bron" / "Source",
    embedded_demo: "ingebouwde demo" / "embedded demo",
    pick_question: "Kies links een vraag om de grafiek te zien." / "Pick a question on the left to see its chart.",
    n_answered: "n = {n}" / "n = {n}",
    missing: "ontbrekend" / "missing",
    not_applicable: "niet van toepassing" / "not applicable",
    mean: "gemiddelde" / "mean",
    median: "mediaan" / "median",
    sd: "sd" / "sd",
    geometric_mean: "geometrisch gemiddelde" / "geometric mean",
    arithmetic_mean: "rekenkundig gemiddelde" / "arithmetic mean",
    count: "aantal" / "count",
    percent_of_stories: "% van de verhalen" / "% of stories",
    counts: "Aantallen" / "Counts",
    percentages: "Percentages" / "Percentages",
    multi_count_note: "Meerdere antwoorden mogelijk: een verhaal telt mee bij elke optie die het koos." / "Several answers allowed: a story counts towards every option it chose.",
    stories_per_option: "aantal verhalen" / "number of stories",
    bar_value_hint: "Wat de lengte en het getal van een balk tonen" / "What a bar's length and number show",
    multi_note: "Meerdere antwoorden mogelijk: percentages tellen niet op tot 100." / "Several answers allowed: percentages do not add up to 100.",
    zero_note: "Nullen vervangen door {z} (schaal 0–100) voor het geometrisch gemiddelde." / "Zeros replaced by {z} (0–100 scale) for the geometric mean.",
    too_few: "Te weinig verhalen (n = {n})" / "Too few stories (n = {n})",
    zone_count: "{n} ({p}%)" / "{n} ({p}%)",
    confidence_note: "Lijn om het geometrisch gemiddelde: {level}%-betrouwbaarheidsgebied (Hotelling, log-ratio's)." / "Outline around the geometric mean: {level}% confidence region (Hotelling, log-ratios).",
    show_zones: "Zones" / "Zones",
    colour_by: "Kleur naar" / "Colour by",
    options_shown: "Opties" / "Options",
    move_up: "Omhoog" / "Move up",
    move_down: "Omlaag" / "Move down",
    small_multiples: "Per optie" / "Per option",
    small_multiples_hint: "Eén kleine grafiek per optie van de uitsplitsing" / "One small chart per option of the split",
    show_zones_hint: "Deel de driehoek in zeven zones met aantallen" / "Split the triangle into seven zones with counts",
    chart_min_n: "Minimum n" / "Minimum n",
    chart_min_n_hint: "Panelen met minder verhalen worden niet getekend (standaard van het project: {n})" / "Panels with fewer stories are not drawn (project default: {n})",
    no_chart: "Voor dit soort vraag is er (nog) geen grafiek." / "There is no chart for this kind of question (yet).",
    split_by: "Uitsplitsen naar" / "Split by",
    split_none: "(niets)" / "(nothing)",
    cell_counts: "aantallen" / "counts",
    cell_row_percent: "rij-%" / "row %",
    cell_column_percent: "kolom-%" / "column %",
    more_often: "vaker dan verwacht" / "more often than expected",
    less_often: "minder vaak dan verwacht" / "less often than expected",
    chi2_line: "χ² = {chi2}, df = {df}, {p}, Cramér's V = {v}" / "χ² = {chi2}, df = {df}, {p}, Cramér's V = {v}",
    mentions_note: "Meerdere antwoorden mogelijk: cellen tellen vermeldingen; elke optie is apart getoetst." / "Several answers allowed: cells count mentions; each option is tested on its own.",
    kruskal_line: "Kruskal–Wallis H = {h}, df = {df}, {p}" / "Kruskal–Wallis H = {h}, df = {df}, {p}",
    spearman_line: "Spearman ρ = {rho}, {p} (n = {n})" / "Spearman ρ = {rho}, {p} (n = {n})",
    differs_chi2: "De selectie verschilt van de rest: χ² = {chi2}, df = {df}, {p}." / "The selection differs from the rest: χ² = {chi2}, df = {df}, {p}.",
    same_chi2: "Geen duidelijk verschil tussen selectie en rest: χ² = {chi2}, df = {df}, {p}." / "No clear difference between selection and rest: χ² = {chi2}, df = {df}, {p}.",
    differs_mwu: "De selectie verschilt van de rest: Mann–Whitney U = {u}, {p}." / "The selection differs from the rest: Mann–Whitney U = {u}, {p}.",
    same_mwu: "Geen duidelijk verschil tussen selectie en rest: Mann–Whitney U = {u}, {p}." / "No clear difference between selection and rest: Mann–Whitney U = {u}, {p}.",
    changed_cells: "Cellen die veranderen" / "Cells that change",
    whole_set: "Alle verhalen" / "All stories",
    expected: "verwacht" / "expected",
    close: "Sluiten" / "Close",
    untitled: "(zonder titel)" / "(untitled)",
    back_to_list: "terug naar de lijst" / "back to the list",
    next_story: "Volgend verhaal" / "Next story",
    previous_story: "Vorig verhaal" / "Previous story",
    all_answering: "alle verhalen in dit paneel" / "all stories in this panel",
    near_point: "verhalen rond dit punt" / "stories around this point",
    flagged_note: "omlijnd: |z| ≥ {z}" / "outlined: |z| ≥ {z}",
    selections: "Selecties" / "Selections",
    saved_to: "Bewaard in {file}" / "Saved to {file}",
    open_title: "Openen…" / "Open…",
    save: "Bewaren" / "Save",
    save_title: "Bewaren als…" / "Save as…",
    open_filter_all: "Projecten en exports" / "Projects and exports",
    open_filter_data: "Exports (spreadsheet, CSV)" / "Exports (spreadsheet, CSV)",
    use_as_quote: "Gebruik als citaat" / "Use as quote",
    use_as_quote_hint: "Voeg het begin van dit verhaal als citaat toe aan de open bevinding" / "Add the start of this story as a quote to the open finding",
    save_where: "Kies eerst waar het project bewaard wordt (Bestand → Bewaren als…)." / "Choose where to save the project first (File → Save as…).",
    findings: "Bevindingen" / "Findings",
    compare_with: "Vergelijk met" / "Compare with",
    versus_all: "t.o.v. alle verhalen" / "vs all stories",
    versus_rest: "t.o.v. de rest" / "vs the rest",
    save_as_finding: "Bewaar als bevinding" / "Save as finding",
    save_as_finding_hint: "Bewaar deze grafiek en vergelijking, om tekst bij te schrijven" / "Keep this chart and comparison, to write about it",
    present: "Presenteren" / "Present",
    new_selection: "Nieuwe selectie" / "New selection",
    rename: "Naam" / "Name",
    duplicate: "Dupliceren" / "Duplicate",
    delete: "Verwijderen" / "Delete",
    filter_text: "Filter (als tekst)" / "Filter (as text)",
    apply_filter: "Toepassen" / "Apply",
    builder_question: "Vraag" / "Question",
    builder_from: "van" / "from",
    builder_to: "tot en met" / "to",
    builder_contains: "bevat" / "contains",
    builder_add: "Voeg voorwaarde toe" / "Add condition",
    builder_clear: "Alles wissen" / "Clear all",
    stories_in_selection: "{n} [verhaal|verhalen]" / "{n} [story|stories]",
    no_selections: "Nog geen selecties. Maak er een om de grafieken te vergelijken." / "No selections yet. Make one to compare the charts.",
    what_we_saw: "Wat zagen we?" / "What did we see?",
    what_we_see_now: "Wat zien we nu?" / "What do we see now?",
    interpretation: "Interpretatie" / "Interpretation",
    proposals: "Verbetervoorstellen (één per regel)" / "Improvement proposals (one per line)",
    quotes: "Citaten" / "Quotes",
    finding_title: "Titel" / "Title",
    ungrouped: "Overige bevindingen" / "Other findings",
    no_findings: "Nog geen bevindingen. Kies een grafiek en een selectie en bewaar ze als bevinding." / "No findings yet. Pick a chart and a selection and save them as a finding.",
    close_finding: "Bevinding sluiten" / "Close finding",
    // findings: autosave, perspectives, redaction, exports from the menu
    autosave_failed: "Automatisch bewaren lukte niet: {error}" / "Autosave failed: {error}",
    recover_question: "Herstel niet-opgeslagen wijzigingen van {time}?" / "Restore unsaved changes from {time}?",
    recover_restore: "Herstellen" / "Restore",
    recover_discard: "Weggooien" / "Discard",
    new_perspective: "Nieuw perspectief" / "New perspective",
    new_perspective_title: "Perspectief {n}" / "Perspective {n}",
    perspective_title: "Titel van het perspectief" / "Title of the perspective",
    perspective_introduction: "Inleiding" / "Introduction",
    edit_perspective: "Perspectief bewerken" / "Edit perspective",
    delete_perspective: "Perspectief verwijderen (de bevindingen blijven)" / "Delete perspective (its findings stay)",
    move_to: "Verplaats naar" / "Move to",
    drag_hint: "Sleep een bevinding om de volgorde of het perspectief te veranderen." / "Drag a finding to change its order or perspective.",
    finding_stale: "De selectie “{name}” is veranderd sinds deze bevinding; de bevinding toont nog de oude." / "The selection “{name}” changed since this finding; the finding still shows the old one.",
    update_to_current: "Bijwerken naar huidige selectie" / "Update to the current selection",
    delete_finding: "Bevinding verwijderen" / "Delete finding",
    redact_heading: "Anonimiseren" / "Redact",
    redact_text: "Te vervangen tekst" / "Text to replace",
    redact_use_selection: "Gebruik selectie" / "Use selection",
    redact_with: "Vervang door" / "Replace with",
    redact_school: "[naam school]" / "[school name]",
    redact_place: "[plaats]" / "[place]",
    redact_name: "[naam]" / "[name]",
    redact_free: "Eigen tekst" / "Own text",
    redact_apply: "Vervangen" / "Replace",
    redact_not_found: "Deze tekst staat niet in de titel of tekst van het verhaal." / "This text is not in the story's title or text.",
    redact_list: "Vervangen in dit verhaal" / "Replaced in this story",
    redact_remove: "Vervanging verwijderen" / "Remove replacement",
    redacted_note: "Gemarkeerde tekst is vervangen; de bron blijft ongewijzigd." / "Marked text was replaced; the source stays unchanged.",
    menu_export: "Exporteren" / "Export",
    export_report_menu: "Rapport" / "Report",
    export_snapshot_menu: "Bevinding als afbeelding" / "Finding as image",
    export_snapshot_png: "PNG (2×, voor de beamer)" / "PNG (2×, for projectors)",
    export_table_menu: "Selectie als tabel" / "Selection as table",
    export_save_title: "Exporteren als…" / "Export as…",
    export_needs_finding: "Open eerst een bevinding om er een afbeelding van te maken." / "Open a finding first to make an image of it.",
    export_running: "Bezig met exporteren naar {file}…" / "Exporting to {file}…",
    exported_to: "Geëxporteerd naar {file}" / "Exported to {file}",
    export_failed: "Exporteren mislukt: {error}" / "Export failed: {error}",
    undo: "Ongedaan maken" / "Undo",
    redo: "Opnieuw" / "Redo",
    menu_edit: "Bewerken" / "Edit",
    slide_of: "{i} van {n}" / "{i} of {n}",
    flip_hint: "spatie: wissel tussen alle verhalen en de selectie · ←/→: volgende · Esc: stoppen" / "space: switch between all stories and the selection · ←/→: next · Esc: stop",
    leave_presentation: "Stoppen" / "Stop",
    no_slides: "Er zijn nog geen bevindingen om te presenteren." / "There are no findings to present yet.",
    selection: "Selectie" / "Selection",
    rest: "De rest" / "The rest",
    text_question_info: "{n} [verhaal heeft|verhalen hebben] deze tekst ingevuld." / "{n} [story|stories] filled in this text.",
    menu_file: "Bestand" / "File",
    menu_view: "Beeld" / "View",
    quit: "Afsluiten" / "Quit",
    theme_light: "Licht" / "Light",
    theme_dark: "Donker" / "Dark",
    theme_projector: "Projector (hoog contrast)" / "Projector (high contrast)",
    text_larger: "Tekst groter" / "Larger text",
    text_smaller: "Tekst kleiner" / "Smaller text",
    text_normal: "Normale tekstgrootte" / "Normal text size",
    full_screen: "Volledig scherm" / "Full screen",
    open_demo: "Demo openen" / "Open the demo",
    kind_triad: "triade" / "triad",
    kind_slider: "schuifvraag" / "slider",
    kind_single: "enkele keuze" / "single choice",
    kind_multi: "meerkeuze" / "multiple choice",
    kind_text: "tekst" / "text",
    kind_number: "getal" / "number",
    kind_date: "datum" / "date",
    kind_stones: "stenen" / "stones",
    kind_id: "id" / "id",
    // export
    all_stories: "Alle verhalen" / "All stories",
    selection_heading: "Selectie" / "Selection",
    export_source: "Bron: {source}" / "Source: {source}",
    bars_count_note: "Aantallen verhalen die deze vraag beantwoordden, per optie." / "Numbers of the stories that answered this question, per option.",
    bars_note: "Percentages van de verhalen die deze vraag beantwoordden." / "Percentages of the stories that answered this question.",
    density_note: "Kleurvlakken: hoe donkerder, hoe meer verhalen ({n} op het donkerste vlak)." / "Shading: the darker, the more stories ({n} in the darkest cell).",
    dot_sample_note: "Stippen: een gelijkmatige steekproef van {k} van de {n} verhalen; gemiddelden, zones en toetsen tellen alle verhalen." / "Dots: an even sample of {k} of {n} stories; means, zones and tests count every story.",
    density_cell: "Verhalen in dit vlak: {n}" / "Stories in this cell: {n}",
    options_shown_note: "Getoond: {k} van de {n} opties van {question}; de getallen en toetsen tellen alle antwoorden." / "Shown: {k} of the {n} options of {question}; the numbers and tests count every answer.",
    // filters
    filter_all: "alle verhalen" / "all stories",
    filter_none: "geen verhalen" / "no stories",
    filter_and: "en" / "and",
    filter_or: "of" / "or",
    filter_not: "niet {f}" / "not {f}",
    filter_has: "{q} heeft {o}" / "{q} has {o}",
    filter_has_not: "{q} heeft geen {o}" / "{q} has no {o}",
    filter_one_of: "{q} is een van ({list})" / "{q} is one of ({list})",
    filter_has_one_of: "{q} heeft een van ({list})" / "{q} has one of ({list})",
    filter_none_of: "{q} is geen van ({list})" / "{q} is none of ({list})",
    filter_has_none_of: "{q} heeft geen van ({list})" / "{q} has none of ({list})",
    filter_contains: "{q} bevat \"{text}\"" / "{q} contains \"{text}\"",
    filter_text_contains: "tekst bevat \"{text}\"" / "text contains \"{text}\"",
    filter_zone: "{q} in zone ‘{zone}’" / "{q} in zone ‘{zone}’",
    filter_polygon: "{q} binnen een getekend gebied ({n} punten)" / "{q} inside a drawn area ({n} points)",
    filter_stone: "{q}: steen {stone} op x {x}, y {y}" / "{q}: stone {stone} at x {x}, y {y}",
    filter_story_list: "verhalen {list}" / "stories {list}",
    filter_story_count: "{n} [gekozen verhaal|gekozen verhalen]" / "{n} [chosen story|chosen stories]",
    filter_answered: "{q} is beantwoord" / "{q} is answered",
    filter_missing: "{q} ontbreekt" / "{q} is missing",
    filter_not_applicable: "{q} is niet van toepassing" / "{q} is not applicable",
    zone_top: "boven" / "top",
    zone_left: "links" / "left",
    zone_right: "rechts" / "right",
    zone_corner: "bij {a}" / "near {a}",
    zone_corner_name: "hoek {a}" / "{a} corner",
    zone_between: "tussen {a} en {b}" / "between {a} and {b}",
    zone_centre: "midden" / "centre",
    selection_default_name: "Selectie {n}" / "Selection {n}",
    selection_copy_name: "{name} (kopie)" / "{name} (copy)",
    selection_copy_name_n: "{name} (kopie {n})" / "{name} (copy {n})",
    // project
    project_perspective: "Perspectief" / "Perspective",
    project_finding: "Bevinding" / "Finding",
    project_ungrouped_findings: "Niet ingedeeld" / "Not grouped",
    project_finding_saw: "Wat zagen we?" / "What did we see?",
    project_finding_see_now: "Wat zien we nu?" / "What do we see now?",
    project_finding_interpretation: "Duiding" / "Interpretation",
    project_finding_proposals: "Verbetervoorstellen" / "Improvement proposals",
    project_finding_quotes: "Voorbeeldverhalen" / "Example stories",
    project_finding_stale: "De selectie ‘{name}’ is gewijzigd sinds deze bevinding is gemaakt." / "The selection ‘{name}’ changed since this finding was made.",
    project_finding_update: "Bijwerken naar de huidige selectie" / "Update to the current selection",
    project_finding_selection_deleted: "De selectie ‘{name}’ bestaat niet meer; de bevinding gebruikt de bewaarde kopie." / "The selection ‘{name}’ no longer exists; the finding uses its saved copy.",
    project_source_changed: "Het bronbestand {path} is veranderd sinds het project het las." / "The source file {path} changed since the project read it.",
    project_source_missing: "Het bronbestand {path} is niet gevonden." / "The source file {path} was not found.",
    project_recover_autosave: "Er is een automatisch bewaarde versie van dit project die nieuwer is dan het bestand. Wilt u die herstellen?" / "There is an autosaved version of this project that is newer than the file. Do you want to recover it?",
    project_recover: "Herstellen" / "Recover",
    project_discard: "Weggooien" / "Discard",
    project_undo: "Ongedaan maken" / "Undo",
    project_redo: "Opnieuw" / "Redo",
    project_save: "Opslaan" / "Save",
    project_save_as: "Opslaan als…" / "Save as…",
    project_open: "Project openen…" / "Open project…",
    project_rematch_clean: "Alle bevindingen en citaten passen bij de nieuwe gegevens." / "All findings and quotes match the new data.",
    project_rematch_vanished_quote: "Het geciteerde verhaal {story} staat niet meer in de gegevens." / "The quoted story {story} is no longer in the data.",
    project_rematch_changed_quote: "Het citaat uit verhaal {story} staat niet meer in de tekst van dat verhaal." / "The quote from story {story} no longer occurs in that story's text.",
    project_rematch_vanished_stories: "De selectie ‘{name}’ noemt verhalen die er niet meer zijn: {list}." / "The selection ‘{name}’ names stories that are gone: {list}.",
    project_rematch_missing_question: "De vraag {question} komt niet meer voor in de gegevens." / "The question {question} no longer occurs in the data.",
    // export2
    export_quartiles: "kwartielen (middelste helft)" / "quartiles (middle half)",
    export_whiskers: "laagste tot hoogste" / "lowest to highest",
    export_residual_scale: "kleur: aangepast residu z, voller tot |z| = 4" / "colour: adjusted residual z, fuller up to |z| = 4",
    export_sparse: "{below} van de {cells} verwachte aantallen zijn kleiner dan 5: lees de toets met voorzichtigheid." / "{below} of the {cells} expected counts are below 5: read the test with care.",
    export_group_means: "Grote stip met rand: geometrisch gemiddelde per optie (vanaf n = {n})." / "Large ringed dot: geometric mean per option (from n = {n}).",
    export_selection_is: "Selectie: {selection}" / "Selection: {selection}",
    export_compared_with: "vergeleken met {baseline}" / "compared with {baseline}",
    export_story: "verhaal {id}" / "story {id}",
    // reports
    report_saw: "Wat zagen we?" / "What did we see?",
    report_see_now: "Wat zien we nu?" / "What do we see now?",
    report_interpretation: "Interpretatie" / "Interpretation",
    report_proposals: "Verbetervoorstellen" / "Improvement proposals",
    report_quotes: "Uit de verhalen" / "From the stories",
    report_other_findings: "Overige bevindingen" / "Other findings",
    report_perspective: "Perspectief {n}: {title}" / "Perspective {n}: {title}",
    report_chart: "Grafiek: {title}" / "Chart: {title}",
    report_selection: "Selectie: {name} ({n} [verhaal|verhalen])" / "Selection: {name} ({n} [story|stories])",
    report_baseline: "vergeleken met: {name} ({n} [verhaal|verhalen])" / "compared with: {name} ({n} [story|stories])",
    report_story: "verhaal {id}" / "story {id}",
    report_chart_unavailable: "De grafiek kan niet worden getekend: {reason}" / "The chart cannot be drawn: {reason}",
    report_date: "Datum: {date}" / "Date: {date}",
    report_source: "Bron: {source}" / "Source: {source}",
    report_page: "pagina {n} van {total}" / "page {n} of {total}",
    table_story_id: "id" / "id",
    table_title: "titel" / "title",
    table_text: "tekst" / "text",
    // import dialog
    import_window_title: "Gegevens importeren" / "Import data",
    import_menu_open: "Gegevens openen…" / "Open data…",
    import_file: "Bestand: {file}" / "File: {file}",
    import_layout: "Herkend als: {layout}" / "Recognised as: {layout}",
    layout_sensemaker_raw: "SenseMaker (ruwe export)" / "SenseMaker (raw export)",
    layout_sensemaker_workbench: "SenseMaker Workbench" / "SenseMaker Workbench",
    layout_spryng: "Spryng" / "Spryng",
    layout_narrafirma: "NarraFirma" / "NarraFirma",
    layout_generic: "tabel met één kolom per vraag" / "table with one column per question",
    import_reading: "Bezig met inlezen…" / "Reading…",
    import_stop: "Stoppen" / "Stop",
    import_retry: "Opnieuw proberen" / "Try again",
    import_other_file: "Ander bestand…" / "Another file…",
    import_open_title: "Gegevensbestand openen" / "Open a data file",
    import_survey_files: "Enquête-exports" / "Survey exports",
    import_preview: "Voorbeeld (eerste {n} rijen)" / "Preview (first {n} rows)",
    import_questions: "Gevonden vragen ({n})" / "Questions found ({n})",
    import_column: "Kolom" / "Column",
    import_title: "Titel" / "Title",
    import_kind: "Soort" / "Kind",
    import_confidence: "Zekerheid" / "Confidence",
    import_select_of: "Kiezen: {q}" / "Select: {q}",
    import_title_of: "Titel van {q}" / "Title of {q}",
    import_kind_of: "Soort van {q}" / "Kind of {q}",
    import_ignore: "negeren" / "ignore",
    import_ignore_of: "Negeren: {q}" / "Ignore: {q}",
    import_ignored: "(genegeerd)" / "(ignored)",
    import_options: "Opties van {q}" / "Options of {q}",
    import_option_up: "Omhoog: {o}" / "Up: {o}",
    import_option_down: "Omlaag: {o}" / "Down: {o}",
    import_ordinal: "ordinaal" / "ordinal",
    import_ordinal_of: "Ordinaal: {q}" / "Ordinal: {q}",
    import_merge: "Kolommen samenvoegen" / "Merge columns",
    import_merge_hint: "Vink hierboven kolommen aan om ze samen te voegen: drie getallen tot een triade, of enkele kolommen tot één meerkeuzevraag." / "Tick columns above to merge them: three numbers into a triad, or several columns into one multiple-choice question.",
    import_new_title: "Titel van de nieuwe vraag" / "Title of the new question",
    import_corner_top: "Boven" / "Top",
    import_corner_left: "Links" / "Left",
    import_corner_right: "Rechts" / "Right",
    import_make_triad: "Maak triade" / "Make triad",
    import_make_multi: "Maak meerkeuze" / "Make multiple choice",
    import_report: "Importverslag ({n} [melding|meldingen])" / "Import report ({n} [note|notes])",
    import_report_empty: "Geen meldingen: alles is ingelezen zoals het er stond." / "No notes: everything was read as it stood.",
    import_save_report: "Verslag opslaan…" / "Save report…",
    import_report_file: "importverslag" / "import-report",
    import_text_files: "Tekstbestanden" / "Text files",
    import_report_saved: "Verslag opgeslagen in {path}" / "Report saved to {path}",
    import_report_failed: "Het verslag kon niet worden opgeslagen: {reason}" / "The report could not be saved: {reason}",
    import_button: "Importeren" / "Import",
    import_sheet: "Werkblad" / "Sheet",
    reimport_menu: "Nieuwere export inlezen…" / "Import a newer export…",
    reimport_title: "Nieuwere export van deze enquête" / "A newer export of this survey",
    reimport_hint: "Leest een nieuwere export met de codebookwijzigingen van dit project; bevindingen, selecties en citaten blijven, gekoppeld op verhaal-id." / "Reads a newer export with this project's codebook edits; findings, selections and quotes stay, matched by story id.",
    reimport_done: "Nieuwere export ingelezen: {n} [verhaal|verhalen]." / "Newer export imported: {n} [story|stories].",
    reimport_vanished: "Niet meer te vinden: {quotes} citaten, {stories} verhalen in selecties, {questions} vragen." / "No longer found: {quotes} quotes, {stories} stories in selections, {questions} questions.",
    recent_files: "Recente bestanden" / "Recent files",
    recent_none: "(nog geen)" / "(none yet)",
    recent_missing: "{file} bestaat niet meer; het is uit de lijst gehaald." / "{file} no longer exists; it was taken off the list.",
    reopen_last: "Laatste project openen bij starten" / "Open the last project on launch",
    menu_help: "Help" / "Help",
    welcome_menu: "Welkom en uitleg" / "Welcome and how it works",
    welcome_title: "Welkom bij Storylens" / "Welcome to Storylens",
    welcome_intro: "Storylens helpt u duizenden verhalen te lezen samen met wat de vertellers er zelf over zeiden: kijk naar patronen, vergelijk een selectie met het geheel en lees de verhalen erachter." / "Storylens helps you read thousands of stories together with what their tellers said about them: look at patterns, compare a selection with the whole, and read the stories behind them.",
    welcome_open_file: "Een bestand openen…" / "Open a file…",
    welcome_open_hint: "Een Storylens-project, of de export van SenseMaker, Spryng, NarraFirma of uw eigen Excel-formulier" / "A Storylens project, or the export of SenseMaker, Spryng, NarraFirma or your own Excel form",
    welcome_explore_demo: "De demo verkennen" / "Explore the demo",
    welcome_explore_hint: "2.000 verzonnen verhalen over passend onderwijs, met negen voorbeeldbevindingen" / "2,000 made-up stories about inclusive education, with nine example findings",
    welcome_how: "Hoe het werkt" / "How it works",
    welcome_step_look: "1. Kijken — kies links een vraag: een driehoek, schuifregelaar of keuzevraag wordt een grafiek. Klik op een punt, staaf of cel om de verhalen te lezen." / "1. Look — pick a question on the left: a triad, slider or choice becomes a chart. Click a dot, bar or cell to read the stories.",
    welcome_step_compare: "2. Vergelijken — maak een selectie (bijvoorbeeld ‘voorbeeld van goed onderwijs ≥ 70’) en zie haar naast alle verhalen, met dezelfde schalen." / "2. Compare — make a selection (for example ‘example of good education ≥ 70’) and see it next to all stories, on the same scales.",
    welcome_step_tell: "3. Vertellen — bewaar een vergelijking als bevinding, schrijf ‘Wat zagen we?’ en ‘Wat zien we nu?’, en maak er een rapport of presentatie van." / "3. Tell — save a comparison as a finding, write ‘What did we see?’ and ‘What do we see now?’, and turn it into a report or a presentation.",
    welcome_picture_look: "Een triade van de demo" / "A triad of the demo",
    welcome_picture_compare: "Selectie naast alle verhalen" / "A selection next to all stories",
    welcome_picture_tell: "Een bevinding als plaatje" / "A finding as a picture",
    import_cancel: "Annuleren" / "Cancel",
    import_repaired: "{n} hersteld" / "{n} repaired",
    kind_title: "titel" / "title",
    kind_story: "verhaal" / "story",
    story_text: "Tekst van het verhaal" / "Text of the story",
    kind_ignore: "negeren" / "ignore",
    reason_edited: "door u gekozen" / "chosen by you",
    reason_weights: "drie gewichten die samen een geheel zijn" / "three weights that sum to a whole",
    reason_stones: "posities van stenen" / "stone positions",
    reason_options: "aangevinkte opties per verhaal" / "options ticked per story",
    reason_few_options: "enkele antwoorden die vaak terugkomen" / "a few answers, repeated often",
    reason_many_options: "veel verschillende antwoorden; misschien vrije tekst" / "many different answers; perhaps free text",
    reason_slider_range: "getallen verspreid over de schaal; kan ook een gewoon getal zijn" / "numbers spread over the scale; could be plain numbers",
    reason_numbers: "getallen" / "numbers",
    reason_dates: "datums" / "dates",
    reason_identifiers: "een id-kolom" / "an id column",
    reason_title_header: "de kop noemt een titel" / "the header names a title",
    reason_long_texts: "lange, meest verschillende teksten" / "long, mostly different texts",
    reason_other_text: "tekst die geen titel of verhaal is" / "text that is neither title nor story",
    lasso_click_corners: "Hoeken klikken" / "Click corners",
    lasso_hint: "Sleep over de driehoek om een gebied te omcirkelen, of zet dit aan en klik de hoeken van een veelhoek (klik de eerste hoek opnieuw om te sluiten)." / "Drag across the triangle to encircle an area, or switch this on and click the corners of a polygon (click the first corner again to close it).",
    lasso_close: "Veelhoek sluiten" / "Close polygon",
    lasso_cancel: "Wissen" / "Clear",
    brushed: "Gemarkeerd: {what} · {n} [verhaal|verhalen]" / "Marked: {what} · {n} [story|stories]",
    brush_select: "Selecteer deze verhalen" / "Select these stories",
    brush_add: "Voeg toe aan selectie" / "Add to selection",
    brush_remove: "Haal uit selectie" / "Remove from selection",
    brush_needs_selection: "Vergelijk eerst met een benoemde selectie." / "Compare with a named selection first.",
    overlay: "Over elkaar" / "Overlay",
    overlay_hint: "Toon basis en selectie samen in één grafiek, op dezelfde schaal." / "Show baseline and selection together in one chart, on the same scale.",
    overlay_shift: "verschuiving van basis naar selectie" / "shift from baseline to selection",
    percent_of_n: "% van n" / "% of n",
    grid: "Raster" / "Grid",
    grid_perspectives: "Bevindingen van een perspectief" / "Findings of a perspective",
    grid_questions: "Gekozen vragen, vergeleken zoals nu" / "Chosen questions, compared as now",
    grid_show_chosen: "Toon {n} gekozen [vraag|vragen]" / "Show {n} chosen [question|questions]",
    grid_chosen: "Gekozen vragen" / "Chosen questions",
    grid_count: "{n} [grafiek|grafieken]" / "{n} [chart|charts]",
    grid_close: "Raster sluiten" / "Close grid",
    grid_empty: "Dit raster heeft geen grafieken." / "This grid has no charts.",
    grid_full_size: "Op volle grootte tonen" / "Show full size",
    search: "Zoeken" / "Search",
    search_hint: "woord in titel of verhaal" / "word in title or story",
    search_matches: "{n} [treffer|treffers]" / "{n} [match|matches]",
    // Unsaved changes: the prompt before work would be replaced or closed.
    unsaved_title: "Wijzigingen bewaren?" / "Save changes?",
    unsaved_body: "“{project}” heeft wijzigingen die nog niet zijn bewaard. Bewaar je ze voordat je verdergaat?" / "“{project}” has changes that are not saved yet. Save them before you go on?",
    unsaved_save: "Bewaren" / "Save",
    unsaved_discard: "Niet bewaren" / "Don't save",
    unsaved_cancel: "Annuleren" / "Cancel",
    unsaved_reopened: "Terug naar “{project}”: het openen is ongedaan gemaakt." / "Back to “{project}”: opening was undone.",
    close_project: "Project sluiten" / "Close project",
    import_notes: "{n} [melding|meldingen] bij het importeren" / "{n} [note|notes] on the import",
    import_notes_show: "Tonen" / "Show",
    import_report_menu: "Importverslag…" / "Import report…",
    metadata: "Metadata" / "Metadata",
    export_this_finding: "Deze bevinding exporteren…" / "Export this finding…",
    crosstab_below_one: "{cells} verwachte aantallen zijn kleiner dan 1." / "{cells} expected counts are below 1.",
    crosstab_not_testable: "Maar {rows} × {columns} niet-lege rijen × kolommen: geen χ²-toets." / "Only {rows} × {columns} non-empty rows × columns: no χ² test.",
    builder_incomplete: "Maak de voorwaarde eerst af: kies een antwoord, of vul van of tot in (0–100 bij een schuifvraag)." / "Complete the condition first: tick an answer, or fill in from or to (0–100 for a slider).",
    // The built-in file browser, when the system's file dialog cannot be
    // shown (issue 13, item 3).
    file_dialog_unavailable: "Het bestandsvenster van het systeem kon niet worden getoond; Storylens opent een eigen venster." / "The system's file dialog could not be shown; Storylens opens its own.",
    browser_path: "Map of bestand" / "Folder or file",
    browser_parent: "Bovenliggende map" / "Parent folder",
    browser_home: "Thuismap" / "Home folder",
    browser_recent: "Recente mappen:" / "Recent folders:",
    browser_empty: "Geen mappen of passende bestanden hier." / "No folders or matching files here.",
    browser_shows: "Toont mappen en bestanden van het type {kinds}." / "Shows folders and files of type {kinds}.",
    browser_file_name: "Bestandsnaam" / "File name",
    browser_open: "Openen" / "Open",
    browser_save: "Bewaren" / "Save",
    browser_cancel: "Annuleren" / "Cancel",
    browser_not_found: "{path} bestaat niet." / "{path} does not exist.",
    browser_no_access: "U hebt geen toegang tot de map {path}." / "You have no access to the folder {path}.",
    browser_unreadable: "De map {path} kan niet worden gelezen." / "The folder {path} cannot be read.",
    browser_name_needed: "Typ een bestandsnaam." / "Type a file name.",
    browser_replace: "{file} bestaat al; klik nogmaals op Bewaren om het te vervangen." / "{file} already exists; click Save again to replace it.",
    // Words: the chart of a text question and its keyness (issue 16).
    words_note: "Woorden per aandeel van de verhalen die ze gebruiken; woorden geteld naar hun stam (Snowball), stopwoorden weggelaten." / "Words by the share of stories that use them; words counted by their stem (Snowball), stop words left out.",
    words_note_unstemmed: "Woorden per aandeel van de verhalen die ze gebruiken, zoals geschreven; stopwoorden weggelaten." / "Words by the share of stories that use them, as written; stop words left out.",
    keyness_heading: "Woorden die de selectie vaker of minder vaak gebruikt dan de rest" / "Words the selection uses more or less often than the rest",
    keyness_more: "vaker in de selectie →" / "more often in the selection →",
    keyness_less: "← minder vaak" / "← less often",
    keyness_note: "Lengte: log-ratio (+1 = twee keer zo vaak); percentages: selectie / rest. Grijs: niet significant na Benjamini–Hochberg over {m} [getoetst woord|getoetste woorden] (q ≥ 0,05; G², df = 1)." / "Length: log ratio (+1 = twice as often); percentages: selection / rest. Grey: not significant after Benjamini–Hochberg over {m} [tested word|tested words] (q ≥ 0.05; G², df = 1).",
    // File → New project (issue 13, item 1: the workspace's New command).
    new_project: "Nieuw project" / "New project",
    no_data_open: "geen gegevens geopend" / "no data open",
    // Import fidelity (issue 14): why this sheet of a workbook was read.
    import_sheet_auto: "gekozen omdat het het meest op een tabel met verhalen lijkt" / "chosen because it looks most like a table of stories",
    // The filter language's mistakes (issue 13 item 8, issue 15 items 1 and 8):
    // typed `model::ParseError`s rendered here; keywords and syntax stay as typed.
    filter_error_at: "Kolom {column}: {message}." / "Column {column}: {message}.",
    filter_error_in: "De selectie \"{text}\" is niet geldig op kolom {column}: {message}." / "The selection \"{text}\" is not valid at column {column}: {message}.",
    filter_error_empty: "het filter is leeg: typ een voorwaarde, of all voor alle verhalen" / "the filter is empty: type a condition, or all for every story",
    filter_error_character: "onverwacht teken '{c}': zet tekst tussen aanhalingstekens en verbind voorwaarden met and, or en not" / "unexpected character '{c}': put text in double quotes and join conditions with and, or and not",
    filter_error_unclosed_quote: "het aanhalingsteken na \"{text} wordt niet gesloten: zet er een \" achter" / "missing closing quote for \"{text}: add a \" after it",
    filter_error_bad_date: "\"{text}\" is geen datum zoals 2019-03-31" / "\"{text}\" is not a date like 2019-03-31",
    filter_error_bad_number: "\"{text}\" is geen getal" / "\"{text}\" is not a number",
    filter_error_expected: "verwacht {expected}, maar vond {found}" / "expected {expected}, found {found}",
    filter_error_found_end: "het einde van het filter" / "the end of the filter",
    filter_error_unmatched_close: "onverwachte \")\": haal hem weg of zet er een \"(\" voor" / "unexpected \")\": remove it or add a \"(\" before it",
    filter_error_too_deep: "de selectie is te diep genest (meer dan {limit} niveaus): gebruik minder haakjes of not" / "the selection is nested too deeply (more than {limit} levels): use fewer parentheses or nots",
    filter_error_unknown_question: "onbekende vraag \"{name}\": controleer de spelling met de lijst van vragen" / "unknown question \"{name}\": check its spelling against the list of questions",
    filter_error_unknown_option: "vraag \"{question}\" heeft geen antwoord \"{option}\"; de antwoorden zijn {options}" / "question \"{question}\" has no option \"{option}\"; its options are {options}",
    filter_error_unknown_stone: "vraag \"{question}\" heeft geen steen \"{stone}\"; de stenen zijn {stones}" / "question \"{question}\" has no stone \"{stone}\"; its stones are {stones}",
    filter_error_not_allowed: "{what} kan niet bij vraag \"{question}\" ({kind}); gebruik {instead}" / "{what} is not allowed for {kind} question \"{question}\"; use {instead}",
    filter_error_slider_range: "een schuifvraag loopt van 0 tot 100, maar hier staat {value}" / "a slider runs from 0 to 100, found {value}",
    filter_error_stone_edges: "een gebied voor een steen omvat zijn randen; gebruik [ en ]" / "a stone region includes its edges; use [ and ]",
    filter_error_number_needed: "hier hoort een getal" / "expected a number here",
    filter_error_number_not_date: "hier hoort een getal, geen datum" / "expected a number here, not a date",
    filter_error_date_needed: "hier hoort een datum zoals 2019-03-31" / "expected a date like 2019-03-31 here",
    filter_error_reversed: "het interval loopt van {lo} terug naar {hi} en bevat dus niets: zet de kleinste grens eerst" / "the interval runs from {lo} down to {hi}, so it holds nothing: put the smaller end first",
    filter_error_empty_list: "de lijst van antwoorden is leeg: noem minstens één antwoord tussen aanhalingstekens, zoals (\"a\")" / "the list of options is empty: name at least one option in quotes, like (\"a\")",
    filter_error_few_corners: "een polygon heeft minstens 3 hoeken nodig, deze heeft er {n}: voeg punten (top, left, right) toe of gebruik in zone" / "a polygon needs at least 3 corners, this one has {n}: add points (top, left, right) or use in zone",
    filter_expect_and_or_end: "and, or, of het einde van het filter" / "and, or, or the end of the filter",
    filter_expect_close_paren: ") om de ( op kolom {column} te sluiten" / ") to close the ( at column {column}",
    filter_expect_contains_after_text: "contains na text" / "contains after text",
    filter_expect_search_text: "de te zoeken tekst tussen aanhalingstekens na contains" / "the text to look for in quotes after contains",
    filter_expect_in_after_story: "in na story" / "in after story",
    filter_expect_condition: "een voorwaarde" / "a condition",
    filter_expect_condition_after: "een voorwaarde na {word}" / "a condition after {word}",
    filter_expect_condition_start: "een vraag, text, not of (" / "a question, text, not, or (",
    filter_expect_list_open: "( en een lijst tussen aanhalingstekens" / "( and a list in quotes",
    filter_expect_story_id: "een verhaal-id tussen aanhalingstekens" / "a story id in quotes",
    filter_expect_option: "een antwoord tussen aanhalingstekens" / "an option in quotes",
    filter_expect_comma_or_close: ", of )" / ", or )",
    filter_expect_predicate: "een operator, has, contains, in of is na \"{name}\"" / "an operator, has, contains, in or is after \"{name}\"",
    filter_expect_option_after: "een antwoord tussen aanhalingstekens na {after}" / "an option in quotes after {after}",
    filter_expect_number_after: "een getal na {op}" / "a number after {op}",
    filter_expect_date_after: "een datum zoals 2019-03-31 na {op}" / "a date like 2019-03-31 after {op}",
    filter_expect_after_in: "na in een lijst tussen aanhalingstekens zoals (\"a\", \"b\"), een interval zoals [20, 70], zone of polygon" / "a list in quotes like (\"a\", \"b\"), an interval like [20, 70], zone or polygon after in",
    filter_expect_interval_comma: ", tussen de twee grenzen van het interval" / ", between the two ends of the interval",
    filter_expect_interval_close: "] of ) om het interval te sluiten" / "] or ) to close the interval",
    filter_expect_lower_bound: "een getal, een datum of -inf" / "a number, a date or -inf",
    filter_expect_upper_bound: "een getal, een datum of inf" / "a number, a date or inf",
    filter_expect_zone: "een zone: top, left, right, top_left, left_right, top_right of centre" / "a zone: top, left, right, top_left, left_right, top_right or centre",
    filter_expect_points_open: "( om de lijst van punten te beginnen" / "( to start the list of points",
    filter_expect_point_open: "( om een punt (top, left, right) te beginnen" / "( to start a point (top, left, right)",
    filter_expect_point_comma: ", tussen de gewichten van een punt" / ", between the weights of a point",
    filter_expect_weight: "een gewicht" / "a weight",
    filter_expect_point_close: ") om het punt te sluiten" / ") to end the point",
    filter_expect_points_next: ", of ) na een punt" / ", or ) after a point",
    filter_expect_after_is: "answered, missing of not applicable na is" / "answered, missing or not applicable after is",
    filter_expect_stone_label: "de naam van de steen tussen aanhalingstekens na stone" / "the stone's label in quotes after stone",
    filter_expect_in_after_stone: "in na de steen" / "in after the stone",
    filter_what_list: "een lijst van antwoorden" / "a list of options",
    filter_what_zone_or_polygon: "een zone of polygon" / "a zone or polygon",
    filter_what_not_in_zone: "not in zone of polygon" / "not in zone or polygon",
    filter_what_interval: "een interval" / "an interval",
    filter_what_operator: "de operator {op}" / "operator {op}",
    filter_instead_interval: "een interval zoals [20, 70]" / "an interval like [20, 70]",
    filter_instead_equal_or_in: "= of in (…)" / "= or in (…)",
    filter_instead_other: "een andere voorwaarde" / "another condition",
    filter_instead_equal_not_equal_or_in: "=, != of in" / "=, != or in",
    filter_instead_equal_or_not_equal: "= of !=" / "= or !=",
    filter_instead_zone_or_polygon: "in zone … of in polygon (…)" / "in zone … or in polygon (…)",
    filter_error_project_too_deep: "{file} bevat een selectie die te diep genest is (meer dan {limit} niveaus); maak die selectie opnieuw in een eerdere versie of verwijder haar uit het bestand" / "{file} holds a selection nested too deeply (more than {limit} levels); remove that selection from the file or make it again",
    // Patterns: what makes this selection different (issue 17, items 1, 2, 7).
    differences_heading: "Wat maakt deze selectie anders?" / "What makes this selection different?",
    differences_more_often: "vaker {option} ({selection}% tegen {rest}%)" / "more often {option} ({selection}% vs {rest}%)",
    differences_less_often: "minder vaak {option} ({selection}% tegen {rest}%)" / "less often {option} ({selection}% vs {rest}%)",
    differences_towards: "meer naar {pole} (mediaan {selection} tegen {rest})" / "more towards {pole} (median {selection} vs {rest})",
    differences_higher: "hoger (mediaan {selection} tegen {rest})" / "higher (median {selection} vs {rest})",
    differences_lower: "lager (mediaan {selection} tegen {rest})" / "lower (median {selection} vs {rest})",
    differences_later: "later (mediaan {selection} tegen {rest})" / "later (median {selection} vs {rest})",
    differences_earlier: "eerder (mediaan {selection} tegen {rest})" / "earlier (median {selection} vs {rest})",
    differences_triad: "meer naar {corner} (geometrisch gemiddelde {selection}% tegen {rest}%)" / "more towards {corner} (geometric mean {selection}% vs {rest}%)",
    differences_medians: "mediaan {selection} tegen {rest}" / "median {selection} vs {rest}",
    differences_pick: "Vergelijk met een selectie om te zien op welke vragen zij verschilt." / "Compare with a selection to see on which questions it differs.",
    differences_q: "q{q} (Benjamini–Hochberg over {m} getoetste vragen); klik: de vraag naast elkaar" / "q{q} (Benjamini–Hochberg over {m} questions tested); click: the question side by side",
    differences_against: "De selectie tegen de overige verhalen ({selection} tegen {rest})" / "The selection against the other stories ({selection} vs {rest})",
    differences_stone: "{stone} meer naar {pole} (mediaan {selection} tegen {rest})" / "{stone} more towards {pole} (median {selection} vs {rest})",
}

/// Formats a p-value as a reader expects: `p < 0,001` under a thousandth,
/// otherwise three decimals (`p = 0,024`).
pub fn format_p(language: Language, p: f64) -> String {
    if p < 0.001 {
        format!("p < {}", format_decimal(language, 0.001, 3))
    } else {
        format!("p = {}", format_decimal(language, p, 3))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_a_non_empty_text_in_both_languages() {
        let nl = NL.entries();
        let en = EN.entries();
        assert_eq!(nl.len(), en.len());
        for ((key, dutch), (_, english)) in nl.iter().zip(&en) {
            assert!(!dutch.trim().is_empty(), "{key} is empty in Dutch");
            assert!(!english.trim().is_empty(), "{key} is empty in English");
            let placeholders = |s: &str| {
                let mut names: Vec<String> = s
                    .split('{')
                    .skip(1)
                    .filter_map(|part| part.split_once('}').map(|(name, _)| name.to_owned()))
                    .collect();
                names.sort();
                names
            };
            assert_eq!(placeholders(dutch), placeholders(english), "{key}");
        }
    }

    #[test]
    fn locale_numbers_and_placeholders() {
        assert_eq!(Language::from_locale("nl-BE"), Language::Dutch);
        assert_eq!(Language::from_locale("en-GB"), Language::English);
        assert_eq!(Language::from_locale("de-DE"), Language::English);
        assert_eq!(format_count(Language::Dutch, 2000), "2.000");
        assert_eq!(format_count(Language::English, 1234567), "1,234,567");
        assert_eq!(format_count(Language::English, 999), "999");
        assert_eq!(format_decimal(Language::Dutch, 63.456, 1), "63,5");
        assert_eq!(format_p(Language::Dutch, 0.0241), "p = 0,024");
        assert_eq!(format_p(Language::English, 3.9e-11), "p < 0.001");
        assert_eq!(fill(NL.too_few, &[("n", &7)]), "Te weinig verhalen (n = 7)");
        assert_eq!(fill(EN.stories_count, &[("n", &"2,000")]), "2,000 stories");
        assert_eq!(fill(EN.stories_count, &[("n", &1)]), "1 story");
        assert_eq!(fill(NL.stories_count, &[("n", &1)]), "1 verhaal");
        assert_eq!(fill(NL.stories_count, &[("n", &0)]), "0 verhalen");
        assert_eq!(
            fill(NL.text_question_info, &[("n", &1)]),
            "1 verhaal heeft deze tekst ingevuld."
        );
        // Brackets that are not a plural stay: placeholders, intervals.
        assert_eq!(
            plural("[naam school] in [20, 70)", true),
            "[naam school] in [20, 70)"
        );
        assert_eq!(plural("a [b|c] d [e|f]", false), "a c d f");
    }
}
