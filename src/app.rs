//! One function per subcommand. This is the only module that writes files.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{IsTerminal, Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::DateTime;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use tracing::{debug, info};

use crate::cli::{
    BuildOpts, Cli, Command, EvalArgs, Format, PdfStandardArg, TemplatesCommand, TimelineArgs,
};
use crate::compile::{compile_pdf, CompileError, CompileOptions, PdfStandard};
use crate::config::{
    resolve_build, resolve_corpus, BuildArgs, ConfigError, CorpusArgs, LoadedConfig,
};
use crate::ingest::{read_corpus_with, Corpus, IngestError, Limits};
use crate::knowledge::Knowledge;
use crate::manifest::{sha256_hex, Inputs, Manifest, SkippedEntry, MANIFEST};
use crate::render::{BriefContext, BriefOptions, Renderer, Trace, TEMPLATES};
use crate::timeline::{self, DateRange, Timeline};
use crate::{eval, export, extract};

/// The document date when `SOURCE_DATE_EPOCH` is not set: fixed, so builds are reproducible.
pub const DEFAULT_EPOCH: i64 = 946_684_800; // 2000-01-01T00:00:00Z

/// How a run ended, as the process exit code says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// 0: done.
    Success,
    /// 1: a content problem (an article, a template, the knowledge file, typst, a score below
    /// its threshold).
    Failure,
    /// 2: a usage or environment problem.
    Error,
}

impl Outcome {
    pub fn code(self) -> u8 {
        match self {
            Outcome::Success => 0,
            Outcome::Failure => 1,
            Outcome::Error => 2,
        }
    }
}

/// An error with the exit code it deserves and an optional hint.
#[derive(Debug)]
pub struct AppError {
    pub outcome: Outcome,
    pub message: String,
    pub hint: Option<String>,
}

impl AppError {
    fn content(message: impl Into<String>) -> Self {
        AppError {
            outcome: Outcome::Failure,
            message: message.into(),
            hint: None,
        }
    }
    fn env(message: impl Into<String>) -> Self {
        AppError {
            outcome: Outcome::Error,
            message: message.into(),
            hint: None,
        }
    }
    fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let msg = self
            .message
            .strip_prefix("error: ")
            .unwrap_or(&self.message);
        write!(f, "error: {msg}")?;
        if let Some(h) = &self.hint {
            write!(f, "\nhint: {h}")?;
        }
        Ok(())
    }
}

