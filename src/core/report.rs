//! The `whosaid/1` report: what the panel lists, what the JSON export holds,
//! and what the command line prints. Documented in `docs/export-format.md`.
//!
//! Every `start`/`end` in a report is in the unit named by its `offsets`
//! field: UTF-16 code units in the browser, code points for the eval format.

use serde::Serialize;

use super::Analysis;
use super::attribution::QuoteKind;
use super::links::{Relation, outlet, publisher_url, site_of, sources};
use super::mentions::EntityKind;
use super::offsets::{OffsetMap, Unit};
use super::page::Page;
use super::span::Span;

/// Characters of context kept on each side in a `TextQuoteSelector`.
const CONTEXT_CHARS: usize = 32;

/// The schema name written in every report.
pub const SCHEMA: &str = "whosaid/1";

/// A position in the report's unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Pos {
    /// First unit.
    pub start: usize,
    /// One past the last unit.
    pub end: usize,
}

/// W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type")]
pub enum Selector {
    /// The exact text with some context on each side.
    TextQuoteSelector {
        /// The selected text, as in the article text.
        exact: String,
        /// Up to 32 characters before it.
        prefix: String,
        /// Up to 32 characters after it.
        suffix: String,
    },
    /// Start and end in the article text, in the report's unit.
    TextPositionSelector {
        /// First unit.
        start: usize,
        /// One past the last unit.
        end: usize,
    },
}

/// The whole report.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// Always `whosaid/1`.
    pub schema: &'static str,
    /// The page's address.
    pub url: String,
    /// The page's title.
    pub title: String,
    /// `whosaid <version>`.
    pub generator: String,
    /// The page's declared language.
    pub lang: Option<String>,
    /// Who published the page, as used to tell internal from external links.
    pub publisher: Publisher,
    /// The unit of every position: `utf-16` (browser) or `code-point`.
    pub offsets: Unit,
    /// Whether the page was longer than the analysis budget and cut.
    pub truncated: bool,
    /// The quotations, in reading order.
    pub quotes: Vec<ReportQuote>,
    /// The page's links in reading order: the article body's source links
    /// (`internal`, `external`), then those outside it (`navigation`).
    pub links: Vec<ReportLink>,
    /// Who is quoted, most quoted first.
    pub speakers: Vec<ReportSpeaker>,
    /// Sentences that present a claim with neither a named source nor a link.
    pub unbacked: Vec<ReportClaim>,
    /// The spans of the page's text taken as the article body, in reading
    /// order: each a run of consecutive body blocks. Quotations and source
    /// links are looked for there only; what lies outside was read as
    /// navigation, headers, footers, related lists or comments.
    pub body: Vec<Pos>,
    /// Present when the body taken may not be the article: why, and how many words it
    /// and the whole page hold (`core::body::doubt`). Absent otherwise, and when the
    /// whole page was analysed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_doubt: Option<BodyDoubt>,
}

/// Why the body taken may not be the article ([`Report::body_doubt`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct BodyDoubt {
    /// `small` (a small part of the page's words, much left outside) or `no-quotations`
    /// (none in the body, some in quotation marks outside it).
    pub reason: &'static str,
    /// The words in the body.
    pub body_words: usize,
    /// The words on the whole page (its blocks of text).
    pub page_words: usize,
}

