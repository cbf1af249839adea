//! Extraction beyond the seeds: other outlets, spellings and page layouts, written for these
//! tests. Each case runs ingest → extract → timeline in memory.

use chronobrief::app::make_timeline;
use chronobrief::timeline::{Event, Kind, Timeline, YearBasis};

use crate::common::{corpus, corpus_args};

fn timeline(files: &[(&str, &str)]) -> Timeline {
    let dir = corpus(files);
    make_timeline(&corpus_args(dir.path()))
        .expect("the corpus reads")
        .1
}

fn conference<'a>(tl: &'a Timeline, needle: &str) -> &'a Event {
    tl.events
        .iter()
        .chain(&tl.undated)
        .find(|e| e.kind == Kind::Conference && e.title.contains(needle))
        .unwrap_or_else(|| {
            panic!(
                "no conference {needle:?} in {:#?}",
                tl.events.iter().map(|e| &e.title).collect::<Vec<_>>()
            )
        })
}

#[test]
fn relative_day_from_a_front_matter_dateline() {
    let tl = timeline(&[(
        "vnx.md",
        "---\ntitle: \"Khai mạc hội nghị\"\nurl: https://example.org/a\npublished: 2019-03-05T08:00:00+07:00\n---\n\nSáng nay (5/3), Hội nghị Đối ngoại toàn quốc lần thứ ba khai mạc tại TP HCM với chủ đề \"Đổi mới và hội nhập\".\n",
    )]);
    let e = conference(&tl, "Đối ngoại");
    assert_eq!(e.date.as_deref(), Some("2019-03-05"));
    assert_eq!(e.ordinal, Some(3));
    assert_eq!(e.theme.as_deref(), Some("Đổi mới và hội nhập"));
    assert_eq!(e.sources[0].line, 7, "line numbers count the front matter");
}

