//! [`docx_from_report`]: the report as a Word document, written part by
//! part (Office Open XML) into a zip.
//!
//! `word/document.xml` holds the text in the styles of `docx_parts`
//! (Title, Heading 1–3, Caption, Quote, List Bullet), the charts are PNGs
//! in `word/media/` placed as inline pictures the width of the text column.
//! Every text is XML-escaped; line breaks become `<w:br/>`.

use std::fmt::Write as _;
use std::io::Write as _;

use zip::write::SimpleFileOptions;

use super::ReportError;
use super::document::{FindingSection, Report, paragraphs};
use super::docx_parts::{
    CONTENT_TYPES, EMU_PER_TWIP, MARGIN_TWIPS, NUMBERING, PAGE_HEIGHT_TWIPS, PAGE_WIDTH_TWIPS,
    ROOT_RELS, STYLES, core_properties, document_rels,
};
use crate::export::escape;
use crate::i18n::fill;

const NAMESPACES: &str = concat!(
    r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#,
    r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" "#,
    r#"xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" "#,
    r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" "#,
    r#"xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture""#
);

/// The `.docx` bytes of `report`.
pub fn docx_from_report(report: &Report) -> Result<Vec<u8>, ReportError> {
    let mut body = Body::default();
    body.write_report(report)?;
    let zip_error = |e: zip::result::ZipError| ReportError::Docx(e.to_string());
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let names: Vec<String> = body.images.iter().map(|(name, _)| name.clone()).collect();
    let mut parts: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".into(), CONTENT_TYPES.into()),
        ("_rels/.rels".into(), ROOT_RELS.into()),
        (
            "docProps/core.xml".into(),
            core_properties(&escape(&report.title)).into_bytes(),
        ),
        ("word/document.xml".into(), body.document().into_bytes()),
        ("word/styles.xml".into(), STYLES.into()),
        ("word/numbering.xml".into(), NUMBERING.into()),
        (
            "word/_rels/document.xml.rels".into(),
            document_rels(&names).into_bytes(),
        ),
    ];
    parts.extend(
        body.images
            .into_iter()
            .map(|(name, png)| (format!("word/media/{name}"), png)),
    );
    for (name, bytes) in parts {
        // PNGs are compressed already; storing them saves time for nothing.
        let options = if name.ends_with(".png") {
            options.compression_method(zip::CompressionMethod::Stored)
        } else {
            options
        };
        zip.start_file(name, options).map_err(zip_error)?;
        zip.write_all(&bytes)
            .map_err(|e| ReportError::Docx(e.to_string()))?;
    }
    Ok(zip.finish().map_err(zip_error)?.into_inner())
}

/// The document body being written, and the images it refers to.
#[derive(Default)]
struct Body {
    xml: String,
    /// (file name in `word/media`, PNG bytes); relationship `rIdImg{i+1}`.
    images: Vec<(String, Vec<u8>)>,
}

