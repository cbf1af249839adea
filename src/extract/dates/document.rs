//! The document date of an article: the day it was published, against which "hôm nay",
//! "hôm qua" and a day without a year are read.
//!
//! Sources, best first: the front matter's `published` (for a saved page or a scraper's record,
//! the publication date of its metadata); a dateline or byline near the top
//! (`Hoàng Minh 13/12/2021 13:50`, `Thứ Ba, 15/09/2020, 07:45`, `08:42' - 11/03/2017`); a byline
//! kept in the middle of a scraped page (`23/06/2016 14:05 GMT+7`); a date in the article's URL
//! path (`/2021/12/13/`, `/202112/`); a page date line kept by a web store (` date 2021-12`).
//! A site header that is later than everything the article reports is the day the page was
//! saved, not the day it was published, and is passed over.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::ingest::{Article, Line};

use super::{find_dates, Date, DateMention};

/// Where the document date was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentDateSource {
    /// The front matter's `published` field.
    FrontMatter,
    /// The publication date of a saved web page's metadata (`article:published_time`, JSON-LD
    /// `datePublished`, ...) or of a scraper's record (`date_publish`, `date`).
    PageMetadata,
    /// A dateline or byline of the article.
    Byline,
    /// The article's URL path.
    Url,
    /// A date line a web store or archive kept with the page.
    PageDateLine,
    /// The text counts back from its own time to a dated day ("cách đây 7 tháng, ngày
    /// 20/10/2020"): the month only.
    CountedBack,
    /// The text names its own year ("ngay trong năm 2016", "năm nay (2016)", "từ đầu năm 2017
    /// đến nay", "6 tháng đầu năm 2019"): the year only.
    CurrentYear,
}

/// An article's document date, with where it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentDate {
    /// A day, or only a month for a page date line or a URL that gives no day.
    pub date: Date,
    /// As written ("13.12.2021", "2021-12-13", "/202112/").
    pub text: String,
    /// The line it stands on (for the URL, the front matter's or the text's line).
    pub line: usize,
    pub source: DocumentDateSource,
}

impl DocumentDate {
    /// The day, when the source gives one.
    pub fn day(&self) -> Option<NaiveDate> {
        self.date.naive()
    }
}

/// How many non-empty lines from the top a byline or dateline may stand on.
const TOP_LINES: usize = 12;
/// Bylines and captions are short; a long paragraph is article prose.
const BYLINE_MAX_CHARS: usize = 200;
/// A byline left in the middle of a page is a date and a time with little else.
const MID_BYLINE_MAX_CHARS: usize = 60;

static TIME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\d{1,2}[:h]\d{2}\b").unwrap());
static PAGE_DATE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b").unwrap());
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/((?:19|20)\d{2})(?:/(\d{1,2})(?:/(\d{1,2}))?/|(\d{2})(\d{2})?/)").unwrap()
});

/// The document date of `a`, if anything gives one.
pub fn document_date(a: &Article) -> Option<DocumentDate> {
    front_matter(a)
        .or_else(|| top_byline(a))
        .or_else(|| mid_byline(a))
        .or_else(|| url_date(a))
        .or_else(|| page_date_line(a))
        .or_else(|| counted_back(a))
        .or_else(|| current_year(a))
        .or_else(|| edition_of_this_year(a))
}

/// The heads of a yearly event an article may call this year's ("kỳ thi THPT quốc gia năm
/// nay") and name with its year elsewhere ("Kỳ thi THPT quốc gia năm 2019").
const YEARLY_EVENTS: &[&str] = &[
    "kỳ thi",
    "lễ hội",
    "hội chợ",
    "cuộc thi",
    "hội thi",
    "mùa thi",
];

/// Words that put an event ahead of the article's time ("Lễ hội … năm 2019 sẽ …" in December):
/// its year is then no present one.
const AHEAD_WORDS: &[&str] = &["sẽ", "dự kiến", "chuẩn bị", "sắp", "năm sau", "năm tới"];

/// The article's own year from a yearly event it calls this year's on one line and names with
/// its year on another, the same words before both (`kỳ thi THPT quốc gia năm nay` and `Kỳ thi
/// THPT quốc gia năm 2019`): that year, when every such naming agrees and none is told as
/// ahead ([`AHEAD_WORDS`]).
fn edition_of_this_year(a: &Article) -> Option<DocumentDate> {
    static EDITION: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s+(?:năm\s+)?((?:19|20)\d{2})\b").unwrap());
    let lines: Vec<&crate::ingest::Line> = a.lines.iter().filter(|l| l.noise.is_none()).collect();
    // (Lower case of the same length, so that its ranges are the folded line's.)
    let lowered = |l: &crate::ingest::Line| {
        let t = l.folded.text.to_lowercase();
        if t.len() == l.folded.text.len() {
            t
        } else {
            String::new()
        }
    };
    // The events called this year's: their words from the head to "năm nay". (Most articles
    // have none: a plain search comes first.)
    let mut keys: Vec<String> = Vec::new();
    let this_year = lines.iter().filter(|l| l.folded.text.contains("ăm nay"));
    for text in this_year.map(|l| lowered(l)) {
        for (at, _) in text.match_indices(" năm nay") {
            let before = &text[..at];
            let Some(head) = YEARLY_EVENTS.iter().filter_map(|h| before.rfind(h)).max() else {
                continue;
            };
            let key = before[head..].to_string();
            if key.split_whitespace().count() >= 4 && !key.contains([',', ';', '.']) {
                keys.push(key);
            }
        }
    }
    if keys.is_empty() {
        return None;
    }
    let lower: Vec<String> = lines.iter().map(|l| lowered(l)).collect();
    let mut found: Option<DocumentDate> = None;
    for key in &keys {
        for (i, text) in lower.iter().enumerate() {
            for (at, _) in text.match_indices(key.as_str()) {
                let Some(c) = EDITION.captures(&text[at + key.len()..]) else {
                    continue;
                };
                if AHEAD_WORDS
                    .iter()
                    .any(|w| crate::text::contains_word(text, w))
                {
                    return None;
                }
                let year: i32 = c[1].parse().ok()?;
                match &found {
                    Some(f) if f.date.year != year => return None,
                    Some(_) => {}
                    None => {
                        let end = at + key.len() + c.get(0)?.end();
                        found = Some(DocumentDate {
                            date: Date {
                                year,
                                month: None,
                                day: None,
                            },
                            text: lines[i].original(at..end).trim().to_string(),
                            line: lines[i].number,
                            source: DocumentDateSource::CurrentYear,
                        });
                    }
                }
            }
        }
    }
    found
}

