//! Stage 3, timeline: mentions → [`Timeline`].
//!
//! [`build`] runs named steps, each testable alone:
//! 1. [`resolve`]: each conference mention's own date and how its year was settled;
//! 2. [`merge`]: mentions of one event across articles become one group;
//! 3. [`date_groups`]: each group's best date, its end and the dates other sources give
//!    (`conflicts`); years still open from the series and the knowledge file;
//! 4. [`directives`]: directives attached to the conference they were given at, formal
//!    documents dated by their issue date;
//! 5. [`assign_ids`] and [`select_and_order`]: stable ids, the date range, the order.
//!
//! After it, [`focus::apply`] keeps the events a brief is about, when the user said.

pub mod basis;
pub mod changes;
mod directives;
pub mod focus;
pub mod merge;
pub mod resolve;

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::extract::dates::{Date, DocumentDate, PartialDate, Precision};
use crate::extract::lexicon::MeetingKind;
use crate::extract::{ConferenceMention, Details, Evidence, Mentions};
use crate::knowledge::Knowledge;
use crate::text::fold_key;

pub use basis::{DateBasis, YearBasis};
pub use changes::Changes;
pub use focus::{Focus, FocusKind, FocusReport};
use merge::Candidate;
use resolve::{
    best_of, infer_from_series, mention_date, Dated, Facts, MentionDate, OpenGroup, Rank, SeriesKey,
};

/// The inclusive date range a brief covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DateRange {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Default for DateRange {
    /// The range a brief covers when the user names none: 2016-01-01 to 2022-12-31.
    fn default() -> Self {
        DateRange {
            from: NaiveDate::from_ymd_opt(2016, 1, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2022, 12, 31).unwrap(),
        }
    }
}

/// What an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Conference,
    Directive,
}

/// Another date a source gives for an event than the one kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    pub date: String,
    pub sources: Vec<Evidence>,
}

/// One event of the timeline, in the shape of `out/timeline.json`.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    pub id: String,
    pub kind: Kind,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `null` in `undated`.
    pub date: Option<String>,
    /// The last day of a multi-day event, when the articles give it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    pub precision: Option<Precision>,
    /// How the date was read and its year settled, or why it could not be.
    pub date_basis: DateBasis,
    /// Dates other sources give for the same event.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    pub title: String,
    /// For a conference: the kind of meeting its title names (`summit`, `conference`,
    /// `workshop`, `roundtable`, `forum`, `session`, `meeting`, `working_session`).
    pub meeting_kind: Option<MeetingKind>,
    pub series: Option<String>,
    pub ordinal: Option<u32>,
    /// A conference's place, organiser, chair, theme, format and participants.
    #[serde(flatten)]
    pub details: Details,
    /// For a directive given at a conference: the conference's id.
    pub parent: Option<String>,
    pub by: Option<String>,
    /// A directive's paragraph.
    pub text: Option<String>,
    pub sources: Vec<Evidence>,
    #[serde(skip)]
    pub when: Option<Date>,
}

impl Event {
    /// An event with its date (derived fields filled), title, basis and sources; every
    /// detail empty, to be set by the caller.
    pub fn new(
        kind: Kind,
        title: String,
        when: Option<Date>,
        date_basis: DateBasis,
        sources: Vec<Evidence>,
    ) -> Self {
        Event {
            id: String::new(),
            kind,
            date: when.map(|w| w.iso()),
            end: None,
            precision: when.map(|w| w.precision()),
            date_basis,
            conflicts: Vec::new(),
            title,
            meeting_kind: None,
            series: None,
            ordinal: None,
            details: Details::default(),
            parent: None,
            by: None,
            text: None,
            sources,
            when,
        }
    }
}

/// The whole timeline, in the shape of `out/timeline.json`.
#[derive(Debug, Clone, Serialize)]
pub struct Timeline {
    pub range: DateRange,
    pub events: Vec<Event>,
    pub undated: Vec<Event>,
    /// Each article's document date, by article index (for the sources appendix).
    #[serde(skip)]
    pub document_dates: Vec<Option<DocumentDate>>,
    /// What the brief is about, when the user said ([`focus::apply`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub focus: Option<FocusReport>,
}

impl Timeline {
    /// A timeline of these dated events alone, with no undated events, document dates or
    /// focus: what a test or another tool that makes its own events builds.
    pub fn of(range: DateRange, events: Vec<Event>) -> Timeline {
        Timeline {
            range,
            events,
            undated: Vec::new(),
            document_dates: Vec::new(),
            focus: None,
        }
    }
}

