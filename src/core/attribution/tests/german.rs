use crate::core::analyze;
use crate::core::offsets::Unit;
use crate::core::page::Page;
use crate::core::report::{Report, build};

/// A German text: a first sentence, so the page reads as German, then `rest`.
fn report(rest: &str) -> Report {
    let text = format!(
        "Die Debatte über das Gesetz ist nicht beendet, und die Fraktion ist sich nicht einig. {rest}"
    );
    let page = Page::from_text(&text);
    build(&page, &analyze(&page).unwrap(), Unit::Utf8)
}

/// Quote text, speaker mention and name, and cue.
type Row = (String, Option<String>, Option<String>, Option<String>);

/// A [`Row`] for every quote.
fn rows(rest: &str) -> Vec<Row> {
    report(rest)
        .quotes
        .into_iter()
        .map(|q| {
            (
                q.text,
                q.speaker.as_ref().map(|s| s.mention.clone()),
                q.speaker.map(|s| s.name),
                q.cue,
            )
        })
        .collect()
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn weak_and_strong_german_reporting_verbs_in_every_form() {
    let q = rows("Die Bauern berichteten über „große Schäden an den Feldern“.");
    assert_eq!(
        (q[0].1.clone(), q[0].3.clone()),
        (s("Die Bauern"), s("berichteten"))
    );
    let q = rows("Von „schweren Fehlern“ sprechen Kritiker der Reform.");
    assert_eq!(q[0].1, s("Kritiker"));
}

#[test]
fn reported_speech_goes_on_with_the_speaker_of_a_reporting_clause() {
    // `erklärte X, …` with the subject between the verb and the comma.
    let q = rows(
        "In seiner Rede erklärte Schulze, die Stadt brauche neue Schulen. \
         Sie werde „so schnell wie möglich“ bauen.",
    );
    assert_eq!(q[0].1, s("Schulze"));
    // `…, sagt X.` after the reported clause.
    let q = rows(
        "Wer betroffen ist, sollte einen Anwalt fragen, sagt Müller. \
         Nicht jede Forderung sei „wirklich berechtigt“.",
    );
    assert_eq!(q[0].1, s("Müller"));
}

#[test]
fn a_colon_between_two_german_quotations_opens_a_new_one() {
    let r = report(
        "Der Trainer sprach von einem „kleinen Wunder“: „Wir hatten heute sehr viel Glück.“",
    );
    assert_eq!(r.quotes.len(), 2, "{:?}", r.quotes);
}

#[test]
fn a_separable_verb_with_its_particle_after_the_quotation_is_a_cue() {
    let q = rows("Zugleich wies ein Sprecher der Stadt den Bericht als „völlig haltlos“ zurück.");
    assert_eq!(
        (q[0].1.clone(), q[0].3.clone()),
        (s("ein Sprecher der Stadt"), s("wies"))
    );
    // Without its particle the verb reports nothing.
    let q = rows("Am Ende wies der Wegweiser auf die „alte Mühle“ am Fluss.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_source_before_zufolge_is_the_speaker_unless_a_verb_has_one() {
    let q = rows("Dem Gutachten zufolge sind die Brücken „in einem sehr schlechten Zustand“.");
    assert_eq!(
        (q[0].1.clone(), q[0].3.clone()),
        (s("Dem Gutachten"), s("zufolge"))
    );
    let q = rows(
        "Im Ausschuss sagte die Ministerin einigen Abgeordneten zufolge: „Wir müssen sparen.“",
    );
    assert_eq!(q[0].1, s("die Ministerin"));
}

#[test]
fn titles_and_names_in_marks_after_a_noun_for_a_thing_are_not_quotations() {
    let q = rows("Die Firma sagte, die neue Raumkapsel „Blue Horizon“ werde bald fliegen.");
    assert!(q.is_empty(), "{q:?}");
    let q =
        rows("Der Verein wirbt mit dem Motto: „Gemeinsam Stark“ für neue Mitglieder, sagte er.");
    assert!(q.is_empty(), "{q:?}");
    // A noun for words is no title: `verteidigte die Bezeichnung „…“`.
    let q = rows("Der Minister verteidigte die Bezeichnung „Chaoten“ für die Randalierer.");
    assert_eq!(q[0].1, s("Der Minister"));
}

#[test]
fn a_lower_case_fragment_speaks_through_the_person_who_is_its_sentences_subject() {
    let q = rows(
        "Der Ankläger Peter Brandt sprach am Montag. \
         Vor Gericht sieht Brandt einen „klaren Fall von Betrug“ und will eine Strafe.",
    );
    assert_eq!(q[0].1, s("Brandt"));
    // A title opens with a capital: no one's words.
    let q = rows("Der Sänger Peter Brandt trat auch in der Show „Große Bühne“ auf.");
    assert!(q.is_empty(), "{q:?}");
    // A subject whose verb is in the subjunctive reports someone else's words.
    let q = rows(
        "Der Ankläger Peter Brandt sprach am Montag. \
         Demnach sei er „nicht zu entschuldigen“ gewesen.",
    );
    assert!(q.iter().all(|r| r.1 != s("er")), "{q:?}");
}

#[test]
fn the_finite_verb_after_a_long_phrase_or_a_subordinate_clause_opens_the_subject() {
    // Any verb after a prepositional phrase, not only one with a weak ending.
    let q = rows(
        "Bei einer Sitzung des Ausschusses für Verkehr in der Hauptstadt warb Schulze mit den Worten: „Wir brauchen mehr Busse.“",
    );
    assert_eq!(q[0].1, s("Schulze"));
    // The first word after a subordinate clause's comma is the main verb.
    let q = rows("Als der Beamte kam, biss der Mann um sich und rief: „Lasst mich sofort gehen!“");
    assert_eq!(q[0].1, s("der Mann"));
    // An adverb, a verb, then its subject.
    let q = rows("Dabei griff sie den Präsidenten an: „Das ist nicht hinnehmbar.“");
    assert_eq!(q[0].1, s("sie"));
}

#[test]
fn a_new_clause_after_a_fragment_has_its_own_subject() {
    let q = rows(
        "Der Stürmer Peter Brandt nannte die Entscheidung „völlig überzogen“, \
         Trainer Klaus Weber bezeichnete sie als „sehr hart“.",
    );
    assert_eq!(q[0].2, s("Peter Brandt"));
    assert!(
        q[1].2
            .as_deref()
            .is_some_and(|n| n.ends_with("Klaus Weber")),
        "{q:?}"
    );
}

#[test]
fn a_demonstrative_after_the_verb_is_the_speaker() {
    let q = rows(
        "In einem Gespräch mit dem Anwalt Peter Brandt sagte dieser, die Lage sei „sehr ernst“.",
    );
    assert_eq!(q[0].1, s("dieser"));
}

#[test]
fn a_quotation_after_a_sentence_about_a_person_is_that_persons() {
    let q = rows(
        "Der Reporter fragte Peter Brandt nach dem Streit. Später spielte er den Streit herunter. \
         „Es tut mir nicht leid, was ich gesagt habe.“",
    );
    assert_eq!(q[0].1, s("er"));
}

#[test]
fn so_before_a_verb_after_a_quotation_opens_the_attribution() {
    let q =
        rows("„Er ist ein harter Verhandler“, so beschrieb ihn der Gewerkschafter Peter Brandt.");
    assert!(
        q[0].2
            .as_deref()
            .is_some_and(|n| n.ends_with("Peter Brandt")),
        "{q:?}"
    );
}

#[test]
fn two_quotations_joined_by_und_share_their_speaker() {
    let q = rows("Er sagte: „Wir kommen wieder.“ Und: „Wir geben nicht auf.“");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, s("Er"));
}

#[test]
fn der_before_an_adjective_in_en_is_no_subject() {
    let q = rows("Der örtlichen Zeitung sagte Peter Brandt: „Wir bleiben hier.“");
    assert!(
        q[0].2
            .as_deref()
            .is_some_and(|n| n.ends_with("Peter Brandt")),
        "{q:?}"
    );
}

#[test]
fn nouns_after_an_article_are_no_person() {
    // `die Polizei Versammlungen` is no one's name, so no fragment speaks through it.
    let q = rows("Künftig soll die Polizei Versammlungen filmen, wenn ein „hohes Risiko“ besteht.");
    assert!(q.iter().all(|r| r.1.is_none()), "{q:?}");
}

#[test]
fn reported_speech_goes_on_with_the_cue_of_the_sentence_before() {
    let q = rows(
        "Die Ministerin Anna Schulze sprach sich gegen neue Steuern aus. \
         Zwar sei Sparen nötig, das habe aber nichts mit „Kürzungen um jeden Preis“ zu tun.",
    );
    assert!(
        q[0].2
            .as_deref()
            .is_some_and(|n| n.ends_with("Anna Schulze")),
        "{q:?}"
    );
}

#[test]
fn a_title_in_marks_after_its_article_is_a_speaker_phrase() {
    let q = rows("„Das Update kommt zu spät“, schreibt die „Fachzeitung“ in ihrer Ausgabe.");
    assert_eq!(q[0].1, s("die „Fachzeitung“"));
    // `zitiert die Zeitung X`: the one quoted is X.
    let q = rows("„Wir liefern im Mai“, zitiert die „Fachzeitung“ Peter Brandt in einem Bericht.");
    assert_eq!(q[0].1, s("Peter Brandt"));
}

#[test]
fn words_in_marks_after_a_noun_for_a_work_or_a_name_are_its_title() {
    let q = rows("Im Mai erschien ihr erstes Buch: „Wir gehen nach Hause“.");
    assert!(q.is_empty(), "{q:?}");
    let q = rows("Das Thema des Abends lautete „Neue Wege für alte Städte“.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_verb_after_a_noun_beats_a_word_with_a_verbs_ending() {
    let q = rows(
        "Nach einem langen Flug zusammen mit seinen Kollegen Paul Maier und Jan Kurz lenkte er die Fähre \
         zum Hafen und meldete sich mit den Worten: „Wir sind angekommen.“",
    );
    assert_eq!(q[0].1, s("er"));
    // An adjective before its noun is no verb.
    let q = rows(
        "Spöttisch, wohl auf die Presse reagierend, veröffentlichte der Verfasser folgenden Kommentar dazu: \
         „Wer gestrichen werden möchte, soll sich melden.“",
    );
    assert_eq!(q[0].1, s("der Verfasser"));
}

#[test]
fn a_noun_for_a_person_refers_to_the_one_whose_title_it_ends() {
    let q = rows(
        "Rechtsanwalt Peter Brandt schreibt im Netz: „Ich bin sehr zufrieden!“ \
         Am Ende rufen wir bei Peter Brandt an, dem Kieler Anwalt des Vereins. \
         „Jetzt also auch bei mir“, sagt der Anwalt.",
    );
    assert_eq!(q[1].1, s("der Anwalt"));
    assert!(
        q[1].2
            .as_deref()
            .is_some_and(|n| n.ends_with("Peter Brandt")),
        "{q:?}"
    );
}

#[test]
fn sources_after_nach_der_ankuendigung_in_parentheses_and_before_als() {
    let q = rows(
        "Nach der Ankündigung der Ministerin soll die Frist „um vier Jahre verschoben“ werden.",
    );
    assert_eq!(q[0].1, s("der Ministerin"));
    let q = rows("„Die Wahl war frei und fair.“ (Stiftung Wahlbeobachtung).");
    assert_eq!(q[0].1, s("Stiftung Wahlbeobachtung"));
    // A name spelled out before its abbreviation is no quotation's source.
    let q = rows("Die Partei „Neue Mitte Links“ (NML) trat an.");
    assert!(q.iter().all(|r| r.1.is_none()), "{q:?}");
    let q = rows("Eine radikale Gruppe feierte die Absage als „großen Sieg für das Land“.");
    assert!(
        q[0].1.as_deref().is_some_and(|n| n.ends_with("Gruppe")),
        "{q:?}"
    );
}

#[test]
fn the_main_clause_after_a_wie_clause_has_its_own_subject() {
    let q = rows(
        "Wie die Zeitung „Der Bote“ berichtete, soll Brandt zu Weber gesagt haben: „Du bist raus.“",
    );
    assert!(
        q[0].1.as_deref().is_some_and(|n| n.starts_with("Brandt")),
        "{q:?}"
    );
    // … but the subject of a clause-final cue inside the `wie` clause.
    let q =
        rows("Wie der Richter, Peter Brandt, ausführte, hätte es „ein großes Unglück“ gegeben.");
    assert_eq!(q[0].1, s("der Richter"));
}

#[test]
fn passive_zitiert_and_davon_ausgehen_attribute_fragments() {
    let q = rows(
        "Das ist eine echte Chance, „ganz nach vorn zu kommen“, wird Peter Brandt, Chef der Firma, zitiert.",
    );
    assert!(
        q[0].2
            .as_deref()
            .is_some_and(|n| n.ends_with("Peter Brandt")),
        "{q:?}"
    );
    let q = rows(
        "Zu dieser Zeit ging die Anwältin Anna Weber noch davon aus, dass alles „gut gehen werde“.",
    );
    assert!(
        q[0].2.as_deref().is_some_and(|n| n.ends_with("Anna Weber")),
        "{q:?}"
    );
}

#[test]
fn a_name_in_an_apposition_right_before_the_verb_is_the_speaker() {
    let q = rows(
        "Die Ministerin Anna Weber wies das zurück, die Sprecherin der Fraktion, Eva Brandt (Grüne), erklärte: „Das ist Unsinn.“",
    );
    assert_eq!(q[0].1, s("Eva Brandt"));
}

#[test]
fn the_source_of_a_reproach_and_the_main_clause_after_a_wie_clause() {
    let q = rows(
        "Auf den Vorwurf der Opposition, es handele sich um einen „teuren Irrweg“, mit dem man Geld verschwende, ging die Stadt nicht ein.",
    );
    assert_eq!(q[0].1, s("der Opposition"));
    let q = rows(
        "Wie der Sender berichtet, gab Sprecher Peter Brandt der Presse eine Antwort: „Nein.“",
    );
    assert!(
        q[0].1
            .as_deref()
            .is_some_and(|n| n.ends_with("Peter Brandt")),
        "{q:?}"
    );
}

#[test]
fn an_object_opening_the_sentence_leaves_the_subject_after_the_verb() {
    let q = rows("Die Kritik der Opposition wies die Landesregierung zurück: „Das ist falsch.“");
    assert_eq!(q[0].1, s("die Landesregierung"));
    let q = rows("Jegliche Schuld an dem Unfall weist Weber von sich: „Ich war nicht dort.“");
    assert_eq!(q[0].1, s("Weber"));
    // A body or a person opening the sentence stays its subject.
    let q = rows("Die Landesregierung wies die Kritik zurück: „Das ist falsch.“");
    assert_eq!(q[0].1, s("Die Landesregierung"));
}

#[test]
fn nouns_for_people_and_descriptions_speak_through_fragments() {
    let q = rows("Meteorologen rechnen jedoch mit „sehr starken Regenfällen“ am Wochenende.");
    assert_eq!(q[0].1, s("Meteorologen"));
    // A fragment right before a verb is part of the subject: no one's words.
    let q = rows("Ein nicht genannter Sprecher der „neuen firma“ bezeichnet den Kauf als „klug“.");
    assert!(
        q.iter()
            .any(|r| r.0 == "klug" && r.1.as_deref().is_some_and(|n| n.ends_with("Sprecher"))),
        "{q:?}"
    );
}

#[test]
fn relative_clauses_reflexives_and_stellung_nehmen() {
    let q = rows(
        "Damit fällt die Marke, die Peter Brandt im Wahlkampf zum Ziel erklärt hatte: „Wir schaffen das bis zum Jahr 2030.“",
    );
    assert_eq!(q[0].1, s("Peter Brandt"));
    let q = rows("Der Plan, oder, wie sich Weber ausdrückte, „das große Aufräumen“ stehe bevor.");
    assert_eq!(q[0].1, s("Weber"));
    let q = rows(
        "Am Rande der Sitzung nahm auch der Minister, Peter Brandt, zu der Frage Stellung. \
         Jeder könne „das Geld jetzt abholen“.",
    );
    assert!(
        q[0].1.as_deref().is_some_and(|n| n.contains("Minister")),
        "{q:?}"
    );
}

#[test]
fn adverbs_between_the_verb_and_its_subject_are_skipped() {
    let q = rows(
        "So hat sich etwa die Vorsitzende des Verbands gegen den Plan ausgesprochen und behauptet, \
         er komme nur durch „Tricks“ zustande.",
    );
    assert_eq!(q[0].1, s("die Vorsitzende des Verbands"));
}

#[test]
fn texts_speak_what_stands_in_them() {
    let q = rows(
        "Derzeit steht im neuen Gesetzentwurf noch der Satz: „Die Daten sind sofort zu löschen.“",
    );
    assert_eq!(q[0].1, s("Gesetzentwurf"));
    let q = rows("Das Grundgesetz erlaubt das jedoch nur „zur Abwehr einer akuten Gefahr“.");
    assert_eq!(q[0].1, s("Das Grundgesetz"));
}

#[test]
fn a_cue_after_two_coordinated_fragments_speaks_for_both() {
    let q = rows("Von „grober“ oder „bewusster Täuschung“ sprechen Kritiker der Reform.");
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|r| r.1 == s("Kritiker")), "{q:?}");
}

