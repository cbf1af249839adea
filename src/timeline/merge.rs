//! Merge: mentions of one event, across articles, become one group.
//!
//! Two mentions are one event when their series keys agree (series name folded with its
//! aliases, the body's term, the ordinal) and their dates are compatible, or, without an
//! ordinal, when their titles are alike and their dates agree; never when their dates are
//! months apart or their organisers differ. Across articles, alike titles must also name the
//! same body or place (their proper-name words, [`names_differ`]): "… họp phiên thường kỳ" of
//! two provincial committees are two events. Local bodies named without their place ("HĐND
//! tỉnh") only merge within one article, so two provinces' sessions stay two events.
//! An undated mention (its article leaves the date open) joins only mentions of its own
//! article, so it never takes another article's date. Comparing only what can merge (keys
//! bucketed, titles prefix-filtered, dated mentions within their year, undated ones within
//! their article) keeps merging near-linear on large corpora.

use chrono::NaiveDate;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::LazyLock;

use rayon::prelude::*;

use crate::extract::dates::{find_dates, Date};
use crate::extract::lexicon::{
    generic_letters, meeting_noun, AGENDA_WORDS, MEETING_NAME_WORDS, MEETING_NOUNS,
    MEETING_SYLLABLES,
};
use crate::extract::ConferenceMention;
use crate::knowledge::Knowledge;
use crate::text::key_words;

use super::basis::YearBasis;
use super::resolve::{MentionDate, SeriesKey};

/// One conference mention as merging sees it.
pub struct Candidate<'a> {
    pub mention: &'a ConferenceMention,
    /// The index of the mention's article in the corpus (its place in the list of mentions).
    pub article: usize,
    pub date: MentionDate,
    /// Series key and ordinal, when the mention names a numbered member of a series.
    pub key: Option<(SeriesKey, u32)>,
    /// Local series named without its place: the key only holds within this article.
    pub local: bool,
    /// The year the knowledge file gives the numbered member the key names, when it knows
    /// exactly one (see [`Knowledge::known_member`]).
    pub known_year: Option<i32>,
    /// The year of the member whose host the mention's sentence names, where that is no key
    /// (the article gives no year): it dates nothing, but a meeting of another year is another.
    pub hosted_year: Option<i32>,
    /// The organiser the article names, folded for comparison (folded once: merging compares
    /// each mention with many).
    pub organizer: Option<String>,
    /// The mention stands in its article's headline.
    pub headline: bool,
}

/// Days two reports of one event may differ by (opening and closing day, a wrong source).
const SAME_EVENT_DAYS: i64 = 15;

/// Groups of candidate indices, each one event, in order of their first member.
pub fn group(cands: &[Candidate], k: &Knowledge) -> Vec<Vec<usize>> {
    let n = cands.len();
    let mut uf = UnionFind::new(n);
    super::timed("merge numbered", || merge_keyed(cands, &mut uf));
    // Before titled merging: a headline that joined its article's meeting is that meeting,
    // and must not also join other articles' headlines of the same words, which would chain
    // their meetings into one.
    let mut joined = headline_to_lead(cands, &mut uf);
    unnamed_to_named(cands, &mut uf, &mut joined);
    shorter_to_numbered(cands, &mut uf, &mut joined);
    super::timed("merge titled", || merge_titled(cands, k, &joined, &mut uf));
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        groups.entry(uf.find(i)).or_default().push(i);
    }
    groups.into_values().collect()
}

/// The candidates of each article, by index, in order.
fn by_article(cands: &[Candidate]) -> BTreeMap<usize, Vec<usize>> {
    let mut out: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, c) in cands.iter().enumerate() {
        out.entry(c.article).or_default().push(i);
    }
    out
}

/// A headline names its article's meeting in short ("Tọa đàm về du lịch", "Khai mạc Hội nghị
/// …" is read as "Hội nghị …"): an undated mention in the headline, or one dated only by the
/// year its name gives ("Hội nghị A năm 2019"), joins the article's one dated meeting of the
/// same noun (mentions of one date are taken for one meeting: titled merging, which would
/// tell, comes after). With meetings of two dates in the article the headline could name
/// either, and stays apart.
/// Returns which mentions joined.
fn headline_to_lead(cands: &[Candidate], uf: &mut UnionFind) -> Vec<bool> {
    let mut joined = vec![false; cands.len()];
    for members in by_article(cands).values() {
        for &h in members {
            let head = &cands[h];
            // A first line that reads a date of its own ("Chiều tối 19/9, …" in an article
            // without a headline) is a lead, not a headline; a date in the name ("Hội nghị
            // Báo cáo viên tháng 8/2019") is no lead's.
            let in_name = head
                .mention
                .date
                .as_ref()
                .is_some_and(|d| head.mention.title.contains(d.read.text.as_str()));
            let reads_date = !in_name
                && (head.mention.date.is_some()
                    || head.date.date().is_some() && !year_of_its_name(head));
            if !head.headline || reads_date || head.mention.reference {
                continue;
            }
            let Some(noun) = meeting_noun(&head.mention.title) else {
                continue;
            };
            // A lead with a day of its own whose year is still open counts: it may be the
            // meeting the headline names as much as a dated one.
            let leads: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&d| {
                    let lead = &cands[d];
                    !lead.headline
                        && !lead.mention.reference
                        && !lead.mention.indefinite
                        && own_day(&lead.date).is_some()
                        && meeting_noun(&lead.mention.title) == Some(noun)
                        && !numbers_differ(&head.mention.title, &lead.mention.title)
                        && !ordinals_differ(head.mention.ordinal, lead.mention.ordinal)
                        && !coming_and_held(head, lead)
                })
                .collect();
            let Some(&lead) = leads.iter().find(|&&d| cands[d].date.date().is_some()) else {
                continue;
            };
            let one_day = leads
                .iter()
                .chain([&h])
                .all(|&d| days_may_agree(own_day(&cands[d].date), own_day(&cands[lead].date)));
            if one_day {
                uf.union(h, lead);
                joined[h] = true;
            }
        }
    }
    joined
}

/// Whether a mention is dated only by the year its own name gives ("Hội nghị Đối ngoại năm
/// 2021" as a headline) and its sentence tells no day, month or time of its own: a name's
/// year, like a name's month, is no lead's date, but "Sáng nay, Hội nghị A năm 2019 khai mạc
/// …" is a lead whose day is still open.
fn year_of_its_name(c: &Candidate) -> bool {
    let by_name = matches!(&c.date, MentionDate::Dated(x)
        if x.date.month.is_none() && matches!(x.basis.year, YearBasis::Title { .. }));
    by_name
        && !find_dates(&c.mention.evidence.quote)
            .iter()
            .any(|d| d.relative.is_some() || d.start.month.is_some() || d.start.day.is_some())
}

/// Two mentions giving different numbers ("Hội nghị MSEAP 3" and "Hội nghị lần thứ tư") name
/// two members of a series, however the numbers are written.
fn ordinals_differ(a: Option<u32>, b: Option<u32>) -> bool {
    matches!((a, b), (Some(x), Some(y)) if x != y)
}

/// A meeting named only by its kind and its day ("Toàn cảnh hội nghị sáng 5/3", "phát biểu tại
/// cuộc họp ngày 5/3"), or by its kind and owner ([`owner_only`]), is the meeting its article
/// names in full on that day (or in that month), when it names exactly one such (of a kind
/// that may be the same); marks those that joined.
fn unnamed_to_named(cands: &[Candidate], uf: &mut UnionFind, joined: &mut [bool]) {
    for members in by_article(cands).values() {
        for &u in members {
            let unnamed = &cands[u];
            let owner = owner_only(&unnamed.mention.title);
            let bare = !names_something(&unnamed.mention.title);
            // ("tại một cuộc họp ngày 5/3" introduces another meeting.)
            if !(bare || owner.is_some()) || unnamed.mention.reference || unnamed.mention.indefinite
            {
                continue;
            }
            // "Hội nghị Cấp cao lần thứ 37" is its article's 37th summit, however short its
            // other names there ("Hội nghị Cấp cao ASEAN lần thứ 37"), not another meeting the
            // same day's report names in full. Numbered merging joins the names of one series;
            // "phiên họp đầu tiên" beside "Phiên họp đầu tiên của Hội đồng A" (another series
            // by its key) joins the one named meeting of its number.
            let number = |c: &Candidate| c.mention.ordinal.or(c.key.as_ref().map(|k| k.1));
            // What any meeting it may be is: reported (not a point of reference), not the held
            // one beside a coming one, and named with the owner the mention gives.
            let may_be_it = |c: &Candidate| {
                !c.mention.reference
                    && !coming_and_held(unnamed, c)
                    && owner.as_ref().is_none_or(|o| owned_by(c, o))
            };
            let same_number: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&n| {
                    let c = &cands[n];
                    n != u
                        && number(unnamed).is_some()
                        && number(c) == number(unnamed)
                        && c.mention
                            .meeting_kind
                            .may_be_same(unnamed.mention.meeting_kind)
                })
                .collect();
            if !same_number.is_empty() {
                let named: Vec<usize> = same_number
                    .into_iter()
                    .filter(|&n| {
                        let c = &cands[n];
                        names_something(&c.mention.title)
                            && may_be_it(c)
                            && days_may_agree(own_day(&unnamed.date), own_day(&c.date))
                    })
                    .collect();
                join_the_one(cands, u, &named, uf, joined);
                continue;
            }
            let named: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&n| {
                    let c = &cands[n];
                    n != u
                        && named_in_full(c)
                        && may_be_it(c)
                        && unnamed
                            .mention
                            .meeting_kind
                            .may_name(c.mention.meeting_kind)
                        && same_day(spoken_day(unnamed), own_day(&c.date))
                        // (Another mention named by its owner alone is left to titled merging.)
                        && (owner.is_none() || owner_only(&c.mention.title).is_none())
                })
                .collect();
            join_the_one(cands, u, &named, uf, joined);
        }
    }
}

