//! What changed since the previous build: the events of this timeline compared with those of
//! the `timeline.json` the previous build wrote, by id. An event whose id changed (its title
//! read differently once an article was added) is still recognised by the sources it shares
//! with its old self, so that it is reported as changed, not as removed and new.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{Event, FocusKind, Kind, Timeline};

/// A source as the comparison sees it: an article and a line.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SourceRef {
    pub file: String,
    pub line: usize,
}

/// An event reduced to what a comparison reads. The previous build's `timeline.json` is read
/// into this shape, so a file with more or fewer fields (another version's) still compares.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Snapshot {
    pub id: String,
    pub kind: Kind,
    #[serde(default)]
    pub parent: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub end: Option<String>,
    pub title: String,
    #[serde(default, deserialize_with = "conflict_dates")]
    pub conflicts: BTreeSet<String>,
    #[serde(default)]
    pub sources: Vec<SourceRef>,
}

impl Snapshot {
    pub fn of(e: &Event) -> Self {
        Snapshot {
            id: e.id.clone(),
            kind: e.kind,
            parent: e.parent.clone(),
            date: e.date.clone(),
            end: e.end.clone(),
            title: e.title.clone(),
            conflicts: e.conflicts.iter().map(|c| c.date.clone()).collect(),
            sources: e
                .sources
                .iter()
                .map(|s| SourceRef {
                    file: s.file.clone(),
                    line: s.line,
                })
                .collect(),
        }
    }

    fn reference(&self) -> EventRef {
        EventRef {
            id: self.id.clone(),
            kind: FocusKind::from_parts(self.kind, self.parent.is_some()),
            date: self.date.clone(),
            end: self.end.clone(),
            title: self.title.clone(),
        }
    }
}

/// The dates of `conflicts: [{"date": …, "sources": […]}]`.
fn conflict_dates<'de, D: serde::Deserializer<'de>>(d: D) -> Result<BTreeSet<String>, D::Error> {
    #[derive(Deserialize)]
    struct Conflict {
        date: String,
    }
    let v: Vec<Conflict> = Vec::deserialize(d)?;
    Ok(v.into_iter().map(|c| c.date).collect())
}

/// The events of a previous build's `timeline.json`, dated and undated, in its order.
pub fn read_previous(json: &str) -> Result<Vec<Snapshot>, serde_json::Error> {
    #[derive(Deserialize)]
    struct Past {
        events: Vec<Snapshot>,
        #[serde(default)]
        undated: Vec<Snapshot>,
    }
    let p: Past = serde_json::from_str(json)?;
    Ok(p.events.into_iter().chain(p.undated).collect())
}

/// An event named in `changes.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventRef {
    pub id: String,
    pub kind: FocusKind,
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    pub title: String,
}

/// What changed about an event that both builds have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum What {
    /// Its date (also from undated to dated, or back).
    Date,
    /// The last day of a multi-day event.
    End,
    /// Another source gives another date.
    Conflicts,
    /// More articles report it.
    Sources,
}

/// The event as the previous build had it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Was {
    pub id: String,
    pub date: Option<String>,
    pub end: Option<String>,
}

/// An event both builds have, and what changed about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    #[serde(flatten)]
    pub event: EventRef,
    pub what: Vec<What>,
    pub was: Was,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conflicts_added: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources_added: Vec<SourceRef>,
}

/// `changes.json`: what this build's timeline holds that the previous one did not.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Changes {
    /// False when there was no previous timeline to compare with (a first build, or one whose
    /// previous build wrote no `timeline.json`): then nothing is listed.
    pub compared: bool,
    pub new: Vec<EventRef>,
    pub changed: Vec<Change>,
    pub removed: Vec<EventRef>,
}

impl Changes {
    /// True when nothing is new, changed or removed.
    pub fn is_empty(&self) -> bool {
        self.new.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }
}

/// The events of `now` compared with `previous` (none: a first build). Events are listed in
/// the timeline's order; removed ones in the previous timeline's.
pub fn compare(previous: Option<&[Snapshot]>, now: &Timeline) -> Changes {
    let current: Vec<Snapshot> = now
        .events
        .iter()
        .chain(&now.undated)
        .map(Snapshot::of)
        .collect();
    compare_snapshots(previous, &current)
}

