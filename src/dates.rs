//! Vietnamese news date spellings: `13/12`, `ngày 29/7`, `Sáng 13/12`, `Tối 21-1`,
//! `13/12/2021`, `13.12.2021`, `ngày 5 tháng 8 năm 2018`, `tháng 10-2021`, `năm 2018`, ranges
//! (`21-22/11`, `từ 16/12/1963 đến 16/1/1964`) and relative days (`sáng nay (13/8)`, `hôm qua`,
//! `cùng ngày`).
//!
//! A mention keeps exactly the precision its text gives: a day and month without a year stays
//! without a year until the timeline resolves it. Numbers that only look like dates (`2021-2030`,
//! `35 năm`, an image width `1920`, `63 tỉnh`, a fraction `1/3`) are not dates.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate};
use regex::Regex;
use serde::Serialize;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

    /// The calendar day, when the precision is a day.
    pub fn naive(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month?, self.day?)
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
        let iso = self.iso();
        let n = iso.len();
        let lo = from.format("%Y-%m-%d").to_string();
        let hi = to.format("%Y-%m-%d").to_string();
        lo[..n] <= *iso && *iso <= hi[..n]
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

/// Days relative to a reference: the article's dateline, or the last day the text named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    /// `hôm nay` (0), `hôm qua` (-1), `hôm kia` (-2), `ngày mai` (+1): from the dateline.
    Dateline(i64),
    /// `cùng ngày` (0), `hôm sau` (+1): from the last day the article named.
    Context(i64),
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

const DAY_CUES: &[&str] = &[
    "ngày",
    "sáng",
    "trưa",
    "chiều",
    "tối",
    "đêm",
    "rạng sáng",
    "hôm",
    "từ",
    "đến",
    "tới",
    "và",
    "lúc",
    "vào",
    "cho đến",
    "thứ hai",
    "thứ ba",
    "thứ tư",
    "thứ năm",
    "thứ sáu",
    "thứ bảy",
    "chủ nhật",
    "(",
];

static FULL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(\d{1,2})/(\d{1,2})/(\d{4})|(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{1,2})-(\d{1,2})-(\d{4})",
    )
    .unwrap()
});
static ISO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\d{4})-(\d{1,2})-(\d{1,2})").unwrap());
static FROM_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\btừ\s+(?:ngày\s+)?(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{4}))?\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})",
    )
    .unwrap()
});
static DAY_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\d{1,2})\s*(?:-|–|và|đến)\s*(\d{1,2})\s*/\s*(\d{1,2})(?:/(\d{4}))?").unwrap()
});
static WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2}|[\p{L}]+(?:\s+(?:một|hai))?)(?:\s*,?\s*năm\s+(\d{4}))?")
        .unwrap()
});
static MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\btháng\s+(\d{1,2}|[\p{L}]+(?:\s+(?:một|hai))?)(?:\s*[/\-]\s*(\d{4})|\s*,?\s*năm\s+(\d{4}))?").unwrap()
});
static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bnăm\s+(\d{4})").unwrap());
static DAY_MONTH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{1,2})([/.\-])(\d{1,2})").unwrap());
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:sáng|trưa|chiều|tối|đêm)\s+hôm\s+(qua|nay|kia)|(hôm|sáng|trưa|chiều|tối|đêm)\s+(nay|qua|kia|mai)|ngày\s+(mai|hôm qua|hôm nay)|(cùng ngày|ngày hôm sau|hôm sau|ngày tiếp theo|sáng hôm sau|chiều hôm sau|tối hôm sau))\b(?:\s*\((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\))?",
    )
    .unwrap()
});

fn month_word(w: &str) -> Option<u32> {
    let w = w.to_lowercase();
    Some(match w.as_str() {
        "một" | "giêng" => 1,
        "hai" => 2,
        "ba" => 3,
        "tư" | "bốn" => 4,
        "năm" => 5,
        "sáu" => 6,
        "bảy" => 7,
        "tám" => 8,
        "chín" => 9,
        "mười" => 10,
        "mười một" => 11,
        "mười hai" | "chạp" => 12,
        _ => return None,
    })
}

fn num_or_word_month(s: &str) -> Option<u32> {
    match s.parse::<u32>() {
        Ok(n) => (1..=12).contains(&n).then_some(n),
        Err(_) => month_word(s),
    }
}

fn year_ok(y: i32) -> bool {
    (1900..=2100).contains(&y)
}

