//! The `whosaid` command line as a researcher runs it: JSON lines in input
//! order, an error line for a page that cannot be read, gzip, lists of paths,
//! JSON lines in, and the summary.

#![allow(clippy::unwrap_used, reason = "a test: a failure is a panic")]

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{ChildStdin, Command, Output, Stdio};

use flate2::Compression;
use flate2::write::GzEncoder;
use serde_json::Value;

/// A fresh folder for one test.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("whosaid-cli-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn whosaid(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn json_lines(out: &Output) -> Vec<Value> {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON document"))
        .collect()
}

/// An article with one quotation by a named speaker, and a source link.
fn article(speaker: &str, words: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><title>{speaker} story</title>\
         <link rel=\"canonical\" href=\"https://news.example.org/{speaker}\"></head><body>\
         <nav><a href=\"/\">Home</a></nav><article><h1>A story</h1>\
         <p>{speaker}, the mayor of the town, spoke on Monday to the council.</p>\
         <p>“{words},” {speaker} said.</p><p>The <a href=\"https://data.example.gov/r.pdf\">budget report</a> was published in May.</p>\
         </article></body></html>"
    )
}

fn write(path: &Path, bytes: &[u8]) -> String {
    fs::write(path, bytes).unwrap();
    path.display().to_string()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = GzEncoder::new(Vec::new(), Compression::default());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

fn speaker_of_first_quote(line: &Value) -> &str {
    line["quotes"][0]["speaker"]["name"].as_str().unwrap_or("-")
}

#[test]
fn html_pages_give_json_lines_in_order_and_a_bad_page_an_error_line() {
    let dir = folder("html");
    let a = write(
        &dir.join("a.html"),
        article("Jane Doe", "We will rebuild the bridge").as_bytes(),
    );
    let b = write(
        &dir.join("b.html.gz"),
        &gzip(article("John Roe", "The budget is balanced this year").as_bytes()),
    );
    let missing = dir.join("missing.html").display().to_string();
    let big = write(&dir.join("big.html"), &vec![b'x'; 5000]);
    let c = write(
        &dir.join("c.html"),
        article("Ann Poe", "Nothing is settled yet").as_bytes(),
    );
    let out = whosaid(
        &["html", "--max-bytes", "4000", &a, &b, &missing, &big, &c],
        "",
    );
    let lines = json_lines(&out);
    let files: Vec<&str> = lines.iter().map(|l| l["file"].as_str().unwrap()).collect();
    assert_eq!(files, [&a, &b, &missing, &big, &c]);
    for (line, speaker) in [
        (&lines[0], "Jane Doe"),
        (&lines[1], "John Roe"),
        (&lines[4], "Ann Poe"),
    ] {
        assert_eq!(line["schema"], "whosaid/1");
        assert_eq!(line["offsets"], "utf-16");
        assert_eq!(speaker_of_first_quote(line), speaker, "{line}");
        let body: Vec<&str> = line["links"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["relation"] != "navigation")
            .map(|l| l["kind"].as_str().unwrap())
            .collect();
        assert_eq!(body, ["government"], "{line}");
    }
    assert_eq!(lines[0]["url"], "https://news.example.org/Jane%20Doe");
    assert!(lines[2]["error"].as_str().unwrap().contains("No such file"));
    assert!(lines[3]["error"].as_str().unwrap().contains("--max-bytes"));
    assert!(lines[2].get("schema").is_none());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("2 of 5 pages could not be read"),
        "{stderr}"
    );
}

#[test]
fn a_list_of_paths_with_addresses_runs_on_several_threads_in_order() {
    let dir = folder("list");
    let mut list = String::new();
    let mut expected = Vec::new();
    for i in 0..40 {
        // Pages of very different sizes, so they finish out of order.
        let words = "and the council agreed ".repeat(if i % 7 == 0 { 400 } else { 1 });
        let path = write(
            &dir.join(format!("p{i}.html")),
            article(&format!("Person{i} Example"), &format!("We said {words}it")).as_bytes(),
        );
        list.push_str(&format!("{path}\thttps://example.net/story/{i}\n"));
        expected.push((path, format!("https://example.net/story/{i}")));
    }
    list.push('\n');
    let lines = json_lines(&whosaid(&["html", "--stdin-list", "--jobs", "2"], &list));
    assert_eq!(lines.len(), 40);
    for (line, (path, url)) in lines.iter().zip(&expected) {
        assert_eq!(line["file"], path.as_str());
        assert_eq!(line["url"], url.as_str());
    }
}

