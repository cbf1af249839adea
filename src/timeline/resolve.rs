//! Resolve: the year of each partial date, and how it was settled ([`DateBasis`]).
//!
//! For one mention, in this order: the text writes the year; another date of the same sentence
//! gives it; the document date (a day more than two months after it was the year before); the
//! event's own title (topic years, school years, a meeting's period); a dated document the
//! event carries out, named before it in the sentence. For a group of mentions whose year is
//! still open: the dated members of its series around it, with Party Congress anchors; then the
//! knowledge file. A year none of these settles is not guessed.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use crate::extract::dates::{Date, DocumentDate, PartialDate, Precision};
use crate::extract::lexicon::MeetingKind;
use crate::extract::{
    AnchorRelation, Anniversary, ConferenceMention, ReadHow, Reading, TextDate, TitleYears,
};
use crate::knowledge::Knowledge;

use super::basis::{
    BasisNote, CongressAnchor, DateBasis, ReadAs, SeriesMember, TitleRule, YearBasis,
};

/// How trustworthy a date is; lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    Stated,
    Sentence,
    DocumentDate,
    Title,
    AfterDocument,
    Series,
    Knowledge,
    Companion,
    SameArticle,
}

/// A date with how it was obtained.
#[derive(Debug, Clone)]
pub struct Dated {
    pub date: Date,
    /// The last day of a multi-day event, when the text gives it.
    pub end: Option<Date>,
    pub basis: DateBasis,
    pub rank: Rank,
}

/// Where a mention's date stands once its own text has been read.
#[derive(Debug, Clone)]
pub enum MentionDate {
    Dated(Dated),
    /// Day and month (or month) known, year open.
    Partial(PartialDate, DateBasis),
    None,
}

impl MentionDate {
    pub fn date(&self) -> Option<Date> {
        match self {
            MentionDate::Dated(d) => Some(d.date),
            _ => None,
        }
    }
}

/// A day more than this many days after the document date was last year's.
const AFTER_DOCUMENT_DAYS: i64 = 62;
/// A planned meeting's day more than this many days before the document date is next year's
/// ("dự kiến tổ chức vào tháng 1" in a December article).
const PLANNED_BEFORE_DAYS: i64 = 31;

/// Which year a day read against the document date falls in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum YearOfDay {
    /// The document's year.
    Same,
    /// The year before: a day long after the document date was reported, not announced.
    Before,
    /// The year after: a planned meeting's day that has passed this year.
    After,
}

fn read_as(p: &PartialDate, how: &ReadHow) -> ReadAs {
    let counted = matches!(how, ReadHow::FromDocumentDate(_)) && p.day.is_none();
    if counted || matches!(how, ReadHow::AfterDayNamed(_)) {
        return ReadAs::Relative;
    }
    match (p.year.is_some(), p.month.is_some(), p.day.is_some()) {
        (true, true, true) => ReadAs::FullDate,
        (_, true, true) => ReadAs::DayMonth,
        (true, true, false) => ReadAs::MonthYear,
        (false, true, false) => ReadAs::Month,
        _ => ReadAs::Year,
    }
}

fn basis(td: &TextDate, year: YearBasis) -> DateBasis {
    let mut notes = Vec::new();
    if td.how == ReadHow::Paragraph {
        notes.push(BasisNote::ParagraphDay);
    }
    DateBasis {
        read: Some(td.read.clone()),
        read_as: read_as(&td.date, &td.how),
        year,
        notes,
    }
}

/// The calendar part of `p` in `year`.
pub(super) fn with_year(p: PartialDate, year: i32) -> Date {
    Date {
        year,
        month: p.month,
        day: p.day,
    }
}

/// The end of a range given with the start, in the start's year (or the next, past New Year).
pub(super) fn end_of(td: &TextDate, start: &Date) -> Option<Date> {
    let e = td.end?;
    let mut end = Date {
        year: e.year.unwrap_or(start.year),
        month: e.month,
        day: e.day,
    };
    if e.year.is_none() && end < *start {
        end.year += 1;
    }
    (end.naive().is_some() && end > *start).then_some(end)
}

