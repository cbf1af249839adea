//! One function per subcommand. This is the only module that writes files.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};

use crate::cli::{
    BuildArgs, Cli, Command, CorpusArgs, EvalArgs, Format, PdfStandardArg, TemplatesCommand,
    TimelineArgs,
};
use crate::compile::{compile_pdf, CompileError, CompileOptions, PdfStandard};
use crate::data::Knowledge;
use crate::ingest::{read_corpus, Corpus, IngestError};
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
    match cli.command {
        Command::Build(args) => build(&args, out),
        Command::Timeline(args) => print_timeline(&args, out),
        Command::Eval(args) => run_eval(&args, out),
        Command::Templates(cmd) => templates(&cmd, out),
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
        IngestError::Empty { .. } => AppError::content(e.to_string()),
        _ => AppError::content(e.to_string()),
    }
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
    let corpus = read_corpus(&args.input, &k).map_err(ingest_error)?;
    let mentions = extract::extract_corpus(&corpus, &k);
    let tl = timeline::build(
        &corpus,
        &mentions,
        &k,
        DateRange {
            from: args.from,
            to: args.to,
        },
    );
    Ok((corpus, tl))
}

/// The JSON of `out/timeline.json`.
pub fn timeline_json(tl: &Timeline) -> String {
    let mut s = serde_json::to_string_pretty(tl).expect("a timeline serialises");
    s.push('\n');
    s
}

/// The document date: `SOURCE_DATE_EPOCH` when set, else [`DEFAULT_EPOCH`]. The second value
/// is the date to print in the brief (only when it was given).
fn build_time() -> Result<(DateTime<Utc>, Option<NaiveDate>), AppError> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) => {
            let secs: i64 = v.trim().parse().map_err(|_| {
                AppError::env(format!(
                    "SOURCE_DATE_EPOCH={v:?} is not a number of seconds"
                ))
            })?;
            let t = DateTime::from_timestamp(secs, 0)
                .ok_or_else(|| AppError::env(format!("SOURCE_DATE_EPOCH={v:?} is out of range")))?;
            Ok((t, Some(t.date_naive())))
        }
        Err(_) => Ok((DateTime::from_timestamp(DEFAULT_EPOCH, 0).unwrap(), None)),
    }
}

/// The outputs of a build, in memory, before anything is written.
pub struct Outputs {
    pub files: Vec<(&'static str, Vec<u8>)>,
    pub timeline: Timeline,
}

/// Runs the whole pipeline in memory.
pub fn build_outputs(args: &BuildArgs) -> Result<Outputs, AppError> {
    let (corpus, tl) = make_timeline(&args.corpus)?;
    let templates = match &args.templates {
        Some(d) if !d.is_dir() => {
            return Err(AppError::env(format!(
                "template folder {} does not exist",
                d.display()
            )));
        }
        Some(d) => Some(d.clone()),
        None => Some(PathBuf::from("report-templates")).filter(|d| d.is_dir()),
    };
    let renderer =
        Renderer::new(templates.as_deref()).map_err(|e| AppError::content(e.to_string()))?;
    let (now, build) = build_time()?;
    let options = BriefOptions {
        title: args.title.clone(),
        lang: args.lang,
        front_matter: args.front_matter,
        build,
    };
    let ctx = BriefContext::new(&tl, &corpus, &options);
    let wants = |f: Format| args.formats.contains(&f);
    let mut files: Vec<(&'static str, Vec<u8>)> = Vec::new();
    if wants(Format::Json) {
        files.push((Format::Json.file_name(), timeline_json(&tl).into_bytes()));
    }
    if wants(Format::Md) || wants(Format::Html) {
        let md = renderer
            .render("brief.md.j2", &ctx)
            .map_err(|e| AppError::content(e.to_string()))?;
        if wants(Format::Html) {
            let html = export::html(&md, &ctx.title, ctx.lang);
            files.push((Format::Html.file_name(), html.into_bytes()));
        }
        if wants(Format::Md) {
            files.push((Format::Md.file_name(), md.into_bytes()));
        }
    }
    if wants(Format::Typ) || wants(Format::Pdf) {
        let (typ, trace) = renderer
            .render_traced("brief.typ.j2", &ctx)
            .map_err(|e| AppError::content(e.to_string()))?;
        if wants(Format::Pdf) {
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
            .map_err(|e| compile_error(e, &corpus, &typ, &trace))?;
            files.push((Format::Pdf.file_name(), pdf));
        }
        if wants(Format::Typ) {
            files.push((Format::Typ.file_name(), typ.into_bytes()));
        }
    }
    if wants(Format::Csv) {
        files.push((Format::Csv.file_name(), export::csv(&tl)));
    }
    if wants(Format::Timelinejs) {
        files.push((
            Format::Timelinejs.file_name(),
            export::timelinejs(&tl, &ctx.title, &ctx.labels).into_bytes(),
        ));
    }
    files.sort_by_key(|(n, _)| *n);
    Ok(Outputs {
        files,
        timeline: tl,
    })
}

/// Adds to a compile error where it came from: the article a missing character is in, the
/// template line that wrote the Typst a diagnostic points at.
fn compile_error(e: CompileError, corpus: &Corpus, typ: &str, trace: &Trace) -> AppError {
    let mut msg = e.to_string();
    match &e {
        CompileError::MissingGlyphs(missing) => {
            for m in missing {
                let found = corpus.articles.iter().find_map(|a| {
                    a.lines
                        .iter()
                        .find(|l| l.text.contains(m.character))
                        .map(|l| format!("{}:{}", a.file, l.number))
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

fn build(args: &BuildArgs, out: &mut dyn Write) -> Result<Outcome, AppError> {
    let outputs = build_outputs(args)?;
    publish(&args.out, &outputs.files)?;
    let tl = &outputs.timeline;
    let _ = writeln!(
        out,
        "wrote {} ({} events, {} undated): {}",
        args.out.display(),
        tl.events.len(),
        tl.undated.len(),
        outputs
            .files
            .iter()
            .map(|(n, _)| *n)
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(Outcome::Success)
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
pub fn publish(out: &Path, files: &[(&str, Vec<u8>)]) -> Result<(), AppError> {
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let pid = std::process::id();
    let tmp = parent.join(format!(".{name}.tmp-{pid}"));
    let old = parent.join(format!(".{name}.old-{pid}"));
    let io = |what: &str, p: &Path, e: std::io::Error| {
        AppError::env(format!("cannot {what} {}: {e}", p.display()))
    };
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).map_err(|e| io("create", &tmp, e))?;
    let result = (|| {
        for (n, bytes) in files {
            let p = tmp.join(n);
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
    let (_, tl) = make_timeline(&args.corpus)?;
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

fn run_eval(args: &EvalArgs, out: &mut dyn Write) -> Result<Outcome, AppError> {
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
    if !args.quiet {
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