impl Report {
    /// The report as the extension's background sends it to the content script: without
    /// what only repeats the page's text or the report itself, which the content script
    /// writes back (`fromLean` and `withSelectors`, extension/src/lib/report.js; a test
    /// there checks the result is this report, byte for byte). Every quotation's and
    /// link's `selectors` are left empty (`[]`), and so are (`""`) each quotation's
    /// `text` and `cue`, its speaker's `mention`, and each link's `text`: the collapsed
    /// text of their spans. A speaker entry's own `name` and `kind` are left empty, and
    /// its `title` and `role` out, where they are those of the `speakers` entry its `id`
    /// names; an unresolved speaker's `name`, where it is its mention. On a 2 MB page this
    /// is a third of the report's JSON, which the browser otherwise copies from the
    /// background to the page.
    pub fn make_lean(&mut self) {
        let Report {
            quotes,
            links,
            speakers,
            ..
        } = self;
        let by_id: rustc_hash::FxHashMap<&str, &ReportSpeaker> =
            speakers.iter().map(|s| (s.id.as_str(), s)).collect();
        for q in quotes.iter_mut() {
            q.selectors = Vec::new();
            q.text = String::new();
            if let Some(cue) = q.cue.as_mut() {
                cue.clear();
            }
            if let Some(sp) = q.speaker.as_mut() {
                let entry = sp.id.as_deref().and_then(|id| by_id.get(id));
                match entry {
                    Some(e)
                        if e.name == sp.name
                            && e.kind == sp.kind
                            && e.title == sp.title
                            && e.role == sp.role =>
                    {
                        sp.name.clear();
                        sp.kind = "";
                        sp.title = None;
                        sp.role = None;
                    }
                    None if sp.id.is_none() && sp.name == sp.mention => sp.name.clear(),
                    _ => {}
                }
                sp.mention.clear();
            }
        }
        for l in links.iter_mut() {
            l.selectors = Vec::new();
            l.text = String::new();
        }
    }
}

/// A position as `[start, end]`, for [`wire_json`].
type WirePos = (usize, usize);

fn wire_pos(p: Pos) -> WirePos {
    (p.start, p.end)
}

/// A quotation's speaker in [`wire_json`]: `[start, end, resolved, id, name, kind, title, role]`.
#[derive(Serialize)]
struct WireSpeaker<'a>(
    usize,
    usize,
    bool,
    &'a Option<String>,
    &'a str,
    &'static str,
    &'a Option<String>,
    &'a Option<String>,
);

/// A quotation in [`wire_json`]: `[id, kind, parts (start, end, start, end…), content,
/// speaker, cue_span, medium, act, confidence, sources]`.
#[derive(Serialize)]
struct WireQuote<'a>(
    &'a str,
    &'static str,
    Vec<usize>,
    Option<WirePos>,
    Option<WireSpeaker<'a>>,
    Option<WirePos>,
    &'a Option<String>,
    &'static str,
    f64,
    &'a [String],
);

/// A link in [`wire_json`]: `[id, href, relation, kind, format, domain, outlet, start, end,
/// claim, backs, outlet_mentions (start, end, start, end…)]`.
#[derive(Serialize)]
struct WireLink<'a>(
    &'a str,
    &'a str,
    &'static str,
    &'static str,
    Option<&'static str>,
    &'a str,
    Option<&'static str>,
    usize,
    usize,
    Option<WirePos>,
    &'a Option<String>,
    Vec<usize>,
);

/// The lean report ([`build_lean`]) as the extension's background sends it to the content
/// script, as JSON text: an array of three, the report with its `quotes` and `links` empty,
/// then each quotation and each link as an array of its fields in a fixed order (the
/// `Wire*` tuples here; `fromWire` in extension/src/lib/report.js reads them back into the
/// lean report's objects, which `fromLean` completes). Field names repeated for each of
/// 15,819 quotations were most of a big report's JSON; this is ~40 % of the lean report's.
///
/// # Errors
/// When serde_json cannot write it (it always can: only strings and numbers).
pub fn wire_json(mut report: Report) -> serde_json::Result<String> {
    let quotes = std::mem::take(&mut report.quotes);
    let links = std::mem::take(&mut report.links);
    let flat = |ps: &[Pos]| ps.iter().flat_map(|p| [p.start, p.end]).collect::<Vec<_>>();
    let quotes: Vec<WireQuote> = quotes
        .iter()
        .map(|q| {
            WireQuote(
                &q.id,
                q.kind,
                flat(&q.parts),
                q.content.map(wire_pos),
                q.speaker.as_ref().map(|s| {
                    WireSpeaker(
                        s.span.start,
                        s.span.end,
                        s.resolved,
                        &s.id,
                        &s.name,
                        s.kind,
                        &s.title,
                        &s.role,
                    )
                }),
                q.cue_span.map(wire_pos),
                &q.medium,
                q.act,
                q.confidence,
                &q.sources,
            )
        })
        .collect();
    let links: Vec<WireLink> = links
        .iter()
        .map(|l| {
            WireLink(
                &l.id,
                &l.href,
                l.relation,
                l.kind,
                l.format,
                &l.domain,
                l.outlet,
                l.span.start,
                l.span.end,
                l.claim.map(wire_pos),
                &l.backs,
                flat(&l.outlet_mentions),
            )
        })
        .collect();
    serde_json::to_string(&(&report, quotes, links))
}