/// The date mention `c` gives by itself (its sentence, the document date, its title).
pub fn mention_date(c: &ConferenceMention, doc: Option<&DocumentDate>) -> MentionDate {
    // A meeting named but not reported keeps only a date its own title holds ("chuẩn bị cho
    // kỳ họp tháng 5/2019"), never the sentence's.
    let Some(td) = c
        .date
        .as_ref()
        .filter(|td| !c.reference || in_title(&td.read.text, &c.title))
    else {
        return title_only(c);
    };
    let mut out = text_date(td, doc, Some(&c.title_years), c.planned);
    // A frame's day is the framed event's ("đến Hà Nội tối 26/2 để dự Hội nghị …"): whether
    // the year is read here or settled later, only the month is the meeting's.
    match &mut out {
        MentionDate::Dated(d)
            if c.framework && !c.framework_day && d.date.precision() == Precision::Day =>
        {
            d.date = d.date.truncate(Precision::Month);
            d.end = None;
            d.basis.notes.push(BasisNote::MonthOnlyFramework);
        }
        MentionDate::Partial(p, basis) if c.framework && !c.framework_day && p.day.is_some() => {
            p.day = None;
            basis.notes.push(BasisNote::MonthOnlyFramework);
        }
        _ => {}
    }
    match out {
        MentionDate::None => title_only(c),
        out => out,
    }
}

/// Whether the date read as `read` stands in `title`, or runs on past its end ("… Mê Công
/// tháng 5-2019" is titled "… Mê Công tháng 5": a start of the date that ends the title, of
/// two words at least).
fn in_title(read: &str, title: &str) -> bool {
    title.contains(read)
        || read
            .char_indices()
            .skip(1)
            .any(|(k, _)| title.ends_with(&read[..k]) && read[..k].contains(' '))
}

/// The first day of a meeting that closed on `closing` after `days` days of work, counted
/// back when the count is certain: days of work are calendar days only when no weekend falls
/// among them. Across a weekend a meeting may or may not have sat (eight calendar days over a
/// Sunday are "7 ngày làm việc"), so the opening day is not settled.
fn opening_day(closing: chrono::NaiveDate, days: u32) -> Option<chrono::NaiveDate> {
    use chrono::Datelike;
    if days < 2 {
        return None;
    }
    let first = closing - chrono::Duration::days(i64::from(days) - 1);
    let weekend = first
        .iter_days()
        .take_while(|d| *d <= closing)
        .any(|d| d.weekday().number_from_monday() > 5);
    (!weekend).then_some(first)
}

/// The issue date of a formal document as the text gives it.
pub fn mention_date_of_document(td: &TextDate, doc: Option<&DocumentDate>) -> MentionDate {
    text_date(td, doc, None, false)
}

