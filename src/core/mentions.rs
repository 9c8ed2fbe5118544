//! People and organisations named in the article, and who each name refers to.
//!
//! A *name run* is a stretch of capitalised words (`General Sayed Abdul Basir
//! Saberi`, `the Afghan Ministry of Defence`). Titles split a run and are kept
//! apart from the name; organisation words make a run an organisation. Runs
//! that name people become [`Entity`] values: the name as the article first
//! gives it (the longest form), its title, its role and what gender the text
//! tells. Later runs (`Saberi`) find their entity by surname.

use rustc_hash::FxHashMap as HashMap;
use std::cell::OnceCell;

use super::attribution::Phrases;
use super::lexicon::{
    AUXILIARIES, CUE_VERBS, DESCRIBERS, FEMALE_NAMES, FEMALE_TITLES, FUNCTION_WORDS, MALE_NAMES,
    MALE_TITLES, NAME_PARTICLES, ROLE_NOUNS, TIME_WORDS, TITLES, is, is_in_either_number,
    is_org_word,
};
use super::span::Span;
use super::text::{Token, TokenKind, is_cue_at};

/// What a name run names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunKind {
    /// A person: titled, two or more name words, or a speaker.
    Person,
    /// An organisation, a place or a thing.
    Org,
    /// One capitalised word the text has not yet explained.
    Unknown,
}

/// A stretch of capitalised words in one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameRun {
    /// The whole run, title included (bytes).
    pub span: Span,
    /// The name, without title words or a possessive `’s`.
    pub name: Span,
    /// The title words before the name, if any.
    pub title: Option<Span>,
    /// What it names.
    pub kind: RunKind,
    /// Token indices `[first, last]` of the run in its paragraph.
    pub first: usize,
    /// Index of the run's last token.
    pub last: usize,
}

/// A person's gender as far as the text tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Gender {
    /// Not told.
    #[default]
    Unknown,
    /// Mr, he, a man's given name.
    Male,
    /// Mrs, she, a woman's given name.
    Female,
}

/// What kind of speaker an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityKind {
    /// A named person.
    Person,
    /// A named organisation (`the Pentagon`).
    Organization,
    /// Someone the article does not name (`a spokesperson for…`, `officials`).
    Unnamed,
}

/// Someone the article names or describes.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// The name as the article introduced it (the longest form seen), or the description.
    pub name: String,
    /// Person, organisation or unnamed.
    pub kind: EntityKind,
    /// A title given before the name (`General`).
    pub title: Option<String>,
    /// A role the article gives (`head of the logistics department of…`).
    pub role: Option<String>,
    /// Gender as far as the text tells.
    pub gender: Gender,
    /// Where it was first named.
    pub first: Span,
    /// Whether the text gives strong evidence of a person (title, role, given name, speaker).
    pub salient: bool,
    /// The name's words in lower case (see [`name_words`]), kept for matching.
    words: Vec<String>,
    /// Where it was last mentioned (byte offset).
    last_seen: usize,
}

/// One place where an entity is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The name's place in the text.
    pub span: Span,
    /// The entity named.
    pub entity: usize,
}

/// Whether the word at `i` may be part of a name: capitalised, an acronym, or, in a
/// paragraph written mostly in a cased script, a word of a caseless one (an Arabic or
/// Chinese name in an English sentence).
/// `cased` holds whether the paragraph is [`mostly_cased`], found when first needed
/// and kept for its other words (a scan per word made long caseless paragraphs quadratic).
fn is_name_word(text: &str, tokens: &[Token], i: usize, cased: &OnceCell<bool>) -> bool {
    let t = tokens[i];
    t.is_capitalized(text)
        || t.is_acronym(text)
        || t.is_caseless(text) && *cased.get_or_init(|| mostly_cased(text, tokens))
}

/// Whether at least half the words of the paragraph are in scripts with capital letters.
fn mostly_cased(text: &str, tokens: &[Token]) -> bool {
    let (mut cased, mut all) = (0, 0);
    for t in tokens.iter().filter(|t| t.is_word()) {
        all += 1;
        if !t.is_caseless(text) {
            cased += 1;
        }
    }
    cased * 2 >= all
}

/// Finds the name runs of one paragraph's tokens, in the language whose
/// [`Phrases`] are `phrases`. `sentence_start(i)` tells whether token `i`
/// opens a sentence.
pub(crate) fn name_runs(
    text: &str,
    tokens: &[Token],
    phrases: &dyn Phrases,
    sentence_start: impl Fn(usize) -> bool,
) -> Vec<NameRun> {
    let mut runs = Vec::new();
    let mut i = 0;
    let cased = OnceCell::new();
    // A function word opening a sentence is no name, and nor is a word the
    // language opens one with before a name (German `Im Kongress`).
    // (A title opening the sentence opens a name: `Mr. Clyburn said.`)
    let title = |w: &str| matches!(w, "Mr" | "Mrs" | "Ms" | "Dr");
    let opener = |w: &str| is(&FUNCTION_WORDS, w) && !title(w) || phrases.opens_sentence(w);
    while i < tokens.len() {
        // (`US Senator X` opening a sentence is no `us`.)
        if !is_name_word(text, tokens, i, &cased)
            || (sentence_start(i) && opener(tokens[i].text(text)) && !tokens[i].is_acronym(text))
            || is(&CUE_VERBS, tokens[i].text(text)) && sentence_start(i)
        {
            i += 1;
            continue;
        }
        let mut j = i;
        while let Some(next) = extend_run(text, tokens, j, phrases, &cased) {
            j = next;
        }
        // (`Officials said …`: capitalised only because it opens the sentence.)
        let w = tokens[i].text(text);
        if j == i && sentence_start(i) && phrases.names_no_one_at_start(w) {
            i += 1;
            continue;
        }
        let before = runs.len();
        split_run(text, tokens, (i, j), &cased, &mut runs);
        phrases.split_runs(text, tokens, &mut runs, before);
        i = j + 1;
    }
    runs
}

