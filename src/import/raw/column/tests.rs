//! Columns keep every cell as given, however they hold them.

use super::*;

fn text(t: &str) -> Cell {
    Cell::Text(t.into())
}

#[test]
fn text_cells_sit_back_to_back_until_a_typed_cell_comes() {
    let mut column = Column::empty(2);
    column.push(text("hoop"));
    column.push_str("");
    column.push(text(" een verhaal dat langer is dan een cel "));
    assert!(matches!(column, Column::Coded(_)));
    assert_eq!(column.len(), 5);
    assert_eq!(column.get(0), CellRef::Empty);
    assert_eq!(column.get(2), CellRef::Text("hoop"));
    assert_eq!(column.get(3), CellRef::Empty);
    assert_eq!(
        column.get(4),
        CellRef::Text(" een verhaal dat langer is dan een cel ")
    );
    assert_eq!(column.get(5), CellRef::Empty);
    let mut as_text = column.clone();
    as_text.make_text();
    assert!(matches!(as_text, Column::Text { .. }));
    assert_eq!(as_text, column, "the same cells either way");
    column.push(Cell::Number(7.0));
    assert!(matches!(column, Column::Cells(_)));
    assert_eq!(column.get(2), CellRef::Text("hoop"));
    assert_eq!(column.get(5), CellRef::Number(7.0));
    // Equal cell by cell, whichever way each is kept.
    let mut padded = as_text.clone();
    padded.resize(6);
    let mut cells = column.clone();
    cells.resize(5);
    assert_eq!(cells, as_text);
    assert_ne!(padded, column);
    cells.append(as_text.clone());
    let mut both = as_text.clone();
    both.append(as_text);
    assert_eq!(cells, both);
    assert_eq!(both.get(7), CellRef::Text("hoop"));
    both.retain(&[false, false, true, false, true]);
    assert_eq!(
        both.iter().collect::<Vec<_>>(),
        [
            CellRef::Text("hoop"),
            CellRef::Text(" een verhaal dat langer is dan een cel ")
        ]
    );
}

#[test]
fn a_coded_column_with_too_many_values_becomes_text_and_appends_any_way() {
    let value = |i: usize| format!("waarde {}", i % (MOST_CODES + 10));
    let mut column = Column::default();
    let mut first = Column::default();
    let mut second = Column::default();
    let rows = 3 * MOST_CODES;
    for i in 0..rows {
        column.push_str(&value(i));
        let piece = if i < MOST_CODES / 2 {
            &mut first
        } else {
            &mut second
        };
        piece.push_str(&value(i));
    }
    assert!(matches!(column, Column::Text { .. }));
    assert!(matches!(first, Column::Coded(_)));
    // A coded piece joined to a coded one is recoded, to a text one
    // copied; past the values a code can hold it becomes text.
    let mut joined = first.clone();
    joined.append(second.clone());
    assert!(matches!(joined, Column::Text { .. }));
    assert_eq!(joined, column);
    let mut text_first = first.clone();
    text_first.make_text();
    text_first.append(second);
    assert_eq!(text_first, column);
    let mut small = Column::empty(1);
    small.push_str("b");
    let mut other = Column::default();
    other.push_str("a");
    other.push_str("b");
    small.append(other);
    assert!(matches!(small, Column::Coded(_)));
    assert_eq!(
        small.iter().collect::<Vec<_>>(),
        [
            CellRef::Empty,
            CellRef::Text("b"),
            CellRef::Text("a"),
            CellRef::Text("b")
        ]
    );
    assert_eq!(column.get(rows - 1), CellRef::Text(&value(rows - 1)));
}

#[test]
fn a_text_question_shares_the_text_of_its_column() {
    let mut column = Column::default();
    column.make_text();
    for value in ["een", "", " \t", "twee "] {
        column.push_str(value);
    }
    let (arena, spans) = column.text_spans(6).unwrap();
    assert_eq!(spans, [Some((0, 3)), None, None, Some((5, 10)), None, None]);
    let Column::Text { text, .. } = &column else {
        panic!("a text column");
    };
    assert!(Arc::ptr_eq(&arena, text), "shared, not copied");
    assert_eq!(arena.get(5..10), Some("twee "));
    assert!(Column::default().text_spans(1).is_none(), "coded: copied");
}

#[test]
fn short_and_long_values_keep_their_own_codes() {
    let values = [
        "1", "1\0", "\0", "abcdefg", "abcdefgh", "é", "1", "abcdefgh", "abcdefg",
    ];
    let mut column = Column::default();
    for value in values {
        column.push_str(value);
    }
    let Column::Coded(coded) = &column else {
        panic!("few values: coded");
    };
    assert_eq!(coded.values.len(), 6);
    let read: Vec<_> = column.iter().collect();
    let expected: Vec<_> = values.iter().map(|v| CellRef::Text(v)).collect();
    assert_eq!(read, expected);
}

/// `cells` kept each of the three ways: coded, as one text, as cells.
fn kept_three_ways(cells: &[Cell]) -> [Column; 3] {
    let mut coded = Column::default();
    for cell in cells {
        coded.push(cell.clone());
    }
    assert!(matches!(coded, Column::Coded(_)));
    let mut as_text = coded.clone();
    as_text.make_text();
    let mut as_cells = coded.clone();
    as_cells.with_cells(|_| {});
    [coded, as_text, as_cells]
}

#[test]
fn readings_and_tallies_agree_with_a_pass_over_the_rows_however_a_column_is_kept() {
    let cells = [
        text("63,5"),
        text(" 1 "),
        Cell::Empty,
        text("63,5"),
        text("1"),
        text("abc"),
        text(" 1 "),
    ];
    let rows = cells.len() + 2;
    for column in kept_three_ways(&cells) {
        let by_row: Vec<CellRef<'_>> = column
            .iter()
            .chain(std::iter::repeat(CellRef::Empty))
            .take(rows)
            .collect();
        let mut asked = 0;
        let readings = column.readings(rows, |cell| {
            asked += 1;
            (cell.number(), cell.is_empty())
        });
        let expected: Vec<_> = by_row.iter().map(|c| (c.number(), c.is_empty())).collect();
        assert_eq!(readings.iter().collect::<Vec<_>>(), expected, "{column:?}");
        assert_eq!(readings.get(rows), (None, true), "past the end: empty");
        assert_eq!(readings.get(3), (Some(63.5), false));
        let tally: Vec<(CellRef<'_>, usize)> = column.tally(rows).collect();
        if matches!(column, Column::Coded(_)) {
            // Once per distinct value (the empty cell's reading first).
            assert_eq!(asked, 5);
            assert_eq!(
                tally,
                [
                    (CellRef::Empty, 3),
                    (CellRef::Text("63,5"), 2),
                    (CellRef::Text(" 1 "), 2),
                    (CellRef::Text("1"), 1),
                    (CellRef::Text("abc"), 1),
                ],
                "distinct values in the order first met, with their rows"
            );
        } else {
            assert_eq!(asked, cells.len() + 1);
            let one_each: Vec<_> = by_row.iter().map(|&c| (c, 1)).collect();
            assert_eq!(tally, one_each);
        }
    }
}
