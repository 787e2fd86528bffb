//! [`to_text`]: a filter written in the filter language, such that
//! `parse_filter(&to_text(f, codebook), codebook) == Ok(f)` for every
//! filter whose questions and options are in the codebook (options spelled
//! as the codebook spells them) and whose `And`/`Or` hold two or more
//! filters (an empty or one-element `And` reads back as what it means).

use super::{Bounds, Date, Filter, TriadZone};
use crate::model::{Codebook, QuestionId, QuestionKind};

/// The filter in the filter language, questions by title (or by id when
/// the title would find another question).
pub fn to_text(filter: &Filter, codebook: &Codebook) -> String {
    // `write` recurses as deep as the tree. A tree deeper than the parser
    // takes cannot round-trip anyway: it is written as a text just as deep
    // (`not not … all`), which reads back as the parser's "nested too
    // deeply", never as another selection.
    if filter.is_too_deep() {
        return format!("{}all", "not ".repeat(super::MAX_DEPTH + 1));
    }
    let mut out = String::new();
    write(filter, codebook, &mut out);
    out
}

/// The recursion over `And`/`Or`/`Not`, apart from the leaves so that each
/// level costs a small stack frame.
fn write(filter: &Filter, codebook: &Codebook, out: &mut String) {
    match filter {
        Filter::And(filters) => join(filters, " and ", codebook, out),
        Filter::Or(filters) => join(filters, " or ", codebook, out),
        Filter::Not(inner) => {
            out.push_str("not ");
            write_grouped(
                inner,
                matches!(**inner, Filter::And(_) | Filter::Or(_)),
                codebook,
                out,
            );
        }
        leaf => out.push_str(&leaf_text(leaf, codebook)),
    }
}

#[inline(never)]
fn leaf_text(filter: &Filter, codebook: &Codebook) -> String {
    let q = |id: &QuestionId| question_ref(id, codebook);
    match filter {
        Filter::All => "all".to_owned(),
        Filter::Options { question, any_of } => match any_of.as_slice() {
            [one] if is_multi(question, codebook) => format!("{} has {}", q(question), quote(one)),
            [one] => format!("{} = {}", q(question), quote(one)),
            many => format!("{} in {}", q(question), list(many)),
        },
        Filter::NotOptions { question, none_of } => match none_of.as_slice() {
            [one] => format!("{} != {}", q(question), quote(one)),
            many => format!("{} not in {}", q(question), list(many)),
        },
        Filter::SliderRange { question, range } => {
            let ends = (Some(0.0), Some(100.0));
            format!(
                "{} {}",
                q(question),
                bounds(range.with_optional_ends(), ends)
            )
        }
        Filter::NumberRange { question, range } => {
            format!("{} {}", q(question), bounds(*range, (None, None)))
        }
        Filter::DateRange { question, from, to } => {
            format!("{} {}", q(question), dates(*from, *to))
        }
        Filter::TriadZone { question, zone } => {
            format!("{} in zone {}", q(question), TriadZone::code(*zone))
        }
        Filter::TriadPolygon { question, polygon } => {
            let points: Vec<String> = polygon
                .iter()
                .map(|[t, l, r]| format!("({t}, {l}, {r})"))
                .collect();
            format!("{} in polygon ({})", q(question), points.join(", "))
        }
        Filter::StonesRegion {
            question,
            stone,
            region: r,
        } => format!(
            "{} stone {} in x [{}, {}] y [{}, {}]",
            q(question),
            quote(stone),
            r.x_min,
            r.x_max,
            r.y_min,
            r.y_max
        ),
        Filter::TextContains {
            question: None,
            text,
        } => format!("text contains {}", quote(text)),
        Filter::TextContains {
            question: Some(question),
            text,
        } => format!("{} contains {}", q(question), quote(text)),
        Filter::HasWord {
            question: None,
            word,
        } => format!("text has word {}", quote(word)),
        Filter::HasWord {
            question: Some(question),
            word,
        } => format!("{} has word {}", q(question), quote(word)),
        Filter::HasPhrase {
            question: None,
            phrase,
        } => format!("text has phrase {}", quote(phrase)),
        Filter::HasPhrase {
            question: Some(question),
            phrase,
        } => format!("{} has phrase {}", q(question), quote(phrase)),
        Filter::StoryIds(ids) => {
            let ids: Vec<String> = ids.iter().map(|id| id.0.clone()).collect();
            format!("story in {}", list(&ids))
        }
        Filter::Answered { question } => format!("{} is answered", q(question)),
        Filter::Missing { question } => format!("{} is missing", q(question)),
        Filter::NotApplicable { question } => format!("{} is not applicable", q(question)),
        Filter::And(_) | Filter::Or(_) | Filter::Not(_) => {
            let mut text = String::new();
            write(filter, codebook, &mut text);
            text
        }
    }
}

