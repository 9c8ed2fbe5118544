//! Words, punctuation and sentences of a paragraph.

mod word_chars;

use super::lexicon::{
    ABBREVIATIONS, ASPECT_VERBS, CUE_FOLLOWERS, CUE_VERBS, FUNCTION_WORDS, NOUN_LIKE_CUES,
    ORDINAL_MONTHS, PHRASAL_NOT_CUES, SENTENCE_FINAL_ABBREVIATIONS, is,
};
use super::span::Span;

/// A word or one punctuation character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where it is in the text (bytes).
    pub span: Span,
    /// Word or punctuation.
    pub kind: TokenKind,
}

/// What a [`Token`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits, with inner apostrophes, hyphens and dots (`don’t`, `al-Assad`, `U.S`).
    Word,
    /// Any other character that is not whitespace.
    Punct(char),
}

/// Whether `c` is a letter, mark or digit of a word, or the soft hyphen:
/// `[\p{L}\p{N}\p{M}\u{AD}]`, beyond ASCII from a table generated from the
/// regex crate's own Unicode tables ([`word_chars`]), so the hand-written
/// [`tokenize`] agrees with the pattern it replaced (kept in the tests).
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let ranges = &word_chars::NON_ASCII;
    let i = ranges.partition_point(|&(_, last)| last < c);
    ranges.get(i).is_some_and(|&(first, _)| first <= c)
}

/// Whether `c` opens a word: a word character, or a zero-width (non-)joiner.
#[inline]
fn opens_word(c: char) -> bool {
    is_word_char(c) || matches!(c, '\u{200C}' | '\u{200D}')
}

/// Whether `c` joins two pieces of one word: an apostrophe, a hyphen, a dot.
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '.' | '·')
}

/// Where the word that opens at byte `at` of `s` ends: its opening run of word
/// characters and zero-width (non-)joiners, then each joiner followed by word
/// characters with those characters (`don’t`, `al-Assad`, `U.S`).
fn word_end(s: &str, at: usize) -> usize {
    let run = |from: usize, ok: fn(char) -> bool| {
        s[from..]
            .char_indices()
            .find(|&(_, c)| !ok(c))
            .map_or(s.len(), |(i, _)| from + i)
    };
    let mut end = run(at, opens_word);
    loop {
        let mut rest = s[end..].chars();
        match (rest.next(), rest.next()) {
            (Some(j), Some(c)) if is_joiner(j) && is_word_char(c) => {
                end = run(end + j.len_utf8(), is_word_char);
            }
            _ => return end,
        }
    }
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.get(text)
    }

    /// Whether it is a word.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// Whether it is the punctuation character `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }

    /// Whether it is a word that starts with an upper-case letter (`al-Assad` counts).
    pub fn is_capitalized(&self, text: &str) -> bool {
        if !self.is_word() {
            return false;
        }
        let t = self.text(text);
        // (Only prefixes that share the word's first byte are tried: this runs
        // for every word of a paragraph. An ASCII first byte that opens none
        // of them decides at once.)
        let first = t.as_bytes().first();
        if let Some(&b) = first.filter(|b| b.is_ascii()) {
            if !matches!(b, b'a' | b'e' | b'b' | b'i' | b'd' | b'O' | b'M' | b'l') {
                return b.is_ascii_uppercase();
            }
        }
        // (`iRights`, `eBay`: a brand's lower-case `i` or `e` before its capital.)
        if t.len() > 3 && matches!(first, Some(b'i' | b'e')) && t.as_bytes()[1].is_ascii_uppercase()
        {
            return true;
        }
        let rest = [
            "al-", "el-", "bin-", "ibn-", "d’", "d'", "O’", "O'", "Mc", "l’", "l'",
        ]
        .iter()
        .filter(|p| p.as_bytes().first() == first)
        .find_map(|p| t.strip_prefix(p))
        .unwrap_or(t);
        rest.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether it is a word in a script without capital letters (Arabic, Chinese…).
    pub fn is_caseless(&self, text: &str) -> bool {
        self.is_word()
            && self
                .text(text)
                .chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(|c| !c.is_uppercase() && !c.is_lowercase())
    }

    /// Whether it is a word of capitals only (`TASS`, `NATO`, `U.S`). Scripts
    /// without case (Arabic, CJK) have no acronyms.
    pub fn is_acronym(&self, text: &str) -> bool {
        let t = self.text(text);
        // (The cheap test first: most words have a lower-case letter.)
        self.is_word()
            && t.chars().all(|c| !c.is_lowercase())
            && t.chars().filter(|c| c.is_uppercase()).count() >= 2
    }
}

