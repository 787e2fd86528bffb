//! Tests of `workbook`.

use super::rows::{ROWS_PER_BATCH, RowsBuilder, SheetRead};
use crate::import::raw::{Records, Shape, TableBuilder};
use crate::import::{Cell, Reporter, Text};

fn text(t: &str) -> Cell {
    Cell::Text(Text::new(t))
}

#[test]
fn cells_in_row_order_become_a_table_without_the_blank_columns() {
    let mut rows = RowsBuilder::default();
    // Row 1 is a title in C; row 3 the header B..D; row 4 ends early;
    // row 5 has only blanks; nothing is ever in column A.
    rows.push(0, 2, text("Titel"));
    rows.push(2, 1, text("id"));
    rows.push(2, 2, text("Rol"));
    rows.push(2, 3, text("Score"));
    rows.push(3, 1, text("v1"));
    rows.push(4, 1, text("  "));
    rows.push(5, 1, text("v2"));
    rows.push(5, 3, Cell::Number(7.0));
    let (mut rows, filled) = rows.finish();
    assert_eq!(filled, 4);
    let mut read = SheetRead {
        builder: TableBuilder::new(Shape::Square),
        report: Reporter::default(),
        filled_rows: filled,
    };
    read.fill(&mut rows);
    let table = read.builder.finish(&mut read.report).expect("a table");
    assert_eq!(table.headers, ["id", "Rol", "Score"]);
    assert_eq!(table.row_numbers, [4, 6]);
    assert_eq!(table.cell(0, 0), &text("v1"));
    assert_eq!(table.cell(0, 2), &Cell::Empty);
    assert_eq!(table.cell(1, 2), &Cell::Number(7.0));
    let notes = read.report.into_warnings();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(
        notes[0].note,
        crate::import::ImportNote::TitleRowsSkipped { count: 1 }
    );
    assert_eq!(
        notes[0].message(),
        "1 title row above the header was skipped"
    );
}

#[test]
fn a_batch_handed_on_mid_row_keeps_that_row_whole() {
    let mut rows = RowsBuilder::default();
    let mut batches = Vec::new();
    rows.push(0, 0, text("id"));
    rows.push(0, 1, text("Score"));
    let stories = ROWS_PER_BATCH * 2 + 5;
    for r in 1..=stories as u32 {
        // A batch may be taken between the two cells of a row.
        rows.push(r, 0, text(&format!("v{r}")));
        batches.extend(rows.take_full(Records::default));
        rows.push(r, 1, Cell::Number(f64::from(r)));
        batches.extend(rows.take_full(Records::default));
    }
    assert!(batches.len() >= 2, "{}", batches.len());
    let (rest, filled) = rows.finish();
    batches.push(rest);
    assert_eq!(filled, stories + 1);
    let mut read = SheetRead {
        builder: TableBuilder::new(Shape::Square),
        report: Reporter::default(),
        filled_rows: filled,
    };
    for batch in &mut batches {
        read.fill(batch);
    }
    let table = read.builder.finish(&mut read.report).expect("a table");
    assert_eq!(table.len(), stories);
    for row in 0..stories {
        assert_eq!(table.cell(row, 0), &text(&format!("v{}", row + 1)));
        assert_eq!(table.cell(row, 1), &Cell::Number((row + 1) as f64));
    }
}
