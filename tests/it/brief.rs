//! The brief's outputs as their readers get them: golden Markdown and Typst, the Markdown
//! rendered back, the exports parsed back, English labels, PDF/A, and a 200-event figure.
//!
//! Golden files are rewritten with `UPDATE_GOLDEN=1 cargo test --test it golden`; review the
//! diff before committing it.

use std::path::Path;

use chrono::DateTime;
use chronobrief::app::{build_outputs, make_timeline};
use chronobrief::compile::PdfStandardArg;
use chronobrief::compile::{compile_pdf, CompileOptions};
use chronobrief::extract::dates::Date;
use chronobrief::ingest::Corpus;
use chronobrief::render::export::{csv_columns, is_anchor, markdown_options};
use chronobrief::render::i18n::Lang;
use chronobrief::render::Format;
use chronobrief::render::{BriefContext, BriefOptions, FrontMatter, Renderer};
use chronobrief::timeline::{DateRange, Event, Kind, Timeline};
use comrak::nodes::NodeValue;
use comrak::{parse_document, Arena};
use serde_json::Value;

use crate::common::{build_args, corpus, file, pdf_text, root, seeds};

fn render_seeds(name: &str, lang: Lang) -> String {
    let (corpus, tl) = make_timeline(&crate::common::corpus_args(&root().join("seeds"))).unwrap();
    let renderer = Renderer::new(Some(&root().join("report-templates"))).unwrap();
    let options = BriefOptions::all(lang);
    renderer
        .render(name, &BriefContext::new(&tl, &corpus, &options))
        .unwrap()
}

fn golden(name: &str, actual: &str) {
    let path = root().join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: run UPDATE_GOLDEN=1 cargo test --test it golden",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "{name} differs from its golden file at line {}:\n  golden: {:?}\n  actual: {:?}\nrun UPDATE_GOLDEN=1 cargo test --test it golden and review the diff",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

#[test]
fn golden_markdown() {
    golden("brief.md", &render_seeds("brief.md.j2", Lang::Vi));
}

#[test]
fn golden_typst() {
    golden("brief.typ", &render_seeds("brief.typ.j2", Lang::Vi));
}

#[test]
fn markdown_renders_every_event_title_as_text_and_no_html() {
    let md = String::from_utf8(file(seeds(), "brief.md").to_vec()).unwrap();
    let arena = Arena::new();
    let root = parse_document(&arena, &md, &markdown_options());
    let mut text = String::new();
    let (mut tables, mut footnotes, mut mermaid) = (0, 0, 0);
    for node in root.descendants() {
        match &node.data.borrow().value {
            NodeValue::HtmlInline(h) if is_anchor(h) || h == "</a>" => {}
            NodeValue::HtmlBlock(_) | NodeValue::HtmlInline(_) => panic!("HTML in brief.md"),
            NodeValue::Text(t) => text.push_str(t),
            NodeValue::Table(_) => tables += 1,
            NodeValue::FootnoteDefinition(_) => footnotes += 1,
            NodeValue::CodeBlock(c) if c.info == "mermaid" => mermaid += 1,
            NodeValue::SoftBreak | NodeValue::LineBreak => text.push(' '),
            _ => {}
        }
        if matches!(
            node.data.borrow().value,
            NodeValue::Heading(_) | NodeValue::Paragraph | NodeValue::TableCell
        ) {
            text.push(' ');
        }
    }
    let tl = &seeds().timeline;
    let years: std::collections::BTreeSet<i32> = tl
        .events
        .iter()
        .filter_map(|e| e.when.map(|w| w.year))
        .collect();
    assert_eq!((tables, mermaid), (1, years.len()), "one diagram a year");
    // Every source of every event (and of the undated ones) is cited, the six of the 20th
    // conference too.
    let cited: usize = tl
        .events
        .iter()
        .chain(&tl.undated)
        .map(|e| e.sources.len())
        .sum();
    assert_eq!(footnotes, cited, "one footnote per source of every event");
    assert!(tl.events.iter().any(|e| e.sources.len() == 6));
    assert!(
        !md.contains("nguồn khác"),
        "no source is left out of the seeds' brief"
    );
    for e in tl.events.iter().filter(|e| e.kind == Kind::Conference) {
        assert!(
            text.contains(&e.title),
            "{} is not in the rendered Markdown",
            e.title
        );
    }
}

#[test]
fn html_preview_is_self_contained() {
    let html = String::from_utf8(file(seeds(), "brief.html").to_vec()).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<meta charset=\"utf-8\">"));
    assert!(!html.contains("<script") && !html.contains("src=\"http") && !html.contains("<link"));
    assert!(html.contains("Hội nghị Ngoại vụ toàn quốc lần thứ 20"));
    assert_eq!(
        html.matches("<figure class=\"timeline\">").count(),
        1,
        "one figure for the diagrams of every year"
    );
    assert!(!html.contains("mermaid"));
}

