//! The Slavic grammars' rules (Russian, Polish, Czech).

use crate::core::attribution::rules::rules;

rules! {
    CUE_SUBJECT_AFTER = "slavic/cue-subject-after", [Direct, Mixed], 0.9,
        "A cue after the quotation, then its subject (`„…“ řekl X`).";
    CUE_NO_SUBJECT_AFTER = "slavic/cue-no-subject-after", [Direct, Mixed], 0.75,
        "A cue after the quotation with no subject: the person its form refers to (`„…“ řekla.`).";
    OBJECT_VERB_SUBJECT = "slavic/object-verb-subject", [Direct, Mixed], 0.75,
        "The object first, then the verb and its subject (`„…” – stare porzekadło przytoczył X`).";
    SUBJECT_CUE_AFTER = "slavic/subject-cue-after", [Direct, Mixed], 0.9,
        "A subject, then its cue, after the quotation (`\"…,\" Lineker řekl.`).";
    NAME_CLOSES_AFTER = "slavic/name-closes-after", [Direct, Mixed], 0.6,
        "A lower-case verb the lexicon does not know, then a name closing the clause (`\"…,\" kroutí hlavou X`).";
    ACCORDING = "slavic/according", [Direct, Mixed], 0.8,
        "`по словам X`, `według X`, `podle X` before the quotation.";
    PRONOUN_CUE_BEFORE = "slavic/pronoun-cue-before", [Direct, Mixed], 0.85,
        "A pronoun, then a cue, right before the quotation.";
    NAME_CUE_BEFORE = "slavic/name-cue-before", [Direct, Mixed], 0.9,
        "A name, then a cue, with nothing but a colon, comma or dash before the quotation.";
    NAME_CUE_BEFORE_FAR = "slavic/name-cue-before-far", [Direct, Mixed], 0.7,
        "A name, then a cue, with other words between it and the quotation.";
    CUE_SUBJECT_BEFORE = "slavic/cue-subject-before", [Direct, Mixed], 0.9,
        "A cue, then its subject, with nothing but a colon, comma or dash before the quotation.";
    CUE_SUBJECT_BEFORE_FAR = "slavic/cue-subject-before-far", [Direct, Mixed], 0.7,
        "A cue, then its subject, with other words between them and the quotation.";
    CUE_NO_SUBJECT_BEFORE = "slavic/cue-no-subject-before", [Direct, Mixed], 0.7,
        "A cue with no subject right before the quotation: the person its form refers to.";
    NAME_COLON = "slavic/name-colon", [Direct], 0.6,
        "A name and a colon, all the clause holds before the quotation (`X: «…»`).";
    PREVIOUS_SUBJECT = "slavic/previous-subject", [Direct], 0.5,
        "A quotation opening its sentence is the previous sentence's subject's, whatever the verb (`X to vidí jinak. \"…\"`).";
    REPORTED_THAT = "slavic/reported-that", [Indirect], 0.7,
        "A cue, a comma and a `что`/`że`/`iż`/`že` clause, the subject a name or pronoun next to the cue (`X заявил, что …`, `powiedziała, że …` opening its sentence).";
    REPORTED_BELIEF = "slavic/reported-belief", [Indirect], 0.6,
        "A verb of belief and a `что`/`że`/`že` clause: the subject's view (`X считает, что …`, `uważa, że …`, `domnívá se, že …`).";
    REPORTED_INVERTED = "slavic/reported-inverted", [Indirect], 0.65,
        "The reported clause first, then a comma (and dash), the cue and its subject ending the sentence (`…, – сказал министр.`, `…, uvedl Novák.`).";
    REPORTED_INVERTED_NO_SUBJECT = "slavic/reported-inverted-no-subject", [Indirect], 0.5,
        "The reported clause, then a cue with no subject ending the sentence: the person its form refers to (`…, dodała.`).";
    REPORTED_ACCORDING = "slavic/reported-according", [Indirect], 0.6,
        "A source without a verb: `по словам X`, `по данным X`, `według X`, `zdaniem X`, `podle X`, `dle X`, the sentence around it reported.";
    REPORTED_AS = "slavic/reported-as", [Indirect], 0.6,
        "`как сообщил X, …`, `jak powiedział X`, `jak uvedl X`: a clause with `как`/`jak`, a cue and its subject names the source of the main clause.";
}