#[test]
fn json_lines_in_for_html_and_text() {
    let html_line = serde_json::json!({"id": "doc-1", "url": "https://example.com/1",
        "html": article("Jane Doe", "We will rebuild the bridge")});
    let input = format!("{html_line}\nnot json\n{{\"id\": 7}}\n");
    let lines = json_lines(&whosaid(&["html", "--jsonl"], &input));
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "doc-1");
    assert_eq!(lines[0]["url"], "https://example.com/1");
    assert_eq!(speaker_of_first_quote(&lines[0]), "Jane Doe");
    assert!(
        lines[1]["error"]
            .as_str()
            .unwrap()
            .contains("unreadable line")
    );
    assert_eq!(lines[2]["id"], 7);
    assert!(lines[2]["error"].as_str().unwrap().contains("\"html\""));

    let text = serde_json::json!({"id": 3, "text": "Jane Doe is the mayor.\n“We will rebuild,” Doe said."});
    let lines = json_lines(&whosaid(
        &["text", "--jsonl", "--with-text"],
        &format!("{text}\n"),
    ));
    assert_eq!(lines[0]["id"], 3);
    assert_eq!(lines[0]["offsets"], "code-point");
    assert_eq!(speaker_of_first_quote(&lines[0]), "Jane Doe");
    // The positions count into the text given back.
    let t: Vec<char> = lines[0]["text"].as_str().unwrap().chars().collect();
    let part = &lines[0]["quotes"][0]["parts"][0];
    let (s, e) = (
        part["start"].as_u64().unwrap() as usize,
        part["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(t[s..e].iter().collect::<String>(), "We will rebuild,");
}

#[test]
fn text_files_and_standard_input() {
    let dir = folder("text");
    let one = write(
        &dir.join("one.txt"),
        "“Rain is coming,” said Mary Major.\n".as_bytes(),
    );
    let two = write(
        &dir.join("two.txt.gz"),
        &gzip("“Sun is coming,” said Tom Minor.\n".as_bytes()),
    );
    let lines = json_lines(&whosaid(&["text", &one, &two], ""));
    assert_eq!(speaker_of_first_quote(&lines[0]), "Mary Major");
    assert_eq!(speaker_of_first_quote(&lines[1]), "Tom Minor");
    let lines = json_lines(&whosaid(&["text"], "“Snow,” said Ada Lane.\n"));
    assert_eq!(lines[0]["file"], "-");
    assert_eq!(speaker_of_first_quote(&lines[0]), "Ada Lane");
}

#[test]
fn summary_counts_a_run_and_adds_up_runs() {
    let dir = folder("summary");
    let a = write(
        &dir.join("a.html"),
        article("Jane Doe", "We will rebuild the bridge").as_bytes(),
    );
    let b = write(
        &dir.join("b.html"),
        article("Jane Doe", "The bridge opens in spring").as_bytes(),
    );
    let c = write(&dir.join("c.html"), article("John Roe", "No").as_bytes());
    let out = whosaid(
        &["html", "--summary", &a, &b, &c, "/nonexistent/x.html"],
        "",
    );
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        stderr.contains("pages          3 (1 unreadable)"),
        "{stderr}"
    );
    let jane = stderr
        .lines()
        .find(|l| l.starts_with("Jane Doe"))
        .unwrap_or_else(|| panic!("{stderr}"));
    let cells: Vec<&str> = jane.split_whitespace().collect();
    // name (2 words), kind, quotes, pages, words, share
    assert_eq!(&cells[2..6], ["person", "2", "2", "10"], "{jane}");
    assert!(
        stderr.contains("links          3 in article bodies"),
        "{stderr}"
    );

    // The same summary from the JSON lines, split over two "machines".
    let lines = String::from_utf8(out.stdout).unwrap();
    let (first, rest) = lines.split_at(lines.find('\n').unwrap() + 1);
    let part1 = write(&dir.join("m1.jsonl"), first.as_bytes());
    let part2 = write(&dir.join("m2.jsonl.gz"), &gzip(rest.as_bytes()));
    let summary = whosaid(&["summary", "--json", &part1, &part2], "");
    let j: Value = serde_json::from_slice(&summary.stdout).unwrap();
    assert_eq!(j["pages"], 3);
    assert_eq!(j["errors"], 1);
    assert_eq!(j["speakers"][0]["name"], "Jane Doe");
    assert_eq!(j["speakers"][0]["quotes"], 2);
    assert_eq!(j["links_by_kind"]["government"], 3);
    let table = whosaid(&["summary"], &lines);
    assert_eq!(
        String::from_utf8(table.stdout).unwrap(),
        stderr
            .lines()
            .skip(1)
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    );
}

