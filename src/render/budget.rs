//! Which events a brief prints in full: ranking and the page budget.
//!
//! A brief of a large archive would otherwise run to hundreds of pages and cost as much to lay
//! out as the archive is large. With a page budget (`--pages N`), events are ranked by what
//! makes them matter to a reader (how many articles report them, how many directives were given
//! at them, whether they belong to a known conference series) and taken, most important first,
//! while their estimated printed length fits. The chosen events are then printed in date order;
//! the others are counted in their year with a pointer to `timeline.json`, which keeps them all.
//!
//! The estimate is in lines of body text of the default template. The application compiles the
//! PDF, and when a brief still comes out longer than the budget (a user's template, long
//! quotes) it lowers [`BriefOptions::density`] and selects again, so the budget holds.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::index::{self, MAX_INDEX_NAMES};
use super::{BriefOptions, MAX_CITES, MAX_DIRECTIVES};
use crate::timeline::{Event, Kind, Timeline};

/// Sources printed under one event when a page budget is set; the rest are counted.
pub const BUDGET_CITES: usize = 5;

/// Directives printed under one conference when a page budget is set: a conference with dozens
/// would otherwise take pages that other events need.
pub const BUDGET_DIRECTIVES: usize = 6;

/// Sources printed under one directive when a page budget is set.
pub const BUDGET_DIRECTIVE_CITES: usize = 2;

/// Other dates (and sources of each) named under one event when a page budget is set.
pub const BUDGET_CONFLICTS: usize = 4;

/// Lines of the estimate on one A4 page of the default template. A page holds about 46 lines
/// of 10.5 pt text, but the estimates of the parts below are generous: this figure is
/// calibrated so that briefs of generated and of real articles come out just under their
/// budget (BENCHMARKS.md, "The page budget").
const LINES_PER_PAGE: f64 = 54.0;
/// The cover (title, counts, summary, figure) and the headings of the sources appendix.
const FIXED_LINES: f64 = 80.0;
/// The note under a year that counts the events left out.
const MORE_LINES: f64 = 1.5;
/// Characters on one line of body text, and of an 8 pt footnote.
const CHARS_PER_LINE: f64 = 90.0;
const NOTE_CHARS_PER_LINE: f64 = 120.0;
/// Characters on one line of a small note beside a field's label.
const FIELD_NOTE_CHARS_PER_LINE: f64 = 85.0;
/// A footnote line is shorter than a body line.
const NOTE_LINE: f64 = 0.72;
/// One entry of the sources appendix: the title, the file and what it supports.
const APPENDIX_LINES: f64 = 2.6;
/// A year heading with its rule.
const YEAR_HEADING_LINES: f64 = 3.0;
/// A name in the index appendix ("who did what"), with the number of its first event.
const INDEX_NAME_LINES: f64 = 1.0;
/// Each further event number under a name of the index.
const INDEX_REF_LINES: f64 = 0.12;

/// The "What's new" section: its heading and note, and a line for each event it names.
fn news_lines(options: &BriefOptions) -> f64 {
    match &options.changes {
        Some(c) if !c.new.is_empty() || !c.changed.is_empty() => {
            4.0 + (c.new.len() + c.changed.len()).min(super::news::MAX_NEWS) as f64 * 1.3
        }
        _ => 0.0,
    }
}

/// What a brief prints.
#[derive(Debug, Clone)]
pub struct Selection {
    /// Ids of the top-level and undated events printed in full; `None` prints every event.
    pub shown: Option<HashSet<String>>,
    /// Sources printed under one conference, document or undated event.
    pub cites: usize,
    /// Sources printed under one directive given at a conference.
    pub directive_cites: usize,
    /// Directives printed under one conference.
    pub directives: usize,
    /// Other dates, and sources of each, named under one event.
    pub conflicts: usize,
}

impl Selection {
    pub fn shows(&self, e: &Event) -> bool {
        self.shown.as_ref().is_none_or(|s| s.contains(&e.id))
    }

    /// Sources printed under `e`.
    pub fn cites_of(&self, e: &Event) -> usize {
        match e.parent {
            Some(_) => self.directive_cites,
            None => self.cites,
        }
    }
}

