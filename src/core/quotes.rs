//! Finding the spans between quotation marks.
//!
//! Marks are paired within their family (double curly and straight, single,
//! guillemets, CJK corners…), so an apostrophe can never close a double quote.
//! A pair inside another pair is nested: only the outer one is reported. A
//! quotation that runs over several paragraphs (each opens with a mark, only
//! the last closes) is one quote with one part per paragraph. A quote left
//! open at the end of its paragraph is closed there, unless it would swallow a
//! properly closed quote. A quote left open at the end of a block and closed in
//! the short block after it (table cells of one row, items of one list, a
//! `<br>`) is one quote over both. Marks in code (`<kbd>"</kbd>`) are not marks.

use super::span::Span;

/// Families of quotation marks: a mark only pairs with a mark of its own family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Family {
    /// “ ” „ ‟ " ＂
    Double,
    /// ‘ ’ ‚ ‛ '
    Single,
    /// « »
    Guillemet,
    /// ‹ ›
    SingleGuillemet,
    /// 「 」
    Corner,
    /// 『 』
    WhiteCorner,
    /// 〝 〞 〟
    DoublePrime,
    /// No marks: a `<blockquote>` introduced as someone's words.
    Block,
    /// No marks: an answer or a speaker's line in an interview or transcript
    /// (see [`super::transcript`]).
    Transcript,
}

/// The families of marks paired (all but [`Family::Block`] and [`Family::Transcript`]).
const FAMILIES: usize = 7;

impl Family {
    fn of(c: char) -> Option<Family> {
        Some(match c {
            '“' | '”' | '„' | '‟' | '"' | '＂' => Family::Double,
            '‘' | '’' | '‚' | '‛' | '\'' | '＇' => Family::Single,
            '«' | '»' => Family::Guillemet,
            '‹' | '›' => Family::SingleGuillemet,
            '「' | '」' => Family::Corner,
            '『' | '』' => Family::WhiteCorner,
            '〝' | '〞' | '〟' => Family::DoublePrime,
            _ => return None,
        })
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// A quotation found between marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkedQuote {
    /// The quoted words, one part per paragraph, marks and outer spaces excluded.
    pub parts: Vec<Span>,
    /// The opening mark of the first part.
    pub open: Span,
    /// The closing mark of the last part; `None` when the paragraph's end closed it.
    pub close: Option<Span>,
    /// The family of its marks.
    pub family: Family,
    /// Index (into the paragraphs given) of the first part's paragraph.
    pub first_paragraph: usize,
    /// Index of the last part's paragraph.
    pub last_paragraph: usize,
}

impl MarkedQuote {
    /// From the opening mark to the closing mark (or the last part's end).
    pub fn outer(&self) -> Span {
        let end = self
            .close
            .map(|c| c.end)
            .or(self.parts.last().map(|p| p.end))
            .unwrap_or(self.open.end);
        Span::new(self.open.start, end)
    }
}

/// How a mark may act where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

/// Whether `c` may stand before an opening mark (or after a closing one) as punctuation.
fn is_boundary_punct(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '(' | '['
                | '{'
                | '—'
                | '–'
                | '―'
                | '-'
                | '/'
                | ':'
                | ';'
                | ','
                | '.'
                | '!'
                | '?'
                | '…'
                | ')'
                | ']'
                | '}'
                // Full-width punctuation of Chinese and Japanese.
                | '，'
                | '、'
                | '。'
                | '：'
                | '；'
                | '！'
                | '？'
                | '（'
                | '）'
        )
        || Family::of(c).is_some()
}

/// Whether `c` is punctuation that ends the words of a quotation (`,` `.` `!` `?` `…`).
fn ends_words(c: char) -> bool {
    matches!(c, ',' | '.' | '!' | '?' | '…')
}

