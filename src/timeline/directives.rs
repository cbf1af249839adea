//! Directives: instructions attached to the conference they were given at (and dated as it),
//! and formal documents, one event per document across articles, dated by their issue date or,
//! when nothing else dates them, by the year in their number.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use crate::extract::dates::Date;
use crate::extract::lexicon::MeetingKind;
use crate::extract::{DirectiveMention, DocumentRef, Mentions, Reading};

use super::basis::{BasisNote, DateBasis, ReadAs, YearBasis};
use super::dates::MEETING_SPAN_DAYS;
use super::resolve::{mention_date_of_document, MentionDate};
use super::{distinct_lines, ConferenceIndex, Event, Kind};

/// Directives given at conferences (with the group of their conference) and formal documents.
pub fn events(
    mentions: &[Mentions],
    index: &ConferenceIndex,
    conferences: &[Event],
) -> (Vec<(Option<usize>, Event)>, Vec<Event>) {
    let mut given: Vec<(Option<usize>, Event)> = Vec::new();
    // A document is known by its key: across articles when its number carries its code,
    // within its article otherwise; with its year where the number restarts every year.
    type DocumentKey<'k> = (&'k str, Option<i32>, Option<usize>);
    let mut documents: BTreeMap<DocumentKey, Vec<Cited>> = BTreeMap::new();
    let years = yearly_documents_years(mentions);
    let mut seen: BTreeSet<(Option<usize>, &str, usize)> = BTreeSet::new();
    // One instruction reported in the same words by several articles about one conference
    // (syndicated copies) is one directive with several sources.
    let mut same_words: BTreeMap<(usize, String), usize> = BTreeMap::new();
    // Folding every quote is most of this step's work, and needs nothing from the others.
    let keys: Vec<Vec<String>> = mentions
        .par_iter()
        .map(|m| {
            let quotes = m.directives.iter().map(|d| &d.evidence.quote);
            quotes.map(|q| crate::text::fold_key(q)).collect()
        })
        .collect();
    for (ai, m) in mentions.iter().enumerate() {
        for (di, d) in m.directives.iter().enumerate() {
            if let Some(doc) = &d.document {
                let (year, scope) = document_scope(doc, ai, &years);
                documents
                    .entry((doc.key.as_str(), year, scope))
                    .or_default()
                    .push((ai, d, m));
                continue;
            }
            let group = d.parent.and_then(|p| index.group(ai, p));
            if !seen.insert((group, d.evidence.file.as_str(), d.evidence.line)) {
                continue;
            }
            let words = group.map(|g| (g, keys[ai][di].clone()));
            match words.as_ref().and_then(|w| same_words.get(w)) {
                Some(&i) => given[i].1.sources.push(d.evidence.clone()),
                None => {
                    if let Some(w) = words {
                        same_words.insert(w, given.len());
                    }
                    let parent = group.map(|g| &conferences[g]);
                    let closing = d.parent.is_some_and(|p| reads_closing_day(m, p));
                    let day = match d.parent {
                        Some(p) if sitting_undated_here(m, p) => DayKnown::YearOnly,
                        _ if closing => DayKnown::Closing,
                        _ => DayKnown::Opening,
                    };
                    // Dated by its own day, it stands on its own, under no conference.
                    let (e, at_parent) = given_event(d, m, parent, day);
                    given.push((group.filter(|_| at_parent), e));
                }
            }
        }
    }
    let documents = documents
        .into_values()
        .map(|ds| document_event(&ds))
        .collect();
    (given, documents)
}

/// The years the mentions of each document numbered afresh every year give it
/// ([`DocumentRef::yearly`]), by key.
fn yearly_documents_years(mentions: &[Mentions]) -> BTreeMap<&str, BTreeSet<i32>> {
    let mut years: BTreeMap<&str, BTreeSet<i32>> = BTreeMap::new();
    let docs = mentions
        .iter()
        .flat_map(|m| &m.directives)
        .filter_map(|d| d.document.as_ref());
    for doc in docs.filter(|doc| doc.yearly) {
        let of_key = years.entry(doc.key.as_str()).or_default();
        of_key.extend(doc.clause_year);
    }
    years
}

/// The year and the article (`ai`) a document's mention is grouped under: a coded number names
/// one document across articles, and one numbered afresh each year ("01/NQ-CP") only with its
/// year: its own, or the only one the other mentions give. A mention of such a number with no
/// year of its own, where mentions give it several, stays within its article.
fn document_scope(
    doc: &DocumentRef,
    ai: usize,
    years: &BTreeMap<&str, BTreeSet<i32>>,
) -> (Option<i32>, Option<usize>) {
    if !doc.coded {
        return (None, Some(ai));
    }
    if !doc.yearly {
        return (None, None);
    }
    let known = years.get(doc.key.as_str());
    let only = known
        .filter(|y| y.len() == 1)
        .and_then(|y| y.first().copied());
    match doc.clause_year.or(only) {
        Some(year) => (Some(year), None),
        None if known.is_some_and(|y| !y.is_empty()) => (None, Some(ai)),
        None => (None, None),
    }
}

