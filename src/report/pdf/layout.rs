//! The report flowed onto A4 pages: positioned text lines, rules and
//! charts in points, measured with the embedded fonts' advance widths
//! (`export::fonts`), so the renderer only draws.
//!
//! Headings keep with what follows, charts and quote headers never split,
//! each perspective starts a new page, and every page but the title page
//! gets a footer with the title and "pagina n van N".

use crate::export::fonts::{LINE_HEIGHT, text_width, wrap};
use crate::export::{Rgba, Weight};
use crate::i18n::fill;

use super::super::document::{Chart, FindingSection, Report, paragraphs};

/// A4 in points.
pub const PAGE_WIDTH_PT: f32 = 595.28;
/// A4 height in points (A4 width is [`PAGE_WIDTH_PT`]).
pub const PAGE_HEIGHT_PT: f32 = 841.89;
const MARGIN_X_PT: f32 = 62.0;
const MARGIN_TOP_PT: f32 = 64.0;
const MARGIN_BOTTOM_PT: f32 = 72.0;
const CONTENT_WIDTH_PT: f32 = PAGE_WIDTH_PT - 2.0 * MARGIN_X_PT;
const BOTTOM_PT: f32 = PAGE_HEIGHT_PT - MARGIN_BOTTOM_PT;

const BODY_PT: f32 = 10.5;
const SMALL_PT: f32 = 8.5;
const QUOTE_INDENT_PT: f32 = 26.0;

const INK: Rgba = Rgba::rgb(29, 29, 31);
const GREY: Rgba = Rgba::rgb(85, 85, 90);
const ACCENT: Rgba = Rgba::rgb(11, 79, 124);
const RULE: Rgba = Rgba::rgb(201, 201, 204);

/// One thing drawn on a page, in points from the top left.
#[derive(Clone, Debug)]
pub enum Op<'a> {
    /// A line of text; `y` is its baseline.
    Text {
        /// Left end of the line, in points.
        x: f32,
        /// Baseline, in points from the page's top.
        y: f32,
        /// Font size in points.
        size_pt: f32,
        /// Regular or bold.
        weight: Weight,
        /// Set in italics (quotes).
        italic: bool,
        /// Text colour.
        color: Rgba,
        /// The line, already wrapped to fit.
        text: String,
    },
    /// A straight line (the footer's rule, the title page's accent, a quote's bar).
    Rule {
        /// Start x, in points.
        x1: f32,
        /// Start y, in points from the top.
        y1: f32,
        /// End x, in points.
        x2: f32,
        /// End y, in points from the top.
        y2: f32,
        /// Line width in points.
        width_pt: f32,
        /// Line colour.
        color: Rgba,
    },
    /// A finding's chart, scaled to `width_pt` keeping its aspect.
    Chart {
        /// The chart to draw.
        chart: &'a Chart,
        /// Left edge, in points.
        x: f32,
        /// Top edge, in points from the top.
        y: f32,
        /// Width in points.
        width_pt: f32,
    },
}

/// A laid-out page.
#[derive(Clone, Debug, Default)]
pub struct Page<'a> {
    /// What is drawn on the page, in order.
    pub ops: Vec<Op<'a>>,
}

/// How a block of text is set.
#[derive(Clone, Copy)]
struct Style {
    size_pt: f32,
    weight: Weight,
    italic: bool,
    color: Rgba,
    indent_pt: f32,
    /// Space before the block.
    before_pt: f32,
    /// Space after the block.
    after_pt: f32,
}

impl Style {
    const fn new(size_pt: f32, weight: Weight, color: Rgba) -> Self {
        Self {
            size_pt,
            weight,
            italic: false,
            color,
            indent_pt: 0.0,
            before_pt: 0.0,
            after_pt: 0.0,
        }
    }

    fn line_height(&self) -> f32 {
        self.size_pt * LINE_HEIGHT * 1.1
    }
}

const BODY: Style = Style {
    after_pt: 6.0,
    ..Style::new(BODY_PT, Weight::Regular, INK)
};
const H1: Style = Style {
    after_pt: 10.0,
    ..Style::new(17.0, Weight::Bold, ACCENT)
};
const H2: Style = Style {
    before_pt: 22.0,
    after_pt: 3.0,
    ..Style::new(13.0, Weight::Bold, INK)
};
const LEAD: Style = Style {
    before_pt: 6.0,
    after_pt: 1.0,
    ..Style::new(BODY_PT, Weight::Bold, INK)
};
const SMALL: Style = Style {
    after_pt: 3.0,
    ..Style::new(SMALL_PT, Weight::Regular, GREY)
};
const QUOTE: Style = Style {
    italic: true,
    indent_pt: QUOTE_INDENT_PT,
    after_pt: 3.0,
    ..Style::new(10.0, Weight::Regular, Rgba::rgb(51, 51, 56))
};

