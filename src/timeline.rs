//! Stage 3, timeline: mentions → [`Timeline`].
//!
//! Resolves the year of each partial date and records how (`date_basis`), in this order: a full
//! date in the same sentence; the article's dateline; a year in the event's own title; the
//! dated members of the same conference series across the corpus (with Party Congress anchors
//! such as "ngay sau Đại hội Đảng lần thứ XII"); the knowledge file. A year none of these
//! settles is not guessed: the event goes to `undated`. Mentions of the same event are merged
//! across articles, the date range is applied, and events are ordered by date, each conference
//! before the directives given at it.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::data::Knowledge;
use crate::dates::{Date, PartialDate, Precision};
use crate::extract::{
    AnchorRelation, ConferenceMention, DirectiveMention, Evidence, Mentions, TextDate,
};
use crate::ingest::Corpus;
use crate::text::{fold_key, key_words};

/// The inclusive date range a brief covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DateRange {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// What an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Conference,
    Directive,
}

/// One event of the timeline, in the shape of `out/timeline.json`.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    pub id: String,
    pub kind: Kind,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `null` in `undated`.
    pub date: Option<String>,
    pub precision: Option<Precision>,
    /// How the date was read and its year settled, or why it could not be.
    pub date_basis: String,
    pub title: String,
    pub series: Option<String>,
    pub ordinal: Option<u32>,
    pub location: Option<String>,
    pub chair: Option<String>,
    pub theme: Option<String>,
    pub format: Option<String>,
    pub participants: Option<String>,
    /// For a directive given at a conference: the conference's id.
    pub parent: Option<String>,
    pub by: Option<String>,
    /// A directive's text.
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
        date_basis: String,
        sources: Vec<Evidence>,
    ) -> Self {
        Event {
            id: String::new(),
            kind,
            date: when.map(|w| w.iso()),
            precision: when.map(|w| w.precision()),
            date_basis,
            title,
            series: None,
            ordinal: None,
            location: None,
            chair: None,
            theme: None,
            format: None,
            participants: None,
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
}

/// How trustworthy a year is; lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Stated,
    Sentence,
    Dateline,
    Title,
    Series,
    Knowledge,
    Companion,
}

/// A date with how it was obtained.
#[derive(Debug, Clone)]
struct Dated {
    date: Date,
    basis: String,
    rank: Rank,
}

/// Where a conference's date stands after reading its mention.
#[derive(Debug, Clone)]
enum MentionDate {
    Dated(Dated),
    /// Day and month (or month) known, year open.
    Partial(PartialDate, String),
    None,
}

