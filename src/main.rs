//! The `chronobrief` command: parses arguments, runs [`chronobrief::app::run`], and turns the
//! outcome into an exit code (0 success, 1 content problem, 2 usage or environment error).

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = match chronobrief::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let level = match (cli.quiet, cli.verbose) {
        (true, _) => tracing::Level::ERROR,
        (false, 0) => tracing::Level::WARN,
        (false, 1) => tracing::Level::INFO,
        (false, _) => tracing::Level::DEBUG,
    };
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_max_level(level)
        .with_target(false)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .without_time()
        .try_init();
    let mut stdout = std::io::stdout();
    match chronobrief::app::run(cli, &mut stdout) {
        Ok(outcome) => ExitCode::from(outcome.code()),
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(e.outcome.code())
        }
    }
}
