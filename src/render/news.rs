//! "What's new": the events this build found new or changed since the previous one
//! ([`crate::timeline::changes`]), told in the brief's language for the section at the top of
//! the brief and for the entries of the Atom feed.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Item, YearSection};
use crate::extract::dates::Date;
use crate::render::i18n::Lang;
use crate::timeline::changes::{Change, EventRef, What};
use crate::timeline::Changes;

/// Events the section names at most; the others are counted and left to `changes.json`.
pub const MAX_NEWS: usize = 12;

/// The section: what is new or changed, the first [`MAX_NEWS`] of it by name.
#[derive(Debug, Clone, Serialize)]
pub struct News {
    pub items: Vec<NewsItem>,
    /// Events new or changed that the section does not name.
    pub more: usize,
    pub new: usize,
    pub changed: usize,
    pub removed: usize,
}

/// One new or changed event.
#[derive(Debug, Clone, Serialize)]
pub struct NewsItem {
    /// The heading it is printed under (a directive's: its conference's), when printed.
    pub anchor: Option<String>,
    /// The date as the brief writes it; none for an undated event.
    pub date_text: Option<String>,
    pub title: String,
    /// What is new about it, in the brief's language: "mới" / "new", or what changed.
    pub what: String,
}

/// The section for `changes`, none when nothing changed (or nothing was compared). `years`
/// and `undated` are what the brief prints, for the links.
pub fn section(
    changes: &Changes,
    years: &[YearSection],
    undated: &[Item],
    lang: Lang,
) -> Option<News> {
    if changes.new.is_empty() && changes.changed.is_empty() {
        return None;
    }
    let anchors = printed_anchors(years, undated);
    let all = entries(changes);
    let items = all
        .iter()
        .take(MAX_NEWS)
        .map(|(e, change)| NewsItem {
            anchor: anchors.get(&e.id).cloned(),
            date_text: date_text(e, lang),
            title: e.title.clone(),
            what: describe(*change, lang),
        })
        .collect();
    Some(News {
        items,
        more: all.len().saturating_sub(MAX_NEWS),
        new: changes.new.len(),
        changed: changes.changed.len(),
        removed: changes.removed.len(),
    })
}

/// Event id → the anchor of the heading it is printed under (a directive's: its
/// conference's), for every event the brief prints.
pub fn printed_anchors(years: &[YearSection], undated: &[Item]) -> BTreeMap<String, String> {
    let mut anchors = BTreeMap::new();
    for item in years.iter().flat_map(|y| &y.items).chain(undated) {
        anchors.insert(item.event.id.clone(), item.anchor.clone());
        for d in &item.directives {
            anchors.insert(d.event.id.clone(), item.anchor.clone());
        }
    }
    anchors
}

/// The new events, then the changed ones, each in the timeline's order.
pub fn entries(changes: &Changes) -> Vec<(&EventRef, Option<&Change>)> {
    changes
        .new
        .iter()
        .map(|e| (e, None))
        .chain(changes.changed.iter().map(|c| (&c.event, Some(c))))
        .collect()
}

/// An event's date as the brief writes it, with its last day.
pub fn date_text(e: &EventRef, lang: Lang) -> Option<String> {
    let start = Date::parse_iso(e.date.as_deref()?)?;
    let end = e.end.as_deref().and_then(Date::parse_iso);
    Some(lang.date_range(&start, end.as_ref()))
}

/// What is new about an event: "mới" / "new" for a new one (`change` none), else each change,
/// in the words of [`crate::render::i18n`]'s labels (`change_…`).
pub fn describe(change: Option<&Change>, lang: Lang) -> String {
    let label = |key: &str| lang.label(key).expect("a change_… label of i18n");
    let Some(c) = change else {
        return label("change_new").to_string();
    };
    let short = |iso: &str| Date::parse_iso(iso).map(|d| lang.short_date(&d));
    let parts: Vec<String> = c
        .what
        .iter()
        .map(|w| match w {
            What::Date => match (c.was.date.as_deref().and_then(short), &c.event.date) {
                (Some(was), Some(_)) => format!("{} {was}", label("change_date_revised")),
                (None, Some(_)) => label("change_now_dated").to_string(),
                (_, None) => label("change_now_undated").to_string(),
            },
            What::End => match c.event.end.as_deref().and_then(short) {
                Some(end) => format!("{} {end}", label("change_ends")),
                None => label("change_no_end").to_string(),
            },
            What::Conflicts => {
                let dates: Vec<String> =
                    c.conflicts_added.iter().filter_map(|d| short(d)).collect();
                format!("{} {}", label("change_other_source"), dates.join(", "))
            }
            What::Sources => {
                let n = c.sources_added.len();
                match lang {
                    Lang::Vi => format!("thêm {n} nguồn"),
                    Lang::En if n == 1 => "1 more source".to_string(),
                    Lang::En => format!("{n} more sources"),
                }
            }
        })
        .collect();
    parts.join("; ")
}
