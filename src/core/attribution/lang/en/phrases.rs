//! English in the shared readers of names and speaker phrases: its
//! determiners and links, which every language without its own words there
//! reads too ([`Phrases`]'s defaults), and a plural role opening a sentence.

use crate::core::attribution::grammar::Phrases;
use crate::core::lexicon::{ROLE_NOUNS, SENTENCE_ADVERBS, is};
use crate::core::phrase::Part;

use super::English;

/// The part an English determiner or link (`lower`, in lower case) plays in a
/// speaker phrase: `the`, `his` definite; `a`, `one`, `several` not; `of`,
/// `for`, `with` a link. `None` for any other word.
pub(in crate::core::attribution) fn part(lower: &str) -> Option<Part> {
    match lower {
        "the" | "this" | "these" | "those" | "my" | "his" | "her" | "their" | "our" => {
            Some(Part::Det { definite: true })
        }
        "a" | "an" | "one" | "another" | "two" | "three" | "four" | "five" | "several" | "some"
        | "many" | "most" | "other" | "both" => Some(Part::Det { definite: false }),
        "of" | "for" | "at" | "from" | "with" | "to" => Some(Part::Link),
        _ => None,
    }
}

/// Whether `lower` is an English preposition of place that joins a
/// post-modifier to a subject's head (`officials in Kabul`, `residents on the
/// island`, `voters across the state`): read backward from the verb, the head
/// before it is the subject, not the place after it.
pub(in crate::core::attribution) fn subject_link(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "on" | "near" | "inside" | "outside" | "across" | "around" | "throughout"
    )
}

impl Phrases for English {
    fn role_complement_is_another(&self) -> bool {
        true
    }

    /// `Later Tomas left`, `Still Brenner refused`: an adverb or conjunction
    /// opening the sentence before a name is no part of it.
    fn opens_sentence(&self, w: &str) -> bool {
        is(&SENTENCE_ADVERBS, w)
    }

    /// `Officials said …`, `Critics say …`: a plural role noun capitalised
    /// only because it opens the sentence names no one.
    fn names_no_one_at_start(&self, w: &str) -> bool {
        w.ends_with('s') && is(&ROLE_NOUNS, w)
    }
}
