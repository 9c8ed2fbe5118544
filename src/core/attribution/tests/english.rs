use crate::core::analyze;
use crate::core::offsets::Unit;
use crate::core::page::Page;
use crate::core::report::{Report, build};

fn report(text: &str) -> Report {
    let page = Page::from_text(text);
    build(&page, &analyze(&page).unwrap(), Unit::Utf8)
}

/// Quote text, speaker name, mention and cue.
pub(super) type Row = (String, Option<String>, Option<String>, Option<String>);

/// A [`Row`] for every quote.
fn quotes(text: &str) -> Vec<Row> {
    rows(report(text))
}

/// A [`Row`] for every quote of `report` (the language modules' tests too).
pub(super) fn rows(report: Report) -> Vec<Row> {
    report
        .quotes
        .into_iter()
        .map(|q| {
            (
                q.text,
                q.speaker.as_ref().map(|s| s.name.clone()),
                q.speaker.map(|s| s.mention),
                q.cue,
            )
        })
        .collect()
}

/// The one quotation (in marks) of `text`; reported speech around it aside.
fn one(text: &str) -> Row {
    let mut q: Vec<Row> = report(text)
        .quotes
        .into_iter()
        .filter(|q| q.kind != "indirect")
        .map(|q| {
            (
                q.text,
                q.speaker.as_ref().map(|s| s.name.clone()),
                q.speaker.map(|s| s.mention),
                q.cue,
            )
        })
        .collect();
    assert_eq!(q.len(), 1, "{q:?}");
    q.remove(0)
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn attributes_name_said_after_quote() {
    let q = one("Senator John McCain spoke. “It is a reflection of anger,” McCain said, smiling.");
    assert_eq!((q.1, q.2, q.3), (s("John McCain"), s("McCain"), s("said")));
}

#[test]
fn attributes_said_name_after_quote_with_role() {
    let r = report(
        "“We will rebuild the bridge before winter,” said Jane Doe, the mayor of Springfield.",
    );
    let sp = r.quotes[0].speaker.as_ref().unwrap();
    assert_eq!(sp.name, "Jane Doe");
    assert_eq!(sp.role.as_deref(), Some("mayor of Springfield"));
    assert_eq!(r.speakers.len(), 1);
}

#[test]
fn the_attribution_in_the_block_after_a_quotation_cut_off_by_markup() {
    // Table cells or list items, each a paragraph: the quotation joined
    // over two, its attribution in the third.
    let r = quotes("“The roads come first,\nthe schools second,”\nsaid Ada Obi.");
    assert_eq!(
        r,
        [(
            "The roads come first, the schools second,".to_string(),
            s("Ada Obi"),
            s("Ada Obi"),
            s("said")
        )]
    );
    // A quotation left open in its block, its speaker named in the next.
    let q = one("“Deep in the archive,\nsaid Ada Obi.” More text follows here.");
    assert_eq!(
        (q.0.as_str(), q.1, q.3),
        ("Deep in the archive,", s("Ada Obi"), s("said"))
    );
    // A paragraph of its own that opens with a capital is no attribution.
    let q = one("“We will see about the rest of it,”\nSaid to be the best, it won.");
    assert_eq!(q.1, None);
}

#[test]
fn a_nordic_verb_of_speech_attributes_on_an_english_page() {
    let q = one("”Vi bygger en ny skola”, sade Eva Berg.");
    assert_eq!((q.1, q.3), (s("Eva Berg"), s("sade")));
}

#[test]
fn split_quote_is_one_quote_with_two_parts() {
    let r = report("Jane Smith arrived late. “We are ready,” she said, “to fight for every vote.”");
    assert_eq!(r.quotes.len(), 1);
    assert_eq!(r.quotes[0].parts.len(), 2);
    assert_eq!(r.quotes[0].text, "We are ready, to fight for every vote.");
    assert_eq!(r.quotes[0].speaker.as_ref().unwrap().name, "Jane Smith");
    assert_eq!(r.quotes[0].speaker.as_ref().unwrap().mention, "she");
}

#[test]
fn pronoun_after_role_and_description_resolves_to_the_introduced_name() {
    // Shaped like the seed: role, title and name; then "the official" and "he" with a colon.
    let q = one(
        "The director of the water agency of the Coastal Ministry General Tomas Arlen Vey had inspected \
         new pumps. Speaking to Coastal state broadcaster NRV, the official said when asked what the \
         city needed, he state: “We need pumps and pipes. We have the land. We will buy them when \
         the budget allows it.” The city relies on old pipes.",
    );
    assert_eq!((q.1, q.2, q.3), (s("Tomas Arlen Vey"), s("he"), s("state")));
    let r = report(
        "The director of the water agency General Tomas Vey had inspected pumps. Speaking to regional \
         broadcaster NRV, he said: “We need pumps and pipes for the whole city.”",
    );
    let sp = r.quotes[0].speaker.as_ref().unwrap();
    assert_eq!(sp.title.as_deref(), Some("General"));
    assert_eq!(sp.role.as_deref(), Some("director of the water agency"));
    assert_eq!(r.quotes[0].medium.as_deref(), Some("NRV"));
}

#[test]
fn noun_uses_of_cue_words_are_not_cues() {
    // "state media", "a report": a capitalised word before them is not a speaker.
    let q = one(
        "Gen. Ali Vey spoke. Speaking to Russian state media, he said: “We will buy the systems soon.”",
    );
    assert_eq!((q.1, q.3), (s("Ali Vey"), s("said")));
    let q = one("The Reuters report said nothing. “We will buy the systems soon,” Vey said.");
    assert_eq!(q.1, s("Vey"));
}

#[test]
fn caseless_name_in_an_english_sentence_is_a_speaker() {
    let q = one("“We will rebuild the old bridge,” فاطمة حداد said on Monday.");
    assert_eq!(q.1, s("فاطمة حداد"));
    // A paragraph mostly in a caseless script: its words are not names by default.
    assert!(
        one("قالت رئيسة البلدية: «سنعيد بناء الجسر قبل الشتاء القادم»")
            .1
            .is_none()
    );
}

#[test]
fn colon_at_the_end_of_the_previous_paragraph_introduces_the_quote() {
    let q = one(
        "John Bolton spoke on Monday. He said:\n“In all the administrations I served in, it was different.”",
    );
    assert_eq!((q.1, q.2, q.3), (s("John Bolton"), s("He"), s("said")));
}

#[test]
fn inverted_cue_opening_the_sentence() {
    let q = one("Said Dorothy Poynter, who grew up nearby, “We were all so proud of him.”");
    assert_eq!(q.1, s("Dorothy Poynter"));
}

#[test]
fn name_with_an_apposition_then_the_cue() {
    let q = one(
        "“We saw a need for more landers,” Steve Clarke, deputy administrator at NASA’s science directorate, said in a call.",
    );
    assert_eq!(q.1, s("Steve Clarke"));
    let q = one(
        "\"We will decide tomorrow,\" Patrol Chief James Hall with the New York Police Department said Wednesday.",
    );
    assert_eq!(q.1, s("James Hall"));
}

#[test]
fn attribution_at_the_end_of_the_sentence_of_a_partial_quote() {
    let q = quotes(
        "Martin Indyk spoke. “Now it is hard to see what could persuade them” to hold up on their plans, Indyk said.",
    );
    assert_eq!(q[0].1, s("Martin Indyk"));
}

#[test]
fn apposition_running_into_the_cue() {
    let q = one(
        "“This is mainly due to the change in wind direction,” Kurinji Selvaraj, a research analyst at the Delhi-based Council on Energy think tank told CBS News.",
    );
    assert_eq!(q.1, s("Kurinji Selvaraj"));
}

#[test]
fn the_company_refers_back_to_the_organisation() {
    let q = one(
        "Whole Foods opened a store. “Prices will fall by a third this year,” the company said.",
    );
    assert_eq!(q.1, s("Whole Foods"));
}

#[test]
fn plural_possessive_organisation_names() {
    let q = one(
        "“We have worked with the unions for years,” said a spokesperson for the Universities and Colleges Employers’ Association.",
    );
    assert_eq!(
        q.1,
        s("a spokesperson for the Universities and Colleges Employers’ Association")
    );
}

#[test]
fn pronoun_skips_a_person_of_the_other_gender() {
    let q =
        one("Mary Stone met Mr. Paul Grant. “We disagree on almost everything here,” she said.");
    assert_eq!(q.1, s("Mary Stone"));
}

#[test]
fn according_to_colon_and_dash_attributions() {
    assert_eq!(
        one("According to Ana Ruiz, “the port will close for a whole month.”").1,
        s("Ana Ruiz")
    );
    assert_eq!(
        one("Ana Ruiz: “The port will close for a whole month.”").1,
        s("Ana Ruiz")
    );
    assert_eq!(
        one("“The port will close for a whole month.” — Commissioner Ana Ruiz").1,
        s("Ana Ruiz")
    );
}

#[test]
fn unnamed_spokesperson_and_officials() {
    let q = one(
        "“We are reviewing the report carefully,” a spokesperson for the State Department said.",
    );
    assert_eq!(q.1, s("a spokesperson for the State Department"));
    let q = one("“The talks have stalled for now,” officials said on Monday.");
    assert_eq!(q.1, s("officials"));
}

#[test]
fn organisation_as_speaker() {
    let q = one("“The strike hit its targets,” the Pentagon said in a statement.");
    assert_eq!(q.1, s("Pentagon"));
}

#[test]
fn scare_quotes_titles_and_nicknames_are_not_quotations() {
    assert!(
        quotes("The so-called “experts” met in the film “Parasite” with a man known as “Shorty”.")
            .is_empty()
    );
    assert!(quotes("The report used the word “unprecedented” twice.").is_empty());
}

#[test]
fn partial_quotation_after_a_cue_is_mixed() {
    let r = report("Jane Doe called the decision “a disgrace to the city” on Monday.");
    assert_eq!(r.quotes.len(), 1);
    assert_eq!(r.quotes[0].kind, "mixed");
    assert_eq!(r.quotes[0].speaker.as_ref().unwrap().name, "Jane Doe");
}

/// Kind, text, speaker name and cue of every item.
fn items(text: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
    report(text)
        .quotes
        .into_iter()
        .map(|q| (q.kind.to_string(), q.text, q.speaker.map(|s| s.name), q.cue))
        .collect()
}

#[test]
fn reported_speech_after_the_cue_with_its_content() {
    let r = items(
        "Mayor Jane Doe spoke on Monday. She said that the bridge would reopen before winter.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "indirect");
    assert_eq!(r[0].1, "that the bridge would reopen before winter");
    assert_eq!(
        (r[0].2.as_deref(), r[0].3.as_deref()),
        (Some("Jane Doe"), Some("said"))
    );
}

#[test]
fn reported_speech_before_the_cue_and_according_to() {
    let r = items("The port will close for a whole month, the harbour master said.");
    assert_eq!(r[0].1, "The port will close for a whole month");
    assert_eq!(r[0].2.as_deref(), Some("the harbour master"));
    let r = items("According to Ana Ruiz, the port will close for a whole month.");
    assert_eq!(r[0].1, "the port will close for a whole month");
    assert_eq!(r[0].3.as_deref(), Some("According to"));
}

#[test]
fn reported_speech_skips_the_hearer_and_the_circumstance() {
    let r = items("Senator Paul Grant told reporters on Tuesday that the vote would be close.");
    assert_eq!(r[0].1, "that the vote would be close");
    let r = items("Paul Grant told POLITICO the vote would be close for his party.");
    assert_eq!(r[0].1, "the vote would be close for his party");
    // A cue followed only by where and when reports nothing.
    assert!(
        items("“We will win,” he says during a car ride in Cleveland.")
            .iter()
            .all(|q| q.0 == "direct")
    );
}

#[test]
fn reported_speech_ends_where_another_attribution_begins() {
    let r = items(
        "Jane Doe said she has no plans to change her vote, but she said she reserves the right to reconsider.",
    );
    assert_eq!(r[0].1, "she has no plans to change her vote");
    assert_eq!(r[1].1, "she reserves the right to reconsider");
}

#[test]
fn participle_after_a_comma_speaks_through_the_sentence_subject() {
    let r = items(
        "Ted Cruz attacked his rival on Tuesday, saying that the phrase came from the rival himself.",
    );
    let q = r.iter().find(|q| q.3.as_deref() == Some("saying")).unwrap();
    assert_eq!(q.2.as_deref(), Some("Ted Cruz"));
    assert_eq!(q.1, "that the phrase came from the rival himself");
}

#[test]
fn belief_and_evidence_report_content_but_nouns_do_not() {
    let r = items("New polls show that the race has tightened in the final week.");
    assert_eq!(r[0].1, "that the race has tightened in the final week");
    assert!(items("The talk show host interviewed the candidate about taxes.").is_empty());
}

#[test]
fn a_quotation_introduced_by_a_cue_is_not_reported_speech_too() {
    let r = items("The official said on Monday: “We need pumps and pipes for the city.”");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "direct");
}

#[test]
fn mixed_quotation_carries_its_reported_clause() {
    let r = report(
        "Senator Cross said he “may yet have to vote for her because of the deficiencies” of his party.",
    );
    assert_eq!(r.quotes.len(), 1);
    assert_eq!(r.quotes[0].kind, "mixed");
    let c = r.quotes[0].content.unwrap();
    let text = "Senator Cross said he “may yet have to vote for her because of the deficiencies” of his party.";
    assert_eq!(
        &text[c.start..c.end],
        "he “may yet have to vote for her because of the deficiencies” of his party"
    );
}

#[test]
fn partial_quotation_after_a_naming_cue_carries_the_rest_of_the_sentence() {
    let text =
        "Former Florida governor Jeb Bush called the use of executive orders \"quite dangerous.\"";
    let r = report(text);
    assert_eq!(r.quotes.len(), 1, "{:?}", r.quotes);
    let q = &r.quotes[0];
    assert_eq!(q.kind, "mixed");
    let c = q.content.unwrap();
    assert_eq!(
        &text[c.start..c.end],
        "the use of executive orders \"quite dangerous.\""
    );
    // A short lower-case continuation after a cue word is a fragment, not a quotation.
    let text = "At one point in the interview, Trump said that the executives of the network were calling “every 15 minutes.”";
    let r = report(text);
    assert!(
        !r.quotes.iter().any(|q| q.kind == "direct"),
        "{:?}",
        r.quotes
    );
    // Trump's reported clause holds the fragment.
    let fragment = text.find('“').unwrap();
    assert!(
        r.quotes.iter().any(|q| {
            q.speaker.as_ref().is_some_and(|s| s.name == "Trump")
                && q.parts[0].start < fragment
                && q.parts.last().unwrap().end >= text.len() - "”".len()
        }),
        "{:?}",
        r.quotes
    );
}

#[test]
fn medium_where_the_words_were_given() {
    let medium = |text: &str| {
        let r = report(text);
        assert_eq!(r.quotes.len(), 1, "{:?}", r.quotes);
        r.quotes[0].medium.clone()
    };
    assert_eq!(
        medium("“We will not back down from this fight,” Jane Doe told Reuters on Monday."),
        s("Reuters")
    );
    assert_eq!(
        medium("“We will not back down from this fight,” Jane Doe said in an interview with CNN."),
        s("CNN")
    );
    assert_eq!(
        medium("“We will not back down from this fight,” Jane Doe said in an interview."),
        s("an interview")
    );
    assert_eq!(
        medium("“We will not back down from this fight,” the mayor said in a statement."),
        s("a statement")
    );
    assert_eq!(
        medium("“We will not back down from this fight,” the mayor said in a press release."),
        s("a press release")
    );
    assert_eq!(
        medium("“We will not back down from this fight,” Jane Doe wrote on X."),
        s("X")
    );
    assert_eq!(
        medium("“We will not back down from this fight,” Jane Doe posted on Truth Social."),
        s("Truth Social")
    );
    assert_eq!(
        medium("“We will not back down from this fight,” Jane Doe said on Fox News Sunday."),
        s("Fox News Sunday")
    );
    // A day or a place is no medium.
    assert_eq!(
        medium("“We will not back down from this fight,” Jane Doe said on Monday."),
        None
    );
    assert_eq!(
        medium("“We will not back down from this fight,” Jane Doe said on Capitol Hill."),
        None
    );
}

#[test]
fn interview_answers_are_the_interviewees_words() {
    let r = report(
        "Mayor Jane Doe has run the city for ten years. We spoke with Doe about the bridge.\n\
         Q: Why did you run again?\n\
         A: Because the work on the bridge is not done.\n\
         It never is, in a town like this one.\n\
         Q: What comes first?\n\
         A: The bridge, and then the school.",
    );
    let rows: Vec<(&str, &str, &str)> = r
        .quotes
        .iter()
        .map(|q| {
            let s = q.speaker.as_ref().unwrap();
            (q.text.as_str(), s.name.as_str(), s.mention.as_str())
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            (
                "Because the work on the bridge is not done.",
                "Jane Doe",
                "A"
            ),
            ("It never is, in a town like this one.", "Jane Doe", "A"),
            ("The bridge, and then the school.", "Jane Doe", "A"),
        ]
    );
}

#[test]
fn transcript_lines_are_their_labelled_speakers_words() {
    let r = report(
        "Jane Doe asked Paul Grant about the debates on the evening show.\n\
         JANE DOE: Why not debate?\n\
         PAUL GRANT: This is a man who said he would never run a negative ad.\n\
         DOE: You said that in January, when the race was close.\n\
         GRANT: The senator does not get to decide when we debate.",
    );
    let rows: Vec<(&str, &str)> = r
        .quotes
        .iter()
        .filter(|q| q.kind == "direct")
        .map(|q| (q.text.as_str(), q.speaker.as_ref().unwrap().name.as_str()))
        .collect();
    assert_eq!(
        rows,
        vec![
            ("Why not debate?", "Jane Doe"),
            (
                "This is a man who said he would never run a negative ad.",
                "Paul Grant"
            ),
            (
                "You said that in January, when the race was close.",
                "Jane Doe"
            ),
            (
                "The senator does not get to decide when we debate.",
                "Paul Grant"
            ),
        ]
    );
}

#[test]
fn pronoun_after_an_unnamed_speaker_means_that_speaker() {
    let r = report(
        "Jo Grady, the union's general secretary, said the figures were alarming.\n\
         But a spokesperson for the State Department said its members had cut the number of such contracts.\n\
         “We have worked with the unions for years to understand the sector,” he said.",
    );
    let q = r.quotes.iter().find(|q| q.kind == "direct").unwrap();
    assert_eq!(
        q.speaker.as_ref().unwrap().name,
        "a spokesperson for the State Department"
    );
}

/// A German paragraph, so the page reads as German, then `sentence`.
fn german(sentence: &str) -> Row {
    let text = format!(
        "Die Debatte über das Gesetz ist nicht beendet, und die Fraktion ist sich nicht einig. {sentence}"
    );
    one(&text)
}

#[test]
fn german_speakers_before_after_and_inverted() {
    let q = german("„Es besteht Diskussionsbedarf“, sagte Jelpke gegenüber Spiegel Online.");
    assert_eq!(q.1, s("Jelpke"));
    let q = german("Am Dienstag sagte Gingrich: „Wir werden eine offene Abstimmung haben.“");
    assert_eq!(q.1, s("Gingrich"));
    let q = german("„Das Milieu reicht bis in die Büros der Partei“, so Guttenberg.");
    assert_eq!(q.1, s("Guttenberg"));
    let q = german("Weiter sagte er: „Wir haben das Gesetz nicht gelesen.“");
    assert_eq!(q.2, s("er"));
    let q = german(
        "Angela Merkel hatte in einer Rede verkündet: „Wir werden uns um die Austragung bewerben.“",
    );
    assert_eq!(q.1, s("Angela Merkel"));
}

#[test]
fn german_subject_after_the_verb_when_something_else_opens_the_sentence() {
    let q = german("In der Unionsfraktion sagte die Kanzlerin: „Er war ein Stabilisator.“");
    assert_eq!((q.2, q.3), (s("die Kanzlerin"), s("sagte")));
    let q =
        german("Gegenüber dem Tagesspiegel sagte der Linkspolitiker: „Man kommt mit Militär an.“");
    assert_eq!(q.2, s("der Linkspolitiker"));
    let q = german(
        "Ähnlich äußerte sich der Präsident George Bush: „Die USA haben die Lage im Griff.“",
    );
    assert_eq!(q.1, s("George Bush"));
    let q =
        german("Deren Haltung bezeichnete er als „zutiefst verlogen und heuchlerisch, wie immer“.");
    assert_eq!(q.2, s("er"));
    // … but the phrase opening the sentence when it can be a subject.
    let q = german("Die Kanzlerin sagte dem Spiegel: „Wir schaffen das, und zwar bald.“");
    assert_eq!(q.2, s("Die Kanzlerin"));
}

#[test]
fn german_quote_opening_its_sentence_is_the_object_of_the_verb_after_it() {
    let q =
        german("„Eine Beihilfe ist selbst ein Delikt“, begründet das Gericht seine Entscheidung.");
    assert_eq!((q.2, q.3), (s("das Gericht"), s("begründet")));
    let q = german(
        "„Wir wollen unsere Produktionssysteme enger verzahnen“, hatte VW-Chef Winterkorn in einem Interview erklärt.",
    );
    assert_eq!((q.1, q.3), (s("VW-Chef Winterkorn"), s("erklärt")));
    let q = german(
        "„Ich bin mir bewusst, dass das unentschuldbar ist“, sagte der Student auf der Anklagebank.",
    );
    assert_eq!(q.2, s("der Student"));
}

#[test]
fn german_subordinate_clauses_sources_and_colon_clauses() {
    let q = german(
        "Wie der Richter Ottmar Breidling ausführte, hätte es „ein ungeheures Blutbad mit vielen Toten“ gegeben.",
    );
    assert_eq!(q.1, s("Ottmar Breidling"));
    let q = german(
        "Nach Angaben der Polizei handelte es sich um „eine völlig normale Auseinandersetzung unter Nachbarn“.",
    );
    assert_eq!((q.2, q.3), (s("der Polizei"), s("Nach Angaben")));
    let q = german(
        "Der Ermittler, der als wichtiger Zeuge gilt, will seine Arbeit beenden: „Was Größeres kommt nicht nach!“",
    );
    assert_eq!(q.2, s("Der Ermittler"));
}

#[test]
fn german_fragments_with_a_verb_after_them_or_in_reported_speech() {
    let q = german(
        "Demonstrationen, die, so das Innenministerium, immer wieder „von Gewalt begleitet“ würden.",
    );
    assert_eq!((q.2, q.3), (s("das Innenministerium"), s("so")));
    let q = german("Seine Werke werden von Musikkennern als „Meilensteine“ bezeichnet.");
    assert_eq!((q.2, q.3), (s("Musikkennern"), s("bezeichnet")));
    let q = german(
        "Die Kosten seien „mit Vorsicht zu genießen“, da ähnliche Arbeiten mehr gekostet hätten, so die FIFA.",
    );
    assert_eq!((q.2, q.3), (s("die FIFA"), s("so")));
    let r = report(
        "Die Debatte über das Gesetz ist nicht beendet, und die Fraktion ist sich nicht einig. \
         „Wir werden das Land einen“, sagte Johnson. Er werde „einen besseren Deal“ aushandeln.",
    );
    let q = &r.quotes[1];
    assert_eq!(q.speaker.as_ref().map(|s| s.name.as_str()), Some("Johnson"));
    // A term named as such is no one's words, whatever verb follows.
    let r = report(
        "Die Debatte über das Gesetz ist nicht beendet, und die Fraktion ist sich nicht einig. \
         Die Firma hat sich Begriffe wie „Gamer“ schützen lassen und mahnt damit Händler ab.",
    );
    assert!(r.quotes.is_empty(), "{:?}", r.quotes);
}

#[test]
fn coordinated_verbs_participles_and_colon_clauses_speak_through_the_subject() {
    let q = one(
        "He then adopted a fake Southern accent and joked, “But I am going to make it easier for them.”",
    );
    assert_eq!((q.2, q.3), (s("He"), s("joked")));
    let q = one(
        "At the debate, Sanders compared himself to Clinton, saying, “I don’t get personal speaking fees from Goldman Sachs.”",
    );
    assert_eq!(q.1, s("Sanders"));
    let q = one(
        "Clinton has since apologized for what happened: “Yes, I should have used two email addresses.”",
    );
    assert_eq!(q.1, s("Clinton"));
    let q = one(
        "Trump quickly deflected with a non sequitur: “But it is talk, and it is one of those things.”",
    );
    assert_eq!(q.1, s("Trump"));
    let q = one("“We live in Satan’s kingdom,” my father often said.");
    assert_eq!(q.2, s("my father"));
}

#[test]
fn parenthesis_after_the_name_and_a_title_opening_the_sentence() {
    let q = one("“They have nothing to worry about,” Sen. Chuck Schumer (D-N.Y.) said Tuesday.");
    assert_eq!(q.1, s("Chuck Schumer"));
    let q =
        one("Some text came first.\n\"Why was that money sitting in the bank?\" Mr. Clyburn said.");
    assert_eq!(q.1, s("Clyburn"));
}

#[test]
fn straight_closing_mark_then_a_titled_name() {
    let q = one("\"The byproducts of that are unpredictable and dangerous,\" Mr. Obama said.");
    assert_eq!((q.1, q.3), (s("Obama"), s("said")));
}

#[test]
fn apposition_with_an_abbreviation_and_a_date_before_the_cue() {
    let q = one(
        "“The move to take risk off the table continues,” Chris Weston, chief market strategist at IG Ltd., said in an e-mail.",
    );
    assert_eq!(q.1, s("Chris Weston"));
    let q = one(
        "Priebus later Thursday told Fox News: “Both of them are meeting up next week to talk.”",
    );
    assert_eq!(q.1, s("Priebus"));
}

#[test]
fn partial_quotation_in_an_apposition_does_not_end_the_clause() {
    let r = report(
        "Mr. Butterfield, noting that the party's \"down-ballot races are not as comfortable as the presidential race,\" added: \"I'm concerned about the vote in the whole state.\"",
    );
    let q = r.quotes.iter().find(|q| q.kind == "direct").unwrap();
    assert_eq!(q.speaker.as_ref().unwrap().name, "Butterfield");
}

#[test]
fn any_verb_of_a_person_closing_the_sentence_or_before_a_colon() {
    let q = one("“If they were serious, they would have gone to the only bill,” Pat Toomey fumed.");
    assert_eq!((q.1, q.3), (s("Pat Toomey"), s("fumed")));
    let q = one("Ann Lee arrived late. She sighed: “It feels like my parents’ last election.”");
    assert_eq!((q.1, q.3), (s("Ann Lee"), s("sighed")));
    let q = one(
        "Bob Alverson summed up the long journey from the wooden boat to the store: “It is old school meets new school.”",
    );
    assert_eq!(q.1, s("Bob Alverson"));
    let q = one("Peggy Drexler, CNN: \"In an interview, she came out in staunch defense of him.\"");
    assert_eq!(q.1, s("Peggy Drexler"));
    let q = one("Hillary Clinton - \"I will look into it. I do not know the status of it.\"");
    assert_eq!(q.1, s("Hillary Clinton"));
}

#[test]
fn mixed_quotations_before_the_cue_share_the_reported_clause() {
    let text = "The debate was long and the mood was tense. Guns are “the ultimate public health crisis” and “stunt children’s growth,” Howard Dean, the former governor of Vermont, proclaimed.";
    let r = report(text);
    let mixed: Vec<_> = r.quotes.iter().filter(|q| q.kind == "mixed").collect();
    assert!(!mixed.is_empty(), "{:?}", r.quotes);
    let c = mixed.last().unwrap().content.unwrap();
    assert!(text[c.start..c.end].starts_with("Guns are “the ultimate"));
    assert_eq!(
        mixed.last().unwrap().speaker.as_ref().unwrap().name,
        "Howard Dean"
    );
}

#[test]
fn following_paragraph_continues_the_speaker() {
    let q = quotes(
        "“We won the vote,” said Jane Doe.\n“Now we have to build the bridge before the winter.”",
    );
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].1, s("Jane Doe"));
}

