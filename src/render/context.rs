//! The brief's view model: what the templates receive ([`BriefContext`]), built from the
//! timeline in named steps.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::budget::{select, Selection};
use super::figure::{self, Figure};
use super::i18n::Lang;
use super::{index, is_link_safe, news, FrontMatter, IndexEntry};
use crate::extract::dates::{Date, Precision};
use crate::extract::lexicon::{meeting_kind, meeting_noun, MeetingKind};
use crate::extract::Evidence;
use crate::ingest::{Corpus, Origin};
use crate::text::excerpt;
use crate::timeline::{Changes, Event, FocusKind, FocusReport, Kind, Timeline};

/// What the templates receive. Documented in `report-templates/README.md`.
#[derive(Debug, Serialize)]
pub struct BriefContext {
    pub title: String,
    /// "vi" or "en".
    pub lang: &'static str,
    /// The fixed words of the brief in its language, by key.
    pub labels: BTreeMap<&'static str, &'static str>,
    /// "none", "hugo" or "mkdocs": the front matter `brief.md` starts with.
    pub front_matter: &'static str,
    pub range_from: String,
    pub range_to: String,
    /// The range in the brief's language ("01/01/2016 – 31/12/2022").
    pub range_text: String,
    /// Build date (YYYY-MM-DD) when one was given (SOURCE_DATE_EPOCH), else none.
    pub build_date: Option<String>,
    /// The same in the brief's language ("14/11/2023" / "14 Nov 2023").
    pub build_date_text: Option<String>,
    /// The same as a Typst `datetime(...)` argument list ("year: 2024, month: 1, day: 2").
    pub build_datetime: Option<String>,
    pub counts: Counts,
    pub summary: Summary,
    pub figure: Figure,
    /// The file the figure is also written to (`timeline.svg`), when it is written.
    pub figure_file: Option<String>,
    pub years: Vec<YearSection>,
    pub undated: Vec<Item>,
    /// Undated events left out by the page budget or `--max-per-year`.
    pub undated_more: usize,
    /// When the brief leaves events out: how many it prints, of how many.
    pub selected: Option<Selected>,
    /// When the user said what the brief is about: that, and how many events matched.
    pub focus: Option<FocusView>,
    /// What is new or changed since the previous build, when anything is.
    pub news: Option<news::News>,
    /// Who held or chaired the printed meetings and gave the printed directives, with their
    /// events, alphabetically.
    pub index: Vec<IndexEntry>,
    /// Names the index leaves out ([`MAX_INDEX_NAMES`](super::MAX_INDEX_NAMES)).
    pub index_more: usize,
    pub articles: Vec<ArticleInfo>,
    /// Articles not listed because none of the printed events cites them.
    pub articles_more: usize,
}

#[derive(Debug, Serialize)]
pub struct Counts {
    pub articles: usize,
    pub events: usize,
    pub conferences: usize,
    /// Directives given at conferences and formal documents together.
    pub directives: usize,
    pub documents: usize,
    pub undated: usize,
}

/// The generated summary of the cover.
#[derive(Debug, Serialize)]
pub struct Summary {
    pub per_year: Vec<YearCount>,
    pub first: Option<Headline>,
    pub last: Option<Headline>,
    /// The person who chaired most conferences, and how many.
    pub top_chair: Option<(String, usize)>,
}

#[derive(Debug, Serialize)]
pub struct YearCount {
    pub year: i32,
    pub conferences: usize,
    pub directives: usize,
    pub documents: usize,
}

#[derive(Debug, Serialize)]
pub struct Headline {
    pub date_text: String,
    pub title: String,
}

/// The events of one year.
#[derive(Debug, Serialize)]
pub struct YearSection {
    pub year: i32,
    /// An explicit ASCII id for the year's heading ("y2016"): the same on every wiki engine and
    /// in every language, and never one an engine makes from the heading's text (GitHub and
    /// GitLab make "năm-2016", MkDocs "nam-2016"), so no id is doubled.
    pub anchor: String,
    pub items: Vec<Item>,
    /// The printed events grouped by date, one entry per date, for the Mermaid diagram.
    pub periods: Vec<Period>,
    /// Events of the year left out by the page budget or `--max-per-year`.
    pub more: usize,
}