/// True when the article reports its conference `p` on its closing day ("Sau 3 ngày làm việc,
/// … bế mạc chiều 29/12"): what was said there is dated on that day, not on the opening day
/// the event starts on.
fn reads_closing_day(m: &Mentions, p: usize) -> bool {
    m.conferences
        .get(p)
        .and_then(|c| c.date.as_ref())
        .is_some_and(|td| td.closing_after_days.is_some_and(|n| n > 1))
}

/// True when the article names its conference `p` as a sitting of several days (a session
/// of a council or of the National Assembly) without a day of its own: the day other
/// articles give is the opening's, and what was said there may have been said on any day of
/// it.
fn sitting_undated_here(m: &Mentions, p: usize) -> bool {
    m.conferences.get(p).is_some_and(|c| {
        c.meeting_kind == MeetingKind::Session
            && c.date.as_ref().is_none_or(|td| td.date.day.is_none())
    })
}

/// Which day of its conference a directive is dated on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DayKnown {
    /// The conference's day; of a conference of several days, what its days share (its
    /// month or year, [`common_part`]).
    Opening,
    /// The closing day: the article reports the conference on it.
    Closing,
    /// Only the year: the article does not say which day of a long sitting.
    YearOnly,
}

/// A directive of article `m` given at `parent`, dated as it on the day `day` says; given at
/// no meeting, on its own day if its sentence gives one, or on its own month or year when that
/// is before `parent`'s. True with it when it is dated as `parent` (given there), false when
/// by its own time.
fn given_event(
    d: &DirectiveMention,
    m: &Mentions,
    parent: Option<&Event>,
    day: DayKnown,
) -> (Event, bool) {
    let day_of = |p: &Event| match (day, p.end.as_deref().and_then(Date::parse_iso)) {
        (DayKnown::YearOnly, _) => p.when.map(|w| Date {
            year: w.year,
            month: None,
            day: None,
        }),
        (_, end) => {
            let own = d.parent.zip(p.when).and_then(|(c, w)| own_day(m, c, w));
            match (day, end) {
                _ if own.is_some() => own,
                (DayKnown::Closing, Some(end)) => Some(end),
                // A meeting of several days its article gives no day of: any of them.
                (DayKnown::Opening, Some(end)) => p.when.and_then(|w| common_part(w, end)),
                _ => p.when,
            }
        }
    };
    // An instruction whose sentence opens with its own day and names no meeting was given on
    // that day ("Trước đó, ngày 19/6, UBND tỉnh đã có công văn yêu cầu …"), not at the
    // meeting its article reports.
    let named_here = d
        .parent
        .and_then(|p| m.conferences.get(p))
        .is_some_and(|c| c.evidence.line == d.evidence.line);
    // A month or a year it opens with is its own time only when before its meeting's ("Năm
    // 2014, … Ủy ban Kiểm tra Trung ương đã yêu cầu …", recalled at a plenum of 2016; "Tháng
    // 3/2016, …" at one of October 2016); the same or a later one is the time the instruction
    // is for ("Năm 2019, ngành phải …").
    let before_parent = |w: &Date| {
        w.day.is_some()
            || parent
                .and_then(|p| p.when)
                .is_some_and(|pw| match (w.month, pw.month) {
                    (Some(m), Some(pm)) => (w.year, m) < (pw.year, pm),
                    _ => w.year < pw.year,
                })
    };
    let own = (!named_here)
        .then(|| on_its_day(d, m))
        .flatten()
        .filter(|(w, _)| w.as_ref().is_some_and(before_parent));
    let at_parent = own.is_none();
    let (when, basis) = match parent.filter(|_| at_parent) {
        Some(p) => (
            day_of(p),
            DateBasis {
                year: match day_of(p) {
                    Some(w) => YearBasis::Conference {
                        title: p.title.clone(),
                        date: w.iso(),
                    },
                    None => YearBasis::Unsettled,
                },
                // A directive has no end: what the conference's basis says of its end is not its
                // (the brief hides a conference's notes on a directive, `timeline.json` would
                // not).
                notes: (p.date_basis.notes.iter())
                    .filter(|n| **n != BasisNote::LastDayReported)
                    .copied()
                    .collect(),
                ..p.date_basis.clone()
            },
        ),
        None => own.unwrap_or((None, DateBasis::nothing())),
    };
    let mut e = Event::new(
        Kind::Directive,
        directive_title(&d.evidence.quote),
        when,
        basis,
        vec![d.evidence.clone()],
    );
    e.by = d.by.clone();
    e.text = Some(d.text.clone());
    (e, at_parent)
}

