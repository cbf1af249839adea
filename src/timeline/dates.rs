//! Step 3: each group's date, its end and the dates other sources give; years still open
//! settled from the series, the knowledge file, the article's other events or a companion.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate};

use super::basis::{self, BasisNote, DateBasis, YearBasis};
use super::merge::Candidate;
use super::resolve::{
    self, best_of, infer_from_series, mention_date, Dated, Facts, MentionDate, OpenGroup, Rank,
    SeriesKey,
};
use super::{distinct_lines, ConferenceIndex, Conflict};
use crate::extract::dates::{says_this_year, Date, PartialDate, Precision};
use crate::extract::{lexicon, Evidence, Mentions, Reading};
use crate::knowledge::Knowledge;

/// Step 3: each group's date. The best member's date first; then what the corpus itself
/// settles (the series' dated members, conferences held together, the article's other
/// events); the knowledge file only for what the text leaves open.
pub fn date_groups(
    groups: &[Vec<usize>],
    cands: &[Candidate],
    mentions: &[Mentions],
    k: &Knowledge,
) -> Vec<Option<Dated>> {
    let mut dated: Vec<Option<Dated>> = groups
        .iter()
        .map(|members| group_date(members, cands))
        .collect();
    yield_to_known(groups, cands, &mut dated, k);
    day_in_known_year(groups, cands, &mut dated, k);
    // A known year completes a day the text reads before conferences held together share
    // their dates; only then does it date, to the year alone, what nothing else dates (a
    // conference held together with a dated one is dated to its month by that one).
    for facts in [Facts::None, Facts::WithDay, Facts::All] {
        from_series(groups, cands, &mut dated, k, facts);
        held_together(groups, cands, &mut dated);
    }
    held_around_a_dated_one(groups, cands, &mut dated);
    same_article_year(groups, (cands, mentions), &mut dated, k);
    ends_read_with_the_start(groups, cands, &mut dated);
    later_sittings(groups, cands, &mut dated);
    opened_before_closing(groups, cands, &mut dated);
    last_day_reported(groups, cands, &mut dated);
    dated
}

/// A session of weeks ([`sits_for_weeks`]) whose end no member gives as a range's end or a
/// closing's day (`bế mạc`, `kết thúc`): that end is the last of its days some report happened
/// to give, which the brief says ([`BasisNote::LastDayReported`]) so that no reader takes it
/// for the close.
fn last_day_reported(groups: &[Vec<usize>], cands: &[Candidate], dated: &mut [Option<Dated>]) {
    for (g, slot) in dated.iter_mut().enumerate() {
        let Some(d) = slot.as_mut() else { continue };
        let Some(end) = d.end.filter(|_| sits_for_weeks(&groups[g], cands)) else {
            continue;
        };
        let ends_it = |m: usize| {
            let closes = CLOSING_VERBS
                .iter()
                .any(|v| tells_only(&cands[m], v, "khai mạc"));
            let own_end = matches!(&cands[m].date, MentionDate::Dated(x) if x.end == Some(end));
            // (A closing's day read without its year is in the group's: [`reported_day`].)
            own_end
                || closes
                    && reported_day(&cands[m].date, d).is_some_and(|(x, _)| end.naive() == Some(x))
        };
        let note = BasisNote::LastDayReported;
        if !groups[g].iter().any(|&m| ends_it(m)) && !d.basis.notes.contains(&note) {
            d.basis.notes.push(note);
        }
    }
}

/// The verbs a report of a meeting's closing tells it by, lower case.
const CLOSING_VERBS: &[&str] = &["bế mạc", "kết thúc"];

/// Whether a mention's sentence tells `verb` ("bế mạc") and not `not` ("khai mạc").
fn tells_only(c: &Candidate, verb: &str, not: &str) -> bool {
    let quote = c.mention.evidence.quote.to_lowercase();
    crate::text::contains_word(&quote, verb) && !crate::text::contains_word(&quote, not)
}

/// The most days a meeting held before or after another ("tiếp xúc cử tri trước kỳ họp thứ 4")
/// lies from it: voters meet their deputies in the month or two around a session.
const AROUND_DAYS: i64 = 90;

