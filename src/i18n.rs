//! The fixed words of the brief in each language (`--lang vi|en`), and dates written the way
//! each language writes them. Article text is never translated.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, Weekday};
use clap::ValueEnum;
use serde::Serialize;

use crate::dates::Date;

/// The language of the brief's labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Serialize, serde::Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// The ISO 639-1 code, for Typst's `text(lang:)` and the PDF metadata.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// The default title of a brief.
    pub fn default_title(self) -> &'static str {
        self.labels()["default_title"]
    }

    /// Every fixed label, by key.
    pub fn labels(self) -> BTreeMap<&'static str, &'static str> {
        LABELS
            .iter()
            .map(|(k, vi, en)| (*k, if self == Lang::Vi { *vi } else { *en }))
            .collect()
    }

    /// A date at its precision: "Thứ Hai, 13/12/2021" / "Monday, 13 December 2021",
    /// "tháng 12/2021" / "December 2021", "năm 2018" / "2018".
    pub fn date(self, d: &Date) -> String {
        match (self, d.month, d.naive()) {
            (Lang::Vi, _, Some(n)) => {
                format!(
                    "{}, {:02}/{:02}/{}",
                    weekday_vi(n.weekday()),
                    n.day(),
                    n.month(),
                    n.year()
                )
            }
            (Lang::Vi, Some(m), None) => format!("tháng {:02}/{}", m, d.year),
            (Lang::Vi, None, _) => format!("năm {}", d.year),
            (Lang::En, _, Some(n)) => {
                format!(
                    "{}, {} {} {}",
                    weekday_en(n.weekday()),
                    n.day(),
                    MONTHS_EN[n.month0() as usize],
                    n.year()
                )
            }
            (Lang::En, Some(m), None) => format!("{} {}", MONTHS_EN[(m - 1) as usize], d.year),
            (Lang::En, None, _) => d.year.to_string(),
        }
    }

    /// A date at its precision, short, for a figure or a diagram: "13/12/2021" /
    /// "13 Dec 2021", "12/2021" / "Dec 2021", "2018".
    pub fn short_date(self, d: &Date) -> String {
        match (self, d.month, d.naive()) {
            (_, _, Some(n)) => self.day(n),
            (Lang::Vi, Some(m), None) => format!("{:02}/{}", m, d.year),
            (Lang::En, Some(m), None) => {
                format!("{} {}", &MONTHS_EN[(m - 1) as usize][..3], d.year)
            }
            (_, None, _) => d.year.to_string(),
        }
    }

    /// A `date_basis` (written in English in timeline.json) in the brief's language. Only the
    /// tool's own words are translated; what stands between quotes is the article's and stays.
    pub fn basis(self, basis: &str) -> String {
        if self == Lang::En {
            return basis.to_string();
        }
        basis
            .split('\'')
            .enumerate()
            .map(|(i, part)| {
                if i % 2 == 1 {
                    part.to_string()
                } else {
                    basis_vi(part)
                }
            })
            .collect::<Vec<_>>()
            .join("'")
    }

    /// A short day: "13/12/2021" / "13 Dec 2021".
    pub fn day(self, d: NaiveDate) -> String {
        match self {
            Lang::Vi => format!("{:02}/{:02}/{}", d.day(), d.month(), d.year()),
            Lang::En => format!(
                "{} {} {}",
                d.day(),
                &MONTHS_EN[d.month0() as usize][..3],
                d.year()
            ),
        }
    }
}

