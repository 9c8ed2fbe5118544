//! French, Spanish, Portuguese and Italian in the shared readers of names and
//! speaker phrases ([`Phrases`]): their articles (elided too: `l’avocat`),
//! contractions (`des`, `del`), links and pronouns, the words that open a
//! sentence before a name (`Selon`), a title opening a run (`M. Dupont`), and
//! the roles, bodies and documents a description refers back with.

use crate::core::attribution::grammar::Phrases;
use crate::core::lang::Lang;
use crate::core::lexicon::is;
use crate::core::lexicon::romance::{
    FRENCH_BELIEF, FRENCH_CUES, FRENCH_ETRE, IBERO_ITALIAN_CUES, ROMANCE_ADVERBS,
    ROMANCE_AUXILIARIES, ROMANCE_DEFINITE, ROMANCE_DOCUMENT_NOUNS, ROMANCE_INDEFINITE,
    ROMANCE_LINKS, ROMANCE_OPENERS, ROMANCE_ORG_REFERENCES, ROMANCE_PRONOUNS, ROMANCE_REFERRING,
    ROMANCE_ROLE_NOUNS, ROMANCE_SOURCE_NOUNS, ROMANCE_TIME_WORDS, ROMANCE_TITLES, is_pronoun,
};
use crate::core::mentions::{NameRun, RunKind, strip_possessive};
use crate::core::phrase::{Part, Reader};
use crate::core::span::Span;
use crate::core::text::Token;

use super::grammar::Romance;

/// The noun after an elided article (`avocat` of `l’avocat`), if `w` has one.
pub(crate) fn elided_article(w: &str) -> Option<&str> {
    ["l’", "l'", "L’", "L'"]
        .iter()
        .find_map(|p| w.strip_prefix(p))
        .filter(|rest| !rest.is_empty())
}

/// The role of a French, Spanish, Portuguese or Italian word `w` (`l` in
/// lower case) in a speaker phrase.
fn romance_part(lang: Lang, w: &str, l: &str) -> Part {
    // `l’avocat`, `l’association`: an article and a noun.
    if let Some(noun) = elided_article(l).filter(|_| matches!(lang, Lang::Fr | Lang::It)) {
        return if is(&ROMANCE_ROLE_NOUNS, noun) || is(&ROMANCE_SOURCE_NOUNS, noun) {
            Part::Role
        } else {
            Part::Modifier
        };
    }
    match (lang, l) {
        (Lang::Fr, "a") => return Part::Stop,
        (Lang::Pt, "a" | "o" | "as" | "os") => return Part::Det { definite: true },
        // A hearer after the speaker (`a los periodistas`, `ai giornalisti`, `ao jornal`).
        (Lang::Es | Lang::It | Lang::Pt, "a" | "al" | "ai" | "agli" | "alle" | "allo" | "alla")
        | (Lang::Pt, "ao" | "aos" | "à" | "às") => return Part::Stop,
        (Lang::Fr | Lang::Es | Lang::It | Lang::Pt, "des" | "del" | "de" | "du") => {
            return if l == "des" {
                Part::Det { definite: false }
            } else {
                Part::Link
            };
        }
        _ => {}
    }
    // `son avocat`, `su portavoz`: someone else, related to the one named before.
    let possessive = matches!(
        l,
        "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
            | "su"
            | "sus"
            | "seu"
            | "sua"
            | "seus"
            | "suas"
            | "suo"
    );
    if possessive {
        return Part::Det { definite: false };
    }
    if is(&ROMANCE_DEFINITE, l) {
        return Part::Det { definite: true };
    }
    if is(&ROMANCE_INDEFINITE, l) {
        return Part::Det { definite: false };
    }
    if is(&ROMANCE_LINKS, l) {
        return Part::Link;
    }
    if is(&ROMANCE_ROLE_NOUNS, l) || is(&ROMANCE_SOURCE_NOUNS, l) {
        return Part::Role;
    }
    let closed = is(&ROMANCE_TIME_WORDS, l)
        || is(&ROMANCE_PRONOUNS, l)
        || is(&ROMANCE_AUXILIARIES, l)
        || is(&ROMANCE_ADVERBS, l)
        || is(&ROMANCE_OPENERS, l)
        || is(&FRENCH_ETRE, l)
        || is(&FRENCH_CUES, l)
        || is(&FRENCH_BELIEF, l)
        || is(&IBERO_ITALIAN_CUES, l);
    // Elided pronouns and conjunctions (`qu’il`, `c’est`, `n’a`, `s’est`).
    let elided = ["qu", "c", "j", "n", "s", "m", "t", "lorsqu", "puisqu"]
        .iter()
        .any(|p| {
            l.strip_prefix(p)
                .is_some_and(|r| r.starts_with(['’', '\'']))
        });
    // A conjugated verb (`pourraient`, `devrait`, `iront`).
    let verb = lang == Lang::Fr
        && ["ait", "aient", "èrent", "eront", "erait", "eraient", "ront"]
            .iter()
            .any(|e| l.ends_with(e));
    let plain = w
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_numeric());
    if plain && !closed && !elided && !verb {
        Part::Modifier
    } else {
        Part::Stop
    }
}

impl Phrases for Romance {
    fn opens_sentence(&self, w: &str) -> bool {
        is(&ROMANCE_OPENERS, w) || is(&FRENCH_CUES, w)
    }

    /// `à l’AFP Paul Mercier`: a name after its article ends there.
    fn ends_run(&self, last: &str, next: &str) -> bool {
        let elided = |w: &str| ["l’", "l'", "L’", "L'"].iter().any(|p| w.starts_with(p));
        elided(last) || elided(next)
    }

