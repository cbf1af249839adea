//! Exports for other tools: CSV (RFC 4180), TimelineJS3 JSON, an iCalendar file (RFC 5545),
//! what changed since the previous build as JSON and as an Atom feed (RFC 4287), and a
//! self-contained HTML preview of the Markdown brief.

mod csv;
mod feed;
mod html;
mod ics;
mod json;
mod timelinejs;

pub use csv::{csv, csv_columns, neutralise, UTF8_BOM};
pub use feed::{feed, FeedInfo, MAX_FEED_ENTRIES};
pub use html::{html, is_anchor, markdown_options, FIGURE_FILE};
pub use ics::{ics, ics_left_out, ICS_PRODID};
pub use json::{changes_json, timeline_json};
pub use timelinejs::timelinejs;

use crate::timeline::{Event, Kind};

/// Escapes text for HTML: the HTML preview's title, and TimelineJS's `text` fields, which it
/// renders as HTML.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// An optional field as a cell: empty when absent.
fn text(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

fn kind(e: &Event) -> &'static str {
    match e.kind {
        Kind::Conference => "conference",
        Kind::Directive => "directive",
    }
}

/// Article text as one line of a calendar's text value or of a feed's: control characters (a
/// line break would end a calendar's property and let text write properties of its own; XML
/// 1.0 allows almost none) become spaces.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::ics::*;
    use super::*;
    use crate::timeline::Timeline;
    use chrono::DateTime;
    use icalendar::Calendar;

    #[test]
    fn calendar_text_is_escaped_and_kept_on_its_line() {
        use crate::extract::dates::Date;
        use crate::extract::Evidence;
        use crate::timeline::{DateBasis, DateRange};
        use icalendar::Component;
        let hostile = "Hội nghị A, B; C \\ D\nBEGIN:VEVENT\r\nUID:evil";
        let mut e = Event::new(
            Kind::Conference,
            hostile.to_string(),
            Date::parse_iso("2021-12-13"),
            DateBasis::nothing(),
            vec![Evidence {
                file: "a.txt".into(),
                line: 3,
                quote: format!("Sáng 13/12, {hostile}"),
            }],
        );
        e.id = "hoi-nghi-a".into();
        e.end = Some("2021-12-14".into());
        let day = chrono::NaiveDate::from_ymd_opt(2021, 1, 1).unwrap();
        let tl = Timeline::of(DateRange { from: day, to: day }, vec![e]);
        let ics = ics(
            &tl,
            "Bản tin, số 1; tuần\nBEGIN:VEVENT",
            DateTime::from_timestamp(0, 0).unwrap(),
        );
        let lines: Vec<&str> = ics.split("\r\n").collect();
        assert_eq!(
            lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(),
            1,
            "{ics}"
        );
        assert!(!lines.iter().any(|l| l.starts_with("UID:evil")), "{ics}");
        for key in ["NAME:", "X-WR-CALNAME:"] {
            let line = lines.iter().find(|l| l.starts_with(key)).unwrap();
            assert_eq!(
                &line[key.len()..],
                "Bản tin\\, số 1\\; tuần BEGIN:VEVENT",
                "{key}"
            );
        }
        let cal: Calendar = ics.parse().unwrap();
        let ev = cal.events().next().unwrap();
        assert_eq!(
            ev.get_summary(),
            Some("Hội nghị A, B; C \\ D BEGIN:VEVENT  UID:evil")
        );
        assert_eq!(
            ev.get_end(),
            Some(
                chrono::NaiveDate::from_ymd_opt(2021, 12, 15)
                    .unwrap()
                    .into()
            )
        );
    }

    #[test]
    fn formula_cells_are_neutralised() {
        for (cell, want) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("Hội nghị = 1", "Hội nghị = 1"),
            ("2021-12-13", "2021-12-13"),
            ("", ""),
        ] {
            assert_eq!(neutralise(cell), want);
        }
    }

    #[test]
    fn html_escaping() {
        assert_eq!(
            html_escape("<a href='x'>&</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;"
        );
    }

    #[test]
    fn the_preview_drops_raw_html() {
        let page = html(
            "# T\n\n<script>alert(1)</script>\n\nx <b>y</b>\n",
            "T <b>",
            "vi",
            None,
        );
        assert!(
            !page.contains("<script>") && !page.contains("<b>"),
            "{page}"
        );
        assert!(page.contains("<title>T &lt;b&gt;</title>"));
    }

    #[test]
    fn the_preview_keeps_only_the_briefs_anchors_and_shows_the_figure() {
        let md = "## <a id=\"y2016\" name=\"y2016\"></a>Năm 2016\n\nx <a id=\"y1\" name=\"y2\"></a> </a> <a id=\"Y;\" name=\"Y;\"></a>\n\n```mermaid\ntimeline\n```\n\n[hình](timeline.svg)\n";
        let page = html(md, "T", "vi", Some("<svg></svg>\n"));
        assert!(
            page.contains("<a id=\"y2016\" name=\"y2016\"></a>Năm 2016"),
            "{page}"
        );
        assert_eq!(page.matches("<a id=").count(), 1, "{page}");
        assert_eq!(
            page.matches("</a>").count(),
            2,
            "the heading's own anchor and ours: {page}"
        );
        assert!(page.contains("<figure class=\"timeline\">\n<svg></svg>\n</figure>"));
        assert!(
            !page.contains("mermaid") && !page.contains("timeline.svg"),
            "{page}"
        );
        let page = html(md, "T", "vi", None);
        assert!(
            !page.contains("<figure") && !page.contains("mermaid"),
            "{page}"
        );
    }
}
