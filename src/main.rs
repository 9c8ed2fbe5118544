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
    pub mod lines;
    pub mod summary;
}

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;
use std::time::Duration;

use cli::batch::{self, Budget, Format, Job, Options};
use cli::lines::{Line, Lines};
use cli::summary::{Digest, Summary};
use serde_json::{Value, json};
use whosaid::core::offsets::Unit;
use whosaid::core::page::{Page, PageInput};
use whosaid::core::{Options as CoreOptions, analyze_with, attribution, report};

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
        {\"file\", \"error\"} (or {\"id\", \"line\", \"error\"}) and the run goes on.
        Offsets are UTF-16 units, as in the extension's export.
    whosaid text [OPTIONS] [FILE...]
    whosaid text [OPTIONS] --stdin-list | --jsonl
        The same for plain text (paragraphs are lines; FILE or standard input);
        --jsonl reads {\"id\", \"text\"} lines. Offsets are code points.
    whosaid summary [--json] [--top N] [--max-bytes N] [FILE...]
        Reads whosaid/1 JSON lines (from runs on any number of machines; FILE,
        gzip or not, or standard input) and prints counts (pages, quotations,
        speakers, unnamed sources, links by kind) and the speakers table
        (quotations, share of quoted words). A line that is not a report is
        counted as an unreadable page and named on standard error.
    whosaid jsonl [--per-quote] [--rules] [--without RULE]... [--max-bytes N]
                  [--timeout SECONDS] < IN.jsonl
        Reads one JSON object per line with \"id\" and \"text\"; writes one line per
        input with \"id\" and \"quotes\" in the format of ../shared/eval/README.md
        (offsets in code points; speaker is the local mention, with \"name\" resolved).
        Quotations sharing one attribution are one prediction, as PolNeAR marks
        them; --per-quote gives one per quotation, as german_dev marks them
        (and one more for the outlet that passed it on: `X zitiert Y: „…“`).
        --rules adds \"rule\": the rule that attributed each prediction, and
        \"form\": how its speaker is named (what the confidence is learned by);
        --without RULE switches a rule off (to measure what it is worth).
        A line that cannot be read gives {\"id\", \"line\", \"error\"} and the run goes on.
    whosaid page [--whole-page] [--max-bytes N] [--timeout SECONDS] [FILE]
        Analyses a page object as the extension's collector builds it (JSON, see
        docs/export-format.md; `npm run dump-pages` writes them) and prints the
        same whosaid/1 report the extension exports (offsets in UTF-16 units);
        one that cannot be read gives {\"file\", \"error\"} and exit status 1.
        --whole-page reads every block of it as the article body.
    whosaid rules
        Lists the attribution rules, one JSON line each: name, kinds,
        confidence and description, in the order they are registered.
    whosaid --version | --help

OPTIONS (html, text):
    --url URL            the page's address (one page); without it, a page's
                         canonical URL or og:url stands for it
    --summary            after the run, print the summary on standard error
    --top N              speakers listed by the summary (default 25)
    -j, --jobs N         threads (default: every core)
    --offsets UNIT       utf-16 or code-point
    --with-text          add \"text\": the page's text as read, which offsets count into
    --body-text          add \"body_text\": the text taken as the article body (the
                         report's \"body\" spans, a blank line between them)
    --whole-page         analyse the whole page: every block of text is article
                         body (the rules that choose the body are not run)
    --page-object        (html) write the page objects, not reports
    --max-bytes N        the largest page (after gzip) or input line read, here
                         and in summary, jsonl and page (default 67108864)
    --timeout SECONDS    the time a page may take, here and in jsonl and page:
                         past it, reading HTML stops and the page gives an error
                         line (default 60; 0 for none)
    --pretty             indented JSON
";

/// The largest page or input line read (`--max-bytes`).
const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// The time a page may take (`--timeout`).
const TIMEOUT: Duration = Duration::from_secs(60);

/// A command line that cannot be run: the message, then the usage, exit status 2.
fn usage_error(message: impl Into<String>) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, message.into())
}

/// The arguments of one command, read one at a time.
struct Args<'a> {
    command: &'static str,
    args: std::slice::Iter<'a, String>,
    /// After `--`: everything is an operand.
    operands_only: bool,
}

/// One argument: an option (with its name as given) or an operand.
enum Arg<'a> {
    Option(&'a str),
    Operand(&'a str),
}

impl<'a> Args<'a> {
    fn new(command: &'static str, args: &'a [String]) -> Args<'a> {
        Args {
            command,
            args: args.iter(),
            operands_only: false,
        }
    }

    fn next(&mut self) -> Option<Arg<'a>> {
        let arg = self.args.next()?;
        if self.operands_only {
            return Some(Arg::Operand(arg));
        }
        if arg == "--" {
            self.operands_only = true;
            return self.next();
        }
        Some(if arg.starts_with('-') && arg != "-" {
            Arg::Option(arg)
        } else {
            Arg::Operand(arg)
        })
    }

    fn value(&mut self, name: &str) -> io::Result<&'a str> {
        self.args
            .next()
            .map(String::as_str)
            .ok_or_else(|| usage_error(format!("{name} needs a value")))
    }

    fn number(&mut self, name: &str) -> io::Result<u64> {
        let v = self.value(name)?;
        v.parse::<u64>()
            .map_err(|_| usage_error(format!("{name} needs a number, not {v:?}")))
    }

    /// `--timeout`: seconds (fractions allowed), 0 for no limit.
    fn timeout(&mut self) -> io::Result<Option<Duration>> {
        let v = self.value("--timeout")?;
        match v.parse::<f64>() {
            Ok(0.0) => Ok(None),
            Ok(secs) if secs.is_finite() && secs > 0.0 && secs < 1e9 => {
                Ok(Some(Duration::from_secs_f64(secs)))
            }
            _ => Err(usage_error(format!(
                "--timeout needs a number of seconds, not {v:?}"
            ))),
        }
    }

    fn unknown(&self, flag: &str) -> io::Error {
        usage_error(format!(
            "unknown option {flag} for `whosaid {}`",
            self.command
        ))
    }
}

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

