//! chronobrief turns a folder of Vietnamese news articles into a chronological, source-cited
//! policy brief.
//!
//! # Stages
//! 1. [`ingest`]: read the corpus (text, saved web pages, scraper exports), normalise Unicode,
//!    index lines, mark page furniture ([`ingest::read_corpus`]).
//! 2. [`extract`]: the document date, time expressions, conferences, directives and formal
//!    documents, each with evidence ([`extract::extract_corpus`]).
//! 3. [`timeline`]: resolve years (as [`timeline::DateBasis`] data), merge one event's mentions
//!    across articles, attach directives, apply the range, order ([`timeline::build`]); then
//!    keep what the user asked the brief to be about ([`timeline::focus::apply`]).
//! 4. [`render`]: the outputs of the [`render::outputs::OUTPUTS`] table, one row per format;
//!    the brief's view model ([`render::BriefContext`]) rendered by minijinja templates to
//!    Markdown and Typst ([`render::Renderer`]), each value escaped for its format by
//!    [`render::escape`]; the timeline figure laid out by [`render::figure`] (drawn by the Typst
//!    template and written as SVG); CSV, TimelineJS, the calendar, the HTML preview and the feed
//!    by [`render::export`]; labels in the brief's language by [`render::i18n`].
//! 5. [`compile`]: Typst to PDF in-process, with embedded fonts ([`compile::compile_pdf`]).
//!
//! Each stage is a folder whose `mod.rs` holds its types and entry function; a stage imports
//! only the stages above it in this list and the small shared modules ([`knowledge`],
//! [`text`], [`digest`], [`manifest`]). [`app`] runs them, one file per subcommand, and is the
//! only place that writes files; its `publish` module writes a build into the output folder
//! without touching any file it did not write. [`cli`] is the command line and [`config`] the
//! config file, both turned into the settings the stages run on.

pub mod app;
pub mod cli;
pub mod compile;
pub mod config;
pub mod digest;
pub mod eval;
pub mod extract;
pub mod ingest;
pub mod knowledge;
pub mod manifest;
pub mod render;
pub mod synth;
pub mod text;
pub mod timeline;
