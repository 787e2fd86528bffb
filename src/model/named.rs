//! [`Selections`]: the project's named selections, in the order the user
//! keeps them. Each [`NamedSelection`] pairs a name with a [`Filter`]; the
//! UI creates, renames, duplicates and deletes them through these methods
//! and evaluates the filters when it needs the stories.
//!
//! Ids are never reused, so a finding that refers to a deleted selection
//! cannot silently pick up a new one. Names are unique ignoring case and
//! surrounding spaces, so a picker never shows two the same.

use serde::{Deserialize, Serialize};

use super::Filter;
use crate::i18n::{Language, fill};

crate::model::numeric_id! {
    /// Stable identifier of a named selection within a project.
    SelectionId
}

/// A filter with a name the researcher gave it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NamedSelection {
    /// Stable id; findings and comparisons refer to the selection by it.
    pub id: SelectionId,
    /// The name shown in the app, unique ignoring case.
    pub name: String,
    /// Which stories belong to the selection.
    pub filter: Filter,
}

/// Why a change to the selections was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.sentence(Language::English))]
pub enum SelectionsError {
    /// No selection has this id.
    NotFound(SelectionId),
    /// The new name is empty (or only spaces).
    EmptyName,
    /// Another selection already has this name (ignoring case).
    NameTaken(String),
}

impl SelectionsError {
    /// Why the change was refused, in `language`.
    pub fn sentence(&self, language: Language) -> String {
        let e = language.errors();
        match self {
            Self::NotFound(id) => fill(e.selections_not_found, &[("id", id)]),
            Self::EmptyName => e.selections_empty_name.to_owned(),
            Self::NameTaken(name) => fill(e.selections_name_taken, &[("name", name)]),
        }
    }
}

/// The named selections of a project, in display order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Selections {
    items: Vec<NamedSelection>,
    /// The next id to hand out; kept in the project so deleted ids are not
    /// reused after a reload.
    #[serde(default)]
    next_id: u32,
}

impl Selections {
    /// No selections.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `filter` at the end under the first free default name
    /// ("Selectie 1", "Selectie 2", …) and returns its id.
    pub fn create(&mut self, filter: Filter, language: Language) -> SelectionId {
        let template = language.strings().selection_default_name;
        let name = (1..)
            .map(|n| fill(template, &[("n", &n)]))
            .find(|name| self.name_is_free(name, None))
            .unwrap_or_default(); // `1..` never ends, so `find` always finds one.
        self.push(name, filter)
    }

    /// Adds `filter` at the end under `name`.
    pub fn create_named(
        &mut self,
        name: &str,
        filter: Filter,
    ) -> Result<SelectionId, SelectionsError> {
        let name = self.checked_name(name, None)?;
        Ok(self.push(name, filter))
    }

    /// Gives a selection a new name.
    pub fn rename(&mut self, id: SelectionId, name: &str) -> Result<(), SelectionsError> {
        let name = self.checked_name(name, Some(id))?;
        self.get_mut(id)?.name = name;
        Ok(())
    }

    /// Replaces a selection's filter.
    pub fn set_filter(&mut self, id: SelectionId, filter: Filter) -> Result<(), SelectionsError> {
        self.get_mut(id)?.filter = filter;
        Ok(())
    }

    /// Copies a selection right after itself as "… (kopie)" ("… (kopie 2)"
    /// when that is taken) and returns the copy's id.
    pub fn duplicate(
        &mut self,
        id: SelectionId,
        language: Language,
    ) -> Result<SelectionId, SelectionsError> {
        let index = self.index_of(id)?;
        let original = self.items[index].clone();
        let s = language.strings();
        let first = fill(s.selection_copy_name, &[("name", &original.name)]);
        let name = std::iter::once(first)
            .chain((2..).map(|n| {
                fill(
                    s.selection_copy_name_n,
                    &[("name", &original.name), ("n", &n)],
                )
            }))
            .find(|name| self.name_is_free(name, None))
            .unwrap_or_default(); // the chain never ends, so `find` always finds one.
        let copy = self.push(name, original.filter);
        // `push` appended the copy; move it next to its original.
        if let Some(item) = self.items.pop() {
            self.items.insert(index + 1, item);
        }
        Ok(copy)
    }

    /// Removes a selection and returns it.
    pub fn delete(&mut self, id: SelectionId) -> Result<NamedSelection, SelectionsError> {
        let index = self.index_of(id)?;
        Ok(self.items.remove(index))
    }

    /// Moves a selection to position `to` (clamped to the end).
    pub fn move_to(&mut self, id: SelectionId, to: usize) -> Result<(), SelectionsError> {
        let item = self.items.remove(self.index_of(id)?);
        let to = to.min(self.items.len());
        self.items.insert(to, item);
        Ok(())
    }

    /// The selection with this id.
    pub fn get(&self, id: SelectionId) -> Option<&NamedSelection> {
        self.items.iter().find(|s| s.id == id)
    }

    /// The selection with this name, ignoring case and surrounding spaces.
    pub fn find_by_name(&self, name: &str) -> Option<&NamedSelection> {
        let wanted = name.trim().to_lowercase();
        self.items
            .iter()
            .find(|s| s.name.trim().to_lowercase() == wanted)
    }

