//! [`Report`]: a project laid out as an ordered document, the same for every
//! writer.
//!
//! [`Report::build`] walks the perspectives in order, and in each its
//! findings; findings in no perspective come last under "Overige
//! bevindingen". Each finding's chart is its `Comparison` computed the way
//! every view computes it, and laid out as an export [`Scene`]; quoted stories get the
//! project's redactions. After this step no writer looks at the project or
//! the dataset again.

use crate::export::{self, ExportError, ExportOptions, Scene};
use crate::i18n::{self, Language, fill, format_count};
use crate::model::{Dataset, TextRole, describe};
use crate::project::{Finding, FindingId, FrozenSelection, Project, Quote, apply_redactions};

/// Pixels per layout pixel of the PNG charts: crisp on paper and slides.
pub const PNG_SCALE: f32 = 2.0;

/// Width of a chart scene in layout pixels; writers scale it to the page.
const CHART_WIDTH_PX: f32 = 1200.0;

/// A question is listed under "what makes this selection different?"
/// when its Benjamini–Hochberg q is below this.
const DIFFERENCES_Q: f64 = 0.05;
/// At most this many questions are listed there, the strongest.
const DIFFERENCES_SHOWN: usize = 6;

/// What the caller decides about a report.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportOptions {
    /// The language of headings, captions and labels.
    pub language: Language,
    /// The report's title; `None` uses the project's name.
    pub title: Option<String>,
    /// The date printed on the title page, as the caller wants it written
    /// (see [`crate::calendar::today_iso`]).
    pub date: String,
}

impl ReportOptions {
    /// A report in `language`, titled with the project's name, dated today.
    pub fn new(language: Language) -> Self {
        Self {
            language,
            title: None,
            date: crate::calendar::today_iso(),
        }
    }
}

/// A whole report, in reading order.
#[derive(Clone, Debug)]
pub struct Report {
    /// The language it is written in.
    pub language: Language,
    /// The title on the title page and in the footer.
    pub title: String,
    /// The project's name, when the title is something else.
    pub project_name: Option<String>,
    /// The date on the title page, as the caller wrote it.
    pub date: String,
    /// The data source (the dataset's name).
    pub source: String,
    /// Number of stories in the dataset.
    pub story_count: usize,
    /// One section per perspective, then the ungrouped findings.
    pub sections: Vec<Section>,
}

/// A perspective, or the closing group of findings in none.
#[derive(Clone, Debug)]
pub struct Section {
    /// "Perspectief 1: …" or "Overige bevindingen".
    pub heading: String,
    /// The perspective's introduction; empty for none.
    pub introduction: String,
    /// Its findings, in presentation order.
    pub findings: Vec<FindingSection>,
}

/// One finding as the report shows it.
#[derive(Clone, Debug)]
pub struct FindingSection {
    /// The finding's id in the project.
    pub id: FindingId,
    /// The finding's title.
    pub title: String,
    /// "Grafiek: Gevoel × Ondersteuning".
    pub chart_caption: String,
    /// The chart, or why it could not be drawn (one sentence).
    pub chart: Result<Chart, String>,
    /// "Selectie: … (731 verhalen)" and "vergeleken met: …".
    pub selection_lines: Vec<String>,
    /// *Wat zagen we?*: the pattern in the baseline.
    pub saw: String,
    /// *Wat zien we nu?*: how the selection differs.
    pub see_now: String,
    /// The analyst's interpretation; empty for none.
    pub interpretation: String,
    /// Improvement proposals, in order.
    pub proposals: Vec<String>,
    /// What makes the selection different from the other stories, one
    /// line per question ("Gevoel — vaker tevredenheid (63% tegen 7%)"),
    /// strongest first: the significant rows of `patterns::differences`,
    /// when the finding asks for them (`Finding::show_differences`).
    pub differences: Vec<String>,
    /// Stories quoted as examples, redacted.
    pub quotes: Vec<QuotedStory>,
}

/// A finding's chart as a vector scene; writers pick SVG, PNG or vectors.
#[derive(Clone, Debug)]
pub struct Chart {
    /// The chart as laid out for a report page.
    pub scene: Scene,
}

impl Chart {
    /// The chart as an SVG document.
    pub fn svg(&self) -> String {
        export::svg_from_scene(&self.scene)
    }

    /// The chart as PNG at [`PNG_SCALE`].
    pub fn png(&self) -> Result<Vec<u8>, ExportError> {
        export::png_from_scene(&self.scene, PNG_SCALE)
    }

