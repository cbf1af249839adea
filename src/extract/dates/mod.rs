//! Dates: the types a date takes as the text gives it ([`PartialDate`]) and once resolved
//! ([`Date`]), the time-expression grammar ([`find_dates`], in `scan.rs`) and the document date
//! of an article ([`document_date`], in `document.rs`).
//!
//! Vietnamese news date spellings: `13/12`, `ngày 29/7`, `Sáng 13/12`, `Tối 21-1`,
//! `13/12/2021`, `13.12.2021`, `ngày 5 tháng 8 năm 2018`, `tháng 10-2021`, `năm 2018`, ranges
//! (`21-22/11`, `từ 16/12/1963 đến 16/1/1964`) and relative days (`sáng nay (13/8)`, `hôm qua`,
//! `cùng ngày`).
//!
//! A mention keeps exactly the precision its text gives: a day and month without a year stays
//! without a year until the timeline resolves it. Numbers that only look like dates (`2021-2030`,
//! `35 năm`, an image width `1920`, `63 tỉnh`, a fraction `1/3`) are not dates.

use std::ops::Range;

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

/// How much of a date the text gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Day => "day",
        }
    }
}

/// A date as far as the text gives it. `day` implies `month`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl PartialDate {
    pub fn ymd(year: Option<i32>, month: u32, day: u32) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// The precision of the calendar part (day and month or month or year).
    pub fn precision(&self) -> Precision {
        if self.day.is_some() {
            Precision::Day
        } else if self.month.is_some() {
            Precision::Month
        } else {
            Precision::Year
        }
    }
}

/// A resolved date at some precision; orders chronologically (a year before its months).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

/// Serialised as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

/// Read back from `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as [`Date::parse_iso`] does.
impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse_iso(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("{s:?} is not an ISO date")))
    }
}

impl Date {
    pub fn day(d: NaiveDate) -> Self {
        Date {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
        }
    }

    pub fn precision(&self) -> Precision {
        PartialDate {
            year: Some(self.year),
            month: self.month,
            day: self.day,
        }
        .precision()
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }

    /// The middle of the time it names: the day itself, the 15th of its month, or mid-June of
    /// its year (to measure how far apart dates of different precisions are).
    pub fn middle(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(6), self.day.unwrap_or(15))
    }

    /// The calendar day, when the precision is a day.
    pub fn naive(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month?, self.day?)
    }

    /// The first and the last calendar day the date may be, at its precision (a year's first
    /// and last, a month's, a day itself).
    pub fn bounds(&self) -> Option<(NaiveDate, NaiveDate)> {
        let (first_month, last_month) = self.month.map_or((1, 12), |m| (m, m));
        let first = NaiveDate::from_ymd_opt(self.year, first_month, self.day.unwrap_or(1))?;
        let last = match self.day {
            Some(_) => first,
            None => {
                let (y, m) = match last_month {
                    12 => (self.year + 1, 1),
                    m => (self.year, m + 1),
                };
                NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()?
            }
        };
        Some((first, last))
    }

    /// Reduces the precision to at most `p`.
    pub fn truncate(self, p: Precision) -> Date {
        match p {
            Precision::Day => self,
            Precision::Month => Date { day: None, ..self },
            Precision::Year => Date {
                month: None,
                day: None,
                ..self
            },
        }
    }

    /// True when this date overlaps `[from, to]` at its own precision.
    pub fn within(&self, from: NaiveDate, to: NaiveDate) -> bool {
        self.bounds()
            .is_some_and(|(first, last)| first <= to && from <= last)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let parts: Vec<&str> = s.split('-').collect();
        let year: i32 = parts.first()?.parse().ok()?;
        let month = parts.get(1).map(|m| m.parse::<u32>()).transpose().ok()?;
        let day = parts.get(2).map(|d| d.parse::<u32>()).transpose().ok()?;
        if parts.len() > 3 {
            return None;
        }
        let d = Date { year, month, day };
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return None;
            }
        }
        if day.is_some() && d.naive().is_none() {
            return None;
        }
        Some(d)
    }
}