/// The role of mark `c` between `prev` and `next` (`None`: not a quotation mark here).
fn role(c: char, prev: Option<char>, next: Option<char>) -> Option<Role> {
    let space_before = prev.is_none_or(is_boundary_punct);
    let space_after = next.is_none_or(is_boundary_punct);
    let left = next.is_some_and(|n| !n.is_whitespace()) && space_before;
    let right = prev.is_some_and(|p| !p.is_whitespace()) && space_after;
    let letter = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
    // Chinese and Japanese put no space around marks: a mark after a character
    // of those scripts opens, one before such a character closes.
    let ideograph = |x: Option<char>| {
        x.is_some_and(|c| {
            matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}')
        })
    };
    match c {
        '“' if ideograph(prev) && next.is_some_and(|n| !n.is_whitespace()) => {
            return Some(Role::Open);
        }
        '”' if ideograph(next) && prev.is_some_and(|p| !p.is_whitespace()) => {
            return Some(Role::Close);
        }
        _ => {}
    }
    Some(match c {
        '„' | '‚' | '「' | '『' | '〝' | '‹' => Role::Open,
        '」' | '』' | '〞' | '〟' | '›' => Role::Close,
        // French `« texte »` puts a space inside the marks: `«` before a space
        // opens, `»` after a space closes.
        '«' if next.is_some_and(char::is_whitespace)
            && !prev.is_some_and(char::is_alphanumeric) =>
        {
            Role::Open
        }
        '»' if prev.is_some_and(char::is_whitespace)
            && !next.is_some_and(char::is_alphanumeric) =>
        {
            Role::Close
        }
        '“' | '«' => match (left, right) {
            (false, true) => Role::Close,
            // Between punctuation (`hätte.“)`), it closes an open quote if any.
            (true, true) if prev.is_some_and(|p| matches!(p, '.' | '!' | '?' | '…')) => {
                Role::Either
            }
            (true, _) => Role::Open,
            _ => Role::Either,
        },
        // Glued to the next word after the sentence's punctuation (`paranoia,”Clinton
        // said`, `said,”Hello`), it closes an open quote if any, else opens.
        '”' if left && !right && prev.is_some_and(ends_words) => Role::Either,
        '”' | '»' => match (left, right) {
            (true, false) => Role::Open,
            (_, true) => Role::Close,
            _ => Role::Either,
        },
        '‘' | '‛' => match (left, right) {
            (false, true) => Role::Close,
            _ => Role::Open,
        },
        // An apostrophe inside a word (don’t) or in front of a year ('90s) is not a mark.
        '’' | '\'' | '＇' => {
            if letter(prev) && letter(next) {
                return None;
            }
            match (left, right) {
                (true, false) => Role::Open,
                (false, true) => Role::Close,
                _ => return None,
            }
        }
        '"' | '＂' => {
            if letter(prev) && letter(next) {
                return None;
            }
            // An inch mark after a digit (5" wide) never opens.
            match (left, right) {
                (true, false) if prev.is_some_and(ends_words) => Role::Either,
                (true, false) if !prev.is_some_and(|p| p.is_ascii_digit()) => Role::Open,
                (false, true) => Role::Close,
                (true, true) => Role::Either,
                _ => return None,
            }
        }
        _ => return None,
    })
}

/// Whether closing mark `close` may close opening mark `open` (same family assumed).
fn closes(open: char, close: char) -> bool {
    match open {
        '“' => matches!(close, '”' | '“' | '"'),
        '„' => matches!(close, '“' | '”' | '"'),
        '”' => matches!(close, '”'),
        '‟' => matches!(close, '”'),
        '"' => matches!(close, '"' | '”'),
        '＂' => close == '＂',
        '‘' | '‛' => matches!(close, '’' | '‘'),
        '‚' => matches!(close, '‘' | '’'),
        '’' => close == '’',
        '\'' => close == '\'',
        '＇' => close == '＇',
        '«' => close == '»',
        '»' => close == '«',
        '‹' => close == '›',
        '›' => close == '‹',
        '「' => close == '」',
        '『' => close == '』',
        '〝' => matches!(close, '〞' | '〟'),
        _ => false,
    }
}

#[derive(Clone, Copy, Debug)]
struct Opener {
    mark: Span,
    c: char,
    paragraph: usize,
    /// The quote this opener continues from an earlier paragraph.
    continues: Option<usize>,
}

/// A quote being built: the parts so far, waiting for its last closing mark.
#[derive(Clone, Debug)]
struct Pending {
    parts: Vec<Span>,
    open: Span,
    first_paragraph: usize,
}

/// The longest stretch (bytes) of each of two blocks a quotation is joined
/// over when its closing mark is in the block after the one it opens in.
const JOIN_MAX_BYTES: usize = 240;

/// Whether byte `at` lies in one of the (sorted, disjoint) `code` spans.
fn in_code(code: &[Span], at: usize) -> bool {
    let k = code.partition_point(|s| s.end <= at);
    code.get(k).is_some_and(|s| s.start <= at)
}

