//! English words: the reporting verbs with every form and the classes reported
//! speech reads them in, the nouns of roles, sources, media and organisations,
//! function words, times and numbers.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

use crate::core::lexicon::{List, is, list};

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

/// Reporting verbs with regular inflections, as lemmas (the forms come from
/// [`inflections`]): the cue words PolNeAR's annotators marked at least three
/// times in polnear_dev that report speech or writing.
pub(crate) const REGULAR_CUE_LEMMAS: &str =
    "criticize criticise praise defend attack dismiss denounce
    reject blame blast mock condemn echo cite refer express offer issue release publish email
    talk discuss invoke highlight remind list file order press encourage apologize apologise
    applaud thank welcome challenge plead yell scream confess confide instruct interject
    interrupt object profess protest quote relate theorize theorise scoff sneer grumble muse
    rant boast lament counter insist respond recount remark";

/// Reporting verbs with irregular forms or a doubled consonant.
pub(crate) const IRREGULAR_CUES: &str =
    "speak speaks spoke spoken speaking swear swears swore sworn
    swearing slam slams slammed slamming blog blogs blogged blogging chat chats chatted chatting
    read reads reading rebut rebuts rebutted rebutting";

/// Reporting verbs written out with every form.
pub(crate) const CUE_FORMS: &[&str] = &[
    "say says said saying tell tells told telling state states stated stating",
    "add adds added adding write writes wrote written writing explain explains explained explaining",
    "note notes noted noting claim claims claimed claiming allege alleges alleged alleging",
    "argue argues argued arguing insist insists insisted insisting warn warns warned warning",
    "announce announces announced announcing declare declares declared declaring",
    "confirm confirms confirmed confirming deny denies denied denying admit admits admitted admitting",
    "acknowledge acknowledges acknowledged acknowledging suggest suggests suggested suggesting",
    "ask asks asked asking answer answers answered answering reply replies replied replying",
    "respond responds responded responding continue continues continued continuing",
    "conclude concludes concluded concluding recall recalls recalled recalling",
    "report reports reported reporting tweet tweets tweeted tweeting post posts posted posting",
    "remark remarks remarked remarking comment comments commented commenting",
    "observe observes observed observing mention mentions mentioned mentioning",
    "believe believes believed believing think thinks thought estimate estimates estimated",
    "predict predicts predicted predicting promise promises promised promising vow vows vowed vowing",
    "urge urges urged urging describe describes described describing maintain maintains maintained",
    "contend contends contended contending assert asserts asserted asserting",
    "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising",
    "stress stresses stressed stressing complain complains complained complaining",
    "testify testifies testified testifying advocate advocates advocated advocating",
    "caution cautions cautioned cautioning concede concedes conceded conceding",
    "recount recounts recounted recounting joke jokes joked joking quip quips quipped quipping",
    "exclaim exclaims exclaimed shout shouts shouted whisper whispers whispered",
    "indicate indicates indicated indicating speculate speculates speculated speculating",
    "boast boasts boasted lament laments lamented charge charges charged accuse accuses accused",
    "agree agrees agreed disagree disagrees disagreed counter counters countered retort retorts retorted",
    "reiterate reiterates reiterated repeat repeats repeated recommend recommends recommended",
    "propose proposes proposed demand demands demanded advise advises advised inform informs informed",
    "reveal reveals revealed revealing disclose discloses disclosed hint hints hinted",
    "signal signals signaled signalled forecast forecasts forecasted wonder wonders wondered",
    "question questions questioned pledge pledges pledged threaten threatens threatened",
    "assure assures assured reassure reassures reassured specify specifies specified",
    "clarify clarifies clarified affirm affirms affirmed proclaim proclaims proclaimed",
    "conclude concludes concluded complain complained elaborate elaborates elaborated",
    "mused muse muses pointed point points call calls called calling",
    "remember remembers remembered recalled react reacts reacted",
    "chant chants chanted chanting yell yells yelled yelling scream screams screamed screaming",
    // French, German, Spanish: the commonest, so a page in those languages is not empty.
    "dit déclare déclaré affirme affirmé explique expliqué ajoute ajouté estime estimé souligne souligné",
    "sagt sagte sagten gesagt erklärt erklärte erklärten betont betonte fügte meint meinte",
    "schreibt schrieb kritisiert kritisierte bezeichnet bezeichnete nennt nannte warnt warnte",
    "fordert forderte fragt fragte antwortet antwortete berichtet berichtete ergänzt ergänzte",
    "hofft hoffte glaubt glaubte kommentiert kommentierte bestätigt bestätigte äußert äußerte",
    "zitiert zitierte lautet lautete hieß heißt konstatierte unterstrich mahnt mahnte",
    "verkündet verkündete versichert versicherte behauptet behauptete beklagt beklagte",
    "bekräftigt bekräftigte erläutert erläuterte ruft rief teilt teilte räumt räumte",
    // German, more: finite forms, participles, and separable verbs written as one
    // word at the end of a subordinate clause (`wie X mitteilte`).
    "sagen erklären betonen meinen schreiben fordern warnen fragen antworten berichten",
    "erklärt betont gefordert kritisiert genannt gewarnt gefragt geantwortet ergänzt geäußert",
    "bestätigt verkündet versichert behauptet beklagt bekräftigt erläutert gerufen geschrieben",
    "gemeint begründet begründete begründeten beschreibt beschrieb beschrieben würdigt würdigte",
    "würdigten gewürdigt verurteilt verurteilte verurteilten wertet wertete werteten gewertet",
    "spricht sprach sprachen gesprochen skandiert skandierte skandierten lobt lobte lobten",
    "gelobt schildert schilderte schilderten geschildert appelliert appellierte erwidert",
    "erwiderte entgegnet entgegnete bemerkt bemerkte twittert twitterte getwittert bilanziert",
    "bilanzierte resümiert resümierte folgert folgerte argumentiert argumentierte vermutet",
    "vermutete bestreitet bestritt dementiert dementierte klagt klagte jubelt jubelte",
    "wiederholt wiederholte widerspricht widersprach beschuldigt beschuldigte urteilt urteilte",
    "kündigt kündigte meldet meldete verlautet verlautete zurückgewiesen mitgeteilt eingeräumt",
    "ausgeführt hinzugefügt angegeben angekündigt festgestellt mitteilt mitteilte mitteilten",
    "ausführt ausführte hinzufügt hinzufügte angibt angab bekanntgab einräumt einräumte",
    "ankündigt ankündigte feststellt feststellte zurückwies vorwarf fügt fügen",
    "äußerten riet rät verspricht versprach hält hielt warnten forderten kritisierten nannten",
    "warf warfen wirft erhofft erhoffte",
    "dijo dice afirmó afirma explicó explica añadió declaró señaló aseguró",
    // Danish, Norwegian, Swedish, Finnish, Turkish, Greek and Hindi, read with the
    // rules the other languages fall back on (`“…”, sagde X`, `“…” dedi X`,
    // `X ने कहा, "…"`): the commonest past of `say`, unambiguous in the languages
    // the rules read (not the Swedish and Norwegian `sa`, Italian for `knows`).
    "sagde sade sanoi dedi είπε δήλωσε कहा",
    // Hebrew (`אמרה: "…"`, `לדבריה, "…"`: by her words) and Korean, after the particle
    // that closes a quotation (`“…”고 말했다`, `「…」라고 덧붙였다`).
    "אמר אמרה אמרו הוסיף הוסיפה לדבריו לדבריה לדבריהם",
    "말했다 밝혔다 덧붙였다 전했다 강조했다 설명했다 주장했다",
];

