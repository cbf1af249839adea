//! Integration tests: one binary, one module per concern.

mod common;
mod determinism;
mod extraction;
mod pdf;
mod process;
mod seeds;
