//! Integration tests of `selaras-embed`: equivalence with the Python reference and
//! invariants of the public API.

mod properties;
mod reference;
