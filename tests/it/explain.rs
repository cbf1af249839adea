//! `chronobrief explain`: what was read in an article and why each meeting is, or is not, the
//! event the brief lists.

use serde_json::Value;

use crate::common::{corpus, run, stderr};

const ARTICLE: &str = "Bản tin thử nghiệm\n\nHà Nội, 14/3/2019\n\nNgày 5/3/2019, Ban Thường vụ Tỉnh ủy Thử Nghiệm họp phiên thường kỳ tháng 3.\n\nSáng 6/3, tại Trung tâm Hội nghị tỉnh, các đại biểu Quốc hội thảo luận về dự án luật.\n\nSở Thử Nghiệm sẽ tổ chức Tọa đàm về du lịch cộng đồng trong thời gian tới.\n\nHội nghị Thử nghiệm khu vực lần thứ 3 diễn ra năm 2010.\n";

fn explain(args: &[&str], cwd: &std::path::Path) -> Value {
    let o = run(args, cwd);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

/// The sentences of the explanation's line `n`.
fn line(x: &Value, n: u64) -> &Vec<Value> {
    x[0]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["line"] == n)
        .unwrap_or_else(|| panic!("no line {n} in {x}"))["sentences"]
        .as_array()
        .unwrap()
}

#[test]
fn each_meeting_says_what_it_became_and_each_word_set_aside_says_why() {
    let dir = corpus(&[("a.txt", ARTICLE)]);
    let x = explain(&["explain", "a.txt", "--input", ".", "--json"], dir.path());
    assert_eq!(x[0]["in_corpus"], true);
    assert_eq!(x[0]["document_date"]["date"], "2019-03-14");
    let session = &line(&x, 5)[0]["meetings"][0];
    assert_eq!(session["meeting_kind"], "session");
    assert_eq!(session["role"], "held");
    assert_eq!(session["date_read"]["text"], "5/3/2019");
    assert_eq!(session["event"]["date"], "2019-03-05");
    assert!(session["event"]["basis"]
        .as_str()
        .unwrap()
        .contains("5/3/2019"));

    let set_aside: Vec<(&str, &str)> = line(&x, 7)[0]["not_meetings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["word"].as_str().unwrap(), n["why"].as_str().unwrap()))
        .collect();
    assert_eq!(set_aside, [("Hội nghị", "venue"), ("hội thảo", "compound")]);

    // Planned, with no date: undated, and the reason says the articles give none.
    let planned = &line(&x, 9)[0]["meetings"][0];
    assert_eq!(planned["event"]["date"], Value::Null);
    assert!(planned["date_read"].is_null());
    assert!(!planned["event"]["basis"].as_str().unwrap().is_empty());

    // Dated outside the brief's range: still explained, and said to be outside.
    let old = &line(&x, 11)[0]["meetings"][0]["event"];
    assert_eq!(
        (old["date"].as_str(), old["in_range"].as_bool()),
        (Some("2010"), Some(false))
    );
}

#[test]
fn a_line_alone_and_a_file_outside_the_corpus_read_alone() {
    let dir = corpus(&[("a.txt", ARTICLE)]);
    let elsewhere = tempfile::tempdir().unwrap();
    let x = explain(
        &[
            "explain",
            &format!("{}:7", dir.path().join("a.txt").display()),
            "--input",
            &elsewhere.path().display().to_string(),
            "--json",
        ],
        dir.path(),
    );
    assert_eq!(x[0]["in_corpus"], false);
    let lines = x[0]["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["line"], 7);

    let text = run(&["explain", "a.txt:5", "--input", "."], dir.path());
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains(
            "meeting: Phiên họp thường kỳ tháng 3 của Ban Thường vụ Tỉnh ủy Thử Nghiệm (session, held)"
        ),
        "{text}"
    );
    assert!(text.contains("event 2019-03-05"), "{text}");
}

#[test]
fn a_missing_file_is_an_error_that_names_it() {
    let dir = corpus(&[("a.txt", ARTICLE)]);
    let o = run(&["explain", "nothing.txt", "--input", "."], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nothing.txt"), "{}", stderr(&o));
}

#[test]
fn a_line_dropped_as_page_furniture_is_shown_with_why() {
    // A related-news marker, then only short lines: the page's furniture, not its article.
    let text = "Tin mới\n\nHà Nội, 14/3/2019\n\nNgày 5/3/2019, Ban Thường vụ Tỉnh ủy Thử Nghiệm họp phiên thường kỳ tháng 3.\n";
    let dir = corpus(&[("a.txt", text)]);
    let x = explain(&["explain", "a.txt", "--input", ".", "--json"], dir.path());
    let dropped = x[0]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["line"] == 5)
        .expect("the meeting's line is shown");
    assert_eq!(dropped["noise"], "related");
    assert!(dropped["sentences"].as_array().unwrap().is_empty());
}
