//! Huge and strange input: the core finishes in bounded time and memory and
//! says when it left text out (`truncated`), whatever it is given: 20 MB of
//! text in 100,000 paragraphs, one 5 MB paragraph, lone surrogates from
//! JavaScript, NUL and control characters. Time bounds are loose (ten times
//! what a loaded 2-core machine takes in the unoptimised test build), so
//! they catch a quadratic step, not a slow machine. docs/robustness.md has
//! the measured numbers.

use std::time::{Duration, Instant};

use whosaid::core::offsets::Unit;
use whosaid::core::page::{BlockInput, ElementInput, Page, PageInput};
use whosaid::core::{MAX_ANALYSED_BYTES, MAX_PARAGRAPH_BYTES, analyze, report};

/// Invented sentences (no page text): quotations, cues, names, links' words.
fn sentence(i: usize) -> String {
    let names = [
        "Jane Doe",
        "Ana Ruiz",
        "Oskar Feld",
        "Mei Lin",
        "Paul Grant",
    ];
    let name = names[i % names.len()];
    match i % 5 {
        0 => format!("“We will rebuild bridge {i} before the winter,” said {name}. "),
        1 => format!("{name} said the river had risen by {i} centimetres overnight. "),
        2 => format!("„Wir bauen Brücke {i} wieder auf“, sagte {name}. "),
        3 => format!(
            "According to officials, the cost was {i} euros, and « nous verrons », a-t-il dit. "
        ),
        _ => format!("The council met on day {i}; “it was ‘fine’,” she added, “mostly.” "),
    }
}

/// Runs the whole pipeline (page → analysis → UTF-16 report → JSON) and returns how long it took.
fn run(page: &Page) -> (Duration, report::Report) {
    let t0 = Instant::now();
    let analysis = analyze(page).expect("within the core's limit");
    let report = report::build(page, &analysis, Unit::Utf16);
    serde_json::to_string(&report).expect("serialises");
    (t0.elapsed(), report)
}

/// Peak resident memory of this process so far (Linux), in MB.
fn peak_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace()
        .nth(1)?
        .parse::<u64>()
        .ok()
        .map(|kb| kb / 1024)
}

fn within(took: Duration, secs: u64, what: &str) {
    eprintln!("{what}: {took:.2?}, peak memory {:?} MB", peak_mb());
    assert!(took < Duration::from_secs(secs), "{what} took {took:?}");
}

#[test]
fn twenty_megabytes_in_100000_paragraphs_is_cut_at_the_budget_and_says_so() {
    let mut text = String::new();
    let mut i = 0;
    while text.len() < 20_000_000 {
        for _ in 0..2 {
            text.push_str(&sentence(i));
            i += 1;
        }
        text.push('\n');
    }
    let paragraphs = text.lines().count();
    assert!(paragraphs >= 100_000, "{paragraphs}");
    let page = Page::from_text(text);
    let (took, report) = run(&page);
    within(took, 120, "20 MB in 100,000 paragraphs");
    assert!(
        report.truncated,
        "more than {MAX_ANALYSED_BYTES} bytes: cut and said"
    );
    // What was analysed is the beginning, up to the budget.
    let last = report.quotes.last().expect("quotations found").parts[0].end;
    let analysed = page.text.encode_utf16().take(last).count();
    assert!(analysed <= MAX_ANALYSED_BYTES + 1000, "{analysed}");
    assert!(report.quotes.len() > 10_000, "{}", report.quotes.len());
}

