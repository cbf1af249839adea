//! The timeline figure of the PDF, laid out here so the template only places shapes.
//!
//! A year axis spans the brief's range; each conference or formal directive is a marker at its
//! date (a hollow one when only the month or year is known). Markers that would touch are
//! stacked in lanes. Labels never collide because markers carry numbers and a legend lists
//! them; past [`MAX_NUMBERED`] events a marker stands for the events of its kind in one month
//! (one year, when even the months crowd the lanes) and carries their count, so the figure
//! stays legible for 5 events and for 5,000.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::extract::dates::{Date, Precision};
use crate::render::i18n::Lang;
use crate::timeline::{Event, Kind, Timeline};

/// Width of the figure in millimetres (A4 minus the margins of the default template).
pub const WIDTH_MM: f64 = 166.0;
/// Up to this many events are numbered and listed in a legend.
pub const MAX_NUMBERED: usize = 40;
/// Lanes of stacked markers; markers beyond them are counted, not drawn.
pub const MAX_LANES: usize = 12;
/// Characters of an entry of the numbered legend (date, dash and title): one line of half the
/// figure's width, so that the legend's rows are even.
pub const LEGEND_LINE_CHARS: usize = 60;

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
    /// The event's id, whose heading the marker links to (`#ev-ID`).
    pub id: String,
    /// A tooltip: the date and the title.
    pub tip: String,
    /// In a crowded figure, a marker stands for every event of its kind in one month (or one
    /// year, for events known only by their year): how many, printed in it.
    pub count: Option<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LegendItem {
    pub n: usize,
    /// The short date ("13/12/2021", "12/2021", "2018"), so that each entry fits one line.
    pub date_text: String,
    pub title: String,
}

/// A marker shape the figure uses, and what it means.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Symbol {
    /// "conference" or "document".
    pub kind: &'static str,
    pub precise: bool,
    pub label: String,
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
    /// The shapes drawn, each once, in a fixed order: only those some marker uses.
    pub symbols: Vec<Symbol>,
    /// Markers not drawn because every lane was full at their date.
    pub hidden: usize,
}

/// Markers placed in lanes: the lanes' last positions, the markers, the legend and how many
/// events did not fit.
type Placed = (Vec<f64>, Vec<Marker>, Vec<LegendItem>, usize);

/// Places one marker per group of `by`, stacking markers that would touch in lanes.
fn place(
    events: &[&Event],
    by: Grouping,
    lang: Lang,
    pos: &dyn Fn(&Date) -> f64,
    gap: f64,
    size: f64,
) -> Placed {
    let numbered = by == Grouping::Event;
    let mut lanes: Vec<f64> = Vec::new();
    let mut markers = Vec::new();
    let mut legend = Vec::new();
    let mut hidden = 0;
    for (i, group) in marker_groups(events, by).into_iter().enumerate() {
        let e = group[0];
        let Some(when) = group_date(e, by) else {
            continue;
        };
        let x = pos(&when).clamp(1.0, 99.0);
        let lane = lanes.iter().position(|last| x - last >= gap);
        let lane = match lane {
            Some(l) => l,
            None if lanes.len() < MAX_LANES => {
                lanes.push(f64::NEG_INFINITY);
                lanes.len() - 1
            }
            None => {
                hidden += group.len();
                continue;
            }
        };
        lanes[lane] = x;
        let n = numbered.then_some(i + 1);
        let count = (!numbered).then_some(group.len());
        let tip = match count {
            Some(c) => format!(
                "{} — {c} {}",
                lang.short_date(&when),
                lang.labels()["events"]
            ),
            None => format!("{} — {}", lang.short_date(&when), e.title),
        };
        markers.push(Marker {
            x,
            y: lane as f64 * (size + 0.7),
            kind: if e.kind == Kind::Conference {
                "conference"
            } else {
                "document"
            },
            // A count is drawn on a filled marker: hollow ones mean a date known only by
            // its month or year, which says nothing of a month's group.
            precise: !numbered || when.day.is_some(),
            n,
            id: e.id.clone(),
            tip,
            count,
        });
        if let Some(n) = n {
            let date_text = lang.short_date(&when);
            let room = LEGEND_LINE_CHARS - date_text.chars().count() - 3;
            legend.push(LegendItem {
                n,
                title: crate::text::excerpt(&e.title, room),
                date_text,
            });
        }
    }
    (lanes, markers, legend, hidden)
}

