//! One function per subcommand. This is the only module that writes files; [`publish`] writes
//! a build into its output folder.

pub mod cache;
pub mod explain;
mod history;
mod publish;
mod watch;
mod watchdog;

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::DateTime;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use tracing::info;

pub use cache::ExtractionCache;
pub use history::History;
pub use publish::{
    check_separate, edited_outputs, publish, remove_stale_temps, replace_file, BuildLock, Previous,
    LOCK_FILE,
};
pub use watchdog::Overrun;
use watchdog::Watchdog;

use crate::cli::{BuildOpts, Cli, Command, EvalArgs, TemplatesCommand, TimelineArgs};
use crate::compile::{
    compile_pdf, CompileError, CompileOptions, FontSet, MissingGlyph, PLACEHOLDER,
};
use crate::config::{BuildArgs, ConfigError, CorpusArgs, Format, LoadedConfig, NamedBrief};
use crate::digest::sha256_hex;
use crate::ingest::{find_chars, read_corpus_cached, Corpus, IngestError, Limits};
use crate::knowledge::Knowledge;
use crate::manifest::{Inputs, Manifest, SkippedEntry, MANIFEST, SOURCES};
use crate::render::export;
use crate::render::{BriefContext, BriefOptions, FrontMatter, Renderer, Trace, TEMPLATES};
use crate::timeline::{self, DateRange, Timeline};
use crate::{eval, extract};

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
        Command::Watch(opts) => watch::watch(&opts, &ui, out),
        Command::Timeline(args) => print_timeline(&args, out),
        Command::Eval(args) => run_eval(&args, &ui, out),
        Command::Explain(args) => explain::explain(&args, out),
        Command::Templates(cmd) => templates(&cmd, out),
        Command::BenchCorpus {
            articles,
            out: dir,
            from,
            seed,
        } => {
            let non_empty = std::fs::read_dir(&dir).is_ok_and(|mut d| d.next().is_some());
            if non_empty {
                return Err(AppError::env(format!(
                    "{} is not empty; bench-corpus writes into a new or empty folder",
                    dir.display()
                ))
                .hint("choose a new folder with --out, so no file of yours is overwritten"));
            }
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
        IngestError::Empty { .. } => AppError::content(e.to_string()).hint(
            "put articles there (subfolders are searched too), or pass the folder that holds them with --input",
        ),
        _ => AppError::content(e.to_string())
            .hint("fix or remove the article, or build without --strict to skip it"),
    }
}

/// Reads every article and extracts from it as soon as it is read, in parallel; the articles'
/// lines are not kept, so memory does not grow with the archive. An article `cache` holds for
/// its bytes is taken from there instead of being parsed and extracted again.
fn ingest_and_extract(
    args: &CorpusArgs,
    k: &Knowledge,
    cache: Option<&ExtractionCache>,
) -> Result<(Corpus, Vec<extract::Mentions>), AppError> {
    let t = Instant::now();
    let limits = Limits {
        max_article_bytes: args.max_article_bytes,
        strict: args.strict,
    };
    let (corpus, results) = read_corpus_cached(
        &args.input,
        k,
        limits,
        |file, digest| {
            let (a, m) = cache?.load(file, digest)?;
            Some((a, (m, false)))
        },
        |a| (extract::extract_article(0, a, k), true),
        false,
    )
    .map_err(ingest_error)?;
    let (mentions, fresh): (Vec<extract::Mentions>, Vec<bool>) = results.into_iter().unzip();
    if let Some(c) = cache {
        c.update(&corpus, &mentions, &fresh);
    }
    let (corpus, mentions) = in_content_order(corpus, mentions);
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

/// The articles (and what was extracted from each) in an order their content gives: by
/// publication date, then title, then digest. Merging, year resolution and every tie the timeline breaks
/// follow this order, so one corpus gives one timeline whatever its files are called or the
/// order the folder lists them in.
fn in_content_order(
    mut corpus: Corpus,
    mentions: Vec<extract::Mentions>,
) -> (Corpus, Vec<extract::Mentions>) {
    let mut both: Vec<_> = std::mem::take(&mut corpus.articles)
        .into_iter()
        .zip(mentions)
        .collect();
    both.sort_by(|(a, m), (b, n)| {
        let day = |m: &extract::Mentions| m.document_date.as_ref().map(|d| d.date);
        // Undated articles last; on one date by title, the order a reader of the sources
        // list looks for; the digest only between articles of one title.
        (day(m).is_none(), day(m), &a.title, &a.digest).cmp(&(
            day(n).is_none(),
            day(n),
            &b.title,
            &b.digest,
        ))
    });
    let (articles, mut mentions): (Vec<_>, Vec<_>) = both.into_iter().unzip();
    for (i, m) in mentions.iter_mut().enumerate() {
        m.set_article(i);
    }
    corpus.articles = articles;
    (corpus, mentions)
}

/// The timeline of every event found in the range; a focus is applied after.
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
    let k = knowledge(args)?;
    let (corpus, mentions) = ingest_and_extract(args, &k, None)?;
    let tl = timeline::focus::apply(order(args, &mentions, &k), &args.focus, &k);
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
    /// Path relative to the output folder → bytes, in path order: the brief's formats, each
    /// named brief's under its folder, and the plain text of every web page and scraper record
    /// under `sources/`.
    pub files: Vec<(String, Vec<u8>)>,
    /// The main brief's timeline.
    pub timeline: Timeline,
    /// What changed in the main brief since the previous build.
    pub changes: timeline::Changes,
    /// What the build reports without failing (`warning: ...` lines), such as characters
    /// drawn as placeholders.
    pub warnings: Vec<String>,
}