/// A sentence presenting a claim without a named source or a link.
#[derive(Clone, Debug, Serialize)]
pub struct ReportClaim {
    /// The sentence.
    pub text: String,
    /// Where it is.
    pub span: Pos,
    /// The words that make it a claim (`are not thought to`, `reportedly`).
    pub cue: String,
    /// Where they are.
    pub cue_span: Pos,
}

/// The publisher's identity.
#[derive(Clone, Debug, Serialize)]
pub struct Publisher {
    /// Canonical URL, `og:url` or the page address.
    pub url: Option<String>,
    /// Its registrable domain.
    pub domain: Option<String>,
    /// `og:site_name`.
    pub name: Option<String>,
}

/// One quotation.
#[derive(Clone, Debug, Serialize)]
pub struct ReportQuote {
    /// `q1`, `q2`…
    pub id: String,
    /// `direct`, `mixed` or `indirect`.
    pub kind: &'static str,
    /// The quoted words as on the page, without the marks; parts joined by one space.
    pub text: String,
    /// Where each part is.
    pub parts: Vec<Pos>,
    /// For a mixed quotation, the whole reported clause around the quoted
    /// fragment (`he “may yet have to vote for her”`), when found.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<Pos>,
    /// Who said it.
    pub speaker: Option<QuoteSpeaker>,
    /// The cue words.
    pub cue: Option<String>,
    /// Where the cue is.
    pub cue_span: Option<Pos>,
    /// Where the words were given (`TASS`, `a statement`).
    pub medium: Option<String>,
    /// `speech` (said or written) or `belief` (a view held: `believes`, `hopes`).
    pub act: &'static str,
    /// How sure the rules are, 0 to 1 (two decimals).
    pub confidence: f64,
    /// A `TextQuoteSelector` and a `TextPositionSelector` covering all parts.
    pub selectors: Vec<Selector>,
    /// The source links behind it (`l1`…): on its attribution, or to the
    /// outlet its medium names.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

/// The speaker of one quotation.
#[derive(Clone, Debug, Serialize)]
pub struct QuoteSpeaker {
    /// The resolved name (`Sayed Abdul Basir Saberi`), or the mention when unresolved.
    pub name: String,
    /// The words near the quote (`he`, `the official`).
    pub mention: String,
    /// Where the mention is.
    pub span: Pos,
    /// Whether the mention was resolved to someone named in the article.
    pub resolved: bool,
    /// The entry in `speakers` (`s1`…), when resolved.
    pub id: Option<String>,
    /// `person`, `organization` or `unnamed`.
    pub kind: &'static str,
    /// A title given before the name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The role the article gives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// One link of the page.
#[derive(Clone, Debug, Serialize)]
pub struct ReportLink {
    /// `l1`, `l2`…
    pub id: String,
    /// The absolute URL (an IRI: non-ASCII characters unescaped).
    pub href: String,
    /// The anchor text.
    pub text: String,
    /// `internal` (the publisher's own site), `external`, or `navigation` (outside
    /// the article body: never painted).
    pub relation: &'static str,
    /// What kind of source: a name of `vocab/link-kinds.json` (`news`, `wire`,
    /// `government`… `web`; [`Kind::name`](crate::core::links::kind::Kind::name)).
    pub kind: &'static str,
    /// The file type it points at (`pdf`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<&'static str>,
    /// The link's registrable domain.
    pub domain: String,
    /// The news outlet or agency it belongs to, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<&'static str>,
    /// Where the anchor text is.
    pub span: Pos,
    /// A `TextQuoteSelector` and a `TextPositionSelector` of the anchor text.
    pub selectors: Vec<Selector>,
    /// The sentence the link sits in: the claim it backs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim: Option<Pos>,
    /// The quotation or reported speech it is the source of (`q1`…): the link
    /// is on its cue, its speaker or its words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backs: Option<String>,
    /// Where the text names the link's outlet (`… outlet TASS`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub outlet_mentions: Vec<Pos>,
}

/// Someone quoted.
#[derive(Clone, Debug, Serialize)]
pub struct ReportSpeaker {
    /// `s1`, `s2`…
    pub id: String,
    /// The name as the article introduced it.
    pub name: String,
    /// `person`, `organization` or `unnamed`.
    pub kind: &'static str,
    /// A title given before the name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The role the article gives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// How many quotations (direct or mixed) are attributed to them.
    pub quotes: usize,
    /// How many statements are reported of them without quotation marks.
    pub reported: usize,
}

/// The name of a quotation kind in the report and the eval format.
pub fn kind_name(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Direct => "direct",
        QuoteKind::Mixed => "mixed",
        QuoteKind::Indirect => "indirect",
    }
}

fn entity_kind_name(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Unnamed => "unnamed",
    }
}