/// The events each marker stands for: one each when the figure numbers them; else, in a
/// crowded figure, those of one kind and one month (one year for those known only by it), in
/// date order, so that a marker can be told apart and counted rather than stacked.
fn marker_groups<'a>(events: &[&'a Event], by: Grouping) -> Vec<Vec<&'a Event>> {
    let mut groups: Vec<Vec<&Event>> = Vec::new();
    let mut at: std::collections::HashMap<(u8, Option<Date>), usize> = Default::default();
    for &e in events {
        if by == Grouping::Event {
            groups.push(vec![e]);
            continue;
        }
        let key = (e.kind as u8, group_date(e, by));
        match at.get(&key) {
            Some(&g) => groups[g].push(e),
            None => {
                at.insert(key, groups.len());
                groups.push(vec![e]);
            }
        }
    }
    groups
}

/// What one marker stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grouping {
    Event,
    Month,
    Year,
}

/// Where a marker stands: the event's date, or its month or year in a crowded figure.
fn group_date(e: &Event, by: Grouping) -> Option<Date> {
    let w = e.when?;
    Some(match by {
        Grouping::Event => w,
        Grouping::Month => w.truncate(Precision::Month),
        Grouping::Year => w.truncate(Precision::Year),
    })
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
    // Every marker carries a number: the event's, or how many events it stands for.
    let size = 3.6;
    let gap = (size + 0.5) / WIDTH_MM * 100.0;

    // A crowded figure counts events by month, or by year when even the months do not fit.
    let groupings: &[Grouping] = match numbered {
        true => &[Grouping::Event],
        false => &[Grouping::Month, Grouping::Year],
    };
    let mut placed = None;
    for &by in groupings {
        let at = |d: &Date| pos(middle(d, from, to));
        let p = place(&events, by, lang, &at, gap, size);
        let fits = p.3 == 0;
        placed = Some(p);
        if fits {
            break;
        }
    }
    let (lanes, mut markers, legend, hidden) = placed.expect("one grouping at least");
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
    let symbols = symbols(&markers, lang);
    Figure {
        height: axis_y + 10.0,
        axis_y,
        size,
        ticks,
        markers,
        numbered,
        legend,
        symbols,
        hidden,
    }
}

/// The symbols of the key: each shape some marker uses, once.
fn symbols(markers: &[Marker], lang: Lang) -> Vec<Symbol> {
    let labels = lang.labels();
    let all = [
        ("conference", true, "legend_conference"),
        ("document", true, "legend_document"),
        ("conference", false, "legend_conference_imprecise"),
        ("document", false, "legend_document_imprecise"),
    ];
    all.iter()
        .filter(|(kind, precise, _)| {
            markers
                .iter()
                .any(|m| m.kind == *kind && m.precise == *precise)
        })
        .map(|(kind, precise, label)| Symbol {
            kind,
            precise: *precise,
            label: labels[label].to_string(),
        })
        .collect()
}

/// Colours of the markers, as in the PDF template.
const CONFERENCE_COLOUR: &str = "#1f4e79";
const DOCUMENT_COLOUR: &str = "#a23b2a";
/// White space on the left and right of the SVG, so that a marker at the edge is whole.
const SVG_MARGIN_MM: f64 = 2.5;
/// Height of a row of the key and of the numbered legend, millimetres.
const ROW_MM: f64 = 4.2;

