//! Chart specs and the data every view draws from.