/// [`compare`] on the events' snapshots.
fn compare_snapshots(previous: Option<&[Snapshot]>, current: &[Snapshot]) -> Changes {
    let Some(previous) = previous else {
        return Changes::default();
    };
    let pairs = pair(previous, current);
    let mut changes = Changes {
        compared: true,
        ..Changes::default()
    };
    for (i, e) in current.iter().enumerate() {
        match pairs.get(&i) {
            None => changes.new.push(e.reference()),
            Some(&p) => changes.changed.extend(difference(&previous[p], e)),
        }
    }
    let matched: BTreeSet<usize> = pairs.values().copied().collect();
    changes.removed = (0..previous.len())
        .filter(|p| !matched.contains(p))
        .map(|p| previous[p].reference())
        .collect();
    changes
}

/// Which previous event each current one is (current index → previous index): the one of the
/// same id; else, of the same kind, the one that shares most sources with it (the first on a
/// tie), each previous event taken once.
fn pair(previous: &[Snapshot], current: &[Snapshot]) -> BTreeMap<usize, usize> {
    let by_id: BTreeMap<&str, usize> = previous
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let mut pairs = BTreeMap::new();
    let mut taken = BTreeSet::new();
    for (i, e) in current.iter().enumerate() {
        if let Some(&p) = by_id.get(e.id.as_str()) {
            pairs.insert(i, p);
            taken.insert(p);
        }
    }
    let mut cited: BTreeMap<&SourceRef, Vec<usize>> = BTreeMap::new();
    for (p, e) in previous
        .iter()
        .enumerate()
        .filter(|(p, _)| !taken.contains(p))
    {
        for s in &e.sources {
            cited.entry(s).or_default().push(p);
        }
    }
    for (i, e) in current.iter().enumerate() {
        if pairs.contains_key(&i) {
            continue;
        }
        let mut shared: BTreeMap<usize, usize> = BTreeMap::new();
        for p in e
            .sources
            .iter()
            .flat_map(|s| cited.get(s).into_iter().flatten())
        {
            if !taken.contains(p) && previous[*p].kind == e.kind {
                *shared.entry(*p).or_default() += 1;
            }
        }
        let best = shared
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(p, _)| p);
        if let Some(p) = best {
            pairs.insert(i, p);
            taken.insert(p);
        }
    }
    pairs
}

