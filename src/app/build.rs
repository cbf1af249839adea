//! `chronobrief build`: the pipeline, then the output folder published as one piece.

use std::io::Write;
use std::path::Path;

use super::error::config_error;
use super::pipeline::{order, prepare_with};
use super::publish::{
    check_separate, edited_outputs, publish, remove_stale_temps, BuildLock, Previous,
};
use super::watchdog::Overrun;
use super::{count, history, produce, AppError, History, Outcome, Outputs, Prepared, Ui};
use crate::cli::BuildOpts;
use crate::config::{BuildArgs, LoadedConfig};
use crate::digest::sha256_hex;
use crate::ingest::Corpus;
use crate::manifest::{Inputs, Manifest, SkippedEntry, MANIFEST, SOURCES};
use crate::timeline::{self, Timeline};

/// The folders a build reads, which its output folder must stay apart from.
pub(super) fn read_folders(args: &BuildArgs) -> Vec<(&'static str, &Path)> {
    let mut v: Vec<(&'static str, &Path)> = vec![("input", &args.corpus.input)];
    if let Some(t) = &args.templates {
        v.push(("templates", t));
    }
    if let Some(d) = &args.corpus.data {
        v.push(("data", d));
    }
    v
}

pub(super) fn build(opts: &BuildOpts, ui: &Ui, out: &mut dyn Write) -> Result<Outcome, AppError> {
    let cfg = LoadedConfig::load(opts.corpus.config.as_deref()).map_err(config_error)?;
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
    let args = opts.resolve(&cfg, epoch.as_deref()).map_err(config_error)?;
    check_separate(&args.out, &read_folders(&args))?;
    let lock = match opts.check {
        true => None,
        false => Some(BuildLock::acquire(&args.out, opts.wait.unwrap_or(0))?),
    };
    let previous = Previous::read(&args.out)?;
    let history = History::read(&args.out, &previous, &args);
    let progress = ui.progress();
    progress.set_message("reading");
    let mut prepared = prepare_with(&args, opts.check)?;
    for s in &prepared.corpus.skipped {
        if !ui.quiet {
            eprintln!("warning: skipped {}", s.error);
        }
    }
    for w in prepared.warnings.iter().filter(|_| !ui.quiet) {
        eprintln!("{w}");
    }
    let inputs = manifest_inputs(&args, &prepared, &cfg);
    // Whether out/ is up to date (which reads and hashes every output): a forced build does
    // not ask.
    let current = !opts.force
        && previous
            .manifest
            .as_ref()
            .is_some_and(|m| m.is_current(&inputs, &args.out));
    remove_stale_temps(&args.out);
    if opts.check {
        progress.finish_and_clear();
        return Ok(check(
            &args,
            &mut prepared,
            current,
            (&previous, &history),
            ui,
            out,
        ));
    }
    let shown = args.out.display();
    if current {
        progress.finish_and_clear();
        ui.say(
            out,
            &format!("{shown} is up to date; nothing to do (--force rebuilds)"),
        );
        return Ok(Outcome::Success);
    }
    let stop = overrun_handler(&args, lock.as_ref());
    for w in history.warnings.iter().filter(|_| !ui.quiet) {
        eprintln!("{w}");
    }
    let outputs = produce(&args, &mut prepared, &history, &progress, Some(stop))?;
    check_found_events(
        &outputs.timeline,
        &prepared.corpus,
        args.corpus.strict,
        ui.quiet,
    )?;
    for w in &outputs.warnings {
        if !ui.quiet {
            eprintln!("{w}");
        }
    }
    progress.set_message("publishing");
    publish_outputs(
        &args, &prepared, inputs, &outputs, &previous, opts.force, ui,
    )?;
    progress.finish_and_clear();
    ui.say(out, &summary(&args.out, &prepared.corpus, &outputs));
    Ok(Outcome::Success)
}

/// What the outputs depend on, for the manifest.
pub(super) fn manifest_inputs(args: &BuildArgs, p: &Prepared, cfg: &LoadedConfig) -> Inputs {
    let settings = serde_json::json!({
        "from": args.corpus.from, "to": args.corpus.to, "max_article_bytes": args.corpus.max_article_bytes,
        "strict": args.corpus.strict, "title": args.title, "lang": args.lang, "pdf_standard": args.pdf_standard,
        "front_matter": args.front_matter, "formats": args.formats, "max_per_year": args.max_per_year, "pages": args.pages,
        "build_time": args.build_time.map(|t| t.timestamp()),
        "csv_bom": args.csv_bom, "focus": args.corpus.focus, "briefs": args.briefs,
    });
    Inputs {
        articles: p.corpus.digests.iter().cloned().collect(),
        templates: p.renderer.digests().clone(),
        data: [(
            crate::knowledge::KNOWLEDGE_FILE.to_string(),
            p.knowledge.digest.clone(),
        )]
        .into(),
        config: cfg.bytes.as_ref().map(|b| sha256_hex(b)),
        settings: sha256_hex(settings.to_string().as_bytes()),
        fonts: p.fonts.digests.clone(),
    }
}

/// `build --check`: says whether the output folder is `current`, which outputs were edited
/// since chronobrief wrote them, and what a build would change (exit code 1 when it would).
fn check(
    args: &BuildArgs,
    prepared: &mut Prepared,
    current: bool,
    (previous, history): (&Previous, &History),
    ui: &Ui,
    out: &mut dyn Write,
) -> Outcome {
    let shown = args.out.display();
    for e in edited_outputs(&args.out, previous) {
        ui.say(
            out,
            &format!(
                "{} was edited since chronobrief wrote it: a build stops there (--force replaces it)",
                e.display()
            ),
        );
    }
    if current {
        ui.say(out, &format!("{shown} is up to date"));
        return Outcome::Success;
    }
    ui.say(
        out,
        &format!("{shown} is out of date: a build would change it"),
    );
    if !ui.quiet {
        check_changes(args, prepared, history, out);
    }
    Outcome::Failure
}

/// Writes the outputs into the output folder with their manifest (the articles skipped named
/// in it), keeping an output of an earlier build that was edited since (said as a warning).
fn publish_outputs(
    args: &BuildArgs,
    prepared: &Prepared,
    inputs: Inputs,
    outputs: &Outputs,
    previous: &Previous,
    force: bool,
    ui: &Ui,
) -> Result<(), AppError> {
    let skipped: Vec<SkippedEntry> = prepared
        .corpus
        .skipped
        .iter()
        .map(|s| SkippedEntry {
            file: s.file.clone(),
            reason: s.error.to_string(),
        })
        .collect();
    let manifest = Manifest::new(inputs, skipped, &outputs.files);
    let kept = publish(
        &args.out,
        previous,
        &outputs.files,
        manifest.to_json().as_bytes(),
        force,
    )?;
    for k in kept.iter().filter(|_| !ui.quiet) {
        eprintln!(
            "warning: kept {}: an earlier build wrote it and this one does not, but it was edited since",
            k.display()
        );
    }
    Ok(())
}

/// What a `--check` build says of the events a build would publish: for the main brief and
/// each named one, what is new, changed and removed since the previous build.
pub(super) fn check_changes(
    args: &BuildArgs,
    p: &mut Prepared,
    history: &History,
    out: &mut dyn Write,
) {
    let mentions = std::mem::take(&mut p.mentions);
    let all = order(&args.corpus, &mentions, &p.knowledge);
    drop(mentions);
    let k = &p.knowledge;
    for (folder, focus) in args.brief_folders() {
        let tl = timeline::focus::apply(all.clone(), focus, k);
        let changes = timeline::changes::compare(history.of(folder).timeline.as_deref(), &tl);
        let name = match folder {
            "" => "the brief".to_string(),
            f => format!("the brief {f}/"),
        };
        history::report(&changes, &name, out);
    }
}

/// What a build does when its templates pass a limit: the stages cannot be stopped, so the
/// process ends with exit code 1, its lock removed and the output folder as it was.
pub(super) fn overrun_handler(
    args: &BuildArgs,
    lock: Option<&BuildLock>,
) -> Box<dyn FnOnce(Overrun) + Send> {
    let templates = match &args.templates {
        Some(d) => format!(
            "the templates of {} (brief.typ.j2, brief.md.j2)",
            d.display()
        ),
        None => "the embedded templates".to_string(),
    };
    let release = lock.map(BuildLock::release_on_exit);
    Box::new(move |overrun| {
        if let Some(release) = release {
            release();
        }
        let e = AppError::content(format!(
            "rendering and compiling the brief {overrun}; stopped, nothing was written"
        ))
        .hint(format!(
            "a template that builds very long text or many pages is the usual cause: check {templates}; raise the limits with --template-timeout and --template-memory (0: none)"
        ));
        eprintln!("{e}");
        std::process::exit(Outcome::Failure.code().into());
    })
}

/// A brief without a single event is almost always the wrong folder or range: said as a
/// warning, or as an error (exit 1, nothing written) with `--strict`.
pub(super) fn check_found_events(
    tl: &Timeline,
    c: &Corpus,
    strict: bool,
    quiet: bool,
) -> Result<(), AppError> {
    if !tl.events.is_empty() || !tl.undated.is_empty() {
        return Ok(());
    }
    let message = format!(
        "no conferences or directives found in {} between {} and {}",
        count(c.articles.len(), "article", "articles"),
        tl.range.from,
        tl.range.to
    );
    let hint = "check --input and the range (--from, --to); `chronobrief timeline` lists what is found without writing";
    match strict {
        true => Err(AppError::content(message).hint(hint)),
        false => {
            if !quiet {
                eprintln!("warning: {message}; the brief says so and lists nothing\nhint: {hint}");
            }
            Ok(())
        }
    }
}

/// The line a successful build prints.
pub(super) fn summary(dir: &Path, c: &Corpus, outputs: &Outputs) -> String {
    let tl = &outputs.timeline;
    let skipped = if c.skipped.is_empty() {
        String::new()
    } else {
        format!(", {} skipped", c.skipped.len())
    };
    // The texts under `sources/` are counted, not listed: an export may hold thousands.
    let sources = outputs
        .files
        .iter()
        .filter(|(n, _)| n.starts_with(SOURCES))
        .count();
    // A named brief's files are counted under its folder.
    let mut folders: std::collections::BTreeMap<&str, usize> = Default::default();
    let mut names: Vec<String> = Vec::new();
    for (n, _) in outputs
        .files
        .iter()
        .filter(|(n, _)| !n.starts_with(SOURCES))
    {
        match n.split_once('/') {
            Some((folder, _)) => *folders.entry(folder).or_default() += 1,
            None => names.push(n.clone()),
        }
    }
    names.push(MANIFEST.to_string());
    names.extend(
        folders
            .iter()
            .map(|(f, n)| format!("{f}/ ({})", count(*n, "file", "files"))),
    );
    if sources > 0 {
        names.push(format!("{SOURCES} ({sources} texts)"));
    }
    let ch = &outputs.changes;
    let since = match ch.compared {
        true => format!(
            "; {} new, {} changed, {} removed since the previous build",
            ch.new.len(),
            ch.changed.len(),
            ch.removed.len()
        ),
        false => String::new(),
    };
    format!(
        "wrote {} from {}{skipped} ({}, {} undated{since}): {}",
        dir.display(),
        count(c.articles.len(), "article", "articles"),
        count(tl.events.len(), "event", "events"),
        tl.undated.len(),
        names.join(", ")
    )
}
