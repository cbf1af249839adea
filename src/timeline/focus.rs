//! The brief's subject: of the events found, those the user asked about (`--match`, `--body`,
//! `--kind`, or `[focus]` in the config file). Applied to the ordered timeline, so that ids,
//! dates and merges are those of the whole corpus: a focus chooses events, it never changes
//! one.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::{Event, Kind, Timeline};
use crate::knowledge::Knowledge;
use crate::text::plain;

/// The kinds of event a focus may choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FocusKind {
    Conference,
    /// A directive given at a conference.
    Directive,
    /// A formal document (a directive of no conference: a Chỉ thị, a Công điện, …).
    Document,
}

impl FocusKind {
    /// Every kind a focus may choose.
    pub const ALL: [FocusKind; 3] = [
        FocusKind::Conference,
        FocusKind::Directive,
        FocusKind::Document,
    ];

    /// The kind `e` is: a conference, a directive given at one, or a formal document.
    pub fn of(e: &Event) -> Self {
        Self::from_parts(e.kind, e.parent.is_some())
    }

    /// The kind of an event of kind `kind`, given at a conference or not.
    pub fn from_parts(kind: Kind, given_at_conference: bool) -> Self {
        match (kind, given_at_conference) {
            (Kind::Conference, _) => FocusKind::Conference,
            (Kind::Directive, true) => FocusKind::Directive,
            (Kind::Directive, false) => FocusKind::Document,
        }
    }
}

/// What the user asked the brief to be about. Each list chooses the events that match any of
/// its entries; the lists given must all be met. Empty: the whole timeline.
/// Read from the config file's `[focus]` table with the same keys.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Focus {
    /// Words or phrases of the event's title, theme, organiser, chair, giver, place,
    /// participants, series or text, compared without case or tone marks (`ngoai giao` finds
    /// `ngoại giao`), whole words only.
    #[serde(rename = "match", default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<String>,
    /// Bodies or people that held (organised) or chaired the meeting or gave the directive,
    /// with the knowledge file's abbreviations (`BNG` finds `Bộ Ngoại giao`).
    #[serde(rename = "body", default, skip_serializing_if = "Vec::is_empty")]
    pub bodies: Vec<String>,
    #[serde(rename = "kind", default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<FocusKind>,
}

impl Focus {
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.bodies.is_empty() && self.kinds.is_empty()
    }

    /// A word or body given with no letter or digit to look for ("!!"), which would match
    /// nothing, or everything.
    pub fn blank_value(&self) -> Option<&str> {
        self.words
            .iter()
            .chain(&self.bodies)
            .find(|w| plain(w).is_empty())
            .map(String::as_str)
    }
}

/// A focused timeline's record of its focus, in `timeline.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FocusReport {
    #[serde(flatten)]
    pub focus: Focus,
    /// Events that match the focus (directives kept with a matching conference, and
    /// conferences kept for a matching directive given there, are not counted).
    pub matched: usize,
    /// Events of the whole timeline, dated and undated.
    pub found: usize,
}

/// The events of `tl` the focus chooses, each directive with its conference and each
/// conference with its directives (when directives are asked for), in their order; `tl` itself
/// when the focus is empty.
pub fn apply(mut tl: Timeline, focus: &Focus, k: &Knowledge) -> Timeline {
    if focus.is_empty() {
        return tl;
    }
    let matcher = Matcher::new(focus, k);
    let all = || tl.events.iter().chain(&tl.undated);
    let matched: BTreeSet<&str> = all()
        .filter(|e| matcher.matches(e))
        .map(|e| e.id.as_str())
        .collect();
    let with_directives = focus.kinds.is_empty() || focus.kinds.contains(&FocusKind::Directive);
    // The conferences the matching directives were given at.
    let parents: BTreeSet<&str> = all()
        .filter(|e| matched.contains(e.id.as_str()))
        .filter_map(|e| e.parent.as_deref())
        .collect();
    let kept: BTreeSet<String> = all()
        .filter(|e| {
            matched.contains(e.id.as_str())
                || parents.contains(e.id.as_str())
                || e.parent
                    .as_deref()
                    .is_some_and(|p| with_directives && matched.contains(p))
        })
        .map(|e| e.id.clone())
        .collect();
    let report = FocusReport {
        focus: focus.clone(),
        matched: matched.len(),
        found: tl.events.len() + tl.undated.len(),
    };
    tl.events.retain(|e| kept.contains(&e.id));
    tl.undated.retain(|e| kept.contains(&e.id));
    tl.focus = Some(report);
    tl
}

/// A focus with its words and bodies folded once.
struct Matcher<'a> {
    focus: &'a Focus,
    k: &'a Knowledge,
    words: Vec<String>,
    bodies: Vec<String>,
}

impl<'a> Matcher<'a> {
    fn new(focus: &'a Focus, k: &'a Knowledge) -> Self {
        Matcher {
            focus,
            k,
            words: focus.words.iter().map(|w| plain(w)).collect(),
            bodies: focus
                .bodies
                .iter()
                .map(|b| plain(&k.expanded_key(b)))
                .collect(),
        }
    }

    fn matches(&self, e: &Event) -> bool {
        let kind_ok = self.focus.kinds.is_empty() || self.focus.kinds.contains(&FocusKind::of(e));
        kind_ok && self.words_ok(e) && self.bodies_ok(e)
    }

    fn words_ok(&self, e: &Event) -> bool {
        let fields = [
            Some(&e.title),
            e.details.theme.as_ref(),
            e.details.organizer.as_ref(),
            e.details.chair.as_ref(),
            e.by.as_ref(),
            e.details.location.as_ref(),
            e.details.participants.as_ref(),
            e.series.as_ref(),
            e.text.as_ref(),
        ];
        any_in(&self.words, &fields, plain)
    }

    fn bodies_ok(&self, e: &Event) -> bool {
        let fields = [
            e.details.organizer.as_ref(),
            e.details.chair.as_ref(),
            e.by.as_ref(),
        ];
        any_in(&self.bodies, &fields, |f| plain(&self.k.expanded_key(f)))
    }
}

/// Whether any of `needles` (none: yes) is in one of the `fields` made comparable by `fold`.
fn any_in(needles: &[String], fields: &[Option<&String>], fold: impl Fn(&str) -> String) -> bool {
    if needles.is_empty() {
        return true;
    }
    let hay: Vec<String> = fields.iter().flatten().map(|f| fold(f)).collect();
    let hay = hay.join(" | ");
    needles.iter().any(|n| contains_words(&hay, n))
}

/// Whether `hay` holds `needle` as whole words (both [`plain`]).
fn contains_words(hay: &str, needle: &str) -> bool {
    !needle.is_empty() && format!(" {hay} ").contains(&format!(" {needle} "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_without_case_or_tone_marks_and_whole() {
        for (hay, needle, found) in [
            ("Hội nghị Ngoại giao lần thứ 30", "ngoai giao", true),
            ("Hội nghị Ngoại giao lần thứ 30", "NGOẠI GIAO", true),
            ("Hội nghị Ngoại giao lần thứ 30", "ngoại", true),
            ("Hội nghị Ngoại giao lần thứ 30", "ngoa", false),
            ("Đại hội Đảng", "dai hoi dang", true),
            ("Hội nghị Ngoại giao", "giao lần", false),
        ] {
            assert_eq!(
                contains_words(&plain(hay), &plain(needle)),
                found,
                "{hay} / {needle}"
            );
        }
    }
}
