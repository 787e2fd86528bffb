//! Tests of filters: evaluation on a small hand-made dataset and on the
//! demo, the filter language, descriptions, and the text round trip.

mod describe;
mod eval;
mod fixture;
mod limits;
mod parse;
mod phrase;
mod round_trip;