#[test]
fn a_circumstance_after_the_attribution_does_not_end_the_split_quote() {
    let r = report(
        "“We will win the state,” Ruiz said in March, “but only if we keep knocking on doors.”",
    );
    assert_eq!(r.quotes.len(), 1);
    assert_eq!(r.quotes[0].parts.len(), 2);
    assert_eq!(
        r.quotes[0].speaker.as_ref().map(|s| s.mention.as_str()),
        Some("Ruiz")
    );
    // Another cue is an attribution of its own.
    let r = report(
        "“We will win the state,” Ruiz said, adding, “but only if we keep knocking on doors.”",
    );
    assert_eq!(r.quotes.len(), 2);
}

#[test]
fn a_sentence_of_its_own_after_a_quotation_is_not_its_attribution() {
    let q =
        quotes("“We feel good about the towns we are going to.” She noted a rally on Saturday.");
    assert_eq!(q[0].2, None);
    let q = one("“We feel good about the towns we are going to.” Smith said on Monday.");
    assert_eq!(q.2, s("Smith"));
    let q = one("“We feel good about the towns we are going to.” He told the crowd.");
    assert_eq!(q.2, s("He"));
}

#[test]
fn a_short_quotation_right_after_an_attribution_goes_on_with_it() {
    let q = quotes("“They will sue,” he said. “Everybody sues, right?”");
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].2, s("he"));
}

