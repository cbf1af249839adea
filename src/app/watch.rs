//! `chronobrief watch`: builds, then rebuilds whenever something the build reads changes.
//!
//! Changes are found by polling the size and modification time of every file the build reads
//! (the articles, the templates, the config and knowledge files, the user's fonts): no
//! dependency, and it works on network and container file systems where change notification
//! does not. Each rebuild is an ordinary build (same lock, same atomic publishing), run in the
//! same process, so typst's memoised layout, the parsed embedded fonts and the extraction cache
//! are reused. Ctrl-C lets the build in progress finish and then stops; a second Ctrl-C stops
//! at once, as a killed build does.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant, SystemTime};

use super::{AppError, Outcome, Ui};
use crate::cli::WatchOpts;
use crate::config::{LoadedConfig, CONFIG_FILE};

/// Set by Ctrl-C (SIGINT) or SIGTERM.
static STOP: AtomicBool = AtomicBool::new(false);

/// Makes Ctrl-C and SIGTERM ask the loop to stop instead of killing the process mid-build; a
/// second one stops at once, as a killed build does (the lock of a build cut short is stale,
/// and the next build removes it).
fn install_stop_handler() {
    // Only one handler per process: a second `watch` in the same process (a test) keeps the
    // first, which sets the same flag.
    let _ = ctrlc::set_handler(|| {
        if STOP.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    });
}

/// Size and modification time of every watched file.
type Snapshot = BTreeMap<PathBuf, (u64, Option<SystemTime>)>;

/// Runs `watch` until interrupted.
pub fn watch(opts: &WatchOpts, ui: &Ui, out: &mut dyn Write) -> Result<Outcome, AppError> {
    if opts.build.check {
        return Err(AppError::env("`watch` builds; --check has no meaning here")
            .hint("run `chronobrief build --check` to test whether out/ is up to date"));
    }
    install_stop_handler();
    let interval = Duration::from_millis(opts.poll_ms);
    let mut roots = watched_paths(opts);
    let mut seen: Option<Snapshot> = None;
    let mut force = opts.build.force;
    while !STOP.load(Ordering::SeqCst) {
        // Taken before the build, so a change made while it runs causes another one.
        let now = snapshot(&roots);
        if seen.as_ref() != Some(&now) {
            if seen.is_some() {
                ui.say(out, "change found; rebuilding");
            }
            rebuild(opts, force, ui, out);
            force = false;
            // A changed config can name other folders: then look at those from now on.
            let after = watched_paths(opts);
            seen = Some(if after == roots {
                now
            } else {
                snapshot(&after)
            });
            roots = after;
            ui.say(out, "watching for changes (Ctrl-C stops)");
            let _ = out.flush();
        }
        sleep_unless_stopped(interval);
    }
    ui.say(out, "stopped");
    Ok(Outcome::Success)
}

/// One build; its outcome is printed and watching goes on whatever it was.
fn rebuild(opts: &WatchOpts, force: bool, ui: &Ui, out: &mut dyn Write) {
    let t = Instant::now();
    let mut build_opts = opts.build.clone();
    build_opts.force = force;
    let result = super::build::build(&build_opts, ui, out);
    let ms = t.elapsed().as_millis();
    match result {
        Ok(_) => ui.say(out, &format!("build finished in {ms} ms")),
        Err(e) => {
            eprintln!("{e}");
            ui.say(
                out,
                &format!("build failed after {ms} ms; out/ is as it was"),
            );
        }
    }
    // Keep typst's memo of recent compiles (what makes the next one fast), drop older ones,
    // so a long session does not grow without bound.
    typst::comemo::evict(10);
}

/// Sleeps for `d`, waking early when a stop is asked for.
fn sleep_unless_stopped(d: Duration) {
    let step = Duration::from_millis(20);
    let end = Instant::now() + d;
    while !STOP.load(Ordering::SeqCst) && Instant::now() < end {
        std::thread::sleep(step.min(end.saturating_duration_since(Instant::now())));
    }
}

/// The files and folders a build reads: the config file (also when it does not exist yet or
/// is broken), and, as far as the config can be read, the input, templates, data and fonts.
fn watched_paths(opts: &WatchOpts) -> Vec<PathBuf> {
    let corpus = &opts.build.corpus;
    let config = corpus
        .config
        .clone()
        .unwrap_or_else(|| PathBuf::from(CONFIG_FILE));
    let mut paths = vec![config];
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
    let resolved = LoadedConfig::load(corpus.config.as_deref())
        .ok()
        .and_then(|cfg| opts.build.resolve(&cfg, epoch.as_deref()).ok());
    match resolved {
        Some(args) => {
            paths.push(args.corpus.input.clone());
            paths.extend(args.templates.clone());
            paths.extend(args.corpus.data.clone());
            paths.extend(args.fonts.iter().cloned());
        }
        // A broken config: watch what the flags name until it is fixed.
        None => {
            paths.push(corpus.input.clone().unwrap_or_else(|| "seeds".into()));
            paths.extend(opts.build.templates.clone());
            paths.extend(corpus.data.clone());
        }
    }
    paths
}

/// Size and time of every file under `roots`; hidden files and folders are left out, as the
/// build leaves them out. A missing root is simply absent.
fn snapshot(roots: &[PathBuf]) -> Snapshot {
    let mut snap = Snapshot::new();
    for r in roots {
        visit(r, &mut snap, 0);
    }
    snap
}

/// Folders deeper than this are not watched (a link loop cannot hang the loop).
const MAX_DEPTH: usize = 32;

fn visit(path: &Path, snap: &mut Snapshot, depth: usize) {
    let Ok(meta) = std::fs::metadata(path) else {
        return;
    };
    if meta.is_dir() {
        if depth >= MAX_DEPTH {
            return;
        }
        let Ok(entries) = std::fs::read_dir(path) else {
            return;
        };
        for e in entries.flatten() {
            if !e.file_name().to_string_lossy().starts_with('.') {
                visit(&e.path(), snap, depth + 1);
            }
        }
    } else {
        snap.insert(path.to_path_buf(), (meta.len(), meta.modified().ok()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_sees_edits_new_and_removed_files_but_not_hidden_ones() {
        let dir = tempfile::tempdir().unwrap();
        let roots = [dir.path().to_path_buf()];
        std::fs::create_dir(dir.path().join("2021")).unwrap();
        std::fs::write(dir.path().join("2021/a.txt"), "một").unwrap();
        let first = snapshot(&roots);
        assert_eq!(first.len(), 1);
        std::fs::write(dir.path().join(".hidden"), "x").unwrap();
        assert_eq!(snapshot(&roots), first, "hidden files are not watched");
        std::fs::write(dir.path().join("2021/a.txt"), "một hai").unwrap();
        let edited = snapshot(&roots);
        assert_ne!(edited, first, "an edit changes the size");
        std::fs::write(dir.path().join("b.txt"), "ba").unwrap();
        assert_eq!(snapshot(&roots).len(), 2, "a new file");
        std::fs::remove_file(dir.path().join("b.txt")).unwrap();
        assert_eq!(snapshot(&roots), edited, "a removed file");
    }
}