/// Whitespace runs collapsed to one space, ends trimmed.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The parts joined by one space, then [`collapse`]d, without the joined copy.
fn collapse_parts<'t>(parts: impl Iterator<Item = &'t str>) -> String {
    let mut out = String::new();
    for word in parts.flat_map(str::split_whitespace) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// An id: `letter` and the number `n` (`q12`, `s3`, `l7`), written without
/// `format!` (a long page's report has tens of thousands).
fn id(letter: char, n: usize) -> String {
    let mut digits = [0u8; 20];
    let (mut i, mut n) = (digits.len(), n);
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut out = String::with_capacity(1 + digits.len() - i);
    out.push(letter);
    out.extend(digits[i..].iter().map(|&d| char::from(d)));
    out
}

/// Builds positions and selectors in one unit for one text.
struct Positions<'t> {
    text: &'t str,
    map: OffsetMap<'t>,
    unit: Unit,
    /// For the lean report ([`build_lean`]): no selectors, no texts of spans.
    lean: bool,
}

impl Positions<'_> {
    fn pos(&self, span: Span) -> Pos {
        Pos {
            start: self.map.convert(span.start, self.unit),
            end: self.map.convert(span.end, self.unit),
        }
    }

    /// The collapsed text of `span`; empty for the lean report.
    fn text_of(&self, span: Span) -> String {
        if self.lean {
            String::new()
        } else {
            collapse(span.get(self.text))
        }
    }

    fn selectors(&self, span: Span) -> Vec<Selector> {
        if self.lean {
            return Vec::new();
        }
        let before = &self.text[..span.start.min(self.text.len())];
        let prefix_start = before
            .char_indices()
            .rev()
            .nth(CONTEXT_CHARS - 1)
            .map_or(0, |(i, _)| i);
        let after = self.text.get(span.end..).unwrap_or("");
        let suffix_end = after
            .char_indices()
            .nth(CONTEXT_CHARS)
            .map_or(after.len(), |(i, _)| i);
        let p = self.pos(span);
        vec![
            Selector::TextQuoteSelector {
                exact: span.get(self.text).to_string(),
                prefix: before[prefix_start..].to_string(),
                suffix: after[..suffix_end].to_string(),
            },
            Selector::TextPositionSelector {
                start: p.start,
                end: p.end,
            },
        ]
    }
}

/// The report of `analysis` over `page`, with positions in `unit`.
pub fn build(page: &Page, analysis: &Analysis, unit: Unit) -> Report {
    build_as(page, analysis, unit, false)
}