#[test]
fn titles_after_a_possessive_or_a_naming_word_are_not_quotations() {
    let q =
        quotes("“We will win,” Ruiz said on CBS’s “Face the Nation.” “And we will govern well.”");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].2, s("Ruiz"));
    let q =
        quotes("Her memoir, “A Long Road Home,” sold well. The co-author of “Small Towns” agreed.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn two_apostrophes_are_a_double_quotation_mark() {
    let q = one("''We will not go back,'' Ms. Ruiz said.");
    assert_eq!(q.0, "We will not go back,");
    assert_eq!(q.2, s("Ms. Ruiz"));
}

#[test]
fn participle_after_a_preposition_or_an_object_speaks_through_the_clause_subject() {
    let q =
        one("Smith inflamed tensions by saying, “Our rivals just attacked our office downtown.”");
    assert_eq!(q.2, s("Smith"));
    let q = one("The senator emailed supporters saying: “The struggle continues for all of us.”");
    assert_eq!(q.2, s("The senator"));
    let q = one("Clinton answered on Facebook writing, “Yes, I will do that for you.”");
    assert_eq!(q.2, s("Clinton"));
    let q = one("When he returned he began by saying, “I do not think this trial is necessary.”");
    assert_eq!(q.2, s("he"));
    let q = one("Fans cheered, with Ford reportedly yelling: “Get him out of here right now!”");
    assert_eq!(q.2, s("Ford"));
    let q = one("Lee, 70, said it was early but added, “I think you all know the results.”");
    assert_eq!(q.2, s("Lee"));
}

