//! Word lists for Russian, Polish and Czech: reporting verbs (past tenses by
//! their masculine form, the other genders and the plural derived by
//! [`slavic_cue`]; present tenses written out), `according to` words,
//! prepositions, pronouns and the words that open sentences. General
//! vocabulary of each language, nothing from a document.

use crate::core::lang::Lang;
use crate::core::lexicon::{List, Pronoun, Title, list, pronouns, titles};
use crate::core::mentions::Gender;

list!(
    /// Russian reporting verbs: the masculine past (`заявил`: `заявила`,
    /// `заявили` come from it) and present forms.
    RUSSIAN_CUES,
    "заявил сказал отметил подчеркнул сообщил добавил пояснил рассказал написал заметил",
    "признал признался уточнил объяснил ответил указал констатировал прокомментировал",
    "подытожил резюмировал цитирует процитировал рассказывал говорил заявлял отмечал",
    "подчеркивал подчёркивал предупредил напомнил возразил посетовал пожаловался выразил",
    "сообщал добавлял поделился высказался заверил пообещал призвал считал полагал",
    "обратил воскликнул продолжил сформулировал уверял утверждал настаивал признавался",
    "считает считают говорит говорят пишет пишут отмечает отмечают подчеркивает",
    "подчёркивает заявляет заявляют сообщает сообщают добавляет поясняет рассказывает",
    "объясняет уверен уверена уверены полагает утверждает признается признаётся",
    "говорится цитирует"
);

list!(
    /// Ukrainian reporting verbs, read with the Russian rules: the masculine past
    /// (`заявив`: `заявила`, `заявили` come from it) and present forms.
    UKRAINIAN_CUES,
    "заявив сказав додав зазначив повідомив наголосив пояснив розповів написав відповів",
    "підкреслив визнав уточнив нагадав попередив запевнив пообіцяв закликав висловився",
    "каже кажуть заявляє зазначає повідомляє наголошує пояснює розповідає пише додає"
);

list!(
    /// Polish reporting verbs: the masculine past (`powiedział`: `powiedziała`,
    /// `powiedzieli` come from it) and present forms.
    POLISH_CUES,
    "powiedział stwierdził dodał podkreślił zaznaczył napisał ocenił oświadczył przyznał",
    "wyjaśnił mówił zapowiedział przekonywał ostrzegł przytoczył zauważył odpowiedział",
    "skomentował relacjonował tłumaczył poinformował zapewnił uważał twierdził podsumował",
    "przypomniał zapytał apelował zaapelował wskazał ogłosił deklarował zadeklarował",
    "pisał dodawał podkreślał zaznaczał ocenia mówi twierdzi pisze dodaje podkreśla",
    "zaznacza uważa tłumaczy przekonuje wyjaśnia zauważa ostrzega przyznaje komentuje",
    "wskazuje zapewnia ocenił stwierdza opowiada opowiadał"
);

list!(
    /// Czech reporting verbs: the masculine past (`řekl`: `řekla`, `řekli` come
    /// from it) and present forms.
    CZECH_CUES,
    "řekl uvedl dodal prohlásil zdůraznil napsal poznamenal potvrdil vysvětlil upozornil",
    "konstatoval sdělil oznámil odpověděl připustil ocenil mínil tvrdil popsal svěřil",
    "prozradil okomentoval hodnotil přiznal doplnil podotkl uvedl informoval varoval",
    "zopakoval shrnul napsal líčil říkal psal přidal přirovnal kritizoval",
    "říká píše tvrdí dodává uvádí zdůrazňuje hodnotí přirovnává přidává vysvětluje",
    "upozorňuje míní prohlašuje konstatuje popisuje líčí svěřuje oznamuje potvrzuje",
    "myslí věří poznamenává doplňuje podotýká varuje kritizuje přiznává říkají tvrdí"
);

list!(
    /// Verbs of belief, Russian, Polish and Czech (the masculine past and the
    /// present, the other forms derived as for [`slavic_cue`]): what follows is
    /// the subject's view, not words said (`считает, что …`, `uważa, że …`,
    /// `domnívá se, že …`). Reported speech reads them ([`slavic_reported_cue`]);
/// [`slavic_belief`] tells them apart.
    SLAVIC_BELIEF,
    "считал считает считают полагал полагает полагают думал думает думают уверен уверена",
    "уверены убежден убеждена убеждены",
    "uważał uważa uważają sądził sądzi sądzą myślał myśli myślą",
    "myslel myslí domníval domnívá domnívají věřil věří mínil míní soudil soudí"
);