/// The phrases of `date_basis`, English → Vietnamese, longest first where one contains another.
const BASIS_VI: &[(&str, &str)] = &[
    ("day and month from the text", "ngày và tháng theo bài báo"),
    ("date stated in the text", "ngày ghi trong bài báo"),
    ("month stated in the text", "tháng ghi trong bài báo"),
    ("month from the text", "tháng theo bài báo"),
    ("year stated in the text", "năm ghi trong bài báo"),
    ("year from the same sentence", "năm lấy từ cùng câu"),
    ("year from the dateline", "năm lấy từ ngày đăng bài"),
    ("counted from the dateline", "tính từ ngày đăng bài"),
    ("after the day named on line", "sau ngày được nêu ở dòng"),
    ("year from the conference title", "năm lấy từ chính tên hội nghị"),
    ("the title reviews the year before", "tên hội nghị tổng kết năm trước"),
    ("the day is that of an event held within it, so only the month is certain", "ngày là của một sự kiện diễn ra trong khuôn khổ hội nghị, nên chỉ chắc chắn về tháng"),
    ("earlier in the same paragraph", "nêu ở đầu cùng đoạn"),
    ("year from the title", "năm lấy từ tên sự kiện"),
    ("of the series lies between", "của chuỗi hội nghị nằm giữa"),
    ("and the text places it right after", "và bài báo cho biết diễn ra ngay sau"),
    ("and the text places it after", "và bài báo cho biết diễn ra sau"),
    ("and the text places it before", "và bài báo cho biết diễn ra trước"),
    ("held together with", "tổ chức cùng với"),
    ("only the month is certain", "chỉ chắc chắn về tháng"),
    ("year from the knowledge file", "năm lấy từ tệp tri thức"),
    ("whose date is not known", "chưa rõ ngày"),
    ("given at", "đưa ra tại"),
    ("no conference or date is named for it", "bài báo không nêu hội nghị hay ngày"),
    ("no year: neither the sentence, a dateline, the title, the series nor the knowledge file settles it", "chưa rõ năm: câu văn, ngày đăng bài, tên sự kiện, chuỗi hội nghị và tệp tri thức đều không đủ căn cứ"),
    ("the articles give no date for it", "các bài báo không nêu ngày"),
    ("the articles give no issue date", "các bài báo không nêu ngày ban hành"),
    ("issue date stated in the text", "ngày ban hành ghi trong bài báo"),
    ("issue ", "ban hành: "),
    ("dated", "ngày"),
    ("line", "dòng"),
    ("year", "năm"),
    (" and the ", " và lần "),
    (" the ", " lần "),
];

fn basis_vi(part: &str) -> String {
    use std::sync::LazyLock;
    static ORDINAL: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"\b(\d+)(?:st|nd|rd|th)\b").unwrap());
    static MONTH: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})")
            .unwrap()
    });
    static CONGRESS: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"the (\d+)(?:st|nd|rd|th) Party Congress").unwrap());
    let part = CONGRESS.replace_all(part, "Đại hội Đảng lần thứ $1");
    let mut s = MONTH
        .replace_all(&part, |c: &regex::Captures| {
            let m = MONTHS_EN.iter().position(|n| *n == &c[1]).unwrap_or(0) + 1;
            format!("tháng {m}/{}", &c[2])
        })
        .into_owned();
    for (en, vi) in BASIS_VI {
        s = s.replace(en, vi);
    }
    ORDINAL.replace_all(&s, "thứ $1").into_owned()
}

/// English month names.
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn weekday_vi(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Thứ Hai",
        Weekday::Tue => "Thứ Ba",
        Weekday::Wed => "Thứ Tư",
        Weekday::Thu => "Thứ Năm",
        Weekday::Fri => "Thứ Sáu",
        Weekday::Sat => "Thứ Bảy",
        Weekday::Sun => "Chủ Nhật",
    }
}