#[test]
fn passive_agents_with_vom_and_clauses_with_zumal() {
    let q = rows(
        "Die Gefahr von Bränden wird vom Wetterdienst des Landes als „äußerst hoch“ eingestuft.",
    );
    assert_eq!(q[0].1, s("Wetterdienst"));
    let q = rows(
        "Die Richterin lehnte ab, zumal Verteidiger Peter Brandt betont hatte, er sei „nicht gefährlich“.",
    );
    assert!(
        q[0].2
            .as_deref()
            .is_some_and(|n| n.ends_with("Peter Brandt")),
        "{q:?}"
    );
}

#[test]
fn a_capitalised_fragment_with_lower_case_words_is_someones_words() {
    let q = rows(
        "Der Betriebsrat Peter Brandt sprach am Montag. \
         Vor Gericht sieht Brandt einen „Angriff gegen die Belegschaft“, es stehe viel auf dem Spiel.",
    );
    assert_eq!(q[0].1, s("Brandt"));
}

#[test]
fn a_clause_about_a_title_then_a_colon_introduces_the_title() {
    let q = rows(
        "Den Namen der neuen Sendung gab der Sender auch bekannt: „Die Stadt – Geschichten aus dem Alltag“.",
    );
    assert!(q.is_empty(), "{q:?}");
    let q = rows(
        "Das Thema des diesjährigen Treffens lautete „Neue Wege – die Zukunft der Städte in einer alten Welt“.",
    );
    assert!(q.is_empty(), "{q:?}");
    // A statement after a colon is someone's words.
    let q = rows("Der Sender gab seine Entscheidung bekannt: „Wir stellen die Sendung ein.“");
    assert_eq!(q.len(), 1, "{q:?}");
}

