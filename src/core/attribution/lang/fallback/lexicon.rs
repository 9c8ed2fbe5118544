//! Words of languages no grammar reads yet, which the fallback grammar and the
//! shared lists read: Swedish, Danish, Norwegian and Finnish.

use crate::core::lexicon::list;

/// The commonest reporting verbs of Swedish, Danish, Norwegian and Finnish,
/// present and past (`”…”, sade X`, `»…«, sagde X`): a quotation in one of
/// those languages on a page in another keeps its attribution. (Not `sa`, a
/// word of other languages too.)
pub(crate) const NORDIC_CUES: &str =
    "säger sade berättar berättade förklarar förklarade siger sagde
    fortæller fortalte forklarer forklarede sier forteller sanoo sanoi kertoo kertoi toteaa totesi";

list!(
    /// Swedish months written after a day's ordinal number (`11. mars`), which does
    /// not end a sentence (those it shares with German are German's).
    NORDIC_MONTHS,
    "januari februari mars maj augusti oktober december"
);
