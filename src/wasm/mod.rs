//! The WebAssembly binding: thin on purpose. It reads the page object, as JSON
//! text, into a [`PageInput`] (whose UTF-16 offsets the core converts), runs the
//! core, and returns the `whosaid/1` report with UTF-16 positions as JSON text.
//! Its options come as a JS object (read with serde-wasm-bindgen); asked for,
//! the time each phase took is measured with the host's `performance.now()`
//! (web-sys) and given back as a JS object ([`timings`]).

use std::cell::Cell;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use web_sys::Performance;

use crate::core::offsets::Unit;
use crate::core::page::PageInput;
use crate::core::{Options as CoreOptions, Phase, analyze_with_laps, report};

/// Installs the panic hook, so a bug shows up in the console as a Rust message.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// What [`analyze_json`] is asked for: a JS object, each field optional (false).
/// (serde-wasm-bindgen reads the fields it knows; others are not looked at.)
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Options {
    /// The whole report (the demo's), not the lean one the extension's background sends.
    full: bool,
    /// Time the phases, for [`timings`].
    timings: bool,
    /// Analyse the whole page: every block is article body (`core::Options::whole_page`).
    #[serde(rename = "wholePage")]
    whole_page: bool,
}

/// Milliseconds each phase of an analysis took, by the host's `performance.now()`.
#[derive(Clone, Copy, Debug, Default, Serialize)]
struct Timings {
    /// The page object read (JSON text → `PageInput` → `Page`: UTF-16 to bytes).
    read: f64,
    /// The core's phases ([`Phase`]).
    body: f64,
    quotes: f64,
    attribution: f64,
    links: f64,
    claims: f64,
    /// The report built and written as JSON text.
    report: f64,
}

thread_local! {
    /// The timings of the last [`analyze_json`] call, if it asked for them.
    static LAST: Cell<Option<Timings>> = const { Cell::new(None) };
}

/// Laps of the host's clock; without one (not asked, or no `performance` in the
/// host), every lap is 0 and the clock is never read.
struct Stopwatch {
    clock: Option<Performance>,
    last: f64,
}

#[wasm_bindgen]
extern "C" {
    /// The host's `performance` (a page's, a worker's, Node's), if it has one. (Not
    /// through `js_sys::global()`, which looks for the global object four ways.)
    #[wasm_bindgen(thread_local_v2, js_name = performance)]
    static PERFORMANCE: Option<Performance>;
}

impl Stopwatch {
    fn start(on: bool) -> Stopwatch {
        let clock = if on {
            PERFORMANCE.with(Option::clone)
        } else {
            None
        };
        let last = clock.as_ref().map_or(0.0, Performance::now);
        Stopwatch { clock, last }
    }

    /// Milliseconds since the last lap (or the start).
    fn lap(&mut self) -> f64 {
        let Some(clock) = &self.clock else {
            return 0.0;
        };
        let now = clock.now();
        let ms = now - self.last;
        self.last = now;
        ms
    }
}

/// Analyses a page object (see `docs/export-format.md`, "Input"), given as JSON
/// text as `JSON.stringify` writes it, and returns its `whosaid/1` report as JSON
/// text, every position in UTF-16 code units. One string each way, not one
/// JavaScript value per field: that is what a big page cost most at the boundary
/// (serde-wasm-bindgen, before), and one string is also the cheapest thing for the
/// extension to pass between its scripts. Lone surrogates in the page's strings
/// (which `JSON.stringify` writes as escapes) become U+FFFD, one UTF-16 unit each,
/// so the page's offsets still hold.
///
/// `options` is a JS object (or `undefined`): `{full, timings, wholePage}`, each false
/// when left out. It is a few fields, read with serde-wasm-bindgen: text would cost a
/// `JSON.stringify` on the caller's side for nothing.
///
/// With `full` false, the report is the lean one the extension's background sends
/// ([`report::build_lean`]): without its selectors and the other fields that
/// repeat the page's text (two fifths of a big report), which the content script,
/// which has the text, writes back (`fromLean`, `withSelectors` in
/// `extension/src/lib/report.js`), and its quotations and links written as arrays
/// of their fields, not objects ([`report::wire_json`]; `fromWire` there).
///
/// With `timings`, each phase is timed for [`timings`] to give.
///
/// With `wholePage`, every block of the page is read as article body (the reader asked
/// for it: the body the rules chose was in doubt, `body_doubt` in the report, or the
/// page object holds only the blocks of the reader's selection).
///
/// # Errors
/// An `Error` when `options` is not such an object, when the text is not a page
/// object, or when the page's text is larger than the core analyses at once.
#[wasm_bindgen(js_name = analyzeJson)]
pub fn analyze_json(page: &str, options: JsValue) -> Result<String, JsError> {
    LAST.set(None);
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value(options)?
    };
    let mut watch = Stopwatch::start(options.timings);
    let input = PageInput::from_json(page).map_err(|e| not_a_page(&e))?;
    let page = input.into_page();
    let mut t = Timings {
        read: watch.lap(),
        ..Timings::default()
    };
    let core = CoreOptions {
        whole_page: options.whole_page,
        ..CoreOptions::default()
    };
    let analysis = analyze_with_laps(&page, &core, |phase| {
        let ms = watch.lap();
        match phase {
            Phase::Body => t.body = ms,
            Phase::Quotes => t.quotes = ms,
            Phase::Attribution => t.attribution = ms,
            Phase::Links => t.links = ms,
            Phase::Claims => t.claims = ms,
        }
    })?;
    let written = if options.full {
        serde_json::to_string(&report::build(&page, &analysis, Unit::Utf16))
    } else {
        report::wire_json(report::build_lean(&page, &analysis, Unit::Utf16))
    };
    let written = written.map_err(|_| JsError::new("the report could not be written"))?;
    t.report = watch.lap();
    LAST.set(options.timings.then_some(t));
    Ok(written)
}