/// Chooses the events a brief prints in full, under `options.pages` and `options.max_per_year`.
/// A brief whose every event fits in its budget prints them all with every source; only one
/// that does not is cut to the most important events, each with its first sources.
pub fn select(timeline: &Timeline, options: &BriefOptions) -> Selection {
    let everything = Caps {
        cites: usize::MAX,
        directive_cites: usize::MAX,
        directives: usize::MAX,
        conflicts: usize::MAX,
        lang: options.lang,
    };
    if options.pages == 0 && options.max_per_year == 0 {
        return everything.selection(None);
    }
    let pool = Pool::new(timeline);
    let limit = match options.pages {
        0 => f64::INFINITY,
        p => p as f64 * LINES_PER_PAGE * options.density - FIXED_LINES - news_lines(options),
    };
    if options.max_per_year == 0 {
        let (shown, lines) = pool.fill(&everything, f64::INFINITY, 0);
        if lines <= limit {
            return everything.selection(Some(shown));
        }
    }
    let caps = match options.pages {
        0 => Caps {
            cites: MAX_CITES,
            directive_cites: MAX_CITES,
            directives: MAX_DIRECTIVES,
            ..everything
        },
        _ => Caps {
            cites: BUDGET_CITES,
            directive_cites: BUDGET_DIRECTIVE_CITES,
            directives: BUDGET_DIRECTIVES,
            conflicts: BUDGET_CONFLICTS,
            ..everything
        },
    };
    let (shown, _) = pool.fill(&caps, limit, options.max_per_year);
    caps.selection(Some(shown))
}

/// The events a brief may print, most important first.
struct Pool<'a> {
    /// Conferences, formal documents and undated events, most important first; ties keep
    /// the brief's date order, so the choice is deterministic.
    ranked: Vec<&'a Event>,
    /// The directives given at each conference, by its id.
    children: HashMap<&'a str, Vec<&'a Event>>,
}

impl<'a> Pool<'a> {
    fn new(timeline: &'a Timeline) -> Self {
        let mut children: HashMap<&str, Vec<&Event>> = HashMap::new();
        for e in &timeline.events {
            if let Some(p) = &e.parent {
                children.entry(p.as_str()).or_default().push(e);
            }
        }
        let mut ranked: Vec<&Event> = timeline
            .events
            .iter()
            .filter(|e| e.parent.is_none())
            .chain(&timeline.undated)
            .collect();
        let given = |e: &Event| children.get(e.id.as_str()).map_or(0, Vec::len);
        ranked.sort_by_key(|e| std::cmp::Reverse(rank(e, given(e))));
        Pool { ranked, children }
    }

    /// Takes events, most important first, while their estimated lines fit in `limit` (and
    /// at most `per_year` a year, unless 0); returns their ids and the lines they take.
    ///
    /// An article cannot crowd the others out: a first pass holds back an event that only one
    /// article reports once that article has its [`fair_share`] of the events taken; what room
    /// is left is then filled with them in a second pass.
    fn fill(&self, caps: &Caps, limit: f64, per_year: usize) -> (HashSet<String>, f64) {
        let mut taken = Taken::default();
        let mut held = Vec::new();
        for &e in &self.ranked {
            match only_file(e) {
                Some(f) if taken.by_article(f) >= fair_share(taken.shown.len()) => held.push(e),
                _ => self.take(e, caps, limit, per_year, &mut taken),
            }
        }
        for e in held {
            self.take(e, caps, limit, per_year, &mut taken);
        }
        (taken.shown, taken.used)
    }

    /// Takes `e` when it fits.
    fn take(&self, e: &'a Event, caps: &Caps, limit: f64, per_year: usize, t: &mut Taken<'a>) {
        let year = e.when.map(|w| w.year);
        let in_year = t.years.get(&year).copied().unwrap_or(0);
        if per_year > 0 && in_year >= per_year {
            return;
        }
        let kids = self
            .children
            .get(e.id.as_str())
            .map_or(&[][..], Vec::as_slice);
        let shown_kids = &kids[..kids.len().min(caps.directives)];
        let own = e.sources.iter().take(caps.cites);
        let theirs = shown_kids
            .iter()
            .flat_map(|d| d.sources.iter().take(caps.directive_cites));
        let files: BTreeSet<&str> = own
            .chain(theirs)
            .map(|s| s.file.as_str())
            .filter(|f| !t.cited.contains(f))
            .collect();
        let heading = match in_year {
            0 => YEAR_HEADING_LINES + MORE_LINES,
            _ => 0.0,
        };
        let names = index_names(e, shown_kids);
        let new_names: BTreeSet<String> = names
            .iter()
            .filter(|n| !t.named.contains(*n))
            .take(MAX_INDEX_NAMES.saturating_sub(t.named.len()))
            .cloned()
            .collect();
        let lines = heading
            + event_lines(e, shown_kids, kids.len(), caps)
            + files.len() as f64 * APPENDIX_LINES
            + new_names.len() as f64 * INDEX_NAME_LINES
            + (names.len() - new_names.len()) as f64 * INDEX_REF_LINES;
        if t.used + lines > limit {
            return;
        }
        t.used += lines;
        t.cited.extend(files);
        t.named.extend(new_names);
        *t.years.entry(year).or_default() += 1;
        if let Some(f) = only_file(e) {
            *t.articles.entry(f).or_default() += 1;
        }
        t.shown.insert(e.id.clone());
    }
}