/// Finds the outermost quotations of `paragraphs` (spans into `text`, in
/// reading order). Marks inside `code` (sorted spans of `<kbd>`, `<samp>`…
/// text: the collector's `code`) are characters of code, not quotation marks.
pub fn find_quotes(text: &str, paragraphs: &[Span], code: &[Span]) -> Vec<MarkedQuote> {
    let mut closed: Vec<MarkedQuote> = Vec::new();
    let mut recovered: Vec<MarkedQuote> = Vec::new();
    let mut pending: Vec<Pending> = Vec::new();
    // Openers carried into the next paragraph: (family, pending index).
    let mut carry: Vec<(Family, usize)> = Vec::new();
    // The closing mark of a quotation joined from the block before (see
    // `closing_in_next_block`): already used.
    let mut joined_close: Option<usize> = None;

    for (pi, &para) in paragraphs.iter().enumerate() {
        let mut stacks: [Vec<Opener>; FAMILIES] = Default::default();
        let body = para.get(text);
        let mut chars = body.char_indices().peekable();
        let mut prev: Option<char> = None;
        // The last character before any spaces: `…important,' " Magel said`.
        let mut last_seen: Option<char> = None;
        let mut first_mark = true;
        while let Some((i, c)) = chars.next() {
            let mut next = chars.peek().map(|&(_, n)| n);
            // Two apostrophes stand for a double mark (`''Yes,'' he said`).
            let doubled = c == '\'' && next == Some('\'');
            let (c, width) = if doubled {
                chars.next();
                next = chars.peek().map(|&(_, n)| n);
                ('"', 2)
            } else {
                (c, c.len_utf8())
            };
            let before_space = last_seen;
            if !c.is_whitespace() {
                last_seen = Some(c);
            }
            let at = para.start + i;
            let Some(family) =
                Family::of(c).filter(|_| !in_code(code, at) && joined_close != Some(at))
            else {
                if !c.is_whitespace() {
                    first_mark = false;
                }
                prev = Some(c);
                continue;
            };
            // `rock ’n’ roll`, `fish 'n' chips`: apostrophes around one letter
            // stand for an elided `and`, not a quotation; `the ’90s`, `in '08`:
            // an apostrophe before a two-digit year stands for its century.
            if matches!(c, '’' | '\'') && !prev.is_some_and(char::is_alphanumeric) {
                let rest = &body[i + width..];
                let digits = rest.chars().take_while(char::is_ascii_digit).count();
                let after = rest[digits..].chars().next();
                if digits == 2 && (after == Some('s') || !after.is_some_and(char::is_alphanumeric))
                {
                    prev = Some(c);
                    first_mark = false;
                    continue;
                }
                let mut ahead = rest.chars();
                if let (Some(l), Some(a)) = (ahead.next(), ahead.next())
                    && l.is_alphabetic()
                    && matches!(a, '’' | '\'')
                    && !ahead.next().is_some_and(char::is_alphanumeric)
                {
                    chars.next();
                    chars.next();
                    last_seen = Some(a);
                    prev = Some(a);
                    first_mark = false;
                    continue;
                }
            }
            let mark = Span::new(at, at + width);
            // A paragraph that opens with the mark of a quote left open above continues it.
            let continues = if first_mark {
                carry
                    .iter()
                    .position(|&(f, _)| f == family)
                    .map(|k| carry.remove(k).1)
            } else {
                None
            };
            first_mark = false;
            let stack = &mut stacks[family.index()];
            let r = if continues.is_some() {
                Some(Role::Open)
            } else {
                role(c, prev, next).or_else(|| {
                    // A straight double mark set apart by spaces right after a
                    // closing single one or the punctuation that ends a quotation
                    // closes the quote open (`'…,' " Magel said`, `…this, " X said`).
                    let spaced = prev.is_some_and(char::is_whitespace)
                        && next.is_none_or(char::is_whitespace);
                    let ends_quote =
                        matches!(before_space, Some('\'' | '’' | ',' | '.' | '?' | '!' | '…'));
                    (c == '"' && spaced && ends_quote).then_some(Role::Close)
                })
            };
            // `‘It’s not the players’ fault,’ she said`: a closing single mark
            // after a letter and before a space is a plural's apostrophe when a
            // mark after punctuation closes the quotation later on.
            let r = r.filter(|&r| {
                let possessive = r == Role::Close
                    && matches!(c, '’' | '\'')
                    && prev.is_some_and(char::is_alphabetic)
                    && next.is_some_and(char::is_whitespace)
                    && stack
                        .last()
                        .is_some_and(|o| closes(o.c, c) && matches!(o.c, '‘' | '‛' | '\''));
                !(possessive && closed_after_punctuation(&body[i + width..], c))
            });
            // (`HYPERLINK("a","b")` inside a quotation: a straight mark glued to a word
            // after a comma closes a straight quote only, never the curly one around it.)
            let r = r.map(|r| {
                let glued = r == Role::Either
                    && c == '"'
                    && prev.is_some_and(ends_words)
                    && next.is_some_and(char::is_alphanumeric);
                if glued && stack.last().is_none_or(|o| o.c != '"') {
                    Role::Open
                } else {
                    r
                }
            });
            prev = Some(c);
            let Some(r) = r else { continue };
            let can_close = r != Role::Open;
            let closing = if can_close {
                stack.iter().rposition(|o| closes(o.c, c))
            } else {
                None
            };
            if let Some(k) = closing {
                let opener = stack[k];
                stack.truncate(k);
                let part = Span::new(opener.mark.end, mark.start).trimmed(text);
                let quote = match opener.continues {
                    Some(p) => {
                        let mut q = pending[p].clone();
                        q.parts.push(part);
                        MarkedQuote {
                            parts: q.parts,
                            open: q.open,
                            close: Some(mark),
                            family,
                            first_paragraph: q.first_paragraph,
                            last_paragraph: pi,
                        }
                    }
                    None => MarkedQuote {
                        parts: vec![part],
                        open: opener.mark,
                        close: Some(mark),
                        family,
                        first_paragraph: pi,
                        last_paragraph: pi,
                    },
                };
                closed.push(quote);
            } else if r != Role::Close {
                stack.push(Opener {
                    mark,
                    c,
                    paragraph: pi,
                    continues,
                });
            }
        }

        // The paragraph ends: the outermost opener of each family left open either
        // continues into the next paragraph or is closed here.
        let next_opens = paragraphs.get(pi + 1).and_then(|&n| {
            let c = n.get(text).trim_start().chars().next()?;
            Family::of(c).map(|f| (f, c))
        });
        carry.clear();
        for stack in stacks.iter() {
            let Some(opener) = stack.first().copied() else {
                continue;
            };
            let family = Family::of(opener.c).unwrap_or(Family::Double);
            let part = Span::new(opener.mark.end, para.end).trimmed(text);
            let mut q = match opener.continues {
                Some(p) => pending[p].clone(),
                None => Pending {
                    parts: Vec::new(),
                    open: opener.mark,
                    first_paragraph: opener.paragraph,
                },
            };
            q.parts.push(part);
            let continued = next_opens.is_some_and(|(f, c)| {
                f == family && (c == opener.c || role(c, None, Some('x')) == Some(Role::Open))
            });
            let joined = (!continued && family != Family::Single)
                .then(|| closing_in_next_block(text, paragraphs, pi, opener.c, code))
                .flatten()
                .filter(|_| part.len() <= JOIN_MAX_BYTES);
            if continued {
                pending.push(q);
                carry.push((family, pending.len() - 1));
            } else if let (Some(close), Some(&next)) = (joined, paragraphs.get(pi + 1)) {
                // Closed in the short block after (table cells of one row, items
                // of one list, sibling `<div>`s): one quotation over both.
                q.parts
                    .push(Span::new(next.start, close.start).trimmed(text));
                joined_close = Some(close.start);
                closed.push(MarkedQuote {
                    parts: q.parts,
                    open: q.open,
                    close: Some(close),
                    family,
                    first_paragraph: q.first_paragraph,
                    last_paragraph: pi + 1,
                });
            } else if family != Family::Single {
                // A lone single mark is far more often an apostrophe than a quote.
                recovered.push(MarkedQuote {
                    parts: q.parts,
                    open: q.open,
                    close: None,
                    family,
                    first_paragraph: q.first_paragraph,
                    last_paragraph: pi,
                });
            }
        }
    }

    // A recovered quote may not swallow a quote that was properly closed.
    recovered.retain(|r| {
        let outer = r.outer();
        !closed.iter().any(|c| outer.contains(c.outer()))
    });
    let mut all = closed;
    all.extend(recovered);
    all.retain(|q| q.parts.iter().any(|p| !p.is_empty()));
    super::sort::by_key(&mut all, |q| {
        super::sort::pair(q.open.start, 0) + super::sort::descending(q.outer().end)
    });
    // Keep only the outermost: drop any quote inside an earlier one. An excerpt
    // of another article (paragraphs in straight marks holding curly quotations
    // of their own) gives way to the quotations it holds.
    let mut out: Vec<MarkedQuote> = Vec::with_capacity(all.len());
    for (i, q) in all.iter().enumerate() {
        if out.last().is_some_and(|o| o.outer().contains(q.outer())) {
            continue;
        }
        // (So does a straight-marked passage that opens with a curly quotation:
        // `"“We won,” she said, …"`.)
        let opens_inner =
            q.open.get(text) == "\"" && text[q.open.end..].trim_start().starts_with('“');
        if (q.parts.len() >= 2 || opens_inner)
            && q.open.get(text) == "\""
            && transcript_labels(text, q) < 2
        {
            let outer = q.outer();
            let holds = all[i + 1..]
                .iter()
                .take_while(|n| n.open.start < outer.end)
                .any(|n| outer.contains(n.outer()) && n.open.get(text) == "“");
            if holds {
                continue;
            }
        }
        out.push(q.clone());
    }
    split_transcripts(text, out)
}

