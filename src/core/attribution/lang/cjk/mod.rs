//! Chinese and Japanese attributions, read on the characters (neither language
//! puts spaces between words, so a token may hold a whole clause).
//!
//! - Chinese: the speaker's phrase, then the verb, then a colon or a comma
//!   before the quotation (`X表示：“…”`, `X说，“…”`), or after it (`“…”X说。`);
//!   a partial quotation speaks through a verb earlier in its sentence (`X说，
//!   …“…”`); `据X称`, `据X报道` name a source. The speaker's phrase runs back
//!   to the punctuation before it, without a parenthesis, the conjunction that
//!   opens it, or what stands between the speaker and the verb (`在…中`, `对…`,
//!   `也`, `进一步`); after a `的` only the head is kept (`现为议员的X`: X).
//! - Japanese: the quotative `と` and its verb after the corner brackets
//!   (`「…」と述べた`), the speaker the phrase before them marked by `は` or `が`
//!   (`Xは「…」と述べた`); `Xによると` names a source. A verb with no speaker
//!   goes on with the person named before.
//! - A mark with no attribution is a quotation only if it holds a sentence:
//!   names, titles and terms in brackets (`「フリーWi-Fi」`) are not.

pub(in crate::core::attribution) mod grammar;
pub(crate) mod lexicon;
mod reported;
pub(in crate::core::attribution) mod rules;

use crate::core::attribution::rules::Rule;
use crate::core::attribution::{Ctx, Found, MarkedQuote, Np, NpKind, Para};
use crate::core::lang::Lang;
use crate::core::lexicon::cjk::{
    CHINESE_ACCORDING, CHINESE_ACCORDING_ENDS, CHINESE_BREAKS, CHINESE_CUES, CHINESE_PRONOUNS,
    JAPANESE_ACCORDING, JAPANESE_CUES, JAPANESE_PARTICLES, JAPANESE_PRONOUNS,
};
use crate::core::mentions::{EntityKind, Gender, Registry};
use crate::core::span::Span;

/// The longest speaker's phrase, in characters.
const LONGEST_SPEAKER: usize = 24;

/// How many Chinese characters and kana `w` holds.
fn ideographs(w: &str) -> usize {
    w.chars().filter(|&c| is_ideograph(c)).count()
}

fn is_ideograph(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// Punctuation that ends a speaker's phrase.
fn is_boundary(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '；'
            | '：'
            | '、'
            | '！'
            | '？'
            | '“'
            | '”'
            | '「'
            | '」'
            | '『'
            | '』'
            | '《'
            | '》'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '"'
            | '—'
            | '…'
    ) || c == '.'
}

/// Whether a speaker's phrase names an organisation (`外交部`, `NASA`).
/// Honorifics after a Japanese name: the person, whatever else is known.
const CJK_HONORIFICS: &[&str] = &["氏", "さん", "様", "君", "先生", "女士"];

/// Titles written after a name (`岸田首相`, `王毅外长`): the person so named,
/// when a person of that name is known.
const CJK_TITLES_AFTER: &[&str] = &[
    "首相",
    "大統領",
    "外相",
    "大臣",
    "長官",
    "知事",
    "市長",
    "議員",
    "社長",
    "会長",
    "部長",
    "監督",
    "選手",
    "教授",
    "代表",
    "主席",
    "总统",
    "总理",
    "外长",
    "部长",
    "市长",
    "议员",
];

/// Characters that end a role noun or are words of their own, `家`, `说`,
/// `的`: rare in transliterated names, so a name stops before them.
const NOT_IN_NAMES: &str =
    "家员长师授者人官士的是在了和与对也将已曾说表认指称为等及向从被把让给跟同就都还又";

/// The middle dots that join the parts of a transliterated name.
fn is_middle_dot(c: char) -> bool {
    matches!(c, '·' | '・' | '‧' | '•' | '∙')
}

