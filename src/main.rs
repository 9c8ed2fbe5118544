//! `whosaid`: the analysis core on the command line, for batch work.
//!
//! ```text
//! whosaid jsonl [--per-quote] < in.jsonl > out.jsonl   {"id","text"} lines in, eval-format predictions out
//! whosaid text [FILE]                    plain text in, a whosaid/1 report out (code points)
//! whosaid page [FILE]                    a page object from the collector in, its report out (UTF-16)
//! ```

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use serde_json::{Value, json};
use whosaid::core::offsets::Unit;
use whosaid::core::page::{Page, PageInput};
use whosaid::core::{analyze, report};

const USAGE: &str = "\
whosaid: who said what, and where it came from

USAGE:
    whosaid jsonl [--per-quote] < IN.jsonl > OUT.jsonl
        Reads one JSON object per line with \"id\" and \"text\"; writes one line per
        input with \"id\" and \"quotes\" in the format of ../shared/eval/README.md
        (offsets in code points; speaker is the local mention, with \"name\" resolved).
        Quotations sharing one attribution are one prediction, as PolNeAR marks
        them; --per-quote gives one per quotation, as german_dev marks them.
        A line that cannot be read gives {\"id\", \"error\"} and the run goes on.
    whosaid text [FILE]
        Analyses plain text (FILE or standard input; paragraphs are lines) and
        prints a whosaid/1 report (offsets in code points).
    whosaid page [FILE]
        Analyses a page object as the extension's collector builds it (JSON, see
        docs/export-format.md; `npm run dump-pages` writes them) and prints the
        same whosaid/1 report the extension exports (offsets in UTF-16 units).
    whosaid --version | --help
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("jsonl") => jsonl(args.iter().any(|a| a == "--per-quote")),
        Some("text") => text(args.get(1).map(String::as_str)),
        Some("page") => page(args.get(1).map(String::as_str)),
        Some("--version" | "-V") => {
            println!("whosaid {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some("--help" | "-h") => {
            print!("{USAGE}");
            Ok(())
        }
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("whosaid: {e}");
            ExitCode::FAILURE
        }
    }
}

/// What is read of an input line: its id and text (other fields, such as gold
/// quotes, are skipped unparsed).
#[derive(serde::Deserialize)]
struct InputLine {
    #[serde(default)]
    id: Value,
    text: Option<String>,
}

/// One prediction line for one input line.
fn predict(line: &str, per_quote: bool) -> Value {
    let doc: InputLine = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return json!({"id": null, "error": format!("unreadable line: {e}")}),
    };
    let id = doc.id;
    let Some(text) = doc.text else {
        return json!({"id": id, "error": "no \"text\" string"});
    };
    let page = Page::from_text(&text);
    match analyze(&page) {
        Ok(analysis) => {
            json!({"id": id, "quotes": report::eval_quotes(&page, &analysis, !per_quote)})
        }
        Err(e) => json!({"id": id, "error": e.to_string()}),
    }
}

fn jsonl(per_quote: bool) -> io::Result<()> {
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    for line in stdin.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let prediction = predict(&line, per_quote);
        if let Some(e) = prediction.get("error") {
            eprintln!("whosaid: {}: {e}", prediction["id"]);
        }
        serde_json::to_writer(&mut out, &prediction)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// The contents of `path`, or of standard input for `None` or `-`.
fn read_input(path: Option<&str>) -> io::Result<String> {
    match path {
        Some(p) if p != "-" => std::fs::read_to_string(p),
        _ => {
            let mut input = String::new();
            io::stdin().read_to_string(&mut input)?;
            Ok(input)
        }
    }
}

fn text(path: Option<&str>) -> io::Result<()> {
    print_report(Page::from_text(read_input(path)?), Unit::CodePoint)
}

fn page(path: Option<&str>) -> io::Result<()> {
    let input: PageInput = serde_json::from_str(&read_input(path)?)
        .map_err(|e| io::Error::other(format!("not a page object: {e}")))?;
    print_report(input.into_page(), Unit::Utf16)
}

fn print_report(page: Page, unit: Unit) -> io::Result<()> {
    let analysis = analyze(&page).map_err(io::Error::other)?;
    let report = report::build(&page, &analysis, unit);
    let mut out = BufWriter::new(io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, &report)?;
    out.write_all(b"\n")?;
    out.flush()
}