/// English reporting verbs, every inflection.
pub static ENGLISH_CUE_VERBS: List = List(LazyLock::new(|| {
    let mut set: FxHashSet<String> = CUE_FORMS
        .iter()
        .chain(&[IRREGULAR_CUES])
        .flat_map(|w| w.split_whitespace())
        .map(str::to_string)
        .collect();
    set.extend(REGULAR_CUE_LEMMAS.split_whitespace().flat_map(inflections));
    set.into()
}));

list!(
    /// Words that open a circumstance after a cue (`said on Monday`, `says during a
    /// car ride`), not what was said.
    CIRCUMSTANCE_WORDS,
    "on in at during after before while from with for since by through at near outside inside",
    "last this earlier later previously recently again also repeatedly then when afterward",
    "afterwards yesterday today tonight monday tuesday wednesday thursday friday saturday sunday",
    "under over into amid as"
);

list!(
    /// Verbs of belief, evidence and intent: cues of reported content (`polls
    /// show that…`, `he hopes the day…`), though never of a quotation's words.
    CONTENT_ONLY_CUES,
    "show shows showed shown showing find finds found finding seem seems seemed appear appears",
    "appeared want wants wanted hope hopes hoped plan plans planned support supports supported",
    "endorse endorses endorsed know knows knew feel feels felt fear fears feared worry worries",
    "worried consider considers considered decline declines declined refuse refuses refused",
    "doubt doubts doubted recognize recognizes recognized understand understands understood",
    "realize realizes realized assume assumes assumed expect expects imagine imagines imagined"
);

