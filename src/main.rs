//! `whosaid`: the analysis core on the command line, for batch work.
//!
//! ```text
//! whosaid html PAGE.html[.gz]... | --stdin-list | --jsonl   saved pages in, whosaid/1 JSON lines out
//! whosaid text FILE... | --stdin-list | --jsonl              plain text in, whosaid/1 JSON lines out
//! whosaid summary [--json] [FILE...]                        counts and speakers over JSON lines
//! whosaid jsonl [--per-quote] < in.jsonl > out.jsonl        {"id","text"} lines in, eval-format predictions out
//! whosaid page [FILE]                                       a page object from the collector in, its report out
//! ```
//! `docs/cli.md` is the guide.

mod cli {
    pub mod batch;
    pub mod summary;
}

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use cli::batch::{self, Format, Job, Options};
use cli::summary::{Digest, Summary};
use serde_json::{Value, json};
use whosaid::core::offsets::Unit;
use whosaid::core::page::{Page, PageInput};
use whosaid::core::{analyze, report};

const USAGE: &str = "\
whosaid: who said what, and where it came from

USAGE:
    whosaid html [OPTIONS] PAGE.html...
    whosaid html [OPTIONS] --stdin-list < PATHS
    whosaid html [OPTIONS] --jsonl < PAGES.jsonl
        Reads saved web pages (HTML, gzip or not), finds the article body as the
        browser extension does, and writes one whosaid/1 report per page as JSON
        lines, in input order, each with the \"file\" (or \"id\") it is about.
        --stdin-list reads one path per line (PATH, or PATH<TAB>URL); --jsonl reads
        {\"id\", \"html\", \"url\"} lines. A page that cannot be read gives a line
        {\"file\", \"error\"} and the run goes on. Offsets are UTF-16 units, as in
        the extension's export.
    whosaid text [OPTIONS] [FILE...]
    whosaid text [OPTIONS] --stdin-list | --jsonl
        The same for plain text (paragraphs are lines; FILE or standard input);
        --jsonl reads {\"id\", \"text\"} lines. Offsets are code points.
    whosaid summary [--json] [--top N] [FILE...]
        Reads whosaid/1 JSON lines (from runs on any number of machines) and
        prints counts (pages, quotations, speakers, unnamed sources, links by
        kind) and the speakers table (quotations, share of quoted words).
    whosaid jsonl [--per-quote] < IN.jsonl > OUT.jsonl
        Reads one JSON object per line with \"id\" and \"text\"; writes one line per
        input with \"id\" and \"quotes\" in the format of ../shared/eval/README.md
        (offsets in code points; speaker is the local mention, with \"name\" resolved).
        Quotations sharing one attribution are one prediction, as PolNeAR marks
        them; --per-quote gives one per quotation, as german_dev marks them.
        A line that cannot be read gives {\"id\", \"error\"} and the run goes on.
    whosaid page [FILE]
        Analyses a page object as the extension's collector builds it (JSON, see
        docs/export-format.md; `npm run dump-pages` writes them) and prints the
        same whosaid/1 report the extension exports (offsets in UTF-16 units).
    whosaid --version | --help

OPTIONS (html, text):
    --url URL            the page's address (one page); without it, a page's
                         canonical URL or og:url stands for it
    --summary            after the run, print the summary on standard error
    --top N              speakers listed by the summary (default 25)
    -j, --jobs N         threads (default: every core)
    --offsets UNIT       utf-16 or code-point
    --with-text          add \"text\": the page's text as read, which offsets count into
    --page-object        (html) write the page objects, not reports
    --max-bytes N        the largest page (after gzip) or --jsonl line read
                         (default 67108864)
    --pretty             indented JSON
";

/// The options of `html` and `text`.
struct BatchArgs {
    opts: Options,
    files: Vec<String>,
    url: Option<String>,
    stdin_list: bool,
    jsonl: bool,
    summary: bool,
    top: usize,
}

fn parse_batch(format: Format, args: &[String]) -> Result<BatchArgs, String> {
    let mut b = BatchArgs {
        opts: Options {
            format,
            unit: match format {
                Format::Html => Unit::Utf16,
                Format::Text => Unit::CodePoint,
            },
            max_bytes: 64 * 1024 * 1024,
            with_text: false,
            page_objects: false,
            pretty: false,
            jobs: 0,
        },
        files: Vec::new(),
        url: None,
        stdin_list: false,
        jsonl: false,
        summary: false,
        top: 25,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        let number = |v: String, name: &str| {
            v.parse::<u64>()
                .map_err(|_| format!("{name} needs a number, not {v:?}"))
        };
        match arg.as_str() {
            "--url" => b.url = Some(value("--url")?),
            "--summary" => b.summary = true,
            "--top" => b.top = number(value("--top")?, "--top")? as usize,
            "-j" | "--jobs" => b.opts.jobs = number(value("--jobs")?, "--jobs")? as usize,
            "--offsets" => {
                b.opts.unit = match value("--offsets")?.as_str() {
                    "utf-16" => Unit::Utf16,
                    "code-point" => Unit::CodePoint,
                    other => {
                        return Err(format!("--offsets is utf-16 or code-point, not {other:?}"));
                    }
                }
            }
            "--with-text" => b.opts.with_text = true,
            "--page-object" if format == Format::Html => b.opts.page_objects = true,
            "--max-bytes" => b.opts.max_bytes = number(value("--max-bytes")?, "--max-bytes")?,
            "--pretty" => b.opts.pretty = true,
            "--stdin-list" => b.stdin_list = true,
            "--jsonl" => b.jsonl = true,
            "-" => b.files.push(arg.clone()),
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            _ => b.files.push(arg.clone()),
        }
    }
    let sources =
        usize::from(!b.files.is_empty()) + usize::from(b.stdin_list) + usize::from(b.jsonl);
    if sources > 1 {
        return Err("give files, --stdin-list or --jsonl, not several".into());
    }
    if b.url.is_some() && (b.files.len() > 1 || b.stdin_list || b.jsonl) {
        return Err(
            "--url names one page: give one file (a list line may carry PATH<TAB>URL)".into(),
        );
    }
    Ok(b)
}

/// `whosaid html` and `whosaid text`.
fn batch(format: Format, args: &[String]) -> io::Result<()> {
    let b =
        parse_batch(format, args).map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    let out = BufWriter::new(io::stdout());
    let stdin = || io::BufReader::new(io::stdin());
    let outcome = if b.jsonl {
        batch::run(batch::line_jobs(stdin(), b.opts.max_bytes), &b.opts, out)?
    } else if b.stdin_list {
        batch::run(batch::list_jobs(stdin()), &b.opts, out)?
    } else if b.files.is_empty() || b.files == ["-"] {
        // One page on standard input.
        let job = Job::Stdin {
            bytes: batch::read_bounded(io::stdin(), b.opts.max_bytes)?,
            url: b.url.clone(),
        };
        batch::run(std::iter::once(job), &b.opts, out)?
    } else {
        let url = b.url.clone();
        let jobs = b.files.clone().into_iter().map(move |path| Job::File {
            path,
            url: url.clone(),
        });
        batch::run(jobs, &b.opts, out)?
    };
    if outcome.errors > 0 {
        eprintln!(
            "whosaid: {} of {} pages could not be read (their lines say why)",
            outcome.errors, outcome.pages
        );
    }
    if b.summary {
        eprint!("{}", outcome.summary.table(b.top));
    }
    Ok(())
}

/// `whosaid summary`: the summary of whosaid/1 JSON lines.
fn summary(args: &[String]) -> io::Result<()> {
    let mut as_json = false;
    let mut top = 25;
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => as_json = true,
            "--top" => {
                top = it.next().and_then(|v| v.parse().ok()).ok_or_else(|| {
                    io::Error::new(io::ErrorKind::InvalidInput, "--top needs a number")
                })?
            }
            _ => files.push(a.clone()),
        }
    }
    let mut s = Summary::default();
    let mut add = |reader: &mut dyn BufRead| -> io::Result<()> {
        for line in reader.lines() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<Digest>(&line) {
                Ok(d) => s.add(&d),
                Err(e) => eprintln!("whosaid summary: a line that is not a report skipped: {e}"),
            }
        }
        Ok(())
    };
    if files.is_empty() {
        add(&mut io::stdin().lock())?;
    }
    for f in &files {
        let bytes = batch::read_bounded(std::fs::File::open(f)?, u64::MAX - 1)?;
        add(&mut io::Cursor::new(bytes))?;
    }
    let mut out = io::stdout().lock();
    if as_json {
        serde_json::to_writer_pretty(&mut out, &s.json())?;
        writeln!(out)
    } else {
        write!(out, "{}", s.table(top))
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("html") => batch(Format::Html, &args[1..]),
        Some("text") => batch(Format::Text, &args[1..]),
        Some("summary") => summary(&args[1..]),
        Some("jsonl") => jsonl(args.iter().any(|a| a == "--per-quote")),
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
        Err(e) if e.kind() == io::ErrorKind::InvalidInput => {
            eprintln!("whosaid: {e} (whosaid --help)");
            ExitCode::from(2)
        }
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

fn page(path: Option<&str>) -> io::Result<()> {
    let input = PageInput::from_json(&read_input(path)?)
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
