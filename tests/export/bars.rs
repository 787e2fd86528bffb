//! Bars as percent or counts, written by `storylens chart` and read back:
//! the numbers in the SVG's text and the bars' lengths in its rects.

use storylens::demo::ids;
use storylens::export::palette;
use storylens::i18n::{Language, format_count, format_decimal};
use storylens::model::{Column, QuestionId};

use super::{dataset, storylens};

/// Stories per role and how many answered, straight from the column.
fn roles() -> (Vec<usize>, usize) {
    let Some((question, Column::Single(roles))) =
        dataset().question(&QuestionId::new(ids::ROLSOORT))
    else {
        panic!("the demo's roles")
    };
    let mut counts = vec![0; question.kind.options().len()];
    for code in roles.codes.iter().map(|&c| usize::from(c)) {
        if let Some(count) = counts.get_mut(code) {
            *count += 1;
        }
    }
    let n = counts.iter().sum();
    (counts, n)
}

/// Writes the role chart with `flags` as SVG and returns its texts and the
/// widths of the bars (rects in the whole set's blue or the selection's
/// colour), panel by panel, top to bottom.
fn written(name: &str, flags: &[&str]) -> (Vec<String>, Vec<f64>) {
    let dir = std::env::temp_dir().join(format!("storylens-bars-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.svg"));
    let mut args = vec!["chart", "--demo", "--question", "Uw rolsoort"];
    args.extend_from_slice(flags);
    args.extend(["--svg", path.to_str().unwrap()]);
    let output = storylens(&args);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let svg = std::fs::read_to_string(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    let document = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    let texts = document
        .descendants()
        .filter(|node| node.has_tag_name("text"))
        .filter_map(|node| node.text().map(str::to_owned))
        .collect();
    let hex = |c: storylens::export::Rgba| format!("#{:02x}{:02x}{:02x}", c.r, c.g, c.b);
    let bars = [hex(palette::WHOLE), hex(palette::SELECTION)];
    let rects: Vec<(f64, f64)> = document
        .descendants()
        .filter(|node| {
            node.has_tag_name("rect")
                && node
                    .attribute("fill")
                    .is_some_and(|fill| bars.iter().any(|b| b == fill))
        })
        .map(|node| {
            let number = |name| node.attribute(name).unwrap().parse::<f64>().unwrap();
            (number("width"), number("height"))
        })
        .collect();
    // Bars share one thickness; legend swatches are smaller squares.
    let thickness = rects.iter().map(|r| r.1).fold(0.0, f64::max);
    let widths = rects
        .iter()
        .filter(|r| r.1 == thickness)
        .map(|r| r.0)
        .collect();
    (texts, widths)
}

#[test]
fn bars_show_percent_by_default_and_counts_when_asked() {
    let (counts, n) = roles();
    let language = Language::Dutch;
    let percent = |c: usize| format_decimal(language, 100.0 * c as f64 / n as f64, 1);
    let count = |c: usize| format_count(language, c);
    let shown: Vec<usize> = counts.iter().copied().filter(|&c| c > 0).collect();

    let (texts, widths) = written("percent", &[]);
    for &c in &shown {
        let value = format!("{}% ({})", percent(c), count(c));
        assert!(texts.contains(&value), "{value} in {texts:?}");
    }
    assert!(texts.iter().any(|t| t.starts_with("Percentages van")));
    assert_eq!(widths.len(), shown.len(), "{widths:?}");

    let (texts, count_widths) = written("counts", &["--counts"]);
    for &c in &shown {
        let value = format!("{} ({}%)", count(c), percent(c));
        assert!(texts.contains(&value), "{value} in {texts:?}");
    }
    assert!(texts.iter().any(|t| t.starts_with("Aantallen verhalen")));
    // One panel: lengths are proportional to the counts either way.
    let longest = *shown.iter().max().unwrap() as f64;
    let widest = count_widths.iter().copied().fold(0.0, f64::max);
    for (&c, &w) in shown.iter().zip(&count_widths) {
        assert!((w / widest - c as f64 / longest).abs() < 1e-3, "{w} {c}");
    }
}

#[test]
fn with_a_selection_counts_make_the_smaller_panels_bars_shorter() {
    // Percent: each panel's longest bar is near the longest of both.
    // Counts: the selection (a subset) has shorter bars than the whole.
    let select = ["--select", "\"Voorbeeld van goed onderwijs\" >= 70"];
    let (_, percent_widths) = written("select-percent", &select);
    let mut flags = select.to_vec();
    flags.push("--counts");
    let (_, count_widths) = written("select-counts", &flags);
    let options = percent_widths.len() / 2;
    assert_eq!(percent_widths.len(), 2 * options);
    assert_eq!(count_widths.len(), 2 * options);
    let max = |w: &[f64]| w.iter().copied().fold(0.0, f64::max);
    let (whole, selection) = count_widths.split_at(options);
    for (w, s) in whole.iter().zip(selection) {
        assert!(s <= w, "a subset never has more stories: {s} > {w}");
    }
    assert!(max(selection) < 0.6 * max(whole), "{count_widths:?}");
    let (whole, selection) = percent_widths.split_at(options);
    assert!(max(selection) > 0.6 * max(whole), "{percent_widths:?}");
}

/// Hiding options says so under the chart, and in the JSON.
#[test]
fn hidden_options_are_named_under_the_chart() {
    let (texts, _) = written("order", &["--options", "3,1"]);
    let all = texts.join(" ");
    let (counts, _) = roles();
    let note = format!("Getoond: 2 van de {} opties van Uw rolsoort;", counts.len());
    assert!(all.contains(&note), "{all}");
    let (texts, _) = written("all", &[]);
    assert!(!texts.join(" ").contains("Getoond:"));

    let output = storylens(&[
        "chart",
        "--demo",
        "--question",
        "Uw rolsoort",
        "--options",
        "3,1",
        "--json",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["options_shown"]["shown"], 2);
    assert_eq!(json["options_shown"]["total"], counts.len());
}