/// Everything a build reads, read once (and what was extracted while reading).
pub struct Prepared {
    pub corpus: Corpus,
    /// What was extracted from each article; [`produce`] takes it.
    pub mentions: Vec<extract::Mentions>,
    pub knowledge: Knowledge,
    pub renderer: Renderer,
    /// The fonts the PDF may use.
    pub fonts: Arc<FontSet>,
    /// What reading found that the user should know (`warning: ...` lines).
    pub warnings: Vec<String>,
}

/// Reads the knowledge file, the templates and the corpus.
pub fn prepare(args: &BuildArgs) -> Result<Prepared, AppError> {
    prepare_with(args, false)
}

/// The extraction cache a build uses, if any; `read_only` for a build that writes nothing.
fn extraction_cache(args: &BuildArgs, k: &Knowledge, read_only: bool) -> Option<ExtractionCache> {
    let dir = args.cache.clone()?;
    let Some(version) = cache::tool_version() else {
        tracing::warn!("the executable cannot be identified; the extraction cache is not used");
        return None;
    };
    let c = ExtractionCache::new(dir, &version, &k.digest);
    Some(if read_only { c.read_only() } else { c })
}

/// [`prepare`]; `read_only` reads the extraction cache without writing to it.
fn prepare_with(args: &BuildArgs, read_only: bool) -> Result<Prepared, AppError> {
    if let Some(d) = args.templates.as_ref().filter(|d| !d.is_dir()) {
        return Err(AppError::env(format!(
            "template folder {} does not exist",
            d.display()
        )));
    }
    let renderer =
        Renderer::new(args.templates.as_deref()).map_err(|e| AppError::content(e.to_string()))?;
    let read = || -> Result<_, AppError> {
        let knowledge = knowledge(&args.corpus)?;
        let cache = extraction_cache(args, &knowledge, read_only);
        let (corpus, mentions) = ingest_and_extract(&args.corpus, &knowledge, cache.as_ref())?;
        Ok((knowledge, corpus, mentions))
    };
    // Parsing the fonts (every face of the binary) needs nothing from the corpus: it runs on
    // its own thread while the articles are read and extracted.
    let (fonts, read) = std::thread::scope(|s| {
        let fonts = s.spawn(|| load_fonts(args));
        let read = read();
        let fonts = fonts
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (fonts, read)
    });
    let fonts = fonts?;
    let (knowledge, corpus, mentions) = read?;
    let warnings = cut_warnings(&corpus, &mentions);
    Ok(Prepared {
        corpus,
        mentions,
        knowledge,
        renderer,
        fonts,
        warnings,
    })
}