/// Runs a parsed command line; `out` receives what the command prints.
pub fn run(cli: Cli, out: &mut dyn Write) -> Result<Outcome, AppError> {
    let ui = Ui { quiet: cli.quiet };
    match cli.command {
        Command::Build(opts) => build(&opts, &ui, out),
        Command::Timeline(args) => print_timeline(&args, out),
        Command::Eval(args) => run_eval(&args, &ui, out),
        Command::Templates(cmd) => templates(&cmd, out),
        Command::BenchCorpus {
            articles,
            out: dir,
            from,
            seed,
        } => {
            let source = crate::synth::Source::read(&from)
                .map_err(|e| AppError::env(format!("cannot read {}: {e}", from.display())))?;
            source
                .write(&dir, articles, seed)
                .map_err(|e| AppError::env(format!("cannot write {}: {e}", dir.display())))?;
            ui.say(
                out,
                &format!("wrote {articles} articles to {}", dir.display()),
            );
            Ok(Outcome::Success)
        }
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

fn config_error(e: ConfigError) -> AppError {
    match e {
        ConfigError::Invalid { .. } => AppError::content(e.to_string()),
        _ => AppError::env(e.to_string()),
    }
}

fn knowledge(args: &CorpusArgs) -> Result<Knowledge, AppError> {
    match &args.data {
        Some(dir) => Knowledge::load_dir(dir).map_err(|e| AppError::content(e.to_string())),
        None => Ok(Knowledge::embedded()),
    }
}

fn ingest_error(e: IngestError) -> AppError {
    match e {
        IngestError::Folder { .. } => {
            AppError::env(e.to_string()).hint("pass the folder of articles with --input DIR")
        }
        IngestError::NoneReadable { .. } => AppError::content(e.to_string())
            .hint("every article was skipped; see the warnings above"),
        _ => AppError::content(e.to_string())
            .hint("fix or remove the article, or build without --strict to skip it"),
    }
}

/// Reads every article and extracts from it as soon as it is read, in parallel; the articles'
/// lines are not kept, so memory does not grow with the archive.
fn ingest_and_extract(
    args: &CorpusArgs,
    k: &Knowledge,
) -> Result<(Corpus, Vec<extract::Mentions>), AppError> {
    let t = Instant::now();
    let limits = Limits {
        max_article_bytes: args.max_article_bytes,
        strict: args.strict,
    };
    let (corpus, mut mentions) = read_corpus_with(
        &args.input,
        k,
        limits,
        |a| extract::extract_article(0, a, k),
        false,
    )
    .map_err(ingest_error)?;
    for (i, m) in mentions.iter_mut().enumerate() {
        m.set_article(i);
    }
    let n: usize = mentions
        .iter()
        .map(|m| m.conferences.len() + m.directives.len())
        .sum();
    info!(
        articles = corpus.articles.len(),
        skipped = corpus.skipped.len(),
        mentions = n,
        ms = t.elapsed().as_millis() as u64,
        "ingest and extract"
    );
    Ok((corpus, mentions))
}

fn order(args: &CorpusArgs, mentions: &[extract::Mentions], k: &Knowledge) -> Timeline {
    let t = Instant::now();
    let tl = timeline::build(
        mentions,
        k,
        DateRange {
            from: args.from,
            to: args.to,
        },
    );
    info!(
        events = tl.events.len(),
        undated = tl.undated.len(),
        ms = t.elapsed().as_millis() as u64,
        "timeline"
    );
    tl
}

/// Ingest, extract and order: everything up to the timeline.
pub fn make_timeline(args: &CorpusArgs) -> Result<(Corpus, Timeline), AppError> {
    if args.from > args.to {
        return Err(AppError::env(format!(
            "--from {} is after --to {}",
            args.from, args.to
        )));
    }
    let k = knowledge(args)?;
    let (corpus, mentions) = ingest_and_extract(args, &k)?;
    let tl = order(args, &mentions, &k);
    Ok((corpus, tl))
}

/// The JSON of `out/timeline.json`.
pub fn timeline_json(tl: &Timeline) -> String {
    let mut s = serde_json::to_string_pretty(tl).expect("a timeline serialises");
    s.push('\n');
    s
}

/// The outputs of a build, in memory, before anything is written.
pub struct Outputs {
    /// Path relative to the output folder → bytes, in path order: the brief's formats, and the
    /// plain text of every web page and scraper record under `sources/`.
    pub files: Vec<(String, Vec<u8>)>,
    pub timeline: Timeline,
}

/// Everything a build reads, read once (and what was extracted while reading).
pub struct Prepared {
    pub corpus: Corpus,
    pub mentions: Vec<extract::Mentions>,
    pub knowledge: Knowledge,
    pub renderer: Renderer,
}

/// Reads the knowledge file, the templates and the corpus.
pub fn prepare(args: &BuildArgs) -> Result<Prepared, AppError> {
    if let Some(d) = args.templates.as_ref().filter(|d| !d.is_dir()) {
        return Err(AppError::env(format!(
            "template folder {} does not exist",
            d.display()
        )));
    }
    let renderer =
        Renderer::new(args.templates.as_deref()).map_err(|e| AppError::content(e.to_string()))?;
    let knowledge = knowledge(&args.corpus)?;
    let (corpus, mentions) = ingest_and_extract(&args.corpus, &knowledge)?;
    Ok(Prepared {
        corpus,
        mentions,
        knowledge,
        renderer,
    })
}

/// Runs the whole pipeline in memory.
pub fn build_outputs(args: &BuildArgs) -> Result<Outputs, AppError> {
    produce(args, &prepare(args)?, &ProgressBar::hidden())
}

/// Extracts, orders, renders and compiles what [`prepare`] read.
pub fn produce(
    args: &BuildArgs,
    p: &Prepared,
    progress: &ProgressBar,
) -> Result<Outputs, AppError> {
    progress.set_message("ordering");
    let tl = order(&args.corpus, &p.mentions, &p.knowledge);
    let (now, build) = match args.build_time {
        Some(t) => (t, Some(t.date_naive())),
        None => (DateTime::from_timestamp(DEFAULT_EPOCH, 0).unwrap(), None),
    };
    let options = BriefOptions {
        title: args.title.clone(),
        max_per_year: args.max_per_year,
        lang: args.lang,
        front_matter: args.front_matter,
        build,
    };
    let wants = |f: Format| args.formats.contains(&f);
    let mut ctx = BriefContext::new(&tl, &p.corpus, &options);
    if wants(Format::Svg) {
        ctx.figure_file = Some(Format::Svg.file_name().to_string());
    }
    let mut files: Vec<(&'static str, Vec<u8>)> = Vec::new();
    let render_error = |e: crate::render::RenderError| AppError::content(e.to_string());
    progress.set_message("rendering");
    let t = Instant::now();
    if wants(Format::Json) {
        files.push((Format::Json.file_name(), timeline_json(&tl).into_bytes()));
    }
    wiki_outputs(&wants, &p.renderer, &ctx, &mut files)?;
    if wants(Format::Csv) {
        files.push((Format::Csv.file_name(), export::csv(&tl)));
    }
    if wants(Format::Timelinejs) {
        files.push((
            Format::Timelinejs.file_name(),
            export::timelinejs(&tl, &ctx.title, &ctx.labels).into_bytes(),
        ));
    }
    if wants(Format::Typ) || wants(Format::Pdf) {
        let (typ, trace) = p
            .renderer
            .render_traced("brief.typ.j2", &ctx)
            .map_err(render_error)?;
        info!(ms = t.elapsed().as_millis() as u64, "render");
        if wants(Format::Pdf) {
            progress.set_message("compiling the PDF");
            let t = Instant::now();
            let standards = match args.pdf_standard {
                PdfStandardArg::None => vec![],
                PdfStandardArg::A2b => vec![PdfStandard::A_2b],
                PdfStandardArg::A3b => vec![PdfStandard::A_3b],
            };
            let pdf = compile_pdf(
                &typ,
                &CompileOptions {
                    now,
                    deny_warnings: false,
                    standards,
                },
            )
            .map_err(|e| compile_error(e, &args.corpus.input, &p.corpus, &typ, &trace))?;
            info!(
                bytes = pdf.len(),
                ms = t.elapsed().as_millis() as u64,
                "compile"
            );
            files.push((Format::Pdf.file_name(), pdf));
        }
        if wants(Format::Typ) {
            files.push((Format::Typ.file_name(), typ.into_bytes()));
        }
    }
    let mut files: Vec<(String, Vec<u8>)> = files
        .into_iter()
        .map(|(n, b)| (n.to_string(), b))
        .chain(source_texts(&p.corpus))
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(Outputs {
        files,
        timeline: tl,
    })
}

/// The plain text every web page and scraper record was read as, at the path its citations
/// name (`sources/page.html.txt`, `sources/crawl.jsonl/line-3.txt`), so that a reader finds
/// each quote on the line cited.
fn source_texts(corpus: &Corpus) -> impl Iterator<Item = (String, Vec<u8>)> + '_ {
    corpus.articles.iter().filter_map(|a| {
        let o = a.origin.as_ref()?;
        Some((a.file.clone(), o.text.clone().into_bytes()))
    })
}

/// `brief.md`, its HTML preview and `timeline.svg`, as far as the formats ask for them. The
/// preview shows the figure's SVG in place of the Mermaid source.
fn wiki_outputs(
    wants: &dyn Fn(Format) -> bool,
    renderer: &Renderer,
    ctx: &BriefContext,
    files: &mut Vec<(&'static str, Vec<u8>)>,
) -> Result<(), AppError> {
    let svg = crate::figure::svg(&ctx.figure, ctx.labels["figure_caption"]);
    if wants(Format::Md) || wants(Format::Html) {
        let md = renderer
            .render("brief.md.j2", ctx)
            .map_err(|e| AppError::content(e.to_string()))?;
        if wants(Format::Html) {
            let figure = (!ctx.figure.markers.is_empty()).then_some(svg.as_str());
            let html = export::html(&md, &ctx.title, ctx.lang, figure);
            files.push((Format::Html.file_name(), html.into_bytes()));
        }
        if wants(Format::Md) {
            files.push((Format::Md.file_name(), md.into_bytes()));
        }
    }
    if wants(Format::Svg) {
        files.push((Format::Svg.file_name(), svg.into_bytes()));
    }
    Ok(())
}

/// What the outputs depend on, for the manifest.
fn manifest_inputs(args: &BuildArgs, p: &Prepared, cfg: &LoadedConfig) -> Inputs {
    let settings = serde_json::json!({
        "from": args.corpus.from, "to": args.corpus.to, "max_article_bytes": args.corpus.max_article_bytes,
        "strict": args.corpus.strict, "title": args.title, "lang": args.lang, "pdf_standard": args.pdf_standard,
        "front_matter": args.front_matter, "formats": args.formats, "max_per_year": args.max_per_year,
        "build_time": args.build_time.map(|t| t.timestamp()),
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
    }
}

/// Adds to a compile error where it came from: the article a missing character is in, the
/// template line that wrote the Typst a diagnostic points at.
fn compile_error(
    e: CompileError,
    input: &Path,
    corpus: &Corpus,
    typ: &str,
    trace: &Trace,
) -> AppError {
    let mut msg = e.to_string();
    match &e {
        CompileError::MissingGlyphs(missing) => {
            for m in missing {
                // Articles keep no lines once extracted: look in the files again (a rare path).
                let found = corpus.articles.iter().find_map(|a| {
                    let text = match &a.origin {
                        Some(o) => o.text.clone(),
                        None => std::fs::read_to_string(input.join(&a.file)).ok()?,
                    };
                    let n = text
                        .lines()
                        .position(|l| crate::text::nfc(l).contains(m.character))?;
                    Some(format!("{}:{}", a.file, n + 1))
                });
                match found {
                    Some(at) => msg.push_str(&format!(
                        "\nnote: '{}' comes from the article {at}",
                        m.character
                    )),
                    None => {
                        if let Some((t, l)) = m.offset.and_then(|o| trace.locate(typ, o)) {
                            msg.push_str(&format!(
                                "\nnote: '{}' is written by the template {t}:{l}",
                                m.character
                            ));
                        }
                    }
                }
            }
            AppError::content(msg)
                .hint("the embedded fonts cannot draw it; remove the character from the article or the template")
        }
        CompileError::Typst(diags) => {
            let mut traced = false;
            for d in diags {
                if let Some((t, l)) = d.offset.and_then(|o| trace.locate(typ, o)) {
                    let line = d.line.unwrap_or(0);
                    msg.push_str(&format!(
                        "\nnote: brief.typ:{line} is written by the template {t}:{l}"
                    ));
                    traced = true;
                }
            }
            let hint = if traced {
                "fix the template line named above; `--formats typ` writes the Typst source to inspect"
            } else {
                "`--formats typ` writes the Typst source to inspect"
            };
            AppError::content(msg).hint(hint)
        }
    }
}

fn build(opts: &BuildOpts, ui: &Ui, out: &mut dyn Write) -> Result<Outcome, AppError> {
    let cfg = LoadedConfig::load(opts.corpus.config.as_deref()).map_err(config_error)?;
    let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
    let args = resolve_build(opts, &cfg, epoch.as_deref()).map_err(config_error)?;
    let _lock = if opts.check {
        None
    } else {
        Some(BuildLock::acquire(&args.out, opts.wait.unwrap_or(0))?)
    };
    let progress = ui.progress();
    progress.set_message("reading");
    let prepared = prepare(&args)?;
    for s in &prepared.corpus.skipped {
        if !ui.quiet {
            eprintln!("warning: skipped {}", s.error);
        }
    }
    let inputs = manifest_inputs(&args, &prepared, &cfg);
    let current = Manifest::read(&args.out).is_some_and(|m| m.is_current(&inputs, &args.out));
    if opts.check {
        progress.finish_and_clear();
        return Ok(if current {
            ui.say(out, &format!("{} is up to date", args.out.display()));
            Outcome::Success
        } else {
            ui.say(
                out,
                &format!(
                    "{} is out of date: a build would change it",
                    args.out.display()
                ),
            );
            Outcome::Failure
        });
    }
    if current && !opts.force {
        progress.finish_and_clear();
        ui.say(
            out,
            &format!(
                "{} is up to date; nothing to do (--force rebuilds)",
                args.out.display()
            ),
        );
        return Ok(Outcome::Success);
    }
    let outputs = produce(&args, &prepared, &progress)?;
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
    let mut files = outputs.files;
    files.push((MANIFEST.to_string(), manifest.to_json().into_bytes()));
    progress.set_message("publishing");
    publish(&args.out, &files)?;
    progress.finish_and_clear();
    let tl = &outputs.timeline;
    let c = &prepared.corpus;
    let skipped = if c.skipped.is_empty() {
        String::new()
    } else {
        format!(", {} skipped", c.skipped.len())
    };
    ui.say(
        out,
        &format!(
            "wrote {} from {} articles{skipped} ({} events, {} undated): {}",
            args.out.display(),
            c.articles.len(),
            tl.events.len(),
            tl.undated.len(),
            written_names(&files)
        ),
    );
    Ok(Outcome::Success)
}

/// The files a build wrote, for its summary line: the texts under `sources/` as one count.
fn written_names(files: &[(String, Vec<u8>)]) -> String {
    let sources = files
        .iter()
        .filter(|(n, _)| n.starts_with("sources/"))
        .count();
    let mut names: Vec<String> = files
        .iter()
        .filter(|(n, _)| !n.starts_with("sources/"))
        .map(|(n, _)| n.clone())
        .collect();
    if sources > 0 {
        names.push(format!("sources/ ({sources} texts)"));
    }
    names.join(", ")
}

/// A hidden path beside `out`: `.out.SUFFIX` in the same parent folder (so a rename between
/// them never crosses file systems).
fn beside(out: &Path, suffix: &str) -> PathBuf {
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    parent.join(format!(".{name}.{suffix}"))
}

/// An exclusive lock on an output folder, held while a build runs. It is an OS file lock on a
/// hidden file beside the folder: the OS releases it when the process ends, however it ends, so
/// a killed build never leaves a lock that blocks the next one.
pub struct BuildLock {
    _file: File,
}

impl BuildLock {
    /// The lock file of `out`.
    pub fn path(out: &Path) -> PathBuf {
        beside(out, "lock")
    }

    /// Takes the lock, waiting up to `wait_secs` for another build to finish.
    pub fn acquire(out: &Path, wait_secs: u64) -> Result<BuildLock, AppError> {
        let path = Self::path(out);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| AppError::env(format!("cannot create {}: {e}", parent.display())))?;
        }
        let mut file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|e| AppError::env(format!("cannot open the lock {}: {e}", path.display())))?;
        let deadline = Instant::now() + Duration::from_secs(wait_secs);
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(TryLockError::WouldBlock) => {
                    let mut holder = String::new();
                    let _ = file.read_to_string(&mut holder);
                    let who = holder.trim();
                    let who = if who.is_empty() {
                        String::new()
                    } else {
                        format!(" (pid {who})")
                    };
                    return Err(AppError::env(format!(
                        "another build is writing {}{who}",
                        out.display()
                    ))
                    .hint("wait for it to finish, or pass --wait SECONDS"));
                }
                Err(TryLockError::Error(e)) => {
                    return Err(AppError::env(format!(
                        "cannot lock {}: {e}",
                        path.display()
                    )));
                }
            }
        }
        let _ = file.set_len(0);
        let _ = file.rewind();
        let _ = writeln!(file, "{}", std::process::id());
        debug!(lock = %path.display(), "lock taken");
        Ok(BuildLock { _file: file })
    }
}

