//! Property-based fuzzing of the core (proptest): random text dense in quotation
//! marks of every family, apostrophes, line and paragraph breaks, names and cue
//! verbs; random page objects as the collector sends them (blocks, links,
//! elements and `<q>` spans of any shape, lone surrogates from JavaScript
//! strings), directly and through JSON; and random tag soup (tables, lists,
//! formatting, foreign content, templates, shadow roots, runs nested past the
//! browsers' depth limit) read by `whosaid::html` and analysed.
//!
//! What must hold, whatever the input: no panic; every span the core returns
//! lies inside the text and on character boundaries; every position of the
//! report in UTF-16 code units is the one JavaScript counts (`encode_utf16` of
//! the text before it) and never splits a surrogate pair; code-point positions
//! likewise.
//!
//! `cargo test --test fuzz` runs a short round (256 cases per property);
//! `PROPTEST_CASES=200000 cargo test --test fuzz` a long one (docs/robustness.md
//! records the runs). A failing case is shrunk and printed; add it to
//! `regressions()` below so it stays tested. (`cargo fuzz` needs a nightly
//! compiler, which this project does not require.)
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use whosaid::core::offsets::Unit;
use whosaid::core::page::{BlockInput, ElementInput, LinkInput, Page, PageInput, SpanInput};
use whosaid::core::report::{self, Pos, Report};
use whosaid::core::span::Span;
use whosaid::core::{Analysis, analyze};

/// Every quotation mark the core pairs (src/core/quotes.rs), apostrophes,
/// primes and look-alikes, breaks, punctuation, names, titles and cues in
/// several languages, and characters that are awkward in UTF-8 or UTF-16.
const PIECES: &[&str] = &[
    // Double family, single family, guillemets, corners, double primes.
    "“",
    "”",
    "„",
    "‟",
    "\"",
    "＂",
    "‘",
    "’",
    "‚",
    "‛",
    "'",
    "＇",
    "«",
    "»",
    "‹",
    "›",
    "「",
    "」",
    "『",
    "』",
    "〝",
    "〞",
    "〟", // Look-alikes that are no marks.
    "′",
    "″",
    "`",
    "``",
    "''",
    "ʼ",
    "‐", // Spaces and breaks.
    " ",
    " ",
    " ",
    "\u{A0}",
    "\u{202F}",
    "\u{2009}",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\u{2028}",
    "\u{85}", // Punctuation.
    ",",
    ".",
    ":",
    ";",
    "—",
    "–",
    " — ",
    "?",
    "!",
    "…",
    "(",
    ")",
    "[",
    "]",
    "-", // Cues.
    "said",
    "says",
    "told",
    "added",
    "asked",
    "according to",
    "in a statement",
    "wrote",
    "sagte",
    "erklärte",
    "so",
    "a déclaré",
    "a-t-elle ajouté",
    "dijo",
    "añadió",
    "ha detto",
    "afirmou",
    "заявил",
    "сказала",
    "— заявил",
    "powiedział",
    "řekla",
    "表示",
    "说",
    "と述べた",
    "と語った",
    // Speakers.
    "he",
    "she",
    "they",
    "It",
    "the official",
    "officials",
    "a spokesperson for",
    "the minister",
    "Gen.",
    "Mr.",
    "Dr.",
    "John",
    "McCain",
    "Jane Doe",
    "von der Leyen",
    "O’Brien",
    "D'Amato",
    "Ana Ruiz",
    "Владимир Путин",
    "李克强",
    "TASS",
    "Reuters",
    "Ministry of Defence",
    "U.S.",
    "A.",
    "Q:",
    "A:",
    "JOHN:",
    "the",
    "and",
    "that",
    "’s",
    "n’t",
    "rock ’n’ roll",
    "’90s",
    // Awkward characters.
    "😀",
    "👩‍👩‍👧",
    "🇫🇷",
    "é",
    "e\u{301}",
    "中文",
    "한국어",
    "عربي",
    "\u{200F}",
    "\u{200D}",
    "\u{AD}",
    "\u{FEFF}",
    "\u{FFFD}",
    "\u{0}",
    "\u{1}",
    "\u{7F}",
    "\u{1F}",
    "\u{10FFFF}",
];