/// A day without its year of a meeting held before or after another its sentence names
/// ([`crate::extract::conference::Around`]: "Chiều 5/5, … buổi tiếp xúc cử tri … trước kỳ họp
/// thứ 5, Quốc hội khoá XIV"), when that one is dated by its article's own text or the
/// knowledge file: the one year that puts the day within [`AROUND_DAYS`] on its side of it.
fn held_around_a_dated_one(
    groups: &[Vec<usize>],
    cands: &[Candidate],
    dated: &mut [Option<Dated>],
) {
    let index = ConferenceIndex::new(groups, cands);
    date_the_undated(groups, dated, |members, dated| {
        members.iter().find_map(|&m| {
            let c = &cands[m];
            let around = c.mention.held_around?;
            let MentionDate::Partial(p, b) = &c.date else {
                return None;
            };
            let other = index.group(c.article, around.of)?;
            // Its own article's date of that meeting, or the knowledge file's; not one another
            // article gave it.
            let own = groups[other].iter().find_map(|&o| match &cands[o].date {
                MentionDate::Dated(d)
                    if cands[o].article == c.article && cands[o].mention.index == around.of =>
                {
                    Some(d.clone())
                }
                _ => None,
            });
            let that = own.or_else(|| {
                dated[other]
                    .clone()
                    .filter(|d| matches!(d.basis.year, YearBasis::Knowledge { .. }))
            })?;
            let year = year_beside(&that, around.before, p)?;
            let title = cands[groups[other][0]].mention.title.clone();
            Some(Dated {
                date: Date {
                    year,
                    month: p.month,
                    day: p.day,
                },
                end: None,
                basis: DateBasis {
                    year: YearBasis::SameArticle {
                        title,
                        date: that.date.iso(),
                    },
                    ..b.clone()
                },
                rank: Rank::SameArticle,
            })
        })
    });
}

/// The one year that puts day and month `p` within [`AROUND_DAYS`] before the meeting dated
/// `that` (`before`) or after it: some day of that meeting lies within the span on that side
/// (a session the knowledge file knows by its year alone lies anywhere in that year).
fn year_beside(that: &Dated, before: bool, p: &PartialDate) -> Option<i32> {
    let from = that.date.bounds()?.0;
    let to = that.end.unwrap_or(that.date).bounds()?.1;
    let fits = |y: i32| {
        let day = NaiveDate::from_ymd_opt(y, p.month?, p.day?)?;
        let within = match before {
            true => (from - day).num_days() <= AROUND_DAYS && day <= to,
            false => (day - to).num_days() <= AROUND_DAYS && day >= from,
        };
        within.then_some(y)
    };
    let years: Vec<i32> = (from.year() - 1..=to.year() + 1).filter_map(fits).collect();
    match years.as_slice() {
        [year] => Some(*year),
        _ => None,
    }
}

/// The most days between a meeting's opening and its closing that reports of each join into
/// one span (a plenum of the Central Committee sits for up to two weeks).
const OPENING_TO_CLOSING_DAYS: i64 = 14;

/// A group dated to a day one of its reports says it opened or closed on ("Phát biểu khai mạc
/// Hội nghị … ngày 14/10", "… bế mạc chiều 19/10", "… kết thúc chiều 19/10":
/// [`CLOSING_VERBS`]), its year written or not: when another report gives the
/// other end within [`OPENING_TO_CLOSING_DAYS`], the meeting ran from the opening to the
/// closing.
fn opened_before_closing(groups: &[Vec<usize>], cands: &[Candidate], dated: &mut [Option<Dated>]) {
    for (g, slot) in dated.iter_mut().enumerate() {
        let Some(d) = slot
            .as_mut()
            .filter(|d| d.date.precision() == Precision::Day)
        else {
            continue;
        };
        let ends = |verb: &str, not: &str| -> Vec<(NaiveDate, DateBasis)> {
            groups[g]
                .iter()
                .filter(|&&m| tells_only(&cands[m], verb, not))
                .filter_map(|&m| reported_day(&cands[m].date, d))
                .collect()
        };
        let opened = ends("khai mạc", "bế mạc");
        let closed: Vec<(NaiveDate, DateBasis)> = CLOSING_VERBS
            .iter()
            .flat_map(|v| ends(v, "khai mạc"))
            .collect();
        let on_its_day =
            |v: &[(NaiveDate, DateBasis)]| v.iter().any(|(x, _)| d.date.naive() == Some(*x));
        if !on_its_day(&opened) && !on_its_day(&closed) {
            continue;
        }
        let span = |o: NaiveDate, c: NaiveDate| {
            (1..=OPENING_TO_CLOSING_DAYS).contains(&(c - o).num_days())
        };
        let first = opened
            .iter()
            .filter(|(o, _)| closed.iter().any(|(c, _)| span(*o, *c)))
            .min_by_key(|(o, _)| *o);
        let Some((first, basis)) = first.cloned() else {
            continue;
        };
        let last = closed
            .iter()
            .map(|(c, _)| *c)
            .filter(|c| span(first, *c))
            .max()
            .map(Date::day);
        d.end = last.into_iter().chain(d.end).max();
        if first != d.date.naive().unwrap_or(first) {
            d.date = Date::day(first);
            d.basis = basis;
        }
    }
}

/// The day a member reports, in the year of its group's date `d`: its own when it writes that
/// year, the group's when it writes none (with the group's year basis).
fn reported_day(date: &MentionDate, d: &Dated) -> Option<(NaiveDate, DateBasis)> {
    match date {
        MentionDate::Dated(x)
            if x.date.year == d.date.year && x.date.precision() == Precision::Day =>
        {
            Some((x.date.naive()?, x.basis.clone()))
        }
        MentionDate::Partial(p, b) => Some((
            NaiveDate::from_ymd_opt(d.date.year, p.month?, p.day?)?,
            DateBasis {
                year: d.basis.year.clone(),
                ..b.clone()
            },
        )),
        _ => None,
    }
}

