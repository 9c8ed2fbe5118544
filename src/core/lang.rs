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
    /// Russian.
    Ru,
    /// Polish.
    Pl,
    /// Czech.
    Cs,
    /// Chinese.
    Zh,
    /// Japanese.
    Ja,
    /// Any other, or not enough text to tell.
    Other,
}

impl Lang {
    /// French, Spanish, Portuguese or Italian: the languages whose attributions
    /// `attribution/romance.rs` reads.
    pub fn is_romance(self) -> bool {
        matches!(self, Lang::Fr | Lang::Es | Lang::Pt | Lang::It)
    }

    /// Russian, Polish or Czech: the languages whose attributions
    /// `attribution/slavic.rs` reads.
    pub fn is_slavic(self) -> bool {
        matches!(self, Lang::Ru | Lang::Pl | Lang::Cs)
    }

    /// Chinese or Japanese: no spaces between words, read by `attribution/cjk.rs`.
    pub fn is_cjk(self) -> bool {
        matches!(self, Lang::Zh | Lang::Ja)
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
    (
        Lang::Pl,
        "się nie jest że w i przez jak już jej oraz był dla być tym",
    ),
    (
        Lang::Cs,
        "se je že v a jsou také jeho pro při byl jako když není podle",
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
        "ru" => Lang::Ru,
        "pl" => Lang::Pl,
        "cs" => Lang::Cs,
        "zh" => Lang::Zh,
        "ja" => Lang::Ja,
        "" => return None,
        _ => Lang::Other,
    })
}

/// The language of a text mostly in Cyrillic, Chinese characters or Japanese
/// kana, from its first 4,000 letters: kana tell Japanese from Chinese.
fn guess_script(text: &str) -> Option<Lang> {
    let (mut letters, mut cyrillic, mut han, mut kana) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()).take(4000) {
        letters += 1;
        match c {
            '\u{0400}'..='\u{04FF}' => cyrillic += 1,
            '\u{3040}'..='\u{30FF}' => kana += 1,
            '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => han += 1,
            _ => {}
        }
    }
    if letters < 10 {
        return None;
    }
    if cyrillic * 2 > letters {
        Some(Lang::Ru)
    } else if (han + kana) * 2 > letters {
        Some(if kana * 10 >= han + kana {
            Lang::Ja
        } else {
            Lang::Zh
        })
    } else {
        None
    }
}

/// The language of `text`, guessed from its script, else from its first 2,000 words.
pub fn guess(text: &str) -> Lang {
    if let Some(lang) = guess_script(text) {
        return lang;
    }
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
    fn guesses_slavic_and_cjk_languages_by_script_and_function_words() {
        assert_eq!(
            guess("Мэр города заявил, что мост будет построен в следующем году."),
            Lang::Ru
        );
        assert_eq!(
            guess("Burmistrz powiedział, że most nie jest gotowy i że się go odbuduje w tym roku."),
            Lang::Pl
        );
        assert_eq!(
            guess("Starosta řekl, že most je v havarijním stavu a že se opraví také jeho okolí."),
            Lang::Cs
        );
        assert_eq!(
            guess("市长表示，这座桥将在明年重建，居民对此表示欢迎。"),
            Lang::Zh
        );
        assert_eq!(
            guess("市長は記者会見で「橋は来年に再建する」と述べた。住民は歓迎している。"),
            Lang::Ja
        );
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
        assert_eq!(declared("ja"), Some(Lang::Ja));
        assert_eq!(declared("zh-Hans"), Some(Lang::Zh));
        assert_eq!(declared("ko"), Some(Lang::Other));
    }
}