/// Words an article names its own year with: "ngay trong năm 2016" (within this very year),
/// "năm nay (2016)", "trong năm 2018 này" and "năm 2018 này," (this year 2018; elsewhere
/// "này" may end the noun the year is of: "từ năm 2009 này", "xảy ra năm 2015 này đã …"), "từ
/// đầu năm 2017 đến nay" (from the
/// start of 2017 until now), and the
/// year-to-date figures of a report, "6 tháng đầu năm 2019" (the first six months of 2019),
/// unless compared with ("so với 6 tháng đầu năm 2018", "cùng kỳ"), which names another year.
static CURRENT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let n = crate::text::TWO_TO_TEN_WORDS;
    Regex::new(&format!(
        r"(?i)\b(?:ngay trong năm|trong năm nay\s*\(|năm nay\s*\()\s*((?:19|20)\d{{2}})\b|\btừ đầu năm\s+((?:19|20)\d{{2}})\s+(?:đến|tới)\s+nay\b|(so với\s+|cùng kỳ\s+|như\s+)?\b(?:\d{{1,2}}|{n}|mười một)\s+tháng đầu năm\s+((?:19|20)\d{{2}})\b|\btrong\s+năm\s+((?:19|20)\d{{2}})\s+này\b|\bnăm\s+((?:19|20)\d{{2}})\s+này\s*,",
    ))
    .unwrap()
});

/// A year glossed as the next or the last one ("năm tới (2019)", "sang năm (2020)", "năm ngoái
/// (2017)"): the article's own year is one before or after it. ("ngay từ đầu năm 2017" is not
/// one: said in December, it is the next year's start.)
static GLOSSED_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(năm tới|năm sau|sang năm|năm ngoái|năm trước)\s*\(\s*((?:19|20)\d{2})\s*\)")
        .unwrap()
});

/// A deadline counted from now to the end of a year ("từ nay đến 31-12-2017", "từ nay đến hết
/// ngày 31/12/2018") or the months left of one ("những tháng còn lại của năm 2018"): the
/// article's own year is that one. (Not "từ nay đến cuối năm 2020", which may count more than
/// a year ahead.)
static YEAR_LEFT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\btừ nay (?:đến|tới) (?:hết\s+)?(?:ngày\s+)?31\s*[/.\-]\s*12\s*[/.\-]\s*((?:19|20)\d{2})\b|\b(?:những|các) tháng còn lại (?:của\s+)?năm\s+((?:19|20)\d{2})\b")
        .unwrap()
});

/// The article's own year by the end of a year counted from now ([`YEAR_LEFT`]), and its
/// words.
fn years_left(text: &str) -> impl Iterator<Item = (i32, std::ops::Range<usize>)> + '_ {
    YEAR_LEFT.captures_iter(text).filter_map(|c| {
        let year = c.get(1).or_else(|| c.get(2))?.as_str().parse().ok()?;
        Some((year, c.get(0)?.range()))
    })
}

/// The article's own year by a glossed next or last year ([`GLOSSED_YEAR`]), and its words.
fn glossed_years(text: &str) -> impl Iterator<Item = (i32, std::ops::Range<usize>)> + '_ {
    GLOSSED_YEAR.captures_iter(text).filter_map(|c| {
        let year: i32 = c[2].parse().ok()?;
        let next = matches!(
            c[1].to_lowercase().as_str(),
            "năm tới" | "năm sau" | "sang năm"
        );
        Some((if next { year - 1 } else { year + 1 }, c.get(0)?.range()))
    })
}