list!(
    /// More reporting verbs, Russian, Polish and Czech (perfective and
    /// imperfective pairs of those above): `подтвердил`/`подтверждает`,
    /// `przekazał`/`oświadczał`, `uváděl`/`prohlašoval`.
    SLAVIC_MORE_CUES,
    "подтвердил подтверждал подтверждает сообщило заявляла",
    "potwierdził potwierdza przekazał oświadczał oświadcza informował informuje zapowiada",
    "uváděl prohlašoval sděloval sděluje dodával potvrzoval"
);

list!(
    /// Words that, before a name in the genitive, make it the source of what
    /// follows: `по словам X`, `według X`, `podle X`.
    SLAVIC_ACCORDING,
    "по словам данным мнению сообщению информации",
    "według zdaniem podle"
);

list!(
    /// Prepositions: a capitalised word right after one is its object (`на
    /// Twitter`, `w Warszawie`, `na Twitter`), not the speaker.
    SLAVIC_PREPOSITIONS,
    "в во на с со из к о об у для по от до при за под над про через",
    "w we na z ze do o od dla po przy za pod nad przez u ku",
    "v ve na s se z ze do o od pro po při za pod nad přes u k ke"
);

/// `data/pronouns.tsv` without its comment lines: Russian, Ukrainian, Polish and
/// Czech third-person pronouns with their gender and number.
pub(crate) const PRONOUNS_TSV: &str =
    crate::core::links::uncommented::uncommented!(include_str!("data/pronouns.tsv"), "#");

pronouns!(
    /// Subject pronouns of the third person.
    SLAVIC_PRONOUNS,
    PRONOUNS_TSV,
    Pronoun::speaker
);

list!(
    /// Words that open sentences in capitals and are no names.
    SLAVIC_OPENERS,
    "однако также как это но и а при после ранее затем тогда так кроме еще ещё уже сейчас",
    "сегодня вчера он она они по в на его ее её их мы я",
    "jednak także jak to ale i a po przy wcześniej potem teraz dziś wczoraj on ona oni w na",
    "jego jej ich my ja też według",
    "však také jak to ale i a po při dříve pak nyní dnes včera on ona oni v na jeho její",
    "jejich my já podle taky"
);

/// `data/titles.tsv` without its comment lines: Russian, Ukrainian, Polish and
/// Czech titles with the gender they tell.
pub(crate) const TITLES_TSV: &str =
    crate::core::links::uncommented::uncommented!(include_str!("data/titles.tsv"), "#");

titles!(
    /// Titles and roles written before a name, in capitals at a sentence's start.
    SLAVIC_TITLES,
    TITLES_TSV,
    Title::before_name
);

/// The reporting verbs of `lang` as one set (for the present forms).
fn list_of(lang: Lang) -> Option<&'static List> {
    match lang {
        Lang::Ru => Some(&RUSSIAN_CUES),
        Lang::Pl => Some(&POLISH_CUES),
        Lang::Cs => Some(&CZECH_CUES),
        _ => None,
    }
}

/// Past-tense endings after the stem of the masculine form, with what they
/// tell of the speaker: `(ending, masculine ending, gender)`.
fn past_endings(lang: Lang) -> &'static [(&'static str, &'static str, Gender)] {
    match lang {
        Lang::Ru => &[
            ("ла", "л", Gender::Female),
            ("ли", "л", Gender::Unknown),
            ("ло", "л", Gender::Unknown),
            ("лась", "лся", Gender::Female),
            ("лись", "лся", Gender::Unknown),
        ],
        Lang::Pl => &[
            ("ła", "ł", Gender::Female),
            ("li", "ł", Gender::Unknown),
            ("ły", "ł", Gender::Unknown),
            ("ło", "ł", Gender::Unknown),
        ],
        Lang::Cs => &[
            ("la", "l", Gender::Female),
            ("li", "l", Gender::Unknown),
            ("ly", "l", Gender::Unknown),
            ("lo", "l", Gender::Unknown),
        ],
        _ => &[],
    }
}

/// Whether `word` is a reporting verb of `lang`, and the gender its form tells
/// (`заявила`: a woman; `заявил`: a man; the plural and present: unknown).
pub fn slavic_cue(lang: Lang, word: &str) -> Option<Gender> {
    let list = list_of(lang)?;
    let w = word.to_lowercase();
    // (Ukrainian: the masculine past ends in `-в`, the others as in Russian.)
    if lang == Lang::Ru {
        if UKRAINIAN_CUES.has(&w) {
            return Some(if w.ends_with('в') {
                Gender::Male
            } else {
                Gender::Unknown
            });
        }
        for (ending, gender) in [("ла", Gender::Female), ("ли", Gender::Unknown)] {
            let stem = w.strip_suffix(ending);
            if stem.is_some_and(|s| UKRAINIAN_CUES.has(&format!("{s}в"))) {
                return Some(gender);
            }
        }
    }
    forms_in(lang, &w, |f| list.has(f))
}