/// A meeting its article names shorter than a numbered meeting it reports on the same day
/// ("Toàn cảnh phiên khai mạc Hội nghị Tỉnh uỷ sáng 9-7", a caption, beside "Hội nghị Tỉnh uỷ
/// lần thứ 12 … sáng 9-7"): every word of its title is in the numbered one's and it names
/// something ([`names_something`]; a bare one is [`unnamed_to_named`]'s); it joins that
/// meeting when the day holds one such, however many mentions. (Numbered mentions merge by
/// their key and titled ones by their words: without this the two never meet.) Marks those
/// that joined.
fn shorter_to_numbered(cands: &[Candidate], uf: &mut UnionFind, joined: &mut [bool]) {
    let day = |c: &Candidate| own_day(&c.date).filter(|d| d.2.is_some());
    let numbered = |c: &Candidate| c.key.is_some() || c.mention.ordinal.is_some();
    let words = |c: &Candidate| {
        let mut w = crate::text::key_words(&c.mention.title);
        w.sort();
        w.dedup();
        w
    };
    for members in by_article(cands).values() {
        for &u in members {
            let short = &cands[u];
            let Some(d) = day(short) else { continue };
            if joined[u]
                || numbered(short)
                || short.mention.reference
                || !names_something(&short.mention.title)
            {
                continue;
            }
            let own = words(short);
            let roots: BTreeSet<usize> = members
                .iter()
                .copied()
                .filter(|&n| {
                    let c = &cands[n];
                    numbered(c)
                        && !c.mention.reference
                        && c.mention
                            .meeting_kind
                            .may_be_same(short.mention.meeting_kind)
                        && same_day(Some(d), day(c))
                        && {
                            let theirs = words(c);
                            own.iter().all(|w| theirs.binary_search(w).is_ok())
                        }
                })
                .map(|n| uf.find(n))
                .collect();
            if let (Some(&n), 1) = (roots.first(), roots.len()) {
                uf.union(u, n);
                joined[u] = true;
            }
        }
    }
}

/// Joins mention `u` to the meeting `named` holds, when its mentions all bear one title, and
/// marks it joined.
fn join_the_one(
    cands: &[Candidate],
    u: usize,
    named: &[usize],
    uf: &mut UnionFind,
    joined: &mut [bool],
) {
    // (Titles that differ in case only are one: "Hội đồng tiền lương" in a caption.)
    let distinct: BTreeSet<String> = named
        .iter()
        .map(|&n| crate::text::fold_key(&cands[n].mention.title))
        .collect();
    if let (Some(&n), 1) = (named.first(), distinct.len()) {
        if uf.find(u) != uf.find(n) {
            uf.union(u, n);
            joined[u] = true;
        }
    }
}

/// The owner of a meeting named only by its kind and whose it is ("Kỳ họp của HĐND tỉnh A",
/// an owner the extractor found in the sentence), folded: it is the meeting its article names
/// in full with that owner in the name ("Kỳ họp thứ 12, HĐND tỉnh A khoá IX").
fn owner_only(title: &str) -> Option<String> {
    let (kind, owner) = title.split_once(" của ")?;
    (!names_something(kind) && names_something(owner)).then(|| crate::text::fold_key(owner))
}

/// Whether mention `c` names its meeting: its title names something ([`names_something`]),
/// or names a numbered member of a series by one word ("Hội nghị Cấp cao ASEAN lần 33").
fn named_in_full(c: &Candidate) -> bool {
    let numbered = c.mention.ordinal.is_some() || c.key.is_some();
    names_something(&c.mention.title) || numbered && naming_words(&c.mention.title) >= 1
}

/// Whether mention `c`'s title names the owner `owner` (folded, see [`owner_only`]).
fn owned_by(c: &Candidate, owner: &str) -> bool {
    crate::text::fold_key(&c.mention.title).contains(owner)
}

/// A mention's own date as year, month and day, each when known.
type OwnDay = (Option<i32>, Option<u32>, Option<u32>);

/// A mention's own date; `None` when it reads none.
fn own_day(d: &MentionDate) -> Option<OwnDay> {
    match d {
        MentionDate::Dated(x) => Some((Some(x.date.year), x.date.month, x.date.day)),
        MentionDate::Partial(p, _) => Some((p.year, Some(p.month?), p.day)),
        MentionDate::None => None,
    }
}

/// Whether two own dates (see [`own_day`]) may name one day: they agree in every part both
/// give.
fn days_may_agree(a: Option<OwnDay>, b: Option<OwnDay>) -> bool {
    fn part<T: PartialEq>(x: Option<T>, y: Option<T>) -> bool {
        x.is_none() || y.is_none() || x == y
    }
    match (a, b) {
        (Some(a), Some(b)) => part(a.0, b.0) && part(a.1, b.1) && part(a.2, b.2),
        _ => true,
    }
}

/// The day a mention speaks of: its own date, with the day a frame's sentence gives back
/// ("Phát biểu bên lề hội nghị ngày 21-9": the frame is dated by its month only, as the day
/// may be the statement's, but it is a day of the meeting all the same).
fn spoken_day(c: &Candidate) -> Option<OwnDay> {
    let own = own_day(&c.date);
    match (own, &c.mention.date) {
        (Some((y, m, None)), Some(read)) if c.mention.framework && read.date.month == m => {
            Some((y, m, read.date.day))
        }
        _ => own,
    }
}

/// Two mentions' own dates (see [`own_day`]) may name one day: both give a month, and they
/// agree in every part both give ("kỳ họp diễn ra cuối tháng 11-2018" and "kỳ họp thứ 12 … từ
/// 26 đến 29-11"; the year may be open).
fn same_day(a: Option<OwnDay>, b: Option<OwnDay>) -> bool {
    let month = |d: Option<OwnDay>| d.is_some_and(|(_, m, _)| m.is_some());
    month(a) && month(b) && days_may_agree(a, b)
}

/// Two dates can be one event's: close days, or equal at the coarser precision.
pub fn compatible(a: Option<Date>, b: Option<Date>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => match (a.naive(), b.naive()) {
            (Some(x), Some(y)) => (x - y).num_days().abs() <= SAME_EVENT_DAYS,
            _ => agree(&a, &b),
        },
        _ => true,
    }
}

/// Two dates agree when they are equal at the coarser precision.
pub fn agree(a: &Date, b: &Date) -> bool {
    let p = a.precision().min(b.precision());
    a.truncate(p) == b.truncate(p)
}

/// Whether one of two mentions names the host of a member of another year than the other's
/// ("G20 ở Osaka" beside "… Hội nghị thượng đỉnh G20 là ở Đức vào tháng 7-2017" of the same
/// article).
fn hosts_differ(a: &Candidate, b: &Candidate) -> bool {
    hosted_elsewhere(a, b) || hosted_elsewhere(b, a)
}

/// Whether `a` names the host of a member of another year than `b`'s.
fn hosted_elsewhere(a: &Candidate, b: &Candidate) -> bool {
    // (A year the mention's own text reads counts, where the mention is dated by its group.)
    let year = |c: &Candidate| {
        c.date
            .date()
            .map(|d| d.year)
            .or(c.mention.date.as_ref().and_then(|d| d.date.year))
            .or(c.hosted_year)
    };
    matches!((a.hosted_year, year(b)), (Some(x), Some(y)) if x != y)
}

/// [`Keyed::organisers_differ`], for mentions merged by title.
fn organisers_differ(a: &Candidate, b: &Candidate) -> bool {
    Keyed::of(a).organisers_differ(&Keyed::of(b))
}

/// Numbered members of a series: one bucket per (series, ordinal); inside it, mentions with
/// another term or dates months apart stay apart.
fn merge_keyed(cands: &[Candidate], uf: &mut UnionFind) {
    let mut buckets: HashMap<(&str, u32, Option<usize>), Vec<usize>> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        if let Some(((series, _), ordinal)) = &c.key {
            let article = c.local.then_some(c.article);
            buckets
                .entry((series.as_str(), *ordinal, article))
                .or_default()
                .push(i);
        }
    }
    let mut buckets: Vec<_> = buckets.into_values().collect();
    buckets.sort();
    for bucket in buckets {
        let members: Vec<Keyed> = bucket.iter().map(|&i| Keyed::of(&cands[i])).collect();
        for (x, first) in first_same(&members).into_iter().enumerate() {
            if let Some(y) = first {
                uf.union(bucket[x], bucket[y]);
            }
        }
        for (x, y) in undated_to_dated(&members) {
            uf.union(bucket[x], bucket[y]);
        }
    }
}

