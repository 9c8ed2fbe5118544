//! Which words are reported speech's cues: verbs of speech and belief with
//! their particles and phrases, as verbs and not as nouns.

use super::Cue;
use crate::core::attribution::{Ctx, Para};
use crate::core::lexicon::{
    AUXILIARIES, CONTENT_CUE, CONTENT_ONLY_CUES, CUE_FOLLOWERS, ENGLISH_PRONOUNS, FUNCTION_WORDS,
    NOUN_LIKE_CUES, OBJECT_CUE, PARTICLE_CUE, PHRASE_CUE, PHRASE_CUE_NOUNS, SOURCE_NOUNS,
    cue_particles, is,
};
use crate::core::text::is_cue_at;

impl Ctx<'_> {
    /// The cue of reported content at token `k`, if it is one: a verb with its
    /// particle (`called for`), a reporting verb, or a verb whose object is the
    /// content (`endorsed`).
    /// `class` is the word's [`cue_class`].
    pub(super) fn cue_at(&self, para: &Para, k: usize, class: u8) -> Option<Cue> {
        let t = &para.tokens;
        if class & PHRASE_CUE != 0 {
            if let Some(cue) = self.phrase_cue(para, k) {
                return Some(cue);
            }
        }
        if class & (CONTENT_CUE | OBJECT_CUE | PARTICLE_CUE) == 0 {
            // (`investigators discovered that …`: any verb before a `that` clause.)
            return self.verb_with_that_clause(para, k).then_some(Cue {
                k,
                last: k,
                object: false,
            });
        }
        let w = t[k].text(self.text);
        if !w.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
            return self.content_cue_at(para, k, class).then_some(Cue {
                k,
                last: k,
                object: false,
            });
        }
        let particle = (class & PARTICLE_CUE != 0)
            .then(|| cue_particles(w))
            .flatten()
            .filter(|ps| {
                t.get(k + 1)
                    .is_some_and(|n| ps.contains(&n.text(self.text)))
            });
        if particle.is_some() && self.verb_use(para, k) {
            return Some(Cue {
                k,
                last: k + 1,
                object: true,
            });
        }
        let object = class & OBJECT_CUE != 0;
        if self.content_cue_at(para, k, class) && (!object || self.verb_use(para, k)) {
            return Some(Cue { k, last: k, object });
        }
        (object && self.verb_use(para, k)).then_some(Cue {
            k,
            last: k,
            object: true,
        })
    }

    /// A cue of several words opening at verb `k`: `made (it) clear (that)`,
    /// `made the case (that|for)`, `took issue with`, `expressed concern about`,
    /// `raised questions about`, `took aim at`.
    pub(super) fn phrase_cue(&self, para: &Para, k: usize) -> Option<Cue> {
        let t = &para.tokens;
        let w = |m: usize| t.get(m).map_or("", |x| x.text(self.text));
        if !w(k).starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        let make = w(k).starts_with("ma");
        // `made it clear that …`, `made clear …`
        if make {
            let two = |a: &str, b: &str| w(k + 1) == a && w(k + 2) == b;
            let clear = if w(k + 1) == "clear" {
                k + 1
            } else if two("it", "clear")
                || two("the", "case")
                // `made the point that …`, `made the argument that …`
                || w(k + 1) == "the" && is(&PHRASE_CUE_NOUNS, w(k + 2)) && w(k + 3) == "that"
            {
                k + 2
            } else {
                return None;
            };
            return Some(Cue {
                k,
                last: clear,
                object: false,
            });
        }
        // `voters see him as a fighter`, `many view the plan as a giveaway`
        if matches!(
            w(k),
            "see"
                | "sees"
                | "saw"
                | "view"
                | "views"
                | "viewed"
                | "regard"
                | "regards"
                | "regarded"
        ) {
            let as_ = (k + 2..(k + 10).min(t.len()))
                .take_while(|&m| t[m].is_word())
                .find(|&m| w(m) == "as");
            return as_.map(|_| Cue {
                k,
                last: k,
                object: true,
            });
        }
        // `expressed (deep) concern about …`, `took issue with …`
        let noun = (k + 1..(k + 3).min(t.len())).find(|&m| is(&PHRASE_CUE_NOUNS, w(m)))?;
        if (k + 1..noun).any(|m| !t[m].is_word() || is(&FUNCTION_WORDS, w(m)) && w(m) != "some") {
            return None;
        }
        let prep = noun + 1;
        let object = matches!(
            w(prep),
            "about" | "over" | "for" | "in" | "with" | "at" | "that" | "on" | "regarding"
        );
        object.then_some(Cue {
            k,
            last: if w(prep) == "that" { noun } else { prep },
            object: w(prep) != "that",
        })
    }

    /// Whether the lower-case word at token `k` is used as a verb: not after a
    /// determiner (`his support`), not a passive or a participle describing a
    /// noun (`was backed by`, `the widely praised plan`), and a present form after
    /// a subject, `to` or an auxiliary (`voters support`, `will endorse`).
    pub(super) fn verb_use(&self, para: &Para, k: usize) -> bool {
        let t = &para.tokens;
        let w = t[k].text(self.text);
        let Some(next) = t.get(k + 1) else {
            return false;
        };
        if next.text(self.text) == "by" || next.is_punct('.') {
            return false;
        }
        let mut j = k;
        while j > 0 && {
            let p = t[j - 1].text(self.text);
            p.len() > 3 && p.ends_with("ly") || matches!(p, "also" | "not" | "never" | "still")
        } {
            j -= 1;
        }
        let Some(prev) = j.checked_sub(1).map(|p| t[p]) else {
            return false;
        };
        let p = prev.text(self.text);
        if matches!(
            p,
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "this"
                | "these"
                | "those"
                | "of"
                | "for"
                | "in"
                | "with"
                | "no"
        ) {
            return false;
        }
        // `her 1,280 pledged delegates`: a participle between a number and a noun
        // describes the noun.
        let counted = p.starts_with(|c: char| c.is_ascii_digit())
            && w.ends_with("ed")
            && t.get(k + 1).is_some_and(|n| {
                n.is_word()
                    && !is(&FUNCTION_WORDS, n.text(self.text))
                    && !n.is_capitalized(self.text)
            });
        if counted {
            return false;
        }
        let passive = matches!(
            p,
            "is" | "are" | "was" | "were" | "be" | "been" | "being" | "get" | "got" | "gets"
        );
        if passive && !w.ends_with("ing") {
            return false;
        }
        if w.ends_with("ed") || w.ends_with("ing") || w == "sought" {
            return true;
        }
        // `Widespread references in …`: after a lone capitalised word opening the
        // sentence that the text never repeats and that is no plural (an adjective,
        // not a name or `Authorities`), a word that is as often a noun is one.
        let opener = para.first_from(para.clause_start(prev.span.start, None)) == j - 1
            && prev.is_capitalized(self.text)
            && !p.ends_with('s')
            && !is(&ENGLISH_PRONOUNS, p)
            && is(&NOUN_LIKE_CUES, w)
            && t.get(k + 1).is_some_and(|n| !n.is_capitalized(self.text))
            && self.text.matches(p).take(2).count() == 1;
        if opener {
            return false;
        }
        // `the report cites …`: a third person's verb after any noun.
        let third_person = w.ends_with('s') && !w.ends_with("ss");
        if third_person && prev.is_word() && (!is(&FUNCTION_WORDS, p) || is(&ENGLISH_PRONOUNS, p)) {
            return true;
        }
        // `The leader, Tom Berg, hopes that …`: after the comma closing an
        // apposition, a third person's verb with a `that` clause (a noun is
        // never followed by `, … that` this way).
        if third_person && p == "," && t.get(k + 1).is_some_and(|n| n.text(self.text) == "that") {
            return true;
        }
        prev.is_word()
            && (is(&ENGLISH_PRONOUNS, p)
                || is(&AUXILIARIES, p)
                || matches!(
                    p,
                    "to" | "who"
                        | "they"
                        | "we"
                        | "you"
                        | "don’t"
                        | "don't"
                        | "didn’t"
                        | "didn't"
                        | "doesn’t"
                        | "doesn't"
                        | "won’t"
                        | "won't"
                )
                || prev.is_capitalized(self.text)
                || p.ends_with('s') && !p.ends_with("ss"))
    }

    /// Whether token `k` is a cue that can introduce reported content.
    pub(super) fn content_cue_at(&self, para: &Para, k: usize, class: u8) -> bool {
        let t = &para.tokens;
        let w = t[k].text(self.text);
        // Cues are lower case but where they open a sentence (`Said X, …`).
        let plain = w.as_bytes().first().is_some_and(u8::is_ascii_lowercase);
        let opens = k == 0 || !t[k - 1].is_word();
        if !t[k].is_word() || !plain && !opens {
            return false;
        }
        if class & CONTENT_CUE == 0 {
            return self.verb_with_that_clause(para, k);
        }
        // `polls show that…`, not `a talk show host`.
        let followed = || {
            !is(&NOUN_LIKE_CUES, w)
                || t.get(k + 1).is_none_or(|n| {
                    let v = n.text(self.text);
                    !n.is_word()
                        || is(&CUE_FOLLOWERS, v)
                        || v.chars().next().is_some_and(char::is_uppercase)
                })
        };
        // `Polls show working-class voters …`: a subject before it makes it a verb.
        let subject = || {
            k > 0 && {
                let p = t[k - 1];
                let v = p.text(self.text);
                p.is_word()
                    && (is(&SOURCE_NOUNS, v)
                        || is(&ENGLISH_PRONOUNS, v)
                        || matches!(v, "that" | "which" | "who" | "data" | "polling")
                        || v.ends_with('s') && !v.ends_with("ss") && !is(&FUNCTION_WORDS, v))
            }
        };
        // `wants to know`: the one who wants is the source, not a speaker of `know`.
        let infinitive = k > 0 && t[k - 1].text(self.text) == "to";
        is_cue_at(self.text, t, k)
            || is(&CONTENT_ONLY_CUES, w)
                && !infinitive
                && w.chars().next().is_some_and(char::is_lowercase)
                && (followed() || subject())
    }

    /// Whether token `k` is a verb in the past tense followed by a `that` clause
    /// (`investigators discovered that …`, `the campaign conceded that …`): any
    /// such verb reports what someone said, found or believes.
    pub(super) fn verb_with_that_clause(&self, para: &Para, k: usize) -> bool {
        let t = &para.tokens;
        let that = t.get(k + 1).is_some_and(|n| n.text(self.text) == "that");
        if !that || !t[k].is_word() {
            return false;
        }
        let w = t[k].text(self.text);
        let clause = t.get(k + 2).is_some_and(|n| {
            let v = n.text(self.text);
            n.is_word()
                && (is(&CUE_FOLLOWERS, v) || v.chars().next().is_some_and(char::is_uppercase))
                && v != "to"
        });
        that && clause
            && w.len() > 4
            && w.ends_with("ed")
            && w.chars().all(|c| c.is_lowercase())
            && !is(&FUNCTION_WORDS, w)
    }
}