/// How far (bytes) [`closed_after_punctuation`] looks: a sentence or two, so a
/// paragraph dense with apostrophes is not read again for each of them.
const POSSESSIVE_LOOKAHEAD: usize = 400;

/// Whether `rest` (what follows a closing single mark `c`) holds the same mark
/// right after punctuation (`fault,’`) before any opening single mark, within
/// [`POSSESSIVE_LOOKAHEAD`] bytes.
fn closed_after_punctuation(rest: &str, c: char) -> bool {
    let mut prev = None;
    for (i, x) in rest.char_indices() {
        if i > POSSESSIVE_LOOKAHEAD {
            return false;
        }
        if matches!(x, '‘' | '‛') || (x == c && prev.is_some_and(char::is_whitespace)) {
            return false;
        }
        if x == c && prev.is_some_and(|p| matches!(p, ',' | '.' | '!' | '?' | '…' | ';')) {
            return true;
        }
        prev = Some(x);
    }
    false
}

/// The mark that closes a quotation opened by `open` and left open at the end
/// of paragraph `pi`, when the paragraph after is the rest of its sentence, cut
/// off by markup: short, opening in lower case with no verb of speech (`said X`
/// is the attribution, not the quotation), the first mark of its family in it a
/// closing one, no further than [`JOIN_MAX_BYTES`] in.
fn closing_in_next_block(
    text: &str,
    paragraphs: &[Span],
    pi: usize,
    open: char,
    code: &[Span],
) -> Option<Span> {
    let next = *paragraphs.get(pi + 1)?;
    let body = next.get(text);
    if !body.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    let first_word = body.split(|c: char| !c.is_alphanumeric()).next()?;
    if super::lexicon::is(&super::lexicon::CUE_VERBS, first_word) {
        return None;
    }
    let family = Family::of(open)?;
    let mut prev = None;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if i > JOIN_MAX_BYTES {
            return None;
        }
        let next_c = chars.peek().map(|&(_, n)| n);
        let at = next.start + i;
        if Family::of(c) == Some(family) && !in_code(code, at) {
            match role(c, prev, next_c) {
                None => {}
                Some(Role::Open) => return None,
                Some(_) => return closes(open, c).then(|| Span::new(at, at + c.len_utf8())),
            }
        }
        prev = Some(c);
    }
    None
}

