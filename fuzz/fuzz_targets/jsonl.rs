//! The scraper-export reader on any bytes: every record is an article or an error naming the
//! file and a line the file has; an article cites the lines of the text it writes out, which
//! holds no control character, and names the record's line.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use chronobrief::ingest::parse_file;
use chronobrief::knowledge::Knowledge;
use libfuzzer_sys::fuzz_target;

fn knowledge() -> &'static Knowledge {
    static K: OnceLock<Knowledge> = OnceLock::new();
    K.get_or_init(Knowledge::embedded)
}

fuzz_target!(|bytes: &[u8]| {
    let file_lines = bytes.split(|b| *b == b'\n').count();
    for r in parse_file("c.jsonl", Path::new("in/c.jsonl"), bytes, knowledge()) {
        match r {
            Err(e) => {
                let e = e.to_string();
                assert!(e.starts_with("in/c.jsonl"), "{e}");
                if let Some(line) = e
                    .strip_prefix("in/c.jsonl:")
                    .and_then(|r| r.split(':').next())
                    .and_then(|n| n.parse::<usize>().ok())
                {
                    assert!((1..=file_lines).contains(&line), "{e}");
                }
            }
            Ok(a) => {
                let origin = a.origin.as_ref().expect("a record keeps its text");
                let record = origin.record.expect("a record names its line");
                assert!((1..=file_lines).contains(&record));
                assert_eq!(a.file, format!("sources/c.jsonl/line-{record}.txt"));
                let text: Vec<&str> = origin.text.split('\n').collect();
                for l in &a.lines {
                    assert_eq!(text[l.number - 1], l.text);
                }
                assert!(!origin.text.chars().any(|c| c.is_control() && c != '\n'));
            }
        }
    }
});
