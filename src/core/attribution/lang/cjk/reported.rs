//! Chinese and Japanese reported speech: attributions without quotation
//! marks, with the span of what was reported. Read per sentence (up to `。`,
//! `！`, `？`, `；` outside quotation marks):
//! - Chinese: a speaker, a cue ending the stretch and a comma, the rest of the
//!   sentence reported (`市长表示，新桥将在明年通车。`, `王明称，…`); a cue of two
//!   characters inside the stretch, what follows it reported (`王明承认此前已经
//!   知道这个问题。`); a source named without a verb of its own (`据新华社报道，…`);
//!   `认为` tells a belief;
//! - Japanese: the quotative `と` and its verb after the reported clause, the
//!   speaker the phrase that opens the sentence marked by `は` or `が`
//!   (`市長は新しい橋を来年開通させると述べた。`); `と考えている`, `と見ている` tell
//!   a belief.

use super::{NOT_IN_NAMES, ideographs, is_boundary, is_middle_dot, rules};
use crate::core::attribution::lang::en::reported::Reported;
use crate::core::attribution::rules::Rule;
use crate::core::attribution::{Ctx, Np, NpKind, Para};
use crate::core::lang::Lang;
use crate::core::lexicon::cjk::JAPANESE_PARTICLES;
use crate::core::span::Span;

/// Content with fewer Chinese characters and kana than this is not reported
/// speech (`他认为确实如此`).
const MIN_IDEOGRAPHS: usize = 6;

/// The longest speaker's phrase before a Japanese particle, in characters.
const LONGEST_TOPIC: usize = 20;

/// Chinese cues of two characters read inside a stretch, with no comma after
/// them (`王明承认此前已经知道`): verbs that take a clause, seldom part of
/// other words.
const CHINESE_INSIDE_CUES: &[&str] = &[
    "表示", "指出", "强调", "承认", "认为", "透露", "声称", "宣称", // Traditional characters.
    "強調", "承認", "認為", "聲稱", "宣稱",
];

/// Chinese verbs of belief: the clause is the speaker's view.
const CHINESE_BELIEF: &[&str] = &["认为", "認為", "相信"];

/// What makes a Chinese speaker's phrase no one in particular (`人们`, `专家`,
/// `有人`, `这`): people in general, the reader, a thing.
const CHINESE_GENERIC: &[&str] = &[
    "有人", "人们", "大家", "许多", "很多", "一些", "不少", "专家", "人士", "我", "你", "您", "这",
    "那", "此", "它", "其", "人們", "專家", "這",
];

/// Japanese quotative endings after a reported clause, with whether they tell a
/// belief; longest first.
const JAPANESE_REPORTED: &[(&str, bool)] = &[
    ("と指摘している", false),
    ("と主張している", false),
    ("と説明している", false),
    ("と述べている", false),
    ("と話している", false),
    ("と語っている", false),
    ("と考えている", true),
    ("と見ている", true),
    ("とみている", true),
    ("と明らかにした", false),
    ("と強調した", false),
    ("と指摘した", false),
    ("と説明した", false),
    ("と発表した", false),
    ("と主張した", false),
    ("と述べた", false),
    ("と語った", false),
    ("と話した", false),
    ("としている", false),
];

/// Japanese quotative endings that join a clause to the next (`と語り、`): a
/// reported clause after one starts after them.
const JAPANESE_JOINING: &[&str] = &[
    "と語り",
    "と述べ",
    "と話し",
    "と強調し",
    "と指摘し",
    "と説明し",
];

/// Japanese words that end a phrase that is no speaker (a place, a time, a
/// thing): `東京では`, `これは`.
const JAPANESE_NOT_SPEAKERS: &[&str] = &["で", "に", "と", "これ", "それ", "こと", "の"];