/// The length of the speaker label (`WALLACE: `) that opens `part`, if any: one
/// to three words in capitals and a colon.
fn transcript_label(text: &str, part: Span) -> Option<usize> {
    let s = part.get(text);
    let colon = s.get(..40.min(s.len()))?.find(':')?;
    let label = &s[..colon];
    let words = label.split_whitespace().count();
    let capitals = label.chars().any(char::is_uppercase)
        && label
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'));
    let spaced = s[colon + 1..].starts_with(char::is_whitespace);
    (capitals && (1..=3).contains(&words) && spaced).then(|| colon + 1)
}

/// How many parts of `q` open with a transcript's speaker label.
fn transcript_labels(text: &str, q: &MarkedQuote) -> usize {
    q.parts
        .iter()
        .filter(|&&p| transcript_label(text, p).is_some())
        .count()
}

/// A transcript in marks (`"WALLACE: …` / `"PENCE: …`, one paragraph per turn) is
/// one quotation per turn, each after its label: the label names its speaker.
fn split_transcripts(text: &str, quotes: Vec<MarkedQuote>) -> Vec<MarkedQuote> {
    let mut out = Vec::with_capacity(quotes.len());
    for q in quotes {
        if q.parts.len() < 2 || transcript_labels(text, &q) < 2 {
            out.push(q);
            continue;
        }
        let mut turn: Option<MarkedQuote> = None;
        let last = q.parts.len() - 1;
        for (k, &part) in q.parts.iter().enumerate() {
            let paragraph = q.first_paragraph + k;
            let label = transcript_label(text, part);
            match (label, turn.as_mut()) {
                (None, Some(t)) => {
                    t.parts.push(part);
                    t.last_paragraph = paragraph;
                }
                (None, None) => {}
                (Some(n), _) => {
                    out.extend(turn.take());
                    let start = Span::new(part.start + n, part.end).trimmed(text);
                    turn = Some(MarkedQuote {
                        parts: vec![start],
                        open: Span::new(start.start, start.start),
                        close: None,
                        family: q.family,
                        first_paragraph: paragraph,
                        last_paragraph: paragraph,
                    });
                }
            }
            if k == last {
                if let Some(t) = turn.as_mut() {
                    t.close = q.close;
                }
            }
        }
        out.extend(turn);
    }
    out
}