/// Each undated member paired with its article's first dated member. [`first_same`] links a
/// member to the first one before it that is the same event, and sameness is not transitive:
/// an article's undated headline and caption are the same as its dated lead, but the lead may
/// have linked to another article's report first, leaving the headline and caption alone.
fn undated_to_dated(members: &[Keyed]) -> Vec<(usize, usize)> {
    let mut dated: HashMap<usize, usize> = HashMap::new();
    for (i, m) in members.iter().enumerate() {
        if m.date.is_some() {
            dated.entry(m.article).or_insert(i);
        }
    }
    members
        .iter()
        .enumerate()
        .filter(|(_, m)| m.date.is_none())
        .filter_map(|(x, m)| Some((x, *dated.get(&m.article)?)))
        .filter(|&(x, y)| members[x].same(&members[y]))
        .collect()
}

/// What decides whether two mentions of one numbered series member are one event.
#[derive(Debug, Clone)]
struct Keyed<'a> {
    article: usize,
    term: Option<u32>,
    date: Option<Date>,
    organizer: Option<&'a str>,
}

impl<'a> Keyed<'a> {
    /// A member the knowledge file dates is one meeting wherever it is named: reports that
    /// leave its year open are read in that year for merging (and only for merging; the
    /// event's date is resolved from its group), so the many passing mentions of one summit
    /// across an archive become one event, while a report of another day or year stays apart.
    fn of(c: &'a Candidate) -> Self {
        // Only an undated report gets here: a dated one keeps its own date.
        let known = |year| match &c.date {
            MentionDate::Partial(p, _) => super::resolve::with_year(*p, year),
            _ => Date {
                year,
                month: None,
                day: None,
            },
        };
        Keyed {
            article: c.article,
            term: c.key.as_ref().and_then(|k| k.0 .1),
            date: c.date.date().or(c.known_year.map(known)),
            organizer: c.organizer.as_deref(),
        }
    }

    /// The two are one event: the same term (or, without one, the same article or dates on
    /// both), compatible dates, and no two different organisers across articles.
    fn same(&self, other: &Keyed) -> bool {
        let same_article = self.article == other.article;
        let terms_ok = match (self.term, other.term) {
            (Some(x), Some(y)) => x == y,
            // A mention without its term ("Hội nghị Trung ương 7") is the one its article
            // names with the term, or one held on a compatible date.
            _ => same_article || (self.date.is_some() && other.date.is_some()),
        };
        terms_ok && compatible(self.date, other.date) && !self.organisers_differ(other)
    }

    /// Two articles name different organisers for the meeting (within one article, subjects
    /// vary for one event: "Học viện Ngoại giao khai mạc", "cơ quan đăng cai tổ chức").
    fn organisers_differ(&self, other: &Keyed) -> bool {
        self.article != other.article
            && matches!((self.organizer, other.organizer), (Some(x), Some(y)) if x != y)
    }
}

/// For each member, the first member before it that is the same event ([`Keyed::same`]), if
/// any. Each is compared only with those that can be: of its article, of its term, or of a
/// date that can be compatible (its month and the two beside it, or its year), found through
/// an index of the members before it. This gives what comparing with every member before it
/// gives (`first_same_by_scan`, the test's reference) without its quadratic cost on a
/// member reported thousands of times.
fn first_same(members: &[Keyed]) -> Vec<Option<usize>> {
    let mut by_article: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut by_term: HashMap<u32, Vec<usize>> = HashMap::new();
    let mut by_month: BTreeMap<i64, Vec<usize>> = BTreeMap::new();
    let mut by_year: HashMap<i32, Vec<usize>> = HashMap::new();
    let month_of = |d: &Date| d.month.map(|m| i64::from(d.year) * 12 + i64::from(m) - 1);
    let mut out: Vec<Option<usize>> = Vec::with_capacity(members.len());
    // A member reported again in the same terms (an article repeating itself) has the answer
    // of its first report, or that report itself: no search.
    type Same<'a> = (
        usize,
        Option<u32>,
        Option<(i32, Option<u32>, Option<u32>)>,
        Option<&'a str>,
    );
    let mut seen: HashMap<Same, usize> = HashMap::new();
    for (x, m) in members.iter().enumerate() {
        let key = (
            m.article,
            m.term,
            m.date.map(|d| (d.year, d.month, d.day)),
            m.organizer,
        );
        if let Some(&z) = seen.get(&key) {
            let first = out[z];
            if first.is_some() || m.same(&members[z]) {
                out.push(first.or(Some(z)));
                continue;
            }
        } else {
            seen.insert(key, x);
        }
        let mut maybe: Vec<usize> = Vec::new();
        maybe.extend(by_article.get(&m.article).into_iter().flatten());
        if let Some(t) = m.term {
            maybe.extend(by_term.get(&t).into_iter().flatten());
        }
        if let Some(d) = &m.date {
            let months = match month_of(d) {
                Some(k) => k - 1..=k + 1,
                None => i64::from(d.year) * 12..=i64::from(d.year) * 12 + 11,
            };
            maybe.extend(by_month.range(months).flat_map(|(_, v)| v));
            maybe.extend(by_year.get(&d.year).into_iter().flatten());
        }
        maybe.sort_unstable();
        maybe.dedup();
        out.push(maybe.into_iter().find(|&y| m.same(&members[y])));
        by_article.entry(m.article).or_default().push(x);
        if let Some(t) = m.term {
            by_term.entry(t).or_default().push(x);
        }
        match m.date.as_ref().map(|d| (d, month_of(d))) {
            Some((_, Some(k))) => by_month.entry(k).or_default().push(x),
            Some((d, None)) => by_year.entry(d.year).or_default().push(x),
            None => {}
        }
    }
    out
}

/// Mentions without an ordinal: alike titles with agreeing dates.
fn merge_titled(cands: &[Candidate], k: &Knowledge, joined: &[bool], uf: &mut UnionFind) {
    // Sorted and without repeats, as `jaccard` needs; folding is the costly part, done in
    // parallel.
    let words: Vec<Vec<String>> = cands
        .par_iter()
        .map(|c| {
            let mut w = key_words(&k.expanded_key(own_title(c.mention)));
            w.sort();
            w.dedup();
            w
        })
        .collect();
    let active = merge_same_words(cands, &words, joined, uf);
    let mut pairs = pairs_within_years(cands, &words, &active);
    pairs.extend(pairs_within_articles(cands, &words, &active));
    let mut titles = TitlesOf::new(cands, joined, uf);
    for (i, j) in pairs {
        if titled_same(&cands[i], &cands[j], title_similarity(cands, &words, i, j))
            && !titles.clash(cands, uf, i, j)
        {
            titles.union(cands, uf, i, j);
        }
    }
}

/// The distinct titles of each group (by its root), with an article of each: merging is
/// pairwise, and sameness is not transitive. "… của Bộ Y tế" and "… của Bộ GTVT" each
/// join "… của Bộ NN & PTNT" (its letters are not compared), which would chain the two
/// ministries' meetings into one event: a pair joins only when no two titles of different
/// articles in the two groups name different bodies or places ([`names_clash`]).
///
/// Nor when the two groups hold days that cannot be one meeting's ([`days_apart`]): an
/// undated mention joins its article's dated one and another of a day of its own, and would
/// chain the two ("cuộc gặp thượng đỉnh Đông Tây đầu tiên ngày 15-6-2018" and the summit
/// "sáng 27-4" of the same article).
struct TitlesOf(HashMap<usize, Vec<usize>>, HashMap<usize, Vec<OwnDay>>);

/// Beyond this many distinct titles a group is not checked (an event reported in many
/// spellings; its members were each compared when they joined).
const MAX_CHECKED_TITLES: usize = 64;

impl TitlesOf {
    /// The title of a mention that `joined` its article's meeting before (a headline's short
    /// name, a bare "hội nghị sáng 5/3") says nothing against another group when a title of
    /// its group from its article holds every name it gives: that fuller name speaks for it.
    /// (Its day still counts.)
    fn new(cands: &[Candidate], joined: &[bool], uf: &mut UnionFind) -> Self {
        let mut out: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut days: HashMap<usize, Vec<OwnDay>> = HashMap::new();
        let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
        for i in 0..cands.len() {
            members.entry(uf.find(i)).or_default().push(i);
        }
        let spoken_for = |i: usize, root: usize| {
            let Some(short) = name_words(&cands[i].mention.title) else {
                return false;
            };
            members[&root].iter().any(|&j| {
                !joined[j]
                    && cands[j].article == cands[i].article
                    && name_words(&cands[j].mention.title)
                        .is_some_and(|full| short.iter().all(|w| full.binary_search(w).is_ok()))
            })
        };
        for i in 0..cands.len() {
            let root = uf.find(i);
            let titles = out.entry(root).or_default();
            if !(joined[i] && spoken_for(i, root)) {
                add_title(titles, cands, i);
            }
            add_day(days.entry(root).or_default(), own_day(&cands[i].date));
        }
        TitlesOf(out, days)
    }

    /// Whether groups `a` and `b` (roots) hold days that cannot be one meeting's.
    fn days_clash(&self, a: usize, b: usize) -> bool {
        let (Some(x), Some(y)) = (self.1.get(&a), self.1.get(&b)) else {
            return false;
        };
        // A group may already span a session's weeks (numbered merging): only groups none of
        // whose days comes near the other's are two meetings.
        let checked = x.len() <= MAX_CHECKED_TITLES && y.len() <= MAX_CHECKED_TITLES;
        checked
            && !x.is_empty()
            && !y.is_empty()
            && x.iter().all(|&p| y.iter().all(|&q| days_apart(p, q)))
    }

