//! The grammars: what each language tells the attribution engine. Adding a
//! language is a folder here and one line in [`grammar`]
//! (docs/adding-a-language.md).

use super::grammar::Grammar;
#[cfg(test)]
use super::grammar::Phrases;
use crate::core::lang::Lang;

pub(crate) mod cjk;
pub(crate) mod de;
pub(crate) mod en;
pub(crate) mod fallback;
pub(crate) mod nl;
pub(crate) mod romance;
pub(crate) mod slavic;

/// Every grammar, once.
pub(super) static GRAMMARS: &[&dyn Grammar] = &[
    &en::English,
    &de::grammar::German,
    &nl::Dutch,
    &romance::grammar::Romance(Lang::Fr),
    &slavic::grammar::Slavic(Lang::Ru),
    &cjk::grammar::Cjk,
    &fallback::Fallback,
];

/// The grammar that reads language `lang`.
pub(super) fn grammar(lang: Lang) -> &'static dyn Grammar {
    match lang {
        Lang::En => &en::English,
        Lang::De => &de::grammar::German,
        Lang::Nl => &nl::Dutch,
        Lang::Fr => &romance::grammar::Romance(Lang::Fr),
        Lang::Es => &romance::grammar::Romance(Lang::Es),
        Lang::Pt => &romance::grammar::Romance(Lang::Pt),
        Lang::It => &romance::grammar::Romance(Lang::It),
        Lang::Ru => &slavic::grammar::Slavic(Lang::Ru),
        Lang::Pl => &slavic::grammar::Slavic(Lang::Pl),
        Lang::Cs => &slavic::grammar::Slavic(Lang::Cs),
        Lang::Zh | Lang::Ja => &cjk::grammar::Cjk,
        Lang::Other => &fallback::Fallback,
    }
}

/// What language `lang` tells the shared readers of names and speaker phrases,
/// for their tests.
#[cfg(test)]
pub(crate) fn phrases(lang: Lang) -> &'static dyn Phrases {
    grammar(lang).phrases()
}
