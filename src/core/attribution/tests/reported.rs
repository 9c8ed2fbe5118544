use crate::core::analyze;
use crate::core::offsets::Unit;
use crate::core::page::Page;
use crate::core::report::build;

/// Kind, text, speaker mention, speaker kind and cue of a quote.
type Item = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// Every quote's [`Item`].
fn items(text: &str) -> Vec<Item> {
    let page = Page::from_text(text);
    let analysis = analyze(&page).expect("analysis");
    build(&page, &analysis, Unit::Utf8)
        .quotes
        .into_iter()
        .map(|q| {
            (
                q.kind.to_string(),
                q.text,
                q.speaker.as_ref().map(|s| s.mention.clone()),
                q.speaker.map(|s| s.kind.to_string()),
                q.cue,
            )
        })
        .collect()
}

/// The one reported item with cue `cue`.
#[test]
fn a_noun_after_an_opening_adjective_is_no_cue_and_coordinated_sources_stay_whole() {
    let r = items(
        "The council has taken steps to calm the harbour. Widespread references in the \
         press to a possible need to close the port may have fuelled concerns that the \
         city must sell its pipes. The council has also fought the river gangs, which \
         officials both from the council and from the former city government have widely \
         alleged to be funded by foreign firms.",
    );
    assert!(
        r.iter().all(|q| q.4.as_deref() != Some("references")),
        "{r:?}"
    );
    let q = with_cue(
        "The council has also fought the river gangs, which officials both from the council \
         and from the former city government have widely alleged to be funded by foreign \
         firms.",
        "alleged",
    );
    assert_eq!(
        q.2.as_deref(),
        Some("officials both from the council and from the former city government")
    );
}

fn with_cue(text: &str, cue: &str) -> Item {
    let all = items(text);
    all.iter()
        .find(|q| q.4.as_deref() == Some(cue))
        .cloned()
        .unwrap_or_else(|| panic!("no cue {cue:?} in {all:?}"))
}

#[test]
fn the_object_of_an_evaluation_verb_is_the_content_up_to_its_circumstance() {
    let q = with_cue(
        "The council met on Monday. Governor Alma Ruiz praised the new harbour plan at a rally \
         in Dover on Monday.",
        "praised",
    );
    assert_eq!(q.1, "the new harbour plan");
    assert_eq!(q.2.as_deref(), Some("Governor Alma Ruiz"));
    let q = with_cue(
        "Senator Paul Grant endorsed the mayor last week and has campaigned for her since.",
        "endorsed",
    );
    assert_eq!(q.1, "the mayor");
}

#[test]
fn a_verb_with_its_particle_reports_the_particle_object() {
    let q = with_cue(
        "The union called for a higher minimum wage, citing rising rents.",
        "called for",
    );
    assert_eq!(q.1, "a higher minimum wage");
    let q = with_cue(
        "Ana Ruiz talked about her plans for the port during the debate.",
        "talked about",
    );
    assert_eq!(q.1, "her plans for the port");
}