/// Text made of pieces, with now and then any character at all.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => prop::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
        1 => "[a-zA-Z]{1,8}",
    ];
    prop::collection::vec(piece, 0..160).prop_map(|v| v.concat())
}

fn lang() -> impl Strategy<Value = Option<String>> {
    prop::option::of(
        prop::sample::select(
            &[
                "en", "en-GB", "de", "fr", "es", "ru", "zh", "ja", "pl", "", "x",
            ][..],
        )
        .prop_map(str::to_owned),
    )
}

/// One UTF-16 unit or a run of them: pieces, any unit at all (lone surrogates too).
fn utf16() -> impl Strategy<Value = Vec<u16>> {
    let unit = prop_oneof![
        6 => prop::sample::select(PIECES).prop_map(|s| s.encode_utf16().collect::<Vec<_>>()),
        1 => (0xD800u16..=0xDFFF).prop_map(|u| vec![u]),
        1 => any::<u16>().prop_map(|u| vec![u]),
        1 => "[a-z ]{1,8}".prop_map(|s| s.encode_utf16().collect::<Vec<_>>()),
    ];
    prop::collection::vec(unit, 0..160).prop_map(|v| v.concat())
}

const TAGS: &[&str] = &[
    "body",
    "article",
    "main",
    "p",
    "div",
    "section",
    "nav",
    "aside",
    "footer",
    "header",
    "blockquote",
    "li",
    "ul",
    "figcaption",
    "h1",
    "h2",
    "td",
    "span",
    "q",
    "a",
    "BLOCKQUOTE",
    "Article",
    "",
];
const CLASSES: &[&str] = &[
    "",
    "article-body",
    "content",
    "story",
    "related",
    "comments",
    "share",
    "menu nav",
    "sidebar",
    "pull-quote",
    "byline",
    "ad",
    "newsletter",
];
const HREFS: &[&str] = &[
    "https://example.com/a",
    "https://news.example.org/story?id=1#x",
    "https://doi.org/10.1000/xyz",
    "https://t.co/abc",
    "https://web.archive.org/web/2020/https://example.com/",
    "https://www.reuters.com/world/",
    "http://[::1]/x",
    "https://xn--bcher-kva.example/",
    "https://bücher.example/ü",
    "/relative/path",
    "javascript:alert(1)",
    "mailto:a@example.com",
    "::not a url::",
    "",
    "https://example.com/report.pdf",
];

/// A page object of random shape over `units`: spans anywhere (past the end,
/// inverted), element indices anywhere (forward, self, past the end).
fn page_input() -> impl Strategy<Value = (Vec<u16>, PageInput)> {
    (utf16(), lang(), 0usize..12).prop_flat_map(|(units, lang, n_elements)| {
        let len = units.len() + 4;
        let n = n_elements + 2;
        let span = (0..len, 0..len);
        let blocks = prop::collection::vec(
            (span.clone(), prop::option::of(0..n)).prop_map(|((start, end), element)| BlockInput {
                start,
                end,
                element,
            }),
            0..10,
        );
        let elements = prop::collection::vec(
            (
                prop::sample::select(TAGS),
                prop::sample::select(CLASSES),
                prop::sample::select(&["", "main", "navigation", "complementary", "article"][..]),
                prop::sample::select(&["", "articleBody", "text"][..]),
                prop::sample::select(&["", "en", "ru", "zh-Hant", "uk", "-", "x_Y"][..]),
                prop::option::of(0..n),
            )
                .prop_map(|(tag, class, role, itemprop, lang, parent)| ElementInput {
                    tag: tag.into(),
                    id: String::new(),
                    class: class.into(),
                    role: role.into(),
                    itemprop: itemprop.into(),
                    lang: lang.into(),
                    parent,
                }),
            n_elements..=n_elements,
        );
        let links = prop::collection::vec(
            (
                span.clone(),
                prop::sample::select(HREFS),
                prop::option::of(0..n),
            )
                .prop_map(|((start, end), href, element)| LinkInput {
                    start,
                    end,
                    href: href.into(),
                    rel: String::new(),
                    element,
                }),
            0..6,
        );
        let quotes =
            prop::collection::vec(span.prop_map(|(start, end)| SpanInput { start, end }), 0..3);
        let urls = prop::sample::select(&["", "https://example.com/a", "not a url"][..]);
        (
            Just(units),
            Just(lang),
            blocks,
            elements,
            links,
            quotes,
            urls,
            any::<bool>(),
        )
            .prop_map(
                |(units, lang, blocks, elements, links, quotes, url, truncated)| {
                    let input = PageInput {
                        url: url.into(),
                        title: String::new(),
                        lang,
                        canonical: None,
                        og_url: None,
                        site_name: None,
                        // What wasm-bindgen gives Rust for a JS string: each lone
                        // surrogate becomes U+FFFD, one UTF-16 unit for one.
                        text: String::from_utf16_lossy(&units),
                        blocks,
                        elements,
                        links,
                        // (The same spans as code: marks in them are no quotation marks.)
                        code: quotes.clone(),
                        quotes,
                        truncated,
                    };
                    (units, input)
                },
            )
    })
}

