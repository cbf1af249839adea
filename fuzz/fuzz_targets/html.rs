//! The saved-page reader on any bytes: it accepts the page or names the problem; a page it
//! accepts gives one article whose cited lines are the lines of the text it writes out, with a
//! title of at most one line and bounded length, and no control character in that text.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use chronobrief::ingest::{parse_file, MAX_TITLE_CHARS};
use chronobrief::knowledge::Knowledge;
use libfuzzer_sys::fuzz_target;

fn knowledge() -> &'static Knowledge {
    static K: OnceLock<Knowledge> = OnceLock::new();
    K.get_or_init(Knowledge::embedded)
}

fuzz_target!(|bytes: &[u8]| {
    let read = parse_file("p.html", Path::new("in/p.html"), bytes, knowledge());
    assert_eq!(read.len(), 1, "one page is one article or one error");
    match &read[0] {
        Err(e) => assert!(e.to_string().starts_with("in/p.html"), "{e}"),
        Ok(a) => {
            let origin = a.origin.as_ref().expect("a page keeps its text");
            let text: Vec<&str> = origin.text.split('\n').collect();
            for l in &a.lines {
                assert_eq!(text[l.number - 1], l.text, "line {} is the text's line", l.number);
            }
            assert!(!origin.text.chars().any(|c| c.is_control() && c != '\n'));
            assert!(!a.title.contains('\n'));
            assert!(a.title.chars().count() <= MAX_TITLE_CHARS + 1);
        }
    }
});
