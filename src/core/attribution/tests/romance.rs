//! The French, Spanish, Portuguese and Italian cases are data: `tests/data/attribution/{fr,es,pt,it}.toml`.
