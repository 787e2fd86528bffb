//! [`snapshot_scene`]: a finding as one annotated picture, for slides and
//! reports.
//!
//! The finding's comparison is computed by [`finding_chart`], the same way
//! the screen, the report and the CLI compute it; the page
//! then reads top to bottom: the finding's number and perspective, its
//! title, the chart's name and the selection in words (`describe`), the
//! chart pair (`layout::chart_block`, with the comparison sentence), "Wat
//! zagen we?" under the baseline's panel and "Wat zien we nu?" under the
//! selection's, the proposals as a bulleted list, the quoted stories with
//! the project's redactions applied, and a footer with source, date and n.

use std::path::PathBuf;

use crate::charts::{ChartData, ChartError};
use crate::i18n::{self, Language};
use crate::import::ImportError;
use crate::model::{Dataset, Filter, FilterError, describe};
use crate::project::{
    ComparisonError, EmbedError, Finding, Project, ProjectFileError, Side, apply_redactions,
};

use super::layout::{self, ExportOptions, MIN_WIDTH_PX, PanelFrame, Style};
use super::palette;
use super::scene::{Baseline, Circle, Rect, Rgba, Scene, pt};
use super::text_style::TextStyle;

/// How a snapshot is laid out.
#[derive(Clone, Debug, PartialEq)]
pub struct SnapshotOptions {
    /// The language of titles, labels and notes.
    pub language: Language,
    /// Width of the picture in pixels (before the PNG's scale); the height
    /// follows from the content.
    pub width_px: f32,
    /// The date printed in the footer, as the caller wants it written
    /// ("12 mei 2025"); empty for none.
    pub date: String,
}