/// One warning for each article with lines read in pieces (text running on for more than
/// [`crate::text::MAX_SENTENCE_BYTES`] without a sentence end).
fn cut_warnings(corpus: &Corpus, mentions: &[extract::Mentions]) -> Vec<String> {
    let limit = crate::text::MAX_SENTENCE_BYTES;
    corpus
        .articles
        .iter()
        .zip(mentions)
        .filter_map(|(a, m)| {
            let first = m.cut_lines.first()?;
            let more = match m.cut_lines.len() {
                1 => String::new(),
                n => format!(" (and {} more lines)", n - 1),
            };
            Some(format!(
                "warning: {}:{first}: more than {limit} bytes without a sentence end{more}; read in pieces, so an event written across a cut may be missed",
                a.file
            ))
        })
        .collect()
}

/// The fonts the PDF may use: the embedded ones and the user's.
fn load_fonts(args: &BuildArgs) -> Result<Arc<FontSet>, AppError> {
    match args.formats.contains(&Format::Pdf) {
        true => FontSet::with_user_fonts(&args.fonts).map_err(|e| {
            AppError::env(e.to_string()).hint(
                "--font-path (or `fonts` in the config file) takes folders of .ttf/.otf files",
            )
        }),
        false => Ok(FontSet::embedded()),
    }
}

/// Runs the whole pipeline in memory, as a first build (nothing to compare with).
pub fn build_outputs(args: &BuildArgs) -> Result<Outputs, AppError> {
    let history = History::default();
    produce(
        args,
        &mut prepare(args)?,
        &history,
        &ProgressBar::hidden(),
        None,
    )
}

/// Orders, renders and compiles what [`prepare`] read. The mentions are taken out of `p` and
/// dropped once the timeline is built: on a large corpus they are most of the memory, and no
/// output needs them. With a `watch`, the rendering and compiling stages are bounded by
/// [`BuildArgs::template_limits`], and `watch` is called past a limit.
pub fn produce(
    args: &BuildArgs,
    p: &mut Prepared,
    history: &History,
    progress: &ProgressBar,
    watch: Option<Box<dyn FnOnce(Overrun) + Send>>,
) -> Result<Outputs, AppError> {
    progress.set_message("ordering");
    let mentions = std::mem::take(&mut p.mentions);
    let tl = order(&args.corpus, &mentions, &p.knowledge);
    drop(mentions);
    let dog = watch.map(|w| Watchdog::start(args.template_limits, w));
    let outputs = every_brief(args, p, tl, history, progress);
    if let Some(d) = dog {
        d.stop();
    }
    outputs
}

/// The main brief and each named brief ([`BuildArgs::briefs`], under its folder), each of the
/// events of `all` its focus chooses, and the texts under `sources/`.
fn every_brief(
    args: &BuildArgs,
    p: &Prepared,
    all: Timeline,
    history: &History,
    progress: &ProgressBar,
) -> Result<Outputs, AppError> {
    let k = &p.knowledge;
    let named: Vec<(&NamedBrief, Timeline)> = args
        .briefs
        .iter()
        .map(|b| (b, timeline::focus::apply(all.clone(), &b.focus, k)))
        .collect();
    let main = timeline::focus::apply(all, &args.corpus.focus, k);
    let mut outputs = render_outputs(args, p, main, &history.of(""), None, progress)?;
    for (brief, tl) in named {
        let args = BuildArgs {
            title: brief.title.clone().or_else(|| args.title.clone()),
            ..args.clone()
        };
        let past = history.of(&brief.name);
        let o = render_outputs(&args, p, tl, &past, Some(&brief.name), progress)?;
        let files = o.files.into_iter();
        outputs
            .files
            .extend(files.map(|(n, b)| (format!("{}/{n}", brief.name), b)));
        for w in o.warnings {
            if !outputs.warnings.contains(&w) {
                outputs.warnings.push(w);
            }
        }
    }
    outputs.files.extend(source_texts(&p.corpus));
    outputs.files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(outputs)
}

