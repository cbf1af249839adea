//! The fixed words of the brief in each language (`--lang vi|en`), and dates written the way
//! each language writes them. Article text is never translated.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;

use crate::extract::dates::{Date, DocumentDateSource};
use crate::extract::lexicon::MeetingKind;
use crate::extract::AnchorRelation;
use crate::extract::Reading;
use crate::timeline::basis::{BasisNote, CongressAnchor, DateBasis, ReadAs, TitleRule, YearBasis};

/// The language of the brief's labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// Every language a brief can be written in.
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

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

    /// The Vietnamese or the English of a phrase.
    pub fn pick(self, vi: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }

    /// Every fixed label, by key.
    pub fn labels(self) -> BTreeMap<&'static str, &'static str> {
        LABELS
            .iter()
            .map(|(k, vi, en)| (*k, if self == Lang::Vi { *vi } else { *en }))
            .collect()
    }

    /// One fixed label ([`LABELS`]).
    pub fn label(self, key: &str) -> Option<&'static str> {
        LABELS
            .iter()
            .find(|(k, _, _)| *k == key)
            .map(|(_, vi, en)| self.pick(vi, en))
    }

    /// The name of a kind of meeting ("Hội thảo" / "Workshop"): the label
    /// `meeting_{kind}`.
    pub fn meeting_kind(self, kind: MeetingKind) -> &'static str {
        self.label(&format!("meeting_{}", kind.as_str()))
            .expect("every kind of meeting has a label")
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

    /// How an event's date was read and its year settled, in this language. Article text
    /// (the words read, titles) stays as written.
    pub fn basis(self, b: &DateBasis) -> String {
        basis_sentence(self, b)
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

    /// Where a quote stands in the file the user gave, for an article read from a web page or
    /// a scraper's export: "crawl.jsonl, record on line 3, paragraph 2" / "crawl.jsonl, bản
    /// ghi dòng 3, đoạn 2". `paragraph` is none for the headline.
    pub fn origin(self, input: &str, record: Option<usize>, paragraph: Option<usize>) -> String {
        let mut s = input.to_string();
        if let Some(r) = record {
            s.push_str(&match self {
                Lang::En => format!(", record on line {r}"),
                Lang::Vi => format!(", bản ghi dòng {r}"),
            });
        }
        match (self, paragraph) {
            (_, None) => {}
            (Lang::En, Some(p)) => s.push_str(&format!(", paragraph {p}")),
            (Lang::Vi, Some(p)) => s.push_str(&format!(", đoạn {p}")),
        }
        s
    }

    /// A multi-day event: its first day at full length, then its last day short
    /// ("Thứ Hai, 13/12/2021 – 14/12/2021").
    pub fn date_range(self, start: &Date, end: Option<&Date>) -> String {
        match end.and_then(Date::naive) {
            Some(last) => format!("{} – {}", self.date(start), self.day(last)),
            None => self.date(start),
        }
    }

    /// The other days sources give for an event, each with where it stands: "05/05/2019
    /// (c.txt, dòng 5)".
    pub fn conflicts(self, conflicts: &[crate::timeline::Conflict], max: usize) -> Option<String> {
        let line = if self == Lang::Vi { "dòng" } else { "line" };
        let more = |n: usize| match self {
            Lang::Vi => format!("… và {n} nơi khác"),
            Lang::En => format!("… and {n} more"),
        };
        let mut parts: Vec<String> = conflicts
            .iter()
            .filter_map(|c| {
                let date = Date::parse_iso(&c.date)?;
                let mut at: Vec<String> = c
                    .sources
                    .iter()
                    .take(max)
                    .map(|s| format!("{}, {line} {}", s.file, s.line))
                    .collect();
                if c.sources.len() > max {
                    at.push(more(c.sources.len() - max));
                }
                Some(format!("{} ({})", self.short_date(&date), at.join("; ")))
            })
            .collect();
        if parts.len() > max {
            let n = parts.len() - max;
            parts.truncate(max);
            parts.push(match self {
                Lang::Vi => format!("… và {n} ngày khác"),
                Lang::En => format!("… and {n} more dates"),
            });
        }
        (!parts.is_empty()).then(|| parts.join("; "))
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

fn ordinal_en(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// `('words', line N)` / `('words', dòng N)`.
fn quoted(lang: Lang, r: &Reading) -> String {
    match lang {
        Lang::En => format!("('{}', line {})", r.text, r.line),
        Lang::Vi => format!("('{}', dòng {})", r.text, r.line),
    }
}

/// An ISO date of a basis, localised.
fn iso_date(lang: Lang, iso: &str) -> String {
    Date::parse_iso(iso)
        .map(|d| lang.date(&d))
        .unwrap_or_else(|| iso.to_string())
}

fn source_name(lang: Lang, s: DocumentDateSource) -> &'static str {
    match (lang, s) {
        (Lang::En, DocumentDateSource::FrontMatter) => "the published date",
        (Lang::En, DocumentDateSource::PageMetadata) => "the page's publication date",
        (Lang::En, DocumentDateSource::Byline) => "the dateline",
        (Lang::En, DocumentDateSource::Url) => "the date in the article's URL",
        (Lang::En, DocumentDateSource::PageDateLine) => "the page's date line",
        (Lang::En, DocumentDateSource::CurrentYear) => "the year the text calls its own",
        (Lang::En, DocumentDateSource::CountedBack) => {
            "the time the text counts back from to a dated day"
        }
        (Lang::Vi, DocumentDateSource::FrontMatter) => "ngày đăng ghi kèm bài",
        (Lang::Vi, DocumentDateSource::PageMetadata) => "ngày đăng trong siêu dữ liệu của trang",
        (Lang::Vi, DocumentDateSource::Byline) => "ngày đăng bài",
        (Lang::Vi, DocumentDateSource::Url) => "ngày trong địa chỉ bài báo",
        (Lang::Vi, DocumentDateSource::PageDateLine) => "dòng ngày của trang lưu",
        (Lang::Vi, DocumentDateSource::CurrentYear) => "năm hiện tại mà bài báo nêu",
        (Lang::Vi, DocumentDateSource::CountedBack) => {
            "thời điểm bài báo tính lùi về một ngày đã biết"
        }
    }
}

fn read_part(lang: Lang, b: &DateBasis) -> Option<String> {
    let r = b.read.as_ref()?;
    let what = match (lang, b.read_as) {
        (_, ReadAs::Nothing) => return None,
        (Lang::En, ReadAs::Relative) => "day counted from another the text names",
        (Lang::Vi, ReadAs::Relative) => "ngày tính theo một ngày khác bài báo nêu",
        (Lang::En, ReadAs::FullDate) => "date stated in the text",
        (Lang::En, ReadAs::DayMonth) => "day and month from the text",
        (Lang::En, ReadAs::MonthYear) => "month stated in the text",
        (Lang::En, ReadAs::Month) => "month from the text",
        (Lang::En, ReadAs::Year) => "year stated in the text",
        (Lang::Vi, ReadAs::FullDate) => "ngày ghi trong bài báo",
        (Lang::Vi, ReadAs::DayMonth) => "ngày và tháng theo bài báo",
        (Lang::Vi, ReadAs::MonthYear) => "tháng ghi trong bài báo",
        (Lang::Vi, ReadAs::Month) => "tháng theo bài báo",
        (Lang::Vi, ReadAs::Year) => "năm ghi trong bài báo",
    };
    Some(format!("{what} {}", quoted(lang, r)))
}

fn title_rule(lang: Lang, rule: TitleRule) -> &'static str {
    match (lang, rule) {
        (Lang::En, TitleRule::Same) => "year from the title",
        (Lang::En, TitleRule::ReviewsYearBefore) => "the title reviews the year before",
        (Lang::En, TitleRule::PlansYearAfter) => "the title plans the year after",
        (Lang::En, TitleRule::SchoolYear) => "the school year in the title",
        (Lang::En, TitleRule::Period) => "held after the period its title reviews",
        (Lang::Vi, TitleRule::Same) => "năm lấy từ tên sự kiện",
        (Lang::Vi, TitleRule::ReviewsYearBefore) => "tên hội nghị tổng kết năm trước",
        (Lang::Vi, TitleRule::PlansYearAfter) => "tên hội nghị triển khai kế hoạch năm sau",
        (Lang::Vi, TitleRule::SchoolYear) => "năm học ghi trong tên hội nghị",
        (Lang::Vi, TitleRule::Period) => "họp sau kỳ mà tên phiên họp nêu",
        (Lang::En, TitleRule::OpensTerm) => "a term's first session, held in its first year",
        (Lang::Vi, TitleRule::OpensTerm) => "kỳ họp thứ nhất, họp trong năm đầu của nhiệm kỳ",
        (Lang::En, TitleRule::Anniversary) => {
            "a review of years since a dated document, held near its anniversary"
        }
        (Lang::Vi, TitleRule::Anniversary) => {
            "tổng kết số năm thực hiện một văn bản có ngày ban hành, họp gần ngày tròn năm"
        }
    }
}

fn anchor_part(lang: Lang, a: &CongressAnchor) -> String {
    let start =
        Date::parse_iso(&a.start).map(|d| d.truncate(crate::extract::dates::Precision::Month));
    let when = start.map(|d| lang.date(&d)).unwrap_or_default();
    match lang {
        Lang::En => {
            let side = match a.side {
                AnchorRelation::JustAfter => "right after",
                AnchorRelation::After => "after",
                AnchorRelation::Before => "before",
            };
            format!(
                "the text places it {side} the {} Party Congress ({when}) {}",
                ordinal_en(a.congress),
                quoted(lang, &a.read)
            )
        }
        Lang::Vi => {
            let side = match a.side {
                AnchorRelation::JustAfter => "ngay sau",
                AnchorRelation::After => "sau",
                AnchorRelation::Before => "trước",
            };
            format!(
                "bài báo cho biết sự kiện diễn ra {side} Đại hội Đảng lần thứ {} ({when}) {}",
                a.congress,
                quoted(lang, &a.read)
            )
        }
    }
}

fn year_part(lang: Lang, y: &YearBasis) -> Option<String> {
    let en = lang == Lang::En;
    Some(match y {
        YearBasis::Text => return None,
        YearBasis::Sentence { read } if en => format!("year from the same sentence {}", quoted(lang, read)),
        YearBasis::Sentence { read } => format!("năm lấy từ cùng câu {}", quoted(lang, read)),
        YearBasis::DocumentDate { read, source, year_before, year_after } => {
            let base = if en {
                format!("year from {} {}", source_name(lang, *source), quoted(lang, read))
            } else {
                format!("năm lấy từ {} {}", source_name(lang, *source), quoted(lang, read))
            };
            match (year_before, year_after, en) {
                (true, _, true) => format!("{base}; a day more than two months after it was the year before"),
                (true, _, false) => format!("{base}; ngày sau ngày đăng quá hai tháng nên thuộc năm trước"),
                (false, true, true) => format!("{base}; a planned day more than a month before it is the year after"),
                (false, true, false) => format!("{base}; ngày dự kiến trước ngày đăng quá một tháng nên thuộc năm sau"),
                (false, false, _) => base,
            }
        }
        YearBasis::CountedFromDocumentDate { read, source } if en => format!("counted from {} {}", source_name(lang, *source), quoted(lang, read)),
        YearBasis::CountedFromDocumentDate { read, source } => format!("tính từ {} {}", source_name(lang, *source), quoted(lang, read)),
        YearBasis::AfterDayNamed { line } if en => format!("after the day named on line {line}"),
        YearBasis::AfterDayNamed { line } => format!("sau ngày được nêu ở dòng {line}"),
        YearBasis::Title { read, rule } => format!("{} {}", title_rule(lang, *rule), quoted(lang, read)),
        YearBasis::AfterDocument { read } if en => format!("the first such day after the document it carries out {}", quoted(lang, read)),
        YearBasis::AfterDocument { read } => format!("ngày đầu tiên như vậy sau văn bản mà sự kiện triển khai {}", quoted(lang, read)),
        YearBasis::Series { series, ordinal, before, after, anchors } => {
            let mut s = if en {
                format!(
                    "the {} of the series {series} lies between the {} ({}) and the {} ({})",
                    ordinal_en(*ordinal),
                    ordinal_en(before.ordinal),
                    iso_date(lang, &before.date),
                    ordinal_en(after.ordinal),
                    iso_date(lang, &after.date)
                )
            } else {
                format!(
                    "lần thứ {ordinal} của chuỗi {series} nằm giữa lần thứ {} ({}) và lần thứ {} ({})",
                    before.ordinal,
                    iso_date(lang, &before.date),
                    after.ordinal,
                    iso_date(lang, &after.date)
                )
            };
            for a in anchors {
                s.push_str(if en { ", and " } else { ", và " });
                s.push_str(&anchor_part(lang, a));
            }
            s
        }
        YearBasis::Knowledge { name, ordinal, year, source } if en => format!("year from the knowledge file ({name} {ordinal}: {year}; source: {})", source.en),
        YearBasis::Knowledge { name, ordinal, year, source } => format!("năm lấy từ tệp tri thức ({name} lần thứ {ordinal}: {year}; nguồn: {})", source.vi.as_ref().unwrap_or(&source.en)),
        YearBasis::HeldWith { title, date, line } if en => format!("held together with {title} (line {line}), dated {}", iso_date(lang, date)),
        YearBasis::HeldWith { title, date, line } => format!("tổ chức cùng với {title} (dòng {line}), ngày {}", iso_date(lang, date)),
        YearBasis::SameArticle { title, date } if en => format!("the year that puts it within half a year of {title} ({}), reported in the same article", iso_date(lang, date)),
        YearBasis::SameArticle { title, date } => format!("năm đặt ngày này trong vòng nửa năm quanh {title} ({}), cùng bài báo", iso_date(lang, date)),
        YearBasis::StoryDay { read } if en => format!("the year that puts it within half a year after the last day the article's story writes in full {}", quoted(lang, read)),
        YearBasis::StoryDay { read } => format!("năm đặt ngày này trong vòng nửa năm sau ngày cuối cùng bài báo ghi đầy đủ {}", quoted(lang, read)),
        YearBasis::SameMeeting { read } if en => format!("the year another line of the article writes for the same meeting {}", quoted(lang, read)),
        YearBasis::SameMeeting { read } => format!("năm mà một dòng khác của bài báo ghi cho cùng cuộc họp {}", quoted(lang, read)),
        YearBasis::Conference { title, date } if en => format!("given at {title} ({})", iso_date(lang, date)),
        YearBasis::Conference { title, date } => format!("đưa ra tại {title} ({})", iso_date(lang, date)),
        YearBasis::DocumentNumber { number } if en => format!("year from the document's number ({number})"),
        YearBasis::DocumentNumber { number } => format!("năm lấy từ số hiệu văn bản ({number})"),
        YearBasis::ReportedAsIssued { read, source } if en => format!("reported as just issued: the month of {} {}", source_name(lang, *source), quoted(lang, read)),
        YearBasis::ReportedAsIssued { read, source } => format!("được đưa tin là vừa ban hành: tháng của {} {}", source_name(lang, *source), quoted(lang, read)),
        YearBasis::Unsettled if en => "no year: neither the sentence, the document date, the title, the series nor the knowledge file settles it".to_string(),
        YearBasis::Unsettled => "chưa rõ năm: câu văn, ngày đăng bài, tên sự kiện, chuỗi hội nghị và tệp tri thức đều không đủ căn cứ".to_string(),
        YearBasis::NoDate if en => "the articles give no date for it".to_string(),
        YearBasis::NoDate => "các bài báo không nêu ngày".to_string(),
    })
}

fn note_text(lang: Lang, n: BasisNote) -> &'static str {
    match (lang, n) {
        (Lang::En, BasisNote::MonthOnlyFramework) => "only the month is certain",
        (Lang::En, BasisNote::ParagraphDay) => "the day opens its paragraph",
        (Lang::En, BasisNote::IssueDate) => "the issue date",
        (Lang::En, BasisNote::OpenedBeforeClosing) => {
            "the first day counted back from the closing day and the days of work"
        }
        (Lang::En, BasisNote::GivenOnDay) => "the day the instruction was given",
        (Lang::En, BasisNote::LastDayReported) => {
            "the end is the last day a report gives, not a closing: it sat until then at least"
        }
        (Lang::Vi, BasisNote::MonthOnlyFramework) => "chỉ chắc chắn về tháng",
        (Lang::Vi, BasisNote::ParagraphDay) => "ngày nêu ở đầu đoạn",
        (Lang::Vi, BasisNote::IssueDate) => "ngày ban hành",
        (Lang::Vi, BasisNote::OpenedBeforeClosing) => {
            "ngày khai mạc tính lùi từ ngày bế mạc và số ngày làm việc"
        }
        (Lang::Vi, BasisNote::GivenOnDay) => "ngày ra chỉ đạo",
        (Lang::Vi, BasisNote::LastDayReported) => {
            "ngày kết thúc là ngày cuối cùng được đưa tin, không phải ngày bế mạc: ít nhất đến ngày đó"
        }
    }
}