#[test]
fn participle_right_after_an_attribution_takes_its_speaker() {
    let q = quotes("He did not stay long, Ruiz said, adding, “He was not very religious at all.”");
    assert_eq!(q.last().and_then(|q| q.2.clone()), s("Ruiz"));
}

#[test]
fn a_cue_word_after_a_preposition_is_a_noun() {
    let q = one(
        "Ford swiped at Ryan in a series of tweets: “Ryan is always fighting the wrong battles!”",
    );
    assert_eq!(q.2, s("Ford"));
}

#[test]
fn a_cue_in_an_opening_subordinate_clause_is_not_the_quotes() {
    // (Two sentences, so that the text reads as English.)
    let q = quotes(
        "The debate was long and the crowd was loud all evening. After Gov. Jim Brown attacked \
         Clinton in a debate, Hillary shot back, “I could have stayed home.”",
    );
    assert_eq!(q.last().and_then(|q| q.2.clone()), s("Hillary"));
    let q = quotes(
        "The debate was long and the crowd was loud all evening. When Ford suggested a deal, \
         Rubio fired back: “If they sue us in Miami, they will lose.”",
    );
    assert_eq!(q.last().and_then(|q| q.2.clone()), s("Rubio"));
}

#[test]
fn colon_clauses_opened_by_as_or_a_conjunction_and_titles_in_names() {
    let q = one(
        "As John Cornyn, the No. 2 in the leadership, put it: “This person will not be confirmed.”",
    );
    assert_eq!(q.2, s("John Cornyn"));
    let q = one(
        "But Ford quickly deflected with a non sequitur: “It is just talk, and nothing more than that.”",
    );
    assert_eq!(q.2, s("Ford"));
    let q = one(
        "Senate Majority Leader Mitch Connell, R-Ky., delivered a message to Ford: “It is time to get on message.”",
    );
    assert_eq!(q.1, s("Mitch Connell"));
}

