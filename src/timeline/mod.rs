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
mod candidates;
pub mod changes;
mod dates;
mod directives;
mod events;
pub mod focus;
pub mod merge;
mod order;
pub mod resolve;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::extract::dates::{Date, DocumentDate, Precision};
use crate::extract::lexicon::MeetingKind;
use crate::extract::{Details, Evidence, Mentions};
use crate::knowledge::Knowledge;

pub use basis::{BasisNote, DateBasis, YearBasis};
use candidates::candidates;
pub use changes::Changes;
pub use dates::date_groups;
use events::conference_event;
pub use focus::{Focus, FocusKind, FocusReport};
use merge::Candidate;
pub use order::{assign_ids, select_and_order, slug, EventSets, SourceOrder};

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
    let mut groups = timed("merge", || merge::group(&cands, k));
    // A meeting only a photo's caption names, which no report of its article joined, is the
    // photo's (a file photo of another meeting), not an event.
    groups.retain(|members| !members.iter().all(|&m| cands[m].mention.caption));
    let dated = timed("date groups", || date_groups(&groups, &cands, mentions, k));
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

/// Evidence with one entry per article line, in the order given.
pub fn distinct_lines<'a>(evidence: impl Iterator<Item = &'a Evidence>) -> Vec<Evidence> {
    let mut seen: std::collections::HashSet<(&str, usize)> = std::collections::HashSet::new();
    evidence
        .filter(|e| seen.insert((e.file.as_str(), e.line)))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {

    use super::order::*;
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
