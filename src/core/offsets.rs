//! The one place where offsets change units.
//!
//! The core works in UTF-8 bytes. JavaScript strings and DOM ranges count
//! UTF-16 code units; Python strings (the eval format) count code points.
//! [`OffsetMap`] is built once per text and converts in both directions
//! without rescanning the text for every span.

use serde::Serialize;

/// A unit in which offsets are reported outside the core.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Unit {
    /// UTF-8 bytes (the core's own unit).
    #[serde(rename = "utf-8")]
    Utf8,
    /// UTF-16 code units: JavaScript `String` indices, DOM `Range` offsets.
    #[serde(rename = "utf-16")]
    Utf16,
    /// Unicode scalar values: Python `str` indices.
    #[serde(rename = "code-point")]
    CodePoint,
}

/// Bytes between two checkpoints; each conversion scans at most this many.
const STRIDE: usize = 64;

#[derive(Clone, Copy, Debug)]
struct Checkpoint {
    byte: usize,
    utf16: usize,
    chars: usize,
}

/// Converts offsets of one text between UTF-8 bytes, UTF-16 code units and
/// code points.
///
/// Memory is one checkpoint per 64 bytes; each conversion is a binary search
/// plus a scan of at most 64 bytes. ASCII texts need no table at all.
///
/// ```
/// use whosaid::core::offsets::OffsetMap;
/// let text = "😀 “é”";
/// let map = OffsetMap::new(text);
/// let byte = text.find('é').unwrap(); // 8: the emoji is 4 bytes, the space 1, “ is 3
/// assert_eq!(map.utf16(byte), 4); // the emoji is 2 units, the space and “ one each
/// assert_eq!(map.chars(byte), 3);
/// assert_eq!(map.byte_from_utf16(4), byte);
/// ```
#[derive(Clone, Debug)]
pub struct OffsetMap<'t> {
    text: &'t str,
    ascii: bool,
    checkpoints: Vec<Checkpoint>,
}

