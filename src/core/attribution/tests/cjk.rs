//! The Chinese and Japanese cases are data: `tests/data/attribution/{zh,ja}.toml`.