/// A date read from the text, its year settled from the text itself, the document date or
/// the event's title.
/// `planned`: the meeting is announced for later ("sẽ diễn ra", "dự kiến tổ chức"), so its day
/// is not the year before the document date's.
fn text_date(
    td: &TextDate,
    doc: Option<&DocumentDate>,
    title: Option<&TitleYears>,
    planned: bool,
) -> MentionDate {
    let finish = |date: Date, year: YearBasis, rank: Rank| {
        let mut b = basis(td, year);
        let (mut date, mut end) = (date, end_of(td, &date));
        // "Sau 5 ngày làm việc, … bế mạc chiều 26/8": it opened four days before.
        if let (Some(n), Some(day), None) = (td.closing_after_days, date.naive(), end) {
            if let Some(first) = opening_day(day, n) {
                end = Some(date);
                date = Date::day(first);
                b.notes.push(BasisNote::OpenedBeforeClosing);
            }
        }
        MentionDate::Dated(Dated {
            date,
            end,
            basis: b,
            rank,
        })
    };
    let p = td.date;
    if let Some(y) = p.year {
        let year = match &td.how {
            ReadHow::FromDocumentDate(doc) => YearBasis::CountedFromDocumentDate {
                read: doc_reading(doc),
                source: doc.source,
            },
            ReadHow::AfterDayNamed(line) => YearBasis::AfterDayNamed { line: *line },
            _ => YearBasis::Text,
        };
        return finish(with_year(p, y), year, Rank::Stated);
    }
    let Some(month) = p.month else {
        return MentionDate::None;
    };
    if let Some((y, read)) = &td.sentence_year {
        let year = YearBasis::Sentence { read: read.clone() };
        return finish(with_year(p, *y), year, Rank::Sentence);
    }
    if let Some((year, which)) = doc.and_then(|d| year_from_document(d, month, p.day, planned)) {
        let doc = doc.unwrap();
        let basis = YearBasis::DocumentDate {
            read: doc_reading(doc),
            source: doc.source,
            year_before: which == YearOfDay::Before,
            year_after: which == YearOfDay::After,
        };
        return finish(with_year(p, year), basis, Rank::DocumentDate);
    }
    if let Some((year, read, rule)) = title.and_then(|t| year_from_title(t, month, p.day)) {
        return finish(
            with_year(p, year),
            YearBasis::Title { read, rule },
            Rank::Title,
        );
    }
    if let Some((after, read)) = &td.not_before {
        let year = first_year_not_before(*after, month, p.day);
        return finish(
            with_year(p, year),
            YearBasis::AfterDocument { read: read.clone() },
            Rank::AfterDocument,
        );
    }
    MentionDate::Partial(p, basis(td, YearBasis::Unsettled))
}

fn doc_reading(doc: &DocumentDate) -> Reading {
    Reading {
        text: doc.text.clone(),
        line: doc.line,
    }
}

/// The year of a day (or month) read against the document date, and which year it is to the
/// document's. A reported day long after the document date was the year before's; a planned
/// meeting's is never (its month is still to come), and a day long before it is next year's.
fn year_from_document(
    doc: &DocumentDate,
    month: u32,
    day: Option<u32>,
    planned: bool,
) -> Option<(i32, YearOfDay)> {
    let y = doc.date.year;
    if doc.date.month.is_none() {
        return Some((y, YearOfDay::Same));
    }
    let reference = doc
        .day()
        .or_else(|| NaiveDate::from_ymd_opt(y, doc.date.month?, 28))?;
    let probe = NaiveDate::from_ymd_opt(y, month, day.unwrap_or(1))
        .or_else(|| NaiveDate::from_ymd_opt(y, month, 28))?;
    let after = (probe - reference).num_days();
    Some(match planned {
        true if -after > PLANNED_BEFORE_DAYS => (y + 1, YearOfDay::After),
        true => (y, YearOfDay::Same),
        false if after > AFTER_DOCUMENT_DAYS => (y - 1, YearOfDay::Before),
        false => (y, YearOfDay::Same),
    })
}

/// The first day `day/month` that is not before `after`.
fn first_year_not_before(after: NaiveDate, month: u32, day: Option<u32>) -> i32 {
    let y = after.year();
    match NaiveDate::from_ymd_opt(y, month, day.unwrap_or(28)) {
        Some(d) if d >= after => y,
        _ => y + 1,
    }
}