#[test]
fn csv_parses_back_one_row_per_event() {
    let bytes = file(seeds(), "timeline.csv");
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBFid,"),
        "a UTF-8 byte-order mark, so that Excel keeps the diacritics"
    );
    let mut r = csv::Reader::from_reader(bytes);
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        csv_columns().collect::<Vec<_>>()
    );
    let rows: Vec<csv::StringRecord> = r.records().map(|r| r.unwrap()).collect();
    let tl = &seeds().timeline;
    assert_eq!(rows.len(), tl.events.len() + tl.undated.len());
    for (row, e) in rows.iter().zip(&tl.events) {
        assert_eq!(&row[0], e.id);
        assert_eq!(&row[2], e.date.as_deref().unwrap());
        assert_eq!(&row[3], e.end.as_deref().unwrap_or(""));
        assert_eq!(&row[5], e.title, "titles with commas and quotes survive");
    }
}

#[test]
fn a_formula_cell_is_neutralised() {
    // An article whose file name is a formula: it becomes the `sources` cell.
    let input = corpus(&[(
        "=1+2.txt",
        "Tin\n\nHà Nội, 14/12/2021\n\nSáng 13/12, Hội nghị Thử nghiệm toàn quốc lần thứ 2 diễn ra tại Hà Nội.\n",
    )]);
    let mut args = build_args(input.path(), Path::new("unused"));
    args.formats = vec![Format::Csv];
    args.csv_bom = false;
    let out = build_outputs(&args).unwrap();
    let bytes = file(&out, "timeline.csv");
    assert!(bytes.starts_with(b"id,"), "no BOM when turned off");
    let mut r = csv::Reader::from_reader(bytes);
    let row = r.records().next().unwrap().unwrap();
    let sources = csv_columns().position(|c| c == "sources").unwrap();
    assert_eq!(
        &row[sources], "'=1+2.txt:5",
        "a leading quote stops the formula"
    );
    assert_eq!(&row[5], "Hội nghị Thử nghiệm toàn quốc lần thứ 2");
}