/// What two dates share: the month, when both fall in it, else the year; nothing across a
/// new year.
fn common_part(a: Date, b: Date) -> Option<Date> {
    let month = (a.month == b.month).then_some(a.month).flatten();
    (a.year == b.year).then_some(Date {
        year: a.year,
        month,
        day: None,
    })
}

/// Days from its event's date within which the day an article gives its own mention of a
/// meeting is a day of that meeting; a legislature's session sits for weeks
/// ([`MEETING_SPAN_DAYS`]).
const OWN_DAY_WINDOW: i64 = 14;

/// The day article `m` itself gives its held meeting `c` ("Sáng 12/5, Hội nghị … bế mạc"), in
/// the year of its event dated `at`: what was said there was said that day, whichever day
/// other articles date the event by (its opening, a day of its sitting, or only the month
/// where their days disagree).
fn own_day(m: &Mentions, c: usize, at: Date) -> Option<Date> {
    let mention = m.conferences.get(c).filter(|c| c.held())?;
    let read = mention.date.as_ref()?.date;
    let own = Date {
        year: at.year,
        month: read.month,
        day: read.day,
    };
    // An event its articles date only to a month (their days disagree) holds a day of that
    // month an article gives.
    if at.day.is_none() {
        return (at.month.is_some() && at.month == read.month && read.day.is_some()).then_some(own);
    }
    let apart = (own.naive()? - at.naive()?).num_days().abs();
    let window = match mention.meeting_kind {
        MeetingKind::Session => MEETING_SPAN_DAYS,
        _ => OWN_DAY_WINDOW,
    };
    (apart <= window).then_some(own)
}

/// The date of a directive given at no meeting: the day its sentence opens with
/// ([`DirectiveMention::day`]), its year settled as any date of its article's text is.
fn on_its_day(d: &DirectiveMention, m: &Mentions) -> Option<(Option<Date>, DateBasis)> {
    match mention_date_of_document(d.day.as_ref()?, m.document_date.as_ref()) {
        MentionDate::Dated(mut x) => {
            x.basis.notes.push(BasisNote::GivenOnDay);
            Some((Some(x.date), x.basis))
        }
        _ => None,
    }
}

/// A directive mention with its article: the article's index in the corpus and its mentions.
type Cited<'a> = (usize, &'a DirectiveMention, &'a Mentions);

fn document_event(ds: &[Cited]) -> Event {
    let mut ds = ds.to_vec();
    // In corpus order, never by file name (see `SourceOrder`).
    ds.sort_by_key(|(article, d, _)| (*article, d.evidence.line));
    let ds: Vec<(&DirectiveMention, &Mentions)> = ds.into_iter().map(|(_, d, m)| (d, m)).collect();
    fn doc(d: &DirectiveMention) -> &DocumentRef {
        d.document.as_ref().expect("grouped as a document")
    }
    // The best issue date any mention gives; its line leads the sources.
    let dated = ds
        .iter()
        .filter_map(|(d, m)| {
            let td = doc(d).date.as_ref()?;
            match mention_date_of_document(td, m.document_date.as_ref()) {
                MentionDate::Dated(x) => Some((x, *d)),
                _ => None,
            }
        })
        .min_by(|a, b| {
            b.0.date
                .precision()
                .cmp(&a.0.date.precision())
                .then(a.0.rank.cmp(&b.0.rank))
        });
    let (when, basis, lead) = match dated {
        Some((mut x, d)) => {
            x.basis.notes.push(BasisNote::IssueDate);
            (Some(x.date), x.basis, Some(d))
        }
        // Without a whole issue date: its day and month in its number's year, reported as just
        // issued, else the year in its number.
        None => match day_in_number_year(&ds)
            .or_else(|| reported_as_issued(&ds))
            .or_else(|| number_year(&ds))
        {
            Some((date, basis, d)) => (Some(date), basis, Some(d)),
            None => (None, DateBasis::nothing(), None),
        },
    };
    let first = lead.map(doc).unwrap_or_else(|| doc(ds[0].0));
    let title = match &first.subject {
        Some(s) => format!("{} về {}", first.name, s),
        None => first.name.clone(),
    };
    let lead_evidence = lead.map(|d| &d.evidence);
    let sources = distinct_lines(
        lead_evidence
            .into_iter()
            .chain(ds.iter().map(|(d, _)| &d.evidence)),
    );
    let mut e = Event::new(Kind::Directive, title, when, basis, sources);
    e.by = ds.iter().find_map(|(d, _)| doc(d).issuer.clone());
    e.text = Some(lead.unwrap_or(ds[0].0).text.clone());
    e
}