    /// Height over width, to size the image on a page.
    pub fn aspect(&self) -> f32 {
        self.scene.height_px / self.scene.width_px.max(1.0)
    }
}

/// A quoted story with redactions applied.
#[derive(Clone, Debug)]
pub struct QuotedStory {
    /// The story's id as text.
    pub story_id: String,
    /// The story's title, when the dataset has it.
    pub title: Option<String>,
    /// The quoted words, redactions applied.
    pub excerpt: String,
}

impl Report {
    /// Lays out `project` on `dataset` as a report.
    pub fn build(project: &Project, dataset: &Dataset, options: &ReportOptions) -> Self {
        let s = options.language.strings();
        let builder = Builder {
            project,
            dataset,
            language: options.language,
        };
        let mut placed: Vec<FindingId> = Vec::new();
        let mut sections = Vec::new();
        for (index, perspective) in project.perspectives.iter().enumerate() {
            let findings: Vec<&Finding> = perspective
                .findings
                .iter()
                .filter_map(|id| project.finding(*id))
                .collect();
            placed.extend(findings.iter().map(|f| f.id));
            sections.push(Section {
                heading: fill(
                    s.report_perspective,
                    &[("n", &(index + 1)), ("title", &perspective.title)],
                ),
                introduction: perspective.introduction.clone(),
                findings: findings.into_iter().map(|f| builder.finding(f)).collect(),
            });
        }
        let rest: Vec<FindingSection> = project
            .findings
            .iter()
            .filter(|f| !placed.contains(&f.id))
            .map(|f| builder.finding(f))
            .collect();
        if !rest.is_empty() {
            sections.push(Section {
                heading: s.report_other_findings.to_owned(),
                introduction: String::new(),
                findings: rest,
            });
        }
        let title = options
            .title
            .clone()
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| project.name.clone());
        Self {
            language: options.language,
            project_name: (title != project.name).then(|| project.name.clone()),
            title,
            date: options.date.clone(),
            source: dataset.name.clone(),
            story_count: dataset.len(),
            sections,
        }
    }

    /// The UI strings in the report's language.
    pub fn strings(&self) -> &'static i18n::Strings {
        self.language.strings()
    }

    /// The title page's lines under the title: project, date, source, n.
    pub fn title_lines(&self) -> Vec<String> {
        let s = self.strings();
        let mut lines: Vec<String> = self.project_name.iter().cloned().collect();
        lines.push(fill(s.report_date, &[("date", &self.date)]));
        lines.push(fill(s.report_source, &[("source", &self.source)]));
        lines.push(fill(
            s.stories_count,
            &[("n", &format_count(self.language, self.story_count))],
        ));
        lines
    }

    /// Every finding in reading order.
    pub fn findings(&self) -> impl Iterator<Item = &FindingSection> {
        self.sections.iter().flat_map(|s| s.findings.iter())
    }
}

struct Builder<'a> {
    project: &'a Project,
    dataset: &'a Dataset,
    language: Language,
}

