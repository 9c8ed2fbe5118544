//! The Chinese and Japanese grammars' rules.

use crate::core::attribution::rules::rules;

rules! {
    ACCORDING = "cjk/according", [Direct, Mixed], 0.8,
        "`据X称`, `据X报道`: the source and its cue.";
    ACCORDING_JA = "cjk/according-ja", [Direct, Mixed], 0.8,
        "`Xによると、「…」`: the source before the quotation.";
    CUE_BEFORE_NEAR = "cjk/cue-before-near", [Direct, Mixed], 0.9,
        "`X说：“…”`: a speaker and a cue ending the stretch right before the marks.";
    CUE_BEFORE = "cjk/cue-before", [Direct, Mixed], 0.75,
        "A speaker and a cue ending an earlier stretch of the sentence.";
    VERB_INSIDE_BEFORE = "cjk/verb-inside-before", [Mixed], 0.7,
        "A verb inside the stretch next to a partial quotation (`X批评Y抱着“…”`).";
    CUE_AFTER = "cjk/cue-after", [Direct, Mixed], 0.9,
        "`“…”X说`, `「…」と述べた`: the cue after the marks with its speaker.";
    CUE_AFTER_UNNAMED = "cjk/cue-after-unnamed", [Direct, Mixed], 0.5,
        "A quotative verb after the marks and no speaker in the sentence: someone's words, unnamed.";
    CUE_AFTER_COMMA = "cjk/cue-after-comma", [Direct, Mixed], 0.9,
        "`”，X说。`, `”他进一步指出，…`: a comma, then the speaker and the cue.";
    REPORTED_CUE = "cjk/reported-cue", [Indirect], 0.7,
        "A speaker, a cue ending the stretch and a comma, the rest of the sentence reported (`市长表示，…`, `王明称，…`).";
    REPORTED_CUE_INSIDE = "cjk/reported-cue-inside", [Indirect], 0.6,
        "A speaker and a cue of two characters inside the stretch, what follows reported (`王明承认此前已经知道…`).";
    REPORTED_ACCORDING = "cjk/reported-according", [Indirect], 0.6,
        "A source named without a verb of its own, then a comma: `据新华社报道，…`.";
    REPORTED_TO = "cjk/reported-to", [Indirect], 0.65,
        "Japanese: the reported clause, the quotative `と` and its verb, the speaker the phrase opening the sentence with `は`/`が` (`市長は…と述べた`).";
    REPORTED_BELIEF = "cjk/reported-belief", [Indirect], 0.6,
        "A verb of belief and its clause: the speaker's view (`王明认为，…`, `市長は…と考えている`).";
}
