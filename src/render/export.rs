//! Exports for other tools: CSV (RFC 4180), TimelineJS3 JSON, an iCalendar file (RFC 5545),
//! what changed since the previous build as JSON and as an Atom feed (RFC 4287), and a
//! self-contained HTML preview of the Markdown brief.

use serde::Serialize;
use serde_json::{json, Value};

use chrono::{DateTime, NaiveDate, Utc};
use icalendar::{Calendar, Component, EventLike};

use crate::render::i18n::Lang;
use crate::render::news;
use crate::timeline::{Changes, Event, Kind, Timeline};

/// A column of `out/timeline.csv`: its header and its cell for an event.
type Column = (&'static str, fn(&Event) -> String);

/// The columns of `out/timeline.csv`, in order: the one list of them, header and cells.
const COLUMNS: &[Column] = &[
    ("id", |e| e.id.clone()),
    ("kind", |e| kind(e).to_string()),
    ("date", |e| text(&e.date)),
    ("end", |e| text(&e.end)),
    ("precision", |e| {
        e.precision
            .map(|p| p.as_str().to_string())
            .unwrap_or_default()
    }),
    ("title", |e| e.title.clone()),
    ("meeting_kind", |e| {
        e.meeting_kind
            .map(|k| k.as_str().to_string())
            .unwrap_or_default()
    }),
    ("series", |e| text(&e.series)),
    ("ordinal", |e| {
        e.ordinal.map(|n| n.to_string()).unwrap_or_default()
    }),
    ("location", |e| text(&e.details.location)),
    ("chair", |e| text(&e.details.chair)),
    ("theme", |e| text(&e.details.theme)),
    ("format", |e| text(&e.details.format)),
    ("participants", |e| text(&e.details.participants)),
    ("parent", |e| text(&e.parent)),
    ("by", |e| text(&e.by)),
    ("text", |e| text(&e.text)),
    ("date_basis", |e| {
        crate::render::i18n::Lang::En.basis(&e.date_basis)
    }),
    ("sources", |e| {
        let sources: Vec<String> = e
            .sources
            .iter()
            .map(|s| format!("{}:{}", s.file, s.line))
            .collect();
        sources.join("; ")
    }),
];

/// An optional field as a cell: empty when absent.
fn text(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

/// The headers of `out/timeline.csv`'s columns, in order.
pub fn csv_columns() -> impl Iterator<Item = &'static str> {
    COLUMNS.iter().map(|(name, _)| *name)
}

/// The UTF-8 byte-order mark: Excel reads a CSV that starts with it as UTF-8 (without it,
/// as the system's legacy code page, which garbles every Vietnamese letter).
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// One row per event (dated events first, then undated ones), RFC 4180 quoting, CRLF line ends,
/// after a UTF-8 byte-order mark when `bom`. Every cell is [`neutralise`]d, so that no article
/// text can become a spreadsheet formula.
pub fn csv(timeline: &Timeline, bom: bool) -> Vec<u8> {
    let start = if bom { UTF8_BOM.to_vec() } else { Vec::new() };
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(start);
    w.write_record(csv_columns()).expect("writing to memory");
    for e in timeline.events.iter().chain(&timeline.undated) {
        let cells = COLUMNS
            .iter()
            .map(|(_, cell)| neutralise(&cell(e)).into_owned());
        w.write_record(cells).expect("writing to memory");
    }
    w.into_inner().expect("writing to memory")
}

/// A cell a spreadsheet cannot run: one that begins with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading `'`, as OWASP recommends against CSV injection (the
/// spreadsheet shows the text, with the quote, instead of evaluating it).
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

fn kind(e: &Event) -> &'static str {
    match e.kind {
        Kind::Conference => "conference",
        Kind::Directive => "directive",
    }
}

/// Escapes text for HTML (TimelineJS renders `text` fields as HTML).
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

#[derive(Serialize)]
struct TjsDate {
    year: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<String>,
}

impl TjsDate {
    fn of(w: &crate::extract::dates::Date) -> Self {
        TjsDate {
            year: w.year.to_string(),
            month: w.month.map(|m| m.to_string()),
            day: w.day.map(|d| d.to_string()),
        }
    }
}

/// The undated events, which TimelineJS cannot place (a slide needs a `start_date`), listed
/// on its title slide with their first source: every event of the timeline is in the file.
fn undated_list(timeline: &Timeline, labels: &std::collections::BTreeMap<&str, &str>) -> String {
    if timeline.undated.is_empty() {
        return String::new();
    }
    let items: String = timeline
        .undated
        .iter()
        .map(|e| {
            let s = &e.sources[0];
            format!(
                "<li>{} <small>({}:{})</small></li>",
                html_escape(&e.title),
                html_escape(&s.file),
                s.line
            )
        })
        .collect();
    let label = labels.get("undated").copied().unwrap_or("Undated");
    format!(
        "<p>{} ({}):</p><ul>{items}</ul>",
        html_escape(label),
        timeline.undated.len()
    )
}