/// The lean report ([`Report::make_lean`]), without building what it leaves out.
pub fn build_lean(page: &Page, analysis: &Analysis, unit: Unit) -> Report {
    let mut report = build_as(page, analysis, unit, true);
    report.make_lean();
    report
}

fn build_as(page: &Page, analysis: &Analysis, unit: Unit, lean: bool) -> Report {
    let text = page.text.as_str();
    let at = Positions {
        text,
        map: OffsetMap::new(text),
        unit,
        lean,
    };
    // Speakers: every entity that has a quote or reported speech, most quoted
    // first, then most reported, then by first appearance.
    struct Count {
        entity: usize,
        quotes: usize,
        reported: usize,
        first: usize,
    }
    let mut counts: Vec<Count> = Vec::new();
    let mut index = rustc_hash::FxHashMap::default();
    for (qi, q) in analysis.quotes.iter().enumerate() {
        if let Some(e) = q.speaker.and_then(|s| s.entity) {
            let at = *index.entry(e).or_insert_with(|| {
                counts.push(Count {
                    entity: e,
                    quotes: 0,
                    reported: 0,
                    first: qi,
                });
                counts.len() - 1
            });
            if q.kind == QuoteKind::Indirect {
                counts[at].reported += 1;
            } else {
                counts[at].quotes += 1;
            }
        }
    }
    // Most quotations first, then most reported speech, then the first seen.
    let fewer = |n: usize| u128::from(u32::MAX - u32::try_from(n).unwrap_or(u32::MAX));
    super::sort::by_key(&mut counts, |c| {
        fewer(c.quotes) << 96 | fewer(c.reported) << 64 | c.first as u128
    });
    // Each entity's place in `counts`, and each link's in `order`, looked up
    // once (long pages have thousands of quotations and links).
    let rank: rustc_hash::FxHashMap<usize, usize> = counts
        .iter()
        .enumerate()
        .map(|(i, c)| (c.entity, i))
        .collect();
    let speaker_id = |e: usize| rank.get(&e).map(|i| id('s', i + 1));
    // Body links first, navigation after; ids follow that order.
    let mut order: Vec<usize> = (0..analysis.links.len()).collect();
    super::sort::by_key(&mut order, |&i| {
        u128::from(analysis.links[i].relation == Relation::Navigation)
    });
    let mut link_rank = vec![0; order.len()];
    for (n, &i) in order.iter().enumerate() {
        link_rank[i] = n;
    }
    let link_id = |i: usize| link_rank.get(i).map(|n| id('l', n + 1)).unwrap_or_default();
    let quote_sources = sources(&analysis.links, &analysis.quotes, text);
    let entities = &analysis.entities;
    let quotes = analysis
        .quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let whole = Span::new(
                q.parts.first().map_or(0, |p| p.start),
                q.parts.last().map_or(0, |p| p.end),
            );
            let speaker = q.speaker.map(|s| {
                let mention = collapse(s.mention.get(text));
                let entity = s.entity.and_then(|e| entities.get(e).map(|ent| (e, ent)));
                QuoteSpeaker {
                    name: entity.map_or_else(|| mention.clone(), |(_, e)| collapse(&e.name)),
                    mention,
                    span: at.pos(s.mention),
                    resolved: entity.is_some(),
                    id: entity.and_then(|(e, _)| speaker_id(e)),
                    kind: entity.map_or("person", |(_, e)| entity_kind_name(e.kind)),
                    title: entity.and_then(|(_, e)| e.title.clone()),
                    role: entity.and_then(|(_, e)| e.role.as_deref().map(collapse)),
                }
            });
            ReportQuote {
                id: id('q', i + 1),
                kind: kind_name(q.kind),
                text: if lean {
                    String::new()
                } else {
                    collapse_parts(q.parts.iter().map(|p| p.get(text)))
                },
                parts: q.parts.iter().map(|&p| at.pos(p)).collect(),
                content: q
                    .content
                    .filter(|_| q.kind == QuoteKind::Mixed)
                    .map(|c| at.pos(c)),
                speaker,
                cue: q.cue.map(|c| at.text_of(c)),
                cue_span: q.cue.map(|c| at.pos(c)),
                medium: q.medium.map(|m| collapse(m.get(text))),
                act: q.act.name(),
                confidence: (f64::from(q.confidence) * 100.0).round() / 100.0,
                selectors: at.selectors(whole),
                sources: quote_sources[i].iter().copied().map(link_id).collect(),
            }
        })
        .collect();
    let links = order
        .iter()
        .map(|&i| {
            let l = &analysis.links[i];
            ReportLink {
                id: link_id(i),
                href: l.href.clone(),
                text: at.text_of(l.span),
                relation: l.relation.name(),
                kind: l.kind.name(),
                format: l.format,
                domain: l.domain.clone(),
                outlet: l.outlet.and_then(outlet).map(|o| o.name),
                span: at.pos(l.span),
                selectors: at.selectors(l.span),
                claim: l.claim.map(|c| at.pos(c)),
                backs: l.backs.map(|q| id('q', q + 1)),
                outlet_mentions: l.outlet_mentions.iter().map(|&m| at.pos(m)).collect(),
            }
        })
        .collect();
    let unbacked = analysis
        .unbacked
        .iter()
        .map(|c| ReportClaim {
            text: collapse(c.sentence.get(text)),
            span: at.pos(c.sentence),
            cue: collapse(c.cue.get(text)),
            cue_span: at.pos(c.cue),
        })
        .collect();
    let speakers = counts
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let ent = entities.get(c.entity)?;
            Some(ReportSpeaker {
                id: id('s', i + 1),
                name: collapse(&ent.name),
                kind: entity_kind_name(ent.kind),
                title: ent.title.clone(),
                role: ent.role.as_deref().map(collapse),
                quotes: c.quotes,
                reported: c.reported,
            })
        })
        .collect();
    let publisher = publisher_url(page);
    Report {
        schema: SCHEMA,
        url: page.url.clone(),
        title: collapse(&page.title),
        generator: format!("whosaid {}", env!("CARGO_PKG_VERSION")),
        lang: page.lang.clone(),
        publisher: Publisher {
            domain: publisher.as_ref().and_then(site_of),
            url: publisher.map(|u| u.to_string()),
            name: page.site_name.clone(),
        },
        offsets: unit,
        truncated: page.truncated || analysis.truncated,
        quotes,
        links,
        speakers,
        unbacked,
        body: analysis.body.iter().map(|&s| at.pos(s)).collect(),
        body_doubt: analysis.body_doubt.map(|d| BodyDoubt {
            reason: d.reason.name(),
            body_words: d.body_words,
            page_words: d.page_words,
        }),
    }
}