impl Builder<'_> {
    fn finding(&self, finding: &Finding) -> FindingSection {
        let s = self.language.strings();
        let caption_title = match &finding.chart.by {
            Some(by) => format!(
                "{} × {}",
                self.question_title(finding.chart.question.as_str()),
                self.question_title(by.as_str())
            ),
            None => self.question_title(finding.chart.question.as_str()),
        };
        FindingSection {
            id: finding.id,
            title: finding.title.clone(),
            chart_caption: fill(s.report_chart, &[("title", &caption_title)]),
            chart: self.chart(finding),
            selection_lines: vec![
                self.selection_line(s.report_selection, &finding.selection),
                self.selection_line(s.report_baseline, &finding.baseline),
            ],
            saw: finding.saw.clone(),
            see_now: finding.see_now.clone(),
            interpretation: finding.interpretation.clone(),
            proposals: finding.proposals.clone(),
            differences: self.differences(finding),
            quotes: finding.quotes.iter().map(|q| self.quote(q)).collect(),
        }
    }

    /// The lines of [`FindingSection::differences`]: the finding's
    /// selection against the rest of its baseline, the story text tested by
    /// its words (indexed here when need be), the rows with q below
    /// [`DIFFERENCES_Q`], at most [`DIFFERENCES_SHOWN`].
    fn differences(&self, finding: &Finding) -> Vec<String> {
        use crate::patterns::{self, DifferencesOptions};
        if !finding.show_differences {
            return Vec::new();
        }
        let _ = crate::words::text_index(self.dataset, None, &crate::words::WordOptions::default());
        let options = DifferencesOptions {
            min_n: finding.chart.options.min_n,
        };
        let Ok(result) = crate::project::selection_differences(
            self.dataset,
            &finding.baseline,
            &finding.selection,
            &options,
            &self.project.settings.word_options(),
        ) else {
            return Vec::new();
        };
        result
            .tests
            .iter()
            .filter(|row| row.q < DIFFERENCES_Q)
            .take(DIFFERENCES_SHOWN)
            .map(|row| {
                format!(
                    "{} — {}",
                    row.question,
                    patterns::text::line(row, self.language)
                )
            })
            .collect()
    }

    fn question_title(&self, id: &str) -> String {
        self.dataset
            .codebook()
            .find(id)
            .map_or_else(|| id.to_owned(), |q| q.title.clone())
    }

    fn chart(&self, finding: &Finding) -> Result<Chart, String> {
        let s = self.language.strings();
        let unavailable = |reason: String| fill(s.report_chart_unavailable, &[("reason", &reason)]);
        // The snapshot's computation: one finding, one chart, everywhere.
        let data =
            export::finding_chart(finding, self.dataset, &self.project.settings.word_options())
                .map_err(|e| unavailable(e.sentence(self.language)))?;
        let options = ExportOptions {
            width_px: CHART_WIDTH_PX,
            source: self.dataset.name.clone(),
            selection_name: Some(finding.selection.name.clone()),
            baseline_name: finding.comparison().baseline_name(self.language),
            ..ExportOptions::new(self.language)
        };
        Ok(Chart {
            scene: export::scene_from_chart(&data, &options),
        })
    }

    /// "Selectie: name (n verhalen)", with the filter in words when the name
    /// does not already say it.
    fn selection_line(&self, template: &str, frozen: &FrozenSelection) -> String {
        let n = frozen
            .filter
            .evaluate_with(self.dataset, &self.project.settings.word_options())
            .map_or(0, |selection| selection.count());
        let described = describe(&frozen.filter, self.dataset.codebook(), self.language);
        let name = if described.to_lowercase() == frozen.name.to_lowercase() || described.is_empty()
        {
            frozen.name.clone()
        } else {
            format!("{} — {described}", frozen.name)
        };
        fill(
            template,
            &[("name", &name), ("n", &format_count(self.language, n))],
        )
    }

    fn quote(&self, quote: &Quote) -> QuotedStory {
        let redactions = &self.project.redactions;
        let title = self
            .dataset
            .row_of(&quote.story_id)
            .and_then(|row| self.dataset.text(TextRole::Title, row))
            .map(|t| apply_redactions(t, &quote.story_id, redactions).into_owned());
        QuotedStory {
            story_id: quote.story_id.0.clone(),
            title,
            excerpt: apply_redactions(&quote.excerpt, &quote.story_id, redactions).into_owned(),
        }
    }
}

/// `text` split into paragraphs at blank lines, each trimmed; single line
/// breaks stay inside a paragraph.
pub fn paragraphs(text: &str) -> Vec<String> {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    normalised
        .split("\n\n")
        .map(|p| {
            p.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_at_blank_lines_and_keep_line_breaks() {
        assert_eq!(
            paragraphs("Een\r\ntwee\n\n\n  drie  \n\n"),
            vec!["Een\ntwee".to_owned(), "drie".to_owned()]
        );
        assert!(paragraphs("  \n ").is_empty());
    }

    #[test]
    fn demo_report_orders_perspectives_then_their_findings() {
        let project = crate::demo::demo_project();
        let dataset = crate::demo::demo_dataset();
        let report = Report::build(&project, &dataset, &ReportOptions::new(Language::Dutch));
        assert_eq!(report.sections.len(), 3);
        assert!(
            report.sections[0]
                .heading
                .starts_with("Perspectief 1: Relaties")
        );
        let ids: Vec<u32> = report.findings().map(|f| f.id.0).collect();
        // The words finding (10) closes the first perspective.
        assert_eq!(ids, [1, 2, 3, 4, 10, 5, 6, 7, 8, 9]);
        assert_eq!(report.story_count, 2000);
        let first = &report.sections[0].findings[0];
        assert!(first.chart.is_ok());
        assert!(
            first.selection_lines[0].contains("≥ 70"),
            "{:?}",
            first.selection_lines
        );
        assert!(first.chart_caption.starts_with("Grafiek: Gevoel × "));
    }
}
