//! Lines of standard input (or of a file) read within a bound: every reader
//! of lines (`html --jsonl`, `html --stdin-list`, `text --jsonl`, `jsonl`,
//! `summary`) takes them from here. A line longer than the bound is never
//! held in memory: the bound's worth is read, the rest skipped as it streams
//! by, and the line is reported as too long. A line that is not UTF-8 is
//! reported as such. Either way the next line is read as usual.

use std::io::{self, BufRead, Read};

use flate2::read::MultiGzDecoder;

/// One line of input, counted from 1 (blank lines counted but not given).
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// A line, without its line end.
    Text {
        /// Its number.
        number: usize,
        /// Its text.
        text: String,
    },
    /// A line that could not be taken.
    Bad {
        /// Its number.
        number: usize,
        /// Why.
        error: String,
    },
}

/// The non-blank lines of `input`, each at most `max` bytes.
pub struct Lines<R> {
    input: R,
    max: u64,
    number: usize,
    done: bool,
}

impl<R: BufRead> Lines<R> {
    /// Lines of `input` of at most `max` bytes (without the line end).
    pub fn new(input: R, max: u64) -> Lines<R> {
        Lines {
            input,
            max,
            number: 0,
            done: false,
        }
    }
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        while !self.done {
            let mut line = Vec::new();
            // (`max` bytes, their `\r\n`, and one more to tell a longer line.)
            let read = (&mut self.input)
                .take(self.max.saturating_add(3))
                .read_until(b'\n', &mut line);
            let number = self.number + 1;
            match read {
                Ok(0) => self.done = true,
                Ok(_) => {
                    self.number = number;
                    let ended = line.last() == Some(&b'\n');
                    if ended {
                        line.pop();
                    }
                    if line.last() == Some(&b'\r') {
                        line.pop();
                    }
                    if line.len() as u64 > self.max {
                        if !ended {
                            if let Err(e) = skip_line(&mut self.input) {
                                self.done = true;
                                return Some(Line::Bad {
                                    number,
                                    error: format!("unreadable input line: {e}"),
                                });
                            }
                        }
                        return Some(Line::Bad {
                            number,
                            error: format!(
                                "a line longer than {} bytes (--max-bytes), skipped",
                                self.max
                            ),
                        });
                    }
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(match String::from_utf8(line) {
                        Ok(text) => Line::Text { number, text },
                        Err(_) => Line::Bad {
                            number,
                            error: "a line that is not UTF-8".into(),
                        },
                    });
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    // (The input itself failed: nothing more can be read of it.)
                    self.done = true;
                    return Some(Line::Bad {
                        number,
                        error: format!("unreadable input line: {e}"),
                    });
                }
            }
        }
        None
    }
}

/// Reads past the end of the current line, a buffer at a time.
fn skip_line(input: &mut impl BufRead) -> io::Result<()> {
    loop {
        let buf = match input.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            return Ok(());
        }
        match buf.iter().position(|&b| b == b'\n') {
            Some(i) => {
                input.consume(i + 1);
                return Ok(());
            }
            None => {
                let n = buf.len();
                input.consume(n);
            }
        }
    }
}

/// `reader`, ungzipped when its first bytes say gzip.
pub fn maybe_gzip<'a>(reader: impl Read + Send + 'a) -> io::Result<Box<dyn BufRead + Send + 'a>> {
    let mut reader = io::BufReader::new(reader);
    let gzip = reader.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    Ok(if gzip {
        Box::new(io::BufReader::new(MultiGzDecoder::new(reader)))
    } else {
        Box::new(reader)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], max: u64) -> Vec<Line> {
        Lines::new(io::Cursor::new(input.to_vec()), max).collect()
    }

    fn text(number: usize, text: &str) -> Line {
        Line::Text {
            number,
            text: text.into(),
        }
    }

    #[test]
    fn long_lines_are_skipped_and_the_next_ones_read() {
        let input = format!("{{\"id\":1}}\n{}\n\n{{\"id\":2}}", "x".repeat(100));
        let got = lines(input.as_bytes(), 50);
        assert_eq!(got.len(), 3);
        assert_eq!(got[0], text(1, "{\"id\":1}"));
        assert!(
            matches!(&got[1], Line::Bad { number: 2, error } if error.contains("longer than 50 bytes"))
        );
        // (The blank line 3 is counted, not given.)
        assert_eq!(got[2], text(4, "{\"id\":2}"));
    }

    #[test]
    fn a_line_of_the_bound_is_read_whatever_its_line_end() {
        let ten = "y".repeat(10);
        for end in ["\n", "\r\n"] {
            let got = lines(format!("{ten}{end}next{end}{ten}").as_bytes(), 10);
            assert_eq!(got, [text(1, &ten), text(2, "next"), text(3, &ten)]);
        }
        // One byte more is too long, the last line too.
        let got = lines(format!("{ten}z\n{ten}z").as_bytes(), 10);
        assert!(matches!(
            got[..],
            [Line::Bad { number: 1, .. }, Line::Bad { number: 2, .. }]
        ));
    }

    #[test]
    fn a_line_that_is_not_utf8_is_reported_and_the_next_read() {
        let got = lines(b"a\n\xff\xfe\nb\n", 100);
        assert_eq!(got[0], text(1, "a"));
        assert!(matches!(&got[1], Line::Bad { number: 2, error } if error.contains("UTF-8")));
        assert_eq!(got[2], text(3, "b"));
    }

    #[test]
    fn a_200_mb_line_is_skipped_as_it_streams_by() {
        /// A reader of `n` bytes of `x` (then a newline and `tail`) that fails if read past a bound.
        struct Huge {
            left: u64,
            tail: &'static [u8],
        }
        impl Read for Huge {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                if self.left == 0 {
                    let n = self.tail.len().min(buf.len());
                    buf[..n].copy_from_slice(&self.tail[..n]);
                    self.tail = &self.tail[n..];
                    return Ok(n);
                }
                let n = (buf.len() as u64).min(self.left) as usize;
                buf[..n].fill(b'x');
                self.left -= n as u64;
                Ok(n)
            }
        }
        let reader = io::BufReader::new(Huge {
            left: 200 * 1024 * 1024,
            tail: b"\n{\"ok\":1}\n",
        });
        let got: Vec<Line> = Lines::new(reader, 1024).collect();
        assert!(matches!(got[0], Line::Bad { number: 1, .. }));
        assert_eq!(got[1], text(2, "{\"ok\":1}"));
    }

    #[test]
    fn gzip_is_recognised_by_its_bytes() {
        use flate2::{Compression, write::GzEncoder};
        let mut gz = GzEncoder::new(Vec::new(), Compression::default());
        io::Write::write_all(&mut gz, b"one\ntwo\n").unwrap();
        let packed = gz.finish().unwrap();
        let got: Vec<Line> = Lines::new(maybe_gzip(&packed[..]).unwrap(), 100).collect();
        assert_eq!(got, [text(1, "one"), text(2, "two")]);
    }
}
