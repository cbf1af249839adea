//! Each output as its reader's tool takes it: every source cited with true counts, Markdown
//! year links whose ASCII anchors every wiki engine keeps, the figure as SVG in the HTML
//! preview and beside the brief, Mermaid labels that keep their text, the CSV's text column,
//! TimelineJS labels in the brief's language, the calendar as an iCalendar parser reads it, and
//! the PDF's footnote marks and page breaks.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::{DateTime, NaiveDate};
use chronobrief::app::build_outputs;
use chronobrief::compile::{compile_pdf, CompileOptions};
use chronobrief::extract::dates::Precision;
use chronobrief::extract::Evidence;
use chronobrief::ingest::Corpus;
use chronobrief::render::export::timelinejs;
use chronobrief::render::i18n::Lang;
use chronobrief::render::Format;
use chronobrief::render::{BriefContext, BriefOptions, FrontMatter, Renderer, MAX_CITES};
use chronobrief::text::excerpt;
use chronobrief::timeline::{Kind, Timeline};
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

use crate::brief::synthetic;
use crate::common::{build_args, file, pdf_text, root, seeds, squash};

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// Every (file, line) that a timeline.json cites, dated and undated events alike.
fn sources_of(timeline_json: &[u8]) -> Vec<(String, u64)> {
    let v: Value = serde_json::from_slice(timeline_json).unwrap();
    let events = v["events"].as_array().unwrap();
    events
        .iter()
        .chain(v["undated"].as_array().unwrap())
        .flat_map(|e| e["sources"].as_array().unwrap())
        .map(|s| {
            (
                s["file"].as_str().unwrap().to_string(),
                s["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn options(max_per_year: usize, lang: Lang) -> BriefOptions {
    BriefOptions {
        max_per_year,
        ..BriefOptions::all(lang)
    }
}

fn renderer() -> Renderer {
    Renderer::new(Some(&root().join("report-templates"))).unwrap()
}

fn compile(typ: &str) -> Vec<u8> {
    let opts = CompileOptions {
        deny_warnings: true,
        strict: true,
        ..CompileOptions::new(DateTime::from_timestamp(0, 0).unwrap())
    };
    compile_pdf(typ, &opts)
        .unwrap_or_else(|e| panic!("{e}"))
        .pdf
}

#[test]
fn every_source_of_the_seeds_is_cited_in_the_markdown_and_the_pdf() {
    let out = seeds();
    let sources = sources_of(file(out, "timeline.json"));
    assert!(sources.len() > 30);
    let md = text(file(out, "brief.md"));
    let pdf = pdf_text(file(out, "brief.pdf"));
    for (f, l) in &sources {
        let cite = format!("{f}, dòng {l}: “");
        assert!(md.contains(&cite), "{cite} is not cited in brief.md");
        assert!(pdf.contains(&cite), "{cite} is not cited in brief.pdf");
    }
    // The summary table counts every source: six for the 20th conference.
    let tl = &out.timeline;
    let twentieth = tl.events.iter().find(|e| e.ordinal == Some(20)).unwrap();
    let given = tl
        .events
        .iter()
        .filter(|e| e.parent.as_deref() == Some(twentieth.id.as_str()))
        .count();
    let row =
        format!("| Hội nghị Ngoại vụ toàn quốc lần thứ 20 | Hội nghị ({given} chỉ đạo) | 6 |");
    assert!(md.contains(&row), "{row}");
}

#[test]
fn every_source_of_a_200_event_corpus_is_cited() {
    let dir = tempfile::tempdir().unwrap();
    chronobrief::synth::Source::read(&root().join("seeds"))
        .unwrap()
        .write(dir.path(), 80, 1)
        .unwrap();
    let mut args = build_args(dir.path(), Path::new("unused"));
    args.formats = vec![Format::Md, Format::Json];
    // No page budget: every event, with every source.
    args.pages = 0;
    let out = build_outputs(&args).unwrap();
    let tl = &out.timeline;
    assert!(
        tl.events.len() + tl.undated.len() >= 200,
        "{}",
        tl.events.len()
    );
    assert!(tl.events.iter().any(|e| e.sources.len() > 5));
    let md = text(file(&out, "brief.md"));
    let sources = sources_of(file(&out, "timeline.json"));
    for (f, l) in &sources {
        let cite = format!("{f}, dòng {l}: “");
        assert!(md.contains(&cite), "{cite} is not cited in brief.md");
    }
    assert!(!md.contains("nguồn khác") && !md.contains("sự kiện khác"));
}

#[test]
fn a_capped_brief_says_how_many_sources_it_leaves_out_and_where() {
    let mut tl = synthetic(3);
    let many = MAX_CITES + 7;
    tl.events[0].sources = (1..=many)
        .map(|line| Evidence {
            file: "b.txt".into(),
            line,
            // Long quotes: fifty footnotes of three lines each fill more than a page.
            quote: "Trích dẫn dài về hội nghị và các chỉ đạo được đưa ra tại đó. ".repeat(4),
        })
        .collect();
    let ctx = BriefContext::new(&tl, &Corpus::default(), &options(60, Lang::Vi));
    let md = renderer().render("brief.md.j2", &ctx).unwrap();
    assert_eq!(md.matches("]: b.txt, dòng ").count(), MAX_CITES);
    assert!(md.contains("… và 7 nguồn khác (xem timeline.json)"), "{md}");
    assert!(
        md.contains(&format!(" | {many} |")),
        "the summary counts every source"
    );
    let pdf = pdf_text(&compile(&renderer().render("brief.typ.j2", &ctx).unwrap()));
    assert!(
        pdf.contains("… và 7 nguồn khác (xem timeline.json)"),
        "{pdf}"
    );
    // Uncapped, every source is cited.
    let ctx = BriefContext::new(&tl, &Corpus::default(), &options(0, Lang::Vi));
    let md = renderer().render("brief.md.j2", &ctx).unwrap();
    assert_eq!(md.matches("]: b.txt, dòng ").count(), many);
}

/// The `#…` targets of the links in `md`.
fn link_targets(md: &str) -> BTreeSet<String> {
    md.split("](#")
        .skip(1)
        .map(|rest| rest[..rest.find(')').unwrap()].to_string())
        .collect()
}

#[test]
fn year_links_use_ascii_anchors_in_their_headings() {
    let md = text(file(seeds(), "brief.md"));
    // The index links to events (`ev-…`, checked in its own test); the rest are years.
    let (events, targets): (BTreeSet<String>, BTreeSet<String>) = link_targets(&md)
        .into_iter()
        .partition(|t| t.starts_with("ev-"));
    assert!(events.iter().all(|t| t.is_ascii()), "{events:?}");
    assert_eq!(
        targets,
        ["y2016", "y2018", "y2021", "y2022"]
            .map(String::from)
            .into(),
        "the targets are ASCII (GitHub would make `năm-2016`, MkDocs `nam-2016`)"
    );
    for t in &targets {
        // GitHub keeps an explicit anchor in a heading (prefixing its id and name with
        // user-content- and following the link to it), GitLab keeps its name (not its id), and
        // MkDocs keeps raw HTML as it is; a browser follows `#y2016` to either attribute.
        assert_eq!(
            md.matches(&format!("\n## <a id=\"{t}\" name=\"{t}\"></a>Năm "))
                .count(),
            1,
            "one heading holds the anchor {t}"
        );
    }
    let html = text(file(seeds(), "brief.html"));
    let ids: Vec<&str> = html
        .split(" id=\"")
        .skip(1)
        .map(|r| &r[..r.find('"').unwrap()])
        .collect();
    let unique: BTreeSet<&&str> = ids.iter().collect();
    assert_eq!(
        unique.len(),
        ids.len(),
        "no id twice in the preview: {ids:?}"
    );
    assert!(
        ids.contains(&"năm-2016"),
        "the heading keeps the id GitHub gives it"
    );
    for t in &targets {
        assert!(html.contains(&format!("href=\"#{t}\"")));
        assert!(
            html.contains(&format!("<a id=\"{t}\" name=\"{t}\"></a>")),
            "the preview keeps {t}"
        );
    }
    let en = renderer()
        .render(
            "brief.md.j2",
            &BriefContext::new(&synthetic(5), &Corpus::default(), &options(0, Lang::En)),
        )
        .unwrap();
    assert!(
        en.contains("[Year 2016](#y2016)")
            && en.contains("## <a id=\"y2016\" name=\"y2016\"></a>Year 2016")
    );
    // Hugo drops raw HTML by default, but reads a heading's trailing `{#id}`; the preview
    // shows the same anchor instead of the attribute.
    let mut hugo = options(0, Lang::Vi);
    hugo.front_matter = FrontMatter::Hugo;
    let md = renderer()
        .render(
            "brief.md.j2",
            &BriefContext::new(&synthetic(5), &Corpus::default(), &hugo),
        )
        .unwrap();
    assert!(
        md.contains("\n## Năm 2016 {#y2016}\n") && md.contains("](#y2016)"),
        "{md}"
    );
    let page = chronobrief::render::export::html(&md, "T", "vi", None);
    assert!(
        page.contains("<a id=\"y2016\" name=\"y2016\"></a>Năm 2016<"),
        "{page}"
    );
    assert!(!page.contains("{#"));
}

/// The `<svg>…</svg>` element of an HTML page.
fn svg_in(html: &str) -> &str {
    let start = html.find("<svg").expect("an inline SVG");
    let end = html.find("</svg>").unwrap() + "</svg>".len();
    &html[start..end]
}

#[test]
fn the_figure_is_one_picture_in_every_format() {
    let out = seeds();
    let svg = text(file(out, "timeline.svg"));
    let doc = roxmltree::Document::parse(&svg).expect("timeline.svg is well-formed XML");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    let html = text(file(out, "brief.html"));
    let inline = svg_in(&html);
    roxmltree::Document::parse(inline).expect("the preview's SVG is well-formed XML");
    assert_eq!(inline.trim(), svg.trim(), "the preview shows timeline.svg");
    assert!(
        !html.contains("mermaid") && !html.contains("<pre"),
        "no diagram source in the preview"
    );
    assert!(
        !html.contains("timeline.svg"),
        "the preview needs no other file"
    );
    let md = text(file(out, "brief.md"));
    assert!(md.contains("](timeline.svg)") && md.contains("```mermaid"));

    // The markers of the PDF's figure, drawn from the same layout: one shape for each, plus
    // one per symbol of the key, and every number of the legend.
    let tops = out
        .timeline
        .events
        .iter()
        .filter(|e| e.parent.is_none())
        .count();
    let shapes = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle") || n.has_tag_name("rect"))
        .count();
    let symbols = 2; // Seeds: precise and month-only conferences, no formal directive.
    assert_eq!(shapes, 1 + tops + symbols, "background, markers, key");
    let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
    for n in 1..=tops {
        assert!(texts.contains(&n.to_string().as_str()), "marker {n}");
    }
    assert!(texts
        .iter()
        .any(|t| t.contains("hội nghị, chỉ biết tháng hoặc năm")));
    assert!(
        !texts.iter().any(|t| t.contains("văn bản")),
        "only symbols that are used"
    );
}

#[test]
fn a_200_event_figure_is_well_formed_svg() {
    let tl = synthetic(200);
    let ctx = BriefContext::new(&tl, &Corpus::default(), &options(0, Lang::Vi));
    let svg = chronobrief::render::figure::svg(&ctx.figure, "Dòng thời gian <&>", "counts");
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let markers = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle") || n.has_tag_name("rect"))
        .count();
    assert_eq!(
        markers,
        1 + ctx.figure.markers.len() + ctx.figure.symbols.len()
    );
    // The key has each shape the markers use, once, and no other.
    let used: BTreeSet<(&str, bool)> = ctx
        .figure
        .markers
        .iter()
        .map(|m| (m.kind, m.precise))
        .collect();
    let key: Vec<(&str, bool)> = ctx
        .figure
        .symbols
        .iter()
        .map(|s| (s.kind, s.precise))
        .collect();
    assert_eq!(key.len(), used.len());
    assert_eq!(key.iter().copied().collect::<BTreeSet<_>>(), used);
}

/// The Mermaid blocks' lines (one block a year), as (period, events) for each column.
fn mermaid_columns(md: &str) -> Vec<(String, Vec<String>)> {
    let mut columns: Vec<(String, Vec<String>)> = Vec::new();
    let blocks = md.match_indices("```mermaid\n").map(|(start, _)| {
        let rest = &md[start..];
        &rest[..rest.find("\n```\n").unwrap()]
    });
    for line in blocks.flat_map(str::lines).map(str::trim) {
        if let Some(event) = line.strip_prefix(": ") {
            columns.last_mut().unwrap().1.push(event.to_string());
        } else if let Some((period, event)) = line.split_once(" : ") {
            columns.push((period.to_string(), vec![event.to_string()]));
        }
    }
    columns
}

#[test]
fn mermaid_has_one_column_per_date_and_labels_keep_their_text() {
    let md = text(file(seeds(), "brief.md"));
    let columns = mermaid_columns(&md);
    let periods: BTreeSet<&String> = columns.iter().map(|(p, _)| p).collect();
    assert_eq!(periods.len(), columns.len(), "one column per date");
    let tops: Vec<_> = seeds()
        .timeline
        .events
        .iter()
        .filter(|e| e.parent.is_none())
        .collect();
    let labels: Vec<&String> = columns.iter().flat_map(|(_, e)| e).collect();
    assert_eq!(labels.len(), tops.len());
    for (label, e) in labels.iter().zip(&tops) {
        assert_eq!(
            **label,
            excerpt(&e.title, 70),
            "the label keeps the title's text"
        );
    }
    let same_day = columns.iter().find(|(p, _)| p == "13/12/2021").unwrap();
    assert_eq!(
        same_day.1.len(),
        2,
        "two events of 13/12/2021 share a column"
    );
    // English: the title keeps its colon (the title runs to the end of its line).
    let en = renderer()
        .render(
            "brief.md.j2",
            &BriefContext::new(&synthetic(5), &Corpus::default(), &options(0, Lang::En)),
        )
        .unwrap();
    assert!(
        en.contains("    title Conferences and directives: a timeline · Year 2016\n"),
        "{en}"
    );
    // Hundreds of events: one diagram a year, at most twelve columns (months) of at most four
    // lines each, the rest counted.
    let many = renderer()
        .render(
            "brief.md.j2",
            &BriefContext::new(&synthetic(400), &Corpus::default(), &options(0, Lang::En)),
        )
        .unwrap();
    let blocks: Vec<&str> = many.split("```mermaid\n").skip(1).collect();
    assert_eq!(blocks.len(), 7, "one diagram for each of the seven years");
    for b in blocks {
        let b = &b[..b.find("\n```").unwrap()];
        let columns = b
            .lines()
            .filter(|l| l.contains(" : ") && !l.trim().starts_with(':'))
            .count();
        assert!((1..=12).contains(&columns), "{columns} columns:\n{b}");
    }
    let columns = mermaid_columns(&many);
    assert!(columns.iter().all(|(_, titles)| titles.len() <= 4));
    assert!(
        columns
            .iter()
            .any(|(_, t)| t.last().is_some_and(|l| l.ends_with("more"))),
        "{many}"
    );
}

#[test]
fn the_csv_reads_back_with_each_directives_text() {
    let mut r = csv::Reader::from_reader(file(seeds(), "timeline.csv"));
    let headers = r.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (id, text_col) = (col("id"), col("text"));
    let tl = &seeds().timeline;
    let mut directives = 0;
    for row in r.records().map(|r| r.unwrap()) {
        let e = tl
            .events
            .iter()
            .chain(&tl.undated)
            .find(|e| e.id == row[id])
            .unwrap();
        assert_eq!(&row[text_col], e.text.as_deref().unwrap_or(""));
        directives += usize::from(e.kind == Kind::Directive && !row[text_col].is_empty());
    }
    // Every directive, dated or not, is a row with its text.
    assert_eq!(
        directives,
        tl.events
            .iter()
            .chain(&tl.undated)
            .filter(|e| e.kind == Kind::Directive)
            .count()
    );
}

fn timelinejs_of(tl: &Timeline, lang: Lang) -> Value {
    serde_json::from_str(&timelinejs(tl, "T", &lang.labels())).unwrap()
}

#[test]
fn timelinejs_labels_and_groups_are_in_the_briefs_language() {
    let tl = &seeds().timeline;
    for (lang, groups, given_by) in [
        (
            Lang::Vi,
            ["Hội nghị", "Chỉ đạo tại hội nghị"],
            "Người chỉ đạo: ",
        ),
        (
            Lang::En,
            ["Conferences", "Directives at conferences"],
            "Given by: ",
        ),
    ] {
        let v = timelinejs_of(tl, lang);
        let events = v["events"].as_array().unwrap();
        let seen: BTreeSet<&str> = events
            .iter()
            .map(|e| e["group"].as_str().unwrap())
            .collect();
        assert_eq!(seen, groups.into(), "{lang:?}");
        let texts: Vec<&str> = events
            .iter()
            .map(|e| e["text"]["text"].as_str().unwrap())
            .collect();
        assert!(texts.iter().all(|t| !t.contains("<p>by: ")), "{lang:?}");
        assert!(texts.iter().any(|t| t.contains(given_by)), "{lang:?}");
    }
}

#[test]
fn footnote_marks_are_separated() {
    let pdf = pdf_text(file(seeds(), "brief.pdf"));
    let after = &pdf[pdf.find("Thứ Hai, 13/12/2021").unwrap() + "Thứ Hai, 13/12/2021".len()..];
    let marks: String = after
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | ' '))
        .collect();
    let marks: Vec<&str> = marks.trim().split(',').map(str::trim).collect();
    assert_eq!(marks.len(), 6, "six marks, each apart: {marks:?}");
    assert!(marks.iter().all(|m| m.parse::<u32>().is_ok()), "{marks:?}");
}

#[test]
fn an_events_heading_never_ends_a_page_without_its_details() {
    let tl = synthetic(90);
    let ctx = BriefContext::new(&tl, &Corpus::default(), &options(0, Lang::Vi));
    let pdf = compile(&renderer().render("brief.typ.j2", &ctx).unwrap());
    let pages: Vec<String> = pdf_extract::extract_text_from_mem_by_pages(&pdf)
        .unwrap()
        .iter()
        .map(|p| squash(&p.nfc().collect::<String>()))
        .collect();
    assert!(pages.len() > 5);
    let mut checked = 0;
    for (i, e) in tl
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.parent.is_none())
    {
        let title = squash(&e.title);
        let Some(page) = pages
            .iter()
            .find(|p| p.contains(&title) && !p.contains(&format!("— {title}")))
        else {
            continue;
        };
        let after = &page[page.find(&title).unwrap() + title.len()..];
        assert!(after.contains("Ngày"), "event {i}: its heading ends a page");
        assert!(
            after.contains("Cần Thơ"),
            "event {i}: its details start the next page"
        );
        checked += 1;
    }
    assert!(checked > 50, "{checked}");
}

#[test]
fn the_seeds_markdown_has_only_a_handful_of_escapes() {
    let md = text(file(seeds(), "brief.md"));
    let escapes = md.matches('\\').count();
    assert!(escapes <= 5, "{escapes} backslashes in brief.md");
    for written in [
        "21/08/2016",
        "dòng 14)",
        "Covid-19",
        "13.12.2021",
        "000_d07fab37f9eb536a.txt",
    ] {
        assert!(md.contains(written), "{written} is written as it is");
    }
}

#[test]
fn the_calendar_parses_back_with_one_all_day_event_per_day_dated_event() {
    use icalendar::Component;
    let out = seeds();
    let ics = std::str::from_utf8(file(out, "timeline.ics")).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    let cal: icalendar::Calendar = ics.parse().expect("timeline.ics parses as iCalendar");
    assert_eq!(
        cal.property_value("PRODID"),
        Some(chronobrief::render::export::ICS_PRODID)
    );
    let events: Vec<&icalendar::Event> = cal.events().collect();
    let tl = &out.timeline;
    let by_day: Vec<_> = tl
        .events
        .iter()
        .filter(|e| e.precision.is_some_and(|p| p == Precision::Day))
        .collect();
    assert!(!by_day.is_empty());
    assert_eq!(events.len(), by_day.len());
    for (ev, e) in events.iter().zip(&by_day) {
        assert_eq!(ev.get_uid(), Some(format!("{}@chronobrief", e.id).as_str()));
        assert_eq!(ev.get_summary(), Some(e.title.as_str()));
        let start = NaiveDate::parse_from_str(e.date.as_deref().unwrap(), "%Y-%m-%d").unwrap();
        assert_eq!(
            ev.get_start(),
            Some(start.into()),
            "an all-day event on its day"
        );
        let last = e
            .end
            .as_deref()
            .map_or(start, |d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap());
        assert_eq!(
            ev.get_end(),
            Some(last.succ_opt().unwrap().into()),
            "ends the day after its last"
        );
        let description = ev.get_description().unwrap();
        for s in &e.sources {
            assert!(
                description.contains(&format!("{}:{} “{}”", s.file, s.line, s.quote)),
                "{description}"
            );
        }
        // The build's one timestamp, not the clock: the same input gives the same bytes.
        assert_eq!(
            ev.get_timestamp().map(|t| t.timestamp()),
            Some(chronobrief::app::DEFAULT_EPOCH)
        );
    }
}

#[test]
fn the_index_names_who_held_chaired_and_directed_with_links_to_their_events() {
    let out = seeds();
    let md = std::str::from_utf8(file(out, "brief.md")).unwrap();
    let section = md
        .split("## Ai chủ trì, ai chỉ đạo")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("an index section");
    let tl = &out.timeline;
    let chairs: BTreeSet<&str> = tl
        .events
        .iter()
        .filter_map(|e| e.details.chair.as_deref())
        .collect();
    assert!(!chairs.is_empty());
    for c in &chairs {
        assert!(
            section.contains(&format!("- **{c}**: ")),
            "{c} in {section}"
        );
    }
    // Every link leads to an event's heading anchor in the same page.
    let targets = link_targets(section);
    assert!(!targets.is_empty());
    for t in targets {
        assert!(
            md.contains(&format!("{{#{t}}}")) || md.contains(&format!("<a id=\"{t}\"")),
            "no anchor {t}"
        );
    }
    let pdf = pdf_extract::extract_text_from_mem(file(out, "brief.pdf")).unwrap();
    let pdf: String = pdf.nfc().collect();
    assert!(pdf.contains("Ai chủ trì, ai chỉ đạo"));
}