list!(
    /// Cues of a quotation's words that do not introduce reported content
    /// (`continued`, `spoke`, `released a statement`).
    NOT_CONTENT_CUES,
    "continue continues continued continuing speak speaks spoke speaking talk talks talked",
    "talking release releases released releasing issue issues issued issuing offer offers offered",
    "offering challenge challenges challenged chat chats chatted read reads reading state states",
    "post posts posted"
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

/// Verbs of evaluation, support, intention and report whose object is what
/// was said, thought or wanted (`praised her effort`, `endorsed the senator`,
/// `hoped to be running`), as lemmas (forms from [`inflections`]). Their content
/// is the object, not the rest of the sentence.
pub(crate) const OBJECT_CONTENT_LEMMAS: &str =
    "praise criticize criticise defend endorse support oppose
    attack blame condemn denounce reject dismiss echo cite welcome applaud embrace tout champion
    favor favour hail blast mock accuse deny announce propose recommend demand request want
    question challenge dispute mention discuss describe highlight emphasize emphasise stress
    promise pledge vow predict expect fear hope decline refuse consider recall remember recount
    recognize recognise invoke congratulate thank fault credit laud commend decry lament deplore
    bemoan protest acknowledge concede confirm reveal disclose unveil outline trumpet celebrate
    ridicule lambaste chastise rebuke scold excoriate assail berate disparage insult smear vilify
    demonize demonise bash doubt envision imagine retract reiterate reaffirm deride slam tweet
    retweet urge seek sought endorse praise tout chide admire reference contemplate dub label
    brand characterize characterise portray depict liken equate downplay lampoon belittle cheer
    salute honor honour promote rebuff rebut refute debunk contradict regret threaten swear
    investigate probe scrutinize scrutinise target blame hammer offer decide release
    issue";

/// Object-content verbs with irregular forms or a doubled consonant.
pub(crate) const OBJECT_CONTENT_IRREGULAR: &str =
    "seek seeks sought seeking slam slams slammed slamming
    plan plans planned planning prefer prefers preferred preferring backed backing
    veto vetoes vetoed vetoing";

/// Verbs whose object is the content, every inflection ([`OBJECT_CONTENT_LEMMAS`]).
pub static OBJECT_CONTENT_CUES: List = List(LazyLock::new(|| {
    let mut set: FxHashSet<String> = OBJECT_CONTENT_IRREGULAR
        .split_whitespace()
        .map(str::to_string)
        .collect();
    set.extend(
        OBJECT_CONTENT_LEMMAS
            .split_whitespace()
            .filter(|w| *w != "sought")
            .flat_map(inflections),
    );
    set.into()
}));

/// Verbs that report through a particle or preposition (`talked about`, `called
/// for`, `voted against`): `lemma:particle,particle`; the content is the
/// particle's object.
pub(crate) const PARTICLE_CUE_LEMMAS: &str = "talk:about,up speak:about,of call:for push:for
    vote:for,against argue:for,against advocate:for worry:about complain:about,of
    warn:of,about,against point:to focus:on comment:on respond:to react:to rail:against
    hope:for ask:for,about apologize:for apologise:for campaign:for,against lobby:for,against
    side:with agree:with,on,to disagree:with insist:on wonder:about care:about boast:about,of
    joke:about brag:about testify:about rant:about,against caution:against plead:for
    press:for clamor:for yearn:for vouch:for object:to reply:to allude:to believe:in
    dwell:on elaborate:on reflect:on remark:on report:on opine:on approve:of disapprove:of
    inquire:about learn:about,of dream:of,about rave:about express:support,concern
    announce:support talk:of turn:to hark:back reach:out";

/// Irregular forms of particle verbs: `form:particle,particle`.
pub(crate) const PARTICLE_CUE_FORMS: &str = "spoke:about,of spoken:about,of fought:for,against
    fight:for,against fights:for,against fighting:for,against thought:about,of
    think:about,of thinks:about,of thinking:about,of knew:about,of know:about,of
    knows:about,of known:for heard:about,of hear:about,of wrote:about,of written:about,of
    write:about,of writes:about,of writing:about,of refer:to refers:to referred:to
    referring:to stood:by,with stand:by,with stands:by,with standing:by,with
    admit:to admits:to admitted:to admitting:to stepped:up";

list!(
    /// Words that end an object's content: a circumstance of the report, not what
    /// was reported (`praised the plan at a rally`, `endorsed her last week`).
    OBJECT_STOPS,
    "at during after before since while when because although though despite amid whereas",
    "unless until last yesterday today tonight earlier later ago afterward afterwards"
);

list!(
    /// Verbs and auxiliaries that, after `and` or `but`, open a second verb phrase
    /// of the subject (`endorsed her and has campaigned …`), not more of the object.
    SECOND_VERBS,
    "has had have is are was were will would said says did does could should can may might",
    "must also then later added argued noted called told went"
);

list!(
    /// Participles of belief and report that, after a form of `be`, attribute
    /// what follows to no one in particular (`is expected to win`, `is widely
    /// seen as the favourite`, `it is believed that …`).
    PASSIVE_ATTITUDES,
    "expected seen viewed considered regarded believed thought known said reported rumored",
    "rumoured alleged perceived deemed projected predicted estimated understood touted billed",
    "branded labeled labelled characterized characterised portrayed described"
);

list!(
    /// Nouns of saying, judging and wanting that carry a source's content after a
    /// possessive (`his criticism of the plan`, `Ruiz’s claim that …`, `their
    /// decision to leave`).
    NOUN_CUES,
    "criticism criticisms attack attacks claim claims allegation allegations accusation",
    "accusations assertion assertions statement statements comments remarks argument arguments",
    "call calls demand demands promise promises pledge pledges vow vows threat threats warning",
    "warnings support opposition endorsement praise decision plan plans proposal proposals",
    "concern concerns fears hopes belief beliefs assessment insistence",
    "suggestion suggestions announcement denial denials defense defence description complaint",
    "complaints doubts refusal request requests rejection condemnation admission prediction",
    "predictions expectation expectations"
);

/// Each form of a particle verb with the particles that make it a cue.
pub static PARTICLE_CUES: LazyLock<FxHashMap<String, Vec<&'static str>>> = LazyLock::new(|| {
    let mut map: FxHashMap<String, Vec<&'static str>> = FxHashMap::default();
    let entries = PARTICLE_CUE_LEMMAS
        .split_whitespace()
        .filter_map(|e| e.split_once(':'))
        .flat_map(|(lemma, ps)| inflections(lemma).into_iter().map(move |f| (f, ps)))
        .chain(
            PARTICLE_CUE_FORMS
                .split_whitespace()
                .filter_map(|e| e.split_once(':'))
                .map(|(f, ps)| (f.to_string(), ps)),
        );
    for (form, ps) in entries {
        map.entry(form).or_default().extend(ps.split(','));
    }
    map
});

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
    /// Things that carry words without saying them: a participle after one speaks
    /// through the sentence's subject (`his campaign sent a message saying …`).
    DOCUMENT_NOUNS,
    "message messages email e-mail emails statement ad ads advertisement video letter post",
    "piece headline editorial column op-ed",
    "tweet release memo note sign flyer mailer spot commercial text"
);

