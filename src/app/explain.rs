//! `chronobrief explain FILE[:LINE]`: what the extractor read in one article, sentence by
//! sentence (the meetings named, the dates, the words it set aside and why), and what each
//! meeting and directive became in the timeline: its date and how it was settled, or why it is
//! undated. It answers "why is this meeting not in my brief?".
//!
//! The article is read in its corpus when it lies in the input folder (so a year settled
//! through another article of the corpus, or a merge, shows as the brief has it), else alone.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::cli::ExplainArgs;
use crate::config::{CorpusArgs, LoadedConfig};
use crate::extract::{self, dates, ConferenceMention, Evidence, Mentions, NotAMeeting};
use crate::ingest::{self, Article, Line};
use crate::knowledge::Knowledge;
use crate::render::i18n::Lang;
use crate::timeline::{self, DateRange, Event, Kind, Timeline};

use super::error::config_error;
use super::pipeline::{ingest_and_extract, knowledge};
use super::{AppError, Outcome};

/// What `explain` found in one article.
#[derive(Debug, Serialize)]
pub struct Explanation {
    pub file: String,
    /// Read within the corpus of the input folder (else alone).
    pub in_corpus: bool,
    /// The article's own date, against which relative days and open years are read.
    pub document_date: Option<dates::DocumentDate>,
    pub lines: Vec<LineView>,
}

/// One line of the article, when it holds anything to explain.
#[derive(Debug, Serialize)]
pub struct LineView {
    pub line: usize,
    pub text: String,
    /// Set when the line was dropped as page furniture, and read no further.
    pub noise: Option<ingest::Noise>,
    pub sentences: Vec<SentenceView>,
}

#[derive(Debug, Serialize)]
pub struct SentenceView {
    pub text: String,
    /// The dates the sentence holds, as written.
    pub dates: Vec<String>,
    pub meetings: Vec<MeetingView>,
    /// Meeting words that name no meeting the sentence reports, with why.
    pub not_meetings: Vec<NotMeetingView>,
    pub directives: Vec<DirectiveView>,
}

#[derive(Debug, Serialize)]
pub struct MeetingView {
    pub title: String,
    pub meeting_kind: extract::lexicon::MeetingKind,
    /// `held` (reported as happening), `reference` (named as a point of reference: the
    /// sentence's dates are not its own), `framework` (the frame of another event: only its
    /// month is certain), `companion` (held together with another meeting of the article) or
    /// `aside` (held, but announced for later or recalled from before: no directive of the
    /// article is dated by it).
    pub role: &'static str,
    /// The date the extractor linked to it in the article, and how it was read.
    pub date_read: Option<DateRead>,
    pub event: Option<EventView>,
}

#[derive(Debug, Serialize)]
pub struct DateRead {
    pub text: String,
    pub line: usize,
    /// `written`, `counted-from-document-date`, `after-day-named` or `paragraph`.
    pub how: &'static str,
}

#[derive(Debug, Serialize)]
pub struct NotMeetingView {
    pub word: String,
    pub why: NotAMeeting,
}

#[derive(Debug, Serialize)]
pub struct DirectiveView {
    pub by: Option<String>,
    /// The conference it was given at, by its title.
    pub given_at: Option<String>,
    pub event: Option<EventView>,
}

/// What a mention became in the timeline.
#[derive(Debug, Serialize)]
pub struct EventView {
    pub id: String,
    /// `null` when undated.
    pub date: Option<String>,
    /// How the date was read and its year settled, or why it could not be (English).
    pub basis: String,
    /// Inside the brief's date range (an event outside it is not in the brief).
    pub in_range: bool,
    /// Other articles that report the same event.
    pub other_articles: usize,
}

