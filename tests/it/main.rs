//! Integration tests: one binary, one module per concern.

mod brief;
mod common;
mod determinism;
mod escaping;
mod extraction;
mod folders;
mod fonts;
mod hostile;
mod input;
mod pdf;
mod process;
mod scheduled;
mod seeds;