/// What a focused brief is about, for its cover.
#[derive(Debug, Serialize)]
pub struct FocusView {
    /// The focus in the brief's language: `“ngoại giao”; Bộ Ngoại giao; hội nghị`.
    pub about: String,
    pub matched: usize,
    pub found: usize,
}

impl FocusView {
    fn of(report: &FocusReport, lang: Lang) -> Self {
        let labels = lang.labels();
        let kinds = report.focus.kinds.iter().map(|k| match k {
            FocusKind::Conference => labels["conferences"].to_string(),
            FocusKind::Directive => labels["directives"].to_string(),
            FocusKind::Document => labels["documents"].to_string(),
        });
        let about = (report.focus.words.iter().map(|w| format!("“{w}”")))
            .chain(report.focus.bodies.iter().cloned())
            .chain(kinds)
            .collect::<Vec<_>>()
            .join("; ");
        FocusView {
            about,
            matched: report.matched,
            found: report.found,
        }
    }
}

/// The events a brief with a page budget (or a per-year cap) prints in full.
#[derive(Debug, Serialize)]
pub struct Selected {
    /// Events (conferences, formal documents, undated events) printed in full.
    pub printed: usize,
    /// All of them in the timeline.
    pub of: usize,
    /// The page budget; 0 when only `--max-per-year` caps the brief.
    pub pages: usize,
}

/// The events of one date.
#[derive(Debug, Serialize)]
pub struct Period {
    /// The short date in the brief's language ("13/12/2021", "12/2021", "2018").
    pub date: String,
    pub titles: Vec<String>,
}

/// A source as a footnote cites it.
#[derive(Debug, Serialize)]
pub struct Cite {
    pub file: String,
    pub line: usize,
    pub quote: String,
    /// The article's URL, when it gives one that may be a link (`http`, `https`, `mailto`).
    pub url: Option<String>,
    /// The article's address when it is of another scheme (`javascript:`, `file:`, …): printed
    /// as text, never as a link.
    pub url_text: Option<String>,
    /// For an article read from a web page or a scraper's export (whose `file` is the text
    /// written to `out/sources/`): the input file, record and paragraph, in the brief's
    /// language.
    pub origin: Option<String>,
}

/// A conference (with its directives) or a formal directive, ready to print.
#[derive(Debug, Serialize)]
pub struct Item {
    /// 1-based number, unique in the brief (for footnote labels).
    pub n: usize,
    /// The number of the event's marker in the timeline figure, when the figure numbers them.
    pub marker: Option<usize>,
    /// The id of the event's heading, which the figure's marker links to (`ev-…`).
    pub anchor: String,
    #[serde(flatten)]
    pub event: Event,
    /// The date in the brief's language ("Thứ Hai, 13/12/2021"), or none.
    pub date_text: Option<String>,
    /// The kind of meeting in the brief's language ("Phiên họp, kỳ họp"), for a conference
    /// whose title does not start by saying it ("Chính phủ họp phiên thường kỳ").
    pub meeting_kind_text: Option<&'static str>,
    /// True when the brief says how the date was read: the year was not written next to the
    /// day, or the end is only the last day a report gives ([`DateBasis::needs_no_note`]).
    ///
    /// [`DateBasis::needs_no_note`]: crate::timeline::DateBasis::needs_no_note
    pub inferred: bool,
    /// `date_basis` in the brief's language (article quotes stay as written).
    pub basis_text: String,
    /// Other days that sources give for the event, with where ([`Lang::conflicts`]).
    pub conflicts_text: Option<String>,
    pub cites: Vec<Cite>,
    /// Sources not printed because of [`MAX_CITES`](super::MAX_CITES) (all are in timeline.json).
    pub cites_more: usize,
    pub directives: Vec<Item>,
    /// Directives not printed because of the cap.
    pub directives_more: usize,
}

#[derive(Debug, Serialize)]
pub struct ArticleInfo {
    pub file: String,
    pub title: String,
    /// The article's URL when it may be a link (`http`, `https`, `mailto`).
    pub url: Option<String>,
    /// The article's address of any other scheme, printed as text only.
    pub url_text: Option<String>,
    /// The outlet, for a web page or a scraper's record.
    pub site: Option<String>,
    /// The input file (and record) a web page's or a record's text was read from.
    pub origin: Option<String>,
    pub dateline: Option<String>,
    /// Titles of the events it supports.
    pub supports: Vec<String>,
}

