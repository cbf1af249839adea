//! The page budget: a corpus too large for one brief gives a PDF of at most `--pages` pages that
//! prints the most important events in full and counts the rest, while timeline.json keeps them
//! all.

use std::collections::HashMap;

use chronobrief::app::{build_outputs, Outputs};
use chronobrief::render::rank;
use chronobrief::render::Format;
use chronobrief::timeline::Event;

use crate::common::{build_args, file, root};

/// A brief of `articles` generated articles with the given page budget.
fn brief(articles: u64, pages: usize) -> Outputs {
    let dir = tempfile::tempdir().unwrap();
    chronobrief::synth::Source::read(&root().join("seeds"))
        .unwrap()
        .write(dir.path(), articles, 3)
        .unwrap();
    let mut args = build_args(dir.path(), std::path::Path::new("unused"));
    args.formats = vec![Format::Md, Format::Pdf, Format::Json];
    args.pages = pages;
    build_outputs(&args).unwrap()
}

fn pages_of(out: &Outputs) -> usize {
    pdf_extract::extract_text_from_mem_by_pages(file(out, "brief.pdf"))
        .unwrap()
        .len()
}

/// The numbers in the brief's lines that contain `marker`, in order.
fn numbers_near(md: &str, marker: &str) -> Vec<usize> {
    md.lines()
        .filter(|l| l.contains(marker))
        .flat_map(|l| {
            l.split(|c: char| !c.is_ascii_digit())
                .filter_map(|n| n.parse().ok())
                .collect::<Vec<usize>>()
        })
        .collect()
}

#[test]
fn a_large_corpus_fits_its_page_budget_with_its_most_important_events() {
    let out = brief(300, 6);
    let pages = pages_of(&out);
    assert!((3..=6).contains(&pages), "{pages} pages for a budget of 6");

    let tl = &out.timeline;
    let md = String::from_utf8(file(&out, "brief.md").to_vec()).unwrap();
    // The ranking's first event is printed; timeline.json has every event.
    let mut given: HashMap<&str, usize> = HashMap::new();
    for e in &tl.events {
        if let Some(p) = &e.parent {
            *given.entry(p.as_str()).or_default() += 1;
        }
    }
    let tops: Vec<&Event> = tl.events.iter().filter(|e| e.parent.is_none()).collect();
    let first = tops
        .iter()
        .max_by_key(|e| rank(e, given.get(e.id.as_str()).copied().unwrap_or(0)))
        .unwrap();
    assert!(
        md.lines()
            .any(|l| l.starts_with("### ") && l.ends_with(first.title.as_str())),
        "{}",
        first.title
    );
    let json: serde_json::Value = serde_json::from_slice(file(&out, "timeline.json")).unwrap();
    assert_eq!(json["events"].as_array().unwrap().len(), tl.events.len());

    // The brief says what it prints, of how many and in how many pages, and the events it
    // leaves out are counted under their years: the counts add up.
    let said = numbers_near(&md, "Bản tin in đầy đủ");
    let [printed, of, budget] = said[..] else {
        panic!("{said:?}")
    };
    assert_eq!(of, tops.len() + tl.undated.len());
    assert_eq!(budget, 6);
    assert!(printed < of / 4, "{printed} of {of}");
    let left_out: usize = numbers_near(&md, "sự kiện khác (xem timeline.json)")
        .iter()
        .sum();
    assert_eq!(printed + left_out, of);
}

#[test]
fn a_larger_budget_prints_more_and_no_budget_prints_everything() {
    let small = brief(120, 5);
    let large = brief(120, 12);
    let all = brief(120, 0);
    let (s, l, a) = (pages_of(&small), pages_of(&large), pages_of(&all));
    assert!(s <= 5 && l <= 12 && s < l && l < a, "{s} {l} {a}");
    let md = String::from_utf8(file(&all, "brief.md").to_vec()).unwrap();
    assert!(!md.contains("Bản tin in đầy đủ"));
    assert!(!md.contains("sự kiện khác"));
}

#[test]
fn a_template_longer_than_the_estimate_is_given_fewer_events_and_every_output_agrees() {
    // A template of the user's that puts two empty pages before every event: far longer than
    // the estimate of the default template.
    let templates = tempfile::tempdir().unwrap();
    let typ = std::fs::read_to_string(root().join("report-templates/brief.typ.j2")).unwrap();
    let paged = typ.replace("#fields(\n", "#pagebreak()\n#pagebreak()\n#fields(\n");
    assert_ne!(
        paged, typ,
        "the template still has the line this test edits"
    );
    std::fs::write(templates.path().join("brief.typ.j2"), paged).unwrap();
    let dir = tempfile::tempdir().unwrap();
    chronobrief::synth::Source::read(&root().join("seeds"))
        .unwrap()
        .write(dir.path(), 120, 3)
        .unwrap();
    let mut args = build_args(dir.path(), std::path::Path::new("unused"));
    args.templates = Some(templates.path().to_path_buf());
    args.formats = vec![Format::Md, Format::Pdf, Format::Typ];
    args.pages = 12;
    let out = build_outputs(&args).unwrap();
    let pages = pages_of(&out);
    let over = out
        .warnings
        .iter()
        .any(|w| w.contains("more than its budget"));
    assert!(pages <= 12 || over, "{pages} pages and no warning");
    // The wiki brief is made from the same choice of events as the PDF.
    let said = |name: &str| {
        let text = String::from_utf8(file(&out, name).to_vec()).unwrap();
        numbers_near(&text, "Bản tin in đầy đủ")
    };
    assert_eq!(said("brief.md"), said("brief.typ"));
    // Fewer events than the default template is given in the same budget: they were chosen
    // again after the first PDF overran it.
    args.templates = Some(root().join("report-templates"));
    let default = build_outputs(&args).unwrap();
    let printed_by_default = {
        let text = String::from_utf8(file(&default, "brief.md").to_vec()).unwrap();
        numbers_near(&text, "Bản tin in đầy đủ")[0]
    };
    assert!(
        said("brief.md")[0] < printed_by_default,
        "{:?} {printed_by_default} {pages}",
        said("brief.md")
    );
}
