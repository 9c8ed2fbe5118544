//! The reported-speech cases are data: `tests/data/attribution/en-reported.toml`.