/// The year the title gives an event held in `month` (on `day`).
fn year_from_title(
    t: &TitleYears,
    month: u32,
    day: Option<u32>,
) -> Option<(i32, Reading, TitleRule)> {
    // A review of a document's years is dated by its anniversary alone: a day far from it
    // settles no year, not even by the title's other years (those it reviews or plans).
    if let Some(a) = &t.anniversary {
        return near_anniversary(a, month, day)
            .map(|y| (y, a.read.clone(), TitleRule::Anniversary));
    }
    if let Some((year, read)) = &t.opens_term {
        return Some((*year, read.clone(), TitleRule::OpensTerm));
    }
    if let Some((start, read)) = &t.school_year {
        // A school year runs from September to May; its review is held at its end, its launch
        // at its start.
        let year = if t.reviews || month < 7 {
            start + 1
        } else {
            *start
        };
        return Some((year, read.clone(), TitleRule::SchoolYear));
    }
    if let (Some(period), Some((y, read))) = (t.period_month, &t.first) {
        let year = if month >= period { *y } else { y + 1 };
        return Some((year, read.clone(), TitleRule::Period));
    }
    if t.reviews {
        if let Some((y, read)) = &t.first {
            let (year, rule) = if month >= 7 {
                (*y, TitleRule::Same)
            } else {
                (y + 1, TitleRule::ReviewsYearBefore)
            };
            return Some((year, read.clone(), rule));
        }
    }
    if let Some((y, read)) = &t.plan {
        let (year, rule) = if month >= 10 || t.plan_settled_before {
            (y - 1, TitleRule::PlansYearAfter)
        } else {
            (*y, TitleRule::Same)
        };
        return Some((year, read.clone(), rule));
    }
    t.first
        .as_ref()
        .map(|(y, read)| (*y, read.clone(), TitleRule::Same))
}

/// The year that puts a review's day nearest the anniversary it reviews, within four months
/// (a review of twelve years of a document of 3/9/2008 held on 21/9 is 2020's); a day further
/// from it, whichever year, may be a review held early or late, and settles none.
fn near_anniversary(a: &Anniversary, month: u32, day: Option<u32>) -> Option<i32> {
    let at = a.date;
    (at.year() - 1..=at.year() + 1)
        .filter_map(|y| {
            let held = NaiveDate::from_ymd_opt(y, month, day.unwrap_or(15).min(28))?;
            Some((y, (held - at).num_days().abs()))
        })
        .filter(|(_, apart)| *apart <= ANNIVERSARY_WINDOW_DAYS)
        .min_by_key(|(_, apart)| *apart)
        .map(|(y, _)| y)
}

/// How far from an anniversary its review is held, in days: four months.
const ANNIVERSARY_WINDOW_DAYS: i64 = 122;

/// A mention without a day of its own: the year its title names, if that is the year it was
/// held (not a reviewed year, a plan's year or a school year; a monthly meeting is held the
/// month after its period, so in the same year unless the period is December).
fn title_only(c: &ConferenceMention) -> MentionDate {
    let whose = c.details.organizer.is_some() || c.details.chair.is_some();
    if !whose && names_only_a_time(&c.title) {
        return MentionDate::None;
    }
    let t = &c.title_years;
    if let Some((y, read)) = &t.opens_term {
        return title_year(*y, read, TitleRule::OpensTerm);
    }
    // A wage for a year is settled in the year before it.
    if let Some((y, read)) = t.plan.as_ref().filter(|_| t.plan_settled_before) {
        return title_year(y - 1, read, TitleRule::PlansYearAfter);
    }
    let held_that_year = t.school_year.is_none()
        && t.period_month.is_none_or(|m| m < 12)
        && !t.reviews
        && t.plan.is_none();
    let Some((y, read)) = t.first.as_ref().filter(|_| held_that_year) else {
        return MentionDate::None;
    };
    title_year(*y, read, TitleRule::Same)
}

/// Words of time a title may hold beside its kind of meeting, folded without tone marks: the
/// year, the month, a part of them, the new year ("Kỳ họp cuối năm 2016", "Buổi họp giao ban
/// tháng 5", "Hội nghị tân niên 2016").
const TIME_WORDS: &[&str] = &[
    "nam", "thang", "quy", "tuan", "dau", "cuoi", "giua", "tan", "nien",
];

/// Whether a title names nothing but its kind of meeting and a time: where no organiser or
/// chair says whose it is, the year it writes tells no reader which meeting it is (whose
/// session "cuối năm 2016" is), so it dates nothing. A capitalised word after the first names
/// something, though its words are a meeting's ("Kỳ họp Quốc hội cuối năm 2016", "Phiên họp
/// Thường kỳ tháng 5").
fn names_only_a_time(title: &str) -> bool {
    !super::merge::capitalised_after_first(title)
        && super::merge::title_naming_words(title)
            .iter()
            .all(|w| TIME_WORDS.contains(&w.as_str()))
}