impl<'t> OffsetMap<'t> {
    /// Builds the table for `text`.
    pub fn new(text: &'t str) -> OffsetMap<'t> {
        if text.is_ascii() {
            return OffsetMap {
                text,
                ascii: true,
                checkpoints: Vec::new(),
            };
        }
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let (mut utf16, mut chars, mut next) = (0, 0, 0);
        // (Byte by byte, not char by char: each character's first byte tells its
        // UTF-16 width, and decoding the characters took most of the time.)
        for (byte, &b) in text.as_bytes().iter().enumerate() {
            if is_continuation(b) {
                continue;
            }
            if byte >= next {
                checkpoints.push(Checkpoint { byte, utf16, chars });
                next = byte + STRIDE;
            }
            utf16 += utf16_width(b);
            chars += 1;
        }
        checkpoints.push(Checkpoint {
            byte: text.len(),
            utf16,
            chars,
        });
        OffsetMap {
            text,
            ascii: false,
            checkpoints,
        }
    }

    /// Length of the text in `unit`.
    pub fn len_in(&self, unit: Unit) -> usize {
        self.convert(self.text.len(), unit)
    }

    /// A byte offset in `unit`. A byte inside a character counts from that character's start.
    pub fn convert(&self, byte: usize, unit: Unit) -> usize {
        match unit {
            Unit::Utf8 => byte.min(self.text.len()),
            Unit::Utf16 => self.utf16(byte),
            Unit::CodePoint => self.chars(byte),
        }
    }

    /// UTF-16 code units before byte offset `byte`.
    pub fn utf16(&self, byte: usize) -> usize {
        self.forward(byte, utf16_width, |cp| cp.utf16)
    }

    /// Code points before byte offset `byte`.
    pub fn chars(&self, byte: usize) -> usize {
        self.forward(byte, |_| 1, |cp| cp.chars)
    }

    /// The byte offset of UTF-16 offset `unit`. Past the end gives the text's
    /// length; an offset inside a surrogate pair gives the pair's start.
    pub fn byte_from_utf16(&self, unit: usize) -> usize {
        self.backward(unit, |c| c.len_utf16(), |cp| cp.utf16)
    }

    /// The byte offset of code point offset `index` (clamped to the text).
    pub fn byte_from_char(&self, index: usize) -> usize {
        self.backward(index, |_| 1, |cp| cp.chars)
    }

    /// `width(first byte)` summed over the characters that end at or before `byte`.
    fn forward(
        &self,
        byte: usize,
        width: impl Fn(u8) -> usize,
        key: impl Fn(&Checkpoint) -> usize,
    ) -> usize {
        let mut byte = byte.min(self.text.len());
        if self.ascii {
            return byte;
        }
        // (A byte inside a character: that character is not before it.)
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let i = self.checkpoints.partition_point(|cp| cp.byte <= byte) - 1;
        let cp = self.checkpoints[i];
        let between = &self.text.as_bytes()[cp.byte..byte];
        key(&cp)
            + between
                .iter()
                .filter(|&&b| !is_continuation(b))
                .map(|&b| width(b))
                .sum::<usize>()
    }

    fn backward(
        &self,
        target: usize,
        width: impl Fn(char) -> usize,
        key: impl Fn(&Checkpoint) -> usize,
    ) -> usize {
        if self.ascii {
            return target.min(self.text.len());
        }
        let i = self.checkpoints.partition_point(|cp| key(cp) <= target);
        let Some(cp) = i.checked_sub(1).map(|i| self.checkpoints[i]) else {
            return 0;
        };
        let mut at = key(&cp);
        for (offset, c) in self.text[cp.byte..].char_indices() {
            let next = at + width(c);
            if next > target {
                return cp.byte + offset;
            }
            at = next;
        }
        self.text.len()
    }
}

/// Whether `b` is a UTF-8 continuation byte (not the first of a character).
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// The UTF-16 units of the character whose UTF-8 form starts with byte `b`:
/// two for the four-byte forms (outside the Basic Multilingual Plane).
fn utf16_width(b: u8) -> usize {
    1 + usize::from(b >= 0xF0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every char boundary of a mixed text round-trips through both units.
    #[test]
    fn round_trips_every_boundary() {
        let text = "a😀b “é” 中文 ‏عربي‏ soft\u{AD}hyphen 🇫🇷 end ".repeat(9);
        let map = OffsetMap::new(&text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let u = map.utf16(byte);
            assert_eq!(u, text[..byte].encode_utf16().count());
            assert_eq!(map.byte_from_utf16(u), byte);
            let c = map.chars(byte);
            assert_eq!(c, text[..byte].chars().count());
            assert_eq!(map.byte_from_char(c), byte);
        }
        assert_eq!(map.len_in(Unit::Utf16), text.encode_utf16().count());
    }

    /// Every byte offset, inside characters too, against a count of the characters that end before it.
    #[test]
    fn every_byte_counts_the_characters_that_end_before_it() {
        let text = "a😀b “é” 中文 ‏عربي‏ 🇫🇷 end ".repeat(7);
        let map = OffsetMap::new(&text);
        for byte in 0..=text.len() + 2 {
            let before = text
                .char_indices()
                .filter(|&(i, c)| i + c.len_utf8() <= byte);
            let (units, chars) = before.fold((0, 0), |(u, n), (_, c)| (u + c.len_utf16(), n + 1));
            assert_eq!(map.utf16(byte), units, "{byte}");
            assert_eq!(map.chars(byte), chars, "{byte}");
        }
    }

    #[test]
    fn inside_a_surrogate_pair_rounds_down() {
        let text = "x😀y";
        let map = OffsetMap::new(text);
        assert_eq!(map.byte_from_utf16(2), 1); // between the two halves of 😀
        assert_eq!(map.byte_from_utf16(3), 5);
    }

    #[test]
    fn out_of_range_is_clamped() {
        for text in ["ascii", "ünïcode"] {
            let map = OffsetMap::new(text);
            assert_eq!(map.byte_from_utf16(999), text.len());
            assert_eq!(map.utf16(999), map.len_in(Unit::Utf16));
        }
    }

    #[test]
    fn byte_inside_a_char_counts_from_its_start() {
        let text = "é!";
        let map = OffsetMap::new(text);
        assert_eq!(map.utf16(1), 0);
        assert_eq!(map.utf16(2), 1);
    }

    #[test]
    fn empty_text() {
        let map = OffsetMap::new("");
        assert_eq!(map.utf16(0), 0);
        assert_eq!(map.byte_from_utf16(5), 0);
    }
}