list!(
    /// Cues that name the hearer before what was said (`told reporters that …`).
    OBJECT_CUES,
    "tell tells told telling ask asks asked asking warn warns warned warning remind reminds",
    "reminded reminding assure assures assured reassure reassures reassured inform informs",
    "informed informing urge urges urged urging advise advises advised promise promises promised",
    "convince convinces convinced persuade persuades persuaded"
);

list!(
    /// Pronouns and plain nouns that are a hearer (`told them`, `told reporters`).
    OBJECT_PRONOUNS,
    "him her them me us you reporters voters supporters"
);

list!(
    /// Cue words that are as often nouns (`state media`, `a report`): cues only
    /// when what follows reads like a verb's continuation.
    NOUN_LIKE_CUES,
    "state states report reports claim claims comment comments post posts question questions",
    "charge charges signal signals point points answer answers reply replies call calls",
    "remark remarks note notes promise promises pledge pledges joke jokes demand demands",
    "show shows support supports plan plans hope hopes find finds fear fears doubt doubts",
    "want wants worry worries",
    "estimate estimates forecast forecasts counter counters repeat repeats advocate advocates",
    "question warning stress muse list lists issue issues release releases offer offers order",
    "orders file files email emails attack attacks press talk talks echo echoes blast blasts",
    "praise blame quote quotes object objects protest protests counter counters plea read reads",
    "think reference references",
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
    /// Organisations a definite description refers back to (`the company said`).
    ORG_REFERENCES,
    "company firm agency department ministry government administration campaign group",
    "organization organisation party union committee board commission council newspaper",
    "network airline bank retailer chain automaker carrier manufacturer university school",
    "hospital court police military army embassy regime team club league association",
);