/// A mention dated to `year` by its title's year `read`, by `rule`.
fn title_year(year: i32, read: &Reading, rule: TitleRule) -> MentionDate {
    MentionDate::Dated(Dated {
        date: Date {
            year,
            month: None,
            day: None,
        },
        end: None,
        basis: DateBasis {
            read: None,
            read_as: ReadAs::Year,
            year: YearBasis::Title {
                read: read.clone(),
                rule,
            },
            notes: Vec::new(),
        },
        rank: Rank::Title,
    })
}

/// The series key of a mention: its series name with qualifiers and aliases folded, its term.
pub type SeriesKey = (String, Option<u32>);

/// A group whose year is still open, as series inference sees it.
pub struct OpenGroup<'a> {
    pub key: &'a SeriesKey,
    pub ordinal: u32,
    pub members: Vec<&'a ConferenceMention>,
    /// The day and month (or month) its text gives, and how they were read.
    pub partial: Option<(PartialDate, DateBasis)>,
    /// Ordinal and date of every dated group with the same key.
    pub series: &'a [(u32, Date)],
}

/// Settles the year of a group from the dated members of its series and Party Congress
/// anchors, or (as `facts` allows) from the knowledge file.
pub fn infer_from_series(g: OpenGroup, k: &Knowledge, facts: Facts) -> Option<Dated> {
    // A year read between the corpus's other members is an inference from reports that may
    // themselves be misdated (a session's press release, a later session dated by the same
    // inference): where the knowledge file knows the member, the inference stands only when it
    // agrees with it.
    let known = k.known_member(&g.key.0, g.key.1, g.ordinal);
    if let Some(d) = between_neighbours(&g, k) {
        if known.as_ref().is_none_or(|f| f.year == d.date.year) {
            return Some(d);
        }
    }
    match facts {
        Facts::None => return None,
        Facts::WithDay if g.partial.is_none() => return None,
        _ => {}
    }
    Some(known_date(known?, g.ordinal, g.partial))
}

/// Member `ordinal` of a series the knowledge file dates `fact.year`: the day or month the text
/// read (`partial`, with how it was read) in that year, else the year alone.
pub fn known_date(
    fact: crate::knowledge::KnownFact,
    ordinal: u32,
    partial: Option<(PartialDate, DateBasis)>,
) -> Dated {
    let year = YearBasis::Knowledge {
        name: fact.series.clone(),
        ordinal,
        year: fact.year,
        source: fact.source.clone(),
    };
    let (date, read, read_as, notes) = match partial {
        Some((p, b)) => (with_year(p, fact.year), b.read, b.read_as, b.notes),
        None => (
            Date {
                year: fact.year,
                month: None,
                day: None,
            },
            None,
            ReadAs::Nothing,
            Vec::new(),
        ),
    };
    Dated {
        date,
        end: None,
        basis: DateBasis {
            read,
            read_as,
            year,
            notes,
        },
        rank: Rank::Knowledge,
    }
}