#[test]
fn the_kind_of_meeting_is_in_every_export_and_not_repeated_in_the_brief_where_the_title_says_it() {
    let input = corpus(&[
        (
            "a.txt",
            "Tin\n\nSáng 5/3/2019, Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy Thử Nghiệm.\n",
        ),
        (
            "b.txt",
            "Tin\n\nChiều 6/3/2019, Sở Thử Nghiệm tổ chức Tọa đàm về du lịch cộng đồng.\n",
        ),
    ]);
    let mut args = build_args(input.path(), Path::new("unused"));
    args.formats = vec![Format::Csv, Format::Json, Format::Md];
    let out = build_outputs(&args).unwrap();
    let kinds: Vec<(&str, Option<&str>)> = out
        .timeline
        .events
        .iter()
        .map(|e| {
            (
                e.date.as_deref().unwrap(),
                e.meeting_kind.map(|k| k.as_str()),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("2019-03-05", Some("working_session")),
            ("2019-03-06", Some("roundtable"))
        ]
    );
    let json: Value = serde_json::from_slice(file(&out, "timeline.json")).unwrap();
    assert_eq!(json["events"][1]["meeting_kind"], "roundtable");
    let mut r = csv::Reader::from_reader(file(&out, "timeline.csv"));
    let column = csv_columns().position(|c| c == "meeting_kind").unwrap();
    let cells: Vec<String> = r
        .records()
        .map(|r| r.unwrap()[column].to_string())
        .collect();
    assert_eq!(cells, ["working_session", "roundtable"]);
    let md = String::from_utf8(file(&out, "brief.md").to_vec()).unwrap();
    // Both titles open with a word of their kind ("Buổi làm việc của …", "Tọa đàm …"): no
    // line repeats it (the render's unit test shows one where a title does not).
    assert_eq!(md.matches("**Loại cuộc họp:**").count(), 0, "{md}");
    assert!(md.contains("Buổi làm việc của Bộ Chính trị với"), "{md}");
}

#[test]
fn multi_day_and_undated_events_keep_their_end_and_their_place_in_every_export() {
    let input = corpus(&[
        (
            "a.txt",
            "Tin\n\nHà Nội, 23/8/2021\n\nTrong hai ngày 21-22/8, Hội nghị Thử nghiệm toàn quốc lần thứ 2 diễn ra tại Hà Nội.\n",
        ),
        // No year anywhere: undated.
        (
            "b.txt",
            "Tin\n\nSáng 5/6, Hội nghị Thử nghiệm khu vực miền Trung lần thứ 3 diễn ra tại Đà Nẵng.\n",
        ),
    ]);
    let mut args = build_args(input.path(), Path::new("unused"));
    args.formats = vec![Format::Csv, Format::Timelinejs, Format::Json];
    let out = build_outputs(&args).unwrap();
    let tl = &out.timeline;
    let two_days = tl
        .events
        .iter()
        .find(|e| e.end.is_some())
        .expect("a multi-day event");
    assert_eq!(
        (two_days.date.as_deref(), two_days.end.as_deref()),
        (Some("2021-08-21"), Some("2021-08-22"))
    );
    assert!(!tl.undated.is_empty(), "an undated event");
    let mut r = csv::Reader::from_reader(file(&out, "timeline.csv"));
    let end = csv_columns().position(|c| c == "end").unwrap();
    let rows: Vec<csv::StringRecord> = r.records().map(|r| r.unwrap()).collect();
    assert!(rows
        .iter()
        .any(|r| r[0] == two_days.id && &r[end] == "2021-08-22"));
    let v: Value = serde_json::from_slice(file(&out, "timeline.timelinejs.json")).unwrap();
    let slide = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["unique_id"] == two_days.id.as_str())
        .unwrap();
    assert_eq!(
        slide["end_date"],
        serde_json::json!({"year": "2021", "month": "8", "day": "22"})
    );
    let title = v["title"]["text"]["text"].as_str().unwrap();
    for e in &tl.undated {
        assert!(
            title.contains(&e.title),
            "undated events are listed on the title slide: {title}"
        );
    }
}

#[test]
fn timelinejs_has_the_documented_shape_and_keeps_partial_dates() {
    let v: Value = serde_json::from_slice(file(seeds(), "timeline.timelinejs.json")).unwrap();
    assert!(v["title"]["text"]["headline"].is_string());
    let events = v["events"].as_array().unwrap();
    assert_eq!(events.len(), seeds().timeline.events.len());
    for e in events {
        let d = e["start_date"].as_object().unwrap();
        assert!(d["year"].as_str().unwrap().parse::<i32>().is_ok());
        for k in d.keys() {
            assert!(
                ["year", "month", "day"].contains(&k.as_str()),
                "unexpected date part {k}"
            );
        }
        assert!(e["text"]["headline"].is_string() && e["text"]["text"].is_string());
        assert!(e["unique_id"].is_string() && e["group"].is_string());
    }
    let year_only = events
        .iter()
        .find(|e| e["unique_id"] == "hoi-nghi-ngoai-vu-toan-quoc-lan-thu-19")
        .unwrap();
    assert_eq!(
        year_only["start_date"],
        serde_json::json!({ "year": "2018" })
    );
    let month_only = events
        .iter()
        .find(|e| e["unique_id"] == "hoi-nghi-ngoai-giao-lan-thu-31")
        .unwrap();
    assert_eq!(
        month_only["start_date"],
        serde_json::json!({ "year": "2021", "month": "12" })
    );
}

