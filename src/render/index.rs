//! "Who did what": the people and bodies that held or chaired the printed meetings or gave the
//! printed directives, each with the events that name them, for the brief's index.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Item, YearSection};
use crate::text::plain;
use crate::timeline::Event;

/// Names an index lists at most: the ones with most events; the rest are counted.
pub const MAX_INDEX_NAMES: usize = 80;

/// One person or body and the printed events that name them.
#[derive(Debug, Clone, Serialize)]
pub struct IndexEntry {
    /// As the articles write it ("Phạm Minh Chính", "Bộ Ngoại giao").
    pub name: String,
    /// The events, in the brief's order, each once.
    pub events: Vec<IndexRef>,
}

/// A printed event an index entry points to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndexRef {
    /// The heading's anchor (`ev-…`); for a directive given at a conference, the conference's.
    pub anchor: String,
    /// The date as the brief writes it.
    pub date_text: Option<String>,
    pub title: String,
}

/// The index of the printed events: every organiser, chair and giver of a directive, spelled
/// as written and told apart without case or tone marks, in alphabetical order; at most
/// [`MAX_INDEX_NAMES`] (those with most events), and how many names were left out.
pub fn who_did_what(years: &[YearSection], titles: &[String]) -> (Vec<IndexEntry>, usize) {
    let titles: std::collections::BTreeSet<String> = titles.iter().map(|t| plain(t)).collect();
    let mut by_name: BTreeMap<String, IndexEntry> = BTreeMap::new();
    for item in years.iter().flat_map(|y| &y.items) {
        let here = IndexRef {
            anchor: item.anchor.clone(),
            date_text: item.date_text.clone(),
            title: item.event.title.clone(),
        };
        for name in names(item).chain(item.directives.iter().flat_map(names)) {
            let key = plain(name);
            if titles.contains(&key) {
                continue;
            }
            let entry = by_name.entry(key).or_insert_with(|| IndexEntry {
                name: name.to_string(),
                events: Vec::new(),
            });
            if entry.events.last() != Some(&here) {
                entry.events.push(here.clone());
            }
        }
    }
    let mut entries: Vec<(String, IndexEntry)> = by_name.into_iter().collect();
    let left_out = entries.len().saturating_sub(MAX_INDEX_NAMES);
    if left_out > 0 {
        // Most events first (alphabetical among equals), then back to alphabetical order.
        entries.sort_by(|a, b| b.1.events.len().cmp(&a.1.events.len()).then(a.0.cmp(&b.0)));
        entries.truncate(MAX_INDEX_NAMES);
        entries.sort_by(|a, b| a.0.cmp(&b.0));
    }
    (entries.into_iter().map(|(_, e)| e).collect(), left_out)
}

/// The organiser, chair and giver an item names, without a form of address in lower case
/// ("ông"); bare titles ("Thủ tướng") are left out by [`who_did_what`].
fn names(item: &Item) -> impl Iterator<Item = &str> {
    event_names(&item.event)
}

/// The names an event gives the index: its organiser, chair and giver, as written, when they
/// are names (capitalised).
pub fn event_names(e: &Event) -> impl Iterator<Item = &str> {
    [&e.details.organizer, &e.details.chair, &e.by]
        .into_iter()
        .flatten()
        .map(|s| s.trim())
        .filter(|s| s.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::{DateBasis, Event, Kind};

    fn item(id: &str, chair: Option<&str>, by: Option<&str>) -> Item {
        let mut e = Event::new(
            Kind::Conference,
            format!("Hội nghị {id}"),
            None,
            DateBasis::nothing(),
            Vec::new(),
        );
        e.id = id.to_string();
        e.details.chair = chair.map(str::to_string);
        e.by = by.map(str::to_string);
        Item {
            n: 0,
            marker: None,
            anchor: format!("ev-{id}"),
            event: e,
            date_text: Some(id.to_string()),
            meeting_kind_text: None,
            inferred: false,
            basis_text: String::new(),
            conflicts_text: None,
            cites: Vec::new(),
            cites_more: 0,
            directives: Vec::new(),
            directives_more: 0,
        }
    }

    #[test]
    fn each_name_once_with_its_events_in_order_and_alphabetically() {
        let mut a = item("a", Some("Phạm Minh Chính"), None);
        a.directives
            .push(item("a-d1", None, Some("Phạm Minh Chính")));
        a.directives.push(item("a-d2", None, Some("Bộ Y tế")));
        let b = item("b", Some("PHẠM MINH CHÍNH"), Some("ông"));
        let mut c = item("c", Some("Thủ tướng"), None);
        c.directives.push(item("c-d1", None, Some("Phó Thủ tướng")));
        let years = vec![YearSection {
            year: 2021,
            anchor: "y2021".into(),
            items: vec![a, b, c],
            periods: Vec::new(),
            more: 0,
        }];
        let titles = ["Thủ tướng".to_string(), "Phó Thủ tướng".to_string()];
        let (index, left_out) = who_did_what(&years, &titles);
        assert_eq!(left_out, 0);
        let got: Vec<(&str, Vec<&str>)> = index
            .iter()
            .map(|e| {
                (
                    e.name.as_str(),
                    e.events.iter().map(|r| r.anchor.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("Bộ Y tế", vec!["ev-a"]),
                ("Phạm Minh Chính", vec!["ev-a", "ev-b"]),
            ]
        );
    }
}
