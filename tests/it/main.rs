//! Integration tests: one binary, one module per concern.

mod accuracy;
mod brief;
mod budget;
mod changes;
mod common;
mod determinism;
mod escaping;
mod explain;
mod extraction;
mod focus;
mod folders;
mod fonts;
mod formats;
mod hostile;
mod incremental;
mod input;
mod metamorphic;
mod pdf;
mod phenomena;
mod process;
mod readers;
mod scheduled;
mod seeds;