#[test]
fn speakers_after_the_quote_with_a_partitive_an_acronym_or_a_circumstance() {
    let q = one("“There will not be a path for him to succeed,” said one of those advisers.");
    assert_eq!(q.2, s("one of those advisers"));
    let q =
        one("“We are proud to cast our votes for the next governor!” US Senator Bob Miller said.");
    assert_eq!(q.1, s("Bob Miller"));
    let q = one("“If they were serious, they would have voted for it,” Miller fumed on Tuesday.");
    assert_eq!(q.2, s("Miller"));
    let q = one(
        "Another source familiar with the senator's thinking said, “He will try to be friendlier.”",
    );
    assert_eq!(
        q.2,
        s("Another source familiar with the senator's thinking")
    );
}

#[test]
fn a_dash_line_signs_the_quotation_paragraph_before_it() {
    let q = quotes("“We will win this state, and then we will win the next one.”\n- Jane Ruiz.");
    assert_eq!(q[0].2, s("Jane Ruiz"));
}

#[test]
fn a_quotation_after_the_writers_words_in_a_later_paragraph_is_a_new_attribution() {
    let text = "“We will win the state this year,” said Jane Doe.\nThe mayor looked surprised \
                and pointed at the map. “Does that not worry you at all, after this week?”";
    let page = Page::from_text(text);
    let eval = crate::core::report::eval_quotes(&page, &analyze(&page).unwrap(), true);
    assert_eq!(eval.len(), 2);
}

