//! [`EmbeddedData`]: the dataset inside the project file, so a project can
//! be mailed and opened without its source export.
//!
//! Format `storylens-columns-v1`: the dataset as JSON in a column layout of
//! our own (below), zlib-compressed (flate2's pure-Rust backend, with the
//! Adler-32 check catching a damaged copy) and base64-encoded. The layout
//! is ours rather than the model's serde form because the model stores
//! missing numbers as NaN, which JSON cannot hold; here they are `null`.
//! Decoding rebuilds the dataset through [`Dataset::new`], so a damaged or
//! hand-edited payload is checked like any import.

use std::io::Read;
use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use flate2::Compression;
use flate2::read::ZlibDecoder;
use flate2::write::ZlibEncoder;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::{
    ChoiceColumn, Codebook, Column, Dataset, DatasetError, MultiColumn, NumberColumn, StonesColumn,
    StoryId, TextColumn, TriadColumn,
};

/// The one format written today.
pub const EMBEDDED_FORMAT: &str = "storylens-columns-v1";

/// A dataset compressed into the project file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmbeddedData {
    /// The encoding, [`EMBEDDED_FORMAT`] for every file written today.
    pub format: String,
    /// Shared, so undo snapshots of a project do not copy megabytes.
    #[serde(serialize_with = "ser_arc", deserialize_with = "de_arc")]
    pub compressed: Arc<str>,
}

fn ser_arc<S: Serializer>(value: &Arc<str>, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value)
}

fn de_arc<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Arc<str>, D::Error> {
    String::deserialize(deserializer).map(Arc::from)
}