#[test]
fn usage_errors_exit_with_2() {
    let out = whosaid(&["html", "--url"], "");
    assert_eq!(out.status.code(), Some(2));
    let out = whosaid(&["html", "--url", "https://x.org", "a.html", "b.html"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--url names one page"));
    let out = whosaid(&["html", "--frobnicate"], "");
    assert_eq!(out.status.code(), Some(2));
}

// Hostile input (issue 18): each reader of standard input bounded, each bad
// line an error line with the run going on, each flag checked, deep nesting
// in linear time and a time budget. Time limits are loose: a quadratic step
// misses them by a wide margin (200,000 nested divs took 305 s in this debug
// build before the depth limit; 1.6 s after).

/// `whosaid ARGS` with `stdin` as bytes, written from a thread (so that a
/// large input and the output stream at once).
fn whosaid_bytes(args: &[&str], stdin: Vec<u8>) -> Output {
    run_with_input(
        Command::new(env!("CARGO_BIN_EXE_whosaid")).args(args),
        stdin,
    )
}

fn run_with_input(command: &mut Command, stdin: Vec<u8>) -> Output {
    run_writing(command, move |input| input.write_all(&stdin))
}

/// `command` run with what `write` writes on its standard input (from
/// another thread, while its output is read).
fn run_writing(
    command: &mut Command,
    write: impl FnOnce(&mut ChildStdin) -> std::io::Result<()> + Send + 'static,
) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        // (The child may stop reading early: a broken pipe is no failure here.)
        let _ = write(&mut input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

/// The JSON lines of a run that must have succeeded, and its standard error.
fn lines_and_stderr(out: &Output) -> (Vec<Value>, String) {
    (
        json_lines(out),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

/// `n` nested `<div>`s with text at the bottom.
fn nested_divs(n: usize) -> String {
    format!("{}deep text{}", "<div>".repeat(n), "</div>".repeat(n))
}

#[test]
fn deep_nesting_parses_in_time_linear_in_the_page() {
    let dir = folder("deep");
    for (n, limit) in [(100_000, 20), (200_000, 30)] {
        let path = write(&dir.join(format!("d{n}.html")), nested_divs(n).as_bytes());
        let t0 = std::time::Instant::now();
        let out = whosaid(&["html", "--timeout", "0", &path], "");
        let took = t0.elapsed();
        eprintln!("{n} nested divs: {took:.2?}");
        assert!(
            took < std::time::Duration::from_secs(limit),
            "{n} nested divs took {took:?}"
        );
        let lines = json_lines(&out);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0]["schema"], "whosaid/1", "{}", lines[0]);
        // The tree is capped as browsers cap it: the text is read, in an
        // element 513 deep counting <html>, 512 counting from <body> as the
        // page object does.
        let out = whosaid(&["html", "--page-object", "--timeout", "0", &path], "");
        let object = &json_lines(&out)[0];
        assert_eq!(object["text"], "deep text");
        let elements = object["elements"].as_array().unwrap();
        let depth = |mut i: Option<u64>| {
            let mut d = 0;
            while let Some(at) = i {
                d += 1;
                i = elements[at as usize]["parent"].as_u64();
            }
            d
        };
        let block = object["blocks"][0]["element"].as_u64();
        assert_eq!(depth(block), whosaid::html::MAX_DEPTH);
    }
}

#[test]
fn the_time_budget_running_out_gives_an_error_line_and_the_run_goes_on() {
    let dir = folder("budget");
    // Two million nested divs (22 MB) take many seconds to read whole.
    let deep = write(&dir.join("deep.html"), nested_divs(2_000_000).as_bytes());
    let ok = write(
        &dir.join("ok.html"),
        article("Jane Doe", "We will rebuild the bridge").as_bytes(),
    );
    let t0 = std::time::Instant::now();
    let out = whosaid(&["html", "--timeout", "0.5", "--jobs", "1", &deep, &ok], "");
    let took = t0.elapsed();
    let (lines, stderr) = lines_and_stderr(&out);
    assert_eq!(lines.len(), 2);
    let error = lines[0]["error"]
        .as_str()
        .unwrap_or_else(|| panic!("{}", lines[0]));
    assert!(
        error.contains("--timeout") && error.contains("0.5 s"),
        "{error}"
    );
    assert_eq!(lines[0]["file"], deep.as_str());
    assert_eq!(speaker_of_first_quote(&lines[1]), "Jane Doe");
    assert!(
        stderr.contains("1 of 2 pages could not be read"),
        "{stderr}"
    );
    // Stopped when the time ran out, not once the page was read.
    assert!(took < std::time::Duration::from_secs(8), "{took:?}");

    // A budget too small for anything: every command says so, line by line.
    let tiny = "0.000001";
    let text =
        serde_json::json!({"id": 1, "text": "“Rain is coming,” said Mary Major."}).to_string();
    for args in [
        &["text", "--jsonl", "--timeout", tiny][..],
        &["jsonl", "--timeout", tiny],
    ] {
        let (lines, _) = lines_and_stderr(&whosaid(args, &format!("{text}\n{text}\n")));
        assert_eq!(lines.len(), 2, "{args:?}");
        for (number, l) in (1..).zip(&lines) {
            assert_eq!(l["id"], 1, "{args:?}: {l}");
            // (Every error line names its input line, the id known or not.)
            assert_eq!(l["line"], number, "{args:?}: {l}");
            assert!(
                l["error"].as_str().unwrap().contains("--timeout"),
                "{args:?}: {l}"
            );
        }
    }
    let out = whosaid(&["html", "--timeout", tiny, &ok], "");
    assert!(
        json_lines(&out)[0]["error"]
            .as_str()
            .unwrap()
            .contains("--timeout")
    );
    let object = serde_json::json!({"text": "“Rain,” said Mary Major.", "url": "https://x.org/"});
    let out = whosaid(&["page", "--timeout", tiny], &object.to_string());
    assert_eq!(out.status.code(), Some(1));
    let line: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        line["error"].as_str().unwrap().contains("--timeout"),
        "{line}"
    );
    // 0 is no budget at all.
    let out = whosaid(&["page", "--timeout", "0"], &object.to_string());
    assert!(out.status.success());
}

/// One input of each reader: a good line, a line too long for `--max-bytes
/// 1000`, a line that is not UTF-8, one that is not JSON, and a good line.
fn hostile_lines(good: &str) -> Vec<u8> {
    let mut input = format!(
        "{good}\n{{\"id\": \"long\", \"text\": \"{}\"}}\n",
        "x".repeat(10_000)
    )
    .into_bytes();
    input.extend_from_slice(b"{\"id\": \"bad\", \"text\": \"caf\xe9\"}\nnot json at all\n\n");
    input.extend_from_slice(format!("{good}\n").as_bytes());
    input
}

/// The error lines expected of [`hostile_lines`], lines 2 to 4 (5 is blank).
fn check_hostile_lines(what: &str, lines: &[Value], good: impl Fn(&Value)) {
    assert_eq!(
        lines.len(),
        5,
        "{what}: one line out per line in: {lines:?}"
    );
    good(&lines[0]);
    good(&lines[4]);
    for (line, number, says) in [
        (&lines[1], 2, "--max-bytes"),
        (&lines[2], 3, "UTF-8"),
        (&lines[3], 4, "unreadable line"),
    ] {
        assert_eq!(line["line"], number, "{what}: {line}");
        assert_eq!(line["id"], Value::Null, "{what}: {line}");
        let error = line["error"]
            .as_str()
            .unwrap_or_else(|| panic!("{what}: {line}"));
        assert!(error.contains(says), "{what}: {error}");
    }
}

#[test]
fn a_bad_line_is_an_error_line_and_the_run_goes_on_for_every_reader() {
    let text =
        serde_json::json!({"id": "t", "text": "“Rain is coming,” said Mary Major."}).to_string();
    let html = serde_json::json!({"id": "h", "html": article("Jane Doe", "We will rebuild it")})
        .to_string();
    let max = ["--max-bytes", "1000"];

    let (lines, _) = lines_and_stderr(&whosaid_bytes(
        &[&["jsonl"][..], &max].concat(),
        hostile_lines(&text),
    ));
    check_hostile_lines("jsonl", &lines, |l| {
        assert_eq!(l["quotes"][0]["speaker"]["name"], "Mary Major", "{l}")
    });
    // An error line names its input line even when its id is known, as
    // `text --jsonl` and `html --jsonl` do.
    for args in [&["jsonl"][..], &["text", "--jsonl"]] {
        let (lines, _) = lines_and_stderr(&whosaid(args, "\n{\"id\": 7}\n"));
        assert_eq!(lines.len(), 1, "{args:?}");
        assert_eq!(
            (&lines[0]["id"], &lines[0]["line"], &lines[0]["error"]),
            (
                &Value::from(7),
                &Value::from(2),
                &Value::from("no \"text\" string")
            ),
            "{args:?}"
        );
    }

    let (lines, stderr) = lines_and_stderr(&whosaid_bytes(
        &[&["text", "--jsonl"][..], &max].concat(),
        hostile_lines(&text),
    ));
    check_hostile_lines("text --jsonl", &lines, |l| {
        assert_eq!(speaker_of_first_quote(l), "Mary Major", "{l}")
    });
    assert!(
        stderr.contains("3 of 5 pages could not be read"),
        "{stderr}"
    );

    let (lines, _) = lines_and_stderr(&whosaid_bytes(
        &["html", "--jsonl", "--max-bytes", "5000"],
        hostile_lines(&html),
    ));
    check_hostile_lines("html --jsonl", &lines, |l| {
        assert_eq!(speaker_of_first_quote(l), "Jane Doe", "{l}")
    });

    // A list of paths: a path too long, one that is not UTF-8.
    let dir = folder("hostile-list");
    let page = write(
        &dir.join("a.html"),
        article("Ann Poe", "Nothing is settled").as_bytes(),
    );
    let mut list = format!("{page}\n{}\n", "p".repeat(2000)).into_bytes();
    list.extend_from_slice(b"caf\xe9.html\n");
    list.extend_from_slice(format!("{page}\n").as_bytes());
    let (lines, _) = lines_and_stderr(&whosaid_bytes(
        &["html", "--stdin-list", "--max-bytes", "1000"],
        list,
    ));
    assert_eq!(lines.len(), 4);
    assert_eq!(speaker_of_first_quote(&lines[0]), "Ann Poe");
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().contains("--max-bytes"));
    assert_eq!(lines[2]["line"], 3);
    assert!(lines[2]["error"].as_str().unwrap().contains("UTF-8"));
    assert_eq!(speaker_of_first_quote(&lines[3]), "Ann Poe");

    // The summary counts the bad lines as pages it could not read, naming each.
    let report = json_lines(&whosaid(&["text", "--jsonl"], &format!("{text}\n")))[0].to_string();
    let out = whosaid_bytes(
        &["summary", "--json", "--max-bytes", "1000"],
        hostile_lines(&report),
    );
    let j: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (j["pages"].as_u64(), j["errors"].as_u64()),
        (Some(2), Some(3)),
        "{j}"
    );
    assert_eq!(j["speakers"][0]["name"], "Mary Major");
    let stderr = String::from_utf8_lossy(&out.stderr);
    for says in [
        "line 2: a line longer than 1000 bytes",
        "line 3: a line that is not UTF-8",
        "line 4: not a report",
    ] {
        assert!(stderr.contains(says), "{says}: {stderr}");
    }

    // A page object: too large, not UTF-8, not JSON, not a page object.
    for (input, says) in [
        (
            format!("{{\"text\": \"{}\"}}", "x".repeat(5000)).into_bytes(),
            "--max-bytes",
        ),
        (b"{\"text\": \"caf\xe9\"}".to_vec(), "UTF-8"),
        (b"not json".to_vec(), "not a page object"),
        (b"[1, 2]".to_vec(), "not a page object"),
    ] {
        let out = whosaid_bytes(&["page", "--max-bytes", "1000"], input);
        assert_eq!(out.status.code(), Some(1), "{says}");
        let line: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(line["file"], "-");
        assert!(line["error"].as_str().unwrap().contains(says), "{line}");
    }
}