    /// The selections in display order.
    pub fn iter(&self) -> impl Iterator<Item = &NamedSelection> {
        self.items.iter()
    }

    /// Number of selections.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there are no selections.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    fn push(&mut self, name: String, filter: Filter) -> SelectionId {
        // A project file written by hand may lack `next_id` or hold a lower
        // one; never hand out an id that is in use.
        let in_use = self.items.iter().map(|s| s.id.0 + 1).max().unwrap_or(0);
        let id = SelectionId(self.next_id.max(in_use));
        self.next_id = id.0 + 1;
        self.items.push(NamedSelection { id, name, filter });
        id
    }

    fn index_of(&self, id: SelectionId) -> Result<usize, SelectionsError> {
        self.items
            .iter()
            .position(|s| s.id == id)
            .ok_or(SelectionsError::NotFound(id))
    }

    fn get_mut(&mut self, id: SelectionId) -> Result<&mut NamedSelection, SelectionsError> {
        let index = self.index_of(id)?;
        Ok(&mut self.items[index])
    }

    /// `name` trimmed, if non-empty and not used by another selection.
    fn checked_name(
        &self,
        name: &str,
        own: Option<SelectionId>,
    ) -> Result<String, SelectionsError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(SelectionsError::EmptyName);
        }
        if let Some(own) = own {
            self.index_of(own)?;
        }
        if !self.name_is_free(name, own) {
            return Err(SelectionsError::NameTaken(name.to_owned()));
        }
        Ok(name.to_owned())
    }

    fn name_is_free(&self, name: &str, own: Option<SelectionId>) -> bool {
        self.find_by_name(name).is_none_or(|s| Some(s.id) == own)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(selections: &Selections) -> Vec<&str> {
        selections.iter().map(|s| s.name.as_str()).collect()
    }

    #[test]
    fn create_gives_unique_default_names_and_fresh_ids() {
        let mut s = Selections::new();
        let a = s.create(Filter::All, Language::Dutch);
        let b = s.create(Filter::All, Language::Dutch);
        assert_eq!(names(&s), ["Selectie 1", "Selectie 2"]);
        s.delete(a).unwrap();
        let c = s.create(Filter::All, Language::English);
        let d = s.create(Filter::All, Language::Dutch);
        assert_eq!(names(&s), ["Selectie 2", "Selection 1", "Selectie 1"]);
        let ids = [a, b, c, d].map(|id| id.0);
        assert_eq!(ids, [0, 1, 2, 3], "ids are never reused");
        s.rename(b, "Selectie 7").unwrap();
        let e = s.create(Filter::All, Language::Dutch);
        assert_eq!(s.get(e).unwrap().name, "Selectie 2");
    }

    #[test]
    fn rename_checks_names() {
        let mut s = Selections::new();
        let a = s.create_named("Ouders", Filter::All).unwrap();
        let b = s.create_named("Leraren", Filter::All).unwrap();
        assert_eq!(s.rename(b, "  "), Err(SelectionsError::EmptyName));
        assert_eq!(
            s.rename(b, " ouders "),
            Err(SelectionsError::NameTaken("ouders".into()))
        );
        s.rename(a, "OUDERS").unwrap();
        s.rename(b, "  Leraren PO ").unwrap();
        assert_eq!(names(&s), ["OUDERS", "Leraren PO"]);
        assert_eq!(
            s.rename(SelectionId(99), "x"),
            Err(SelectionsError::NotFound(SelectionId(99)))
        );
        assert!(s.create_named("leraren po", Filter::All).is_err());
    }

    #[test]
    fn duplicate_sits_after_its_original() {
        let mut s = Selections::new();
        let a = s
            .create_named("Hoop", Filter::text_contains("hoop"))
            .unwrap();
        s.create_named("Rest", Filter::All).unwrap();
        let copy = s.duplicate(a, Language::Dutch).unwrap();
        let again = s.duplicate(a, Language::Dutch).unwrap();
        assert_eq!(
            names(&s),
            ["Hoop", "Hoop (kopie 2)", "Hoop (kopie)", "Rest"]
        );
        assert_eq!(s.get(copy).unwrap().filter, Filter::text_contains("hoop"));
        assert_ne!(copy, again);
        s.move_to(again, 10).unwrap();
        assert_eq!(names(&s).last(), Some(&"Hoop (kopie 2)"));
        assert_eq!(
            s.duplicate(SelectionId(42), Language::Dutch),
            Err(SelectionsError::NotFound(SelectionId(42)))
        );
    }

    #[test]
    fn serde_round_trip_keeps_ids_fresh() {
        let mut s = Selections::new();
        let a = s.create(Filter::slider_at_least("voorbeeld", 70.0), Language::Dutch);
        s.create(Filter::All, Language::Dutch);
        s.delete(a).unwrap();
        let json = serde_json::to_string(&s).unwrap();
        let mut back: Selections = serde_json::from_str(&json).unwrap();
        assert_eq!(back, s);
        assert_eq!(back.create(Filter::All, Language::Dutch), SelectionId(2));
        // Without next_id (a hand-written file) ids still do not collide.
        let mut bare: Selections =
            serde_json::from_str(r#"{"items": [{"id": 5, "name": "x", "filter": "all"}]}"#)
                .unwrap();
        assert_eq!(bare.create(Filter::All, Language::Dutch), SelectionId(6));
    }
}
