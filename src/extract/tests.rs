//! Extraction of single sentences and paragraphs, written for these tests.

use crate::knowledge::Knowledge;
use crate::ingest::parse_article;

use super::{extract_article, Mentions};

fn extract(text: &str) -> Mentions {
    let k = Knowledge::embedded();
    let a = parse_article(
        "t.txt",
        "t.txt",
        format!("Tiêu đề\n\n{text}\n").as_bytes(),
        &k,
    )
    .unwrap();
    extract_article(0, &a, &k)
}

fn titles(m: &Mentions) -> Vec<&str> {
    m.conferences.iter().map(|c| c.title.as_str()).collect()
}

#[test]
fn ordinals_in_digits_roman_numerals_and_words() {
    let m = extract("Hội nghị Ngoại vụ toàn quốc lần thứ 20 diễn ra. Hội nghị Hợp tác lần thứ XII khai mạc. Hội thảo Khoa học lần thứ ba đã kết thúc. Hội nghị Ngoại giao 31 bế mạc.");
    let got: Vec<(Option<u32>, Option<&str>)> = m
        .conferences
        .iter()
        .map(|c| (c.ordinal, c.series.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            (Some(20), Some("Hội nghị Ngoại vụ toàn quốc")),
            (Some(12), Some("Hội nghị Hợp tác")),
            (Some(3), Some("Hội thảo Khoa học")),
            (Some(31), Some("Hội nghị Ngoại giao")),
        ]
    );
}

#[test]
fn plenums_and_sessions_keep_their_body_and_term() {
    let m = extract("Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII đã bế mạc. Hội nghị Trung ương 4 khóa XII đã thông qua nghị quyết. Kỳ họp thứ 2, Quốc hội khóa XV đã khai mạc.");
    let got: Vec<(Option<u32>, Option<&str>, Option<u32>)> = m
        .conferences
        .iter()
        .map(|c| (c.ordinal, c.series.as_deref(), c.term))
        .collect();
    assert_eq!(
        got,
        vec![
            (Some(4), Some("Hội nghị Ban Chấp hành Trung ương Đảng"), Some(13)),
            (Some(4), Some("Hội nghị Trung ương"), Some(12)),
            (Some(2), Some("Kỳ họp Quốc hội"), Some(15)),
        ]
    );
    assert_eq!(m.conferences[2].title, "Kỳ họp thứ 2, Quốc hội khóa XV");
}

#[test]
fn a_conference_named_only_by_its_keyword_is_not_an_event() {
    let m = extract("Phát biểu tại hội nghị, Bộ trưởng cho biết. Kết luận Hội nghị, ông nói. Các hội thảo, tọa đàm này rất hiệu quả. Tọa đàm lần đầu tiên được tổ chức.");
    assert!(m.conferences.is_empty(), "{:?}", titles(&m));
}

#[test]
fn details_of_a_conference() {
    let m = extract("Sáng 5/3, tại Hà Nội, Hội nghị Xúc tiến đầu tư lần thứ 2 với chủ đề “Kết nối và phát triển” đã diễn ra dưới hình thức trực tiếp kết hợp trực tuyến. Sự kiện do Phó Thủ tướng Trần Lưu Quang chủ trì, với sự tham dự của 200 doanh nghiệp để trao đổi kinh nghiệm.");
    let c = &m.conferences[0];
    assert_eq!(c.location.as_deref(), Some("Hà Nội"));
    assert_eq!(c.theme.as_deref(), Some("Kết nối và phát triển"));
    assert_eq!(c.format.as_deref(), Some("trực tiếp kết hợp trực tuyến"));
    assert_eq!(c.chair.as_deref(), Some("Trần Lưu Quang"));
    assert_eq!(c.participants.as_deref(), Some("200 doanh nghiệp"));
    let d = c.date.as_ref().unwrap();
    assert_eq!((d.date.month, d.date.day), (Some(3), Some(5)));
}

#[test]
fn references_and_frames_are_marked() {
    let m = extract("Kể từ Hội nghị Ngoại vụ lần thứ 17 năm 2013, trong khuôn khổ Hội nghị Ngoại giao lần thứ 31, đã diễn ra Hội nghị Ngoại vụ lần thứ 20 ngày 13/12.");
    let flags: Vec<(bool, bool)> = m
        .conferences
        .iter()
        .map(|c| (c.reference, c.framework))
        .collect();
    assert_eq!(flags, vec![(true, false), (false, true), (false, false)]);
    assert_eq!(
        m.conferences[0].title_years.first.as_ref().map(|t| t.0),
        Some(2013)
    );
    assert!(
        m.conferences[0].date.is_none(),
        "a reference does not take the sentence's day"
    );
}

#[test]
fn directive_verbs_need_a_speaker_and_are_not_nouns() {
    let m = extract("Hội nghị Tổng kết lần thứ 5 diễn ra.\n\nCông tác này đáp ứng yêu cầu phát triển.\n\nThủ tướng Phạm Minh Chính yêu cầu các bộ, ngành khẩn trương hoàn thành.\n\nDưới sự chỉ đạo của Chính phủ, kinh tế phục hồi.");
    let lines: Vec<usize> = m.directives.iter().map(|d| d.evidence.line).collect();
    assert_eq!(lines, vec![7]);
    assert_eq!(m.directives[0].by.as_deref(), Some("Phạm Minh Chính"));
    assert_eq!(m.directives[0].parent, Some(0));
}

#[test]
fn a_title_stands_for_the_last_person_who_bore_it() {
    let m = extract("Hội nghị Ngoại giao lần thứ 30 khai mạc. Bộ trưởng Ngoại giao Phạm Bình Minh phát biểu.\n\nBộ trưởng đề nghị các cơ quan đại diện chủ động hơn.\n\n“Chúng ta cần làm tốt hơn nữa”, ông Minh nói.");
    let by: Vec<Option<&str>> = m.directives.iter().map(|d| d.by.as_deref()).collect();
    assert_eq!(
        by,
        vec![Some("Phạm Bình Minh"), Some("Phạm Bình Minh")],
        "{:?}",
        m.directives
    );
}

#[test]
fn an_instruction_announced_with_a_colon_is_the_next_paragraph() {
    let m = extract("Hội nghị Ngoại vụ lần thứ 21 diễn ra. Bộ trưởng Lê Văn Tâm chỉ đạo:\n\n“Các địa phương phải chủ động hơn.”");
    let lines: Vec<usize> = m.directives.iter().map(|d| d.evidence.line).collect();
    assert_eq!(lines, vec![5]);
}

#[test]
fn a_conference_takes_the_day_that_opens_its_paragraph() {
    let m = extract("Sáng 13/12, tại Hà Nội, Thủ tướng dự và phát biểu. Hội nghị Tổng kết ngành Ngoại giao lần thứ 3 đã đánh giá kết quả.");
    let d = m.conferences[0].date.as_ref().expect("the paragraph's day");
    assert_eq!((d.date.month, d.date.day), (Some(12), Some(13)));
    assert_eq!(d.how, crate::extract::ReadHow::Paragraph);
}