impl Ctx<'_> {
    /// The reported speech of one Chinese or Japanese paragraph. `direct`: the
    /// outer spans of its direct quotations (sorted), which content never runs into.
    pub(in crate::core::attribution) fn cjk_reported(
        &self,
        para: &Para,
        direct: &[Span],
    ) -> Vec<Reported> {
        let mut out = Vec::new();
        for sentence in self.cjk_sentences(para.span) {
            let s = sentence.get(self.text);
            // (A question reports nothing: `您认为…吗？`)
            if s.ends_with(['？', '?']) {
                continue;
            }
            let body = Span::new(
                sentence.start,
                sentence.start + s.trim_end_matches(['。', '！', '!', '.', '；']).len(),
            );
            let found = if self.lang == Lang::Ja {
                self.japanese_reported(para, body, direct)
            } else {
                self.chinese_reported(para, body, direct)
            };
            out.extend(found);
        }
        out
    }

    /// The sentences of `span`: up to `。`, `！`, `？` outside quotation marks, and
    /// the clauses a `；` ends (`X说，…；Y也批评…`: each its own speaker).
    fn cjk_sentences(&self, span: Span) -> Vec<Span> {
        let s = span.get(self.text);
        let mut out = Vec::new();
        let mut start = 0;
        let mut depth = 0i32;
        for (i, c) in s.char_indices() {
            match c {
                '“' | '「' | '『' => depth += 1,
                '”' | '」' | '』' => depth = (depth - 1).max(0),
                '。' | '！' | '？' | '!' | '?' | '；' if depth == 0 => {
                    let end = i + c.len_utf8();
                    out.push(Span::new(span.start + start, span.start + end));
                    start = end;
                }
                _ => {}
            }
        }
        if s.len() > start {
            out.push(Span::new(span.start + start, span.end));
        }
        out
    }

    /// The content `span` trimmed of spaces and punctuation at its ends, if it
    /// holds enough characters and runs into no direct quotation.
    fn cjk_content(&self, span: Span, direct: &[Span]) -> Option<Span> {
        let s = span.get(self.text);
        let lead = s.len()
            - s.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '，' | ',' | '、'))
                .len();
        let kept = s[lead..].trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '，' | ',' | '、' | '。' | '；')
        });
        let span = Span::new(span.start + lead, span.start + lead + kept.len());
        if ideographs(kept) < MIN_IDEOGRAPHS {
            return None;
        }
        (!crate::core::attribution::lang::en::reported::runs_into(span, direct, false))
            .then_some(span)
    }

    /// A speaker's phrase without the role written before a name with a middle
    /// dot (`物理学家约翰·史密斯`: `约翰·史密斯`): at most five letters before the dot.
    fn cjk_without_role(&self, np: Np, para: &Para) -> Np {
        let s = np.span.get(self.text);
        let Some(dot) = s.find(is_middle_dot) else {
            return np;
        };
        let start = s[..dot]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphabetic() && !c.is_ascii() && !NOT_IN_NAMES.contains(c))
            .take(5)
            .last()
            .map_or(dot, |(i, _)| i);
        if start == 0 || start == dot {
            return np;
        }
        self.cjk_np(para, Span::new(np.span.start + start, np.span.end), np.kind)
    }

    /// Whether a Chinese speaker's phrase names someone in particular.
    fn chinese_particular(&self, np: &Np) -> bool {
        let w = np.span.get(self.text);
        let generic = w.contains('们')
            || w.contains('們')
            || CHINESE_GENERIC.iter().any(|g| w.starts_with(g));
        !generic && (np.kind == NpKind::Pronoun || w.chars().count() >= 2)
    }

    /// `市长表示，…`, `王明承认此前…`, `据新华社报道，…` in the sentence `body`
    /// (without its end mark).
    fn chinese_reported(&self, para: &Para, body: Span, direct: &[Span]) -> Option<Reported> {
        let segments = self.cjk_segments(body);
        let text = self.text;
        for &seg in &segments {
            // What follows the stretch: a comma, or a colon not opening a quotation.
            let rest = &text[seg.end..body.end];
            let mut chars = rest.chars();
            let sep = chars.next();
            let next = chars.next();
            let opens_clause = matches!(sep, Some('，' | ','))
                || matches!(sep, Some('：' | ':'))
                    && !matches!(next, Some('“' | '「' | '"' | '『'));
            if opens_clause {
                let after = Span::new(seg.end + sep.map_or(0, char::len_utf8), body.end);
                // `据新华社报道，…`
                if let Some(found) = self.chinese_according(para, seg) {
                    if let (Some(np), Some(cue)) = (found.np, found.cue) {
                        if let Some(content) = self.cjk_content(after, direct) {
                            return Some(Reported {
                                content,
                                np: Some(np),
                                cue,
                                rule: &rules::REPORTED_ACCORDING,
                            });
                        }
                    }
                }
                // `市长表示，…`
                // (`换句话说`, `也就是说`, `一般来说`: set phrases, no one speaking.)
                let set_phrase = |cue: Span| {
                    cue.get(text) == "说"
                        && text[seg.start..cue.start]
                            .chars()
                            .next_back()
                            .is_some_and(|c| "话来是以该如用".contains(c))
                };
                if let Some(cue) = self.chinese_cue_ending(seg).filter(|&c| !set_phrase(c)) {
                    let np = self
                        .cjk_speaker(para, Span::new(seg.start, cue.start))
                        .filter(|np| self.chinese_particular(np))
                        .map(|np| self.cjk_without_role(np, para));
                    if let (Some(np), Some(content)) = (np, self.cjk_content(after, direct)) {
                        return Some(Reported {
                            content,
                            np: Some(np),
                            cue,
                            rule: chinese_rule(cue.get(text), &rules::REPORTED_CUE),
                        });
                    }
                }
            }
            // `王明承认此前已经知道这个问题`: a cue inside the stretch.
            let s = seg.get(text);
            let inside = CHINESE_INSIDE_CUES
                .iter()
                .filter_map(|c| s.find(c).map(|at| (at, c.len())))
                .filter(|&(at, len)| at > 0 && at + len < s.len())
                .min();
            if let Some((at, len)) = inside {
                // (`被认为`: a passive; `这表示`: a thing means.)
                if s[..at].ends_with('被') {
                    continue;
                }
                let cue = Span::new(seg.start + at, seg.start + at + len);
                let np = self
                    .cjk_speaker(para, Span::new(seg.start, cue.start))
                    .filter(|np| self.chinese_particular(np))
                    .map(|np| self.cjk_without_role(np, para));
                if let (Some(np), Some(content)) =
                    (np, self.cjk_content(Span::new(cue.end, body.end), direct))
                {
                    return Some(Reported {
                        content,
                        np: Some(np),
                        cue,
                        rule: chinese_rule(cue.get(text), &rules::REPORTED_CUE_INSIDE),
                    });
                }
            }
        }
        None
    }

    /// `市長は新しい橋を来年開通させると述べた`, in the sentence `body`: the
    /// quotative `と` and its verb, the speaker the phrase opening the sentence
    /// marked by `は` or `が`.
    fn japanese_reported(&self, para: &Para, body: Span, direct: &[Span]) -> Option<Reported> {
        let s = body.get(self.text);
        // The first reporting ending not right after a closing mark (`「…」と述べた`
        // is a direct quotation's).
        let (at, cue, belief) = s
            .char_indices()
            .filter(|&(i, c)| c == 'と' && !s[..i].ends_with(['」', '』', '”', '"']))
            .find_map(|(i, _)| {
                JAPANESE_REPORTED
                    .iter()
                    .find(|(c, _)| s[i..].starts_with(c))
                    .map(|&(c, b)| (i, c, b))
            })?;
        // The speaker: the first stretch of the sentence with a particle.
        let (topic, particle) = s[..at].char_indices().find_map(|(i, c)| {
            let p = JAPANESE_PARTICLES
                .iter()
                .find(|p| s[i..].starts_with(**p))?;
            (i > 0 && c != '、').then_some((i, p.len()))
        })?;
        let head = &s[..topic];
        let from = head.rfind(['、', '，', '　']).map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
        let who = &head[from..];
        if who.is_empty()
            || who.chars().count() > LONGEST_TOPIC
            || who.chars().any(is_boundary)
            || JAPANESE_NOT_SPEAKERS.iter().any(|n| who.ends_with(n))
            || head[from..].contains(['「', '」'])
        {
            return None;
        }
        let after_particle = topic + particle;
        // (`利用者は、…としている`: with `としている`, a topic set off by a comma
        // is what the clause is about, not who says it.)
        if cue == "としている" && s[after_particle..].starts_with('、') {
            return None;
        }
        let np = self.cjk_speaker(para, Span::new(body.start + from, body.start + topic))?;
        // The content: after the particle, a time or place set off by a comma
        // (`は17日、`), and a clause reported before (`「…」と語り、`).
        let mut start = after_particle;
        if let Some(c) = s[start..at].find('、') {
            let lead = &s[start..start + c];
            if lead.chars().count() <= 8 && lead.chars().any(|ch| "日月年時朝夜".contains(ch))
            {
                start += c + '、'.len_utf8();
            }
        }
        if let Some((j, len)) = JAPANESE_JOINING
            .iter()
            .filter_map(|w| s[start..at].rfind(w).map(|j| (start + j, w.len())))
            .max()
        {
            start = j + len;
        }
        let content = self.cjk_content(Span::new(body.start + start, body.start + at), direct)?;
        let cue = Span::new(body.start + at, body.start + at + cue.len());
        Some(Reported {
            content,
            np: Some(np),
            cue,
            rule: if belief {
                &rules::REPORTED_BELIEF
            } else {
                &rules::REPORTED_TO
            },
        })
    }
}

/// The rule of a Chinese report whose cue is `cue`: `rule`, or the rule of
/// belief for `认为`.
fn chinese_rule(cue: &str, rule: &'static Rule) -> &'static Rule {
    if CHINESE_BELIEF.iter().any(|b| cue.ends_with(b)) {
        &rules::REPORTED_BELIEF
    } else {
        rule
    }
}