/// Builds the timeline from every article's mentions.
pub fn build(mentions: &[Mentions], k: &Knowledge, range: DateRange) -> Timeline {
    let cands = timed("candidates", || candidates(mentions, k));
    let groups = timed("merge", || merge::group(&cands, k));
    let dated = timed("date groups", || date_groups(&groups, &cands, k));
    let conferences: Vec<Event> = groups
        .iter()
        .zip(&dated)
        .map(|(members, d)| conference_event(members, &cands, d.as_ref()))
        .collect();
    let index = ConferenceIndex::new(&groups, &cands);
    let (given, documents) = timed("directives", || {
        directives::events(mentions, &index, &conferences)
    });
    let sets = EventSets {
        conferences,
        given,
        documents,
        order: SourceOrder::of(mentions),
    };
    let mut tl = timed("order", || select_and_order(assign_ids(sets), range));
    tl.document_dates = mentions.iter().map(|m| m.document_date.clone()).collect();
    tl
}

/// Runs one step of [`build`], saying how long it took (`-vv`): where a large corpus spends
/// its time.
pub(crate) fn timed<T>(step: &str, f: impl FnOnce() -> T) -> T {
    let t = std::time::Instant::now();
    let out = f();
    tracing::debug!(step, ms = t.elapsed().as_millis() as u64, "timeline step");
    out
}

/// Where each article's conference mention ended up: `(article, index in its list)` → group.
pub struct ConferenceIndex(BTreeMap<(usize, usize), usize>);

impl ConferenceIndex {
    fn new(groups: &[Vec<usize>], cands: &[Candidate]) -> Self {
        let mut map = BTreeMap::new();
        for (g, members) in groups.iter().enumerate() {
            for &m in members {
                map.insert((cands[m].article, cands[m].mention.index), g);
            }
        }
        ConferenceIndex(map)
    }

    /// The group of conference `index` of article `article`.
    pub fn group(&self, article: usize, index: usize) -> Option<usize> {
        self.0.get(&(article, index)).copied()
    }
}

/// Step 1: every conference mention with its own date and series key. A mention by number
/// alone ("Hội nghị lần thứ 14") takes the key its article gives that number.
fn candidates<'a>(mentions: &'a [Mentions], k: &Knowledge) -> Vec<Candidate<'a>> {
    // Each mention's date and keys need nothing from the others: made in parallel.
    let per_article: Vec<Vec<Candidate>> = mentions
        .par_iter()
        .enumerate()
        .map(|(article, m)| {
            let candidate = |c| Candidate {
                mention: c,
                article,
                date: mention_date(c, m.document_date.as_ref()),
                key: series_key(c, k),
                local: c.local,
                organizer: c.details.organizer.as_deref().map(fold_key),
                headline: m.headline == Some(c.evidence.line),
            };
            m.conferences.iter().map(candidate).collect()
        })
        .collect();
    let mut out: Vec<Candidate> = per_article.into_iter().flatten().collect();
    key_by_number(&mut out);
    key_by_series(&mut out, k);
    out
}

/// A series key with the member's number.
type NumberedKey = (SeriesKey, u32);

/// Within one article, the fullest series name given a number names every shorter one ("Hội
/// nghị Cấp cao lần thứ 37" is the "Hội nghị Cấp cao ASEAN lần thứ 37" of its lead).
fn key_by_number(out: &mut [Candidate]) {
    let mut by_number: BTreeMap<(usize, u32), Vec<(SeriesKey, bool)>> = BTreeMap::new();
    for c in out.iter() {
        if let Some((key, ordinal)) = &c.key {
            by_number
                .entry((c.article, *ordinal))
                .or_default()
                .push((key.clone(), c.local));
        }
    }
    // An article that repeats a name thousands of times gives each key once.
    for keys in by_number.values_mut() {
        keys.sort();
        keys.dedup();
    }
    for c in out.iter_mut() {
        let Some(ordinal) = c.mention.ordinal else {
            continue;
        };
        let Some(keys) = by_number.get(&(c.article, ordinal)) else {
            continue;
        };
        let own: Vec<&str> = c
            .key
            .as_ref()
            .map(|(k, _)| k.0.split(' ').collect())
            .unwrap_or_default();
        let fuller = keys
            .iter()
            .filter(|(k, _)| own.iter().all(|w| k.0.split(' ').any(|x| x == *w)))
            .max_by_key(|(k, _)| k.0.len());
        if let Some((key, local)) = fuller {
            let term = c.key.as_ref().and_then(|(k, _)| k.1).or(key.1);
            c.key = Some(((key.0.clone(), term), ordinal));
            c.local = *local;
        }
    }
}