/// A line of `megabytes` MB (between two good ones) on the standard input of
/// `whosaid ARGS`, run with at most 300 MB of address space: it fails if the
/// line is held whole. (Written a megabyte at a time: the test holds no more.)
#[cfg(target_os = "linux")]
fn huge_line_in_little_memory(args: &[&str], megabytes: usize) -> Output {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg("ulimit -v 300000 && exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_whosaid"))
        .args(args);
    run_writing(&mut command, move |input| {
        input.write_all(b"{\"id\": 1, \"text\": \"a\"}\n{\"id\": 2, \"text\": \"")?;
        let megabyte = vec![b'x'; 1024 * 1024];
        for _ in 0..megabytes {
            input.write_all(&megabyte)?;
        }
        input.write_all(b"\"}\n{\"id\": 3, \"text\": \"b\"}\n")
    })
}

#[cfg(target_os = "linux")]
#[test]
fn a_line_of_half_a_gigabyte_is_skipped_without_being_held() {
    for args in [
        &["jsonl", "--max-bytes", "1048576"][..],
        // (Two threads: a pool of one per core cannot start in 300 MB on many cores.)
        &["text", "--jsonl", "--max-bytes", "1048576", "--jobs", "2"],
        &["html", "--jsonl", "--max-bytes", "1048576", "--jobs", "2"],
    ] {
        let (lines, _) = lines_and_stderr(&huge_line_in_little_memory(args, 512));
        assert_eq!(lines.len(), 3, "{args:?}");
        assert!(
            lines[1]["error"].as_str().unwrap().contains("--max-bytes"),
            "{args:?}"
        );
        assert_eq!(lines[2]["id"], 3, "{args:?}");
    }
    let out = huge_line_in_little_memory(&["summary", "--max-bytes", "1048576"], 512);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("pages          2 (1 unreadable)"));
    // (The same limit does stop a reader that holds the line: the bound works.)
    let out = huge_line_in_little_memory(&["jsonl", "--max-bytes", "1073741824"], 512);
    assert!(!out.status.success());
}

