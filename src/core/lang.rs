//! The language of a text: declared by the page (`<html lang>`), else guessed
//! from how often each language's commonest function words occur.

use std::collections::HashMap;
use std::sync::LazyLock;

/// A language the rules know something about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Portuguese.
    Pt,
    /// Italian.
    It,
    /// Any other, or not enough text to tell.
    Other,
}

impl Lang {
    /// French, Spanish, Portuguese or Italian: the languages whose attributions
    /// `attribution/romance.rs` reads.
    pub fn is_romance(self) -> bool {
        matches!(self, Lang::Fr | Lang::Es | Lang::Pt | Lang::It)
    }
}

/// Each language's commonest function words (lower case): frequent, short and
/// rarely shared, so a few hundred words of text tell the languages apart.
const MARKERS: &[(Lang, &str)] = &[
    (
        Lang::En,
        "the and of to is was that for with he his said are have by",
    ),
    (
        Lang::De,
        "der die und das nicht ist mit sich des den dem auch sie ein eine",
    ),
    (
        Lang::Fr,
        "le la les et des est une dans pour qui sur au par pas ce du",
    ),
    (
        Lang::Es,
        "el los las y del que en por con una para es se al lo",
    ),
    (
        Lang::Pt,
        "o os as e do da que em para com uma não por se ao dos",
    ),
    (
        Lang::It,
        "il di che la per non una sono della con gli del le nel è",
    ),
];

static WORD_LANG: LazyLock<HashMap<&'static str, Vec<Lang>>> = LazyLock::new(|| {
    let mut map: HashMap<&str, Vec<Lang>> = HashMap::new();
    for &(lang, words) in MARKERS {
        for w in words.split_whitespace() {
            map.entry(w).or_default().push(lang);
        }
    }
    map
});

/// The language a declared `lang` attribute names (`en-US`, `de`), if known.
pub fn declared(tag: &str) -> Option<Lang> {
    let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    Some(match primary.as_str() {
        "en" => Lang::En,
        "de" => Lang::De,
        "fr" => Lang::Fr,
        "es" => Lang::Es,
        "pt" => Lang::Pt,
        "it" => Lang::It,
        "" => return None,
        _ => Lang::Other,
    })
}

/// The language of `text`, guessed from its first 2,000 words.
pub fn guess(text: &str) -> Lang {
    let mut score: HashMap<Lang, usize> = HashMap::new();
    let mut words = 0;
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(2000)
    {
        words += 1;
        if w.len() > 4 {
            continue;
        }
        // (Short ASCII words are lower-cased on the stack.)
        let mut buf = [0u8; 4];
        let lower = if w.is_ascii() {
            let b = &mut buf[..w.len()];
            b.copy_from_slice(w.as_bytes());
            b.make_ascii_lowercase();
            std::str::from_utf8(b).ok().map(std::borrow::Cow::Borrowed)
        } else {
            Some(std::borrow::Cow::Owned(w.to_lowercase()))
        };
        if let Some(langs) = lower.and_then(|w| WORD_LANG.get(w.as_ref())) {
            for &l in langs {
                *score.entry(l).or_default() += 1;
            }
        }
    }
    let best = score.into_iter().max_by_key(|&(l, n)| (n, l == Lang::En));
    match best {
        // At least two markers, and one word in twenty: otherwise too little to tell.
        Some((lang, n)) if n * 20 >= words && n >= 2 => lang,
        _ => Lang::Other,
    }
}

/// The page's language: as declared, else as guessed.
pub fn of_page(declared_tag: Option<&str>, text: &str) -> Lang {
    declared_tag
        .and_then(declared)
        .unwrap_or_else(|| guess(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses_the_languages_of_the_corpus() {
        assert_eq!(
            guess("The mayor said that the bridge will be rebuilt, and he was sure of it."),
            Lang::En
        );
        assert_eq!(
            guess("Der Bürgermeister sagte, dass die Brücke nicht mit dem Geld gebaut wird."),
            Lang::De
        );
        assert_eq!(
            guess("Le maire a dit que le pont sera reconstruit pour les habitants de la ville."),
            Lang::Fr
        );
        assert_eq!(
            guess("El alcalde dijo que el puente se construirá para los vecinos de la ciudad."),
            Lang::Es
        );
        assert_eq!(guess("東京は晴れです。"), Lang::Other);
    }

    #[test]
    fn declared_language_wins() {
        assert_eq!(
            of_page(Some("de-CH"), "The mayor said that the bridge"),
            Lang::De
        );
        assert_eq!(
            of_page(Some(""), "The mayor said that the bridge is"),
            Lang::En
        );
        assert_eq!(declared("ja"), Some(Lang::Other));
    }
}
