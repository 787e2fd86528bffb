//! Integration tests of the import pipeline: files the tests write
//! themselves in every dialect and encoding, the real exports in
//! `../shared/fixtures`, broken inputs, and a property test.

mod chunks;
mod edits;
mod errors;
mod extremes;
mod fidelity;
mod generic;
mod helpers;
mod hostile;
mod job;
mod narrafirma;
mod props;
mod roundtrip;
mod sensemaker;
mod spryng;
