//! [`write_markdown`]: the report as `report.md` plus an `images/` folder
//! next to it with one PNG per finding (`images/finding-3.png`).
//!
//! Text from the project and the stories is escaped where Markdown would
//! read it as structure ([`escape`]): emphasis, links, HTML, headings,
//! lists and quotes at the start of a line, tables; so a story holding
//! `<script>` or `# ` reads as the teller wrote it.

use std::fmt::Write;
use std::path::Path;

use super::document::{FindingSection, Report, paragraphs};
use super::{ReportError, write_file};

/// The folder next to the Markdown file that holds the chart images.
pub const IMAGES_DIR: &str = "images";

/// `text` (one line) with every character Markdown could read as markup
/// escaped by a backslash, and line-start markers (`#`, `>`, `-`, `+`,
/// `1.`) made literal. Leading spaces are dropped, as four would start a
/// code block.
pub fn escape(text: &str) -> String {
    let line = text.trim_start();
    let mut out = String::with_capacity(line.len() + 8);
    for c in line.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '#' | '|' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    // A line that starts like a list item, a thematic break or a setext
    // underline would change the structure around it.
    if let Some(first) = out.chars().next()
        && matches!(first, '-' | '+' | '=')
    {
        out.insert(0, '\\');
    }
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(out[digits..].chars().next(), Some('.' | ')')) {
        out.insert(digits, '\\');
    }
    out
}

/// `text` as Markdown lines: each line escaped, lines joined with a hard
/// break (two spaces) so the teller's line breaks stay.
fn lines(text: &str) -> String {
    text.lines().map(escape).collect::<Vec<_>>().join("  \n")
}

fn write_paragraphs(out: &mut String, text: &str, prefix: &str) {
    for paragraph in paragraphs(text) {
        let body = lines(&paragraph).replace('\n', &format!("\n{prefix}"));
        let _ = writeln!(out, "{prefix}{body}\n{}", prefix.trim_end());
    }
}

/// The file name of a finding's chart inside [`IMAGES_DIR`].
pub fn image_name(finding: &FindingSection) -> String {
    format!("finding-{}.png", finding.id)
}

/// The Markdown text of `report`, with images linked under `images/`.
pub fn markdown_from_report(report: &Report) -> String {
    let s = report.strings();
    let mut out = String::with_capacity(32 * 1024);
    let _ = writeln!(out, "# {}\n", escape(&report.title));
    for line in report.title_lines() {
        let _ = writeln!(out, "{}  ", escape(&line));
    }
    out.push('\n');
    for section in &report.sections {
        let _ = writeln!(out, "## {}\n", escape(&section.heading));
        write_paragraphs(&mut out, &section.introduction, "");
        for finding in &section.findings {
            let _ = writeln!(out, "### {}\n", escape(&finding.title));
            let _ = writeln!(out, "*{}*\n", escape(&finding.chart_caption));
            match &finding.chart {
                Ok(_) => {
                    let _ = writeln!(
                        out,
                        "![{}]({IMAGES_DIR}/{})\n",
                        escape(&finding.chart_caption),
                        image_name(finding)
                    );
                }
                Err(reason) => {
                    let _ = writeln!(out, "*{}*\n", escape(reason));
                }
            }
            let selection: Vec<String> =
                finding.selection_lines.iter().map(|l| escape(l)).collect();
            let _ = writeln!(out, "{}\n", selection.join("  \n"));
            for (lead, text) in [
                (s.report_saw, &finding.saw),
                (s.report_see_now, &finding.see_now),
            ] {
                if !text.trim().is_empty() {
                    let _ = writeln!(out, "**{}**\n", escape(lead));
                    write_paragraphs(&mut out, text, "");
                }
            }
            if !finding.interpretation.trim().is_empty() {
                let _ = writeln!(out, "#### {}\n", escape(s.report_interpretation));
                write_paragraphs(&mut out, &finding.interpretation, "");
            }
            if !finding.proposals.is_empty() {
                let _ = writeln!(out, "#### {}\n", escape(s.report_proposals));
                for proposal in &finding.proposals {
                    let item = lines(proposal).replace('\n', "\n  ");
                    let _ = writeln!(out, "- {item}");
                }
                out.push('\n');
            }
            if !finding.differences.is_empty() {
                let _ = writeln!(out, "#### {}\n", escape(s.differences_heading));
                for line in &finding.differences {
                    let _ = writeln!(out, "- {}", escape(line));
                }
                out.push('\n');
            }
            for quote in &finding.quotes {
                if let Some(title) = &quote.title {
                    let _ = writeln!(out, "> **{}**\n>", escape(title));
                }
                for paragraph in paragraphs(&quote.excerpt) {
                    let body = lines(&paragraph).replace('\n', "\n> ");
                    let _ = writeln!(out, "> *{body}*\n>");
                }
                let id = crate::i18n::fill(s.report_story, &[("id", &quote.story_id)]);
                let _ = writeln!(out, "> — {}\n", escape(&id));
            }
        }
    }
    out
}

/// Writes `report.md` at `path` and the chart PNGs into `images/` beside it.
pub fn write_markdown(report: &Report, path: &Path) -> Result<(), ReportError> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let images = folder.join(IMAGES_DIR);
    if report.findings().any(|f| f.chart.is_ok()) {
        std::fs::create_dir_all(&images).map_err(|e| ReportError::write(&images, &e))?;
    }
    for finding in report.findings() {
        if let Ok(chart) = &finding.chart {
            write_file(&images.join(image_name(finding)), &chart.png()?)?;
        }
    }
    write_file(path, markdown_from_report(report).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_story_text_stays_literal() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            r"\<script\>alert(1)\</script\>"
        );
        assert_eq!(escape("# kop"), r"\# kop");
        assert_eq!(escape("- item"), r"\- item");
        assert_eq!(escape("12. punt"), r"12\. punt");
        assert_eq!(escape("    code"), "code");
        assert_eq!(escape("*vet* en [link](x)"), r"\*vet\* en \[link\](x)");
        assert_eq!(escape("{{x}} 3-2"), "{{x}} 3-2");
    }
}
