//! [`describe`]: a filter as one readable line in Dutch or English, for
//! captions, reports and the list of selections:
//! `Voorbeeld van goed onderwijs ≥ 70 en Uw rolsoort = ouder/verzorger`.
//!
//! Parentheses appear only where the reading would otherwise change: around
//! an `or` inside an `and`, and around an `and`/`or` after `not`.

use super::{Bounds, Date, Filter};
use crate::i18n::{Language, Strings};
use crate::model::{Codebook, QuestionId, QuestionKind};

/// At most this many story ids are listed; more are counted.
const LISTED_STORIES: usize = 3;

/// The filter as one line in `language`.
pub fn describe(filter: &Filter, codebook: &Codebook, language: Language) -> String {
    // The describer recurses as deep as the tree; a tree the parser would
    // refuse (only a hand-made project file holds one) is named instead.
    if filter.is_too_deep() {
        let limit = super::MAX_DEPTH.to_string();
        return render(
            language.strings().filter_error_too_deep,
            &[("limit", &limit)],
        );
    }
    Describer {
        codebook,
        language,
        s: language.strings(),
    }
    .filter(filter)
}

struct Describer<'a> {
    codebook: &'a Codebook,
    language: Language,
    s: &'static Strings,
}

impl Describer<'_> {
    /// The recursion over `And`/`Or`/`Not`, apart from the leaves so that
    /// each level costs a small stack frame.
    fn filter(&self, filter: &Filter) -> String {
        let s = self.s;
        match filter {
            Filter::And(filters) => {
                if let Some(text) = self.not_equal(filters) {
                    return text;
                }
                self.join(
                    filters,
                    s.filter_and,
                    |f| matches!(f, Filter::Or(v) if v.len() > 1),
                )
            }
            Filter::Or(filters) => self.join(filters, s.filter_or, |_| false),
            Filter::Not(inner) => {
                let grouped = matches!(&**inner, Filter::And(v) | Filter::Or(v) if v.len() > 1);
                let text = self.filter(inner);
                let text = if grouped { format!("({text})") } else { text };
                render(s.filter_not, &[("f", &text)])
            }
            leaf => self.leaf(leaf),
        }
    }

    #[inline(never)]
    fn leaf(&self, filter: &Filter) -> String {
        let s = self.s;
        match filter {
            Filter::All => s.filter_all.to_owned(),
            Filter::Options { question, any_of } => self.options(question, any_of, false),
            Filter::NotOptions { question, none_of } => self.options(question, none_of, true),
            Filter::SliderRange { question, range } => self.range(
                question,
                range.with_optional_ends(),
                (Some(0.0), Some(100.0)),
            ),
            Filter::NumberRange { question, range } => self.range(question, *range, (None, None)),
            Filter::DateRange { question, from, to } => self.dates(question, *from, *to),
            Filter::TriadZone { question, zone } => {
                let zone = match self.codebook.get(question).map(|q| &q.kind) {
                    Some(QuestionKind::Triad { top, left, right }) => {
                        zone.label([top, left, right], self.language)
                    }
                    _ => zone.name(self.language),
                };
                self.fill(s.filter_zone, question, &[("zone", &zone)])
            }
            Filter::TriadPolygon { question, polygon } => {
                let n = polygon.len().to_string();
                self.fill(s.filter_polygon, question, &[("n", &n)])
            }
            Filter::StonesRegion {
                question,
                stone,
                region: r,
            } => {
                let x = format!("{}–{}", self.number(r.x_min), self.number(r.x_max));
                let y = format!("{}–{}", self.number(r.y_min), self.number(r.y_max));
                let values = [("stone", stone.as_str()), ("x", &x), ("y", &y)];
                self.fill(s.filter_stone, question, &values)
            }
            Filter::TextContains {
                question: None,
                text,
            } => render(s.filter_text_contains, &[("text", text)]),
            Filter::TextContains {
                question: Some(question),
                text,
            } => self.fill(s.filter_contains, question, &[("text", text)]),
            Filter::HasWord {
                question: None,
                word,
            } => render(s.filter_story_has_word, &[("word", word)]),
            Filter::HasWord {
                question: Some(question),
                word,
            } => self.fill(s.filter_has_word, question, &[("word", word)]),
            Filter::HasPhrase {
                question: None,
                phrase,
            } => render(s.filter_story_has_phrase, &[("phrase", phrase)]),
            Filter::HasPhrase {
                question: Some(question),
                phrase,
            } => self.fill(s.filter_has_phrase, question, &[("phrase", phrase)]),
            Filter::StoryIds(ids) if ids.len() <= LISTED_STORIES => {
                let list: Vec<&str> = ids.iter().map(|id| id.0.as_str()).collect();
                render(s.filter_story_list, &[("list", &list.join(", "))])
            }
            Filter::StoryIds(ids) => {
                let n = crate::i18n::format_count(self.language, ids.len());
                render(s.filter_story_count, &[("n", &n)])
            }
            Filter::Answered { question } => self.fill(s.filter_answered, question, &[]),
            Filter::Missing { question } => self.fill(s.filter_missing, question, &[]),
            Filter::NotApplicable { question } => self.fill(s.filter_not_applicable, question, &[]),
            Filter::And(_) | Filter::Or(_) | Filter::Not(_) => self.filter(filter),
        }
    }

    /// `Options` (`negated`: `NotOptions`): `Q = a`, `Q has a`, `Q is one
    /// of a, b` and their negations, `has` for a multiple choice.
    fn options(&self, question: &QuestionId, options: &[String], negated: bool) -> String {
        let s = self.s;
        let (has, has_any, one_of, sign) = if negated {
            (
                s.filter_has_not,
                s.filter_has_none_of,
                s.filter_none_of,
                '≠',
            )
        } else {
            (s.filter_has, s.filter_has_one_of, s.filter_one_of, '=')
        };
        let multi = self.is_multi(question);
        match options {
            [one] if multi => self.fill(has, question, &[("o", one)]),
            [one] => format!("{} {sign} {one}", self.title(question)),
            many => {
                let template = if multi { has_any } else { one_of };
                self.fill(template, question, &[("list", &many.join(", "))])
            }
        }
    }

    fn join(&self, filters: &[Filter], word: &str, grouped: impl Fn(&Filter) -> bool) -> String {
        if filters.is_empty() {
            return if word == self.s.filter_and {
                self.s.filter_all.to_owned()
            } else {
                self.s.filter_none.to_owned()
            };
        }
        let parts: Vec<String> = filters
            .iter()
            .map(|f| {
                let text = self.filter(f);
                if grouped(f) {
                    format!("({text})")
                } else {
                    text
                }
            })
            .collect();
        parts.join(&format!(" {word} "))
    }

    /// `answered and not (= v)`, what the parser makes of `!=`, reads as
    /// `Q ≠ v`.
    fn not_equal(&self, filters: &[Filter]) -> Option<String> {
        let [Filter::Answered { question }, Filter::Not(inner)] = filters else {
            return None;
        };
        let value = match &**inner {
            Filter::SliderRange { question: q, range } if q == question => {
                self.number(range.with_optional_ends().single()?)
            }
            Filter::NumberRange { question: q, range } if q == question => {
                self.number(range.single()?)
            }
            Filter::DateRange {
                question: q,
                from: Some(from),
                to: Some(to),
            } if q == question && from == to => from.to_string(),
            _ => return None,
        };
        Some(format!("{} ≠ {value}", self.title(question)))
    }

    /// `Q ≥ 70`, `Q < 30`, `20 ≤ Q < 70`, `Q = 50`; `ends` are the lowest
    /// and highest value of a bounded scale, left unsaid.
    fn range(
        &self,
        question: &QuestionId,
        range: Bounds<Option<f64>>,
        (lowest, highest): (Option<f64>, Option<f64>),
    ) -> String {
        let (min_exclusive, max_exclusive) = (range.min_exclusive, range.max_exclusive);
        let title = self.title(question);
        let lo = range.min.filter(|&m| Some(m) != lowest || min_exclusive);
        let hi = range.max.filter(|&m| Some(m) != highest || max_exclusive);
        let less = |exclusive: bool| if exclusive { "<" } else { "≤" };
        match (lo, hi) {
            (Some(a), Some(b)) if a == b && !min_exclusive && !max_exclusive => {
                format!("{title} = {}", self.number(a))
            }
            (Some(a), Some(b)) => format!(
                "{} {} {title} {} {}",
                self.number(a),
                less(min_exclusive),
                less(max_exclusive),
                self.number(b)
            ),
            (Some(a), None) => {
                let op = if min_exclusive { ">" } else { "≥" };
                format!("{title} {op} {}", self.number(a))
            }
            (None, Some(b)) => format!("{title} {} {}", less(max_exclusive), self.number(b)),
            (None, None) => self.fill(self.s.filter_answered, question, &[]),
        }
    }

    fn dates(&self, question: &QuestionId, from: Option<Date>, to: Option<Date>) -> String {
        let title = self.title(question);
        match (from, to) {
            (Some(a), Some(b)) if a == b => format!("{title} = {a}"),
            (Some(a), Some(b)) => format!("{a} ≤ {title} ≤ {b}"),
            (Some(a), None) => format!("{title} ≥ {a}"),
            (None, Some(b)) => format!("{title} ≤ {b}"),
            (None, None) => self.fill(self.s.filter_answered, question, &[]),
        }
    }

    /// Shortest decimal form, with a decimal comma in Dutch.
    fn number(&self, value: f64) -> String {
        let text = value.to_string();
        match self.language {
            Language::Dutch => text.replace('.', ","),
            Language::English => text,
        }
    }

    fn title(&self, id: &QuestionId) -> String {
        self.codebook
            .get(id)
            .map_or_else(|| id.to_string(), |q| q.title.clone())
    }

    fn is_multi(&self, id: &QuestionId) -> bool {
        self.codebook
            .get(id)
            .is_some_and(|q| matches!(q.kind, QuestionKind::MultiChoice { .. }))
    }

    /// `template` with `{q}` the question's title and `values` filled in.
    fn fill(&self, template: &str, question: &QuestionId, values: &[(&str, &str)]) -> String {
        let title = self.title(question);
        let mut all = vec![("q", title.as_str())];
        all.extend_from_slice(values);
        render(template, &all)
    }
}

/// Fills `{name}` placeholders in one pass, so a value that itself holds
/// `{…}` (a title, a story's text) is never filled again.
pub(super) fn render(template: &str, values: &[(&str, &str)]) -> String {
    let one = values
        .iter()
        .any(|(name, value)| *name == "n" && *value == "1");
    let template = crate::i18n::plural(template, one);
    let mut out = String::with_capacity(template.len());
    let mut rest = template.as_str();
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let value = after.find('}').and_then(|end| {
            values
                .iter()
                .find(|(name, _)| *name == &after[..end])
                .map(|v| (end, v.1))
        });
        match value {
            Some((end, value)) => {
                out.push_str(value);
                rest = &after[end + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
