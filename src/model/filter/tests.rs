//! Tests of filters on hand-made data and on the demo.