fn day_month_ok(day: u32, month: u32, year: Option<i32>) -> bool {
    // 2000 is a leap year, so 29/2 without a year is accepted.
    NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day).is_some()
}

fn prev_char(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

fn next_char(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// The match is not part of a longer number (`2021-2030`, `15/2020/NĐ-CP`, `4.0`).
fn isolated(text: &str, r: &Range<usize>) -> bool {
    let before = prev_char(text, r.start);
    if before.is_some_and(|c| c.is_alphanumeric()) {
        return false;
    }
    if matches!(before, Some('/' | '.' | '-' | ',')) {
        let b2 = text[..r.start - 1].chars().next_back();
        if b2.is_some_and(|c| c.is_ascii_digit()) {
            return false;
        }
    }
    let after = next_char(text, r.end);
    if after.is_some_and(|c| c.is_alphanumeric()) {
        return false;
    }
    if matches!(after, Some('/' | '.' | '-' | ',')) {
        let a2 = text[r.end + 1..].chars().next();
        if a2.is_some_and(|c| c.is_ascii_digit()) {
            return false;
        }
    }
    true
}

/// A day-month without year needs a cue: a time-of-day or date word before it, a bracket
/// around it, or a colon after it as in headlines ("Tin thế giới 25/11:").
fn has_day_cue(text: &str, r: &Range<usize>) -> bool {
    let before = text[..r.start].trim_end();
    let lower = before.to_lowercase();
    if before.is_empty() {
        return true;
    }
    if DAY_CUES.iter().any(|c| lower.ends_with(c))
        || lower.ends_with(',') && {
            let t = lower.trim_end_matches(',').trim_end();
            [
                "thứ hai",
                "thứ ba",
                "thứ tư",
                "thứ năm",
                "thứ sáu",
                "thứ bảy",
                "chủ nhật",
            ]
            .iter()
            .any(|w| t.ends_with(w))
        }
    {
        return true;
    }
    matches!(next_char(text, r.end), Some(':' | ')'))
}

/// Finds every date mention in `text`, in order, without overlaps.
pub fn find_dates(text: &str) -> Vec<DateMention> {
    let mut cands: Vec<DateMention> = Vec::new();
    // Cheap tests first: most sentences have no digit and no date word, and the regexes (with
    // Unicode word boundaries) cost far more than a substring search.
    let digits = text.bytes().any(|b| b.is_ascii_digit());
    let lower_needed = text.contains("hôm")
        || text.contains("nay")
        || text.contains("qua")
        || text.contains("mai")
        || text.contains("kia")
        || text.contains("ngày")
        || text.contains("tiếp");
    if !digits && !lower_needed {
        return cands;
    }

    for c in FROM_TO.captures_iter(if digits { text } else { "" }) {
        let m = c.get(0).unwrap();
        let g = |i: usize| c.get(i).map(|m| m.as_str());
        let (d1, m1) = (
            g(1).unwrap().parse().unwrap(),
            g(2).unwrap().parse().unwrap(),
        );
        let y1 = g(3).map(|y| y.parse::<i32>().unwrap());
        let (d2, m2, y2) = (
            g(4).unwrap().parse().unwrap(),
            g(5).unwrap().parse().unwrap(),
            g(6).unwrap().parse().unwrap(),
        );
        let y1 = y1.or(Some(if m1 > m2 { y2 - 1 } else { y2 }));
        if year_ok(y2)
            && y1.is_some_and(year_ok)
            && day_month_ok(d1, m1, y1)
            && day_month_ok(d2, m2, Some(y2))
        {
            cands.push(DateMention {
                span: m.range(),
                start: PartialDate::ymd(y1, m1, d1),
                end: Some(PartialDate::ymd(Some(y2), m2, d2)),
                relative: None,
            });
        }
    }

    // Full dates, day first (13/12/2021, 13.12.2021, 13-12-2021) or ISO (2021-12-13).
    let full = FULL.captures_iter(if digits { text } else { "" }).map(|c| {
        let base = (1..=7).step_by(3).find(|i| c.get(*i).is_some()).unwrap();
        let g = |i: usize| c.get(i).unwrap().as_str();
        (c.get(0).unwrap().range(), g(base + 2), g(base + 1), g(base))
    });
    let iso = ISO.captures_iter(if digits { text } else { "" }).map(|c| {
        let g = |i: usize| c.get(i).unwrap().as_str();
        (c.get(0).unwrap().range(), g(1), g(2), g(3))
    });
    for (r, y, mo, d) in full.chain(iso) {
        let (y, mo, d): (i32, u32, u32) =
            (y.parse().unwrap(), mo.parse().unwrap(), d.parse().unwrap());
        if isolated(text, &r) && year_ok(y) && day_month_ok(d, mo, Some(y)) {
            cands.push(DateMention {
                span: r,
                start: PartialDate::ymd(Some(y), mo, d),
                end: None,
                relative: None,
            });
        }
    }

    for c in DAY_RANGE.captures_iter(if digits { text } else { "" }) {
        let m = c.get(0).unwrap();
        if !isolated(text, &m.range()) {
            continue;
        }
        let d1: u32 = c[1].parse().unwrap();
        let d2: u32 = c[2].parse().unwrap();
        let mo: u32 = c[3].parse().unwrap();
        let y = c.get(4).map(|y| y.as_str().parse::<i32>().unwrap());
        if d1 < d2 && y.is_none_or(year_ok) && day_month_ok(d1, mo, y) && day_month_ok(d2, mo, y) {
            cands.push(DateMention {
                span: m.range(),
                start: PartialDate::ymd(y, mo, d1),
                end: Some(PartialDate::ymd(y, mo, d2)),
                relative: None,
            });
        }
    }

    for c in WORDS.captures_iter(if digits { text } else { "" }) {
        let m = c.get(0).unwrap();
        let d: u32 = c[1].parse().unwrap();
        let Some(mo) = num_or_word_month(&c[2]) else {
            continue;
        };
        let y = c.get(3).map(|y| y.as_str().parse::<i32>().unwrap());
        if y.is_none_or(year_ok) && day_month_ok(d, mo, y) && !followed_by_number(text, m.end()) {
            cands.push(DateMention {
                span: m.range(),
                start: PartialDate::ymd(y, mo, d),
                end: None,
                relative: None,
            });
        }
    }

    for c in MONTH.captures_iter(if text.contains("háng") || text.contains("HÁNG") {
        text
    } else {
        ""
    }) {
        let m = c.get(0).unwrap();
        let Some(mo) = num_or_word_month(&c[1]) else {
            continue;
        };
        // "tháng 3" written as a count ("3 tháng") never reaches here; a bare word that is not
        // a month name ("tháng trước") was rejected above.
        let y = c
            .get(2)
            .or(c.get(3))
            .map(|y| y.as_str().parse::<i32>().unwrap());
        if c[1].parse::<u32>().is_err() && y.is_none() {
            // "tháng Tám" alone is a month; "tháng năm" alone is too ambiguous ("tháng năm" =
            // months and years), so a written month needs its year.
            continue;
        }
        if y.is_some_and(|y| !year_ok(y)) || followed_by_number(text, m.end()) {
            continue;
        }
        if !isolated_end(text, m.end()) {
            continue;
        }
        cands.push(DateMention {
            span: m.range(),
            start: PartialDate {
                year: y,
                month: Some(mo),
                day: None,
            },
            end: None,
            relative: None,
        });
    }

    for c in YEAR.captures_iter(if digits { text } else { "" }) {
        let m = c.get(0).unwrap();
        let y: i32 = c[1].parse().unwrap();
        if !year_ok(y) || !isolated_end(text, m.end()) {
            continue;
        }
        // "năm 2021-2030" is a period; "những năm 1980" a decade.
        let rest = text[m.end()..].trim_start();
        let after_dash = rest.strip_prefix('-').or_else(|| rest.strip_prefix('–'));
        if after_dash.is_some_and(|a| a.trim_start().starts_with(|c: char| c.is_ascii_digit())) {
            continue;
        }
        let before = text[..m.start()].trim_end().to_lowercase();
        if before.ends_with("những") || before.ends_with("thập niên") || before.ends_with("thập kỷ")
        {
            continue;
        }
        cands.push(DateMention {
            span: m.range(),
            start: PartialDate {
                year: Some(y),
                month: None,
                day: None,
            },
            end: None,
            relative: None,
        });
    }

    for c in DAY_MONTH.captures_iter(if digits { text } else { "" }) {
        let m = c.get(0).unwrap();
        let r = m.range();
        if !isolated(text, &r) {
            continue;
        }
        let d: u32 = c[1].parse().unwrap();
        let mo: u32 = c[3].parse().unwrap();
        if !day_month_ok(d, mo, None) || !has_day_cue(text, &r) {
            continue;
        }
        cands.push(DateMention {
            span: r,
            start: PartialDate::ymd(None, mo, d),
            end: None,
            relative: None,
        });
    }

    for c in RELATIVE.captures_iter(if lower_needed { text } else { "" }) {
        let m = c.get(0).unwrap();
        let word = c
            .get(1)
            .or(c.get(3))
            .or(c.get(4))
            .or(c.get(5))
            .map(|m| m.as_str().to_lowercase())
            .unwrap_or_default();
        let relative = match word.as_str() {
            "nay" | "hôm nay" => Relative::Dateline(0),
            "qua" | "hôm qua" => Relative::Dateline(-1),
            "kia" => Relative::Dateline(-2),
            "mai" => Relative::Dateline(1),
            "cùng ngày" => Relative::Context(0),
            _ => Relative::Context(1),
        };
        let explicit = c.get(6).zip(c.get(7)).map(|(d, mo)| {
            let y = c.get(8).map(|y| y.as_str().parse::<i32>().unwrap());
            (
                d.as_str().parse::<u32>().unwrap(),
                mo.as_str().parse::<u32>().unwrap(),
                y,
            )
        });
        let mention = match explicit {
            Some((d, mo, y)) if day_month_ok(d, mo, y) => DateMention {
                span: m.range(),
                start: PartialDate::ymd(y, mo, d),
                end: None,
                relative: Some(relative),
            },
            _ => DateMention {
                span: m.range(),
                start: PartialDate {
                    year: None,
                    month: None,
                    day: None,
                },
                end: None,
                relative: Some(relative),
            },
        };
        cands.push(mention);
    }

    // Longest first at each start; then keep those that do not overlap an earlier pick.
    cands.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then((b.span.end - b.span.start).cmp(&(a.span.end - a.span.start)))
    });
    let mut picked: Vec<DateMention> = Vec::new();
    for c in cands {
        if picked
            .iter()
            .any(|p| p.span.start < c.span.end && c.span.start < p.span.end)
        {
            // A wider mention that starts later but covers an earlier pick (a range around a
            // day) replaces it.
            let covers: Vec<usize> = picked
                .iter()
                .enumerate()
                .filter(|(_, p)| p.span.start < c.span.end && c.span.start < p.span.end)
                .map(|(i, _)| i)
                .collect();
            if covers
                .iter()
                .all(|&i| picked[i].span.start >= c.span.start && picked[i].span.end <= c.span.end)
            {
                for i in covers.into_iter().rev() {
                    picked.remove(i);
                }
                picked.push(c);
            }
            continue;
        }
        picked.push(c);
    }
    picked.sort_by_key(|p| p.span.start);
    picked
}