/// `<q>` elements: quotations whose marks the browser draws. Those inside a
/// paragraph and clear of marked quotations are merged into `marked`, in order.
pub fn add_inline_quotes(paragraphs: &[Span], inline: &[Span], marked: &mut Vec<MarkedQuote>) {
    let mut added = Vec::new();
    for &q in inline {
        let i = paragraphs.partition_point(|p| p.end < q.end);
        let Some(&p) = paragraphs.get(i) else {
            continue;
        };
        if p.start > q.start || overlaps_marked(marked, q) {
            continue;
        }
        added.push(unmarked(q, i, Some(Span::new(q.end, q.end))));
    }
    merge(marked, added);
}

/// The answers and speakers' lines of interviews and transcripts (not the
/// interviewer's questions) as quotations: each replaces the marked quotations
/// inside it (a line's words are the speaker's, quotes within them included).
pub fn add_transcript(lines: &[super::transcript::Line], marked: &mut Vec<MarkedQuote>) {
    use super::transcript::Speaker;
    let mut added = Vec::new();
    for line in lines.iter().filter(|l| l.speaker != Speaker::Question) {
        marked.retain(|m| !line.words.contains(m.outer()));
        if overlaps_marked(marked, line.words) {
            continue;
        }
        added.push(MarkedQuote {
            family: Family::Transcript,
            ..unmarked(line.words, line.paragraph, None)
        });
    }
    merge(marked, added);
}

/// Whether `span` overlaps one of the (sorted, disjoint) `marked` quotations.
fn overlaps_marked(marked: &[MarkedQuote], span: Span) -> bool {
    let at = marked.partition_point(|m| m.outer().end <= span.start);
    marked.get(at).is_some_and(|m| m.outer().start < span.end)
}

/// A quotation without marks: `span` in paragraph `i`, closed at `close`.
fn unmarked(span: Span, i: usize, close: Option<Span>) -> MarkedQuote {
    MarkedQuote {
        parts: vec![span],
        open: Span::new(span.start, span.start),
        close,
        family: Family::Block,
        first_paragraph: i,
        last_paragraph: i,
    }
}

/// Merges `added` into `marked`, keeping reading order.
fn merge(marked: &mut Vec<MarkedQuote>, added: Vec<MarkedQuote>) {
    if !added.is_empty() {
        marked.extend(added);
        super::sort::by_key(marked, |q| q.open.start as u128);
    }
}