fn parse_batch(format: Format, args: &[String]) -> io::Result<Option<BatchArgs>> {
    let command = match format {
        Format::Html => "html",
        Format::Text => "text",
    };
    let mut b = BatchArgs {
        opts: Options {
            format,
            unit: match format {
                Format::Html => Unit::Utf16,
                Format::Text => Unit::CodePoint,
            },
            max_bytes: MAX_BYTES,
            with_text: false,
            page_objects: false,
            body_text: false,
            whole_page: false,
            pretty: false,
            jobs: 0,
            timeout: Some(TIMEOUT),
        },
        files: Vec::new(),
        url: None,
        stdin_list: false,
        jsonl: false,
        summary: false,
        top: 25,
    };
    let mut it = Args::new(command, args);
    while let Some(arg) = it.next() {
        let flag = match arg {
            Arg::Operand(file) => {
                b.files.push(file.to_string());
                continue;
            }
            Arg::Option(flag) => flag,
        };
        match flag {
            "-h" | "--help" => return Ok(None),
            "--url" => b.url = Some(it.value("--url")?.to_string()),
            "--summary" => b.summary = true,
            "--top" => b.top = it.number("--top")? as usize,
            "-j" | "--jobs" => b.opts.jobs = it.number("--jobs")? as usize,
            "--offsets" => {
                b.opts.unit = match it.value("--offsets")? {
                    "utf-16" => Unit::Utf16,
                    "code-point" => Unit::CodePoint,
                    other => {
                        return Err(usage_error(format!(
                            "--offsets is utf-16 or code-point, not {other:?}"
                        )));
                    }
                }
            }
            "--with-text" => b.opts.with_text = true,
            "--body-text" => b.opts.body_text = true,
            "--whole-page" => b.opts.whole_page = true,
            "--page-object" if format == Format::Html => b.opts.page_objects = true,
            "--max-bytes" => b.opts.max_bytes = it.number("--max-bytes")?,
            "--timeout" => b.opts.timeout = it.timeout()?,
            "--pretty" => b.opts.pretty = true,
            "--stdin-list" => b.stdin_list = true,
            "--jsonl" => b.jsonl = true,
            flag => return Err(it.unknown(flag)),
        }
    }
    let sources =
        usize::from(!b.files.is_empty()) + usize::from(b.stdin_list) + usize::from(b.jsonl);
    if sources > 1 {
        return Err(usage_error(
            "give files, --stdin-list or --jsonl, not several",
        ));
    }
    if b.url.is_some() && (b.files.len() > 1 || b.stdin_list || b.jsonl) {
        return Err(usage_error(
            "--url names one page: give one file (a list line may carry PATH<TAB>URL)",
        ));
    }
    Ok(Some(b))
}

