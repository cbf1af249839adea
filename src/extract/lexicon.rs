//! Word lists of the extraction grammar, kept as data so that every rule that needs one reads
//! the same list.

use std::collections::HashSet;
use std::sync::LazyLock;

/// The nouns a meeting's title starts with, longest first ("Hội nghị thượng đỉnh" before
/// "Hội nghị"), lower case.
pub const MEETING_NOUNS: &[&str] = &[
    "hội nghị thượng đỉnh",
    "hội nghị cấp cao",
    "hội nghị",
    "hội thảo",
    "tọa đàm",
    "diễn đàn",
    "cuộc họp",
    "phiên họp",
    "kỳ họp",
    "buổi làm việc",
    "cuộc làm việc",
];

/// The words of [`MEETING_NOUNS`] and of an ordinal ("lần thứ"), without case or tone marks
/// ([`crate::text::plain`]): words that say what kind of meeting a title names, not which.
pub static MEETING_NAME_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    MEETING_NOUNS
        .iter()
        .chain(&["lần thứ"])
        .flat_map(|n| {
            crate::text::plain(n)
                .split(' ')
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
});

/// The meeting noun `title` starts with (one of [`MEETING_NOUNS`]), compared without case or
/// tone marks.
pub fn meeting_noun(title: &str) -> Option<&'static str> {
    static PLAIN: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
        MEETING_NOUNS
            .iter()
            .map(|n| (crate::text::plain(n), *n))
            .collect()
    });
    let folded = crate::text::plain(title);
    PLAIN
        .iter()
        .find(|(p, _)| folded == *p || folded.starts_with(&format!("{p} ")))
        .map(|(_, n)| *n)
}

/// Head nouns of the bodies that meet, give instructions or own a meeting, written as names
/// write them: "Ban Thường vụ Tỉnh ủy …", "Ủy ban nhân dân tỉnh …", "Bộ Tài chính". A body's
/// name is one of these followed by the words of its name.
pub const BODY_HEADS: &[&str] = &[
    "Bộ Chính trị",
    "Ban Bí thư",
    "Ban Chấp hành",
    "Ban Thường vụ",
    "Ban Chỉ đạo",
    "Ban chỉ đạo",
    "Ban Tổ chức",
    "Ban cán sự",
    "Ban",
    "Bộ",
    "Thường trực",
    "Thường vụ",
    "Chính phủ",
    "Quốc hội",
    "Ủy ban",
    "Uỷ ban",
    "UBND",
    "HĐND",
    "Hội đồng",
    "Tỉnh ủy",
    "Tỉnh uỷ",
    "Thành ủy",
    "Thành uỷ",
    "Huyện ủy",
    "Huyện uỷ",
    "Đảng ủy",
    "Đảng uỷ",
    "Đảng đoàn",
    "Tổ công tác",
    "Tiểu ban",
    "Nội các",
    "Quân ủy Trung ương",
    "Tổng cục",
    "Cục",
    "Sở",
    "Văn phòng",
    "Mặt trận",
    "Bảo hiểm xã hội",
    "BHXH",
    "Hiệp hội",
    "Tổng Liên đoàn",
    "Liên đoàn",
    "Thành đoàn",
    "Tỉnh đoàn",
    "Trung ương",
];

/// [`BODY_HEADS`] as a regex alternation, longest first (so "Ban Thường vụ" wins over "Ban").
pub fn body_heads_pattern() -> String {
    let mut heads: Vec<&str> = BODY_HEADS.to_vec();
    heads.sort_by_key(|h| std::cmp::Reverse(h.len()));
    heads
        .iter()
        .map(|h| regex::escape(h))
        .collect::<Vec<_>>()
        .join("|")
}

/// True when `rest` begins with a body's head noun as a whole word ("Bộ Tài chính", not
/// "Bốn").
pub fn starts_with_body(rest: &str) -> bool {
    let r = rest.trim_start();
    BODY_HEADS.iter().any(|h| {
        r.strip_prefix(h)
            .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
    })
}

/// Words that end a name (of a conference, of a place): what follows is the sentence going on,
/// not the name.
pub(crate) const CLAUSE_WORDS: &[&str] = &[
    "do", "tại", "dưới", "nhằm", "đã", "được", "theo", "có", "vào", "ngày", "sáng", "chiều", "tối",
    "trưa", "đêm", "để", "là", "mà", "này", "đó", "trên", "cho", "sẽ", "thì", "cũng", "từ", "sau",
    "trước", "ở", "đang", "vừa", "hôm", "của", "trong", "qua", "tới", "đến", "nên", "vì", "khi",
    "nay", "rất", "như", "gồm", "ra", "vẫn", "không", "đều", "hay", "hoặc", "nói", "ấy", "kia",
    "nhiều", "bao", "chưa", "mới", "còn", "bởi", "lúc", "thuộc", "giữa", "lần", "sớm", "cần",
    "phải", "tiếp", "bắt", "luôn", "nhận", "sắp", "lại",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_head_is_a_whole_word() {
        assert!(starts_with_body(" Bộ Tài chính"));
        assert!(starts_with_body("Ủy ban quốc gia"));
        assert!(!starts_with_body("Bốn bộ"));
        assert!(!starts_with_body("Banner"));
        assert!(!starts_with_body("bộ trưởng"));
    }

    #[test]
    fn longer_heads_come_first_in_the_pattern() {
        let p = body_heads_pattern();
        let heads: Vec<&str> = p.split('|').collect();
        let at = |h: &str| heads.iter().position(|x| *x == h).unwrap();
        assert!(at("Ban Thường vụ") < at("Ban"));
        assert!(at("Quân ủy Trung ương") < at("Trung ương"));
    }
}