/// A series named without its number in an article about one of its members ("Hội nghị Bộ
/// trưởng Ngoại giao ASEAN-EU" beside "… lần thứ 20") is that member. A bare meeting word
/// ("Hội thảo" beside "Hội thảo lần thứ nhất") names no series: it may be another member.
fn key_by_series(out: &mut [Candidate], k: &Knowledge) {
    type Member = (NumberedKey, bool, Option<Date>);
    let mut by_series: BTreeMap<(usize, String), Vec<Member>> = BTreeMap::new();
    for c in out.iter() {
        if let Some(key) = &c.key {
            by_series
                .entry((c.article, key.0 .0.clone()))
                .or_default()
                .push((key.clone(), c.local, c.date.date()));
        }
    }
    for c in out
        .iter_mut()
        .filter(|c| c.key.is_none() && c.mention.ordinal.is_none())
        .filter(|c| merge::names_something(&c.mention.title))
    {
        let own = k.series_key(&c.mention.title);
        let Some([(key, local, date)]) = by_series.get(&(c.article, own)).map(Vec::as_slice) else {
            continue;
        };
        // "… lần đầu tại Bắc Kinh tháng 5/2017" beside "… lần thứ hai … cuối tháng này": a
        // date of its own that cannot be the member's says it is another one.
        if merge::compatible(c.date.date(), *date) {
            c.key = Some(key.clone());
            c.local = *local;
        }
    }
}

fn series_key(c: &ConferenceMention, k: &Knowledge) -> Option<(SeriesKey, u32)> {
    let series = c.series.as_ref()?;
    Some(((k.series_key(series), c.term), c.ordinal?))
}

/// Step 3: each group's date. The best member's date first; then what the corpus itself
/// settles (the series' dated members, conferences held together, the article's other
/// events); the knowledge file only for what the text leaves open.
pub fn date_groups(
    groups: &[Vec<usize>],
    cands: &[Candidate],
    k: &Knowledge,
) -> Vec<Option<Dated>> {
    let mut dated: Vec<Option<Dated>> = groups
        .iter()
        .map(|members| group_date(members, cands))
        .collect();
    yield_to_known(groups, cands, &mut dated, k);
    // A known year completes a day the text reads before conferences held together share
    // their dates; only then does it date, to the year alone, what nothing else dates (a
    // conference held together with a dated one is dated to its month by that one).
    for facts in [Facts::None, Facts::WithDay, Facts::All] {
        from_series(groups, cands, &mut dated, k, facts);
        held_together(groups, cands, &mut dated);
    }
    same_article_year(groups, cands, &mut dated);
    dated
}

/// A bare year near a numbered session ("quyết toán ngân sách năm 2017 … tại kỳ họp thứ 7"),
/// or a topic year of its agenda ("dự kiến Chương trình … năm 2020"), is as often the year of
/// what it handles as its own: where the knowledge file knows the member's year and such a year
/// disagrees, it goes, and the day or month the text read stands in the known year (a year
/// written with the day stands).
fn yield_to_known(
    groups: &[Vec<usize>],
    cands: &[Candidate],
    dated: &mut [Option<Dated>],
    k: &Knowledge,
) {
    for (g, slot) in dated.iter_mut().enumerate() {
        let weak = slot
            .as_ref()
            .filter(|d| d.date.month.is_none() || matches!(d.basis.year, YearBasis::Title { .. }));
        let Some(((key, term), ordinal)) = group_key(&groups[g], cands) else {
            continue;
        };
        let (Some(d), Some(fact)) = (weak, k.known_member(key, *term, *ordinal)) else {
            continue;
        };
        if d.date.year == fact.year {
            continue;
        }
        let read = PartialDate {
            year: None,
            month: d.date.month,
            day: d.date.day,
        };
        *slot = d
            .date
            .month
            .map(|_| resolve::known_date(fact, *ordinal, Some((read, d.basis.clone()))));
    }
}

