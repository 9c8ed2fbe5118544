//! English's rules: its quotations' attributions that no other grammar reads
//! alike, and its reported speech.

use crate::core::attribution::rules::rules;

rules! {
    ACCORDING_TO_BEFORE = "en/according-to-before", [Direct, Mixed], 0.8,
        "`according to X` before the opening mark (German and the fallback read it too).";
    SHORT_CLAUSE_COMMA = "en/short-clause-comma", [Direct], 0.6,
        "A short clause of a person and a verb right before the quotation's comma (`Hillary shot back, “…”`).";
    AS_CLAUSE = "en/as-clause", [Direct, Mixed], 0.6,
        "An `as` clause before the quotation speaks through its subject (`As John Cornyn put it: “…”`).";
    AS_CHARACTERISATION = "en/as-characterisation", [Mixed], 0.5,
        "A verb, its object and `as` before the marks: the subject's words for the object (`identified the inspector as “a friend”`).";
    COLON_CLAUSE = "en/colon-clause", [Direct], 0.6,
        "A clause ending in a colon speaks through its subject, whatever its verb (`He sighed: “…”`).";
    TRANSCRIPT_TURN = "en/transcript-turn", [Direct], 0.6,
        "A turn after its speaker's label in capitals (`WALLACE: “…”`).";
    ROUNDUP_LABEL = "en/roundup-label", [Direct], 0.6,
        "A roundup's label, a name and what they are, before a colon (`Peggy Drexler, CNN: “…”`).";
    PASSIVE_AFTER = "en/passive-after", [Direct, Mixed], 0.8,
        "A passive cue after the closing mark, its agent the speaker (`“…,” was said by X`).";
    NAME_COLON = "en/name-colon", [Direct], 0.6,
        "A person's name right before a colon (`X: “…”`).";
    REPORTED_PARTICIPLE = "en/reported-participle", [Indirect], 0.5,
        "A participle's clause, reported through the sentence's subject (`Acknowledging that the race is close, Ruiz said …`).";
    REPORTED_OBJECT = "en/reported-object", [Indirect], 0.5,
        "A cue whose object is what was said (`praised the plan at a rally`).";
    REPORTED_REQUEST = "en/reported-request", [Indirect], 0.55,
        "What a hearer was told or asked to do (`asked supporters to run for office`).";
    REPORTED_SEEMS = "en/reported-seems", [Indirect], 0.5,
        "What seems, reported by no one in particular (`The check seemed like an obstacle`).";
    REPORTED_PASSIVE_AGENT = "en/reported-passive-agent", [Indirect], 0.45,
        "A passive with its agent (`The figures were confirmed by strategists`).";
    REPORTED_PASSIVE = "en/reported-passive", [Indirect], 0.45,
        "A passive with no agent (`It is widely believed that …`): an unnamed source.";
    REPORTED_NOUN = "en/reported-noun", [Indirect], 0.4,
        "A noun for words with its source (`Ruiz’s criticism of the plan angered …`).";
    REPORTED_ASKED = "en/reported-asked", [Indirect], 0.45,
        "What was asked, by no one named (`Asked about the plan, she said …`).";
    REPORTED_TO_X = "en/reported-to-x", [Indirect], 0.45,
        "Whose view the sentence gives (`To Ruiz, the plan is a betrayal`).";
    REPORTED_HEADLINE = "en/reported-headline", [Indirect], 0.45,
        "A headline's `Name: what they said`.";
    REPORTED_POLL = "en/reported-poll", [Indirect], 0.45,
        "A poll's findings (`In a new poll, 52 percent …`).";
    REPORTED_CUE_AFTER = "en/reported-cue-after", [Indirect], 0.6,
        "Reported content before its subject and cue (`The plan will fail, X said.`).";
    REPORTED_ACCORDING_TO = "en/reported-according-to", [Indirect], 0.65,
        "`According to X, …` opening the sentence.";
    REPORTED_CUE = "en/reported-cue", [Indirect], 0.6,
        "Reported speech after a subject and its cue (`X said the plan would fail`); 0.7 with `that`.";
    REPORTED_CUE_THAT = "en/reported-cue-that", [Indirect], 0.7,
        "Reported speech after a subject, its cue and `that` (`X said that the plan would fail`).";
}