/// Builds the timeline from every article's mentions.
pub fn build(corpus: &Corpus, mentions: &[Mentions], k: &Knowledge, range: DateRange) -> Timeline {
    // Conference mentions, flattened, with their own dates.
    let mut confs: Vec<(&ConferenceMention, MentionDate)> = Vec::new();
    let mut conf_index: HashMap<(usize, usize), usize> = HashMap::new();
    for (ai, m) in mentions.iter().enumerate() {
        for (ci, c) in m.conferences.iter().enumerate() {
            conf_index.insert((ai, ci), confs.len());
            confs.push((c, mention_date(c, corpus)));
        }
    }

    // Merge mentions of one event.
    let n = confs.len();
    let mut uf = UnionFind::new(n);
    let keys: Vec<Option<(String, u32)>> = confs
        .iter()
        .map(|(c, _)| {
            c.series
                .as_ref()
                .zip(c.ordinal)
                .map(|(s, o)| (k.series_key(s), o))
        })
        .collect();
    let words: Vec<Vec<String>> = confs
        .iter()
        .map(|(c, _)| {
            let mut w = key_words(&c.title);
            w.sort();
            w.dedup();
            w
        })
        .collect();
    let mut by_key: HashMap<&(String, u32), usize> = HashMap::new();
    for (i, key) in keys.iter().enumerate() {
        if let Some(key) = key {
            match by_key.get(key) {
                Some(&j) => uf.union(i, j),
                None => {
                    by_key.insert(key, i);
                }
            }
        }
    }
    // Mentions with the same title words and the same date are one event outright; only one
    // of each such bucket is compared with the others (a corpus repeats titles a lot).
    let mut bucket_of: HashMap<(&[String], Option<Date>), usize> = HashMap::new();
    let mut active = vec![false; n];
    for i in (0..n).filter(|&i| keys[i].is_none()) {
        let key = (words[i].as_slice(), date_of(&confs[i].1));
        match bucket_of.get(&key) {
            Some(&first) => uf.union(first, i),
            None => {
                bucket_of.insert(key, i);
                active[i] = true;
            }
        }
    }
    // Two dated mentions can only merge when their dates agree, so they share a year: compare
    // within each year (and every undated mention with all), not across the whole corpus.
    let mut by_year: BTreeMap<Option<i32>, Vec<usize>> = BTreeMap::new();
    for i in (0..n).filter(|&i| active[i]) {
        by_year
            .entry(date_of(&confs[i].1).map(|d| d.year))
            .or_default()
            .push(i);
    }
    let undated_reps = by_year.remove(&None).unwrap_or_default();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut blocks: Vec<Vec<usize>> = by_year.into_values().collect();
    if blocks.is_empty() {
        blocks.push(Vec::new());
    }
    for (b, block) in blocks.iter().enumerate() {
        let mut mask = vec![false; n];
        for &i in block {
            mask[i] = true;
        }
        for &i in &undated_reps {
            mask[i] = true;
        }
        // Pairs of two undated mentions are found in the first block only.
        pairs.extend(
            similar_pairs(&words, &mask, MIN_SIMILARITY)
                .into_iter()
                .filter(|(i, j)| b == 0 || active_dated(&confs, *i) || active_dated(&confs, *j)),
        );
    }
    for (i, j) in pairs {
        let sim = jaccard(&words[i], &words[j]);
        let same_article = confs[i].0.article == confs[j].0.article;
        let ok = match (date_of(&confs[i].1), date_of(&confs[j].1)) {
            (Some(a), Some(b)) => agree(&a, &b) && sim >= MIN_SIMILARITY,
            _ => sim >= 0.8 || (same_article && sim >= 0.6),
        };
        if ok {
            uf.union(i, j);
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        groups.entry(uf.find(i)).or_default().push(i);
    }
    let groups: Vec<Vec<usize>> = groups.into_values().collect();
    let mut group_of = vec![0; n];
    for (g, members) in groups.iter().enumerate() {
        for &m in members {
            group_of[m] = g;
        }
    }

    // Each group's date from its best member.
    let mut dated: Vec<Option<Dated>> = groups
        .iter()
        .map(|members| {
            members
                .iter()
                .filter_map(|&m| match &confs[m].1 {
                    MentionDate::Dated(d) => Some(d.clone()),
                    _ => None,
                })
                .min_by(|a, b| {
                    b.date
                        .precision()
                        .cmp(&a.date.precision())
                        .then(a.rank.cmp(&b.rank))
                })
        })
        .collect();

    // Series inference, repeated while it settles more.
    for _ in 0..3 {
        let mut changed = false;
        // Dated members of each series, by ordinal.
        let mut series: HashMap<&str, Vec<(u32, Date)>> = HashMap::new();
        for (g, d) in dated.iter().enumerate() {
            if let (Some(d), Some((key, ordinal))) = (d, &keys[groups[g][0]]) {
                series
                    .entry(key.as_str())
                    .or_default()
                    .push((*ordinal, d.date));
            }
        }
        for (g, slot) in dated.iter_mut().enumerate() {
            if slot.is_some() {
                continue;
            }
            if let Some(d) = infer_from_series(g, &groups, &confs, &keys, &series, k) {
                *slot = Some(d);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // Held together with a dated conference: the same month.
    for g in 0..groups.len() {
        if dated[g].is_some() {
            continue;
        }
        for &m in &groups[g] {
            let c = confs[m].0;
            let Some(ci) = c.companion_of else { continue };
            let Some(&other) = conf_index.get(&(c.article, ci)) else {
                continue;
            };
            if let Some(od) = dated[group_of[other]].clone() {
                let date = od.date.truncate(Precision::Month);
                dated[g] = Some(Dated {
                    basis: format!(
                        "held together with {} (line {}), dated {}; only the month is certain",
                        confs[other].0.title,
                        c.evidence.line,
                        od.date.iso()
                    ),
                    date,
                    rank: Rank::Companion,
                });
                break;
            }
        }
    }

    // Conference events.
    let mut conf_events: Vec<Event> = groups
        .iter()
        .enumerate()
        .map(|(g, members)| conference_event(members, &confs, dated[g].as_ref(), &keys))
        .collect();
    let conf_order: Vec<(Option<Date>, Evidence)> = conf_events
        .iter()
        .map(|e| (e.when, e.sources[0].clone()))
        .collect();
    let _ = conf_order;

    // Directives.
    let mut directive_events: Vec<(Option<usize>, Event)> = Vec::new();
    let mut documents: BTreeMap<String, Vec<&DirectiveMention>> = BTreeMap::new();
    let mut seen: HashMap<(usize, String, usize), ()> = HashMap::new();
    for (ai, m) in mentions.iter().enumerate() {
        for d in &m.directives {
            if let Some(doc) = &d.document {
                documents.entry(doc.key.clone()).or_default().push(d);
                continue;
            }
            let group = d
                .parent
                .and_then(|p| conf_index.get(&(ai, p)))
                .map(|&i| group_of[i]);
            let key = (
                group.unwrap_or(usize::MAX),
                d.evidence.file.clone(),
                d.evidence.line,
            );
            if seen.insert(key, ()).is_some() {
                continue;
            }
            let parent = group.map(|g| &conf_events[g]);
            let (when, basis) = match parent {
                Some(p) => match p.when {
                    Some(w) => (Some(w), format!("given at {} ({})", p.title, w.iso())),
                    None => (
                        None,
                        format!("given at {}, whose date is not known", p.title),
                    ),
                },
                None => (None, "no conference or date is named for it".to_string()),
            };
            let mut e = Event::new(
                Kind::Directive,
                directive_title(&d.text),
                when,
                basis,
                vec![d.evidence.clone()],
            );
            e.by = d.by.clone();
            e.text = Some(d.text.clone());
            directive_events.push((group, e));
        }
    }
    let mut doc_events: Vec<Event> = documents
        .into_values()
        .map(|ds| document_event(&ds, corpus))
        .collect();

    // Ids.
    let mut used: HashMap<String, usize> = HashMap::new();
    let mut unique = |base: String| {
        let n = used.entry(base.clone()).or_insert(0);
        *n += 1;
        if *n == 1 {
            base
        } else {
            format!("{base}-{n}")
        }
    };
    // Deterministic id order: by date, then first source.
    let mut conf_ids: Vec<usize> = (0..conf_events.len()).collect();
    conf_ids.sort_by(|&a, &b| order_key(&conf_events[a]).cmp(&order_key(&conf_events[b])));
    for &i in &conf_ids {
        let e = &conf_events[i];
        let base = match (e.ordinal, e.when) {
            (Some(_), _) => slug(&e.title, 12),
            (None, Some(w)) => format!("{}-{}", w.iso(), slug(&e.title, 6)),
            (None, None) => slug(&e.title, 8),
        };
        conf_events[i].id = unique(base);
    }
    doc_events.sort_by_key(order_key);
    for e in &mut doc_events {
        e.id = unique(slug(&e.title, 8));
    }
    directive_events.sort_by(|a, b| (a.0, &a.1.sources[0]).cmp(&(b.0, &b.1.sources[0])));
    let mut counter: HashMap<Option<usize>, usize> = HashMap::new();
    for (g, e) in &mut directive_events {
        let c = counter.entry(*g).or_insert(0);
        *c += 1;
        e.id = match g {
            Some(g) => unique(format!("{}-d{}", conf_events[*g].id, c)),
            None => unique(format!(
                "directive-{}-{}",
                slug(&e.sources[0].file, 4),
                e.sources[0].line
            )),
        };
        e.parent = g.map(|g| conf_events[g].id.clone());
    }

    // Range, order, undated.
    let in_range = |e: &Event| e.when.is_some_and(|w| w.within(range.from, range.to));
    let mut top: Vec<(Option<usize>, Event)> = Vec::new();
    let mut undated: Vec<Event> = Vec::new();
    for (g, e) in conf_events.iter().enumerate() {
        if e.when.is_none() {
            undated.push(e.clone());
        } else if in_range(e) {
            top.push((Some(g), e.clone()));
        }
    }
    for e in doc_events {
        if e.when.is_none() {
            undated.push(e);
        } else if in_range(&e) {
            top.push((None, e));
        }
    }
    top.sort_by_key(|t| order_key(&t.1));
    let mut by_parent: HashMap<usize, Vec<&Event>> = HashMap::new();
    for (dg, d) in &directive_events {
        if let Some(g) = dg {
            by_parent.entry(*g).or_default().push(d);
        }
    }
    let mut events = Vec::new();
    for (g, e) in top {
        events.push(e);
        if let Some(g) = g {
            events.extend(
                by_parent
                    .get(&g)
                    .into_iter()
                    .flatten()
                    .map(|d| (*d).clone()),
            );
        }
    }
    undated.extend(
        directive_events
            .iter()
            .filter(|(_, d)| d.when.is_none())
            .map(|(_, d)| d.clone()),
    );
    undated.sort_by(|a, b| (a.kind as u8, &a.sources[0]).cmp(&(b.kind as u8, &b.sources[0])));
    Timeline {
        range,
        events,
        undated,
    }
}

fn order_key(e: &Event) -> (Option<Date>, Evidence) {
    (e.when, e.sources[0].clone())
}

fn date_of(m: &MentionDate) -> Option<Date> {
    match m {
        MentionDate::Dated(d) => Some(d.date),
        _ => None,
    }
}

/// Two dates agree when they are equal at the coarser precision.
fn agree(a: &Date, b: &Date) -> bool {
    let p = a.precision().min(b.precision());
    a.truncate(p) == b.truncate(p)
}

fn active_dated(confs: &[(&ConferenceMention, MentionDate)], i: usize) -> bool {
    date_of(&confs[i].1).is_some()
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

fn jaccard(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let inter = a.iter().filter(|w| b.contains(w)).count() as f64;
    let union = (a.len() + b.len()) as f64 - inter;
    inter / union
}

/// The date a mention gives, with its year settled from the sentence, dateline or title.
fn mention_date(c: &ConferenceMention, corpus: &Corpus) -> MentionDate {
    if c.reference || c.date.is_none() {
        return match c.title_year.as_ref() {
            Some((y, words)) => MentionDate::Dated(Dated {
                date: Date {
                    year: *y,
                    month: None,
                    day: None,
                },
                basis: format!(
                    "year from the title ('{}', line {})",
                    words, c.evidence.line
                ),
                rank: Rank::Title,
            }),
            None => MentionDate::None,
        };
    }
    let td: &TextDate = c.date.as_ref().unwrap();
    let p = td.date;
    let finish = |date: Date, basis: String, rank: Rank| {
        if c.framework && date.precision() == Precision::Day {
            MentionDate::Dated(Dated {
                date: date.truncate(Precision::Month),
                basis: format!("{basis}; the day is that of an event held within it, so only the month is certain"),
                rank,
            })
        } else {
            MentionDate::Dated(Dated { date, basis, rank })
        }
    };
    let Some(month) = p.month else {
        // A year on its own.
        return finish(
            Date {
                year: p.year.unwrap(),
                month: None,
                day: None,
            },
            td.basis.clone(),
            Rank::Stated,
        );
    };
    if let Some(y) = p.year {
        return finish(
            Date {
                year: y,
                month: Some(month),
                day: p.day,
            },
            td.basis.clone(),
            Rank::Stated,
        );
    }
    if let Some(y) = td.sentence_year {
        return finish(
            Date {
                year: y,
                month: Some(month),
                day: p.day,
            },
            format!("{}; year from the same sentence", td.basis),
            Rank::Sentence,
        );
    }
    if let Some(dl) = &corpus.articles[c.article].dateline {
        let mut y = dl.date.year();
        // A day more than two months after the dateline was last year's.
        let probe = NaiveDate::from_ymd_opt(y, month, p.day.unwrap_or(1))
            .or_else(|| NaiveDate::from_ymd_opt(y, month, 28));
        if probe.is_some_and(|d| (d - dl.date).num_days() > 62) {
            y -= 1;
        }
        return finish(
            Date {
                year: y,
                month: Some(month),
                day: p.day,
            },
            format!(
                "{}; year from the dateline {} (line {})",
                td.basis, dl.text, dl.line
            ),
            Rank::Dateline,
        );
    }
    if let Some((ty, words)) = c.title_year.as_ref() {
        let y = if c.reviews_year && month <= 3 {
            ty + 1
        } else {
            *ty
        };
        let how = if y == *ty {
            "year from the conference title"
        } else {
            "the title reviews the year before"
        };
        return finish(
            Date {
                year: y,
                month: Some(month),
                day: p.day,
            },
            format!("{}; {how} ('{words}')", td.basis),
            Rank::Title,
        );
    }
    MentionDate::Partial(p, td.basis.clone())
}

/// Settles the year of group `g` from the dated members of its series and Party Congress
/// anchors, or from the knowledge file.
fn infer_from_series(
    g: usize,
    groups: &[Vec<usize>],
    confs: &[(&ConferenceMention, MentionDate)],
    keys: &[Option<(String, u32)>],
    series: &HashMap<&str, Vec<(u32, Date)>>,
    k: &Knowledge,
) -> Option<Dated> {
    let first = groups[g][0];
    let (skey, ordinal) = keys[first].clone()?;
    let partial = groups[g].iter().find_map(|&m| match &confs[m].1 {
        MentionDate::Partial(p, basis) => Some((*p, basis.clone())),
        _ => None,
    });
    let anchors: Vec<_> = groups[g]
        .iter()
        .flat_map(|&m| confs[m].0.anchors.iter())
        .collect();
    let ord_name = |n: u32| format!("the {}", ordinal_en(n));

    // Dated neighbours in the same series.
    let mut lower: Option<(u32, Date)> = None;
    let mut upper: Option<(u32, Date)> = None;
    for &(ho, date) in series.get(skey.as_str()).map(Vec::as_slice).unwrap_or(&[]) {
        if ho < ordinal && lower.is_none_or(|(lo, _)| ho > lo) {
            lower = Some((ho, date));
        }
        if ho > ordinal && upper.is_none_or(|(up, _)| ho < up) {
            upper = Some((ho, date));
        }
    }

    if let (Some((p, basis)), Some((lo_n, lo)), Some((up_n, up))) = (partial.clone(), lower, upper)
    {
        let month = p.month?;
        let mut candidates: Vec<Date> = (lo.year..=up.year)
            .map(|y| Date {
                year: y,
                month: Some(month),
                day: p.day,
            })
            .filter(|d| d.naive().is_some() || d.day.is_none())
            .filter(|d| after_or_same(d, &lo) && before_or_same(d, &up))
            .collect();
        let mut why = format!(
            "{basis}; year {{Y}}: {} of the series lies between {} ({}) and {} ({})",
            ord_name(ordinal),
            ord_name(lo_n),
            lo.iso(),
            ord_name(up_n),
            up.iso()
        );
        for a in &anchors {
            let Some(c) = k.congress(a.congress) else {
                continue;
            };
            let start = Date::day(c.start);
            let end = Date::day(c.end);
            match a.relation {
                AnchorRelation::JustAfter => {
                    candidates.retain(|d| after_or_same(d, &end));
                    candidates.truncate(1);
                }
                AnchorRelation::After => candidates.retain(|d| after_or_same(d, &end)),
                AnchorRelation::Before => candidates.retain(|d| before_or_same(d, &start)),
            }
            why.push_str(&format!(
                ", and the text places it {} the {} Party Congress ({} {}) ('{}', line {})",
                match a.relation {
                    AnchorRelation::JustAfter => "right after",
                    AnchorRelation::After => "after",
                    AnchorRelation::Before => "before",
                },
                ordinal_en(a.congress),
                crate::i18n::MONTHS_EN[c.start.month0() as usize],
                c.start.year(),
                a.spelled,
                a.line
            ));
        }
        if candidates.len() == 1 {
            let date = candidates[0];
            return Some(Dated {
                basis: why.replace("{Y}", &date.year.to_string()),
                date,
                rank: Rank::Series,
            });
        }
    }
    let (name, year) = k.known_series_year(&skey, ordinal)?;
    let (date, basis) = match partial {
        Some((p, basis)) => (
            Date {
                year,
                month: p.month,
                day: p.day,
            },
            format!(
                "{basis}; year from the knowledge file ({} {}: {year})",
                name, ordinal
            ),
        ),
        None => (
            Date {
                year,
                month: None,
                day: None,
            },
            format!(
                "year from the knowledge file ({} {}: {year})",
                name, ordinal
            ),
        ),
    };
    Some(Dated {
        date,
        basis,
        rank: Rank::Knowledge,
    })
}

/// `d` is not before `bound` at `bound`'s precision.
fn after_or_same(d: &Date, bound: &Date) -> bool {
    let p = d.precision().min(bound.precision());
    d.truncate(p) >= bound.truncate(p)
}

fn before_or_same(d: &Date, bound: &Date) -> bool {
    let p = d.precision().min(bound.precision());
    d.truncate(p) <= bound.truncate(p)
}

fn ordinal_en(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn conference_event(
    members: &[usize],
    confs: &[(&ConferenceMention, MentionDate)],
    dated: Option<&Dated>,
    keys: &[Option<(String, u32)>],
) -> Event {
    let mut ms: Vec<&ConferenceMention> = members.iter().map(|&m| confs[m].0).collect();
    ms.sort_by(|a, b| a.evidence.cmp(&b.evidence));
    let ordinal = keys[members[0]].as_ref().map(|(_, o)| *o);
    let title = if ordinal.is_some() {
        // The spelling the articles use most, in sentence case rather than a headline's capitals,
        // and the fullest one.
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for m in &ms {
            *counts.entry(m.title.as_str()).or_default() += 1;
        }
        let sentence_case = |t: &str| t.chars().skip(1).any(char::is_lowercase);
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
            .unwrap()
    } else {
        ms[0].title.clone()
    };
    let series = if ordinal.is_some() {
        let t = title.clone();
        ms.iter()
            .filter(|m| t.starts_with(m.series.as_deref().unwrap_or("\u{0}")))
            .find_map(|m| m.series.clone())
            .or_else(|| ms.iter().find_map(|m| m.series.clone()))
    } else {
        None
    };
    let first = |f: fn(&ConferenceMention) -> &Option<String>| ms.iter().find_map(|m| f(m).clone());
    let sources = distinct_lines(ms.iter().map(|m| &m.evidence));
    let partial_basis = members.iter().find_map(|&m| match &confs[m].1 {
        MentionDate::Partial(_, b) => Some(b.clone()),
        _ => None,
    });
    let date_basis = match (dated, partial_basis) {
        (Some(d), _) => d.basis.clone(),
        (None, Some(b)) => format!("{b}; no year: neither the sentence, a dateline, the title, the series nor the knowledge file settles it"),
        (None, None) => "the articles give no date for it".to_string(),
    };
    Event {
        series,
        ordinal,
        location: first(|m| &m.location),
        chair: first(|m| &m.chair),
        theme: first(|m| &m.theme),
        format: first(|m| &m.format),
        participants: first(|m| &m.participants),
        ..Event::new(
            Kind::Conference,
            title,
            dated.map(|d| d.date),
            date_basis,
            sources,
        )
    }
}

fn document_event(ds: &[&DirectiveMention], corpus: &Corpus) -> Event {
    let mut ds = ds.to_vec();
    ds.sort_by(|a, b| a.evidence.cmp(&b.evidence));
    let doc = |d: &DirectiveMention| d.document.clone().unwrap();
    let dated = ds.iter().find_map(|d| {
        let td = doc(d).date?;
        let p = td.date;
        let year = p.year.or_else(|| {
            let dl = corpus.articles[d.article].dateline.as_ref()?;
            Some(dl.date.year())
        })?;
        let basis = if p.year.is_some() {
            format!("issue {}", td.basis)
        } else {
            let dl = corpus.articles[d.article].dateline.as_ref().unwrap();
            format!(
                "issue {}; year from the dateline {} (line {})",
                td.basis, dl.text, dl.line
            )
        };
        Some((
            Date {
                year,
                month: p.month,
                day: p.day,
            },
            basis,
        ))
    });
    let first = doc(ds[0]);
    let title = match &first.subject {
        Some(s) => format!("{} về {}", first.name, s),
        None => first.name.clone(),
    };
    let sources = distinct_lines(ds.iter().map(|d| &d.evidence));
    let basis = dated
        .as_ref()
        .map(|(_, b)| b.clone())
        .unwrap_or_else(|| "the articles give no issue date".into());
    Event {
        by: ds.iter().find_map(|d| doc(d).issuer),
        text: Some(ds[0].text.clone()),
        ..Event::new(
            Kind::Directive,
            title,
            dated.map(|(d, _)| d),
            basis,
            sources,
        )
    }
}

/// Evidence with one entry per article line, in the order given.
fn distinct_lines<'a>(evidence: impl Iterator<Item = &'a Evidence>) -> Vec<Evidence> {
    let mut seen: std::collections::HashSet<(&str, usize)> = std::collections::HashSet::new();
    evidence
        .filter(|e| seen.insert((e.file.as_str(), e.line)))
        .cloned()
        .collect()
}

/// A short title for a directive: its first words.
fn directive_title(text: &str) -> String {
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

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(
            slug("Hội nghị Ngoại vụ toàn quốc lần thứ 20", 8),
            "hoi-nghi-ngoai-vu-toan-quoc-lan-thu"
        );
        assert_eq!(slug("Đại hội", 8), "dai-hoi");
    }

    #[test]
    fn ordinals_in_english() {
        assert_eq!(ordinal_en(1), "1st");
        assert_eq!(ordinal_en(12), "12th");
        assert_eq!(ordinal_en(22), "22nd");
        assert_eq!(ordinal_en(18), "18th");
    }

    #[test]
    fn directive_titles_are_cut_at_a_word() {
        let t = directive_title(&"đẩy mạnh ngoại giao ".repeat(10));
        assert!(t.ends_with('…') && t.chars().count() <= 91, "{t}");
        assert_eq!(directive_title("“Ngắn gọn."), "Ngắn gọn.");
    }
}