impl Body {
    fn document(&self) -> String {
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document {NAMESPACES}><w:body>\n{}\
             <w:sectPr><w:pgSz w:w=\"{PAGE_WIDTH_TWIPS}\" w:h=\"{PAGE_HEIGHT_TWIPS}\"/>\
             <w:pgMar w:top=\"1247\" w:right=\"{MARGIN_TWIPS}\" w:bottom=\"1247\" w:left=\"{MARGIN_TWIPS}\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr>\n\
             </w:body></w:document>\n",
            self.xml
        )
    }

    fn write_report(&mut self, report: &Report) -> Result<(), ReportError> {
        self.paragraph("Title", &report.title);
        for line in report.title_lines() {
            self.paragraph("Subtitle", &line);
        }
        for section in &report.sections {
            self.paragraph("Heading1", &section.heading);
            for paragraph in paragraphs(&section.introduction) {
                self.paragraph("Normal", &paragraph);
            }
            for finding in &section.findings {
                self.finding(report, finding)?;
            }
        }
        Ok(())
    }

    fn finding(&mut self, report: &Report, finding: &FindingSection) -> Result<(), ReportError> {
        let s = report.strings();
        self.paragraph("Heading2", &finding.title);
        self.paragraph("Caption", &finding.chart_caption);
        match &finding.chart {
            Ok(chart) => {
                let name = format!("finding-{}.png", finding.id);
                self.images.push((name.clone(), chart.png()?));
                self.picture(self.images.len(), &name, chart.aspect());
            }
            Err(reason) => self.paragraph("Caption", reason),
        }
        self.paragraph("Caption", &finding.selection_lines.join("\n"));
        for (lead, text) in [
            (s.report_saw, &finding.saw),
            (s.report_see_now, &finding.see_now),
        ] {
            if text.trim().is_empty() {
                continue;
            }
            self.paragraph("Heading3", lead);
            for paragraph in paragraphs(text) {
                self.paragraph("Normal", &paragraph);
            }
        }
        if !finding.interpretation.trim().is_empty() {
            self.paragraph("Heading3", s.report_interpretation);
            for paragraph in paragraphs(&finding.interpretation) {
                self.paragraph("Normal", &paragraph);
            }
        }
        if !finding.proposals.is_empty() {
            self.paragraph("Heading3", s.report_proposals);
            for proposal in &finding.proposals {
                self.paragraph("ListBullet", proposal);
            }
        }
        if !finding.differences.is_empty() {
            self.paragraph("Heading3", s.differences_heading);
            for line in &finding.differences {
                self.paragraph("ListBullet", line);
            }
        }
        for quote in &finding.quotes {
            if let Some(title) = &quote.title {
                self.xml
                    .push_str("<w:p><w:pPr><w:pStyle w:val=\"Quote\"/><w:keepNext/></w:pPr>");
                self.run(title, "<w:b/><w:i w:val=\"0\"/>");
                self.xml.push_str("</w:p>\n");
            }
            for paragraph in paragraphs(&quote.excerpt) {
                self.paragraph("Quote", &paragraph);
            }
            let id = fill(s.report_story, &[("id", &quote.story_id)]);
            self.paragraph("QuoteSource", &format!("— {id}"));
        }
        Ok(())
    }

    /// A paragraph in `style`; line breaks in `text` become `<w:br/>`.
    fn paragraph(&mut self, style: &str, text: &str) {
        let _ = write!(
            self.xml,
            "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>"
        );
        self.run(text, "");
        self.xml.push_str("</w:p>\n");
    }

    fn run(&mut self, text: &str, properties: &str) {
        self.xml.push_str("<w:r>");
        if !properties.is_empty() {
            let _ = write!(self.xml, "<w:rPr>{properties}</w:rPr>");
        }
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                self.xml.push_str("<w:br/>");
            }
            let _ = write!(
                self.xml,
                "<w:t xml:space=\"preserve\">{}</w:t>",
                escape(line)
            );
        }
        self.xml.push_str("</w:r>");
    }

    /// An inline picture the width of the text column; `number` is the
    /// image's 1-based index (relationship `rIdImg{number}`).
    fn picture(&mut self, number: usize, name: &str, aspect: f32) {
        let width_emu = u64::from(PAGE_WIDTH_TWIPS - 2 * MARGIN_TWIPS) * EMU_PER_TWIP;
        let height_emu = (width_emu as f64 * f64::from(aspect)).round() as u64;
        let _ = writeln!(
            self.xml,
            "<w:p><w:pPr><w:keepNext/><w:spacing w:after=\"60\"/></w:pPr><w:r><w:drawing>\
             <wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">\
             <wp:extent cx=\"{width_emu}\" cy=\"{height_emu}\"/>\
             <wp:docPr id=\"{number}\" name=\"{name}\"/>\
             <wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>\
             <a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">\
             <pic:pic><pic:nvPicPr><pic:cNvPr id=\"{number}\" name=\"{name}\"/><pic:cNvPicPr/></pic:nvPicPr>\
             <pic:blipFill><a:blip r:embed=\"rIdImg{number}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
             <pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{width_emu}\" cy=\"{height_emu}\"/></a:xfrm>\
             <a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>\
             </a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
        );
    }
}