fn templates(cmd: &TemplatesCommand, out: &mut dyn Write) -> Result<Outcome, AppError> {
    let TemplatesCommand::Init { dir, force } = cmd;
    std::fs::create_dir_all(dir)
        .map_err(|e| AppError::env(format!("cannot create {}: {e}", dir.display())))?;
    let existing: Vec<String> = TEMPLATES
        .iter()
        .filter(|(name, _)| dir.join(name).exists())
        .map(|(name, _)| dir.join(name).display().to_string())
        .collect();
    if !existing.is_empty() && !force {
        return Err(
            AppError::env(format!("{} already exist(s)", existing.join(", ")))
                .hint("pass --force to overwrite, or choose another folder"),
        );
    }
    for (name, text) in TEMPLATES {
        let p = dir.join(name);
        std::fs::write(&p, text)
            .map_err(|e| AppError::env(format!("cannot write {}: {e}", p.display())))?;
        let _ = writeln!(out, "wrote {}", p.display());
    }
    let _ = writeln!(
        out,
        "use them with: chronobrief build --templates {}",
        dir.display()
    );
    Ok(Outcome::Success)
}

/// Writes `files` to a fresh folder beside `out` and swaps it in, so `out` holds either the
/// previous build or the whole new one, never part of one. Hidden files of the previous `out`
/// (such as `.gitkeep`) are carried over.
pub fn publish(out: &Path, files: &[(String, Vec<u8>)]) -> Result<(), AppError> {
    let pid = std::process::id();
    let tmp = beside(out, &format!("tmp-{pid}"));
    let old = beside(out, &format!("old-{pid}"));
    let io = |what: &str, p: &Path, e: std::io::Error| {
        AppError::env(format!("cannot {what} {}: {e}", p.display()))
    };
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).map_err(|e| io("create", &tmp, e))?;
    let result = (|| {
        for (n, bytes) in files {
            let p = tmp.join(n);
            if let Some(parent) = p.parent() {
                std::fs::create_dir_all(parent).map_err(|e| io("create", parent, e))?;
            }
            let mut f = std::fs::File::create(&p).map_err(|e| io("create", &p, e))?;
            f.write_all(bytes).map_err(|e| io("write", &p, e))?;
            f.sync_all().map_err(|e| io("write", &p, e))?;
        }
        if out.is_dir() {
            for entry in std::fs::read_dir(out)
                .map_err(|e| io("read", out, e))?
                .flatten()
            {
                let n = entry.file_name();
                if n.to_string_lossy().starts_with('.') && entry.path().is_file() {
                    std::fs::copy(entry.path(), tmp.join(&n))
                        .map_err(|e| io("copy", &entry.path(), e))?;
                }
            }
            std::fs::rename(out, &old).map_err(|e| io("move aside", out, e))?;
        }
        if let Err(e) = std::fs::rename(&tmp, out) {
            let _ = std::fs::rename(&old, out);
            return Err(io("publish", out, e));
        }
        let _ = std::fs::remove_dir_all(&old);
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    result
}

fn print_timeline(args: &TimelineArgs, out: &mut dyn Write) -> Result<Outcome, AppError> {
    let cfg = LoadedConfig::load(args.corpus.config.as_deref()).map_err(config_error)?;
    let corpus = resolve_corpus(&args.corpus, &cfg).map_err(config_error)?;
    let (c, tl) = make_timeline(&corpus)?;
    for s in &c.skipped {
        eprintln!("warning: skipped {}", s.error);
    }
    let w = |out: &mut dyn Write, s: String| {
        let _ = out.write_all(s.as_bytes());
    };
    if args.json {
        w(out, timeline_json(&tl));
        return Ok(Outcome::Success);
    }
    let row = |e: &timeline::Event| {
        let date = e.date.clone().unwrap_or_else(|| "?".into());
        let kind = match (e.kind, &e.parent) {
            (timeline::Kind::Conference, _) => "conference",
            (_, Some(_)) => "  directive",
            _ => "directive",
        };
        let src: Vec<String> = e
            .sources
            .iter()
            .map(|s| format!("{}:{}", s.file, s.line))
            .collect();
        let title: String = e.title.chars().take(70).collect();
        format!("{date:<10}  {kind:<11}  {title}  [{}]\n", src.join(", "))
    };
    w(
        out,
        format!(
            "{} events from {} to {}\n",
            tl.events.len(),
            tl.range.from,
            tl.range.to
        ),
    );
    for e in &tl.events {
        w(out, row(e));
    }
    if !tl.undated.is_empty() {
        w(out, format!("\n{} undated\n", tl.undated.len()));
        for e in &tl.undated {
            w(out, row(e));
        }
    }
    Ok(Outcome::Success)
}

fn run_eval(args: &EvalArgs, ui: &Ui, out: &mut dyn Write) -> Result<Outcome, AppError> {
    let read = |p: &Path| {
        std::fs::read_to_string(p)
            .map_err(|e| AppError::env(format!("cannot read {}: {e}", p.display())))
    };
    let tl = read(&args.timeline)
        .map_err(|e| e.hint("run `chronobrief build` first, or pass --timeline FILE"))?;
    let gold = read(&args.gold)?;
    let sc = eval::score(
        &tl,
        &args.timeline.display().to_string(),
        &gold,
        &args.gold.display().to_string(),
    )
    .map_err(|e| AppError::content(e.to_string()))?;
    if !ui.quiet {
        for r in &sc.report {
            let _ = writeln!(out, "{r}");
        }
    }
    let _ = writeln!(out, "{}", sc.date_line());
    let _ = writeln!(out, "{}", sc.summary());
    let ok = sc.conf_f1 >= args.min_conf_f1
        && sc.dir_recall >= args.min_dir_recall
        && sc.traps == 0
        && sc.out_of_range == 0;
    Ok(if ok {
        Outcome::Success
    } else {
        Outcome::Failure
    })
}