/// Whether tokens `a` and `b` are separated by nothing but a space or two.
fn adjacent(text: &str, a: Token, b: Token) -> bool {
    text.get(a.span.end..b.span.start).is_some_and(|gap| {
        gap.chars().count() <= 2 && gap.chars().all(|c| c == ' ' || c == '\u{a0}')
    })
}

/// Where the run ending at token `j` extends to, if it does: the next name word;
/// the full stop of an initial or an abbreviated title (`J.`, `Gen.`) before a
/// name word; or lower-case particles (`von der`) or a connector (`of`) before one.
fn extend_run(
    text: &str,
    tokens: &[Token],
    j: usize,
    phrases: &dyn Phrases,
    cased: &OnceCell<bool>,
) -> Option<usize> {
    let next = j + 1;
    let t = *tokens.get(next)?;
    // (`à l’AFP Paul Mercier`: a French name after its article ends there.)
    if phrases.ends_run(tokens[j].text(text), t.text(text)) {
        return None;
    }
    if is_name_word(text, tokens, next, cased) && adjacent(text, tokens[j], t) {
        return Some(next);
    }
    let name_after = |k: usize| k < tokens.len() && is_name_word(text, tokens, k, cased);
    // A plural possessive inside a name: `Universities and Colleges Employers’ Association`.
    if matches!(t.kind, TokenKind::Punct('’' | '\''))
        && t.span.start == tokens[j].span.end
        && tokens[j].text(text).ends_with('s')
        && name_after(next + 1)
        && adjacent(text, t, tokens[next + 1])
    {
        return Some(next + 1);
    }
    if t.is_punct('.') && t.span.start == tokens[j].span.end && name_after(next + 1) {
        let w = tokens[j].text(text);
        return (w.chars().count() == 1 || is(&TITLES, &format!("{w}."))).then_some(next);
    }
    if !t.is_word() || !adjacent(text, tokens[j], t) {
        return None;
    }
    let mut k = next;
    while k < tokens.len()
        && tokens[k].is_word()
        && !is_name_word(text, tokens, k, cased)
        && (k == next && connects(text, tokens, j, k) || is(&NAME_PARTICLES, tokens[k].text(text)))
    {
        k += 1;
    }
    // (The language may keep words out: German articles join only after
    // `von`, as in `von der Leyen`, not `Passend zu den Gefahren`.)
    (k > next && name_after(k) && phrases.particles_join(text, tokens, j, k)).then_some(k)
}

/// Whether the lower-case word at `k` may join the run ending at `j` to a following name word.
fn connects(text: &str, tokens: &[Token], j: usize, k: usize) -> bool {
    let w = tokens[k].text(text);
    if is(&NAME_PARTICLES, w) && w.chars().all(char::is_lowercase) {
        return true;
    }
    let last = tokens[j].text(text);
    let after = tokens.get(k + 1).map_or("", |t| t.text(text));
    // (Not a date: `Reuters on Monday`, `the Senate on Tuesday`.)
    matches!(w, "of" | "for" | "and" | "de" | "on")
        && (is_org_word(last) || is(&TITLES, last) || is_org_word(after) && w != "and")
        && !is(&TIME_WORDS, after)
}

/// Splits a run at its titles and classifies each piece.
fn split_run(
    text: &str,
    tokens: &[Token],
    (first, last): (usize, usize),
    cased: &OnceCell<bool>,
    out: &mut Vec<NameRun>,
) {
    let word = |k: usize| tokens[k].text(text);
    // The first title word that is followed by a name (not `General Motors`); a
    // word that describes a person not in an organisation's name (`Former
    // Miners Association`) nor before a noun the run qualifies (`Former Mexican
    // presidents`, `Former Republican presidential nominee`).
    let role = |w: &str| is_in_either_number(&[&ROLE_NOUNS, &TITLES], w);
    let qualifies_a_noun = || {
        tokens[last + 1..]
            .iter()
            .take(2)
            .take_while(|t| t.is_word() && t.text(text).chars().all(char::is_lowercase))
            .any(|t| role(t.text(text)))
    };
    let title_at = (first..=last).find(|&k| {
        is(&TITLES, word(k))
            && tokens[k].is_word()
            && (k + 1..=last).any(|m| !is(&TITLES, word(m)))
            && !(is(&DESCRIBERS, word(k))
                && (qualifies_a_noun() || (k + 1..=last).any(|m| is_org_word(word(m)))))
    });
    if let Some(t) = title_at {
        if t > first {
            let mut end = t - 1;
            while end > first && !tokens[end].is_word() {
                end -= 1;
            }
            split_run(text, tokens, (first, end), cased, out);
        }
        // The name is the tail of plain name words; the title is what comes before it.
        let mut name_first = last;
        while name_first > t {
            let k = name_first - 1;
            let w = word(k);
            let plain = if tokens[k].is_punct('.') {
                // The full stop of an initial (`A.`) belongs to the name; of a title (`Gen.`), to the title.
                k > 0 && word(k - 1).chars().count() == 1 && !is(&TITLES, word(k - 1))
            } else {
                is_name_word(text, tokens, k, cased) && !is(&TITLES, w) && !is_org_word(w)
                    || is(&NAME_PARTICLES, w) && w.chars().all(char::is_lowercase)
            };
            if !plain {
                break;
            }
            name_first -= 1;
        }
        while name_first < last && !is_name_word(text, tokens, name_first, cased) {
            name_first += 1;
        }
        let name_words: Vec<&str> = (name_first..=last).map(word).collect();
        let kind = if name_words.iter().any(|w| is_org_word(w)) {
            RunKind::Org
        } else {
            RunKind::Person
        };
        let span = Span::new(tokens[t].span.start, tokens[last].span.end);
        out.push(NameRun {
            span,
            name: strip_possessive(
                text,
                Span::new(tokens[name_first].span.start, tokens[last].span.end),
            ),
            title: Some(Span::new(
                tokens[t].span.start,
                tokens[name_first - 1].span.end,
            )),
            kind,
            first: t,
            last,
        });
        return;
    }
    let words: Vec<&str> = (first..=last)
        .filter(|&k| tokens[k].is_word())
        .map(word)
        .collect();
    let after_the = first > 0 && word(first - 1).eq_ignore_ascii_case("the");
    let kind = if words.iter().any(|w| is_org_word(w))
        || after_the
        || words.first().is_some_and(|w| *w == "The")
        || words.len() == 1 && tokens[first].is_acronym(text)
    {
        RunKind::Org
    } else if words.len() >= 2 {
        RunKind::Person
    } else {
        // One word: a surname, a place, or a word capitalised only because it opens
        // the sentence. The registry keeps it only when it names someone known or a speaker.
        RunKind::Unknown
    };
    let span = Span::new(tokens[first].span.start, tokens[last].span.end);
    out.push(NameRun {
        span,
        name: strip_possessive(text, span),
        title: None,
        kind,
        first,
        last,
    });
}

