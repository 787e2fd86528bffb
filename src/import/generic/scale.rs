//! Rating scales recognised by their words: a single-choice column whose
//! answers are all steps of one known scale (`zeer negatief … zeer
//! positief`, `helemaal mee oneens … helemaal mee eens`, `never … always`)
//! is ordered as the scale and marked ordinal, whatever order the answers
//! first appear in.
//!
//! Answers are compared after [`normalise`]: lower case, single spaces,
//! `heel`/`erg` read as `zeer` and `mee` left out, so "Heel erg mee eens"
//! style variations of one step meet.

/// One scale: its steps from low to high, each with the spellings that
/// mean it (already normalised).
type Scale = &'static [&'static [&'static str]];

const SCALES: &[Scale] = &[
    &[
        &["zeer negatief"],
        &["negatief"],
        &[
            "neutraal",
            "niet positief, niet negatief",
            "niet negatief, niet positief",
        ],
        &["positief"],
        &["zeer positief"],
    ],
    &[
        &["helemaal oneens", "zeer oneens"],
        &["oneens"],
        &[
            "neutraal",
            "niet eens, niet oneens",
            "niet eens en niet oneens",
            "eens noch oneens",
        ],
        &["eens"],
        &["helemaal eens", "zeer eens"],
    ],
    &[
        &["nooit"],
        &["zelden"],
        &["soms"],
        &["vaak", "regelmatig"],
        &["zeer vaak"],
        &["altijd"],
    ],
    &[
        &["zeer slecht"],
        &["slecht"],
        &["matig", "onvoldoende"],
        &["redelijk", "voldoende"],
        &["goed"],
        &["zeer goed"],
        &["uitstekend"],
    ],
    &[
        &["zeer ontevreden"],
        &["ontevreden"],
        &["neutraal", "niet tevreden, niet ontevreden"],
        &["tevreden"],
        &["zeer tevreden"],
    ],
    &[
        &["helemaal niet"],
        &["een beetje", "beetje"],
        &["enigszins", "redelijk"],
        &["veel", "sterk"],
        &["zeer veel", "zeer sterk"],
    ],
    &[&["laag"], &["gemiddeld", "middel"], &["hoog"]],
    &[
        &["very negative"],
        &["negative"],
        &["neutral", "neither positive nor negative"],
        &["positive"],
        &["very positive"],
    ],
    &[
        &["strongly disagree"],
        &["disagree", "somewhat disagree"],
        &["neutral", "neither agree nor disagree"],
        &["agree", "somewhat agree"],
        &["strongly agree"],
    ],
    &[
        &["never"],
        &["rarely", "seldom"],
        &["sometimes"],
        &["often"],
        &["very often"],
        &["always"],
    ],
    &[
        &["very poor"],
        &["poor"],
        &["fair"],
        &["good"],
        &["very good"],
        &["excellent"],
    ],
    &[
        &["very dissatisfied"],
        &["dissatisfied"],
        &["neutral", "neither satisfied nor dissatisfied"],
        &["satisfied"],
        &["very satisfied"],
    ],
    &[
        &["not at all"],
        &["a little", "slightly"],
        &["somewhat", "moderately"],
        &["a lot", "very much"],
        &["extremely"],
    ],
    &[&["low"], &["medium", "moderate"], &["high"]],
];

/// An answer as the scales spell it.
fn normalise(option: &str) -> String {
    let lower = option.trim().to_lowercase();
    let words: Vec<&str> = lower
        .split_whitespace()
        .filter(|w| *w != "mee")
        .map(|w| match w {
            "heel" | "erg" => "zeer",
            w => w,
        })
        .collect();
    let mut text = words.join(" ");
    // "zeer zeer" from "heel erg" is one step.
    while text.contains("zeer zeer") {
        text = text.replace("zeer zeer", "zeer");
    }
    text
}

/// The step of `option` on `scale`.
fn step(scale: Scale, option: &str) -> Option<usize> {
    let option = normalise(option);
    scale
        .iter()
        .position(|spellings| spellings.contains(&option.as_str()))
}

/// The options in the order of the one scale they all belong to, or
/// `None` when there is no such scale (or two options are the same step).
pub fn scale_order(options: &[String]) -> Option<Vec<String>> {
    if options.len() < 2 {
        return None;
    }
    SCALES.iter().find_map(|scale| {
        let mut keyed: Vec<(usize, &String)> = options
            .iter()
            .map(|o| step(scale, o).map(|s| (s, o)))
            .collect::<Option<_>>()?;
        keyed.sort_by_key(|(s, _)| *s);
        let distinct = keyed.windows(2).all(|w| w[0].0 != w[1].0);
        distinct.then(|| keyed.into_iter().map(|(_, o)| o.clone()).collect())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn dutch_and_english_scales_are_ordered_as_scales() {
        let found = strings(&[
            "positief",
            "zeer negatief",
            "neutraal",
            "Zeer positief",
            "negatief",
        ]);
        assert_eq!(
            scale_order(&found).unwrap(),
            strings(&[
                "zeer negatief",
                "negatief",
                "neutraal",
                "positief",
                "Zeer positief"
            ])
        );
        let agree = strings(&[
            "Mee eens",
            "Helemaal mee oneens",
            "Helemaal mee eens",
            "Mee oneens",
        ]);
        assert_eq!(
            scale_order(&agree).unwrap(),
            strings(&[
                "Helemaal mee oneens",
                "Mee oneens",
                "Mee eens",
                "Helemaal mee eens"
            ])
        );
        let english = strings(&["Often", "Never", "Always", "Sometimes"]);
        assert_eq!(
            scale_order(&english).unwrap(),
            strings(&["Never", "Sometimes", "Often", "Always"])
        );
        assert_eq!(
            scale_order(&strings(&["heel erg goed", "slecht"])).unwrap(),
            strings(&["slecht", "heel erg goed"])
        );
    }

    #[test]
    fn other_answers_are_no_scale() {
        assert_eq!(
            scale_order(&strings(&["ouder", "leraar", "begeleider"])),
            None
        );
        // One answer off the scale: not a scale (first-seen order stays).
        assert_eq!(
            scale_order(&strings(&["positief", "negatief", "weet niet"])),
            None
        );
        // A single answer says nothing about order.
        assert_eq!(scale_order(&strings(&["goed"])), None);
    }
}