/// Every span the analysis returns lies in the text, on character boundaries.
fn check_spans(text: &str, analysis: &Analysis) {
    let ok = |s: Span, what: &str| {
        assert!(
            s.start <= s.end && text.get(s.start..s.end).is_some(),
            "{what} {s:?} is not a slice of a text of {} bytes: {text:?}",
            text.len()
        );
    };
    for &p in &analysis.paragraphs {
        ok(p, "paragraph");
    }
    for q in &analysis.quotes {
        for &p in &q.parts {
            ok(p, "quote part");
        }
        ok(q.open, "opening mark");
        ok(q.outer(), "outer span");
        let speaker = q.speaker.map(|s| s.mention);
        for (span, what) in [
            (q.close, "closing mark"),
            (q.content, "content"),
            (q.cue, "cue"),
            (q.medium, "medium"),
            (speaker, "speaker"),
        ] {
            if let Some(s) = span {
                ok(s, what);
            }
        }
        if let Some(e) = q.speaker.and_then(|s| s.entity) {
            assert!(
                e < analysis.entities.len(),
                "entity {e} of {}",
                analysis.entities.len()
            );
        }
    }
    for e in &analysis.entities {
        ok(e.first, "entity");
    }
    for l in &analysis.links {
        ok(l.span, "link");
        if let Some(s) = l.claim {
            ok(s, "claim");
        }
        for &m in &l.outlet_mentions {
            ok(m, "outlet mention");
        }
        if let Some(q) = l.backs {
            assert!(q < analysis.quotes.len());
        }
    }
    for c in &analysis.unbacked {
        ok(c.sentence, "claim");
        ok(c.cue, "claim cue");
    }
}

/// The report's positions are what `unit` counts before each byte offset of
/// the analysis, and (in UTF-16) never split a surrogate pair of `units`.
fn check_report(text: &str, units: &[u16], analysis: &Analysis, report: &Report, unit: Unit) {
    let count = |byte: usize| match unit {
        Unit::Utf16 => text[..byte].encode_utf16().count(),
        Unit::CodePoint => text[..byte].chars().count(),
        Unit::Utf8 => byte,
    };
    let expect = |pos: Pos, span: Span, what: &str| {
        assert_eq!(
            (pos.start, pos.end),
            (count(span.start), count(span.end)),
            "{what} {span:?} in {unit:?} of {text:?}"
        );
        if unit == Unit::Utf16 {
            for at in [pos.start, pos.end] {
                assert!(at <= units.len());
                let splits = at > 0
                    && at < units.len()
                    && (0xD800..0xDC00).contains(&units[at - 1])
                    && (0xDC00..0xE000).contains(&units[at]);
                assert!(!splits, "{what} at {at} splits a surrogate pair");
            }
        }
    };
    assert_eq!(report.quotes.len(), analysis.quotes.len());
    for (rq, q) in report.quotes.iter().zip(&analysis.quotes) {
        assert_eq!(rq.parts.len(), q.parts.len());
        for (&pos, &span) in rq.parts.iter().zip(&q.parts) {
            expect(pos, span, "quote part");
        }
        if let (Some(pos), Some(span)) = (rq.cue_span, q.cue) {
            expect(pos, span, "cue");
        }
        if let (Some(s), Some(span)) = (&rq.speaker, q.speaker) {
            expect(s.span, span.mention, "speaker");
        }
        if let Some(pos) = rq.content {
            expect(pos, q.content.expect("content in the analysis"), "content");
        }
        // The text is the parts' text, whitespace collapsed.
        let joined: Vec<&str> = q.parts.iter().map(|p| p.get(text)).collect();
        assert_eq!(rq.text, report::collapse(&joined.join(" ")));
    }
    // Links: body links first, then navigation, in a stable order.
    let mut order: Vec<usize> = (0..analysis.links.len()).collect();
    order
        .sort_by_key(|&i| analysis.links[i].relation == whosaid::core::links::Relation::Navigation);
    assert_eq!(report.links.len(), order.len());
    for (rl, &i) in report.links.iter().zip(&order) {
        expect(rl.span, analysis.links[i].span, "link");
    }
    for (rc, c) in report.unbacked.iter().zip(&analysis.unbacked) {
        expect(rc.span, c.sentence, "claim");
        expect(rc.cue_span, c.cue, "claim cue");
    }
    // The report is JSON (what the background hands the panel).
    serde_json::to_string(report).expect("the report serialises");
}