fn cjk_org(phrase: &str) -> bool {
    const ORG_ENDS: &[&str] = &[
        "局",
        "部",
        "会",
        "院",
        "社",
        "公司",
        "中心",
        "大学",
        "政府",
        "委员会",
        "机构",
        "集团",
        "银行",
        "协会",
        "省",
        "市",
        "署",
        "厅",
        "报",
        "台",
        "省庁",
        "新聞",
        "通信",
    ];
    let acronym = phrase.len() >= 2
        && phrase.chars().all(|c| c.is_ascii_alphabetic())
        && phrase
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_uppercase());
    acronym || ORG_ENDS.iter().any(|e| phrase.ends_with(e))
}

/// `text[span]` without what is in parentheses, as the spans kept.
fn without_parentheses(text: &str, span: Span) -> Option<Span> {
    let s = span.get(text);
    // Keep the stretch before the first parenthesis, unless it is empty.
    let cut = s.find(['(', '（']).unwrap_or(s.len());
    let kept = s[..cut].trim_end();
    (!kept.is_empty()).then(|| Span::new(span.start, span.start + kept.len()))
}

impl Ctx<'_> {
    /// The token holding byte `at` of `para` (or the last before it).
    fn cjk_token(&self, para: &Para, at: usize) -> usize {
        para.tokens
            .partition_point(|t| t.span.end <= at)
            .min(para.tokens.len().saturating_sub(1))
    }

    fn cjk_np(&self, para: &Para, span: Span, kind: NpKind) -> Np {
        let first = self.cjk_token(para, span.start);
        let last = self.cjk_token(para, span.end.saturating_sub(1)).max(first);
        Np {
            span,
            kind,
            para: para.index,
            end: last,
            first,
            last,
        }
    }

    fn cjk_found(
        &self,
        rule: &'static Rule,
        para: &Para,
        np: Option<Np>,
        cue: Span,
    ) -> Option<Found> {
        let last = self.cjk_token(para, cue.end.saturating_sub(1));
        self.found(rule, np, Some(cue), np.map_or(last, |np| np.end.max(last)))
    }

    /// The speaker's phrase in `span` (a stretch between punctuation that ends
    /// where its verb begins), as a mention.
    fn cjk_speaker(&self, para: &Para, span: Span) -> Option<Np> {
        let (span, pronoun) = self.cjk_speaker_span(span)?;
        let kind = if pronoun {
            NpKind::Pronoun
        } else {
            NpKind::Unnamed
        };
        Some(self.cjk_np(para, span, kind))
    }

    /// The speaker's phrase in `span`, and whether it is a pronoun.
    fn cjk_speaker_span(&self, span: Span) -> Option<(Span, bool)> {
        let mut span = without_parentheses(self.text, span)?;
        let trim = |span: Span| {
            let s = span.get(self.text);
            let lead = s.len() - s.trim_start().len();
            Span::new(span.start + lead, span.start + s.trim_end().len())
        };
        span = trim(span);
        let s = span.get(self.text);
        // The conjunction or adverb that opens the clause.
        const OPENERS: &[&str] = &[
            "不过", "但是", "然而", "此外", "另外", "对此", "同时", "而且", "但", "而", "并", "另",
        ];
        if let Some(o) = OPENERS
            .iter()
            .find(|o| s.starts_with(**o) && s.len() > o.len())
        {
            span = Span::new(span.start + o.len(), span.end);
        }
        let s = span.get(self.text);
        // What stands between the speaker and the verb.
        if self.lang == Lang::Zh {
            let first = s.chars().next()?.len_utf8();
            let cut = CHINESE_BREAKS
                .iter()
                .filter_map(|b| s[first..].find(b).map(|i| i + first))
                .min();
            if let Some(cut) = cut {
                span = Span::new(span.start, span.start + cut);
            }
            // `现为议员的X`: the head after the last `的`.
            let s = span.get(self.text);
            if let Some(i) = s.rfind('的') {
                let head = &s[i + '的'.len_utf8()..];
                if head.chars().count() >= 2 {
                    span = Span::new(span.start + i + '的'.len_utf8(), span.end);
                }
            }
        }
        let span = trim(span);
        let s = span.get(self.text);
        let n = s.chars().count();
        if n == 0 || n > LONGEST_SPEAKER || s.chars().any(is_boundary) {
            return None;
        }
        // A clause with a verb of its own is no speaker (`研究人员发现`).
        if s.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let pronoun = CHINESE_PRONOUNS.contains(&s) || JAPANESE_PRONOUNS.contains(&s);
        Some((span, pronoun))
    }

    /// The last person said to speak or think in the text before `at`
    /// (`汉森认为，…`), within a few paragraphs: whom a `他` means.
    fn cjk_last_speaker(&self, at: usize) -> Option<Span> {
        let pi = self.paras.partition_point(|p| p.span.end <= at);
        let from = self.paras[pi.saturating_sub(3)..]
            .first()
            .map_or(0, |p| p.span.start)
            .min(at);
        let segments = self.cjk_segments(Span::new(from, at));
        // (Not the words of a quotation: `“我不认为…”`.)
        let depth = |at: usize| {
            let s = &self.text[from..at];
            let opened = s.matches(['“', '「', '『']).count();
            let closed = s.matches(['”', '」', '』']).count();
            opened > closed
        };
        for &seg in segments.iter().rev() {
            if depth(seg.start) {
                continue;
            }
            let s = seg.get(self.text);
            let cue = self
                .chinese_cue_ending(seg)
                .map(|c| c.start - seg.start)
                .or_else(|| {
                    CHINESE_CUES
                        .iter()
                        .filter(|c| c.chars().count() >= 2)
                        .filter_map(|c| s.find(c).filter(|&i| i > 0))
                        .min()
                });
            let Some(cue) = cue else { continue };
            let who = Span::new(seg.start, seg.start + cue);
            // (One person, not people in general: `人们普遍认为`, `专家们`.)
            let generic = |span: Span| {
                let w = span.get(self.text);
                w.contains('们')
                    || ["有人", "大家", "许多", "很多", "一些", "不少", "我", "你"]
                        .iter()
                        .any(|g| w.starts_with(g))
            };
            let fits = |&(s, pronoun): &(Span, bool)| {
                !pronoun && !generic(s) && !cjk_org(s.get(self.text))
            };
            if let Some((span, _)) = self.cjk_speaker_span(who).filter(fits) {
                return Some(span);
            }
        }
        None
    }

    /// The start of each stretch of `span` between punctuation, with its end.
    fn cjk_segments(&self, span: Span) -> Vec<Span> {
        let s = span.get(self.text);
        let mut out = Vec::new();
        let mut start = 0;
        let mut depth = 0i32;
        for (i, c) in s.char_indices() {
            match c {
                '(' | '（' => depth += 1,
                ')' | '）' => depth -= 1,
                _ => {}
            }
            if depth <= 0 && is_boundary(c) {
                if i > start {
                    out.push(Span::new(span.start + start, span.start + i));
                }
                start = i + c.len_utf8();
            }
        }
        if s.len() > start {
            out.push(Span::new(span.start + start, span.end));
        }
        out
    }

    /// A Chinese cue ending `seg`: its span.
    fn chinese_cue_ending(&self, seg: Span) -> Option<Span> {
        let s = seg.get(self.text).trim_end();
        let cue = CHINESE_CUES.iter().find(|c| s.ends_with(**c))?;
        // (A word that ends in `说` or `称` is no verb: `传说`, `小说`, `据说`, `名称`.)
        let before = s[..s.len() - cue.len()].chars().last();
        if cue.chars().count() == 1 && before.is_some_and(|c| "传小据听学演游解名简俗".contains(c))
        {
            return None;
        }
        let end = seg.start + s.len();
        Some(Span::new(end - cue.len(), end))
    }

    /// `据X称`, `据X报道`: the source and the cue.
    fn chinese_according(&self, para: &Para, seg: Span) -> Option<Found> {
        let s = seg.get(self.text).trim();
        let lead = seg.get(self.text).len() - seg.get(self.text).trim_start().len();
        let open = CHINESE_ACCORDING.iter().find(|a| s.starts_with(**a))?;
        let close = CHINESE_ACCORDING_ENDS.iter().find(|c| s.ends_with(**c))?;
        if s.len() <= open.len() + close.len() {
            return None;
        }
        let start = seg.start + lead;
        let who = Span::new(start + open.len(), start + s.len() - close.len());
        let np = self.cjk_speaker(para, who)?;
        self.cjk_found(
            &rules::ACCORDING,
            para,
            Some(np),
            Span::new(start, start + open.len()),
        )
    }

    /// The attribution in tokens `lo..o` of `para`, which end where the quote begins.
    pub(in crate::core::attribution) fn cjk_introduced_by(
        &self,
        para: &Para,
        o: usize,
        lo: usize,
    ) -> Option<Found> {
        let t = &para.tokens;
        // (`o` is past the last token when the quote opens the next paragraph.)
        let end = t.get(o).map_or(para.span.end, |m| m.span.start);
        let region = Span::new(t.get(lo)?.span.start, end);
        let segments = self.cjk_segments(region);
        let last = *segments.last()?;
        // Only punctuation (a colon, a comma) between the last stretch and the mark.
        let adjacent = region.get(self.text)[last.end - region.start..]
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '：' | ':' | '，' | ','));
        if self.lang == Lang::Ja {
            // `Xによると、「…」`
            for &seg in segments.iter().rev() {
                let s = seg.get(self.text);
                if let Some(a) = JAPANESE_ACCORDING.iter().find(|a| s.ends_with(**a)) {
                    let who = Span::new(seg.start, seg.end - a.len());
                    let np = self.cjk_speaker(para, who)?;
                    let cue = Span::new(seg.end - a.len(), seg.end);
                    if let Some(found) = self.cjk_found(&rules::ACCORDING_JA, para, Some(np), cue) {
                        return Some(found);
                    }
                }
            }
            return None;
        }
        for (i, &seg) in segments.iter().enumerate().rev() {
            if let Some(found) = self.chinese_according(para, seg) {
                return Some(found);
            }
            let near = i + 1 == segments.len() && adjacent;
            if let Some(cue) = self.chinese_cue_ending(seg) {
                let np = self.cjk_speaker(para, Span::new(seg.start, cue.start));
                if let Some(np) = np {
                    if let Some(found) = self.cjk_found(
                        if near {
                            &rules::CUE_BEFORE_NEAR
                        } else {
                            &rules::CUE_BEFORE
                        },
                        para,
                        Some(np),
                        cue,
                    ) {
                        return Some(found);
                    }
                }
            }
            // A verb of two characters or more inside the stretch next to a
            // partial quotation: `X批评Y抱着“…”`.
            if i + 1 == segments.len() {
                let s = seg.get(self.text);
                let inner = CHINESE_CUES
                    .iter()
                    .filter(|c| c.chars().count() >= 2)
                    .filter_map(|c| s.find(c).map(|at| (at, c.len())))
                    .filter(|&(at, _)| at > 0)
                    .min();
                if let Some((at, len)) = inner {
                    let cue = Span::new(seg.start + at, seg.start + at + len);
                    if let Some(np) = self.cjk_speaker(para, Span::new(seg.start, cue.start)) {
                        if let Some(found) =
                            self.cjk_found(&rules::VERB_INSIDE_BEFORE, para, Some(np), cue)
                        {
                            return Some(found);
                        }
                    }
                }
            }
        }
        None
    }

    /// The attribution after a quotation: in Chinese, `“…”X说`; in Japanese, the
    /// quotative verb after the marks and the speaker before them.
    pub(in crate::core::attribution) fn cjk_after(
        &self,
        q: &MarkedQuote,
        para: &Para,
        close: Span,
        hi: usize,
    ) -> Option<Found> {
        let end = para
            .tokens
            .get(hi)
            .map_or(para.span.end, |t| t.span.start)
            .max(close.end);
        let after = Span::new(close.end, end);
        let s = after.get(self.text);
        if self.lang == Lang::Ja {
            let cue = JAPANESE_CUES.iter().find(|c| s.starts_with(**c))?;
            let cue = Span::new(close.end, close.end + cue.len());
            let first = &self.paras[q.first_paragraph];
            let from = first.clause_start(q.open.start, None);
            let before = Span::new(from, q.open.start);
            for &seg in self.cjk_segments(before).iter().rev() {
                let text = seg.get(self.text);
                let particle = JAPANESE_PARTICLES
                    .iter()
                    .filter_map(|p| text.rfind(p).map(|i| (i, p.len())))
                    .max();
                let Some((i, len)) = particle else { continue };
                // (Only a time or a place after the particle: `Xは17日、`.)
                if text[i + len..].chars().count() > 10 || i == 0 {
                    continue;
                }
                let who = Span::new(seg.start, seg.start + i);
                if let Some(np) = self.cjk_speaker(first, who) {
                    if let Some(found) = self.cjk_found(&rules::CUE_AFTER, para, Some(np), cue) {
                        return Some(found);
                    }
                }
            }
            // No speaker in the sentence: the words are someone's, unnamed here.
            if let Some(found) = self.cjk_found(&rules::CUE_AFTER_UNNAMED, para, None, cue) {
                return Some(found);
            }
        }
        // Chinese: `”，X说。`, `”他进一步指出，…`
        let lead = s.len()
            - s.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '，' | ','))
                .len();
        let seg = self
            .cjk_segments(Span::new(close.end + lead, end))
            .first()
            .copied()
            .filter(|seg| seg.start == close.end + lead)?;
        let cue = self.chinese_cue_ending(seg)?;
        let np = self.cjk_speaker(para, Span::new(seg.start, cue.start))?;
        self.cjk_found(&rules::CUE_AFTER_COMMA, para, Some(np), cue)
    }

    /// The person a Chinese or Japanese speaker's phrase means: a pronoun or
    /// a verb with no speaker, the person named last before it; a phrase, the
    /// person it names (a shorter phrase the end of a longer one named before:
    /// `汉森` after `戴夫·汉森`).
    pub(in crate::core::attribution) fn cjk_resolve(
        &self,
        registry: &mut Registry,
        np: Np,
    ) -> Option<Option<usize>> {
        match np.kind {
            NpKind::Pronoun => {
                if let Some(span) = self.cjk_last_speaker(np.span.start) {
                    return Some(self.cjk_person(registry, span, np.span));
                }
                Some(registry.antecedent(np.span.start, Gender::Unknown, 4000))
            }
            NpKind::Unnamed => Some(self.cjk_person(registry, np.span, np.span)),
            _ => None,
        }
    }

    /// The person the phrase at `phrase` names, mentioned at `at`; an
    /// organisation (`外交部`, `NASA`) is an unnamed speaker, whom no `他` means.
    /// A short form of a name mentioned before is that person: the part after
    /// or before a middle dot (`汉森`, `戴夫` for `戴夫·汉森`, and the Latin name
    /// in brackets after it, `（Dave Hanson）`), a surname (`岸田` for `岸田文雄`),
    /// with an honorific (`岸田氏`, `田中さん`) or, when the name is known, a
    /// title after it (`岸田首相`, `阿部部長`, `王毅外长`).
    fn cjk_person(&self, registry: &mut Registry, phrase: Span, at: Span) -> Option<usize> {
        let phrase = phrase.get(self.text);
        let bare = CJK_HONORIFICS
            .iter()
            .find_map(|h| phrase.strip_suffix(h).filter(|n| !n.is_empty()))
            .unwrap_or(phrase);
        let untitled = CJK_TITLES_AFTER
            .iter()
            .find_map(|h| bare.strip_suffix(h).filter(|n| n.chars().count() >= 2));
        let known_as = |name: &str| {
            registry
                .entities
                .iter()
                .filter(|e| e.kind == EntityKind::Person && e.first.start < at.start)
                .filter(|e| {
                    name.chars().count() >= 2
                        && (e.name == name || e.name.ends_with(name) || e.name.starts_with(name))
                        && e.name.chars().count() <= name.chars().count() + 8
                })
                .map(|e| e.name.clone())
                .next_back()
        };
        if let Some(known) = known_as(bare).or_else(|| untitled.and_then(known_as)) {
            return registry.person_named(&known, at);
        }
        if cjk_org(phrase) {
            return Some(registry.add_unnamed(phrase, at));
        }
        if let Some(full) = self.cjk_dotted_name(bare, at.start) {
            // (The same person's name in Latin letters right after it, in brackets.)
            let bracketed = registry
                .mentions
                .iter()
                .find(|m| {
                    m.span.start >= full.end
                        && self.text.get(full.end..m.span.start).is_some_and(|gap| {
                            gap.chars().count() <= 2
                                && gap.chars().all(|c| matches!(c, '（' | '(' | ' '))
                        })
                })
                .map(|m| m.entity)
                .filter(|&e| registry.entities[e].kind == EntityKind::Person);
            if let Some(e) = bracketed {
                return Some(e);
            }
            return registry.person_named(full.get(self.text), at);
        }
        registry.person_named(bare, at)
    }

    /// Where a name joined by a middle dot to `part` (`戴夫·汉森` for `汉森` or
    /// `戴夫`) is written before byte `before`, the last time.
    fn cjk_dotted_name(&self, part: &str, before: usize) -> Option<Span> {
        if part.chars().count() < 2 {
            return None;
        }
        let text = self.text.get(..before)?;
        let letter = |c: char| c.is_alphabetic() && !c.is_ascii() && !NOT_IN_NAMES.contains(c);
        for (i, _) in text.rmatch_indices(part) {
            let end = i + part.len();
            let prev = text[..i].chars().next_back();
            let next = text[end..].chars().next();
            // (The other part: the dot and at most five letters, so that a role
            // written before the name, `物理学家约翰·史密斯`, stays out.)
            let full = if prev.is_some_and(is_middle_dot) {
                let start = text[..i]
                    .char_indices()
                    .rev()
                    .skip(1)
                    .take_while(|&(_, c)| letter(c))
                    .take(5)
                    .last()
                    .map_or(i, |(k, _)| k);
                Span::new(start, end)
            } else if next.is_some_and(is_middle_dot) {
                let dot = next.map_or(0, char::len_utf8);
                let stop = text[end + dot..]
                    .char_indices()
                    .take(6)
                    .find(|&(_, c)| !letter(c))
                    .map_or_else(
                        || {
                            text[end + dot..]
                                .char_indices()
                                .nth(5)
                                .map_or(text.len(), |(k, _)| end + dot + k)
                        },
                        |(k, _)| end + dot + k,
                    );
                Span::new(i, stop)
            } else {
                continue;
            };
            let s = full.get(self.text);
            if !s.starts_with(is_middle_dot) && !s.ends_with(is_middle_dot) && s != part {
                return Some(full);
            }
        }
        None
    }

    /// Direct or mixed: a quotation after punctuation, or after a Japanese
    /// speaker's `は`/`が`, is direct; one inside the writer's clause, mixed.
    pub(in crate::core::attribution) fn cjk_kind(
        &self,
        q: &MarkedQuote,
    ) -> crate::core::attribution::QuoteKind {
        let para = &self.paras[q.first_paragraph];
        let before = self.text[para.span.start..q.open.start]
            .trim_end()
            .chars()
            .last();
        let introduced = before.is_none_or(|c| {
            is_boundary(c)
                || matches!(c, '）' | ')')
                || self.lang == Lang::Ja && matches!(c, 'は' | 'が')
        });
        if introduced {
            crate::core::attribution::QuoteKind::Direct
        } else {
            crate::core::attribution::QuoteKind::Mixed
        }
    }

    /// Whether a Chinese or Japanese quotation with no attribution is no
    /// quotation: it holds no sentence (a name, a title, a term).
    pub(in crate::core::attribution) fn cjk_not_a_quotation(&self, q: &MarkedQuote) -> bool {
        // (`回答“…？”这样的问题`: an example of a kind of thing.)
        let after = q.close.map_or("", |c| &self.text[c.end..]);
        if ["这样", "这类", "之类", "一类", "のような", "などの"]
            .iter()
            .any(|w| after.starts_with(w))
        {
            return true;
        }
        let content: String = q.parts.iter().map(|p| p.get(self.text)).collect();
        let sentence = content
            .trim_end_matches(['。', '！', '？', '.', '!', '?'])
            .chars()
            .any(|c| matches!(c, '，' | '。' | '、' | '；' | '！' | '？'));
        !(sentence && ideographs(&content) >= 8)
    }
}