/// Whether `word` is a verb that reports speech or belief before a `что`/`że`/
/// `že` clause (the cues of [`slavic_cue`], more reporting verbs and the verbs
/// of belief), and the gender its form tells.
pub fn slavic_reported_cue(lang: Lang, word: &str) -> Option<Gender> {
    slavic_cue(lang, word).or_else(|| {
        list_of(lang)?;
        forms_in(lang, &word.to_lowercase(), |f| {
            SLAVIC_BELIEF.has(f) || SLAVIC_MORE_CUES.has(f)
        })
    })
}

/// Whether `word` is a verb of belief of `lang` (`считает`, `uważała`,
/// `domníval`): a cue whose clause is a view, not words said.
pub fn slavic_belief(lang: Lang, word: &str) -> bool {
    list_of(lang).is_some()
        && forms_in(lang, &word.to_lowercase(), |f| SLAVIC_BELIEF.has(f)).is_some()
}

/// Whether the lower-case word `w` is a form of a verb `has` holds (by its
/// masculine past or as written), and the gender its form tells.
fn forms_in(lang: Lang, w: &str, has: impl Fn(&str) -> bool) -> Option<Gender> {
    if has(w) {
        let masculine = matches!(
            (lang, w.chars().last()),
            (Lang::Ru, Some('л')) | (Lang::Pl, Some('ł')) | (Lang::Cs, Some('l'))
        ) || lang == Lang::Ru && w.ends_with("лся");
        return Some(if masculine {
            Gender::Male
        } else {
            Gender::Unknown
        });
    }
    for &(ending, masculine, gender) in past_endings(lang) {
        let Some(stem) = w.strip_suffix(ending) else {
            continue;
        };
        if has(&format!("{stem}{masculine}")) {
            return Some(gender);
        }
        // Polish `powiedzieli` from `powiedział`.
        if lang == Lang::Pl && ending == "li" {
            if let Some(s) = stem.strip_suffix("ie") {
                if has(&format!("{s}iał")) || has(&format!("{s}ał")) {
                    return Some(gender);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Lang;

    #[test]
    fn past_forms_tell_gender_and_number() {
        assert_eq!(slavic_cue(Lang::Ru, "заявил"), Some(Gender::Male));
        assert_eq!(slavic_cue(Lang::Ru, "заявила"), Some(Gender::Female));
        // Ukrainian, read with the Russian rules.
        assert_eq!(slavic_cue(Lang::Ru, "заявив"), Some(Gender::Male));
        assert_eq!(slavic_cue(Lang::Ru, "розповіла"), Some(Gender::Female));
        assert_eq!(slavic_cue(Lang::Ru, "повідомили"), Some(Gender::Unknown));
        assert_eq!(slavic_cue(Lang::Ru, "каже"), Some(Gender::Unknown));
        assert_eq!(slavic_cue(Lang::Pl, "заявив"), None);
        assert_eq!(slavic_cue(Lang::Ru, "Сказали"), Some(Gender::Unknown));
        assert_eq!(slavic_cue(Lang::Pl, "powiedziała"), Some(Gender::Female));
        assert_eq!(slavic_cue(Lang::Pl, "powiedzieli"), Some(Gender::Unknown));
        assert_eq!(slavic_cue(Lang::Cs, "řekla"), Some(Gender::Female));
        assert_eq!(slavic_cue(Lang::Cs, "říká"), Some(Gender::Unknown));
        assert_eq!(slavic_cue(Lang::Cs, "stůl"), None);
        assert_eq!(slavic_cue(Lang::Ru, "стол"), None);
    }

    #[test]
    fn belief_verbs_are_cues_marked_as_belief() {
        for (lang, w) in [
            (Lang::Ru, "считает"),
            (Lang::Ru, "думала"),
            (Lang::Pl, "uważa"),
            (Lang::Pl, "sądziła"),
            (Lang::Cs, "myslí"),
            (Lang::Cs, "domnívá"),
            (Lang::Cs, "domnívala"),
        ] {
            assert!(slavic_belief(lang, w), "{w}");
            assert!(slavic_reported_cue(lang, w).is_some(), "{w}");
        }
        for (lang, w) in [
            (Lang::Ru, "заявил"),
            (Lang::Pl, "powiedziała"),
            (Lang::Cs, "řekl"),
        ] {
            assert!(!slavic_belief(lang, w), "{w}");
        }
        assert_eq!(
            slavic_reported_cue(Lang::Pl, "przekazała"),
            Some(Gender::Female)
        );
        assert_eq!(slavic_reported_cue(Lang::Cs, "uváděl"), Some(Gender::Male));
        // (The quotation rules keep their own cues.)
        assert_eq!(slavic_cue(Lang::Pl, "sądził"), None);
    }
}