/// Renders every output of the brief of `tl` and compiles its PDF. `past` is what the previous
/// build wrote of this brief; `folder` names a named brief.
fn render_outputs(
    args: &BuildArgs,
    p: &Prepared,
    tl: Timeline,
    past: &history::Past,
    folder: Option<&str>,
    progress: &ProgressBar,
) -> Result<Outputs, AppError> {
    let changes = timeline::changes::compare(past.timeline.as_deref(), &tl);
    let (now, build) = match args.build_time {
        Some(t) => (t, Some(t.date_naive())),
        None => (DateTime::from_timestamp(DEFAULT_EPOCH, 0).unwrap(), None),
    };
    let options = BriefOptions {
        title: args.title.clone(),
        max_per_year: args.max_per_year,
        pages: args.pages,
        density: 1.0,
        lang: args.lang,
        front_matter: args.front_matter,
        build,
        titles: p.knowledge.honorifics.clone(),
        changes: Some(changes.clone()).filter(|c| c.compared),
    };
    let wants = |f: Format| args.formats.contains(&f);
    let context = |options: &BriefOptions| {
        let mut ctx = BriefContext::new(&tl, &p.corpus, options);
        if wants(Format::Svg) {
            ctx.figure_file = Some(Format::Svg.file_name().to_string());
        }
        ctx
    };
    let first = context(&options);
    progress.set_message("rendering");
    // Typst lays the PDF out on one core: the other outputs are made on the other meanwhile,
    // the wiki brief from the first choice of events (made again below in the rare case the
    // PDF overran its page budget and events were chosen again).
    let (others, brief) = std::thread::scope(|s| {
        let others = s.spawn(|| -> Result<_, AppError> {
            let mut files =
                data_outputs(&wants, &tl, args.csv_bom, &first.title, &first.labels, now);
            if wants(Format::Changes) {
                files.push((
                    Format::Changes.file_name(),
                    export::changes_json(&changes).into_bytes(),
                ));
            }
            wiki_outputs(&wants, args, &p.renderer, &first, &mut files)?;
            Ok(files)
        });
        let brief = match wants(Format::Typ) || wants(Format::Pdf) {
            true => printed_brief(args, p, now, options, &first, &context, progress).map(Some),
            false => Ok(None),
        };
        let others = others
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (others, brief)
    });
    let mut files = others?;
    let mut warnings = Vec::new();
    let mut chosen = None;
    if let Some(brief) = brief? {
        if let Some(ctx) = &brief.chosen_again {
            files.retain(|(name, _)| !is_wiki_output(name));
            wiki_outputs(&wants, args, &p.renderer, ctx, &mut files)?;
        }
        warnings = brief.warnings;
        files.extend(brief.pdf.map(|pdf| (Format::Pdf.file_name(), pdf)));
        if wants(Format::Typ) {
            files.push((Format::Typ.file_name(), brief.typ.into_bytes()));
        }
        chosen = brief.chosen_again;
    }
    if wants(Format::Feed) {
        let ctx = chosen.as_ref().unwrap_or(&first);
        let anchors = crate::render::news::printed_anchors(&ctx.years, &ctx.undated);
        let info = export::FeedInfo {
            title: &ctx.title,
            focus: folder,
            lang: args.lang,
            now,
            anchors: &anchors,
        };
        let feed = export::feed(&changes, past.feed.as_deref(), &info);
        files.push((Format::Feed.file_name(), feed.into_bytes()));
        if args.build_time.is_none() && !changes.is_empty() {
            warnings.push(format!(
                "warning: feed.xml dates its new entries {}, the fixed date of a build without a date of its own\nhint: a scheduled job sets SOURCE_DATE_EPOCH=$(date +%s) (or [build] date) so that readers see when each change was found",
                now.date_naive()
            ));
        }
    }
    let files: Vec<(String, Vec<u8>)> =
        files.into_iter().map(|(n, b)| (n.to_string(), b)).collect();
    Ok(Outputs {
        files,
        timeline: tl,
        changes,
        warnings,
    })
}

/// The Typst brief and, when asked for, its PDF.
struct PrintedBrief {
    typ: String,
    pdf: Option<Vec<u8>>,
    /// Characters drawn as placeholders; a budget the PDF still overran.
    warnings: Vec<String>,
    /// The events chosen again when the first choice overran the page budget; the wiki brief
    /// must then be made from these.
    chosen_again: Option<BriefContext>,
}