/// Quotations set as `<blockquote>` without marks: each paragraph of
/// `in_blockquote` that holds no marked quotation and is introduced as someone's
/// words, by the paragraph before ending in a colon (`X said:`) or by a line
/// after it that opens with a dash (`— X, a lawyer`), which is not itself quoted.
/// Merged into `marked`, in order.
pub fn add_blockquotes(
    text: &str,
    paragraphs: &[Span],
    in_blockquote: &[bool],
    marked: &mut Vec<MarkedQuote>,
) {
    let dash_line = |i: usize| {
        paragraphs
            .get(i)
            .is_some_and(|p| p.get(text).trim_start().starts_with(['—', '–', '―', '-']))
    };
    let mut added = Vec::new();
    let mut introduced = false;
    for (i, &p) in paragraphs.iter().enumerate() {
        if !in_blockquote.get(i).copied().unwrap_or(false) {
            introduced = p.get(text).trim_end().ends_with(':');
            continue;
        }
        // Following paragraphs of one blockquote stay introduced.
        let attributed_after = (i + 1..paragraphs.len())
            .take_while(|&j| in_blockquote.get(j).copied().unwrap_or(false))
            .any(dash_line);
        if dash_line(i) || overlaps_marked(marked, p) || !(introduced || attributed_after) {
            continue;
        }
        added.push(unmarked(p, i, None));
    }
    merge(marked, added);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::page::Page;

    /// The quoted parts of every quote in `text` (paragraphs are its lines).
    fn quotes(text: &str) -> Vec<Vec<String>> {
        let page = Page::from_text(text);
        let paras: Vec<Span> = page.blocks.iter().map(|b| b.span).collect();
        find_quotes(text, &paras, &[])
            .iter()
            .map(|q| q.parts.iter().map(|p| p.get(text).to_string()).collect())
            .collect()
    }

    fn one(text: &str) -> Vec<String> {
        quotes(text).into_iter().flatten().collect()
    }

    #[test]
    fn curly_straight_guillemets_and_corners() {
        assert_eq!(one("He said “we won” today."), ["we won"]);
        assert_eq!(one("He said \"we won\" today."), ["we won"]);
        assert_eq!(
            one("Il a dit « nous avons gagné » hier."),
            ["nous avons gagné"]
        );
        assert_eq!(
            one("Er sagte „wir haben gewonnen“ heute."),
            ["wir haben gewonnen"]
        );
        assert_eq!(
            one("Er sagte »wir haben gewonnen« heute."),
            ["wir haben gewonnen"]
        );
        assert_eq!(one("彼は「勝った」と言った。"), ["勝った"]);
        assert_eq!(one("He said ‘we won’ today."), ["we won"]);
    }

    #[test]
    fn an_elided_and_or_century_by_an_apostrophe_is_no_quotation() {
        assert!(one("They played rock ’n’ roll, and fish 'n' chips were served.").is_empty());
        assert!(one("It’s the ’90s again: rock ’n’ roll and the Smiths’ old records.").is_empty());
        assert!(one("Back in '08 the band's 'greatest' year began.").len() == 1);
        assert_eq!(
            one("“We love rock ’n’ roll,” she said."),
            ["We love rock ’n’ roll,"]
        );
    }

    #[test]
    fn apostrophes_and_inches_are_not_marks() {
        assert!(one("It’s the players’ union in the ’90s, don't you think?").is_empty());
        assert!(one("A 5\" screen and a 7\" one.").is_empty());
    }

    #[test]
    fn a_closing_mark_glued_to_the_next_word_still_closes() {
        // Pages drop the space between a closing mark and the attribution.
        assert_eq!(
            one("“It was a mistake,”Clinton said. “Some comments were mean.”"),
            ["It was a mistake,", "Some comments were mean."]
        );
        assert_eq!(
            one("\"It was a mistake,\"Clinton said. \"Some comments were mean.\""),
            ["It was a mistake,", "Some comments were mean."]
        );
        assert_eq!(one("“We lost.”Then the hall went quiet."), ["We lost."]);
        // With no quote open it opens, as after a comma without its space.
        assert_eq!(one("He said,\"we won\" and left."), ["we won"]);
        assert_eq!(one("Hon sa,”vi vann” och gick."), ["vi vann"]);
        // (Straight marks glued inside a curly quotation are its own: a formula.)
        assert_eq!(
            quotes(
                "“=HYPERLINK(\"http://a.example/\",\"click\") was in the sheet,” said Paul Grant."
            ),
            [["=HYPERLINK(\"http://a.example/\",\"click\") was in the sheet,"]]
        );
    }

    #[test]
    fn nested_quote_reports_the_outer_one() {
        assert_eq!(
            one("She said, “He told me ‘no’ twice.”"),
            ["He told me ‘no’ twice."]
        );
    }

    #[test]
    fn quote_over_several_paragraphs_is_one_quote() {
        let q = quotes("He said: “First part.\n“Second part.\n“Last part.” Then more.");
        assert_eq!(q, [vec!["First part.", "Second part.", "Last part."]]);
    }

    #[test]
    fn straight_mark_after_a_closing_single_one_and_a_space_closes() {
        let text = "\"They treat it like, 'Oh, this is important,' \" Magel said at the rally.";
        assert_eq!(
            quotes(text),
            [["They treat it like, 'Oh, this is important,'"]]
        );
    }

    #[test]
    fn straight_mark_after_closing_punctuation_and_a_space_closes() {
        // A stray space before the closing mark, after each punctuation that ends
        // a quotation; with no quotation open, such a mark opens nothing.
        for end in [",", ".", "?", "!", "…"] {
            let text = format!("\"The pier is closed{end} \" Ruiz said. \"We will fix it.\"");
            assert_eq!(
                quotes(&text),
                [
                    vec![format!("The pier is closed{end}")],
                    vec!["We will fix it.".to_string()]
                ],
                "{text}"
            );
        }
        assert_eq!(
            quotes("Ruiz said, \" the pier is closed."),
            Vec::<Vec<String>>::new()
        );
    }

    #[test]
    fn unclosed_quote_closes_at_paragraph_end() {
        assert_eq!(
            quotes("He said: “No end here.\nA new paragraph “with a quote” in it."),
            [vec!["No end here."], vec!["with a quote"]]
        );
    }

    #[test]
    fn recovered_quote_never_swallows_a_closed_one() {
        assert_eq!(
            one("A stray “ mark, then “a real quote” here."),
            ["a real quote"]
        );
    }

    #[test]
    fn split_quote_yields_two_marked_quotes() {
        assert_eq!(
            quotes("“We are ready,” she said, “to fight.”").len(),
            2,
            "joining the parts is the attribution's job"
        );
    }

    #[test]
    fn dense_and_unbalanced_marks_do_not_panic() {
        for text in [
            "“”“”‘’«»",
            "\"\"\"",
            "”“",
            "« »",
            "„“”»«",
            "'\"'\"",
            "“a\n”b\n“",
        ] {
            let _ = quotes(text);
        }
    }

    #[test]
    fn marks_in_code_are_no_quotation_marks() {
        let parts = |text: &str, code: &str| -> Vec<String> {
            let page = Page::from_text(text);
            let paras: Vec<Span> = page.blocks.iter().map(|b| b.span).collect();
            let code: Vec<Span> = text
                .find(code)
                .map(|at| Span::new(at, at + code.len()))
                .into_iter()
                .collect();
            find_quotes(text, &paras, &code)
                .iter()
                .map(|q| q.parts[0].get(text).to_string())
                .collect()
        };
        // The mark typed opens a quotation left open to the paragraph's end,
        // unless the collector says it is code (`press <kbd>"</kbd>;`).
        let text = "Then press \"; it starts a new line.";
        assert_eq!(parts(text, "nothing"), ["; it starts a new line."]);
        assert!(parts(text, "\"").is_empty());
        let text = "Then type 'yes' and wait.";
        assert_eq!(parts(text, "nothing"), ["yes"]);
        assert!(parts(text, "'yes'").is_empty());
    }

    #[test]
    fn swedish_marks_pair_a_closing_mark_with_itself() {
        assert_eq!(
            one("”Vi har inga pengar kvar”, sade hon i går."),
            ["Vi har inga pengar kvar"]
        );
    }

    #[test]
    fn a_plural_possessive_inside_single_marks_does_not_close_them() {
        assert_eq!(
            quotes("‘It’s not the drivers’ choice,’ said a clerk, ‘it’s the board’s.’"),
            [
                vec!["It’s not the drivers’ choice,"],
                vec!["it’s the board’s."]
            ]
        );
        assert_eq!(
            one("'The players' union agreed,' she said."),
            ["The players' union agreed,"]
        );
        // With no closing mark after punctuation, the mark after the plural closes.
        assert_eq!(
            quotes("She called them ‘the managers’ and ‘the owners’ in turn."),
            [vec!["the managers"], vec!["the owners"]]
        );
    }

    #[test]
    fn a_quotation_closed_in_the_short_block_after_is_joined_over_both() {
        assert_eq!(
            quotes("“The first half stands here\nand the second half there,” said Ann Lee."),
            [vec![
                "The first half stands here",
                "and the second half there,"
            ]]
        );
        // Not when the next block opens with a capital, a verb of speech, or an opening mark.
        assert_eq!(
            quotes("“One cell\nNext row has a stray” mark."),
            [vec!["One cell"]]
        );
        assert_eq!(
            quotes("“One cell,\nsaid Ann Lee.” Then more."),
            [vec!["One cell,"]]
        );
        assert_eq!(
            quotes("“One cell\nand “another” here."),
            [vec!["One cell"], vec!["another"]]
        );
    }

    #[test]
    fn a_closing_mark_right_before_a_horizontal_bar_closes() {
        assert_eq!(
            quotes("“We are proud of this city.”― Jane Ruiz\n“Trump must stop this.”― Ana Diaz."),
            [
                vec!["We are proud of this city."],
                vec!["Trump must stop this."]
            ]
        );
    }

    #[test]
    fn a_straight_quoted_passage_opening_with_a_curly_quotation_gives_way_to_it() {
        assert_eq!(
            one("\"“We do not win by states,” Ruiz responded before adding that he must win.\""),
            ["We do not win by states,"]
        );
    }
}