/// A session of weeks ([`sits_for_weeks`]) dated to a day, and reports of its later days that
/// write no year ("Chiều 21/4, các đại biểu thảo luận tại kỳ họp thứ 4" in an article that
/// gives none): the session's year is theirs, and the last such day within its span ends it.
fn later_sittings(groups: &[Vec<usize>], cands: &[Candidate], dated: &mut [Option<Dated>]) {
    for (g, slot) in dated.iter_mut().enumerate() {
        let Some(d) = slot.as_mut() else { continue };
        let Some(start) = d.date.naive().filter(|_| sits_for_weeks(&groups[g], cands)) else {
            continue;
        };
        let later = groups[g].iter().filter_map(|&m| match &cands[m].date {
            MentionDate::Partial(p, _) => {
                let day = NaiveDate::from_ymd_opt(start.year(), p.month?, p.day?)?;
                let apart = (day - start).num_days();
                (1..=MEETING_SPAN_DAYS).contains(&apart).then_some(day)
            }
            _ => None,
        });
        let last = later.chain(d.end.and_then(|e| e.naive())).max();
        if let Some(last) = last.filter(|l| *l > start) {
            d.end = Some(Date::day(last));
        }
    }
}

/// A group dated to a day by evidence other than its text's year (the knowledge file, its
/// series, another event of its article) has no end yet, though a member read one with that
/// day ("Hội nghị … lần thứ 50 diễn ra từ 9-12/8" in an article that gives no year): the end,
/// in the group's year.
fn ends_read_with_the_start(
    groups: &[Vec<usize>],
    cands: &[Candidate],
    dated: &mut [Option<Dated>],
) {
    for (g, slot) in dated.iter_mut().enumerate() {
        let Some(d) = slot.as_mut().filter(|d| d.end.is_none()) else {
            continue;
        };
        if d.date.precision() != Precision::Day {
            continue;
        }
        let start = d.date;
        d.end = groups[g].iter().find_map(|&m| {
            let td = cands[m].mention.date.as_ref()?;
            let same_start = td.date.month == start.month
                && td.date.day == start.day
                && td.date.year.is_none_or(|y| y == start.year);
            same_start.then(|| resolve::end_of(td, &start)).flatten()
        });
    }
}