list!(
    /// Nouns for a person's role: `the official`, `a spokesperson for…`.
    ROLE_NOUNS,
    "official officials spokesperson spokesman spokeswoman spokespeople representative head chief",
    "director minister secretary president leader commander chairman chairwoman chair ceo",
    "founder professor analyst ambassador governor mayor general officer editor correspondent",
    "adviser advisor manager executive lawyer attorney researcher scientist economist member",
    "expert experts source sources diplomat diplomats aide aides lawmaker lawmakers senator",
    "prosecutor prosecutors judge investigator investigators author authors witness witnesses",
    "resident residents critic critics activist activists analyst analysts doctor doctors",
    "teacher student students worker workers employee employees owner owners candidate",
    "colonel captain sergeant soldier soldiers police officers agent agents insider insiders",
    "negotiator negotiators administrator coach player players manager chancellor premier",
    "meteorologist meteorologists forecaster forecasters strategist strategists pollster pollsters",
    "consultant consultants historian historians scholar scholars commentator commentators",
    "columnist columnists journalist journalists reporter reporters anchor host producer writer",
    "founder cofounder co-founder partner partners chairman president vice-president secretary",
    "lawyer lawyers attorney attorneys judge judges justice senator senators congressman",
    "congresswoman representative representatives governor governors mayor mayors minister",
    "ministers ambassador ambassadors envoy diplomat spokesman spokeswoman aide adviser advisers",
    "advisor advisors director directors chief chiefs head heads officer officers executive",
    "executives ceo ceos owner owners employee employees worker workers farmer farmers",
    "teacher teachers principal student students professor professors researcher researchers",
    "scientist scientists engineer engineers doctor doctors physician physicians nurse nurses",
    "expert experts analyst analysts economist economists official officials leader leaders",
    "voter voters resident residents supporter supporters opponent opponents critic critics",
    "candidate candidates nominee delegate delegates lawmaker lawmakers legislator legislators",
    "prosecutor prosecutors detective investigator investigators witness witnesses victim victims",
    "activist activists organizer organizers volunteer volunteers member members citizen citizens",
    "veteran veterans soldier soldiers commander general admiral colonel captain sheriff",
    "inspector auditor regulator regulators banker bankers trader traders investor investors",
    "author authors editor editors publisher narrator speaker chair chairwoman treasurer",
    "manager managers coach coaches player players athlete athletes fan fans parent parents",
    "mother father son daughter wife husband brother sister friend friends neighbor neighbour",
);