    fn clash(&self, cands: &[Candidate], uf: &mut UnionFind, i: usize, j: usize) -> bool {
        let (a, b) = (uf.find(i), uf.find(j));
        if a == b {
            return false;
        }
        let (Some(x), Some(y)) = (self.0.get(&a), self.0.get(&b)) else {
            return false;
        };
        if self.days_clash(a, b) {
            return true;
        }
        if x.len() > MAX_CHECKED_TITLES || y.len() > MAX_CHECKED_TITLES {
            return false;
        }
        // Only titles that both name something can name different bodies: a bare "Hội nghị"
        // joined to its article's meeting says nothing against another article's report.
        x.iter().any(|&p| {
            y.iter().any(|&q| {
                cands[p].article != cands[q].article
                    && names_clash(&cands[p].mention.title, &cands[q].mention.title)
            })
        })
    }

    fn union(&mut self, cands: &[Candidate], uf: &mut UnionFind, i: usize, j: usize) {
        let (a, b) = (uf.find(i), uf.find(j));
        if a == b {
            return;
        }
        uf.union(a, b);
        let (root, other) = if uf.find(a) == a { (a, b) } else { (b, a) };
        let moved = self.0.remove(&other).unwrap_or_default();
        let group = self.0.entry(root).or_default();
        for m in moved {
            add_title(group, cands, m);
        }
        let moved = self.1.remove(&other).unwrap_or_default();
        let days = self.1.entry(root).or_default();
        for d in moved {
            add_day(days, Some(d));
        }
    }
}

/// Adds an own day (month known) to a group's distinct days, up to [`MAX_CHECKED_TITLES`]
/// (a meeting reported on many days stops being checked: its members each were).
fn add_day(days: &mut Vec<OwnDay>, day: Option<OwnDay>) {
    let Some(day) = day.filter(|d| d.1.is_some()) else {
        return;
    };
    if !days.contains(&day) && days.len() <= MAX_CHECKED_TITLES {
        days.push(day);
    }
}

/// Whether two own days, each with its month, cannot be one meeting's: years that both give
/// and differ, or days (or months) further apart than a meeting lasts, in one year.
fn days_apart(a: OwnDay, b: OwnDay) -> bool {
    let (Some(m), Some(n)) = (a.1, b.1) else {
        return false;
    };
    let year = match (a.0, b.0) {
        (Some(x), Some(y)) if x != y => {
            // Late December and early January may be one meeting's.
            let (early, late) = if x < y { (a, b) } else { (b, a) };
            return !(x.abs_diff(y) == 1 && early.1 == Some(12) && late.1 == Some(1));
        }
        (x, y) => x.or(y).unwrap_or(2001),
    };
    match (a.2, b.2) {
        (Some(d), Some(e)) => {
            let day = |m: u32, d: u32| NaiveDate::from_ymd_opt(year, m, d);
            match (day(m, d), day(n, e)) {
                (Some(p), Some(q)) => {
                    let apart = (p - q).num_days().abs();
                    // (Without both years, late December and early January are close.)
                    let both_years = a.0.is_some() && b.0.is_some();
                    let apart = if both_years {
                        apart
                    } else {
                        apart.min(365 - apart)
                    };
                    apart > SAME_EVENT_DAYS
                }
                _ => false,
            }
        }
        _ => {
            let apart = m.abs_diff(n);
            let apart = if a.0.is_some() && b.0.is_some() {
                apart
            } else {
                apart.min(12 - apart)
            };
            apart > 1
        }
    }
}

/// Adds candidate `m` to a group's distinct titles when its title is new and the group is
/// still checked ([`MAX_CHECKED_TITLES`]).
fn add_title(group: &mut Vec<usize>, cands: &[Candidate], m: usize) {
    let new = group
        .iter()
        .all(|&g| cands[g].mention.title != cands[m].mention.title);
    if new && group.len() <= MAX_CHECKED_TITLES {
        group.push(m);
    }
}

/// Mentions with the same title words and the same date are one event outright; only one of
/// each such bucket is compared with the others (a corpus repeats titles a lot), and it is
/// marked active. Undated mentions only within their article (see [`pairs_within_articles`]).
fn merge_same_words(
    cands: &[Candidate],
    words: &[Vec<String>],
    joined: &[bool],
    uf: &mut UnionFind,
) -> Vec<bool> {
    let n = cands.len();
    type Bucket<'w> = (&'w [String], Option<Date>, Option<(usize, Option<OwnDay>)>);
    let mut bucket_of: HashMap<Bucket, usize> = HashMap::new();
    let mut active = vec![false; n];
    for i in (0..n).filter(|&i| cands[i].key.is_none() && !joined[i]) {
        let date = cands[i].date.date();
        // (Undated, one article's mentions of one title are one, unless their own days differ:
        // "… ngày 27-4" is not the meeting the article names undated elsewhere, per se.)
        // Nor, dated, one that names nothing ("Hội nghị thường niên năm 2018" of two
        // associations): it is anybody's, one with another article's only by a key.
        let within_article = date.is_none() || naming_words(&cands[i].mention.title) == 0;
        let key = (
            words[i].as_slice(),
            date,
            within_article.then(|| (cands[i].article, own_day(&cands[i].date))),
        );
        match bucket_of.get(&key) {
            Some(&first)
                if !organisers_differ(&cands[first], &cands[i])
                    && !hosts_differ(&cands[first], &cands[i])
                    && !recalled_apart(&cands[first], &cands[i]) =>
            {
                uf.union(first, i)
            }
            Some(_) => {}
            None => {
                bucket_of.insert(key, i);
                active[i] = true;
            }
        }
    }
    active
}

