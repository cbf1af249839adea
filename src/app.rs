//! One function per subcommand. This is the only module that writes files.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};

use crate::cli::{BuildArgs, Cli, Command, CorpusArgs, EvalArgs, TimelineArgs};
use crate::compile::{compile_pdf, CompileError, CompileOptions};
use crate::data::Knowledge;
use crate::ingest::{read_corpus, Corpus, IngestError};
use crate::render::{BriefContext, Renderer};
use crate::timeline::{self, DateRange, Timeline};
use crate::{eval, extract};

/// The title of the brief when none is given.
pub const DEFAULT_TITLE: &str = "Các hội nghị và chỉ đạo theo dòng thời gian";

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
    let (now, build_date) = build_time()?;
    let title = args
        .title
        .clone()
        .unwrap_or_else(|| DEFAULT_TITLE.to_string());
    let ctx = BriefContext::new(&tl, &corpus, &title, build_date);
    let md = renderer
        .render("brief.md.j2", &ctx)
        .map_err(|e| AppError::content(e.to_string()))?;
    let typ = renderer
        .render("brief.typ.j2", &ctx)
        .map_err(|e| AppError::content(e.to_string()))?;
    let pdf = compile_pdf(
        &typ,
        &CompileOptions {
            now,
            deny_warnings: false,
        },
    )
    .map_err(|e| compile_error(e, &corpus))?;
    let json = timeline_json(&tl);
    Ok(Outputs {
        files: vec![
            ("timeline.json", json.into_bytes()),
            ("brief.md", md.into_bytes()),
            ("brief.typ", typ.into_bytes()),
            ("brief.pdf", pdf),
        ],
        timeline: tl,
    })
}

/// Adds to a missing-glyph error where in the corpus the character comes from.
fn compile_error(e: CompileError, corpus: &Corpus) -> AppError {
    let mut msg = e.to_string();
    if let CompileError::MissingGlyphs(missing) = &e {
        for m in missing {
            let found = corpus.articles.iter().find_map(|a| {
                a.lines
                    .iter()
                    .find(|l| l.text.contains(m.character))
                    .map(|l| format!("{}:{}", a.file, l.number))
            });
            if let Some(at) = found {
                msg.push_str(&format!(
                    "\nnote: '{}' comes from the article {at}",
                    m.character
                ));
            }
        }
        return AppError::content(msg)
            .hint("the embedded fonts cannot draw it; remove the character from the article or the template");
    }
    AppError::content(msg)
        .hint("the Typst source is written from the templates; see out/brief.typ of a good build")
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