/// An issue date read without its year ("Quyết định số 27/2016/QĐ-UBND ban hành ngày 18/6")
/// in the year of the document's number: a document is numbered in the year it is issued.
fn day_in_number_year<'a>(
    ds: &[(&'a DirectiveMention, &Mentions)],
) -> Option<(Date, DateBasis, &'a DirectiveMention)> {
    ds.iter().find_map(|(d, m)| {
        let doc = d.document.as_ref()?;
        let year = doc.number_year?;
        let td = doc.date.as_ref()?;
        let MentionDate::Partial(p, basis) = mention_date_of_document(td, m.document_date.as_ref())
        else {
            return None;
        };
        let date = Date {
            year,
            month: Some(p.month?),
            day: p.day,
        };
        // "29/2" only in a leap year.
        if date.day.is_some() && date.naive().is_none() {
            return None;
        }
        let basis = DateBasis {
            year: YearBasis::DocumentNumber {
                number: doc.name.clone(),
            },
            notes: vec![BasisNote::IssueDate],
            ..basis
        };
        Some((date, basis, *d))
    })
}

/// The year in a document's number ("15/2020/NĐ-CP"), for a document nothing else dates.
fn number_year<'a>(
    ds: &[(&'a DirectiveMention, &Mentions)],
) -> Option<(Date, DateBasis, &'a DirectiveMention)> {
    ds.iter().find_map(|(d, _)| {
        let doc = d.document.as_ref()?;
        let date = Date {
            year: doc.number_year?,
            month: None,
            day: None,
        };
        let basis = DateBasis {
            read: Some(Reading {
                text: doc.name.clone(),
                line: d.evidence.line,
            }),
            read_as: ReadAs::Year,
            year: YearBasis::DocumentNumber {
                number: doc.name.clone(),
            },
            notes: vec![BasisNote::IssueDate],
        };
        Some((date, basis, *d))
    })
}

/// The month of the article that reports a document as just issued ([`DocumentRef::just_issued`]),
/// when its number holds no other year.
fn reported_as_issued<'a>(
    ds: &[(&'a DirectiveMention, &Mentions)],
) -> Option<(Date, DateBasis, &'a DirectiveMention)> {
    ds.iter().find_map(|(d, m)| {
        let doc = d.document.as_ref()?;
        let at = m.document_date.as_ref().filter(|_| doc.just_issued)?;
        let date = Date {
            year: at.date.year,
            month: Some(at.date.month?),
            day: None,
        };
        if doc.number_year.is_some_and(|y| y != date.year) {
            return None;
        }
        let read = Reading {
            text: at.text.clone(),
            line: at.line,
        };
        let basis = DateBasis {
            read: Some(read.clone()),
            read_as: ReadAs::MonthYear,
            year: YearBasis::ReportedAsIssued {
                read,
                source: at.source,
            },
            notes: vec![BasisNote::IssueDate],
        };
        Some((date, basis, *d))
    })
}

/// A short title for a directive: its first words.
pub fn directive_title(text: &str) -> String {
    const MAX: usize = 90;
    let t = text.trim().trim_start_matches(['“', '"', '-', '–', ' ']);
    if t.chars().count() <= MAX {
        return t.to_string();
    }
    let cut: String = t.chars().take(MAX).collect();
    let cut = match cut.rfind(' ') {
        Some(p) => &cut[..p],
        None => &cut,
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_of_one_meeting_share_their_month_or_their_year() {
        let d = |y, m, day| Date {
            year: y,
            month: Some(m),
            day: Some(day),
        };
        let part = |a, b| common_part(a, b).map(|x: Date| x.iso());
        assert_eq!(
            part(d(2019, 9, 10), d(2019, 9, 12)).as_deref(),
            Some("2019-09")
        );
        assert_eq!(
            part(d(2019, 9, 29), d(2019, 10, 2)).as_deref(),
            Some("2019")
        );
        assert_eq!(part(d(2019, 12, 30), d(2020, 1, 2)), None);
    }

    #[test]
    fn directive_titles_are_cut_at_a_word() {
        let t = directive_title(&"đẩy mạnh ngoại giao ".repeat(10));
        assert!(t.ends_with('…') && t.chars().count() <= 91, "{t}");
        assert_eq!(directive_title("“Ngắn gọn."), "Ngắn gọn.");
    }
}