/// Pairs of active dated mentions with alike titles: dated mentions can only merge within a
/// year, so they are compared within each year, not across the whole corpus.
fn pairs_within_years(
    cands: &[Candidate],
    words: &[Vec<String>],
    active: &[bool],
) -> Vec<(usize, usize)> {
    let n = cands.len();
    let mut by_year: BTreeMap<i32, Vec<usize>> = BTreeMap::new();
    for i in (0..n).filter(|&i| active[i]) {
        if let Some(d) = cands[i].date.date() {
            by_year.entry(d.year).or_default().push(i);
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for block in by_year.values() {
        let mut mask = vec![false; n];
        for &i in block {
            mask[i] = true;
        }
        pairs.extend(similar_pairs(words, &mask, MIN_SIMILARITY));
    }
    pairs
}

/// Pairs of an active undated mention with an alike mention of its own article.
///
/// A mention whose article does not date it joins only mentions of its own article: with
/// another article's report it would take that report's date (a year its own text does not
/// settle, guessed), and generic titles ("Hội nghị thượng đỉnh G20", "Phiên họp Chính phủ
/// thường kỳ") name a new meeting every year, so two articles' undated mentions of one title
/// may be two meetings, and would bridge each one's dated report into one event. An article
/// holds few mentions: each undated one is compared with all of them.
fn pairs_within_articles(
    cands: &[Candidate],
    words: &[Vec<String>],
    active: &[bool],
) -> Vec<(usize, usize)> {
    let n = cands.len();
    let mut undated: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut in_article: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in (0..n).filter(|&i| active[i]) {
        let article = cands[i].article;
        if cands[i].date.date().is_none() {
            undated.entry(article).or_default().push(i);
        }
        in_article.entry(article).or_default().push(i);
    }
    let mut pairs = Vec::new();
    for (article, lone) in &undated {
        for &i in lone {
            for &j in &in_article[article] {
                let first_time = cands[j].date.date().is_some() || j > i;
                if j != i && first_time && title_similarity(cands, words, i, j) >= MIN_SIMILARITY {
                    pairs.push((i.min(j), i.max(j)));
                }
            }
        }
    }
    pairs
}

/// How alike the titles of mentions `i` and `j` are (`words`, each title's sorted words). One
/// article may call one meeting by two nouns ("Diễn đàn an ninh Munich", "hội nghị an ninh
/// Munich 2018"): within an article, titles of kinds that are not the same are compared by
/// what they name, without the meeting words.
fn title_similarity(cands: &[Candidate], words: &[Vec<String>], i: usize, j: usize) -> f64 {
    let sim = jaccard(&words[i], &words[j]);
    let (a, b) = (&cands[i], &cands[j]);
    if a.article != b.article || a.mention.meeting_kind.may_be_same(b.mention.meeting_kind) {
        return sim;
    }
    let naming = |w: &[String]| -> Vec<String> {
        w.iter()
            .filter(|x| !MEETING_SYLLABLES.contains(x.as_str()))
            .cloned()
            .collect()
    };
    jaccard(&naming(&words[i]), &naming(&words[j])).max(sim)
}

/// A title without the organiser the extractor added to name a generic meeting ("… của Bộ
/// Tài chính"): the organiser is compared as such (`organisers_differ`), and its words would
/// make two meetings of one organiser look alike.
fn own_title(m: &ConferenceMention) -> &str {
    m.details
        .organizer
        .as_deref()
        .and_then(|o| m.title.strip_suffix(o))
        .and_then(|t| t.strip_suffix(" của "))
        // A meeting named by its organiser alone ("Cuộc họp của HĐND TP", by the verb) keeps it.
        .filter(|t| naming_words(t) > 0)
        .unwrap_or(&m.title)
}

fn titled_same(a: &Candidate, b: &Candidate, sim: f64) -> bool {
    if organisers_differ(a, b) || numbers_differ(&a.mention.title, &b.mention.title) {
        return false;
    }
    if hosts_differ(a, b) {
        return false;
    }
    let same_article = a.article == b.article;
    // Across articles, titles alike in their generic words ("họp phiên thường kỳ tháng 3",
    // "Phiên họp của …") are one event only when they name the same body or place.
    if !same_article && names_differ(&a.mention.title, &b.mention.title) {
        return false;
    }
    if same_article && proper_names_clash(&a.mention.title, &b.mention.title) {
        return false;
    }
    if recalled_apart(a, b) {
        return false;
    }
    // "Trước đó, tại một hội nghị ngày 5/1, …": a meeting introduced is none its article named.
    if same_article && (a.mention.indefinite || b.mention.indefinite) {
        return false;
    }
    // "Cùng ngày, tại hội nghị … trên địa bàn TP. A" after "hội nghị … của ngành": a sentence
    // that opens with "the same day" tells of another event that day, unless it names the
    // meeting word for word.
    if same_article && (another_that_day(a) || another_that_day(b)) && sim < 0.999 {
        return false;
    }
    // Titles alike in their form words ("Hội nghị trực tuyến toàn quốc tổng kết công tác
    // phòng chống …") are one only if their subjects are.
    if subjects_differ(own_title(a.mention), own_title(b.mention)) {
        return false;
    }
    // A meeting named by its kind alone ("Cuộc họp", "Hội nghị lần thứ 3") is anybody's:
    // two articles' are one only by a key (series and number), never by the title.
    let both_name_something =
        names_something(&a.mention.title) && names_something(&b.mention.title);
    if !same_article && !both_name_something {
        return false;
    }
    // Nor is one named by its organiser ("Cuộc họp … của sở A", by the verb): two articles'
    // are one under the same organiser only.
    let own_named = names_something(own_title(a.mention)) && names_something(own_title(b.mention));
    if !same_article && !own_named && (a.organizer.is_none() || a.organizer != b.organizer) {
        return false;
    }

    // A workshop and a forum on one subject on one day are two meetings.
    if !same_article && !a.mention.meeting_kind.may_be_same(b.mention.meeting_kind) {
        return false;
    }
    match (a.date.date(), b.date.date()) {
        (Some(x), Some(y)) if same_article => compatible(Some(x), Some(y)) && sim >= MIN_SIMILARITY,
        // Known only to the year, two articles' meetings agree on almost nothing: only the same
        // title that names something besides the kind of meeting ("Hội nghị thượng đỉnh" of
        // 2017 is APEC's, ASEAN's or a students'), word for word, is one.
        (Some(x), Some(y)) if x.month.is_none() || y.month.is_none() => {
            agree(&x, &y) && sim >= 0.999 && names_something(&a.mention.title)
        }
        // Across articles a generic title ("Hội nghị tổng kết công tác năm 2017") names many
        // events: only the same day, or very alike titles on close days, are one.
        (Some(x), Some(y)) => {
            (agree(&x, &y) && sim >= MIN_SIMILARITY) || (compatible(Some(x), Some(y)) && sim >= 0.8)
        }
        // An undated mention joins only a mention of its own article (see `merge_titled`),
        // and not one a day or month of its own says is another meeting.
        _ => {
            same_article
                && sim >= 0.6
                && !partial_clash(&a.date, &b.date)
                && !coming_and_held(a, b)
                && !coming_and_held(b, a)
        }
    }
}

/// Whether a title holds a capitalised word after its first: a name of a body, a place or a
/// series ("Kỳ họp Quốc hội …", "Hội nghị APEC …"), not only a kind, a topic or a time.
pub(super) fn capitalised_after_first(title: &str) -> bool {
    title
        .split_whitespace()
        .skip(1)
        .any(|w| w.starts_with(char::is_uppercase))
}

/// Lines apart beyond which two mentions of one article stand in paragraphs of their own.
const PARAGRAPHS_APART_LINES: usize = 6;

/// Whether two mentions of one article are each only recalled ("sau hội nghị xúc tiến đầu tư
/// năm 2016, …"), in paragraphs apart, under a title of a kind and a topic that names no one
/// (no capitalised word after its first, no number but a year): each speaker's meeting of
/// that kind (two provinces', two firms'), which the words do not tell apart, so not one.
fn recalled_apart(a: &Candidate, b: &Candidate) -> bool {
    // (A year says when, not whose: "… đầu tư năm 2016" names no one either.)
    let year = |w: &str| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit());
    let names_no_one = |t: &str| {
        !capitalised_after_first(t)
            && t.split_whitespace()
                .all(|w| !w.contains(|c: char| c.is_ascii_digit()) || year(w))
    };
    let (x, y) = (a.mention, b.mention);
    a.article == b.article
        && x.reference
        && y.reference
        && x.evidence.line.abs_diff(y.evidence.line) > PARAGRAPHS_APART_LINES
        && names_no_one(&x.title)
        && names_no_one(&y.title)
}

/// Whether the sentence that names a mention opens with "the same day" ("Cùng ngày", "Cũng
/// trong ngày 8/1"): what it tells is another event of the day just told.
fn another_that_day(c: &Candidate) -> bool {
    let opening = crate::text::lower_opening(c.mention.evidence.quote.trim_start(), 24);
    ["cùng ngày", "cũng trong ngày"]
        .iter()
        .any(|w| crate::text::starts_with_word(&opening, w))
}

/// Whether `a` is the coming meeting of its kind ("kỳ họp … tới đây") and `b` one the article
/// reports held on a day of its own ("tại kỳ họp … cuối tháng 12/2018"): two sessions.
fn coming_and_held(a: &Candidate, b: &Candidate) -> bool {
    a.mention.coming && !b.mention.planned && b.date.date().is_some()
}

/// True when each title names a subject the other lacks: two words at least of its own (one
/// when both subjects are of two words or fewer) that are neither meeting words, form words ([`FORM_PHRASES`], [`FORM_WORDS`], [`AGENDA_WORDS`]) nor
/// numbers. "… phòng chống thiên tai" and "… phòng chống dịch tả lợn" differ; a shorter name
/// of one meeting ("… phòng chống thiên tai" within "… phòng chống thiên tai năm 2019") does
/// not, nor two agendas of one ("tổng kết công tác" and "triển khai nhiệm vụ").
fn subjects_differ(a: &str, b: &str) -> bool {
    let (x, y) = (subject_words(a), subject_words(b));
    // Two words each lacks, or one of two short subjects ("của nghị viện", "của thượng viện").
    let lacking = |p: &BTreeSet<String>, q: &BTreeSet<String>| {
        let d = p.difference(q).count();
        d >= 2 || d == 1 && p.len() <= 2 && q.len() <= 2
    };
    lacking(&x, &y) && lacking(&y, &x)
}

/// The words of a title that name its subject ([`subjects_differ`]), folded with their tone
/// marks: without them, "tại" (at) would be the "tai" of "thiên tai".
fn subject_words(title: &str) -> BTreeSet<String> {
    use crate::text::fold_key;
    static AGENDA: LazyLock<Vec<String>> = LazyLock::new(|| {
        AGENDA_WORDS
            .iter()
            .map(|w| format!(" {} ", fold_key(w)))
            .collect()
    });
    // The meeting's words as whole phrases, longest first: "cử" of "bầu cử" names a subject,
    // though it is a syllable of "tiếp xúc cử tri".
    static MEETING: LazyLock<Vec<String>> = LazyLock::new(|| {
        let mut phrases: Vec<String> = MEETING_NOUNS
            .iter()
            .chain(&["lần thứ"])
            .map(|w| format!(" {} ", fold_key(w)))
            .collect();
        phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
        phrases
    });
    // Form words as phrases too: "trực" of "thường trực" (a standing committee) names a body,
    // though it is a syllable of "trực tuyến".
    static FORM: LazyLock<Vec<String>> = LazyLock::new(|| {
        FORM_PHRASES
            .iter()
            .map(|w| format!(" {} ", fold_key(w)))
            .collect()
    });
    let mut folded = format!(" {} ", fold_key(without_agent(title)));
    for phrase in AGENDA.iter().chain(MEETING.iter()).chain(FORM.iter()) {
        // (Twice: a phrase right after another shares the space between them.)
        folded = folded
            .replace(phrase.as_str(), " ")
            .replace(phrase.as_str(), " ");
    }
    folded
        .split(' ')
        .filter(|w| {
            !w.is_empty() && !FORM_WORDS.contains(w) && !w.chars().all(|c| c.is_ascii_digit())
        })
        .map(str::to_string)
        .collect()
}

/// Whether a mention's day or month read without its year ("Hội thảo ngày 14/11") cannot be
/// the other mention's date ("Hội thảo lần thứ nhất … tháng 8/2017"): in the other's year, the
/// two are not close days, or not one month.
fn partial_clash(a: &MentionDate, b: &MentionDate) -> bool {
    let (partial, other) = match (a, b) {
        (MentionDate::Partial(p, _), MentionDate::Dated(d)) => (p, d.date),
        (MentionDate::Dated(d), MentionDate::Partial(p, _)) => (p, d.date),
        _ => return false,
    };
    let (Some(month), Some(other_month)) = (partial.month, other.month) else {
        return false;
    };
    let placed = Date {
        year: other.year,
        month: Some(month),
        day: partial.day,
    };
    match (placed.naive(), other.naive()) {
        (Some(_), Some(_)) => !compatible(Some(placed), Some(other)),
        _ => month != other_month,
    }
}

/// Words a title adds to its meeting noun that name no meeting either ("trực tuyến toàn quốc
/// năm 2017", "cuộc họp khác", "hội nghị này", "phiên họp đầu tiên"), with their tone marks: phrases, which
/// [`subject_words`] takes out whole ("trực" of "thường trực" names a body), and words.
const FORM_PHRASES: &[&str] = &["trực tuyến", "toàn quốc", "đầu tiên"];
/// Form phrases whose syllables name things apart ("đầu tư", "tiền tệ", "Tiền Giang"): taken
/// out of a title as phrases only, never syllable by syllable ([`naming_words`]). How often a
/// meeting sits ("thường niên", "bất thường") is one of them: it tells no one meeting, and its
/// syllables name bodies ("Thường vụ", "thường trực").
const FORM_PHRASES_WHOLE: &[&str] = &["đầu tiên", "thường niên", "bất thường"];
const FORM_WORDS: &[&str] = &["năm", "khác", "nay", "này", "kia"];

/// The syllables of [`FORM_PHRASES`] and [`FORM_WORDS`] without tone marks, as
/// [`naming_words`] reads a title.
static GENERIC_TITLE_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    FORM_PHRASES
        .iter()
        .filter(|p| !FORM_PHRASES_WHOLE.contains(p))
        .chain(FORM_WORDS)
        .flat_map(|p| p.split(' '))
        .map(crate::text::plain)
        .collect()
});