/// A bare year near a numbered session ("quyết toán ngân sách năm 2017 … tại kỳ họp thứ 7"),
/// or a topic year of its agenda ("dự kiến Chương trình … năm 2020"), is as often the year of
/// what it handles as its own: where the knowledge file knows the member's year and such a year
/// disagrees, it goes, and the day or month the text read stands in the known year (a year
/// written with the day stands).
pub(super) fn yield_to_known(
    groups: &[Vec<usize>],
    cands: &[Candidate],
    dated: &mut [Option<Dated>],
    k: &Knowledge,
) {
    for (g, slot) in dated.iter_mut().enumerate() {
        let weak = slot
            .as_ref()
            .filter(|d| d.date.month.is_none() || matches!(d.basis.year, YearBasis::Title { .. }));
        let (Some(d), Some((fact, ordinal))) = (weak, known_member_of(&groups[g], cands, k)) else {
            continue;
        };
        // "… chuẩn bị cho Hội nghị X lần 6 vào cuối năm 2017": a year said as the meeting's
        // time is its own, though the knowledge file gives another (a plan may slip).
        let timed = groups[g].iter().any(|&m| {
            cands[m]
                .mention
                .date
                .as_ref()
                .is_some_and(|t| t.timed_year && t.date.year == Some(d.date.year))
        });
        if d.date.year == fact.year || timed {
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
            .map(|_| resolve::known_date(fact, ordinal, Some((read, d.basis.clone()))));
    }
}

/// A member dated by the text only to its month or year ("kỳ họp thứ 6 (tháng 10-2018)"),
/// whose other reports read a day without the year ("Hôm nay 22-10"): where the knowledge file
/// gives the member that same year, the day its reports read ([`group_partial`]) stands in it
/// (the text, the knowledge and the day agree), if two of its articles read it when it has
/// several (a press centre opened days before a summit is one article's day).
pub(super) fn day_in_known_year(
    groups: &[Vec<usize>],
    cands: &[Candidate],
    dated: &mut [Option<Dated>],
    k: &Knowledge,
) {
    for (g, slot) in dated.iter_mut().enumerate() {
        let Some(coarse) = slot
            .as_ref()
            .filter(|d| d.date.precision() != Precision::Day)
        else {
            continue;
        };
        let Some((fact, ordinal)) =
            known_member_of(&groups[g], cands, k).filter(|(f, _)| f.year == coarse.date.year)
        else {
            continue;
        };
        let within = |p: &PartialDate| {
            let p = resolve::with_year(*p, fact.year);
            p.precision() == Precision::Day && p.truncate(coarse.date.precision()) == coarse.date
        };
        let several = groups[g]
            .iter()
            .any(|&m| cands[m].article != cands[groups[g][0]].article);
        let day = group_partial(&groups[g], cands, within)
            .filter(|(_, _, read_by)| !several || *read_by >= 2);
        if let Some((p, b, _)) = day {
            *slot = Some(resolve::known_date(fact, ordinal, Some((p, b))));
        }
    }
}

/// The knowledge file's member a group's key names, with its ordinal.
fn known_member_of(
    members: &[usize],
    cands: &[Candidate],
    k: &Knowledge,
) -> Option<(crate::knowledge::KnownFact, u32)> {
    let ((key, term), ordinal) = group_key(members, cands)?;
    Some((k.known_member(key, *term, *ordinal)?, *ordinal))
}

/// Dates groups from their series' dated members (and Party Congress anchors), and as `facts`
/// allows from the knowledge file's series, repeated while it settles more.
pub(super) fn from_series(
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
                partial: group_partial(&groups[g], cands, |_| true).map(|(p, b, _)| (p, b)),
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

/// The day (or month) a group's reports read without a year, among those `keep` lets through,
/// with the number of articles that read it. Reported on its opening and its closing day, a
/// meeting began on the first: the earliest day (a day before a month alone). Across articles,
/// a day read in passing may be another clause's (the day a newspaper wrote of a summit weeks
/// ahead): the day read by the most articles, then the earliest of those.
fn group_partial(
    members: &[usize],
    cands: &[Candidate],
    keep: impl Fn(&PartialDate) -> bool,
) -> Option<(PartialDate, DateBasis, usize)> {
    let mut read_by: BTreeMap<(Option<u32>, Option<u32>), BTreeSet<usize>> = BTreeMap::new();
    let partials: Vec<(PartialDate, &DateBasis)> = members
        .iter()
        .filter_map(|&m| match &cands[m].date {
            MentionDate::Partial(p, b) if keep(p) => {
                read_by
                    .entry((p.month, p.day))
                    .or_default()
                    .insert(cands[m].article);
                Some((*p, b))
            }
            _ => None,
        })
        .collect();
    let articles = |p: &PartialDate| read_by.get(&(p.month, p.day)).map_or(0, BTreeSet::len);
    partials
        .into_iter()
        .min_by_key(|(p, _)| {
            (
                p.day.is_none(),
                std::cmp::Reverse(articles(p)),
                p.month,
                p.day,
            )
        })
        .map(|(p, b)| (p, b.clone(), articles(&p)))
}

/// The series key of a group: a member's that names the term, else the first member's.
pub(super) fn group_key<'a>(
    members: &[usize],
    cands: &'a [Candidate],
) -> Option<&'a (SeriesKey, u32)> {
    let keys = || members.iter().filter_map(|&m| cands[m].key.as_ref());
    keys()
        .find(|((_, term), _)| term.is_some())
        .or_else(|| keys().next())
}

/// Days within which an open day belongs to the year of another event of its article.
pub(super) const ARTICLE_FRAME_DAYS: i64 = 183;

/// Days after the last step of its story within which an open day of an article falls: the
/// article's time comes after its story, which it tells as background, often more than half a
/// year before ("Ngày 3/11/2018, … quyết định thanh tra …" told, then the plenum "Sáng 22/6" that
/// disciplines for it), but not a year after: a meeting on the story's own day ("Ngày
/// 5/10/2018, …" told, then "ngày 5/10, bên lề hội nghị …") is not put a year later.
const STORY_FRAME_DAYS: i64 = 300;