#[test]
fn english_labels_and_dates() {
    let mut args = build_args(&root().join("seeds"), Path::new("unused"));
    args.lang = Lang::En;
    args.formats = vec![Format::Pdf, Format::Md];
    let out = build_outputs(&args).unwrap();
    let text = pdf_text(file(&out, "brief.pdf"));
    for needle in [
        "Conferences and directives: a timeline",
        "Monday, 13 December 2021",
        "Sources",
        "Year 2021",
        "Chair",
    ] {
        assert!(text.contains(needle), "missing {needle:?}");
    }
    for vietnamese_label in ["Nguồn", "Thứ Hai", "Chủ trì", "Năm 2021"] {
        assert!(
            !text.contains(vietnamese_label),
            "label {vietnamese_label:?} was not translated"
        );
    }
    assert!(
        text.contains("Hội nghị Ngoại vụ toàn quốc lần thứ 20"),
        "article text stays as written"
    );
    let raw = String::from_utf8_lossy(file(&out, "brief.pdf")).into_owned();
    assert!(raw.contains("/Lang(en)"));
    assert_eq!(
        out.files
            .iter()
            .map(|(n, _)| n.as_str())
            .collect::<Vec<_>>(),
        vec!["brief.md", "brief.pdf"]
    );
}

#[test]
fn pdf_a_2b_passes_typsts_checks() {
    let mut args = build_args(&root().join("seeds"), Path::new("unused"));
    args.pdf_standard = PdfStandardArg::A2b;
    args.formats = vec![Format::Pdf];
    let out = build_outputs(&args).expect("PDF/A-2b export succeeds");
    let raw = String::from_utf8_lossy(file(&out, "brief.pdf")).into_owned();
    assert!(
        raw.contains("<pdfaid:part>2</pdfaid:part>")
            && raw.contains("<pdfaid:conformance>B</pdfaid:conformance>")
    );
}

#[test]
fn hugo_and_mkdocs_front_matter() {
    let dir = corpus(&[(
        "a.txt",
        "Tin\n\nHà Nội, 14/12/2021\n\nSáng 13/12, Hội nghị Thử lần thứ 2 diễn ra.\n",
    )]);
    for (fm, key) in [
        (FrontMatter::Hugo, "draft: false"),
        (FrontMatter::Mkdocs, "description: "),
    ] {
        let mut args = build_args(dir.path(), Path::new("unused"));
        args.front_matter = fm;
        args.title = Some("Tiêu đề: \"có dấu\"".into());
        args.formats = vec![Format::Md];
        let out = build_outputs(&args).unwrap();
        let md = String::from_utf8(file(&out, "brief.md").to_vec()).unwrap();
        assert!(
            md.starts_with("---\ntitle: \"Tiêu đề: \\\"có dấu\\\"\"\n"),
            "{md}"
        );
        let end = md[4..].find("\n---\n").expect("closed front matter") + 4;
        let yaml: serde_norway::Value = serde_norway::from_str(&md[4..end]).unwrap();
        assert_eq!(yaml["title"], "Tiêu đề: \"có dấu\"");
        assert!(md[..end].contains(key));
    }
    // Hugo: the output folder is a leaf bundle, its page `index.md` beside the figure it links.
    let mut args = build_args(dir.path(), Path::new("unused"));
    args.front_matter = FrontMatter::Hugo;
    args.formats = vec![Format::Md, Format::Svg];
    let out = build_outputs(&args).unwrap();
    let page = String::from_utf8(file(&out, "index.md").to_vec()).unwrap();
    assert_eq!(page.as_bytes(), file(&out, "brief.md"));
    assert!(
        page.contains("](timeline.svg)"),
        "a link relative to the bundle: {page}"
    );
    assert!(!file(&out, "timeline.svg").is_empty());
    // Other front matters write no bundle page.
    args.front_matter = FrontMatter::Mkdocs;
    let out = build_outputs(&args).unwrap();
    assert!(out.files.iter().all(|(n, _)| n != "index.md"));
}