/// The figure as a standalone SVG image, drawn from the same layout as the PDF's figure:
/// axis, year ticks with their counts, markers, then the caption, the key of the symbols used
/// and the numbered legend in two columns. Lengths are in millimetres.
/// The figure as an SVG picture; `counts` explains the numbers of a crowded figure's markers.
pub fn svg(fig: &Figure, caption: &str, counts: &str) -> String {
    // A crowded figure's markers count events; one line under the key says so.
    let legend_rows = match fig.numbered {
        true => fig.legend.len().div_ceil(2),
        false => 1,
    };
    let key_top = fig.height + 2.0;
    let legend_top = key_top + 2.0 * ROW_MM + 1.0;
    let height = legend_top + legend_rows as f64 * ROW_MM + 1.0;
    let w = WIDTH_MM + 2.0 * SVG_MARGIN_MM;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}mm\" height=\"{height:.2}mm\" viewBox=\"-{SVG_MARGIN_MM} 0 {w} {height:.2}\" role=\"img\" aria-label=\"{}\" font-family=\"'Libertinus Serif', Georgia, 'Times New Roman', serif\">\n<title>{}</title>\n<rect x=\"-{SVG_MARGIN_MM}\" width=\"{w}\" height=\"{height:.2}\" fill=\"#fff\"/>\n",
        xml_escape(caption),
        xml_escape(caption)
    );
    let ax = fig.axis_y;
    out.push_str(&format!(
        "<line x1=\"0\" y1=\"{ax:.2}\" x2=\"{WIDTH_MM}\" y2=\"{ax:.2}\" stroke=\"#3c3c3c\" stroke-width=\"0.25\"/>\n"
    ));
    for t in &fig.ticks {
        let x = t.x * WIDTH_MM / 100.0;
        out.push_str(&format!(
            "<line x1=\"{x:.2}\" y1=\"{:.2}\" x2=\"{x:.2}\" y2=\"{:.2}\" stroke=\"#3c3c3c\" stroke-width=\"0.18\"/>\n",
            ax - 1.2,
            ax + 1.2
        ));
        if !t.label.is_empty() {
            let lx = t.label_x * WIDTH_MM / 100.0;
            out.push_str(&format!(
                "<text x=\"{lx:.2}\" y=\"{:.2}\" font-size=\"2.65\" text-anchor=\"middle\">{}</text>\n<text x=\"{lx:.2}\" y=\"{:.2}\" font-size=\"2.3\" fill=\"#646464\" text-anchor=\"middle\">({})</text>\n",
                ax + 4.6,
                xml_escape(&t.label),
                ax + 7.4,
                t.count
            ));
        }
    }
    for m in &fig.markers {
        let cx = m.x * WIDTH_MM / 100.0;
        let cy = m.y + fig.size / 2.0;
        // Each marker links to its event's heading and names it when pointed at.
        out.push_str(&format!(
            "<a href=\"#{}\"><title>{}</title>\n",
            event_anchor(&m.id),
            xml_escape(&m.tip)
        ));
        out.push_str(&shape(m.kind, m.precise, cx, cy, fig.size));
        if let Some(n) = m.n.or(m.count) {
            let fill = if m.precise { "#fff" } else { colour(m.kind) };
            out.push_str(&format!(
                "<text x=\"{cx:.2}\" y=\"{:.2}\" font-size=\"1.76\" fill=\"{fill}\" text-anchor=\"middle\">{n}</text>\n",
                cy + 0.62
            ));
        }
        out.push_str("</a>\n");
    }
    out.push_str(&key(fig, caption, key_top));
    if !fig.numbered {
        out.push_str(&format!(
            "<text x=\"0\" y=\"{:.2}\" font-size=\"2.82\">{}</text>\n",
            legend_top + 2.8,
            xml_escape(counts)
        ));
    }
    for (i, l) in fig.legend.iter().enumerate() {
        let (col, row) = (i / legend_rows.max(1), i % legend_rows.max(1));
        out.push_str(&format!(
            "<text x=\"{:.2}\" y=\"{:.2}\" font-size=\"2.82\"><tspan font-weight=\"600\">{}.</tspan> {} — {}</text>\n",
            col as f64 * WIDTH_MM / 2.0,
            legend_top + row as f64 * ROW_MM + 2.8,
            l.n,
            xml_escape(&l.date_text),
            xml_escape(&l.title)
        ));
    }
    out.push_str("</svg>\n");
    out
}

/// The anchor of an event's heading in the Markdown brief and its HTML preview: `ev-` and the
/// event's id (ASCII, as every id is).
pub fn event_anchor(id: &str) -> String {
    format!("ev-{id}")
}

/// The caption, then one equal column per symbol used.
fn key(fig: &Figure, caption: &str, top: f64) -> String {
    let mut out = format!(
        "<text x=\"{:.2}\" y=\"{:.2}\" font-size=\"3.2\" text-anchor=\"middle\">{}</text>\n",
        WIDTH_MM / 2.0,
        top + 3.0,
        xml_escape(caption)
    );
    let n = fig.symbols.len().max(1) as f64;
    for (i, s) in fig.symbols.iter().enumerate() {
        let x = WIDTH_MM * i as f64 / n + 2.0;
        let cy = top + ROW_MM + 2.0;
        out.push_str(&shape(s.kind, s.precise, x, cy, 2.4));
        out.push_str(&format!(
            "<text x=\"{:.2}\" y=\"{:.2}\" font-size=\"2.82\">{}</text>\n",
            x + 2.2,
            cy + 1.0,
            xml_escape(&s.label)
        ));
    }
    out
}