/// `Trump’s` names Trump.
pub(crate) fn strip_possessive(text: &str, span: Span) -> Span {
    let s = span.get(text);
    for suffix in ["’s", "'s", "’", "'"] {
        if let Some(rest) = s.strip_suffix(suffix) {
            return Span::new(span.start, span.start + rest.len());
        }
    }
    span
}

/// A name as it reads in running text: `JANE DOE` becomes `Jane Doe`; other
/// names stay as they are.
fn display_name(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    name.split(' ')
        .map(|w| {
            let mut chars = w.chars();
            // The first letter stays: the name holds no lower-case letter.
            // (No `to_uppercase` here or anywhere in the core: it would bring
            // its 12 KB Unicode table into the wasm.)
            chars.next().map_or(String::new(), |first| {
                std::iter::once(first)
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The words of a name, for comparing names.
pub fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '.')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

/// Whether token `i` is followed (past auxiliaries) by a reporting verb, or preceded by one.
pub fn next_to_cue(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    let mut k = last + 1;
    while k < tokens.len() && is(&AUXILIARIES, tokens[k].text(text)) {
        k += 1;
    }
    is_cue_at(text, tokens, k) || first > 0 && is_cue_at(text, tokens, first - 1)
}

/// The gender a title or given name tells.
pub fn gender_of(title: Option<&str>, name: &str) -> Gender {
    if let Some(t) = title {
        let t = t.split_whitespace().next().unwrap_or("");
        if is(&FEMALE_TITLES, t) {
            return Gender::Female;
        }
        if is(&MALE_TITLES, t) {
            return Gender::Male;
        }
    }
    let given = name.split_whitespace().next().unwrap_or("");
    if is(&MALE_NAMES, given) {
        Gender::Male
    } else if is(&FEMALE_NAMES, given) {
        Gender::Female
    } else {
        Gender::Unknown
    }
}

/// The gender an English noun for a person tells (`chairwoman`, `actress`,
/// `spokesman`, `father`), or [`Gender::Unknown`]; capitalised words are
/// names, not nouns (`German`).
pub fn noun_gender(noun: &str) -> Gender {
    if !noun.chars().next().is_some_and(char::is_lowercase) {
        return Gender::Unknown;
    }
    let female = noun.ends_with("woman")
        || noun.ends_with("women")
        || matches!(
            noun,
            "actress"
                | "mother"
                | "wife"
                | "daughter"
                | "sister"
                | "grandmother"
                | "queen"
                | "princess"
                | "widow"
                | "girl"
                | "lady"
                | "aunt"
                | "niece"
                | "duchess"
                | "mom"
                | "mum"
                | "granddaughter"
                | "stepmother"
                | "waitress"
                | "heiress"
        );
    let male = !female
        && (noun.ends_with("man") && noun != "human"
            || noun.ends_with("men") && noun.len() > 4
            || matches!(
                noun,
                "father"
                    | "husband"
                    | "son"
                    | "brother"
                    | "grandfather"
                    | "king"
                    | "prince"
                    | "widower"
                    | "boy"
                    | "uncle"
                    | "nephew"
                    | "duke"
                    | "dad"
                    | "grandson"
                    | "stepfather"
            ));
    if female {
        Gender::Female
    } else if male {
        Gender::Male
    } else {
        Gender::Unknown
    }
}

/// The gender a role tells by its head, the noun before any complement (`the
/// committee chairwoman`, `chairwoman of the board`).
fn role_gender(role: &str) -> Gender {
    role.split_whitespace()
        .take_while(|w| {
            !matches!(
                *w,
                "of" | "for" | "at" | "in" | "on" | "with" | "from" | "to"
            )
        })
        .last()
        .map_or(Gender::Unknown, |w| {
            noun_gender(w.trim_matches(|c: char| !c.is_alphabetic()))
        })
}

/// The role the article gives a person right around a name run: a description
/// before it (`The head of the logistics department of … General X`) or an
/// apposition after it (`X, the head of …, said`).
pub fn role_near(text: &str, tokens: &[Token], run: &NameRun) -> Option<String> {
    let phrase_ok = |from: usize, to: usize| {
        (from..to).any(|k| is(&ROLE_NOUNS, tokens[k].text(text)))
            && (from..to).all(|k| {
                let w = tokens[k].text(text);
                !is(&CUE_VERBS, w) && !is(&AUXILIARIES, w) && !matches!(w, "." | ";" | "(")
            })
    };
    let slice = |from: usize, to: usize| {
        Span::new(tokens[from].span.start, tokens[to - 1].span.end)
            .get(text)
            .to_string()
    };
    // Apposition after: `X, the head of Y, said` / `X, director of Y,`.
    if tokens.get(run.last + 1).is_some_and(|t| t.is_punct(',')) {
        let start = run.last + 2;
        let mut k = start;
        let stop =
            |t: &Token| matches!(t.kind, TokenKind::Punct(',' | '.' | ';' | ':' | '(' | ')'));
        while k < tokens.len() && k < start + 20 && !stop(&tokens[k]) {
            k += 1;
        }
        if k > start && tokens.get(k).is_none_or(stop) {
            let from = if is_article(tokens[start].text(text)) {
                start + 1
            } else {
                start
            };
            if from < k && phrase_ok(from, k) {
                return Some(slice(from, k));
            }
        }
    }
    // A description before: from the outermost determiner up to the name, inside one clause.
    let mut best = None;
    let mut k = run.first;
    while k > 0 && run.first - k < 20 {
        k -= 1;
        if !tokens[k].is_word() && !tokens[k].is_punct('-') {
            break;
        }
        if is_article(tokens[k].text(text)) && k + 1 < run.first && phrase_ok(k + 1, run.first) {
            best = Some(k);
        }
    }
    best.map(|k| slice(k + 1, run.first))
}

fn is_article(w: &str) -> bool {
    matches!(w, "the" | "The" | "a" | "A" | "an" | "An")
}

/// The entities of an article and every place they are named, in reading order.
#[derive(Clone, Debug, Default)]
pub struct Registry {
    /// Everyone named or described.
    pub entities: Vec<Entity>,
    /// Every mention of a person or organisation, in text order.
    pub mentions: Vec<Mention>,
    /// Entities by the last word of their name: every way of matching a name ends there.
    by_last_word: HashMap<String, Vec<usize>>,
    /// People by the first word of a name of two words or more: a given name
    /// alone refers to the one person introduced with it ([`Registry::find`]).
    by_first_word: HashMap<String, Vec<usize>>,
    /// Whether names decline (Russian, Polish, Czech: `Путин`, `Путина`,
    /// `Путину`): a name then also matches its case forms ([`same_name_word`]).
    pub case_forms: bool,
    /// Entities by the first three letters of the last word of their name (the
    /// case forms of a name all start with them), when [`Registry::case_forms`].
    by_stem: HashMap<String, Vec<usize>>,
    /// The person a name of one word last stood for (`K.` for `Sebastian K.`):
    /// a writer who has called someone by their surname alone goes on doing so,
    /// and names anyone else who shares it in full (`Jacek K.`).
    short_forms: HashMap<String, usize>,
    /// What each resolved speaker said (a quotation, a reported clause) and
    /// who, in the order they were resolved: a name inside someone's words is
    /// not whom a later pronoun means ([`Registry::pronoun_antecedent`]).
    said: Vec<(Span, usize)>,
}

/// The first three letters of a word: the key of [`Registry::by_stem`].
fn stem_key(word: &str) -> String {
    word.chars().take(3).collect()
}

/// Endings of the other cases after a masculine name that ends in a
/// consonant, or after a whole `-ski` name: Russian (`Путина`, `Путину`,
/// `Путиным`, `Путине`), Polish (`Nowaka`, `Nowakowi`, `Nowakiem`,
/// `Kowalskiego`, `Kowalskim`), Czech (`Nováka`, `Novákovi`, `Novákem`).
const MASCULINE_CASE_ENDINGS: &[&str] = &[
    "а", "у", "ом", "ым", "ем", "е", "a", "owi", "em", "iem", "u", "ego", "emu", "m", "ovi", "e",
];

/// Endings of a feminine name, any two of which are forms of one name:
/// `Смирнова`, `Смирновой`, `Смирнову`; `Kowalska`, `Kowalskiej`, `Kowalską`;
/// `Nováková`, `Novákové`, `Novákovou`.
const FEMININE_ENDINGS: &[&str] = &[
    "а", "ой", "ую", "у", "ою", "a", "iej", "ej", "ą", "á", "é", "ou",
];

/// Endings of a masculine adjectival name (`Достоевский`, `Novotný`), and of its
/// other cases (`Достоевского`, `Novotného`, `Novotným`).
const ADJECTIVAL_NOMINATIVE: &[&str] = &["ий", "ый", "ой", "ý"];
const ADJECTIVAL_CASES: &[&str] = &["ого", "ому", "им", "ым", "ом", "ого", "ého", "ému", "ým"];

/// Whether two lower-case words of names are case forms of one word: one is the
/// other and a masculine case ending; or both are one stem of three letters or
/// more with two feminine endings, or with an adjectival nominative and another
/// case. Conservative: nothing else, and no word of fewer than four letters.
pub fn same_name_word(a: &str, b: &str) -> bool {
    case_forms_of(a, b, 4)
}

/// [`same_name_word`], for words of `min` letters or more.
fn case_forms_of(a: &str, b: &str, min: usize) -> bool {
    if a == b {
        return true;
    }
    if a.chars().count() < min || b.chars().count() < min {
        return false;
    }
    let stem_ok = |s: &str| s.chars().count() >= 3;
    let masculine = |x: &str, y: &str| {
        y.strip_prefix(x)
            .is_some_and(|e| MASCULINE_CASE_ENDINGS.contains(&e))
    };
    let stems = |x: &'_ str, endings: &[&str]| -> Vec<String> {
        endings
            .iter()
            .filter_map(|e| x.strip_suffix(e))
            .filter(|s| stem_ok(s))
            .map(str::to_string)
            .collect()
    };
    let shared = |x: Vec<String>, y: Vec<String>| x.iter().any(|s| y.contains(s));
    masculine(a, b)
        || masculine(b, a)
        || shared(stems(a, FEMININE_ENDINGS), stems(b, FEMININE_ENDINGS))
        || shared(stems(a, ADJECTIVAL_NOMINATIVE), stems(b, ADJECTIVAL_CASES))
        || shared(stems(b, ADJECTIVAL_NOMINATIVE), stems(a, ADJECTIVAL_CASES))
}

impl Registry {
    /// Records name run `run` (read in order): a new entity, or a further mention of one.
    pub fn add_run(&mut self, text: &str, tokens: &[Token], run: &NameRun, speaker: bool) {
        let name = run.name.get(text);
        let words = name_words(name);
        if words.is_empty() {
            return;
        }
        // A given name alone that speaks or is a person's (`Marta said`, `Mr.
        // Ban`) is the one person introduced with it (`Marta Quiroga`, `Ban
        // Ki-moon`); not a capitalised word before a noun (`Muslim immigration`).
        let known = match self.find(&words) {
            None if speaker || run.kind == RunKind::Person => self.link_given_name(&words),
            known => known,
        };
        if let (Some(e), [word]) = (known, words.as_slice())
            && self.entities[e].kind == EntityKind::Person
            && self.entities[e].words.len() > 1
        {
            self.short_forms.insert(word.clone(), e);
        }
        // A surname in capitals (`DOE:` in a transcript) is the person, not an acronym.
        let capitals_of_a_person = words.len() == 1
            && known.is_some_and(|e| self.entities[e].kind == EntityKind::Person)
            && !name.chars().any(char::is_lowercase);
        let kind = match (run.kind, known) {
            (RunKind::Org, _) if capitals_of_a_person => EntityKind::Person,
            (RunKind::Org, _) => EntityKind::Organization,
            (RunKind::Person, _) => EntityKind::Person,
            (RunKind::Unknown, Some(_)) => EntityKind::Person,
            (RunKind::Unknown, None) if speaker => EntityKind::Person,
            (RunKind::Unknown, None) => return,
        };
        let title = run.title.map(|t| t.get(text).to_string());
        let role = (kind == EntityKind::Person)
            .then(|| role_near(text, tokens, run))
            .flatten();
        let entity = match known {
            Some(e) if self.entities[e].kind == kind || run.kind == RunKind::Unknown => {
                // (Of a name's case forms, the shortest is the one to show: the
                // nominative, `Путин` rather than `Путина`.)
                let last = |w: &[String]| w.last().map_or(0, |l| l.chars().count());
                let all = |w: &[String]| w.iter().map(|l| l.chars().count()).sum::<usize>();
                let known = &self.entities[e].words;
                let renamed = words.len() > known.len() && last(&words) <= last(known)
                    || words.len() == known.len() && all(&words) < all(known) && self.case_forms;
                if renamed {
                    if words.len() > 1 {
                        self.by_first_word
                            .entry(words[0].clone())
                            .or_default()
                            .push(e);
                    }
                    self.entities[e].name = name.to_string();
                    self.entities[e].words = words;
                }
                let ent = &mut self.entities[e];
                // A title given later tells the gender too (`Anne Morel` … `Mme Morel`),
                // and so does a role (`Kit Dorran, the committee chairwoman`).
                if ent.gender == Gender::Unknown && title.is_some() {
                    ent.gender = gender_of(title.as_deref(), "");
                }
                if ent.gender == Gender::Unknown {
                    ent.gender = role.as_deref().map_or(Gender::Unknown, role_gender);
                }
                ent.title = ent.title.take().or(title);
                ent.role = ent.role.take().or(role);
                ent.salient |= speaker;
                e
            }
            _ => {
                let gender = match gender_of(title.as_deref(), name) {
                    Gender::Unknown => role.as_deref().map_or(Gender::Unknown, role_gender),
                    g => g,
                };
                let salient = kind == EntityKind::Person
                    && (title.is_some() || role.is_some() || speaker || gender != Gender::Unknown);
                self.push_entity(Entity {
                    name: name.to_string(),
                    kind,
                    title,
                    role,
                    gender,
                    first: run.name,
                    salient,
                    words,
                    last_seen: run.name.start,
                })
            }
        };
        self.mention(run.name, entity);
    }

    fn push_entity(&mut self, entity: Entity) -> usize {
        let id = self.entities.len();
        if let [first, _, ..] = entity.words.as_slice() {
            self.by_first_word
                .entry(first.clone())
                .or_default()
                .push(id);
        }
        if let Some(last) = entity.words.last() {
            self.by_last_word.entry(last.clone()).or_default().push(id);
            if self.case_forms {
                self.by_stem.entry(stem_key(last)).or_default().push(id);
            }
        }
        self.entities.push(entity);
        id
    }

    /// Records a mention, keeping the list in text order.
    fn mention(&mut self, span: Span, entity: usize) {
        let at = self
            .mentions
            .partition_point(|m| m.span.start <= span.start);
        self.mentions.insert(at, Mention { span, entity });
        let e = &mut self.entities[entity];
        e.last_seen = e.last_seen.max(span.start);
    }

    /// The most recently mentioned entity whose name matches `words`: the same
    /// words, or a surname (last word) or given name of it.
    /// Where names decline ([`Registry::case_forms`]), a case form of it
    /// (`Путина` for `Путин`, `Владимира Путина` for `Владимир Путин`).
    pub fn find(&self, words: &[String]) -> Option<usize> {
        let exact = self.by_last_word.get(words.last()?).and_then(|candidates| {
            candidates
                .iter()
                .copied()
                .filter(|&id| {
                    let known = &self.entities[id].words;
                    known == words
                        || words.len() == 1
                        || known.len() == 1
                        || (words.len() < known.len() && known.ends_with(words))
                })
                .max_by_key(|&id| {
                    let called = words.len() == 1 && self.short_forms.get(&words[0]) == Some(&id);
                    (called, self.entities[id].last_seen)
                })
        });
        exact.or_else(|| self.find_case_form(words, |_| true))
    }

    /// The entity a speaker's name `words` refers to: [`Registry::find`]'s, or
    /// the one person introduced with it when it is a given name alone (`Marta
    /// said` after `Marta Quiroga`).
    /// The given name then stands for that person from there on, as a surname does.
    pub fn find_speaker(&mut self, words: &[String]) -> Option<usize> {
        self.find(words).or_else(|| self.link_given_name(words))
    }

    /// [`Registry::given_name`]'s person, recording the given name as a name
    /// of theirs ([`Registry::find`] finds them by it from then on).
    fn link_given_name(&mut self, words: &[String]) -> Option<usize> {
        let id = self.given_name(words)?;
        self.by_last_word
            .entry(words[0].clone())
            .or_default()
            .push(id);
        Some(id)
    }

    /// The one person whose name of two or three words starts with `words`, a
    /// single given name (`Marta` for `Marta Quiroga`; `Ban` for `Ban Ki-moon`,
    /// family name first); `None` when none or several do.
    fn given_name(&self, words: &[String]) -> Option<usize> {
        let [given] = words else {
            return None;
        };
        // (A person's name, two or three words, the person told apart by a
        // title, a role, a gender or speech: not a headline's capitals.)
        let mut people = self
            .by_first_word
            .get(given)?
            .iter()
            .copied()
            .filter(|&id| {
                let e = &self.entities[id];
                e.kind == EntityKind::Person
                    && e.salient
                    && (2..=3).contains(&e.words.len())
                    && e.words[0] == *given
                    && e.name
                        .split_whitespace()
                        .all(|w| w.chars().any(char::is_lowercase))
            });
        let one = people.next()?;
        people.all(|id| id == one).then_some(one)
    }

    /// The most recently mentioned entity (one `fits`) whose name's last words
    /// are case forms of `words`' (every word of the shorter name), when names
    /// decline.
    fn find_case_form(&self, words: &[String], fits: impl Fn(&Entity) -> bool) -> Option<usize> {
        if !self.case_forms {
            return None;
        }
        let last = words.last()?;
        self.by_stem
            .get(&stem_key(last))?
            .iter()
            .copied()
            .filter(|&id| {
                let known = &self.entities[id].words;
                let n = known.len().min(words.len());
                (words.len() == 1 || known.len() == 1 || words.len() <= known.len())
                    && same_name_word(&known[known.len() - 1], last)
                    // (Given names before a surname that matches may be short: `Jana`, `Jan`.)
                    && known[known.len() - n..]
                        .iter()
                        .zip(&words[words.len() - n..])
                        .all(|(k, w)| case_forms_of(k, w, 3))
                    && fits(&self.entities[id])
            })
            .max_by_key(|&id| self.entities[id].last_seen)
    }

    /// The person named `name` at `span` (a transcript's label: `JANE DOE`,
    /// `DOE`): the person known by those words, else a new one. A name in
    /// capitals is kept as `Jane Doe`.
    pub fn person_named(&mut self, name: &str, span: Span) -> Option<usize> {
        let words = name_words(name);
        let known = self.by_last_word.get(words.last()?).and_then(|ids| {
            ids.iter()
                .copied()
                .filter(|&id| {
                    let e = &self.entities[id];
                    e.kind == EntityKind::Person
                        && (e.words == words || words.len() == 1 || e.words.ends_with(&words))
                })
                .max_by_key(|&id| self.entities[id].last_seen)
        });
        let known = known.or_else(|| self.find_case_form(&words, |e| e.kind == EntityKind::Person));
        let entity = match known {
            Some(e) => {
                let ent = &mut self.entities[e];
                ent.salient = true;
                if words.len() > ent.words.len() {
                    ent.name = display_name(name);
                    ent.words = words;
                }
                e
            }
            None => self.push_entity(Entity {
                name: display_name(name),
                kind: EntityKind::Person,
                title: None,
                role: None,
                gender: gender_of(None, name),
                first: span,
                salient: true,
                words,
                last_seen: span.start,
            }),
        };
        self.mention(span, entity);
        Some(entity)
    }

    /// The person mentioned most often before `at` (the earliest named of those
    /// mentioned as often): whom an interview is with.
    pub fn most_mentioned_person_before(&self, at: usize) -> Option<usize> {
        let end = self.mentions.partition_point(|m| m.span.end <= at);
        let mut counts = vec![0usize; self.entities.len()];
        for m in &self.mentions[..end] {
            if self.entities[m.entity].kind == EntityKind::Person {
                counts[m.entity] += 1;
            }
        }
        (0..counts.len())
            .filter(|&e| counts[e] > 0)
            .max_by_key(|&e| (counts[e], std::cmp::Reverse(self.entities[e].first.start)))
    }

    /// Adds an unnamed speaker (`a spokesperson for the State Department`).
    pub fn add_unnamed(&mut self, description: &str, span: Span) -> usize {
        if let Some(e) = self
            .entities
            .iter()
            .position(|e| e.kind == EntityKind::Unnamed && e.name == description)
        {
            self.mention(span, e);
            return e;
        }
        let mut entity = Entity {
            name: description.to_string(),
            kind: EntityKind::Unnamed,
            title: None,
            role: None,
            gender: Gender::Unknown,
            first: span,
            salient: false,
            words: Vec::new(),
            last_seen: span.start,
        };
        // One unnamed person who speaks is who a following `he` most likely means.
        entity.salient = one_unnamed_person(&entity);
        self.entities.push(entity);
        let e = self.entities.len() - 1;
        self.mention(span, e);
        e
    }

    /// The organisation named most recently before `at`, within `within` bytes
    /// (what `the company` refers to). A name taken for a person only because it
    /// has two capitalised words (`Whole Foods`: no title, role, given name or
    /// gender) may be one.
    pub fn antecedent_organization(&self, at: usize, within: usize) -> Option<usize> {
        let end = self.mentions.partition_point(|m| m.span.end <= at);
        self.mentions[..end]
            .iter()
            .rev()
            .take_while(|m| at - m.span.end <= within)
            .find(|m| {
                let e = &self.entities[m.entity];
                e.kind == EntityKind::Organization
                    || e.kind == EntityKind::Person && !e.salient && e.gender == Gender::Unknown
            })
            .map(|m| m.entity)
    }

    /// The person a pronoun or a definite description at `at` most likely refers to:
    /// the nearest person named before it whose gender fits, preferring people
    /// the text marks as salient over bare capitalised pairs.
    pub fn antecedent(&self, at: usize, gender: Gender, within: usize) -> Option<usize> {
        self.antecedent_mention(at, gender, within)
            .map(|m| m.entity)
    }

    /// [`Registry::antecedent`]'s mention: the nearest mention of the person found.
    fn antecedent_mention(&self, at: usize, gender: Gender, within: usize) -> Option<&Mention> {
        let fits = |e: &Entity| {
            (e.kind == EntityKind::Person || one_unnamed_person(e)) && gender_fits(e, gender)
        };
        let end = self.mentions.partition_point(|m| m.span.end <= at);
        let before = self.mentions[..end]
            .iter()
            .rev()
            .take_while(|m| at - m.span.end <= within);
        let mut fallback = None;
        for m in before {
            let e = &self.entities[m.entity];
            if !fits(e) {
                continue;
            }
            if e.salient {
                return Some(m);
            }
            fallback = fallback.or(Some(m));
        }
        fallback
    }
}

impl Registry {
    /// Records that `entity` said `words` (a quotation or a reported clause).
    pub fn note_said(&mut self, words: Span, entity: usize) {
        self.said.push((words, entity));
    }

    /// The person a speaker's pronoun at `at` refers to: [`Registry::antecedent`]'s,
    /// except that a person named inside what someone said before `at` stands
    /// for neither: that someone does (`Cox says Obama is trying … He says …`:
    /// Cox; `Lee said Yoon's decree caused chaos. “…,” he said`: Lee).
    pub fn pronoun_antecedent(&self, at: usize, gender: Gender, within: usize) -> Option<usize> {
        let m = self.antecedent_mention(at, gender, within)?;
        let found = m.entity;
        let fits = |e: &Entity| e.kind == EntityKind::Person && gender_fits(e, gender);
        let speaker = self
            .said
            .iter()
            .rev()
            .take(8)
            .find(|(words, e)| {
                words.start <= m.span.start
                    && m.span.end <= words.end
                    && words.end <= at
                    && *e != found
                    && fits(&self.entities[*e])
            })
            .map(|&(_, e)| e);
        Some(speaker.unwrap_or(found))
    }

    /// The person named most recently before `at` (within `within` bytes) whose
    /// name, title or role holds a word ending in `noun`: `der Anwalt` is the
    /// `Rechtsanwalt Lutz S.` named before (German compounds end in their head).
    pub fn antecedent_by_noun(&self, at: usize, noun: &str, within: usize) -> Option<usize> {
        let noun = noun.to_lowercase();
        if noun.chars().count() < 4 {
            return None;
        }
        let holds = |s: &str| {
            s.split(|c: char| !c.is_alphanumeric())
                .any(|w| w.to_lowercase().ends_with(&noun))
        };
        let end = self.mentions.partition_point(|m| m.span.end <= at);
        self.mentions[..end]
            .iter()
            .rev()
            .take_while(|m| at - m.span.end <= within)
            .find(|m| {
                let e = &self.entities[m.entity];
                // (Not the bare noun taken for a name: `dem Kieler Anwalt`.)
                e.kind == EntityKind::Person
                    && e.words.len() > 1
                    && (holds(&e.name)
                        || e.title.as_deref().is_some_and(holds)
                        || e.role.as_deref().is_some_and(holds))
            })
            .map(|m| m.entity)
    }
}

/// Whether entity `e`'s gender, if known, is not the opposite of `gender`.
fn gender_fits(e: &Entity, gender: Gender) -> bool {
    gender == Gender::Unknown || e.gender != flip(gender)
}

/// Whether an unnamed speaker is one person (`a spokesperson for the agency`,
/// `one official`), whom a later `he` or `she` may mean; not `officials`, not
/// `a report`.
fn one_unnamed_person(e: &Entity) -> bool {
    let mut words = e.name.split_whitespace();
    e.kind == EntityKind::Unnamed
        && words
            .next()
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "one" | "another"))
        && words
            .take_while(|w| !matches!(*w, "for" | "of" | "at" | "from" | "with" | "in"))
            .last()
            .is_some_and(|head| is(&ROLE_NOUNS, head) && !head.ends_with('s'))
}

fn flip(g: Gender) -> Gender {
    match g {
        Gender::Male => Gender::Female,
        Gender::Female => Gender::Male,
        Gender::Unknown => Gender::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::attribution::lang::phrases;
    use crate::core::lang::Lang;
    use crate::core::text::tokenize;

    fn runs(text: &str) -> Vec<(String, Option<String>, RunKind)> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        name_runs(text, &tokens, phrases(Lang::En), |i| i == 0)
            .iter()
            .map(|r| {
                (
                    r.name.get(text).to_string(),
                    r.title.map(|t| t.get(text).to_string()),
                    r.kind,
                )
            })
            .collect()
    }

    #[test]
    fn title_splits_an_organisation_from_a_person() {
        assert_eq!(
            runs(
                "The head of the Afghan Ministry of Defence General Sayed Abdul Basir Saberi said"
            ),
            [
                ("Afghan Ministry of Defence".into(), None, RunKind::Org),
                (
                    "Sayed Abdul Basir Saberi".into(),
                    Some("General".into()),
                    RunKind::Person
                ),
            ]
        );
    }

    #[test]
    fn particles_initials_and_abbreviated_titles() {
        assert_eq!(
            runs("met Ursula von der Leyen and Gen. Mark A. Milley in the U.S."),
            [
                ("Ursula von der Leyen".into(), None, RunKind::Person),
                (
                    "Mark A. Milley".into(),
                    Some("Gen.".into()),
                    RunKind::Person
                ),
                ("U.S".into(), None, RunKind::Org),
            ]
        );
    }

    #[test]
    fn sentence_initial_words_and_acronyms() {
        assert_eq!(
            runs("Speaking to outlet TASS, Widespread said"),
            [
                ("TASS".into(), None, RunKind::Org),
                ("Widespread".into(), None, RunKind::Unknown)
            ]
        );
    }

    #[test]
    fn role_before_and_after_a_name() {
        let text = "The head of the logistics department General Ali Khan met Jane Doe, the mayor of Springfield, today.";
        let tokens = tokenize(text, Span::new(0, text.len()));
        let rs = name_runs(text, &tokens, phrases(Lang::En), |i| i == 0);
        let person = |n: &str| rs.iter().find(|r| r.name.get(text) == n).unwrap();
        assert_eq!(
            role_near(text, &tokens, person("Ali Khan")).as_deref(),
            Some("head of the logistics department")
        );
        assert_eq!(
            role_near(text, &tokens, person("Jane Doe")).as_deref(),
            Some("mayor of Springfield")
        );
    }

    #[test]
    fn surname_finds_the_full_name() {
        let text = "John McCain spoke. McCain left.";
        let tokens = tokenize(text, Span::new(0, text.len()));
        let mut reg = Registry::default();
        for r in name_runs(text, &tokens, phrases(Lang::En), |i| i == 0 || i == 4) {
            reg.add_run(text, &tokens, &r, false);
        }
        assert_eq!(reg.entities.len(), 1);
        assert_eq!(reg.mentions.len(), 2);
        assert_eq!(reg.entities[0].gender, Gender::Male);
    }
    /// A surname alone goes on meaning the person it has meant, when someone
    /// else who shares it is named in full later; before it has meant anyone,
    /// the person named last.
    #[test]
    fn surname_alone_keeps_meaning_whom_it_meant() {
        let text = "Anna Berg spoke. Berg left. Then Tomas Berg spoke. Berg stayed. Later Tomas Berg and Karl Lund met. Lund left.";
        let tokens = tokenize(text, Span::new(0, text.len()));
        let mut reg = Registry::default();
        for r in name_runs(text, &tokens, phrases(Lang::En), |i| i == 0) {
            reg.add_run(text, &tokens, &r, true);
        }
        let named = |m: usize| reg.entities[reg.mentions[m].entity].name.clone();
        let berg: Vec<String> = (0..reg.mentions.len())
            .filter(|&m| reg.mentions[m].span.get(text) == "Berg")
            .map(named)
            .collect();
        assert_eq!(berg, ["Anna Berg", "Anna Berg"]);
        let lund: Vec<String> = (0..reg.mentions.len())
            .filter(|&m| reg.mentions[m].span.get(text) == "Lund")
            .map(named)
            .collect();
        assert_eq!(lund, ["Karl Lund"]);
    }

    #[test]
    fn case_forms_of_slavic_names() {
        for (a, b) in [
            ("путин", "путина"),
            ("путин", "путиным"),
            ("смирнова", "смирновой"),
            ("достоевский", "достоевского"),
            ("nowak", "nowakowi"),
            ("kowalski", "kowalskiego"),
            ("kowalska", "kowalskiej"),
            ("novák", "nováka"),
            ("nováková", "novákovou"),
            ("novotný", "novotného"),
        ] {
            assert!(same_name_word(a, b) && same_name_word(b, a), "{a} {b}");
        }
        // Other names, however alike; a man's and a woman's `-ski` name; short words.
        for (a, b) in [
            ("nowak", "nowacki"),
            ("kowalski", "kowalska"),
            ("ivan", "ivanka"),
            ("lin", "lina"),
        ] {
            assert!(!same_name_word(a, b), "{a} {b}");
        }
        // The nominative is the name shown, whichever form came first.
        let text = "Spoke Jana Nowaka. Then Jan Nowak left.";
        let tokens = tokenize(text, Span::new(0, text.len()));
        let mut reg = Registry {
            case_forms: true,
            ..Registry::default()
        };
        for r in name_runs(text, &tokens, phrases(Lang::Pl), |i| i == 0 || i == 4) {
            reg.add_run(text, &tokens, &r, true);
        }
        assert_eq!(reg.entities.len(), 1, "{:?}", reg.entities);
        assert_eq!(reg.entities[0].name, "Jan Nowak");
        // Only where names decline.
        let text = "Jan Nowak spoke. Nowaka left.";
        let tokens = tokenize(text, Span::new(0, text.len()));
        for case_forms in [false, true] {
            let mut reg = Registry {
                case_forms,
                ..Registry::default()
            };
            for r in name_runs(text, &tokens, phrases(Lang::Pl), |i| i == 0 || i == 4) {
                reg.add_run(text, &tokens, &r, true);
            }
            assert_eq!(reg.entities.len(), if case_forms { 1 } else { 2 });
        }
    }
}