#[test]
fn a_day_after_the_dateline_belongs_to_the_year_before() {
    let tl = timeline(&[(
        "a.txt",
        "Tổng kết năm\n\nHà Nội, 05/01/2020 08:10\n\nNgày 28/12, Hội thảo “Kinh tế số và hội nhập” đã diễn ra tại Hà Nội do Thứ trưởng Nguyễn Văn An chủ trì.\n",
    )]);
    let e = conference(&tl, "Kinh tế số");
    assert_eq!(e.date.as_deref(), Some("2019-12-28"));
    match &e.date_basis.year {
        YearBasis::DocumentDate { read, year_before, .. } => {
            assert_eq!((read.text.as_str(), read.line, *year_before), ("05/01/2020", 3, true))
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(e.chair.as_deref(), Some("Nguyễn Văn An"));
    assert_eq!(e.location.as_deref(), Some("Hà Nội"));
}

#[test]
fn without_dateline_or_title_year_the_event_is_undated_not_guessed() {
    let tl = timeline(&[(
        "a.txt",
        "Tin\n\nNgày 3/4, Hội nghị Xúc tiến đầu tư lần thứ 2 đã diễn ra tại Đà Nẵng.\n",
    )]);
    assert!(tl.events.is_empty(), "{:#?}", tl.events);
    let e = conference(&tl, "Xúc tiến");
    assert_eq!(e.date, None);
    assert_eq!(e.date_basis.year, YearBasis::Unsettled);
}

#[test]
fn events_outside_the_range_are_dropped() {
    let tl = timeline(&[(
        "a.txt",
        "Tin\n\nHà Nội, 10/10/2023\n\nKể từ Hội nghị Hợp tác vùng lần thứ 5 năm 2010, các địa phương đã phối hợp. Ngày 9/10, Hội nghị Hợp tác vùng lần thứ 9 đã khai mạc.\n",
    )]);
    assert!(tl.events.is_empty(), "{:#?}", tl.events);
    assert!(tl.undated.is_empty());
}

#[test]
fn formal_documents_are_dated_by_their_issue_date() {
    let tl = timeline(&[(
        "a.txt",
        "Tin\n\nThực hiện Chỉ thị số 15-CT/TW ngày 10/8/2022 của Ban Bí thư về công tác ngoại giao kinh tế, các địa phương đã xây dựng kế hoạch.\n",
    )]);
    let d = tl
        .events
        .iter()
        .find(|e| e.kind == Kind::Directive)
        .expect("a directive");
    assert_eq!(d.date.as_deref(), Some("2022-08-10"));
    assert!(d.title.starts_with("Chỉ thị số 15-CT/TW"), "{}", d.title);
    assert_eq!(d.by.as_deref(), Some("Ban Bí thư"));
    assert_eq!(d.parent, None);
}

#[test]
fn numbered_instructions_at_a_conference_are_each_a_directive() {
    let tl = timeline(&[(
        "a.txt",
        "Tin\n\nThứ Hai, 7/3/2022\n\nChiều 7/3, Hội nghị trực tuyến “Triển khai nhiệm vụ ngoại giao năm 2022” đã diễn ra.\n\nKết luận hội nghị, Phó Thủ tướng Lê Minh Khái yêu cầu các bộ, ngành thực hiện 3 nhiệm vụ sau:\n\nThứ nhất, rà soát các dự án chậm tiến độ.\n\nThứ hai, đẩy mạnh giải ngân vốn đầu tư công.\n\nThứ ba, tăng cường kỷ luật, kỷ cương.\n\nSau đó, các đại biểu đã thảo luận sôi nổi.\n",
    )]);
    let conf = conference(&tl, "Triển khai nhiệm vụ ngoại giao");
    assert_eq!(conf.date.as_deref(), Some("2022-03-07"));
    let dirs: Vec<&Event> = tl
        .events
        .iter()
        .filter(|e| e.parent.as_deref() == Some(conf.id.as_str()))
        .collect();
    let lines: Vec<usize> = dirs.iter().map(|d| d.sources[0].line).collect();
    assert_eq!(lines, vec![7, 9, 11, 13], "{dirs:#?}");
    assert!(dirs
        .iter()
        .all(|d| d.by.as_deref() == Some("Lê Minh Khái") && d.date == conf.date));
}

#[test]
fn page_furniture_never_makes_events() {
    let tl = timeline(&[(
        "a.txt",
        "Tin chính\n\nHà Nội, 14/12/2021\n\nSáng 13/12, Hội nghị Kiểm tra toàn quốc lần thứ 4 diễn ra.\n\nTin liên quan\n\nNgày 1/9, Hội nghị Khác lần thứ 7 đã diễn ra ...\n\nXem nhiều\n\nHội thảo Quốc tế về biển lần thứ 12\n\nHội thảo Quốc tế về biển lần thứ 12\n\nNgày 21-22/11, Hội thảo Quốc tế về biển lần thứ 12 đã diễn ra tại Cần Thơ.\n",
    )]);
    let titles: Vec<&str> = tl
        .events
        .iter()
        .chain(&tl.undated)
        .map(|e| e.title.as_str())
        .collect();
    assert_eq!(titles, vec!["Hội nghị Kiểm tra toàn quốc lần thứ 4"]);
}

#[test]
fn old_and_new_tone_placement_name_the_same_event() {
    let tl = timeline(&[
        ("a.txt", "Tin\n\nHà Nội, 02/06/2020\n\nSáng 1/6, Toạ đàm “Hoà bình và hợp tác” đã diễn ra.\n"),
        ("b.txt", "Tin\n\nHà Nội, 01/06/2020\n\nSáng nay 1/6, Tọa đàm “Hòa bình và hợp tác” đã diễn ra.\n"),
    ]);
    assert_eq!(tl.events.len(), 1, "{:#?}", tl.events);
    assert_eq!(tl.events[0].sources.len(), 2);
    assert_eq!(tl.events[0].date.as_deref(), Some("2020-06-01"));
}

#[test]
fn series_members_dated_elsewhere_and_a_congress_anchor_settle_a_year() {
    let tl = timeline(&[
        ("a.txt", "Tin\n\nHội nghị Tuyên giáo lần thứ 6 năm 2014 đã thành công.\n"),
        ("b.txt", "Tin\n\nHội nghị Tuyên giáo lần thứ 8 năm 2019 đã thành công.\n"),
        ("c.txt", "Tin\n\nNgày 5/5, Hội nghị Tuyên giáo lần thứ 7 đã diễn ra. Hội nghị Tuyên giáo lần thứ 7 được tổ chức ngay sau Đại hội Đảng lần thứ XII.\n"),
    ]);
    let e = conference(&tl, "lần thứ 7");
    assert_eq!(e.date.as_deref(), Some("2016-05-05"), "{:?}", e.date_basis);
}

#[test]
fn without_an_anchor_the_series_bracket_alone_does_not_guess() {
    let tl = timeline(&[
        (
            "a.txt",
            "Tin\n\nHội nghị Tuyên giáo lần thứ 6 năm 2014 đã thành công.\n",
        ),
        (
            "b.txt",
            "Tin\n\nHội nghị Tuyên giáo lần thứ 8 năm 2019 đã thành công.\n",
        ),
        (
            "c.txt",
            "Tin\n\nNgày 5/5, Hội nghị Tuyên giáo lần thứ 7 đã diễn ra.\n",
        ),
    ]);
    let e = conference(&tl, "lần thứ 7");
    assert_eq!(e.date, None, "{:?}", e.date_basis);
}

#[test]
fn the_knowledge_file_settles_a_known_series() {
    let data = tempfile::tempdir().unwrap();
    let k = format!(
        "{}\n[[series]]\nname = \"Hội nghị Tuyên giáo\"\nmembers = [{{ ordinal = 7, year = 2017 }}]\n",
        chronobrief::knowledge::DEFAULT_KNOWLEDGE
    );
    std::fs::write(data.path().join("knowledge.toml"), k).unwrap();
    let dir = corpus(&[(
        "c.txt",
        "Tin\n\nNgày 5/5, Hội nghị Tuyên giáo toàn quốc lần thứ 7 đã diễn ra.\n",
    )]);
    let mut args = corpus_args(dir.path());
    args.data = Some(data.path().to_path_buf());
    let (_, tl) = make_timeline(&args).unwrap();
    let e = conference(&tl, "lần thứ 7");
    assert_eq!(e.date.as_deref(), Some("2017-05-05"));
    assert!(
        matches!(&e.date_basis.year, YearBasis::Knowledge { year: 2017, ordinal: 7, .. }),
        "{:?}",
        e.date_basis
    );
}

#[test]
fn a_title_year_dates_a_conference_without_a_dateline() {
    let tl = timeline(&[("a.txt", "Tin\n\nTối 21-1, Bộ Công Thương tổ chức hội nghị tổng kết công tác xúc tiến thương mại năm 2019.\n")]);
    let e = conference(&tl, "xúc tiến thương mại");
    // A review of 2019 held on 21 January is held in 2020.
    assert_eq!(e.date.as_deref(), Some("2020-01-21"), "{:?}", e.date_basis);
}

#[test]
fn a_headline_in_capitals_is_the_same_event_and_does_not_name_it() {
    let tl = timeline(&[
        ("a.txt", "HỘI NGHỊ XÚC TIẾN ĐẦU TƯ LẦN THỨ 5\n\nHà Nội, 10/05/2019\n\nSáng 9/5, Hội nghị Xúc tiến đầu tư lần thứ 5 khai mạc tại Hà Nội.\n"),
        ("b.txt", "Tin\n\nHà Nội, 10/05/2019\n\nHỘI NGHỊ XÚC TIẾN ĐẦU TƯ LẦN THỨ 5 ngày 9/5 đã thành công.\n"),
    ]);
    assert_eq!(tl.events.len(), 1, "{:#?}", tl.events);
    assert_eq!(tl.events[0].title, "Hội nghị Xúc tiến đầu tư lần thứ 5");
    assert_eq!(tl.events[0].date.as_deref(), Some("2019-05-09"));
}
