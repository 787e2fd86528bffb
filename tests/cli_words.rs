//! `storylens words` and `storylens kwic` on the demo, run as a user runs
//! them.

use crate::cli::{stdout_json, storylens};

fn json(args: &[&str]) -> serde_json::Value {
    stdout_json(&storylens(args))
}

const GOOD: &str = "\"Voorbeeld van goed onderwijs\" >= 70";

#[test]
fn keyness_of_a_selection_matches_scipy_and_is_ordered() {
    let out = json(&["words", "--demo", "--select", GOOD, "--json"]);
    assert_eq!(out["n_selection"], 447);
    assert_eq!(out["n_rest"], 1553);
    assert_eq!(out["stemmer"], "snowball-dutch+english");
    let terms = out["terms"].as_array().unwrap();
    assert_eq!(terms.len(), out["tested"].as_u64().unwrap() as usize);
    // "haalbaar" is in 80 of the selection's 447 stories and 5 of the
    // rest's 1553:
    // python3 -c "from scipy.stats import chi2_contingency as c;
    //   print(c([[80,367],[5,1548]], correction=False, lambda_='log-likelihood')[:2])"
    // (215.84144188774695, 7.303142011799183e-49)
    let term = terms.iter().find(|t| t["term"] == "haalbar").unwrap();
    assert_eq!(term["selection"]["stories"], 80);
    assert_eq!(term["rest"]["stories"], 5);
    let g2 = term["g2"].as_f64().unwrap();
    let p = term["p"].as_f64().unwrap();
    assert!((g2 - 215.841_441_887_746_95).abs() < 1e-9, "{g2}");
    assert!((p / 7.303_142_011_799_183e-49 - 1.0).abs() < 1e-9, "{p}");
    let g2s: Vec<f64> = terms.iter().map(|t| t["g2"].as_f64().unwrap()).collect();
    assert!(g2s.windows(2).all(|w| w[0] >= w[1]), "over-used first");
    assert!(g2s[0] > 0.0 && *g2s.last().unwrap() < 0.0);
    for t in terms {
        let (p, q) = (t["p"].as_f64().unwrap(), t["q"].as_f64().unwrap());
        assert!(q >= p && q <= 1.0, "{t}");
        let stories =
            t["selection"]["stories"].as_u64().unwrap() + t["rest"]["stories"].as_u64().unwrap();
        assert!(stories >= 5, "the minimum of 5 stories: {t}");
    }
    let top = json(&["words", "--demo", "--select", GOOD, "--top", "3"]);
    let top = top["terms"].as_array().unwrap();
    assert_eq!(top.len(), 6);
    assert!(top[..3].iter().all(|t| t["g2"].as_f64().unwrap() > 0.0));
    assert!(top[3..].iter().all(|t| t["g2"].as_f64().unwrap() < 0.0));
}