/// Whether tokens `k` and `k + 1` are `according to` (either case: `According to X, …`).
pub fn is_according_to(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens
        .get(k)
        .is_some_and(|t| t.text(text).eq_ignore_ascii_case("according"))
        && tokens.get(k + 1).is_some_and(|n| n.text(text) == "to")
}

/// Whether token `k` is a reporting verb used as a verb: a lower-case cue word,
/// and for words that are as often nouns (`state`, `report`), followed by
/// punctuation, a quotation mark, `that`, a pronoun or a determiner.
pub fn is_cue_at(text: &str, tokens: &[Token], k: usize) -> bool {
    let Some(t) = tokens.get(k).filter(|t| t.is_word()) else {
        return false;
    };
    let w = t.text(text);
    // A capitalised cue only where it opens a sentence (`Said Dorothy Poynter, “…”`).
    let opens_sentence = k == 0
        || matches!(
            tokens[k - 1].kind,
            TokenKind::Punct('.' | '!' | '?' | '”' | '"' | ':')
        );
    // (A script without capitals, Devanagari, has only `lower case` words.)
    let lower = w
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_alphabetic() && !c.is_uppercase());
    if !(lower || opens_sentence) || !is(&CUE_VERBS, w) {
        return false;
    }
    // After a determiner it is a noun (`contributed to this report`, `his call`).
    let determiner = k > 0
        && matches!(
            tokens[k - 1].text(text),
            "the"
                | "a"
                | "an"
                | "this"
                | "these"
                | "those"
                | "my"
                | "his"
                | "her"
                | "its"
                | "our"
                | "their"
                | "The"
                | "A"
                | "This"
                | "His"
                | "Her"
                | "Their"
        );
    // After a preposition too (`in a series of tweets`, `with remarks`), but for
    // a gerund (`by saying`).
    let preposition = k > 0
        && !w.ends_with("ing")
        && matches!(
            tokens[k - 1].text(text),
            "of" | "in" | "with" | "from" | "at" | "into" | "about" | "through" | "during" | "amid"
        );
    if determiner || preposition {
        return false;
    }
    // `called off the parade`, `added up the costs`: another verb.
    if let (Some(particles), Some(n)) = (PHRASAL_NOT_CUES.get(w), tokens.get(k + 1)) {
        if particles.contains(&n.text(text)) {
            return false;
        }
    }
    // A phase of the verb after it (`continued to chant`, `began to show`,
    // `kept on saying`): that verb is the cue, if any.
    if is(&ASPECT_VERBS, w)
        && tokens.get(k + 1).is_some_and(|n| {
            let n = n.text(text);
            n == "to" || n.ends_with("ing") && n.len() > 4
        })
    {
        return false;
    }
    if !is(&NOUN_LIKE_CUES, w) {
        return true;
    }
    if is_noun_by_its_phrase(text, tokens, k) {
        return false;
    }
    match tokens.get(k + 1) {
        None => true,
        Some(n) if !n.is_word() => true,
        Some(n) => is(&CUE_FOLLOWERS, n.text(text)),
    }
}

/// Whether the -s form of a cue that is as often a noun (`states`, `comments`) is
/// the noun here by the phrase before it: after a plural quantifier, with or without
/// an adjective between (`many states`, `in many Nordic states`: a verb in -s cannot
/// agree with them), or after a determiner and an adjective of time or order (`his
/// past comments`, `the latest reports`).
fn is_noun_by_its_phrase(text: &str, tokens: &[Token], k: usize) -> bool {
    let w = |j: usize| tokens[j].text(text);
    let word = |j: usize| tokens[j].is_word();
    if !w(k).ends_with('s') || k == 0 || !word(k - 1) {
        return false;
    }
    let any_of = |v: &str, words: &[&str]| words.iter().any(|x| v.eq_ignore_ascii_case(x));
    let plural_quantifier = |v: &str| {
        any_of(
            v,
            &[
                "many",
                "several",
                "few",
                "numerous",
                "various",
                "both",
                "two",
                "three",
                "four",
                "five",
                "dozens",
                "multiple",
                "countless",
                "other",
            ],
        )
    };
    if plural_quantifier(w(k - 1)) || k >= 2 && word(k - 2) && plural_quantifier(w(k - 2)) {
        return true;
    }
    let determiner = |v: &str| {
        any_of(
            v,
            &[
                "the", "his", "her", "their", "its", "our", "my", "your", "these", "those",
            ],
        )
    };
    let adjective = matches!(
        w(k - 1),
        "past"
            | "recent"
            | "latest"
            | "earlier"
            | "previous"
            | "new"
            | "first"
            | "last"
            | "final"
            | "initial"
            | "further"
            | "repeated"
            | "frequent"
            | "false"
            | "public"
            | "own"
    );
    adjective && k >= 2 && determiner(w(k - 2))
}