/// Options of the brief that are not in the timeline.
#[derive(Debug, Clone)]
pub struct BriefOptions {
    pub title: Option<String>,
    /// At most this many events per year (and undated) are printed in full; 0: no such cap.
    pub max_per_year: usize,
    /// The page budget: the most important events that fit in this many pages are printed in
    /// full, the rest counted; 0 prints every event.
    pub pages: usize,
    /// How full the estimate of printed length takes a page to be: 1.0 for the default
    /// template; lowered when a compiled brief came out longer than its budget.
    pub density: f64,
    pub lang: Lang,
    pub front_matter: FrontMatter,
    pub build: Option<NaiveDate>,
    /// Titles and forms of address (the knowledge file's honorifics): a chair or giver known
    /// only by one ("Thủ tướng") names no one the index can list.
    pub titles: Vec<String>,
    /// What changed since the previous build, for the "What's new" section; none on a first
    /// build or when nothing was compared.
    pub changes: Option<Changes>,
}

impl BriefOptions {
    /// A brief in `lang` that prints every event: no page budget, no per-year cap.
    pub fn all(lang: Lang) -> Self {
        BriefOptions {
            title: None,
            max_per_year: 0,
            pages: 0,
            density: 1.0,
            lang,
            front_matter: FrontMatter::None,
            build: None,
            titles: Vec::new(),
            changes: None,
        }
    }
}

/// An article's address as a link target, when its scheme is one a reader may follow.
fn link(url: &str) -> Option<String> {
    is_link_safe(url).then(|| url.trim().to_string())
}

/// An article's address that must stay text (any scheme but `http`, `https` and `mailto`).
fn unlinked(url: &str) -> Option<String> {
    (!is_link_safe(url) && !url.trim().is_empty()).then(|| url.trim().to_string())
}

impl BriefContext {
    /// Builds the template context: the events the brief has room for (with a budget or a
    /// cap, the most important ones, each with a bounded number of sources and directives;
    /// `timeline.json` keeps them all), by year, with the figure, the index and the articles.
    pub fn new(timeline: &Timeline, corpus: &Corpus, options: &BriefOptions) -> Self {
        let lang = options.lang;
        let selection = select(timeline, options);
        let figure = figure::layout(timeline, lang);
        let mut items = Items::new(corpus, &figure, &selection, lang);
        let years = year_sections(timeline, &selection, &mut items, lang);
        let (index, index_more) = index::who_did_what(&years, &options.titles);
        let undated: Vec<Item> = timeline
            .undated
            .iter()
            .filter(|e| selection.shows(e))
            .map(|e| items.item(e))
            .collect();
        let undated_more = timeline.undated.len() - undated.len();
        let news = options
            .changes
            .as_ref()
            .and_then(|c| news::section(c, &years, &undated, lang));
        let printed = years.iter().map(|y| y.items.len()).sum::<usize>() + undated.len();
        let (articles, articles_more) =
            article_list(timeline, corpus, &selection, (&years, &undated), lang);
        BriefContext {
            title: options
                .title
                .clone()
                .unwrap_or_else(|| lang.default_title().to_string()),
            lang: lang.code(),
            labels: lang.labels(),
            front_matter: match options.front_matter {
                FrontMatter::None => "none",
                FrontMatter::Hugo => "hugo",
                FrontMatter::Mkdocs => "mkdocs",
            },
            range_from: timeline.range.from.to_string(),
            range_to: timeline.range.to.to_string(),
            range_text: format!(
                "{} – {}",
                lang.day(timeline.range.from),
                lang.day(timeline.range.to)
            ),
            build_date: options.build.map(|d| d.to_string()),
            build_date_text: options.build.map(|d| lang.day(d)),
            build_datetime: options
                .build
                .map(|d| format!("year: {}, month: {}, day: {}", d.year(), d.month(), d.day())),
            counts: Counts::of(timeline, corpus),
            summary: summary(timeline, lang),
            figure,
            figure_file: None,
            years,
            undated,
            undated_more,
            selected: Selected::of(timeline, printed, options.pages),
            focus: timeline.focus.as_ref().map(|f| FocusView::of(f, lang)),
            news,
            index,
            index_more,
            articles,
            articles_more,
        }
    }
}