/// The year an article calls its own, when every such phrase of the article names the same
/// one (a report that names two has compared them).
fn current_year(a: &Article) -> Option<DocumentDate> {
    let mut found: Option<DocumentDate> = None;
    // Most lines hold none: a plain search for the words every such phrase holds comes
    // before the regex (whose Unicode word boundaries make it slow on Vietnamese text).
    let cue = |t: &str| {
        t.contains("gay trong năm")
            || t.contains("tháng đầu năm")
            || (t.contains("ăm nay") && t.contains('('))
            || (t.contains("ừ đầu năm") && t.contains(" nay"))
            || ((t.contains("ăm 20") || t.contains("ăm 19")) && t.contains(" này"))
            || t.contains("ừ nay")
            || t.contains("còn lại")
            || (t.contains('(')
                && (t.contains("ăm tới")
                    || t.contains("ăm sau")
                    || t.contains("ăm ngoái")
                    || t.contains("ăm trước")
                    || t.contains("ang năm")))
    };
    let lines = a.lines.iter().filter(|l| l.noise.is_none());
    for l in lines.filter(|l| cue(&l.folded.text)) {
        let stated = CURRENT_YEAR
            .captures_iter(&l.folded.text)
            .filter(|c| c.get(3).is_none())
            .filter(|c| c.get(2).is_none() || !also_this_year(&l.folded.text, c.get(0)))
            .filter_map(|c| {
                let year: i32 = [1, 2, 4, 5, 6]
                    .iter()
                    .find_map(|&g| c.get(g))
                    .and_then(|m| m.as_str().parse().ok())?;
                Some((year, c.get(0)?.range()))
            });
        let found_here: Vec<(i32, std::ops::Range<usize>)> = stated
            .chain(glossed_years(&l.folded.text))
            .chain(years_left(&l.folded.text))
            .collect();
        for (year, range) in found_here {
            match &found {
                Some(f) if f.date.year != year => return None,
                Some(_) => {}
                None => {
                    found = Some(DocumentDate {
                        date: Date {
                            year,
                            month: None,
                            day: None,
                        },
                        text: l.original(range).to_string(),
                        line: l.number,
                        source: DocumentDateSource::CurrentYear,
                    })
                }
            }
        }
    }
    found
}

/// Whether a line that counts "từ đầu năm 2016 đến nay" (the match `m`) also says "năm nay"
/// elsewhere ("… từ đầu năm 2016 đến nay, và hội nghị … hồi tháng 1 năm nay"): this year is then
/// another than 2016, which the writer would have called "năm nay" too.
fn also_this_year(line: &str, m: Option<regex::Match>) -> bool {
    m.is_some_and(|m| says_this_year(&line[..m.start()]) || says_this_year(&line[m.end()..]))
}

/// Whether `text` speaks of "this year" ("năm nay") without writing which (not "năm nay
/// (2019)").
pub fn says_this_year(text: &str) -> bool {
    let lower = text.to_lowercase();
    crate::text::contains_word(&lower, "năm nay") && !lower.contains("năm nay (")
}

/// "cách đây 7 tháng, ngày 20/10/2020" / "ngày 20/10/2020, cách đây 2 năm": a dated day and
/// how long ago it was, counted from the article's own time.
static COUNTED_BACK: LazyLock<Regex> = LazyLock::new(|| {
    let n = crate::text::TWO_TO_TEN_WORDS;
    Regex::new(&format!(
        r"(?i)\bcách đây\s+(?:đúng\s+|tròn\s+|gần\s+|hơn\s+)?(\d{{1,2}}|một|{n})\s+(tháng|năm)\s*,?\s*(?:vào\s+|tức\s+|là\s+)?(?:ngày\s+)?(\d{{1,2}})[/.-](\d{{1,2}})[/.-]((?:19|20)\d{{2}})\b|\b(?:ngày\s+)?(\d{{1,2}})[/.-](\d{{1,2}})[/.-]((?:19|20)\d{{2}})\s*,?\s*(?:tức\s+là\s+|tức\s+)?cách đây\s+(?:đúng\s+|tròn\s+)?(\d{{1,2}}|một|{n})\s+(tháng|năm)\b",
    ))
    .unwrap()
});

/// The month of the article's own time that a counted-back day gives ("cách đây 7 tháng, ngày
/// 20/10/2020" → 2021-05). Only a whole number of months or years: "gần", "hơn" round it, so
/// the month is as certain as the text makes it, and only the month is kept.
fn counted_back(a: &Article) -> Option<DocumentDate> {
    // A plain search first, as in `current_year`.
    let lines = a.lines.iter().filter(|l| l.noise.is_none());
    lines
        .filter(|l| l.folded.text.contains("ách đây"))
        .find_map(|l| {
            let c = COUNTED_BACK.captures(&l.folded.text)?;
            let g = |i: usize| c.get(i).map(|m| m.as_str());
            let (n, unit, day, month, year) = match g(1) {
                Some(n) => (n, g(2)?, g(3)?, g(4)?, g(5)?),
                None => (g(9)?, g(10)?, g(6)?, g(7)?, g(8)?),
            };
            let n = n
                .parse::<i32>()
                .ok()
                .or_else(|| super::scan::month_word(n).map(|m| m as i32))?;
            let (day, month, year): (u32, u32, i32) =
                (day.parse().ok()?, month.parse().ok()?, year.parse().ok()?);
            NaiveDate::from_ymd_opt(year, month, day)?;
            let months = match unit.to_lowercase().as_str() {
                "năm" => n * 12,
                _ => n,
            };
            let total = year * 12 + month as i32 - 1 + months;
            Some(DocumentDate {
                date: Date {
                    year: total.div_euclid(12),
                    month: Some(total.rem_euclid(12) as u32 + 1),
                    day: None,
                },
                text: l.original(c.get(0)?.range()).to_string(),
                line: l.number,
                source: DocumentDateSource::CountedBack,
            })
        })
}