/// The tokens of `span` in `text`, in order: words (see [`word_end`]) and each
/// other character that is not whitespace.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let piece = span.get(text);
    let mut out = Vec::with_capacity(piece.len() / 5);
    let mut at = 0;
    while let Some(c) = piece[at..].chars().next() {
        let start = span.start + at;
        if opens_word(c) {
            let end = word_end(piece, at);
            out.push(Token {
                span: Span::new(start, span.start + end),
                kind: TokenKind::Word,
            });
            at = end;
            continue;
        }
        if !c.is_whitespace() {
            out.push(Token {
                span: Span::new(start, start + c.len_utf8()),
                kind: TokenKind::Punct(c),
            });
        }
        at += c.len_utf8();
    }
    out
}

/// Characters that may follow a sentence's final punctuation and still belong to it.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | '」' | '』' | ')' | ']' | '“'
    )
}

/// Byte offsets where the sentences of a paragraph end (after their final
/// punctuation and any closing mark), the paragraph's end included.
pub fn sentence_ends(text: &str, tokens: &[Token], para: Span) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let final_punct = matches!(
            t.kind,
            TokenKind::Punct('.' | '!' | '?' | '…' | '。' | '！' | '？')
        );
        if final_punct {
            // An abbreviation or an initial before a full stop does not end the sentence.
            let abbreviation = t.is_punct('.')
                && i > 0
                && tokens[i - 1].is_word()
                && tokens[i - 1].span.end == t.span.start
                && {
                    let w = tokens[i - 1].text(text);
                    is(&ABBREVIATIONS, w)
                        || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
                };
            // A day's ordinal before a month (`am 11. März`) does not either.
            let ordinal = t.is_punct('.')
                && i > 0
                && tokens[i - 1].span.end == t.span.start
                && {
                    let d = tokens[i - 1].text(text);
                    d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit())
                }
                && tokens
                    .get(i + 1)
                    .is_some_and(|m| is(&ORDINAL_MONTHS, m.text(text)));
            if ordinal {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < tokens.len()
                && matches!(tokens[j].kind, TokenKind::Punct(c) if is_closer(c) || c == '.' )
                && tokens[j].span.start == tokens[j - 1].span.end
            {
                j += 1;
            }
            let end = tokens[j - 1].span.end;
            let next_starts_sentence = match tokens.get(j) {
                None => true,
                Some(n) => {
                    let c = n.text(text).chars().next().unwrap_or(' ');
                    c.is_uppercase()
                        || c.is_numeric()
                        || matches!(c, '“' | '"' | '«' | '‘' | '„' | '—' | '–' | '(' | '[')
                        || !c.is_alphabetic() && !c.is_ascii_punctuation()
                }
            };
            // (An abbreviation that can end a sentence does, before a capitalised
            // pronoun, determiner or conjunction: `… in the U.S. He says …`.)
            let abbreviation = abbreviation
                && !(is(&SENTENCE_FINAL_ABBREVIATIONS, tokens[i - 1].text(text))
                    && tokens.get(j).is_some_and(|n| {
                        let w = n.text(text);
                        w.chars().next().is_some_and(char::is_uppercase) && is(&FUNCTION_WORDS, w)
                    }));
            let cjk = matches!(t.kind, TokenKind::Punct('。' | '！' | '？'));
            if (!abbreviation && next_starts_sentence) || cjk {
                ends.push(end);
            }
            i = j;
        } else {
            i += 1;
        }
    }
    if ends.last() != Some(&para.end) {
        ends.push(para.end);
    }
    ends
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;
    use std::sync::LazyLock;

    /// The generated word table is the regex crate's word class beyond ASCII,
    /// and [`is_word_char`] answers as that class does for every character.
    #[test]
    fn the_word_table_is_the_regex_word_class() {
        use regex_syntax::hir::{Class, HirKind};
        let hir = regex_syntax::parse(r"[\p{L}\p{N}\p{M}\u{AD}]").expect("word class");
        let HirKind::Class(Class::Unicode(class)) = hir.kind() else {
            panic!("not a Unicode class");
        };
        let ranges: Vec<(char, char)> = class
            .ranges()
            .iter()
            .map(|r| (r.start(), r.end()))
            .collect();
        let beyond_ascii: Vec<(char, char)> = ranges
            .iter()
            .filter(|&&(_, last)| !last.is_ascii())
            .map(|&(first, last)| (first.max('\u{80}'), last))
            .collect();
        assert_eq!(
            beyond_ascii,
            word_chars::NON_ASCII,
            "run: node scripts/update-word-chars.mjs"
        );
        let in_class = |c: char| {
            let i = ranges.partition_point(|&(_, last)| last < c);
            ranges.get(i).is_some_and(|&(first, _)| first <= c)
        };
        let mut words = 0;
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), in_class(c), "{c:?} U+{:04X}", c as u32);
            words += usize::from(in_class(c));
        }
        assert!(words > 100_000, "{words} word characters");
    }

    /// The pattern the tokenizer implements: a word is letters, marks and
    /// digits, joined by inner apostrophes, hyphens or dots.
    static WORD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?x)
            [\p{L}\p{N}\p{M}\u{AD}\u{200C}\u{200D}]+
            (?: ['’\-‐.·] [\p{L}\p{N}\p{M}\u{AD}]+ )*",
        )
        .expect("word regex")
    });

    /// The tokens as the regex finds them: its words, and each other character
    /// that is not whitespace.
    fn tokenize_by_regex(text: &str, span: Span) -> Vec<Token> {
        let piece = span.get(text);
        let mut out = Vec::new();
        let mut at = 0;
        let punct = |out: &mut Vec<Token>, from: usize, to: usize| {
            for (i, c) in piece[from..to].char_indices() {
                if !c.is_whitespace() {
                    let start = span.start + from + i;
                    out.push(Token {
                        span: Span::new(start, start + c.len_utf8()),
                        kind: TokenKind::Punct(c),
                    });
                }
            }
        };
        for m in WORD.find_iter(piece) {
            punct(&mut out, at, m.start());
            out.push(Token {
                span: Span::new(span.start + m.start(), span.start + m.end()),
                kind: TokenKind::Word,
            });
            at = m.end();
        }
        punct(&mut out, at, piece.len());
        out
    }

    const SAMPLES: &[&str] = &[
        "He don’t like al-Assad’s U.S.-supplied “jets”.",
        "Mr. O’Neill‐Smith’s co-op: 3.5% of €1,200.50 — 12:30 p.m.! (really?)",
        "Ça coûte 10 € ; l’État « décidera » — naïve café, Ångström, Øresund…",
        "München, Straße: „Wir schaffen das“, sagte Dr. Müller-Lüdenscheidt.",
        "東京都の「記者会見」で、首相は『はい』と述べた。２０２４年！",
        "قال المتحدث باسم الوزارة: «لن نتراجع». עברית: ״שלום״ אמר.",
        "emoji 😀👍🏽 family 👨\u{200D}👩\u{200D}👧 flag 🇫🇷 keycap 1\u{FE0F}\u{20E3}",
        "soft\u{AD}hyphen co\u{AD}operate \u{AD}lead trail\u{AD} a\u{200C}b \u{200D}x y\u{200D}",
        "zwnj after joiner a-\u{200C}b a.\u{200D} a·b l·l a‐‐b a--b a..b a.’b 'quoted' ’tis",
        "combining e\u{301}te\u{301} \u{301}lead mark, हिन्दी भाषा, ภาษาไทย, 한국어 문장.",
        "numbers 1,000.5 ½ ² Ⅻ ٣٤ https://example.com/a-b_c?x=1&y=2#frag user@mail.org",
        "tabs\tand\u{A0}nbsp\u{2009}thin\u{3000}ideographic\r\nlines\u{2028}sep",
        "\u{FFFD}\u{0}\u{7F} stray ’ ' - . · at edges- -x x. .x",
        "",
        "-",
        "a",
    ];

    #[test]
    fn tokenizer_agrees_with_the_word_pattern() {
        for text in SAMPLES {
            let span = Span::new(0, text.len());
            assert_eq!(
                tokenize(text, span),
                tokenize_by_regex(text, span),
                "{text:?}"
            );
        }
        // Random mixtures of the pieces that matter, and a span inside a text.
        let pool: Vec<char> = "aZé9\u{301}\u{AD}\u{200C}\u{200D}'’-‐.·, “”😀東ا \n\u{A0}½"
            .chars()
            .collect();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..5000 {
            let mut next = || {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed
            };
            let n = (next() % 24) as usize;
            let text: String = (0..n)
                .map(|_| pool[(next() % pool.len() as u64) as usize])
                .collect();
            let inner = format!("x{text}y");
            for (t, span) in [
                (&text, Span::new(0, text.len())),
                (&inner, Span::new(1, inner.len() - 1)),
            ] {
                assert_eq!(tokenize(t, span), tokenize_by_regex(t, span), "{t:?}");
            }
        }
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn words_keep_inner_apostrophes_hyphens_and_dots() {
        assert_eq!(
            words("He don’t like al-Assad’s U.S.-supplied “jets”."),
            [
                "He",
                "don’t",
                "like",
                "al-Assad’s",
                "U.S",
                ".",
                "-",
                "supplied",
                "“",
                "jets",
                "”",
                "."
            ]
        );
    }

    #[test]
    fn sentence_ends_skip_abbreviations_and_initials() {
        let text = "Gen. Smith met Mr. J. Doe in the U.S. on Monday. “Yes.” He left! Done";
        let span = Span::new(0, text.len());
        let ends = sentence_ends(text, &tokenize(text, span), span);
        let pieces: Vec<&str> = ends.iter().map(|&e| &text[..e]).collect();
        assert_eq!(
            pieces,
            [
                "Gen. Smith met Mr. J. Doe in the U.S. on Monday.",
                "Gen. Smith met Mr. J. Doe in the U.S. on Monday. “Yes.”",
                "Gen. Smith met Mr. J. Doe in the U.S. on Monday. “Yes.” He left!",
                text
            ]
        );
    }

    /// An abbreviation that can close a sentence does so before a capitalised
    /// pronoun, determiner or conjunction, and not before a noun or a name; a
    /// title never does.
    #[test]
    fn sentence_final_abbreviations_end_before_a_sentence_opener() {
        for (text, first) in [
            (
                "They work in the U.S. He says so.",
                Some("They work in the U.S."),
            ),
            (
                "It closed at 5 p.m. The doors shut.",
                Some("It closed at 5 p.m."),
            ),
            (
                "She sold Acme Ltd. But it failed.",
                Some("She sold Acme Ltd."),
            ),
            (
                "Staff from Ned Alder Jr. They left.",
                Some("Staff from Ned Alder Jr."),
            ),
            ("The U.S. Senate voted.", None),
            ("They met at 9 a.m. Tuesday.", None),
            ("Ask Dr. He Wei today.", None),
        ] {
            let span = Span::new(0, text.len());
            let ends = sentence_ends(text, &tokenize(text, span), span);
            let got = (ends.len() > 1).then(|| &text[..ends[0]]);
            assert_eq!(got, first, "{text}");
        }
    }

    #[test]
    fn caseless_scripts_have_no_capitals_or_acronyms() {
        let text = "قال المتحدث 東京";
        for t in tokenize(text, Span::new(0, text.len())) {
            assert!(
                !t.is_capitalized(text) && !t.is_acronym(text),
                "{}",
                t.text(text)
            );
        }
    }

    #[test]
    fn capitals_and_acronyms() {
        let text = "al-Assad TASS Nato said";
        let t = tokenize(text, Span::new(0, text.len()));
        assert!(t[0].is_capitalized(text));
        assert!(t[1].is_acronym(text));
        assert!(!t[2].is_acronym(text));
        assert!(!t[3].is_capitalized(text));
        // The first letter after a name prefix, else the first letter.
        let text = "McCain Mcdonald O’Brien Obama d’Estaing dog bin-Laden binary Zoë 1990s Émile élan ibn-Sina el-Sisi";
        let capitalized: Vec<bool> = tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.is_capitalized(text))
            .collect();
        let want = [
            true, false, true, true, true, false, true, false, true, false, true, false, true, true,
        ];
        assert_eq!(capitalized, want);
    }
}