/// Makes the brief's item of each event it prints, numbered in the order asked.
struct Items<'a> {
    urls: BTreeMap<&'a str, &'a str>,
    origins: BTreeMap<&'a str, &'a Origin>,
    /// The figure's marker number of each event it marks.
    markers: BTreeMap<&'a str, usize>,
    selection: &'a Selection,
    lang: Lang,
    n: usize,
}

impl<'a> Items<'a> {
    fn new(corpus: &'a Corpus, figure: &'a Figure, selection: &'a Selection, lang: Lang) -> Self {
        Items {
            urls: corpus
                .articles
                .iter()
                .filter_map(|a| Some((a.file.as_str(), a.url.as_deref()?)))
                .collect(),
            origins: corpus
                .articles
                .iter()
                .filter_map(|a| Some((a.file.as_str(), a.origin.as_ref()?)))
                .collect(),
            markers: figure
                .markers
                .iter()
                .filter_map(|m| Some((m.id.as_str(), m.n?)))
                .collect(),
            selection,
            lang,
            n: 0,
        }
    }

    /// The next item: `e` with its dates and basis in words and its first sources cited.
    fn item(&mut self, e: &Event) -> Item {
        self.n += 1;
        let lang = self.lang;
        let cap_cites = self.selection.cites_of(e);
        Item {
            n: self.n,
            marker: self.markers.get(e.id.as_str()).copied(),
            anchor: figure::event_anchor(&e.id),
            date_text: e.when.as_ref().map(|w| {
                let end = e.end.as_deref().and_then(Date::parse_iso);
                lang.date_range(w, end.as_ref())
            }),
            meeting_kind_text: unsaid_kind(e).map(|k| lang.meeting_kind(k)),
            basis_text: lang.basis(&e.date_basis),
            conflicts_text: lang.conflicts(&e.conflicts, self.selection.conflicts),
            inferred: !e.date_basis.needs_no_note(),
            cites: e
                .sources
                .iter()
                .take(cap_cites)
                .map(|s| self.cite(s))
                .collect(),
            cites_more: e.sources.len().saturating_sub(cap_cites),
            event: e.clone(),
            directives: Vec::new(),
            directives_more: 0,
        }
    }

    /// A source cited, with its article's address and where a web page or record was read.
    fn cite(&self, s: &Evidence) -> Cite {
        let url = self.urls.get(s.file.as_str());
        Cite {
            file: s.file.clone(),
            line: s.line,
            quote: s.quote.clone(),
            url: url.and_then(|u| link(u)),
            url_text: url.and_then(|u| unlinked(u)),
            origin: self
                .origins
                .get(s.file.as_str())
                .map(|o| self.lang.origin(&o.input, o.record, o.paragraph(s.line))),
        }
    }
}

/// The dated events the brief prints, by year: each directive under its conference (up to
/// the selection's cap), the events left out counted.
fn year_sections(
    timeline: &Timeline,
    selection: &Selection,
    items: &mut Items,
    lang: Lang,
) -> Vec<YearSection> {
    let mut years: Vec<YearSection> = Vec::new();
    let mut hidden: HashSet<&str> = HashSet::new();
    for e in &timeline.events {
        let year = e.when.map(|w| w.year).unwrap_or_default();
        if years.last().is_none_or(|y| y.year != year) {
            years.push(YearSection {
                year,
                anchor: format!("y{year}"),
                items: Vec::new(),
                periods: Vec::new(),
                more: 0,
            });
        }
        let section = years.last_mut().unwrap();
        match &e.parent {
            Some(p) if hidden.contains(p.as_str()) => {}
            Some(p) => match section.items.iter_mut().rev().find(|i| &i.event.id == p) {
                Some(parent) if parent.directives.len() >= selection.directives => {
                    parent.directives_more += 1
                }
                Some(parent) => parent.directives.push(items.item(e)),
                None => section.items.push(items.item(e)),
            },
            None if !selection.shows(e) => {
                section.more += 1;
                hidden.insert(e.id.as_str());
            }
            None => section.items.push(items.item(e)),
        }
    }
    for y in &mut years {
        y.periods = periods(&y.items, lang);
    }
    years
}