#[test]
fn the_outlet_that_quotes_a_speaker_is_the_medium() {
    let media = |rest: &str| -> Vec<Option<String>> {
        report(rest).quotes.into_iter().map(|q| q.medium).collect()
    };
    assert_eq!(
        media("Ein Fernsehsender zitierte Weber mit den Worten: „Ich bleibe im Amt.“"),
        vec![s("Ein Fernsehsender")]
    );
    assert_eq!(
        media("„Das wird groß“, zitiert die „Fachzeitung“ Brandt in einem Bericht."),
        vec![s("die „Fachzeitung“")]
    );
}

#[test]
fn the_last_person_of_a_list_before_a_colon_speaks() {
    let q = rows(
        "Viele gratulierten, so der Bürgermeister Anton Weiß, die Ministerin Eva Brandt \
         und der Botschafter Jens Olsen: „Das ist ein großer Tag für uns alle.“",
    );
    assert_eq!(q[0].1, s("Botschafter Jens Olsen"));
}

#[test]
fn words_in_parentheses_after_a_name_and_a_titled_subject() {
    let q = rows(
        "Viele gratulierten, etwa Anton Weiß („Mir fällt niemand ein, der das mehr verdient hätte.“), \
         und die Ministerin Eva Brandt: „Der Preis kommt nicht zu früh.“",
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, s("Anton Weiß"));
    let q = rows(
        "Der „Ausschuss Bürgerrechte“, ein Gremium der Initiative, kritisierte den Einsatz und sprach von „Versuchen einer Eskalation“.",
    );
    assert_eq!(q[0].1, s("Der „Ausschuss Bürgerrechte“"));
}

