//! One brief's outputs, in memory, made as the output table says.

use chrono::DateTime;
use indicatif::ProgressBar;

use super::pdf::{pdf, LaidOut, MAX_PAGES_PER_BUDGET_PAGE};
use super::{history, AppError, Prepared, DEFAULT_EPOCH};
use crate::config::BuildArgs;
use crate::ingest::Corpus;
use crate::render::outputs::{DataInputs, Maker, WikiInputs, OUTPUTS};
use crate::render::{export, BriefContext, BriefOptions, Format, FrontMatter, Renderer};
use crate::timeline::{self, Changes, Timeline};
use std::time::Instant;
use tracing::info;

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

/// Renders every output of the brief of `tl` and compiles its PDF. `past` is what the previous
/// build wrote of this brief; `folder` names a named brief.
pub(super) fn render_outputs(
    args: &BuildArgs,
    p: &Prepared,
    tl: Timeline,
    past: &history::Past,
    folder: Option<&str>,
    progress: &ProgressBar,
) -> Result<Outputs, AppError> {
    let changes = timeline::changes::compare(past.timeline.as_deref(), &tl);
    let (now, options) = brief_options(args, p, &changes);
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
            let data = DataInputs {
                timeline: &tl,
                title: &first.title,
                labels: &first.labels,
                now,
                csv_bom: args.csv_bom,
            };
            let mut files = data_outputs(&wants, &data);
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
    let printed = chosen.as_ref().unwrap_or(&first);
    let news = News {
        changes: &changes,
        printed,
        folder,
        now,
        past_feed: past.feed.as_deref(),
    };
    news_outputs(&wants, args, &news, &mut files, &mut warnings);
    let files: Vec<(String, Vec<u8>)> =
        files.into_iter().map(|(n, b)| (n.to_string(), b)).collect();
    Ok(Outputs {
        files,
        timeline: tl,
        changes,
        warnings,
    })
}

/// The build's date and time (fixed when the build has none, so builds are reproducible) and
/// the options of the brief's first choice of events.
pub(super) fn brief_options(
    args: &BuildArgs,
    p: &Prepared,
    changes: &Changes,
) -> (DateTime<chrono::Utc>, BriefOptions) {
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
    (now, options)
}

/// What the outputs of what changed are made from.
pub(super) struct News<'a> {
    changes: &'a Changes,
    /// The brief as printed (its events chosen again when the PDF overran its budget).
    printed: &'a BriefContext,
    folder: Option<&'a str>,
    now: DateTime<chrono::Utc>,
    past_feed: Option<&'a str>,
}

/// `changes.json` and `feed.xml`, as far as the formats ask for them; a feed of a build
/// without a date of its own comes with a warning.
pub(super) fn news_outputs(
    wants: &dyn Fn(Format) -> bool,
    args: &BuildArgs,
    news: &News,
    files: &mut Vec<(&'static str, Vec<u8>)>,
    warnings: &mut Vec<String>,
) {
    if wants(Format::Changes) {
        let json = export::changes_json(news.changes);
        files.push((Format::Changes.file_name(), json.into_bytes()));
    }
    if !wants(Format::Feed) {
        return;
    }
    let ctx = news.printed;
    let anchors = crate::render::news::printed_anchors(&ctx.years, &ctx.undated);
    let info = export::FeedInfo {
        title: &ctx.title,
        focus: news.folder,
        lang: args.lang,
        now: news.now,
        anchors: &anchors,
    };
    let feed = export::feed(news.changes, news.past_feed, &info);
    files.push((Format::Feed.file_name(), feed.into_bytes()));
    if args.build_time.is_none() && !news.changes.is_empty() {
        warnings.push(format!(
            "warning: feed.xml dates its new entries {}, the fixed date of a build without a date of its own\nhint: a scheduled job sets SOURCE_DATE_EPOCH=$(date +%s) (or [build] date) so that readers see when each change was found",
            news.now.date_naive()
        ));
    }
}

/// Compiles of one brief at most: when a brief comes out longer than its page budget, events
/// are chosen again for fuller pages, twice at most.
pub(super) const MAX_BUDGET_ATTEMPTS: usize = 3;

/// The Typst brief and, when asked for, its PDF.
pub(super) struct PrintedBrief {
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
pub(super) fn printed_brief(
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

/// The outputs the output table makes from the timeline alone, as far as the formats ask for
/// them: every event, whatever the brief prints.
pub(super) fn data_outputs(
    wants: &dyn Fn(Format) -> bool,
    data: &DataInputs,
) -> Vec<(&'static str, Vec<u8>)> {
    OUTPUTS
        .iter()
        .filter(|o| wants(o.format))
        .filter_map(|o| match o.maker {
            Maker::Data(make) => Some((o.file, make(data))),
            _ => None,
        })
        .collect()
}

/// The plain text every web page and scraper record was read as, at the path its citations
/// name (`sources/page.html.txt`, `sources/crawl.jsonl/line-3.txt`), so that a reader finds
/// each quote on the line cited.
pub(super) fn source_texts(corpus: &Corpus) -> impl Iterator<Item = (String, Vec<u8>)> + '_ {
    corpus.articles.iter().filter_map(|a| {
        let o = a.origin.as_ref()?;
        Some((a.file.clone(), o.text.clone().into_bytes()))
    })
}

/// True for the outputs [`wiki_outputs`] makes.
pub(super) fn is_wiki_output(name: &str) -> bool {
    name == HUGO_BUNDLE_PAGE || OUTPUTS.iter().any(|o| o.file == name && o.format.is_wiki())
}

/// With Hugo front matter, the Markdown brief is also written as the page of a Hugo leaf
/// bundle: the output folder copied into `content/` is a page whose `timeline.svg` is its own
/// resource, which the brief's relative link finds under Hugo's default URLs (a lone
/// `brief.md` would be published at `…/brief/`, where no `timeline.svg` is). In the bundle
/// `brief.md` is a resource, not a second page.
pub const HUGO_BUNDLE_PAGE: &str = "index.md";

/// The outputs the output table makes from the brief's view of the events it prints, as far
/// as the formats ask for them, and, as a Hugo page bundle's page, `index.md`. The Markdown
/// is rendered once, for every output made from it.
pub(super) fn wiki_outputs(
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
    let markdown = match wants(Format::Md) || wants(Format::Html) {
        true => renderer
            .render("brief.md.j2", ctx)
            .map_err(|e| AppError::content(e.to_string()))?,
        false => String::new(),
    };
    let wiki = WikiInputs {
        markdown: &markdown,
        svg: &svg,
        figure_shown: !ctx.figure.markers.is_empty(),
        title: &ctx.title,
        lang: ctx.lang,
    };
    for o in OUTPUTS.iter().filter(|o| wants(o.format)) {
        if let Maker::Wiki(make) = o.maker {
            files.push((o.file, make(&wiki)));
        }
    }
    if wants(Format::Md) && args.front_matter == FrontMatter::Hugo {
        files.push((HUGO_BUNDLE_PAGE, markdown.into_bytes()));
    }
    Ok(())
}