    fn split_runs(&self, text: &str, tokens: &[Token], runs: &mut Vec<NameRun>, from: usize) {
        split_after_preposition(text, tokens, runs, from);
        for run in &mut runs[from..] {
            romance_title(text, tokens, run);
        }
    }

    /// `el Mandatario`, `la Ministra`: a capitalised role noun is a noun.
    fn run_is_noun(&self, text: &str, tokens: &[Token], k: usize) -> bool {
        is(&ROMANCE_ROLE_NOUNS, tokens[k].text(text))
    }

    fn word_part(&self, reader: &Reader, k: usize, w: &str, lower: &str) -> Option<Part> {
        let p = romance_part(self.0, w, lower);
        // `le ministre des Affaires étrangères`: after a noun, `des` is `de les`.
        let contracted = p == Part::Det { definite: false }
            && w == "des"
            && k > 0
            && !reader.word(k - 1).eq_ignore_ascii_case("des")
            && matches!(
                reader.part(k - 1),
                Part::Role | Part::Modifier | Part::Run(_)
            );
        Some(if contracted { Part::Link } else { p })
    }

    fn pronoun(&self, w: &str) -> bool {
        is_pronoun(self.0, w)
    }

    /// A name is not described by the word after it (`dijo Paredes ayer`).
    fn modifier_ends(&self, parts: &[(usize, Part)]) -> bool {
        matches!(parts.last(), Some((_, Part::Run(_))))
            && !parts.iter().any(|(_, p)| *p == Part::Link)
    }

    /// `l’avocat`, `l’ancien ministre`: the article is written into the noun.
    fn elided_article<'w>(&self, w: &'w str) -> Option<&'w str> {
        elided_article(w)
    }

    /// A role or body refers back (`le ministre`, `la députée`, `le ministère`).
    fn role_refers_back(&self, head: &str) -> bool {
        is(&ROMANCE_REFERRING, head) || is(&ROMANCE_ORG_REFERENCES, head)
    }

    fn is_document(&self, w: &str) -> bool {
        is(&ROMANCE_DOCUMENT_NOUNS, w)
    }
}

/// `a confié au Parisien Jean Dupont`: after `au`, `aux` or `à`, a run of three
/// or more words is a place or an outlet, then a person.
fn split_after_preposition(text: &str, tokens: &[Token], runs: &mut Vec<NameRun>, from: usize) {
    let Some(run) = runs
        .get(from)
        .filter(|r| runs.len() == from + 1 && r.title.is_none())
    else {
        return;
    };
    let words = (run.first..=run.last).all(|k| tokens[k].is_word()) && run.last >= run.first + 2;
    let after = run.first > 0 && matches!(tokens[run.first - 1].text(text), "au" | "aux" | "à");
    if !words || !after {
        return;
    }
    let (first, last) = (run.first, run.last);
    let place = Span::new(tokens[first].span.start, tokens[first].span.end);
    let person = Span::new(tokens[first + 1].span.start, tokens[last].span.end);
    runs[from] = NameRun {
        span: place,
        name: place,
        title: None,
        kind: RunKind::Org,
        first,
        last: first,
    };
    runs.push(NameRun {
        span: person,
        name: strip_possessive(text, person),
        title: None,
        kind: RunKind::Person,
        first: first + 1,
        last,
    });
}

/// `M. Dupont`, `Mme Durand`, `Sr. García`: a French, Spanish, Portuguese or
/// Italian title opening a run is not part of the name.
fn romance_title(text: &str, tokens: &[Token], run: &mut NameRun) {
    if run.title.is_some() || run.kind == RunKind::Org {
        return;
    }
    let first = tokens[run.first];
    // `la députée EELV Jeanne Roux`: a party's acronym before a person's
    // name is not part of it.
    let words = (run.first..=run.last)
        .filter(|&k| tokens[k].is_word())
        .count();
    if first.is_acronym(text) && words >= 3 && tokens[run.first + 1].is_word() {
        run.name = Span::new(tokens[run.first + 1].span.start, run.name.end);
        run.kind = RunKind::Person;
        return;
    }
    // `a CNN Brasil`, `la BBC Mundo`: an acronym and one word after an article
    // name a body.
    let article = run.first > 0 && {
        let w = tokens[run.first - 1].text(text);
        is(&ROMANCE_DEFINITE, w) || matches!(w, "a" | "o" | "à" | "ao" | "al" | "au" | "del" | "du")
    };
    if first.is_acronym(text) && words == 2 && article {
        run.kind = RunKind::Org;
        return;
    }
    // `l’Elysée`, `l’AFP`: a name after an article is a place or a body.
    if ["l’", "l'", "L’", "L'"]
        .iter()
        .any(|p| first.text(text).starts_with(p))
    {
        run.kind = RunKind::Org;
        return;
    }
    let dot = tokens
        .get(run.first + 1)
        .filter(|t| t.is_punct('.') && t.span.start == first.span.end);
    let word = first.text(text);
    let (title_end, name_first) = match dot {
        Some(d) if is(&ROMANCE_TITLES, &format!("{word}.")) => (d.span.end, run.first + 2),
        _ if is(&ROMANCE_TITLES, word) => (first.span.end, run.first + 1),
        _ => return,
    };
    if name_first > run.last || !tokens[name_first].is_word() {
        return;
    }
    run.title = Some(Span::new(first.span.start, title_end));
    run.name = Span::new(tokens[name_first].span.start, run.name.end.max(title_end));
    run.kind = RunKind::Person;
}