/// The title names something besides the kind of meeting (a body, a series, a place, a
/// subject): two words at least that are neither meeting words nor numbers. Who chaired it
/// ("Phiên họp do ông A chủ trì") names no meeting ([`without_agent`]).
pub(super) fn names_something(title: &str) -> bool {
    naming_words(title) >= 2
}

/// How many words of a title are neither meeting words, generic words nor numbers; none in a
/// title that names only the kind of meeting ("Toạ đàm", "Hội nghị thượng đỉnh 2017").
pub(super) fn naming_words(title: &str) -> usize {
    plain_title(title).split(' ').filter(|w| naming(w)).count()
}

/// The words [`naming_words`] counts, folded without tone marks ([`crate::text::plain`]).
pub(super) fn title_naming_words(title: &str) -> Vec<String> {
    plain_title(title)
        .split(' ')
        .filter(|w| naming(w))
        .map(str::to_string)
        .collect()
}

/// A title folded without tone marks, without who chaired it, the owners that name no one
/// ([`without_unnamed_owners`]) and the form phrases read whole.
fn plain_title(title: &str) -> String {
    static WHOLE: LazyLock<Vec<String>> = LazyLock::new(|| {
        FORM_PHRASES_WHOLE
            .iter()
            .map(|p| format!(" {} ", crate::text::plain(p)))
            .collect()
    });
    let owned = without_unnamed_owners(without_agent(title));
    let mut plain = format!(" {} ", crate::text::plain(&owned));
    for phrase in WHOLE.iter() {
        plain = plain.replace(phrase.as_str(), " ");
    }
    plain
}

/// Whether a word of [`plain_title`] names something: no meeting word, generic word or number.
fn naming(w: &str) -> bool {
    !w.is_empty()
        && !MEETING_NAME_WORDS.contains(w)
        && !GENERIC_TITLE_WORDS.iter().any(|g| g == w)
        && !w.chars().all(|c| c.is_ascii_digit())
}

/// The numbers a title holds, years apart from the rest (days, months, ordinals and terms, in
/// digits or Roman numerals): "tháng 9/2019" → ({2019}, {9}); "khóa XIII" → ({}, {XIII}).
fn title_numbers(title: &str) -> (BTreeSet<&str>, BTreeSet<&str>) {
    let words: Vec<&str> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // A one-letter numeral ("khóa X", "lần thứ V") only after the word that counts it: alone,
    // "V" or "X" may be a letter of a name.
    let counted = |i: usize| {
        i > 0 && ["khóa", "khoá", "thứ", "lần"].contains(&words[i - 1].to_lowercase().as_str())
    };
    words
        .iter()
        .enumerate()
        .filter(|&(i, w)| {
            let roman = w.chars().all(|c| "IVXLC".contains(c));
            w.chars().all(|c| c.is_ascii_digit()) || roman && (w.len() >= 2 || counted(i))
        })
        .map(|(_, w)| *w)
        .partition(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
}

/// Two titles that each give numbers of one kind, neither all of the other's, name two
/// meetings: the monthly session of September and that of March, the reviews of 2017 and of
/// 2018, the plenums of two terms. A title without such numbers, or with fewer of the same,
/// says nothing ("lần thứ 18" and "năm 2016" may be one meeting).
fn numbers_differ(a: &str, b: &str) -> bool {
    let ((ya, na), (yb, nb)) = (title_numbers(a), title_numbers(b));
    let differ = |x: &BTreeSet<&str>, y: &BTreeSet<&str>| {
        !x.is_empty() && !y.is_empty() && !x.is_subset(y) && !y.is_subset(x)
    };
    differ(&ya, &yb) || differ(&na, &nb)
}

/// Nouns of bodies that, in lower case and without a name after them, name no one: "của
/// công ty", "phiên họp hội đồng" (whose company, which council, the title does not say).
const UNNAMED_OWNERS: &[&str] = &[
    "công ty",
    "doanh nghiệp",
    "hội đồng",
    "ủy ban",
    "uỷ ban",
    "cơ quan",
    "đơn vị",
    "nhà trường",
];

/// `title` without the [`UNNAMED_OWNERS`] that no capitalised name follows, nor the `của`
/// before them.
fn without_unnamed_owners(title: &str) -> Cow<'_, str> {
    // Most titles hold none: they are read as they are.
    if !UNNAMED_OWNERS.iter().any(|o| title.contains(o)) {
        return Cow::Borrowed(title);
    }
    let words: Vec<&str> = title.split(' ').collect();
    let mut out: Vec<&str> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let owner = UNNAMED_OWNERS.iter().find_map(|o| {
            let n = o.split(' ').count();
            let named = words
                .get(i + n)
                .is_some_and(|w| w.starts_with(char::is_uppercase));
            (crate::text::phrase_at(&words, i, o) && !named).then_some(n)
        });
        match owner {
            Some(n) => {
                // "… của công ty": the word of belonging goes with its owner.
                if out.last() == Some(&"của") {
                    out.pop();
                }
                i += n;
            }
            None => {
                out.push(words[i]);
                i += 1;
            }
        }
    }
    Cow::Owned(out.join(" "))
}

/// A title without the agent an unnamed meeting is named by ("Phiên họp do ông A chủ trì"):
/// who chaired or organised it is not a name of the meeting, and does not tell it from the
/// meeting its article names in full.
fn without_agent(title: &str) -> &str {
    title
        .rsplit_once(" do ")
        .filter(|(_, agent)| {
            ["chủ trì", "tổ chức", "triệu tập"]
                .iter()
                .any(|v| agent.ends_with(v))
        })
        .map_or(title, |(head, _)| head)
}

/// The proper-name words of a title: its capitalised words, except syllables of meeting words
/// (with their tone marks: "Trị" names a place, "tri" is of "cử tri"), Roman numerals (an
/// ordinal is compared by the series key) and abbreviations (`UBND` and `Ủy ban nhân dân`
/// name one body). `None` for a title in capitals throughout (a headline),
/// whose capitals say nothing.
fn name_words(title: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = without_agent(title)
        .split(|c: char| !(c.is_alphanumeric() || c == '&'))
        .filter(|w| !w.is_empty())
        .collect();
    let lettered: Vec<&&str> = words
        .iter()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if lettered.len() > 1 && lettered.iter().all(|w| !w.chars().any(char::is_lowercase)) {
        return None;
    }
    let proper = words.iter().filter(|w| {
        let upper_first = w.chars().next().is_some_and(char::is_uppercase);
        let letters = w.chars().filter(|c| c.is_alphabetic());
        let abbreviation = letters.clone().count() > 1 && letters.clone().all(char::is_uppercase);
        let roman = w.chars().all(|c| "IVXLC".contains(c));
        upper_first
            && !abbreviation
            && !roman
            && !MEETING_SYLLABLES.contains(&crate::text::fold_key(w))
    });
    let mut out: Vec<String> = proper.map(|w| w.to_lowercase()).collect();
    out.sort();
    out.dedup();
    Some(out)
}

/// True when two titles of different articles cannot be known to name one body or place: each
/// has proper-name words the other lacks ("Ban Thường vụ Tỉnh ủy Nghệ An" and "Ban Thường vụ
/// Thành ủy Hải Phòng"), or one names none at all ("Hội nghị tổng kết công tác năm 2017" is held
/// by every ministry: it would join the meetings of different bodies into one). A title whose
/// names are all in the other's (a shorter or a fuller name of one body) does not differ.
pub fn names_differ(a: &str, b: &str) -> bool {
    let (Some(x), Some(y)) = (name_words(a), name_words(b)) else {
        return false;
    };
    if x.is_empty() && y.is_empty() {
        // Generic titles that name their bodies by letters alone, or in lower case ("… tổng
        // kết công tác năm 2018 của EVN", "… của ngành y tế"): the letters tell them apart.
        return bodies_by_letters(a) != bodies_by_letters(b);
    }
    if x.is_empty() || y.is_empty() {
        return x != y;
    }
    neither_within(&x, &y)
}