/// Why embedded data could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.sentence(crate::i18n::Language::English))]
pub enum EmbedError {
    /// Data in a format this version cannot read (written by a newer Storylens); the format's name.
    UnknownFormat(String),
    /// The compressed data does not decode; the decoder's message.
    Damaged(String),
    /// The data decodes but does not make a valid dataset.
    Invalid(#[from] DatasetError),
}

impl EmbedError {
    /// What is wrong with the embedded data, in `language`.
    pub fn sentence(&self, language: crate::i18n::Language) -> String {
        use crate::i18n::fill;
        let e = language.errors();
        match self {
            Self::UnknownFormat(format) => fill(e.embed_unknown_format, &[("format", format)]),
            Self::Damaged(detail) => fill(e.embed_damaged, &[("detail", detail)]),
            Self::Invalid(error) => fill(e.embed_invalid, &[("detail", &error.sentence(language))]),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Columns {
    name: String,
    story_ids: Vec<StoryId>,
    codebook: Codebook,
    columns: Vec<EncodedColumn>,
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum EncodedColumn {
    Text {
        texts: Vec<Option<String>>,
    },
    Number {
        values: Vec<Option<f64>>,
        not_applicable: Vec<usize>,
    },
    Single(ChoiceColumn),
    Multi(MultiColumn),
    Triad {
        parts: [Vec<Option<f64>>; 3],
        not_applicable: Vec<usize>,
    },
    Stones {
        x: Vec<Vec<Option<f64>>>,
        y: Vec<Vec<Option<f64>>>,
    },
}

fn encode_values(values: &[f64]) -> Vec<Option<f64>> {
    values.iter().map(|v| (!v.is_nan()).then_some(*v)).collect()
}

fn decode_values(values: Vec<Option<f64>>) -> Vec<f64> {
    values.into_iter().map(|v| v.unwrap_or(f64::NAN)).collect()
}

impl EncodedColumn {
    fn encode(column: &Column) -> Self {
        match column {
            Column::Text(c) => Self::Text {
                texts: (0..c.len())
                    .map(|row| c.get(row).map(str::to_owned))
                    .collect(),
            },
            Column::Number(c) => Self::Number {
                values: encode_values(&c.values),
                not_applicable: c.not_applicable.clone(),
            },
            Column::Single(c) => Self::Single(c.clone()),
            Column::Multi(c) => Self::Multi(c.clone()),
            Column::Triad(c) => Self::Triad {
                parts: [&c.top, &c.left, &c.right].map(|p| encode_values(p)),
                not_applicable: c.not_applicable.clone(),
            },
            Column::Stones(c) => Self::Stones {
                x: c.x.iter().map(|v| encode_values(v)).collect(),
                y: c.y.iter().map(|v| encode_values(v)).collect(),
            },
        }
    }

    fn decode(self) -> Column {
        match self {
            Self::Text { texts } => {
                let mut column = TextColumn::default();
                texts.iter().for_each(|t| column.push(t.as_deref()));
                Column::Text(column)
            }
            Self::Number {
                values,
                not_applicable,
            } => Column::Number(NumberColumn {
                values: decode_values(values),
                not_applicable,
            }),
            Self::Single(c) => Column::Single(c),
            Self::Multi(c) => Column::Multi(c),
            Self::Triad {
                parts: [top, left, right],
                not_applicable,
            } => Column::Triad(TriadColumn {
                top: decode_values(top),
                left: decode_values(left),
                right: decode_values(right),
                not_applicable,
            }),
            Self::Stones { x, y } => Column::Stones(StonesColumn {
                x: x.into_iter().map(decode_values).collect(),
                y: y.into_iter().map(decode_values).collect(),
            }),
        }
    }
}

impl EmbeddedData {
    /// Compresses `dataset`.
    pub fn from_dataset(dataset: &Dataset) -> Self {
        let columns = Columns {
            name: dataset.name.clone(),
            story_ids: dataset.story_ids().to_vec(),
            codebook: dataset.codebook().clone(),
            columns: dataset
                .questions()
                .map(|(_, c)| EncodedColumn::encode(c))
                .collect(),
        };
        let mut encoder = ZlibEncoder::new(Vec::new(), Compression::default());
        // Serialising plain structs of strings, integers and finite floats
        // into memory cannot fail, nor can writing into a Vec.
        let compressed = serde_json::to_writer(&mut encoder, &columns)
            .ok()
            .and_then(|()| encoder.finish().ok())
            .unwrap_or_default();
        Self {
            format: EMBEDDED_FORMAT.to_owned(),
            compressed: Arc::from(STANDARD.encode(compressed)),
        }
    }

    /// Decompresses and checks the dataset.
    pub fn dataset(&self) -> Result<Dataset, EmbedError> {
        if self.format != EMBEDDED_FORMAT {
            return Err(EmbedError::UnknownFormat(self.format.clone()));
        }
        let damaged = |e: &dyn std::fmt::Display| EmbedError::Damaged(e.to_string());
        let bytes = STANDARD
            .decode(self.compressed.as_bytes())
            .map_err(|e| damaged(&e))?;
        let mut json = Vec::new();
        ZlibDecoder::new(bytes.as_slice())
            .read_to_end(&mut json)
            .map_err(|e| damaged(&e))?;
        let columns: Columns = serde_json::from_slice(&json).map_err(|e| damaged(&e))?;
        let decoded = columns
            .columns
            .into_iter()
            .map(EncodedColumn::decode)
            .collect();
        Ok(Dataset::new(
            columns.name,
            columns.story_ids,
            columns.codebook,
            decoded,
        )?)
    }
}

impl super::Project {
    /// Stores `dataset` in the project (replacing any stored before).
    pub fn embed(&mut self, dataset: &Dataset) {
        self.embedded_data = Some(EmbeddedData::from_dataset(dataset));
    }

    /// The stored dataset, if the project holds one.
    pub fn embedded_dataset(&self) -> Result<Option<Dataset>, EmbedError> {
        self.embedded_data
            .as_ref()
            .map(EmbeddedData::dataset)
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::{Project, SourceRef};

    #[test]
    fn demo_round_trips_with_missing_and_not_applicable_answers() {
        let dataset = crate::demo::demo_dataset();
        let mut project = Project::new("demo", SourceRef::Demo);
        assert!(project.embedded_dataset().unwrap().is_none());
        project.embed(&dataset);
        let back = project.embedded_dataset().unwrap().unwrap();
        // NaN != NaN, so compare column presence and values row by row.
        assert_eq!(back.story_ids(), dataset.story_ids());
        assert_eq!(back.codebook(), dataset.codebook());
        for ((_, a), (_, b)) in dataset.questions().zip(back.questions()) {
            for row in 0..dataset.len() {
                assert_eq!(a.presence(row), b.presence(row));
            }
            if let (Column::Number(a), Column::Number(b)) = (a, b) {
                for (x, y) in a.values.iter().zip(&b.values) {
                    assert!(x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan()));
                }
            }
        }
        let size = project.embedded_data.as_ref().unwrap().compressed.len();
        assert!(size < 2_000_000, "embedded demo is {size} bytes");
    }

    #[test]
    fn damaged_or_unknown_data_is_an_error_not_a_panic() {
        let data = EmbeddedData {
            format: EMBEDDED_FORMAT.into(),
            compressed: Arc::from("bm90IHpsaWI="),
        };
        assert!(matches!(data.dataset(), Err(EmbedError::Damaged(_))));
        let data = EmbeddedData {
            format: "storylens-columns-v9".into(),
            compressed: Arc::from(""),
        };
        assert!(matches!(data.dataset(), Err(EmbedError::UnknownFormat(_))));
    }
}
