//! The Romance grammars' rules (French, Spanish, Portuguese, Italian).

use crate::core::attribution::rules::rules;

rules! {
    ACCORDING = "romance/according", [Direct, Mixed], 0.85,
        "`selon X`, `d’après X`, `según X`, `de acuerdo con X`.";
    POUR_X = "romance/pour-x", [Direct, Mixed], 0.7,
        "`Pour X, « … »`, `Para X, “…”`: the opinion of the person or group named.";
    CUE_BEFORE_NEAR = "romance/cue-before-near", [Direct, Mixed], 0.85,
        "A cue and its subject ending at most three words before the opening mark (`X a déclaré : « … »`).";
    CUE_BEFORE = "romance/cue-before", [Direct, Mixed], 0.7,
        "A cue and its subject ending four to ten words before the opening mark.";
    CUE_BEFORE_FAR = "romance/cue-before-far", [Direct, Mixed], 0.55,
        "A cue and its subject further back in the quotation's sentence.";
    BELIEF_BEFORE = "romance/belief-before", [Direct, Mixed], 0.64,
        "A verb of belief with a person as subject before the quotation (`X pense que « … »`): 0.75 times the cue's confidence by its place.";
    COLON_CLAUSE = "romance/colon-clause", [Direct], 0.6,
        "A clause before a colon speaks through its subject (`Le ministre a réagi sur Twitter : « … »`).";
    DOCUMENT_AFTER = "romance/document-after", [Direct, Mixed], 0.8,
        "The document after the quotation (`« … », peut-on lire dans le rapport`).";
    CUE_AFTER = "romance/cue-after", [Direct, Mixed], 0.9,
        "A cue after the quotation, perhaps from its auxiliary, then its subject (`« … », a déclaré X`).";
    SUBJECT_CUE_AFTER = "romance/subject-cue-after", [Direct, Mixed], 0.85,
        "A subject, then its cue, after the quotation (`« … », le ministre a déclaré`).";
    DOCUMENT_CONTEXT = "romance/document-context", [Mixed], 0.5,
        "A fragment in a paragraph that opened with a document and its cue is the document's words.";
    INSIDE = "romance/inside", [Direct], 0.7,
        "An attribution inside the marks (`« Nous gagnerons, explique-t-il, mais ce sera long »`).";
    REPORTED_QUE = "romance/reported-que", [Indirect], 0.7,
        "A cue and a `que` (`che`) clause: the clause is what the subject said (`Le maire a annoncé que …`, `Le dijo que …`, `Ha detto che …`).";
    REPORTED_BELIEF = "romance/reported-belief", [Indirect], 0.6,
        "A verb of belief and a `que` (`che`) clause: the clause is the subject's view (`Il pense que …`, `Cree que …`, `Acha que …`, `Ritiene che …`).";
    REPORTED_INVERTED = "romance/reported-inverted", [Indirect], 0.65,
        "The reported clause first, then the cue and its subject (`…, a précisé l’architecte.`, `…, aseguró el gerente.`, `…, a-t-elle ajouté.`).";
    REPORTED_BELIEF_INVERTED = "romance/reported-belief-inverted", [Indirect], 0.55,
        "The believed clause first, then a verb of belief and its subject (`…, pense-t-il.`, `…, cree el alcalde.`).";
    REPORTED_ACCORDING = "romance/reported-according", [Indirect], 0.6,
        "A source named without a verb before or after a clause (`Selon la préfecture, …`, `Según X, …`, `De acordo com X, …`, `…, secondo i sindacati.`).";
}