/// A date counted from a reference rather than written out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    /// Days from the document date: `hôm nay` (0), `hôm qua` (-1), `hôm kia` (-2), `ngày mai`
    /// (+1), `cách đây 3 ngày` (-3).
    Days(i64),
    /// Days from the last day the article named: `cùng ngày` (0), `hôm sau` (+1).
    Context(i64),
    /// Weeks from the document date (`tuần trước`): only the month is certain.
    Weeks(i64),
    /// Months from the document date (`tháng trước`, `cách đây 9 tháng`).
    Months(i64),
    /// Years from the document date (`năm nay`, `năm ngoái`).
    Years(i64),
}

/// One date found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte range in the text that was parsed.
    pub span: Range<usize>,
    pub start: PartialDate,
    /// The last day of a range (`21-22/11`, `từ ... đến ...`).
    pub end: Option<PartialDate>,
    pub relative: Option<Relative>,
}

mod document;
mod scan;

pub use document::{document_date, says_this_year, DocumentDate, DocumentDateSource};
pub use scan::find_dates;
pub(crate) use scan::WEEKDAYS;

/// Adds `days` to a calendar day.
pub fn shift(d: NaiveDate, days: i64) -> NaiveDate {
    d + Duration::days(days)
}

/// Parses a dateline or front-matter date: `2021-12-13`, `2021-12-13T13:50:00+07:00`,
/// `13/12/2021`, `13.12.2021`, `13-12-2021`, optionally with a weekday and time around it.
pub fn parse_dateline(s: &str) -> Option<NaiveDate> {
    let t = s.trim();
    if t.len() >= 10 {
        if let Ok(d) = NaiveDate::parse_from_str(&t[..10], "%Y-%m-%d") {
            return Some(d);
        }
    }
    find_dates(t).into_iter().find_map(|m| {
        let p = m.start;
        (m.relative.is_none()).then_some(())?;
        NaiveDate::from_ymd_opt(p.year?, p.month?, p.day?)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> (Option<i32>, Option<u32>, Option<u32>) {
        let found = find_dates(text);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        let p = found[0].start;
        (p.year, p.month, p.day)
    }

    fn none(text: &str) {
        let found = find_dates(text);
        assert!(found.is_empty(), "{text:?} should have no date: {found:?}");
    }

    #[test]
    fn a_dates_bounds_are_the_first_and_last_day_of_its_precision() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let at = |year, month, d| {
            Date {
                year,
                month,
                day: d,
            }
            .bounds()
        };
        assert_eq!(
            at(2018, None, None),
            Some((day(2018, 1, 1), day(2018, 12, 31)))
        );
        assert_eq!(
            at(2020, Some(2), None),
            Some((day(2020, 2, 1), day(2020, 2, 29)))
        );
        assert_eq!(
            at(2019, Some(12), None),
            Some((day(2019, 12, 1), day(2019, 12, 31)))
        );
        assert_eq!(
            at(2019, Some(5), Some(7)),
            Some((day(2019, 5, 7), day(2019, 5, 7)))
        );
        assert_eq!(at(2019, Some(2), Some(30)), None);
    }

    #[test]
    fn day_month_with_cues() {
        assert_eq!(one("Ngày 13/12, hội nghị"), (None, Some(12), Some(13)));
        assert_eq!(one("diễn ra ngày 29/7."), (None, Some(7), Some(29)));
        assert_eq!(one("Sáng 13/12, tại Hà Nội"), (None, Some(12), Some(13)));
        assert_eq!(one("Tối 21-1, Bộ Ngoại giao"), (None, Some(1), Some(21)));
        assert_eq!(one("Chiều ngày 17-8, đoàn"), (None, Some(8), Some(17)));
        assert_eq!(one("13/12"), (None, Some(12), Some(13)));
        assert_eq!(
            one("Tin thế giới 25/11: Ukraine"),
            (None, Some(11), Some(25))
        );
        assert_eq!(one("thứ Hai, 13/12, Bộ"), (None, Some(12), Some(13)));
        // A day told by its place among the meeting's days or sittings.
        assert_eq!(
            one("bên lề hội nghị trong ngày làm việc đầu tiên 14-9."),
            (None, Some(9), Some(14))
        );
        assert_eq!(
            one("tại phiên họp cuối cùng 15/6"),
            (None, Some(6), Some(15))
        );
        none("đội bóng thắng 2-1 trong trận đấu");
    }

    #[test]
    fn full_dates_in_three_spellings() {
        assert_eq!(one("ngày 13/12/2021"), (Some(2021), Some(12), Some(13)));
        assert_eq!(one("Sputnik, 13.12.2021"), (Some(2021), Some(12), Some(13)));
        assert_eq!(
            one("cập nhật 13-12-2021 13:50"),
            (Some(2021), Some(12), Some(13))
        );
        assert_eq!(
            one("ngày 5 tháng 8 năm 2018"),
            (Some(2018), Some(8), Some(5))
        );
        assert_eq!(
            one("ngày 5 tháng Tám năm 2018"),
            (Some(2018), Some(8), Some(5))
        );
        assert_eq!(one("ngày 5 tháng 8"), (None, Some(8), Some(5)));
        assert_eq!(
            one("Cập nhật 2021-12-13 10:30"),
            (Some(2021), Some(12), Some(13))
        );
    }

    #[test]
    fn months_and_years() {
        assert_eq!(
            one("Từ tháng 10-2021, Việt Nam"),
            (Some(2021), Some(10), None)
        );
        assert_eq!(one("trong tháng 12/2021"), (Some(2021), Some(12), None));
        // A dot joins month and year too (no space: "tháng 12. 2021 …" ends a sentence).
        assert_eq!(one("giữa tháng 12.2021"), (Some(2021), Some(12), None));
        assert_eq!(one("trong tháng 12. 2021 là"), (None, Some(12), None));
        assert_eq!(one("tháng 8 năm 2018"), (Some(2018), Some(8), None));
        assert_eq!(one("trong năm 2018"), (Some(2018), None, None));
        assert_eq!(one("6 tháng cuối năm 2021"), (Some(2021), None, None));
        // A count before "tháng" is no month; an ordinal is not a count.
        for ordinal in ["lần thứ 12", "Phiên họp thứ 3", "kỳ họp thứ 7"] {
            assert_eq!(
                one(&format!("{ordinal} tháng 9/2019 đã bế mạc")),
                (Some(2019), Some(9), None),
                "{ordinal}"
            );
        }
        none("sau 12 tháng 9 ngày");
        // A range of a count is no day and month.
        none("kéo dài tới 4-5 giờ");
        none("vào khoảng 2-3 tháng");
        assert_eq!(
            one("Tại cuộc họp ngày 28-2 (giờ địa phương)"),
            (None, Some(2), Some(28))
        );
        let first = find_dates("Sáng 5-3 năm nay, hội nghị")[0].start;
        assert_eq!((first.month, first.day), (Some(3), Some(5)));
    }

    #[test]
    fn a_meetings_days_across_a_months_turn_are_one_span() {
        for (text, start, end) in [
            (
                "trong hai ngày 31-3 và 1-4",
                PartialDate::ymd(None, 3, 31),
                PartialDate::ymd(None, 4, 1),
            ),
            (
                "ngày 31/12/2018 - 2/1/2019",
                PartialDate::ymd(Some(2018), 12, 31),
                PartialDate::ymd(Some(2019), 1, 2),
            ),
            (
                "từ 29/4 đến ngày 2/5",
                PartialDate::ymd(None, 4, 29),
                PartialDate::ymd(None, 5, 2),
            ),
        ] {
            let r = find_dates(text);
            assert_eq!(r.len(), 1, "{text}: {r:?}");
            assert_eq!((r[0].start, r[0].end), (start, Some(end)), "{text}");
        }
        // Days further apart are two dates, and so are days of the same month, or of years
        // that do not follow.
        assert_eq!(find_dates("ngày 20-11 và 1-12").len(), 2);
        assert_eq!(find_dates("ngày 31/12/2018 - 2/1/2020").len(), 2);
        assert_eq!(find_dates("ngày 5/3 và 10/3").len(), 2);
    }

    #[test]
    fn ranges_keep_both_ends() {
        let r = find_dates("từ ngày 21-22/11");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].start, PartialDate::ymd(None, 11, 21));
        assert_eq!(r[0].end, Some(PartialDate::ymd(None, 11, 22)));
        let r = find_dates("Từ ngày 18-23/12, đoàn");
        assert_eq!(r[0].start.day, Some(18));
        assert_eq!(r[0].end.unwrap().day, Some(23));
        let r = find_dates("từ 16/12/1963 đến 16/1/1964");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].start, PartialDate::ymd(Some(1963), 12, 16));
        assert_eq!(r[0].end, Some(PartialDate::ymd(Some(1964), 1, 16)));
    }

    #[test]
    fn relative_days() {
        let r = find_dates("sáng nay (13/8), hội nghị");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].relative, Some(Relative::Days(0)));
        assert_eq!(r[0].start, PartialDate::ymd(None, 8, 13));
        let r = find_dates("Hôm qua, Bộ trưởng");
        assert_eq!(r[0].relative, Some(Relative::Days(-1)));
        assert_eq!(r[0].start.day, None);
        let r = find_dates("Buổi chiều cùng ngày, tọa đàm");
        assert_eq!(r[0].relative, Some(Relative::Context(0)));
        let r = find_dates("tối hôm qua");
        assert_eq!(r[0].relative, Some(Relative::Days(-1)));
        // Opening a sentence, in any case.
        for (text, days) in [
            ("Cùng ngày, hội thảo diễn ra.", 0),
            ("CÙNG NGÀY, hội thảo diễn ra.", 0),
            ("Hôm sau, hội thảo diễn ra.", 1),
            ("Ngày hôm sau, hội thảo diễn ra.", 1),
            ("Sáng hôm sau, hội thảo diễn ra.", 1),
            ("Ngày tiếp theo, hội thảo diễn ra.", 1),
        ] {
            let r = find_dates(text);
            assert_eq!(
                r.first().and_then(|d| d.relative),
                Some(Relative::Context(days)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_relative_day_restated_after_a_comma_or_dash_is_that_day() {
        let words = [
            "Hôm nay",
            "Sáng nay",
            "chiều nay",
            "Tối hôm qua",
            "Sáng qua",
            "vào chiều nay",
        ];
        let days = [
            "12/3",
            "12-3",
            "ngày 12/3",
            "thứ Năm, 12/3",
            "thứ Năm 12/3",
            "12/3/2020",
        ];
        let (open, close) = ([", ", " – ", " - ", " ("], [", ", " – ", " - ", ") "]);
        let mut n = 0;
        for w in words {
            for d in days {
                for (o, c) in open.iter().zip(close) {
                    let text = format!("{w}{o}{d}{c}Chính phủ họp phiên thường kỳ.");
                    let r = find_dates(&text);
                    assert_eq!(r.len(), 1, "{text}: {r:?}");
                    assert_eq!(
                        (r[0].start.month, r[0].start.day),
                        (Some(3), Some(12)),
                        "{text}"
                    );
                    assert!(r[0].relative.is_some(), "{text}");
                    n += 1;
                }
            }
        }
        assert_eq!(n, 144);
        // Set off by a comma, a fraction or a count is not a day.
        for text in [
            "Hôm nay, 3/4 số đại biểu đã có mặt.",
            "Sáng nay, 5/7 tỉnh đã báo cáo.",
            "Hôm qua, 2-3 đoàn công tác đã đến.",
            "Chiều nay, 8/11 chỉ tiêu đã đạt.",
        ] {
            let r = find_dates(text);
            assert!(r.iter().all(|d| d.start.day.is_none()), "{text}: {r:?}");
        }
    }

    #[test]
    fn non_dates() {
        none("chiến lược phát triển kinh tế- xã hội 2021-2030 đề ra");
        none("kéo dài gần 2 năm qua, sau 35 năm");
        none("- Sputnik Việt Nam, 1920");
        none("lãnh đạo 63 tỉnh, thành");
        none("chiếm 1/3 dân số");
        none("cách mạng công nghiệp 4.0");
        none("khoảng 2.000 lượt cán bộ");
        none("Nghị định 15/2020/NĐ-CP");
        none("Chỉ thị số 15-CT/TW");
        none("Từ những năm 1980, cố Bộ trưởng");
        none("Covid-19 kéo dài");
        none("giai đoạn năm 2021-2030");
        none("lúc 13:50");
        none("ngày 31/2");
        none("tháng năm");
    }

    /// Found by fuzzing (fuzz/artifacts/dates): an en dash after "năm 2018" was sliced inside
    /// the character.
    #[test]
    fn regression_en_dash_after_a_year() {
        none("năm 2018 – 2020");
        none("năm 2021 – 2030");
        assert_eq!(one("năm 2018 –"), (Some(2018), None, None));
    }

    #[test]
    fn iso_and_range_checks() {
        let d = Date {
            year: 2021,
            month: Some(12),
            day: None,
        };
        assert_eq!(d.iso(), "2021-12");
        let from = NaiveDate::from_ymd_opt(2016, 1, 1).unwrap();
        let to = NaiveDate::from_ymd_opt(2022, 12, 31).unwrap();
        assert!(d.within(from, to));
        assert!(!Date {
            year: 2013,
            month: None,
            day: None
        }
        .within(from, to));
        assert_eq!(
            Date::parse_iso("2018"),
            Some(Date {
                year: 2018,
                month: None,
                day: None
            })
        );
        assert_eq!(Date::parse_iso("2018-13"), None);
        assert_eq!(
            parse_dateline("Hoàng Minh 13/12/2021 13:50"),
            NaiveDate::from_ymd_opt(2021, 12, 13)
        );
        assert_eq!(
            parse_dateline("2021-12-13T13:50:00+07:00"),
            NaiveDate::from_ymd_opt(2021, 12, 13)
        );
    }

    #[test]
    fn day_month_year_grammar_beyond_the_seeds() {
        assert_eq!(one("cập nhật 17/10/21"), (Some(2021), Some(10), Some(17)));
        assert_eq!(one("Sáng 2.8, đoàn đến"), (None, Some(8), Some(2)));
        assert_eq!(one("Chiều tối 19/9, hội nghị"), (None, Some(9), Some(19)));
        assert_eq!(one("Sáng 15-12, tại"), (None, Some(12), Some(15)));
        assert_eq!(one("chiều ngày 8/7 tại"), (None, Some(7), Some(8)));
        assert_eq!(one("thứ Hai, ngày 5/8"), (None, Some(8), Some(5)));
        assert_eq!(one("trước Tết, tháng Chạp"), (None, Some(12), None));
        assert_eq!(one("vào tháng cuối năm 2020"), (Some(2020), Some(12), None));
        assert_eq!(one("tháng đầu năm 2021 này"), (Some(2021), Some(1), None));
        // A span of months is not one month; a quarter keeps only its year.
        assert_eq!(one("6 tháng cuối năm 2021"), (Some(2021), None, None));
        assert_eq!(one("trong quý III/2021"), (Some(2021), None, None));
        assert_eq!(one("quý 2 năm 2022"), (Some(2022), None, None));
    }

    #[test]
    fn ranges_in_every_spelling() {
        for (text, start, end) in [
            ("từ ngày 4 đến 10/10", (10, 4), (10, 10)),
            ("Ngày 22 - 26/7, Phó Thủ tướng", (7, 22), (7, 26)),
            (
                "Từ ngày 4 đến ngày 6 tháng 12 năm 2017, HĐND",
                (12, 4),
                (12, 6),
            ),
            ("các ngày 11, 12 tháng 01 năm 2010", (1, 11), (1, 12)),
            ("từ ngày 10-14/9 (tuần thứ 2)", (9, 10), (9, 14)),
            ("kéo dài từ ngày 3 đến hết ngày 6/9", (9, 3), (9, 6)),
            ("từ 30/6 đến hết 2/7/2019", (6, 30), (7, 2)),
            (
                "Từ ngày 11 đến hết ngày 13 tháng 7 năm 2016",
                (7, 11),
                (7, 13),
            ),
        ] {
            let r = find_dates(text);
            assert_eq!(r.len(), 1, "{text}: {r:?}");
            let e = r[0].end.expect(text);
            assert_eq!(
                (r[0].start.month.unwrap(), r[0].start.day.unwrap()),
                start,
                "{text}"
            );
            assert_eq!((e.month.unwrap(), e.day.unwrap()), end, "{text}");
        }
    }

    #[test]
    fn relative_expressions_against_the_document_date() {
        let rel = |t: &str| find_dates(t).into_iter().find_map(|m| m.relative);
        assert_eq!(rel("hôm nay, Bộ trưởng"), Some(Relative::Days(0)));
        assert_eq!(
            rel("Hôm qua 9-4, người phát ngôn"),
            Some(Relative::Days(-1))
        );
        assert_eq!(rel("dự kiến ngày mai sẽ bế mạc"), Some(Relative::Days(1)));
        assert_eq!(rel("tuần trước, đoàn công tác"), Some(Relative::Weeks(-1)));
        assert_eq!(rel("so với năm ngoái"), Some(Relative::Years(-1)));
        assert_eq!(rel("trong năm nay"), Some(Relative::Years(0)));
        assert_eq!(rel("cách đây 9 tháng"), Some(Relative::Months(-9)));
        let r = find_dates("khai mạc sáng nay 9-6 tại Huế");
        assert_eq!(
            (r[0].relative, r[0].start),
            (Some(Relative::Days(0)), PartialDate::ymd(None, 6, 9))
        );
        let r = find_dates("chiều hôm nay 9 tháng 10 năm 2015, Thủ tướng");
        assert!(
            r.iter()
                .any(|m| m.start == PartialDate::ymd(Some(2015), 10, 9)),
            "{r:?}"
        );
    }

    #[test]
    fn a_day_or_month_keeps_the_year_counted_from_the_present_after_it() {
        let one = |t: &str| {
            let r = find_dates(t);
            assert_eq!(r.len(), 1, "{t:?}: {r:?}");
            (r[0].start.month, r[0].start.day, r[0].relative)
        };
        let cases = [
            ("gặp nhau ngày 19/6 năm ngoái", Some(19), -1),
            ("họp hôm 3-9, năm trước, tại Huế", Some(3), -1),
            ("ngày 8 tháng 10 năm ngoái", Some(8), -1),
            ("vào tháng 6 năm ngoái", None, -1),
            ("cuối tháng 11 năm nay", None, 0),
            ("sẽ tổ chức vào tháng 3 năm tới", None, 1),
            ("dự kiến tháng 2 năm sau", None, 1),
        ];
        for (text, day, years) in cases {
            let (month, d, rel) = one(text);
            assert!(month.is_some(), "{text}");
            assert_eq!((d, rel), (day, Some(Relative::Years(years))), "{text}");
        }
        // The year before or after one the text named is no year of the present.
        for text in ["tháng 6 năm trước đó", "ngày 5/6 năm sau đó"] {
            assert!(
                find_dates(text)
                    .iter()
                    .all(|m| m.relative.is_none() || m.start.month.is_none()),
                "{text}"
            );
        }
    }

    #[test]
    fn numbers_that_are_not_dates() {
        none("nhiệm kỳ 2020-2025");
        none("hoàn thành 8/11 chỉ tiêu");
        none("sau 35 năm đổi mới");
        none("89/499 đại biểu");
        none("155/216 trường");
        none("phiên bản 1.2.3");
        none("86.079 học sinh/3.118 lớp");
    }

    /// Found by fuzzing (fuzz/artifacts/dates): a year after a relative day ("hôm nay
    /// 12/11/2220") was kept without the 1900–2100 check every other year passes.
    #[test]
    fn regression_a_year_after_a_relative_day_is_checked() {
        let r = find_dates("Chín nghị cấ Năm2020,ều hôm nay  12/11/2220,ềuXh");
        assert!(
            r.iter()
                .all(|m| m.start.year.is_none_or(|y| (1900..=2100).contains(&y))),
            "{r:?}"
        );
        let r = find_dates("sáng nay (13/8/2021)");
        assert_eq!(r[0].start, PartialDate::ymd(Some(2021), 8, 13));
    }
}