#[test]
fn a_transcript_in_marks_is_one_quotation_per_turn_after_its_label() {
    let q = quotes(
        "The transcript of the interview follows.\n\"HOST: Will she be at the debate \
         tomorrow night?\n\"GOVERNOR: She will not be there, and we made that clear.\n\
         \"HOST: Are you sure about that?\n\"GOVERNOR: Yes, I am sure.\"",
    );
    let speakers: Vec<_> = q.iter().map(|q| q.2.clone()).collect();
    assert_eq!(
        speakers,
        vec![s("HOST"), s("GOVERNOR"), s("HOST"), s("GOVERNOR")],
        "{q:?}"
    );
}

#[test]
fn an_excerpt_in_straight_marks_gives_way_to_its_own_quotations() {
    let q = quotes(
        "From the newspaper's long report:\n\"The first time she saw him, she was \
         beginning to understand the crowd.\n\"“It never crossed my mind that I was \
         losing it,” she said months after her release.\"",
    );
    assert!(q.iter().all(|q| !q.0.contains("The first time")), "{q:?}");
    assert_eq!(q[0].0, "It never crossed my mind that I was losing it,");
    assert_eq!(q[0].2, s("she"));
}

#[test]
fn subjects_behind_numbers_adverbs_and_openers_and_a_shot_back() {
    let q = one(
        "Eight years ago, he backed Obama over Clinton and said, “She has never done anything for us.”",
    );
    assert_eq!(q.2, s("he"));
    let q = one(
        "Alongside the calls for action, even a top strategist said she must choose, saying, \
         “At some point she is going to have to come out and say where she stands.”",
    );
    assert_eq!(q.2, s("a top strategist"));
    let q = one("“Jeb wants to be a tough guy tonight,” Trump shot back.");
    assert_eq!(q.2, s("Trump"));
}