fn front_matter(a: &Article) -> Option<DocumentDate> {
    let (text, line) = a.published.as_ref()?;
    let date = parse_published(text)?;
    // A page's or a record's date is written into the front matter of its text by ingest.
    let source = match a.origin {
        Some(_) => DocumentDateSource::PageMetadata,
        None => DocumentDateSource::FrontMatter,
    };
    Some(DocumentDate {
        date: Date::day(date),
        text: text.clone(),
        line: *line,
        source,
    })
}

/// Parses a front-matter date: `2021-12-13`, `2021-12-13T13:50:00+07:00`, `13/12/2021`.
pub fn parse_published(s: &str) -> Option<NaiveDate> {
    let t = s.trim();
    if let Some(d) = t
        .get(..10)
        .and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok())
    {
        return Some(d);
    }
    find_dates(t).into_iter().find_map(|m| full_day(&m))
}

fn full_day(m: &DateMention) -> Option<NaiveDate> {
    if m.relative.is_some() || m.end.is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(m.start.year?, m.start.month?, m.start.day?)
}

/// Full dates on a line, with their text.
fn days_on(l: &Line) -> impl Iterator<Item = (NaiveDate, String)> + '_ {
    find_dates(&l.folded.text)
        .into_iter()
        .filter_map(move |m| Some((full_day(&m)?, l.original(m.span).to_string())))
}

/// A date field written as one number after its label (`# date = 20210430`, `Ngày đăng:
/// 20210430`), as some exports and archives keep it.
static COMPACT_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:date|ngày(?: đăng| xuất bản)?)\s*[=:]\s*((?:19|20)\d{2})(\d{2})(\d{2})\b")
        .unwrap()
});

fn compact_day(l: &Line) -> Option<(NaiveDate, String)> {
    let c = COMPACT_DAY.captures(&l.folded.text)?;
    let n = |i: usize| c[i].parse::<u32>().ok();
    let day = NaiveDate::from_ymd_opt(n(1)? as i32, n(2)?, n(3)?)?;
    Some((day, l.original(c.get(0)?.range()).to_string()))
}

/// Words besides its date that a byline holds at most when it reads as a sentence (a place,
/// an author, a label: "Hà Nội, ngày 14/12/2021.", "Cập nhật lúc 9:00 ngày 13/12/2021.").
const BYLINE_MAX_WORDS: usize = 7;

/// The line is a sentence of the article that holds the date (a recalled meeting, a law's
/// effective day), not a dateline: it ends as a sentence does and says much more than the
/// date.
fn in_a_sentence(l: &Line, date_text: &str) -> bool {
    let text = l.text.trim();
    let ends = text.ends_with(['.', '!', '?', '…', ';']);
    let other = text
        .split_whitespace()
        .count()
        .saturating_sub(date_text.split_whitespace().count());
    // (A line scraped without its full stop is prose all the same when it says twice as much
    // and its date stands inside it: "Hội đồng A ngày 3/2 nhóm họp …, thông qua kết quả của cuộc
    // bỏ phiếu ngày 1/9/2016, theo hãng tin B"; a caption's credit ends with the date, "… - Báo
    // A, 13.12.2021".)
    let inside = || {
        let bare = text.trim_end_matches(['.', ')', ']']).trim_end();
        !bare.ends_with(date_text) && !text.starts_with(date_text) && mostly_lower_case(text)
    };
    let long = !TIME.is_match(text)
        && (ends && other > BYLINE_MAX_WORDS || other > 2 * BYLINE_MAX_WORDS && inside());
    long || text
        .find(date_text)
        .is_some_and(|at| a_complement(&text[..at]) || at_a_meeting(&text[..at]))
}

/// Whether most of a line's words are written in lower case, as a sentence's syllables are; a
/// page's menu or credits capitalise theirs ("Trang chủ » Thời sự » Chính trị …").
fn mostly_lower_case(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_alphabetic))
        .collect();
    let lower = words
        .iter()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    // Seven syllables in ten, as a sentence that names a body or two has.
    lower * 10 >= words.len() * 7
}

/// Whether the words before a date put someone at a meeting ("Ông A tại cuộc họp nội các ở B
/// ngày …", a caption without its full stop): a scene, whose date is its own, which no dateline
/// holds.
fn at_a_meeting(before: &str) -> bool {
    let lower = format!(" {}", before.to_lowercase());
    [" tại ", " trong "].iter().any(|at| {
        lower.match_indices(at).any(|(i, _)| {
            let rest = &lower[i + at.len()..];
            let rest = rest.strip_prefix("một ").unwrap_or(rest);
            crate::extract::lexicon::MEETING_WORDS
                .iter()
                .any(|(w, _)| crate::text::starts_with_word(rest, w))
        })
    })
}

/// Labels a dateline writes before its date, lower case ("Cập nhật 22/06/2019", "đăng lúc …").
/// Weekdays ([`super::WEEKDAYS`]) are labels too ("Thứ hai 13/12/2021").
const DATELINE_LABELS: &[&str] = &["cập nhật", "đăng", "lúc", "xuất bản", "gửi", "ngày"];

