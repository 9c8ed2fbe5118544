//! WhoSaid: who said what, and where it came from.
//!
//! The [`core`] finds quotations, their speakers and cues, and the source links
//! of a news article's text. It is pure Rust: the browser extension calls it
//! through a thin WebAssembly binding (`src/wasm/`, built for `wasm32` only),
//! and the `whosaid` command line calls it natively, reading saved pages with
//! [`html`] (the twin of the extension's collector).
//!
//! ```
//! use whosaid::core::{analyze, page::Page, report::{build, collapse}, offsets::Unit};
//! let page = Page::from_text("“We will rebuild the bridge,” said Jane Doe, the mayor.");
//! let analysis = analyze(&page).unwrap();
//! let report = build(&page, &analysis, Unit::Utf16);
//! assert_eq!(report.quotes[0].text, "We will rebuild the bridge,");
//! assert_eq!(report.quotes[0].speaker.as_ref().unwrap().name, "Jane Doe");
//! # let _ = collapse;
//! ```
#![warn(missing_docs)]

pub mod core;

/// Saved HTML pages read into page objects, for the command line (never in the wasm).
#[cfg(not(target_arch = "wasm32"))]
pub mod html;

#[cfg(target_arch = "wasm32")]
mod wasm;
