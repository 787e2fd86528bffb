//! The fast xlsx reader gives exactly what calamine gives: every workbook
//! here is read both ways and the tables, sheet names, notes and errors
//! compared; the plain ones must also have been read fast, or the
//! comparison would prove nothing.

use std::io::Write;
use std::path::Path;

use super::*;

/// Reads `bytes` (as file `name`) fast and with calamine alone, asserts
/// both give the same, and returns how many sheets were read fast.
fn same_both_ways(name: &str, bytes: &[u8], sheet: Option<&str>) -> usize {
    let path = Path::new(name);
    let mut fast_report = Reporter::default();
    let (fast, sheets) = read_with(path, bytes.to_vec(), sheet, &mut fast_report, true);
    let mut slow_report = Reporter::default();
    let (slow, none) = read_with(path, bytes.to_vec(), sheet, &mut slow_report, false);
    assert_eq!(none, 0, "calamine alone read nothing fast");
    let shown = |read: &Result<(Option<RawTable>, SheetNames), ImportError>| match read {
        Ok(read) => format!("{read:?}"),
        Err(error) => format!("error: {error}"),
    };
    assert_eq!(shown(&fast), shown(&slow), "{name} {sheet:?}");
    assert_eq!(
        format!("{:?}", fast_report.into_warnings()),
        format!("{:?}", slow_report.into_warnings()),
        "{name}"
    );
    sheets
}

const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_RELS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// A one-sheet xlsx (sheet "Data") with `sheet_data` as the content of
/// `<sheetData>`; see [`package`].
fn workbook(sheet_data: &str, date1904: bool) -> Vec<u8> {
    package(
        &[(
            "Data",
            worksheet("<dimension ref=\"A1:D9\"/>", sheet_data, ""),
        )],
        date1904,
    )
}

/// A worksheet's XML: `before` and `after` around `<sheetData>`.
fn worksheet(before: &str, sheet_data: &str, after: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="{MAIN}">{before}<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>{sheet_data}</sheetData><pageMargins left="0.7"/>{after}</worksheet>"#
    )
}