fn between_neighbours(g: &OpenGroup, k: &Knowledge) -> Option<Dated> {
    let OpenGroup {
        key,
        ordinal,
        members,
        series,
        ..
    } = g;
    let ordinal = *ordinal;
    // A body's sittings are numbered anew each term: reports that name no term (nor a Party
    // Congress that bounds one) place a sitting among other articles' members of some term
    // only by a guess.
    let termless_sitting = !members.is_empty()
        && members
            .iter()
            .all(|m| m.meeting_kind == MeetingKind::Session && m.anchors.is_empty())
        && members
            .iter()
            .filter_map(|m| m.series.as_deref())
            .any(crate::extract::numbered_by_term);
    if key.1.is_none() && termless_sitting {
        return None;
    }
    let (p, b) = g.partial.clone()?;
    p.month?;
    let lower = series
        .iter()
        .filter(|(o, _)| *o < ordinal)
        .max_by_key(|(o, _)| *o)?;
    let upper = series
        .iter()
        .filter(|(o, _)| *o > ordinal)
        .min_by_key(|(o, _)| *o)?;
    let mut candidates: Vec<Date> = (lower.1.year..=upper.1.year)
        .map(|y| with_year(p, y))
        .filter(|d| d.naive().is_some() || d.day.is_none())
        .filter(|d| not_before(d, &lower.1) && not_before(&upper.1, d))
        .collect();
    let mut anchors = Vec::new();
    for a in members.iter().flat_map(|m| m.anchors.iter()) {
        let Some(c) = k.congress(a.congress) else {
            continue;
        };
        let (start, end) = (Date::day(c.start), Date::day(c.end));
        match a.relation {
            AnchorRelation::JustAfter => {
                candidates.retain(|d| not_before(d, &end));
                candidates.truncate(1);
            }
            AnchorRelation::After => candidates.retain(|d| not_before(d, &end)),
            AnchorRelation::Before => candidates.retain(|d| not_before(&start, d)),
        }
        anchors.push(CongressAnchor {
            side: a.relation,
            congress: a.congress,
            start: c.start.format("%Y-%m-%d").to_string(),
            read: Reading {
                text: a.spelled.clone(),
                line: a.line,
            },
        });
    }
    let [date] = candidates.as_slice() else {
        return None;
    };
    if !near_its_place(date, ordinal, lower, upper) {
        return None;
    }
    let member = |(o, d): &(u32, Date)| SeriesMember {
        ordinal: *o,
        date: d.iso(),
    };
    Some(Dated {
        date: *date,
        end: None,
        basis: DateBasis {
            year: YearBasis::Series {
                series: members
                    .iter()
                    .find_map(|m| m.series.clone())
                    .unwrap_or_else(|| key.0.clone()),
                ordinal,
                before: member(lower),
                after: member(upper),
                anchors,
            },
            ..b
        },
        rank: Rank::Series,
    })
}

/// Whether `date` stands near where member `ordinal` falls between its neighbours `lower` and
/// `upper`, members coming at a steady pace: within a quarter of their span (two months at
/// least) of that place. A body's sittings are numbered anew each term: the 28th sitting of a
/// commission of the last term (December 2014) fits between the 15th and the 30th of the next
/// (June 2017, October 2018) only by its month, far from where the 28th of that term falls.
fn near_its_place(date: &Date, ordinal: u32, lower: &(u32, Date), upper: &(u32, Date)) -> bool {
    /// The least distance from its place a member's date may lie, in days.
    const MIN_SLACK_DAYS: f64 = 62.0;
    let (Some(at), Some(lo), Some(hi)) = (date.middle(), lower.1.middle(), upper.1.middle()) else {
        return true;
    };
    let span = (hi - lo).num_days() as f64;
    let share = f64::from(ordinal - lower.0) / f64::from(upper.0 - lower.0);
    let place = lo + chrono::Duration::days((span * share).round() as i64);
    let slack = (span / 4.0).max(MIN_SLACK_DAYS);
    ((at - place).num_days() as f64).abs() <= slack
}

/// `d` is not before `bound` at the coarser of their precisions.
pub fn not_before(d: &Date, bound: &Date) -> bool {
    let p = d.precision().min(bound.precision());
    d.truncate(p) >= bound.truncate(p)
}

/// The best dated member of a group: the most precise, then the most trusted.
pub fn best_of<'a>(dates: impl Iterator<Item = &'a Dated>) -> Option<&'a Dated> {
    dates.min_by(|a, b| {
        b.date
            .precision()
            .cmp(&a.date.precision())
            .then(a.rank.cmp(&b.rank))
    })
}