/// A span in the eval format (../shared/eval/README.md): code points, with its text.
#[derive(Clone, Debug, Serialize)]
pub struct EvalSpan {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The words.
    pub text: String,
    /// For a speaker: the resolved name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// One predicted attribution in the eval format.
#[derive(Clone, Debug, Serialize)]
pub struct EvalQuote {
    /// Start of the first part (code points).
    pub start: usize,
    /// End of the last part.
    pub end: usize,
    /// Each part as `[start, end]`.
    pub parts: Vec<[usize; 2]>,
    /// `direct`, `mixed` or `indirect`.
    pub kind: &'static str,
    /// The local mention of the speaker, with the resolved name.
    pub speaker: Option<EvalSpan>,
    /// The cue.
    pub cue: Option<EvalSpan>,
    /// How sure the rules are.
    pub confidence: f32,
    /// The name of the rule that attributed it (of its first quotation, for a
    /// group): the eval's own field, for `npm run eval -- --rules`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
    /// How the speaker's mention names them (`named`, `referred`, `described`,
    /// `pronoun`: [`crate::core::attribution::calibration::Form`]), beside
    /// `rule`: what the confidence shown is learned by.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<&'static str>,
}

/// The predictions for one text in the eval format. With `by_attribution`, one
/// per attribution, so a group of quotes sharing one attribution (`“A,” she
/// said. “B.”`) is one prediction with several parts, as PolNeAR annotates it;
/// otherwise one per quotation.
pub fn eval_quotes(page: &Page, analysis: &Analysis, by_attribution: bool) -> Vec<EvalQuote> {
    let text = page.text.as_str();
    let map = OffsetMap::new(text);
    let cp = |s: Span| (map.chars(s.start), map.chars(s.end));
    let span = |s: Span, name: Option<String>| {
        let (start, end) = cp(s);
        EvalSpan {
            start,
            end,
            text: s.get(text).to_string(),
            name,
        }
    };
    let mut out: Vec<EvalQuote> = Vec::new();
    // The prediction of each group so far.
    let mut of_group = std::collections::HashMap::new();
    // The reported clauses given a prediction of their own.
    let mut clauses = std::collections::HashSet::new();
    for q in &analysis.quotes {
        // A mixed quotation is scored as its whole reported clause, as PolNeAR marks it.
        let whole = q.content.map(|c| {
            let first = q.parts.first().map_or(c.start, |p| p.start);
            let last = q.parts.last().map_or(c.end, |p| p.end);
            vec![Span::new(c.start.min(first), c.end.max(last))]
        });
        // One prediction per quotation (german_dev's way): a fragment is its own,
        // and the reported clause around it another, once.
        let own = (!by_attribution && q.kind == QuoteKind::Mixed)
            .then_some(whole.as_ref())
            .flatten()
            .filter(|_| clauses.insert(q.content))
            .map(|w| w[0]);
        let whole = if by_attribution { whole } else { None };
        let parts = whole.as_ref().unwrap_or(&q.parts).iter().map(|&p| {
            let (a, b) = cp(p);
            [a, b]
        });
        if let Some(&at) = of_group.get(&q.group).filter(|_| by_attribution) {
            let last: &mut EvalQuote = &mut out[at];
            last.parts.extend(parts);
            last.end = last.parts.last().map_or(last.end, |p| p[1]);
            if q.kind != QuoteKind::Direct {
                last.kind = kind_name(q.kind);
            }
            continue;
        }
        of_group.insert(q.group, out.len());
        let parts: Vec<[usize; 2]> = parts.collect();
        // One prediction per quotation: each part of a split quote apart.
        let pieces: Vec<Vec<[usize; 2]>> = if by_attribution {
            vec![parts]
        } else {
            parts.into_iter().map(|p| vec![p]).collect()
        };
        for parts in pieces {
            out.push(EvalQuote {
                start: parts.first().map_or(0, |p| p[0]),
                end: parts.last().map_or(0, |p| p[1]),
                parts,
                kind: kind_name(q.kind),
                speaker: q.speaker.map(|s| {
                    let name = s
                        .entity
                        .and_then(|e| analysis.entities.get(e))
                        .map(|e| collapse(&e.name));
                    span(s.mention, name)
                }),
                cue: q.cue.map(|c| span(c, None)),
                confidence: q.confidence,
                rule: q.rule,
                form: q.form.map(|f| f.name()),
            });
            // (german_dev marks a quotation an outlet passed on twice, for the one
            // quoted and for the outlet: `X zitiert Y mit den Worten: „…“`.)
            let apart = |m: Span| {
                q.speaker
                    .is_none_or(|s| s.mention.end <= m.start || m.end <= s.mention.start)
            };
            let medium = q.medium.filter(|&m| !by_attribution && apart(m));
            if let (Some(m), Some(mut again)) = (medium, out.last().cloned()) {
                again.speaker = Some(span(m, None));
                again.form = None;
                out.push(again);
            }
        }
        if let Some(clause) = own {
            let (start, end) = cp(clause);
            out.push(EvalQuote {
                start,
                end,
                parts: vec![[start, end]],
                kind: kind_name(QuoteKind::Indirect),
                speaker: out.last().and_then(|l| l.speaker.clone()),
                cue: q.cue.map(|c| span(c, None)),
                confidence: q.confidence,
                rule: q.rule,
                form: q.form.map(|f| f.name()),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quotation_an_outlet_passed_on_is_predicted_for_both_per_quote() {
        let text = "Die Debatte über das Gesetz ist nicht beendet, und die Fraktion ist sich \
                    nicht einig. Das Wochenblatt zitiert die Stadträtin Lea Horn mit den Worten: \
                    „Der Park bleibt offen.“";
        let page = Page::from_text(text);
        let analysis = crate::core::analyze(&page).unwrap();
        let speakers = |by_attribution| {
            eval_quotes(&page, &analysis, by_attribution)
                .into_iter()
                .map(|q| q.speaker.map(|s| s.text))
                .collect::<Vec<_>>()
        };
        let quoted = || Some("Stadträtin Lea Horn".to_string());
        assert_eq!(speakers(true), [quoted()]);
        assert_eq!(
            speakers(false),
            [quoted(), Some("Das Wochenblatt".to_string())]
        );
    }

    #[test]
    fn ids_are_the_letter_and_the_number() {
        for n in [0, 1, 9, 10, 99, 100, 15819, usize::MAX] {
            assert_eq!(id('q', n), format!("q{n}"));
        }
    }

    #[test]
    fn the_lean_report_blanks_only_what_the_text_or_the_report_repeats() {
        let text = "Ana Ruiz, the mayor, spoke. “We will rebuild,” said Ana Ruiz. \
                    “Not soon,” an official said. Read <a>the plan</a>.";
        let page = Page::from_text(text);
        let analysis = crate::core::analyze(&page).unwrap();
        let full = build(&page, &analysis, Unit::Utf16);
        let mut lean = full.clone();
        lean.make_lean();
        // Built lean, it is the same.
        let built = build_lean(&page, &analysis, Unit::Utf16);
        assert_eq!(format!("{built:?}"), format!("{lean:?}"));
        assert_eq!(lean.quotes.len(), full.quotes.len());
        assert!(full.quotes.len() >= 2);
        for (l, f) in lean.quotes.iter().zip(&full.quotes) {
            assert!(!f.text.is_empty() && l.text.is_empty() && l.selectors.is_empty());
            assert_eq!(
                (&l.parts, &l.cue_span, l.confidence),
                (&f.parts, &f.cue_span, f.confidence)
            );
            assert_eq!(
                l.cue.as_deref().map(str::is_empty),
                f.cue.as_ref().map(|_| true)
            );
            let (ls, fs) = (l.speaker.as_ref().unwrap(), f.speaker.as_ref().unwrap());
            assert_eq!(
                (&ls.span, ls.resolved, &ls.id),
                (&fs.span, fs.resolved, &fs.id)
            );
            assert!(ls.mention.is_empty() && !fs.mention.is_empty());
            match fs
                .id
                .as_deref()
                .and_then(|id| full.speakers.iter().find(|s| s.id == id))
            {
                // Resolved: the `speakers` entry has the name.
                Some(entry) => {
                    assert_eq!(entry.name, fs.name);
                    assert_eq!((ls.name.as_str(), ls.kind, &ls.role), ("", "", &None));
                }
                // Unresolved: the mention is the name; the kind stays.
                None => assert_eq!((ls.name.as_str(), ls.kind), ("", fs.kind)),
            }
        }
        // The speakers and everything else as they were.
        assert_eq!(
            format!("{:?}", lean.speakers),
            format!("{:?}", full.speakers)
        );
        assert_eq!(
            format!("{:?}", lean.unbacked),
            format!("{:?}", full.unbacked)
        );
    }

    #[test]
    fn parts_collapse_as_when_joined_by_a_space() {
        for parts in [
            &["a  b", " c\n"][..],
            &["", "  ", "x"],
            &["one"],
            &[],
            &["a\u{A0}b", "\tc d "],
        ] {
            assert_eq!(
                collapse_parts(parts.iter().copied()),
                collapse(&parts.join(" "))
            );
        }
    }
}
