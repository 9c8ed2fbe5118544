//! Dutch's rules. Before the quotation Dutch shares the clause procedure
//! (`clause/cue-before-near` and its kin, with the Dutch cues and the subject
//! before or after the finite verb); these are the rest.

use crate::core::attribution::rules::rules;

rules! {
    CUE_AFTER = "nl/cue-after", [Direct, Mixed], 0.9,
        "A quotation opening its sentence is the first constituent, so the finite cue after it comes before its subject (`\"…\", zei Jansen`, `\"…\", zegt hij`).";
    SEPARABLE_AFTER = "nl/separable-after", [Direct, Mixed], 0.85,
        "A separable verb after the quotation, its subject, then its particle closing the clause (`\"…\", voegde hij eraan toe`, `\"…\", laat X weten`).";
    PARTICIPLE_AFTER = "nl/participle-after", [Direct, Mixed], 0.8,
        "An auxiliary after the quotation, its subject, then the participle closing the clause (`\"…\", heeft de minister gezegd`).";
    DAT_CUE = "nl/dat-cue", [Direct], 0.75,
        "A sentence `Dat`/`Dit` + cue + subject right after a quotation that ends its own sentence names its speaker (`\"….\" Dat zei Jansen dinsdag.`).";
    ALDUS = "nl/aldus", [Direct, Mixed], 0.85,
        "`aldus X` after the quotation.";
    VOLGENS = "nl/volgens", [Direct, Mixed], 0.8,
        "`volgens X` names the source without a verb, before the quotation or after it (`Volgens Jansen is het \"…\"`, `\"…\", volgens de politie`).";
    NAME_COLON = "nl/name-colon", [Direct], 0.6,
        "A person's name, all its sentence holds before the colon, as headlines and interviews write (`Minister De Wit: \"…\"`).";
    COLON_CLAUSE = "nl/colon-clause", [Direct], 0.6,
        "A sentence introducing a quotation with a colon speaks through its subject, whatever its verb (`De burgemeester was duidelijk: \"…\"`).";
}