#[test]
fn a_participle_after_the_quote_does_not_name_its_speaker() {
    let q = quotes(
        "Moreno said the members will still meet, but said, “It is time we change how we do \
         it,” promising the Friends of Abe will return to its roots.",
    );
    assert_eq!(q[0].2, s("Moreno"));
}

#[test]
fn a_noun_like_cue_after_a_described_name_is_a_noun() {
    let q = quotes(
        "“Having access to the file is valuable,” said Skelly, explaining he worked with Vito, \
         who put the data into the national RNC file: “Vito is outstanding with data.”",
    );
    assert_eq!(q.last().and_then(|q| q.2.clone()), s("Skelly"));
}

#[test]
fn crowds_quantifiers_and_relative_pronouns_speak() {
    let q = quotes(
        "Supporters gave each other high-fives as the results came in. Some chanted “USA! USA!”",
    );
    assert_eq!(q.last().and_then(|q| q.2.clone()), s("Some"));
    let q = one("“I feel good about the ticket this year,” said another.");
    assert_eq!(q.2, s("another"));
    let q = one(
        "Cruz was endorsed by Mike Lee, who declared in the spin room, “I am sending the signal to unite.”",
    );
    assert_eq!((q.1, q.2), (s("Mike Lee"), s("who")));
    let q = quotes(
        "Hundreds of protesters gathered downtown on Monday, holding signs and chanting “Dump him.”",
    );
    assert_eq!(q.last().map(|q| q.0.as_str()), Some("Dump him."));
}