/// What [`Pool::fill`] has taken so far.
#[derive(Default)]
struct Taken<'a> {
    shown: HashSet<String>,
    used: f64,
    years: HashMap<Option<i32>, usize>,
    cited: BTreeSet<&'a str>,
    /// Names the index lists so far, folded.
    named: BTreeSet<String>,
    /// Events taken that only this article reports.
    articles: HashMap<&'a str, usize>,
}

impl Taken<'_> {
    fn by_article(&self, file: &str) -> usize {
        self.articles.get(file).copied().unwrap_or(0)
    }
}

/// The names the index lists for `e` and its printed directives ([`index::event_names`]),
/// folded, each once.
fn index_names(e: &Event, kids: &[&Event]) -> BTreeSet<String> {
    std::iter::once(e)
        .chain(kids.iter().copied())
        .flat_map(index::event_names)
        .map(crate::text::plain)
        .collect()
}

/// The article that alone reports `e`, if one does.
fn only_file(e: &Event) -> Option<&str> {
    let first = e.sources.first()?.file.as_str();
    e.sources.iter().all(|s| s.file == first).then_some(first)
}

/// How many of the first `shown` events taken one article may report alone before the others
/// have had their turn: a few, or a quarter.
fn fair_share(shown: usize) -> usize {
    3 + shown / 4
}

/// What is printed of one event: its first sources, directives (with theirs) and other dates.
struct Caps {
    cites: usize,
    directive_cites: usize,
    directives: usize,
    conflicts: usize,
    lang: crate::render::i18n::Lang,
}

impl Caps {
    fn selection(&self, shown: Option<HashSet<String>>) -> Selection {
        Selection {
            shown,
            cites: self.cites,
            directive_cites: self.directive_cites,
            directives: self.directives,
            conflicts: self.conflicts,
        }
    }
}

/// How much an event matters to a reader of the brief: each article that reports it, each
/// directive given at it, and membership of a known series (a numbered plenum or session)
/// count; a dated event ranks above an undated one.
pub fn rank(e: &Event, directives: usize) -> u64 {
    let mut files: Vec<&str> = e.sources.iter().map(|s| s.file.as_str()).collect();
    files.sort_unstable();
    files.dedup();
    let series = e.series.is_some() || e.ordinal.is_some();
    3 * files.len() as u64
        + 2 * directives as u64
        + if series { 6 } else { 0 }
        + if e.kind == Kind::Conference { 1 } else { 0 }
        + if e.when.is_some() { 2 } else { 0 }
}

/// Lines of text that `n` characters take at `per_line` characters a line.
fn lines(n: usize, per_line: f64) -> f64 {
    (n as f64 / per_line).ceil().max(1.0)
}

/// The footnotes of an event's first `cites` sources, in body lines.
fn note_lines(e: &Event, cites: usize) -> f64 {
    let shown = e.sources.iter().take(cites);
    let notes: f64 = shown
        .map(|s| {
            let chars = s.file.len() + 12 + s.quote.chars().count().min(220);
            lines(chars, NOTE_CHARS_PER_LINE) * NOTE_LINE
        })
        .sum();
    notes + if e.sources.len() > cites { 1.0 } else { 0.0 }
}

