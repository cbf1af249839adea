//! What each subcommand does, one file each (`build.rs`, `watch.rs`, `timeline.rs`, `eval.rs`,
//! [`explain`], `templates.rs`, `bench.rs`); `pipeline.rs` runs the stages in order and
//! `outputs.rs` makes a brief's files from the output table. This is the only module that writes
//! files; [`publish`] writes a build into its output folder.

mod bench;
mod build;
pub mod cache;
mod error;
mod eval;
pub mod explain;
mod history;
mod outputs;
mod pdf;
mod pipeline;
mod publish;
mod templates;
mod timeline;
mod watch;
mod watchdog;

use std::io::{IsTerminal, Write};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub use cache::ExtractionCache;
pub use error::{AppError, Outcome};
pub use history::History;
pub use outputs::{Outputs, HUGO_BUNDLE_PAGE};
pub use pipeline::{build_outputs, make_timeline, prepare, produce, Prepared};
pub use publish::{
    check_separate, edited_outputs, publish, remove_stale_temps, replace_file, BuildLock, Previous,
    LOCK_FILE,
};
pub use watchdog::Overrun;

use crate::cli::{Cli, Command};

/// The document date when `SOURCE_DATE_EPOCH` is not set: fixed, so builds are reproducible.
pub const DEFAULT_EPOCH: i64 = 946_684_800; // 2000-01-01T00:00:00Z

/// Runs a parsed command line; `out` receives what the command prints.
pub fn run(cli: Cli, out: &mut dyn Write) -> Result<Outcome, AppError> {
    let ui = Ui { quiet: cli.quiet };
    match cli.command {
        Command::Build(opts) => build::build(&opts, &ui, out),
        Command::Watch(opts) => watch::watch(&opts, &ui, out),
        Command::Timeline(args) => timeline::print_timeline(&args, out),
        Command::Eval(args) => eval::run_eval(&args, &ui, out),
        Command::Explain(args) => explain::explain(&args, out),
        Command::Templates(cmd) => templates::templates(&cmd, out),
        Command::BenchCorpus {
            articles,
            out: dir,
            from,
            seed,
        } => bench::bench_corpus(articles, &dir, &from, seed, &ui, out),
    }
}

/// How much the run says.
struct Ui {
    quiet: bool,
}

impl Ui {
    fn say(&self, out: &mut dyn Write, line: &str) {
        if !self.quiet {
            let _ = writeln!(out, "{line}");
        }
    }

    /// A spinner on a terminal for the stages of a long run; nothing otherwise.
    fn progress(&self) -> ProgressBar {
        if self.quiet || !std::io::stderr().is_terminal() {
            return ProgressBar::hidden();
        }
        let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        pb.set_style(
            ProgressStyle::with_template("{spinner} {msg} ({elapsed})").expect("a valid template"),
        );
        pb.enable_steady_tick(Duration::from_millis(120));
        pb
    }
}

/// `n` and its noun, in the singular for one.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