/// What changed from `was` to `now`, if anything a reader is told about. A source dropped
/// (an article removed) or a title read differently is not such a change.
fn difference(was: &Snapshot, now: &Snapshot) -> Option<Change> {
    let old: BTreeSet<&SourceRef> = was.sources.iter().collect();
    let sources_added: Vec<SourceRef> = now
        .sources
        .iter()
        .filter(|s| !old.contains(s))
        .cloned()
        .collect();
    let conflicts_added: Vec<String> = now.conflicts.difference(&was.conflicts).cloned().collect();
    let mut what = Vec::new();
    if was.date != now.date {
        what.push(What::Date);
    }
    if was.end != now.end {
        what.push(What::End);
    }
    if !conflicts_added.is_empty() {
        what.push(What::Conflicts);
    }
    if !sources_added.is_empty() {
        what.push(What::Sources);
    }
    (!what.is_empty()).then(|| Change {
        event: now.reference(),
        what,
        was: Was {
            id: was.id.clone(),
            date: was.date.clone(),
            end: was.end.clone(),
        },
        conflicts_added,
        sources_added,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(id: &str, date: Option<&str>, sources: &[(&str, usize)]) -> Snapshot {
        Snapshot {
            id: id.into(),
            kind: Kind::Conference,
            parent: None,
            date: date.map(String::from),
            end: None,
            title: format!("Hội nghị {id}"),
            conflicts: BTreeSet::new(),
            sources: sources
                .iter()
                .map(|(f, l)| SourceRef {
                    file: f.to_string(),
                    line: *l,
                })
                .collect(),
        }
    }

    #[test]
    fn a_first_build_compares_nothing() {
        let now = [ev("a", Some("2024-03-02"), &[("a.txt", 3)])];
        let c = compare_snapshots(None, &now);
        assert!(!c.compared && c.is_empty());
    }

    #[test]
    fn the_same_timeline_has_no_changes() {
        let now = [
            ev("a", Some("2024-03-02"), &[("a.txt", 3)]),
            ev("b", None, &[("b.txt", 1)]),
        ];
        let c = compare_snapshots(Some(&now), &now);
        assert!(c.compared && c.is_empty(), "{c:?}");
    }

    #[test]
    fn new_removed_and_each_kind_of_change_are_told_apart() {
        let mut was_conflicting = ev("c", Some("2024-05-01"), &[("c.txt", 2)]);
        was_conflicting.conflicts.insert("2024-05-02".into());
        let previous = [
            ev("a", Some("2024-03"), &[("a.txt", 3)]),
            ev("gone", Some("2024-04-01"), &[("g.txt", 1)]),
            was_conflicting.clone(),
            ev("d", Some("2024-06-01"), &[("d.txt", 1)]),
        ];
        let mut conflicting = was_conflicting;
        conflicting.conflicts.insert("2024-05-03".into());
        let mut ended = ev("d", Some("2024-06-01"), &[("d.txt", 1)]);
        ended.end = Some("2024-06-03".into());
        let now = [
            ev("a", Some("2024-03-02"), &[("a.txt", 3), ("e.txt", 7)]),
            conflicting,
            ended,
            ev("fresh", Some("2024-07-01"), &[("f.txt", 4)]),
        ];
        let c = compare_snapshots(Some(&previous), &now);
        let ids = |v: &[EventRef]| v.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&c.new), ["fresh"]);
        assert_eq!(ids(&c.removed), ["gone"]);
        let whats: Vec<(&str, &[What])> = c
            .changed
            .iter()
            .map(|ch| (ch.event.id.as_str(), ch.what.as_slice()))
            .collect();
        assert_eq!(
            whats,
            [
                ("a", &[What::Date, What::Sources][..]),
                ("c", &[What::Conflicts][..]),
                ("d", &[What::End][..]),
            ]
        );
        assert_eq!(c.changed[0].was.date.as_deref(), Some("2024-03"));
        assert_eq!(c.changed[0].sources_added.len(), 1);
        assert_eq!(c.changed[0].sources_added[0].file, "e.txt");
        assert_eq!(c.changed[1].conflicts_added, ["2024-05-03"]);
    }

    #[test]
    fn an_event_whose_id_changed_is_found_by_a_source_it_still_cites() {
        let previous = [
            ev("old-name", None, &[("a.txt", 3)]),
            ev("other", None, &[("b.txt", 3)]),
        ];
        let now = [
            ev(
                "new-name",
                Some("2024-03-02"),
                &[("a.txt", 3), ("c.txt", 1)],
            ),
            ev("other", None, &[("b.txt", 3)]),
        ];
        let c = compare_snapshots(Some(&previous), &now);
        assert!(c.new.is_empty() && c.removed.is_empty(), "{c:?}");
        assert_eq!(c.changed.len(), 1);
        assert_eq!(c.changed[0].event.id, "new-name");
        assert_eq!(c.changed[0].was.id, "old-name");
        assert_eq!(c.changed[0].was.date, None);
    }

    #[test]
    fn a_shared_source_pairs_only_events_of_one_kind() {
        let previous = [ev("meeting", None, &[("a.txt", 3)])];
        let mut directive = ev("order", None, &[("a.txt", 3)]);
        directive.kind = Kind::Directive;
        let c = compare_snapshots(Some(&previous), &[directive]);
        assert_eq!((c.new.len(), c.removed.len()), (1, 1));
    }

    #[test]
    fn an_older_timeline_json_reads_with_fields_it_lacks_or_adds() {
        let json = r#"{"range": {"from": "2020-01-01", "to": "2020-12-31"}, "events": [
            {"id": "a", "kind": "directive", "parent": "p", "date": "2020-02-01", "title": "T",
             "sources": [{"file": "a.txt", "line": 2, "quote": "q"}], "unknown": 1,
             "conflicts": [{"date": "2020-02-03", "sources": []}]}]}"#;
        let events = read_previous(json).unwrap();
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].sources[0].line, 2);
        assert!(events[0].conflicts.contains("2020-02-03"));
        assert_eq!(events[0].reference().kind, FocusKind::Directive);
        assert!(read_previous("{\"events\": 3}").is_err());
    }
}
