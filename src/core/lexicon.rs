//! Word lists the rules use: how they are kept and looked up ([`List`], [`is`],
//! [`lower`]). Lower-case unless stated.
//!
//! Each language's words live in its grammar's folder (`attribution/lang/<language>/
//! lexicon.rs`: English, German, the Romance and Slavic languages, Chinese and
//! Japanese, and the Nordic words the fallback reads), re-exported here for the
//! rules every language shares (`text.rs`, `mentions.rs`, `phrase.rs`). What is
//! left here belongs to no one language: people's names and titles, which a page
//! writes whatever its language, platforms, and the named unions of several
//! languages' lists that the shared rules read ([`CUE_VERBS`], [`PRONOUNS`]).
//! Every list is data, kept sorted by meaning, with no page-specific entry.

use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// A named word list. Looked up for nearly every token, so hashed with a fast
/// non-cryptographic hash (the words are ours, not an attacker's).
pub struct List(pub(crate) LazyLock<Words>);

/// The words of a [`List`], and the shapes (first letter, length) of its ASCII
/// words: most words looked up are in no list, and the shape turns them away
/// before any lower-casing or hashing.
pub struct Words {
    set: FxHashSet<String>,
    /// Bit `shape(first byte, length)`: some word of the list has that shape.
    shapes: [u64; 16],
}

/// A word's shape: its first byte and its length, each folded to 5 bits (ASCII
/// letters of either case fold alike).
fn shape(first: u8, len: usize) -> usize {
    (usize::from(first & 0x1f) << 5) | (len & 0x1f)
}

impl Words {
    /// The words, in no order.
    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.set.iter()
    }

    /// Whether an ASCII word of this shape may be in the list.
    fn may_hold(&self, word: &[u8]) -> bool {
        let Some(&first) = word.first() else {
            return self.set.contains("");
        };
        let bit = shape(first, word.len());
        self.shapes[bit / 64] & (1 << (bit % 64)) != 0
    }
}

impl From<FxHashSet<String>> for Words {
    fn from(set: FxHashSet<String>) -> Words {
        let mut shapes = [0u64; 16];
        for w in &set {
            if let Some(&first) = w.as_bytes().first() {
                let bit = shape(first, w.len());
                shapes[bit / 64] |= 1 << (bit % 64);
            }
        }
        Words { set, shapes }
    }
}

impl FromIterator<String> for Words {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> Words {
        words.into_iter().collect::<FxHashSet<String>>().into()
    }
}

impl List {
    /// Whether `word` (any case) is in the list.
    pub fn has(&self, word: &str) -> bool {
        let words = &*self.0;
        if !word.is_ascii() {
            return words.set.contains(word.to_lowercase().as_str());
        }
        if !words.may_hold(word.as_bytes()) {
            return false;
        }
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return words.set.contains(word);
        }
        // Short words are lowercased on the stack.
        let mut buf = [0u8; 32];
        if word.len() <= buf.len() {
            let lower = &mut buf[..word.len()];
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            return std::str::from_utf8(lower).is_ok_and(|w| words.set.contains(w));
        }
        words.set.contains(word.to_ascii_lowercase().as_str())
    }
}

/// A word in lower case ([`lower`]): on the stack when short and ASCII.
pub enum Lower {
    /// An ASCII word of at most 24 bytes, lower-cased in place.
    Short([u8; 24], u8),
    /// Any other word, lower-cased by [`str::to_lowercase`].
    Long(String),
}

impl std::ops::Deref for Lower {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Lower::Short(bytes, len) => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or("")
            }
            Lower::Long(s) => s,
        }
    }
}

