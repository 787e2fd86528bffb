//! [`html_from_report`]: the report as one self-contained HTML file.
//!
//! Styles are inline and charts are PNGs inside `data:` URLs, so the file
//! can be mailed on its own; `@media print` and `@page` make it print on
//! A4 with every perspective on a new page. Every text from the project or
//! the stories goes through [`escape`], so a story holding
//! `<script>` shows as text. The output is also well-formed XML (void
//! elements closed, only XML's entities), which the tests rely on to parse
//! it.

use std::fmt::Write;

use base64::Engine;

use super::ReportError;
use super::document::{FindingSection, Report, Section, paragraphs};
use crate::i18n::Language;

/// `text` escaped for HTML (and XML) text and attribute values.
pub fn escape(text: &str) -> String {
    crate::export::escape(text)
}

const STYLE: &str = r#"
@page { size: A4; margin: 2cm 2.2cm; }
html { background: #f4f4f2; }
body { font-family: "Noto Sans", Calibri, "Segoe UI", Arial, sans-serif; color: #1d1d1f;
  font-size: 11pt; line-height: 1.5; max-width: 46rem; margin: 2rem auto; padding: 2.5rem 3rem;
  background: #ffffff; box-shadow: 0 0 0.6rem rgba(0, 0, 0, 0.12); }
header.title-page { border-bottom: 2px solid #0072b2; padding-bottom: 1.2rem; margin-bottom: 2rem; }
header.title-page h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.8rem 0; }
header.title-page p { margin: 0.15rem 0; color: #4a4a4f; }
h2 { font-size: 1.45rem; line-height: 1.25; color: #0b4f7c; margin: 2.6rem 0 0.6rem 0; }
h3 { font-size: 1.15rem; line-height: 1.3; margin: 2.2rem 0 0.4rem 0; }
h4 { font-size: 1rem; margin: 1.1rem 0 0.2rem 0; }
p { margin: 0.3rem 0 0.7rem 0; }
p.lead { margin: 1rem 0 0.1rem 0; font-weight: bold; }
p.caption { color: #55555a; font-size: 0.9rem; margin: 0 0 0.4rem 0; }
p.selection { color: #55555a; font-size: 0.9rem; }
p.chart-missing { color: #a33; font-style: italic; }
figure { margin: 0.4rem 0 0.6rem 0; }
figure img { width: 100%; height: auto; display: block; border: 1px solid #e2e2e2; }
ul.proposals { margin: 0.2rem 0 0.8rem 0; padding-left: 1.4rem; }
blockquote { margin: 0.8rem 0 1rem 1.5rem; padding: 0.1rem 0 0.1rem 1rem;
  border-left: 3px solid #c9c9cc; font-style: italic; color: #333338; }
blockquote p.story-title { font-weight: bold; margin-bottom: 0.2rem; }
blockquote p.story-id { font-style: normal; font-size: 0.85rem; color: #6a6a70; }
@media print {
  html { background: none; }
  body { max-width: none; margin: 0; padding: 0; box-shadow: none; font-size: 10.5pt; }
  section.perspective { break-before: page; }
  h2, h3, h4, p.lead { break-after: avoid; }
  figure, blockquote { break-inside: avoid; }
}
"#;

/// The report as an HTML document.
pub fn html_from_report(report: &Report) -> Result<String, ReportError> {
    let mut out = String::with_capacity(64 * 1024);
    let lang = match report.language {
        Language::Dutch => "nl",
        Language::English => "en",
    };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\" />\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n\
         <meta name=\"generator\" content=\"Storylens {}\" />\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION"),
        escape(&report.title)
    );
    let _ = writeln!(
        out,
        "<header class=\"title-page\">\n<h1>{}</h1>",
        escape(&report.title)
    );
    for line in report.title_lines() {
        let _ = writeln!(out, "<p>{}</p>", escape(&line));
    }
    out.push_str("</header>\n");
    for section in &report.sections {
        write_section(&mut out, report, section)?;
    }
    out.push_str("</body>\n</html>\n");
    Ok(out)
}

fn write_section(out: &mut String, report: &Report, section: &Section) -> Result<(), ReportError> {
    let _ = writeln!(
        out,
        "<section class=\"perspective\">\n<h2>{}</h2>",
        escape(&section.heading)
    );
    write_paragraphs(out, &section.introduction, "intro");
    for finding in &section.findings {
        write_finding(out, report, finding)?;
    }
    out.push_str("</section>\n");
    Ok(())
}

fn write_finding(
    out: &mut String,
    report: &Report,
    finding: &FindingSection,
) -> Result<(), ReportError> {
    let s = report.strings();
    let _ = writeln!(
        out,
        "<article class=\"finding\" id=\"finding-{}\">\n<h3>{}</h3>",
        finding.id,
        escape(&finding.title)
    );
    let _ = writeln!(
        out,
        "<p class=\"caption\">{}</p>",
        escape(&finding.chart_caption)
    );
    match &finding.chart {
        Ok(chart) => {
            let png = base64::engine::general_purpose::STANDARD.encode(chart.png()?);
            let _ = writeln!(
                out,
                "<figure><img src=\"data:image/png;base64,{png}\" alt=\"{}\" /></figure>",
                escape(&finding.chart_caption)
            );
        }
        Err(reason) => {
            let _ = writeln!(out, "<p class=\"chart-missing\">{}</p>", escape(reason));
        }
    }
    let selection: Vec<String> = finding.selection_lines.iter().map(|l| escape(l)).collect();
    let _ = writeln!(
        out,
        "<p class=\"selection\">{}</p>",
        selection.join("<br />")
    );
    for (lead, text) in [
        (s.report_saw, &finding.saw),
        (s.report_see_now, &finding.see_now),
    ] {
        if !text.trim().is_empty() {
            let _ = writeln!(out, "<p class=\"lead\">{}</p>", escape(lead));
            write_paragraphs(out, text, "body");
        }
    }
    if !finding.interpretation.trim().is_empty() {
        let _ = writeln!(out, "<h4>{}</h4>", escape(s.report_interpretation));
        write_paragraphs(out, &finding.interpretation, "body");
    }
    let proposals = finding.proposals.iter().map(|p| lines(p));
    write_list(out, s.report_proposals, proposals);
    let differences = finding.differences.iter().map(|d| escape(d));
    write_list(out, s.differences_heading, differences);
    for quote in &finding.quotes {
        out.push_str("<blockquote>\n");
        if let Some(title) = &quote.title {
            let _ = writeln!(out, "<p class=\"story-title\">{}</p>", escape(title));
        }
        write_paragraphs(out, &quote.excerpt, "story");
        let id = crate::i18n::fill(s.report_story, &[("id", &quote.story_id)]);
        let _ = writeln!(out, "<p class=\"story-id\">— {}</p>", escape(&id));
        out.push_str("</blockquote>\n");
    }
    out.push_str("</article>\n");
    Ok(())
}

/// One `<p>` per paragraph, line breaks kept as `<br />`.
/// A heading and a bulleted list of `items` (HTML already), or nothing
/// without items.
fn write_list(out: &mut String, heading: &str, items: impl Iterator<Item = String>) {
    let mut items = items.peekable();
    if items.peek().is_none() {
        return;
    }
    let _ = writeln!(
        out,
        "<h4>{}</h4>\n<ul class=\"proposals\">",
        escape(heading)
    );
    for item in items {
        let _ = writeln!(out, "<li>{item}</li>");
    }
    out.push_str("</ul>\n");
}

fn write_paragraphs(out: &mut String, text: &str, class: &str) {
    for paragraph in paragraphs(text) {
        let _ = writeln!(out, "<p class=\"{class}\">{}</p>", lines(&paragraph));
    }
}

fn lines(text: &str) -> String {
    text.lines().map(escape).collect::<Vec<_>>().join("<br />")
}
