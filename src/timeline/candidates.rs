//! Step 1: every conference mention as a candidate, with its own date and its series key
//! (a mention by number alone takes the key its article gives that number).

use std::collections::BTreeMap;

use rayon::prelude::*;

use super::merge::{self, Candidate};
use super::resolve::{known_date, mention_date, MentionDate, SeriesKey};
use crate::extract::dates::Date;
use crate::extract::{ConferenceMention, Mentions};
use crate::knowledge::Knowledge;
use crate::text::fold_key;

/// Step 1: every conference mention with its own date and series key. A mention by number
/// alone ("Hội nghị lần thứ 14") takes the key its article gives that number.
pub(super) fn candidates<'a>(mentions: &'a [Mentions], k: &Knowledge) -> Vec<Candidate<'a>> {
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
                known_year: None,
                hosted_year: None,
                organizer: c.details.organizer.as_deref().map(fold_key),
                headline: m.headline == Some(c.evidence.line),
            };
            m.conferences.iter().map(candidate).collect()
        })
        .collect();
    let mut out: Vec<Candidate> = per_article.into_iter().flatten().collect();
    key_by_number(&mut out);
    key_by_series(&mut out, k);
    key_by_host(&mut out, k);
    for c in &mut out {
        c.known_year = known_year(c, k);
    }
    out
}

/// The year the knowledge file gives the member a candidate's key names, for a key that holds
/// across articles.
fn known_year(c: &Candidate, k: &Knowledge) -> Option<i32> {
    let ((series, term), ordinal) = c.key.as_ref().filter(|_| !c.local)?;
    Some(k.known_member(series, *term, *ordinal)?.year)
}

/// A series key with the member's number.
pub(super) type NumberedKey = (SeriesKey, u32);

/// Within one article, the fullest series name given a number names every shorter one ("Hội
/// nghị Cấp cao lần thứ 37" is the "Hội nghị Cấp cao ASEAN lần thứ 37" of its lead).
pub(super) fn key_by_number(out: &mut [Candidate]) {
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
pub(super) fn key_by_series(out: &mut [Candidate], k: &Knowledge) {
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

/// A member of a known series named by its host and its year instead of its number
/// ("thượng đỉnh Mỹ - Triều tại Hà Nội" of a date in 2019, "Hội nghị thượng đỉnh G20 ở Osaka
/// năm 2019") is that member: its sentence names the host of one member of the series its
/// title names, as the knowledge file lists them (`hosted`, read with the article). The host
/// alone is no key: it is what a reader recognises, not what the article says, and the key
/// would give the member's year (from the knowledge file or other articles' reports) to an
/// article that never settles it; the article settles it with a date of the mention's own in a
/// year, or by writing the member's year elsewhere (`host_year_written`).
///
/// Without a year, the host still tells the member apart from others: its year is kept
/// (`hosted_year`) so that it merges with no meeting of another year.
fn key_by_host(out: &mut [Candidate], k: &Knowledge) {
    for c in out.iter_mut().filter(|c| c.key.is_none()) {
        let Some(ordinal) = c.mention.hosted else {
            continue;
        };
        let own = k.series_key(&c.mention.title);
        let fact = k.known_member(&own, None, ordinal);
        match (c.date.date(), fact) {
            (Some(_), _) => c.key = Some(((own, None), ordinal)),
            // Its article writes the member's year: a day it reads is of that year.
            (None, Some(fact)) if c.mention.host_year_written => {
                if let MentionDate::Partial(p, b) = &c.date {
                    c.date = MentionDate::Dated(known_date(fact, ordinal, Some((*p, b.clone()))));
                }
                c.key = Some(((own, None), ordinal));
            }
            (None, fact) => c.hosted_year = fact.map(|f| f.year),
        }
    }
}

pub(super) fn series_key(c: &ConferenceMention, k: &Knowledge) -> Option<(SeriesKey, u32)> {
    let series = c.series.as_ref()?;
    Some(((k.series_key(series), c.term), c.ordinal?))
}