/// The report on A4 pages.
pub fn pages(report: &Report) -> Vec<Page<'_>> {
    let mut flow = Flow {
        pages: vec![Page::default()],
        y: MARGIN_TOP_PT,
    };
    flow.title_page(report);
    for section in &report.sections {
        flow.new_page();
        flow.heading(&section.heading, H1);
        for paragraph in paragraphs(&section.introduction) {
            flow.block(&paragraph, BODY);
        }
        for finding in &section.findings {
            flow.finding(report, finding);
        }
    }
    let total = flow.pages.len();
    let s = report.strings();
    for (index, page) in flow.pages.iter_mut().enumerate().skip(1) {
        footer(
            page,
            &report.title,
            &fill(s.report_page, &[("n", &(index + 1)), ("total", &total)]),
        );
    }
    flow.pages
}

fn footer(page: &mut Page<'_>, title: &str, number: &str) {
    let y = PAGE_HEIGHT_PT - 40.0;
    let number_width = text_width(number, SMALL_PT, Weight::Regular);
    let title = crate::export::fonts::ellipsize(
        title,
        CONTENT_WIDTH_PT - number_width - 24.0,
        SMALL_PT,
        Weight::Regular,
    );
    page.ops.push(Op::Rule {
        x1: MARGIN_X_PT,
        y1: y - 12.0,
        x2: PAGE_WIDTH_PT - MARGIN_X_PT,
        y2: y - 12.0,
        width_pt: 0.5,
        color: RULE,
    });
    for (x, text) in [
        (MARGIN_X_PT, title),
        (
            PAGE_WIDTH_PT - MARGIN_X_PT - number_width,
            number.to_owned(),
        ),
    ] {
        page.ops.push(Op::Text {
            x,
            y,
            size_pt: SMALL_PT,
            weight: Weight::Regular,
            italic: false,
            color: GREY,
            text,
        });
    }
}

struct Flow<'a> {
    pages: Vec<Page<'a>>,
    /// Top of the free space on the current page.
    y: f32,
}

