//! Columns: presence, counts and the shared text arena.

use super::*;

#[test]
fn missing_and_not_applicable_stay_apart() {
    let mut slider = NumberColumn::default();
    slider.push(Some(0.25));
    slider.push(None);
    slider.push_not_applicable();
    assert_eq!(slider.presence(0), Presence::Answered);
    assert_eq!(slider.presence(1), Presence::Missing);
    assert_eq!(slider.presence(2), Presence::NotApplicable);
    assert_eq!(slider.get(2), None);

    let mut triad = TriadColumn::default();
    triad.push(Some([0.2, 0.3, 0.5]));
    triad.push_not_applicable();
    triad.push(None);
    assert_eq!(triad.get(0), Some([0.2, 0.3, 0.5]));
    assert_eq!(triad.presence(1), Presence::NotApplicable);
    assert_eq!(triad.presence(2), Presence::Missing);

    let single = ChoiceColumn {
        codes: vec![2, MISSING_CODE, NOT_APPLICABLE_CODE],
    };
    assert_eq!(single.get(0), Some(2));
    assert_eq!(single.presence(1), Presence::Missing);
    assert_eq!(single.presence(2), Presence::NotApplicable);
}

#[test]
fn answered_count_is_the_rows_whose_presence_is_answered() {
    let mut slider = NumberColumn::default();
    let mut triad = TriadColumn::default();
    let mut text = TextColumn::default();
    let mut codes = Vec::new();
    let (mut chosen, mut answered, mut not_applicable) = (Vec::new(), Vec::new(), Vec::new());
    for row in 0..7 {
        match row % 3 {
            0 => {
                slider.push(Some(0.5));
                triad.push(Some([0.2, 0.3, 0.5]));
                text.push(Some("verhaal"));
                codes.push(1);
                chosen.push(row);
                answered.push(row);
            }
            1 => {
                slider.push(None);
                triad.push(None);
                text.push(None);
                codes.push(MISSING_CODE);
                not_applicable.push(row);
            }
            _ => {
                slider.push_not_applicable();
                triad.push_not_applicable();
                text.push(Some("   "));
                codes.push(NOT_APPLICABLE_CODE);
                answered.push(row);
            }
        }
    }
    let columns = [
        Column::Number(slider),
        Column::Triad(triad),
        Column::Text(text),
        Column::Single(ChoiceColumn { codes }),
        Column::Multi(MultiColumn {
            chosen: vec![Selection::from_rows(7, chosen)],
            answered: Selection::from_rows(7, answered),
            not_applicable: Selection::from_rows(7, not_applicable),
        }),
    ];
    for column in &columns {
        let by_row = (0..column.len())
            .filter(|&row| column.presence(row) == Presence::Answered)
            .count();
        assert_eq!(column.answered_count(), by_row, "{column:?}");
        assert!(column.answered_count() > 0);
    }
}

#[test]
fn text_arena_keeps_every_story_whole() {
    let mut text = TextColumn::default();
    text.push(Some("Eerste verhaal 🙂"));
    text.push(None);
    text.push(Some("مرحبا"));
    assert_eq!(text.get(0), Some("Eerste verhaal 🙂"));
    assert_eq!(text.get(1), None);
    assert_eq!(text.get(2), Some("مرحبا"));
    assert_eq!(text.presence(1), Presence::Missing);
    assert_eq!(Column::Text(text).len(), 3);
}

#[test]
fn a_shared_arena_reads_and_compares_by_its_spans() {
    let arena = Arc::new(String::from("eenrestwee\u{e9}"));
    let spans = vec![
        Some((0, 3)),
        None,
        Some((6, 12)),
        Some((11, 12)),
        Some((0, 99)),
    ];
    let mut shared = TextColumn::from_shared(Arc::clone(&arena), spans);
    assert_eq!(shared.get(2), Some("twee\u{e9}"));
    // Not a range of characters, or past the end: no text, no panic.
    assert_eq!(shared.get(3), None);
    assert_eq!(shared.get(4), None);
    let mut pushed = TextColumn::default();
    for text in [Some("een"), None, Some("twee\u{e9}"), None, None] {
        pushed.push(text);
    }
    assert_eq!(shared, pushed, "equal by rows, whatever the arena holds");
    shared.push(Some("drie"));
    assert_eq!(shared.get(5), Some("drie"));
    assert_eq!(*arena, "eenrestwee\u{e9}", "the shared text is not changed");
    assert_ne!(shared, pushed);
    let json = serde_json::to_string(&pushed).unwrap();
    assert_eq!(serde_json::from_str::<TextColumn>(&json).unwrap(), pushed);
}