/// Dates groups from their series' dated members (and Party Congress anchors), and as `facts`
/// allows from the knowledge file's series, repeated while it settles more.
fn from_series(
    groups: &[Vec<usize>],
    cands: &[Candidate],
    dated: &mut [Option<Dated>],
    k: &Knowledge,
    facts: Facts,
) {
    for _ in 0..3 {
        let series = resolve::series_index(groups.iter().zip(dated.iter()).filter_map(|(g, d)| {
            let ((key, ordinal), d) = (group_key(g, cands)?, d.as_ref()?);
            Some((key, *ordinal, d.date))
        }));
        let mut changed = false;
        for (g, slot) in dated.iter_mut().enumerate() {
            if slot.is_some() {
                continue;
            }
            let Some((key, ordinal)) = group_key(&groups[g], cands) else {
                continue;
            };
            let open = OpenGroup {
                key,
                ordinal: *ordinal,
                members: groups[g].iter().map(|&m| cands[m].mention).collect(),
                partial: groups[g].iter().find_map(|&m| match &cands[m].date {
                    MentionDate::Partial(p, b) => Some((*p, b.clone())),
                    _ => None,
                }),
                series: series.get(key).map(Vec::as_slice).unwrap_or(&[]),
            };
            if let Some(d) = infer_from_series(open, k, facts) {
                *slot = Some(d);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

/// The series key of a group: a member's that names the term, else the first member's.
fn group_key<'a>(members: &[usize], cands: &'a [Candidate]) -> Option<&'a (SeriesKey, u32)> {
    let keys = || members.iter().filter_map(|&m| cands[m].key.as_ref());
    keys()
        .find(|((_, term), _)| term.is_some())
        .or_else(|| keys().next())
}

/// Days within which an open day belongs to the year of another event of its article.
const ARTICLE_FRAME_DAYS: i64 = 183;

/// A day whose year is still open takes the year that puts it within half a year of another
/// dated event of its article, when exactly one year does ("Sáng 2/10, hội nghị liên tịch …"
/// in an article about a session "dự kiến diễn ra đầu tháng 12/2018").
fn same_article_year(groups: &[Vec<usize>], cands: &[Candidate], dated: &mut [Option<Dated>]) {
    // The groups each article has a mention in, so that finding an undated group's neighbours
    // costs its own articles, not every group of the corpus.
    let mut of_article: HashMap<usize, Vec<usize>> = HashMap::new();
    for (g, members) in groups.iter().enumerate() {
        for &m in members {
            let v = of_article.entry(cands[m].article).or_default();
            if v.last() != Some(&g) {
                v.push(g);
            }
        }
    }
    for g in 0..groups.len() {
        if dated[g].is_some() {
            continue;
        }
        let Some((p, b)) = groups[g].iter().find_map(|&m| match &cands[m].date {
            MentionDate::Partial(p, b) if p.month.is_some() => Some((*p, b.clone())),
            _ => None,
        }) else {
            continue;
        };
        let mut neighbours: Vec<usize> = groups[g]
            .iter()
            .flat_map(|&m| &of_article[&cands[m].article])
            .copied()
            .filter(|&o| o != g)
            .collect();
        neighbours.sort_unstable();
        neighbours.dedup();
        let others: Vec<(Date, &str)> = neighbours
            .into_iter()
            .filter_map(|o| {
                Some((
                    dated[o].as_ref()?.date,
                    cands[groups[o][0]].mention.title.as_str(),
                ))
            })
            .filter(|(d, _)| d.month.is_some())
            .collect();
        let near = |y: i32| {
            let day = NaiveDate::from_ymd_opt(y, p.month?, p.day.unwrap_or(15))?;
            others.iter().find(|(d, _)| {
                let o = NaiveDate::from_ymd_opt(d.year, d.month.unwrap_or(6), d.day.unwrap_or(15));
                o.is_some_and(|o| (o - day).num_days().abs() <= ARTICLE_FRAME_DAYS)
            })
        };
        let mut years: Vec<i32> = others
            .iter()
            .flat_map(|(d, _)| [d.year - 1, d.year, d.year + 1])
            .collect();
        years.sort();
        years.dedup();
        let fits: Vec<i32> = years.into_iter().filter(|y| near(*y).is_some()).collect();
        if let [y] = fits.as_slice() {
            let (od, title) = near(*y).unwrap();
            dated[g] = Some(Dated {
                date: Date {
                    year: *y,
                    month: p.month,
                    day: p.day,
                },
                end: None,
                basis: DateBasis {
                    year: YearBasis::SameArticle {
                        title: title.to_string(),
                        date: od.iso(),
                    },
                    ..b
                },
                rank: Rank::SameArticle,
            });
        }
    }
}

/// The date of a group from its members: the best one, its end, and where the members
/// disagree, the best-supported day.
fn group_date(members: &[usize], cands: &[Candidate]) -> Option<Dated> {
    let dated: Vec<&Dated> = members
        .iter()
        .filter_map(|&m| match &cands[m].date {
            MentionDate::Dated(d) => Some(d),
            _ => None,
        })
        .collect();
    let Some(best) = best_of(dated.iter().copied()).cloned() else {
        return completed_day(members, cands);
    };
    if best.date.precision() != Precision::Day {
        return Some(completed_day(members, cands).unwrap_or(best));
    }
    // Days reported for the event: each by how many articles report it.
    let mut support: BTreeMap<Date, (usize, Rank)> = BTreeMap::new();
    for d in dated
        .iter()
        .filter(|d| d.date.precision() == Precision::Day)
    {
        let e = support.entry(d.date).or_insert((0, d.rank));
        e.0 += 1;
        e.1 = e.1.min(d.rank);
    }
    let end = dated.iter().filter_map(|d| d.end).max();
    let chosen = support
        .iter()
        .max_by(|a, b| {
            (a.1 .0, std::cmp::Reverse(a.1 .1), std::cmp::Reverse(a.0)).cmp(&(
                b.1 .0,
                std::cmp::Reverse(b.1 .1),
                std::cmp::Reverse(b.0),
            ))
        })
        .map(|(d, _)| *d)
        .unwrap_or(best.date);
    let mut out = dated
        .iter()
        .filter(|d| d.date == chosen)
        .min_by_key(|d| d.rank)
        .map(|d| (*d).clone())
        .unwrap_or(best);
    // Reports of a meeting of several days date it by the day each saw ("Ngày 15/12, …" the
    // day after the opening): a later day close to the chosen one is a day of the meeting.
    let later = support.keys().copied().filter(|d| {
        d.naive()
            .zip(chosen.naive())
            .is_some_and(|(x, c)| (1..=REPORTED_DAYS_SPAN).contains(&(x - c).num_days()))
    });
    out.end = end.into_iter().chain(later).max().filter(|e| *e > out.date);
    Some(out)
}

/// How many days after an event's chosen day another report's day still counts as a day of
/// the same meeting rather than a conflict: a conference of a few days.
const REPORTED_DAYS_SPAN: i64 = 3;

/// A day read without its year ("sáng 11-1" in the lead) and the years a title of the same
/// event names in the same article ("Hội nghị tổng kết công tác năm 2017" in the headline):
/// the day, its year settled by that title's years as if the lead had named it. Only years of
/// the day's own article, and only a day that title's rules settle.
fn completed_day(members: &[usize], cands: &[Candidate]) -> Option<Dated> {
    let titled = |m: &usize| {
        let t = &cands[*m].mention.title_years;
        t.first.is_some() || t.plan.is_some() || t.school_year.is_some()
    };
    members.iter().find_map(|&m| {
        let MentionDate::Partial(..) = &cands[m].date else {
            return None;
        };
        let article = cands[m].article;
        let donor = members
            .iter()
            .filter(|&&d| cands[d].article == article && d != m)
            .find(|d| titled(d))?;
        let mut patched = cands[m].mention.clone();
        patched.title_years = cands[*donor].mention.title_years.clone();
        match mention_date(&patched, None) {
            MentionDate::Dated(d) if d.date.precision() != Precision::Year => Some(d),
            _ => None,
        }
    })
}

/// The days members give other than the group's date (outside its range): a conflict.
fn conflicts(members: &[usize], cands: &[Candidate], dated: Option<&Dated>) -> Vec<Conflict> {
    let Some(d) = dated else { return Vec::new() };
    let last = d.end.unwrap_or(d.date);
    let mut by_date: BTreeMap<Date, Vec<Evidence>> = BTreeMap::new();
    for &m in members {
        if let MentionDate::Dated(o) = &cands[m].date {
            let inside = o.date >= d.date && o.date <= last;
            if o.date.precision() == Precision::Day
                && d.date.precision() == Precision::Day
                && !inside
            {
                by_date
                    .entry(o.date)
                    .or_default()
                    .push(cands[m].mention.evidence.clone());
            }
        }
    }
    by_date
        .into_iter()
        .map(|(date, sources)| Conflict {
            date: date.iso(),
            sources: distinct_lines(sources.iter()),
        })
        .collect()
}

/// A conference held together with a dated one of the same article takes its month.
fn held_together(groups: &[Vec<usize>], cands: &[Candidate], dated: &mut [Option<Dated>]) {
    let index = ConferenceIndex::new(groups, cands);
    for g in 0..groups.len() {
        if dated[g].is_some() {
            continue;
        }
        let found = groups[g].iter().find_map(|&m| {
            let c = cands[m].mention;
            let other = index.group(cands[m].article, c.companion_of?)?;
            let od = dated[other].clone()?;
            Some((od, other, c.evidence.line))
        });
        if let Some((od, other, line)) = found {
            dated[g] = Some(Dated {
                date: od.date.truncate(Precision::Month),
                end: None,
                basis: DateBasis {
                    read: None,
                    read_as: basis::ReadAs::Nothing,
                    year: YearBasis::HeldWith {
                        title: cands[groups[other][0]].mention.title.clone(),
                        date: od.date.iso(),
                        line,
                    },
                    notes: vec![basis::BasisNote::MonthOnlyFramework],
                },
                rank: Rank::Companion,
            });
        }
    }
}

/// Mentions in corpus order (see [`SourceOrder`]), then line and words.
fn mention_order<'a>(c: &Candidate<'a>) -> (usize, usize, &'a str) {
    let m = c.mention;
    (c.article, m.evidence.line, m.evidence.quote.as_str())
}

/// The event of one group of conference mentions.
fn conference_event(members: &[usize], cands: &[Candidate], dated: Option<&Dated>) -> Event {
    let mut in_order: Vec<&Candidate> = members.iter().map(|&m| &cands[m]).collect();
    in_order.sort_by_key(|c| mention_order(c));
    let ms: Vec<&ConferenceMention> = in_order.iter().map(|c| c.mention).collect();
    let ordinal = cands[members[0]].key.as_ref().map(|(_, o)| *o);
    // The mention whose own date is the event's: the sentence that dates it names it best.
    let dating = dated.and_then(|d| {
        members
            .iter()
            .map(|&m| &cands[m])
            .filter(|c| c.date.date() == Some(d.date))
            .min_by_key(|c| mention_order(c))
            .map(|c| c.mention)
    });
    let title = event_title(&ms, ordinal.is_some(), dating);
    let series = ordinal.and_then(|_| {
        ms.iter()
            .filter(|m| title.starts_with(m.series.as_deref().unwrap_or("\u{0}")))
            .find_map(|m| m.series.clone())
            .or_else(|| ms.iter().find_map(|m| m.series.clone()))
    });
    let sources = distinct_lines(ms.iter().map(|m| &m.evidence));
    let date_basis = match dated {
        Some(d) => d.basis.clone(),
        None => members
            .iter()
            .find_map(|&m| match &cands[m].date {
                MentionDate::Partial(_, b) => Some(b.clone()),
                _ => None,
            })
            .unwrap_or_else(DateBasis::nothing),
    };
    let mut e = Event::new(
        Kind::Conference,
        title,
        dated.map(|d| d.date),
        date_basis,
        sources,
    );
    e.end = dated.and_then(|d| d.end).map(|d| d.iso());
    e.meeting_kind = ms
        .iter()
        .find(|m| m.title == e.title)
        .or(ms.first())
        .map(|m| m.meeting_kind);
    e.conflicts = conflicts(members, cands, dated);
    e.series = series;
    e.ordinal = ordinal;
    e.details = Details::first_of(ms.iter().map(|m| &m.details));
    e
}

/// The title of a numbered conference: the spelling the articles use most, in sentence case
/// rather than a headline's capitals, and the fullest one. Otherwise the title of the mention
/// that dates it, or the first in sentence case.
fn event_title(
    ms: &[&ConferenceMention],
    numbered: bool,
    dating: Option<&ConferenceMention>,
) -> String {
    let sentence_case = |t: &str| t.chars().skip(1).any(char::is_lowercase);
    if !numbered {
        return dating
            .filter(|m| sentence_case(&m.title))
            .or_else(|| ms.iter().copied().find(|m| sentence_case(&m.title)))
            .unwrap_or(ms[0])
            .title
            .clone();
    }
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for m in ms {
        *counts.entry(m.title.as_str()).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by(|a, b| {
            sentence_case(a.0)
                .cmp(&sentence_case(b.0))
                .then(a.1.cmp(&b.1))
                .then(a.0.chars().count().cmp(&b.0.chars().count()))
                .then(b.0.cmp(a.0))
        })
        .map(|(t, _)| t.to_string())
        .unwrap_or_default()
}

/// The events before they are ordered: conferences by group, directives with the group of the
/// conference they were given at, formal documents.
pub struct EventSets {
    pub conferences: Vec<Event>,
    pub given: Vec<(Option<usize>, Event)>,
    pub documents: Vec<Event>,
    /// Each cited file's place in the corpus (see [`SourceOrder`]).
    pub order: SourceOrder,
}

/// Where each cited file stands in the corpus: its article's index. The corpus comes in an
/// order its content gives (the application sorts it by publication date and digest), so
/// ordering sources and events by this, never by file names, makes the timeline the same
/// whatever the files are called.
#[derive(Debug, Default)]
pub struct SourceOrder(HashMap<String, usize>);

impl SourceOrder {
    /// The files every mention cites, at their articles' indices.
    pub fn of(mentions: &[Mentions]) -> Self {
        let mut map = HashMap::new();
        for (i, m) in mentions.iter().enumerate() {
            let files = m.conferences.iter().map(|c| &c.evidence.file);
            for f in files.chain(m.directives.iter().map(|d| &d.evidence.file)) {
                map.entry(f.clone()).or_insert(i);
            }
        }
        SourceOrder(map)
    }

    /// A sort key for a source: its article's place, then its line and words.
    pub fn key<'a>(&self, e: &'a Evidence) -> (usize, usize, &'a str) {
        let article = self.0.get(&e.file).copied().unwrap_or(usize::MAX);
        (article, e.line, e.quote.as_str())
    }
}

/// Step 5a: stable ids, in a deterministic order (by date, then first source). A directive's
/// id starts with its conference's.
pub fn assign_ids(sets: EventSets) -> EventSets {
    let EventSets {
        mut conferences,
        mut given,
        mut documents,
        order: sources,
    } = sets;
    let by_order = |a: &Event, b: &Event| order_key(a, &sources).cmp(&order_key(b, &sources));
    let mut used: BTreeMap<String, usize> = BTreeMap::new();
    let mut unique = |base: String| unique_id(&mut used, base);
    let mut order: Vec<usize> = (0..conferences.len()).collect();
    order.sort_by(|&a, &b| by_order(&conferences[a], &conferences[b]));
    // The slugs are made in parallel; only making them unique goes in order.
    let bases: Vec<String> = conferences
        .par_iter()
        .map(|e| match (e.ordinal, e.when) {
            (Some(_), _) => slug(&e.title, 12),
            (None, Some(w)) => format!("{}-{}", w.iso(), slug(&e.title, 6)),
            (None, None) => slug(&e.title, 8),
        })
        .collect();
    for &i in &order {
        conferences[i].id = unique(bases[i].clone());
    }
    documents.sort_by(by_order);
    let bases: Vec<String> = documents.par_iter().map(|e| slug(&e.title, 8)).collect();
    for (e, base) in documents.iter_mut().zip(bases) {
        e.id = unique(base);
    }
    given.sort_by(|a, b| {
        (a.0, sources.key(&a.1.sources[0])).cmp(&(b.0, sources.key(&b.1.sources[0])))
    });
    for (g, e) in &mut given {
        e.id = match g {
            // Named by a digest of its words, not by its place among the conference's
            // directives: an article added later may give the same conference a directive
            // reported before the others, and every id must stay what it was.
            Some(g) => unique(format!(
                "{}-d{}",
                conferences[*g].id,
                &crate::digest::sha256_hex(e.sources[0].quote.as_bytes())[..6]
            )),
            // Named by its words, not its file, so that renaming the file keeps the id.
            None => unique(format!("directive-{}", slug(&e.sources[0].quote, 6))),
        };
        e.parent = g.map(|g| conferences[g].id.clone());
    }
    EventSets {
        conferences,
        given,
        documents,
        order: sources,
    }
}

/// `base` for its first event, then `base-2`, `base-3`, …, never an id given before: a
/// title's own slug may end in a number ("… lần thứ 2") that another title's second event
/// would get. Ids are anchors and labels, which must be unique.
fn unique_id(used: &mut BTreeMap<String, usize>, base: String) -> String {
    let mut n = used.get(&base).copied().unwrap_or(0);
    let id = loop {
        n += 1;
        let id = match n {
            1 => base.clone(),
            _ => format!("{base}-{n}"),
        };
        if !used.contains_key(&id) {
            break id;
        }
    };
    used.insert(base, n);
    used.entry(id.clone()).or_insert(1);
    id
}

/// Step 5b: events in range, ordered by date (a year before its months, a month before its
/// days), each conference followed by the directives given at it; the undated apart.
pub fn select_and_order(sets: EventSets, range: DateRange) -> Timeline {
    let EventSets {
        conferences,
        given,
        documents,
        order: sources,
    } = sets;
    let in_range = |e: &Event| e.when.is_some_and(|w| w.within(range.from, range.to));
    let mut top: Vec<(Option<usize>, Event)> = Vec::new();
    let mut undated: Vec<Event> = Vec::new();
    let mut by_parent: BTreeMap<usize, Vec<Event>> = BTreeMap::new();
    // A directive given at no conference but dated by its own day stands with the documents.
    let mut on_their_own = Vec::new();
    for (g, d) in given {
        match g {
            Some(g) if d.when.is_some() => by_parent.entry(g).or_default().push(d),
            _ if d.when.is_none() => undated.push(d),
            _ => on_their_own.push(d),
        }
    }
    let tops = conferences
        .into_iter()
        .enumerate()
        .map(|(g, e)| (Some(g), e))
        .chain(documents.into_iter().chain(on_their_own).map(|e| (None, e)));
    for (g, e) in tops {
        if e.when.is_none() {
            undated.push(e);
        } else if in_range(&e) {
            top.push((g, e));
        }
    }
    top.sort_by(|a, b| order_key(&a.1, &sources).cmp(&order_key(&b.1, &sources)));
    let mut events = Vec::new();
    for (g, e) in top {
        events.push(e);
        if let Some(ds) = g.and_then(|g| by_parent.remove(&g)) {
            events.extend(ds);
        }
    }
    undated.sort_by(|a, b| {
        (a.kind as u8, order_key(a, &sources)).cmp(&(b.kind as u8, order_key(b, &sources)))
    });
    Timeline {
        range,
        events,
        undated,
        document_dates: Vec::new(),
        focus: None,
    }
}

/// Events in date order; on one date, by where their first source stands in the corpus.
fn order_key<'a>(e: &'a Event, sources: &SourceOrder) -> (Option<Date>, (usize, usize, &'a str)) {
    (e.when, sources.key(&e.sources[0]))
}

/// Evidence with one entry per article line, in the order given.
pub fn distinct_lines<'a>(evidence: impl Iterator<Item = &'a Evidence>) -> Vec<Evidence> {
    let mut seen: std::collections::HashSet<(&str, usize)> = std::collections::HashSet::new();
    evidence
        .filter(|e| seen.insert((e.file.as_str(), e.line)))
        .cloned()
        .collect()
}

/// An ASCII slug of at most `words` words ("Hội nghị Ngoại vụ" → "hoi-nghi-ngoai-vu").
pub fn slug(s: &str, words: usize) -> String {
    let ascii: String = fold_key(s)
        .replace('đ', "d")
        .nfd()
        .filter(|c| c.is_ascii())
        .collect();
    ascii
        .split_whitespace()
        .take(words)
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_never_given_twice() {
        let mut used = BTreeMap::new();
        let ids: Vec<String> = [
            "hoi-nghi",
            "hoi-nghi",
            "hoi-nghi-2",
            "hoi-nghi",
            "hoi-nghi-2",
        ]
        .into_iter()
        .map(|b| unique_id(&mut used, b.to_string()))
        .collect();
        assert_eq!(
            ids,
            [
                "hoi-nghi",
                "hoi-nghi-2",
                "hoi-nghi-2-2",
                "hoi-nghi-3",
                "hoi-nghi-2-3"
            ]
        );
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(
            slug("Hội nghị Ngoại vụ toàn quốc lần thứ 20", 8),
            "hoi-nghi-ngoai-vu-toan-quoc-lan-thu"
        );
        assert_eq!(slug("Đại hội", 8), "dai-hoi");
    }
}