#[test]
fn unattributed_quotation_paragraphs_in_a_row_are_one_attribution() {
    let text = "The candidate spoke only in slogans during the long interview.\n\
                “We have to do something, and it is the only way.”\n\
                “We have to be a lot tougher than we are now.”";
    let page = Page::from_text(text);
    let eval = crate::core::report::eval_quotes(&page, &analyze(&page).unwrap(), true);
    assert_eq!(eval.len(), 1);
    assert_eq!(eval[0].parts.len(), 2);
}

#[test]
fn a_pull_quote_is_signed_by_the_line_its_closing_mark_ends() {
    let q = quotes(
        "The new rules will take effect in the spring, the agency said on Monday.\n\
         \"What we have seen is that our efforts to date have been insufficient.\n\
         Jane Ruiz, deputy security adviser.\"",
    );
    assert_eq!(q.last().and_then(|q| q.2.clone()), s("Jane Ruiz"));
}

#[test]
fn a_parenthesis_or_a_naming_sentence_after_a_quotation_is_not_its_attribution() {
    let text = "“Maybe we are just trying to let the bully learn,” Tripp said. “We are trying \
                to show some mercy.” South Carolina, he said, was the place to win.";
    let page = Page::from_text(text);
    let eval = crate::core::report::eval_quotes(&page, &analyze(&page).unwrap(), true);
    assert_eq!(eval.iter().filter(|q| q.kind == "direct").count(), 1);
    let q = quotes(
        "“I never questioned their fitness to serve.” She called him “not fit to be president.”",
    );
    assert_eq!(q[0].2, None);
}

#[test]
fn a_capitalised_first_word_written_in_lower_case_elsewhere_is_no_speaker() {
    let q = one(
        "The new store opened today. New signs appeared this month, spelling out its \
         promise: “Lower prices. Same high standards,” reads one.",
    );
    assert_eq!(q.2, s("one"));
}

#[test]
fn a_participle_after_a_document_speaks_through_whatever_subject_issued_it() {
    let q = one(
        "The town released a statement on Monday saying, “The comments are based on opinion, not facts.”",
    );
    assert_eq!(q.2, s("The town"));
}

#[test]
fn a_participle_after_a_scare_quote_with_its_comma_speaks_through_the_subject() {
    let q = quotes(
        "Kerpen needled the TV “reporter,” saying, “A reporter who writes stories on request!”",
    );
    assert_eq!(q.last().and_then(|q| q.2.clone()), s("Kerpen"));
}

#[test]
fn a_role_with_an_apposition_before_its_cue_and_no_hearer_as_speaker() {
    let q = one(
        "“The agents are under a lot of pressure,” an intelligence source, who was not \
         authorized to speak on the record, told Fox News.",
    );
    assert_eq!(q.2, s("an intelligence source"));
}

#[test]
fn a_name_in_apposition_to_a_role_before_the_cue_speaks() {
    let q = one(
        "Her campaign manager, Robby Moon, suggested: “That may have been a violation of the law.”",
    );
    assert_eq!(q.2, s("Robby Moon"));
}
