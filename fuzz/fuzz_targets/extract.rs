//! The whole extractor on any bytes: ingest accepts or names the problem; extraction and the
//! timeline never panic; every source points at a real line and quotes it exactly; every dated
//! event's date is valid at its precision, no more precise than the words it was read from, and
//! a multi-day event's end lies after its start.
#![no_main]

use chronobrief::knowledge::Knowledge;
use chronobrief::extract::dates::Date;
use chronobrief::extract::extract_article;
use chronobrief::extract::dates::Precision;
use chronobrief::ingest::parse_article;
use chronobrief::timeline::basis::ReadAs;
use chronobrief::timeline::{build, DateRange};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn knowledge() -> &'static Knowledge {
    static K: OnceLock<Knowledge> = OnceLock::new();
    K.get_or_init(Knowledge::embedded)
}

fuzz_target!(|bytes: &[u8]| {
    let k = knowledge();
    let Ok(article) = parse_article("f.txt", "f.txt", bytes, k) else { return };
    let mentions = vec![extract_article(&article, k)];
    let lines: Vec<String> = article.lines.iter().map(|l| l.text.clone()).collect();
    let first = article.lines.first().map(|l| l.number).unwrap_or(1);
    let range = DateRange {
        from: chrono::NaiveDate::from_ymd_opt(1900, 1, 1).unwrap(),
        to: chrono::NaiveDate::from_ymd_opt(2100, 12, 31).unwrap(),
    };
    let tl = build(&mentions, k, range);
    for e in tl.events.iter().chain(&tl.undated) {
        for s in &e.sources {
            let line = &lines[s.line - first];
            assert!(line.contains(&s.quote), "the quote is the line's own text");
        }
        if let Some(d) = &e.date {
            let parsed = Date::parse_iso(d).expect("a valid ISO date");
            assert_eq!(parsed.precision(), e.precision.unwrap());
            let most = match e.date_basis.read_as {
                ReadAs::Year => Precision::Year,
                ReadAs::Month | ReadAs::MonthYear => Precision::Month,
                _ => Precision::Day,
            };
            assert!(parsed.precision() <= most, "{d} says more than its words: {:?}", e.date_basis);
            if let Some(end) = &e.end {
                let end = Date::parse_iso(end).expect("a valid end");
                assert!(end > parsed, "the end {end:?} follows the start {parsed:?}");
            }
        }
    }
});