/// A day whose year is still open takes the year that puts it within half a year of another
/// dated event of its article, or after the last step of its article's story
/// ([`last_story_day`]), when exactly one year does ("Chiều 2/10, hội nghị liên tịch …" in an
/// article about a session "sẽ diễn ra vào cuối tháng 11/2018").
///
/// A numbered member of a series of terms stays within the years its term's known members
/// bound (the 12th plenum of the XI Central Committee is not dated by a meeting of 2018 in the
/// same article).
pub(super) fn same_article_year(
    groups: &[Vec<usize>],
    (cands, mentions): (&[Candidate], &[Mentions]),
    dated: &mut [Option<Dated>],
    k: &Knowledge,
) {
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
        let Some((p, b, own)) = groups[g].iter().find_map(|&m| match &cands[m].date {
            MentionDate::Partial(p, b) if p.month.is_some() => {
                Some((*p, b.clone(), ToldAt::of(&cands[m])))
            }
            _ => None,
        }) else {
            continue;
        };
        // A meeting called by its kind alone ("đã thay đổi phòng họp của hội nghị vào ngày 4-6") is
        // its article's named meeting when their days agree (merging joined those), or one the
        // article does not name: a year lent to it dates a meeting nobody can tell.
        if groups[g]
            .iter()
            .all(|&m| super::merge::naming_words(&cands[m].mention.title) == 0)
        {
            continue;
        }
        // "Năm nay, … tổ chức toạ đàm … vào ngày 15-7": held in the article's own year, which
        // the text leaves open; a neighbour's year is that of another time the article tells.
        if groups[g]
            .iter()
            .any(|&m| says_this_year(&cands[m].mention.evidence.quote))
        {
            continue;
        }
        let mut others = own_dated_neighbours(g, groups, cands, dated, &of_article);
        others.extend(last_story_day(&groups[g], cands, mentions));
        // A meeting the article announces comes after the meetings it reports as held.
        let announced = groups[g].iter().all(|&m| cands[m].mention.planned);
        let near = |y: i32| {
            let day = NaiveDate::from_ymd_opt(y, p.month?, p.day.unwrap_or(15))?;
            others.iter().find(|n| {
                let d = n.date;
                let o = d.middle();
                // The article's own time comes before a meeting it announces.
                let before_plan = !n.planned || (d.year, d.month) >= (y, p.month);
                let after_held = !announced || n.planned || (y, p.month) >= (d.year, d.month);
                // The story's last step is told as background: the article's own days come
                // after it, not on it (an anniversary's), and after the whole of its month.
                let after_story = match n.lent {
                    Lender::Day { not_before: b, .. } => {
                        (y, p.month, p.day) > (b.year, b.month, b.day.or(Some(31)))
                    }
                    Lender::Event(_) => true,
                };
                let frame = match n.lent {
                    Lender::Day { .. } => STORY_FRAME_DAYS,
                    Lender::Event(_) => ARTICLE_FRAME_DAYS,
                };
                let within = o.is_some_and(|o| (o - day).num_days().abs() <= frame);
                let same_day = !n.same_day_only || (d.month, d.day) == (p.month, p.day);
                // A meeting told as held on a later line than the day, not as the story's next
                // step, is background to the news the day opens: the day is not before it
                // ("Ngày 3/8, tại cuộc họp …" in the lead, "tại hội nghị ngày 16/8/2018" further
                // down is no year of the lead's).
                let background = n.told.is_some_and(|t| {
                    own.news && t.article == own.article && t.line > own.line && !t.next_step
                }) && !n.planned;
                let before_background = background && o.is_some_and(|o| day < o);
                within && before_plan && after_held && after_story && same_day && !before_background
            })
        };
        let mut years: Vec<i32> = others
            .iter()
            .flat_map(|n| [n.date.year - 1, n.date.year, n.date.year + 1])
            .collect();
        years.sort();
        years.dedup();
        let (lo, hi) = group_key(&groups[g], cands)
            .and_then(|((key, term), ordinal)| k.member_year_bounds(key, *term, *ordinal))
            .unwrap_or((i32::MIN, i32::MAX));
        let fits: Vec<i32> = years
            .into_iter()
            .filter(|y| (lo..=hi).contains(y) && near(*y).is_some())
            .collect();
        if let [y] = fits.as_slice() {
            let n = near(*y).unwrap();
            let year = match n.lent {
                Lender::Event(title) => YearBasis::SameArticle {
                    title: title.to_string(),
                    date: n.date.iso(),
                },
                Lender::Day { read, .. } => YearBasis::StoryDay { read: read.clone() },
            };
            dated[g] = Some(Dated {
                date: Date {
                    year: *y,
                    month: p.month,
                    day: p.day,
                },
                end: None,
                basis: DateBasis { year, ..b },
                rank: Rank::SameArticle,
            });
        }
    }
}

/// Whether a sentence tells its time as past from the article's own ("giữa tháng 5 vừa qua",
/// "hồi tháng 3", "Trước đó, …"): a time looked back to, not the news the article opens with.
fn told_as_past(quote: &str) -> bool {
    let lower = quote.to_lowercase();
    lexicon::told_of_before(quote)
        || [
            "vừa qua",
            "vừa rồi",
            "hồi tháng",
            "hồi đầu",
            "hồi cuối",
            "hôm trước",
        ]
        .iter()
        .any(|w| crate::text::contains_word(&lower, w))
}

