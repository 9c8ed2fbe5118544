//! The German cases are data: `tests/data/attribution/de.toml`.