impl Lower {
    /// The word.
    pub fn as_str(&self) -> &str {
        self
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// `word` in lower case, as [`str::to_lowercase`] gives it, without allocating
/// for short ASCII words (the rules lower-case most words they read).
pub fn lower(word: &str) -> Lower {
    let mut bytes = [0u8; 24];
    match (bytes.get_mut(..word.len()), u8::try_from(word.len())) {
        (Some(short), Ok(len)) if word.is_ascii() => {
            short.copy_from_slice(word.as_bytes());
            short.make_ascii_lowercase();
            Lower::Short(bytes, len)
        }
        _ => Lower::Long(word.to_lowercase()),
    }
}

/// A class of a word table's row (`cue`, `cue/g`, `referring/p`): its name, and
/// the forms it holds for as a bit set over the table's form `letters` (bit `i`:
/// `letters[i]`), `all` less those written after the slash. `None` for a letter
/// the table does not have.
pub fn class_forms<'c>(class: &'c str, letters: &[char], all: u8) -> Option<(&'c str, u8)> {
    let (name, except) = class.split_once('/').unwrap_or((class, ""));
    let mut forms = all;
    for letter in except.chars() {
        let slot = letters.iter().position(|&l| l == letter)?;
        forms &= !(1 << slot);
    }
    Some((name, forms))
}

/// A row of a grammar's `data/pronouns.tsv`: a personal pronoun with its
/// languages, person, gender and number.
pub struct Pronoun {
    /// The pronoun, lower case.
    pub word: &'static str,
    /// The languages it is a pronoun of (`fr`, `pl,cs`).
    pub languages: &'static str,
    /// 1, 2 or 3.
    pub person: u8,
    /// `m`, `f`, `n`, or `-` where the form marks none.
    pub gender: &'static str,
    /// `sg`, `pl` or `sg,pl`.
    pub number: &'static str,
    /// `subject`, `object`, `possessive`, `reflexive`, `stressed` or `demonstrative`.
    pub case: &'static str,
}

impl Pronoun {
    /// The rows of a pronoun table (its text without comment lines); a malformed
    /// row is left out (each table's test reads them all).
    pub fn rows(table: &'static str) -> impl Iterator<Item = Pronoun> {
        table.lines().filter_map(|row| {
            let mut cols = row.split('\t');
            let word = cols.next()?;
            let languages = cols.next()?;
            let person = cols.next()?.parse().ok()?;
            let (gender, number, case) = (cols.next()?, cols.next()?, cols.next()?);
            Some(Pronoun {
                word,
                languages,
                person,
                gender,
                number,
                case,
            })
        })
    }

    /// Whether it can be a quotation's speaker: a subject or demonstrative form
    /// (`he`, `celui`), not of the second person.
    pub fn speaker(&self) -> bool {
        self.person != 2 && matches!(self.case, "subject" | "demonstrative")
    }

    /// Whether it refers to one man.
    pub fn one_man(&self) -> bool {
        self.gender == "m" && self.number.split(',').any(|n| n == "sg")
    }

    /// Whether it refers to one woman.
    pub fn one_woman(&self) -> bool {
        self.gender == "f" && self.number.split(',').any(|n| n == "sg")
    }