/// Renders and compiles the brief of `first`. When its PDF overruns the page budget, events are
/// chosen again (by `context`) for fuller pages, [`MAX_BUDGET_ATTEMPTS`] compiles at most.
fn printed_brief(
    args: &BuildArgs,
    p: &Prepared,
    now: DateTime<chrono::Utc>,
    mut options: BriefOptions,
    first: &BriefContext,
    context: &dyn Fn(&BriefOptions) -> BriefContext,
    progress: &ProgressBar,
) -> Result<PrintedBrief, AppError> {
    let t = Instant::now();
    let mut chosen_again: Option<BriefContext> = None;
    for attempt in 1.. {
        let ctx = chosen_again.as_ref().unwrap_or(first);
        let (typ, trace) = p
            .renderer
            .render_traced("brief.typ.j2", ctx)
            .map_err(|e| AppError::content(e.to_string()))?;
        info!(ms = t.elapsed().as_millis() as u64, "render");
        if !args.formats.contains(&Format::Pdf) {
            return Ok(PrintedBrief {
                typ,
                pdf: None,
                warnings: Vec::new(),
                chosen_again,
            });
        }
        progress.set_message("compiling the PDF");
        let LaidOut {
            pdf,
            pages,
            mut warnings,
        } = pdf(args, p, now, &typ, &trace)?;
        let over = args.pages > 0 && pages > args.pages;
        let last = attempt == MAX_BUDGET_ATTEMPTS;
        match pdf {
            Some(pdf) if !over || last => {
                if over {
                    warnings.push(format!(
                        "warning: the brief has {pages} pages, more than its budget of {} (--pages); its template prints more per event than the estimate allows",
                        args.pages
                    ));
                }
                return Ok(PrintedBrief {
                    typ,
                    pdf: Some(pdf),
                    warnings,
                    chosen_again,
                });
            }
            None if last => {
                return Err(AppError::content(format!(
                    "the brief still lays out to {pages} pages after {attempt} choices of events, more than {MAX_PAGES_PER_BUDGET_PAGE} times its budget of {} (--pages)",
                    args.pages
                ))
                .hint("a template of your own prints much more per event than the default: shorten it, or raise --pages (0: no budget)"));
            }
            _ => {}
        }
        // Longer than the estimate said: assume fuller pages and choose again.
        options.density *= args.pages as f64 / pages as f64 * 0.97;
        info!(
            pages,
            density = options.density,
            "over the page budget; selecting again"
        );
        chosen_again = Some(context(&options));
    }
    unreachable!("the loop returns by its last attempt")
}