/// The articles of the appendix, each with the events it supports, and how many are left
/// out: with a cap, only the articles the printed items (`printed`: by year, undated) cite.
fn article_list(
    timeline: &Timeline,
    corpus: &Corpus,
    selection: &Selection,
    printed: (&[YearSection], &[Item]),
    lang: Lang,
) -> (Vec<ArticleInfo>, usize) {
    let mut supports = supported_events(timeline, selection);
    let (years, undated) = printed;
    let shown: Option<BTreeSet<&str>> = selection.shown.is_some().then(|| {
        years
            .iter()
            .flat_map(|y| &y.items)
            .chain(undated)
            .flat_map(|i| {
                i.cites
                    .iter()
                    .chain(i.directives.iter().flat_map(|d| &d.cites))
            })
            .map(|c| c.file.as_str())
            .collect()
    });
    let mut articles_more = 0;
    let articles = corpus
        .articles
        .iter()
        .enumerate()
        .filter(|(_, a)| {
            let keep = shown.as_ref().is_none_or(|s| s.contains(a.file.as_str()));
            articles_more += usize::from(!keep);
            keep
        })
        .map(|(i, a)| ArticleInfo {
            file: a.file.clone(),
            title: a.title.clone(),
            url: a.url.as_deref().and_then(link),
            url_text: a.url.as_deref().and_then(unlinked),
            site: a.origin.as_ref().and_then(|o| o.site.clone()),
            origin: a
                .origin
                .as_ref()
                .map(|o| lang.origin(&o.input, o.record, None)),
            dateline: timeline
                .document_dates
                .get(i)
                .and_then(Option::as_ref)
                .map(|d| match d.day() {
                    Some(day) => lang.day(day),
                    None => lang.date(&d.date),
                }),
            supports: supports.remove(a.file.as_str()).unwrap_or_default(),
        })
        .collect();
    (articles, articles_more)
}

/// The titles of the printed top-level events each article supports, in one pass over the
/// events.
fn supported_events<'a>(
    timeline: &'a Timeline,
    selection: &Selection,
) -> BTreeMap<&'a str, Vec<String>> {
    let mut supports: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let top = |e: &&Event| e.parent.is_none() && selection.shows(e);
    for e in timeline.events.iter().filter(top) {
        let mut files: Vec<&str> = e.sources.iter().map(|s| s.file.as_str()).collect();
        files.dedup();
        for f in files {
            supports.entry(f).or_default().push(e.title.clone());
        }
    }
    supports
}

impl Counts {
    fn of(timeline: &Timeline, corpus: &Corpus) -> Self {
        let is = |k: Kind, parent: bool| {
            move |e: &&Event| e.kind == k && (e.parent.is_some() == parent || k == Kind::Conference)
        };
        let count = |f: &dyn Fn(&&Event) -> bool| timeline.events.iter().filter(|e| f(e)).count();
        Counts {
            articles: corpus.articles.len(),
            events: timeline.events.len(),
            conferences: count(&is(Kind::Conference, false)),
            directives: count(&|e: &&Event| e.kind == Kind::Directive),
            documents: count(&is(Kind::Directive, false)),
            undated: timeline.undated.len(),
        }
    }
}

impl Selected {
    /// How many of the timeline's top-level events the brief prints, when not all of them.
    fn of(timeline: &Timeline, printed: usize, pages: usize) -> Option<Self> {
        let top = timeline
            .events
            .iter()
            .filter(|e| e.parent.is_none())
            .count();
        Some(Selected {
            printed,
            of: top + timeline.undated.len(),
            pages,
        })
        .filter(|s| s.printed < s.of)
    }
}

/// Columns of one year's Mermaid diagram at most: past this, a year's dates are grouped by
/// month (twelve at most), so a wiki page never shrinks the diagram's text to fit dozens of
/// columns.
pub const MAX_DIAGRAM_COLUMNS: usize = 12;
/// Titles listed in one column; the others are counted.
pub const MAX_COLUMN_TITLES: usize = 4;

