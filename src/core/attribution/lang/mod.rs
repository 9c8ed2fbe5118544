//! The grammars: what each language tells the attribution engine.

pub(super) mod cjk;
pub(super) mod de;
pub(super) mod en;
pub(super) mod romance;
pub(super) mod slavic;
