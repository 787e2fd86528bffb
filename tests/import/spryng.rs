//! Spryng-style `Question - label` headers.

use storylens::import::Layout;
use storylens::model::{Column, QuestionKind};

use super::helpers::*;

#[test]
fn triads_sliders_and_checkboxes() {
    let text = "\
Respondent,Wie nam het initiatief? - het kind,Wie nam het initiatief? - de school,Wie nam het initiatief? - de ouders,Wie nam het initiatief? - X,Wie nam het initiatief? - Y,Voorbeeld van goed onderwijs - X,Gevoel - hoop,Gevoel - boosheid,Rol
1,20,30,50,0.6,0.3,72,1,0,ouder
2,60,20,20,0.4,0.7,15,0,1,leraar
3,10,10,70,0.8,0.1,101,1,1,ouder
";
    let imported = import_text("spryng.csv", text);
    assert_eq!(imported.layout, Layout::Spryng);
    let d = &imported.dataset;
    assert_eq!(
        question(d, "Wie nam het initiatief?").0.kind,
        QuestionKind::Triad {
            top: "het kind".into(),
            left: "de school".into(),
            right: "de ouders".into()
        }
    );
    let Column::Triad(triad) = question(d, "Wie nam het initiatief?").1 else {
        panic!()
    };
    assert_eq!(triad.get(0), Some([0.2, 0.3, 0.5]));
    // Row 3 sums to 90: normalised and reported with its file row.
    let [t, l, r] = triad.get(2).unwrap();
    assert!((t + l + r - 1.0).abs() < 1e-12 && (r - 70.0 / 90.0).abs() < 1e-12);
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.column == "Wie nam het initiatief?" && w.rows == [4])
    );
    assert_eq!(kind_of(d, "Voorbeeld van goed onderwijs"), "slider");
    assert_eq!(
        numbers(d, "Voorbeeld van goed onderwijs")[..2],
        [0.72, 0.15]
    );
    assert!(
        numbers(d, "Voorbeeld van goed onderwijs")[2].is_nan(),
        "101 is not on the slider: left missing"
    );
    assert!(imported.warnings.iter().any(|w| {
        w.message()
            .contains("not a number from 0 to 100; left missing: \"101\"")
            && w.rows == [4]
    }));
    assert_eq!(chosen(d, "Gevoel", 2), ["hoop", "boosheid"]);
    assert_eq!(options(d, "Rol"), ["ouder", "leraar"]);
}