#[test]
fn the_word_list_counts_stories_and_keyword_lines_count_occurrences() {
    let out = json(&["words", "--demo", "--top", "50"]);
    assert_eq!(out["n_stories"], 2000);
    let terms = out["terms"].as_array().unwrap();
    assert_eq!(terms.len(), 50);
    let stories: Vec<u64> = terms
        .iter()
        .map(|t| t["stories"].as_u64().unwrap())
        .collect();
    assert!(stories.windows(2).all(|w| w[0] >= w[1]));
    // Every occurrence of a term is one keyword-in-context line.
    let all = json(&["words", "--demo", "--min-stories", "1"]);
    let haalbaar = all["terms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["term"] == "haalbar")
        .unwrap()
        .clone();
    let kwic = json(&["kwic", "--demo", "--term", "Haalbare", "--order", "left"]);
    let lines = kwic["lines"].as_array().unwrap();
    assert_eq!(
        lines.len() as u64,
        haalbaar["occurrences"].as_u64().unwrap()
    );
    for line in lines {
        let word = line["word"].as_str().unwrap().to_lowercase();
        assert!(word.starts_with("haalba"), "{line}");
        assert!(line["story"].as_str().unwrap().starts_with('V'));
    }
    let selected = json(&["kwic", "--demo", "--term", "haalbaar", "--select", GOOD]);
    assert_eq!(selected["lines"].as_array().unwrap().len(), 80);
}

#[test]
fn an_unknown_word_or_a_bad_selection_is_one_sentence() {
    let output = storylens(&["kwic", "--demo", "--term", "de"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("\"de\"") && stderr.lines().count() == 1,
        "{stderr}"
    );
    let output = storylens(&["words", "--demo", "--select", "Gevoel ="]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn a_text_question_chart_draws_its_words_and_the_keyness_of_a_selection() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("words.svg");
    let svg_arg = svg.to_str().unwrap();
    let args = [
        "chart",
        "--demo",
        "--question",
        "Ervaring",
        "--select",
        GOOD,
    ];
    let output = storylens(&[&args[..], &["--svg", svg_arg, "--language", "en"]].concat());
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.contains("Words the selection uses more or less often than the rest"));
    // The strongest key term of the JSON is drawn, with its two shares.
    let data = json(&args);
    let keyness = &data["comparison"]["keyness"]["terms"][0];
    let label = keyness["label"].as_str().unwrap();
    assert!(text.contains(label), "{label} not in the SVG");
    assert_eq!(data["whole"]["chart"], "words");
}

/// `words --svg/--png` write the app's words chart: an SVG that parses,
/// with the keyness chart's heading and its strongest term, and a PNG that
/// decodes to a drawn picture.
#[test]
fn words_images_are_the_apps_chart() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("words.svg");
    let out = storylens(&[
        "words",
        "--demo",
        "--select",
        GOOD,
        "--labels",
        "en",
        "--svg",
        svg.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let text = std::fs::read_to_string(&svg).unwrap();
    let document = roxmltree::Document::parse(&text).expect("well-formed SVG");
    let texts: Vec<&str> = document
        .descendants()
        .filter(|node| node.has_tag_name("text"))
        .filter_map(|node| node.text())
        .collect();
    assert!(
        texts.contains(&"Words the selection uses more or less often than the rest"),
        "{texts:?}"
    );
    // The strongest over-used term of the JSON is drawn.
    let top = json(&["words", "--demo", "--select", GOOD, "--top", "1"]);
    let forms = top["terms"][0]["forms"].as_array().unwrap();
    let label = forms[0].as_str().unwrap();
    assert!(
        texts.iter().any(|t| t.contains(label)),
        "{label} in {texts:?}"
    );

    let png = dir.path().join("words.png");
    let out = storylens(&["words", "--demo", "--png", png.to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&png).unwrap()));
    let mut reader = decoder.read_info().expect("a PNG header");
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).expect("PNG pixels");
    assert!(
        info.width > 800 && info.height > 400,
        "{}×{}",
        info.width,
        info.height
    );
    let first = &pixels[..4];
    let drawn = pixels.chunks_exact(4).filter(|p| *p != first).count();
    assert!(drawn > 10_000, "{drawn} pixels differ from the background");

    // Options the app's chart does not take are refused as bad usage.
    let out = storylens(&[
        "words",
        "--demo",
        "--no-stem",
        "--svg",
        svg.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
}

/// The forms of the JSON's terms.
fn labels(out: &serde_json::Value) -> Vec<String> {
    out["terms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["forms"][0].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn words_left_out_by_list_or_file_are_gone_and_reported() {
    let all = json(&["words", "--demo", "--top", "10"]);
    let before = labels(&all);
    assert_eq!(before[..2], ["school", "klas"]);
    assert!(all["stop_words"].get("left_out_nl").is_none());
    let out = json(&[
        "words",
        "--demo",
        "--top",
        "10",
        "--leave-out",
        "School,klas",
    ]);
    let after = labels(&out);
    assert!(!after.contains(&"school".to_owned()) && !after.contains(&"klas".to_owned()));
    assert_eq!(after[..8], before[2..]);
    assert_eq!(
        out["stop_words"]["left_out_nl"],
        serde_json::json!(["klas", "school"])
    );
    assert_eq!(
        out["stop_words"]["left_out_en"],
        serde_json::json!(["klas", "school"])
    );
    let dutch = all["stop_words"]["dutch"].as_u64().unwrap();
    assert_eq!(out["stop_words"]["dutch"].as_u64().unwrap(), dutch + 2);
    // A file: one word per line, comments and blank lines skipped; with
    // --language only that language's list changes.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("extra.txt");
    std::fs::write(
        &file,
        "# placeholders of redacted names\nnaam\n\n  plaats  # [plaats]\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let out = json(&["words", "--demo", "--stop-words", path, "--language", "nl"]);
    assert_eq!(
        out["stop_words"]["left_out_nl"],
        serde_json::json!(["naam", "plaats"])
    );
    assert!(out["stop_words"].get("left_out_en").is_none());
    let left = labels(&out);
    assert!(
        !left.iter().any(|l| l == "naam" || l == "plaats"),
        "{left:?}"
    );
    // A file that cannot be read is one sentence naming it.
    let missing = dir.path().join("missing.txt");
    let output = storylens(&["words", "--demo", "--stop-words", missing.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("missing.txt") && stderr.lines().count() == 1,
        "{stderr}"
    );
}

#[test]
fn phrases_are_two_adjacent_words_counted_per_story() {
    let out = json(&["words", "--demo", "--phrases", "--top", "5"]);
    assert_eq!(out["phrases"], true);
    let terms = out["terms"].as_array().unwrap();
    assert!(
        terms
            .iter()
            .all(|t| t["term"].as_str().unwrap().contains(' '))
    );
    // "[naam school]": every story with the placeholder, once per story.
    assert_eq!(terms[0]["forms"][0], "naam school");
    let naam = json(&["words", "--demo", "--top", "200"]);
    let naam = naam["terms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["forms"][0] == "naam")
        .cloned()
        .unwrap();
    assert!(terms[0]["stories"].as_u64() <= naam["stories"].as_u64());
    // The keyness of phrases: the planted plan of the good stories.
    let key = json(&[
        "words",
        "--demo",
        "--phrases",
        "--select",
        GOOD,
        "--top",
        "6",
    ]);
    let over = labels(&key);
    for phrase in ["haalbare doelen", "plan gemaakt", "gewoon begonnen"] {
        assert!(
            over[..6].contains(&phrase.to_owned()),
            "{phrase} in {over:?}"
        );
    }
    let haalbare = &key["terms"][over.iter().position(|l| l == "haalbare doelen").unwrap()];
    assert_eq!(haalbare["selection"]["stories"], 64);
    assert_eq!(haalbare["rest"]["stories"], 5);
}

#[test]
fn the_demos_words_finding_draws_the_planted_words() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("finding10.svg");
    let out = storylens(&[
        "snapshot",
        "--demo",
        "--finding",
        "10",
        "--out",
        svg.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let text = std::fs::read_to_string(&svg).unwrap();
    let document = roxmltree::Document::parse(&text).expect("well-formed SVG");
    let texts: Vec<&str> = document
        .descendants()
        .filter(|node| node.has_tag_name("text"))
        .filter_map(|node| node.text())
        .collect();
    for planted in ["samen", "haalbare", "vergaderd", "doelen"] {
        assert!(
            texts.iter().any(|t| t.starts_with(planted)),
            "{planted} in {texts:?}"
        );
    }
}

/// `kwic --term "two words"` lists a phrase's lines: one per occurrence
/// `words --phrases` counts, in as many stories, each line the two words
/// as written; `--select 'text has phrase …'` holds exactly those stories.
#[test]
fn a_phrase_has_its_lines_in_context_and_a_selection() {
    let all = json(&["words", "--demo", "--phrases", "--min-stories", "1"]);
    let terms = all["terms"].as_array().unwrap();
    let phrase = terms.iter().find(|t| t["term"] == "haalbar doel").unwrap();
    assert_eq!(phrase["forms"][0], "haalbare doelen");
    let kwic = json(&["kwic", "--demo", "--term", "Haalbare doelen"]);
    assert_eq!(kwic["term"], "haalbar doel");
    let lines = kwic["lines"].as_array().unwrap();
    assert_eq!(lines.len() as u64, phrase["occurrences"].as_u64().unwrap());
    let stories: std::collections::BTreeSet<&str> =
        lines.iter().map(|l| l["story"].as_str().unwrap()).collect();
    assert_eq!(stories.len() as u64, phrase["stories"].as_u64().unwrap());
    for line in lines {
        let word = line["word"].as_str().unwrap().to_lowercase();
        assert!(word.starts_with("haalbare doel"), "{line}");
    }
    // Sorted by the word on the right, and within a selection made of it.
    let right = json(&[
        "kwic",
        "--demo",
        "--term",
        "haalbare doelen",
        "--order",
        "right",
    ]);
    assert_eq!(right["lines"].as_array().unwrap().len(), lines.len());
    let select = "text has phrase \"haalbare doelen\"";
    let within = json(&[
        "kwic",
        "--demo",
        "--term",
        "haalbare doelen",
        "--select",
        select,
    ]);
    assert_eq!(within["lines"].as_array().unwrap().len(), lines.len());
    let listed = json(&["stories", "--demo", "--select", select, "--json"]);
    assert_eq!(
        listed["rows"].as_array().unwrap().len() as u64,
        phrase["stories"].as_u64().unwrap()
    );
    // A phrase no story uses is one sentence.
    let output = storylens(&["kwic", "--demo", "--term", "doelen haalbare"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr.trim(),
        "storylens: No story uses the phrase \"doelen haalbare\" (two words next to each other in a \
         sentence, no stop words); `storylens words --phrases` lists the phrases."
    );
}
