//! German's rules.

use crate::core::attribution::rules::rules;

rules! {
    LIST_LABEL = "de/list-label", [Direct], 0.7,
        "The last of a list of people, each with their words (`…, und der Ministerpräsident X: „…“`).";
    STANDS_IN_RELATIVE = "de/stands-in-relative", [Direct, Mixed], 0.55,
        "The thing a relative clause with `stand` hangs on (`ein Zettel, auf dem geschrieben stand: „…“`).";
    DARIN_STEHT = "de/darin-steht", [Direct, Mixed], 0.55,
        "`Darin steht: „…“`: the text named in the sentence before.";
    STANDS_IN = "de/stands-in", [Direct, Mixed], 0.6,
        "The text where the words stand (`In dem Entwurf steht der Passus: „…“`).";
    NAME_PARENTHESIS = "de/name-parenthesis", [Direct, Mixed], 0.6,
        "Words in parentheses after a person's name (`…, Mohammed ElBaradei („…“), und …`).";
    DEMNACH = "de/demnach", [Direct, Mixed], 0.6,
        "`demnach`, `wonach` standing for the source named before (`Demnach sei er „…“`).";
    SOURCE_NOUN = "de/source-noun", [Direct, Mixed], 0.7,
        "A noun for words with its source in the genitive (`Auf den Vorwurf der CDU, es handele sich um „…“`).";
    ZUFOLGE = "de/zufolge", [Direct, Mixed], 0.8,
        "The source before `zufolge` (`Dem Bericht zufolge …`).";
    NACH_ANGABEN = "de/nach-angaben", [Direct, Mixed], 0.8,
        "A source named without a verb: `nach Angaben X`, `laut X`, `gemäß X`, `…, so X, …`.";
    HIESS_ES = "de/hiess-es", [Direct, Mixed], 0.5,
        "`hieß es` with no one to say the words (`Nun hieß es, „…“ seien …`).";
    WITH_WORDS = "de/with-words", [Direct, Mixed], 0.6,
        "`mit den Worten „…“`, `„…“ – mit diesen Worten`: the subject of the sentence that says so, whatever its verb.";
    COLON_CLAUSE = "de/colon-clause", [Direct], 0.6,
        "A sentence introducing a quotation with a colon speaks through its subject, whatever its verb.";
    SOURCE_PARENTHESIS = "de/source-parenthesis", [Direct], 0.75,
        "A source in parentheses after a whole quotation that opens its sentence (`„…“ (Konrad-Adenauer-Stiftung).`).";
    SO_VERB = "de/so-verb", [Direct, Mixed], 0.85,
        "`so` and a verb after the quotation (`„…“, so charakterisierte ihn X`).";
    SO_LAUT = "de/so-laut", [Direct, Mixed], 0.85,
        "`so X` or `laut X` after the quotation (`„…“, so die FIFA`).";
    HEISST_ES_IN = "de/heisst-es-in", [Direct, Mixed], 0.75,
        "`heißt es in X` after the quotation.";
    PARTICIPLE_AFTER = "de/participle-after", [Direct, Mixed], 0.8,
        "An auxiliary, the subject, then the participle (`„…“, hatte VW-Chef Winterkorn in einem Interview erklärt.`).";
    CUE_AFTER = "de/cue-after", [Direct, Mixed], 0.9,
        "A cue after the quotation, then its subject (`„…“, sagte er`).";
    VERB_AFTER = "de/verb-after", [Direct, Mixed], 0.75,
        "Any verb after a quotation that opens its sentence speaks through its subject (`„…“, begründet das Gericht`).";
    CUE_LATER = "de/cue-later", [Mixed], 0.5,
        "A fragment's verb later in its sentence (`„…“ bezeichnet`).";
    FRAGMENT_SUBJECT = "de/fragment-subject", [Mixed], 0.4,
        "The subject of a fragment's sentence, whatever the verb (`In dem Verfahren sieht Osterloh einen „Angriff“`).";
    PREVIOUS_SUBJECT = "de/previous-subject", [Direct], 0.45,
        "A quotation opening its sentence after one about a person is that person's.";
    REPORTED_DASS = "de/reported-dass", [Indirect], 0.7,
        "A cue and a `dass` or `ob` clause: the clause is what the subject said (`Der Minister sagte, dass …`).";
    REPORTED_SUBJUNCTIVE = "de/reported-subjunctive", [Indirect], 0.65,
        "A cue and a clause in the subjunctive of reported speech (`Sie sagte, die Lage sei ernst.`).";
    REPORTED_INVERTED = "de/reported-inverted", [Indirect], 0.65,
        "The reported clause first, then the cue and its subject (`Die Lage sei ernst, sagte der Minister.`).";
    REPORTED_ACCORDING = "de/reported-according", [Indirect], 0.6,
        "A source named without a verb around a clause (`Laut Polizei …`, `Nach Angaben X …`, `X zufolge …`, `…, so X.`).";
    REPORTED_WIE = "de/reported-wie", [Indirect], 0.65,
        "A `wie` clause with a cue names the source of the main clause (`Wie die Polizei mitteilte, …`, `…, wie X mitteilte.`).";
    REPORTED_DAS = "de/reported-das", [Indirect], 0.6,
        "`Das bestätigte X.`: a demonstrative, a cue and its subject report the sentence before.";
    REPORTED_CONTINUES = "de/reported-continues", [Indirect], 0.5,
        "A sentence in the subjunctive right after reported speech goes on with its speaker (`Die Lage sei ernst.`).";
}