/// Runs `explain`.
pub fn explain(args: &ExplainArgs, out: &mut dyn Write) -> Result<Outcome, AppError> {
    let (path, line) = parse_target(&args.target);
    let cfg = LoadedConfig::load(args.corpus.config.as_deref()).map_err(config_error)?;
    let corpus_args = args.corpus.resolve(&cfg).map_err(config_error)?;
    let explanations = explain_file(&path, line, &corpus_args)?;
    let text = if args.json {
        let mut s = serde_json::to_string_pretty(&explanations).expect("serialises");
        s.push('\n');
        s
    } else {
        explanations.iter().map(as_text).collect()
    };
    let _ = out.write_all(text.as_bytes());
    Ok(Outcome::Success)
}

/// `FILE:LINE` → the file and the line; a path whose last `:` is not followed by a number is
/// a file alone.
fn parse_target(target: &str) -> (PathBuf, Option<usize>) {
    match target.rsplit_once(':') {
        Some((file, n)) if !file.is_empty() && n.parse::<usize>().is_ok() => {
            (PathBuf::from(file), n.parse().ok())
        }
        _ => (PathBuf::from(target), None),
    }
}

/// The explanations of every article `path` holds (one, or one per record of a `.jsonl`), at
/// `line` only when given.
pub fn explain_file(
    path: &Path,
    line: Option<usize>,
    args: &CorpusArgs,
) -> Result<Vec<Explanation>, AppError> {
    let k = knowledge(args)?;
    let bytes = std::fs::read(path)
        .map_err(|e| AppError::env(format!("cannot read {}: {e}", path.display())))?;
    let inside = relative_to(path, &args.input);
    let rel = inside.clone().unwrap_or_else(|| {
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    });
    let articles: Vec<Article> = ingest::parse_file(&rel, path, &bytes, &k)
        .into_iter()
        .collect::<Result<_, _>>()
        .map_err(|e| AppError::content(e.to_string()))?;
    // The timeline over every year: an event outside the brief's range is still explained.
    let all_years = DateRange {
        from: chrono::NaiveDate::from_ymd_opt(1, 1, 1).expect("a day"),
        to: chrono::NaiveDate::from_ymd_opt(9999, 12, 31).expect("a day"),
    };
    let (mentions, of_article): (Vec<Mentions>, Vec<usize>) = match inside {
        Some(_) => {
            let (corpus, mentions) = ingest_and_extract(args, &k, None)?;
            let index = articles
                .iter()
                .map(|a| corpus.articles.iter().position(|c| c.file == a.file))
                .collect::<Option<Vec<usize>>>()
                .ok_or_else(|| {
                    AppError::content(format!(
                        "{} was not read with its corpus (see the warnings of a build)",
                        path.display()
                    ))
                })?;
            (mentions, index)
        }
        None => {
            // A fault of the extractor's own on the article is an error naming it.
            let mentions = articles
                .iter()
                .map(|a| {
                    super::pipeline::guarded(&a.file, || extract::extract_article(a, &k))
                        .map_err(|e| AppError::content(e.to_string()))
                })
                .collect::<Result<Vec<_>, _>>()?;
            (mentions, (0..articles.len()).collect())
        }
    };
    let tl = timeline::build(&mentions, &k, all_years);
    let range = DateRange {
        from: args.from,
        to: args.to,
    };
    Ok(articles
        .iter()
        .zip(of_article)
        .map(|(a, i)| explain_article(a, &mentions[i], line, &tl, range, &k, inside.is_some()))
        .collect())
}

/// `path` relative to the input folder, with `/` between folders, when it lies inside it.
fn relative_to(path: &Path, input: &Path) -> Option<String> {
    let (p, i) = (path.canonicalize().ok()?, input.canonicalize().ok()?);
    let rel = p.strip_prefix(&i).ok()?;
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    Some(parts.join("/"))
}

fn explain_article(
    a: &Article,
    m: &Mentions,
    only: Option<usize>,
    tl: &Timeline,
    range: DateRange,
    k: &Knowledge,
    in_corpus: bool,
) -> Explanation {
    let lines = a
        .lines
        .iter()
        .filter(|l| only.is_none_or(|n| n == l.number) && !l.text.trim().is_empty())
        .filter_map(|l| explain_line(l, m, tl, range, k, only.is_some()))
        .collect();
    Explanation {
        file: a.file.clone(),
        in_corpus,
        document_date: m.document_date.clone(),
        lines,
    }
}