fn followed_by_number(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start();
    rest.starts_with(|c: char| c.is_ascii_digit())
}

fn isolated_end(text: &str, at: usize) -> bool {
    match next_char(text, at) {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some('/' | '.' | ',' | '-') => !text[at + 1..].starts_with(|c: char| c.is_ascii_digit()),
        _ => true,
    }
}

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
        assert_eq!(one("tháng 8 năm 2018"), (Some(2018), Some(8), None));
        assert_eq!(one("trong năm 2018"), (Some(2018), None, None));
        assert_eq!(one("6 tháng cuối năm 2021"), (Some(2021), None, None));
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
        assert_eq!(r[0].relative, Some(Relative::Dateline(0)));
        assert_eq!(r[0].start, PartialDate::ymd(None, 8, 13));
        let r = find_dates("Hôm qua, Bộ trưởng");
        assert_eq!(r[0].relative, Some(Relative::Dateline(-1)));
        assert_eq!(r[0].start.day, None);
        let r = find_dates("Buổi chiều cùng ngày, tọa đàm");
        assert_eq!(r[0].relative, Some(Relative::Context(0)));
        let r = find_dates("tối hôm qua");
        assert_eq!(r[0].relative, Some(Relative::Dateline(-1)));
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
            parse_dateline("Mai Loan 13/12/2021 13:50"),
            NaiveDate::from_ymd_opt(2021, 12, 13)
        );
        assert_eq!(
            parse_dateline("2021-12-13T13:50:00+07:00"),
            NaiveDate::from_ymd_opt(2021, 12, 13)
        );
    }
}
