//! `timeline.ics` (RFC 5545): one calendar event per dated day or span.

use chrono::{DateTime, NaiveDate, Utc};
use icalendar::{Calendar, Component, EventLike};

use super::one_line;
use crate::timeline::{Event, Timeline};

/// The product identifier `timeline.ics` names its maker with (RFC 5545, 3.7.3).
pub const ICS_PRODID: &str = "-//chronobrief//timeline//VI";

/// `timeline.ics`: each event dated to the day an all-day event from its date through its end,
/// its sources (file, line, quote) in the description, its id in a UID that stays the same from
/// build to build, and `stamp` (the build's one timestamp) as DTSTAMP, so that identical input
/// gives identical bytes. Events dated to a month or a year, and undated ones, have no day a
/// calendar could show: they are left out ([`ics_left_out`] counts the dated ones).
pub fn ics(timeline: &Timeline, title: &str, stamp: DateTime<Utc>) -> String {
    let mut cal = Calendar::empty();
    // The crate escapes the text of the properties it knows (X-WR-CALNAME among them), but
    // writes NAME (RFC 7986) as given: that one is escaped here (RFC 5545, 3.3.11).
    let title = one_line(title);
    let name = title
        .replace('\\', "\\\\")
        .replace(',', "\\,")
        .replace(';', "\\;");
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", ICS_PRODID))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("NAME", name.as_str()))
        .append_property(("X-WR-CALNAME", title.as_str()));
    for e in &timeline.events {
        let Some((start, end)) = day_span(e) else {
            continue;
        };
        let sources: Vec<String> = e
            .sources
            .iter()
            .map(|s| format!("{}:{} “{}”", s.file, s.line, one_line(&s.quote)))
            .collect();
        let mut event = icalendar::Event::new();
        event
            .uid(&format!("{}@chronobrief", e.id))
            .timestamp(stamp)
            .summary(&one_line(&e.title))
            .description(&sources.join("\n"))
            .starts(start)
            // DTEND of an all-day event is the day after its last (RFC 5545, 3.6.1).
            .ends(end.succ_opt().unwrap_or(end));
        if let Some(place) = &e.details.location {
            event.location(&one_line(place));
        }
        cal.push(event.done());
    }
    cal.done().to_string()
}

/// The dated events `timeline.ics` leaves out: those dated to a month or a year (undated
/// events have no date at all and are in `timeline.json`'s `undated`).
pub fn ics_left_out(timeline: &Timeline) -> usize {
    timeline
        .events
        .iter()
        .filter(|e| day_span(e).is_none())
        .count()
}

/// An event's first and last day, when it is dated to the day.
pub(super) fn day_span(e: &Event) -> Option<(NaiveDate, NaiveDate)> {
    let start = e.when?.naive()?;
    let end = e
        .end
        .as_deref()
        .and_then(crate::extract::dates::Date::parse_iso)
        .and_then(|d| d.naive())
        .filter(|d| *d >= start)
        .unwrap_or(start);
    Some((start, end))
}
