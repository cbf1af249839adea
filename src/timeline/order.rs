//! Step 5: stable ids, the date range and the order of the events.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;
use unicode_normalization::UnicodeNormalization;

use super::{DateRange, Event, Timeline};
use crate::extract::dates::Date;
use crate::extract::{Evidence, Mentions};
use crate::text::fold_key;

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
pub(super) fn unique_id(used: &mut BTreeMap<String, usize>, base: String) -> String {
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
pub(super) fn order_key<'a>(
    e: &'a Event,
    sources: &SourceOrder,
) -> (Option<Date>, (usize, usize, &'a str)) {
    (e.when, sources.key(&e.sources[0]))
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