/// The other meetings of the articles of group `g` that those articles report as held or
/// announce, and date by their own text (or whose year the knowledge file gives): only such a
/// date lends its year to a day of the same article. A meeting dated through another article
/// it was merged with, or one named in passing, lends none; one a photo's caption shows
/// ([`crate::extract::is_scene_caption`]) lends it to its own day only.
fn own_dated_neighbours<'a>(
    g: usize,
    groups: &[Vec<usize>],
    cands: &'a [Candidate],
    dated: &[Option<Dated>],
    of_article: &HashMap<usize, Vec<usize>>,
) -> Vec<Neighbour<'a>> {
    let articles: BTreeSet<usize> = groups[g].iter().map(|&m| cands[m].article).collect();
    let mut neighbours: Vec<usize> = articles
        .iter()
        .flat_map(|a| &of_article[a])
        .copied()
        .filter(|&o| o != g)
        .collect();
    neighbours.sort_unstable();
    neighbours.dedup();
    neighbours
        .into_iter()
        .flat_map(|o| groups[o].iter().map(move |&m| (o, &cands[m])))
        .filter(|(_, c)| articles.contains(&c.article) && (c.mention.held() || c.mention.planned))
        .filter(|(_, c)| !recalls_a_career(&c.mention.evidence.quote))
        .flat_map(|(o, c)| {
            let known = dated[o]
                .as_ref()
                .filter(|d| matches!(d.basis.year, YearBasis::Knowledge { .. }));
            // A meeting whose year the knowledge file gives, and whose days only other
            // articles do, lends each of those days (a session that opens on 23/10 and closes
            // on 24/11): a day of this article fits one year only if it fits it beside all.
            let dates: Vec<Date> = match &c.date {
                MentionDate::Dated(d) => vec![d.date],
                _ => known.map_or_else(Vec::new, |k| member_days(&groups[o], cands, k.date)),
            };
            // A meeting held in a month of a written year ("tháng 5-2017, Việt Nam đã tổ chức
            // Hội thảo …", "Trước đó tại kỳ họp thứ 15 (tháng 6/2017)") is a time the article
            // looks back to: it bounds the article's days from below and lends no year. Its own
            // day, or a month it announces, is the article's time.
            let planned = c.mention.planned;
            let caption = crate::extract::is_scene_caption(&c.mention.evidence.quote);
            dates
                .into_iter()
                .filter(move |date| date.month.is_some() && (date.day.is_some() || planned))
                .map(move |date| Neighbour {
                    date,
                    lent: Lender::Event(c.mention.title.as_str()),
                    planned,
                    same_day_only: caption,
                    told: Some(ToldAt::of(c)),
                })
        })
        .collect()
}

/// The days the members of a group give in their own text, in the year the group is dated
/// by (`at`), within a meeting's span of it; and `at` itself.
fn member_days(members: &[usize], cands: &[Candidate], at: Date) -> Vec<Date> {
    let mut days: Vec<Date> = members
        .iter()
        .filter_map(|&m| match &cands[m].date {
            MentionDate::Dated(d) if d.date.year == at.year => Some(d.date),
            MentionDate::Partial(p, _) if p.month.is_some() => Some(Date {
                year: at.year,
                month: p.month,
                day: p.day,
            }),
            _ => None,
        })
        .collect();
    // (Days far from the group's own are a stray member's, not the meeting's span.)
    days.retain(|d| match (d.middle(), at.middle()) {
        (Some(x), Some(y)) => (x - y).num_days().abs() <= MEETING_SPAN_DAYS,
        _ => false,
    });
    days.push(at);
    days.sort();
    days.dedup();
    days
}

/// The most days a meeting's sittings span (a legislature's session: about five weeks; a
/// National Assembly session opens late in October and closes late in November).
pub(super) const MEETING_SPAN_DAYS: i64 = 45;

/// Whether a sentence names its meeting as a step of someone's career ([`CAREER_STEPS`]): a
/// biography's date, which lends no year to the article's days.
///
/// [`CAREER_STEPS`]: crate::extract::lexicon::CAREER_STEPS
fn recalls_a_career(quote: &str) -> bool {
    let lower = quote.to_lowercase();
    crate::extract::lexicon::CAREER_STEPS
        .iter()
        .any(|w| crate::text::contains_word(&lower, w))
}

/// The last step of the story the article of a group tells, written with its year at the head
/// of a sentence ([`crate::extract::StoryDay`]): the article's own time comes after its story's
/// steps, which it tells as background, so a day it leaves without a year is the first such day
/// after the last of them, when that step is a day. Only for a group of one article: each
/// article tells its own story.
fn last_story_day<'a>(
    members: &[usize],
    cands: &[Candidate],
    mentions: &'a [Mentions],
) -> Option<Neighbour<'a>> {
    let article = cands[*members.first()?].article;
    if members.iter().any(|&m| cands[m].article != article) {
        return None;
    }
    let m = &mentions[article];
    let last = m.story_days.iter().max_by_key(|d| d.date)?;
    // A month looked back to ("Trước đó, vào tháng 3/2019, …") bounds the article's days from
    // below but lends no year, as another meeting's month does: the article's time may be a
    // year and more after it.
    last.date.day?;
    Some(Neighbour {
        date: last.date,
        lent: Lender::Day {
            read: &last.read,
            not_before: m.latest_written.unwrap_or(last.date).max(last.date),
        },
        planned: false,
        same_day_only: false,
        told: None,
    })
}