pub fn synthetic(n: usize) -> Timeline {
    let events = (0..n)
        .map(|i| {
            let when = Date { year: 2016 + (i % 7) as i32, month: Some(1 + (i * 5 % 12) as u32), day: (i % 3 != 0).then_some(1 + (i % 28) as u32) };
            let kind = if i % 6 == 0 { Kind::Directive } else { Kind::Conference };
            let title = format!("Hội nghị Thử nghiệm số {i} về hợp tác và phát triển bền vững vùng đồng bằng sông Cửu Long");
            let source = chronobrief::extract::Evidence { file: "a.txt".into(), line: i + 1, quote: "Trích dẫn.".into() };
            Event {
                id: format!("e{i}"),
                ordinal: Some(i as u32 + 1),
                details: chronobrief::extract::Details {
                    location: Some("Cần Thơ".into()),
                    chair: Some("Nguyễn Văn Ân".into()),
                    ..Default::default()
                },
                ..Event::new(kind, title, Some(when), chronobrief::timeline::DateBasis::nothing(), vec![source])
            }
        })
        .collect::<Vec<_>>();
    let mut events = events;
    events.sort_by_key(|e| e.when);
    Timeline::of(DateRange::default(), events)
}

#[test]
fn the_timeline_figure_compiles_without_warnings_for_5_and_200_events() {
    let renderer = Renderer::new(Some(&root().join("report-templates"))).unwrap();
    for n in [5, 200] {
        let tl = synthetic(n);
        let ctx = BriefContext::new(&tl, &Corpus::default(), &BriefOptions::all(Lang::Vi));
        let shown: usize = ctx
            .figure
            .markers
            .iter()
            .map(|m| m.count.unwrap_or(1))
            .sum();
        assert_eq!(shown + ctx.figure.hidden, n, "every event drawn or counted");
        let typ = renderer.render("brief.typ.j2", &ctx).unwrap();
        let opts = CompileOptions {
            deny_warnings: true,
            strict: true,
            ..CompileOptions::new(DateTime::from_timestamp(0, 0).unwrap())
        };
        compile_pdf(&typ, &opts).unwrap_or_else(|e| panic!("{n} events: {e}"));
    }
}

/// Each marker of the figure names its event when pointed at and links to the event's heading,
/// which carries the marker's number: in the HTML preview every link finds its heading.
#[test]
fn figure_markers_are_tied_to_their_events() {
    let html = String::from_utf8(file(seeds(), "brief.html").to_vec()).unwrap();
    let md = String::from_utf8(file(seeds(), "brief.md").to_vec()).unwrap();
    let svg = String::from_utf8(file(seeds(), "timeline.svg").to_vec()).unwrap();
    let links: Vec<&str> = svg
        .match_indices("<a href=\"#")
        .map(|(i, _)| {
            let rest = &svg[i + "<a href=\"#".len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    let tops = seeds()
        .timeline
        .events
        .iter()
        .filter(|e| e.parent.is_none() && e.when.is_some())
        .count();
    assert_eq!(links.len(), tops, "one linked marker per dated event");
    for (n, id) in links.iter().enumerate() {
        assert!(
            html.contains(&format!("id=\"{id}\"")),
            "{id} has its heading in the preview"
        );
        assert!(
            md.contains(&format!("id=\"{id}\" name=\"{id}\"></a>({}) ", n + 1)),
            "{id}"
        );
    }
    assert_eq!(
        svg.matches("<title>").count(),
        tops + 1,
        "a tooltip for each marker"
    );
}