/// TimelineJS3 JSON: one slide per dated event, with its end when it has one; a date keeps
/// only the parts the text gives. The undated events are listed on the title slide.
pub fn timelinejs(
    timeline: &Timeline,
    title: &str,
    labels: &std::collections::BTreeMap<&str, &str>,
) -> String {
    let events: Vec<Value> = timeline
        .events
        .iter()
        .filter_map(|e| {
            let date = TjsDate::of(&e.when?);
            let end = e
                .end
                .as_deref()
                .and_then(crate::extract::dates::Date::parse_iso)
                .map(|d| TjsDate::of(&d));
            let mut text = String::new();
            if let Some(t) = &e.text {
                text.push_str(&format!("<p>{}</p>", html_escape(t)));
            }
            // Who gave a directive at a conference, or issued a formal one.
            let by = if e.parent.is_some() {
                "given_by"
            } else {
                "issuer"
            };
            for (label, value) in [
                ("chair", &e.details.chair),
                ("location", &e.details.location),
                ("theme", &e.details.theme),
                (by, &e.by),
            ] {
                if let Some(v) = value {
                    let l = labels.get(label).copied().unwrap_or(label);
                    text.push_str(&format!("<p>{}: {}</p>", html_escape(l), html_escape(v)));
                }
            }
            let sources: Vec<String> = e
                .sources
                .iter()
                .map(|s| {
                    format!(
                        "{}:{} “{}”",
                        html_escape(&s.file),
                        s.line,
                        html_escape(&crate::text::excerpt(&s.quote, 200))
                    )
                })
                .collect();
            text.push_str(&format!("<p><small>{}</small></p>", sources.join("<br>")));
            let group = match (e.kind, &e.parent) {
                (Kind::Conference, _) => labels.get("group_conferences"),
                (_, Some(_)) => labels.get("group_directives"),
                _ => labels.get("group_documents"),
            };
            let mut slide = json!({
                "unique_id": e.id,
                "start_date": date,
                "text": { "headline": html_escape(&e.title), "text": text },
                "group": group.copied().unwrap_or(""),
            });
            if let Some(end) = end {
                slide["end_date"] = json!(end);
            }
            Some(slide)
        })
        .collect();
    let doc = json!({
        "title": { "text": { "headline": html_escape(title), "text": undated_list(timeline, labels) } },
        "events": events,
    });
    let mut s = serde_json::to_string_pretty(&doc).expect("JSON serialises");
    s.push('\n');
    s
}

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

/// The JSON of `out/timeline.json`.
pub fn timeline_json(tl: &Timeline) -> String {
    let mut s = serde_json::to_string_pretty(tl).expect("a timeline serialises");
    s.push('\n');
    s
}

/// `changes.json`: what changed since the previous build.
pub fn changes_json(changes: &Changes) -> String {
    let mut s = serde_json::to_string_pretty(changes).expect("changes serialise");
    s.push('\n');
    s
}

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
fn uuid_urn(name: &str) -> String {
    let id = uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, name.as_bytes());
    format!("urn:uuid:{id}")
}

/// Article text as one line of a calendar's text value or of a feed's: control characters (a
/// line break would end a calendar's property and let text write properties of its own; XML
/// 1.0 allows almost none) become spaces.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
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
fn day_span(e: &Event) -> Option<(NaiveDate, NaiveDate)> {
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

/// Comrak options for the brief's GitHub-flavoured Markdown.
pub fn markdown_options() -> comrak::Options<'static> {
    let mut o = comrak::Options::default();
    o.extension.table = true;
    o.extension.footnotes = true;
    o.extension.strikethrough = true;
    o.extension.autolink = true;
    o.extension.tasklist = true;
    o.extension.header_id_prefix = Some(String::new());
    o.extension.front_matter_delimiter = Some("---".to_string());
    o
}

/// A self-contained HTML page showing the Markdown brief (no scripts, no external files).
/// Raw HTML in the Markdown is never passed through, except the brief's own heading anchors
/// (`<a id="y2016" name="y2016"></a>`, `<a id="ev-…" …>`, ASCII ids only). The Mermaid diagram's source is not shown: the
/// figure `svg` (the picture of `timeline.svg`) takes its place, and the link to
/// `timeline.svg` is dropped, since the page carries the picture itself.
pub fn html(markdown: &str, title: &str, lang: &str, svg: Option<&str>) -> String {
    let arena = comrak::Arena::new();
    let options = markdown_options();
    let root = comrak::parse_document(&arena, markdown, &options);
    prepare_preview(&arena, root, svg);
    let mut body = String::new();
    let mut render = options.clone();
    // Only what prepare_preview kept is raw HTML: the anchors and the figure.
    render.render.r#unsafe = true;
    comrak::format_html(root, &render, &mut body).expect("writing to a string");
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        html_escape(title)
    )
}

