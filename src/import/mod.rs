//! Import: file → `RawTable` → layout recognisers → `Codebook` + `Dataset`, with warnings.