fn colour(kind: &str) -> &'static str {
    if kind == "conference" {
        CONFERENCE_COLOUR
    } else {
        DOCUMENT_COLOUR
    }
}

/// A circle (conference) or a square (document) centred at (`cx`, `cy`), filled when the day
/// is known.
fn shape(kind: &str, precise: bool, cx: f64, cy: f64, size: f64) -> String {
    let c = colour(kind);
    let fill = if precise { c } else { "#fff" };
    if kind == "conference" {
        format!(
            "<circle cx=\"{cx:.2}\" cy=\"{cy:.2}\" r=\"{:.2}\" fill=\"{fill}\" stroke=\"{c}\" stroke-width=\"0.21\"/>\n",
            size / 2.0
        )
    } else {
        format!(
            "<rect x=\"{:.2}\" y=\"{:.2}\" width=\"{size:.2}\" height=\"{size:.2}\" fill=\"{fill}\" stroke=\"{c}\" stroke-width=\"0.21\"/>\n",
            cx - size / 2.0,
            cy - size / 2.0
        )
    }
}

/// Escapes text for XML character data and attribute values.
pub fn xml_escape(s: &str) -> String {
    // XML 1.0 allows no control characters but tab and line breaks; bidirectional controls
    // could reorder what a reader sees. The rest is escaped as for HTML.
    let kept: String = s
        .chars()
        .filter(|&c| {
            let control = c.is_control() && !matches!(c, '\t' | '\n' | '\r');
            !control
                && !crate::render::escape::is_bidi_control(c)
                && !matches!(c, '\u{FFFE}' | '\u{FFFF}')
        })
        .collect();
    crate::render::export::html_escape(&kept)
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
        Timeline::of(DateRange::default(), events)
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
            let shown: usize = f.markers.iter().map(|m| m.count.unwrap_or(1)).sum();
            assert_eq!(shown + f.hidden, n);
            assert_eq!(f.ticks.len(), 7);
            assert_eq!(f.ticks.iter().map(|t| t.count).sum::<usize>(), n);
        }
    }

    #[test]
    fn small_figures_are_numbered_large_ones_are_counted() {
        let f = layout(&timeline(5), Lang::Vi);
        assert!(f.numbered);
        assert_eq!(f.legend.len(), 5);
        for lang in Lang::ALL {
            for l in &layout(&timeline(40), lang).legend {
                let line = format!("{} — {}", l.date_text, l.title);
                assert!(line.chars().count() <= LEGEND_LINE_CHARS, "{line}");
            }
        }
        let f = layout(&timeline(200), Lang::Vi);
        assert!(!f.numbered);
        assert!(f.legend.is_empty());
        assert!(f.markers.iter().all(|m| m.y >= 0.0 && m.y < f.axis_y));
        // A crowded figure: one marker per kind and month, counting its events, each of them
        // counted once; no marker stacked out of sight.
        let counted: usize = f.markers.iter().map(|m| m.count.unwrap()).sum();
        assert_eq!(counted + f.hidden, 200);
        assert_eq!(f.hidden, 0);
        assert!(f.markers.len() < 200 && f.markers.iter().any(|m| m.count > Some(1)));
        let svg = svg(&f, "Dòng thời gian", "Số trong mỗi ký hiệu");
        assert!(svg.contains(">Số trong mỗi ký hiệu</text>"));
        assert!(
            svg.contains(" sự kiện</title>"),
            "tooltips count the events"
        );
    }

    #[test]
    fn the_key_shows_each_shape_in_use_once() {
        // Five events: conferences with a day, and a directive (every fifth) with a day.
        let f = layout(&timeline(5), Lang::Vi);
        let key: Vec<(&str, bool)> = f.symbols.iter().map(|s| (s.kind, s.precise)).collect();
        assert_eq!(key, [("conference", true), ("document", true)]);
        let mut tl = timeline(1);
        tl.events[0].when = Some(Date {
            year: 2018,
            month: None,
            day: None,
        });
        let f = layout(&tl, Lang::En);
        assert_eq!(f.symbols.len(), 1);
        assert_eq!(f.symbols[0].label, "directive, month or year only");
    }
}