#[test]
fn glosses_works_definitions_and_names_after_a_cue_are_not_quotations() {
    for text in [
        "In der Partei Nova Alba („Neue Morgenröte für das Land“) sammeln sich die Rechten.",
        "Es gab Vorträge wie „Wie die Stadt ihre Dörfer verschluckte“ von Klaus Brendler.",
        "Die Fähre brachte Material. „Aurora“ ist ein Projekt der Raumfahrtagentur.",
        "Die Lage sei ernst, zitiert „Radio Nord“ aus einer Stellungnahme.",
    ] {
        let q = rows(text);
        assert!(q.is_empty(), "{text}: {q:?}");
    }
    // … but a whole sentence in parentheses after a name is that person's.
    let q = rows("Viele gratulierten, etwa Anton Weiß („Das hat er verdient.“), und andere.");
    assert_eq!(q[0].1, s("Anton Weiß"));
}

#[test]
fn heisst_es_without_a_source_names_no_speaker() {
    let q = rows(
        "Der Sprecher Peter Brandt sagte: „Wir wissen noch nichts.“ \
         Später hieß es, „zehn Menschen“ seien verletzt worden.",
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!((q[1].1.clone(), q[1].3.clone()), (None, s("hieß es")));
}

#[test]
fn demnach_and_wonach_stand_for_the_source_named_before() {
    let q = rows(
        "Die Behörde hatte den Antrag abgelehnt. Demnach sei er „nicht ausreichend begründet“ gewesen.",
    );
    assert_eq!(q[0].1, s("Demnach"));
    let q = rows(
        "Die Sicht des Ministers, wonach es „ein ausgewogenes Gesetz“ geben werde, teilt die Opposition nicht.",
    );
    assert_eq!(q[0].1, s("wonach"));
}

#[test]
fn so_x_in_a_sentence_with_a_title_carries_reported_speech() {
    let q = rows(
        "Doch sei es, so der Autor Peter Brandt in einem Beitrag für die „Abendpost“, ein Fehler gewesen. \
         Deshalb müsse „die Regierung endlich handeln“.",
    );
    assert!(
        q.iter().any(|r| r.0 == "die Regierung endlich handeln"
            && r.2.as_deref().is_some_and(|n| n.ends_with("Peter Brandt"))),
        "{q:?}"
    );
    let q = rows(
        "In der Zeitung fand sich dazu die Feststellung „Mit diesem Ziel stellen wir uns neu auf“.",
    );
    assert_eq!(q[0].1, s("der Zeitung"));
}

#[test]
fn darin_steht_points_back_to_the_text_named_before() {
    let q = rows(
        "Die Behörde gab am Dienstag eine Stellungnahme ab. Darin steht unter anderem: \
         „Wir hätten ihn früher festnehmen können.“",
    );
    assert_eq!(q[0].1, s("eine Stellungnahme"));
}

#[test]
fn the_thing_on_which_words_stood_speaks_them() {
    let q = rows("An jeder Tür hing ein Zettel, auf dem geschrieben stand: „Bitte nicht stören.“");
    assert!(
        q[0].1.as_deref().is_some_and(|n| n.contains("Zettel")),
        "{q:?}"
    );
}

#[test]
fn a_relative_pronoun_subject_stands_for_what_it_follows() {
    let q = rows(
        "Die Regierung stützt die Rhetorik eines Verbandes, der die Gefahr einer „Invasion durch Fremde“ beschwört.",
    );
    assert_eq!(q[0].1, s("eines Verbandes"));
    // … not in a passive, where the relative names what was done to it.
    let q = rows(
        "Weber selbst schrieb in einer Erklärung, die im Netz veröffentlicht wurde: „Ich trete zurück.“",
    );
    assert_eq!(q[0].1, s("Weber"));
}