/// Whether `html` opens one of the brief's heading anchors (`<a id="y2016" name="y2016">`,
/// an ASCII id), the only raw HTML the preview keeps.
pub fn is_anchor(html: &str) -> bool {
    let Some((id, name)) = html
        .strip_prefix("<a id=\"")
        .and_then(|r| r.strip_suffix("\">"))
        .and_then(|r| r.split_once("\" name=\""))
    else {
        return false;
    };
    id == name
        && !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Drops raw HTML other than the heading anchors, puts the figure in place of the Mermaid
/// block (or drops the block), and drops the paragraph that links to the figure's file.
fn prepare_preview<'a>(
    arena: &'a comrak::Arena<'a>,
    root: &'a comrak::nodes::AstNode<'a>,
    svg: Option<&str>,
) {
    use comrak::nodes::NodeValue;
    let nodes: Vec<_> = root.descendants().collect();
    let mut placed = false;
    for node in nodes {
        let mut data = node.data.borrow_mut();
        match &mut data.value {
            NodeValue::HtmlInline(h) if is_anchor(h) => {}
            NodeValue::HtmlInline(h) if h == "</a>" && after_anchor(node) => {}
            NodeValue::HtmlBlock(_) | NodeValue::HtmlInline(_) => {
                drop(data);
                node.detach();
            }
            // One diagram a year in the Markdown; one figure of all years in the page, where
            // the first diagram stood.
            NodeValue::CodeBlock(c) if c.info == "mermaid" => match svg.filter(|_| !placed) {
                Some(svg) => {
                    placed = true;
                    data.value = NodeValue::HtmlBlock(comrak::nodes::NodeHtmlBlock {
                        block_type: 6,
                        literal: format!("<figure class=\"timeline\">\n{svg}</figure>\n"),
                    })
                }
                None => {
                    drop(data);
                    node.detach();
                }
            },
            // The year headings (level 2) and the event headings (level 3); article text never
            // makes one.
            NodeValue::Heading(h) if h.level == 2 || h.level == 3 => {
                drop(data);
                heading_attribute_to_anchor(arena, node);
            }
            NodeValue::Link(l) if l.url == FIGURE_FILE => {
                drop(data);
                if let Some(p) = node.parent() {
                    p.detach();
                }
            }
            _ => {}
        }
    }
}

/// A heading ending in a Hugo attribute (`## Năm 2016 {#y2016}`) gets the anchor the other
/// engines get (`<a id="y2016" name="y2016"></a>`) instead of showing the attribute.
fn heading_attribute_to_anchor<'a>(
    arena: &'a comrak::Arena<'a>,
    heading: &'a comrak::nodes::AstNode<'a>,
) {
    use comrak::nodes::NodeValue;
    let Some(last) = heading.last_child() else {
        return;
    };
    let mut data = last.data.borrow_mut();
    let NodeValue::Text(t) = &mut data.value else {
        return;
    };
    let Some((rest, id)) = t
        .strip_suffix('}')
        .and_then(|r| r.rsplit_once(" {#"))
        .map(|(r, id)| (r.to_string(), id.to_string()))
    else {
        return;
    };
    let open = format!("<a id=\"{id}\" name=\"{id}\">");
    let year = id
        .strip_prefix('y')
        .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()));
    let event = id.starts_with("ev-");
    if !(year || event) || !is_anchor(&open) {
        return;
    }
    *t = rest.into();
    drop(data);
    let anchor = arena.alloc(NodeValue::HtmlInline(open).into());
    heading.prepend(anchor);
    anchor.insert_after(arena.alloc(NodeValue::HtmlInline("</a>".into()).into()));
}

/// True when the node right before `node` opens a heading anchor.
fn after_anchor<'a>(node: &'a comrak::nodes::AstNode<'a>) -> bool {
    node.previous_sibling().is_some_and(|p| {
        matches!(&p.data.borrow().value, comrak::nodes::NodeValue::HtmlInline(h) if is_anchor(h))
    })
}

/// The file the timeline figure is written to, beside the brief.
pub const FIGURE_FILE: &str = "timeline.svg";

const CSS: &str = "body { font-family: 'Libertinus Serif', Georgia, serif; line-height: 1.5; color: #222; margin: 0; }
main { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.9rem; margin-bottom: .3rem; }
h2 { border-bottom: 1px solid #bbb; padding-bottom: .2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
figure.timeline { margin: 1rem 0; overflow-x: auto; }
figure.timeline svg { width: 100%; min-width: 640px; height: auto; }
pre { background: #f5f5f5; padding: .6rem; overflow-x: auto; font-size: .85rem; }
.footnotes { font-size: .85rem; color: #444; }
";

#[cfg(test)]
mod tests {
    use super::*;

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