fn weekday_en(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// (key, Vietnamese, English).
const LABELS: &[(&str, &str, &str)] = &[
    ("default_title", "Các hội nghị và chỉ đạo theo dòng thời gian", "Conferences and directives: a timeline"),
    ("period", "Giai đoạn", "Period"),
    ("articles", "bài báo", "articles"),
    ("events", "sự kiện", "events"),
    ("conferences", "hội nghị", "conferences"),
    ("directives", "chỉ đạo", "directives"),
    ("documents", "văn bản", "documents"),
    ("undated_count", "mục chưa xác định được ngày", "undated items"),
    ("built_on", "lập ngày", "built on"),
    ("summary", "Tóm tắt", "Summary"),
    ("first_event", "Sự kiện đầu tiên", "First event"),
    ("last_event", "Sự kiện gần nhất", "Latest event"),
    ("top_chair", "Người chủ trì nhiều nhất", "Most frequent chair"),
    ("times", "lần", "times"),
    ("by_year", "Theo năm", "By year"),
    ("year", "Năm", "Year"),
    ("figure_caption", "Dòng thời gian", "Timeline"),
    ("legend_conference", "hội nghị", "conference"),
    ("legend_document", "văn bản chỉ đạo", "formal directive"),
    ("legend_conference_imprecise", "hội nghị, chỉ biết tháng hoặc năm", "conference, month or year only"),
    ("legend_document_imprecise", "văn bản, chỉ biết tháng hoặc năm", "directive, month or year only"),
    ("more_directives", "… và {n} chỉ đạo khác (xem timeline.json)", "… and {n} more directives (see timeline.json)"),
    ("more_sources", "… và {n} nguồn khác (xem timeline.json)", "… and {n} more sources (see timeline.json)"),
    ("given_by", "Người chỉ đạo", "Given by"),
    ("group_conferences", "Hội nghị", "Conferences"),
    ("group_directives", "Chỉ đạo tại hội nghị", "Directives at conferences"),
    ("group_documents", "Văn bản chỉ đạo", "Formal directives"),
    ("figure_link", "Dòng thời gian dạng hình ảnh (SVG)", "The timeline as a picture (SVG)"),
    ("more", "… và {n} sự kiện khác (xem timeline.json)", "… and {n} more events (see timeline.json)"),
    ("more_articles", "… và {n} bài báo khác không được trích dẫn ở trên", "… and {n} more articles not cited above"),
    ("method_note", "Mỗi mốc thời gian đều dẫn nguồn (tệp, dòng và trích dẫn nguyên văn) ở chú thích cuối trang. Ngày có năm được suy ra kèm ghi chú cách suy ra.", "Every dated claim cites its source (file, line and exact quote) in a footnote. Where a year was inferred, a note says how."),
    ("date", "Ngày", "Date"),
    ("date_basis", "Căn cứ", "Basis"),
    ("ordinal", "Lần thứ", "Number"),
    ("chair", "Chủ trì", "Chair"),
    ("location", "Địa điểm", "Location"),
    ("theme", "Chủ đề", "Theme"),
    ("format", "Hình thức", "Format"),
    ("participants", "Thành phần", "Participants"),
    ("issuer", "Cơ quan ban hành", "Issued by"),
    ("directives_at", "Chỉ đạo tại hội nghị", "Directives given"),
    ("undated", "Chưa xác định được ngày", "Undated"),
    ("undated_note", "Những sự kiện sau được nhắc đến nhưng các bài báo không đủ căn cứ để xác định năm; công cụ không đoán.", "These events are mentioned, but the articles do not settle their year; the tool does not guess."),
    ("sources", "Nguồn", "Sources"),
    ("line", "dòng", "line"),
    ("supports", "Dẫn chứng cho", "Source for"),
    ("kind_conference", "Hội nghị", "Conference"),
    ("kind_document", "Văn bản", "Document"),
    ("event", "Sự kiện", "Event"),
    ("kind", "Loại", "Kind"),
    ("contents", "Mục lục", "Contents"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_languages() {
        let d = Date {
            year: 2021,
            month: Some(12),
            day: Some(13),
        };
        assert_eq!(Lang::Vi.date(&d), "Thứ Hai, 13/12/2021");
        assert_eq!(Lang::En.date(&d), "Monday, 13 December 2021");
        let m = Date {
            year: 2021,
            month: Some(12),
            day: None,
        };
        assert_eq!(Lang::Vi.date(&m), "tháng 12/2021");
        assert_eq!(Lang::En.date(&m), "December 2021");
        let y = Date {
            year: 2018,
            month: None,
            day: None,
        };
        assert_eq!(Lang::Vi.date(&y), "năm 2018");
        assert_eq!(Lang::En.date(&y), "2018");
        assert_eq!(Lang::Vi.short_date(&d), "13/12/2021");
        assert_eq!(Lang::En.short_date(&m), "Dec 2021");
        assert_eq!(Lang::Vi.short_date(&m), "12/2021");
        assert_eq!(Lang::Vi.short_date(&y), "2018");
    }

    #[test]
    fn date_basis_in_vietnamese_keeps_quoted_article_text() {
        let en = "day and month from the text ('21/8', line 8); year 2016: the 18th of the series lies between the 17th (2013) and the 19th (2018), and the text places it right after the 12th Party Congress (January 2016) ('ngay sau Đại hội Đảng lần thứ XII', line 14)";
        let vi = Lang::Vi.basis(en);
        assert_eq!(
            vi,
            "ngày và tháng theo bài báo ('21/8', dòng 8); năm 2016: lần thứ 18 của chuỗi hội nghị nằm giữa lần thứ 17 (2013) và lần thứ 19 (2018), và bài báo cho biết diễn ra ngay sau Đại hội Đảng lần thứ 12 (tháng 1/2016) ('ngay sau Đại hội Đảng lần thứ XII', dòng 14)"
        );
        assert_eq!(Lang::En.basis(en), en);
        assert!(Lang::Vi
            .basis("year from the dateline 13.12.2021 (line 4)")
            .starts_with("năm lấy từ ngày đăng bài 13.12.2021 (dòng 4)"));
    }

    #[test]
    fn both_languages_have_every_label() {
        let (vi, en) = (Lang::Vi.labels(), Lang::En.labels());
        assert_eq!(vi.len(), en.len());
        assert!(vi.values().chain(en.values()).all(|v| !v.is_empty()));
    }
}