/// Which groups the knowledge file's series may date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facts {
    /// None: only the corpus's own dated members.
    None,
    /// Those whose text reads a day or month, which the known year completes.
    WithDay,
    /// Every group it knows, to the year.
    All,
}

/// Dated members of every series, by key, for [`infer_from_series`].
pub fn series_index<'a>(
    dated: impl Iterator<Item = (&'a SeriesKey, u32, Date)>,
) -> HashMap<SeriesKey, Vec<(u32, Date)>> {
    let mut out: HashMap<SeriesKey, Vec<(u32, Date)>> = HashMap::new();
    for (key, ordinal, date) in dated {
        out.entry(key.clone()).or_default().push((ordinal, date));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(iso: &str) -> DocumentDate {
        DocumentDate {
            date: Date::parse_iso(iso).unwrap(),
            text: iso.into(),
            line: 1,
            source: crate::extract::dates::DocumentDateSource::Byline,
        }
    }

    #[test]
    fn a_day_long_after_the_document_date_is_the_year_before() {
        use YearOfDay::*;
        assert_eq!(
            year_from_document(&doc("2020-01-05"), 12, Some(28), false),
            Some((2019, Before))
        );
        assert_eq!(
            year_from_document(&doc("2020-01-05"), 1, Some(3), false),
            Some((2020, Same))
        );
        assert_eq!(
            year_from_document(&doc("2021-12"), 12, Some(2), false),
            Some((2021, Same))
        );
    }

    /// Days of work are counted back to the opening day only within one working week: over a
    /// weekend the meeting may or may not have sat.
    #[test]
    fn days_of_work_give_the_opening_day_only_when_no_weekend_lies_between() {
        let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        // Friday 26 August 2016 after five days: Monday the 22nd.
        assert_eq!(opening_day(day("2016-08-26"), 5), Some(day("2016-08-22")));
        assert_eq!(opening_day(day("2019-12-19"), 2), Some(day("2019-12-18")));
        // A Wednesday after seven days of work: a Sunday, perhaps a Saturday, between.
        assert_eq!(opening_day(day("2017-10-11"), 7), None);
        // A Monday after two days: the day before is a Sunday.
        assert_eq!(opening_day(day("2020-03-09"), 2), None);
        assert_eq!(opening_day(day("2020-03-09"), 1), None);
    }

    /// A planned meeting's month is still to come: never the year before, and the year after
    /// when it has passed this year ("dự kiến vào tháng 1" in a December article).
    #[test]
    fn a_planned_day_is_not_the_year_before_and_may_be_the_year_after() {
        use YearOfDay::*;
        for (doc_date, month, day, want) in [
            ("2019-06-22", 9, None, (2019, Same)),
            ("2017-03-10", 11, None, (2017, Same)),
            ("2018-12-10", 1, Some(15), (2019, After)),
            ("2019-03-10", 3, Some(2), (2019, Same)),
            ("2019-06-22", 12, Some(31), (2019, Same)),
        ] {
            assert_eq!(
                year_from_document(&doc(doc_date), month, day, true),
                Some(want),
                "{doc_date} {month} {day:?}"
            );
        }
    }

    #[test]
    fn a_date_is_in_a_title_that_holds_it_or_ends_with_its_start() {
        let title = "Hội nghị Bộ trưởng Mê Công tháng 5";
        assert!(in_title("tháng 5", title));
        assert!(in_title("tháng 5-2019", title), "runs on past the title");
        assert!(
            !in_title("5-2019", title),
            "one word is no start of the date"
        );
        assert!(!in_title("ngày 5/3", title));
        assert!(!in_title("tháng 6-2019", title));
    }

    #[test]
    fn after_a_document_means_the_first_such_day() {
        let kl = NaiveDate::from_ymd_opt(2020, 6, 16).unwrap();
        assert_eq!(first_year_not_before(kl, 8, Some(24)), 2020);
        let nq = NaiveDate::from_ymd_opt(2022, 11, 9).unwrap();
        assert_eq!(first_year_not_before(nq, 2, Some(26)), 2023);
    }
}
