//! The language of a text: declared by the page (`<html lang>`), else guessed
//! from how often each language's commonest function words occur.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// A language the rules know something about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// German.
    De,
    /// Dutch.
    Nl,
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
        Lang::Nl,
        "het een van niet dat op voor ook maar hij bij zijn aan naar werd",
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
    let mut map: HashMap<&str, Vec<Lang>> = HashMap::default();
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
        "nl" => Lang::Nl,
        "fr" => Lang::Fr,
        "es" => Lang::Es,
        "pt" => Lang::Pt,
        "it" => Lang::It,
        // (Ukrainian is read with the Russian rules: its cue verbs are in their list.)
        "ru" | "uk" => Lang::Ru,
        "pl" => Lang::Pl,
        "cs" => Lang::Cs,
        "zh" => Lang::Zh,
        "ja" => Lang::Ja,
        "" => return None,
        _ => Lang::Other,
    })
}

/// The language of a text mostly in Cyrillic, Chinese characters or Japanese
/// kana, from its first 4,000 letters: kana tell Japanese from Chinese. A text
/// mostly in a script no rules read (Greek, Arabic, Hebrew, Hangul, Devanagari,
/// Thai…) is [`Lang::Other`]; a text mostly in Latin letters, `None`.
fn guess_script(text: &str) -> Option<Lang> {
    let (mut letters, mut cyrillic, mut han, mut kana, mut unread) = (0usize, 0, 0, 0, 0);
    for c in text.chars().filter(|c| c.is_alphabetic()).take(4000) {
        letters += 1;
        match c {
            '\u{0400}'..='\u{04FF}' => cyrillic += 1,
            '\u{3040}'..='\u{30FF}' => kana += 1,
            '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => han += 1,
            // Greek, Armenian, Hebrew, Arabic and the scripts of India and
            // South-East Asia; Georgian; Hangul.
            '\u{0370}'..='\u{03FF}'
            | '\u{0530}'..='\u{08FF}'
            | '\u{0900}'..='\u{0FFF}'
            | '\u{10A0}'..='\u{10FF}'
            | '\u{1100}'..='\u{11FF}'
            | '\u{AC00}'..='\u{D7AF}'
            | '\u{FB1D}'..='\u{FEFF}' => unread += 1,
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
    } else if unread * 2 > letters {
        Some(Lang::Other)
    } else {
        None
    }
}

/// How many of each language's function words the first `max_words` words of
/// `text` hold, how many different ones, and how many words were read.
fn marker_counts(text: &str, max_words: usize) -> (usize, HashMap<Lang, (usize, usize)>) {
    let mut score: HashMap<Lang, (usize, usize)> = HashMap::default();
    let mut seen: rustc_hash::FxHashSet<(Lang, &'static str)> = Default::default();
    let mut words = 0;
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(max_words)
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
        if let Some((&marker, langs)) = lower.and_then(|w| WORD_LANG.get_key_value(w.as_ref())) {
            for &l in langs {
                let entry = score.entry(l).or_default();
                entry.0 += 1;
                entry.1 += usize::from(seen.insert((l, marker)));
            }
        }
    }
    (words, score)
}

/// The language of `text`, guessed from its script, else from its first 2,000 words.
pub fn guess(text: &str) -> Lang {
    if let Some(lang) = guess_script(text) {
        return lang;
    }
    let (words, score) = marker_counts(text, 2000);
    // (Equal counts: English, else the language listed first in `Lang`, whatever
    // order the map holds them in.)
    let best = score
        .into_iter()
        .map(|(l, (n, _))| (l, n))
        .max_by_key(|&(l, n)| (n, l == Lang::En, std::cmp::Reverse(l as u8)));
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

/// Fewer words than this, and a paragraph in Latin letters keeps the page's
/// language: a short line has too few function words to tell.
const MIN_GUESSED_WORDS: usize = 12;

/// The language of one paragraph of a page in `page`'s language: the `lang`
/// its element (or the nearest ancestor with one) declares, if any; else a
/// guess when the paragraph clearly differs from the page: mostly in another
/// script (Cyrillic on an English page; Latin letters on a Chinese page are no
/// signal by themselves), or, in Latin letters, at least [`MIN_GUESSED_WORDS`]
/// words whose function words are one language's (three different ones at
/// least) at least twice as often as any other's;
/// else the page's language. Chinese characters on a Japanese page stay
/// Japanese (a line may have no kana).
pub fn of_paragraph(declared_tag: Option<&str>, text: &str, page: Lang) -> Lang {
    if let Some(lang) = declared_tag.and_then(declared) {
        return lang;
    }
    match guess_script(text) {
        Some(lang) if lang.is_cjk() && page.is_cjk() => return page,
        // (A page in a language the rules do not know, Bulgarian or Serbian, is
        // not read with the Russian rules for being in Cyrillic.)
        Some(Lang::Ru) if page == Lang::Other => return page,
        Some(lang) => return lang,
        None => {}
    }
    let (words, score) = marker_counts(text, 400);
    if words < MIN_GUESSED_WORDS {
        return page;
    }
    let mut ranked: Vec<(Lang, (usize, usize))> = score.into_iter().collect();
    super::sort::by_key(&mut ranked, |&(l, (n, _))| {
        super::sort::descending(n) << 1 | u128::from(l != page)
    });
    // (Three different function words at least: an English `I` is no Polish `i`.)
    match ranked.as_slice() {
        [(lang, (n, distinct)), rest @ ..]
            if *distinct >= 3
                && n * 10 >= words
                && rest.first().is_none_or(|&(_, (m, _))| m * 2 <= *n) =>
        {
            *lang
        }
        _ => page,
    }
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
    fn guesses_dutch_by_its_function_words_and_no_other_language_as_dutch() {
        assert_eq!(
            guess(
                "De burgemeester zei dat de brug niet op tijd klaar is, maar hij wil het ook niet uitstellen."
            ),
            Lang::Nl
        );
        assert_eq!(
            guess("„Het plan is van de baan”, zei de minister bij een bezoek aan Utrecht."),
            Lang::Nl
        );
        assert_eq!(declared("nl"), Some(Lang::Nl));
        assert_eq!(declared("nl-BE"), Some(Lang::Nl));
        assert_eq!(declared("nl_NL"), Some(Lang::Nl));
        // (English about Dutch names, German, Afrikaans declared: not Dutch.)
        assert_eq!(
            guess("Van der Berg said that the bridge over the river will be rebuilt by Van Dijk."),
            Lang::En
        );
        assert_eq!(
            guess("Die Ministerin sagte, dass die Brücke nicht vor dem Winter fertig wird."),
            Lang::De
        );
        assert_eq!(declared("af"), Some(Lang::Other));
        let nl = "De wethouder zei dat het plan voor de nieuwe brug niet op tijd klaar is en dat hij het ook niet weet.";
        assert_eq!(of_paragraph(None, nl, Lang::En), Lang::Nl);
        let en = "The alderman from Van Dijk said that the plan for the new bridge will not be ready on time.";
        assert_eq!(of_paragraph(None, en, Lang::Nl), Lang::En);
        assert_eq!(of_paragraph(None, en, Lang::En), Lang::En);
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
    #[test]
    fn a_paragraph_keeps_its_declared_language_else_a_clear_guess_else_the_page() {
        let en = "The mayor said that the bridge will be rebuilt.";
        assert_eq!(of_paragraph(Some("fr-CA"), en, Lang::En), Lang::Fr);
        assert_eq!(of_paragraph(Some("uk"), en, Lang::En), Lang::Ru);
        assert_eq!(of_paragraph(Some("sv"), en, Lang::En), Lang::Other);
        assert_eq!(of_paragraph(None, en, Lang::En), Lang::En);
        // Another script: Cyrillic, Greek, Arabic, Hangul.
        let ru = "«Мост будет готов к весне», — сказал глава района.";
        assert_eq!(of_paragraph(None, ru, Lang::En), Lang::Ru);
        assert_eq!(
            of_paragraph(
                None,
                "«Η γέφυρα θα είναι έτοιμη», είπε ο δήμαρχος.",
                Lang::De
            ),
            Lang::Other
        );
        assert_eq!(
            of_paragraph(None, "قال رئيس البلدية إن الجسر سيكون جاهزا", Lang::En),
            Lang::Other
        );
        assert_eq!(
            of_paragraph(None, "시장은 “다리를 다시 짓겠다”고 말했다.", Lang::En),
            Lang::Other
        );
        // (Cyrillic on a page in a language the rules do not know stays unknown;
        // Chinese characters with no kana on a Japanese page stay Japanese.)
        assert_eq!(of_paragraph(None, ru, Lang::Other), Lang::Other);
        assert_eq!(
            of_paragraph(None, "首相官邸発表、新内閣人事決定済。", Lang::Ja),
            Lang::Ja
        );
        // Latin letters: a long paragraph whose function words are clearly another language's.
        let fr = "Le maire a dit que le pont sera reconstruit pour les habitants de la ville et des environs.";
        assert_eq!(of_paragraph(None, fr, Lang::En), Lang::Fr);
        assert_eq!(of_paragraph(None, fr, Lang::Zh), Lang::Fr);
        let de = "Der Bürgermeister sagte, dass die Brücke nicht mit dem Geld der Stadt gebaut wird und auch nicht bald.";
        assert_eq!(of_paragraph(None, de, Lang::En), Lang::De);
        // … but not a short one, nor one that mixes: the page's language then.
        assert_eq!(
            of_paragraph(
                None,
                "Le maire a dit que le pont sera reconstruit.",
                Lang::En
            ),
            Lang::En
        );
        // (English with `I` and `a` many times: not Polish, not Czech.)
        let english = "“Honestly, I said I did not know him, I never met him, and I told a friend a story,” Doe said.";
        assert_eq!(of_paragraph(None, english, Lang::En), Lang::En);
        let mixed = "The mayor of la ville said that le pont and the road of the port will be rebuilt for les habitants.";
        assert_eq!(of_paragraph(None, mixed, Lang::En), Lang::En);
    }

    /// The quotations of a page in `page_lang` whose paragraphs are `(lang, text)`:
    /// (text, speaker's name, cue).
    fn quotations(
        page_lang: &str,
        paragraphs: &[(&str, &str)],
    ) -> Vec<(String, Option<String>, Option<String>)> {
        use crate::core::page::{Block, Element, Page};
        use crate::core::span::Span;
        let mut page = Page {
            lang: Some(page_lang.to_string()),
            ..Page::default()
        };
        page.elements.push(Element {
            tag: "article".into(),
            ..Element::default()
        });
        for (lang, text) in paragraphs {
            if !page.text.is_empty() {
                page.text.push_str("\n\n");
            }
            page.elements.push(Element {
                tag: "p".into(),
                lang: lang.to_string(),
                parent: Some(0),
                ..Element::default()
            });
            let start = page.text.len();
            page.text.push_str(text);
            page.blocks.push(Block {
                span: Span::new(start, page.text.len()),
                element: Some(page.elements.len() - 1),
            });
        }
        let analysis = crate::core::analyze(&page).unwrap();
        let report = crate::core::report::build(&page, &analysis, crate::core::offsets::Unit::Utf8);
        report
            .quotes
            .into_iter()
            .filter(|q| q.kind != "indirect")
            .map(|q| (q.text, q.speaker.map(|s| s.name), q.cue))
            .collect()
    }

    #[test]
    fn each_paragraph_is_read_with_the_rules_of_its_language() {
        let q = quotations(
            "en",
            &[
                (
                    "",
                    "The council met on Tuesday to discuss the new bridge over the river.",
                ),
                (
                    "fr",
                    "« Nous allons reconstruire ce pont », a déclaré la maire Claire Fontaine.",
                ),
                (
                    "pl",
                    "„Most będzie gotowy w przyszłym roku” – powiedział Jan Kowalczyk.",
                ),
                ("ru", "«Мы построим новый мост», — заявила Анна Смирнова."),
                (
                    "nl",
                    "„De brug gaat volgend jaar open”, zei wethouder Pieter Bakker.",
                ),
                ("", "“We will pay for it,” said the treasurer."),
            ],
        );
        let got: Vec<(Option<&str>, Option<&str>)> = q
            .iter()
            .map(|(_, s, c)| (s.as_deref(), c.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (Some("Claire Fontaine"), Some("a déclaré")),
                (Some("Jan Kowalczyk"), Some("powiedział")),
                (Some("Анна Смирнова"), Some("заявила")),
                (Some("Pieter Bakker"), Some("zei")),
                (Some("the treasurer"), Some("said")),
            ],
            "{q:?}"
        );
        // The same French paragraph with no `lang` of its own, long enough to tell.
        let q = quotations(
            "en",
            &[(
                "",
                "« Nous allons reconstruire ce pont pour les habitants de la ville », a déclaré la maire Claire Fontaine dans un communiqué.",
            )],
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("a déclaré"));
    }

    #[test]
    fn in_a_language_without_rules_a_colon_or_a_known_verb_keeps_a_short_quotation() {
        // Danish and Turkish verbs of speech after the quotation; a colon before
        // it; a Hindi verb before it. A title in marks is still no quotation.
        let q = quotations(
            "en",
            &[
                ("da", "»Vi bygger broen igen«, sagde borgmesteren."),
                ("tr", "“Köprüyü yeniden yapacağız” dedi belediye başkanı."),
                ("ar", "قالت رئيسة البلدية: «سنعيد بناء الجسر»."),
                ("hi", "महापौर ने कहा, \"हम पुल फिर बनाएंगे।\""),
                ("ko", "시장은 “다리를 다시 놓겠다”고 말했다."),
                ("th", "ผู้ว่าการกล่าวว่า“เราจะสร้างสะพานใหม่”"),
                ("he", "לדבריה, \"נבנה את הגשר\"."),
                ("ko", "시장은 “새 다리”를 보았다."),
                (
                    "sv",
                    "Borgmästaren läste upp listan med ”Broar och vägar” i salen.",
                ),
            ],
        );
        let texts: Vec<&str> = q.iter().map(|(t, _, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Vi bygger broen igen",
                "Köprüyü yeniden yapacağız",
                "سنعيد بناء الجسر",
                "हम पुल फिर बनाएंगे।",
                "다리를 다시 놓겠다",
                "เราจะสร้างสะพานใหม่",
                "נבנה את הגשר",
            ]
        );
    }
}