list!(
    /// Nouns for sources that are not people: documents, outlets, bodies.
    SOURCE_NOUNS,
    "report reports statement statements study studies survey poll polls analysis memo document",
    "letter lawsuit complaint indictment ruling filing ad advertisement campaign newspaper daily",
    "paper magazine network website site outlet agency committee board panel court department",
    "ministry government administration office company firm group organization organisation team",
    "party union association council commission coalition alliance institute foundation center",
    "centre university school hospital police army military embassy regime spokesperson",
);

list!(
    /// What words are given in (`in a statement`, `in an interview`): a medium.
    MEDIUM_NOUNS,
    "statement post tweet video letter press interview op-ed oped essay email e-mail speech",
    "memo podcast broadcast message column editorial blog newsletter release conference",
    "briefing call",
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
    /// Roles a journalist uses to refer back to someone already named (`the official`,
    /// `the governor`); other occupations (`the narrator`) introduce someone unnamed.
    REFERRING_ROLES,
    "official spokesman spokeswoman spokesperson minister senator president candidate leader",
    "lawmaker mayor governor general chief executive director chairman chairwoman chair head",
    "premier chancellor secretary ambassador congressman congresswoman representative",
    "commissioner judge justice prosecutor commander admiral colonel captain sheriff nominee",
    "diplomat envoy adviser advisor aide founder ceo owner coach manager economist analyst",
    "professor researcher scientist doctor lawyer attorney activist author",
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
    "towards upon within without throughout",
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
    /// Verbs that show the marks hold a name or a term, not someone's words.
    NAMING_WORDS,
    "so-called dubbed nicknamed titled entitled named film movie book song album",
    "show series novel play poem article headline slogan hashtag brand term word phrase",
    "memoir anthem podcast documentary episode column essay program programme newsletter",
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

/// Verbs that make a cue with the words after them (see [`PHRASE_CUE`]).
pub(crate) const PHRASE_CUE_VERBS: &str =
    "make makes made making take takes took taken taking express
    expresses expressed expressing voice voices voiced voicing raise raises raised raising see
    sees saw seeing view views viewed viewing regard regards regarded regarding";

/// Nouns that make a phrase cue after [`PHRASE_CUE_VERBS`] (`expressed concern`,
/// `raised questions`, `made the case`, `took issue`).
pub static PHRASE_CUE_NOUNS: List = List(LazyLock::new(|| {
    "concern concerns support interest confidence doubt doubts frustration opposition optimism
    skepticism scepticism dismay outrage alarm hope hopes regret sympathy gratitude questions
    case issue aim"
        .split_whitespace()
        .map(str::to_string)
        .collect()
}));

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
    for w in PHRASE_CUE_VERBS.split_whitespace() {
        *map.entry(w.to_string()).or_default() |= PHRASE_CUE;
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

list!(
    /// English personal pronouns that can be a speaker.
    ENGLISH_PRONOUNS,
    "he she they i we it"
);

list!(
    /// English pronouns that refer to one man.
    ENGLISH_MALE_PRONOUNS,
    "he him his himself"
);

list!(
    /// English pronouns that refer to one woman.
    ENGLISH_FEMALE_PRONOUNS,
    "she her hers herself"
);
