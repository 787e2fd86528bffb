//! Unit tests of [`apply`]: commands on the demo workspace, no window.

use super::*;
use crate::project::{Project, SourceRef};

#[test]
fn opening_and_quitting_lose_work_but_views_do_not() {
    assert!(loses_work(&Command::OpenDemo));
    assert!(loses_work(&Command::Quit));
    assert!(loses_work(&Command::OpenDialog));
    assert!(loses_work(&Command::NewProject));
    assert!(!loses_work(&Command::OpenRecent(
        "/no/such/file.csv".into()
    )));
    assert!(!loses_work(&Command::Undo));
    assert!(!loses_work(&Command::SaveAsFinding));
}

#[test]
fn same_work_sees_every_edit() {
    let a = Project::new("Survey", SourceRef::Demo);
    let mut b = a.clone();
    assert!(a.same_work(&b));
    b.redactions.push(crate::project::Redaction {
        story_id: crate::model::StoryId("7".into()),
        original: "Utrecht".into(),
        placeholder: "[plaats]".into(),
    });
    assert!(!a.same_work(&b));
    let mut c = a.clone();
    c.settings.min_n = 5;
    assert!(!a.same_work(&c));
}