/// What lends a neighbour's year: another event of the article, by its title, or the last
/// step of its story, by its words, with the latest date the article writes anywhere (a
/// cut-off, a date told in passing), which its own time is not before either.
enum Lender<'a> {
    Event(&'a str),
    Day { read: &'a Reading, not_before: Date },
}

/// Another meeting of an article, dated, or a day of its story, that may lend its year to a
/// day of the article.
struct Neighbour<'a> {
    date: Date,
    lent: Lender<'a>,
    /// Announced for later: the article's own days come before it.
    planned: bool,
    /// A photo's caption that shows a meeting on its dated day
    /// ([`crate::extract::is_scene_caption`]): often of years before the story, it lends its
    /// year only to that very day and month (the same meeting, told undated in the text).
    same_day_only: bool,
    /// Where a meeting of the article is told as held.
    told: Option<ToldAt>,
}

/// Where a mention is told: its article and line, whether its sentence opens the article's
/// news (a day first, not told as past) and whether it tells the story's next step ("Sau đó,
/// …").
#[derive(Debug, Clone, Copy)]
struct ToldAt {
    article: usize,
    line: usize,
    news: bool,
    next_step: bool,
}

impl ToldAt {
    fn of(c: &Candidate) -> Self {
        let quote = &c.mention.evidence.quote;
        ToldAt {
            article: c.article,
            line: c.mention.evidence.line,
            news: crate::extract::opens_with_day(quote) && !told_as_past(quote),
            next_step: lexicon::told_as_next(quote),
        }
    }
}