    /// Whether it is a pronoun of `language` (`fr`).
    pub fn of(&self, language: &str) -> bool {
        self.languages.split(',').any(|l| l == language)
    }
}

/// A list of the pronouns of `table` (a `data/pronouns.tsv` without comment
/// lines) that `keep` keeps: `pronouns!(NAME, TABLE, Pronoun::speaker)`.
macro_rules! pronouns {
    ($(#[$doc:meta])* $name:ident, $table:expr, $keep:expr $(,)?) => {
        $(#[$doc])*
        pub static $name: $crate::core::lexicon::List =
            $crate::core::lexicon::List(std::sync::LazyLock::new(|| {
                $crate::core::lexicon::Pronoun::rows($table)
                    .filter($keep)
                    .map(|p| p.word.to_string())
                    .collect()
            }));
    };
}
pub(crate) use pronouns;

/// A row of a grammar's `data/titles.tsv`: a title written before a name, with
/// its spellings, languages, the gender it tells and its classes.
pub struct Title {
    /// Its spellings, lower case, `|`-separated (`mr|mr.`).
    pub spellings: &'static str,
    /// The languages it is a title of (`es,pt`).
    pub languages: &'static str,
    /// `m` or `f` where it says the person is a man or a woman, `-` otherwise.
    pub gender: &'static str,
    /// `title` (written before a name, not part of it) and/or `honorific` (a
    /// form of address or rank, whose gender is the person's), `describer` (a
    /// word that describes the person, a title except in an organisation's name).
    pub classes: &'static str,
}

impl Title {
    /// The rows of a title table (its text without comment lines); a malformed
    /// row is left out (the tests read them all).
    pub fn rows(table: &'static str) -> impl Iterator<Item = Title> {
        table.lines().filter_map(|row| {
            let mut cols = row.split('\t');
            Some(Title {
                spellings: cols.next()?,
                languages: cols.next()?,
                gender: cols.next()?,
                classes: cols.next()?,
            })
        })
    }

    /// Whether it is of `class`.
    pub fn is(&self, class: &str) -> bool {
        self.classes.split(' ').any(|c| c == class)
    }

    /// A title before a name (class `title`).
    pub fn before_name(&self) -> bool {
        self.is("title")
    }

    /// An honorific that says the person is a woman.
    pub fn woman(&self) -> bool {
        self.is("honorific") && self.gender == "f"
    }

    /// An honorific that says the person is a man.
    pub fn man(&self) -> bool {
        self.is("honorific") && self.gender == "m"
    }
}

/// A list of the spellings of the titles of `table` (a `data/titles.tsv`
/// without comment lines) that `keep` keeps: `titles!(NAME, TABLE, Title::woman)`.
macro_rules! titles {
    ($(#[$doc:meta])* $name:ident, $table:expr, $keep:expr $(,)?) => {
        $(#[$doc])*
        pub static $name: $crate::core::lexicon::List =
            $crate::core::lexicon::List(std::sync::LazyLock::new(|| {
                $crate::core::lexicon::Title::rows($table)
                    .filter($keep)
                    .flat_map(|t| t.spellings.split('|'))
                    .map(str::to_string)
                    .collect()
            }));
    };
}
pub(crate) use titles;

/// Declares a list that is the union of other languages' lists: words the
/// rules every language shares read whatever the paragraph's language.
macro_rules! union {
    ($(#[$doc:meta])* $name:ident, $($list:path),+ $(,)?) => {
        $(#[$doc])*
        pub static $name: List = List(LazyLock::new(|| {
            [$(&$list),+]
                .iter()
                .flat_map(|l: &&List| l.0.iter().cloned())
                .collect()
        }));
    };
}

macro_rules! list {
    ($(#[$doc:meta])* $name:ident, $($words:expr),+ $(,)?) => {
        $(#[$doc])*
        pub static $name: $crate::core::lexicon::List = $crate::core::lexicon::List(std::sync::LazyLock::new(|| {
            [$($words),+]
                .iter()
                .flat_map(|w: &&str| w.split_whitespace())
                .map(str::to_string)
                .collect()
        }));
    };
}
pub(crate) use list;

pub(crate) use crate::core::attribution::lang::cjk::lexicon as cjk;
pub(crate) use crate::core::attribution::lang::de::lexicon::*;
pub(crate) use crate::core::attribution::lang::en::lexicon::*;
pub(crate) use crate::core::attribution::lang::fallback::lexicon::*;
pub(crate) use crate::core::attribution::lang::romance::lexicon as romance;
use crate::core::attribution::lang::romance::lexicon::{
    ROMANCE_FEMALE_PRONOUNS, ROMANCE_MALE_PRONOUNS,
};
pub(crate) use crate::core::attribution::lang::slavic::lexicon as slavic;

/// Reporting verbs of every language with a grammar, and of those the fallback
/// reads, every
/// inflection: the cue that ties words to a speaker, as the rules every
/// language shares read it (`text::is_cue_at`, name runs, split quotations).
pub static CUE_VERBS: List = List(LazyLock::new(|| {
    let mut set: FxHashSet<String> = ENGLISH_CUE_VERBS.0.iter().cloned().collect();
    set.extend(
        [NORDIC_CUES, OTHER_CUES]
            .iter()
            .flat_map(|w| w.split_whitespace())
            .map(str::to_string),
    );
    set.extend(romance::shared_cue_forms());
    set.extend(GERMAN_CUE_VERBS.0.iter().cloned());
    set.into()
}));

union!(
    /// Conjunctions that open a subordinate clause at the start of a sentence
    /// (`When Grant suggested …, Rubio fired back`): the main clause follows its comma.
    OPENING_SUBORDINATORS,
    SUBORDINATORS,
    OPENING_ONLY_SUBORDINATORS,
);

union!(
    /// Titles and honorifics written before a name, of every language's table
    /// (class `title`); not part of the name. A page writes them whatever its
    /// language (`Herr`, `Mme` on an English page).
    TITLES,
    ENGLISH_TITLES,
    GERMAN_TITLES,
    romance::ROMANCE_NAME_TITLES,
);

union!(
    /// Honorifics that say the person is a woman, of every language's table.
    FEMALE_TITLES,
    ENGLISH_FEMALE_TITLES,
    GERMAN_FEMALE_TITLES,
    romance::ROMANCE_FEMALE_TITLES,
);

union!(
    /// Honorifics that say the person is a man, of every language's table.
    MALE_TITLES,
    ENGLISH_MALE_TITLES,
    GERMAN_MALE_TITLES,
    romance::ROMANCE_MALE_TITLES,
);

list!(
    /// Name particles written in lower case inside a name (`Ursula von der Leyen`).
    NAME_PARTICLES,
    "van von der den de del della di da dos das du la le bin ibn al el abu bint ter ten zu y"
);

list!(
    /// Social platforms words are posted on (`wrote on X`); capitalised in use.
    PLATFORMS,
    "twitter x facebook instagram tiktok youtube telegram reddit bluesky mastodon threads",
    "linkedin weibo wechat snapchat truth",
);

list!(
    /// Given names common enough to tell a person's gender in an English-language article.
    MALE_NAMES,
    "john james robert michael william david richard joseph thomas charles christopher daniel",
    "matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy",
    "ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin",
    "scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry",
    "tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy",
    "christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse",
    "jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy",
    "vincent ralph eugene russell bobby mason philip louis bernie mike bill joe ted mitch",
    "barack vladimir xi emmanuel boris olaf rishi keir narendra recep volodymyr benjamin",
    "mohammed muhammad ahmed ali hassan hussein omar abdul sayed",
    // French, Spanish, Portuguese, Italian (none that is a woman's name in English).
    "pierre michel philippe alain nicolas françois jacques patrick christophe laurent stéphane",
    "sébastien julien olivier thierry éric frédéric bruno marc louis gérard bernard emmanuel",
    "édouard hugo antoine yves rené henri jean-pierre jean-marc jean-luc jean-louis",
    "jean-michel jean-claude jean-paul jean-françois jean-yves josé antonio manuel francisco",
    "javier carlos jesús miguel alejandro pablo luis andrés jorge pedro sergio fernando diego",
    "raúl ricardo joão paulo luiz luís rodrigo marcos rafael thiago eduardo giuseppe giovanni",
    "mario francesco luigi marco matteo giorgio roberto paolo alessandro",
);

list!(
    /// Given names common enough to tell a person's gender in an English-language article.
    FEMALE_NAMES,
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa",
    "betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa",
    "deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna",
    "brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn",
    "janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren",
    "joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa",
    "kathryn sara janice jean alice madison doris abigail julia judy grace denise amber",
    "marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte",
    "rose alexis kayla hillary kamala nancy ursula angela theresa meghan elizabeth jacinda",
    "giorgia marine fatima aisha",
    "nathalie isabelle sylvie françoise monique valérie sandrine sophie céline martine",
    "aurélie élisabeth brigitte hélène agnès ségolène véronique florence cécile élise juliette",
    "léa chloé manon anne-marie marie-christine marie-france carmen isabel marta lucía elena",
    "pilar dolores sofía valentina camila juliana fernanda gabriela beatriz mariana giulia",
    "francesca chiara sara",
);

/// Whether `word` is in `list` (any case).
pub fn is(list: &List, word: &str) -> bool {
    list.has(word)
}

/// Whether `word`, or `word` without a plural `-s` (`letters`, `officials`), is
/// in one of `lists`.
pub fn is_in_either_number(lists: &[&List], word: &str) -> bool {
    let one = word.strip_suffix('s').unwrap_or(word);
    lists.iter().any(|l| l.has(word) || l.has(one))
}

union!(
    /// Personal pronouns that can be a speaker, English and German (the shared
    /// phrase reader reads both).
    PRONOUNS,
    ENGLISH_PRONOUNS,
    GERMAN_PRONOUNS
);

union!(
    /// Pronouns that refer to one man, in every language with a grammar.
    MALE_PRONOUNS,
    ENGLISH_MALE_PRONOUNS,
    GERMAN_MALE_PRONOUNS,
    ROMANCE_MALE_PRONOUNS
);

union!(
    /// Pronouns that refer to one woman, in every language with a grammar.
    FEMALE_PRONOUNS,
    ENGLISH_FEMALE_PRONOUNS,
    GERMAN_FEMALE_PRONOUNS,
    ROMANCE_FEMALE_PRONOUNS
);

union!(
    /// Months written after a day's ordinal number (`11. März`), which does not
    /// end a sentence: German and the Nordic languages.
    ORDINAL_MONTHS,
    GERMAN_MONTHS,
    NORDIC_MONTHS
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_inflections() {
        assert_eq!(
            inflections("praise"),
            ["praise", "praises", "praised", "praising"]
        );
        assert_eq!(inflections("cry"), ["cry", "cries", "cried", "crying"]);
        assert_eq!(inflections("push"), ["push", "pushes", "pushed", "pushing"]);
        assert!(is(&CUE_VERBS, "apologized") && is(&CUE_VERBS, "slammed"));
    }

    #[test]
    fn lower_is_to_lowercase() {
        for w in [
            "",
            "Said",
            "MINISTRY",
            "a-much-longer-word-than-24-bytes",
            "İstanbul",
            "ΣΟΦΙΑ",
            "Ärzte",
        ] {
            assert_eq!(&*lower(w), w.to_lowercase());
        }
    }

    #[test]
    fn lists_ignore_case() {
        assert!(is(&CUE_VERBS, "Said"));
        assert!(is(&TITLES, "Gen."));
        assert!(is(&ORG_WORDS, "MINISTRY"));
        assert!(!is(&CUE_VERBS, "table"));
    }

    /// Every row of every pronoun table is read, with a known person, gender,
    /// number and case; a word is written once per language.
    #[test]
    fn every_pronoun_row_is_read() {
        use crate::core::attribution::lang::{de, en, nl, romance, slavic};
        for table in [
            en::lexicon::PRONOUNS_TSV,
            de::lexicon::PRONOUNS_TSV,
            romance::lexicon::PRONOUNS_TSV,
            slavic::lexicon::PRONOUNS_TSV,
            nl::lexicon::PRONOUNS_TSV,
        ] {
            let rows: Vec<Pronoun> = Pronoun::rows(table).collect();
            assert_eq!(
                rows.len(),
                table.lines().count(),
                "a malformed row in {table}"
            );
            let mut seen = std::collections::HashSet::new();
            for p in &rows {
                assert!((1..=3).contains(&p.person), "{}", p.word);
                assert!(["m", "f", "n", "-"].contains(&p.gender), "{}", p.word);
                assert!(["sg", "pl", "sg,pl"].contains(&p.number), "{}", p.word);
                let cases = [
                    "subject",
                    "object",
                    "possessive",
                    "reflexive",
                    "stressed",
                    "demonstrative",
                ];
                assert!(cases.contains(&p.case), "{}", p.word);
                for l in p.languages.split(',') {
                    assert!(seen.insert((p.word, l)), "{} twice in {l}", p.word);
                }
            }
        }
        assert!(is(&MALE_PRONOUNS, "him") && is(&FEMALE_PRONOUNS, "celle"));
        assert!(is(&PRONOUNS, "sie") && !is(&PRONOUNS, "you"));
    }

    /// Every row of every title table is read, with a known gender and classes;
    /// a spelling is written once per language.
    #[test]
    fn every_title_row_is_read() {
        use crate::core::attribution::lang::{de, en, romance};
        for table in [
            en::lexicon::TITLES_TSV,
            de::lexicon::TITLES_TSV,
            romance::lexicon::TITLES_TSV,
        ] {
            let rows: Vec<Title> = Title::rows(table).collect();
            assert_eq!(
                rows.len(),
                table.lines().count(),
                "a malformed row in {table}"
            );
            let mut seen = std::collections::HashSet::new();
            for t in &rows {
                assert!(["m", "f", "-"].contains(&t.gender), "{}", t.spellings);
                assert!(
                    t.classes
                        .split(' ')
                        .all(|c| ["title", "honorific", "describer"].contains(&c)),
                    "{}",
                    t.spellings
                );
                for (w, l) in t
                    .spellings
                    .split('|')
                    .flat_map(|w| t.languages.split(',').map(move |l| (w, l)))
                {
                    assert!(seen.insert((w, l)), "{w} twice in {l}");
                }
            }
        }
        assert!(is(&TITLES, "Mme.") && is(&TITLES, "presidenta") && !is(&TITLES, "madame"));
        assert!(
            is(&FEMALE_TITLES, "Frau")
                && is(&MALE_TITLES, "Sr.")
                && !is(&FEMALE_TITLES, "ministra")
        );
    }
}
