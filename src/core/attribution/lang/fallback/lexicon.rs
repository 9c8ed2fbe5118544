//! Words of languages no grammar reads yet, which the fallback grammar and the
//! shared lists read: Swedish, Danish, Norwegian, Finnish, Turkish, Greek,
//! Hindi, Hebrew and Korean.

use crate::core::lexicon::list;

/// The commonest reporting verbs of Swedish, Danish, Norwegian and Finnish,
/// present and past (`”…”, sade X`, `»…«, sagde X`): a quotation in one of
/// those languages on a page in another keeps its attribution. (Not `sa`, a
/// word of other languages too.)
pub(crate) const NORDIC_CUES: &str =
    "säger sade berättar berättade förklarar förklarade siger sagde
    fortæller fortalte forklarer forklarede sier forteller sanoo sanoi kertoo kertoi toteaa totesi";

/// The commonest reporting verbs of Turkish, Greek and Hindi (`“…” dedi X`,
/// `X ने कहा, "…"`), Hebrew (`אמרה: "…"`, `לדבריה, "…"`: by her words) and Korean,
/// after the particle that closes a quotation (`“…”고 말했다`): a quotation in one
/// of those languages keeps its attribution.
pub(crate) const OTHER_CUES: &str = "dedi είπε δήλωσε कहा
    אמר אמרה אמרו הוסיף הוסיפה לדבריו לדבריה לדבריהם
    말했다 밝혔다 덧붙였다 전했다 강조했다 설명했다 주장했다";

list!(
    /// Swedish months written after a day's ordinal number (`11. mars`), which does
    /// not end a sentence (those it shares with German are German's).
    NORDIC_MONTHS,
    "januari februari mars maj augusti oktober december"
);