#[test]
fn an_unknown_or_misspelt_option_is_an_error_with_the_usage_for_every_command() {
    for args in [
        &["html", "--jobz", "2"][..],
        &["html", "--max-byte", "10"],
        &["text", "--page-object"],
        &["text", "-x"],
        &["summary", "--jobs", "1"],
        &["summary", "--jsn"],
        &["jsonl", "--jobs", "1"],
        &["jsonl", "--per_quote"],
        &["jsonl", "extra.jsonl"],
        &["page", "--jsonl"],
        &["page", "a.json", "b.json"],
        &["html", "--timeout", "soon"],
        &["jsonl", "--timeout", "-1"],
        &["summary", "--top", "many"],
        &["page", "--max-bytes"],
        &["nonsense"],
        &["--version", "now"],
    ] {
        let out = whosaid(args, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.starts_with("whosaid: "), "{args:?}: {stderr}");
        assert!(stderr.contains("USAGE:"), "{args:?}: the usage follows");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    let out = whosaid(&["jsonl", "--jobs", "1"], "");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("unknown option --jobs for `whosaid jsonl`")
    );
    // Each command's --help is the usage.
    for command in ["html", "text", "summary", "jsonl", "page"] {
        let out = whosaid(&[command, "--help"], "");
        assert!(out.status.success(), "{command}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("USAGE:"),
            "{command}"
        );
    }
    // After `--`, a name that starts with a dash is a file.
    let out = whosaid(&["text", "--", "-missing.txt"], "");
    let lines = json_lines(&out);
    assert_eq!(lines[0]["file"], "-missing.txt");
}