/// The bodies a title names by their letters ("EVN", "VCCI"), three or more, not the letters
/// of a kind of body or meeting ([`generic_letters`]).
fn bodies_by_letters(title: &str) -> BTreeSet<&str> {
    acronyms(title)
        .into_iter()
        .filter(|w| w.chars().count() >= 3 && !generic_letters(w))
        .collect()
}

/// Two titles that both name something by proper words, each one the other lacks ("… của Bộ
/// Tài chính" and "… của Bộ Nội vụ"): across articles, two bodies' meetings.
fn names_clash(a: &str, b: &str) -> bool {
    match (name_words(a), name_words(b)) {
        (Some(x), Some(y)) if !x.is_empty() && !y.is_empty() => neither_within(&x, &y),
        _ => false,
    }
}

/// True when two titles both name something by proper words and each has one the other lacks:
/// "Hội nghị thượng đỉnh G7" and "Hội nghị thượng đỉnh G20" in one article are two summits,
/// however alike their other words. A title with no proper word says nothing here.
fn proper_names_clash(a: &str, b: &str) -> bool {
    let words = names_clash(a, b);
    // Bodies named by their letters ("Cuộc họp của FED", "… của OPEC"): one article's two
    // titles alike but for letters they do not share are two meetings (an expansion and its
    // letters, "… ASEAN Youth Engage" and "… AYES", differ in more than that).
    let (x, y) = (acronyms(a), acronyms(b));
    let without = |t: &str, letters: &BTreeSet<&str>| -> Vec<String> {
        t.split(|c: char| !(c.is_alphanumeric() || c == '&'))
            .filter(|w| !w.is_empty() && !letters.contains(w))
            .map(str::to_lowercase)
            .collect()
    };
    let only_letters_differ = without(a, &x) == without(b, &y);
    words || (!x.is_empty() && !y.is_empty() && x.is_disjoint(&y) && only_letters_differ)
}

/// The words of a title written in capitals throughout, two letters or more ("FED", "UBND").
fn acronyms(title: &str) -> BTreeSet<&str> {
    title
        .split(|c: char| !(c.is_alphanumeric() || c == '&'))
        .filter(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic());
            letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase)
        })
        .collect()
}

/// Each of two sorted word lists has a word the other lacks.
fn neither_within(x: &[String], y: &[String]) -> bool {
    let within = |p: &[String], q: &[String]| p.iter().all(|w| q.binary_search(w).is_ok());
    !within(x, y) && !within(y, x)
}

/// The least title similarity (Jaccard over words) at which two mentions may be one event.
const MIN_SIMILARITY: f64 = 0.5;

