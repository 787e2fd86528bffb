//! The import notes table: [`ImportStrings`], one constant per language
//! ([`NL`], [`EN`]), reached as
//! [`Language::import_notes`](super::Language::import_notes).
//!
//! Every [`ImportNote`](crate::import::ImportNote) writes its sentence from
//! these texts with `sentence(language)`; its English sentence is also what
//! `Display`, the CLI and `inspect --json` show, so each text exists once.
//! A note is a fragment (lower case, no full stop) that the report puts
//! after the column's name; values from the file fill placeholders as they
//! are written there. `[one|many]` is a plural chosen by `{n}`.

strings! {
    /// The table of import note sentences of one language.
    ImportStrings, NL, EN;
    // The rows a note is about, after its sentence.
    rows_one: "(rij {row})" / "(row {row})",
    rows_many: "(rijen {rows})" / "(rows {rows})",
    rows_more: "(rijen {rows} en {n} meer)" / "(rows {rows} and {n} more)",
    list_and: "{list} en {last}" / "{list} and {last}",
    // The saved import report's heading.
    report_heading: "Importrapport: {file}" / "Import report: {file}",
    report_counts: "{stories}, {n} [melding|meldingen]" / "{stories}, {n} [note|notes]",
    report_stories: "{n} [verhaal|verhalen]" / "{n} [story|stories]",
    // The file as a whole.
    xls_is_text: "het .xls-bestand is eigenlijk een tekstbestand; het is als CSV gelezen" / "the .xls file is really a text file; it was read as CSV",
    not_utf8: "het bestand is geen UTF-8; het is gelezen als Windows-1252 (West-Europees)" / "the file is not UTF-8; it was read as Windows-1252 (Western European)",
    title_rows_skipped: "{n} [titelregel|titelregels] boven de kopregel [is|zijn] overgeslagen" / "{n} title [row|rows] above the header [was|were] skipped",
    comment_lines_skipped: "{n} [commentaarregel|commentaarregels] die met \";\" [begint|beginnen] [is|zijn] overgeslagen" / "{n} comment [line|lines] starting with \";\" [was|were] skipped",
    empty_columns_dropped: "{n} lege [kolom|kolommen] zonder kop [is|zijn] weggelaten" / "{n} empty [column|columns] without a header [was|were] left out",
    row_too_long: "de regel heeft meer waarden dan de kopregel kolommen heeft; de extra waarden staan in kolommen met de naam \"Column N\"" / "row has more values than the header has columns; the extra values were kept in columns named \"Column N\"",
    row_too_short: "de regel heeft minder waarden dan de kopregel kolommen heeft; de rest is leeg gelaten" / "row has fewer values than the header has columns; the rest were left empty",
    column_without_header: "de kolom heeft geen kop; ze heeft deze naam gekregen" / "the column has no header; it was given this name",
    sheet_chosen: "de werkmap heeft {n} werkbladen; werkblad \"{chosen}\" is geïmporteerd, het blad dat het meest op een enquêtetabel lijkt ({size})" / "the workbook has {n} sheets; sheet \"{chosen}\" was imported, the one most like a survey table ({size})",
    sheet_others: "; de andere: {others} (kies een ander werkblad in het importvenster of met --sheet)" / "; the others: {others} (choose another sheet in the import dialog or with --sheet)",
    sheet_size: "{rows} × {columns}" / "{rows} × {columns}",
    sheet_rows: "{n} [rij|rijen]" / "{n} [row|rows]",
    sheet_columns: "{n} [kolom|kolommen]" / "{n} [column|columns]",
    source_changed: "\"{path}\" is veranderd sinds het project is bewaard; bevindingen worden op verhaal-id gekoppeld" / "\"{path}\" changed since the project was saved; findings are matched by story id",
    // Column headers.
    header_renamed: "kop \"{header}\" komt meer dan één keer voor; deze kolom is hernoemd" / "header \"{header}\" occurs more than once; this column was renamed",
    header_became_option: "kop \"{header}\" komt meer dan één keer voor; deze kopie is optie \"{option}\" geworden" / "header \"{header}\" occurs more than once; this copy became option \"{option}\"",
    column_empty: "de kolom is leeg; ze is weggelaten" / "the column is empty; it was left out",
    xy_columns_dropped: "de X/Y-coördinaatkolommen zijn niet geïmporteerd: ze volgen uit de drie gewichten" / "the X/Y coordinate columns were not imported: they follow from the three weights",
    // Values left missing or repaired.
    rejected: "{what}; leeg gelaten: {values}" / "{what}; left missing: {values}",
    rejected_more: "{values} en {n} andere [waarde|waarden]" / "{values} and {n} other [value|values]",
    not_a_number: "geen getal" / "not a number",
    not_a_date: "geen datum" / "not a date",
    not_in_range: "geen getal van {low} tot {high}" / "not a number from {low} to {high}",
    position_outside: "positie buiten 0–1; op de dichtstbijzijnde rand gezet" / "position outside 0–1; set to the nearest edge",
    too_many_options: "te veel verschillende opties; antwoord leeg gelaten" / "too many different options; answer left missing",
    unknown_option: "antwoord \"{label}\" is geen van de gedefinieerde opties; als optie toegevoegd" / "answer \"{label}\" is not one of the defined options; added as an option",
    // Triads.
    triad_not_numbers: "de gewichten van de triade zijn geen getallen; leeg gelaten" / "triad weights are not numbers; left missing",
    triad_partial: "de triade heeft maar een deel van haar drie gewichten; leeg gelaten" / "triad has only some of its three weights; left missing",
    triad_negative: "negatief gewicht in de triade; leeg gelaten" / "negative triad weight; left missing",
    triad_all_zero: "de gewichten van de triade zijn allemaal nul; leeg gelaten" / "triad weights are all zero; left missing",
    triad_rescaled: "de gewichten van de triade tellen niet op tot {scale}; herschaald zodat ze dat wel doen" / "triad weights do not sum to {scale}; rescaled to sum to it",
    triad_zero_weights: "{n} [antwoord heeft|antwoorden hebben] een gewicht van 0 (een punt op een rand): geldig, bewaard; meetkundige gemiddelden vervangen nullen door een kleine waarde" / "{n} [answer has|answers have] a weight of 0 (a point on an edge): valid, kept; geometric means replace zeros by a small value",
    // Story ids.
    story_without_id: "het verhaal heeft geen id; het kreeg \"row N\" met zijn regelnummer" / "story has no id; it was given \"row N\" with its row number",
    story_id_repeated: "het verhaal-id komt meer dan één keer voor; er is een nummer tussen haakjes toegevoegd" / "story id occurs more than once; a number in brackets was added",
    // NarraFirma story forms.
    answer_number_missing: "geen nummer van een van de antwoorden; leeg gelaten" / "not the number of one of the answers; left missing",
    answer_number_unknown: "een antwoordnummer hoort bij geen van de antwoorden; weggelaten" / "an answer number is not one of the answers; left out",
    form_column_missing: "het verhalenformulier noemt deze kolom maar het verhalenbestand heeft haar niet" / "the story form names this column but the stories file has no such column",
    form_yes_no_missing: "het verhalenformulier veronderstelt deze ja/nee-kolom maar het verhalenbestand heeft haar niet" / "the story form implies this yes/no column but the stories file has no such column",
    form_type_unknown: "het type \"{kind}\" van het verhalenformulier is onbekend; de soort vraag is uit de waarden afgeleid" / "the story form's type \"{kind}\" is not known; the kind was detected from the values",
    // SenseMaker definitions.
    definition_matches_nothing: "de frameworkdefinitie noemt geen enkele signifier van dit bestand; misschien hoort ze bij een ander project" / "the framework definition names none of the signifiers in this file; it may belong to another project",
    sensemaker_xy_dropped: "de X/Y-coördinaatkolommen van SenseMaker zijn niet geïmporteerd: ze volgen uit de gewichten van de hoeken" / "SenseMaker X/Y coordinate columns were not imported: they follow from the anchor weights",
    definition_unreadable: "{error} De vragen houden hun id als titel." / "{error} The questions keep their ids as titles.",
    definition_not_found: "er is geen frameworkdefinitie gevonden, dus de vragen hebben hun id als titel; zet \"{name}\" naast het gegevensbestand of kies haar met --definition om hun titels te krijgen" / "no framework definition was found, so questions are titled by their ids; put \"{name}\" beside the data file or choose it with --definition to get their titles",
    signifier_shape: "de kolommen van deze signifier ({kind}) hebben niet de verwachte vorm; ze zijn een voor een geïmporteerd" / "the columns of this {kind} signifier do not have the expected shape; they were imported one by one",
    item_not_in_definition: "item \"{id}\" staat niet in de frameworkdefinitie; het is als optie toegevoegd" / "item \"{id}\" is not in the framework definition; it was added as an option",
    // Saved codebook edits (an import recipe).
    edit_order_not_choice: "een bewaarde wijziging van het codeboek zet de opties van deze vraag op volgorde, maar het is geen keuzevraag; de wijziging is overgeslagen" / "a saved codebook edit orders this question's options, but it is not a choice question; the edit was skipped",
    edit_ordinal_not_single: "een bewaarde wijziging van het codeboek maakt deze vraag ordinaal, maar het is geen vraag met één keuze; de wijziging is overgeslagen" / "a saved codebook edit marks this question ordinal, but it is not a single-choice question; the edit was skipped",
    edit_no_such_column: "een bewaarde wijziging van het codeboek noemt deze kolom, maar het bestand heeft geen kolom met deze kop; de wijziging is overgeslagen" / "a saved codebook edit names this column, but the file has no column with this header; the edit was skipped",
    edit_not_imported: "een bewaarde wijziging van het codeboek noemt deze kolom, maar er is geen vraag uit geïmporteerd; de wijziging is overgeslagen" / "a saved codebook edit names this column, but it holds no imported question; the edit was skipped",
}

#[cfg(test)]
#[path = "import_notes_tests.rs"]
mod tests;