/// `whosaid html` and `whosaid text`.
fn batch(format: Format, args: &[String]) -> io::Result<()> {
    let Some(b) = parse_batch(format, args)? else {
        print!("{USAGE}");
        return Ok(());
    };
    let out = BufWriter::new(io::stdout());
    let stdin = || io::BufReader::new(io::stdin());
    let outcome = if b.jsonl {
        batch::run(batch::line_jobs(stdin(), b.opts.max_bytes), &b.opts, out)?
    } else if b.stdin_list {
        batch::run(batch::list_jobs(stdin(), b.opts.max_bytes), &b.opts, out)?
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
    let mut max_bytes = MAX_BYTES;
    let mut files = Vec::new();
    let mut it = Args::new("summary", args);
    while let Some(arg) = it.next() {
        match arg {
            Arg::Operand(file) => files.push(file.to_string()),
            Arg::Option("-h" | "--help") => {
                print!("{USAGE}");
                return Ok(());
            }
            Arg::Option("--json") => as_json = true,
            Arg::Option("--top") => top = it.number("--top")? as usize,
            Arg::Option("--max-bytes") => max_bytes = it.number("--max-bytes")?,
            Arg::Option(flag) => return Err(it.unknown(flag)),
        }
    }
    if files.is_empty() {
        files.push("-".into());
    }
    let mut s = Summary::default();
    for f in &files {
        let input = if f == "-" {
            cli::lines::maybe_gzip(io::stdin())?
        } else {
            let file = std::fs::File::open(f)
                .map_err(|e| io::Error::new(e.kind(), format!("{f}: {e}")))?;
            cli::lines::maybe_gzip(file)?
        };
        for line in Lines::new(input, max_bytes) {
            let (number, error) = match line {
                Line::Text { number, text } => match serde_json::from_str::<Digest>(&text) {
                    Ok(d) => {
                        s.add(&d);
                        continue;
                    }
                    Err(e) => (number, format!("not a report: {e}")),
                },
                Line::Bad { number, error } => (number, error),
            };
            // (Counted as a page that could not be read: nothing is lost silently.)
            s.add(&Digest::error());
            eprintln!("whosaid summary: {f}, line {number}: {error}");
        }
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
    let rest = args.get(1..).unwrap_or_default();
    let result = match args.first().map(String::as_str) {
        Some("html") => batch(Format::Html, rest),
        Some("text") => batch(Format::Text, rest),
        Some("summary") => summary(rest),
        Some("jsonl") => jsonl(rest),
        Some("page") => page(rest),
        Some("rules") => rules(rest),
        Some("--version" | "-V") if rest.is_empty() => {
            println!("whosaid {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some("--help" | "-h") if rest.is_empty() => {
            print!("{USAGE}");
            Ok(())
        }
        Some(flag @ ("--version" | "-V" | "--help" | "-h")) => {
            Err(usage_error(format!("{flag} takes nothing after it")))
        }
        Some(other) => Err(usage_error(format!("unknown command {other:?}"))),
        None => Err(usage_error("no command given")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::InvalidInput => {
            eprint!("whosaid: {e}\n\n{USAGE}");
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

/// The id of one input line, and its predictions (the `"quotes"`) or why there are none.
/// How `whosaid jsonl` predicts.
struct Predict {
    /// One prediction per quotation, not per attribution.
    per_quote: bool,
    /// Name the rule of each prediction.
    rules: bool,
    /// The rules switched off, and the time a line may take.
    options: CoreOptions,
    timeout: Option<Duration>,
}

fn predict(line: &str, how: &Predict) -> (Value, Result<Vec<report::EvalQuote>, String>) {
    let timeout = how.timeout;
    let budget = Budget::start(timeout);
    let doc: InputLine = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return (Value::Null, Err(format!("unreadable line: {e}"))),
    };
    let Some(text) = doc.text else {
        return (doc.id, Err("no \"text\" string".into()));
    };
    let page = Page::from_text(&text);
    let quotes = analyze_with(&page, &how.options)
        .map_err(|e| e.to_string())
        .and_then(|analysis| {
            budget.check("analysing the text")?;
            let mut quotes = report::eval_quotes(&page, &analysis, !how.per_quote);
            if !how.rules {
                quotes.iter_mut().for_each(|q| {
                    q.rule = None;
                    q.form = None;
                });
            }
            Ok(quotes)
        });
    (doc.id, quotes)
}

/// `whosaid jsonl`: eval-format predictions, one line per input line.
fn jsonl(args: &[String]) -> io::Result<()> {
    let mut how = Predict {
        per_quote: false,
        rules: false,
        options: CoreOptions::default(),
        timeout: Some(TIMEOUT),
    };
    let mut max_bytes = MAX_BYTES;
    let mut it = Args::new("jsonl", args);
    while let Some(arg) = it.next() {
        match arg {
            Arg::Option("-h" | "--help") => {
                print!("{USAGE}");
                return Ok(());
            }
            Arg::Option("--per-quote") => how.per_quote = true,
            Arg::Option("--rules") => how.rules = true,
            Arg::Option("--without") => {
                let name = it.value("--without")?;
                if !attribution::all_rules().iter().any(|r| r.name == name) {
                    return Err(usage_error(format!(
                        "no rule {name:?} (`whosaid rules` lists them)"
                    )));
                }
                how.options.without.push(name.to_string());
            }
            Arg::Option("--max-bytes") => max_bytes = it.number("--max-bytes")?,
            Arg::Option("--timeout") => how.timeout = it.timeout()?,
            Arg::Option(flag) => return Err(it.unknown(flag)),
            Arg::Operand(extra) => {
                return Err(usage_error(format!(
                    "`whosaid jsonl` reads standard input, not {extra:?}"
                )));
            }
        }
    }
    let mut out = BufWriter::new(io::stdout().lock());
    for line in Lines::new(io::stdin().lock(), max_bytes) {
        let (number, (id, quotes)) = match line {
            Line::Text { number, text } => (number, predict(&text, &how)),
            Line::Bad { number, error } => (number, (Value::Null, Err(error))),
        };
        let prediction = match quotes {
            Ok(quotes) => json!({"id": id, "quotes": quotes}),
            Err(e) => {
                let e = Value::from(e);
                eprintln!("whosaid: line {number}, id {id}: {e}");
                // (Which line it was, as `html --jsonl` and `text --jsonl` say.)
                json!({"id": id, "line": number, "error": e})
            }
        };
        serde_json::to_writer(&mut out, &prediction)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// `whosaid rules`: the attribution rules, one JSON line each, in the order of
/// their registry: name, kinds, confidence, description.
fn rules(args: &[String]) -> io::Result<()> {
    let mut it = Args::new("rules", args);
    if let Some(arg) = it.next() {
        return match arg {
            Arg::Option("-h" | "--help") => {
                print!("{USAGE}");
                Ok(())
            }
            Arg::Option(flag) => Err(it.unknown(flag)),
            Arg::Operand(extra) => Err(usage_error(format!(
                "`whosaid rules` takes no operand, not {extra:?}"
            ))),
        };
    }
    let mut out = BufWriter::new(io::stdout().lock());
    for rule in attribution::all_rules() {
        let kinds: Vec<&str> = rule.kinds.iter().map(|&k| report::kind_name(k)).collect();
        let line = json!({
            "name": rule.name,
            "kinds": kinds,
            "confidence": (f64::from(rule.confidence) * 100.0).round() / 100.0,
            "description": rule.description,
        });
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// `whosaid page`: a page object's report.
fn page(args: &[String]) -> io::Result<()> {
    let mut max_bytes = MAX_BYTES;
    let mut timeout = Some(TIMEOUT);
    let mut whole_page = false;
    let mut file: Option<String> = None;
    let mut it = Args::new("page", args);
    while let Some(arg) = it.next() {
        match arg {
            Arg::Option("-h" | "--help") => {
                print!("{USAGE}");
                return Ok(());
            }
            Arg::Option("--max-bytes") => max_bytes = it.number("--max-bytes")?,
            Arg::Option("--timeout") => timeout = it.timeout()?,
            Arg::Option("--whole-page") => whole_page = true,
            Arg::Option(flag) => return Err(it.unknown(flag)),
            Arg::Operand(f) if file.is_none() => file = Some(f.to_string()),
            Arg::Operand(f) => {
                return Err(usage_error(format!(
                    "`whosaid page` reads one page object, not also {f:?}"
                )));
            }
        }
    }
    let name = file.clone().unwrap_or_else(|| "-".into());
    match page_report(file.as_deref(), max_bytes, timeout, whole_page) {
        Ok(report) => {
            let mut out = BufWriter::new(io::stdout().lock());
            serde_json::to_writer_pretty(&mut out, &report)?;
            out.write_all(b"\n")?;
            out.flush()
        }
        Err(error) => {
            // The one input gives its one line, here an error line.
            let mut out = io::stdout().lock();
            serde_json::to_writer(&mut out, &json!({"file": name, "error": error}))?;
            out.write_all(b"\n")?;
            out.flush()?;
            Err(io::Error::other(format!("{name}: {error}")))
        }
    }
}

/// The report of the page object in `path` (standard input for `None` or `-`); with
/// `whole_page`, every block of it is the body.
fn page_report(
    path: Option<&str>,
    max_bytes: u64,
    timeout: Option<Duration>,
    whole_page: bool,
) -> Result<report::Report, String> {
    let bytes = match path {
        Some(p) if p != "-" => {
            std::fs::File::open(p).and_then(|f| batch::read_bounded(f, max_bytes))
        }
        _ => batch::read_bounded(io::stdin(), max_bytes),
    }
    .map_err(|e| e.to_string())?;
    let budget = Budget::start(timeout);
    let json = String::from_utf8(bytes).map_err(|_| "not UTF-8".to_string())?;
    let input = PageInput::from_json(&json).map_err(|e| format!("not a page object: {e}"))?;
    let page = input.into_page();
    let options = CoreOptions {
        whole_page,
        ..CoreOptions::default()
    };
    let analysis = analyze_with(&page, &options).map_err(|e| e.to_string())?;
    let report = report::build(&page, &analysis, Unit::Utf16);
    budget.check("analysing the page")?;
    Ok(report)
}
