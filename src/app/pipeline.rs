//! The stages in order, as a build runs them: read and extract (with the extraction cache),
//! order into a timeline, then every brief's outputs.

use std::sync::Arc;
use std::time::Instant;

use indicatif::ProgressBar;
use tracing::info;

use super::outputs::{render_outputs, source_texts, Outputs};
use super::watchdog::{Overrun, Watchdog};
use super::{cache, error::ingest_error, AppError, ExtractionCache, History};
use crate::compile::FontSet;
use crate::config::{BuildArgs, CorpusArgs, NamedBrief};
use crate::extract;
use crate::ingest::{Corpus, IngestError, Listing};
use crate::knowledge::Knowledge;
use crate::render::Format;
use crate::render::Renderer;
use crate::timeline::{self, DateRange, Timeline};

pub(super) fn knowledge(args: &CorpusArgs) -> Result<Knowledge, AppError> {
    match &args.data {
        Some(dir) => Knowledge::load_dir(dir).map_err(|e| AppError::content(e.to_string())),
        None => Ok(Knowledge::embedded()),
    }
}

/// Reads every article and extracts from it as soon as it is read, in parallel; the articles'
/// lines are not kept, so memory does not grow with the archive. An article `cache` holds for
/// its bytes is taken from there instead of being parsed and extracted again.
pub(super) fn ingest_and_extract(
    args: &CorpusArgs,
    k: &Knowledge,
    cache: Option<&ExtractionCache>,
) -> Result<(Corpus, Vec<extract::Mentions>), AppError> {
    let t = Instant::now();
    let listing = Listing::of(&args.input).map_err(ingest_error)?;
    // Each file read: what the cache holds for its bytes, or its articles parsed and extracted
    // (their lines not kept, so memory does not grow with the archive).
    let files = listing.read_each(args.max_article_bytes, |file| {
        let cached = file
            .read_digest()
            .and_then(|digest| cache?.load(&file.file, digest));
        match cached {
            Some((a, m)) => file.cached((a, (m, false))),
            None => file.try_parse(
                k,
                |a| guarded(&a.file, || (extract::extract_article(a, k), true)),
                false,
            ),
        }
    });
    let (corpus, results) = files.gather(args.strict).map_err(ingest_error)?;
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

/// `f`, run for the article of `file`; a fault of chronobrief's own on it (a panic) is an
/// error naming the article, not the end of the whole build.
pub(super) fn guarded<T>(file: &str, f: impl FnOnce() -> T) -> Result<T, IngestError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|panic| {
        IngestError::Internal {
            path: file.into(),
            message: panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic".to_string()),
        }
    })
}

/// The articles (and what was extracted from each) in an order their content gives: by
/// publication date, then title, then digest. Merging, year resolution and every tie the timeline breaks
/// follow this order, so one corpus gives one timeline whatever its files are called or the
/// order the folder lists them in.
pub(super) fn in_content_order(
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
    let (articles, mentions): (Vec<_>, Vec<_>) = both.into_iter().unzip();
    corpus.articles = articles;
    (corpus, mentions)
}

/// The timeline of every event found in the range; a focus is applied after.
pub(super) fn order(args: &CorpusArgs, mentions: &[extract::Mentions], k: &Knowledge) -> Timeline {
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
pub(super) fn extraction_cache(
    args: &BuildArgs,
    k: &Knowledge,
    read_only: bool,
) -> Option<ExtractionCache> {
    let dir = args.cache.clone()?;
    let Some(version) = cache::tool_version() else {
        tracing::warn!("the executable cannot be identified; the extraction cache is not used");
        return None;
    };
    let c = ExtractionCache::new(dir, &version, &k.digest);
    Some(if read_only { c.read_only() } else { c })
}

/// [`prepare`]; `read_only` reads the extraction cache without writing to it.
pub(super) fn prepare_with(args: &BuildArgs, read_only: bool) -> Result<Prepared, AppError> {
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
pub(super) fn cut_warnings(corpus: &Corpus, mentions: &[extract::Mentions]) -> Vec<String> {
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
pub(super) fn load_fonts(args: &BuildArgs) -> Result<Arc<FontSet>, AppError> {
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
pub(super) fn every_brief(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_while_reading_an_article_is_an_error_naming_it() {
        assert_eq!(guarded("a.txt", || 7).unwrap(), 7);
        let err = guarded("2019/b.txt", || -> u32 { panic!("slice out of range") }).unwrap_err();
        let shown = err.to_string();
        assert!(shown.starts_with("2019/b.txt: "), "{shown}");
        assert!(shown.contains("slice out of range"), "{shown}");
        let owned = guarded("c.txt", || -> u32 { panic!("{} > {}", 107, 31) }).unwrap_err();
        assert!(owned.to_string().contains("107 > 31"), "{owned}");
    }
}
