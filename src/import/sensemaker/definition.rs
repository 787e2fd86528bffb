//! The SenseMaker framework definition (`*_Definition.json`): every
//! signifier's id, type, title, anchors (`labels`), list items and stones.
//!
//! Read leniently through `serde_json::Value`: the platform writes some
//! scalars as one-element arrays (`"name": ["ADemo"]`) and leaves unused
//! parts as `{}`, and other versions differ in detail. Titles hold HTML
//! (`quality<br>demands`); [`strip_html`] makes them plain text.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::super::error::{DefinitionDetail, ImportError, display_name};

/// The signifier types the import understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignifierType {
    Triad,
    Dyad,
    Stones,
    List,
    FreeText,
    /// Labels, images, buttons, … (no answers) or types we do not know.
    Other(String),
}

/// An anchor, list item or stone: an id with a title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Labelled {
    pub id: String,
    pub title: String,
}

/// One signifier of the framework.
#[derive(Clone, Debug, PartialEq)]
pub struct Signifier {
    pub id: String,
    pub kind: SignifierType,
    pub title: String,
    pub fragment: bool,
    /// Triad anchors (top, left, right) or dyad poles (left, right).
    pub labels: Vec<Labelled>,
    pub items: Vec<Labelled>,
    pub stones: Vec<Labelled>,
    pub x_axis: (String, String),
    pub y_axis: (String, String),
    pub max_responses: Option<u64>,
}

/// A framework definition: signifiers by id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Definition {
    pub signifiers: HashMap<String, Signifier>,
}

impl Definition {
    /// Reads and parses the definition at `path`.
    pub fn load(path: &Path) -> Result<Self, ImportError> {
        let bytes = crate::files::read_limited(path, crate::files::MAX_READ_BYTES)
            .map_err(|e| ImportError::unreadable(path, e))?;
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        let value: Value = serde_json::from_slice(bytes).map_err(|e| ImportError::Definition {
            file: display_name(path),
            detail: DefinitionDetail::NotJson(e.to_string()),
        })?;
        Self::from_json(&value).ok_or_else(|| ImportError::Definition {
            file: display_name(path),
            detail: DefinitionDetail::NoSignifiers,
        })
    }

    /// Parses a definition; `None` when there is no `signifiers` list.
    pub fn from_json(value: &Value) -> Option<Self> {
        let list = value.get("signifiers")?.as_array()?;
        let fragment_id = scalar(value.get("fragment_signifier_id"));
        let signifiers = list
            .iter()
            .filter_map(|s| signifier(s, fragment_id.as_deref()))
            .map(|s| (s.id.clone(), s))
            .collect();
        Some(Self { signifiers })
    }

    pub fn get(&self, id: &str) -> Option<&Signifier> {
        self.signifiers.get(id)
    }
}

fn signifier(value: &Value, fragment_id: Option<&str>) -> Option<Signifier> {
    let id = scalar(value.get("id"))?;
    let content = value.get("content");
    let kind = match scalar(value.get("type"))?.to_lowercase().as_str() {
        "triad" => SignifierType::Triad,
        "dyad" | "slider" => SignifierType::Dyad,
        "stones" => SignifierType::Stones,
        "list" => SignifierType::List,
        "freetext" | "free_text" | "text" => SignifierType::FreeText,
        other => SignifierType::Other(other.to_owned()),
    };
    let labelled = |key: &str, title_key: &str| -> Vec<Labelled> {
        content
            .and_then(|c| c.get(key))
            .and_then(Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .filter_map(|item| {
                        Some(Labelled {
                            id: scalar(item.get("id"))?,
                            title: strip_html(&scalar(item.get(title_key)).unwrap_or_default()),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let axis = |name: &str| -> (String, String) {
        let axis = content
            .and_then(|c| c.get("axis"))
            .and_then(|a| a.get(name));
        let label =
            |key: &str| strip_html(&scalar(axis.and_then(|a| a.get(key))).unwrap_or_default());
        (label("start_label"), label("end_label"))
    };
    let fragment =
        value.get("fragment").and_then(truthy).unwrap_or(false) || fragment_id == Some(id.as_str());
    Some(Signifier {
        title: strip_html(&scalar(value.get("title")).unwrap_or_default()),
        kind,
        fragment,
        labels: labelled("labels", "text"),
        items: labelled("items", "title"),
        stones: labelled("stones", "title"),
        x_axis: axis("x"),
        y_axis: axis("y"),
        max_responses: content
            .and_then(|c| c.get("max_responses"))
            .and_then(|v| v.as_u64().or_else(|| scalar(Some(v))?.parse().ok())),
        id,
    })
}

/// A string or number, or the first element of an array of them.
fn scalar(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => scalar(items.first()),
        _ => None,
    }
}

fn truthy(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::Array(items) => items.first().and_then(truthy),
        _ => None,
    }
}

/// Plain text from a title with HTML: tags removed (`<br>` and block tags
/// become spaces), entities decoded, whitespace collapsed.
pub fn strip_html(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' if in_tag => in_tag = false,
            _ if in_tag => {}
            _ => text.push(c),
        }
    }
    let decoded = decode_entities(&text);
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(rest.get(..at).unwrap_or_default());
        let tail = rest.get(at..).unwrap_or_default();
        let end = tail.find(';').filter(|&e| e <= 10);
        let entity = end.and_then(|e| tail.get(1..e));
        let decoded = entity.and_then(|name| match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" | "#39" => Some('\''),
            "nbsp" => Some(' '),
            _ => name
                .strip_prefix("#x")
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                .and_then(char::from_u32),
        });
        match (decoded, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = tail.get(e + 1..).unwrap_or_default();
            }
            _ => {
                out.push('&');
                rest = tail.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

/// The definition beside `data`: `ADemo_Data.csv` → `ADemo_Definition.json`
/// (trying every `_` cut of the name), else the only `*definition*.json`
/// in the folder.
pub fn find_beside(data: &Path) -> Option<PathBuf> {
    let folder = data.parent()?;
    let stem = data.file_stem()?.to_string_lossy().into_owned();
    let mut cuts: Vec<&str> = stem
        .match_indices('_')
        .filter_map(|(at, _)| stem.get(..at))
        .collect();
    cuts.reverse();
    for prefix in std::iter::once(stem.as_str()).chain(cuts) {
        let candidate = folder.join(format!("{prefix}_Definition.json"));
        if candidate.is_file() {
            return Some(candidate);
        }
    }
    let entries = std::fs::read_dir(folder).ok()?;
    let found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().to_lowercase())
                .unwrap_or_default();
            name.ends_with(".json") && name.contains("definition")
        })
        .collect();
    match found.as_slice() {
        [only] => Some(only.clone()),
        _ => None,
    }
}

/// The name a definition for `data` would have, for the warning when none
/// is found.
pub fn expected_name(data: &Path) -> String {
    let stem = data
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let project = stem.split('_').next().unwrap_or(&stem);
    format!("{project}_Definition.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_titles_become_plain_text() {
        assert_eq!(strip_html("quality<br>demands"), "quality demands");
        assert_eq!(
            strip_html("<div>heavily<br> micro-managed</div>"),
            "heavily micro-managed"
        );
        assert_eq!(strip_html("A &amp; B&nbsp;&#233; &x"), "A & B é &x");
        assert_eq!(strip_html("<h5>SAVE</h5>"), "SAVE");
    }
}