/// The estimated printed length of an event with the directives shown under it.
fn event_lines(e: &Event, shown: &[&Event], all: usize, caps: &Caps) -> f64 {
    let title = lines(e.title.chars().count(), CHARS_PER_LINE * 0.85);
    let fields: f64 = [
        &e.details.location,
        &e.details.chair,
        &e.details.theme,
        &e.details.format,
        &e.details.participants,
        &e.by,
    ]
    .into_iter()
    .flatten()
    .map(|f| lines(f.chars().count() + 12, CHARS_PER_LINE))
    .sum::<f64>()
        + if super::unsaid_kind(e).is_some() {
            1.0
        } else {
            0.0
        }
        + if e.ordinal.is_some() { 1.0 } else { 0.0 };
    let note = |text: Option<String>| {
        text.map_or(0.0, |t| {
            lines(t.chars().count() + 20, FIELD_NOTE_CHARS_PER_LINE) * NOTE_LINE + 0.3
        })
    };
    let basis = match e.date_basis.needs_no_note() {
        true => 0.0,
        false => note(Some(caps.lang.basis(&e.date_basis))),
    };
    let conflicts = note(caps.lang.conflicts(&e.conflicts, caps.conflicts));
    let own = 1.6 + title + 1.0 + basis + conflicts + fields + note_lines(e, caps.cites);
    let directives: f64 = shown
        .iter()
        .map(|d| {
            let text = d
                .text
                .as_deref()
                .unwrap_or(&d.title)
                .chars()
                .count()
                .min(600);
            let by = d.by.as_deref().map_or(0, |b| b.chars().count() + 3);
            lines(text + by, CHARS_PER_LINE) + 0.35 + note_lines(d, caps.directive_cites)
        })
        .sum();
    let header = if shown.is_empty() { 0.0 } else { 1.4 };
    let more = if all > shown.len() { 1.0 } else { 0.0 };
    own + header + directives + more
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dates::Date;
    use crate::extract::Evidence;
    use crate::render::i18n::Lang;
    use crate::timeline::basis::DateBasis;
    use crate::timeline::DateRange;

    fn event(id: &str, day: u32, files: &[&str]) -> Event {
        let sources = files
            .iter()
            .map(|f| Evidence {
                file: f.to_string(),
                line: 1,
                quote: "Hội nghị đã diễn ra.".into(),
            })
            .collect();
        let when = Some(Date::day(
            chrono::NaiveDate::from_ymd_opt(2020, 3, day).unwrap(),
        ));
        let mut e = Event::new(
            Kind::Conference,
            format!("Hội nghị {id}"),
            when,
            DateBasis::nothing(),
            sources,
        );
        e.id = id.into();
        e
    }

    fn timeline(events: Vec<Event>) -> Timeline {
        Timeline::of(
            DateRange {
                from: chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap(),
                to: chrono::NaiveDate::from_ymd_opt(2020, 12, 31).unwrap(),
            },
            events,
        )
    }

    /// Events on the first `n` days of March, each reported by one article of its own.
    fn daily(n: u32) -> Vec<Event> {
        (1..=n)
            .map(|d| event(&format!("e{d}"), d, &[&format!("a{d}.txt")]))
            .collect()
    }

    fn options(pages: usize, max_per_year: usize) -> BriefOptions {
        BriefOptions {
            max_per_year,
            pages,
            ..BriefOptions::all(Lang::Vi)
        }
    }

    #[test]
    fn no_budget_and_no_cap_prints_everything() {
        let tl = timeline(vec![event("a", 1, &["x.txt"])]);
        let s = select(&tl, &options(0, 0));
        assert!(s.shown.is_none());
        assert_eq!((s.cites, s.directives), (usize::MAX, usize::MAX));
        // A budget that holds every event prints every source too.
        let s = select(&tl, &options(30, 0));
        assert_eq!(s.shown.unwrap().len(), 1);
        assert_eq!((s.cites, s.directives), (usize::MAX, usize::MAX));
    }

    #[test]
    fn more_reporting_articles_rank_higher() {
        let one = event("a", 1, &["x.txt"]);
        let three = event("b", 2, &["x.txt", "y.txt", "z.txt"]);
        assert!(rank(&three, 0) > rank(&one, 0));
        let mut directed = one.clone();
        directed.id = "c".into();
        assert!(rank(&directed, 4) > rank(&one, 0));
        let mut plenum = one.clone();
        plenum.ordinal = Some(4);
        assert!(rank(&plenum, 0) > rank(&one, 0));
    }

    #[test]
    fn a_small_budget_keeps_the_most_reported_events() {
        // Forty events reported once, and one reported by five articles, late in the year.
        let mut events = daily(28);
        events.push(event("big", 29, &["b1", "b2", "b3", "b4", "b5"]));
        let tl = timeline(events);
        let s = select(&tl, &options(3, 0));
        let shown = s.shown.unwrap();
        assert!(shown.contains("big"), "{shown:?}");
        assert!(shown.len() < 29, "three pages cannot hold 29 events");
        assert_eq!((s.cites, s.directives), (BUDGET_CITES, BUDGET_DIRECTIVES));
        // A larger budget prints more, and at some size everything.
        let more = select(&tl, &options(6, 0)).shown.unwrap();
        assert!(more.len() > shown.len());
        assert!(shown.is_subset(&more));
        let all = select(&tl, &options(50, 0));
        assert_eq!(all.shown.unwrap().len(), 29);
        assert_eq!(all.cites, usize::MAX);
    }

    #[test]
    fn one_article_cannot_crowd_the_others_out() {
        // 28 events that only one long article reports, each ranked above every event of
        // the ten other articles (a directive each), then one event from each of those.
        let mut events: Vec<Event> = (1..=28)
            .map(|d| event(&format!("big{d}"), d, &["huge.txt"]))
            .collect();
        events.extend((1..=10).map(|d| event(&format!("o{d}"), d, &[&format!("o{d}.txt")])));
        let mut tl = timeline(events);
        for d in 1..=28 {
            let mut child = event(&format!("d{d}"), d, &["huge.txt"]);
            child.kind = Kind::Directive;
            child.parent = Some(format!("big{d}"));
            tl.events.push(child);
        }
        let shown = select(&tl, &options(4, 0)).shown.unwrap();
        let big = shown.iter().filter(|id| id.starts_with("big")).count();
        let others = shown.iter().filter(|id| id.starts_with('o')).count();
        assert!(big > 0 && others > 0, "{shown:?}");
        assert!(big <= fair_share(shown.len()), "{big} of {}", shown.len());
        // With room to spare, the held-back events are printed too.
        assert_eq!(select(&tl, &options(60, 0)).shown.unwrap().len(), 38);
    }

    #[test]
    fn a_lower_density_prints_less() {
        let tl = timeline(daily(28));
        let full = select(&tl, &options(4, 0)).shown.unwrap().len();
        let mut o = options(4, 0);
        o.density = 0.6;
        assert!(select(&tl, &o).shown.unwrap().len() < full);
    }

    #[test]
    fn the_index_and_the_whats_new_section_take_room_from_the_events() {
        let plain = timeline(daily(28));
        let shown = |tl: &Timeline, o: &BriefOptions| select(tl, o).shown.unwrap().len();
        let all = shown(&plain, &options(4, 0));
        // Each event chaired by another person: each adds a name to the index.
        let mut chaired = daily(28);
        for (i, e) in chaired.iter_mut().enumerate() {
            e.details.chair = Some(format!("Người chủ trì {i}"));
        }
        assert!(shown(&timeline(chaired), &options(4, 0)) < all);
        // One chair for all: one name, then only a number per event.
        let mut one = daily(28);
        for e in &mut one {
            e.details.chair = Some("Người chủ trì".into());
        }
        let with_one = shown(&timeline(one.clone()), &options(4, 0));
        assert!(
            with_one <= all && with_one >= all - 2,
            "{with_one} of {all}"
        );
        let mut o = options(4, 0);
        let new: Vec<_> = (0..12)
            .map(|i| crate::timeline::changes::EventRef {
                id: format!("e{i}"),
                kind: crate::timeline::FocusKind::Conference,
                date: None,
                end: None,
                title: "Hội nghị".into(),
            })
            .collect();
        o.changes = Some(crate::timeline::Changes {
            compared: true,
            new,
            ..Default::default()
        });
        assert!(shown(&plain, &o) < all, "the section takes room");
    }

    #[test]
    fn the_per_year_cap_applies_with_or_without_a_budget() {
        let tl = timeline(daily(10));
        assert_eq!(select(&tl, &options(0, 3)).shown.unwrap().len(), 3);
        assert_eq!(select(&tl, &options(50, 3)).shown.unwrap().len(), 3);
    }
}