/// The date of a group from its members: the best one, its end, and where the members
/// disagree, the best-supported day.
pub(super) fn group_date(members: &[usize], cands: &[Candidate]) -> Option<Dated> {
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
        let day =
            completed_day(members, cands).or_else(|| day_of_written_year(members, cands, &best));
        return Some(day.unwrap_or(best));
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
    // A day a report gives as the time of what it tells outweighs, on a tie, one a report
    // recalls ("Trước đó, tại hội nghị … ngày 6-1, …"), told in passing of a time before.
    let told: BTreeSet<Date> = members
        .iter()
        .filter(|&&m| !lexicon::told_of_before(&cands[m].mention.evidence.quote))
        .filter_map(|&m| match &cands[m].date {
            MentionDate::Dated(d) => Some(d.date),
            _ => None,
        })
        .collect();
    let end = dated.iter().filter_map(|d| d.end).max();
    let chosen = support
        .iter()
        .max_by_key(|(date, (count, rank))| {
            let told = told.contains(date);
            (
                *count,
                told,
                std::cmp::Reverse(*rank),
                std::cmp::Reverse(**date),
            )
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
    // day after the opening): a later day close to the chosen one is a day of the meeting. A
    // session that sits for weeks is reported on any of its days ("Chiều 21/4, các đại biểu
    // thảo luận tại kỳ họp thứ 4"): every reported day within its span is one of them, the earliest its
    // first.
    let span = if sits_for_weeks(members, cands) {
        MEETING_SPAN_DAYS
    } else {
        REPORTED_DAYS_SPAN
    };
    let apart = |d: &Date| {
        d.naive()
            .zip(chosen.naive())
            .map(|(x, c)| (x - c).num_days())
    };
    let later = support
        .keys()
        .copied()
        .filter(|d| apart(d).is_some_and(|n| (1..=span).contains(&n)));
    out.end = end.into_iter().chain(later).max().filter(|e| *e > out.date);
    if span == MEETING_SPAN_DAYS {
        let first = support
            .keys()
            .copied()
            .find(|d| apart(d).is_some_and(|n| (-span..0).contains(&n)));
        if let Some(first) = first {
            let reported = dated
                .iter()
                .filter(|d| d.date == first)
                .min_by_key(|d| d.rank);
            if let Some(reported) = reported {
                let last = out.end.unwrap_or(out.date);
                out = Dated {
                    end: Some(last),
                    ..(*reported).clone()
                };
            }
        }
    }
    Some(opened_in_earlier_month(members, cands, &out).unwrap_or(out))
}

/// A long meeting's day that fewer of its articles report than an earlier month of the same
/// year ("Ngày 4/4/2017, tại kỳ họp thứ 5, …" in one article, "Kỳ họp thứ 5 (tháng 3/2017)"
/// in three): a later day of a session of weeks, not when it was held; the meeting is dated by
/// that month, the best-supported of the earlier ones (the earliest on a tie).
fn opened_in_earlier_month(members: &[usize], cands: &[Candidate], day: &Dated) -> Option<Dated> {
    let articles_reading = |keep: &dyn Fn(&Dated) -> bool| -> BTreeMap<Date, BTreeSet<usize>> {
        let mut out: BTreeMap<Date, BTreeSet<usize>> = BTreeMap::new();
        for &m in members {
            if let MentionDate::Dated(d) = &cands[m].date {
                if keep(d) {
                    out.entry(d.date).or_default().insert(cands[m].article);
                }
            }
        }
        out
    };
    let on_the_day = articles_reading(&|d| d.date == day.date)
        .values()
        .map(BTreeSet::len)
        .sum::<usize>();
    let earlier = articles_reading(&|d| {
        d.date.precision() == Precision::Month
            && d.date.year == day.date.year
            && d.date.month < day.date.month
    });
    let (month, _) = earlier
        .iter()
        .filter(|(_, articles)| articles.len() > on_the_day)
        .max_by_key(|(m, articles)| (articles.len(), std::cmp::Reverse(**m)))?;
    members.iter().find_map(|&m| match &cands[m].date {
        MentionDate::Dated(d) if d.date == *month => Some(d.clone()),
        _ => None,
    })
}

/// Whether a group's reports are of a numbered session of a body that sits by sessions of
/// weeks ("Kỳ họp thứ 4 Quốc hội khóa XIV", "khóa họp thứ 15 Ủy ban liên chính phủ"): each report may
/// date it by another of its days. A numbered session's reports join on its number, so days
/// weeks apart are one session's, not a conflict.
fn sits_for_weeks(members: &[usize], cands: &[Candidate]) -> bool {
    let session = |m: &usize| {
        let title = crate::text::fold(&cands[*m].mention.title.to_lowercase());
        ["kỳ họp", "kì họp", "khóa họp"]
            .iter()
            .any(|w| title.contains(&crate::text::fold(w)))
    };
    members.iter().all(session) && members.iter().any(|&m| cands[m].mention.ordinal.is_some())
}

/// How many days after an event's chosen day another report's day still counts as a day of
/// the same meeting rather than a conflict: a conference of a few days.
pub(super) const REPORTED_DAYS_SPAN: i64 = 3;

/// A day read without its year ("sáng 11-1" in the lead) and the years a title of the same
/// event names in the same article ("Hội nghị tổng kết công tác năm 2017" in the headline):
/// the day, its year settled by that title's years as if the lead had named it. Only years of
/// the day's own article, and only a day that title's rules settle.
pub(super) fn completed_day(members: &[usize], cands: &[Candidate]) -> Option<Dated> {
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

/// A day read without its year ("sáng nay (20-4)" in the lead) and the year, or month, another
/// report of the same meeting in the same article writes ("… trong năm 2018" in a caption):
/// the day in that year, within that month when it gives one. Only a year written in the text
/// (`coarse`, the group's date), and the earliest such day of those articles.
fn day_of_written_year(members: &[usize], cands: &[Candidate], coarse: &Dated) -> Option<Dated> {
    let written = matches!(
        coarse.basis.year,
        YearBasis::Text | YearBasis::Sentence { .. }
    );
    let read = coarse.basis.read.clone().filter(|_| written)?;
    let articles: BTreeSet<usize> = members
        .iter()
        .filter(|&&m| matches!(&cands[m].date, MentionDate::Dated(d) if d.date == coarse.date))
        .map(|&m| cands[m].article)
        .collect();
    let (p, b) = members
        .iter()
        .filter(|&&m| articles.contains(&cands[m].article))
        .filter_map(|&m| match &cands[m].date {
            MentionDate::Partial(p, b) if p.day.is_some() => Some((*p, b)),
            _ => None,
        })
        .filter(|(p, _)| coarse.date.month.is_none_or(|month| p.month == Some(month)))
        .min_by_key(|(p, _)| (p.month, p.day))?;
    let date = resolve::with_year(p, coarse.date.year);
    date.naive()?;
    Some(Dated {
        date,
        end: None,
        basis: DateBasis {
            read: b.read.clone(),
            read_as: b.read_as,
            year: YearBasis::SameMeeting { read },
            notes: b.notes.clone(),
        },
        rank: coarse.rank,
    })
}

/// The days members give other than the group's date (outside its range): a conflict.
pub(super) fn conflicts(
    members: &[usize],
    cands: &[Candidate],
    dated: Option<&Dated>,
) -> Vec<Conflict> {
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
pub(super) fn held_together(
    groups: &[Vec<usize>],
    cands: &[Candidate],
    dated: &mut [Option<Dated>],
) {
    let index = ConferenceIndex::new(groups, cands);
    date_the_undated(groups, dated, |members, dated| {
        let (od, other, line) = members.iter().find_map(|&m| {
            let c = cands[m].mention;
            let other = index.group(cands[m].article, c.companion_of?)?;
            let od = dated[other].clone()?;
            Some((od, other, c.evidence.line))
        })?;
        Some(Dated {
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
        })
    });
}

/// Each group still undated, in order, dated by `date` from its members and the dates so far
/// (a group dated earlier in the pass counts for the later ones).
fn date_the_undated(
    groups: &[Vec<usize>],
    dated: &mut [Option<Dated>],
    mut date: impl FnMut(&[usize], &[Option<Dated>]) -> Option<Dated>,
) {
    for (g, members) in groups.iter().enumerate() {
        if dated[g].is_none() {
            dated[g] = date(members, dated);
        }
    }
}
