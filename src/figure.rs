//! The timeline figure of the PDF, laid out here so the template only places shapes.
//!
//! A year axis spans the brief's range; each conference or formal directive is a marker at its
//! date (a hollow one when only the month or year is known). Markers that would touch are
//! stacked in lanes. Labels never collide because markers carry numbers and a legend lists
//! them; past [`MAX_NUMBERED`] events the figure shows counts per year instead of numbers, so
//! it stays legible for 5 events and for 200.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::extract::dates::Date;
use crate::i18n::Lang;
use crate::timeline::{Event, Kind, Timeline};

/// Width of the figure in millimetres (A4 minus the margins of the default template).
pub const WIDTH_MM: f64 = 166.0;
/// Up to this many events are numbered and listed in a legend.
pub const MAX_NUMBERED: usize = 40;
/// Lanes of stacked markers; markers beyond them are counted, not drawn.
pub const MAX_LANES: usize = 12;

#[derive(Debug, Clone, Serialize)]
pub struct Tick {
    /// Position as a percentage of the width.
    pub x: f64,
    pub label: String,
    /// Where the year's label is centred.
    pub label_x: f64,
    /// Events in that year.
    pub count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Marker {
    pub x: f64,
    /// Distance from the top of the figure, in millimetres.
    pub y: f64,
    /// "conference" or "document".
    pub kind: &'static str,
    /// False when only the month or the year is known.
    pub precise: bool,
    pub n: Option<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LegendItem {
    pub n: usize,
    pub date_text: String,
    pub title: String,
}

/// Everything the template needs to draw the figure.
#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    pub height: f64,
    pub axis_y: f64,
    /// Marker diameter, millimetres.
    pub size: f64,
    pub ticks: Vec<Tick>,
    pub markers: Vec<Marker>,
    pub numbered: bool,
    pub legend: Vec<LegendItem>,
    /// Markers not drawn because every lane was full at their date.
    pub hidden: usize,
}

fn middle(d: &Date, from: NaiveDate, to: NaiveDate) -> NaiveDate {
    let day = match (d.month, d.day) {
        (Some(m), Some(dd)) => NaiveDate::from_ymd_opt(d.year, m, dd),
        (Some(m), None) => NaiveDate::from_ymd_opt(d.year, m, 15),
        _ => NaiveDate::from_ymd_opt(d.year, 7, 1),
    };
    day.unwrap_or(from).clamp(from, to)
}

/// Lays out the figure for the top-level events of `timeline`.
pub fn layout(timeline: &Timeline, lang: Lang) -> Figure {
    let (from, to) = (timeline.range.from, timeline.range.to);
    let span = ((to - from).num_days() + 1) as f64;
    let pos = |d: NaiveDate| ((d - from).num_days() as f64 + 0.5) / span * 100.0;
    let events: Vec<&Event> = timeline
        .events
        .iter()
        .filter(|e| e.parent.is_none())
        .collect();
    let numbered = events.len() <= MAX_NUMBERED;
    let size = if numbered { 3.6 } else { 2.2 };
    let gap = (size + 0.5) / WIDTH_MM * 100.0;

    let mut lanes: Vec<f64> = Vec::new();
    let mut markers = Vec::new();
    let mut legend = Vec::new();
    let mut hidden = 0;
    for (i, e) in events.iter().enumerate() {
        let Some(when) = e.when else { continue };
        let x = pos(middle(&when, from, to)).clamp(1.0, 99.0);
        let lane = lanes.iter().position(|last| x - last >= gap);
        let lane = match lane {
            Some(l) => l,
            None if lanes.len() < MAX_LANES => {
                lanes.push(f64::NEG_INFINITY);
                lanes.len() - 1
            }
            None => {
                hidden += 1;
                continue;
            }
        };
        lanes[lane] = x;
        let n = numbered.then_some(i + 1);
        markers.push(Marker {
            x,
            y: lane as f64 * (size + 0.7),
            kind: if e.kind == Kind::Conference {
                "conference"
            } else {
                "document"
            },
            precise: when.day.is_some(),
            n,
        });
        if let Some(n) = n {
            legend.push(LegendItem {
                n,
                date_text: lang.date(&when),
                title: crate::text::excerpt(&e.title, 90),
            });
        }
    }
    let top = lanes.len().max(1) as f64 * (size + 0.7);
    for m in &mut markers {
        // Lane 0 sits just above the axis.
        m.y = top - m.y - size;
    }
    let axis_y = top + 1.5;

    let mut ticks = Vec::new();
    let years: Vec<i32> = (from.year()..=to.year()).collect();
    let step = (years.len() / 16).max(1);
    for (i, y) in years.iter().enumerate() {
        let start = NaiveDate::from_ymd_opt(*y, 1, 1).unwrap().max(from);
        let end = NaiveDate::from_ymd_opt(*y, 12, 31).unwrap().min(to);
        let count = events
            .iter()
            .filter(|e| e.when.is_some_and(|w| w.year == *y))
            .count();
        let mid = start + (end - start) / 2;
        ticks.push(Tick {
            x: pos(start) - 0.5 / span * 100.0,
            label: if i % step == 0 {
                y.to_string()
            } else {
                String::new()
            },
            label_x: pos(mid),
            count,
        });
    }
    Figure {
        height: axis_y + 10.0,
        axis_y,
        size,
        ticks,
        markers,
        numbered,
        legend,
        hidden,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::DateRange;

    fn event(date: Date, kind: Kind) -> Event {
        Event::new(
            kind,
            "Hội nghị".into(),
            Some(date),
            crate::timeline::DateBasis::nothing(),
            Vec::new(),
        )
    }

    fn timeline(n: usize) -> Timeline {
        let events = (0..n)
            .map(|i| {
                let d = Date {
                    year: 2016 + (i % 7) as i32,
                    month: Some(1 + (i % 12) as u32),
                    day: Some(1 + (i % 28) as u32),
                };
                event(
                    d,
                    if i % 5 == 0 {
                        Kind::Directive
                    } else {
                        Kind::Conference
                    },
                )
            })
            .collect();
        Timeline {
            range: DateRange {
                from: NaiveDate::from_ymd_opt(2016, 1, 1).unwrap(),
                to: NaiveDate::from_ymd_opt(2022, 12, 31).unwrap(),
            },
            events,
            undated: Vec::new(),
            document_dates: Vec::new(),
        }
    }

    #[test]
    fn markers_never_overlap() {
        for n in [5, 40, 200] {
            let f = layout(&timeline(n), Lang::Vi);
            let gap = f.size / WIDTH_MM * 100.0;
            for (i, a) in f.markers.iter().enumerate() {
                for b in &f.markers[i + 1..] {
                    let same_lane = (a.y - b.y).abs() < 1e-9;
                    assert!(
                        !same_lane || (a.x - b.x).abs() >= gap,
                        "{n}: {a:?} touches {b:?}"
                    );
                }
            }
            assert_eq!(f.markers.len() + f.hidden, n);
            assert_eq!(f.ticks.len(), 7);
            assert_eq!(f.ticks.iter().map(|t| t.count).sum::<usize>(), n);
        }
    }

    #[test]
    fn small_figures_are_numbered_large_ones_are_counted() {
        let f = layout(&timeline(5), Lang::Vi);
        assert!(f.numbered);
        assert_eq!(f.legend.len(), 5);
        let f = layout(&timeline(200), Lang::Vi);
        assert!(!f.numbered);
        assert!(f.legend.is_empty());
        assert!(f.markers.iter().all(|m| m.y >= 0.0 && m.y < f.axis_y));
    }
}
