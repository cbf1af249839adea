//! `chronobrief bench-corpus`: a deterministic corpus for the benchmarks.

use std::io::Write;
use std::path::Path;

use super::{AppError, Outcome, Ui};

/// Writes `articles` articles recombined from those of `from` into the new or empty `dir`.
pub(super) fn bench_corpus(
    articles: u64,
    dir: &Path,
    from: &Path,
    seed: u64,
    ui: &Ui,
    out: &mut dyn Write,
) -> Result<Outcome, AppError> {
    let non_empty = std::fs::read_dir(dir).is_ok_and(|mut d| d.next().is_some());
    if non_empty {
        return Err(AppError::env(format!(
            "{} is not empty; bench-corpus writes into a new or empty folder",
            dir.display()
        ))
        .hint("choose a new folder with --out, so no file of yours is overwritten"));
    }
    let source = crate::synth::Source::read(from)
        .map_err(|e| AppError::env(format!("cannot read {}: {e}", from.display())))?;
    source
        .write(dir, articles, seed)
        .map_err(|e| AppError::env(format!("cannot write {}: {e}", dir.display())))?;
    ui.say(
        out,
        &format!("wrote {articles} articles to {}", dir.display()),
    );
    Ok(Outcome::Success)
}