/// An xlsx of `sheets` (name, worksheet XML; members sheet1.xml, …), with
/// shared strings `id`, `Rol`, `  hoop `, `a&b` (rich) and styles 0
/// (general), 1 (a date), 2 (a duration), 3 (built-in date 14).
fn package(sheets: &[(&str, String)], date1904: bool) -> Vec<u8> {
    let pr = if date1904 {
        r#"<workbookPr date1904="1"/>"#
    } else {
        ""
    };
    let entries: String = (1..=sheets.len())
        .zip(sheets)
        .map(|(at, (name, _))| {
            format!(
                r#"<sheet name="{name}" sheetId="{at}" r:id="rId{}"/>"#,
                at + 10
            )
        })
        .collect();
    let links: String = (1..=sheets.len())
        .map(|at| format!(r#"<Relationship Id="rId{}" Type="{DOC_RELS}/worksheet" Target="worksheets/sheet{at}.xml"/>"#, at + 10))
        .collect();
    let mut members = vec![
        (
            "[Content_Types].xml".to_owned(),
            r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"#.to_owned(),
        ),
        (
            "_rels/.rels".to_owned(),
            format!(r#"<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
        ),
        (
            "xl/workbook.xml".to_owned(),
            format!(r#"<workbook xmlns="{MAIN}" xmlns:r="{DOC_RELS}">{pr}<sheets>{entries}</sheets></workbook>"#),
        ),
        (
            "xl/_rels/workbook.xml.rels".to_owned(),
            format!(r#"<Relationships xmlns="{RELS}">{links}<Relationship Id="rId2" Type="{DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="{DOC_RELS}/styles" Target="styles.xml"/></Relationships>"#),
        ),
        (
            "xl/sharedStrings.xml".to_owned(),
            format!(r#"<sst xmlns="{MAIN}" count="4" uniqueCount="4"><si><t>id</t></si><si><t>Rol</t></si><si><t xml:space="preserve">  hoop </t></si><si><r><t>a&amp;</t></r><r><rPr><b/></rPr><t>b</t></r></si></sst>"#),
        ),
        (
            "xl/styles.xml".to_owned(),
            format!(r#"<styleSheet xmlns="{MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[h]:mm"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>"#),
        ),
    ];
    for (at, (_, xml)) in sheets.iter().enumerate() {
        members.push((format!("xl/worksheets/sheet{}.xml", at + 1), xml.clone()));
    }
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, content) in members {
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(content.as_bytes()).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// A header (id, Rol) and `rows` as given.
fn with_header(rows: &str) -> String {
    format!(r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>{rows}"#)
}

#[test]
fn plain_sheets_are_read_fast_with_calamines_meaning() {
    let cases = [
        // Numbers in every style, shared strings (padded, rich), booleans.
        r#"<row r="2" spans="1:2"><c r="A2"><v>1</v></c><c r="B2" s="1"><v>45000.25</v></c></row>
           <row r="3"><c r="A3" t="n"><v>-2.5E-3</v></c><c r="B3" s="2"><v>1.75</v></c></row>
           <row r="4"><c r="A4"><v>3</v></c><c r="B4" t="s"><v>2</v></c><c r="C4" t="s"><v>3</v></c></row>
           <row r="5"><c r="A5" s="3"><v>60</v></c><c r="B5" t="b"><v>1</v></c><c r="C5" t="b"><v>0</v></c></row>
           <row r="6"><c r="A6" s="9"><v>6</v></c><c r="B6" s="0"><v>12345678901234567890</v></c></row>"#,
        // Rows and cells without `r`, empty rows and cells, lower case.
        r#"<row><c><v>7</v></c><c t="s"><v>2</v></c></row><row r="5"/><row r="6"><c r="a6"><v>8</v></c><c/><c s="1"/><c><v>9</v></c></row>
           <row><c r="B7"><v>10</v></c><c t="b"></c><c><v></v></c><c t="s"><v/></c></row>"#,
        // Inline strings, kept or trimmed as calamine does.
        r#"<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t xml:space="preserve">  ouder  </t></is></c></row>
           <row r="3"><c r="A3"><v>2</v></c><c r="B3" t="inlineStr"><is>
             <t> leraar	 </t></is></c><c r="C3" t="inlineStr"><is><t/></is></c><c r="D3" t="inlineStr"><is/></c></row>
           <row r="4"><c r="A4"><v>3</v></c><c r="B4" t="inlineStr"><is><t>één > twee</t></is></c></row>"#,
        // Single quotes, tabs and line breaks between attributes.
        "<row r='2'><c r='A2' t='s'><v>1</v></c><c\tr=\"B2\"\n s=\"1\"><v>2</v></c></row>",
        // A row named after a gap, cells far apart.
        r#"<row r="9"><c r="C9"><v>1</v></c><c r="ZZ9"><v>2</v></c></row><row r="1048576"><c r="XFD1048576"><v>3</v></c></row>"#,
    ];
    for (at, rows) in cases.iter().enumerate() {
        for date1904 in [false, true] {
            let bytes = workbook(&with_header(rows), date1904);
            let name = format!("plain{at}.xlsx");
            let fast = same_both_ways(&name, &bytes, None);
            assert_eq!(fast, 1, "{name} 1904 {date1904}");
        }
    }
}

#[test]
fn anything_else_is_left_to_calamine_with_the_same_result() {
    let cases = [
        r#"<row r="2"><c r="A2"><f>1+1</f><v>2</v></c></row>"#,
        r#"<row r="2"><c r="A2" t="str"><v>tekst</v></c></row>"#,
        r#"<row r="2"><c r="A2" t="e"><v>#N/A</v></c></row>"#,
        r#"<row r="2"><c r="A2" t="d"><v>2024-01-02</v></c></row>"#,
        r#"<row r="2"><c r="A2" t="x"><v>1</v></c></row>"#,
        r#"<row r="2"><c r="A2" t="b"><v>true</v></c></row>"#,
        r#"<row r="2"><c r="A2"><v> 12 </v></c><c r="B2"><v>abc</v></c></row>"#,
        r#"<row r="2"><c r="A2"><v>.5</v></c><c r="B2"><v>1e400</v></c><c r="C2"><v>inf</v></c></row>"#,
        r#"<row r="2"><c r="A2" t="s"><v>99</v></c></row>"#,
        r#"<row r="2"><c r="A2" t="s"><v>01</v></c></row>"#,
        r#"<!-- een opmerking --><row r="2"><c r="A2"><v>1</v></c></row>"#,
        r#"<x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c></x:row>"#,
        r#"<row r="2"><c r="A2" t="inlineStr"><is><r><t>ri</t></r><r><t>ch</t></r></is></c></row>"#,
        r#"<row r="2"><c r="A2" t="inlineStr"><is><t>_x000D_</t></is></c></row>"#,
        r#"<row r="2"><c r="A2" t="inlineStr"><is><t>a&#10;b</t></is></c></row>"#,
        r#"<row r="2"><c r="A2" t="inlineStr"><is><t>één &gt; twee</t></is></c></row>"#,
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>een\r\ntwee</t></is></c></row>",
        r#"<row r="2"><c r="A2" t="inlineStr"><v>1</v></c></row>"#,
        r#"<row r="2"><c r="A2"><v><![CDATA[5]]></v></c></row>"#,
        r#"<row r="2"><c r="A2" r="B2"><v>1</v></c></row>"#,
        r#"<row r="0"><c r="A2"><v>1</v></c></row>"#,
        r#"<row r="2"><c r="$A$2"><v>1</v></c></row>"#,
        r#"<row r="2"><c r="XFE2"><v>1</v></c></row>"#,
        r#"<row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c r="A3"><v>2</v>"#,
        r#"<row r="2"><c r="A2"><v>1</v></c></row>tekst<row r="3"></row>"#,
        r#"<row r="2"><extLst/><c r="A2"><v>1</v></c></row>"#,
        r#"<row r="2"><c r="A2"s="1"><v>1</v></c></row>"#,
        r#"<row r="2"><c r="A2" s=1><v>1</v></c></row>"#,
    ];
    for (at, rows) in cases.iter().enumerate() {
        let bytes = workbook(&with_header(rows), false);
        let fast = same_both_ways(&format!("other{at}.xlsx"), &bytes, None);
        assert_eq!(fast, 0, "case {at} was read fast: {rows}");
    }
}

#[test]
fn a_spreadsheet_writers_workbook_reads_the_same_in_every_sheet() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
    let mut book = Workbook::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let moment = Format::new().set_num_format("dd/mm/yyyy hh:mm");
    let hours = Format::new().set_num_format("[h]:mm:ss");
    let bold = Format::new().set_bold();
    let notes = book.add_worksheet().set_name("Toelichting").unwrap();
    for (row, line) in ["Over dit bestand", "Verhalen uit 2024", " met spaties "]
        .iter()
        .enumerate()
    {
        notes.write_string(row as u32, 0, *line).unwrap();
    }
    let data = book.add_worksheet().set_name("Data").unwrap();
    let headers = [
        "id", "Verhaal", "Score", "Datum", "Moment", "Duur", "Akkoord", "Rijk",
    ];
    for (column, header) in headers.iter().enumerate() {
        data.write_string(0, column as u16, *header).unwrap();
    }
    let texts = [
        "  rondom ",
        "a & b < c",
        "één\r\ntwee",
        "_x000D_ tab\t",
        "",
        "   ",
    ];
    for row in 1..=40u32 {
        let r = f64::from(row);
        data.write_string(row, 0, format!("S{row:03}")).unwrap();
        data.write_string(row, 1, texts[row as usize % texts.len()])
            .unwrap();
        data.write_number(row, 2, r * 2.5 - 30.125).unwrap();
        let day =
            ExcelDateTime::from_ymd(2020, 1 + (row % 12) as u8, 1 + (row % 28) as u8).unwrap();
        data.write_datetime_with_format(row, 3, &day, &date)
            .unwrap();
        data.write_number_with_format(row, 4, 45_000.0 + r / 7.0, &moment)
            .unwrap();
        data.write_number_with_format(row, 5, r / 24.0, &hours)
            .unwrap();
        data.write_boolean(row, 6, row % 3 == 0).unwrap();
        data.write_rich_string(row, 7, &[(&bold, "vet "), (&Format::default(), "gewoon")])
            .unwrap();
    }
    data.write_blank(41, 2, &date).unwrap();
    let formulas = book.add_worksheet().set_name("Formules").unwrap();
    formulas.write_string(0, 0, "som").unwrap();
    formulas
        .write_formula(1, 0, Formula::new("=1+1").set_result("2"))
        .unwrap();
    let bytes = book.save_to_buffer().unwrap();
    // Every sheet is read to choose one; all but "Formules" fast.
    assert_eq!(same_both_ways("schrijver.xlsx", &bytes, None), 2);
    for (sheet, fast) in [("Toelichting", 1), ("Data", 1), ("Formules", 0)] {
        assert_eq!(
            same_both_ways("schrijver.xlsx", &bytes, Some(sheet)),
            fast,
            "{sheet}"
        );
    }
}

/// Random sheets from plain and odd pieces, each read both ways: the fast
/// reader either reads one as calamine does or leaves it to calamine.
#[test]
fn random_sheets_read_the_same_both_ways() {
    const PIECES: &[&str] = &[
        r#"<c r="A{r}"><v>{n}</v></c>"#,
        r#"<c r="B{r}" t="s"><v>{s}</v></c>"#,
        r#"<c r="C{r}" s="{st}"><v>{n}.5</v></c>"#,
        r#"<c t="b"><v>{b}</v></c>"#,
        r#"<c><v>-{n}e-2</v></c>"#,
        r#"<c r="D{r}" t="inlineStr"><is><t xml:space="preserve"> x{n} </t></is></c>"#,
        r#"<c r="E{r}" t="inlineStr"><is><t> y </t></is></c>"#,
        r#"<c s="{st}"/>"#,
        "\n  ",
        r#"<c r="F{r}"><f>A1</f><v>{n}</v></c>"#,
        r#"<c r="G{r}" t="str"><v>z</v></c>"#,
        r#"<c r="H{r}"><v>&#49;</v></c>"#,
        r#"<c r="I{r}" t="s"><v>{big}</v></c>"#,
    ];
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = |below: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % below
    };
    let mut fast_read = 0;
    for round in 0..120 {
        let mut rows = String::new();
        for row in 2..2 + next(8) {
            let numbered = next(4) > 0;
            rows.push_str(&if numbered {
                format!(r#"<row r="{row}">"#)
            } else {
                "<row>".to_owned()
            });
            for _ in 0..next(6) {
                // Mostly plain pieces, now and then an odd one.
                let piece = if next(10) == 0 { next(13) } else { next(9) };
                let text = PIECES[piece as usize]
                    .replace("{r}", &row.to_string())
                    .replace("{n}", &next(1000).to_string())
                    .replace("{s}", &next(4).to_string())
                    .replace("{st}", &next(6).to_string())
                    .replace("{b}", &next(2).to_string())
                    .replace("{big}", &next(6).to_string());
                rows.push_str(&text);
            }
            rows.push_str("</row>");
        }
        let bytes = workbook(&with_header(&rows), round % 2 == 1);
        fast_read += same_both_ways(&format!("toeval{round}.xlsx"), &bytes, None);
    }
    assert!(fast_read > 40, "only {fast_read} of 120 read fast");
}

#[test]
fn rows_longer_than_a_chunk_read_whole() {
    // ~1.5 MB of sheet XML, one row longer than the 256 KiB chunk.
    let long = "woord ".repeat(60_000);
    let mut rows = format!(
        r#"<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>{long}</t></is></c></row>"#
    );
    for row in 3..3000 {
        let text = "verhaal ".repeat(row % 50);
        rows.push_str(&format!(
            r#"<row r="{row}"><c r="A{row}"><v>{row}</v></c><c r="B{row}" t="inlineStr"><is><t>{text}</t></is></c></row>"#
        ));
    }
    let bytes = workbook(&with_header(&rows), false);
    assert_eq!(same_both_ways("lang.xlsx", &bytes, None), 1);
}

#[test]
fn references_past_the_limits_are_refused_wherever_they_are() {
    let plain = with_header(r#"<row r="2"><c r="A2"><v>1</v></c></row>"#);
    let far_dimension = worksheet(r#"<dimension ref="A1:XFE2"/>"#, &plain, "");
    let far_after = worksheet("", &plain, r#"<extLst><c r="B1048577"/></extLst>"#);
    let fine = worksheet("", &plain, "");
    let far_cells = worksheet(
        "",
        &with_header(r#"<row r="2"><c r="ZZZZ2"><v>1</v></c></row>"#),
        "",
    );
    /// Sheets (name, XML), the sheet asked for, sheets read fast.
    type Case<'a> = (Vec<(&'a str, String)>, Option<&'a str>, usize);
    let cases: [Case<'_>; 6] = [
        (vec![("Data", far_dimension.clone())], None, 1),
        (vec![("Data", far_after.clone())], None, 1),
        // The sheet read is fine, another is not (read too, or not read).
        (
            vec![("Data", fine.clone()), ("Rest", far_after.clone())],
            None,
            2,
        ),
        (
            vec![("Data", fine.clone()), ("Rest", far_cells.clone())],
            Some("data"),
            1,
        ),
        // Two sheets past the limits: the first member's is reported.
        (
            vec![("Data", far_after), ("Rest", far_dimension)],
            Some("Rest"),
            1,
        ),
        // Data is left to calamine, whose error ends the read.
        (vec![("Data", far_cells), ("Rest", fine)], None, 0),
    ];
    for (at, (sheets, wanted, read_fast)) in cases.into_iter().enumerate() {
        let bytes = package(&sheets, false);
        let name = format!("ver{at}.xlsx");
        assert_eq!(same_both_ways(&name, &bytes, wanted), read_fast, "{name}");
        let (read, _) = read_with(
            Path::new(&name),
            bytes,
            wanted,
            &mut Reporter::default(),
            true,
        );
        let Err(ImportError::OutsideSheet { .. }) = read else {
            panic!("{name} was not refused: {read:?}");
        };
    }
}