fn run_page(page: &Page, units: &[u16]) {
    let analysis = analyze(page).expect("small input");
    check_spans(&page.text, &analysis);
    for unit in [Unit::Utf16, Unit::CodePoint] {
        let report = report::build(page, &analysis, unit);
        check_report(&page.text, units, &analysis, &report, unit);
        assert_eq!(report.truncated, page.truncated || analysis.truncated);
    }
}

fn run_text(text: &str, lang: Option<String>) {
    let mut page = Page::from_text(text);
    page.lang = lang;
    let units: Vec<u16> = page.text.encode_utf16().collect();
    run_page(&page, &units);
}

/// A page object's JSON as `JSON.stringify` writes it: every non-ASCII unit
/// escaped, lone surrogates included (which a Rust `String` cannot hold).
fn js_json(units: &[u16], input: &PageInput) -> String {
    let mut value = serde_json::to_value(input).expect("page input serialises");
    value["text"] = serde_json::Value::String("\u{0}TEXT\u{0}".into());
    let mut escaped = String::from("\"");
    for &u in units {
        match u {
            0x22 => escaped.push_str("\\\""),
            0x5C => escaped.push_str("\\\\"),
            0x20..0x7F => escaped.push(char::from(u as u8)),
            _ => escaped.push_str(&format!("\\u{u:04x}")),
        }
    }
    escaped.push('"');
    serde_json::to_string(&value)
        .expect("json")
        .replace("\"\\u0000TEXT\\u0000\"", &escaped)
}

fn run_input(units: &[u16], input: PageInput) {
    let json = js_json(units, &input);
    let page = input.into_page();
    // Lossy decoding keeps one unit per unit, so JavaScript's offsets still hold.
    assert_eq!(page.text.encode_utf16().count(), units.len());
    run_page(&page, units);
    // The same object read from JSON (the command line's `whosaid page`) gives the same page.
    let from_json = PageInput::from_json(&json).expect("the collector's JSON reads");
    assert_eq!(from_json.into_page(), page);
}

/// Tags, text and runs of nesting for [`tag_soup`]: what makes the tree
/// builder repair, foster-parent, re-open, switch into foreign content or
/// template contents, and nest past the depth limit.
const SOUP: &[&str] = &[
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<span>",
    "</span>",
    "<b>",
    "</b>",
    "<i>",
    "</i>",
    "<a href=/x>",
    "</a>",
    "<q>",
    "</q>",
    "<ul>",
    "<li>",
    "</li>",
    "</ul>",
    "<dl>",
    "<dt>",
    "<dd>",
    "<h2>",
    "</h2>",
    "<table>",
    "<tr>",
    "<td>",
    "</td>",
    "</tr>",
    "</table>",
    "<caption>",
    "<select>",
    "<option>",
    "</select>",
    "<template>",
    "</template>",
    "<template shadowrootmode=open>",
    "<slot>",
    "<slot name=a>",
    "<b slot=a>",
    "<svg>",
    "<g>",
    "</svg>",
    "<math>",
    "<mi>",
    "</math>",
    "<foreignObject>",
    "<script>x</script>",
    "<style>p{}</style>",
    "<textarea>",
    "</textarea>",
    "<button>",
    "<form>",
    "</form>",
    "<details>",
    "<summary>",
    "</details>",
    "<br>",
    "</br>",
    "<kbd>",
    "<nobr>",
    "<font color=red>",
    "<object>",
    "</body>",
    "</html>",
    "<body>",
    "<frameset>",
    "<!-- c -->",
    "“Yes,” said Ann Lee. ",
    "text ",
    " ",
    "\n",
];