/// The milliseconds each phase of the last [`analyze_json`] call took, if it asked
/// for them (`timings: true`): `{read, body, quotes, attribution, links, claims,
/// report}`, a plain object; else `undefined`. The phases add up to the call's time
/// but for the calls between them (a few microseconds); where the host has no
/// `performance`, each is 0.
///
/// # Errors
/// Never in practice: an `Error` if the object could not be made.
#[wasm_bindgen]
pub fn timings() -> Result<JsValue, JsError> {
    match LAST.get() {
        None => Ok(JsValue::UNDEFINED),
        Some(t) => Ok(t.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?),
    }
}

/// Why the text is not a page object, from the error's category and place: not
/// through `serde_json::Error`'s `Display`, which keeps std's descriptions of
/// I/O errors in the wasm (~2.8 KB of it, ~1 KB gzipped), errors a string never has.
fn not_a_page(e: &serde_json::Error) -> JsError {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Io | Category::Syntax => "not JSON",
        Category::Eof => "the JSON ends early",
        Category::Data => "a field is missing or of the wrong type",
    };
    let (line, column) = (e.line(), e.column());
    JsError::new(&format!(
        "not a page object: {what} (line {line}, column {column})"
    ))
}

#[cfg(test)]
mod tests {
    use js_sys::{JSON, JsString, Reflect};
    use wasm_bindgen::JsValue;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn get(v: &JsValue, path: &[&str]) -> JsValue {
        path.iter().fold(v.clone(), |v, k| {
            Reflect::get(&v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
        })
    }

    fn at(v: &JsValue, i: u32) -> JsValue {
        Reflect::get(v, &JsValue::from(i)).unwrap_or(JsValue::UNDEFINED)
    }

    /// A page object as the collector builds it, from JSON (so lone surrogates can be written).
    fn page(json: &str) -> JsValue {
        JSON::parse(json).expect("test JSON")
    }

    /// The options object `json`.
    fn options(json: &str) -> JsValue {
        JSON::parse(json).expect("test JSON")
    }

    /// The report of page object `p`, sent and read back as the extension does.
    fn analyze(p: &JsValue) -> Result<JsValue, wasm_bindgen::JsError> {
        let json = String::from(JSON::stringify(p).expect("stringify"));
        super::analyze_json(&json, options(r#"{"full":true}"#))
            .map(|r| JSON::parse(&r).expect("report JSON"))
    }

    #[wasm_bindgen_test]
    fn report_positions_are_utf16_indices_of_the_js_string() {
        // An emoji (2 units), a lone surrogate (1 unit) and CJK before the quote.
        let p = page(
            r#"{"url":"https://example.org/a","title":"T","text":"😀 \ud800 中文. “We will rebuild the bridge,” said Jane Doe.","blocks":[]}"#,
        );
        let text: JsString = get(&p, &["text"]).into();
        let report = analyze(&p).expect("analyze");
        assert_eq!(get(&report, &["schema"]).as_string().unwrap(), "whosaid/1");
        assert_eq!(get(&report, &["offsets"]).as_string().unwrap(), "utf-16");
        let q = at(&get(&report, &["quotes"]), 0);
        let part = at(&get(&q, &["parts"]), 0);
        let start = get(&part, &["start"]).as_f64().unwrap() as u32;
        let end = get(&part, &["end"]).as_f64().unwrap() as u32;
        assert_eq!(
            String::from(text.slice(start, end)),
            "We will rebuild the bridge,"
        );
        assert_eq!(
            get(&q, &["speaker", "name"]).as_string().unwrap(),
            "Jane Doe"
        );
        let mention = get(&q, &["speaker", "span"]);
        let (ms, me) = (
            get(&mention, &["start"]).as_f64().unwrap() as u32,
            get(&mention, &["end"]).as_f64().unwrap() as u32,
        );
        assert_eq!(String::from(text.slice(ms, me)), "Jane Doe");
        // Its selectors, unless asked to leave them out.
        assert_eq!(
            get(&at(&get(&q, &["selectors"]), 0), &["exact"])
                .as_string()
                .unwrap(),
            "We will rebuild the bridge,"
        );
        let json = String::from(JSON::stringify(&p).unwrap());
        let lean = super::analyze_json(&json, options(r#"{"full":false}"#)).expect("analyze_json");
        // (No options: the lean one too.)
        assert_eq!(
            super::analyze_json(&json, JsValue::UNDEFINED).expect("analyze_json"),
            lean
        );
        // The lean report goes as [report, quotations, links], without the selectors.
        assert!(lean.starts_with(r#"[{"schema":"whosaid/1""#), "{lean}");
        assert!(lean.contains(r#""quotes":[]"#) && !lean.contains("TextQuoteSelector"));
        assert!(lean.contains(r#"["q1","direct",["#), "{lean}");
    }

    #[wasm_bindgen_test]
    fn blocks_and_links_arrive_in_utf16() {
        let p = page(
            r#"{"url":"https://news.example.com/a","canonical":"https://example.com/a","title":"T",
                "text":"Nav link\n\n😀 A study “says the river is rising fast now,” said Ana Ruiz.",
                "elements":[{"tag":"body","parent":null},{"tag":"nav","parent":0},{"tag":"article","parent":0},{"tag":"p","parent":2}],
                "blocks":[{"start":0,"end":8,"element":1},{"start":10,"end":73,"element":3}],
                "links":[{"start":0,"end":8,"href":"https://example.com/","element":1},
                         {"start":15,"end":20,"href":"https://doi.org/10.1/x","element":3}]}"#,
        );
        let report = analyze(&p).expect("analyze");
        let links = get(&report, &["links"]);
        // The body's link first, then the menu's, as navigation.
        assert_eq!(get(&links, &["length"]).as_f64(), Some(2.0));
        assert_eq!(get(&at(&links, 0), &["text"]).as_string().unwrap(), "study");
        let field = |i: u32, name: &str| get(&at(&links, i), &[name]).as_string().unwrap();
        assert_eq!(field(0, "relation"), "external");
        assert_eq!(field(0, "kind"), "academic");
        assert_eq!(field(1, "relation"), "navigation");
    }

    #[wasm_bindgen_test]
    fn a_non_page_is_an_error_not_a_panic() {
        let full = || options(r#"{"full":true}"#);
        assert!(super::analyze_json("5", full()).is_err());
        assert!(super::analyze_json(r#"{"text": 3}"#, full()).is_err());
        assert!(super::analyze_json("not json", JsValue::UNDEFINED).is_err());
    }

    #[wasm_bindgen_test]
    fn options_that_are_not_the_options_are_an_error() {
        let page = r#"{"text":"“Yes,” she said.","blocks":[]}"#;
        assert!(super::analyze_json(page, options(r#"{"full":"yes"}"#)).is_err());
        assert!(super::analyze_json(page, JsValue::from(true)).is_err());
        assert!(super::analyze_json(page, options("{}")).is_ok());
    }

    #[wasm_bindgen_test]
    fn whole_page_reads_every_block_as_the_body() {
        // A quotation in a block the rules leave out (a <nav>): found only with wholePage.
        let page = r#"{"url":"https://example.org/a","title":"T",
            "text":"“We will rebuild the bridge,” said Jane Doe.\n\nThe council met.",
            "elements":[{"tag":"body","parent":null},{"tag":"nav","parent":0},{"tag":"article","parent":0},{"tag":"p","parent":2}],
            "blocks":[{"start":0,"end":44,"element":1},{"start":46,"end":62,"element":3}]}"#;
        let quotes = |opts: &str| {
            let r = super::analyze_json(page, options(opts)).expect("analyze_json");
            JSON::parse(&r).map(|r| get(&r, &["quotes", "length"]).as_f64())
        };
        assert_eq!(quotes(r#"{"full":true}"#).unwrap(), Some(0.0));
        assert_eq!(
            quotes(r#"{"full":true,"wholePage":true}"#).unwrap(),
            Some(1.0)
        );
        assert!(super::analyze_json(page, options(r#"{"wholePage":"yes"}"#)).is_err());
    }

    #[wasm_bindgen_test]
    fn the_phases_are_timed_when_asked() {
        let page = r#"{"text":"“We will rebuild the bridge,” said Jane Doe.","blocks":[]}"#;
        super::analyze_json(page, options(r#"{"timings":true}"#)).expect("analyze_json");
        let t = super::timings().expect("timings");
        for phase in [
            "read",
            "body",
            "quotes",
            "attribution",
            "links",
            "claims",
            "report",
        ] {
            let ms = get(&t, &[phase]).as_f64();
            assert!(ms.is_some_and(|ms| ms >= 0.0), "{phase}: {ms:?}");
        }
        // Not asked: none.
        super::analyze_json(page, JsValue::UNDEFINED).expect("analyze_json");
        assert!(super::timings().expect("timings").is_undefined());
    }
}