#[test]
fn nouns_and_passives_of_evaluation_verbs_are_not_cues() {
    let r = items(
        "His support for the harbour plan was welcome news. The plan was backed in March. \
         The widely praised plan was signed in May.",
    );
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_second_verb_of_the_subject_reports_through_it() {
    let q = with_cue(
        "Ana Ruiz spoke at the forum on Sunday and criticized the harbour plan afterwards.",
        "criticized",
    );
    assert_eq!(q.1, "the harbour plan");
    assert_eq!(q.2.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_relative_pronoun_is_the_source_of_its_clause() {
    let q = with_cue(
        "The vote went to Paul Grant, who praised the harbour workers, and the council agreed.",
        "praised",
    );
    assert_eq!(q.1, "the harbour workers");
    assert_eq!(q.2.as_deref(), Some("who"));
    let q = with_cue(
        "Paul Grant, who said he usually votes for the other party, said the plan was sound.",
        "said",
    );
    assert_eq!(q.1, "he usually votes for the other party");
}

#[test]
fn a_relative_pronoun_after_an_apposition_stands_for_the_name_before_it() {
    let page = Page::from_text(
        "“The plan costs too much,” said Paul Grant, a councillor who voted against the \
         proposal.",
    );
    let analysis = analyze(&page).expect("analysis");
    let report = build(&page, &analysis, Unit::Utf8);
    let q = report
        .quotes
        .iter()
        .find(|q| q.cue.as_deref() == Some("voted against"))
        .expect("the relative clause is reported");
    let speaker = q.speaker.as_ref().expect("a speaker");
    assert_eq!(
        (speaker.mention.as_str(), speaker.name.as_str()),
        ("who", "Paul Grant")
    );
}

#[test]
fn a_cue_inside_reported_content_belongs_to_that_report() {
    let r = items("Ana Ruiz said the dockers would vote for the harbour plan in the spring.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].4.as_deref(), Some("said"));
}

#[test]
fn alleged_with_an_object_and_an_infinitive_and_with_a_clause() {
    let q = with_cue(
        "The mayor spoke on Monday. Ana Ruiz has widely alleged it to be a giveaway to \
         developers.",
        "alleged",
    );
    assert_eq!(q.1, "it to be a giveaway to developers");
    assert_eq!(q.2.as_deref(), Some("Ana Ruiz"));
    let q = with_cue(
        "The council met in March. Ana Ruiz alleged that the contract had been signed in secret.",
        "alleged",
    );
    assert_eq!(q.1, "that the contract had been signed in secret");
}

#[test]
fn according_to_before_after_and_inside_the_reported_clause() {
    let q = with_cue(
        "The port reopened in May. According to Paul Grant, the dockers will strike again.",
        "According to",
    );
    assert_eq!(q.1, "the dockers will strike again");
    let q = with_cue(
        "The port reopened in May. The dockers will strike again, according to the average of \
         recent polls compiled by the harbour board.",
        "according to",
    );
    assert_eq!(q.1, "The dockers will strike again");
    // Both sides of a medial `according to X` are what was reported.
    let q = with_cue(
        "The port reopened in May. Since last winter, according to the union, the dockers have \
         lost four hundred jobs.",
        "according to",
    );
    assert!(q.1.starts_with("Since last winter") && q.1.ends_with("four hundred jobs"));
}

#[test]
fn unnamed_sources_are_marked_unnamed() {
    let text = "The vote is close. Officials said the count would take two more days. The \
                talks stalled. A source familiar with the negotiations said both sides had \
                walked away. The bill passed. Critics say the new tax will hurt small farmers \
                most. The river is rising. It is widely believed that the dam will not hold \
                much longer.";
    let r = items(text);
    for (mention, cue) in [
        ("Officials", "said"),
        ("A source familiar with the negotiations", "said"),
        ("Critics", "say"),
        ("It is widely believed", "is widely believed"),
    ] {
        let q = r
            .iter()
            .find(|q| q.2.as_deref() == Some(mention))
            .unwrap_or_else(|| panic!("no {mention:?} in {r:?}"));
        assert_eq!(q.3.as_deref(), Some("unnamed"), "{q:?}");
        assert_eq!(q.4.as_deref(), Some(cue), "{q:?}");
    }
}

#[test]
fn passive_expectations_have_no_source_and_agents_are_sources() {
    let q = with_cue(
        "The storm is coming. The governor is expected to declare an emergency on Friday.",
        "is expected",
    );
    assert_eq!(q.1, "The governor is expected to declare an emergency");
    assert_eq!(q.2, None);
    let q = with_cue(
        "The storm is coming. The new figures were confirmed by harbour officials.",
        "were confirmed",
    );
    assert_eq!(q.1, "The new figures");
    assert_eq!(q.2.as_deref(), Some("harbour officials"));
}

#[test]
fn reported_clause_ends_where_the_writer_goes_on() {
    let q = with_cue(
        "The storm is coming. Ana Ruiz said the dam would hold, but engineers were less sure.",
        "said",
    );
    assert_eq!(q.1, "the dam would hold");
}

#[test]
fn shares_of_people_polled_are_unnamed_sources() {
    let r = items(
        "The poll closed on Friday. Now 52 percent said the harbour plan would fail, and one \
         in three said the port should close.",
    );
    let sources: Vec<_> = r.iter().filter_map(|q| q.2.as_deref()).collect();
    assert_eq!(sources, ["52 percent", "one in three"], "{r:?}");
    assert!(r.iter().all(|q| q.3.as_deref() == Some("unnamed")));
}

#[test]
fn a_subject_set_off_by_an_apposition_is_the_named_source() {
    let q = with_cue(
        "The dispute is old. The author of the report, Jane Doe, said in an interview that \
         she stands by every figure.",
        "said",
    );
    assert_eq!(q.2.as_deref(), Some("Jane Doe"));
    assert_eq!(q.1, "that she stands by every figure");
}

#[test]
fn a_second_reporting_verb_of_the_subject_ends_the_first_content() {
    let r = items(
        "The dispute is old. She said she had met the owners twice but said neither of them \
         had paid.",
    );
    assert_eq!(r[0].1, "she had met the owners twice", "{r:?}");
}

#[test]
fn what_was_asked_a_headline_colon_and_a_poll_attribute_their_sentence() {
    let q = with_cue(
        "The dispute is old. Asked whether the port would close, Ana Ruiz said: “Not this year.”",
        "Asked",
    );
    assert_eq!(q.1, "whether the port would close");
    assert_eq!(q.2, None);
    let q = with_cue(
        "Ruiz: The harbour deal will cost the city dearly.\n\nThe mayor spoke on Monday.",
        ":",
    );
    assert_eq!(q.1, "The harbour deal will cost the city dearly");
    assert_eq!(q.2.as_deref(), Some("Ruiz"));
    assert!(items("UPDATE: The harbour will reopen on Monday.\n\nThe mayor spoke.").is_empty());
    let q = with_cue(
        "The race is close. In a new harbour poll, most dockers back the mayor's plan.",
        "In",
    );
    assert_eq!(q.1, "most dockers back the mayor's plan");
    assert_eq!(q.2.as_deref(), Some("a new harbour poll"));
}

#[test]
fn a_possessive_and_a_noun_of_saying_carry_a_report() {
    let q = with_cue(
        "The dispute is old. Ana Ruiz’s criticism of the harbour plan angered the council.",
        "criticism of",
    );
    assert_eq!(q.1, "the harbour plan");
    assert_eq!(q.2.as_deref(), Some("Ana Ruiz’s"));
    let q = with_cue(
        "The dispute is old. Paul Grant now regrets his decision to close the port.",
        "decision to",
    );
    assert_eq!(q.1, "to close the port");
    assert_eq!(q.2.as_deref(), Some("Paul Grant"));
}

#[test]
fn a_quotation_the_writer_goes_on_from_is_a_fragment_of_the_sentence() {
    let r = items(
        "The vote went ahead. “We’re extremely happy” about the decision, said Ana Ruiz, a \
         spokeswoman for the dockers.",
    );
    assert!(r.iter().all(|q| q.0 != "direct"), "{r:?}");
    assert!(
        r.iter()
            .any(|q| q.1.ends_with("about the decision") && q.2.as_deref() == Some("Ana Ruiz")),
        "{r:?}"
    );
}

#[test]
fn fragments_of_two_coordinated_cues_are_two_attributions() {
    let text = "The vote went ahead. Then he called her \"weak\" and said she had \"zero \
                support\" in the port.";
    let page = crate::core::page::Page::from_text(text);
    let analysis = analyze(&page).expect("analysis");
    let mixed: Vec<_> = analysis
        .quotes
        .iter()
        .filter(|q| q.content.is_some())
        .map(|q| {
            (
                q.content.map(|c| c.get(text)),
                q.cue.map(|c| c.get(text)),
                q.group,
            )
        })
        .collect();
    assert_eq!(mixed.len(), 2, "{mixed:?}");
    assert_eq!(mixed[0].0, Some("her \"weak\""));
    assert_eq!(mixed[1].0, Some("she had \"zero support\" in the port"));
    assert_eq!(mixed[1].1, Some("said"));
    assert_ne!(mixed[0].2, mixed[1].2);
}

#[test]
fn a_participle_speaks_through_the_subject_before_or_after_it() {
    let q = with_cue(
        "The talks went on and the port was quiet. Ruiz met the owners, even after repeatedly dismissing them as \
         greedy.",
        "dismissing",
    );
    assert_eq!(q.2.as_deref(), Some("Ruiz"));
    let q = with_cue(
        "The talks went on and the port was quiet. Acknowledging that the vote would be close, Ruiz called the owners.",
        "Acknowledging",
    );
    assert_eq!(q.1, "that the vote would be close");
    assert_eq!(q.2.as_deref(), Some("Ruiz"));
}

#[test]
fn naming_and_a_bare_circumstance_report_nothing() {
    let r = items(
        "The port was quiet and the talks went on. Ruiz now leads a group called Harbour \
         Watch. She tweeted on Friday morning. She promised on Tuesday to reopen the port.",
    );
    assert!(r.iter().all(|q| q.4.as_deref() != Some("called")), "{r:?}");
    assert!(r.iter().all(|q| q.4.as_deref() != Some("tweeted")), "{r:?}");
    let q = with_cue(
        "The port was quiet and the talks went on. She promised on Tuesday to reopen the port.",
        "promised",
    );
    assert_eq!(q.1, "to reopen the port");
}

#[test]
fn a_possessive_subject_before_an_apposition_and_a_hearer_are_not_confused() {
    let text = "The staff was angry and the talks went on. Her campaign manager, Paul Grant, \
                suggested that what the other staffers did “may have been a violation of the \
                law.” A top strategist, Ana Ruiz, tells reporters that the port “will be open \
                all winter long.”";
    let r = items(text);
    let sources: Vec<_> = r.iter().filter_map(|q| q.2.as_deref()).collect();
    // (The name in the apposition is who speaks.)
    assert_eq!(sources, ["Paul Grant", "Ana Ruiz"], "{r:?}");
}

#[test]
fn evidence_verbs_after_a_source_noun_and_a_second_verb_that_is_not_saying() {
    let q = with_cue(
        "The port was quiet and the talks went on. Polls show working-class voters drifting \
         away from the mayor.",
        "show",
    );
    assert_eq!(q.1, "working-class voters drifting away from the mayor");
    let q = with_cue(
        "The port was quiet and the talks went on. Ruiz said she has not held fundraising \
         dinners and never called a donor to ask for money.",
        "said",
    );
    assert!(q.1.ends_with("to ask for money"), "{q:?}");
}

#[test]
fn a_request_keeps_its_hearer_and_statements_are_released() {
    let q = with_cue(
        "The port was quiet and the talks went on. Ruiz asked the dockers to return to work, \
         and most did.",
        "asked",
    );
    assert_eq!(q.1, "the dockers to return to work");
    let q = with_cue(
        "The port was quiet and the talks went on. The union released a statement on the \
         strike.",
        "released",
    );
    assert_eq!(q.1, "a statement on the strike");
}

#[test]
fn a_fragment_clause_ends_before_a_new_clause_after_it() {
    let text = "The port was quiet and the talks went on. Ruiz called the deal \"unpatriotic,\" \
                and her office has tried to block it ever since.";
    let page = crate::core::page::Page::from_text(text);
    let analysis = analyze(&page).expect("analysis");
    let contents: Vec<_> = analysis
        .quotes
        .iter()
        .filter_map(|q| q.content.map(|c| c.get(text)))
        .collect();
    assert_eq!(contents, ["the deal \"unpatriotic,\""], "{contents:?}");
}

#[test]
fn coordinated_and_listed_verbs_are_reports_of_their_own() {
    let r = items(
        "The port was quiet and the talks went on. Ruiz lamented the sorry state of the port \
         and criticized the owners for their greed. The mayor has mocked the dockers, \
         referred to the union as a gang and praised the owners.",
    );
    let cues: Vec<_> = r.iter().filter_map(|q| q.4.as_deref()).collect();
    assert_eq!(
        cues,
        ["lamented", "criticized", "mocked", "referred to", "praised"],
        "{r:?}"
    );
    assert_eq!(r[0].1, "the sorry state of the port");
}

#[test]
fn passives_of_belief_take_negations_and_adverbs() {
    let q = with_cue(
        "The port was quiet and the talks went on. The mayor is not expected to run again.",
        "is not expected",
    );
    assert_eq!(q.1, "The mayor is not expected to run again");
}

#[test]
fn phrase_cues_of_several_words() {
    let q = with_cue(
        "The port was quiet and the talks went on. Ruiz made it clear that the port would \
         stay open.",
        "made it clear",
    );
    assert_eq!(q.1, "that the port would stay open");
    let q = with_cue(
        "The port was quiet and the talks went on. The union expressed concern about the \
         new cranes on Monday.",
        "expressed concern about",
    );
    assert_eq!(q.1, "the new cranes");
}

#[test]
fn seeing_someone_as_something_is_a_view() {
    let q = with_cue(
        "The port was quiet and the talks went on. Many dockers see the mayor as a friend of \
         the owners.",
        "see",
    );
    assert_eq!(q.1, "the mayor as a friend of the owners");
    assert!(
        items("The port was quiet and the talks went on. We will see the port soon.").is_empty()
    );
}

#[test]
fn a_long_held_view_and_an_announced_clause() {
    let q = with_cue(
        "The port was quiet and the talks went on. Ruiz has long opposed the new cranes.",
        "opposed",
    );
    assert_eq!(q.2.as_deref(), Some("Ruiz"));
    let q = with_cue(
        "The port was quiet and the talks went on. The union announced it will hire forty \
         dockers during the winter.",
        "announced",
    );
    assert_eq!(q.1, "it will hire forty dockers during the winter");
}

#[test]
fn what_seems_is_reported_with_its_subject_and_no_source() {
    let q = with_cue(
        "The port was quiet and the talks went on. The new cranes seemed like a waste of \
         money.",
        "seemed",
    );
    assert_eq!(q.1, "The new cranes seemed like a waste of money");
    assert_eq!(q.2, None);
}

#[test]
fn a_fragment_and_its_report_are_one_attribution() {
    let r = items(
        "The port was quiet and the talks went on. Ruiz wrote in a letter that the port \
         “has never been so busy in all its long history.”",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "mixed");
}

#[test]
fn to_someone_a_view_is_theirs() {
    let q = with_cue(
        "The port was quiet and the talks went on. To Ruiz, the new cranes are a waste of \
         money.",
        "To",
    );
    assert_eq!(q.1, "the new cranes are a waste of money");
    assert_eq!(q.2.as_deref(), Some("Ruiz"));
}
