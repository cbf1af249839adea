//! `feed.xml` (Atom, RFC 4287): what changed since the previous build, carrying the previous
//! feed's entries on.

use chrono::{DateTime, Utc};

use super::one_line;
use crate::render::i18n::Lang;
use crate::render::news;
use crate::timeline::Changes;

/// Entries `feed.xml` keeps at most: this build's, then the previous feed's, newest first.
pub const MAX_FEED_ENTRIES: usize = 50;

/// What names a feed and its entries.
pub struct FeedInfo<'a> {
    /// The brief's title.
    pub title: &'a str,
    /// The focus the brief is about, when it is one of several built in one run (its folder's
    /// name): the feeds of two briefs are two feeds.
    pub focus: Option<&'a str>,
    pub lang: Lang,
    /// The build's one timestamp: the feed's and each new entry's `updated`.
    pub now: DateTime<Utc>,
    /// Event id → the anchor it is printed under in `brief.html`, for the events the brief prints.
    pub anchors: &'a std::collections::BTreeMap<String, String>,
}

/// `feed.xml`, an Atom feed (RFC 4287): one entry per event new or changed in this build, dated
/// `info.now`, followed by the entries of `previous` (the feed the previous build wrote) that
/// are not about those events, [`MAX_FEED_ENTRIES`] at most. An entry's id is derived from its
/// event's id alone, so a reader sees a changed event's entry updated rather than repeated; it
/// links to the event's heading in `brief.html` when the brief prints it, else to the brief.
pub fn feed(changes: &Changes, previous: Option<&str>, info: &FeedInfo) -> String {
    let now = info.now.fixed_offset();
    let mut entries: Vec<atom_syndication::Entry> = news::entries(changes)
        .into_iter()
        .map(|(e, change)| {
            let title = match news::date_text(e, info.lang) {
                Some(d) => format!("{d} — {}", e.title),
                None => e.title.clone(),
            };
            let href = match info.anchors.get(&e.id) {
                Some(a) => format!("brief.html#{a}"),
                None => "brief.html".to_string(),
            };
            atom_syndication::Entry {
                title: atom_syndication::Text::plain(one_line(&title)),
                id: uuid_urn(&format!("chronobrief event {}", e.id)),
                updated: now,
                links: vec![atom_syndication::Link {
                    href,
                    ..Default::default()
                }],
                summary: Some(atom_syndication::Text::plain(one_line(&news::describe(
                    change, info.lang,
                )))),
                ..Default::default()
            }
        })
        .collect();
    let carried = previous
        .and_then(|p| atom_syndication::Feed::read_from(p.as_bytes()).ok())
        .map(|f| f.entries)
        .unwrap_or_default();
    let ids: std::collections::HashSet<String> = entries.iter().map(|e| e.id.clone()).collect();
    entries.extend(carried.into_iter().filter(|e| !ids.contains(&e.id)));
    entries.truncate(MAX_FEED_ENTRIES);
    let feed = atom_syndication::Feed {
        title: atom_syndication::Text::plain(one_line(info.title)),
        id: uuid_urn(&format!(
            "chronobrief feed {}\0{}",
            info.title,
            info.focus.unwrap_or_default()
        )),
        updated: now,
        authors: vec![atom_syndication::Person {
            name: "chronobrief".into(),
            ..Default::default()
        }],
        links: vec![atom_syndication::Link {
            href: "brief.html".into(),
            ..Default::default()
        }],
        entries,
        lang: Some(info.lang.code().to_string()),
        ..Default::default()
    };
    let config = atom_syndication::WriteConfig {
        write_document_declaration: true,
        indent_size: Some(2),
    };
    let mut bytes = feed
        .write_with_config(Vec::new(), config)
        .expect("writing to memory cannot fail");
    bytes.push(b'\n');
    String::from_utf8(bytes).expect("the feed is UTF-8")
}

/// A stable `urn:uuid:` (a name-based UUID, RFC 9562 version 5) for `name`.
pub(super) fn uuid_urn(name: &str) -> String {
    let id = uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, name.as_bytes());
    format!("urn:uuid:{id}")
}
