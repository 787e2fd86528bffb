//! `chart --merge "negatief=boos,gefrustreerd" --rename "oud=nieuw"
//! --hide "weet niet"` (each repeatable): display lumping on the command
//! line, resolved against the chart's choice question(s) into
//! `ChartOptions::lumping`. An option is looked up among the options of
//! the question, then of its `--by` question; a label that is neither
//! names the options there are.

use crate::charts::OptionLumping;
use crate::charts::lumping::with_lumping;
use crate::i18n::Language;
use crate::model::{Codebook, Question, QuestionId};

/// A `--merge`, `--rename` or `--hide` that does not fit the chart.
#[derive(Debug, PartialEq, Eq)]
pub enum LumpingArgError {
    /// `--merge` or `--rename` without `NEW=…`.
    NoEquals { flag: &'static str, text: String },
    /// `--merge` naming fewer than two options.
    MergeOne(String),
    /// A label that is not an option of the chart's choice questions.
    UnknownOption {
        option: String,
        questions: String,
        available: String,
    },
    /// The chart has no choice question to lump.
    NoChoice(String),
}

impl LumpingArgError {
    /// The one sentence for stderr, in `language`.
    pub fn sentence(&self, language: Language) -> String {
        let e = language.errors();
        match self {
            Self::NoEquals { flag, text } => {
                crate::i18n::fill(e.cli_lumping_no_equals, &[("flag", flag), ("text", text)])
            }
            Self::MergeOne(text) => crate::i18n::fill(e.cli_lumping_merge_one, &[("text", text)]),
            Self::UnknownOption {
                option,
                questions,
                available,
            } => crate::i18n::fill(
                e.cli_lumping_unknown_option,
                &[
                    ("option", option),
                    ("questions", questions),
                    ("available", available),
                ],
            ),
            Self::NoChoice(question) => {
                crate::i18n::fill(e.cli_lumping_no_choice, &[("question", question)])
            }
        }
    }
}

/// The lumping flags of one `chart` command.
pub struct LumpingFlags<'a> {
    pub merge: &'a [String],
    pub rename: &'a [String],
    pub hide: &'a [String],
}

/// The chart's lumping for `question` (and `by`) from the flags, applied
/// in the order merge, rename, hide.
pub fn lumping_from_flags(
    flags: &LumpingFlags<'_>,
    codebook: &Codebook,
    question: &QuestionId,
    by: Option<&QuestionId>,
) -> Result<Vec<OptionLumping>, LumpingArgError> {
    if flags.merge.is_empty() && flags.rename.is_empty() && flags.hide.is_empty() {
        return Ok(Vec::new());
    }
    let choices: Vec<&Question> = std::iter::once(question)
        .chain(by)
        .filter_map(|id| codebook.get(id))
        .filter(|q| q.kind.is_choice())
        .collect();
    if choices.is_empty() {
        let title = codebook.get(question).map_or("", |q| q.title.as_str());
        return Err(LumpingArgError::NoChoice(title.to_owned()));
    }
    let mut lumpings: Vec<OptionLumping> = Vec::new();
    let mut edit = |label: &str, change: &mut dyn FnMut(&mut OptionLumping, usize, &str)| {
        let (q, option) = find_option(&choices, label)?;
        let mut lumping = crate::charts::lumping::lumping_of(&lumpings, &q.id)
            .cloned()
            .unwrap_or_else(|| OptionLumping::new(q.id.clone()));
        change(&mut lumping, option, &q.kind.options()[option]);
        lumpings = with_lumping(&lumpings, lumping);
        Ok::<_, LumpingArgError>((q.id.clone(), option))
    };
    for text in flags.merge {
        let (name, list) = split_equals("merge", text)?;
        let labels: Vec<&str> = list
            .split(',')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if labels.len() < 2 {
            return Err(LumpingArgError::MergeOne(text.clone()));
        }
        // Every option of the group, found in the question of the first.
        let (first_question, _) = find_option(&choices, labels[0])?;
        let only: Vec<&Question> = vec![first_question];
        let members = labels
            .iter()
            .map(|l| find_option(&only, l).map(|(_, o)| o))
            .collect::<Result<Vec<_>, _>>()?;
        edit(labels[0], &mut |lumping, _, _| {
            lumping.merge(&members, name)
        })?;
    }
    for text in flags.rename {
        let (old, new) = split_equals("rename", text)?;
        edit(old, &mut |lumping, option, original| {
            lumping.rename(option, new, original);
        })?;
    }
    for label in flags.hide {
        edit(label, &mut |lumping, option, _| {
            lumping.set_hidden(option, true)
        })?;
    }
    Ok(lumpings)
}

/// `NEW=REST` split at the first `=`, both sides trimmed.
fn split_equals<'t>(
    flag: &'static str,
    text: &'t str,
) -> Result<(&'t str, &'t str), LumpingArgError> {
    text.split_once('=')
        .map(|(a, b)| (a.trim(), b.trim()))
        .filter(|(a, b)| !a.is_empty() && !b.is_empty())
        .ok_or_else(|| LumpingArgError::NoEquals {
            flag,
            text: text.to_owned(),
        })
}

/// The first of `choices` with an option `label` (exactly, else ignoring
/// case), and the option's index.
fn find_option<'q>(
    choices: &[&'q Question],
    label: &str,
) -> Result<(&'q Question, usize), LumpingArgError> {
    let label = label.trim();
    let exact = |q: &&Question| q.kind.options().iter().position(|o| o == label);
    let loose = |q: &&Question| {
        q.kind
            .options()
            .iter()
            .position(|o| o.to_lowercase() == label.to_lowercase())
    };
    for find in [&exact as &dyn Fn(&&Question) -> Option<usize>, &loose] {
        if let Some((q, o)) = choices.iter().find_map(|q| find(q).map(|o| (*q, o))) {
            return Ok((q, o));
        }
    }
    let quote = |s: &str| format!("\"{s}\"");
    Err(LumpingArgError::UnknownOption {
        option: label.to_owned(),
        questions: choices
            .iter()
            .map(|q| quote(&q.title))
            .collect::<Vec<_>>()
            .join(" / "),
        available: choices
            .iter()
            .flat_map(|q| q.kind.options().iter().map(|o| quote(o)))
            .collect::<Vec<_>>()
            .join(", "),
    })
}