fn tag_soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => prop::sample::select(SOUP).prop_map(str::to_string),
        1 => (prop::sample::select(SOUP), 500usize..700).prop_map(|(p, n)| p.repeat(n)),
    ];
    prop::collection::vec(piece, 0..120).prop_map(|v| v.concat())
}

/// A saved page read as the collector reads it: no panic, a page object whose
/// spans and element tree hold together, and an analysis of it.
fn run_html(html: &str) {
    let input = whosaid::html::read(html, Some("https://example.org/a"));
    let units = input.text.encode_utf16().count();
    for (i, e) in input.elements.iter().enumerate() {
        assert!(e.parent.is_none_or(|p| p < i), "parents come first");
    }
    for b in &input.blocks {
        assert!(b.start <= b.end && b.end <= units);
        assert!(b.element.is_none_or(|e| e < input.elements.len()));
    }
    for s in input
        .links
        .iter()
        .map(|l| (l.start, l.end))
        .chain(input.quotes.iter().map(|q| (q.start, q.end)))
    {
        assert!(s.0 <= s.1 && s.1 <= units);
    }
    let text: Vec<u16> = input.text.encode_utf16().collect();
    run_page(&input.into_page(), &text);
}

proptest! {
    #[test]
    fn text_never_panics_and_positions_agree_with_javascript(text in text(), lang in lang()) {
        run_text(&text, lang);
    }

    #[test]
    fn html_of_any_shape(html in tag_soup()) {
        run_html(&html);
    }

    #[test]
    fn page_objects_of_any_shape(input in page_input()) {
        let (units, input) = input;
        run_input(&units, input);
    }
}

/// Cases found by fuzzing (and hand-written edge cases), kept as ordinary tests.
#[test]
fn regressions() {
    let texts: &[&str] = &[
        "",
        "“",
        "”“",
        "\u{0}“\u{0}”\u{0} said Jane Doe.",
        "“😀”, said 😀.",
        "«\u{202F}Nous\u{202F}», a déclaré\u{2028}Jean.",
        "“A\r\n\r\nB”\rsaid\u{85}he",
        "「」『』〝〟“”‘’«»‹›",
        "'''''''''''''''''''''''''''''''''''''''",
        "e\u{301}“e\u{301}”e\u{301} said e\u{301}.",
        // Found: a German attribution looked for past the paragraph's last token.
        "“rock ’n’ roll,",
    ];
    for t in texts {
        run_text(t, None);
        run_text(t, Some("de".into()));
    }
    // Lone surrogates where JavaScript strings have them: before, inside and after a quote.
    let mut units: Vec<u16> = vec![0xD800];
    units.extend("“We will, ”".encode_utf16());
    units.push(0xDC00);
    units.extend(" said Jane Doe. 😀".encode_utf16());
    units.push(0xDBFF);
    let text = String::from_utf16_lossy(&units);
    let input = PageInput {
        text,
        blocks: vec![
            BlockInput {
                start: 1,
                end: units.len(),
                element: Some(0),
            },
            BlockInput {
                start: 5,
                end: 2,
                element: Some(9),
            },
            BlockInput {
                start: units.len() - 2,
                end: units.len() + 9,
                element: None,
            },
        ],
        elements: vec![ElementInput {
            tag: "P".into(),
            parent: Some(0),
            ..ElementInput::default()
        }],
        links: vec![LinkInput {
            start: units.len() - 3,
            end: units.len() - 2,
            href: "::".into(),
            ..LinkInput::default()
        }],
        quotes: vec![SpanInput { start: 2, end: 3 }],
        code: vec![
            SpanInput { start: 3, end: 1 },
            SpanInput { start: 0, end: 99 },
        ],
        ..PageInput::default()
    };
    run_input(&units, input);
}
