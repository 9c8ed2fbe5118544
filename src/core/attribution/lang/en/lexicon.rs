//! English words: the reporting verbs with every form and the classes reported
//! speech reads them in, the nouns of roles, sources, media and organisations,
//! function words, times and numbers.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use crate::core::lexicon::{List, Pronoun, Title, class_forms, is, list, pronouns, titles};

/// The regular inflections of an English verb: `praise` gives praises, praised,
/// praising; `cry`, cries, cried, crying; `push`, pushes, pushed, pushing.
pub fn inflections(lemma: &str) -> [String; 4] {
    let consonant_y =
        lemma.ends_with('y') && !lemma[..lemma.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    let stem = &lemma[..lemma.len().saturating_sub(1)];
    let third = if consonant_y {
        format!("{stem}ies")
    } else if lemma.ends_with(['s', 'x', 'z']) || lemma.ends_with("ch") || lemma.ends_with("sh") {
        format!("{lemma}es")
    } else {
        format!("{lemma}s")
    };
    let past = if consonant_y {
        format!("{stem}ied")
    } else if lemma.ends_with('e') {
        format!("{lemma}d")
    } else {
        format!("{lemma}ed")
    };
    let gerund = if lemma.ends_with('e') && !lemma.ends_with("ee") {
        format!("{stem}ing")
    } else {
        format!("{lemma}ing")
    };
    [lemma.to_string(), third, past, gerund]
}

/// `data/verbs.tsv` without its comment lines: every English verb the rules
/// read, once, with its forms and its classes.
const VERBS_TSV: &str =
    crate::core::links::uncommented::uncommented!(include_str!("data/verbs.tsv"), "#");

/// A row of `data/verbs.tsv`.
pub(crate) struct Verb {
    /// Base, third person, past, participle and -ing form, each with its
    /// spellings.
    pub forms: [Vec<String>; 5],
    /// The verb's classes (`cue`, `belief`, …) as the table names them, each
    /// with the forms it holds for (bit `i`: `forms[i]`).
    pub classes: Vec<(&'static str, u8)>,
    /// The particles that make it a cue (`about`, `for`), if any, each with
    /// the forms it does so in.
    pub particles: Vec<(&'static str, u8)>,
    /// The particles that make it another verb, one that reports nothing
    /// (`called off`, `added up`), each with the forms it does so in.
    pub phrasal: Vec<(&'static str, u8)>,
}

/// Every slot of [`Verb::forms`].
const ALL_FORMS: u8 = 0b11111;

/// The participle's slot of [`Verb::forms`], as a mask.
const PARTICIPLE: u8 = 0b01000;

/// The letters that name the slots of [`Verb::forms`] after a class's slash
/// (`cue/g`: every form but the -ing one).
const FORM_LETTERS: [char; 5] = ['b', 's', 'd', 'n', 'g'];

impl Verb {
    /// A row of the table, or `None` for a malformed one (the tests reject those).
    fn parse(row: &'static str) -> Option<Verb> {
        let mut cols = row.split('\t');
        let (lemma, forms, classes) = (cols.next()?, cols.next()?, cols.next()?);
        let others: Vec<Vec<String>> = if forms == "-" {
            let [_, third, past, ing] = inflections(lemma);
            vec![vec![third], vec![past.clone()], vec![past], vec![ing]]
        } else {
            forms
                .split(' ')
                .map(|f| f.split('|').map(str::to_string).collect())
                .collect()
        };
        let [third, past, participle, ing]: [Vec<String>; 4] = others.try_into().ok()?;
        let (mut particles, mut phrasal, mut named) = (Vec::new(), Vec::new(), Vec::new());
        for class in classes.split(' ') {
            let all = match class.split('/').next() {
                Some("noun") => 0b00011,
                Some("gerund-noun") => 0b10000,
                _ => ALL_FORMS,
            };
            let (name, forms) = class_forms(class, &FORM_LETTERS, all)?;
            if let Some(ps) = name.strip_prefix("particles:") {
                particles.extend(ps.split(',').map(|p| (p, forms)));
            } else if let Some(ps) = name.strip_prefix("phrasal:") {
                phrasal.extend(ps.split(',').map(|p| (p, forms)));
            } else {
                named.push((name, forms));
            }
        }
        Some(Verb {
            forms: [vec![lemma.to_string()], third, past, participle, ing],
            classes: named,
            particles,
            phrasal,
        })
    }

    /// The forms `class` holds for (a bit per slot of [`Verb::forms`]); 0 when
    /// the verb is not of that class.
    pub fn class(&self, class: &str) -> u8 {
        self.classes
            .iter()
            .find(|(name, _)| *name == class)
            .map_or(0, |&(_, forms)| forms)
    }

    /// The forms of the verb (every spelling) in the slots of `mask`.
    pub fn forms_in(&self, mask: u8) -> impl Iterator<Item = &String> {
        self.forms
            .iter()
            .enumerate()
            .filter(move |(slot, _)| mask & (1 << slot) != 0)
            .flat_map(|(_, spellings)| spellings)
    }
}

/// The rows of `data/verbs.tsv`.
pub(crate) static VERBS: LazyLock<Vec<Verb>> =
    LazyLock::new(|| VERBS_TSV.lines().filter_map(Verb::parse).collect());

/// The forms of the verbs of `class` that the class holds for.
fn forms_of(class: &str) -> crate::core::lexicon::Words {
    VERBS
        .iter()
        .flat_map(|v| v.forms_in(v.class(class)))
        .cloned()
        .collect()
}

/// `data/nouns.tsv` without its comment lines: the English nouns the rules read,
/// once, with their plurals and classes.
const NOUNS_TSV: &str =
    crate::core::links::uncommented::uncommented!(include_str!("data/nouns.tsv"), "#");

/// A row of `data/nouns.tsv`: the singular and plural (if any), and the
/// classes with the numbers each holds for (bit 0 the singular, bit 1 the plural).
struct Noun {
    forms: [Option<String>; 2],
    classes: Vec<(&'static str, u8)>,
}

/// The letters of a noun's numbers after a class's slash (`referring/p`: not
/// the plural).
const NUMBER_LETTERS: [char; 2] = ['s', 'p'];

impl Noun {
    /// A row of the table, or `None` for a malformed one (the tests read them all).
    fn parse(row: &'static str) -> Option<Noun> {
        let mut cols = row.split('\t');
        let (singular, plural, classes) = (cols.next()?, cols.next()?, cols.next()?);
        let plural = match plural {
            "-" => Some(regular_plural(singular)),
            "." => None,
            written => Some(written.to_string()),
        };
        let classes = classes
            .split(' ')
            .map(|c| class_forms(c, &NUMBER_LETTERS, 0b11))
            .collect::<Option<_>>()?;
        Some(Noun {
            forms: [Some(singular.to_string()), plural],
            classes,
        })
    }
}

/// The rows of `data/nouns.tsv`.
static NOUNS: LazyLock<Vec<Noun>> =
    LazyLock::new(|| NOUNS_TSV.lines().filter_map(Noun::parse).collect());

/// The nouns of `data/nouns.tsv` in `class`, in the numbers the class holds for.
fn nouns_of(class: &str) -> crate::core::lexicon::Words {
    NOUNS
        .iter()
        .flat_map(|n| {
            let numbers = n
                .classes
                .iter()
                .find(|(name, _)| *name == class)
                .map_or(0, |&(_, numbers)| numbers);
            n.forms
                .iter()
                .enumerate()
                .filter(move |(i, _)| numbers & (1 << i) != 0)
                .filter_map(|(_, form)| form.clone())
        })
        .collect()
}

/// The regular plural of an English noun: `official` officials, `agency`
/// agencies, `witness` witnesses.
fn regular_plural(noun: &str) -> String {
    // The third person of a verb is spelt as a noun's plural.
    let [_, plural, _, _] = inflections(noun);
    plural
}

/// Nouns for a person's role: `the official`, `a spokesperson for…` (class `role`).
pub static ROLE_NOUNS: List = List(LazyLock::new(|| nouns_of("role")));

/// Roles a journalist uses to refer back to someone already named (`the official`,
/// `the governor`); other occupations (`the narrator`) introduce someone unnamed
/// (class `referring`).
pub static REFERRING_ROLES: List = List(LazyLock::new(|| nouns_of("referring")));

/// Nouns for sources that are not people: documents, outlets, bodies (class `source`).
pub static SOURCE_NOUNS: List = List(LazyLock::new(|| nouns_of("source")));

/// Organisations a definite description refers back to (`the company said`;
/// class `org`).
pub static ORG_REFERENCES: List = List(LazyLock::new(|| nouns_of("org")));

/// What words are given in (`in a statement`, `in an interview`): a medium
/// (class `medium`).
pub static MEDIUM_NOUNS: List = List(LazyLock::new(|| nouns_of("medium")));

/// Events words are said at (`praised the plan at a rally`; class `occasion`).
pub static OCCASION_NOUNS: List = List(LazyLock::new(|| nouns_of("occasion")));

/// Things that carry words without saying them: a participle after one speaks
/// through the sentence's subject (`his campaign sent a message saying …`;
/// class `document`).
pub static DOCUMENT_NOUNS: List = List(LazyLock::new(|| nouns_of("document")));

/// Documents one puts out whole (`released a statement`, `issued an ad`; class
/// `issued`): as a verb's whole object, the document, not what it says.
pub static ISSUED_DOCUMENTS: List = List(LazyLock::new(|| nouns_of("issued")));

/// Nouns of saying, judging and wanting that carry a source's content after a
/// possessive (`his criticism of the plan`, `Ruiz’s claim that …`; class `cue`).
pub static NOUN_CUES: List = List(LazyLock::new(|| nouns_of("cue")));

/// Nouns that make a phrase cue after [`PHRASE_CUE_VERBS`] (`expressed concern`,
/// `raised questions`, `made the case`, `took issue`; class `phrase`).
pub static PHRASE_CUE_NOUNS: List = List(LazyLock::new(|| nouns_of("phrase")));

/// English reporting verbs, every form (class `cue`).
pub static ENGLISH_CUE_VERBS: List = List(LazyLock::new(|| forms_of("cue")));

/// Verbs of belief, evidence and intent: cues of reported content (`polls
/// show that…`, `he hopes the day…`), though never of a quotation's words
/// (class `belief`).
pub static CONTENT_ONLY_CUES: List = List(LazyLock::new(|| forms_of("belief")));

/// Verbs of a view held (`believes`, `hopes`; class `thought`): what they
/// introduce is a belief, not words said.
pub static THOUGHT_CUES: List = List(LazyLock::new(|| forms_of("thought")));

/// Cues of a quotation's words that do not introduce reported content
/// (`continued`, `spoke`; class `no-content`).
pub static NOT_CONTENT_CUES: List = List(LazyLock::new(|| forms_of("no-content")));

/// Cues whose noun-phrase object is never what was said (`added a million
/// jobs`, `called a meeting`, `wrote a book`; class `clause-only`): they report
/// a clause or a quotation only.
pub static CLAUSE_ONLY_CUES: List = List(LazyLock::new(|| forms_of("clause-only")));

/// Cues of an answer (`responded`, `reacts`; class `response`): what follows
/// `to` after them is what they answer, not what was said.
pub static RESPONSE_CUES: List = List(LazyLock::new(|| forms_of("response")));

/// Verbs of a phase of another verb (`continued`, `began`; class `aspect`):
/// before `to` and a verb or before an -ing form, no cue (`continued to chant`).
pub static ASPECT_VERBS: List = List(LazyLock::new(|| forms_of("aspect")));

/// Verbs whose object is what was said, thought or wanted (`praised her
/// effort`, `endorsed the senator`; class `object`): their content is the
/// object, not the rest of the sentence.
pub static OBJECT_CONTENT_CUES: List = List(LazyLock::new(|| forms_of("object")));

/// Cues that name the hearer before what was said (`told reporters that …`;
/// class `hearer`).
pub static OBJECT_CUES: List = List(LazyLock::new(|| forms_of("hearer")));

/// Cues whose first object is always the hearer (`told the crowd`, `assured
/// traders`; class `addressee`): with only a hearer after them, nothing was reported.
pub static ADDRESSEE_CUES: List = List(LazyLock::new(|| forms_of("addressee")));

/// Verbs that make a cue with the noun after them (`made it clear`, `took
/// issue with`, `expressed concern`; class `phrase`).
pub static PHRASE_CUE_VERBS: List = List(LazyLock::new(|| forms_of("phrase")));

/// Participles of belief and report that, after a form of `be`, attribute
/// what follows to no one in particular (`is expected to win`, `it is believed
/// that …`; class `passive`).
pub static PASSIVE_ATTITUDES: List = List(LazyLock::new(|| {
    VERBS
        .iter()
        .flat_map(|v| v.forms_in(v.class("passive") & PARTICIPLE))
        .cloned()
        .collect()
}));

/// Cue words that are as often nouns (`state media`, `a report`; classes
/// `noun` and `noun-ing`): cues only when what follows reads like a verb's
/// continuation.
pub static NOUN_LIKE_CUES: List = List(LazyLock::new(|| {
    VERBS
        .iter()
        .flat_map(|v| v.forms_in(v.class("noun") | v.class("gerund-noun")))
        .cloned()
        .collect()
}));

/// Each form of a verb with the particles `of` gives it (a row's
/// `particles:` or `phrasal:` class), each particle once.
fn particles_by_form(
    of: fn(&Verb) -> &[(&'static str, u8)],
) -> FxHashMap<String, Vec<&'static str>> {
    let mut map: FxHashMap<String, Vec<&'static str>> = FxHashMap::default();
    for verb in VERBS.iter() {
        for &(particle, forms) in of(verb) {
            for form in verb.forms_in(forms) {
                let particles = map.entry(form.clone()).or_default();
                if !particles.contains(&particle) {
                    particles.push(particle);
                }
            }
        }
    }
    map
}

/// Each form of a particle verb with the particles that make it a cue
/// (`talked` → about, up).
pub static PARTICLE_CUES: LazyLock<FxHashMap<String, Vec<&'static str>>> =
    LazyLock::new(|| particles_by_form(|v| &v.particles));

/// Each form of a cue verb with the particles that make it another verb, one
/// that reports nothing (`called` → off, up; class `phrasal:`).
pub static PHRASAL_NOT_CUES: LazyLock<FxHashMap<String, Vec<&'static str>>> =
    LazyLock::new(|| particles_by_form(|v| &v.phrasal));

list!(
    /// Words that open a circumstance after a cue (`said on Monday`, `says during a
    /// car ride`), not what was said.
    CIRCUMSTANCE_WORDS,
    "on in at during after before while from with for since by through at near outside inside",
    "last this earlier later previously recently again also repeatedly then when afterward",
    "afterwards yesterday today tonight monday tuesday wednesday thursday friday saturday sunday",
    "under over into amid as"
);

/// Every English word that can be a cue of reported content: the reporting verbs and
/// the verbs of belief and evidence, less those that never introduce content.
pub static CONTENT_CUE_WORDS: List = List(LazyLock::new(|| {
    ENGLISH_CUE_VERBS
        .0
        .iter()
        .chain(CONTENT_ONLY_CUES.0.iter())
        .filter(|w| !NOT_CONTENT_CUES.has(w))
        .cloned()
        .collect()
}));

list!(
    /// Words that end an object's content: a circumstance of the report, not what
    /// was reported (`praised the plan at a rally`, `endorsed her last week`).
    OBJECT_STOPS,
    "during after before since while when because although though despite amid whereas",
    "unless until last yesterday today tonight earlier later ago afterward afterwards"
);

list!(
    /// Verbs and auxiliaries that, after `and` or `but`, open a second verb phrase
    /// of the subject (`endorsed her and has campaigned …`), not more of the object.
    SECOND_VERBS,
    "has had have is are was were will would said says did does could should can may might",
    "must also then later added argued noted called told went"
);

/// The particles that make `word` (any case) a reporting cue, if any.
pub fn cue_particles(word: &str) -> Option<&'static [&'static str]> {
    let lower;
    let w = if word.bytes().any(|b| b.is_ascii_uppercase()) {
        lower = word.to_lowercase();
        lower.as_str()
    } else {
        word
    };
    PARTICLE_CUES.get(w).map(Vec::as_slice)
}

list!(
    /// What is told rather than whom (`told a story`, `tells the truth`): the object
    /// of a cue of class `addressee` that is its content, not its hearer.
    TOLD_THINGS,
    "story stories truth lie lies joke jokes tale tales anecdote anecdotes"
);

list!(
    /// Pronouns and plain nouns that are a hearer (`told them`, `told reporters`).
    OBJECT_PRONOUNS,
    "him her them me us you reporters voters supporters"
);

list!(
    /// What may follow a noun-like cue when it is a verb (`states that`, `report: “…”`).
    CUE_FOLLOWERS,
    "that he she they it we i you the a an this these those his her their its our to",
    "one another",
);

list!(
    /// Words that follow a cue verb to make a phrasal cue (`pointed out`).
    CUE_PARTICLES,
    "out up on"
);

list!(
    /// Words that make a capitalised run an organisation, a place or a thing, not a person.
    ORG_WORDS,
    "ministry department agency council committee party forces force army navy government",
    "office university college institute institution association union bank corporation corp",
    "corp. inc inc. ltd ltd. llc plc company co. group times news post press journal service",
    "commission court police organization organisation foundation center centre federation",
    "board authority administration senate house congress parliament assembly pentagon kremlin",
    "state states kingdom republic federal national international united nations council",
    "airlines airways motors media network channel television radio agency tribunal school",
    "hospital museum church club team league fund trust alliance coalition front movement",
    "magazine review gazette herald tribune telegraph daily weekly channel studio studios",
    "street avenue road square park river lake mountain island city county province region",
    "north south east west northern southern eastern western central",
    "monday tuesday wednesday thursday friday saturday sunday",
    "january february march april may june july august september october november december",
);

list!(
    /// Plural nouns that name organisations of people (`Employers’ Association`).
    ORG_PLURAL_NOUNS,
    "employers workers teachers nurses doctors farmers veterans citizens lawyers students"
);

list!(
    /// Words that label a line of a page, not someone who speaks (`UPDATE: …`,
    /// `The Latest: …`, `Editor’s Note: …`, `Photo: Name / Agency`, `Read more: …`).
    LINE_LABELS,
    "latest note update updates name photo photos photograph image images picture pictures",
    "video videos credit credits caption illustration graphic graphics file source sources",
    "related read watch listen see more correction clarification disclaimer",
);

list!(
    /// Days, months and other time words: `said Tuesday` names no speaker.
    TIME_WORDS,
    "monday tuesday wednesday thursday friday saturday sunday monday's tuesday's wednesday's",
    "thursday's friday's saturday's sunday's january february march april may june july",
    "august september october november december today yesterday tonight tomorrow",
);

list!(
    /// Words between a subject and its cue in frames like `went on to say`, `was quoted as saying`.
    SAY_FRAMES,
    "to on went go goes going continued continues proceeded decided wanted tried declined",
    "refused appeared seemed used as quoted was were is been be being",
);

list!(
    /// Function words that are capitalised only because they open a sentence.
    FUNCTION_WORDS,
    "the a an this that these those it its in on at by for with from to of as and but or nor",
    "so yet if when while after before since until because although though however meanwhile",
    "there here then now still also even just only not no yes what which who whom whose where why how",
    "he she they we i you his her their our my your him them us me one some many most all each",
    "every any both either neither such other another more less much few several",
    "is are was were be been being has have had do does did will would can could may might",
    "must shall should speaking asked according despite during under over into onto about",
    "alongside amid among amongst across against along behind beside besides beyond toward",
    "towards upon within without throughout whereas unless near inside outside around via",
    "mr mrs ms dr",
);

list!(
    /// Abbreviations after which a full stop does not end the sentence.
    ABBREVIATIONS,
    "mr mrs ms dr prof gen sen rep gov lt col capt sgt adm maj cmdr st jr sr inc corp co ltd",
    "no vs etc jan feb mar apr aug sept sep oct nov dec u.s u.k u.n e.u a.m p.m i.e e.g approx",
    "ft mt rev fig est dept univ assn bros",
);

list!(
    /// Conjunctions that open a subordinate clause only at the start of a sentence,
    /// besides [`SUBORDINATORS`] (`As X argued …,`; `as` elsewhere is too often a
    /// preposition): see `lexicon::OPENING_SUBORDINATORS`.
    OPENING_ONLY_SUBORDINATORS,
    "as whenever",
);

list!(
    /// Abbreviations that can also be a sentence's last word (`… in the U.S.`,
    /// `… at 5 p.m.`, `… and Sons Ltd.`): after one, a capitalised pronoun,
    /// determiner or conjunction (FUNCTION_WORDS) opens the next sentence
    /// (`… in the U.S. He says …`), a capitalised noun does not (`U.S. Senate`).
    SENTENCE_FINAL_ABBREVIATIONS,
    "jr sr inc corp co ltd bros etc u.s u.k u.n e.u a.m p.m",
);

list!(
    /// Abbreviations that end a name (`Ned Alder Jr.`, `Acme Inc.`): their full
    /// stop is the name's, not the sentence's.
    NAME_SUFFIXES,
    "jr sr inc corp co ltd bros",
);

list!(
    /// Verbs that show the marks hold a name or a term, not someone's words.
    NAMING_WORDS,
    "so-called dubbed nicknamed titled entitled named film movie book song album",
    "show series novel play poem article headline slogan hashtag brand term word phrase",
    "memoir anthem podcast documentary episode column essay program programme newsletter",
    "report study paper speech lecture campaign exhibition manifesto motto",
);

list!(
    /// Conjunctions that open a subordinate clause before the main one (`After X
    /// said …, Y replied`).
    SUBORDINATORS,
    "after before when while if because although though once since until unless whereas"
);

list!(
    /// Conjunctions and adverbs that open a sentence before its subject (`But Trump
    /// quickly deflected`).
    SENTENCE_ADVERBS,
    "but and so yet still then now instead meanwhile however later also indeed finally even"
);

list!(
    /// Numbers written as words: `Eight years ago` names no one.
    NUMBER_WORDS,
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty",
    "hundred hundreds thousand thousands million millions dozen dozens"
);

list!(
    /// Words between a subject and its cue that do not break the link (`he also said`).
    AUXILIARIES,
    "also later then has had have would will was is again further previously once recently",
    "reportedly earlier subsequently simply repeatedly openly publicly privately bluntly flatly",
    "not never always often frequently widely allegedly separately could can should might may",
    "must only just even still already long",
);

/// [`cue_class`]: a reporting verb or a verb of belief ([`CONTENT_CUE_WORDS`]).
pub const CONTENT_CUE: u8 = 1;

/// [`cue_class`]: a verb whose object is the content ([`OBJECT_CONTENT_CUES`]).
pub const OBJECT_CUE: u8 = 2;

/// [`cue_class`]: a verb that reports through a particle ([`cue_particles`]).
pub const PARTICLE_CUE: u8 = 4;

/// [`cue_class`]: a noun of saying or wanting ([`NOUN_CUES`]).
pub const NOUN_CUE: u8 = 8;

/// [`cue_class`]: a form of `be`, before a passive of belief (`is expected to`).
pub const BE_FORM: u8 = 16;

/// [`cue_class`]: `in`, before a poll (`In a new poll, …`).
pub const IN_WORD: u8 = 32;

/// [`cue_class`]: the verb of a phrase cue (`made it clear`, `took issue with`,
/// `expressed concern about`).
pub const PHRASE_CUE: u8 = 64;

/// Every cue word of reported speech with its classes, so that reading a
/// sentence looks each word up once.
static CUE_CLASSES: LazyLock<FxHashMap<String, u8>> = LazyLock::new(|| {
    let mut map: FxHashMap<String, u8> = FxHashMap::default();
    let lists: [(&List, u8); 3] = [
        (&CONTENT_CUE_WORDS, CONTENT_CUE),
        (&OBJECT_CONTENT_CUES, OBJECT_CUE),
        (&NOUN_CUES, NOUN_CUE),
    ];
    for (list, bit) in lists {
        for w in list.0.iter() {
            *map.entry(w.clone()).or_default() |= bit;
        }
    }
    for w in PARTICLE_CUES.keys() {
        *map.entry(w.clone()).or_default() |= PARTICLE_CUE;
    }
    for w in ["is", "are", "was", "were", "be", "been", "being"] {
        *map.entry(w.to_string()).or_default() |= BE_FORM;
    }
    *map.entry("in".to_string()).or_default() |= IN_WORD;
    for w in PHRASE_CUE_VERBS.0.iter() {
        *map.entry(w.clone()).or_default() |= PHRASE_CUE;
    }
    map
});

/// The cue classes of `word` (any case): a bit set of [`CONTENT_CUE`],
/// [`OBJECT_CUE`], [`PARTICLE_CUE`], [`NOUN_CUE`], [`BE_FORM`] and [`IN_WORD`];
/// 0 for most words.
pub fn cue_class(word: &str) -> u8 {
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return CUE_CLASSES.get(word).copied().unwrap_or(0);
    }
    let mut buf = [0u8; 32];
    if word.is_ascii() && word.len() <= buf.len() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower)
            .ok()
            .and_then(|w| CUE_CLASSES.get(w))
            .copied()
            .unwrap_or(0);
    }
    CUE_CLASSES
        .get(word.to_lowercase().as_str())
        .copied()
        .unwrap_or(0)
}

/// Whether `word` makes a name an organisation's, in the singular or plural
/// (`Universities`, `Employers’`, `Commission`).
pub fn is_org_word(word: &str) -> bool {
    let w = word.trim_end_matches(['’', '\'']);
    is(&ORG_WORDS, w)
        || w.strip_suffix("ies")
            .is_some_and(|stem| is(&ORG_WORDS, &format!("{stem}y")))
        || w.strip_suffix('s').is_some_and(|stem| is(&ORG_WORDS, stem))
        || is(&ORG_PLURAL_NOUNS, w)
}

/// `data/pronouns.tsv` without its comment lines: English personal pronouns with
/// their person, gender and number.
pub(crate) const PRONOUNS_TSV: &str =
    crate::core::links::uncommented::uncommented!(include_str!("data/pronouns.tsv"), "#");

pronouns!(
    /// English personal pronouns that can be a speaker.
    ENGLISH_PRONOUNS,
    PRONOUNS_TSV,
    Pronoun::speaker
);

pronouns!(
    /// English reflexive pronouns (`himself`, `themselves`).
    ENGLISH_REFLEXIVE_PRONOUNS,
    PRONOUNS_TSV,
    |p: &crate::core::lexicon::Pronoun| p.case == "reflexive"
);

pronouns!(
    /// English pronouns that refer to one man.
    ENGLISH_MALE_PRONOUNS,
    PRONOUNS_TSV,
    Pronoun::one_man
);

pronouns!(
    /// English pronouns that refer to one woman.
    ENGLISH_FEMALE_PRONOUNS,
    PRONOUNS_TSV,
    Pronoun::one_woman
);

/// `data/titles.tsv` without its comment lines: English titles with the gender they tell.
pub(crate) const TITLES_TSV: &str =
    crate::core::links::uncommented::uncommented!(include_str!("data/titles.tsv"), "#");

titles!(
    /// English titles written before a name (class `title`).
    ENGLISH_TITLES,
    TITLES_TSV,
    Title::before_name
);

titles!(
    /// English words that describe a person before their name (class
    /// `describer`: `Former`, `Rival`, `Republican`): titles, except in the
    /// name of an organisation (`Democratic Party`).
    DESCRIBERS,
    TITLES_TSV,
    |t: &Title| t.is("describer")
);

titles!(
    /// English honorifics that say the person is a woman.
    ENGLISH_FEMALE_TITLES,
    TITLES_TSV,
    Title::woman
);

titles!(
    /// English honorifics that say the person is a man.
    ENGLISH_MALE_TITLES,
    TITLES_TSV,
    Title::man
);

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row of `data/verbs.tsv` is read: three columns, four forms when
    /// written out, known classes and form letters.
    #[test]
    fn every_verb_row_is_read() {
        let rows = VERBS_TSV.lines().count();
        assert_eq!(VERBS.len(), rows, "a row of data/verbs.tsv is malformed");
        let known = [
            "cue",
            "belief",
            "thought",
            "no-content",
            "aspect",
            "clause-only",
            "response",
            "object",
            "hearer",
            "addressee",
            "phrase",
            "passive",
            "noun",
            "gerund-noun",
        ];
        for row in VERBS_TSV.lines() {
            assert_eq!(row.split('\t').count(), 3, "{row}");
            for class in row.split('\t').nth(2).unwrap_or("").split(' ') {
                let name = class.split_once('/').map_or(class, |(n, _)| n);
                assert!(
                    known.contains(&name)
                        || name.starts_with("particles:")
                        || name.starts_with("phrasal:"),
                    "unknown class {class} in {row}"
                );
            }
        }
    }

    /// Each verb is written once, and `-` wherever its forms are the regular ones.
    #[test]
    fn each_verb_once_and_regular_forms_not_written_out() {
        let mut lemmas = std::collections::HashSet::new();
        for row in VERBS_TSV.lines() {
            let mut cols = row.split('\t');
            let (lemma, forms) = (cols.next().unwrap_or(""), cols.next().unwrap_or(""));
            assert!(lemmas.insert(lemma), "{lemma} is in data/verbs.tsv twice");
            let [_, third, past, ing] = inflections(lemma);
            let regular = format!("{third} {past} {past} {ing}");
            assert_ne!(forms, regular, "{lemma}: write `-` for regular forms");
        }
    }

    /// A verb's forms reach the lists its classes make: every form of a cue,
    /// the participle of a passive, the base and third person of a noun-like cue.
    #[test]
    fn classes_make_the_lists() {
        for w in [
            "say",
            "says",
            "said",
            "saying",
            "warn",
            "warning",
            "criticised",
        ] {
            assert!(ENGLISH_CUE_VERBS.has(w), "{w}");
        }
        for w in ["expected", "believed", "seen"] {
            assert!(PASSIVE_ATTITUDES.has(w), "{w}");
        }
        assert!(!PASSIVE_ATTITUDES.has("expects"));
        for (w, noun) in [
            ("report", true),
            ("reports", true),
            ("reported", false),
            ("warning", true),
        ] {
            assert_eq!(NOUN_LIKE_CUES.has(w), noun, "{w}");
        }
        assert_eq!(cue_particles("talked"), Some(&["about", "of", "up"][..]));
        assert_eq!(cue_particles("known"), Some(&["for"][..]));
        // `cue/g`: every form but the -ing one.
        assert!(ENGLISH_CUE_VERBS.has("accused") && !ENGLISH_CUE_VERBS.has("accusing"));
        // English only: other languages' verbs are in their own lexicons.
        assert!(!ENGLISH_CUE_VERBS.has("sagte") && !ENGLISH_CUE_VERBS.has("dijo"));
    }

    /// Every row of `data/nouns.tsv` is read: three columns, known classes and
    /// numbers, each noun once, `-` wherever the plural is the regular one.
    #[test]
    fn every_noun_row_is_read() {
        let known = [
            "role",
            "referring",
            "source",
            "org",
            "medium",
            "document",
            "cue",
            "phrase",
            "issued",
            "occasion",
        ];
        assert_eq!(
            NOUNS.len(),
            NOUNS_TSV.lines().count(),
            "a malformed row in data/nouns.tsv"
        );
        let mut nouns = std::collections::HashSet::new();
        for row in NOUNS_TSV.lines() {
            let cols: Vec<&str> = row.split('\t').collect();
            assert_eq!(cols.len(), 3, "{row}");
            assert!(
                nouns.insert(cols[0]),
                "{} is in data/nouns.tsv twice",
                cols[0]
            );
            assert_ne!(cols[1], regular_plural(cols[0]), "{}: write `-`", cols[0]);
            for class in cols[2].split(' ') {
                let name = class.split('/').next().unwrap_or(class);
                assert!(known.contains(&name), "unknown class {class} in {row}");
            }
        }
        assert!(ROLE_NOUNS.has("spokespeople") && REFERRING_ROLES.has("governor"));
        assert!(!REFERRING_ROLES.has("governors") && NOUN_CUES.has("fears"));
    }
}