#[test]
fn a_five_megabyte_paragraph_is_analysed_in_pieces_up_to_the_budget() {
    let mut text = String::new();
    let mut i = 0;
    while text.len() < 5_000_000 {
        text.push_str(&sentence(i));
        i += 1;
    }
    let page = Page::from_text(text);
    assert_eq!(page.blocks.len(), 1);
    let (took, report) = run(&page);
    within(took, 120, "one 5 MB paragraph");
    assert!(report.truncated, "over the budget: cut, and said");
    // Quotations all along it up to the budget, each attributed.
    let last = report
        .quotes
        .iter()
        .filter(|q| q.kind == "direct")
        .map(|q| q.parts[0].end)
        .max()
        .unwrap_or(0);
    // (Positions are UTF-16 units, the budget bytes: compare as shares of the text.)
    let units = page.text.encode_utf16().count();
    let share = |n: usize, of: usize| n as f64 / of as f64;
    let budget = share(
        MAX_ANALYSED_BYTES - 2 * MAX_PARAGRAPH_BYTES,
        page.text.len(),
    );
    assert!(share(last, units) > budget - 0.01, "{last} of {units}");
    let analysed = i * MAX_ANALYSED_BYTES / page.text.len();
    let attributed = report
        .quotes
        .iter()
        .filter(|q| q.kind == "direct" && q.speaker.is_some())
        .count();
    assert!(
        attributed * 5 > analysed * 9 / 10,
        "{attributed} of about {} sentences with a quotation",
        analysed / 5
    );
}

#[test]
fn one_long_run_without_spaces_or_sentences_is_cut_anywhere() {
    // 1 MB of one "word" dense in marks: no sentence end, no space to cut at.
    let text = "ab“cd”ef«gh»'".repeat(1_000_000 / 15);
    let (took, _) = run(&Page::from_text(text));
    within(took, 90, "1 MB without a space, a mark every 3 bytes");
}

#[test]
fn lone_surrogates_nul_and_control_characters() {
    // As JavaScript would send it: a lone surrogate in every sentence, NULs and controls.
    let mut units: Vec<u16> = Vec::new();
    let mut blocks = Vec::new();
    for i in 0..20_000 {
        let start = units.len();
        units.push(0xD800 + (i % 0x800) as u16);
        units.extend(sentence(i).encode_utf16());
        units.extend([0, 1, 0x1B, 0x7F, 0x9F, 0xFFFF, 0xFFFE]);
        units.push(0xDC00);
        blocks.push(BlockInput {
            start,
            end: units.len(),
            element: None,
        });
        units.extend("\n\n".encode_utf16());
    }
    let text = String::from_utf16_lossy(&units);
    let json_len = units.len();
    let input = PageInput {
        text,
        blocks,
        ..PageInput::default()
    };
    let page = input.into_page();
    assert_eq!(page.text.encode_utf16().count(), json_len);
    let (took, report) = run(&page);
    within(
        took,
        60,
        "20,000 paragraphs with lone surrogates and controls",
    );
    assert!(report.quotes.len() > 4_000, "{}", report.quotes.len());
    for q in &report.quotes {
        for p in &q.parts {
            assert!(p.start <= p.end && p.end <= json_len);
        }
    }
}

#[test]
fn elements_nested_100000_deep_are_read_in_linear_time() {
    // A page object as a script-built DOM could give one (or `whosaid page`
    // any JSON): a chain of 100,000 elements, a block at every other one.
    // Every block used to be walked up through all its ancestors.
    let n: usize = 100_000;
    let mut text = String::new();
    let mut units = 0;
    let mut blocks = Vec::new();
    let mut elements = Vec::new();
    for i in 0..n {
        elements.push(ElementInput {
            tag: if i % 1000 == 0 { "article" } else { "div" }.into(),
            lang: if i == 50_000 {
                "de".into()
            } else {
                String::new()
            },
            parent: i.checked_sub(1),
            ..ElementInput::default()
        });
        if i % 2 == 0 {
            let s = sentence(i);
            let start = units;
            units += s.encode_utf16().count();
            text.push_str(&s);
            blocks.push(BlockInput {
                start,
                end: units,
                element: Some(i),
            });
            text.push_str("\n\n");
            units += 2;
        }
    }
    let input = PageInput {
        text,
        blocks,
        elements,
        ..PageInput::default()
    };
    let (took, report) = run(&input.into_page());
    within(took, 60, "elements nested 100,000 deep");
    assert!(!report.quotes.is_empty());
}
