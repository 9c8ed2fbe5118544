//! Reported speech and transcripts among the quotations: found per paragraph
//! by its grammar, merged in reading order.

use crate::core::attribution::lang::en::reported;
use crate::core::attribution::{Ctx, Quote, QuoteKind, Speaker, lang};
use crate::core::mentions::Registry;
use crate::core::quotes::MarkedQuote;
use crate::core::span::{SortedSpans, Span};
use crate::core::transcript::{self, Line};

impl Ctx<'_> {
    /// The reported speech of the text's paragraphs (those whose grammar reads it), in reading order of the speakers.
    /// `kinds`: each marked quote's [`Ctx::kind`].
    pub(super) fn find_reported(
        &self,
        marked: &[MarkedQuote],
        kinds: &[QuoteKind],
    ) -> Vec<reported::Reported> {
        let quoted = SortedSpans::new(marked.iter().map(MarkedQuote::outer).collect());
        let direct = SortedSpans::new(
            marked
                .iter()
                .zip(kinds)
                .filter(|&(_, &k)| k == QuoteKind::Direct)
                .map(|(q, _)| q.outer())
                .collect(),
        );
        // Each paragraph gets the quotations near it: the whole lists made long
        // pages quadratic.
        let mut all: Vec<reported::Reported> = self
            .paras
            .iter()
            .flat_map(|para| {
                lang::grammar(para.lang).reported(
                    self,
                    para,
                    quoted.near(para.span),
                    direct.near(para.span),
                )
            })
            .filter(|r| self.enabled(r.rule))
            .collect();
        crate::core::sort::by_key(&mut all, |r| r.at() as u128);
        all
    }

    /// Adds reported speech (`reported`, its speakers `resolved`) to `out`, in
    /// reading order, and gives the mixed quotations inside it their reported clause.
    pub(super) fn add_reported(
        &self,
        reported: &[reported::Reported],
        resolved: &[Option<usize>],
        out: &mut Vec<Quote>,
    ) {
        let mut added = Vec::new();
        let mut contents = rustc_hash::FxHashSet::default();
        let first_start = |q: &Quote| q.parts.first().map_or(q.open.start, |p| p.start);
        for (&r, &entity) in reported.iter().zip(resolved) {
            // The quotations that start inside the content (`out` is in reading
            // order); the content may stop short of a fragment's last comma
            // (`“…,” X said`).
            let from = out.partition_point(|q| first_start(q) < r.content.start);
            let to = from + out[from..].partition_point(|q| first_start(q) < r.content.end);
            let inside = |q: &&mut Quote| {
                q.kind == QuoteKind::Mixed
                    && q.parts.last().is_some_and(|p| p.end <= r.content.end + 2)
            };
            let mut mixed = None;
            for q in out[from..to].iter_mut().filter(inside) {
                // Fragments of one reported clause are one attribution.
                let group = *mixed.get_or_insert(q.group);
                q.group = group;
                // The nearest cue wins: later cues in a sentence are nested in earlier ones.
                let outer = q.outer();
                // (The reported clause ends where the fragment's clause does.)
                let end = self.para_of(outer).map_or(r.content.end, |p| {
                    let e = self.fragment_clause_end(p, outer.end, r.content.end);
                    self.text[..e].trim_end_matches(['.', ',', ' ', '\n']).len()
                });
                // (`cautioned “let’s not get ahead of ourselves,” before …`: a
                // quotation that opens the report and ends as an utterance does is
                // all of it.)
                let utterance = r.content.start >= outer.start
                    && super::ends_as_utterance(self.text, q.open, q.close);
                let end = if utterance { outer.end } else { end };
                q.content = Some(Span::new(
                    r.content.start.min(outer.start),
                    end.max(outer.end),
                ));
                // PolNeAR gives the fragment the outermost attribution whose
                // clause holds it (`X said Y called it “…”` is X's).
                let outermost = q
                    .cue
                    .is_none_or(|c| r.cue.end <= c.start && r.content.contains(c));
                // (`he called her “weak” and said she had “zero support”`: a cue
                // between the fragment and its own, whose clause holds it, is nearer.)
                let nearer = q.cue.is_some_and(|c| {
                    c.end <= r.cue.start && r.cue.end <= q.open.start && !r.content.contains(c)
                });
                // (`X tells reporters that … “…”`: a speaker found between the
                // cue and the fragment is its hearer or part of its clause.)
                let misplaced = q
                    .speaker
                    .is_some_and(|s| s.mention.start >= r.cue.end && s.mention.end <= q.open.start)
                    && r.np.is_some_and(|np| np.span.end <= r.cue.start);
                // (A speaker the quotation rules took from a complement, a dateline
                // or a medium, `in Lynchburg`, `PHILADELPHIA`, `a statement saying`,
                // yields to the report's subject.)
                let junk = q.cue == Some(r.cue)
                    && q.speaker
                        .is_some_and(|s| self.unlikely_source(s.mention, r.cue))
                    && r.np.is_some_and(|np| !self.unlikely_source(np.span, r.cue));
                if let Some(np) =
                    r.np.filter(|_| q.speaker.is_none() || outermost || nearer || misplaced || junk)
                {
                    q.cue = Some(r.cue);
                    q.speaker = Some(Speaker {
                        mention: np.span,
                        entity,
                    });
                }
            }
            // (A fragment's own clause that starts where the report does is the
            // same attribution: `wrote that Trump “has built …”`.)
            let same_clause = out[from.saturating_sub(1)..to.min(out.len())]
                .iter()
                .chain(out.get(to))
                .any(|q| q.content.is_some_and(|c| c.start == r.content.start));
            if mixed.is_some() || same_clause || !contents.insert(r.content) {
                continue;
            }
            added.push(Quote {
                kind: QuoteKind::Indirect,
                parts: vec![r.content],
                content: Some(r.content),
                open: Span::new(r.content.start, r.content.start),
                close: None,
                speaker: r.np.map(|np| Speaker {
                    mention: np.span,
                    entity,
                }),
                cue: Some(r.cue),
                medium: None,
                confidence: r.rule.confidence,
                rule: Some(r.rule.name),
                form: None,
                act: super::Act::Speech,
                group: 0,
            });
        }
        if added.is_empty() {
            return;
        }
        // Groups stay apart: every reported speech is an attribution of its own.
        let offset = out.last().map_or(0, |q| q.group + 1);
        for (i, q) in added.iter_mut().enumerate() {
            q.group = offset + i;
        }
        out.extend(added);
        crate::core::sort::by_key(out, |q| q.parts.first().map_or(0, |p| p.start) as u128);
        let mut renumbered = rustc_hash::FxHashMap::default();
        for q in out.iter_mut() {
            let next = renumbered.len();
            q.group = *renumbered.entry(q.group).or_insert(next);
        }
    }

    /// Who speaks a transcript line: the person its label names (`DOE:`), or
    /// for an interview's answer (`A:`), the person the article named most
    /// before it.
    pub(super) fn transcript_speaker(
        &self,
        line: &Line,
        registry: &mut Registry,
    ) -> Option<Speaker> {
        let para = &self.paras[line.paragraph];
        match line.speaker {
            transcript::Speaker::Named => Some(Speaker {
                mention: line.label,
                entity: registry.person_named(line.label.get(self.text), line.label),
            }),
            transcript::Speaker::Answer => Some(Speaker {
                mention: line.label,
                entity: Some(registry.most_mentioned_person_before(para.span.start)?),
            }),
            transcript::Speaker::Question => None,
        }
    }
}
