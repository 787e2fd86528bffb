//! The error sentences table: [`ErrorStrings`], one constant per language
//! ([`NL`], [`EN`]), reached as [`Language::errors`](super::Language::errors).
//!
//! Every error type a user can see renders itself with
//! `sentence(language)` from these texts, and its `Display` (the CLI, logs,
//! tests) is the English sentence from the same table, so each text exists
//! once. Keys are grouped by error type; a fragment (lower case, no full
//! stop) is a reason that a wrapping error puts inside its sentence.
//! Library and system details (calamine's message, an OS error text) are
//! not translated: they fill a `{detail}` as a quoted detail.

strings! {
    /// The table of error sentences of one language.
    ErrorStrings, NL, EN;
    // ImportError: why a file cannot be imported at all.
    import_not_found: "Kan \"{file}\" niet lezen: het bestand bestaat niet (controleer de naam en de map, of kijk of het is verplaatst)." / "Cannot read \"{file}\": the file does not exist (check the name and folder, or whether it was moved).",
    import_io: "Kan \"{file}\" niet lezen: {reason} (controleer of het bestand niet ergens anders open staat en of je het mag lezen)." / "Cannot read \"{file}\": {reason} (check that the file is not open elsewhere and that you may read it).",
    import_empty: "Kan \"{file}\" niet importeren: het bestand is leeg; exporteer de gegevens opnieuw uit het verzamelplatform." / "Cannot import \"{file}\": the file is empty; export the data again from the collection platform.",
    import_no_stories: "Kan \"{file}\" niet importeren: er is een kopregel maar er zijn geen verhalen; controleer of de export gegevens bevat." / "Cannot import \"{file}\": it has a header row but no stories; check that the export contains data.",
    import_not_text: "Kan \"{file}\" niet lezen: het bestand is geen tekst maar binaire data; open het in het programma dat het maakte en bewaar het als CSV of .xlsx." / "Cannot read \"{file}\": the file is not text but binary data; open it in the program that made it and save it as CSV or .xlsx.",
    import_workbook_named_as_text: "Kan \"{file}\" niet lezen: het is een spreadsheet die onder de naam van een tekstbestand is bewaard; geef het een naam die eindigt op .{extension} en open het opnieuw." / "Cannot read \"{file}\": it is a spreadsheet workbook saved under a text-file name; rename it to end in .{extension} and open it again.",
    import_not_spreadsheet: "Kan \"{file}\" niet lezen: het bestand is geen spreadsheet (het is misschien beschadigd, of een ander formaat dat .{extension} is genoemd)." / "Cannot read \"{file}\": the file is not a spreadsheet (it may be damaged or another format renamed to .{extension}).",
    import_damaged: "Kan \"{file}\" niet lezen: de spreadsheet is beschadigd of onvolledig ({detail}); kopieer of exporteer haar opnieuw." / "Cannot read \"{file}\": the workbook is damaged or incomplete ({detail}); copy or export it again.",
    import_password: "Kan \"{file}\" niet lezen: de spreadsheet is met een wachtwoord beveiligd; open haar in Excel, haal het wachtwoord weg en bewaar een kopie om te importeren." / "Cannot read \"{file}\": the workbook is protected with a password; open it in Excel, remove the password and save a copy to import.",
    import_sheet_not_found: "Kan \"{file}\" niet importeren: er is geen werkblad \"{sheet}\" (de werkbladen zijn: {available})." / "Cannot import \"{file}\": it has no sheet named \"{sheet}\" (its sheets are: {available}).",
    import_no_sheets: "Kan \"{file}\" niet importeren: geen van de werkbladen bevat gegevens." / "Cannot import \"{file}\": none of its sheets holds any data.",
    import_definition: "Kan de frameworkdefinitie \"{file}\" niet lezen: {detail}; exporteer haar opnieuw uit SenseMaker of importeer zonder definitie." / "Cannot read the framework definition \"{file}\": {detail}; export it again from SenseMaker or import without it.",
    import_cancelled: "Het importeren van \"{file}\" is geannuleerd." / "The import of \"{file}\" was cancelled.",
    import_inconsistent: "Kan \"{file}\" niet importeren: {detail}; meld dit alsjeblieft, met het bestand erbij." / "Cannot import \"{file}\": {detail}; please report this with the file.",
    import_not_a_file: "Kan \"{file}\" niet lezen: het is {what}, geen bestand; kies het geëxporteerde bestand zelf." / "Cannot read \"{file}\": it is {what}, not a file; choose the exported file itself.",
    import_too_large: "Kan \"{file}\" niet lezen: het is groter dan {limit_mb} MB, het meeste dat Storylens leest; exporteer alleen de kolommen die je nodig hebt of splits de enquête in delen." / "Cannot read \"{file}\": it is larger than {limit_mb} MB, the most Storylens reads; export only the columns you need or split the survey into parts.",
    import_outside_sheet: "Kan \"{file}\" niet lezen: er staat een cel op rij {row}, kolom {column}, voorbij de grens van Excel van 1.048.576 rijen en 16.384 kolommen (kolom XFD); open het in Excel of LibreOffice, bewaar een kopie en importeer die." / "Cannot read \"{file}\": it has a cell at row {row}, column {column}, beyond Excel's limit of 1,048,576 rows and 16,384 columns (column XFD); open it in Excel or LibreOffice, save a copy and import that.",
    import_too_many_cells: "Kan \"{file}\" niet lezen: het werkblad zou {cells} cellen hebben (rijen × kolommen), meer dan de {limit} die Storylens leest; verwijder de lege of herhaalde rijen en kolommen rond de gegevens, bewaar en importeer opnieuw." / "Cannot read \"{file}\": its sheet would hold {cells} cells (rows × columns), more than the {limit} Storylens reads; delete the empty or repeated rows and columns around the data, save and import again.",
    import_shared_strings: "Kan \"{file}\" niet lezen: de lijst met gedeelde teksten noemt {claimed} teksten, meer dan een bestand van deze grootte kan bevatten, dus de spreadsheet is beschadigd; open haar in Excel of LibreOffice, bewaar een kopie en importeer die." / "Cannot read \"{file}\": its list of shared texts claims {claimed} entries, more than a file of its size can hold, so the workbook is damaged; open it in Excel or LibreOffice, save a copy and import that.",
    // Why a file could not be read (IoReason, ReadError).
    io_permission: "je hebt geen toestemming om het te lezen" / "permission was denied",
    io_folder: "het is een map, geen bestand" / "it is a folder, not a file",
    io_no_thread: "er kon geen thread worden gestart om het te lezen ({detail})" / "no thread could be started to read it ({detail})",
    io_system: "het systeem meldde \"{detail}\"" / "the system reported \"{detail}\"",
    read_not_found: "het bestand bestaat niet" / "the file does not exist",
    read_not_regular: "het is {what}, geen bestand" / "it is {what}, not a file",
    read_too_large: "het is groter dan {limit_mb} MB, het meeste dat Storylens leest" / "it is larger than {limit_mb} MB, the most Storylens reads",
    file_kind_folder: "een map" / "a folder",
    file_kind_device: "een apparaat" / "a device",
    file_kind_pipe: "een pipe (FIFO)" / "a pipe (FIFO)",
    file_kind_socket: "een socket" / "a socket",
    file_kind_other: "een speciaal bestand" / "a special file",
    // What is damaged in a workbook (DamagedDetail).
    damaged_unreadable: "de spreadsheetlezer kon de inhoud niet begrijpen" / "the spreadsheet reader could not make sense of its contents",
    damaged_zip: "de ZIP-container is kapot, misschien omdat het kopiëren werd afgebroken" / "its ZIP container is broken, perhaps because it was cut off while copying",
    damaged_reader: "de lezer meldde \"{detail}\"" / "the reader said \"{detail}\"",
    damaged_no_table: "de cellen konden niet in een tabel worden gezet" / "its cells could not be put in a table",
    damaged_xml: "de inhoud van een werkblad is geen geldige XML" / "its sheet content is not well-formed XML",
    damaged_cut_off: "een werkblad houdt op voor zijn eindtag" / "a sheet ends before its end tag",
    // What is wrong with a SenseMaker definition (DefinitionDetail).
    definition_not_json: "het is geen geldige JSON ({detail})" / "it is not valid JSON ({detail})",
    definition_no_signifiers: "er staat geen lijst met signifiers in" / "it has no list of signifiers",
    // What went wrong inside an import (InconsistentDetail).
    inconsistent_stopped: "het importeren stopte onverwacht" / "the import stopped unexpectedly",
    // DatasetError.
    dataset_column_count: "het codebook heeft {questions} vragen maar er zijn {columns} kolommen gegeven" / "the codebook has {questions} questions but {columns} columns were given",
    dataset_row_count: "kolom \"{title}\" heeft {rows} rijen maar de gegevens hebben {stories} verhalen" / "column \"{title}\" holds {rows} rows but the dataset has {stories} stories",
    dataset_duplicate_id: "verhaal-id \"{id}\" komt meer dan één keer voor" / "story id \"{id}\" occurs more than once",
    // FilterError: a selection that does not fit the data.
    filter_unknown_question: "de selectie verwijst naar vraag \"{id}\", die deze gegevens niet hebben" / "the filter refers to question \"{id}\", which this dataset does not have",
    filter_wrong_kind: "vraag \"{title}\" is van het type {kind}, maar {condition} vraagt een vraag van het type {expected}" / "question \"{title}\" is a {kind} question, but {condition} needs a {expected} question",
    filter_unknown_option: "vraag \"{title}\" heeft geen optie \"{option}\"" / "question \"{title}\" has no option \"{option}\"",
    filter_unknown_stone: "vraag \"{title}\" heeft geen steen \"{stone}\"" / "question \"{title}\" has no stone \"{stone}\"",
    filter_column_mismatch: "de antwoorden op vraag \"{title}\" zijn niet opgeslagen zoals het type van de vraag zegt" / "the answers to question \"{title}\" are not stored the way its kind says",
    filter_no_story_text: "deze gegevens hebben geen titel of verhaaltekst om in te zoeken" / "this dataset has no title or story text to search",
    filter_too_deep: "de selectie is te diep genest (meer dan {limit} niveaus); maak haar opnieuw met minder haakjes of minder keren \"not\"" / "the selection is nested too deeply (more than {limit} levels); make it again with fewer parentheses or nots",
    filter_condition_stones: "een gebied op de stenen" / "a stones region",
    filter_condition_options: "een voorwaarde op opties" / "an option condition",
    filter_condition_slider: "een bereik op een schuifvraag" / "a slider range",
    filter_condition_number: "een bereik van getallen" / "a number range",
    filter_condition_date: "een bereik van datums" / "a date range",
    filter_condition_triad: "een zone of gebied in een triade" / "a triad zone or area",
    filter_condition_contains: "\"contains\"" / "\"contains\"",
    filter_condition_has_word: "\"has word\"" / "\"has word\"",
    kind_choice: "keuze" / "choice",
    // ChartError: a chart that cannot be computed.
    chart_unknown_question: "er is geen vraag \"{name}\" in deze enquête" / "there is no question \"{name}\" in this survey",
    chart_not_a_mark: "\"{name}\" heeft geen onderdeel om de verhalen van te tonen" / "\"{name}\" has no such part to show stories of",
    chart_unsupported_pair: "er is geen grafiek van \"{question}\" uitgesplitst naar \"{by}\"; kies een keuze- of schuifvraag om naar uit te splitsen" / "there is no chart of \"{question}\" by \"{by}\"; pick a choice or slider question to split by",
    chart_colour_by_not_choice: "\"{name}\" is geen keuzevraag; stippen kunnen alleen naar de opties van een keuzevraag worden gekleurd" / "\"{name}\" is not a choice question; dots can only be coloured by the options of one",
    chart_column_mismatch: "vraag \"{title}\" bevat gegevens van het type {found}, niet wat haar type ({kind}) nodig heeft" / "question \"{title}\" holds {found} data, not what its kind ({kind}) needs",
    // ComparisonError and SnapshotError: which filter of a comparison.
    side_baseline: "basis" / "baseline",
    side_selection: "selectie" / "selection",
    comparison_filter: "De {side} \"{name}\" past niet bij deze gegevens: {error}." / "The {side} \"{name}\" does not fit this data: {error}.",
    comparison_chart: "Kan de grafiek niet tekenen: {error}." / "Cannot draw the chart: {error}.",
    snapshot_filter: "De {side} \"{name}\" van de bevinding past niet bij deze gegevens: {error}." / "The finding's {side} \"{name}\" does not fit this data: {error}.",
    snapshot_chart: "Kan de grafiek van de bevinding niet tekenen: {error}." / "Cannot draw the finding's chart: {error}.",
    snapshot_unknown_finding: "Dit project heeft geen bevinding {id}; de bevindingen zijn {valid}." / "There is no finding {id} in this project; its findings are {valid}.",
    snapshot_missing_source: "Het gegevensbestand van het project, {path}, is niet te vinden; koppel het project in Storylens opnieuw aan zijn gegevens, of neem de gegevens op in het project, en probeer het nog eens." / "The project's data file {path} cannot be found; re-link the project to its data in Storylens, or embed the data in the project, and try again.",
    snapshot_no_source: "Het project bevat geen gegevens en noemt geen gegevensbestand; neem de gegevens in Storylens op in het project en probeer het nog eens." / "The project holds no data and names no data file; embed the data in the project in Storylens and try again.",
    snapshot_embedded: "Kan de gegevens in het project niet lezen: {error}." / "Cannot read the project's embedded data: {error}.",
    snapshot_format: "Kan \"{path}\" niet schrijven: een afbeelding van een bevinding is een .png- of .svg-bestand." / "Cannot write \"{path}\": a snapshot is a .png or .svg file.",
    // ExportError and ReportError: writing a picture, report or table.
    export_render: "Kan de grafiek niet tekenen: {detail}." / "Cannot render the chart: {detail}.",
    export_encode: "Kan de PNG-afbeelding niet maken: {detail}." / "Cannot encode the PNG image: {detail}.",
    export_size: "Kan geen afbeelding van {width_px} × {height_px} pixels maken; kies een kleinere breedte of schaal." / "Cannot render an image of {width_px} × {height_px} pixels; choose a smaller width or scale.",
    export_write: "Kan \"{path}\" niet schrijven: {reason}." / "Cannot write \"{path}\": {reason}.",
    write_folder_missing: "de map bestaat niet" / "its folder does not exist",
    write_permission: "je hebt geen toestemming om daar te schrijven" / "permission denied",
    write_is_folder: "het is een map" / "it is a folder",
    report_docx: "Kan het Word-document niet maken: {detail}." / "Cannot build the Word document: {detail}.",
    report_pdf: "Kan de pdf niet maken: {detail}." / "Cannot build the PDF: {detail}.",
    report_spreadsheet: "Kan de spreadsheet niet maken: {detail}." / "Cannot build the spreadsheet: {detail}.",
    report_too_many_rows: "te veel verhalen voor één werkblad" / "too many stories for one sheet",
    report_too_many_columns: "te veel kolommen" / "too many columns",
    report_page_size: "het paginaformaat is ongeldig" / "the page size is invalid",
    report_fonts: "de ingebouwde lettertypen zijn niet te lezen" / "the embedded fonts cannot be read",
    report_chart_unreadable: "de grafiek is niet te lezen: {detail}" / "the chart cannot be read: {detail}",
    // ProjectFileError: reading and writing a .storylens file.
    project_read: "Kan {path} niet openen ({detail}); controleer of het bestand bestaat en of je het mag lezen." / "Could not open {path} ({detail}); check that the file exists and that you may read it.",
    project_write: "Kan {path} niet bewaren ({detail}); controleer of de map bestaat, of je daar mag schrijven en of de schijf ruimte heeft." / "Could not save {path} ({detail}); check that the folder exists, that you may write there and that the disk has room.",
    project_damaged: "{path} is beschadigd of geen Storylens-project ({detail}); open in plaats daarvan de reservekopie {backup} als die er is." / "{path} is damaged or not a Storylens project ({detail}); open its backup {backup} instead if there is one.",
    project_not_a_project: "{path} heeft geen formaatversie en is dus geen Storylens-project; open een .storylens-bestand." / "{path} has no format version, so it is not a Storylens project; open a .storylens file instead.",
    project_newer: "{path} is bewaard door een nieuwere Storylens (formaat {found}); werk Storylens bij om het te openen." / "{path} was saved by a newer Storylens (format {found}); update Storylens to open it.",
    project_unknown_version: "{path} heeft formaatversie {found}, die geen enkele Storylens ooit schreef; open een .storylens-bestand dat Storylens heeft bewaard." / "{path} has format version {found}, which no Storylens ever wrote; open a .storylens file saved by Storylens.",
    // OpenError and EmbedError: a project whose data cannot be loaded.
    open_missing_source: "Kan \"{project}\" niet openen: het bevat geen kopie van zijn gegevens en de bron \"{source}\" is niet te lezen (die bestaat niet); zet de export terug, koppel hem opnieuw, of neem de gegevens op in het project." / "Cannot open \"{project}\": it holds no copy of its data and its source \"{source}\" cannot be read (it does not exist); put the export back, re-link it, or embed the data in the project.",
    open_embedded: "Kan \"{project}\" niet openen: de gegevens in het project zijn beschadigd ({detail})." / "Cannot open \"{project}\": its embedded data is damaged ({detail}).",
    embed_unknown_format: "de gegevens in het project hebben formaat \"{format}\", dat deze Storylens niet kan lezen; werk Storylens bij of open het project met zijn bronbestand" / "the embedded data is in format \"{format}\", which this Storylens cannot read; update Storylens or open the project with its source file",
    embed_damaged: "de gegevens in het project zijn beschadigd ({detail}); open het project in plaats daarvan met zijn bronbestand" / "the embedded data is damaged ({detail}); open the project with its source file instead",
    embed_invalid: "de gegevens in het project vormen geen geldige gegevensset ({detail}); open het project in plaats daarvan met zijn bronbestand" / "the embedded data does not form a valid dataset ({detail}); open the project with its source file instead",
    // SelectionsError and ProjectError: edits that refer to nothing.
    selections_not_found: "er is geen selectie met id {id}" / "there is no selection with id {id}",
    selections_empty_name: "een selectie heeft een naam nodig" / "a selection needs a name",
    selections_name_taken: "er is al een selectie met de naam \"{name}\"" / "there is already a selection called \"{name}\"",
    project_no_finding: "er is geen bevinding met id {id}" / "there is no finding with id {id}",
    project_no_perspective: "er is geen perspectief met id {id}" / "there is no perspective with id {id}",
    // CliError: the command line's own mistakes.
    cli_unknown_question: "Er is geen vraag \"{name}\" in deze enquête; `storylens inspect` toont de vragen." / "There is no question \"{name}\" in this survey; `storylens inspect` lists the questions.",
    cli_unknown_word: "Geen enkel verhaal gebruikt het woord \"{word}\" (stopwoorden worden niet geïndexeerd); `storylens words` toont de woorden." / "No story uses the word \"{word}\" (stop words are not indexed); `storylens words` lists the words.",
    // An autosave that could not be removed; the system's message.
    autosave_remove: "De automatisch bewaarde kopie kon niet worden verwijderd ({detail}); verwijder haar zelf als ze in de weg zit." / "The autosaved copy could not be removed ({detail}); remove it yourself if it is in the way.",
    // CrossTabError: counts that do not form a table.
    crosstab_ragged: "rij {row} van de kruistabel heeft {found} cellen waar rij 0 er {expected} heeft" / "row {row} of the cross-tab has {found} cells where row 0 has {expected}",
    crosstab_invalid_count: "cel ({row}, {column}) van de kruistabel bevat {value}, geen aantal ≥ 0" / "cell ({row}, {column}) of the cross-tab holds {value}, not a count ≥ 0",
    // Display lumping on the command line: chart --merge/--rename/--hide (issue 17 item 5, branch lumping).
    cli_lumping_no_equals: "--{flag} \"{text}\" mist een '=': schrijf bijvoorbeeld --merge \"negatief=boos,gefrustreerd\" of --rename \"oud=nieuw\"." / "--{flag} \"{text}\" has no '=': write e.g. --merge \"negatief=boos,gefrustreerd\" or --rename \"old=new\".",
    cli_lumping_merge_one: "--merge \"{text}\" noemt minder dan twee opties; noem na de '=' twee of meer opties, gescheiden door komma's." / "--merge \"{text}\" names fewer than two options; after the '=' name two or more options, separated by commas.",
    cli_lumping_unknown_option: "\"{option}\" is geen optie van {questions}; de opties zijn: {available}." / "\"{option}\" is not an option of {questions}; its options are: {available}.",
    cli_lumping_no_choice: "--merge, --rename en --hide werken op de opties van een keuzevraag, en \"{question}\" is geen keuzevraag; splits uit naar een keuzevraag met --by." / "--merge, --rename and --hide work on the options of a choice question, and \"{question}\" is not one; split by a choice question with --by.",
    // Stop words per project (issue 16): `words --stop-words FILE`.
    cli_stop_words_file: "Kan het stopwoordenbestand {path} niet lezen ({detail}); geef een tekstbestand in UTF-8 met één woord per regel." / "Cannot read the stop-word file {path} ({detail}); give a UTF-8 text file with one word per line.",
    // Two-word phrases as selections (issue 16 items 4 and 5, branch phrases).
    filter_condition_has_phrase: "\"has phrase\"" / "\"has phrase\"",
    cli_unknown_phrase: "Geen enkel verhaal gebruikt het woordpaar \"{phrase}\" (twee woorden naast elkaar in een zin, geen stopwoorden); `storylens words --phrases` toont de woordparen." / "No story uses the phrase \"{phrase}\" (two words next to each other in a sentence, no stop words); `storylens words --phrases` lists the phrases.",
}

#[cfg(test)]
#[path = "errors_tests.rs"]
pub(super) mod tests;