/// Whether the words `before` a date make it the complement of a predicate ("Giao dịch được
/// thực hiện trong ngày 14/8/2016", "Số báo cuối cùng ra ngày 12-4-1946", a caption's "… sáng
/// 24-3-2018 - Ảnh: …"): they end on a lower-case word that is no dateline's label. A
/// dateline's date stands alone, after a place or an author and a mark ("Hà Nội, ngày …",
/// "Tác giả | 14/12/2021"), a weekday, a time, or a label.
fn a_complement(before: &str) -> bool {
    let before = before.trim_end();
    let before = before
        .strip_suffix("ngày")
        .or_else(|| before.strip_suffix("Ngày"))
        .unwrap_or(before)
        .trim_end();
    let Some(last) = before.split_whitespace().last() else {
        return false;
    };
    let lower = before.to_lowercase();
    last.chars().all(char::is_lowercase)
        && !DATELINE_LABELS
            .iter()
            .chain(super::WEEKDAYS)
            .any(|w| crate::text::ends_with_word(&lower, w))
}

fn byline(l: &Line, date: NaiveDate, text: String) -> DocumentDate {
    DocumentDate {
        date: Date::day(date),
        text,
        line: l.number,
        source: DocumentDateSource::Byline,
    }
}

/// The lines a byline may stand on: the first [`TOP_LINES`] non-empty lines of the article,
/// not counting page furniture (a saved page's menus come before its byline, however long).
fn top_lines(a: &Article) -> impl Iterator<Item = &Line> {
    let mut prose = 0;
    a.lines
        .iter()
        .filter(|l| !l.text.trim().is_empty() && !is_page_date_line(l))
        .take_while(move |l| {
            prose += usize::from(l.noise.is_none());
            prose <= TOP_LINES
        })
}

fn top_byline(a: &Article) -> Option<DocumentDate> {
    let candidates: Vec<DocumentDate> = top_lines(a)
        .filter(|l| l.text.chars().count() <= BYLINE_MAX_CHARS)
        .flat_map(|l| {
            let written = days_on(l)
                .filter(move |(_, t)| !in_a_sentence(l, t))
                .map(move |(d, t)| byline(l, d, t));
            written.chain(compact_day(l).map(|(d, t)| byline(l, d, t)))
        })
        .collect();
    let first = candidates.first()?;
    if candidates.len() > 1 && saved_day(a, first) {
        return candidates.into_iter().nth(1);
    }
    Some(first.clone())
}

/// The candidate is later than every other full date of the article: the day the page was
/// saved, printed by the site's header.
fn saved_day(a: &Article, candidate: &DocumentDate) -> bool {
    let Some(day) = candidate.day() else {
        return false;
    };
    let others: Vec<NaiveDate> = a
        .lines
        .iter()
        .filter(|l| l.number != candidate.line)
        .flat_map(|l| days_on(l).map(|(d, _)| d))
        .collect();
    !others.is_empty() && others.iter().all(|o| *o < day)
}

fn mid_byline(a: &Article) -> Option<DocumentDate> {
    a.lines
        .iter()
        .filter(|l| l.text.trim().chars().count() <= MID_BYLINE_MAX_CHARS)
        .filter(|l| TIME.is_match(&l.text) && !reads_as_sentence(&l.text))
        .find_map(|l| days_on(l).next().map(|(d, t)| byline(l, d, t)))
}

/// Words a byline holds in lower case besides its date and time ("Cập nhật lúc 10:25 ngày
/// …", "Thứ hai, …", "… sáng").
const BYLINE_WORDS: &[&str] = &[
    "cập", "nhật", "đăng", "lúc", "ngày", "giờ", "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy",
    "chủ", "sáng", "chiều", "tối", "trưa", "theo", "nguồn", "bởi", "và",
];

/// Whether a short line with a time reads as a sentence, not a byline: three words in lower
/// case or more besides a byline's own ("Buổi họp kết thúc vào 5h15 chiều 11-6-2019.").
fn reads_as_sentence(line: &str) -> bool {
    line.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 2 && w.chars().all(char::is_lowercase))
        .filter(|w| !BYLINE_WORDS.contains(w))
        .count()
        >= 3
}

fn url_date(a: &Article) -> Option<DocumentDate> {
    let url = a.url.as_deref()?;
    let c = URL_DATE.captures(url)?;
    let year: i32 = c[1].parse().ok()?;
    let month: Option<u32> = c.get(2).or(c.get(4)).and_then(|m| m.as_str().parse().ok());
    let day: Option<u32> = c.get(3).or(c.get(5)).and_then(|m| m.as_str().parse().ok());
    let date = Date { year, month, day };
    if !month.is_some_and(|m| (1..=12).contains(&m)) || (day.is_some() && date.naive().is_none()) {
        return None;
    }
    Some(DocumentDate {
        date,
        text: c[0].to_string(),
        line: a.url_line.unwrap_or(1),
        source: DocumentDateSource::Url,
    })
}

fn is_page_date_line(l: &Line) -> bool {
    PAGE_DATE_LINE.is_match(&l.text)
}