/// One line's report; `None` for a line with nothing to explain, unless `always`.
fn explain_line(
    l: &Line,
    m: &Mentions,
    tl: &Timeline,
    range: DateRange,
    k: &Knowledge,
    always: bool,
) -> Option<LineView> {
    let mut view = LineView {
        line: l.number,
        text: l.text.clone(),
        noise: l.noise,
        sentences: Vec::new(),
    };
    if l.noise.is_some() {
        // Dropped before extraction: worth showing where a meeting or a date was lost with it.
        let telling = extract::lexicon::has_meeting_word(&l.folded.text)
            || !dates::find_dates(&l.folded.text).is_empty();
        return (always || telling).then_some(view);
    }
    for r in crate::text::sentences(&l.folded.text).ranges {
        let folded = &l.folded.text[r.clone()];
        let meetings: Vec<MeetingView> = m
            .conferences
            .iter()
            .filter(|c| c.evidence.line == l.number && r.contains(&c.sentence_start))
            .map(|c| meeting_view(c, tl, range))
            .collect();
        let quote = l.original(r.clone());
        let directives: Vec<DirectiveView> = m
            .directives
            .iter()
            .filter(|d| d.evidence.line == l.number && d.evidence.quote == quote)
            .map(|d| DirectiveView {
                by: d.by.clone(),
                given_at: d.parent.map(|p| m.conferences[p].title.clone()),
                event: event_of(tl, Kind::Directive, &d.evidence, range, |_| 0),
            })
            .collect();
        let not_meetings: Vec<NotMeetingView> = extract::rejected_meeting_words(folded, k)
            .into_iter()
            .map(|(at, word, why)| NotMeetingView {
                word: l
                    .original(r.start + at..r.start + at + word.len())
                    .to_string(),
                why,
            })
            .collect();
        if meetings.is_empty() && directives.is_empty() && not_meetings.is_empty() && !always {
            continue;
        }
        let dates = dates::find_dates(folded)
            .iter()
            .map(|d| {
                l.original(r.start + d.span.start..r.start + d.span.end)
                    .to_string()
            })
            .collect();
        view.sentences.push(SentenceView {
            text: quote.to_string(),
            dates,
            meetings,
            not_meetings,
            directives,
        });
    }
    (always || !view.sentences.is_empty()).then_some(view)
}

fn meeting_view(c: &ConferenceMention, tl: &Timeline, range: DateRange) -> MeetingView {
    let role = if c.reference {
        "reference"
    } else if c.framework {
        "framework"
    } else if c.companion_of.is_some() {
        "companion"
    } else if c.aside {
        "aside"
    } else {
        "held"
    };
    MeetingView {
        title: c.title.clone(),
        meeting_kind: c.meeting_kind,
        role,
        date_read: c.date.as_ref().map(|d| DateRead {
            text: d.read.text.clone(),
            line: d.read.line,
            how: match d.how {
                extract::ReadHow::Written => "written",
                extract::ReadHow::FromDocumentDate(_) => "counted-from-document-date",
                extract::ReadHow::AfterDayNamed(_) => "after-day-named",
                extract::ReadHow::Paragraph => "paragraph",
            },
        }),
        // Of two meetings of one sentence, the event of the same title, else of its number.
        event: event_of(tl, Kind::Conference, &c.evidence, range, |e| {
            u8::from(e.title == c.title) * 2
                + u8::from(c.ordinal.is_some() && e.ordinal == c.ordinal)
        }),
    }
}