impl<'a> Flow<'a> {
    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = MARGIN_TOP_PT;
    }

    fn at_top(&self) -> bool {
        self.y <= MARGIN_TOP_PT
    }

    /// Starts a new page unless `height` fits below the cursor.
    fn ensure(&mut self, height: f32) {
        if self.y + height > BOTTOM_PT && !self.at_top() {
            self.new_page();
        }
    }

    fn push(&mut self, op: Op<'a>) {
        if let Some(page) = self.pages.last_mut() {
            page.ops.push(op);
        }
    }

    fn lines(&self, text: &str, style: Style) -> Vec<String> {
        let width = CONTENT_WIDTH_PT - style.indent_pt;
        text.lines()
            .flat_map(|line| wrap(line, width, style.size_pt, style.weight, usize::MAX))
            .collect()
    }

    /// A block of text; `keep` more lines of what follows must fit too.
    fn block_keeping(&mut self, text: &str, style: Style, keep_lines: usize) {
        let lines = self.lines(text, style);
        if lines.is_empty() {
            return;
        }
        let line_height = style.line_height();
        if !self.at_top() {
            self.y += style.before_pt;
        }
        // Two lines of a paragraph at least, and the kept ones, stay together.
        // The kept lines may be larger or come after some space: allow for it.
        let together = lines.len().min(2) + keep_lines;
        let slack = if keep_lines > 0 { 12.0 } else { 0.0 };
        self.ensure(line_height * together as f32 + style.after_pt + slack);
        for line in lines {
            self.ensure(line_height);
            let baseline = self.y + style.size_pt * 0.95 + (line_height - style.size_pt) / 2.0;
            self.push(Op::Text {
                x: MARGIN_X_PT + style.indent_pt,
                y: baseline,
                size_pt: style.size_pt,
                weight: style.weight,
                italic: style.italic,
                color: style.color,
                text: line,
            });
            self.y += line_height;
        }
        self.y += style.after_pt;
    }

    fn block(&mut self, text: &str, style: Style) {
        self.block_keeping(text, style, 0);
    }

    fn heading(&mut self, text: &str, style: Style) {
        self.block_keeping(text, style, 3);
    }

    fn title_page(&mut self, report: &Report) {
        self.y = 250.0;
        let title = Style {
            after_pt: 18.0,
            ..Style::new(26.0, Weight::Bold, ACCENT)
        };
        self.block(&report.title, title);
        self.push(Op::Rule {
            x1: MARGIN_X_PT,
            y1: self.y,
            x2: MARGIN_X_PT + 120.0,
            y2: self.y,
            width_pt: 2.0,
            color: Rgba::rgb(0, 114, 178),
        });
        self.y += 16.0;
        for line in report.title_lines() {
            self.block(&line, Style::new(12.0, Weight::Regular, GREY));
        }
    }

    fn finding(&mut self, report: &'a Report, finding: &'a FindingSection) {
        let s = report.strings();
        // The title stays with its chart.
        let title_height = H2.line_height() * self.lines(&finding.title, H2).len() as f32;
        let chart_height = finding.chart.as_ref().map_or(0.0, |chart| {
            chart_size(chart).1 + 2.0 * SMALL.line_height() + 8.0
        });
        self.ensure(H2.before_pt + title_height + H2.after_pt + chart_height);
        self.heading(&finding.title, H2);
        match &finding.chart {
            Ok(chart) => self.chart(chart, &finding.chart_caption),
            Err(reason) => self.block(reason, SMALL),
        }
        for line in &finding.selection_lines {
            self.block(line, SMALL);
        }
        for (lead, text) in [
            (s.report_saw, &finding.saw),
            (s.report_see_now, &finding.see_now),
        ] {
            if !text.trim().is_empty() {
                self.heading(lead, LEAD);
                for paragraph in paragraphs(text) {
                    self.block(&paragraph, BODY);
                }
            }
        }
        if !finding.interpretation.trim().is_empty() {
            self.heading(s.report_interpretation, LEAD);
            for paragraph in paragraphs(&finding.interpretation) {
                self.block(&paragraph, BODY);
            }
        }
        if !finding.proposals.is_empty() {
            self.heading(s.report_proposals, LEAD);
            for proposal in &finding.proposals {
                self.bullet(proposal);
            }
        }
        if !finding.differences.is_empty() {
            self.heading(s.differences_heading, LEAD);
            for line in &finding.differences {
                self.bullet(line);
            }
        }
        for quote in &finding.quotes {
            self.y += 6.0;
            let top = self.y;
            let start_page = self.pages.len();
            if let Some(title) = &quote.title {
                let style = Style {
                    italic: false,
                    weight: Weight::Bold,
                    ..QUOTE
                };
                self.block_keeping(title, style, 2);
            }
            for paragraph in paragraphs(&quote.excerpt) {
                self.block(&paragraph, QUOTE);
            }
            let id = fill(s.report_story, &[("id", &quote.story_id)]);
            self.block(
                &format!("— {id}"),
                Style {
                    indent_pt: QUOTE_INDENT_PT,
                    ..SMALL
                },
            );
            // The bar beside the quote, on the page where it ends.
            let bar_top = if self.pages.len() == start_page {
                top
            } else {
                MARGIN_TOP_PT
            };
            self.push(Op::Rule {
                x1: MARGIN_X_PT + 12.0,
                y1: bar_top,
                x2: MARGIN_X_PT + 12.0,
                y2: self.y - 4.0,
                width_pt: 2.0,
                color: RULE,
            });
            self.y += 4.0;
        }
    }

    fn bullet(&mut self, text: &str) {
        let style = Style {
            indent_pt: 16.0,
            after_pt: 3.0,
            ..BODY
        };
        let lines = self.lines(text, style);
        let line_height = style.line_height();
        self.ensure(line_height * lines.len().min(2) as f32);
        let first_baseline = self.y + style.size_pt * 0.95 + (line_height - style.size_pt) / 2.0;
        self.push(Op::Text {
            x: MARGIN_X_PT + 4.0,
            y: first_baseline,
            size_pt: style.size_pt,
            weight: Weight::Regular,
            italic: false,
            color: INK,
            text: "•".to_owned(),
        });
        self.block_keeping(text, style, 0);
    }

    /// The chart the width of the text column (smaller when it would be
    /// taller than a page), under its caption, as in the seed appendix.
    fn chart(&mut self, chart: &'a Chart, caption: &str) {
        let (width, height) = chart_size(chart);
        let caption_height = SMALL.line_height() * self.lines(caption, SMALL).len() as f32;
        self.ensure(caption_height + SMALL.after_pt + height + 8.0);
        self.block(caption, SMALL);
        self.push(Op::Chart {
            chart,
            x: MARGIN_X_PT + (CONTENT_WIDTH_PT - width) / 2.0,
            y: self.y,
            width_pt: width,
        });
        self.y += height + 6.0;
    }
}

/// A chart's size on the page: the text column's width, or less when it
/// would be taller than most of a page.
fn chart_size(chart: &Chart) -> (f32, f32) {
    let max_height = (BOTTOM_PT - MARGIN_TOP_PT) * 0.8;
    let width = CONTENT_WIDTH_PT.min(max_height / chart.aspect().max(0.01));
    (width, width * chart.aspect())
}