/// `timeline.json`, `timeline.csv` and the TimelineJS file, as far as the formats ask for
/// them: every event, whatever the brief prints.
fn data_outputs(
    wants: &(dyn Fn(Format) -> bool + Sync),
    tl: &Timeline,
    csv_bom: bool,
    title: &str,
    labels: &std::collections::BTreeMap<&'static str, &'static str>,
    now: DateTime<chrono::Utc>,
) -> Vec<(&'static str, Vec<u8>)> {
    let mut files = Vec::new();
    if wants(Format::Json) {
        files.push((Format::Json.file_name(), timeline_json(tl).into_bytes()));
    }
    if wants(Format::Csv) {
        files.push((Format::Csv.file_name(), export::csv(tl, csv_bom)));
    }
    if wants(Format::Timelinejs) {
        files.push((
            Format::Timelinejs.file_name(),
            export::timelinejs(tl, title, labels).into_bytes(),
        ));
    }
    if wants(Format::Ics) {
        files.push((
            Format::Ics.file_name(),
            export::ics(tl, title, now).into_bytes(),
        ));
    }
    files
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

/// True for the outputs [`wiki_outputs`] makes.
fn is_wiki_output(name: &str) -> bool {
    name == HUGO_BUNDLE_PAGE
        || [Format::Md, Format::Html, Format::Svg]
            .iter()
            .any(|f| f.file_name() == name)
}

/// With Hugo front matter, the Markdown brief is also written as the page of a Hugo leaf
/// bundle: the output folder copied into `content/` is a page whose `timeline.svg` is its own
/// resource, which the brief's relative link finds under Hugo's default URLs (a lone
/// `brief.md` would be published at `…/brief/`, where no `timeline.svg` is). In the bundle
/// `brief.md` is a resource, not a second page.
pub const HUGO_BUNDLE_PAGE: &str = "index.md";

/// `brief.md` (and, as a Hugo page bundle's page, `index.md`), its HTML preview and
/// `timeline.svg`, as far as the formats ask for them. The preview shows the figure's SVG in
/// place of the Mermaid source.
fn wiki_outputs(
    wants: &dyn Fn(Format) -> bool,
    args: &BuildArgs,
    renderer: &Renderer,
    ctx: &BriefContext,
    files: &mut Vec<(&'static str, Vec<u8>)>,
) -> Result<(), AppError> {
    let svg = crate::render::figure::svg(
        &ctx.figure,
        ctx.labels["figure_caption"],
        ctx.labels["figure_counts"],
    );
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
            if args.front_matter == FrontMatter::Hugo {
                files.push((HUGO_BUNDLE_PAGE, md.clone().into_bytes()));
            }
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

/// Compiles of one brief at most: when a brief comes out longer than its page budget, events
/// are chosen again for fuller pages, twice at most.
const MAX_BUDGET_ATTEMPTS: usize = 3;

/// Characters no font draws that are named one by one in warnings.
const MAX_CHAR_WARNINGS: usize = 20;

/// A brief laid out: its PDF (none when it ran past [`MAX_PAGES_PER_BUDGET_PAGE`] times the
/// budget), its number of pages, and a warning for each character drawn as a placeholder.
struct LaidOut {
    pdf: Option<Vec<u8>>,
    pages: usize,
    warnings: Vec<String>,
}

/// A laid-out brief longer than this many times its page budget is not written out as a PDF:
/// the events are chosen again at once (exporting hundreds of pages to throw them away would
/// cost more than the layout).
const MAX_PAGES_PER_BUDGET_PAGE: usize = 3;

/// Compiles the Typst source to PDF; also returns its number of pages and a warning for each
/// character drawn as a placeholder. The PDF is `None` when the layout ran past
/// [`MAX_PAGES_PER_BUDGET_PAGE`] times the page budget.
fn pdf(
    args: &BuildArgs,
    p: &Prepared,
    now: DateTime<chrono::Utc>,
    typ: &str,
    trace: &Trace,
) -> Result<LaidOut, AppError> {
    let t = Instant::now();
    let options = CompileOptions {
        now,
        deny_warnings: false,
        standards: args.pdf_standard.standards(),
        fonts: p.fonts.clone(),
        strict: args.corpus.strict,
        max_pages: args.pages * MAX_PAGES_PER_BUDGET_PAGE,
    };
    let compiled = match compile_pdf(typ, &options) {
        Err(CompileError::TooManyPages { pages, .. }) => {
            return Ok(LaidOut {
                pdf: None,
                pages,
                warnings: Vec::new(),
            })
        }
        r => r.map_err(|e| compile_error(e, &args.corpus, &p.corpus, typ, trace))?,
    };
    info!(
        bytes = compiled.pdf.len(),
        ms = t.elapsed().as_millis() as u64,
        "compile"
    );
    // A whole article in a script no font covers has thousands of distinct characters: name
    // the first ones, count the rest.
    let shown = &compiled.placeholders[..compiled.placeholders.len().min(MAX_CHAR_WARNINGS)];
    let chars: Vec<char> = shown.iter().map(|m| m.character).collect();
    let found = find_chars(
        &args.corpus.input,
        &p.corpus,
        &chars,
        args.corpus.max_article_bytes,
    );
    let mut warnings: Vec<String> = shown
        .iter()
        .map(|m| {
            let c = m.character;
            let from = origin(m, &found, typ, trace)
                .map(|o| format!(" ({o})"))
                .unwrap_or_default();
            format!(
                "warning: no font draws '{c}' (U+{:04X}){from}; the PDF shows {PLACEHOLDER} in its place",
                c as u32
            )
        })
        .collect();
    let more = compiled.placeholders.len() - shown.len();
    if more > 0 {
        warnings.push(format!(
            "warning: and {more} more characters no font draws, also shown as {PLACEHOLDER}"
        ));
    }
    if !warnings.is_empty() {
        warnings.push(
            "hint: add a font that has these characters with --font-path DIR; --strict makes them an error"
                .into(),
        );
    }
    for n in &compiled.misplaced_notes {
        tracing::debug!(
            number = n.number,
            marker_page = n.marker_page,
            entry_page = n.entry_page,
            text = n.text,
            "footnote away from its marker"
        );
    }
    if let Some(note) = compiled.misplaced_notes.first() {
        let others = compiled.misplaced_notes.len() - 1;
        let others = if others > 0 {
            format!(" (and {})", count(others, "other", "others"))
        } else {
            String::new()
        };
        warnings.push(format!(
            "warning: the PDF prints footnote {} (\"{}…\") on page {}, its marker is on page {}{others}; the template's layout moves notes away from their text",
            note.number, note.text, note.entry_page, note.marker_page
        ));
    }
    if compiled.untagged {
        warnings.push(
            "warning: typst could not tag the PDF for accessibility (an internal error of typst's); brief.pdf is written without tags"
                .into(),
        );
    }
    Ok(LaidOut {
        pdf: Some(compiled.pdf),
        pages: compiled.pages,
        warnings,
    })
}

/// Where a character came from: "from the article a.txt:5" or "written by the template
/// brief.typ.j2:12".
fn origin(
    m: &MissingGlyph,
    found: &[(char, String, usize)],
    typ: &str,
    trace: &Trace,
) -> Option<String> {
    if let Some((_, file, line)) = found.iter().find(|(c, _, _)| *c == m.character) {
        return Some(format!("from the article {file}:{line}"));
    }
    let (t, l) = m.offset.and_then(|o| trace.locate(typ, o))?;
    Some(format!("written by the template {t}:{l}"))
}

/// Adds to a compile error where it came from: the article a missing character is in, the
/// template line that wrote the Typst a diagnostic points at.
fn compile_error(
    e: CompileError,
    corpus_args: &CorpusArgs,
    corpus: &Corpus,
    typ: &str,
    trace: &Trace,
) -> AppError {
    let mut msg = e.to_string();
    match &e {
        CompileError::MissingGlyphs(all) => {
            let missing = &all[..all.len().min(MAX_CHAR_WARNINGS)];
            msg = missing
                .iter()
                .map(|m| m.to_string())
                .collect::<Vec<_>>()
                .join("\n");
            if all.len() > missing.len() {
                msg.push_str(&format!(
                    "\nerror: and {} more characters",
                    all.len() - missing.len()
                ));
            }
            let chars: Vec<char> = missing.iter().map(|m| m.character).collect();
            let found = find_chars(
                &corpus_args.input,
                corpus,
                &chars,
                corpus_args.max_article_bytes,
            );
            for m in missing {
                if let Some(o) = origin(m, &found, typ, trace) {
                    msg.push_str(&format!("\nnote: '{}' comes {o}", m.character));
                }
            }
            let hint = if missing.iter().all(|m| m.face.is_none()) {
                "add a font that has it with --font-path DIR, or build without --strict to draw a placeholder"
            } else {
                "that face lacks a Vietnamese letter; keep the text out of bold italic, or use a font that has it"
            };
            AppError::content(msg).hint(hint)
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
        // Handled by choosing events again (see `pdf`); only a direct caller meets it.
        CompileError::TooManyPages { .. } => {
            AppError::content(msg).hint("raise --pages, or print less per event")
        }
    }
}

/// The folders a build reads, which its output folder must stay apart from.
fn read_folders(args: &BuildArgs) -> Vec<(&'static str, &Path)> {
    let mut v: Vec<(&'static str, &Path)> = vec![("input", &args.corpus.input)];
    if let Some(t) = &args.templates {
        v.push(("templates", t));
    }
    if let Some(d) = &args.corpus.data {
        v.push(("data", d));
    }
    v
}

fn build(opts: &BuildOpts, ui: &Ui, out: &mut dyn Write) -> Result<Outcome, AppError> {
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
    let shown = args.out.display();
    remove_stale_temps(&args.out);
    if opts.check {
        for e in edited_outputs(&args.out, &previous) {
            ui.say(
                out,
                &format!(
                    "{} was edited since chronobrief wrote it: a build stops there (--force replaces it)",
                    e.display()
                ),
            );
        }
        progress.finish_and_clear();
        if current {
            ui.say(out, &format!("{shown} is up to date"));
            return Ok(Outcome::Success);
        }
        ui.say(
            out,
            &format!("{shown} is out of date: a build would change it"),
        );
        if !ui.quiet {
            check_changes(&args, &mut prepared, &history, out);
        }
        return Ok(Outcome::Failure);
    }
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
    progress.set_message("publishing");
    let kept = publish(
        &args.out,
        &previous,
        &outputs.files,
        manifest.to_json().as_bytes(),
        opts.force,
    )?;
    for k in kept.iter().filter(|_| !ui.quiet) {
        eprintln!(
            "warning: kept {}: an earlier build wrote it and this one does not, but it was edited since",
            k.display()
        );
    }
    progress.finish_and_clear();
    ui.say(out, &summary(&args.out, &prepared.corpus, &outputs));
    Ok(Outcome::Success)
}

/// What a `--check` build says of the events a build would publish: for the main brief and
/// each named one, what is new, changed and removed since the previous build.
fn check_changes(args: &BuildArgs, p: &mut Prepared, history: &History, out: &mut dyn Write) {
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
fn overrun_handler(args: &BuildArgs, lock: Option<&BuildLock>) -> Box<dyn FnOnce(Overrun) + Send> {
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
fn check_found_events(
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
fn summary(dir: &Path, c: &Corpus, outputs: &Outputs) -> String {
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

/// `n` and its noun, in the singular for one.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn templates(cmd: &TemplatesCommand, out: &mut dyn Write) -> Result<Outcome, AppError> {
    let TemplatesCommand::Init { dir, force } = cmd;
    std::fs::create_dir_all(dir)
        .map_err(|e| AppError::env(format!("cannot create {}: {e}", dir.display())))?;
    let existing: Vec<String> = TEMPLATES
        .iter()
        .filter(|(name, _)| std::fs::symlink_metadata(dir.join(name)).is_ok())
        .map(|(name, _)| dir.join(name).display().to_string())
        .collect();
    if !existing.is_empty() && !force {
        return Err(
            AppError::env(format!("{} already exist(s)", existing.join(", ")))
                .hint("pass --force to overwrite, or choose another folder"),
        );
    }
    for (name, text) in TEMPLATES {
        // Replaced by a rename, so a link at the name is refused, never written through.
        let p = dir.join(name);
        replace_file(&p, text.as_bytes())?;
        let _ = writeln!(out, "wrote {}", p.display());
    }
    let _ = writeln!(
        out,
        "use them with: chronobrief build --templates {}",
        dir.display()
    );
    Ok(Outcome::Success)
}

fn print_timeline(args: &TimelineArgs, out: &mut dyn Write) -> Result<Outcome, AppError> {
    let cfg = LoadedConfig::load(args.corpus.config.as_deref()).map_err(config_error)?;
    let corpus = args.corpus.resolve(&cfg).map_err(config_error)?;
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

/// The focus a `timeline.json` records, as JSON text, if it has one.
fn focus_of(timeline_json: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(timeline_json).ok()?;
    let f = v.get("focus")?.as_object()?;
    let chosen: serde_json::Map<String, serde_json::Value> = f
        .iter()
        .filter(|(k, _)| ["match", "body", "kind"].contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    Some(serde_json::Value::Object(chosen).to_string())
}

fn run_eval(args: &EvalArgs, ui: &Ui, out: &mut dyn Write) -> Result<Outcome, AppError> {
    let read = |p: &Path| {
        std::fs::read_to_string(p)
            .map_err(|e| AppError::env(format!("cannot read {}: {e}", p.display())))
    };
    let tl = read(&args.timeline)
        .map_err(|e| e.hint("run `chronobrief build` first, or pass --timeline FILE"))?;
    let gold = read(&args.gold)?;
    if let Some(focus) = focus_of(&tl) {
        if !ui.quiet {
            eprintln!(
                "warning: {} is the timeline of a brief about {focus} only: the events it leaves out count as missed\nhint: score the timeline.json of a build without a focus (--match, --body, --kind, [focus])",
                args.timeline.display()
            );
        }
    }
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
