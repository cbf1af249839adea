//! Integration tests: one binary, one module per concern.

mod brief;
mod common;
mod determinism;
mod escaping;
mod extraction;
mod hostile;
mod pdf;
mod process;
mod readers;
mod scheduled;
mod seeds;