/// `And`/`Or` children; a nested `And` or `Or` keeps its parentheses so the
/// text reads back as the same tree.
fn join(filters: &[Filter], separator: &str, codebook: &Codebook, out: &mut String) {
    if filters.is_empty() {
        // An empty And is every story; an empty Or is none.
        out.push_str(if separator == " and " {
            "all"
        } else {
            "not all"
        });
        return;
    }
    for (i, filter) in filters.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        let nested = matches!(filter, Filter::And(_) | Filter::Or(_));
        write_grouped(filter, nested, codebook, out);
    }
}

fn write_grouped(filter: &Filter, grouped: bool, codebook: &Codebook, out: &mut String) {
    if grouped {
        out.push('(');
        write(filter, codebook, out);
        out.push(')');
    } else {
        write(filter, codebook, out);
    }
}

/// A question by its title, or by id when the title would find another.
fn question_ref(id: &QuestionId, codebook: &Codebook) -> String {
    let by_title = codebook
        .get(id)
        .filter(|q| codebook.find(&q.title).is_some_and(|found| &found.id == id));
    quote(by_title.map_or(id.as_str(), |q| q.title.as_str()))
}

fn is_multi(id: &QuestionId, codebook: &Codebook) -> bool {
    codebook
        .get(id)
        .is_some_and(|q| matches!(q.kind, QuestionKind::MultiChoice { .. }))
}

/// `"text"` with `"` and `\` escaped.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        if matches!(c, '"' | '\\' | '“' | '”') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("({})", quoted.join(", "))
}

/// A range as a comparison when one end is the scale's end (or open), else
/// as an interval. `lowest`/`highest` are the ends of a bounded scale.
fn bounds(range: Bounds<Option<f64>>, (lowest, highest): (Option<f64>, Option<f64>)) -> String {
    if let Some(value) = range.single() {
        return format!("= {value}");
    }
    let (min_exclusive, max_exclusive) = (range.min_exclusive, range.max_exclusive);
    let at_top = range.max == highest && !max_exclusive;
    let at_bottom = range.min == lowest && !min_exclusive;
    match (range.min, range.max) {
        (Some(a), _) if at_top => format!("{} {a}", if min_exclusive { ">" } else { ">=" }),
        (_, Some(b)) if at_bottom => format!("{} {b}", if max_exclusive { "<" } else { "<=" }),
        (min, max) => {
            let lo = min.map_or("-inf".to_owned(), |v| v.to_string());
            let hi = max.map_or("inf".to_owned(), |v| v.to_string());
            let open = if min_exclusive { '(' } else { '[' };
            let close = if max_exclusive { ')' } else { ']' };
            format!("in {open}{lo}, {hi}{close}")
        }
    }
}

fn dates(from: Option<Date>, to: Option<Date>) -> String {
    match (from, to) {
        (Some(a), Some(b)) if a == b => format!("= {a}"),
        (Some(a), None) => format!(">= {a}"),
        (None, Some(b)) => format!("<= {b}"),
        _ => {
            let lo = from.map_or("-inf".to_owned(), |d| d.to_string());
            let hi = to.map_or("inf".to_owned(), |d| d.to_string());
            format!("in [{lo}, {hi}]")
        }
    }
}
