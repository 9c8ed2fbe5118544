//! The Russian, Polish and Czech cases are data: `tests/data/attribution/{ru,pl,cs}.toml`.