/// Why a finding could not be drawn; each message is one sentence.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.sentence(Language::English))]
pub enum SnapshotError {
    /// A selection of the finding cannot be evaluated.
    Filter {
        /// The baseline or the compared selection.
        side: Side,
        /// The selection's name.
        name: String,
        /// Why it cannot be evaluated.
        error: FilterError,
    },
    /// The chart cannot be computed.
    Chart(#[from] ChartError),
    /// The project has no finding with this id (the CLI's `--finding`).
    UnknownFinding {
        /// The id asked for.
        id: u32,
        /// The project's finding ids, "1, 2, 3" (or "none").
        valid: String,
    },
    /// The project's data file is not where the project says.
    MissingSource {
        /// Where the project expects it.
        path: PathBuf,
    },
    /// The project neither embeds its data nor names a data file.
    NoSource,
    /// The embedded data cannot be read.
    Embedded(#[from] EmbedError),
    /// The project file cannot be read.
    Project(#[from] ProjectFileError),
    /// The project's data file cannot be imported.
    Import(#[from] ImportError),
    /// The output name has an extension other than `.png` or `.svg`.
    Format {
        /// The output file asked for.
        path: PathBuf,
    },
}

impl SnapshotError {
    /// The one sentence for the user, in `language`.
    pub fn sentence(&self, language: Language) -> String {
        use crate::i18n::fill;
        let e = language.errors();
        match self {
            Self::Filter { side, name, error } => fill(
                e.snapshot_filter,
                &[
                    ("side", &side.name(language)),
                    ("name", name),
                    ("error", &error.sentence(language)),
                ],
            ),
            Self::Chart(error) => fill(e.snapshot_chart, &[("error", &error.sentence(language))]),
            Self::UnknownFinding { id, valid } => {
                fill(e.snapshot_unknown_finding, &[("id", id), ("valid", valid)])
            }
            Self::MissingSource { path } => {
                fill(e.snapshot_missing_source, &[("path", &path.display())])
            }
            Self::NoSource => e.snapshot_no_source.to_owned(),
            Self::Embedded(error) => {
                fill(e.snapshot_embedded, &[("error", &error.sentence(language))])
            }
            Self::Project(error) => error.sentence(language),
            Self::Import(error) => error.sentence(language),
            Self::Format { path } => fill(e.snapshot_format, &[("path", &path.display())]),
        }
    }
}

/// Lines of running text get this much more leading than labels.
const PARAGRAPH_LEADING: f32 = 1.12;

/// The annotated snapshot of `finding` on `dataset`.
pub fn snapshot_scene(
    project: &Project,
    finding: &Finding,
    dataset: &Dataset,
    options: &SnapshotOptions,
) -> Result<Scene, SnapshotError> {
    let data = finding_chart(finding, dataset, &project.settings.word_options())?;
    let width = options.width_px.max(MIN_WIDTH_PX);
    let style = Style::new(width, options.language);
    let page = Page {
        project,
        finding,
        dataset,
        style,
        margin: style.margin_px,
        content: width - 2.0 * style.margin_px,
    };
    let mut scene = Scene::new(width, 0.0, palette::BACKGROUND);
    let u = style.unit;
    let export_options = ExportOptions {
        width_px: width,
        source: dataset.name.clone(),
        selection_name: Some(finding.selection.name.clone()),
        baseline_name: finding.comparison().baseline_name(options.language),
        ..ExportOptions::new(options.language)
    };
    let mut y = page.header(&mut scene, &data, style.margin_px * 0.8) + 24.0 * u;
    let block = layout::chart_block(
        &mut scene,
        &style,
        &data,
        &export_options,
        (page.margin, y, page.content),
    );
    y = page.texts(&mut scene, &block.frames, block.bottom + 34.0 * u) + 30.0 * u;
    y = page.proposals_and_quotes(&mut scene, y);
    let panels: Vec<_> = data.panels().collect();
    y += layout::footer(
        &mut scene,
        &style,
        y,
        page.content,
        &panels,
        &export_options,
        Some(&options.date),
    );
    scene.height_px = (y + page.margin * 0.6).ceil();
    Ok(scene)
}

/// The finding's chart as every view shows it: its [`Comparison`]
/// (`Finding::comparison`) computed on `dataset` — the selection as
/// written, the minimum n and every option as the finding saved them.
/// Slides and other pictures of a finding call this too. Word clauses
/// count words as `words` says (the project's).
///
/// [`Comparison`]: crate::project::Comparison
pub fn finding_chart(
    finding: &Finding,
    dataset: &Dataset,
    words: &crate::words::WordOptions,
) -> Result<ChartData, SnapshotError> {
    let comparison = finding.comparison();
    comparison
        .compute_with(dataset, words)
        .map_err(|error| match error {
            ComparisonError::Filter { side, name, error } => {
                SnapshotError::Filter { side, name, error }
            }
            ComparisonError::Chart(error) => SnapshotError::Chart(error),
        })
}

/// What every section of the page needs.
struct Page<'a> {
    project: &'a Project,
    finding: &'a Finding,
    dataset: &'a Dataset,
    style: Style,
    margin: f32,
    content: f32,
}

impl Page<'_> {
    /// The finding's place, its title, the chart's questions and the
    /// selection in words from `top`; returns the y under them.
    fn header(&self, scene: &mut Scene, data: &ChartData, top: f32) -> f32 {
        let (style, finding, tr) = (&self.style, self.finding, self.style.tr());
        let (u, margin, content) = (style.unit, self.margin, self.content);
        let kicker = TextStyle::new(style.label_px, palette::MUTED);
        let mut place = format!("{} {}", tr.project_finding, finding.id);
        if let Some(perspective) = self
            .project
            .perspective_of(finding.id)
            .and_then(|id| self.project.perspective(id))
        {
            place += &format!(" · {}: {}", tr.project_perspective, perspective.title);
        }
        let mut y = top;
        y += kicker.draw(scene, &kicker.wrap(&place, content, 2), margin, y) + 4.0 * u;
        let title = TextStyle::new(36.0 * u, palette::TEXT).bold();
        let lines = title.wrap(&finding.title, content, 3);
        y += title.draw(scene, &lines, margin, y) + 6.0 * u;
        let chart_name = TextStyle::new(style.heading_px, palette::TEXT);
        let name = chart_name.wrap(
            &crate::charts::text::title(data, style.language),
            content,
            2,
        );
        y += chart_name.draw(scene, &name, margin, y);
        let described = |filter: &Filter| describe(filter, self.dataset.codebook(), style.language);
        let selection = described(&finding.selection.filter);
        let baseline = described(&finding.baseline.filter);
        let words = format!(
            "{}, {}",
            i18n::fill(tr.export_selection_is, &[("selection", &selection)]),
            i18n::fill(tr.export_compared_with, &[("baseline", &baseline)]),
        );
        y + kicker.draw(scene, &kicker.wrap(&words, content, 3), margin, y)
    }

    /// "Wat zagen we?" under the baseline's panel and "Wat zien we nu?"
    /// under the selection's, from `top`; returns the y under the longer.
    /// (A finding always has both panels; should one be missing, the
    /// texts stack at full width.)
    fn texts(&self, scene: &mut Scene, frames: &[PanelFrame], top: f32) -> f32 {
        let (style, finding, tr) = (&self.style, self.finding, self.style.tr());
        let columns = [
            (tr.project_finding_saw, &finding.saw, palette::WHOLE),
            (
                tr.project_finding_see_now,
                &finding.see_now,
                palette::SELECTION,
            ),
        ];
        let side_by_side = frames.len() == 2;
        let mut bottom = top;
        for (i, (heading, text, color)) in columns.into_iter().enumerate() {
            let (x, y, width_px) = match frames.get(i) {
                Some(frame) if side_by_side => (frame.x, top, frame.width_px),
                _ => (self.margin, bottom, self.content),
            };
            let text_top = y + section_heading(scene, style, heading, color, (x, y));
            let text_bottom = text_top + paragraph(scene, style, text, (x, text_top, width_px));
            let gap = if side_by_side { 0.0 } else { 20.0 * style.unit };
            bottom = bottom.max(text_bottom + gap);
        }
        bottom
    }

    /// The proposals as a list and the quoted stories, redacted, from
    /// `top`; returns the y under them.
    fn proposals_and_quotes(&self, scene: &mut Scene, top: f32) -> f32 {
        let (style, finding, tr) = (&self.style, self.finding, self.style.tr());
        let (u, margin, content) = (style.unit, self.margin, self.content);
        let mut y = top;
        if !finding.proposals.is_empty() {
            let heading = tr.project_finding_proposals;
            y += section_heading(scene, style, heading, palette::AXIS, (margin, y));
            for proposal in &finding.proposals {
                y += bullet(scene, style, proposal, (margin, y, content)) + 8.0 * u;
            }
            y += 22.0 * u;
        }
        if !finding.quotes.is_empty() {
            let heading = tr.project_finding_quotes;
            y += section_heading(scene, style, heading, palette::AXIS, (margin, y));
            for quote in &finding.quotes {
                let redactions = &self.project.redactions;
                let excerpt = apply_redactions(&quote.excerpt, &quote.story_id, redactions);
                let story = i18n::fill(tr.export_story, &[("id", &quote.story_id.0)]);
                let band = (margin, y, content);
                y += quotation(scene, style, &excerpt, &story, band) + 14.0 * u;
            }
            y += 8.0 * u;
        }
        y
    }
}

/// "■ Wat zagen we?" at `(x, top)`; returns its height with the space under it.
fn section_heading(
    scene: &mut Scene,
    style: &Style,
    text: &str,
    color: Rgba,
    (x, top): (f32, f32),
) -> f32 {
    let u = style.unit;
    let heading = TextStyle::new(style.heading_px, palette::TEXT).bold();
    let centre = top + heading.line_height() / 2.0;
    let swatch = 14.0 * u;
    super::panel::population_swatch(scene, style, pt(x, centre), color);
    heading.line(scene, text, pt(x + swatch + 10.0 * u, centre));
    heading.line_height() + 8.0 * u
}

/// Running text in `(x, top, width)`, paragraph by paragraph; returns its
/// height.
fn paragraph(
    scene: &mut Scene,
    style: &Style,
    text: &str,
    (x, top, width_px): (f32, f32, f32),
) -> f32 {
    let body = body_style(style, palette::TEXT);
    draw_lines(scene, body, &wrap_paragraphs(body, text, width_px), x, top)
}

fn body_style(style: &Style, color: Rgba) -> TextStyle {
    TextStyle::new(17.0 * style.unit, color)
}

fn wrap_paragraphs(body: TextStyle, text: &str, width_px: f32) -> Vec<String> {
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .flat_map(|line| body.wrap(line, width_px, 60))
        .collect()
}

/// Draws `lines` with paragraph leading; returns their height.
fn draw_lines(scene: &mut Scene, body: TextStyle, lines: &[String], x: f32, top: f32) -> f32 {
    let line_height = body.line_height() * PARAGRAPH_LEADING;
    for (i, line) in lines.iter().enumerate() {
        let centre = top + line_height * (i as f32 + 0.5);
        scene.push(body.text(line, pt(x, centre)).baseline(Baseline::Middle));
    }
    line_height * lines.len() as f32
}

/// "•  text" with a hanging indent; returns its height.
fn bullet(
    scene: &mut Scene,
    style: &Style,
    text: &str,
    (x, top, width_px): (f32, f32, f32),
) -> f32 {
    let u = style.unit;
    let body = body_style(style, palette::TEXT);
    let indent = 24.0 * u;
    let lines = wrap_paragraphs(body, text, width_px - indent);
    scene.push(Circle {
        centre: pt(
            x + 8.0 * u,
            top + body.line_height() * PARAGRAPH_LEADING / 2.0,
        ),
        radius_px: 3.5 * u,
        fill: Some(palette::TEXT),
        stroke: None,
    });
    draw_lines(scene, body, &lines, x + indent, top)
}

/// A quoted story: a bar in the margin, the words in quotation marks, and
/// "— verhaal V0065" under them; returns its height.
fn quotation(
    scene: &mut Scene,
    style: &Style,
    excerpt: &str,
    story: &str,
    (x, top, width_px): (f32, f32, f32),
) -> f32 {
    let u = style.unit;
    let body = body_style(style, palette::TEXT);
    let indent = 24.0 * u;
    let lines = wrap_paragraphs(body, &format!("“{}”", excerpt.trim()), width_px - indent);
    let mut height = draw_lines(scene, body, &lines, x + indent, top);
    let source = TextStyle::new(style.note_px, palette::MUTED);
    height += 2.0 * u;
    height += source.draw(scene, &[format!("— {story}")], x + indent, top + height);
    scene.push(Rect {
        x,
        y: top + 2.0 * u,
        width_px: 4.0 * u,
        height_px: height - 4.0 * u,
        corner_radius_px: 2.0 * u,
        fill: Some(palette::GRID),
        stroke: None,
    });
    height
}