/// One period per date (per month when a year has more than [`MAX_DIAGRAM_COLUMNS`] dates):
/// events of one period share one column of the diagram.
fn periods(items: &[Item], lang: Lang) -> Vec<Period> {
    let dates: Vec<Date> = items.iter().filter_map(|i| i.event.when).collect();
    let mut distinct = dates.clone();
    distinct.dedup();
    let by_month = distinct.len() > MAX_DIAGRAM_COLUMNS;
    let mut out: Vec<(Date, Vec<String>)> = Vec::new();
    for (i, when) in items.iter().filter_map(|i| Some((i, i.event.when?))) {
        let when = match by_month {
            true => when.truncate(Precision::Month),
            false => when,
        };
        let title = excerpt(&i.event.title, 70);
        match out.iter_mut().find(|(d, _)| *d == when) {
            Some((_, titles)) => titles.push(title),
            None => out.push((when, vec![title])),
        }
    }
    out.into_iter()
        .map(|(when, mut titles)| {
            if titles.len() > MAX_COLUMN_TITLES {
                let more = titles.len() - (MAX_COLUMN_TITLES - 1);
                titles.truncate(MAX_COLUMN_TITLES - 1);
                titles.push(lang.labels()["more_events_short"].replace("{n}", &more.to_string()));
            }
            Period {
                date: lang.short_date(&when),
                titles,
            }
        })
        .collect()
}

/// The kind of meeting of a conference whose title does not begin with a word of that kind:
/// under "Hội thảo về …", a line saying "workshop" would only repeat it.
pub fn unsaid_kind(e: &Event) -> Option<MeetingKind> {
    let kind = e.meeting_kind?;
    let said = meeting_noun(&e.title).map(meeting_kind);
    (said != Some(kind)).then_some(kind)
}

fn summary(timeline: &Timeline, lang: Lang) -> Summary {
    let mut per_year: Vec<YearCount> = Vec::new();
    for e in &timeline.events {
        let Some(w) = e.when else { continue };
        if per_year.last().is_none_or(|y| y.year != w.year) {
            per_year.push(YearCount {
                year: w.year,
                conferences: 0,
                directives: 0,
                documents: 0,
            });
        }
        let y = per_year.last_mut().unwrap();
        match (e.kind, &e.parent) {
            (Kind::Conference, _) => y.conferences += 1,
            (Kind::Directive, Some(_)) => y.directives += 1,
            (Kind::Directive, None) => y.documents += 1,
        }
    }
    let headline = |e: &Event| Headline {
        date_text: e.when.map(|w| lang.date(&w)).unwrap_or_default(),
        title: e.title.clone(),
    };
    let tops: Vec<&Event> = timeline
        .events
        .iter()
        .filter(|e| e.parent.is_none())
        .collect();
    let mut chairs: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &tops {
        if let Some(c) = &e.details.chair {
            *chairs.entry(c.as_str()).or_default() += 1;
        }
    }
    let top_chair = chairs
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map(|(c, n)| (c.to_string(), n));
    Summary {
        per_year,
        first: tops.first().map(|e| headline(e)),
        last: tops.last().map(|e| headline(e)),
        top_chair,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::basis::DateBasis;

    #[test]
    fn a_kind_is_said_only_where_the_title_does_not_open_with_a_word_of_it() {
        let unsaid = |title: &str, kind: MeetingKind| {
            let mut e = Event::new(
                Kind::Conference,
                title.to_string(),
                None,
                DateBasis::nothing(),
                Vec::new(),
            );
            e.meeting_kind = Some(kind);
            unsaid_kind(&e)
        };
        assert_eq!(unsaid("Hội thảo về du lịch", MeetingKind::Workshop), None);
        assert_eq!(
            unsaid(
                "Buổi làm việc của Bộ A với Sở B",
                MeetingKind::WorkingSession
            ),
            None
        );
        assert_eq!(
            unsaid("Bộ A làm việc với Sở B", MeetingKind::WorkingSession),
            Some(MeetingKind::WorkingSession)
        );
        assert_eq!(
            unsaid("Hội thảo về du lịch", MeetingKind::Forum),
            Some(MeetingKind::Forum)
        );
    }
}