fn page_date_line(a: &Article) -> Option<DocumentDate> {
    a.lines.iter().take(3).find_map(|l| {
        let c = PAGE_DATE_LINE.captures(&l.text)?;
        let year: i32 = c[1].parse().ok()?;
        let month: u32 = c[2].parse().ok()?;
        let day: Option<u32> = c.get(3).and_then(|d| d.as_str().parse().ok());
        let date = Date {
            year,
            month: Some(month),
            day,
        };
        let valid = (1..=12).contains(&month) && (day.is_none() || date.naive().is_some());
        valid.then(|| DocumentDate {
            date,
            text: c[0].trim().to_string(),
            line: l.number,
            source: DocumentDateSource::PageDateLine,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::parse_article;
    use crate::knowledge::Knowledge;

    fn doc_date(text: &str) -> Option<DocumentDate> {
        let a = parse_article("t.txt", "t.txt", text.as_bytes(), &Knowledge::embedded()).unwrap();
        document_date(&a)
    }

    #[test]
    fn a_yearly_event_called_this_years_and_named_with_its_year_gives_the_articles_year() {
        for event in [
            "kỳ thi THPT quốc gia",
            "Lễ hội Hoa Nam Sơn",
            "hội chợ nông sản Đông Lạc",
        ] {
            let cap = crate::text::capitalised(event);
            for (dated, this) in [
                (
                    format!("{cap} năm 2019, tỉnh có 16 điểm."),
                    format!("Tỉnh đã họp bàn về {event} năm nay."),
                ),
                (
                    format!("Theo ban tổ chức {event} 2019, số người dự tăng."),
                    format!("Các đơn vị đã sẵn sàng cho {event} năm nay."),
                ),
            ] {
                for text in [
                    format!("Tin\n\n{dated}\n\n{this}\n"),
                    format!("Tin\n\n{this}\n\n{dated}\n"),
                ] {
                    let d = doc_date(&text).unwrap_or_else(|| panic!("{text}"));
                    assert_eq!(
                        (d.date.year, d.source),
                        (2019, DocumentDateSource::CurrentYear),
                        "{text}"
                    );
                }
            }
            let this = format!("Các đơn vị đã sẵn sàng cho {event} năm nay.");
            for dated in [
                // Named ahead of the article's time: next year's edition.
                format!("{cap} năm 2019 sẽ được tổ chức vào tháng 3."),
                // Two years: the article compares editions.
                format!("{cap} năm 2018 và {event} năm 2019 đều đông."),
            ] {
                let text = format!("Tin\n\n{dated}\n\n{this}\n");
                assert_eq!(doc_date(&text), None, "{text}");
            }
        }
        // A bare head names no one event.
        assert_eq!(
            doc_date("Tin\n\nKỳ thi năm 2019 đã xong.\n\nKỳ thi năm nay khó hơn.\n"),
            None
        );
    }

    #[test]
    fn front_matter_comes_first() {
        let d = doc_date("---\npublished: 2019-03-05T08:00:00+07:00\n---\n\nHà Nội, 01/01/2020\n")
            .unwrap();
        assert_eq!(d.date.iso(), "2019-03-05");
        assert_eq!((d.source, d.line), (DocumentDateSource::FrontMatter, 2));
    }

    #[test]
    fn bylines_with_times_and_weekdays() {
        for (text, iso) in [
            (
                "Tin\n\nHoàng Minh 13/12/2021 13:50\n\nSáng 13/12, hội nghị.",
                "2021-12-13",
            ),
            (
                "Tin\n\nThứ Ba, 15/09/2020, 07:45 [GMT+7]\n\nHôm nay, họp.",
                "2020-09-15",
            ),
            ("Tin\n08:42' - 11/03/2017\nNgày 11/3, họp.", "2017-03-11"),
            ("Tin\n\nThứ tư, 03/08/2022 - 14:57\n", "2022-08-03"),
        ] {
            let d = doc_date(text).unwrap();
            assert_eq!(d.date.iso(), iso, "{text}");
            assert_eq!(d.source, DocumentDateSource::Byline);
        }
    }

    #[test]
    fn datelines_of_every_shape_near_the_top() {
        let headers = [
            "13:50 13/12/2021",
            "13/12/2021 13:50",
            "Cập nhật: 13/12/2021 13:50",
            "Cập nhật lúc 13:50 ngày 13/12/2021",
            "Thời sự | 13/12/2021",
            "Thời sự | Thứ hai, 13/12/2021 | 13:50 GMT+7",
            "date: 2021-12-13",
            "# date = 20211213",
            "Ngày đăng: 13/12/2021",
            "Ngày đăng: 20211213",
            "Thứ hai, 13/12/2021 - 13:50",
            "13-12-2021 - 13:50",
            "2021-12-13 13:50:00",
            "Ngày 13 tháng 12 năm 2021 | 13:50",
            "(13/12/2021 13:50)",
            "Published: 2021-12-13",
            "13.12.2021",
            "Thứ hai 13/12/2021 13:50",
            "Hà Nội ngày 13/12/2021",
            "cập nhật 13/12/2021",
        ];
        for h in headers {
            for above in ["", "Trang chủ\nThời sự\nChính trị\nXã hội\n"] {
                let text = format!("{above}Tiêu đề\n{h}\nSáng 13/12, hội nghị khai mạc.\n");
                let d = doc_date(&text).unwrap_or_else(|| panic!("{text}"));
                assert_eq!(d.date.iso(), "2021-12-13", "{text}");
            }
        }
        assert!(doc_date("Tiêu đề\n# date = 20211313\nHội nghị.\n").is_none());
    }

    #[test]
    fn a_short_sentence_or_caption_whose_date_completes_a_predicate_is_no_dateline() {
        for line in [
            "Giao dịch được thực hiện trong ngày 14/8/2016.",
            "Số báo cuối cùng ra ngày 12-4-1946.",
            "Đoàn công tác làm việc tại tỉnh sáng 24-3-2018 - Ảnh: AN BÌNH",
            "Cửa hàng mở cửa từ 5/3/2019.",
            // A caption without its full stop: someone at a meeting, somewhere, that day.
            "Ông Trần Văn Hải tại cuộc họp nội các ở Nam Thành ngày 14-3-2016",
            "Bà Lê Thị Lan trong một hội nghị ở Hà Nội 14/3/2016",
        ] {
            assert_no_byline(line);
        }
    }

    /// `line`, below a headline and a lead, gives its article no byline.
    fn assert_no_byline(line: &str) {
        let text =
            format!("Tiêu đề\n\nMột đoạn mở đầu.\n\n{line}\n\nSáng 13/12, hội nghị khai mạc.\n");
        let d = doc_date(&text);
        assert!(
            d.as_ref()
                .is_none_or(|d| d.source != DocumentDateSource::Byline),
            "{line}: {d:?}"
        );
    }

    #[test]
    fn a_long_line_of_prose_scraped_without_its_full_stop_is_no_dateline() {
        let prose = "Hội đồng thành phố Nam Lạc ngày 3/2 nhóm họp bất thường để thông qua kết quả của cuộc bỏ phiếu Bắc Hà ngày 1/9/2016 về việc sáp nhập hai quận, theo thông tấn Đông Sơn";
        assert_no_byline(prose);
        assert_no_byline(&format!("{prose}."));
        // A dateline of a few words keeps its date, with or without a stop; so does a long
        // caption whose credit ends with it, and a page's menu around it.
        for (line, iso) in [
            ("Hà Nội, ngày 8/11/2016", "2016-11-08"),
            ("Bài và ảnh: Lê Văn An, Nguyễn Thị Bình - 8/11/2016", "2016-11-08"),
            ("Các đại biểu thảo luận tại phiên bế mạc hội nghị thường niên của hiệp hội doanh nghiệp tỉnh Nam Lạc năm nay. (Ảnh: Lê An) - Báo Đông Sơn, 1.9.2016", "2016-09-01"),
            ("Trang chủ » Thời sự » Chính trị » Thứ Tư, 1/9/2016 » Đăng nhập » Đăng ký » Liên hệ » Quảng cáo » Tòa soạn", "2016-09-01"),
        ] {
            let text = format!("Tiêu đề\n\n{line}\n\nSáng 13/12, hội nghị khai mạc.\n");
            let d = doc_date(&text).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(
                (d.date.iso(), d.source),
                (iso.to_string(), DocumentDateSource::Byline),
                "{line}"
            );
        }
    }

    #[test]
    fn a_byline_in_the_middle_of_a_scraped_page() {
        let body = "Bài dài với nhiều câu văn không có ngày tháng nào cả.\n".repeat(20);
        let d = doc_date(&format!("Tin\n{body}23/06/2016 14:05 GMT+7\n{body}")).unwrap();
        assert_eq!(d.date.iso(), "2016-06-23");
        assert_eq!(d.line, 22);
        let d = doc_date(&format!(
            "Tin\n{body}Cập nhật lúc 14:05 ngày 23/06/2016\n{body}"
        ));
        assert_eq!(d.unwrap().date.iso(), "2016-06-23");
        // A short sentence with a time and a day is the article's, not its date line.
        for sentence in [
            "Buổi họp kết thúc vào 5h15 chiều 11-6-2019.",
            "Cuộc họp bắt đầu lúc 8:30 sáng 26/3/2019.",
            "Hội nghị khai mạc lúc 9h00 ngày 26/3/2019 tại Hà Nội.",
        ] {
            assert_eq!(
                doc_date(&format!("Tin\n{body}{sentence}\n{body}")),
                None,
                "{sentence}"
            );
        }
    }

    #[test]
    fn url_paths_and_page_date_lines() {
        let d = doc_date(
            "---\nurl: https://baokhanhhoa.vn/chinh-tri/201611/hoi-thao-2460025\n---\nTin\n",
        )
        .unwrap();
        assert_eq!(
            (d.date.iso().as_str(), d.source),
            ("2016-11", DocumentDateSource::Url)
        );
        let d = doc_date("---\nurl: https://x.vn/2021/12/13/bai-viet.html\n---\nTin\n").unwrap();
        assert_eq!(d.date.iso(), "2021-12-13");
        let d = doc_date(
            "Tin\n\nSáng nay (3/6), hội nghị. Các địa phương hỗ trợ ngay trong năm 2016.\n",
        )
        .unwrap();
        assert_eq!(
            (d.date.iso().as_str(), d.source),
            ("2016", DocumentDateSource::CurrentYear)
        );
        let d =
            doc_date(" date 2021-12 Trình duyệt không phát được âm thanh.\n\nNgày 2/12, họp.\n")
                .unwrap();
        assert_eq!(
            (d.date.iso().as_str(), d.source),
            ("2021-12", DocumentDateSource::PageDateLine)
        );
    }

    #[test]
    fn a_year_glossed_as_the_next_or_the_last_gives_the_articles_own() {
        for (text, year) in [
            ("Kế hoạch năm tới (2019) sẽ được thông qua.", "2018"),
            ("Sang năm (2020), tỉnh sẽ hoàn thành dự án.", "2019"),
            ("So với năm ngoái (2017), số vụ giảm.", "2018"),
        ] {
            let d = doc_date(&format!("Tin\n\nNgày 5/3, hội nghị. {text}\n")).unwrap();
            assert_eq!(
                (d.date.iso().as_str(), d.source),
                (year, DocumentDateSource::CurrentYear),
                "{text}"
            );
        }
        // A start of the next year set as a target, said in December, is not the year.
        assert!(
            doc_date("Tin\n\nNgày 8/12, kỳ họp. Phải triển khai ngay từ đầu năm 2017.\n").is_none()
        );
    }

    #[test]
    fn a_site_header_later_than_everything_reported_is_the_day_the_page_was_saved() {
        let d = doc_date("Thứ Hai, ngày 25 tháng 11 năm 2024, 09:25\n\nTin\n\nMai Loan - 13/12/2021 07:00\n\nSáng 13/12, tại Hà Nội, hội nghị ngày 13/12/2021.\n").unwrap();
        assert_eq!(d.date.iso(), "2021-12-13");
    }

    #[test]
    fn a_day_counted_back_from_the_articles_time_gives_its_month() {
        for (text, month) in [
            (
                "Phát biểu, ông nhắc lại, cách đây 7 tháng, ngày 20/10/2020, tại hội nghị trước.",
                "2021-05",
            ),
            (
                "Cách đây bảy tháng, vào ngày 20/10/2020, hội nghị đã họp.",
                "2021-05",
            ),
            (
                "Ngày 5/3/2017, cách đây 2 năm, hội nghị lần đầu được tổ chức.",
                "2019-03",
            ),
            (
                "Cách đây tròn 1 năm, ngày 20-11-2018, Bộ đã ký kết.",
                "2019-11",
            ),
            (
                "Cách đây 3 tháng, ngày 30/11/2019, sự kiện diễn ra.",
                "2020-02",
            ),
        ] {
            let d = doc_date(&format!("Tin\n\n{text}\n\nChiều 19/9, Bộ họp.\n")).expect(text);
            assert_eq!(
                (d.date.iso().as_str(), d.source),
                (month, DocumentDateSource::CountedBack),
                "{text}"
            );
        }
        // A span without a dated day, or a dated day without a span, counts nothing back.
        for text in [
            "Cách đây 7 tháng, hội nghị đã họp.",
            "Ngày 20/10/2020, hội nghị đã họp.",
            "Cách đây 7 tuần, ngày 20/10/2020, hội nghị đã họp.",
        ] {
            let d = doc_date(&format!("Tin\n\n{text}\n"));
            assert!(
                d.as_ref()
                    .is_none_or(|d| d.source != DocumentDateSource::CountedBack),
                "{text}: {d:?}"
            );
        }
    }

    #[test]
    fn year_to_date_figures_name_the_articles_own_year_unless_compared() {
        for text in [
            "Trong 6 tháng đầu năm 2019, kim ngạch tăng mạnh.",
            "Từ đầu năm 2019 đến nay, tỉnh đã thu hút 20 dự án.",
            "Hai tháng đầu năm 2019, sản lượng tăng 5% so với cùng kỳ năm 2018.",
            "Năm nay (2019), tỉnh đặt mục tiêu tăng trưởng 7%.",
            // "This year 2019", however it is placed in the clause.
            "Trong năm 2019 này, tỉnh đặt mục tiêu tăng trưởng 7%.",
            "Bộ trưởng vui mừng khi năm 2019 này, tỉnh tăng trưởng 7%.",
            "Bộ yêu cầu ngay trong năm 2019 này phải sửa ba thông tư.",
            // The end of the year counted from now, or the months left of it.
            "Huyện phải báo cáo từ nay đến 31-12-2019.",
            "Ưu đãi áp dụng từ nay đến hết ngày 31/12/2019.",
            "Bộ sẽ ưu tiên việc này trong những tháng còn lại của năm 2019.",
        ] {
            let d = doc_date(&format!("Tin\n\n{text}\n")).expect(text);
            assert_eq!(
                (d.date.iso().as_str(), d.source),
                ("2019", DocumentDateSource::CurrentYear),
                "{text}"
            );
        }
        for text in [
            // Compared with: another year's figures.
            "Kim ngạch tăng 10% so với 6 tháng đầu năm 2018.",
            "Sản lượng bằng cùng kỳ 9 tháng đầu năm 2018.",
            // Two years named as the article's own: a comparison, not a date.
            "6 tháng đầu năm 2019 tăng mạnh. Từ đầu năm 2018 đến nay, tỉnh thu hút 20 dự án.",
            // A plan's first months are not the article's time.
            "Kế hoạch năm 2020 được giao.",
            // A target at the end of a year may lie more than a year ahead.
            "Mục tiêu từ nay đến cuối năm 2020 là giảm 50% thủ tục.",
            "Từ nay đến năm 2025, tỉnh phấn đấu tăng trưởng 7%.",
            // Counted from that year: "này" is of the noun the phrase ends.
            "Trận lũ lớn nhất từ năm 2009 này đã làm nhiều nhà bị ngập.",
            "Người đàn ông bỏ trốn từ năm 2014 này đã tự nguyện trở về.",
            "Mức tăng so với năm 2015 này là thấp.",
            "Vụ án xảy ra năm 2015 này đã được đưa ra xét xử.",
            // Since the start of 2016, beside "this year" (another year): the meeting of January.
            "Các đợt kiểm tra từ đầu năm 2016 đến nay, và hội nghị giao ban hồi tháng 1 năm nay, đã cho thấy nhiều tồn tại.",
        ] {
            let d = doc_date(&format!("Tin\n\n{text}\n"));
            assert!(d.is_none(), "{text}: {d:?}");
        }
    }
}