fn basis_sentence(lang: Lang, b: &DateBasis) -> String {
    let conference = matches!(b.year, YearBasis::Conference { .. });
    let mut parts: Vec<String> = Vec::new();
    if !conference {
        parts.extend(read_part(lang, b));
    }
    parts.extend(year_part(lang, &b.year));
    parts.extend(
        b.notes
            .iter()
            .filter(|_| !conference)
            .map(|n| note_text(lang, *n).to_string()),
    );
    sentence(&parts.join("; "))
}

/// Parts made one sentence: a capital first letter and a full stop.
fn sentence(s: &str) -> String {
    let mut c = s.chars();
    let Some(first) = c.next() else {
        return String::new();
    };
    let mut out: String = first.to_uppercase().chain(c).collect();
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
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
    // What changed about an event since the last build (the feed and the changes list).
    ("change_new", "mới", "new"),
    ("change_date_revised", "ngày sửa, trước là", "date revised, was"),
    ("change_now_dated", "nay đã rõ ngày", "now dated"),
    ("change_now_undated", "nay chưa rõ ngày", "now undated"),
    ("change_ends", "kết thúc", "ends"),
    ("change_no_end", "không còn ngày kết thúc", "no last day any more"),
    ("change_other_source", "nguồn khác ghi ngày", "another source gives"),
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
    ("figure_counts", "Số trong mỗi ký hiệu: số sự kiện cùng loại trong tháng đó (trong năm, với sự kiện chỉ biết năm).", "The number in each marker: the events of its kind in that month (in that year, for events known only by their year)."),
    ("legend_conference", "hội nghị", "conference"),
    ("legend_document", "văn bản chỉ đạo", "formal directive"),
    ("legend_conference_imprecise", "hội nghị, chỉ biết tháng hoặc năm", "conference, month or year only"),
    ("legend_document_imprecise", "văn bản, chỉ biết tháng hoặc năm", "directive, month or year only"),
    ("more_directives", "… và {n} chỉ đạo khác (xem timeline.json)", "… and {n} more directives (see timeline.json)"),
    ("more_sources", "… và {n} nguồn khác (xem timeline.json)", "… and {n} more sources (see timeline.json)"),
    ("more_events_short", "… {n} sự kiện nữa", "… {n} more"),
    ("given_by", "Người chỉ đạo", "Given by"),
    ("group_conferences", "Hội nghị", "Conferences"),
    ("group_directives", "Chỉ đạo tại hội nghị", "Directives at conferences"),
    ("group_documents", "Văn bản chỉ đạo", "Formal directives"),
    ("figure_link", "Dòng thời gian dạng hình ảnh (SVG)", "The timeline as a picture (SVG)"),
    ("more", "… và {n} sự kiện khác (xem timeline.json)", "… and {n} more events (see timeline.json)"),
    ("selected", "Bản tin in đầy đủ {printed} trên {of} sự kiện: những sự kiện quan trọng nhất (nhiều bài báo đưa tin, nhiều chỉ đạo, thuộc một chuỗi hội nghị) vừa trong {pages} trang. Các sự kiện khác được đếm dưới năm của chúng; timeline.json và timeline.csv có đủ tất cả.", "This brief prints {printed} of {of} events in full: the most important ones (reported by more articles, with more directives, in a conference series) that fit in {pages} pages. The others are counted under their year; timeline.json and timeline.csv have them all."),
    ("selected_per_year", "Bản tin in đầy đủ {printed} trên {of} sự kiện: những sự kiện quan trọng nhất của mỗi năm. Các sự kiện khác được đếm dưới năm của chúng; timeline.json và timeline.csv có đủ tất cả.", "This brief prints {printed} of {of} events in full: the most important ones of each year. The others are counted under their year; timeline.json and timeline.csv have them all."),
    ("news", "Mới cập nhật", "What's new"),
    ("news_note", "So với lần dựng trước: {new} sự kiện mới, {changed} sự kiện thay đổi, {removed} sự kiện không còn.", "Since the previous build: {new} new events, {changed} changed, {removed} no longer found."),
    ("news_more", "… và {n} thay đổi khác (changes.json có đủ).", "… and {n} more changes (changes.json has them all)."),
    ("news_undated", "chưa rõ ngày", "undated"),
    ("focus", "Bản tin này chỉ gồm các sự kiện về: {about} ({matched} trên {found} sự kiện tìm thấy).", "This brief is about: {about} ({matched} of {found} events found)."),
    ("index", "Ai chủ trì, ai chỉ đạo", "Who held, chaired and directed"),
    ("index_note", "Các cơ quan tổ chức, người chủ trì hội nghị và người đưa ra chỉ đạo trong bản tin, với các sự kiện của họ.", "The bodies that held the meetings of this brief, the people who chaired them and those who gave its directives, with their events."),
    ("index_page", "tr.", "p."),
    ("index_more", "… và {n} tên khác", "… and {n} more names"),
    ("more_articles", "… và {n} bài báo khác không được trích dẫn ở trên", "… and {n} more articles not cited above"),
    ("method_note", "Mỗi mốc thời gian đều dẫn nguồn (tệp, dòng và trích dẫn nguyên văn) ở chú thích cuối trang. Ngày có năm được suy ra kèm ghi chú cách suy ra.", "Every dated claim cites its source (file, line and exact quote) in a footnote. Where a year was inferred, a note says how."),
    ("date", "Ngày", "Date"),
    ("date_basis", "Căn cứ", "Basis"),
    ("conflicts", "Nguồn khác ghi ngày", "Other sources give"),
    ("meeting_kind", "Loại cuộc họp", "Kind of meeting"),
    ("meeting_summit", "Hội nghị cấp cao", "Summit"),
    ("meeting_conference", "Hội nghị", "Conference"),
    ("meeting_workshop", "Hội thảo", "Workshop"),
    ("meeting_roundtable", "Tọa đàm", "Round table"),
    ("meeting_forum", "Diễn đàn", "Forum"),
    ("meeting_session", "Phiên họp, kỳ họp", "Session"),
    ("meeting_meeting", "Cuộc họp", "Meeting"),
    ("meeting_working_session", "Buổi làm việc", "Working session"),
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
    fn every_kind_of_meeting_has_a_name_in_both_languages() {
        for (_, kind) in crate::extract::lexicon::MEETING_WORDS {
            for lang in Lang::ALL {
                assert!(!lang.meeting_kind(*kind).is_empty());
            }
        }
        assert_eq!(Lang::Vi.meeting_kind(MeetingKind::Workshop), "Hội thảo");
        assert_eq!(
            Lang::En.meeting_kind(MeetingKind::WorkingSession),
            "Working session"
        );
    }

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

    /// `basis` says `vi` in Vietnamese and `en` in English.
    fn says_in_both(basis: &DateBasis, vi: &str, en: &str) {
        assert_eq!(Lang::Vi.basis(basis), vi);
        assert_eq!(Lang::En.basis(basis), en);
    }

    /// A day and month read, the year from the dateline.
    fn from_the_dateline() -> DateBasis {
        DateBasis {
            read: Some(Reading {
                text: "Sáng 13/12".into(),
                line: 7,
            }),
            read_as: ReadAs::DayMonth,
            year: YearBasis::DocumentDate {
                read: Reading {
                    text: "13.12.2021".into(),
                    line: 4,
                },
                source: DocumentDateSource::Byline,
                year_before: false,
                year_after: false,
            },
            notes: vec![],
        }
    }

    /// A year between two neighbours of a series, narrowed by a Party Congress.
    fn between_neighbours() -> DateBasis {
        let b = from_the_dateline();
        DateBasis {
            year: YearBasis::Series {
                series: "hội nghị ngoại vụ".into(),
                ordinal: 18,
                before: crate::timeline::basis::SeriesMember {
                    ordinal: 17,
                    date: "2013".into(),
                },
                after: crate::timeline::basis::SeriesMember {
                    ordinal: 19,
                    date: "2018".into(),
                },
                anchors: vec![CongressAnchor {
                    side: AnchorRelation::JustAfter,
                    congress: 12,
                    start: "2016-01-20".into(),
                    read: Reading {
                        text: "ngay sau Đại hội Đảng lần thứ XII".into(),
                        line: 14,
                    },
                }],
            },
            ..b
        }
    }

    #[test]
    fn date_basis_in_both_languages_keeps_the_articles_words() {
        says_in_both(
            &from_the_dateline(),
            "Ngày và tháng theo bài báo ('Sáng 13/12', dòng 7); năm lấy từ ngày đăng bài ('13.12.2021', dòng 4).",
            "Day and month from the text ('Sáng 13/12', line 7); year from the dateline ('13.12.2021', line 4).",
        );
        let series = between_neighbours();
        let vi = Lang::Vi.basis(&series);
        assert!(
            vi.contains("lần thứ 18 của chuỗi hội nghị ngoại vụ nằm giữa lần thứ 17 (năm 2013)"),
            "{vi}"
        );
        assert!(vi.contains("ngay sau Đại hội Đảng lần thứ 12 (tháng 01/2016) ('ngay sau Đại hội Đảng lần thứ XII', dòng 14)"), "{vi}");
    }

    #[test]
    fn a_date_basis_is_one_sentence_in_each_language() {
        let series = between_neighbours();
        // Every part named, each language's own words, one sentence.
        let relative = DateBasis {
            read: Some(Reading {
                text: "cùng ngày".into(),
                line: 43,
            }),
            read_as: ReadAs::Relative,
            year: YearBasis::AfterDayNamed { line: 40 },
            notes: vec![],
        };
        says_in_both(
            &relative,
            "Ngày tính theo một ngày khác bài báo nêu ('cùng ngày', dòng 43); sau ngày được nêu ở dòng 40.",
            "Day counted from another the text names ('cùng ngày', line 43); after the day named on line 40.",
        );
        let known = DateBasis {
            read: None,
            read_as: ReadAs::Nothing,
            year: YearBasis::Knowledge {
                name: "Hội nghị Ngoại giao".into(),
                ordinal: 30,
                year: 2018,
                source: crate::knowledge::Source {
                    en: "Ministry reports".into(),
                    vi: Some("Báo cáo của Bộ".into()),
                },
            },
            notes: vec![],
        };
        assert!(Lang::Vi.basis(&known).contains("nguồn: Báo cáo của Bộ)"));
        assert!(Lang::En.basis(&known).contains("source: Ministry reports)"));
        for (lang, b) in [
            (Lang::En, &series),
            (Lang::Vi, &relative),
            (Lang::Vi, &known),
        ] {
            let text = lang.basis(b);
            assert!(
                text.starts_with(char::is_uppercase) && text.ends_with('.'),
                "{text}"
            );
        }
        assert!(Lang::En
            .basis(&series)
            .contains("right after the 12th Party Congress (January 2016)"));
    }

    #[test]
    fn both_languages_have_every_label() {
        let (vi, en) = (Lang::Vi.labels(), Lang::En.labels());
        assert_eq!(vi.len(), en.len());
        assert!(vi.values().chain(en.values()).all(|v| !v.is_empty()));
    }
}
