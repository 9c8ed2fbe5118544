use crate::core::analyze;
use crate::core::offsets::Unit;
use crate::core::page::Page;
use crate::core::report::build;

/// Quote text, resolved speaker name and cue of each quote of `text` in `lang`.
fn quotes(lang: &str, text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let mut page = Page::from_text(text);
    page.lang = Some(lang.to_string());
    build(&page, &analyze(&page).unwrap(), Unit::Utf8)
        .quotes
        .into_iter()
        .map(|q| (q.text, q.speaker.map(|s| s.name), q.cue))
        .collect()
}

fn one(lang: &str, text: &str) -> (Option<String>, Option<String>) {
    let q = quotes(lang, text);
    assert_eq!(q.len(), 1, "{q:?}");
    (q[0].1.clone(), q[0].2.clone())
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn russian_dash_attribution_after_guillemets() {
    assert_eq!(
        one(
            "ru",
            "«Мы построим новый мост через реку уже в этом году», — заявил Иван Петров."
        ),
        (s("Иван Петров"), s("заявил"))
    );
    assert_eq!(
        one(
            "ru",
            "«Работы на мосту закончатся к осени следующего года» — сказала Анна Смирнова."
        ),
        (s("Анна Смирнова"), s("сказала"))
    );
}

#[test]
fn russian_straight_quotes_and_medium_between_verb_and_subject() {
    assert_eq!(
        one(
            "ru",
            "\"Мы благодарим всех болельщиков за поддержку в этом сезоне\", — написал в Telegram Олег Сидоров."
        ),
        (s("Олег Сидоров"), s("написал"))
    );
}

#[test]
fn russian_colon_introduction_and_po_slovam() {
    assert_eq!(
        one(
            "ru",
            "Министр Павел Орлов заявил: «Бюджет города будет увеличен в следующем году»."
        ),
        (s("Павел Орлов"), s("заявил"))
    );
    assert_eq!(
        one(
            "ru",
            "По словам Орлова, «бюджет города будет увеличен в следующем году и дальше»."
        ),
        (s("Орлова"), s("По словам"))
    );
}

#[test]
fn feminine_verb_without_subject_goes_back_to_the_woman_named() {
    let q = quotes(
        "cs",
        "Ministryně Jana Novotná přijela do Brna. \"Most bude opraven do konce roku a doprava se vrátí,\" řekla.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, s("Jana Novotná"));
}

#[test]
fn russian_feminine_pronoun_after_the_verb_refers_back() {
    let q = quotes(
        "ru",
        "Министр Мария Ковалева приехала в город. «Мы откроем новую школу уже в сентябре», — добавила она.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, s("Мария Ковалева"));
    assert_eq!(q[0].2, s("добавила"));
}

#[test]
fn genitive_place_before_a_name_is_not_part_of_it() {
    let q = quotes(
        "ru",
        "Нападающий сборной Бразилии Педро Алвес провел сто матчей. «Это был трудный, но очень счастливый год», — сказал Алвес.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, s("Педро Алвес"));
}

#[test]
fn polish_object_before_the_verb_after_a_dash() {
    assert_eq!(
        one(
            "pl",
            "„Kto rano wstaje, temu Pan Bóg daje” – to stare przysłowie przypomniał na konferencji minister Jan Zieliński."
        ),
        (s("Jan Zieliński"), s("przypomniał"))
    );
}

#[test]
fn quotation_after_a_sentence_about_a_named_source_is_its() {
    let q = quotes(
        "cs",
        "\"Tohle byl nejlepší zápas celé sezony, bez debat,\" řekl Petr Dvořák. Deník Sport to vidí jinak. \"Hráli pomalu a bez nápadu, fanoušci odcházeli zklamaní.\"",
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, s("Petr Dvořák"));
    assert_eq!(q[1].1, s("Deník Sport"));
}

#[test]
fn polish_lower_quote_and_dash_attribution() {
    assert_eq!(
        one(
            "pl",
            "„Odbudujemy ten most jeszcze w tym roku, obiecuję to wszystkim” – powiedziała Anna Kowalska."
        ),
        (s("Anna Kowalska"), s("powiedziała"))
    );
    assert_eq!(
        one(
            "pl",
            "Według Jana Nowaka „nikt nie spodziewał się tak dużych kosztów budowy mostu”."
        ),
        (s("Jana Nowaka"), s("Według"))
    );
}

#[test]
fn czech_verb_then_object_then_subject() {
    assert_eq!(
        one(
            "cs",
            "„Tohle je nejlepší sezona v historii našeho klubu, bez debat,“ píše na Twitter Petr Dvořák."
        ),
        (s("Petr Dvořák"), s("píše"))
    );
    assert_eq!(
        one(
            "cs",
            "\"Musíme hrát lépe a rychleji než v minulém zápase,\" přidává se Karel Novák, bývalý útočník."
        ),
        (s("Karel Novák"), s("přidává"))
    );
}

#[test]
fn capitalised_titles_in_marks_are_no_quotations() {
    assert!(
        quotes(
            "pl",
            "Okręt HMS „Queen Elizabeth” wypłynął z portu, a za nim fregata „Kent”."
        )
        .is_empty()
    );
}
/// The speakers' names of `text` in `lang`, as the report lists them, with
/// how many quotations each has.
fn speakers(lang: &str, text: &str) -> Vec<(String, usize)> {
    let mut page = Page::from_text(text);
    page.lang = Some(lang.to_string());
    build(&page, &analyze(&page).unwrap(), Unit::Utf8)
        .speakers
        .into_iter()
        .map(|s| (s.name, s.quotes))
        .collect()
}

#[test]
fn a_name_in_another_case_is_the_same_speaker() {
    // The genitive after `по словам`, `według`, `podle`: the person named before.
    assert_eq!(
        speakers(
            "ru",
            "«Мы построим новый мост через реку», — заявил Олег Соколов.\n\
             По словам Соколова, «работы начнутся уже весной и закончатся осенью»."
        ),
        [("Олег Соколов".to_string(), 2)]
    );
    assert_eq!(
        speakers(
            "pl",
            "„Most będzie gotowy w przyszłym roku” – powiedział Jan Nowak.\n\
             Według Nowaka „to jest najlepszy plan dla całego miasta”."
        ),
        [("Jan Nowak".to_string(), 2)]
    );
    assert_eq!(
        speakers(
            "cs",
            "„Most bude hotový už příští rok,“ řekl Petr Novák.\n\
             Podle Nováka „je to nejlepší plán pro celé město“."
        ),
        [("Petr Novák".to_string(), 2)]
    );
    // The genitive first, the nominative later: one speaker, shown in the nominative.
    assert_eq!(
        speakers(
            "pl",
            "Według Kowalskiej „ten projekt kosztuje za dużo pieniędzy”.\n\
             „Nie zgadzam się z tym planem” – powiedziała Kowalska."
        ),
        [("Kowalska".to_string(), 2)]
    );
}