/// The event of `kind` that cites this evidence, dated or not; of several (two meetings of
/// one sentence), the one `best` ranks highest.
fn event_of(
    tl: &Timeline,
    kind: Kind,
    ev: &Evidence,
    range: DateRange,
    best: impl Fn(&Event) -> u8,
) -> Option<EventView> {
    let e: &Event = tl
        .events
        .iter()
        .chain(&tl.undated)
        .filter(|e| e.kind == kind && e.sources.contains(ev))
        .max_by_key(|e| best(e))?;
    let mut files: Vec<&str> = e.sources.iter().map(|s| s.file.as_str()).collect();
    files.sort();
    files.dedup();
    Some(EventView {
        id: e.id.clone(),
        date: e.date.clone(),
        basis: Lang::En.basis(&e.date_basis),
        in_range: e.when.is_none_or(|w| w.within(range.from, range.to)),
        other_articles: files.iter().filter(|f| **f != ev.file).count(),
    })
}

/// An explanation as text for the terminal.
fn as_text(x: &Explanation) -> String {
    let mut s = format!("{}\n", x.file);
    match &x.document_date {
        Some(d) => s.push_str(&format!(
            "  document date {} ('{}', line {}, {:?})\n",
            d.date.iso(),
            d.text,
            d.line,
            d.source
        )),
        None => s.push_str(
            "  no document date: days without a year stay open unless the text settles them\n",
        ),
    }
    if x.lines.is_empty() {
        s.push_str("  no meeting word, meeting or directive found\n");
    }
    for l in &x.lines {
        s.push_str(&format!("line {}:\n", l.line));
        if let Some(n) = l.noise {
            s.push_str(&format!("  dropped as page furniture ({n:?}): not read\n"));
        }
        for sent in &l.sentences {
            s.push_str(&sentence_text(sent));
        }
    }
    s
}

fn sentence_text(sent: &SentenceView) -> String {
    let mut s = format!("  \"{}\"\n", sent.text);
    if !sent.dates.is_empty() {
        s.push_str(&format!("    dates: {}\n", sent.dates.join("; ")));
    }
    for m in &sent.meetings {
        s.push_str(&format!(
            "    meeting: {} ({}, {})\n",
            m.title,
            m.meeting_kind.as_str(),
            m.role
        ));
        match &m.date_read {
            Some(d) => s.push_str(&format!(
                "      date read: '{}' (line {}, {})\n",
                d.text, d.line, d.how
            )),
            None => s.push_str("      date read: none in its sentence or paragraph\n"),
        }
        s.push_str(&event_text(m.event.as_ref()));
    }
    for n in &sent.not_meetings {
        s.push_str(&format!(
            "    not a meeting: '{}': {}\n",
            n.word,
            n.why.describe()
        ));
    }
    for d in &sent.directives {
        s.push_str(&format!(
            "    directive by {}{}\n",
            d.by.as_deref().unwrap_or("(unnamed)"),
            d.given_at
                .as_ref()
                .map(|t| format!(", given at {t}"))
                .unwrap_or_default()
        ));
        s.push_str(&event_text(d.event.as_ref()));
    }
    s
}

fn event_text(e: Option<&EventView>) -> String {
    let Some(e) = e else {
        return "      event: none (left out of the timeline)\n".into();
    };
    let date = match &e.date {
        Some(d) if e.in_range => d.clone(),
        Some(d) => format!("{d}, outside the brief's range"),
        None => "undated".into(),
    };
    let others = match e.other_articles {
        0 => String::new(),
        n => format!(", also reported by {n} other article(s)"),
    };
    format!(
        "      event {}: {date}{others}\n      because: {}\n",
        e.id, e.basis
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_target_is_a_file_and_an_optional_line() {
        assert_eq!(parse_target("a.txt:12"), (PathBuf::from("a.txt"), Some(12)));
        assert_eq!(parse_target("a.txt"), (PathBuf::from("a.txt"), None));
        assert_eq!(parse_target("C:x.txt"), (PathBuf::from("C:x.txt"), None));
        assert_eq!(
            parse_target("dir:1/a.txt"),
            (PathBuf::from("dir:1/a.txt"), None)
        );
    }
}