#[test]
fn the_rules_are_listed_named_in_eval_predictions_and_can_be_switched_off() {
    let out = whosaid(&["rules"], "");
    assert!(out.status.success());
    let rules: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a rule line"))
        .collect();
    assert!(rules.iter().any(|r| r["name"] == "clause/said-x"));
    assert!(rules.iter().all(|r| r["description"].as_str().is_some()));

    let line = r#"{"id": 1, "text": "“We will rebuild the bridge,” said Jane Doe."}"#;
    let named = whosaid(&["jsonl", "--rules"], line);
    let named: serde_json::Value = serde_json::from_slice(&named.stdout).expect("a prediction");
    assert_eq!(named["quotes"][0]["rule"], "clause/said-x");
    assert_eq!(named["quotes"][0]["speaker"]["name"], "Jane Doe");
    // Without --rules the predictions are as they were: no rule.
    let plain = whosaid(&["jsonl"], line);
    let plain: serde_json::Value = serde_json::from_slice(&plain.stdout).expect("a prediction");
    assert!(plain["quotes"][0].get("rule").is_none());
    // Switched off, the rule attributes nothing; the quotation stays, unattributed.
    let off = whosaid(&["jsonl", "--rules", "--without", "clause/said-x"], line);
    let off: serde_json::Value = serde_json::from_slice(&off.stdout).expect("a prediction");
    assert!(off["quotes"][0]["speaker"].is_null());
    assert!(off["quotes"][0].get("rule").is_none());
    // A rule that does not exist is a usage error, given before any input is read
    // (so none is written: the child may be gone before it could be).
    assert_eq!(
        whosaid(&["jsonl", "--without", "no/such-rule"], "")
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn the_report_says_which_spans_are_the_article_body_and_body_text_prints_them() {
    let page = article("Jane Doe", "We will rebuild the bridge");
    let dir = folder("body-text");
    let path = write(&dir.join("a.html"), page.as_bytes());
    let lines = json_lines(&whosaid(&["html", "--with-text", "--body-text", &path], ""));
    let line = &lines[0];
    let text: Vec<char> = line["text"].as_str().unwrap().chars().collect();
    let body: Vec<String> = line["body"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let (a, b) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
            text[a as usize..b as usize].iter().collect()
        })
        .collect();
    // One run: the headline and the paragraphs, not the menu.
    assert_eq!(body.len(), 1, "{body:?}");
    assert!(body[0].starts_with("A story"), "{body:?}");
    assert!(body[0].contains("We will rebuild the bridge"), "{body:?}");
    assert!(!body.iter().any(|b| b.contains("Home")), "{body:?}");
    assert_eq!(line["body_text"].as_str().unwrap(), body[0].trim());
    // Without the option, no body text (the spans are always there).
    let lines = json_lines(&whosaid(&["html", &path], ""));
    assert!(lines[0].get("body_text").is_none());
    assert!(lines[0]["body"].is_array());
}

#[test]
fn whole_page_reads_the_quotation_outside_the_article() {
    // A quotation in an <aside> the rules leave out of the body: found only with --whole-page,
    // by `html` and by `page` alike.
    let html = "<!DOCTYPE html><html lang=\"en\"><body><article><h1>A story</h1>\
        <p>The council met on Monday to talk about the bridge and the ferry.</p></article>\
        <aside><p>“We will rebuild the bridge before the winter,” said Jane Doe.</p></aside></body></html>";
    let dir = folder("whole-page");
    let path = write(&dir.join("a.html"), html.as_bytes());
    // (`page` writes its report indented, over many lines.)
    let quotes = |args: &[&str]| {
        let out = whosaid(args, "");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let report: Value = serde_json::Deserializer::from_slice(&out.stdout)
            .into_iter()
            .next()
            .expect("a report")
            .expect("JSON");
        report["quotes"].as_array().unwrap().len()
    };
    assert_eq!(quotes(&["html", &path]), 0);
    assert_eq!(quotes(&["html", "--whole-page", &path]), 1);
    let object = whosaid(&["html", "--page-object", &path], "");
    let object = write(&dir.join("a.page.json"), &object.stdout);
    assert_eq!(quotes(&["page", &object]), 0);
    assert_eq!(quotes(&["page", "--whole-page", &object]), 1);
}