/// Pairs `(i, j)`, `i < j`, of mentions without an ordinal whose titles may have a Jaccard
/// similarity of at least `t`: every such pair, and few others. Prefix filtering: with words
/// ordered rarest first, two sets this similar share a word among the first
/// `|A| - ceil(t·|A|) + 1` words of each, so only those words are indexed. This keeps merging
/// near-linear on large corpora instead of comparing every pair.
fn similar_pairs(words: &[Vec<String>], active: &[bool], t: f64) -> Vec<(usize, usize)> {
    let candidates: Vec<usize> = (0..words.len()).filter(|&i| active[i]).collect();
    let mut df: HashMap<&str, usize> = HashMap::new();
    for &i in &candidates {
        for w in &words[i] {
            *df.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut postings: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut prefixes: Vec<(usize, Vec<&str>)> = Vec::with_capacity(candidates.len());
    for &i in &candidates {
        let mut ws: Vec<&str> = words[i].iter().map(String::as_str).collect();
        ws.sort_by_key(|w| (df[w], *w));
        let keep = ws.len() - (t * ws.len() as f64).ceil() as usize + 1;
        ws.truncate(keep.min(ws.len()));
        for w in &ws {
            postings.entry(w).or_default().push(i);
        }
        prefixes.push((i, ws));
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, prefix) in &prefixes {
        let mut seen: Vec<usize> = prefix
            .iter()
            .flat_map(|w| postings[w].iter().copied())
            .filter(|j| j > i)
            .collect();
        seen.sort_unstable();
        seen.dedup();
        pairs.extend(seen.into_iter().map(|j| (*i, j)));
    }
    pairs
}

/// Jaccard similarity of two sorted sets of words, in one walk through both.
fn jaccard(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let inter = inter as f64;
    let union = (a.len() + b.len()) as f64 - inter;
    inter / union
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }
    fn find(&mut self, i: usize) -> usize {
        let mut r = i;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut j = i;
        while self.0[j] != r {
            let next = self.0[j];
            self.0[j] = r;
            j = next;
        }
        r
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        // The smaller root wins, so groups are keyed by their first mention.
        if ra < rb {
            self.0[rb] = ra;
        } else if rb < ra {
            self.0[ra] = rb;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(iso: &str) -> Option<Date> {
        Date::parse_iso(iso)
    }

    /// The reference for `first_same`: every member compared with every one before it.
    fn first_same_by_scan(members: &[Keyed]) -> Vec<Option<usize>> {
        (0..members.len())
            .map(|x| (0..x).find(|&y| members[x].same(&members[y])))
            .collect()
    }

    #[test]
    fn an_articles_undated_mentions_join_its_dated_one_whatever_it_joined_first() {
        let lead = Keyed {
            article: 1,
            term: None,
            date: d("2018-08-13"),
            organizer: None,
        };
        let other = Keyed {
            article: 0,
            ..lead.clone()
        };
        let undated = Keyed {
            date: None,
            ..lead.clone()
        };
        // Another article's report, then the headline, the lead and a caption of one article.
        let members = [other, undated.clone(), lead, undated];
        assert_eq!(first_same(&members), vec![None, None, Some(0), Some(1)]);
        assert_eq!(undated_to_dated(&members), vec![(1, 2), (3, 2)]);
    }

    #[test]
    fn a_body_in_lower_case_without_its_name_names_no_one() {
        for (title, left) in [
            ("Phiên họp hội đồng đầu năm 2016", "Phiên họp đầu năm 2016"),
            ("Hội nghị thường niên của công ty", "Hội nghị thường niên"),
            ("Cuộc họp của uỷ ban", "Cuộc họp"),
            (
                "Phiên họp hội đồng Trường Bắc Lạc",
                "Phiên họp hội đồng Trường Bắc Lạc",
            ),
            (
                "Phiên họp Hội đồng Tiền lương",
                "Phiên họp Hội đồng Tiền lương",
            ),
            (
                "Hội thảo của công ty Sao Mai",
                "Hội thảo của công ty Sao Mai",
            ),
        ] {
            assert_eq!(without_unnamed_owners(title), left, "{title}");
        }
        assert_eq!(naming_words("Hội nghị thường niên năm 2016 của công ty"), 0);
    }

    #[test]
    fn a_title_names_something_only_beyond_the_kind_of_meeting() {
        for t in [
            "Phiên họp do Trần Văn Bình chủ trì",
            "Hội nghị thượng đỉnh",
            "Hội nghị cấp cao lần thứ 2",
            "Cuộc họp trực tuyến toàn quốc năm 2017",
            "Cuộc gặp thượng đỉnh khác",
        ] {
            assert!(!names_something(t), "{t}");
        }
        for t in [
            "Toạ đàm",
            "Cuộc gặp thượng đỉnh khác",
            "Phiên họp do Trần Văn Bình chủ trì",
        ] {
            assert_eq!(naming_words(t), 0, "{t}");
        }
        for t in [
            "Hội nghị thượng đỉnh APEC Đà Nẵng",
            "Diễn đàn Kinh tế Thế giới",
            "Hội nghị Ngoại vụ toàn quốc",
        ] {
            assert!(names_something(t), "{t}");
        }
    }

    #[test]
    fn titles_giving_other_numbers_name_other_meetings() {
        let alternatives = [
            ("tháng 9/2019", "tháng 3/2019"),
            ("năm 2017", "năm 2018"),
            ("khóa XII", "khóa XIII"),
            ("khóa X", "khóa V"),
        ];
        let heads = [
            "Phiên họp Chính phủ thường kỳ",
            "Hội nghị tổng kết công tác",
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh",
        ];
        // An ordinal and a year: one meeting may have both.
        assert!(!numbers_differ(
            "Hội nghị Ngoại vụ lần thứ 18",
            "Hội nghị Ngoại vụ năm 2016"
        ));
        for h in heads {
            for (p, q) in alternatives {
                assert!(
                    numbers_differ(&format!("{h} {p}"), &format!("{h} {q}")),
                    "{h} {p} / {q}"
                );
                assert!(!numbers_differ(&format!("{h} {p}"), &format!("{h} {p}")));
                // Without numbers, or with some of the same, a title may be the same meeting.
                assert!(!numbers_differ(&format!("{h} {p}"), h));
                assert!(
                    !numbers_differ(&format!("{h} {p}"), &format!("{h} {p} tại Hà Nội, ngày 5")),
                    "{p}"
                );
            }
        }
    }

    #[test]
    fn the_indexed_search_finds_the_same_first_match_as_comparing_with_every_member() {
        // A small deterministic generator: many members, few articles, terms, organisers and
        // dates close together, so that every rule of `same` is met and missed.
        let mut state = 0x2545_f491_u64;
        let mut next = |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        let organisers = ["Bộ Ngoại giao", "UBND tỉnh"];
        let (mut matched, mut unmatched) = (0, 0);
        for round in 0..40 {
            let members: Vec<Keyed> = (0..60 + round)
                .map(|_| {
                    let date = match next(5) {
                        0 => None,
                        1 => d(&format!("20{}", 16 + next(3))),
                        2 => d(&format!("20{}-{:02}", 16 + next(3), 1 + next(12))),
                        _ => d(&format!(
                            "20{}-{:02}-{:02}",
                            16 + next(3),
                            1 + next(12),
                            1 + next(28)
                        )),
                    };
                    Keyed {
                        article: next(6) as usize,
                        term: [None, Some(12), Some(13)][next(3) as usize],
                        date,
                        organizer: [None, Some(organisers[0]), Some(organisers[1])]
                            [next(3) as usize],
                    }
                })
                .collect();
            let found = first_same(&members);
            assert_eq!(found, first_same_by_scan(&members), "round {round}");
            matched += found.iter().filter(|f| f.is_some()).count();
            unmatched += found.iter().filter(|f| f.is_none()).count();
        }
        assert!(matched > 200 && unmatched > 200, "{matched} {unmatched}");
    }

    #[test]
    fn titles_of_different_bodies_differ_and_fuller_names_of_one_do_not() {
        for (a, b) in [
            (
                "Ban Thường vụ Tỉnh ủy Nghệ An họp phiên thường kỳ tháng 3",
                "Ban Thường vụ Thành ủy Hải Phòng họp phiên thường kỳ tháng 3",
            ),
            ("Phiên họp của Chính phủ", "Phiên họp của Bộ Tài chính"),
            (
                "Hội nghị tổng kết của Bộ Y tế",
                "Hội nghị tổng kết công tác năm 2017",
            ),
            (
                "Chính phủ họp phiên thường kỳ",
                "Ban Thường vụ Tỉnh ủy Nghệ An họp",
            ),
            (
                "Hội nghị tổng kết công tác năm 2017 của Bộ Y tế",
                "Hội nghị tổng kết công tác năm 2017 của Bộ Xây dựng",
            ),
            // Bodies named by their letters, or in lower case.
            (
                "Hội nghị tổng kết công tác năm 2018 của EVN",
                "Hội nghị tổng kết công tác năm 2018 của ngành y tế",
            ),
            (
                "Hội nghị triển khai nhiệm vụ năm 2019 của VNPT",
                "Hội nghị triển khai nhiệm vụ năm 2019 của PVN",
            ),
        ] {
            assert!(names_differ(a, b), "{a} / {b}");
        }
        for (a, b) in [
            (
                "Hội nghị Ngoại giao lần thứ 30",
                "Hội nghị Ngoại giao 30 khai mạc",
            ),
            (
                "Phiên họp của UBND tỉnh Lào Cai",
                "Phiên họp của Ủy ban nhân dân tỉnh Lào Cai",
            ),
            (
                "HỘI NGHỊ NGOẠI GIAO LẦN THỨ 30",
                "Hội nghị Ngoại giao lần thứ 30",
            ),
            (
                "Hội nghị Ngoại giao lần thứ XIII",
                "Hội nghị Ngoại giao lần thứ 13",
            ),
            // The letters of a kind of body tell none apart.
            (
                "Hội nghị tổng kết công tác năm 2018 của UBND",
                "Hội nghị tổng kết công tác năm 2018 của ngành y tế",
            ),
            (
                "Hội nghị tổng kết công tác năm 2018 của EVN",
                "Hội nghị tổng kết công tác năm 2018 (EVN)",
            ),
        ] {
            assert!(!names_differ(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn titles_whose_subjects_each_hold_words_the_other_lacks_differ() {
        for (a, b) in [
            (
                "Hội nghị trực tuyến tổng kết công tác phòng chống thiên tai",
                "Hội nghị trực tuyến tổng kết công tác phòng chống cháy rừng",
            ),
            // "tại" (an agenda's joining word) is no syllable of "thiên tai".
            (
                "Hội nghị sơ kết phòng chống thiên tai tại Huế",
                "Hội nghị sơ kết phòng chống tội phạm ma túy tại Huế",
            ),
            ("Hội thảo về dịch cúm gia cầm", "Hội thảo về dịch tả lợn"),
            // "cử" of "bầu cử" is no syllable of "tiếp xúc cử tri" here, nor "ban" of "giao ban".
            (
                "Cuộc họp của ủy ban bầu cử huyện Đông Vân",
                "Cuộc họp giao ban của thường trực huyện ủy Đông Vân",
            ),
            (
                "Buổi tiếp xúc cử tri của ban vận động bầu cử quận Tây",
                "Buổi tiếp xúc cử tri của hội đồng nhân dân quận Tây",
            ),
            // Nor "trực" of a standing committee ("thường trực") a syllable of "trực tuyến".
            (
                "Cuộc họp của ủy ban bầu cử huyện Đông Vân",
                "Cuộc họp của thường trực huyện ủy Đông Vân",
            ),
        ] {
            assert!(subjects_differ(a, b), "{a} / {b}");
        }
        for (a, b) in [
            // A shorter name of one meeting.
            (
                "Hội nghị tổng kết công tác phòng chống lụt bão năm 2016",
                "Hội nghị phòng chống lụt bão",
            ),
            // Two agendas of one body's meeting, or one subject word apart.
            (
                "Hội nghị tổng kết công tác năm 2018 của ngành nội vụ",
                "Hội nghị triển khai nhiệm vụ năm 2019 của ngành nội vụ",
            ),
            (
                "Hội nghị xúc tiến đầu tư tỉnh Bình Định",
                "Hội nghị xúc tiến đầu tư vào Bình Định",
            ),
        ] {
            assert!(!subjects_differ(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn one_articles_titles_with_other_proper_names_clash_and_a_bare_or_fuller_one_does_not() {
        for (a, b) in [
            ("Hội nghị thượng đỉnh G7", "Hội nghị thượng đỉnh G20"),
            (
                "Hội nghị Cấp cao Mê Công - Nhật Bản",
                "Hội nghị Cấp cao Mê Công - Lan Thương",
            ),
            ("Diễn đàn Kinh tế Việt Nam", "Diễn đàn Kinh tế Lào"),
            ("Cuộc họp của FED", "Cuộc họp của OPEC"),
        ] {
            assert!(proper_names_clash(a, b), "{a} / {b}");
        }
        for (a, b) in [
            ("Hội nghị thượng đỉnh G20", "hội nghị thượng đỉnh"),
            (
                "Hội nghị Cấp cao ASEAN",
                "Hội nghị Cấp cao ASEAN lần thứ 34 tại Bangkok",
            ),
            ("Hội nghị", "Hội nghị Trung ương 6"),
            (
                "Hội nghị thượng đỉnh ASEAN",
                "Hội nghị thượng đỉnh ASEAN - Mỹ",
            ),
            (
                "Hội nghị Liên kết thanh niên - ASEAN Youth Engage",
                "Hội nghị Liên kết thanh niên - AYES",
            ),
            // Who chaired an unnamed meeting is no name of it.
            (
                "Phiên họp do Trần Văn Bình chủ trì",
                "Phiên họp thường kỳ của Hội đồng Giáo dục quốc gia",
            ),
        ] {
            assert!(!proper_names_clash(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn jaccard_counts_shared_words_of_sorted_sets() {
        let w = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert_eq!(jaccard(&w("a b c"), &w("b c d")), 0.5);
        assert_eq!(jaccard(&w("a b"), &w("a b")), 1.0);
        assert_eq!(jaccard(&w("a"), &w("b")), 0.0);
        assert_eq!(jaccard(&[], &w("b")), 0.0);
    }

    #[test]
    fn dates_of_one_event_are_close_days_or_agree_at_the_coarser_precision() {
        assert!(
            compatible(d("2021-12-13"), d("2021-12-14")),
            "opening and closing day"
        );
        assert!(compatible(d("2021-12-13"), d("2021-12")));
        assert!(compatible(d("2021-12-13"), None));
        assert!(!compatible(d("2021-12-13"), d("2022-01-20")), "weeks apart");
        assert!(
            !compatible(d("2016-10-09"), d("2021-10-04")),
            "years apart never merge"
        );
        assert!(!compatible(d("2021"), d("2020-12")));
    }

    #[test]
    fn prefix_filtering_finds_every_similar_pair() {
        let titles = [
            "hội nghị xúc tiến đầu tư vùng",
            "hội nghị xúc tiến đầu tư",
            "diễn đàn kinh tế mùa thu",
            "diễn đàn kinh tế",
            "hội thảo khoa học biển",
            "tọa đàm văn hóa",
            "hội nghị đầu tư vùng xúc tiến",
        ];
        let words: Vec<Vec<String>> = titles
            .iter()
            .map(|t| {
                let mut w: Vec<String> = t.split(' ').map(str::to_string).collect();
                w.sort();
                w.dedup();
                w
            })
            .collect();
        let active = vec![true; words.len()];
        let found = similar_pairs(&words, &active, 0.5);
        for i in 0..words.len() {
            for j in i + 1..words.len() {
                if jaccard(&words[i], &words[j]) >= 0.5 {
                    assert!(
                        found.contains(&(i, j)),
                        "missed {} ~ {}",
                        titles[i],
                        titles[j]
                    );
                }
            }
        }
    }
}
