//! Conferences: `Hội nghị …`, `Hội thảo`, `Tọa đàm`, `Diễn đàn`, `cuộc họp`, with title,
//! series and ordinal (`lần thứ 20`, `lần thứ XII`, `lần thứ ba`, `Hội nghị Ngoại giao 31`),
//! location, chair, theme, format and participants.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::ingest::Article;
use crate::knowledge::Knowledge;
use crate::text::{contains_word, number_words, roman};

mod host;
mod name;
mod place;
mod terms;

pub(super) use terms::{hosted_members, term_by_years};

use name::{parse_name, Name};

use super::dates::Precision;
use super::lexicon::{
    body_heads_pattern, body_name_pattern, meeting_kind, starts_with_organiser, without_adverbs,
    MeetingKind, BODY_ADVERBS, PURPOSE_OPENERS, REVIEW_VERBS, REVIEW_WORDS, TOPIC_OPENERS,
};
use super::people::{names_in, People};
use super::{ArticleContext, Evidence, Reading, Sentence, TextDate};

/// How a sentence places a conference relative to a Party Congress (and so which way the
/// anchor settles its year; `just-after` in `timeline.json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnchorRelation {
    /// "ngay sau Đại hội …": the first such day after the Congress.
    JustAfter,
    /// "sau Đại hội …"
    After,
    /// "trước Đại hội …"
    Before,
}

/// "ngay sau Đại hội Đảng lần thứ XII", attached to the conference it describes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    pub relation: AnchorRelation,
    pub congress: u32,
    pub spelled: String,
    pub line: usize,
}

/// The years a conference's title gives, for settling the year of its day.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TitleYears {
    /// The first year the title names that is not a plan's ("tổng kết công tác năm 2017").
    pub first: Option<(i32, Reading)>,
    /// A plan's year ("triển khai nhiệm vụ năm 2018").
    pub plan: Option<(i32, Reading)>,
    /// The first year of a school year ("năm học 2018 – 2019").
    pub school_year: Option<(i32, Reading)>,
    /// The month a regular meeting reviews ("thường kỳ tháng 11/2021").
    pub period_month: Option<u32>,
    /// The title reviews ("tổng kết", "sơ kết") the year it names.
    pub reviews: bool,
    /// The plan's year is one settled in the year before it, whatever the month (a wage:
    /// "lương tối thiểu vùng năm 2020").
    #[serde(default)]
    pub plan_settled_before: bool,
    /// The first year of the term a first session opens ("kỳ họp thứ nhất HĐND tỉnh khóa X,
    /// nhiệm kỳ 2021-2026"): a council or an assembly elected that year sits for the first
    /// time that year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens_term: Option<(i32, Reading)>,
    /// The day a review's count of years falls on, from the issue date of the document it
    /// reviews ("tổng kết 12 năm thực hiện Nghị quyết 46 ngày 3/9/2008": 3/9/2020): a
    /// review of N years is held about N years after the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anniversary: Option<Anniversary>,
}

/// The day a count of years since a document's issue falls on ([`TitleYears::anniversary`]),
/// and the words that give it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anniversary {
    /// The anniversary's day (the 28th of its month where that year has not the day).
    pub date: chrono::NaiveDate,
    pub read: Reading,
}

/// A count of years of carrying out a dated document ("12 năm thực hiện Nghị quyết 46 ngày
/// 3/9/2008", "5 năm triển khai Chỉ thị số 09-CT/TW ngày 15/5/2016"): the count, then the
/// issue date's day, month and year. A document with an issue date only: a law is named by
/// the year it was passed, not the one it took effect, so its count starts a year apart.
static YEARS_OF_A_DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    let n = crate::text::TWO_TO_TEN_WORDS;
    let acts = super::lexicon::COUNTED_ACTS.join("|");
    Regex::new(&format!(
        r"(?i)\b(\d{{1,2}}|{n}|mười lăm|hai mươi)\s+năm\s+(?:triển khai\s+)?(?:{acts})\s+(?:các\s+)?(?:nghị quyết|chỉ thị|kết luận|quyết định|nghị định|thông tư|đề án)\b[^.;:]{{0,100}}?\bngày\s+(\d{{1,2}})\s*[/.-]\s*(\d{{1,2}})\s*[/.-]\s*((?:19|20)\d{{2}})\b"
    ))
    .unwrap()
});

/// The anniversary a meeting named at `name` of sentence `text` reviews: its count of years
/// stands in the name.
fn anniversary_in(
    text: &str,
    name: Range<usize>,
    original: &dyn Fn(Range<usize>) -> String,
    line: usize,
) -> Option<Anniversary> {
    // (A plain search first: most meetings' sentences count no years of a document.)
    let named = &text[name.clone()];
    if !super::lexicon::COUNTED_ACTS
        .iter()
        .any(|w| named.contains(w))
    {
        return None;
    }
    let c = YEARS_OF_A_DOCUMENT
        .captures_iter(text)
        .find(|c| c.get(0).is_some_and(|m| name.contains(&m.start())))?;
    let count = c[1]
        .parse::<i32>()
        .ok()
        .or_else(|| crate::text::number_words(&c[1].to_lowercase()).map(|n| n as i32))?;
    let (day, month, issued): (u32, u32, i32) =
        (c[2].parse().ok()?, c[3].parse().ok()?, c[4].parse().ok()?);
    let date = chrono::NaiveDate::from_ymd_opt(issued + count, month, day)
        .or_else(|| chrono::NaiveDate::from_ymd_opt(issued + count, month, day.min(28)))?;
    Some(Anniversary {
        date,
        read: Reading {
            text: original(c.get(0)?.range()),
            line,
        },
    })
}

/// One mention of a conference in one sentence.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ConferenceMention {
    /// Its place in the article's list of conference mentions.
    pub index: usize,
    pub evidence: Evidence,
    /// Where its sentence starts in the line (bytes of the folded line).
    pub sentence_start: usize,
    pub title: String,
    /// The kind of meeting its word names ("Hội thảo" a workshop).
    pub meeting_kind: MeetingKind,
    /// The series name as written, without ordinal or term ("Hội nghị Ngoại vụ toàn quốc").
    pub series: Option<String>,
    pub ordinal: Option<u32>,
    /// The term of the body that meets ("khóa XIII" → 13).
    pub term: Option<u32>,
    /// The series is a local body named without its place ("HĐND tỉnh"): the series key only
    /// holds within this article.
    pub local: bool,
    pub title_years: TitleYears,
    /// The date the sentence gives for it.
    pub date: Option<TextDate>,
    /// The sentence of a later line that gave it its date, about it ("Hội nghị do Bộ … tổ chức
    /// tại Hà Nội sáng 11-1."): cited beside its own, as the evidence of its day.
    #[serde(default)]
    pub date_evidence: Option<Evidence>,
    /// Named only as a point of reference ("kể từ Hội nghị … lần thứ 17", "Nghị quyết Hội nghị
    /// Trung ương 4"): the sentence's dates are not its dates.
    pub reference: bool,
    /// Named as the frame of another event ("trong khuôn khổ Hội nghị …"): it spans more than
    /// the day the sentence gives, so only the month is certain.
    pub framework: bool,
    /// A frame whose own happening the sentence dates ("bên lề Hội nghị X diễn ra sáng 8/8"):
    /// the day is its, not only the month.
    #[serde(default)]
    pub framework_day: bool,
    /// Held together with another conference of the same article ("cùng với Hội nghị …"):
    /// index of that mention in the article's list.
    pub companion_of: Option<usize>,
    /// Held before or after a meeting its sentence names next ("buổi tiếp xúc cử tri … trước
    /// kỳ họp thứ 4", "hội nghị … sau kỳ họp"): that meeting, which bounds its day.
    #[serde(default)]
    pub held_around: Option<Around>,
    /// Named aside from what the article reports: announced for later ("dự kiến tháng 8, HĐND
    /// sẽ họp", "Hội nghị sẽ diễn ra …") or recalled from before ("cuộc làm việc gần đây nhất
    /// (tháng 10/2018)", "phiên họp trước đó"). Dated, but nothing the article reports was
    /// said there.
    #[serde(default)]
    pub aside: bool,
    /// Named by a photo's caption that gives no date ("… phát biểu tại Hội nghị B. Ảnh: C."):
    /// a name of a meeting its article reports, which it joins, or of one the photo was taken
    /// at before (a file photo), which is no event.
    #[serde(default)]
    pub caption: bool,
    /// Announced for a later day ("Kỳ họp thứ 5 dự kiến diễn ra đầu tháng 7/2017"): one of
    /// the asides, and a bound on the article's own time, which comes before it.
    #[serde(default)]
    pub planned: bool,
    /// The coming one of its kind ("kỳ họp HĐND thành phố tới đây"): planned, and another
    /// meeting than one of its name the article reports on a day.
    #[serde(default)]
    pub coming: bool,
    /// The number of the known member of its series whose host its sentence names, without a
    /// number of its own (`Hội nghị G20 ở Buenos Aires`: the 13th), see [`terms::hosted_members`].
    #[serde(default)]
    pub hosted: Option<u32>,
    /// Whether its article writes that member's year (`lần họp năm 2018`): the article settles
    /// it.
    #[serde(default)]
    pub host_year_written: bool,
    /// Named by its noun alone after "một", not as a body's ("tại một cuộc họp ngày 5/3"): a
    /// meeting the article introduces, never one it has named.
    #[serde(default)]
    pub indefinite: bool,
    pub anchors: Vec<Anchor>,
    /// Where, whose, chaired by whom, on what, in what form, with whom.
    #[serde(flatten)]
    pub details: Details,
}

/// A meeting another is held before or after ([`ConferenceMention::held_around`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Around {
    /// The index of that meeting's mention in the article's list.
    pub of: usize,
    /// Held before it (else after it).
    pub before: bool,
}

impl ConferenceMention {
    /// Whether the meeting is one held that the article reports (not named in passing, as the
    /// frame of another, with another, nor announced for later).
    pub fn held(&self) -> bool {
        !self.reference && !self.framework && self.companion_of.is_none() && !self.aside
    }
}

/// What an article says of a conference besides its name and date; a mention's, then the
/// event's (each field from the first of its mentions that says it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Details {
    pub location: Option<String>,
    /// The body that held the meeting, when an article says ("Bộ Ngoại giao tổ chức …").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organizer: Option<String>,
    pub chair: Option<String>,
    pub theme: Option<String>,
    pub format: Option<String>,
    pub participants: Option<String>,
}

impl Details {
    /// Each field from the first of `all` that has it.
    pub fn first_of<'a>(all: impl Iterator<Item = &'a Details> + Clone) -> Details {
        let first = |f: fn(&Details) -> &Option<String>| all.clone().find_map(|d| f(d).clone());
        Details {
            location: first(|d| &d.location),
            organizer: first(|d| &d.organizer),
            chair: first(|d| &d.chair),
            theme: first(|d| &d.theme),
            format: first(|d| &d.format),
            participants: first(|d| &d.participants),
        }
    }
}

/// Conference keywords. A lower-case "diễn đàn" is as often a newspaper's column; it needs a
/// capital or a name to count.
pub(super) static KEYWORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&super::lexicon::meeting_words_pattern()).unwrap());
/// A working session of a leading body or a leader of the state, named or by office alone: "Bộ
/// Chính trị làm việc với …", "Phó Thủ tướng (thường trực) Lê Văn A đã làm việc với …". Read
/// where a word begins ([`crate::text::captures_at_word_starts`]).
static WORKING_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(Bộ Chính trị|Ban Bí thư|Thường trực Ban Bí thư|Thường trực Chính phủ|Ủy ban Thường vụ Quốc hội|Thường vụ Quốc hội|Đoàn công tác[^,.;]{0,40}?|(?:Phó\s+)?(?:Thủ tướng|Chủ tịch nước|Tổng Bí thư|Chủ tịch Quốc hội)(?:\s+thường trực)?(?:\s+Chính phủ)?(?:\s+\p{Lu}\p{Ll}*){0,4})\s+(?:đã\s+|vừa\s+|tiếp tục\s+|sẽ\s+|cũng\s+)*làm việc(?:\s+theo nhóm)?\s+với\s+",
    )
    .unwrap()
});
/// The verbs of meeting that open a sentence as a participle, their subject after the clause
/// they open: "Họp bàn giải pháp giải ngân … chiều 9/4, Chủ tịch UBND tỉnh … yêu cầu …", "Làm
/// việc với Sở Y tế ngày 2/6, lãnh đạo huyện đề nghị …", also after the day the sentence
/// opens with ("Chiều 3/4, họp bàn kế hoạch chống hạn, Phó Chủ tịch UBND tỉnh …"). At the
/// sentence's start only capitalised; after its fronted day, in either case.
static PARTICIPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:\s*(Họp|Làm việc)|{FRONTED_DAY}\s*(họp|làm việc))\s"
    ))
    .unwrap()
});

/// The keywords of a participle's meetings ([`participle_meeting`]): no meeting word reads
/// so, for the verb is no name's head; [`participle_noun`] gives the noun it is titled by.
const PARTICIPLE_MEETING: &str = "Họp …";
const PARTICIPLE_SESSION: &str = "Làm việc …";

/// The noun a participle's meeting is titled by.
fn participle_noun(keyword: &str) -> &'static str {
    match keyword {
        PARTICIPLE_MEETING => "Cuộc họp",
        _ => "Buổi làm việc",
    }
}

/// Whether a meeting was read from a participle that opens its sentence: its subject follows
/// the clause, as after a meeting fronted by "Tại".
fn is_participle(m: &Hit) -> bool {
    [PARTICIPLE_MEETING, PARTICIPLE_SESSION].contains(&m.keyword)
}

/// The most words of the clause a participle opens before its subject.
const MAX_PARTICIPLE_WORDS: usize = 30;

/// Words of time that stand before a day ("chiều 9/4", "trong đêm 5/3", "vào ngày 2-6"),
/// lower case.
const TIME_BEFORE_DAY: &[&str] = &[
    "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "trong", "vào", "từ", "qua", "nay",
];

/// Where the time of a clause begins: its first day written with its month ("9/4", "5-3-2019")
/// and the words of time before it ([`TIME_BEFORE_DAY`]), or a day told from the report's
/// ("sáng nay", "hôm qua": the lexicon's relative days).
fn time_start(clause: &str) -> Option<usize> {
    static DAY: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b\d{1,2}\s*[/.\-]\s*\d{1,2}\b").unwrap());
    let lower = clause.to_lowercase();
    let relative = super::lexicon::RELATIVE_DAY_ADVERBS
        .iter()
        .filter_map(|d| crate::text::find_word(&lower, d))
        .filter(|_| lower.len() == clause.len())
        .min();
    let day = DAY.find(clause).map(|d| {
        let mut head = clause[..d.start()].trim_end();
        while let Some((rest, last)) = head.rsplit_once(' ').or(Some(("", head))) {
            if last.is_empty() || !TIME_BEFORE_DAY.contains(&last.to_lowercase().as_str()) {
                break;
            }
            head = rest.trim_end();
        }
        head.len()
    });
    day.into_iter().chain(relative).min()
}

/// Whether the subject a clause opens with (`after`, as written) holds an office or is a body:
/// "Chủ tịch UBND TP …", "Phó Thủ tướng …", "UBND tỉnh …", "ông A, Giám đốc Sở B, …"; not a
/// person named without one.
fn in_office(after: &str, k: &Knowledge) -> bool {
    let lower = crate::text::lower_opening(after, 40);
    let lower = lower.strip_prefix("phó ").unwrap_or(&lower);
    let office = |t: &str| {
        super::lexicon::OFFICES
            .iter()
            .any(|o| crate::text::starts_with_word(t, o))
    };
    let title = k
        .honorifics_lower
        .iter()
        .filter(|h| !["ông", "bà", "đồng chí"].contains(&h.as_str()))
        .any(|h| crate::text::starts_with_word(lower, h));
    // "ông Lê Văn A, Giám đốc Sở B": a person, then the office in apposition.
    let apposed = || {
        ["ông ", "bà "].iter().any(|p| lower.starts_with(p))
            && after
                .split_once(',')
                .is_some_and(|(_, o)| office(&crate::text::lower_opening(o.trim_start(), 24)))
    };
    starts_with_organiser(after) || office(lower) || title || apposed()
}

/// The meeting a sentence opens with by its verb as a participle ([`PARTICIPLE`]): a meeting
/// (`Họp …`) named by what follows the verb, or a working session (`Làm việc với …`) by its
/// partner, to the clause's time or its end; the subject after the comma holds it. Not a
/// press briefing or a get-together (`Họp báo`, `Họp mặt`), nor a clause with no subject
/// after it.
fn participle_meeting<'a>(text: &'a str, k: &Knowledge) -> Option<(Hit<'a>, Name)> {
    let c = PARTICIPLE.captures(text)?;
    let verb = c.get(1).or_else(|| c.get(2))?;
    let meets = verb.as_str().to_lowercase() == "họp";
    // The name runs from the verb's object, "với" and all ("Buổi làm việc với tỉnh A").
    let rest = text[verb.end()..].trim_start();
    if !meets && !["với ", "cùng "].iter().any(|w| rest.starts_with(w)) {
        return None;
    }
    let comma = rest.find(',')?;
    let clause = &rest[..comma];
    let after = rest[comma + 1..].trim_start();
    if !in_office(after, k) || clause.split_whitespace().count() > MAX_PARTICIPLE_WORDS {
        return None;
    }
    // A session with a body, its leaders or a guest in office: not with the police a suspect
    // speaks to, nor with a newspaper an official speaks to.
    let partner = rest.split_once(' ').map_or("", |(_, p)| p);
    // (A province or a district by its name: "với tỉnh Nam Định", "với TP Cần Thơ".)
    static PLACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)\s+\p{Lu}").unwrap()
    });
    let place = PLACE.is_match(partner);
    if !meets && !works_with_a_body(partner) && !host::a_guest(partner) && !place {
        return None;
    }
    if meets && no_meeting_after_verb(rest) {
        return None;
    }
    let named = time_start(clause).unwrap_or(clause.len());
    let start = text.len() - rest.len();
    let name_end = start + clause[..named].trim_end().len();
    let (keyword, kind) = match meets {
        true => (PARTICIPLE_MEETING, MeetingKind::Meeting),
        false => (PARTICIPLE_SESSION, MeetingKind::WorkingSession),
    };
    let hit = Hit {
        start: verb.start(),
        end: verb.end(),
        keyword,
        kind,
        verb_end: None,
    };
    let name = Name {
        start,
        end: name_end.max(start),
        title_end: name_end.max(start),
        words: clause[..named].split_whitespace().count() + 1,
        ..Name::default()
    };
    Some((hit, name))
}

/// Any body that works with another, named by the verb: "Ban Giám đốc Công an tỉnh đã làm việc
/// với UBND TP Biên Hòa", "Thường trực Tỉnh ủy sẽ làm việc với Đảng ủy Khối …": for each "làm
/// việc với" of `text`, the subject's start and end and where what it works with begins. The
/// subject is a body whose name ends its clause before the verb, maybe with an adverb
/// ([`super::lexicon::body_at_end`]), or the office holder it is the end of a title of
/// ([`working_subject`]); not ongoing work ("đang làm việc với"), which an inquiry is. What it
/// works with is checked by the caller ([`works_with_a_body`]).
fn bodies_working_with(text: &str) -> Vec<(usize, usize, usize)> {
    const VERB: &str = "làm việc với ";
    let mut out = Vec::new();
    for (at, _) in text.match_indices(VERB) {
        let before = &text[..at];
        // "buổi làm việc với …": the noun, read as a meeting word.
        if ["buổi", "cuộc", "chuyến", "Buổi", "Cuộc", "Chuyến"]
            .iter()
            .any(|w| crate::text::ends_with_word(before.trim_end(), w))
        {
            continue;
        }
        // (The text is one sentence: a dot inside it abbreviates, "HĐND TP. HCM".)
        let from = before.rfind([',', ';', ':']).map_or(0, |i| i + 1);
        let clause = before[from..].trim_end();
        if clause.is_empty() || crate::text::ends_with_word(clause, "đang") {
            continue;
        }
        let Some(b) = super::lexicon::body_at_end(clause) else {
            continue;
        };
        let body = without_adverbs(&clause[b..], &["lại"]);
        let body_start = from + (clause.len() - clause[b..].len());
        let Some(start) = working_subject(&text[..body_start], body) else {
            continue;
        };
        out.push((start, body_start + body.len(), at + VERB.len()));
    }
    out
}

/// Where the subject that works begins, when the body read before "làm việc với" (starting
/// after `before`) is one: the body, or the office holder whose title ends with it ("Thủ tướng
/// Chính phủ đã làm việc với …", "Phó Bí thư Thành ủy A Nguyễn Văn B làm việc với …": the
/// session is the person's); none when the body is the object of a request ("kiến nghị Bộ A
/// làm việc với …": asked to), its work ongoing ("Ủy ban Kiểm tra … đang làm việc với …": an
/// inquiry; the body's pattern takes "đang" for a syllable of its name) or its name a clause.
fn working_subject(before: &str, body: &str) -> Option<usize> {
    let trimmed = before.trim_end();
    let lower = trimmed.to_lowercase();
    let office = super::lexicon::OFFICES
        .iter()
        .chain(&["chủ nhiệm", "thủ tướng", "tổng bí thư"])
        .filter(|o| crate::text::ends_with_word(&lower, o))
        .map(|o| o.len())
        .max();
    let start = match office {
        // Offsets of the lower-case copy are the text's only when folding kept every length.
        Some(_) if lower.len() != trimmed.len() => return None,
        Some(len) => {
            let at = trimmed.len() - len;
            let head = trimmed[..at].trim_end();
            // "Phó Thủ tướng …": the deputy's title whole.
            match head.to_lowercase().strip_suffix("phó") {
                Some(rest) if rest.is_empty() || rest.ends_with(' ') => rest.len(),
                _ => at,
            }
        }
        None => before.len(),
    };
    let asked = asked_to(&lower);
    let ongoing = crate::text::ends_with_word(body.trim_end(), "đang");
    // The body's pattern takes up to two lower-case syllables after a capitalised word: a verb
    // of asking may stand inside it ("Tổng cục A kiến nghị Bộ B"), and a head alone ("Bộ đã
    // làm việc …") points back to a body named before.
    let lower_body = body.to_lowercase();
    // Nor a clause ("Vương Đình Huệ tại buổi làm việc với …": a person at a session named
    // by its noun).
    let asks_inside = REQUEST_VERBS
        .iter()
        .chain(&["tại", "trong", "buổi", "cuộc", "chuyến"])
        .any(|v| crate::text::contains_word(&lower_body, v));
    // Nor a report of it ("Bộ Tài chính Mỹ cho biết Bộ trưởng A sẽ làm việc với …"): a verb
    // of telling as written, in lower case, is no word of a name ("Bộ Thông tin …" is one).
    let told = tells(body);
    let named = body.split_whitespace().count() >= 2;
    (!asked && !ongoing && !asks_inside && !told && named).then_some(start)
}

/// The verbs that ask someone else to act ("kiến nghị Bộ A làm việc với …"): the body after
/// them is asked to, not acting.
const REQUEST_VERBS: &[&str] = &[
    "kiến nghị",
    "đề nghị",
    "yêu cầu",
    "giao",
    "chỉ đạo",
    "đề xuất",
];

/// Whether the words before a subject (lower case) end with a verb that asks it to act.
fn asked_to(lower_before: &str) -> bool {
    REQUEST_VERBS
        .iter()
        .any(|v| crate::text::ends_with_word(lower_before.trim_end(), v))
}

/// Whether what a body works with (`object`, as written) is a body, its leaders or a
/// delegation: "UBND TP Biên Hòa", "lãnh đạo Bộ Công Thương", "đoàn công tác của …".
fn works_with_a_body(object: &str) -> bool {
    let lower = object.trim_start().to_lowercase();
    starts_with_organiser(object)
        || [
            "đoàn",
            "lãnh đạo",
            "các bộ",
            "các sở",
            "các ban",
            "các địa phương",
            "các cơ quan",
        ]
        .iter()
        .any(|w| crate::text::starts_with_word(&lower, w))
}

/// A body that meets, named by the verb: "Ban Thường vụ Tỉnh ủy Nghệ An họp phiên thường kỳ
/// tháng 3", "Chính phủ đã họp phiên thường kỳ", "Hội đồng Bảo an nhóm họp", "FED sẽ họp vào
/// ngày 15-16/3". The subject is a body (a head noun of [`super::lexicon::BODY_HEADS`] and the
/// words of its name: capitalised words, each with the lower-case syllable that may complete
/// it, "Đảng bộ", "Doanh nghiệp"; or a body named by its letters, three or more capitals); the
/// verb is `họp` or `nhóm họp`, after at most two aspect words and the verb of holding it
/// ("Đảng ủy thị trấn đã tổ chức họp", "… triệu tập họp"), never `họp báo` (a press briefing)
/// or `họp mặt` (a get-together).
static MEETING_VERB: LazyLock<Regex> = LazyLock::new(|| {
    let body = body_name_pattern();
    // Leaders or ministers of named parties meet as a body does ("các nhà lãnh đạo ASEAN họp
    // ngày 29/4", "các bộ trưởng tài chính G20 đã họp", "các ngoại trưởng Pháp, Đức và Tây Ban
    // Nha đã nhóm họp").
    // (Foreign ministers only as a group, [`one_foreign_minister`]. The list's commas stand
    // right after a name: "… cho biết, Thường trực …" is the next clause.)
    // A body's term may follow its name, with the term's years ("HĐND tỉnh A khóa IX, nhiệm kỳ
    // 2016 - 2021 họp kỳ thứ 8", "Quốc hội khóa XV họp phiên …"): part of the body that meets;
    // so may its letters in brackets ("Ủy ban Kiểm tra tỉnh A (UBKT) nhóm họp").
    // A day told from the report may stand between the body and its verb ("Hội đồng Bảo an hôm
    // nay nhóm họp", "UBND tỉnh chiều qua đã họp"): the lexicon's list, as the subject reader's.
    let days = super::lexicon::RELATIVE_DAY_ADVERBS
        .iter()
        .map(|d| regex::escape(d).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|");
    let leaders = r"(?:[Cc]ác\s+)?(?:nhà\s+)?(?:lãnh đạo|[Bb]ộ trưởng|[Nn]goại trưởng|nguyên thủ)(?:\s+\p{Ll}+){0,2}?(?:\s+\p{Lu}[\p{L}\d&\-]*(?:,\s+\p{Lu}[\p{L}\d&\-]*)*(?:\s+\p{Ll}+){0,2})+";
    Regex::new(&format!(
        r"\b({body}(?:\s*\(\p{{Lu}}[\p{{Lu}}\d&\-]+\))?(?:\s*,?\s*(?:khóa|khoá)\s+[IVXLC]+\b)?(?:\s*,?\s*\(?nhiệm\s+kỳ\s+\d{{4}}\s*[-–]\s*\d{{4}}\)?)?|{leaders}|\p{{Lu}}{{3,}}[\p{{Lu}}\d&]*)\s+(?:(?:{days})\s+)?(?:(?:đã|vừa|sẽ|đang|tiếp tục|cũng|lại)\s+){{0,2}}(?:(?:tổ chức|triệu tập)\s+)?(?:nhóm\s+)?họp\b(?:\s+(?:báo|mặt)\b)?"
    ))
    .unwrap()
});

/// Whether a subject of the verb is one foreign minister ("Ngoại trưởng Mỹ sẽ bỏ họp …"), a
/// person, not the group that meets: "các ngoại trưởng …", those of several parties
/// ("Ngoại trưởng ASEAN và Trung Quốc") or of a group named by its letters ("ngoại trưởng
/// ASEAN").
fn one_foreign_minister(subject: &str) -> bool {
    let lower = subject.to_lowercase();
    let Some(rest) = lower.strip_prefix("ngoại trưởng ") else {
        return false;
    };
    let party = subject[subject.len() - rest.len()..]
        .split_whitespace()
        .next()
        .unwrap_or("");
    let letters = party.chars().count() > 1 && party.chars().all(|c| c.is_uppercase());
    !letters && !rest.contains(',') && !crate::text::contains_word(rest, "và")
}

/// Whether letters in capitals that stand as a body (`before` them, the sentence) are no body
/// of their own: a place, after a word of a place ("TP. HCM", "tỉnh BR-VT") or a city's own
/// letters ("TPHCM", `TP` being "thành phố"), or the end of a body's name written with a
/// lower-case head.
fn place_letters(before: &str, letters: &str) -> bool {
    if !letters.chars().all(|c| !c.is_lowercase()) {
        return false;
    }
    let before = before.trim_end().trim_end_matches('.').to_lowercase();
    // After a body's head in lower case ("bộ GTVT", "sở GD-ĐT") the letters are the rest of
    // that body's name, not a body of their own.
    letters.starts_with("TP")
        || [
            "tp",
            "thành phố",
            "tỉnh",
            "quận",
            "huyện",
            "bộ",
            "sở",
            "ban",
        ]
        .iter()
        .any(|w| crate::text::ends_with_word(&before, w))
}

/// Words that say a meeting is still to come, written between its word and its owner
/// ("Hội nghị sắp tới của nhóm G20", "kỳ họp tới của Quốc hội"): longest first.
const COMING: &[&str] = &[
    "sắp tới đây",
    "sắp diễn ra",
    "sắp được tổ chức",
    "sắp tới",
    "tới đây",
    "tới",
];

/// Where the owner starts when the words right after a meeting word (ending at `end`) say it
/// is to come and "của" follows ("Hội nghị sắp tới của nhóm G20"): the name is read from the
/// owner, the coming words are no part of it.
fn owner_after_coming(text: &str, end: usize) -> Option<usize> {
    let rest = &text[end..];
    let trimmed = rest.trim_start();
    let lower = trimmed.to_lowercase();
    let coming = COMING
        .iter()
        .find(|w| crate::text::starts_with_word(&lower, w))?;
    let owner = trimmed[coming.len()..].trim_start();
    crate::text::starts_with_word(&owner.to_lowercase(), "của")
        .then(|| end + rest.len() - owner.len())
}

/// Where the topic starts when the meeting's own day is written between its word (ending at
/// `end`) and its topic ("hội nghị tổ chức sáng 9-6 kêu gọi vốn cho …"): the topic names it,
/// the day dates it.
fn topic_after_day(text: &str, end: usize) -> Option<usize> {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*(?:[/.\-]\s*\d{4}|,?\s*năm\s+\d{4})\b").unwrap());
    let day = DAY_AFTER_VERB.find(&text[end..])?.end();
    let day = day + YEAR.find(&text[end + day..]).map_or(0, |y| y.end());
    let rest = &text[end + day..];
    let topic = rest.trim_start();
    let first = topic.split(|c: char| !c.is_alphanumeric()).next()?;
    let opens_topic = rest.len() > topic.len()
        && first.starts_with(char::is_lowercase)
        && !crate::extract::lexicon::CLAUSE_WORDS.contains(&first)
        && !["năm", "tháng", "lúc", "giờ", "và"].contains(&first);
    opens_topic.then(|| end + day + rest.len() - topic.len())
}

/// Words that bind the `hội` of a meeting word before them into another noun: "Quốc hội thảo
/// luận" is the National Assembly discussing, not a workshop ("hội thảo"); "Đại hội nghị …"
/// likewise.
const HOI_COMPOUNDS: &[&str] = &["quốc", "đại", "xã", "hiệp", "giáo", "phụ", "nông", "học"];

/// True when the meeting word at `start` begins with a `hội` that belongs to the word before it
/// ([`HOI_COMPOUNDS`]).
fn hoi_bound_before(text: &str, start: usize, keyword: &str) -> bool {
    if !keyword.to_lowercase().starts_with("hội") {
        return false;
    }
    let before = &text[..start];
    if !before.ends_with(' ') || before.ends_with("  ") {
        return false;
    }
    let prev = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    HOI_COMPOUNDS.contains(&prev.as_str())
}

static ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(ngay sau|sau|ngay trước|trước)\s+(?:khi\s+)?(?:diễn ra\s+)?Đại hội\s+(?:đại biểu\s+)?(?:Đảng\s+)?(?:toàn quốc\s+)?(?:lần thứ\s+)?([IVXLC]+|\d{1,2})\b",
    )
    .unwrap()
});
static CHAIR_DO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bdo\s+(.+?)\s+(?:đồng\s+)?chủ trì").unwrap());
static CHU_TRI: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bchủ trì\b").unwrap());
static FORMAT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:dưới|theo|bằng)\s+hình thức\s+([^,.;:]+)").unwrap());
static PARTICIPANTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bsự\s+(?:có mặt|tham gia|tham dự)\s+của\s+(?:tất cả\s+|đông đảo\s+)?(.+?)(?:\s+(?:để|nhằm)\s|[.;]\s*$|$)")
        .unwrap()
});
static THEME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?i)\bchủ đề\s*:?\s*[“"‘'«]([^”"’'»]+)[”"’'»]"#).unwrap());
/// Documents named after "tại" ("tại Nghị quyết 104/NQ-CP"), which are no place.
const DOCUMENT_NOUNS: &[&str] = &[
    "Nghị quyết",
    "Nghị định",
    "Quyết định",
    "Chỉ thị",
    "Kết luận",
    "Thông báo",
    "Thông tư",
    "Công văn",
    "Công điện",
    "Luật",
    "Điều",
    "Khoản",
];

/// What stands between a meeting's name and another name of the same meeting: a dash or an
/// opening bracket, after the body's term if the name does not hold it ("…, nhiệm kỳ 2021 -
/// 2026 - Kỳ họp thường lệ …", "Hội nghị Trung ương 8 (Hội nghị lần thứ tám …)").
static APPOSITION_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:,\s*(?:nhiệm kỳ|khóa|khoá)\s+[0-9IVXLC]+(?:\s*[-–]\s*\d+)?\s*)?[-–—(]\s*$")
        .unwrap()
});

/// A day and month right after a meeting word ("cuộc họp ngày 25/10", "phiên họp sáng
/// 5-3", "cuộc họp hôm 2/10").
static DAY_RIGHT_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^\s*{OWN_DAY}")).unwrap());
/// A meeting's own day and month, with the words that say so ("vào sáng 5-3", "hôm 2/10"), a
/// day told from today among them ("sáng nay 22-5", "hôm qua 13/4").
const OWN_DAY: &str = r"(?:(?:vào|hôm)\s+)?(?:dịp\s+)?(?:(?:sáng|chiều|tối|trưa)\s+(?:(?:nay|qua)\s+)?)?(?:ngày\s+|hôm\s+(?:(?:nay|qua)\s+)?)?\(?\d{1,2}\s*[/.\-]\s*\d{1,2}\b";
/// A meeting's own day after whom it is held with ("hội nghị thượng đỉnh với Tổng
/// thống Pháp Emmanuel Macron hôm 14/9"): "với", a few words of the partner within the
/// clause, then the day.
static DAY_AFTER_PARTNER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^\s+với\s+\p{{Lu}}[^,.;:()]{{0,60}}?\s{OWN_DAY}")).unwrap()
});
/// The same after the verb of the meeting's happening ("tại kỳ họp khai mạc ngày 20/5", "trong
/// hội nghị bộ trưởng diễn ra vào tháng 10", "kỳ họp diễn ra đầu tháng 7-2017"), a day told
/// from today too ("cuộc họp diễn ra hôm nay 4-5", "… sáng nay (4/5)"). Only inside a sentence:
/// one that opens with the bare word ("Hội nghị diễn ra sáng 11/1") speaks of the meeting named
/// before it.
static DAY_AFTER_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:đã\s+|sẽ\s+|dự kiến\s+)?(?:khai mạc|bế mạc|diễn ra|kết thúc|(?:được\s+)?tổ chức)\s+(?:trong\s+(?:(?:đầu|giữa|cuối)\s+)?tháng\s+\d{1,2}\b|(?:vào\s+)?(?:hôm\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:(?:nay|qua)\s*[,(]?\s*)?(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s*,?\s*)?(?:ngày\s+)?(?:\d{1,2}\s*[/.\-]\s*\d{1,2}\b|(?:(?:đầu|giữa|cuối)\s+)?tháng\s+\d{1,2}\b))").unwrap()
});

/// A place's name: its kind, then capitalised words, and its country after a comma or in
/// brackets ("thủ đô Viêng Chăn", "Warsaw, Ba Lan", "Warsaw (Ba Lan)").
const PLACE_NAME: &str = r"(?:(?:thủ đô|thành phố|tỉnh)\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}(?:,\s*\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2}|\s*\(\p{Lu}[\p{L}\s\-]{0,30}\))?";

/// A meeting's own month, with the word that says so ("vào tháng 6-2018", "vào cuối tháng 3").
const OWN_MONTH: &str = r"(?:vào|hồi)\s+(?:(?:đầu|giữa|cuối)\s+)?tháng\s+\d{1,2}\b";

/// The same after what tells which meeting it is: where it was held or who held it ("hội nghị
/// thượng đỉnh ở Oslo (Na Uy) ngày 9/10", "hội thảo do Bộ Y tế và WHO tổ chức ngày
/// 22-6", "… do báo A tổ chức tại tỉnh B ngày 5-3"), a meeting its place or its organiser
/// and its own day make one: `when` is that day's pattern.
fn day_after_qualifier(when: &str) -> Regex {
    // A place may name its city and country after commas ("ở nhà hát lớn, Lyon, Pháp
    // hôm 5/11"); a place or an organiser may hold an abbreviation's full stop ("TP. Cần Thơ").
    Regex::new(&format!(r"^\s*(?:(?:ở|tại)\s+((?:[^,;.:]|\.\s*\p{{Lu}})+?(?:,\s*\p{{Lu}}[\p{{L}}.\-]*(?:\s+\p{{Lu}}[\p{{L}}.\-]*)*)*)|do\s+((?:[^;.:]|\.\s*\p{{Lu}})+?)\s+(?:tổ chức|chủ trì|đăng cai)(?:\s+(?:ở|tại)\s+((?:[^,;.:]|\.\s*\p{{Lu}})+?))?)\s+{when}")).unwrap()
}
/// [`day_after_qualifier`] with a day.
static DAY_AFTER_QUALIFIER: LazyLock<Regex> = LazyLock::new(|| day_after_qualifier(OWN_DAY));
/// [`day_after_qualifier`] with a day or a month: dates a meeting already named ("cuộc gặp
/// thượng đỉnh … ở Singapore vào tháng 6-2018"), though a month makes no unnamed meeting one.
static DATE_AFTER_QUALIFIER: LazyLock<Regex> =
    LazyLock::new(|| day_after_qualifier(&format!("(?:{OWN_DAY}|{OWN_MONTH}|{OWN_MONTH_YEAR})")));

/// A meeting's own month with its year, written or counted from the present ("hồi tháng
/// 6/2018", "vào tháng 9 năm 2017", "tháng 6 năm ngoái"): a date as firm as a day, that makes a
/// short name one meeting.
const OWN_MONTH_YEAR: &str = r"(?:(?:vào|hồi|trong)\s+)?(?:(?:đầu|giữa|cuối)\s+)?tháng\s+\d{1,2}(?:(?:\s*[/.\-]\s*|\s+năm\s+)(?:19|20)\d{2}|\s+năm\s+(?:ngoái|trước|nay))\b";
/// [`OWN_MONTH_YEAR`] right after a meeting's name.
static MONTH_YEAR_RIGHT_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^\s*{OWN_MONTH_YEAR}")).unwrap());
/// [`day_after_qualifier`] with [`OWN_MONTH_YEAR`].
static MONTH_YEAR_AFTER_QUALIFIER: LazyLock<Regex> =
    LazyLock::new(|| day_after_qualifier(OWN_MONTH_YEAR));

/// The most characters a place ([`day_after_qualifier`]'s first and third groups) and an
/// organiser (its second) run to; bounded in code, as a bounded repetition compiles a copy per
/// character.
const MAX_QUALIFIER_CHARS: (usize, usize) = (60, 100);

/// The end (in `rest`) of a qualifier and the meeting's own day after it
/// ([`DAY_AFTER_QUALIFIER`]), when the qualifier is of a place's or an organiser's length.
fn qualified_day(rest: &str) -> Option<usize> {
    qualified(&DAY_AFTER_QUALIFIER, rest)
}

/// [`qualified_day`] with `regex`, one of the [`day_after_qualifier`]s.
fn qualified(regex: &Regex, rest: &str) -> Option<usize> {
    let c = regex.captures(rest)?;
    let fits = |i: usize, max: usize| c.get(i).is_none_or(|g| g.as_str().chars().count() <= max);
    let (place, organiser) = MAX_QUALIFIER_CHARS;
    (fits(1, place) && fits(2, organiser) && fits(3, place))
        .then(|| c.get(0).map_or(0, |m| m.end()))
}

/// A sentence that opens with a day and frames what it reports by a meeting ("Ngày 20/1/2018,
/// trong buổi làm việc …", "Chiều 5-3, tại cuộc họp …"): the words before the meeting word.
static FRAMED_BY_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{FRONTED_DAY}\s*(?:trong|tại)\s+$")).unwrap());

/// A sentence that opens with a day, whose subject speaks at a meeting ("Ngày 20/1/2018, Bí thư
/// Tỉnh ủy A phát biểu tại buổi làm việc …"): the words before the meeting word, in one clause.
static SPOKEN_AT_ON_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{FRONTED_DAY}[^,.;:]*\s(?:phát biểu|nói|cho biết|khẳng định|nhấn mạnh|chia sẻ|đề nghị|yêu cầu|báo cáo)\s+(?:như vậy\s+)?(?:tại|trong)\s+$"
    ))
    .unwrap()
});

/// A day that opens a sentence, in digits, and the comma after it ("Sáng 20-9,", "Ngày
/// 5/3/2019,", "Chiều 5.3 năm 2019,").
const FRONTED_DAY: &str = r"(?i)^\s*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+|hôm\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4}|\s+năm\s+\d{4})?\s*,";
/// A fronted day of the sentence, to its comma ([`FRONTED_DAY`]).
static OPENS_WITH_DAY: LazyLock<Regex> = LazyLock::new(|| Regex::new(FRONTED_DAY).unwrap());

/// Whether a sentence opens with its day, as a report of news does ("Ngày 3/8, …", "Sáng
/// 3-8, …"; [`FRONTED_DAY`]).
pub fn opens_with_day(sentence: &str) -> bool {
    OPENS_WITH_DAY.is_match(sentence)
}

/// Whether the words before a meeting word open with a day and end with the verb that
/// convenes it ("Sáng 20-9, ông A, chủ tịch UBND tỉnh B, chủ trì", "Ngày 5/3, Sở Y tế đã tổ
/// chức"): the meeting is held that day.
fn convened_that_day(prefix: &str) -> bool {
    let tail = prefix.trim_end();
    let convenes = ["chủ trì", "triệu tập", "tổ chức"]
        .iter()
        .any(|v| crate::text::ends_with_word(tail, v));
    if !convenes || !OPENS_WITH_DAY.is_match(prefix) {
        return false;
    }
    // "Ngày 8/6, ông A cho biết, Ủy ban vừa tổ chức cuộc họp …": the day is the report's.
    !told_by_speaker(prefix)
}

/// Whether a speaker's verb of telling stands in `prefix` ("ông A cho biết, …"): what follows
/// is told, and the sentence's day is the telling's.
fn told_by_speaker(prefix: &str) -> bool {
    tells(&prefix.to_lowercase())
}

/// Whether a day stands after the last verb of telling in `prefix` ("theo ông A, vào ngày
/// 26-2-2019 Sở B đã tổ chức cuộc họp …"): the told clause dates what it tells.
fn day_told_after(prefix: &str) -> bool {
    static DAY: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b\d{1,2}\s*[/.\-]\s*\d{1,2}\b").unwrap());
    let lower = prefix.to_lowercase();
    let told_end = telling_words()
        .filter_map(|v| crate::text::rfind_word(&lower, v).map(|at| at + v.len()))
        .max();
    told_end.is_some_and(|end| DAY.is_match(&lower[end..]))
}

/// Whether `text` holds a verb of telling ([`telling_words`]) as a word, in the case the
/// caller gives it.
fn tells(text: &str) -> bool {
    telling_words().any(|v| contains_word(text, v))
}

/// The verbs of telling: [`REPORTING_CUES`], [`TELLING_VERBS`], "phát biểu", "trả lời".
fn telling_words() -> impl Iterator<Item = &'static str> {
    REPORTING_CUES
        .iter()
        .chain(TELLING_VERBS)
        .chain(&["phát biểu", "trả lời"])
        .copied()
}

/// Whose an unnamed meeting is, as a report names its speaker there ("ý kiến của đồng chí
/// Trưởng Ban Chỉ đạo tại cuộc họp ngày …"): group 1.
static SPEAKER_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bcủa\s+(?:đồng chí\s+)?([^,;.:“”()]{2,60}?)\s+(?:tại|trong)\s*$").unwrap()
});

/// Whether the words after "của" before an unnamed meeting ([`SPEAKER_AT`]) name someone: a
/// person, an office or a body ("đồng chí Trưởng Ban Chỉ đạo", "bộ trưởng", "UBND tỉnh"), not
/// a clause about something else ("Dự luật … của ngành bia đã được trình QH thảo luận tại kỳ
/// họp thứ 4": the bill's topic, then its predicate).
fn speaker_named(who: &str) -> bool {
    let lower = who.to_lowercase();
    let named = who.starts_with(char::is_uppercase)
        || crate::extract::lexicon::OFFICES
            .iter()
            .any(|o| crate::text::starts_with_word(&lower, o));
    named
        && !name::UTTERANCE_VERBS
            .iter()
            .any(|v| contains_word(&lower, v))
}

/// Words before a meeting in its sentence that announce it for later ("Dự kiến tháng 8, HĐND
/// TP họp …", "… sẽ tổ chức Hội nghị …", "Theo kế hoạch, Hội nghị … diễn ra ngày 15/1").
static PLANNED_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:sẽ|dự kiến|sắp|dự định|theo kế hoạch)\b").unwrap());
/// Whether a date that ends at `date_end`, before a meeting still to come that starts at
/// `meeting`, is the day of the report that announces it, not the meeting's: the meeting is
/// being prepared or proposed ("Sáng 6/3, ông A cho biết đang chuẩn bị … cho Tọa đàm …"), or
/// another clause stands between them, a report's or a purpose's ("Sáng nay 25/2, Công an ra
/// quân để bảo đảm an ninh Hội nghị … sắp diễn ra"). A place between them ("Ngày 5/3, tại Hà
/// Nội, Hội nghị … sẽ khai mạc") or the body that will hold it ("Ngày 5/3, Sở Y tế sẽ có
/// cuộc họp …") keeps the day the meeting's.
fn report_day_before(text: &str, date_end: usize, meeting: usize) -> bool {
    let Some(between) = text.get(date_end..meeting) else {
        return false;
    };
    let between = between.trim_matches(|c: char| c.is_whitespace() || c == ',' || c == ')');
    let lower = between.to_lowercase();
    if between.is_empty() || opens_with_place(&lower) && between.len() < 60 {
        return false;
    }
    PLANNED_RIGHT_BEFORE.is_match(&text[..meeting])
        || REPORT_OR_PURPOSE.iter().any(|w| contains_word(&lower, w))
}

/// Documents that convene or schedule a meeting (lower case): "Nghị quyết về việc tổ chức họp
/// …", "Giấy mời … về việc tổ chức hội nghị …".
const CONVENING_DOCUMENTS: &[&str] = &[
    "nghị quyết",
    "quyết định",
    "thông báo",
    "kế hoạch",
    "công văn",
    "giấy mời",
    "giấy triệu tập",
    "văn bản",
    "tờ trình",
];

/// The verbs by which a document convenes the meeting after them, lower case.
const CONVENING_VERBS: &[&str] = &["tổ chức", "triệu tập"];

/// The most words between a convening document and its verb ("Nghị quyết chính thức về việc
/// tổ chức …", "Quyết định số 12/QĐ-UBND về việc triệu tập …").
const MAX_DOCUMENT_WORDS: usize = 5;

/// Whether a date that ends at `date_end`, before a meeting that starts at `meeting`, is the
/// day of a document that convenes or schedules the meeting: the meeting is the object of
/// "tổ chức" or "triệu tập" in the document's name ("HĐQT ngày 12/4 vừa có Nghị quyết về việc
/// triệu tập Đại hội đồng cổ đông …", "Ngày 5/3, UBND tỉnh ban hành Kế hoạch tổ chức hội
/// nghị …"). The meeting comes later, on a day of its own.
fn document_day_before(text: &str, date_end: usize, meeting: usize) -> bool {
    // A meeting read from its verb ("… tổ chức họp …") may start at the verb.
    let verb_at_meeting = CONVENING_VERBS.iter().find(|v| {
        text.get(meeting..)
            .is_some_and(|t| t.to_lowercase().starts_with(*v))
    });
    let upto = meeting + verb_at_meeting.map_or(0, |v| v.len());
    let Some(between) = text.get(date_end..upto) else {
        return false;
    };
    let lower = between.trim_end().to_lowercase();
    let Some(verb) = CONVENING_VERBS
        .iter()
        .find(|v| crate::text::ends_with_word(&lower, v))
    else {
        return false;
    };
    convening_document(&lower[..lower.len() - verb.len()]).is_some()
}

/// Where the convening document starts that `lower` (lower case, up to a verb of holding a
/// meeting) ends with: a [`CONVENING_DOCUMENTS`] word issued by a verb of [`ISSUING_WORDS`]
/// ("vừa có Nghị quyết chính thức về việc", "ban hành Kế hoạch"), at most
/// [`MAX_DOCUMENT_WORDS`] words before the end, or one right before the end in a list or a
/// draft ([`LISTED_DOCUMENT_WORDS`]). Not a body's name that holds such a word ("Bộ Kế hoạch và
/// Đầu tư tổ chức …", "Phòng Tài chính - Kế hoạch tổ chức …").
fn convening_document(lower: &str) -> Option<usize> {
    let named = lower.trim_end();
    let named = named.strip_suffix("về việc").unwrap_or(named).trim_end();
    CONVENING_DOCUMENTS
        .iter()
        .filter_map(|d| {
            let at = crate::text::rfind_word(named, d)?;
            let before = named[..at].trim_end();
            let issued = ISSUING_WORDS
                .iter()
                .any(|w| crate::text::ends_with_word(before, w));
            let near = named[at + d.len()..].split_whitespace().count() <= MAX_DOCUMENT_WORDS;
            // "… gửi xin ý kiến các dự thảo nội quy, văn bản tổ chức Hội nghị …": a document
            // right before the verb, in a list or a draft, is one, issued or not; a document's
            // word after anything else may end a body's name ("Phòng Tài chính - Kế hoạch tổ
            // chức …"). A decision is one either way, the document or the verb ("… ngày 4/9
            // biểu quyết quyết định tổ chức họp …"): its day is the deciding.
            let listed = before.ends_with(',')
                || *d == "quyết định"
                || LISTED_DOCUMENT_WORDS
                    .iter()
                    .any(|w| crate::text::ends_with_word(before, w));
            let right_before = named[at + d.len()..].trim().is_empty() && listed;
            ((issued && near) || right_before).then_some(at)
        })
        .max()
}

/// Words before a document's word that make it a document in a list or a draft ("các văn bản",
/// "dự thảo kế hoạch"), not the end of a body's name.
const LISTED_DOCUMENT_WORDS: &[&str] = &["dự thảo", "các", "những", "về"];

/// Verbs by which a body issues a document, and the adverbs before them, lower case
/// ([`issuer_of_document`]).
const ISSUING_WORDS: &[&str] = &[
    "ban hành",
    "phát hành",
    "công bố",
    "đưa ra",
    "có",
    "gửi",
    "ký",
    "ra",
    "vừa",
    "đã",
    "mới",
];

/// The body that issued the convening document the words before a verb of holding end with
/// ("UBND tỉnh A ban hành Kế hoạch", "HĐQT B ngày 12/4 vừa có Nghị quyết về
/// việc"): the words before the document, its verb and the day it was issued. None when they
/// do not end with such a document.
fn issuer_of_document(before: &str) -> Option<&str> {
    static ISSUE_DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i),?\s+(?:vào\s+)?(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4})?,?$")
            .unwrap()
    });
    let lower = before.to_lowercase();
    if lower.len() != before.len() {
        return None;
    }
    let at = convening_document(&lower)?;
    let mut issuer = before[..at].trim_end();
    loop {
        let lower = issuer.to_lowercase();
        if let Some(w) = ISSUING_WORDS
            .iter()
            .find(|w| crate::text::ends_with_word(&lower, w))
        {
            issuer = issuer[..issuer.len() - w.len()].trim_end();
        } else if let Some(day) = ISSUE_DAY.find(issuer) {
            issuer = issuer[..day.start()].trim_end();
        } else {
            break;
        }
    }
    (issuer.len() < at).then_some(issuer)
}

/// Verbs of a view or a statement whose content may name a meeting ("Bộ trưởng A ngày 8-6
/// cho rằng Hội nghị thượng đỉnh … cho thấy …"): a day before them is the statement's. Not
/// "cho biết", which reports news, the meeting's own among them.
const STATEMENT_VERBS: &[&str] = &[
    "cho rằng",
    "nhận định",
    "đánh giá",
    "khẳng định",
    "bày tỏ",
    "tuyên bố",
    "nói rằng",
];

/// Whether a date that ends at `date_end`, before a meeting that starts at `meeting`, is the day
/// of a statement whose content names the meeting: a verb of [`STATEMENT_VERBS`] stands
/// between them, and no place or act puts the meeting where the statement was made ("… cho
/// biết tại hội nghị …", "… nhấn mạnh khi chủ trì hội nghị …").
fn statement_day_before(text: &str, date_end: usize, meeting: Range<usize>) -> bool {
    let Some(between) = text.get(date_end..meeting.start) else {
        return false;
    };
    let lower = between.to_lowercase();
    if !STATEMENT_VERBS
        .iter()
        .any(|v| crate::text::contains_word(&lower, v))
    {
        return false;
    }
    // "… đánh giá Hội nghị … đã bế mạc thành công": the meeting's happening is told, on the
    // day of the statement.
    if told_happening(&text[meeting.end..]) {
        return false;
    }
    // Said at the meeting ("… cho rằng tại hội nghị …", "phát biểu bế mạc, … đánh giá …").
    const AT_THE_MEETING: &[&str] = &[
        "tại",
        "trong",
        "ở",
        "khi",
        "dự",
        "chủ trì",
        "tổ chức",
        "khai mạc",
        "bế mạc",
        "phát biểu",
        "kết luận",
    ];
    !AT_THE_MEETING.iter().any(|w| contains_word(&lower, w))
}

/// Where a quotation that holds a meeting's name closes, when it is attributed after it
/// ("“Hội nghị thượng đỉnh lần tới sẽ thành công …”, Tổng thống ngày 8/11 viết trên Twitter."): the
/// attribution's dates are of the saying, not of the meeting spoken of. `name_end` is where
/// the name ends, inside the quotation (its closing mark the first after it).
fn attributed_quotation_end(text: &str, name_end: usize) -> Option<usize> {
    /// A closing mark: a comma or a dash follows it, as an attribution opens.
    static CLOSING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"^["”»]\s*[,\-–—]"#).unwrap());
    let rest = &text[name_end..];
    let close = rest.find(['"', '“', '”', '«', '»'])?;
    let mark = CLOSING.find(&rest[close..])?;
    let attribution = crate::text::lower_opening(&rest[close + mark.end()..], 80);
    let says = telling_words()
        .chain(STATEMENT_VERBS.iter().copied())
        .chain(["viết", "nhấn mạnh", "nêu rõ"])
        .any(|v| contains_word(&attribution, v));
    says.then_some(name_end + close)
}

/// Whether a date at `date` stands in the condition of a sentence whose consequence names the
/// meeting that starts at `meeting` ("nếu như ông A gặp ông B lần đầu vào giữa năm 2018 …, thì
/// việc Hà Nội được chọn tổ chức thượng đỉnh lần 2 …"): the condition's time, not the
/// meeting's.
fn conditional_day_before(text: &str, date: Range<usize>, meeting: usize) -> bool {
    let (Some(before), Some(between)) = (text.get(..date.start), text.get(date.end..meeting))
    else {
        return false;
    };
    contains_word(&before.to_lowercase(), "nếu") && contains_word(&between.to_lowercase(), "thì")
}

/// Whether the words after a meeting's name tell its happening, past or to come ("… đã diễn ra
/// thành công", "… khai mạc sáng cùng ngày").
fn told_happening(rest: &str) -> bool {
    // The first few words are enough.
    let rest = rest.trim_start();
    let head = rest
        .char_indices()
        .nth(40)
        .map_or(rest, |(at, _)| &rest[..at]);
    starts_with_happening(head, &["đã", "vừa", "sẽ", "được"], &[])
}

/// Whether a date that spans `date` is the day of another event told relative to the
/// meeting that starts at `meeting`: "… hồi giữa tháng 4/2016 cũng diễn tập …, ngay trước
/// thời điểm … bên lề Hội nghị thượng đỉnh G20", "Ngày 3/5, trước thềm Hội nghị …", "… tuần
/// tra ngày 5/3, trước khi Hội nghị … khai mạc".
fn relative_day_before(text: &str, date: Range<usize>, meeting: usize) -> bool {
    const RELATIVE: &[&str] = &["trước thời điểm", "trước thềm"];
    // A day that opens the sentence frames all of it ("Chiều 6/12, sau khi nghe báo cáo, …
    // kết luận tại cuộc họp …"): "trước khi", "sau khi" tell another event only inside it.
    const INSIDE: &[&str] = &["trước khi", "sau khi"];
    let head = &text[..date.start];
    let opens = head.split_whitespace().count() <= 2 && !head.contains(',');
    text.get(date.end..meeting).is_some_and(|between| {
        let lower = between.to_lowercase();
        RELATIVE.iter().any(|w| contains_word(&lower, w))
            || !opens && INSIDE.iter().any(|w| contains_word(&lower, w))
    })
}

/// Whether a day at byte `date` of `text` is when a meeting lasts until ("Hội nghị dự kiến
/// làm việc đến ngày 20/9", "kỳ họp sẽ kéo dài đến hết ngày 14/7"): its last day, not the day
/// it opens. (A meeting moved to a day, "lùi đến ngày 14/7", is held that day: the verb of
/// lasting comes first.)
fn lasts_until(text: &str, date: usize) -> bool {
    static UNTIL: LazyLock<Regex> = LazyLock::new(|| {
        let lasting = LASTING_VERBS.join("|");
        Regex::new(&format!(
            r"(?i)\b(?:{lasting})\s+(?:[^\s,.;:]+\s+){{0,2}}?(?:cho\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:(?:ngày|sáng|chiều|trưa|tối|hôm)\s+)*$"
        ))
        .unwrap()
    });
    text.get(..date).is_some_and(|head| UNTIL.is_match(head))
}

/// Whether a date that spans `date` stands in a clause of time that opens before it and
/// closes before the meeting that starts at `meeting` ("ngay trước khi đoàn thanh tra về làm
/// việc vào tháng 3-2017, trong một cuộc họp giao ban …", "Sau khi Luật có hiệu lực từ ngày
/// 1/1/2019, tại hội nghị …"): the day of what the clause tells, which bounds the meeting's
/// and is not it. Not a clause whose verb is the meeting's own happening, its subject left out
/// ("Sau khi khai mạc sáng 5/3, hội nghị …").
fn clause_of_time_before(text: &str, date: Range<usize>, meeting: usize) -> bool {
    let (Some(head), Some(between)) = (text.get(..date.start), text.get(date.end..meeting)) else {
        return false;
    };
    if !between.contains(',') {
        return false;
    }
    let clause = head
        .rsplit([',', ';', ':'])
        .next()
        .unwrap_or(head)
        .to_lowercase();
    TIME_CONJUNCTIONS.iter().any(|c| {
        crate::text::word_positions(&clause, c).any(|at| {
            let told = &clause[at + c.len()..];
            let own_verb = super::lexicon::HAPPENING_VERBS
                .iter()
                .any(|v| crate::text::starts_with_word(told.trim_start(), v));
            told.contains(char::is_alphabetic) && !own_verb
        })
    })
}

/// Whether a date that starts at `date`, after a meeting prepared for or proposed whose name
/// spans `name`, is the day of the proposal's own frame ("đề xuất tổ chức hội nghị bốn bên
/// trong chuyến thăm Ấn Độ … vào tháng 5/2017"): only a day written right after the name, or
/// after the verb of its happening ("… sẽ được tổ chức vào ngày 8/3"), is the meeting's.
fn proposal_day_after(text: &str, name: Range<usize>, date: usize) -> bool {
    let Some(between) = text.get(name.end..date) else {
        return false;
    };
    if !PLANNED_RIGHT_BEFORE.is_match(&text[..name.start]) {
        return false;
    }
    let head = between.trim().to_lowercase();
    let head = ["cuối", "đầu", "giữa"]
        .iter()
        .find_map(|w| head.strip_suffix(w))
        .unwrap_or(&head)
        .trim_end();
    let (head, _) = crate::extract::without_time_words(head);
    let words = head.split_whitespace().count();
    // "từ 14-15/9", "trong hai ngày 14 và 15-9": a few words of a time; "tại Việt Nam vào cuối
    // tháng 10": its place, then its time.
    let own = words <= 3 || words <= 6 && (opens_with_place(head) || ends_with_holding(head));
    !own
}

/// Whether `lower` (lower case) opens with a place adverbial ("tại Hà Nội", "ở Việt Nam").
fn opens_with_place(lower: &str) -> bool {
    ["tại ", "ở "].iter().any(|p| lower.starts_with(p))
}

/// Whether `lower` (lower case) ends with a verb of a meeting's happening or holding ("…
/// diễn ra", "… được tổ chức", "… họp").
fn ends_with_holding(lower: &str) -> bool {
    crate::extract::lexicon::HAPPENING_VERBS
        .iter()
        .chain(&["tổ chức", "họp", "kéo dài", "bắt đầu"])
        .any(|v| crate::text::ends_with_word(lower, v))
}

/// Whether a day at byte `date` of `text` is when something else starts to apply: "từ ngày"
/// or "kể từ" after a clause of its own ("… sẽ giảm giá vé cho học sinh trong huyện
/// từ ngày 1-9-2017"), not right after the meeting's name that ends at `name_end` ("Hội nghị
/// X từ ngày 5/3"), its verb ("diễn ra từ ngày 5/3") or a meeting word.
fn starts_an_effect(text: &str, name_end: usize, date: usize) -> bool {
    let (head, _) = crate::extract::without_time_words(text[..date].trim_end());
    let lower = head.to_lowercase();
    let Some((since, rest)) = ["kể từ", "từ"].iter().find_map(|w| {
        crate::text::ends_with_word(&lower, w)
            .then(|| (*w == "kể từ", lower[..lower.len() - w.len()].trim_end()))
    }) else {
        return false;
    };
    // Nothing but "từ" between the name and the day (lower case keeps Vietnamese byte
    // lengths); "kể từ" is "since" wherever it stands ("cuộc gặp đầu tiên kể từ năm 2007").
    let after_name = !since && rest.len() == name_end;
    let meeting_before = ends_with_holding(rest)
        || crate::extract::lexicon::MEETING_WORDS
            .iter()
            .any(|(w, _)| crate::text::ends_with_word(rest, w));
    !(after_name || meeting_before)
}

/// Conjunctions that open a clause of time, lower case: what the clause tells happened
/// before, after or since the meeting, on a day of its own.
const TIME_CONJUNCTIONS: &[&str] = &[
    "kể từ khi",
    "kể từ sau khi",
    "từ sau khi",
    "từ khi",
    "sau khi",
    "trước khi",
    "cho đến khi",
    "cho tới khi",
];

/// Whether a date at byte `date` of `text`, after a meeting's name that ends at `name_end`,
/// stands in a clause of time that opens between them ("cuộc họp kín … là lần nhóm họp đầu
/// tiên kể từ khi ban lãnh đạo mới được bầu tại Đại hội … hồi tháng 5-2016"): the day of
/// what the clause tells, not the meeting's. The clause runs to a comma or a semicolon; one
/// that opens with a verb of the meeting's happening, or follows one, tells the meeting's own
/// time.
fn in_clause_of_time(text: &str, name_end: usize, date: usize) -> bool {
    let Some(between) = text.get(name_end..date) else {
        return false;
    };
    // Every conjunction ends with "khi", written in lower case inside a sentence.
    if !between.contains("khi") {
        return false;
    }
    let lower = between.to_lowercase();
    TIME_CONJUNCTIONS.iter().any(|c| {
        crate::text::word_positions(&lower, c).any(|at| {
            let clause = &lower[at + c.len()..];
            // "… kể từ khi 5/3": no clause, the day is right after the conjunction; "… của kỳ
            // họp thứ 6 trước khi bế mạc chiều nay 19-6": the meeting's own verb, its subject
            // left out, and the day the meeting's; "Kỳ họp … bế mạc sau khi thông qua 25 nghị
            // quyết vào chiều 12/12": the meeting's verb before the conjunction, whose day the
            // clause goes on to give.
            let happening = |t: &str| {
                super::lexicon::HAPPENING_VERBS
                    .iter()
                    .any(|v| crate::text::contains_word(t, v))
            };
            let own_verb = super::lexicon::HAPPENING_VERBS
                .iter()
                .any(|v| crate::text::starts_with_word(clause.trim_start(), v))
                || happening(&lower[..at]);
            clause.contains(char::is_alphabetic) && !clause.contains([',', ';']) && !own_verb
        })
    })
}

/// Words that join a second predicate to a sentence's first, lower case ("… và được …", "…
/// rồi đã …").
const COORDINATORS: &[&str] = &["và", "rồi", "sau đó", "nhưng"];

/// Words that open a predicate of its own after a coordinator: an aspect or the passive.
const PREDICATE_OPENERS: &[&str] = &["được", "bị", "đã", "sẽ", "vừa", "mới"];

/// Adverbs that may stand between a coordinator and the predicate it opens ("nhưng chỉ được
/// …", "và cũng đã …").
const PREDICATE_ADVERBS: &[&str] = &["chỉ", "cũng", "lại", "vẫn"];

/// Verbs by which a coordinated predicate tells the meeting itself (its holding, its close),
/// whose day is then the meeting's ("… đã bị hoãn và sẽ được tổ chức vào ngày 25/1"): with
/// [`HAPPENING_VERBS`](super::lexicon::HAPPENING_VERBS).
const HOLDING_PREDICATES: &[&str] = &["tổ chức", "họp", "tiến hành", "triệu tập", "nhóm họp"];

/// How many words may stand between a meeting's name and the date that is its own ("… hội
/// thảo X vào tháng 3/2019", "… Hội nghị Y diễn ra ngày 3/4").
const OWN_DATE_WITHIN_WORDS: usize = 4;

/// A date of a sentence as [`in_a_later_predicate`] weighs it: free to date a meeting (not a
/// document's, another event's, a horizon …), of a month or finer.
struct OwnDate {
    range: Range<usize>,
    free: bool,
    month: bool,
}

/// Whether the date at byte `date` of `text` stands in a predicate coordinated after the one
/// that dates the meeting: a date that may be the meeting's own (`dates`: those free to date
/// it, and a month its name ends with) ends its name `name` or follows it closely, and between
/// that date and this one a coordinator opens a predicate of its own that does not tell the
/// meeting's holding ("… bên lề hội thảo X vào tháng 3/2019 và được một tờ báo trích đăng vào
/// ngày 15/4"). The later date is what that predicate tells of, however much finer it is.
fn in_a_later_predicate(text: &str, name: &Range<usize>, date: usize, dates: &[OwnDate]) -> bool {
    dates.iter().any(|d| {
        let own = &d.range;
        let in_name = own.start >= name.start && own.start < name.end;
        // A month the name ends with ("… hội thảo A tháng 3/2019"), not a document's date in
        // it ("… triển khai Nghị quyết 45 ngày 12/9/2017").
        let month_of_name = || in_name && d.month && !DOCUMENT_BEFORE.is_match(&text[..own.start]);
        if own.end > date || !(d.free && own.start >= name.end || month_of_name()) {
            return false;
        }
        let close = in_name
            || text
                .get(name.end..own.start)
                .is_some_and(|gap| gap.split_whitespace().count() <= OWN_DATE_WITHIN_WORDS);
        let Some(between) = text.get(own.end..date).map(str::to_lowercase) else {
            return false;
        };
        close
            && COORDINATORS.iter().any(|c| {
                crate::text::word_positions(&between, c).any(|at| {
                    let mut next = between[at + c.len()..].trim_start();
                    if let Some(adverb) = PREDICATE_ADVERBS
                        .iter()
                        .find(|w| crate::text::starts_with_word(next, w))
                    {
                        next = next[adverb.len()..].trim_start();
                    }
                    let Some(opener) = PREDICATE_OPENERS
                        .iter()
                        .find(|w| crate::text::starts_with_word(next, w))
                    else {
                        return false;
                    };
                    // "… và sẽ được tổ chức vào ngày 25/1": the meeting's own holding.
                    let verb = next[opener.len()..].trim_start();
                    let verb = verb.strip_prefix("được ").map_or(verb, str::trim_start);
                    !HOLDING_PREDICATES
                        .iter()
                        .chain(super::lexicon::HAPPENING_VERBS)
                        .any(|v| crate::text::starts_with_word(verb, v))
                })
            })
    })
}

/// Whether `between` (from a meeting's name to a date) opens a clause of cause with its own
/// verb ("hội nghị sơ kết của Sở A ít đơn vị dự vì nhiều đơn vị đã họp riêng vào ngày 12/9"):
/// the date is the day of the cause, another happening. The clause's verb
/// has its aspect ("đã", "đang", "vừa", "mới"), so that a name's "vì" ("vì môi trường") is
/// no clause.
fn in_clause_of_cause(between: &str) -> bool {
    const CAUSES: &[&str] = &["bởi vì", "vì", "bởi lẽ"];
    const ASPECTS: &[&str] = &["đã", "đang", "vừa", "mới", "từng"];
    let lower = between.to_lowercase();
    CAUSES.iter().any(|c| {
        crate::text::word_positions(&lower, c).any(|at| {
            let clause = &lower[at + c.len()..];
            !clause.contains([',', ';'])
                && ASPECTS
                    .iter()
                    .any(|a| crate::text::contains_word(clause, a))
        })
    })
}

/// Words of a clause that reports a meeting to come or acts for it: its day is the report's.
const REPORT_OR_PURPOSE: &[&str] = &[
    "cho biết",
    "thông tin",
    "thông báo",
    "công bố",
    "tiết lộ",
    "xác nhận",
    "để",
    "nhằm",
];

/// Words right before a meeting word that make it one still to come: prepared for ("đang
/// chuẩn bị những khâu cuối cùng cho Tọa đàm …", "chuẩn bị tổ chức Hội nghị …"), proposed
/// ("đề xuất tổ chức hội nghị ba bên …") or set as a deadline ("báo cáo chậm nhất là vào
/// phiên họp tháng 9").
static PLANNED_RIGHT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:chuẩn bị diễn ra(?:\s+sự kiện[^,.;:]{0,50}?\s+là)?|chuẩn bị\b[^,.;:]{0,40}\bcho|chuẩn bị(?:\s+tổ chức)?|(?:đề xuất|đề nghị|kiến nghị|đề xướng)\s+(?:việc\s+)?tổ chức|(?:chậm|muộn) nhất(?:\s+là)?(?:\s+(?:vào|tại|trong))?)(?:\s+(?:chương trình|các|một))?\s*$",
    )
    .unwrap()
});
/// A predicate after a meeting's name that announces it for later ("Hội nghị X sẽ diễn ra
/// …", "… dự kiến được tổ chức …", "… theo kế hoạch được tổ chức vào …"), or any verb in the
/// future right after it ("kỳ họp thứ 6 sẽ xem xét …").
static PLANNED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[^.;]{0,60}?\b(?:sẽ|dự kiến|sắp|theo kế hoạch)\s+(?:sẽ\s+)?(?:được\s+)?(?:diễn ra|tổ chức|khai mạc|họp|bắt đầu)|\s*(?:lần này\s+)?(?:sẽ|sắp)\s)",
    )
    .unwrap()
});

/// Words right after a meeting's name that make it the coming one of its kind, the next
/// ("kỳ họp HĐND thành phố tới đây", "kỳ họp đầu tuần tới", "phiên họp tới, …", "hội nghị
/// sắp tới"): announced for later, and never the one of the same name the article reports
/// held on a day.
static COMING_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:tới đây|sắp tới\b|(?:(?:vào|trong)\s+)?(?:(?:đầu|cuối|giữa)\s+)?(?:tuần|tháng|năm|quý)\s+tới\b|tới\s*(?:[,.;]|$)|tới\s+(?:sẽ|cũng|của|là|được|dự kiến)\b)",
    )
    .unwrap()
});

/// A time right after a meeting's name that places it back from the time of the sentence
/// ("hồi tuần trước", "tháng trước", "hôm trước", "mới đây", "vừa qua"): the meeting's own,
/// told from another day.
static OWN_RELATIVE_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:(?:hồi|vào|trong)\s+)?(?:(?:tuần|tháng|hôm)\s+(?:trước|kia)|mới đây|gần đây|vừa qua)\b").unwrap()
});

/// Words right after a meeting word that recall an earlier one ("cuộc làm việc gần đây nhất",
/// "phiên họp trước đó", "hội nghị lần trước").
static RECALLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[^\s,.;]+\s+){0,6}?(?:gần đây nhất|trước đó|lần trước|kỳ trước)\b").unwrap()
});

/// Words before a meeting in its sentence that recall it from years or months before the
/// article ("Còn nhớ, cách đây hai năm, tại …", "nhớ lại …"): held, but not the article's news.
static RECALLED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:còn nhớ|nhớ lại|cách (?:đây|nay)\s+(?:\S+\s+){0,2}?(?:năm|tháng|thập kỷ))\b",
    )
    .unwrap()
});

/// Words before a meeting that make its organising what an instruction asks about ("Phó Thủ
/// tướng đề nghị các thành viên đánh giá công tác, nhất là việc tổ chức Hội nghị …"): the
/// meeting is the instruction's object, not where it was given.
static ORGANISING_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:đề nghị|yêu cầu|chỉ đạo|giao)\b[^.;:]*\b(?:việc|công tác)\s+tổ chức\s*$")
        .unwrap()
});

/// A numbered document of a meeting ("Nghị quyết số 31-NQ/TW của Hội nghị Trung ương 9",
/// "Thông báo 15-TB/TW tại Hội nghị …"): the meeting is named as the document's source.
static DOCUMENT_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:nghị quyết|kết luận|chỉ thị|thông báo|quyết định|quy định|văn kiện|thông cáo)\s+(?:số\s*:?\s*)?\d[\w/\-.]*\s+(?:của|tại)\s*$").unwrap()
});

/// A document signed, issued or sent earlier in the meeting's clause ("… ký văn bản số 318
/// truyền đạt ý kiến của Chủ tịch tỉnh tại hội nghị …", "gửi công văn mời dự hội nghị
/// …"): the meeting is named inside what the document is about; the clause's date is the
/// document's.
static DOCUMENT_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:ký|ban hành|gửi|phát hành)\s+(?:văn bản|thông báo|công văn|tờ trình|quyết định)\b[^,.;:]{0,200}$").unwrap()
});

/// A document whose subject the meeting is ("Sở A ngày 2/4 đã có quyết định về việc tổ chức
/// hội nghị tập huấn …", "Thông báo về việc tổ chức hội thảo …"): the meeting is what the
/// document decides or tells; the clause's day is the document's.
static DOCUMENT_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:nghị quyết|quyết định|thông báo|công văn|văn bản|tờ trình|kế hoạch|chỉ thị)\b[^,.;:]{0,40}?\bvề việc\b[^,.;:]{0,120}$").unwrap()
});

/// "tại", before a place ([`place::place_after`]).
static TAI: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\btại\b").unwrap());

/// Words before a meeting that name it as a point in time, before or after what the sentence
/// reports ("sau cuộc họp", "so với hội nghị", "chuẩn bị cho kỳ họp"): a point of reference
/// ([`REFERENCE_CUES`]), but one that a day right after its name dates ([`day_follows`]).
const RECALL_CUES: &[&str] = &[
    "kể từ khi",
    "sau khi",
    "trước khi",
    "kể từ",
    "từ",
    "sau",
    "trước",
    "như",
    "so với",
    "tiếp theo",
    "chuẩn bị cho",
    "hướng tới",
    "chuẩn bị",
    "đến",
    "giữa",
];
/// Words before a meeting that name it only as a point of reference, whose dates are another
/// thing's: its results reported, a document of the meeting ("nghị quyết Hội nghị Trung ương 7
/// ngày …" is dated by the resolution), or the meeting something is moved to.
const REFERENCE_CUES: &[&str] = &[
    // "họp báo công bố kết quả Hội nghị Trung ương chiều 14/5": the results of a meeting,
    // reported at another, on that other's day.
    "kết quả của",
    "kết quả",
    // "lùi … từ kỳ họp thứ 3 sang kỳ họp thứ 4": moved to a later meeting, not held that day.
    "sang",
    "tinh thần của",
    "kết luận của",
    "nghị quyết của",
    "nghị quyết",
    "kết luận",
    "thông báo",
    "chỉ thị",
    "văn kiện",
    // "vượt chỉ tiêu hội nghị giao", "theo biên bản phiên họp …", "tài liệu họp …": what a
    // meeting set or left, named by it.
    "chỉ tiêu",
    "chỉ tiêu của",
    "biên bản",
    "biên bản của",
    "tài liệu",
    "tài liệu họp",
    // "Ban giám đốc thống nhất việc trình hội nghị cán bộ …": what is put to a meeting, on
    // the day it is decided to put it. ("Chương trình hội nghị" is no cue.)
    "việc trình",
    "để trình",
    "sẽ trình",
    "đã trình",
    "trình lên",
    // "nhận 35 triệu đồng ngày 15/3 để chi hội nghị …": money spent on it, that day.
    "để chi",
    "chi cho",
    "chi phí",
];
/// A work whose subject a meeting named next is: an article, a book, a film, a painting
/// ("bài viết của Tổng thống … về Diễn đàn APEC", "ba bức ảnh theo chủ đề hội nghị thượng
/// đỉnh"), or a recording of it ("một đoạn video quay một cuộc họp …"). The meeting is what the
/// work is about; the sentence's day is the work's (published, sold, leaked). Group 1 is the
/// verb of a recording.
static TOPIC_OF_A_WORK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:bài viết|bài báo|bài bình luận|bài xã luận|cuốn sách|quyển sách|bộ phim|phim tài liệu|bức tranh|bức ảnh|bức thư|đoạn video|video|clip|băng ghi âm|đoạn ghi âm)\b[^,.;:]{0,60}?\b(?:về|theo chủ đề|chủ đề|(quay|ghi lại|ghi hình))(?:\s+(?:một|cả|các))?\s*$").unwrap()
});

/// Whether `prefix`, the words before a meeting, ends with a work it is the subject of
/// ([`TOPIC_OF_A_WORK`]): a point of reference; `Some(true)` for a recording, which a day right
/// after the meeting's name still dates as the meeting's ("đoạn video ghi lại một cuộc họp …
/// vào tháng 11/2016"); a day after a topic may be the work's ("bán ba bức ảnh theo chủ đề
/// hội nghị thượng đỉnh vào hôm 9/11").
fn topic_of_a_work(prefix: &str) -> Option<bool> {
    // The pattern spans a work's name, 60 characters and a cue: only the tail can match.
    TOPIC_OF_A_WORK
        .captures(crate::text::tail(prefix, 120))
        .map(|c| c.get(1).is_some())
}

/// Words before a meeting that make it the frame of the sentence's event, whose day is not the
/// meeting's: "trong khuôn khổ", "bên lề", "thuộc" (a session or a panel that belongs to it:
/// "phiên thảo luận A thuộc Diễn đàn B"), "nhân dịp" (an occasion's journey to attend it is
/// [`on_occasion_to_attend`]'s); and a journey's purpose ("đến
/// Manila ngày 12/11 để dự Hội nghị …", "lên đường dự …"): the day is the arrival's or the
/// departure's.
const FRAMEWORK_CUES: &[&str] = &[
    "trong khuôn khổ",
    "khuôn khổ",
    "bên lề",
    "thuộc",
    "nhân dịp",
    "để dự",
    "để tham dự",
    "lên đường dự",
    "lên đường tham dự",
];
const COMPANION_CUES: &[&str] = &["cùng với", "đồng thời với", "song song với"];

/// Whether `prefix` ends with an occasion's journey to attend the meeting ("nhân dịp (tham) dự",
/// "nhân dịp tới dự", "nhân dịp sang Nhật Bản dự", "nhân chuyến công tác tham dự"), or the
/// journey itself ("kết thúc chuyến tham dự", "trong chuyến thăm Nhật Bản và dự"): a frame,
/// whose day is the journey's (a departure, a return) or the talks'.
fn on_occasion_to_attend(prefix: &str) -> bool {
    static OCCASION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:nhân\s+(?:dịp|chuyến)|chuyến)(?:\s+[^\s,.;:]+){0,4}?\s+(?:tham\s+)?dự\s*$",
        )
        .unwrap()
    });
    // (Only the tail can match: a journey of four words at the most.)
    OCCASION.is_match(crate::text::tail(prefix, 80))
}

/// Words before a keyword that make it a class of meetings, not one ("các cuộc họp").
const GENERIC_CUES: &[&str] = &[
    "các",
    "những",
    "nhiều",
    "mọi",
    "một số",
    "hai",
    "ba",
    "bốn",
    "năm",
    "loạt",
    "chuỗi",
];
/// Verbs that report a meeting as happening.
const OCCURRENCE_CUES: &[&str] = &[
    "tổ chức",
    "khai mạc",
    "bế mạc",
    "diễn ra",
    "chủ trì",
    "dự ",
    "tham dự",
    "họp",
    "kết thúc",
    "tiến hành",
    "triệu tập",
    "làm việc",
    "kéo dài",
];
/// Verbs after an organiser ("Bộ Ngoại giao đã tổ chức Hội nghị …").
/// Verbs after which the body before them held the meeting named next: it organised, opened,
/// chaired or convened it ("Sở Giao thông vận tải đã chủ trì cuộc họp liên ngành").
const ORGANISE_CUES: &[&str] = &[
    "phối hợp tổ chức",
    "đã tổ chức",
    // "Công ty A đã tổ chức thành công Hội nghị …", "Bộ B sẽ tiến hành tổ chức …".
    "tổ chức thành công",
    "tiến hành tổ chức",
    "tổ chức",
    "bước vào",
    "khai mạc",
    "chủ trì",
    "triệu tập",
];
/// Bodies whose name without a place is not one series across articles.
const LOCAL_MARKERS: &[&str] = &[
    "tỉnh",
    "thành phố",
    "huyện",
    "hđnd",
    "ubnd",
    "hội đồng nhân dân",
    "ủy ban nhân dân",
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "đảng bộ",
];
/// What follows a newspaper's column or forum: the paper it runs in.
static PUBLICATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^.;]{0,40}?\btrên\s+(?:nhật báo|báo|tạp chí|trang|cổng|website|mạng)\b")
        .unwrap()
});
/// Words of a sentence that report a closing day or the last day ("bế mạc", "làm việc đến").
static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    let lasting = LASTING_VERBS.join("|");
    Regex::new(&format!(r"(?i)\b(?:bế mạc|kết thúc|(?:{lasting}) đến)\b")).unwrap()
});

/// Verbs of a meeting going on, which "đến" (until) after them makes the day its last
/// ([`CLOSING`], [`lasts_until`]).
const LASTING_VERBS: &[&str] = &[
    "kéo dài",
    "làm việc",
    "diễn ra",
    "họp",
    "tiếp tục",
    "tiếp diễn",
];
/// Days of work a closing report counts ("Sau 5 ngày làm việc", "Kết thúc 3 ngày họp", "Trải qua
/// hai ngày làm việc", "Qua 4 ngày làm việc"): an exact count, not "hơn 3 ngày".
static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    let n = crate::text::TWO_TO_TEN_WORDS;
    Regex::new(&format!(
        r"(?i)\b(?:sau|kết thúc|trải qua|qua)\s+(\d{{1,2}}|{n})\s+ngày\s+(?:làm việc|họp)\b"
    ))
    .unwrap()
});
/// A document's number and the words that date it: dates after these are its issue date,
/// not a meeting's day ("Nghị quyết 80/NQ-CP ngày …", "nghị quyết số 80 ngày …", "ký ngày"),
/// its symbol written with spaces too ("Chỉ thị 40 - CT / TW ngày …").
static DOCUMENT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let documents = ISSUED_DOCUMENTS.join("|");
    let spaced = crate::extract::lexicon::SPACED_SYMBOL;
    Regex::new(&format!(r"(?:\d+[-/⁄][\p{{Lu}}Đ][\p{{L}}\-/⁄]*|\d+{spaced}|(?i:ban hành|ký)|(?i:{documents})\s+(?i:số\s+)?\d+)\s*,?\s*(?:ngày\s*)?$")).unwrap()
});

/// Documents a body issues, lower case: named with their number ([`DOCUMENT_BEFORE`]), or
/// before "của" and their issuer ("quyết định phê chuẩn của Viện kiểm sát quận ngày …",
/// [`issued_by_body_before`]), the day after them is their issue date.
const ISSUED_DOCUMENTS: &[&str] = &[
    "nghị quyết",
    "quyết định",
    "chỉ thị",
    "thông tư",
    "nghị định",
    "kết luận",
    "công văn",
    "công điện",
    "tờ trình",
    "văn bản",
    "thông báo",
];

/// Verbs by which a meeting hears or is given a document, lower case: the day after its
/// issuer is then the meeting's.
const PRESENTING_VERBS: &[&str] = &[
    "nghe",
    "trình bày",
    "đọc",
    "công bố",
    "thảo luận",
    "cho ý kiến về",
];

/// The most words from a document's word to the day after its issuer.
const MAX_ISSUED_WORDS: usize = 12;

/// Where the document starts that the text before a date, `before`, ends with, with the body
/// that issued it ("… và quyết định phê chuẩn của Viện kiểm sát huyện ngày", "công văn của Bộ Y tế
/// ngày"): the day is the document's, unless the document is named inside a meeting's name
/// (the caller's test: "Hội nghị đánh giá 2 năm thực hiện Nghị quyết 120 của Chính phủ ngày
/// 5/3"). None when a meeting, a place of one or a verb of its happening stands between
/// ("kết luận của Thủ tướng tại cuộc họp ngày …" is dated by the meeting).
fn issued_by_body_before(before: &str) -> Option<usize> {
    // "của" stands in every such phrase, lower case.
    if !before.contains("của") {
        return None;
    }
    let (head, _) = crate::extract::without_time_words(before.trim_end());
    let head = head.trim_end_matches(',').trim_end();
    let lower = head.to_lowercase();
    // Positions in `lower` are positions in `before` (which `head` starts) only when case
    // keeps byte lengths.
    if lower.len() != head.len() {
        return None;
    }
    let of = crate::text::rfind_word(&lower, "của")?;
    let (doc, at) = ISSUED_DOCUMENTS
        .iter()
        .filter_map(|d| crate::text::rfind_word(&lower[..of], d).map(|at| (d, at)))
        .max_by_key(|(_, at)| *at)?;
    // "Quốc hội nghe Tờ trình của Chính phủ sáng 5/11": a document heard or presented at the
    // meeting that day.
    if PRESENTING_VERBS
        .iter()
        .any(|v| crate::text::ends_with_word(lower[..at].trim_end(), v))
    {
        return None;
    }
    let span = &lower[at + doc.len()..];
    let meeting = crate::extract::lexicon::MEETING_WORDS
        .iter()
        .any(|(w, _)| contains_word(span, w));
    // "… triển khai Nghị quyết Đại hội XII của Đảng diễn ra sáng 9/5": a meeting's name
    // that holds the document, told happening that day.
    let place_or_verb = ["tại", "trong", "khi", "ở", "tổ chức", "họp"]
        .iter()
        .chain(crate::extract::lexicon::HAPPENING_VERBS)
        .any(|w| contains_word(span, w));
    let issued = !meeting
        && !place_or_verb
        && !span.contains([',', ';', ':', '"', '“'])
        && span.split_whitespace().count() <= MAX_ISSUED_WORDS
        && lower.len() > of + "của".len();
    issued.then_some(at)
}

/// The words before a year that make it the year of merits rewarded ("có thành tích xuất sắc
/// trong năm 2017", "thành tích năm 2018"): a meeting that honours them is held after it.
static MERITS_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bthành tích\b[^,.;:]{0,40}?\s*$").unwrap());

/// The words before a whole year that make it the year whose results a meeting looks at
/// ("cho ý kiến về kết quả thực hiện chính sách dân tộc năm 2016", "Báo cáo tổng kết
/// công tác khuyến học năm 2016, …"): such a meeting is held late that year or early the next, so
/// the year dates nothing (a review's own name dates it by [`REVIEW_WORDS`]). (A part of a year, "kết
/// quả 6 tháng đầu năm 2018", is looked at within it, and is not a whole year.)
static RESULTS_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:kết quả|tổng kết|sơ kết)\b[^.;:]{0,60}?\s*$").unwrap());

/// The words before a whole year that make it the edition of another event the meeting is
/// about or for ("… ý kiến cho các nội dung của Lễ hội Gốm A năm 2019", "… chuẩn bị cho Hội chợ
/// Nông sản năm 2020"): that event's year, which may be the next; not a frame the meeting is
/// held in ("trong khuôn khổ Lễ hội …", "bên lề Hội chợ …"), whose year is the meeting's.
static EDITION_OF_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:của|cho|về)\s+(?:lễ hội|cuộc thi|hội thi|giải|hội chợ|triển lãm|kỳ thi|festival|tuần lễ|ngày hội)\s+[^,.;:]{0,50}?\s*$").unwrap()
});

/// The words before a date a figure is compared with ("cao hơn 15% so với năm 2017", "cùng kỳ
/// năm 2017", "so với cùng kỳ tháng 4/2018"): the date of no meeting.
static COMPARED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:so với|cùng kỳ|so cùng kỳ)(?:\s+(?:cả|của|với|cùng kỳ))?\s*$").unwrap()
});

/// The words before a year that make it a part of that year ("6 tháng đầu năm 2018", "quý
/// III năm 2018", "tháng cuối năm"), not the whole of it.
static PART_OF_YEAR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\b(?:đầu|cuối|giữa)|\btháng(?:\s+\d{1,2})?|\bquý\s+(?:[IV]+|\d))\s*(?:năm\s*)?$",
    )
    .unwrap()
});

/// The words before a year that make it a horizon, a plan's target ("đến năm 2020", "tới năm
/// 2025", "tầm nhìn 2030"), not the year of an event.
static HORIZON_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:đến|tới|tầm nhìn)(?:\s+năm)?\s*$").unwrap());

/// The words before a whole year that make it the year a plan, a target or a movement is for
/// ("thực hiện kế hoạch năm 2019", "thống nhất mục tiêu tăng trưởng năm 2019", "phát động phong
/// trào thi đua năm 2019"): a meeting that sets or launches it is held that year or late in the
/// year before, so the year dates nothing. A few words may stand between, but no verb or word
/// of the time something happens ("kế hoạch được tổ chức năm 2019" tells when it was done).
static PLANNED_YEAR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let plans = crate::extract::lexicon::PLAN_WORDS
        .iter()
        .chain(&["phát động", "thi đua"])
        .copied()
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&format!(
        r"(?i)\b(?:{plans})(?:\s+[^\s,.;:]+){{0,4}}?(?:\s+năm)?\s*$"
    ))
    .unwrap()
});

/// Words between a plan's word and a year that tell when something happened, not what is
/// planned ([`PLANNED_YEAR_BEFORE`]).
const HAPPENED_IN: &[&str] = &[
    "tổ chức",
    "diễn ra",
    "được",
    "vào",
    "trong",
    "hồi",
    "từ",
    "đã",
];

/// Whether the year-only date that starts at `at` of `text` is a plan's year
/// ([`PLANNED_YEAR_BEFORE`]).
fn planned_year(text: &str, at: usize) -> bool {
    let head = &text[..at];
    PLANNED_YEAR_BEFORE.find(head).is_some_and(|m| {
        let between = head[m.start()..].to_lowercase();
        !HAPPENED_IN
            .iter()
            .any(|w| crate::text::contains_word(&between, w))
    })
}

/// What stands between a meeting's name and its day when the sentence tells it happening then
/// ("… diễn ra sáng 8/8", "…, khai mạc ngày 5/3", "… được tổ chức vào chiều nay (18-6)").
static HAPPENS_ON: LazyLock<Regex> = LazyLock::new(|| {
    // The lexicon's verbs of happening, and those of holding a meeting.
    let verbs = super::lexicon::HAPPENING_VERBS
        .iter()
        .chain(&["được tổ chức", "tổ chức"])
        .copied()
        .collect::<Vec<_>>()
        .join("|");
    // A place may stand between the verb and the day ("diễn ra tại Bangkok sáng 8/6", "khai mạc
    // ở thủ đô Hà Nội ngày 8/6"): capitalised words, maybe after a place's head.
    let place =
        r"(?-i:(?:tại|ở)\s+(?:(?:thủ đô|thành phố|tỉnh|TP\.?)\s+)?(?:\p{Lu}[\p{L}\-]*\.?\s+)+)?";
    Regex::new(&format!(r"(?i)^\s*,?\s*(?:(?:đã|đang|sẽ|vừa)\s+)?(?:{verbs})\s+{place}(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+|hôm\s+)?$"))
        .unwrap()
});

/// Whether a date of `s` stands right after the name that ends at `name_end` (in the
/// sentence's folded text), as the name's own day or month, after a word that says so:
/// "cuộc họp ngày 10-10", "hội nghị hôm 5/3", "phiên họp chiều 12/6", "hội nghị vào tháng 6".
/// A date alone, or in brackets, may be another thing's ("kiến nghị từ trước kỳ họp thứ 6
/// (tháng 10/2018)" dates the petition). A place or an organiser may stand between
/// ([`DAY_AFTER_QUALIFIER`]).
fn day_follows(s: &Sentence, name_end: usize) -> bool {
    static ENDS_WITH_PLACE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"\s(?:ở|tại)\s+{PLACE_NAME}\s*$")).unwrap());
    let text = s.folded();
    // "… ở Oslo ngày 9/10", "… do Bộ A tổ chức ngày 22-6": the day after its qualifier.
    let qualified_end =
        qualified(&DATE_AFTER_QUALIFIER, &text[name_end..]).map(|end| name_end + end);
    s.dates.iter().any(|d| {
        let start = d.span.start - s.range.start;
        if start < name_end || d.start.month.is_none() {
            return false;
        }
        if qualified_end.is_some_and(|end| (start..d.span.end - s.range.start).contains(&(end - 1)))
        {
            return true;
        }
        let gap = text[name_end..start].to_lowercase();
        let (rest, time_words) = super::without_time_words(&gap);
        // "… ở Praha, Séc, ngày 14/5": after a place that ends the name, a comma.
        let after_place = || rest.trim() == "," && ENDS_WITH_PLACE.is_match(&text[..name_end]);
        time_words > 0 && (matches!(rest.trim(), "" | "(") || after_place())
    })
}

/// The date of `s` in brackets right after the name that ends at `name_end`, with no word
/// before it ("thông qua tại kỳ họp thứ 5 (tháng 6/2018)"). Where something is passed or
/// adopted at a meeting, that is the meeting's date; after a word of time ("trước kỳ họp thứ 6
/// (tháng 10/2018)") it may date another thing, so only [`day_follows`] is asked there.
fn date_in_brackets<'s>(
    s: &'s Sentence,
    name_end: usize,
) -> Option<&'s crate::extract::dates::DateMention> {
    let text = s.folded();
    s.dates.iter().find(|d| {
        let start = d.span.start - s.range.start;
        start >= name_end && d.start.month.is_some() && text[name_end..start].trim() == "("
    })
}

fn ends_with_any(prefix: &str, cues: &[&str]) -> bool {
    // The cues are a few words long: only the prefix's tail needs lower-casing.
    let p = crate::text::tail(prefix.trim_end(), 40).to_lowercase();
    cues.iter().any(|c| crate::text::ends_with_word(&p, c))
}

/// Words before "kết luận" that make it the chair's closing speech ("Phát biểu kết luận hội
/// nghị, …"), not the meeting's conclusions.
const SPEECH_BEFORE_CONCLUDING: &[&str] = &[
    "phát biểu",
    "khi",
    "trong phần",
    "trong bài phát biểu",
    "bế mạc và",
    "khai mạc và",
];
/// Words before "kết luận" that make it the conclusions, a document, whatever follows.
const DOCUMENT_BEFORE_CONCLUDING: &[&str] = &[
    "nghị quyết",
    "chỉ thị",
    "quán triệt",
    "thực hiện",
    "triển khai",
    "theo",
];

/// "Phát biểu kết luận Hội nghị …, Thủ tướng yêu cầu …", "Khi kết luận cuộc họp, Chủ tịch …",
/// "Chiều 9/6, kết luận hội nghị, đồng chí …": the chair's closing speech reports the meeting
/// itself. "thực hiện Kết luận Hội nghị Trung ương 5", "Kết luận Hội nghị Trung ương 4 về …"
/// cite its conclusions, a document: there no speaker follows the name.
fn concluding_speech(prefix: &str, after_name: &str) -> bool {
    let p = crate::text::tail(prefix.trim_end(), 60).to_lowercase();
    let Some(before) = p.strip_suffix("kết luận") else {
        return false;
    };
    let before = before.trim_end();
    if DOCUMENT_BEFORE_CONCLUDING
        .iter()
        .any(|w| before.contains(w))
    {
        return false;
    }
    let framed = before.is_empty()
        || before.ends_with(',')
        || ends_with_any(before, SPEECH_BEFORE_CONCLUDING);
    let Some(speaker) = after_time(after_name.trim_start()).strip_prefix(',') else {
        return false;
    };
    let speaker = speaker.trim_start();
    framed
        && (speaker.starts_with(char::is_uppercase)
            || ["đồng chí ", "ông ", "bà "]
                .iter()
                .any(|w| speaker.starts_with(w)))
}

/// Whether the clause a meeting stands in tells a custom, not what happened: opened by "Theo
/// thông lệ", "Thông thường", "Hằng năm" ("Theo thông lệ, HĐND tỉnh họp hai kỳ mỗi năm và chất
/// vấn diễn ra tại kỳ họp giữa năm"), the meeting is one of a kind that recurs, a point of
/// reference. Not when the clause gives a day ("Theo thông lệ hằng năm, sáng 5/3, Bộ
/// tổ chức hội nghị …": that year's meeting, held by custom).
fn tells_a_custom(prefix: &str, after_name: &str) -> bool {
    static OPENER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)^\s*(?:theo (?:thông |thường )?lệ|thông thường|thường thì|{EVERY_PERIOD})\b"
        ))
        .unwrap()
    });
    static DAY: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\b|(?i:\bngày\s+\d)").unwrap());
    let opening = prefix.rsplit(';').next().unwrap_or(prefix);
    let closing = after_name.split(';').next().unwrap_or(after_name);
    OPENER.is_match(opening) && !DAY.is_match(opening) && !DAY.is_match(closing)
}

/// A meeting called off or put off ("Cuộc họp … bị hủy", "đã hoãn cuộc họp", "hội nghị … ngày
/// 8/4 được tạm hoãn"): not held, a point of reference whose dates are not a meeting's.
fn called_off(prefix: &str, after_name: &str) -> bool {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:hủy|huỷ|hoãn)(?:\s+bỏ)?(?:\s+(?:các|cuộc|buổi))?\s*$").unwrap()
    });
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:\s+(?:(?:vào|dự kiến)\s+)?(?:(?:ngày|sáng|chiều|tối|trưa)\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?\s*(?:(?:đã|sẽ|vừa|có thể|phải)\s+)?(?:bị\s+|được\s+)?(?:tạm\s+)?(?:hủy|huỷ|hoãn)\b").unwrap()
    });
    BEFORE.is_match(prefix) || AFTER.is_match(after_name)
}

/// What was decided at a meeting, reported later: "các luật đã được thông qua tại kỳ họp thứ
/// 7", "… được Quốc hội khóa XIV, kỳ họp thứ 7 thông qua". The meeting is where a law or a
/// resolution was passed, not what the sentence reports; its dates (a briefing's, a
/// signature's) are not the meeting's.
fn passed_at(prefix: &str, after_name: &str) -> bool {
    let clause = prefix
        .rsplit(['.', ';', ':'])
        .next()
        .unwrap_or(prefix)
        .to_lowercase();
    let at = [
        "thông qua tại",
        "thông qua ở",
        "thông qua trong",
        "biểu quyết tại",
        "ban hành tại",
    ];
    let passive = clause.contains("được ") || clause.contains("đã ");
    ends_with_any(&clause, &at)
        || (passive
            && after_name
                .trim_start()
                .to_lowercase()
                .starts_with("thông qua"))
}

/// Words of a time adverbial that may stand between a meeting's name and the comma before
/// its speaker ("… vào chiều nay, 9/4, Thủ tướng …", "… sáng 5/3, Bộ trưởng …").
const TIME_WORDS: &[&str] = &[
    "vào", "sáng", "chiều", "tối", "trưa", "ngày", "hôm", "nay", "qua", "này", "cùng", "đêm", "dịp",
];

/// `text` after a leading time adverbial ending at a comma ("vào chiều nay, 2/10, Thủ
/// tướng …" → ", Thủ tướng …"); `text` itself when it opens with none.
fn after_time(text: &str) -> &str {
    let mut end = 0;
    let mut last_comma = None;
    for (at, token) in text.split_inclusive(char::is_whitespace).scan(0, |pos, t| {
        let at = *pos;
        *pos += t.len();
        Some((at, t))
    }) {
        let core = token.trim().trim_end_matches(',').trim_matches(['(', ')']);
        let time = TIME_WORDS.contains(&core.to_lowercase().as_str())
            || (!core.is_empty()
                && core
                    .chars()
                    .all(|c| c.is_ascii_digit() || "/.-".contains(c)));
        if !time {
            break;
        }
        end = at + token.len();
        if token.trim_end().ends_with(',') {
            last_comma = Some(at + token.trim_end().len() - 1);
        }
    }
    match last_comma {
        // The adverbial ends at its last comma: the speaker follows that comma.
        Some(c) if end > 0 => &text[c..],
        _ => text,
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn trim_title(s: &str) -> &str {
    s.trim()
        .trim_end_matches([',', '.', ';', ':', ' ', '(', '-', '–'])
}

/// A title with a group's letter and number joined as the group writes them ("G -20", "G - 7"
/// → "G-20", "G-7").
fn joined_groups(title: String) -> String {
    // (Word boundaries in ASCII: the letter and the digits are, and the search stays cheap.)
    static GROUP: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?-u:\b)([A-Z]) ?[-–] ?([0-9]{1,2})(?-u:\b)").unwrap());
    match title.contains(['-', '–']) && GROUP.is_match(&title) {
        true => GROUP.replace_all(&title, "$1-$2").into_owned(),
        false => title,
    }
}

/// A title without the month and year written after its name ("Cuộc họp về phương án nâng
/// cấp cầu Bắc Hà tháng 4/2017", "… tháng 4 năm 2017" → "… cầu Bắc Hà"): they date
/// the meeting and name nothing. Kept where the month names it: a session or a periodic meeting ("Kỳ họp tháng
/// 5/2020", "Phiên họp thường kỳ tháng 3/2019"), a meeting on a month's results ("… tình hình
/// kinh tế - xã hội tháng 8/2017"), and a month without its year, which tells editions of a
/// series apart ("Hội nghị thượng đỉnh liên Triều tháng 9").
fn without_month(title: &str, kind: MeetingKind) -> &str {
    static MONTH_AT_END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\s+(?:vào\s+)?tháng\s+\d{1,2}(?:\s*[/.\-]\s*\d{4}|\s*,?\s+năm\s+\d{4})$")
            .unwrap()
    });
    // A part of a year or month ("đầu năm 2018", "cuối năm 2017", "giữa tháng 5/2019") is a
    // time adverbial, but for a session, which it names ("kỳ họp cuối năm 2019" of a council):
    // a period a meeting reviews is counted in months ("6 tháng đầu năm 2019"), and the month
    // before it is kept.
    static SEASON_AT_END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|\s)(\S+)\s+(?:vào\s+)?(?:đầu|cuối|giữa)\s+(?:năm\s+\d{4}|tháng\s+\d{1,2}(?:\s*[/.\-]\s*\d{4})?)$")
            .unwrap()
    });
    if let Some(c) = SEASON_AT_END.captures(title) {
        let before = c.get(1).unwrap();
        let rest = &title[..before.end()];
        let months = before.as_str().eq_ignore_ascii_case("tháng");
        if kind != MeetingKind::Session && !months && rest.split_whitespace().count() > 2 {
            return rest;
        }
    }
    const PERIOD_WORDS: &[&str] = &["tình hình", "kết quả", "báo cáo", "tổng kết", "sơ kết"];
    let lower = title.to_lowercase();
    // The month a review covers stands in its topic; after the owner's name ("Hội nghị tổng
    // kết hoạt động của Hội Nhà báo tháng 1/2019") it is when the meeting met.
    let owner_at = lower.rfind(" của ");
    let period = name::PERIODIC_WORDS.iter().any(|w| lower.contains(w))
        || PERIOD_WORDS
            .iter()
            .filter_map(|w| lower.rfind(w))
            .any(|at| owner_at.is_none_or(|o| o < at));
    match MONTH_AT_END.find(title) {
        Some(m) if kind != MeetingKind::Session && !period => {
            let rest = &title[..m.start()];
            // Only a month after the meeting word: the title would be bare.
            if rest.split_whitespace().count() > 2 {
                rest
            } else {
                title
            }
        }
        _ => title,
    }
}

/// The most words of a name that, with no capital and no number, names no one meeting
/// ([`named_by_place`]): "nội các", "đầu tiên", "thượng đỉnh".
const MAX_GENERIC_WORDS: usize = 2;

/// Whether `words` hold a capitalised word ([`name::has_proper_word`]) or a digit.
fn has_capital_or_digit(words: &str) -> bool {
    name::has_proper_word(words) || words.contains(|c: char| c.is_ascii_digit())
}

/// An unnamed meeting followed by where it met and its own day ("phát biểu tại một diễn đàn ở
/// thủ đô Lima hôm 11/3", "nói tại một hội nghị ở Vienna, Áo, ngày 8/10", "tham gia hội
/// nghị tại Lào hôm 19/5"), or fronted by its day ("Chiều 5/12, tại cuộc họp ở Long An …"), is
/// one meeting, named by its place: the place joins its name.
fn named_by_place(text: &str, start: usize, name: &mut Name) {
    static PLACE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"^\s*(?:ở|tại)\s+{PLACE_NAME}")).unwrap());
    // "hội nghị thượng đỉnh tổ chức ở Warsaw …": the verb of holding it is no part of its name.
    static HELD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:(?:đã\s+|sẽ\s+)?được\s+)?(?:tổ chức|diễn ra)\s").unwrap()
    });
    static DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*,?\s*(?:vào\s+)?(?:hôm|ngày|sáng|chiều|tối|trưa)\s+(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}\b").unwrap()
    });
    static MONTH_YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"^\s*,?\s*{OWN_MONTH_YEAR}")).unwrap());
    // "hội nghị thượng đỉnh đầu tiên ở Jakarta hồi tháng 3/2016": a word or two that name
    // no one meeting (no capital, no number) leave the place to name it, after them; a longer
    // name ("Diễn đàn kinh tế thế giới") is one already.
    let (so_far, unnamed) = (&text[name.start..name.end], name.words == 0);
    let generic =
        name.words <= MAX_GENERIC_WORDS && !name.proper_name && !has_capital_or_digit(so_far);
    if !unnamed && !generic {
        return;
    }
    let verb = HELD.find(&text[name.end..]).map_or(0, |v| v.end() - 1);
    // "Hội nghị diễn ra tại Hà Nội chiều 9-1.": the bare noun opening its sentence, then the
    // verb of holding it, tells of the meeting just named; no meeting of its own.
    if verb > 0 && text[..start].trim().is_empty() {
        return;
    }
    // Its own day follows the place, or frames the meeting before it ("Chiều 5/12, tại cuộc
    // họp ở Long An để …").
    let Some(found) = PLACE.find(&text[name.end + verb..]) else {
        return;
    };
    // A month and its year date a meeting as firmly, but not a numbered one, whose month
    // after its place is read as its own ([`DATE_AFTER_QUALIFIER`]), nor "một cuộc họp tại
    // thủ đô A tháng 11/2016" (a caption: some meeting there that month).
    let after_place = &text[name.end + verb + found.end()..];
    let some_meeting = ends_with_any(&text[..start], &["một"]);
    let month_year = name.ordinal.is_none() && !some_meeting && MONTH_YEAR.is_match(after_place);
    // Framed by its day before, the place ends at its clause ("tại hội nghị ở Hà Nội, Thủ
    // tướng …" names no "Thủ"); a body is no place ("cuộc họp ở Sở Y tế").
    let (day_after, framed) = (
        DAY.is_match(after_place) || month_year,
        FRAMED_BY_DAY.is_match(&text[..start]),
    );
    let place_end = match (day_after, framed) {
        (true, _) => found.end(),
        (false, true) => found.as_str().find(',').unwrap_or(found.end()),
        (false, false) => return,
    };
    let place = &found.as_str()[..place_end];
    let named = place.trim_start().split_once(' ').map_or("", |(_, rest)| {
        rest.trim_start_matches("thủ đô ").trim_start()
    });
    if starts_with_organiser(named) {
        return;
    }
    if verb == 0 {
        name.end += place.len();
    } else if unnamed {
        // Read from the place on, so that the title leaves the verb out.
        name.start = name.end + verb + place.len() - place.trim_start().len();
        name.end = name.start + place.trim_start().len();
    } else {
        return;
    }
    name.title_end = name.end;
    name.words += place.split_whitespace().count();
    // A generic name keeps its owner ("cuộc họp nội các ở Nhà Trắng" of whoever holds it).
    if !unnamed {
        return;
    }
    name.proper_name = true;
    // "tại cuộc họp ở Long An để tháo gỡ khó khăn cho dự án …": what it is for goes on with
    // its name, as after an unnamed meeting's word.
    let rest = &text[name.end..];
    let opener = rest.split_whitespace().next().unwrap_or("");
    let after = &rest[rest.find(opener).map_or(0, |at| at + opener.len())..];
    if name::purpose_opens(&opener.to_lowercase(), after) {
        let purpose = parse_name(text, name.end);
        name.end = purpose.end.max(name.end);
        name.title_end = purpose.title_end.max(name.title_end);
    }
}

/// A keyword (or a working session's verb phrase) in a sentence.
struct Hit<'a> {
    start: usize,
    end: usize,
    keyword: &'a str,
    kind: MeetingKind,
    /// For a body that meets by the verb ("Chính phủ đã họp phiên …"), where the verb phrase
    /// ends: the meeting's title is then made a noun ("Phiên họp … của Chính phủ").
    verb_end: Option<usize>,
}

/// Every conference named in `text`: keywords with their names, and working sessions of
/// leading bodies ("Bộ Chính trị làm việc với …").
fn keyword_names<'a>(
    text: &'a str,
    k: &Knowledge,
    rejected: &mut dyn FnMut(&Hit, NotAMeeting),
) -> Vec<(Hit<'a>, Name)> {
    let mut out: Vec<(Hit, Name)> = Vec::new();
    for m in KEYWORD.find_iter(text) {
        let hit = Hit {
            start: m.start(),
            end: m.end(),
            keyword: m.as_str(),
            kind: meeting_kind(m.as_str()),
            verb_end: None,
        };
        // Inside a subject already taken whole ("hội nghị liên tịch … kỳ họp thứ 9 … đã được
        // tổ chức"), a keyword is part of that name.
        if out.last().is_some_and(|(_, n)| n.end > m.start()) {
            rejected(&hit, NotAMeeting::InsideName);
            continue;
        }
        if hoi_bound_before(text, m.start(), m.as_str()) {
            rejected(&hit, NotAMeeting::Compound);
            continue;
        }
        // "Kỳ họp thứ 7, nhiệm kỳ 2016 - 2021 - Kỳ họp thường lệ giữa năm": a second name of
        // the meeting just named, after a dash or in brackets.
        if out
            .last()
            .is_some_and(|(_, n)| APPOSITION_GAP.is_match(&text[n.end.min(m.start())..m.start()]))
        {
            rejected(&hit, NotAMeeting::Apposition);
            continue;
        }
        if repeated_word(text, m.end(), m.as_str()) {
            rejected(&hit, NotAMeeting::Repeated);
            continue;
        }
        let known = |end: usize| k.knows_series(&text[m.start()..end]);
        let mut name = name::parse_name_in_series(text, m.end(), &known);
        let interposed =
            || owner_after_coming(text, m.end()).or_else(|| topic_after_day(text, m.end()));
        if let Some(start) = interposed().filter(|_| name.words == 0) {
            name = parse_name(text, start);
        }
        name::run_to_closing_quote(text, m.start(), &mut name);
        named_by_place(text, m.start(), &mut name);
        match not_a_meeting(text, &hit, &name, k) {
            None => {
                whole_subject(text, &hit, &mut name);
                out.push((hit, name));
            }
            Some(why) => rejected(&hit, why),
        }
    }
    out.extend(participle_meeting(text, k));
    // A failed capture search is slow; most sentences hold no "làm việc" at all.
    let working = if text.contains("làm việc") {
        text
    } else {
        ""
    };
    // "Đây là lần thứ 3 Thủ tướng làm việc với tỉnh": a count of sessions, none of them told.
    static COUNTED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\blần\s+(?:thứ\s+\S+|đầu(?:\s+tiên)?)\s*$").unwrap());
    // (subject's start, its end, where what it works with begins)
    let mut sessions: Vec<(usize, usize, usize)> =
        crate::text::captures_at_word_starts(&WORKING_SESSION, working)
            .into_iter()
            .map(|c| {
                (
                    c.get(0).unwrap().start(),
                    c.get(1).unwrap().end(),
                    c.get(0).unwrap().end(),
                )
            })
            // Not a body asked to ("Thủ tướng đề nghị Thường trực Chính phủ làm việc với …").
            .filter(|&(start, _, _)| {
                !COUNTED.is_match(&text[..start]) && !asked_to(&text[..start].to_lowercase())
            })
            .collect();
    // Any other body, when it works with a body; a leading body's session is read once.
    for session in bodies_working_with(working) {
        let (start, _, object) = session;
        let told = !COUNTED.is_match(&text[..start]) && works_with_a_body(&text[object..]);
        if told && !sessions.iter().any(|&(_, _, o)| o == object) {
            sessions.push(session);
        }
    }
    for (start, body_end, object_start) in sessions {
        let rest = &text[object_start..];
        let stop = rest.find([',', '.', ';', ':', '(']).unwrap_or(rest.len());
        let object = rest[..stop].split(" để ").next().unwrap_or("");
        let object = object.split(" nhằm ").next().unwrap_or("");
        // "… với UBND tỉnh A từ ngày 20-6": the day is no part of its name.
        let object = [
            " từ ngày ",
            " ngày ",
            " vào ",
            " sáng ",
            " chiều ",
            " tối ",
            " hôm ",
            " - Ảnh",
            " – Ảnh",
        ]
        .iter()
        .filter_map(|w| object.find(w))
        .min()
        .map_or(object, |at| &object[..at]);
        let end = object_start + object.trim_end().len();
        let hit = Hit {
            start,
            end: body_end,
            keyword: "cuộc làm việc",
            kind: MeetingKind::WorkingSession,
            verb_end: None,
        };
        let name = Name {
            start: hit.end,
            end,
            title_end: end,
            words: object.split_whitespace().count() + 2,
            proper_name: true,
            ..Name::default()
        };
        out.push((hit, name));
    }
    let verbs = meeting_verbs(text, &out, k);
    // "… họp kỳ thứ 39": the session the verb names is its meeting; its number is not a bare
    // "kỳ thứ 39" of its own.
    out.retain(|(h, _)| {
        let bare_session = ["kỳ", "kì", "phiên"].contains(&h.keyword.to_lowercase().as_str());
        !bare_session
            || !verbs
                .iter()
                .any(|(v, n)| v.verb_end.is_some_and(|e| e <= h.start) && h.start < n.end)
    });
    out.extend(verbs);
    out.extend(chaired_meetings(text, &out));
    held_by_the_verb(text, &mut out);
    out.sort_by_key(|(h, _)| h.start);
    out
}

/// Drops a meeting read from the verb or noun `họp` whose object is a meeting named by its
/// own word ("triệu tập họp Hội nghị Ban Chấp hành …", "tổ chức họp phiên họp thường kỳ"):
/// "họp" only says it is held, and the meeting is the one its word names.
fn held_by_the_verb(text: &str, out: &mut Vec<(Hit, Name)>) {
    let words: Vec<usize> = out
        .iter()
        .filter(|(h, _)| h.verb_end.is_none() && h.keyword.to_lowercase() != "họp")
        .map(|(h, _)| h.start)
        .collect();
    out.retain(|(h, _)| {
        let from = h.verb_end.unwrap_or(h.end);
        let by_verb = h.verb_end.is_some() || h.keyword.to_lowercase() == "họp";
        !by_verb
            || !words
                .iter()
                .any(|&w| w >= from && text[from..w].trim().is_empty())
    });
}

/// Meetings named by their verb ("Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 3"), where
/// no meeting word of the sentence already names one at that place. The name runs from the
/// body through the verb and what the name parser takes after it ("phiên thường kỳ tháng 3").
fn meeting_verbs<'a>(
    text: &'a str,
    named: &[(Hit<'a>, Name)],
    k: &Knowledge,
) -> Vec<(Hit<'a>, Name)> {
    let mut out = Vec::new();
    // The verb is a literal "họp" ([`MEETING_VERB`]): most sentences have none, and a failed
    // capture search is slow.
    if !text.contains("họp") {
        return organised_reviews(text, named);
    }
    for c in MEETING_VERB.captures_iter(text) {
        let m = c.get(0).unwrap();
        let verb = m.as_str().trim_end();
        let briefing = verb.ends_with("báo") || verb.ends_with("mặt");
        if briefing || no_meeting_after_verb(&text[m.end()..]) {
            continue;
        }
        if overlaps_named(named, m.start(), m.end()) {
            continue;
        }
        let body = c.get(1).unwrap();
        if place_letters(&text[..body.start()], body.as_str())
            || meeting_noun_before_verb(body.as_str())
            || one_foreign_minister(body.as_str())
            || predicate_in(body.as_str())
        {
            continue;
        }
        let (hit, name) = verb_meeting(text, without_holder(body.range(), text, k), m.end());
        out.push((hit, name));
    }
    for (body, verb_end) in subjects_that_meet(text) {
        // "hội đồng thi đua của Sở A đã họp": the board the whole subject names meets, not the
        // body it belongs to, which the capitalised name before the verb reads.
        out.retain(|(h, _)| h.verb_end != Some(verb_end) || h.start <= body.start);
        let read = out.iter().any(|(h, _)| h.verb_end == Some(verb_end));
        let no_meeting = no_meeting_after_verb(&text[verb_end..]);
        if !read && !no_meeting && !overlaps_named(named, body.start, verb_end) {
            out.push(verb_meeting(text, body, verb_end));
        }
    }
    let mut organised = organised_meetings(text, named, &out);
    organised.extend(organised_reviews(text, named));
    // A body the organiser's name holds ("Tỉnh ủy Nghệ An" of "ủy ban Kiểm tra Tỉnh ủy Nghệ
    // An") is not the one that meets.
    out.retain(|(h, _)| {
        !organised
            .iter()
            .any(|(o, _)| o.verb_end == h.verb_end && o.start < h.start)
    });
    out.extend(organised);
    out
}

/// The body at `body` in `text` without the name of the office holder it ends with ("Chủ tịch
/// UBND tỉnh Quảng Ninh Nguyễn Văn Đọc đã họp …" is the provincial committee's meeting, which
/// its chairman holds).
fn without_holder(body: Range<usize>, text: &str, k: &Knowledge) -> Range<usize> {
    let named = &text[body.clone()];
    match names_in(named, k).last() {
        // (Not a leader named by office and name, "Bộ trưởng Nguyễn Văn An", who is no body.)
        Some(person)
            if person.end == named.len() && starts_with_organiser(&named[..person.start]) =>
        {
            body.start..body.start + named[..person.start].trim_end().len()
        }
        _ => body,
    }
}

/// Whether the subject read before `họp` ends with a meeting noun whose second syllable the
/// verb is ("Bí thư Tỉnh ủy A dự Khóa họp 72"): a meeting's name, not a body that meets, though
/// no meeting word named it (a bare "Khóa họp 72" names none). After "tại" the body before it
/// holds that meeting ("chất vấn HĐND thành phố tại kỳ họp tháng 7/2017").
fn meeting_noun_before_verb(subject: &str) -> bool {
    let mut words = subject.rsplit(' ');
    let last = words.next().unwrap_or(subject).to_lowercase();
    let before = words.next().unwrap_or("");
    ["khóa", "khoá", "kỳ", "kì", "phiên", "cuộc", "buổi"].contains(&last.as_str())
        && !["tại", "ở", "trong"].contains(&before)
}

/// Words that never stand in a body's name, lower case: a subject read up to the verb `họp`
/// that holds one is a predicate ("Cuộc họp kín … của Ủy ban A là lần nhóm họp đầu tiên": the
/// words before `là` name the meeting, not a body that meets).
const PREDICATE_WORDS: &[&str] = &[
    "là", "thì", "mà", "lần", "cũng", "được", "đã", "sẽ", "đang", "rằng", "khi", "nên", "vì",
];

/// Whether a subject read before the verb `họp` holds a [`PREDICATE_WORDS`] word after its
/// head, before the aspect words and the "nhóm" of "nhóm họp" it may end with ("Các lãnh đạo
/// G7 cũng nhóm họp", "lãnh đạo
/// Sở đã họp").
fn predicate_in(subject: &str) -> bool {
    const ASPECTS: &[&str] = &[
        "đã", "vừa", "sẽ", "đang", "cũng", "lại", "nhóm", "cùng", "không", "chưa", "tiếp", "tục",
        "chính", "thức",
    ];
    let mut words: Vec<&str> = subject.split_whitespace().skip(1).collect();
    while words.last().is_some_and(|w| ASPECTS.contains(w)) {
        words.pop();
    }
    words.iter().any(|w| PREDICATE_WORDS.contains(w))
}

/// Whether what follows the verb `họp` makes it no meeting: a press briefing or a get-together
/// (`họp báo`, `họp mặt`, `họp giao ban báo chí`, `họp công bố …`), or a habit (`… họp mỗi
/// tháng một lần`).
fn no_meeting_after_verb(after: &str) -> bool {
    let next = crate::text::lower_opening(after.trim_start(), 8);
    ["báo", "mặt"]
        .iter()
        .any(|w| crate::text::starts_with_word(&next, w))
        || briefing_named_after(after)
        || held_to_release(after)
        || habitual(after)
}

/// Whether what follows `họp` says the meeting is held to release something to the press
/// ("buổi họp công bố bản tin …", "họp công bố kết quả khảo sát"): a briefing, named by what it
/// releases.
fn held_to_release(after: &str) -> bool {
    let next = crate::text::lower_opening(after.trim_start(), 12);
    crate::text::starts_with_word(&next, "công bố")
}

/// Most words of a body named as its clause's whole subject ([`subjects_that_meet`]).
const MAX_SUBJECT_BODY_WORDS: usize = 12;

/// Bodies that meet by the verb after an aspect word, named as the whole subject of their
/// clause with the lower-case words of what they are for ("Ban chỉ đạo trung ương phòng chống
/// ma túy đã họp khẩn …", "Ban Chỉ đạo … về phòng chống ma túy đã họp", "hội đồng kỷ
/// luật của Công ty A đã tổ chức họp"), or institutions by their names ("Trường THPT A đã
/// họp với phụ huynh"), which the capitalised name of [`MEETING_VERB`] does not reach: the
/// subject opens with a body's head or an institution's and its name, and holds no word that
/// goes on with a clause nor a verb of telling. Each as the body's range and the verb's end.
fn subjects_that_meet(text: &str) -> Vec<(Range<usize>, usize)> {
    static VERB: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"\s((?:(?:đã|vừa|sẽ|đang|cũng)\s+){0,2})(?:(?:tổ chức|triệu tập)\s+)?(?:nhóm\s+)?họp\b",
        )
        .unwrap()
    });
    // Most sentences hold no "họp" at all.
    if !text.contains("họp") {
        return Vec::new();
    }
    let mut out = Vec::new();
    for c in VERB.captures_iter(text) {
        let (Some(m), Some(aspect)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let before = &text[..m.start()];
        let clause = &before[clause_start(before)..];
        let clause = clause.trim_start();
        let start = m.start() - clause.len();
        let clause = subject_proper(clause);
        let words = clause.split_whitespace().count();
        // A body written in lower case too ("hội đồng tuyển sinh nhà trường đã họp"), or an
        // institution by its name ("Trường THPT A đã họp với phụ huynh", "Công ty CP B đã họp").
        let body = super::lexicon::starts_with_body_any_case(clause)
            || super::lexicon::starts_with_organiser(clause);
        // Without an aspect word before the verb, only a capitalised body described by its
        // purpose up to its proper name ("Ban Chỉ đạo phòng chống dịch tỉnh A họp …"): the
        // verb's own pattern reads names of capitalised words alone.
        let described = aspect.as_str().is_empty()
            && clause.starts_with(char::is_uppercase)
            && super::lexicon::described_subject(clause);
        if !(2..=MAX_SUBJECT_BODY_WORDS).contains(&words)
            || !body
            || aspect.as_str().is_empty() && !described
        {
            continue;
        }
        // "của" before a capitalised name joins a body to the one it belongs to ("hội đồng kỷ
        // luật của Công ty A"); any other clause word goes on with a clause, but not a
        // capitalised syllable of a proper name beside another ("Cần" of "Cần Thơ").
        let words: Vec<&str> = clause.split_whitespace().collect();
        let capitalised = |j: Option<usize>| {
            j.and_then(|j| words.get(j))
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        };
        let clause_word = |(i, w): (usize, &&str)| {
            if capitalised(Some(i)) && (capitalised(i.checked_sub(1)) || capitalised(Some(i + 1))) {
                return false;
            }
            let lower = w.to_lowercase();
            let owner = lower == "của"
                && words
                    .get(i + 1)
                    .is_some_and(|n| n.starts_with(char::is_uppercase));
            super::lexicon::CLAUSE_WORDS.contains(&lower.as_str()) && !owner
        };
        // "Công ty A thông báo sẽ họp …": who tells of a meeting to come, not its name.
        if words.iter().enumerate().skip(1).any(clause_word) || tells(&clause.to_lowercase()) {
            continue;
        }
        out.push((start..start + clause.len(), m.end()));
    }
    out
}

/// A subject before its verb without what stands between them and is no part of the body's
/// name: a day written or told from the report ("UBND tỉnh ngày 5/3 đã họp", "UBND tỉnh hôm
/// nay đã họp", [`without_time_at_end`]), or the others who met with it ("UBND tỉnh và các
/// ngành chức năng đã họp": the body is the one named first).
fn subject_proper(clause: &str) -> &str {
    let mut subject = without_time_at_end(clause.trim_end());
    let lower = subject.to_lowercase();
    // (Lowering keeps the lengths of Vietnamese letters; where it does not, nothing is cut.)
    let day = super::lexicon::RELATIVE_DAY_ADVERBS
        .iter()
        .find(|a| crate::text::ends_with_word(&lower, a));
    if let Some(day) = day.filter(|_| lower.len() == subject.len()) {
        subject = subject[..subject.len() - day.len()].trim_end();
    }
    subject
        .find(" và các ")
        .map_or(subject, |i| subject[..i].trim_end())
}

/// `subject` without the time told between it and its verb, which is no part of its name:
/// a day with its word of time or its year ("Bộ Y tế ngày 5/3 đã có cuộc họp …", "UBND tỉnh A
/// chiều nay 5-3 đã họp …", "… 5/3/2019 đã họp") or a month of a year ("Ủy ban … tháng 7-2017
/// đã tổ chức …"); not a number that names a body ("Bệnh viện 30-4", "Trường THCS 19/5").
fn without_time_at_end(subject: &str) -> &str {
    static TIME_AT_END: LazyLock<Regex> = LazyLock::new(|| {
        let day = r"\d{1,2}\s*[/.\-]\s*\d{1,2}";
        Regex::new(&format!(
            r"(?i)\s+(?:(?:vào|hồi|trong)\s+)?(?:(?:(?:sáng|chiều|tối|trưa|đêm)(?:\s+(?:nay|qua))?\s+(?:ngày\s+|hôm\s+)?|ngày\s+|hôm\s+){day}(?:\s*[/.\-]\s*\d{{2,4}})?|{day}\s*[/.\-]\s*(?:19|20)\d{{2}}|tháng\s+\d{{1,2}}\s*[/.\-–]\s*\d{{4}})$"
        ))
        .unwrap()
    });
    TIME_AT_END
        .find(subject)
        .map_or(subject, |time| &subject[..time.start()])
}

/// Where the clause that ends `before` begins: after its last comma, semicolon or colon, but
/// not the comma of the fixed pair "phòng, chống" inside a body's name ("Ban Chỉ đạo phòng,
/// chống dịch tỉnh A", [`super::lexicon::prevent_and_combat`]).
fn clause_start(before: &str) -> usize {
    let mut end = before.len();
    while let Some(i) = before[..end].rfind([',', ';', ':']) {
        if !super::lexicon::prevent_and_combat(&before[..i], &before[i + 1..]) {
            return i + 1;
        }
        end = i;
    }
    0
}

/// The meeting a body (at `body` in `text`) holds by the verb that ends at `verb_end`: named
/// from the body through the verb and what the name parser takes after it.
fn verb_meeting(text: &str, body: Range<usize>, verb_end: usize) -> (Hit<'_>, Name) {
    let mut name = parse_name(text, verb_end);
    // "họp kỳ thứ 39", "họp phiên thứ 12": the number is the session's name.
    static NUMBERED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)^\s*(?:kỳ|kì|phiên)\s+thứ\s+\d{1,3}\b").unwrap());
    if let Some(n) = NUMBERED.find(&text[verb_end..]) {
        name.end = name.end.max(verb_end + n.end());
        name.title_end = name.title_end.max(name.end);
        let digits = n.as_str().trim_start_matches(|c: char| !c.is_ascii_digit());
        if name.ordinal.is_none() {
            name.ordinal = digits.parse().ok();
            // The series is the body's sessions, the word before "thứ".
            let thu = n.as_str().to_lowercase().find("thứ").unwrap_or(0);
            name.series_end = Some(verb_end + thu);
        }
    }
    let end = name.end.max(verb_end);
    name.start = body.end;
    name.end = end;
    name.title_end = name.title_end.max(end);
    name.words += text[body.clone()].split_whitespace().count() + 1;
    name.proper_name = true;
    let hit = Hit {
        start: body.start,
        end: body.end,
        keyword: "họp",
        kind: verb_kind(&text[verb_end..]),
        verb_end: Some(verb_end),
    };
    (hit, name)
}

/// Meetings named by the verbs of organising one ("Sở GD&ĐT đã tổ chức họp thống nhất điểm
/// chuẩn", "UBND tỉnh triệu tập họp khẩn"), whatever body holds them, where no meeting of the
/// sentence is named there already: the organiser ([`organizer_before_cue`]) stands for the
/// body, and a sentence that names none gives no meeting (`tổ chức họp` alone says not whose).
fn organised_meetings<'a>(
    text: &'a str,
    named: &[(Hit<'a>, Name)],
    by_verb: &[(Hit<'a>, Name)],
) -> Vec<(Hit<'a>, Name)> {
    static ORGANISED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(tổ chức|triệu tập)\s+họp\b").unwrap());
    let mut out = Vec::new();
    for c in ORGANISED.captures_iter(text) {
        let (m, cue) = (c.get(0).unwrap(), c.get(1).unwrap());
        if no_meeting_after_verb(&text[m.end()..]) {
            continue;
        }
        let named_here = named
            .iter()
            .any(|(h, n)| h.start < m.end() && m.start() < n.end.max(h.end));
        if named_here {
            continue;
        }
        // "X vừa có Nghị quyết về việc tổ chức họp …": a document convenes the meeting; the
        // words from X to the verb are the document's, not the meeting's (its own reading
        // after the verb dates it).
        if issuer_of_document(text[..cue.start()].trim_end()).is_some() {
            continue;
        }
        let Some(body) = organiser_span(text, cue) else {
            continue;
        };
        // The verb's own reading names this meeting already, with as long a body.
        let read = by_verb
            .iter()
            .any(|(h, _)| h.verb_end == Some(m.end()) && h.start <= body.start);
        if read {
            continue;
        }
        out.push(verb_meeting(text, body, m.end()));
    }
    out
}

/// Where the organiser named before a verb of organising (`cue`, "tổ chức") stands in `text`
/// ([`organizer_before_cue`]).
fn organiser_span(text: &str, cue: regex::Match) -> Option<Range<usize>> {
    let body = organizer_before_cue(&text[..cue.end()], ORGANISE_CUES)?;
    let start = text[..cue.start()].rfind(&body)?;
    Some(start..start + body.len())
}

/// Reviews a body holds by the verb of organising them, no meeting word naming them ("Ban Dân
/// vận Thành ủy A tổ chức sơ kết công tác dân vận 6 tháng đầu năm", "Sở Tư pháp đã tổ chức
/// tổng kết công tác năm 2018"): review conferences, named from the review's verb on and
/// titled as one ("Hội nghị sơ kết công tác dân vận … của Ban Dân vận Thành ủy A"). The
/// organiser ([`organizer_before_cue`]) must be named: "tổ chức tổng kết" alone says not whose.
fn organised_reviews<'a>(text: &'a str, named: &[(Hit<'a>, Name)]) -> Vec<(Hit<'a>, Name)> {
    // (Not "tổ chức đánh giá": to organise an assessment is no meeting.)
    static REVIEW: LazyLock<Regex> = LazyLock::new(|| {
        let held: Vec<&str> = REVIEW_VERBS
            .iter()
            .filter(|v| **v != "đánh giá")
            .copied()
            .collect();
        Regex::new(&format!(r"\b(tổ chức)\s+(?:{})\b", held.join("|"))).unwrap()
    });
    if !text.contains("kết") {
        return Vec::new();
    }
    let mut out = Vec::new();
    for c in REVIEW.captures_iter(text) {
        let (m, cue) = (c.get(0).unwrap(), c.get(1).unwrap());
        if overlaps_named(named, m.start(), m.end()) {
            continue;
        }
        // "Sở tổ chức sơ kết, đánh giá để …": a review of nothing named is what a body does,
        // as is one it holds every quarter ("định kỳ hằng quý, Sở … tổ chức sơ kết").
        let object = text[m.end()..].trim_start();
        if !object.starts_with(char::is_alphanumeric)
            || HABITUAL_BEFORE.is_match(&text[..m.start()])
        {
            continue;
        }
        let Some(body) = organiser_span(text, cue).filter(|b| {
            let body = &text[b.clone()];
            super::lexicon::starts_with_organiser(body) || is_acronym(body)
        }) else {
            continue;
        };
        let (mut hit, name) = verb_meeting(text, body, cue.end());
        hit.keyword = REVIEW_KEYWORD;
        hit.kind = MeetingKind::Conference;
        out.push((hit, name));
    }
    out
}

/// Words before a review held by a verb that make it a habit ("định kỳ hằng quý, Sở … tổ chức
/// sơ kết"): how often, not one review.
static HABITUAL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(?:định kỳ|thường kỳ|{EVERY_PERIOD})\b")).unwrap()
});

/// "Every year, quarter, month, week", as a pattern ("mỗi năm", "hằng quý", "hàng tháng").
const EVERY_PERIOD: &str = r"(?:mỗi|h[ằà]ng) (?:năm|quý|tháng|tuần)";

/// The keyword of a review held by the verb of organising it ([`organised_reviews`]).
const REVIEW_KEYWORD: &str = "tổ chức";

/// Whether the words after a meeting verb say how often the body meets ("Quốc hội họp mỗi năm
/// hai kỳ", "HĐND họp hằng quý", "họp thường xuyên"): a habit, not a meeting. A regular
/// meeting named by its period ("họp định kỳ tháng 3") is one meeting.
fn habitual(after: &str) -> bool {
    let after = after.trim_start().to_lowercase();
    let every = ["mỗi", "hằng", "thường xuyên"]
        .iter()
        .any(|w| crate::text::starts_with_word(&after, w));
    let every_period = ["năm", "tháng", "quý", "tuần", "ngày"]
        .iter()
        .any(|p| crate::text::starts_with_word(&after, &format!("hàng {p}")));
    every || every_period
}

/// Whether `text` opens with a meeting's classifier ("buổi", "cuộc"): a meeting named as a
/// noun, not a body that works with another by the verb.
fn starts_with_classifier(text: &str) -> bool {
    let lower = crate::text::lower_opening(text, 6);
    ["buổi", "cuộc"]
        .iter()
        .any(|w| crate::text::starts_with_word(&lower, w))
}

/// The title of a working session told by the verb, as a noun: "Bộ Chính trị đã làm
/// việc theo nhóm với 9 đảng bộ" → "Buổi làm việc theo nhóm của Bộ Chính trị với 9 đảng
/// bộ". `subject` is who works, `rest` the words from its end through the partner.
fn working_title(subject: &str, rest: &str) -> String {
    let mut subject = without_adverbs(subject.trim(), &["tổ chức"]);
    // "Đoàn công tác gặp và làm việc với …": the verbs joined to it are no part of who works.
    while let Some((head, _)) = subject
        .strip_suffix(" và")
        .and_then(|s| s.rsplit_once(' '))
        .filter(|(_, verb)| verb.starts_with(char::is_lowercase))
    {
        subject = head.trim_end();
    }
    let lower = rest.to_lowercase();
    // The partner after the verb's own "với" (a lower-case copy keeps the offsets of
    // Vietnamese text).
    let verb_and_partner = crate::text::find_word(&lower, "làm việc").and_then(|verb| {
        let after = verb + "làm việc".len();
        crate::text::find_word(&lower[after..], "với").map(|w| (after, after + w))
    });
    let Some((verb_end, with)) = verb_and_partner.filter(|_| lower.len() == rest.len()) else {
        return capitalise(trim_title(&format!("{subject}{rest}")));
    };
    let manner = rest[verb_end..with].trim();
    let partner = trim_title(rest[with + "với".len()..].trim());
    let head = match manner {
        "" => "Buổi làm việc".to_string(),
        m => format!("Buổi làm việc {m}"),
    };
    format!("{head} của {subject} với {partner}")
}

/// The title of a meeting a body holds by the verb, as a noun: "Chính phủ họp phiên thường kỳ
/// tháng 3" → "Phiên họp thường kỳ tháng 3 của Chính phủ", "Ban Thường vụ Tỉnh ủy đã họp" →
/// "Cuộc họp của Ban Thường vụ Tỉnh ủy". `rest` is what the name parser took after the verb.
fn verb_title(body: &str, rest: &str, kind: MeetingKind) -> String {
    // "Các bộ trưởng … họp" opening the sentence: a common noun inside the title.
    let lowered;
    let body = match body.strip_prefix("Các ") {
        Some(r) => {
            lowered = format!("các {r}");
            lowered.as_str()
        }
        None => body,
    };
    let rest = trim_title(rest.trim());
    let first = rest.split_whitespace().next().unwrap_or("");
    let (mut noun, rest) = match first.to_lowercase().as_str() {
        "phiên" if kind == MeetingKind::Session => ("Phiên họp".to_string(), &rest[first.len()..]),
        "kỳ" if kind == MeetingKind::Session => ("Kỳ họp".to_string(), &rest[first.len()..]),
        _ => ("Cuộc họp".to_string(), rest),
    };
    // "họp kỳ 30": the session's number, written as the noun writes it ("Kỳ họp thứ 30").
    let numbered;
    // Not a year ("họp kỳ 2019").
    let rest = match rest.trim().parse::<u32>().ok().filter(|n| *n < 1000) {
        Some(n) => {
            numbered = format!("thứ {n}");
            numbered.as_str()
        }
        None => rest,
    };
    // A preposition left dangling ("họp về", "họp với", "họp bàn chuẩn bị cho") says nothing
    // of the meeting.
    let rest = rest.trim();
    let rest = ["về", "với", "cho"]
        .iter()
        .find_map(|p| {
            rest.strip_suffix(p)
                .filter(|r| r.is_empty() || r.ends_with(' '))
        })
        .unwrap_or(rest)
        .trim();
    // The words the body pattern takes before the verb that are not the body's: aspect words
    // ("đã họp", "sẽ nhóm họp"), and a meeting noun with its preposition ("HĐND TP tại kỳ
    // họp", which names the session: "Kỳ họp của HĐND TP").
    let (words, session) = body_and_session(body);
    if let Some(head) = session {
        noun = format!("{} họp", crate::text::capitalised(head));
    }
    let body = trim_title(&words.join(" ")).to_string();
    // "họp (khẩn) với các sở, ngành": whose meeting it is stands before whom it is held with
    // ("Cuộc họp khẩn của UBND tỉnh A với các sở, ngành").
    let with = crate::text::word_positions(rest, "với")
        .next()
        .filter(|&at| {
            let manner = &rest[..at];
            manner.split_whitespace().count() <= MAX_MANNER_WORDS && !has_capital_or_digit(manner)
        });
    match with {
        _ if rest.is_empty() => format!("{noun} của {body}"),
        Some(at) => {
            let manner = rest[..at].trim_end();
            let noun = [noun.as_str(), manner].join(" ");
            format!("{} của {body} {}", noun.trim_end(), &rest[at..])
        }
        None => format!("{noun} {rest} của {body}"),
    }
}

/// The most words that may tell how a meeting is held between the verb and whom it is held
/// with ("họp khẩn với", "họp trực tuyến với").
const MAX_MANNER_WORDS: usize = 2;

/// The words of the body before a meeting verb, without the aspect words the body pattern
/// takes with it ("Sở Y tế đã" is "Sở Y tế").
fn without_asides(body: &str) -> Vec<&str> {
    let mut words: Vec<&str> = body.split_whitespace().collect();
    while words.len() > 1 && VERB_ASIDES.contains(&words[words.len() - 1]) {
        words.pop();
    }
    words
}

/// The words of the body before a meeting verb ([`without_asides`]) and, when they end with a
/// meeting noun and its preposition ("HĐND TP tại kỳ họp"), that noun, without them.
fn body_and_session(body: &str) -> (Vec<&str>, Option<&str>) {
    let mut words = without_asides(body);
    if let [.., prep, head] = words.as_slice() {
        if ["tại", "trong", "ở"].contains(prep) && ["kỳ", "buổi", "cuộc", "phiên"].contains(head)
        {
            let head = *head;
            words.truncate(words.len() - 2);
            return (words, Some(head));
        }
    }
    (words, None)
}

/// The body that meets by the verb, as its organiser ([`body_and_session`]).
fn verb_body(body: &str) -> String {
    trim_title(&body_and_session(body).0.join(" ")).to_string()
}

/// Words between a body and the verb `họp` that are not the body's name: aspects and the
/// first syllable of `nhóm họp`, `mời họp`.
const VERB_ASIDES: &[&str] = &[
    "đã", "vừa", "sẽ", "sắp", "mới", "để", "nhóm", "mời", "cũng", "lại", "tiếp", "tục",
];

/// The kind of meeting the verb `họp` names, from what follows it: a session for "họp phiên
/// …", "họp kỳ …", a meeting otherwise.
fn verb_kind(after: &str) -> MeetingKind {
    let next = after.split_whitespace().next().unwrap_or("").to_lowercase();
    if next == "phiên" || next == "kỳ" {
        MeetingKind::Session
    } else {
        MeetingKind::Meeting
    }
}

/// The meeting words of a sentence (folded text) that name no meeting it reports, each with
/// where it stands (bytes), the word and why not: what `chronobrief explain` shows.
pub fn rejected_meeting_words(text: &str, k: &Knowledge) -> Vec<(usize, String, NotAMeeting)> {
    let mut out = Vec::new();
    keyword_names(text, k, &mut |hit, why| {
        // A bare "kỳ" ("thường kỳ", "nhiệm kỳ") is a meeting word only before a number:
        // listing every other one would bury the reasons that matter.
        if !hit.keyword.eq_ignore_ascii_case("kỳ") {
            out.push((hit.start, hit.keyword.to_string(), why))
        }
    });
    out
}

/// Whether `start..end` falls within a meeting a keyword already names.
fn overlaps_named(named: &[(Hit, Name)], start: usize, end: usize) -> bool {
    named.iter().any(|(h, n)| h.start <= end && start <= n.end)
}

/// A chair convening a meeting named by the bare noun `họp` ("Thủ tướng chủ trì họp trực tuyến
/// với các địa phương", "Bộ trưởng triệu tập họp khẩn Ban Chỉ đạo").
static CHAIRED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:\b(\p{L}+\s+)?(?:chủ trì|triệu tập|tổ chức))\s+(họp)\s+(\p{L}+)").unwrap()
});

/// What a meeting named by the bare noun `họp` starts with, besides the body that meets
/// ("họp Ban Chỉ đạo …"): its form or its subject ("họp trực tuyến với …", "họp khẩn về …").
const CHAIRED_QUALIFIERS: &[&str] = &[
    "trực tuyến",
    "khẩn",
    "bất thường",
    "thường kỳ",
    "định kỳ",
    "kín",
    "với",
    "về",
    "giao ban",
];

/// Meetings named by a chairing verb and the bare noun `họp`, then a body, a form or a subject
/// of at least two words; never `họp báo` or `họp mặt`, nor `họp` and a verb ("họp và rút
/// kinh nghiệm", "họp bàn").
fn chaired_meetings<'a>(text: &'a str, named: &[(Hit<'a>, Name)]) -> Vec<(Hit<'a>, Name)> {
    let mut out = Vec::new();
    // As in [`meeting_verbs`], "họp" is literal.
    if !text.contains("họp") {
        return out;
    }
    for c in CHAIRED.captures_iter(text) {
        let (noun, next) = (c.get(2).unwrap(), c.get(3).unwrap());
        // "các tổ chức họp …": the noun "organisations", not the verb.
        let plural = c.get(1).is_some_and(|w| {
            matches!(
                w.as_str().trim().to_lowercase().as_str(),
                "các" | "những" | "nhiều" | "một"
            )
        });
        let briefing = briefing_named_after(&text[noun.end()..]);
        if plural || briefing || matches!(next.as_str(), "báo" | "mặt") {
            continue;
        }
        if overlaps_named(named, noun.start(), noun.end()) {
            continue;
        }
        let name = parse_name(text, noun.end());
        let after = text[noun.end()..name.end.max(noun.end())].trim();
        let qualified = after.starts_with(char::is_uppercase)
            || CHAIRED_QUALIFIERS
                .iter()
                .any(|q| after.starts_with(q) && after[q.len()..].starts_with(' '));
        if name.words < 2 || !qualified {
            continue;
        }
        let hit = Hit {
            start: noun.start(),
            end: noun.end(),
            keyword: "họp",
            kind: verb_kind(&text[noun.end()..]),
            verb_end: None,
        };
        out.push((hit, name));
    }
    out
}

/// The predicate of a sentence whose subject is a meeting ("… đã được tổ chức", "… theo kế
/// hoạch được tổ chức": the plan is no part of the name).
static SUBJECT_PREDICATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\s+theo kế hoạch)?\s+(?:đã\s+|sẽ\s+|vừa\s+|dự kiến\s+)?(?:được\s+tổ chức|(?:được\s+)?(?:diễn ra|khai mạc|bế mạc|kết thúc))\b",
    )
    .unwrap()
});
/// Most words a subject taken whole may have.
const SUBJECT_MAX_WORDS: usize = 30;

/// A descriptive meeting that is the subject of its sentence ("Sáng 14/11, hội nghị liên tịch
/// bàn chương trình, thời gian kỳ họp thứ 6 … đã được tổ chức.") is named by the
/// whole subject, up to its predicate.
fn whole_subject(text: &str, m: &Hit, name: &mut Name) {
    if name.proper_name || name.quoted || name.ordinal.is_some() {
        return;
    }
    // The subject opens the sentence, after at most two adverbials ("Sáng 2/10, tại Hà Nội,").
    let before = text[..m.start].trim_end();
    let subject_position =
        before.is_empty() || (before.ends_with(',') && before.matches(',').count() <= 2);
    if !subject_position {
        return;
    }
    let Some(p) = SUBJECT_PREDICATE.find(&text[name.end..]) else {
        return;
    };
    // An apposition after a comma ("…, một trong hai sự kiện được tổ chức …", "…, sự kiện
    // lớn nhất năm …") describes the meeting: the name ends before it. A list goes on ("sơ
    // kết công tác phòng cháy, chữa cháy …", "biểu dương người tốt, việc tốt, những
    // tấm gương …", "tuyên truyền, hoạt động đối ngoại …").
    const APPOSITION: &[&str] = &["một", "là", "sự kiện", "nơi", "dịp"];
    let end = name.end + p.start();
    let apposition = text[name.end..end].match_indices(',').find(|(c, _)| {
        let after = text[name.end + c + 1..].trim_start().to_lowercase();
        APPOSITION
            .iter()
            .any(|w| crate::text::starts_with_word(&after, w))
    });
    let end = apposition.map_or(end, |(c, _)| name.end + c);
    let span = &text[name.end..end];
    if span.contains(['.', ';', ':'])
        || text[m.end..end].split_whitespace().count() > SUBJECT_MAX_WORDS
    {
        return;
    }
    // "… do Thủ tướng chủ trì", "… dưới sự chủ trì của …": who held it, not its name; nor is
    // how long it lasted, nor when ("… giữa năm 2018 diễn ra …", "… vào cuối tháng 5 đã …"),
    // nor another event held with it ("… và “Ngày hội Bưởi 2017” đã khai mạc").
    let joined = span
        .match_indices(" và ")
        .find(|(at, and)| {
            name::other_event_joined(&text[m.end..name.end + at], &span[at + and.len()..])
        })
        .map(|(at, _)| at);
    let end = SUBJECT_AGENT_CUES
        .iter()
        .filter_map(|cue| span.find(cue))
        .chain(time_adverbial(span))
        .chain(joined)
        .min()
        .map_or(end, |at| name.end + at);
    name.end = end;
    name.title_end = end;
}

/// Where a time adverbial opens in `span`, a subject's words after its meeting's name: "vào"
/// before a time word ("vào cuối năm 2018", "vào ngày 5/3"), or a part of a year or month with
/// its number ("giữa năm 2018", "cuối tháng 5"), not the months a review covers ("6 tháng đầu
/// năm 2019"). At a space, or at 0.
fn time_adverbial(span: &str) -> Option<usize> {
    static ADVERBIAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|\s)(?:vào\s+(?:(?:đầu|giữa|cuối)\s+)?(?:năm|tháng|ngày|sáng|chiều|tối|trưa|hôm|dịp)\s|(?:đầu|giữa|cuối)\s+(?:năm|tháng)\s+\d)")
            .unwrap()
    });
    ADVERBIAL
        .find_iter(span)
        .find(|m| !crate::text::ends_with_word(span[..m.start()].trim_end(), "tháng"))
        .map(|m| m.start())
}

/// A year after a dash or a dot right after a name that ends with a month ("tháng 11-2016").
static DASHED_YEAR_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[-.–]\s*(?:19|20)\d{2}(?-u:\b)").unwrap());

/// Words in a subject taken whole that start its agent (chair, organiser, guests) or how long
/// it lasts ("Cuộc họp kín kéo dài ba ngày đã khai mạc …").
const SUBJECT_AGENT_CUES: &[&str] = &[" do ", " dưới sự ", " với sự ", " có sự ", " kéo dài "];

/// The series (without ordinal and term) and the ordinal of a numbered name.
fn series_of(
    name: &Name,
    kw_start: usize,
    kw_end: usize,
    original: &dyn Fn(Range<usize>) -> String,
) -> (Option<String>, Option<u32>) {
    let (Some(n), Some(se)) = (name.ordinal, name.series_end) else {
        return (None, None);
    };
    let head = capitalise(trim_title(&original(kw_start..se)));
    let suffix = name.suffix.as_ref().map(|r| {
        let text = match &name.term {
            Some((_, t)) if t.start >= r.start && t.end <= r.end => {
                format!("{} {}", original(r.start..t.start), original(t.end..r.end))
            }
            _ => original(r.clone()),
        };
        trim_title(&text).trim_start_matches([',', ' ']).to_string()
    });
    let series = match suffix.filter(|s| !s.is_empty()) {
        Some(sfx) => Some(format!("{head} {sfx}")),
        None if se > kw_end || name.term.is_some() => Some(head),
        None => None,
    };
    (series, Some(n))
}

/// Lines after a named meeting within which a sentence opening with its bare noun is about it.
const ANAPHOR_LINES: usize = 4;

/// What follows a bare meeting noun that opens a sentence about the meeting just named: its
/// organiser, its happening, "this" ("Hội nghị do Bộ … tổ chức tại Huế sáng 8-3", "Hội thảo
/// diễn ra ngày 5/3", "Hội nghị lần này được tổ chức …", "Chương trình này, sẽ được diễn ra …"),
/// after adverbs of plan, manner or continuance ("Hội thảo dự kiến vẫn khai mạc …", "Hội thảo
/// cũng sẽ …", "Cuộc họp chính thức khai mạc …").
static ANAPHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:Theo đó|Được biết|Dự kiến),\s+)?(\p{L}+(?:\s\p{L}+){1,3}?)\s+(lần này\s*,?\s+|này\s*,?\s+)?(?:(?:dự kiến|vẫn|cũng|chính thức|tiếp tục)\s+)*(?:do\s|đã\s+|sẽ\s+|vừa\s+|được tổ chức|diễn ra|khai mạc|bế mạc|kéo dài|tổ chức)").unwrap()
});

/// Nouns of any event that, with "this", point back to the meeting just named, whatever its
/// kind ("Chương trình này sẽ diễn ra ngày 8/3", "Sự kiện này được tổ chức …"), lower case.
const EVENT_NOUNS: &[&str] = &["chương trình", "sự kiện", "hoạt động"];

/// A sentence that opens with the bare noun of the meeting named just before ("Hội nghị do Bộ
/// Văn hóa tổ chức tại Huế sáng 8-3.") gives that meeting its day, when the meeting has
/// none of its own and the sentence names one day. A year (or month) the meeting's own sentence
/// read ("… năm 2018") stays, and completes the day.
fn anaphor_day(s: &Sentence, ctx: &ArticleContext, c: &mut ConferenceMention) {
    if c.date.as_ref().is_some_and(|d| d.date.day.is_some()) {
        return;
    }
    let text = s.folded().trim_start();
    let Some(found) = ANAPHOR.captures(text) else {
        return;
    };
    let noun = found.get(1).map_or("", |m| m.as_str());
    // The sentence's noun is the meeting's own ("Hội thảo …" is no "Hội nghị"), or any event's
    // pointed at with "this".
    // Or its head: "Hội nghị" takes up a "Hội nghị thượng đỉnh …" (a kind of "hội nghị").
    let own = crate::extract::lexicon::meeting_noun(&c.title);
    let same_noun = own.is_some_and(|n| takes_up(n, noun));
    let this_event = found.get(2).is_some() && EVENT_NOUNS.contains(&noun.to_lowercase().as_str());
    if !same_noun && !this_event && !one_sitting(own, &c.title, noun) {
        return;
    }
    let Some(day) = anaphor_own_day(s, ctx, found.get(0).map_or(0, |m| m.end())) else {
        return;
    };
    if take_day(c, day, s) {
        // "… kết quả Hội nghị lần thứ 9. Theo đó, hội nghị diễn ra từ ngày 3 đến 8-5.": named
        // as a point of reference, then reported as held on its own days.
        c.reference = false;
    }
}

/// Whether a bare `noun` takes up a meeting whose own noun is `own`: the same noun, or its head
/// ("Hội nghị" takes up a "Hội nghị thượng đỉnh …", a kind of "hội nghị").
fn takes_up(own: &str, noun: &str) -> bool {
    let (own, noun) = (crate::text::plain(own), crate::text::plain(noun));
    own == noun || own.starts_with(&format!("{noun} "))
}

/// Gives meeting `c`, which has no day of its own, the `day` a later sentence `s` tells of it,
/// with that sentence as the evidence of its day; a year (or month) its own sentence read stays
/// and completes the day. A day of another month or year than the one it has is another
/// meeting's: false, and nothing taken.
fn take_day(c: &mut ConferenceMention, mut day: TextDate, s: &Sentence) -> bool {
    if let Some(own) = &c.date {
        fn differ<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
            matches!((a, b), (Some(x), Some(y)) if x != y)
        }
        if differ(own.date.month, day.date.month) || differ(own.date.year, day.date.year) {
            return false;
        }
        if let (None, Some(y)) = (day.date.year, own.date.year) {
            day.sentence_year.get_or_insert((y, own.read.clone()));
        }
    }
    c.date = Some(day);
    if s.line.number != c.evidence.line {
        c.date_evidence = Some(Evidence {
            file: c.evidence.file.clone(),
            line: s.line.number,
            quote: s.quote(),
        });
    }
    true
}

/// Whether a meeting named by nothing but its noun after "một" (`prefix` the words before the
/// noun, `name_words` the words of its name) is introduced as another one ("tại một cuộc họp
/// ngày 5/3", [`ConferenceMention::indefinite`]); not one a body holds ("UBND tỉnh A tổ chức
/// một cuộc họp"), which may be its article's meeting.
fn introduced(prefix: &str, name_words: usize) -> bool {
    let had = without_article(prefix).to_lowercase();
    name_words == 0
        && ends_with_any(prefix, &["một"])
        && !HOLDING_VERBS
            .iter()
            .any(|v| crate::text::ends_with_word(&had, v))
}

/// A sentence that names one meeting, by its noun and its own day alone ("Phát biểu tại hội
/// nghị sáng 5/1, …", "Chiều 5-3, tại cuộc họp, ông A giao …"), speaks of the meeting of that
/// noun its article named just before ([`antecedent`]), as a reader takes it: when that one
/// has no day, it takes this one, with this sentence as the evidence of its day (and the years
/// its own name gives settle the day's). A meeting introduced ("một cuộc họp"), recalled or
/// announced is not the one named before.
fn day_to_antecedent(s: &Sentence, out: &mut [ConferenceMention], first: usize) {
    // (Besides a meeting only referred to: "… quán triệt Nghị quyết Hội nghị Trung ương 4".)
    let reported: Vec<&ConferenceMention> = out[first..].iter().filter(|c| !c.reference).collect();
    let [bare] = reported[..] else {
        return;
    };
    if !bare.held() || bare.indefinite || !crate::extract::lexicon::noun_alone(&bare.title) {
        return;
    }
    let Some(day) = bare.date.clone().filter(|d| d.date.day.is_some()) else {
        return;
    };
    let Some(at) = antecedent(&out[..first], &bare.title, s.line.number) else {
        return;
    };
    let earlier = &mut out[at];
    // "Hội nghị A năm 2017" … "Sáng 5/1/2019, tại hội nghị, …": a day of another year than
    // the one its name gives (or, for a review, the one after it) is another meeting's.
    let t = &earlier.title_years;
    if let (Some((named, _)), Some(year)) = (&t.first, day.date.year) {
        if year != *named && !(t.reviews && year == named + 1) {
            return;
        }
    }
    if earlier.date.as_ref().is_none_or(|d| d.date.day.is_none()) {
        take_day(earlier, day, s);
    }
}

/// The meeting a noun alone (`noun`, a title such as "Hội nghị") in a sentence of line `line`
/// takes up: the last held one of that noun (or another sitting's) among `earlier`, when it
/// was named within [`ANAPHOR_LINES`] before it, not by a photo's caption (a file photo's
/// meeting is no antecedent).
fn antecedent(earlier: &[ConferenceMention], noun: &str, line: usize) -> Option<usize> {
    let of_noun = |c: &ConferenceMention| {
        let own = crate::extract::lexicon::meeting_noun(&c.title);
        let same = own.is_some_and(|n| takes_up(n, noun));
        c.held()
            && !crate::extract::lexicon::noun_alone(&c.title)
            && (same || one_sitting(own, &c.title, noun))
    };
    let last = earlier.iter().rposition(|c| of_noun(c) && !c.caption)?;
    (earlier[last].evidence.line + ANAPHOR_LINES >= line).then_some(last)
}

/// Nouns of one sitting ("cuộc họp", "phiên họp", "buổi họp"), which name the same meeting
/// whichever of them a writer takes up again.
const SITTING_NOUNS: &[&str] = &["cuộc họp", "phiên họp", "buổi họp"];

/// Whether `noun`, opening a sentence about the meeting just named, names its sitting: both
/// are nouns of one sitting ([`SITTING_NOUNS`]), or the meeting was named by the verb ("Công ty
/// A triệu tập họp cổ đông. Phiên họp diễn ra sáng 9/5").
fn one_sitting(own: Option<&str>, title: &str, noun: &str) -> bool {
    let sitting = |n: &str| SITTING_NOUNS.contains(&n.to_lowercase().as_str());
    let by_verb = own.is_none() && crate::text::starts_with_word(&title.to_lowercase(), "họp");
    sitting(noun) && (own.is_some_and(sitting) || by_verb)
}

/// The day of a sentence about the meeting just named ([`ANAPHOR`] ends at `verb_end` in the
/// sentence's trimmed text): its one day, or of several the one in the verb's own clause
/// ("Diễn đàn này được tổ chức từ ngày 4 đến 6/3, trước khi ông A nhậm chức hôm 10/3").
fn anaphor_own_day(s: &Sentence, ctx: &ArticleContext, verb_end: usize) -> Option<TextDate> {
    let folded = s.folded();
    let lead = folded.len() - folded.trim_start().len();
    let days: Vec<(usize, TextDate)> = s
        .dates
        .iter()
        .filter_map(|d| Some((d.span.start - s.range.start, ctx.read(s, d)?)))
        .filter(|(_, d)| d.date.day.is_some())
        .collect();
    if let [(_, day)] = &days[..] {
        return Some(day.clone());
    }
    let verb_end = lead + verb_end;
    let first = days.first().filter(|(start, _)| {
        *start >= verb_end && !folded[verb_end..*start].contains([',', ';', ':'])
    })?;
    Some(first.1.clone())
}

/// Whether the clause before a verb of closing (`before`, the sentence up to it) has a meeting
/// for its subject ("Hội nghị dự kiến bế mạc …", "Kỳ họp thứ 7 sẽ kết thúc …", "Chương trình
/// này kéo dài đến …"), not something else that lasts ("thời hạn gia hạn … còn kéo dài đến hết
/// ngày 30-9-2017", a deadline). A sentence that opens with the verb speaks of the meeting.
fn closes_a_meeting(before: &str) -> bool {
    let clause = crate::text::clauses_back(before)
        .next()
        .unwrap_or(before)
        .to_lowercase();
    let (rest, _) = super::without_time_words(&clause);
    let this_event = EVENT_NOUNS
        .iter()
        .any(|w| clause.contains(&format!("{w} này")));
    rest.trim().is_empty()
        || this_event
        || super::lexicon::MEETING_WORDS
            .iter()
            .map(|(w, _)| *w)
            .chain(["đại hội"])
            .any(|w| clause.contains(w))
}

/// A sentence that reports when the last conference closed ("Hội nghị dự kiến bế mạc vào ngày
/// 12-5", "hội nghị làm việc đến ngày 16/10/2019") gives its last day.
fn closing_day(s: &Sentence, ctx: &ArticleContext, c: &mut ConferenceMention) {
    let text = s.folded();
    let Some(m) = CLOSING.find(text) else { return };
    if !closes_a_meeting(&text[..m.start()]) {
        return;
    }
    let Some(td) = c.date.as_mut() else { return };
    if td.end.is_some() || td.date.day.is_none() {
        return;
    }
    let after = s
        .dates
        .iter()
        .filter(|d| d.span.start - s.range.start >= m.start() && d.relative.is_none())
        .find_map(|d| ctx.read(s, d))
        .filter(|e| e.date.day.is_some());
    if let Some(e) = after {
        td.end = Some(e.date);
        // "… làm việc đến ngày 16/10/2019": the last day's year is the first day's too.
        if let (None, Some(y)) = (td.date.year, e.date.year) {
            if e.date.month >= td.date.month {
                td.sentence_year.get_or_insert((y, e.read.clone()));
            }
        }
    }
}

/// Words that make a meeting word part of a place's name: "Trung tâm Hội nghị Quốc gia", "Cung
/// hội nghị quốc tế", "phòng họp", "hội trường".
/// Bodies named after the meeting they prepare ("Ban Tổ chức Hội nghị", "Ban Thư ký Diễn
/// đàn").
const COMMITTEES: &[&str] = &[
    "ban tổ chức",
    "ban thư ký",
    "tiểu ban tổ chức",
    // "Chủ tịch Ủy ban Quốc gia Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương (APEC) 2017":
    // a national committee named for the meeting it prepares.
    "ủy ban quốc gia",
    "uỷ ban quốc gia",
];

/// Whether `prefix` ends with the word of a publication, whose name may open with a meeting
/// word ("báo Diễn đàn Doanh nghiệp", "tạp chí Diễn đàn Văn nghệ"). `báo` ends many verbs
/// (`thông báo`, `cảnh báo`, `họp báo`): it names a newspaper only at the clause's start or
/// after a preposition (`theo báo`, `trên báo`, `của báo`).
fn names_a_publication(prefix: &str) -> bool {
    let lower = prefix.trim_end().to_lowercase();
    if ["tờ", "tạp chí", "nhật báo", "tuần báo"]
        .iter()
        .any(|w| crate::text::ends_with_word(&lower, w))
    {
        return true;
    }
    let Some(before) = lower.strip_suffix("báo") else {
        return false;
    };
    let before = before.trim_end();
    before.is_empty()
        || before.ends_with([',', ';', ':', '(', '-', '"', '“'])
        || ["theo", "trên", "của", "với", "cho", "tại"]
            .iter()
            .any(|w| crate::text::ends_with_word(before, w))
}

/// Whether `prefix` cites what follows as the author of findings: "theo", or "của" after a
/// word of published findings ("chỉ số … của", "báo cáo mới nhất của"), within its clause.
fn publishes(prefix: &str) -> bool {
    const FINDINGS: &[&str] = &[
        "chỉ số",
        "báo cáo",
        "xếp hạng",
        "khảo sát",
        "nghiên cứu",
        "thống kê",
        "dự báo",
        "số liệu",
        "dữ liệu",
        "đánh giá",
    ];
    if ends_with_any(prefix, &["theo"]) {
        return true;
    }
    if !ends_with_any(prefix, &["của"]) {
        return false;
    }
    let clause = crate::text::clauses_back(prefix).next().unwrap_or(prefix);
    let clause = clause.to_lowercase();
    FINDINGS
        .iter()
        .any(|w| crate::text::contains_word(&clause, w))
}

const VENUES: &[&str] = &[
    "trung tâm",
    "nhà",
    "phòng",
    "hội trường",
    "khu",
    "cung",
    "tòa nhà",
    "toà nhà",
    "khách sạn",
];

/// Why a meeting word names no meeting the sentence reports (for `chronobrief explain`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NotAMeeting {
    /// "các cuộc họp", "ba hội nghị": a class or a count of meetings, not one.
    Class,
    /// "Quốc hội thảo luận": the `hội` belongs to the word before it.
    Compound,
    /// Part of the name of a meeting already read in the sentence.
    InsideName,
    /// A bare `kỳ` without the number that makes it a session.
    NoNumber,
    /// A newspaper's column ("diễn đàn … trên báo …") or a figure of speech.
    Column,
    /// "họp báo", "giao ban báo chí": a press briefing.
    PressBriefing,
    /// "họp mặt": a get-together (of veterans, of a class), not a working meeting.
    GetTogether,
    /// "… là hội nghị …": a description of a meeting already named.
    Description,
    /// "Trung tâm Hội nghị Quốc gia", "phòng họp": a place.
    Venue,
    /// The word alone ("Hội nghị", "hội nghị này"), or followed by a person's name: an
    /// anaphor of a meeting named elsewhere.
    NoName,
    /// A short lower-case name in a sentence that reports nothing happening.
    NotReported,
    /// "Ban Tổ chức Hội thảo": the committee that prepares a meeting, not the meeting.
    Committee,
    /// "Kỳ họp thứ 9 - Kỳ họp thường lệ cuối năm": another name of the meeting just named.
    Apposition,
    /// "tại hội nghị Hội nghị …": the meeting word written twice; the second opens the name.
    Repeated,
    /// "chưa triệu tập cuộc họp", "không tổ chức hội nghị": a meeting said not to be held.
    Denied,
    /// "báo cáo của Diễn đàn Kinh tế Thế giới": a standing body named a forum, cited for what
    /// it publishes.
    Organisation,
}

impl NotAMeeting {
    /// The reason in a sentence, for the terminal.
    pub fn describe(self) -> &'static str {
        match self {
            NotAMeeting::Class => "a class or a count of meetings, not one meeting",
            NotAMeeting::Compound => "its 'hội' belongs to the word before it (Quốc hội, Đại hội)",
            NotAMeeting::InsideName => "part of the name of a meeting already read",
            NotAMeeting::NoNumber => "a bare 'kỳ' without a session number",
            NotAMeeting::Column => "a newspaper's column or a figure of speech",
            NotAMeeting::PressBriefing => "a press briefing (họp báo, giao ban báo chí)",
            NotAMeeting::GetTogether => "a get-together (họp mặt)",
            NotAMeeting::Description => "describes a meeting already named (là …)",
            NotAMeeting::Venue => "part of a place's name (a centre, a hall, a room)",
            NotAMeeting::NoName => "no name follows: an anaphor of a meeting named elsewhere",
            NotAMeeting::NotReported => {
                "a short unnamed meeting in a sentence that reports nothing held"
            }
            NotAMeeting::Committee => "the committee that prepares a meeting, not the meeting",
            NotAMeeting::Apposition => "another name of the meeting just named",
            NotAMeeting::Repeated => "the meeting word written twice: the second opens the name",
            NotAMeeting::Denied => "said not to be held (không tổ chức, chưa triệu tập)",
            NotAMeeting::Organisation => "a body named a forum, cited for what it publishes",
        }
    }
}

/// Whether the words after "giao ban" say whom it briefs is the press: "báo chí", "với báo
/// chí", "với (các) cơ quan báo chí".
fn briefs_the_press(after: &str) -> bool {
    let lower = crate::text::lower_opening(after, 40);
    let lower = lower.strip_prefix("với ").unwrap_or(&lower);
    let lower = lower.strip_prefix("các ").unwrap_or(lower);
    let lower = lower.strip_prefix("cơ quan ").unwrap_or(lower);
    crate::text::starts_with_word(lower, "báo chí")
}

/// Whether the words after a meeting word or the verb "họp" name a press briefing: "(cuộc họp)
/// giao ban báo chí", "(tổ chức họp) giao ban với các cơ quan báo chí".
fn briefing_named_after(after: &str) -> bool {
    let after = after.trim_start();
    after
        .get(.."giao ban".len())
        .is_some_and(|w| w.eq_ignore_ascii_case("giao ban"))
        && briefs_the_press(&after["giao ban".len()..])
}

/// Whether the keyword at `m` with this name is a conference the sentence speaks of, rather
/// than an anaphor ("Hội nghị", "hội nghị lần này"), a class ("các cuộc họp"), a newspaper's
/// column ("diễn đàn") or a person's title: `None` when it is one, else why not.
fn not_a_meeting(text: &str, m: &Hit, name: &Name, k: &Knowledge) -> Option<NotAMeeting> {
    let prefix = &text[..m.start];
    let counted = prefix.trim_end().ends_with(|c: char| c.is_ascii_digit());
    // "không có cuộc họp nào", "bất kỳ hội nghị nào": any meeting, or which one, is none.
    let any = crate::text::starts_with_word(text[m.end..].trim_start(), "nào");
    if ends_with_any(prefix, GENERIC_CUES) || counted || any {
        return Some(NotAMeeting::Class);
    }
    if denied_holding(prefix) {
        return Some(NotAMeeting::Denied);
    }
    // "tổ chức kỳ thứ 2": a session named without "họp" is one only with its number.
    if m.keyword.to_lowercase() == "kỳ" {
        let numbered = name.ordinal.is_some()
            && name
                .series_end
                .is_some_and(|e| text[m.end..e.max(m.end)].trim().is_empty());
        return (!numbered).then_some(NotAMeeting::NoNumber);
    }
    // A column of a newspaper ("diễn đàn … trên nhật báo Tuổi Trẻ") is not a meeting; a
    // workshop's subject may be on one ("Hội thảo … ứng xử trên mạng xã hội").
    let forum_word = m.keyword.to_lowercase() == "diễn đàn";
    if forum_word && PUBLICATION.is_match(&text[name.end..]) {
        return Some(NotAMeeting::Column);
    }
    // "Chỉ số năng lực cạnh tranh của Diễn đàn Kinh tế Thế giới", "theo Diễn đàn …": a
    // forum that is a standing body publishing findings, not a meeting.
    let plain_name = name.words > 0 && name.ordinal.is_none() && !name.quoted;
    if forum_word && plain_name && publishes(prefix) {
        return Some(NotAMeeting::Organisation);
    }
    // "cuộc họp báo", "phiên họp báo": a press briefing is not a conference, nor "buổi họp
    // mặt" a working meeting.
    let first_word = text[m.end..]
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    if m.keyword.to_lowercase().ends_with("họp") {
        match first_word.to_lowercase().as_str() {
            "báo" => return Some(NotAMeeting::PressBriefing),
            "mặt" => return Some(NotAMeeting::GetTogether),
            _ => {}
        }
        if held_to_release(&text[m.end..]) {
            return Some(NotAMeeting::PressBriefing);
        }
    }
    // "hội nghị giao ban báo chí tháng 11", "buổi giao ban báo chí": a body's regular
    // briefing of the press, where its officials answer the papers' questions, is a press
    // briefing however it is named.
    let briefing = match m.keyword.to_lowercase().ends_with("giao ban") {
        true => briefs_the_press(&text[m.end..]),
        false => briefing_named_after(&text[m.end..]),
    };
    if briefing {
        return Some(NotAMeeting::PressBriefing);
    }
    // "Ban Tổ chức Hội thảo đã hoàn tất …": the meeting's committee acts, whenever the
    // meeting itself is held.
    if ends_with_any(prefix, COMMITTEES) {
        return Some(NotAMeeting::Committee);
    }
    if name.ordinal.is_some() || name.quoted {
        return None;
    }
    // "… là kỳ họp thường niên cuối cùng": a description of an event already named; a venue
    // ("Trung tâm Hội nghị Quốc gia", "phòng họp") is not a meeting.
    // (One with its own day after its name is a meeting of its own: "… là một hội nghị thượng
    // đỉnh giữa hai nhà lãnh đạo ngày 27/4".)
    let describes = ends_with_any(prefix, &["là", "là một", "trở thành", "như"])
        && !name.proper_name
        && !(name.words > 0 && DAY_RIGHT_AFTER.is_match(&text[name.end..]));
    if describes {
        return Some(NotAMeeting::Description);
    }
    if ends_with_any(prefix, VENUES) {
        return Some(NotAMeeting::Venue);
    }
    // "Theo báo Diễn Đàn Doanh Nghiệp, …": a publication named after a meeting word.
    if name.proper_name && names_a_publication(prefix) {
        return Some(NotAMeeting::Column);
    }
    // "tại cuộc họp ngày 12/7/2021", "phiên họp chiều 5-3": unnamed, but a meeting its day
    // makes one.
    let inside = !prefix.trim().is_empty();
    let dated = DAY_RIGHT_AFTER.is_match(&text[m.end..])
        || inside && DAY_AFTER_VERB.is_match(&text[m.end..])
        || inside && qualified_day(&text[m.end..]).is_some();
    // "Sở Y tế có cuộc họp bàn về …": unnamed, but a meeting a body has (a new one, where
    // "chủ trì Hội nghị" is most often the article's meeting again), which its body names.
    let owned = || holder_before(prefix, &text[m.start..m.end]).is_some();
    // "Chiều 5-3, tại cuộc họp, ông A giao …", "Ngày 5/1, Bộ trưởng A phát biểu tại hội nghị":
    // the day the sentence opens with is the meeting's, as one right after it is, when the
    // noun ends its clause (not "trong buổi làm việc với họ", a pronoun's).
    let framed = FRAMED_BY_DAY.is_match(prefix) || SPOKEN_AT_ON_DAY.is_match(prefix);
    let ends_clause = text[m.end..]
        .trim_start()
        .chars()
        .next()
        .is_none_or(|c| [',', '.', ';', ':'].contains(&c));
    if name.words == 0 && (dated || framed && ends_clause || owned()) {
        return None;
    }
    let span = &text[m.end..name.end];
    // "Ngày 14/3/2018, trong buổi làm việc với Thủ tướng …", "cuộc họp với chủ tịch UBND TP …
    // hôm 4/8", "Ngày 5/3, ông A phát biểu tại buổi làm việc với Phó Thủ tướng B": a meeting
    // named by whom it is held with, which its own day makes one, also after its place ("…
    // với Bí thư Thành ủy A tại Khu công nghệ cao sáng 20-9").
    // So is one between parties, or someone's, of which one is a person ("buổi làm việc giữa
    // Bí thư Thành ủy A Trần Văn B với Hội Nông dân chiều 15-8").
    // (Within one clause: "phiên họp của Ủy ban A, Tổng thư ký B cho biết" names the speaker
    // after the comma.)
    let opening = span.trim_start().to_lowercase();
    let with_someone = crate::text::starts_with_word(&opening, "với")
        || ["giữa", "của"]
            .iter()
            .any(|w| crate::text::starts_with_word(&opening, w) && !span.contains(','));
    let own_day_after = || {
        DAY_RIGHT_AFTER.is_match(&text[name.end..]) || qualified_day(&text[name.end..]).is_some()
    };
    if with_someone && (framed || own_day_after()) {
        return None;
    }
    // "Sáng 14-10, ông A - chủ tịch UBND tỉnh B - chủ trì cuộc họp chỉ đạo khắc phục …": a meeting
    // convened on the day the sentence opens with is one, named or not.
    if convened_that_day(prefix) {
        return None;
    }
    if name.words == 0 || !names_in(span, k).is_empty() && !name.proper_name {
        return Some(NotAMeeting::NoName);
    }
    // "Tướng A trong một cuộc họp năm 2018" (a caption): a meeting, any meeting, named by its
    // year alone is no one meeting.
    if ends_with_any(prefix, &["một"]) && name.words == name.years.len() && !owned() {
        return Some(NotAMeeting::NoName);
    }
    // "… tại một cuộc họp của tỉnh A năm 2016" (a caption): one of a body's meetings of a
    // year; which one is not said.
    if ends_with_any(prefix, &["một"])
        && owner_and_year_alone(span, &text[name.end..])
        && !own_day_after()
    {
        return Some(NotAMeeting::NoName);
    }
    let keyword_capitalised = m.keyword.starts_with(char::is_uppercase);
    // A lower-case "diễn đàn" is a newspaper's column, or a figure of speech ("phát biểu trên
    // diễn đàn Quốc hội"), unless a name makes it one forum.
    let forum = m.keyword.to_lowercase() == "diễn đàn" && !keyword_capitalised;
    // "trong một diễn đàn kinh tế tại Bangkok ngày 12-4", "tại diễn đàn nhà ở xã hội 2017
    // diễn ra ngày 21-9", "tại hội nghị thượng đỉnh đầu tiên ở Jakarta hồi tháng 3/2016": one
    // meeting, its own day (or month and year) says.
    let own_day = || {
        let after = &text[name.end..];
        DAY_RIGHT_AFTER.is_match(after)
            || DAY_AFTER_VERB.is_match(after)
            || qualified_day(after).is_some()
            || MONTH_YEAR_RIGHT_AFTER.is_match(after)
            || qualified(&MONTH_YEAR_AFTER_QUALIFIER, after).is_some()
            || DAY_AFTER_PARTNER.is_match(after)
    };
    if forum && (ends_with_any(prefix, &["trên", "lên"]) || !name.proper_name && !own_day()) {
        return Some(NotAMeeting::Column);
    }
    // "Tại Hội nghị tỉnh uỷ sáng 27/11", "trong một diễn đàn kinh tế tại Bangkok ngày
    // 12-4": a short name followed by its own day is reported.
    if name.proper_name || name.words >= 3 || own_day() {
        return None;
    }
    let lower = text.to_lowercase();
    let reported = name.words >= 1 && OCCURRENCE_CUES.iter().any(|c| lower.contains(c));
    (!reported).then_some(NotAMeeting::NotReported)
}

/// Whether a meeting's name `span` says only whose it is and its year, in it or right `after`
/// it ("của tỉnh Thanh Hóa năm 2016", "của Bộ Tài chính 2018"): after "của", a body's name
/// (capitalised words, each maybe with lower-case syllables after it, or a place's word) and
/// then the year.
fn owner_and_year_alone(span: &str, after: &str) -> bool {
    static OWNER_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*của\s+(.+?)(\s+(?:năm\s+)?(?:19|20)\d{2})?\s*$").unwrap()
    });
    static YEAR_AFTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s+(?:năm\s+)?(?:19|20)\d{2}\b").unwrap());
    let Some(c) = OWNER_YEAR.captures(span) else {
        return false;
    };
    let (Some(owner), year) = (c.get(1), c.get(2)) else {
        return false;
    };
    if year.is_none() && !YEAR_AFTER.is_match(after) {
        return false;
    }
    let mut after_capital = false;
    owner.as_str().split_whitespace().all(|w| {
        let capital = w.starts_with(char::is_uppercase);
        let fits = capital || after_capital || super::lexicon::PLACE_WORDS.contains(&w);
        after_capital = capital || after_capital && !super::lexicon::PLACE_WORDS.contains(&w);
        fits
    })
}

/// The organiser named before the keyword ("Bộ Ngoại giao đã tổ chức Hội nghị"), passing over
/// the term a body's name is followed by ("HĐND tỉnh khóa VIII, nhiệm kỳ 2011 - 2016 khai mạc").
fn organizer_before(prefix: &str) -> Option<String> {
    // "Bộ Y tế tổ chức một hội nghị …": the article is no part of the verb.
    organizer_before_cue(without_article(prefix), ORGANISE_CUES)
}

/// Whether `prefix` ends with a verb of holding a meeting that is denied: "chưa triệu tập",
/// "không tổ chức", "chưa hề có", or of putting a matter to one ("đã không thông qua hội nghị
/// cán bộ", "chưa đưa ra cuộc họp").
fn denied_holding(prefix: &str) -> bool {
    const PUTTING_TO: &[&str] = &["thông qua", "đưa ra", "đưa vào"];
    let lower = prefix.trim_end().to_lowercase();
    HOLDING_VERBS.iter().chain(PUTTING_TO).any(|v| {
        let Some(before) = lower.strip_suffix(v) else {
            return false;
        };
        let before = before.trim_end();
        let before = before.strip_suffix("hề").map_or(before, str::trim_end);
        ["không", "chưa", "chẳng", "chả"]
            .iter()
            .any(|n| crate::text::ends_with_word(before, n))
    })
}

/// Verbs by which a body has a meeting of its own ([`holder_before`]).
const HOLDING_VERBS: &[&str] = &["có", "tổ chức", "triệu tập"];

/// The words before a meeting word without the indefinite article between them and it ("tổ
/// chức một cuộc họp", "đã đề cập trong một cuộc họp").
fn without_article(prefix: &str) -> &str {
    let prefix = prefix.trim_end();
    match crate::text::ends_with_word(&prefix.to_lowercase(), "một") {
        true => prefix[..prefix.len() - "một".len()].trim_end(),
        false => prefix,
    }
}

/// The body that has a meeting, named before it: "FED sẽ có cuộc họp chính sách …", "Sở Y tế
/// đã có buổi làm việc với …", "Ủy ban … đã tổ chức phiên họp tại …", its head in lower case
/// too ("sở Tư pháp tỉnh A đã có cuộc họp …"). Only a meeting written with its classifier
/// (`cuộc`, `buổi`, `phiên`) is had this way, and only by a body or a name in capitals, not a
/// person (`Ông Dũng có buổi làm việc …` is his, not an organiser's).
fn holder_before(prefix: &str, head: &str) -> Option<String> {
    let head = head.to_lowercase();
    if !["cuộc ", "buổi ", "phiên "]
        .iter()
        .any(|c| head.starts_with(c))
    {
        return None;
    }
    let prefix = without_article(prefix);
    let lower = prefix.to_lowercase();
    let verb = HOLDING_VERBS
        .iter()
        .find(|v| crate::text::ends_with_word(&lower, v))?;
    // "ông A cho biết, Ủy ban vừa tổ chức cuộc họp …": a meeting told of, which the
    // sentence's day does not date; only one a body has ("có") is had this way then. (One
    // denied, "không có cuộc họp …", is no meeting at all: [`denied_holding`].)
    if *verb != "có" && told_by_speaker(prefix) && !day_told_after(prefix) {
        return None;
    }
    organizer_before_cue(prefix, &[verb]).filter(|body| {
        starts_with_organiser(body)
            || super::lexicon::lower_case_body(body)
            || body
                .split_whitespace()
                .all(|w| !w.chars().any(char::is_lowercase))
    })
}

/// The most words an organiser's name runs to: more is a clause, not a name.
const MAX_ORGANISER_WORDS: usize = 12;

/// Heads of the bodies that hold numbered sittings of their own (a council, the Party's
/// committees and their inspection commissions), beside [`SITTING_BODY`]'s.
const SITTING_HEADS: &[&str] = &[
    "Ủy ban Kiểm tra",
    "Ban Thường vụ",
    "Ban Chấp hành",
    "HĐND",
    "Hội đồng nhân dân",
    "Ủy ban Thường vụ Quốc hội",
];

/// Whether a series' name (`Kỳ họp của Ủy ban Kiểm tra Trung ương`) is of a body whose sittings
/// are numbered anew each term: a council, the Assembly and its standing committee, the
/// Party's committees and inspection commissions; not an intergovernmental committee's
/// sessions, numbered on from the first.
pub fn numbered_by_term(series: &str) -> bool {
    let folded = crate::text::fold(series);
    SITTING_BODY.is_match(&folded) || SITTING_HEADS.iter().any(|h| folded.contains(h))
}

/// Whether `body` holds numbered sittings: "Ủy ban Kiểm tra Thành ủy A" does, "Bộ Tư pháp",
/// which only reports the Assembly's, does not.
fn holds_sittings(body: &str) -> bool {
    let folded = crate::text::fold(body);
    is_sitting_body(&folded) || SITTING_HEADS.iter().any(|h| folded.starts_with(h))
}

/// Verbs by which a body reports a meeting it held ("… cho biết kỳ họp thứ 23 đã …").
const REPORTING_CUES: &[&str] = &["cho biết", "cho hay", "thông báo", "thông tin"];

/// The body that `clause` points back to by its head and "này" ("Theo Sở Xây dựng tỉnh A,
/// ngày 3-5 sở này đã tổ chức …"): the last body named in `before` with that head, before
/// `clause` (a slice of `before`).
fn this_body<'a>(before: &'a str, clause: &str) -> Option<&'a str> {
    static BODY: LazyLock<Regex> = LazyLock::new(|| Regex::new(&body_name_pattern()).unwrap());
    let mut words = clause.rsplit(' ');
    let (this, head) = (words.next()?, words.next()?.to_lowercase());
    if this != "này" {
        return None;
    }
    // Bodies named before the pointer, not the pointer itself.
    let at = (clause.as_ptr() as usize).saturating_sub(before.as_ptr() as usize);
    let scope = before.get(..at)?;
    let named: Vec<&str> = BODY
        .find_iter(scope)
        .map(|m| name_to_its_verb(&scope[m.start()..]))
        .filter(|b| {
            b.split_once(' ')
                .is_some_and(|(first, _)| first.to_lowercase() == head)
        })
        .collect();
    // "Sở Y tế tỉnh A và Sở Y tế tỉnh B …, sở này …": which one is not said.
    let and_another = format!("và {head}");
    if named
        .iter()
        .any(|b| contains_word(&b.to_lowercase(), &and_another))
    {
        return None;
    }
    named
        .last()
        .copied()
        .filter(|b| b.split_whitespace().count() <= MAX_ORGANISER_WORDS)
}

/// A body's name from the start of `rest` to the end of its clause or the first word of the
/// clause going on (the pattern takes lower-case syllables lazily, so it cannot end it):
/// "Sở Nội vụ cho biết …" is "Sở Nội vụ", "Sở Xây dựng tỉnh A, …" is "Sở Xây dựng tỉnh A".
fn name_to_its_verb(rest: &str) -> &str {
    let clause = &rest[..rest.find([',', ';', ':', '(']).unwrap_or(rest.len())];
    let words: Vec<(usize, &str)> = clause
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - clause.as_ptr() as usize, w))
        .collect();
    let goes_on = |i: usize| {
        let (w, next) = (words[i].1, words.get(i + 1).map_or("", |x| x.1));
        let pair = format!("{w} {next}");
        super::lexicon::CLAUSE_WORDS.contains(&w)
            || ORGANISE_CUES.contains(&pair.as_str())
            || super::lexicon::SPEAKING_VERBS.contains(&pair.as_str())
            || pair == "phối hợp"
    };
    let end = (1..words.len())
        .find(|&i| goes_on(i))
        .map_or(clause.len(), |i| words[i].0);
    clause[..end].trim_end()
}

/// `before` without an aside in brackets at its end that holds clauses of its own ("Công ty A
/// (A, mã CK: ABC)"): its commas would split the name it glosses. A short gloss ("(EVN)") is
/// kept with the name.
fn without_aside(before: &str) -> &str {
    let Some(inner) = before.strip_suffix(')') else {
        return before;
    };
    match inner.rfind('(') {
        Some(open) if inner[open..].contains([',', ';', ':']) && !inner[open..].contains(')') => {
            before[..open].trim_end()
        }
        _ => before,
    }
}

/// The organiser named before `cues` (a verb such as "tổ chức") at the end of `prefix`.
fn organizer_before_cue(prefix: &str, cues: &[&str]) -> Option<String> {
    // A quoted name opens after the verb ("… tổ chức “Hội nghị …").
    let p = prefix
        .trim_end()
        .trim_end_matches(['"', '“', '«'])
        .trim_end();
    let lower = p.to_lowercase();
    let cue = cues
        .iter()
        .find(|c| crate::text::ends_with_word(&lower, c))?;
    let before = without_aside(p[..p.len() - cue.len()].trim_end());
    let before = issuer_of_document(before).unwrap_or(before);
    // "Bộ A phối hợp với Sở B tổ chức …", "Ban A chủ trì, phối hợp với Bộ B tổ chức …", "Sở A
    // đã phối hợp với Sở B có cuộc họp …": the bodies that organise it together.
    static JOINTLY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:\s+(?:đã|sẽ|đang|vừa))?(?:\s+chủ trì)?\s*,?\s+phối hợp (?:với|cùng)\s+")
            .unwrap()
    });
    // "Sở A đã phối hợp với một số đơn vị có cuộc họp …": partners named by no
    // name ("các sở", "một số đơn vị") leave the meeting the one body's.
    let before = match JOINTLY.find_iter(before).last() {
        Some(m) if before[m.end()..].starts_with(char::is_lowercase) => &before[..m.start()],
        _ => before,
    };
    let joined = JOINTLY.replace_all(before, " và ");
    // Each body that organises it together may have a name of the longest length.
    let max_words = MAX_ORGANISER_WORDS * (1 + JOINTLY.find_iter(before).count());
    let before = joined.as_ref();
    let mut clauses = crate::text::clauses_back(before)
        .map(str::trim)
        .skip_while(|c| c.starts_with("nhiệm kỳ") || c.starts_with("khóa"));
    // "Vào ngày 26-2-2019 Sở B đã tổ chức …": a day fronted without a comma opens the clause
    // before its subject.
    static DAY_AT_START: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?i:(?:vào|hồi)\s+)?(?i:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?i:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4})?\s+")
            .unwrap()
    });
    let mut clause = clauses.next()?;
    if let Some(day) = DAY_AT_START.find(clause) {
        clause = &clause[day.end()..];
    }
    let offset = |c: &str| c.as_ptr() as usize - before.as_ptr() as usize;
    let end = offset(clause) + clause.len();
    // "…, sở này tổ chức": the body pointed back to (see [`this_body`]), not this clause
    // joined to the one before.
    let pointer = clause.split_whitespace().any(|w| w == "này");
    if !starts_with_organiser(clause) && !pointer {
        // "Bộ Văn hóa, Thể thao và Du lịch tổ chức …": a body whose name holds commas.
        if let Some(whole) = clauses
            .take(2)
            .map(|c| before[offset(c)..end].trim())
            .find(|w| starts_with_organiser(w) && name_words(w) <= MAX_ORGANISER_WORDS)
        {
            clause = whole;
        }
    } else if let Some(other) = clauses.next().filter(|c| {
        // "Bộ Tư pháp, Tòa án nhân dân tối cao phối hợp …": bodies that organise it together.
        starts_with_organiser(c) && c.split_whitespace().count() <= 6
    }) {
        clause = before[offset(other)..end].trim();
    }
    // "HĐND TP đã khai mạc …": the body, without the adverbs before its verb, a relative day
    // ("Hội đồng Bảo an hôm nay tổ chức …"), nor a verb of organising joined to it ("Bộ A
    // chủ trì tổ chức …", "Sở B phối hợp tổ chức …"), nor one that tells or plans it
    // ("Công ty A thông báo tổ chức …", "Ngân hàng B dự kiến tổ chức …").
    static BEFORE_VERB: LazyLock<Vec<&str>> = LazyLock::new(|| {
        [
            "chủ trì",
            "phối hợp",
            "đứng ra",
            "thông báo",
            "công bố",
            "quyết định",
            "dự kiến",
        ]
        .iter()
        .chain(super::lexicon::RELATIVE_DAY_ADVERBS)
        .copied()
        .collect()
    });
    let mut body = without_time_at_end(without_adverbs(clause, &BEFORE_VERB));
    // "UBND tỉnh A giao Sở B chủ trì tổ chức …": the body assigned, not the one assigning,
    // holds it; this clause names no one organiser.
    // (A verb with an object after it: "Bộ Ngoại giao" ends with the syllable.)
    let assigns = |w: &&str| {
        crate::text::find_word(body, w).is_some_and(|at| {
            body[at + w.len()..]
                .trim_start()
                .starts_with(char::is_uppercase)
        })
    };
    if ["giao", "đề nghị", "yêu cầu", "chỉ đạo", "muốn"]
        .iter()
        .any(assigns)
    {
        return None;
    }
    // "Nhóm bạn này đã lên kế hoạch tổ chức …": a predicate inside the words before the verb
    // makes them a clause, not a body's name (whose adverbs before the verb are gone above).
    if ["đã", "sẽ", "đang", "vừa"]
        .iter()
        .any(|w| crate::text::contains_word(body, w))
    {
        return None;
    }
    // "sở này": the body named before, by its head.
    if let Some(named) = this_body(before, body) {
        (body, clause) = (named, named);
    }
    // "Trung tâm … Tân Sơn Nhất (Cảng hàng không quốc tế …)": a body too long with its gloss
    // is the body without it.
    if let Some((named, _)) = body
        .split_once(" (")
        .filter(|_| body.ends_with(')') && clause.split_whitespace().count() > MAX_ORGANISER_WORDS)
    {
        (body, clause) = (named, named);
    }
    let words = name_words(clause);
    // A body ("Bộ Ngoại giao", "Ban Chấp hành Đảng bộ tỉnh") or a name all in capitals
    // ("Vietcombank", "VPPA sẽ …"; "Thủ tướng Phạm Minh Chính" is not, "Học viện Ngoại giao"
    // is a body); a headline's adverb before the verb ("Chính thức khai mạc", "Cận cảnh …")
    // is neither.
    let named = !body.is_empty()
        && body
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    // (A person named in capitals, "Ông Nguyễn Văn A", holds no body's meeting.)
    let named = named && !super::lexicon::is_person(body);
    let organiser = starts_with_organiser(clause)
        || named
        || super::lexicon::described_subject(body)
        || super::lexicon::lower_case_body(body);
    (organiser && (1..=max_words).contains(&words) && !body.is_empty()).then(|| body.to_string())
}

/// The words of a name, not counting the dashes that join its parts ("Tổng cục Du lịch - Bộ
/// Văn hoá - thể thao và du lịch" has twelve).
fn name_words(name: &str) -> usize {
    name.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The longest name [`organizer_after`] reads, in characters.
const MAX_ORGANISER_CHARS: usize = 100;

/// An organiser's name after "do", lazily to its verb: group 1 (a dot inside it abbreviates,
/// "Sở LĐ-TB&XH TP. HCM").
const ORGANISER_RUN: &str = r"((?:[^.;:]|\.\s?\p{Lu}){3,}?)";
/// The verb of organising or chairing after an organiser's name ("… đã phối hợp tổ chức").
const ORGANISING_VERB: &str =
    r"\s+(?:đã\s+)?(?:phối hợp\s+|đồng\s+)?(?:tổ chức|chủ trì|triệu tập|đăng cai)\b";

/// The body that organised or chaired a meeting, named after it: "hội nghị giao ban báo chí
/// tháng 11 do Ban Tuyên giáo Tỉnh ủy tổ chức", "cuộc họp … do Sở Xây dựng chủ trì". `rest` is
/// the sentence after the meeting's name. A person who chairs it is its chair, not its owner.
fn organizer_after(rest: &str) -> Option<String> {
    static DO_BODY: LazyLock<Regex> = LazyLock::new(|| {
        // A dot inside the name abbreviates ("Sở LĐ-TB&XH TP. HCM"). The name's length is
        // bounded in code: a bounded repetition of this group compiles a hundred copies of it
        // (a fifth of all the extractor's regexes cost to build, paid by every run).
        Regex::new(&format!(
            r"^[^,.;:]{{0,60}}?\bdo\s+{ORGANISER_RUN}{ORGANISING_VERB}"
        ))
        .unwrap()
    });
    if !rest.contains("do ") {
        return None;
    }
    let caps = DO_BODY.captures(rest)?;
    let mut body = caps.get(1)?.as_str();
    // "do Ban tổ chức Thành ủy A tổ chức": the Organisation Commission's name, written in lower
    // case, holds the verb; the name runs to the next one.
    if body.trim().eq_ignore_ascii_case("ban") {
        static AGAIN: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(&format!(r"^\s+{ORGANISER_RUN}{ORGANISING_VERB}")).unwrap()
        });
        let verb_end = caps.get(0)?.end();
        let more = AGAIN.captures(&rest[verb_end..])?.get(1)?;
        body = &rest[caps.get(1)?.start()..verb_end + more.end()];
    }
    let long = body.chars().count() > MAX_ORGANISER_CHARS;
    let body = body.trim();
    (!long && starts_with_organiser(body) && name_words(body) <= MAX_ORGANISER_WORDS)
        .then(|| body.to_string())
}

/// The owner a title names in lower case at its end, with the title before it ("… của bộ",
/// "… của ngành y tế"): at most three words, every letter lower case; not a phrase inside its
/// name ("… tác hại của rượu bia”") or inside what it is for ("Cuộc họp để bàn … về việc của
/// công ty", [`PURPOSE_OPENERS`]).
fn lower_case_owner(title: &str) -> Option<(&str, &str)> {
    title.rsplit_once(" của ").filter(|(head, w)| {
        let head = head.to_lowercase();
        !w.is_empty()
            && w.split(' ').count() <= 3
            && w.split(' ').all(|x| x.chars().all(|c| c.is_lowercase()))
            && !PURPOSE_OPENERS.iter().any(|p| contains_word(&head, p))
    })
}

/// The body a title's lower-case owner points back to ("… đại hội cổ đông thường niên của tập
/// đoàn" after "nguyên tổng giám đốc Tập đoàn Cao su Việt Nam (VRG), …"): the last body
/// `prefix`, the sentence before the meeting, names with that head written with a capital, to
/// the end of its clause.
fn owner_named_back(title: &str, prefix: &str, k: &Knowledge) -> Option<String> {
    let (_, whose) = lower_case_owner(title)?;
    let head = crate::text::capitalised(whose);
    let at = prefix.rmatch_indices(&format!("{head} ")).next()?.0;
    let clause = &prefix[at..];
    // The clause ends at its punctuation, or where a person's name follows the body ("Bộ trưởng
    // Bộ A Trương Văn B thông tin tại …").
    let person = names_in(prefix, k)
        .into_iter()
        .find(|p| p.start > at)
        .map(|p| p.start - at);
    // (A spaced dash closes an apposition: "ông A - thành viên Hội đồng B - cho biết".)
    let end = clause
        .find([',', ';', ':'])
        .into_iter()
        .chain(clause.find(" - "))
        .chain(clause.find(" – "))
        .chain(person)
        .min()
        .unwrap_or(clause.len());
    // A subject ends before its predicate's first clause word ("Hội đồng B đang lấy ý kiến").
    let words: Vec<&str> = clause[..end].split_whitespace().collect();
    let to = (1..words.len())
        .find(|&i| super::lexicon::CLAUSE_WORDS.contains(&words[i].to_lowercase().as_str()))
        .unwrap_or(words.len());
    // Past its last capital, a lower-case syllable or two may still be the name's ("… Tiền
    // lương quốc gia"), a longer run is a predicate ("Công ty A công bố lợi nhuận quý I").
    let words = &words[..to];
    let mut last_capital = 0;
    for (i, w) in words.iter().enumerate().skip(1) {
        if w.starts_with(char::is_uppercase) {
            if i - last_capital > 3 {
                break;
            }
            last_capital = i;
        }
    }
    let keep = match words.len() - last_capital - 1 {
        tail if tail <= 3 => words.len(),
        _ => last_capital + 1,
    };
    let body = words[..keep].join(" ");
    // Its name goes on with a capital ("Tập đoàn Xăng dầu …", "Bộ Y tế"): not another body
    // whose head begins with the word ("của tỉnh" is not "Tỉnh ủy …").
    let proper = body
        .get(head.len()..)
        .is_some_and(|rest| rest.trim_start().starts_with(char::is_uppercase));
    let named = proper
        && body.split_whitespace().count() > whose.split(' ').count()
        && body.split_whitespace().count() <= MAX_ORGANISER_WORDS
        && starts_with_organiser(&body);
    named.then_some(body)
}

/// The body a title's lower-case owner points back to when its own sentence names none with
/// that head ("… tại phiên họp tổ kỹ thuật của hội đồng" after "thành viên Hội đồng Thẩm
/// định B, …" lines before): the last one its article names before the sentence, its headline
/// first ([`owner_named_back`] over the article's earlier lines, page furniture left out, and
/// the sentences of its own line before it).
fn owner_named_earlier(a: &Article, s: &Sentence, title: &str, k: &Knowledge) -> Option<String> {
    lower_case_owner(title)?;
    let earlier: Vec<&str> = std::iter::once(a.title.as_str())
        .chain(
            a.lines
                .iter()
                .take_while(|l| l.number < s.line.number)
                .filter(|l| l.noise.is_none())
                .map(|l| l.folded.text.as_str()),
        )
        .chain(s.line.folded.text.get(..s.range.start))
        .collect();
    // (Joined as clauses, so that a name at a line's end does not run into the next line.)
    owner_named_back(title, &earlier.join("; "), k)
}

/// Whether a title names a body, a place or a series besides its meeting word: a capitalised
/// word after the first ("Hội nghị Ngoại giao", "Diễn đàn Kinh tế Việt Nam"), not a Roman
/// numeral ("khóa IX"), before its topic ([`TOPIC_OPENERS`], what it is for
/// ([`PURPOSE_OPENERS`]), a quotation) or in the owner named after it ("… của Bộ Y tế").
fn names_someone(title: &str) -> bool {
    let words: Vec<&str> = title.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let opens_topic = |i: usize| {
        words[i].starts_with(['"', '“', '«'])
            || TOPIC_OPENERS
                .iter()
                .chain(PURPOSE_OPENERS)
                .any(|o| crate::text::phrase_at(&lower, i, o))
    };
    let topic = (1..words.len())
        .find(|&i| opens_topic(i))
        .unwrap_or(words.len());
    // "Hội nghị học tập, quán triệt Nghị quyết Trung ương 6 (của Bộ Chính trị)": a document's
    // name, and its issuer, say whose the document is, not the meeting.
    let document = (1..words.len())
        .find(|&i| {
            lower.get(i + 1).is_some_and(|next| {
                ISSUED_DOCUMENTS
                    .iter()
                    .any(|d| d.split_once(' ') == Some((lower[i].as_str(), next.as_str())))
            })
        })
        .unwrap_or(words.len());
    let topic = topic.min(document);
    // The meeting's owner stands before the document ("… năm 2018 của Sở Y tế, triển khai
    // Chỉ thị 05 của UBND tỉnh").
    let owner = lower[..document]
        .iter()
        .rposition(|w| w == "của")
        .filter(|&i| i > topic)
        .map_or(words.len(), |i| i + 1);
    // Not a Roman numeral ("khóa IX"), nor a season after "mùa" ("Hội nghị mùa Xuân 2019"):
    // neither says whose meeting it is.
    // Nor the letters of a kind of body or meeting ("Cuộc họp ĐHĐCĐ thường niên"), nor a body
    // every company has, spelled out ("Họp Đại hội đồng cổ đông thường niên").
    let organ = company_organ_words(&lower);
    let named = |i: usize| {
        let w = words[i];
        let roman = w.chars().all(|c| "IVXLC".contains(c));
        let season = i > 0 && lower[i - 1] == "mùa";
        let kind_of_meeting = crate::extract::lexicon::MEETING_LETTERS.contains(&w);
        w.starts_with(char::is_uppercase) && !roman && !season && !kind_of_meeting && !organ[i]
    };
    (1..topic).any(named) || (owner..words.len()).any(named)
}

/// Which of a title's words (lower case) spell a body every company has
/// ([`lexicon::COMPANY_ORGANS`](crate::extract::lexicon::COMPANY_ORGANS)).
fn company_organ_words(lower: &[String]) -> Vec<bool> {
    let mut organ = vec![false; lower.len()];
    for o in crate::extract::lexicon::COMPANY_ORGANS {
        let len = o.split(' ').count();
        for i in (0..lower.len()).filter(|&i| crate::text::phrase_at(lower, i, o)) {
            organ[i..i + len].fill(true);
        }
    }
    organ
}

/// A meeting an article numbers without naming its series ("Hội thảo lần thứ nhất đã được tổ
/// chức vào tháng 4/2015") beside one member of a series of its kind that it names with
/// another number ("Hội thảo “Sáng kiến …” lần hai"): the earlier or later meeting of that
/// series, named and keyed as such. With two such series, or none, it stays as it is.
pub(super) fn series_from_article(mentions: &mut [ConferenceMention]) {
    // Its title is its meeting word and its number ("Hội thảo lần thứ nhất", "Kỳ họp thứ 4"),
    // nothing of a body or a topic.
    let bare = |c: &ConferenceMention| {
        let Some(head) = KEYWORD.find(&c.title).filter(|k| k.start() == 0) else {
            return false;
        };
        let rest = c.title[head.end()..].trim().to_lowercase();
        let numbered = ["lần", "thứ"]
            .iter()
            .any(|w| crate::text::starts_with_word(&rest, w));
        c.ordinal.is_some() && numbered && rest.split_whitespace().count() <= 3
    };
    for i in 0..mentions.len() {
        let c = &mentions[i];
        if !bare(c) {
            continue;
        }
        let head = KEYWORD
            .find(&c.title)
            .map_or("", |k| k.as_str())
            .to_lowercase();
        // (A bare "hội nghị" may number a summit: "Hội nghị thượng đỉnh … lần thứ hai".)
        let named: BTreeSet<(&str, Option<u32>, MeetingKind)> = mentions
            .iter()
            .filter(|o| c.meeting_kind.may_name(o.meeting_kind) && o.ordinal.is_some())
            .filter(|o| o.ordinal != c.ordinal && !bare(o))
            .filter_map(|o| Some((o.series.as_deref()?, o.term, o.meeting_kind)))
            .filter(|(s, _, _)| s.to_lowercase().starts_with(&head))
            .collect();
        let [(series, term, kind)] = named.into_iter().collect::<Vec<_>>()[..] else {
            continue;
        };
        let series = series.to_string();
        let c = &mut mentions[i];
        let rest = c.title.get(head.len()..).unwrap_or("").to_string();
        c.title = format!("{series}{rest}");
        c.series = Some(series);
        c.term = c.term.or(term);
        c.meeting_kind = kind;
    }
}

/// A meeting named by its number alone ("Hội nghị lần thứ 11", "Kỳ họp thứ 14"), or by its
/// number and its term ("Kỳ họp thứ 9 khóa XIX": whose term the name does not say): the parsed
/// name has an ordinal, nothing of a series before it and no body after it. Such a meeting is
/// its sentence's sitting body's ([`Owner::of`]: the series, the title, and no other owner read
/// for it).
fn is_bare_numbered(name: &Name, text: &str) -> bool {
    let series = name.series_end.map(|e| text[name.start..e].trim());
    let only_term = name.suffix.as_ref().is_some_and(|s| {
        name.term
            .as_ref()
            .is_some_and(|(_, t)| t.start <= s.start && t.end >= s.end)
    });
    name.ordinal.is_some()
        && (name.suffix.is_none() || only_term)
        && series.is_some_and(str::is_empty)
}

/// Whether the words before a meeting front it as an adverbial of place ("Tại …", "Trước đó,
/// tại …", "Trong …"), so that the sentence's subject follows it.
fn fronted(prefix: &str) -> bool {
    static FRONTED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)^\s*(?:[^\s,.;:]+\s+){0,3}?(?:tại|trong)\s*$").unwrap());
    FRONTED.is_match(prefix)
}

/// [`fronted`], or fronted after a clause of its own: a time or a source ("Sáng 5/3, tại
/// phiên họp …", "Theo Bộ trưởng Tư pháp, tại phiên họp …, Chính phủ …", "Sáng 10/1, phát
/// biểu tại hội nghị …, Phó Chủ tịch UBND TP …").
fn fronted_after_clause(prefix: &str) -> bool {
    static SPEAKING_AT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^\s*phát biểu(?:\s+(?:khai mạc|bế mạc|chỉ đạo|kết luận))?\s+(?:tại|trong)\s*$",
        )
        .unwrap()
    });
    let (first, last_clause) = prefix.rsplit_once(',').unwrap_or(("", ""));
    // "phát biểu tại" only right after the fronted day: "…, xây dựng tại cuộc làm việc …" and
    // "Sáng 10/1, ông A nói tại …" go on with the sentence's own subject.
    let after_day = || {
        OPENS_WITH_DAY
            .find(prefix)
            .is_some_and(|d| d.end() == first.len() + 1)
    };
    fronted(prefix)
        || ["tại", "trong"]
            .iter()
            .any(|w| last_clause.trim().eq_ignore_ascii_case(w))
        || SPEAKING_AT.is_match(last_clause) && after_day()
}

/// The body that is the subject after a fronted meeting: ", Chính phủ thống nhất …", "sáng
/// 5/3, UBND tỉnh Lào Cai đã quyết định …". A body by its head noun and its name (two words at
/// least: "Bộ trưởng …" is a person, not "Bộ"), followed by a verb in lower case; or the body
/// the sentence reports from ("…, theo Bộ Công Thương, giá điện …"). A clause of the meeting's
/// happening may come between ("…, tổ chức ngày 3-8, theo Bộ A, …").
fn body_after(rest: &str) -> Option<String> {
    static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        let heads = body_heads_pattern();
        let adverbs = BODY_ADVERBS.join("|");
        Regex::new(&format!(
            r"^[^,.;:]{{0,40}}(?:,\s*(?:được\s+)?(?:tổ chức|diễn ra)\s[^,.;:]{{0,30}})?,\s*(?:((?:{heads})(?:\s+(?:\p{{Lu}}[\p{{L}}.&]*|tỉnh|thành phố|huyện|quận|nhân dân|bộ))*)\s+(?:(?:{adverbs})\s+)?\p{{Ll}}|theo\s+((?:{heads})(?:\s+\p{{Ll}}+){{0,3}}\s+\p{{Lu}}[^;:]{{0,60}}?)\s*,\s*\p{{Ll}})"
        ))
        .unwrap()
    });
    // "Ủy ban Kiểm tra Trung ương", "Đảng ủy khối doanh nghiệp Trung ương": a syllable or
    // two in lower case, then a capital, is the name going on; what was read is cut.
    static GOES_ON: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s+(?:\p{Ll}+\s+){1,2}\p{Lu}").unwrap());
    let caps = SUBJECT.captures(rest)?;
    if let Some(reported) = caps.get(2) {
        // Up to the comma before the clause it frames: "theo Bộ Công Thương," holds its
        // lower-case syllables whole, "theo Bộ Văn hóa, Thể thao và Du lịch," its commas.
        let body = reported.as_str().trim();
        return (body.split_whitespace().count() <= MAX_ORGANISER_WORDS).then(|| body.to_string());
    }
    let found = caps.get(1)?;
    // "…, Bộ Xây dựng, Bộ Tài chính và các tỉnh đã thống nhất": a list of bodies, or one in
    // apposition, is no one body that owns the meeting (and its name is not cut at "Xây").
    static LISTED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:\s+\p{Ll}+){0,2}\s*,").unwrap());
    if LISTED.is_match(&rest[found.end()..]) {
        return None;
    }
    let tail = lower_tail(&rest[found.end()..]);
    let body = rest[found.start()..found.end() + tail].trim();
    // "Bộ Công| an quyết định …", "Ban Quản| lý dự án báo cáo …": a name read to one capitalised
    // syllable, before lower-case words that are none of its verb's, is cut inside a word; the
    // word's second syllable ends it ("Bộ Công an", "Ban Quản lý": its two-syllable words are
    // most of the language's).
    // (Not after letters, "UBND TP", nor before a word that joins or relates, "và", "với".)
    let after = &rest[found.end() + tail..];
    let next = after.split_whitespace().next().unwrap_or("");
    let last = body.split_whitespace().last().unwrap_or("");
    let letters = last.chars().filter(|c| c.is_alphabetic()).count() > 1
        && !last.chars().any(char::is_lowercase);
    let cut = tail == 0
        && host::last_capitalised_run(body) == 1
        && !letters
        && !next.is_empty()
        && next.chars().all(char::is_lowercase)
        && !crate::extract::lexicon::CLAUSE_WORDS.contains(&next)
        && !JOINING_WORDS.contains(&next);
    let body = match cut {
        true => format!("{body} {next}"),
        false => body.to_string(),
    };
    (body.split_whitespace().count() >= 2 && !GOES_ON.is_match(after)).then_some(body)
}

/// Words that join or relate what follows to a name, lower case: no syllable of it.
const JOINING_WORDS: &[&str] = &["và", "với", "của", "cùng", "hoặc", "cho", "tại", "ở", "về"];

/// The same for a body that holds meetings but is no authority of [`body_after`]'s (a bank, a
/// company, a school: "Tại cuộc họp ĐHĐCĐ thường niên 2019, Ngân hàng A được cổ đông thông
/// qua …"), or one named by its letters alone ("…, BIDV được cổ đông thông qua …"): the
/// subject after the comma, before an aspect word or "được".
fn organiser_after(rest: &str) -> Option<String> {
    static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        let adverbs = crate::extract::lexicon::BODY_ADVERBS.join("|");
        Regex::new(&format!(
            r"^[^,.;:]{{0,40}},\s*(\p{{Lu}}[\p{{L}}\d.&\-]*(?:\s+[\p{{L}}\d.&\-]+){{0,7}}?)\s+(?:{adverbs}|được)\s"
        ))
        .unwrap()
    });
    use crate::extract::lexicon::{starts_with_body, starts_with_organiser};
    let body = SUBJECT.captures(rest)?.get(1)?.as_str().trim();
    // (An authority's name is `body_after`'s to read, or to find cut.)
    let named = starts_with_organiser(body) && !starts_with_body(body)
        || is_acronym(body) && !crate::extract::lexicon::generic_letters(body);
    named.then(|| body.to_string())
}

/// The lower-case syllables that end a body's name before its verb ("Bộ Y| tế đã …", "Bộ
/// Tài| chính vừa …", "Sở Xây| dựng cho biết …"): one or two, when an adverb of the verb or a
/// verb of telling follows them, and no clause word is among them ("Sở| cho biết sẽ …": "cho"
/// opens the verb); their length.
fn lower_tail(after: &str) -> usize {
    use crate::extract::lexicon::{CLAUSE_WORDS, SPEAKING_VERBS, TELLING_PAIRS};
    let words: Vec<&str> = after.split_whitespace().take(4).collect();
    // One-word adverbs: "chính" of "chính thức" is the last syllable of "Tài chính".
    let adverb = |w: &str| BODY_ADVERBS.contains(&w);
    let lower =
        |w: &&str| w.chars().all(char::is_lowercase) && !adverb(w) && !CLAUSE_WORDS.contains(w);
    let verb = |n: usize| {
        let pair = words[n..]
            .iter()
            .take(2)
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        adverb(words[n])
            || TELLING_PAIRS.contains(&pair.as_str())
            || SPEAKING_VERBS.contains(&pair.as_str())
    };
    let n = (1..=2).find(|&n| words.len() > n && words[..n].iter().all(lower) && verb(n));
    n.map_or(0, |n| {
        let last = words[n - 1];
        last.as_ptr() as usize - after.as_ptr() as usize + last.len()
    })
}

/// Bodies that hold numbered sessions and plenums, as a sentence names them.
static SITTING_BODY: LazyLock<Regex> = LazyLock::new(|| {
    // (A term in Roman numerals or in digits: "Quốc hội khóa XIV", "Quốc hội khoá 14".)
    let term = r"(?:\s+kh(?:óa|oá)\s+(?:[IVXLC]+|\d{1,2})\b)?";
    // An inspection commission numbers its sittings too ("Tại kỳ họp 11 ngày 14/6, Ủy ban
    // Kiểm tra Trung ương …", "… Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa"): the central one, or a
    // committee's with its place in two words at most (a person's name may follow: "Chủ nhiệm
    // Ủy ban Kiểm tra Trung ương Nguyễn Văn A").
    Regex::new(&format!(r"\b(?:[ỦủUu][yỷ] ban [Tt]hường vụ Quốc hội|[ỦủUu][yỷ] ban [Kk]iểm tra\s+(?:[Tt]rung ương|(?:Tỉnh|Thành|Huyện|Quận|Đảng)\s+[ủu][yỷ](?:\s+\p{{Lu}}[\p{{L}}.]*){{0,2}})|(?:Quốc hội|QH){term}|(?:HĐND|Hội đồng nhân dân)(?:\s+(?:tỉnh|thành phố|TP\.?|huyện|quận|xã))?(?:\s+\p{{Lu}}[\p{{L}}.]*)*|Ban Chấp hành Trung ương(?:\s+Đảng)?)")).unwrap()
});

/// The sitting bodies `text` names ([`SITTING_BODY`]), the standing committee in one spelling
/// however it is written ("uỷ ban Thường vụ Quốc hội").
fn sitting_bodies(text: &str) -> impl Iterator<Item = Cow<'_, str>> {
    SITTING_BODY
        .find_iter(text)
        .filter(|m| !office_of_commission(&text[..m.start()], m.as_str()))
        .map(|m| {
            let body = m.as_str().trim_end_matches('.');
            match body.strip_prefix("QH") {
                _ if body.to_lowercase().ends_with("ban thường vụ quốc hội") => {
                    Cow::Borrowed(STANDING_COMMITTEE)
                }
                // The Assembly by its letters ("trình QH tại kỳ họp thứ 6"), named in full.
                Some(term) => Cow::Owned(format!("Quốc hội{term}")),
                None => Cow::Borrowed(body),
            }
        })
}

/// Whether an inspection commission's name `body` stands in an office held on it (`before` it:
/// "Chủ nhiệm Ủy ban Kiểm tra Trung ương Trần Quốc Vượng", "Ủy viên Ủy ban Kiểm tra Tỉnh ủy"):
/// a person's title, not the body whose sitting the sentence reports.
fn office_of_commission(before: &str, body: &str) -> bool {
    const OFFICES: &[&str] = &["chủ nhiệm", "ủy viên", "uỷ viên", "thành viên"];
    let lower = crate::text::tail(before.trim_end(), 16).to_lowercase();
    body.to_lowercase().contains("kiểm tra")
        && OFFICES
            .iter()
            .any(|o| crate::text::ends_with_word(&lower, o))
}

/// `title` with a standing committee named without its body ("Phiên họp Uỷ ban Thường vụ")
/// completed as the Assembly's, when its sentence `text` names the Assembly ("…, Tổng thư ký
/// Quốc hội … trình bày …"): the one standing committee so called (a Party committee's is a
/// "Ban Thường vụ").
fn assembly_committee(title: String, text: &str) -> String {
    static BARE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b[uủ][yỷ] ban thường vụ\s*$").unwrap());
    match BARE.find(&title) {
        Some(m) if text.contains("Quốc hội") => {
            format!("{}{STANDING_COMMITTEE}", &title[..m.start()])
        }
        _ => title,
    }
}

/// The one joint committee of two countries or more named in `prefix` (the words before a
/// session named bare): "Ủy ban hỗn hợp về hợp tác khoa học", "Ủy ban liên Chính phủ Việt
/// Nam - Lào". Such committees meet in numbered sessions ("khóa họp", "kỳ họp"), which are
/// theirs, not a legislature's. Its name runs to the end of its clause or its verb
/// ([`name_to_its_verb`]), and not over a "và" that goes on with a verb in lower case ("…
/// về hợp tác thương mại và nhất trí sẽ tổ chức …").
fn joint_committee(prefix: &str) -> Option<String> {
    static JOINT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b[ỦủUu][ỷy] ban\s+(?:hỗn hợp|liên [Cc]hính phủ|hợp tác liên [Cc]hính phủ)\b")
            .unwrap()
    });
    let mut found = JOINT.find_iter(prefix).map(|m| {
        let name = name_to_its_verb(&prefix[m.start()..]);
        let name = match crate::text::word_positions(name, "và").next() {
            Some(at)
                if !name[at + "và".len()..]
                    .trim_start()
                    .starts_with(char::is_uppercase) =>
            {
                name[..at].trim_end()
            }
            _ => name,
        };
        name.split_whitespace()
            .take(MAX_ORGANISER_WORDS)
            .collect::<Vec<_>>()
            .join(" ")
    });
    let first = found.next()?;
    found.all(|other| other == first).then_some(first)
}

/// The Assembly's standing committee, whose sittings are "phiên họp" (the Assembly's own are
/// "kỳ họp").
const STANDING_COMMITTEE: &str = "Ủy ban Thường vụ Quốc hội";

/// Whether the Assembly itself stands in `text`, not only inside the name of its standing
/// committee or of an office ("Chủ tịch Quốc hội", "đại biểu Quốc hội"): "Quốc hội nghe Ủy ban
/// Thường vụ Quốc hội báo cáo" is the Assembly's sitting.
fn assembly_acts(text: &str) -> bool {
    const BEFORE: &[&str] = &[
        "thường vụ",
        "chủ tịch",
        "tổng thư ký",
        "đại biểu",
        "văn phòng",
        "kỳ họp",
    ];
    let lower = text.to_lowercase();
    lower.match_indices("quốc hội").any(|(at, _)| {
        let before = lower[..at].trim_end();
        !BEFORE
            .iter()
            .any(|w| crate::text::ends_with_word(before, w))
    })
}

/// The one body of `text` that holds numbered sittings of the kind `keyword` names, when the
/// sentence names exactly one ("đại biểu Quốc hội" counts: it is the Assembly's context). A
/// "phiên họp" beside the standing committee is the committee's ("Chủ tịch Quốc hội …, Ủy ban
/// Thường vụ Quốc hội …"); a "kỳ họp" is never the committee's.
fn sitting_body_in(text: &str, keyword: &str) -> Option<String> {
    let mut found: Vec<Cow<str>> = sitting_bodies(text).collect();
    found.sort();
    found.dedup();
    if found.len() > 1 {
        let sitting = keyword.to_lowercase();
        let committee = found.iter().any(|b| b == STANDING_COMMITTEE);
        if sitting.contains("phiên") && committee && !assembly_acts(text) {
            return Some(STANDING_COMMITTEE.to_string());
        }
        if sitting.contains("kỳ") || sitting.contains("kì") {
            found.retain(|b| b != STANDING_COMMITTEE);
        }
    }
    match found.as_slice() {
        [one] => Some(one.to_string()),
        _ => None,
    }
}

/// The term of a numbered member of `series` named without it, from the bodies of that series
/// its sentence names with one term ("Hội nghị Trung ương 5 …, Ban Chấp hành Trung ương Đảng
/// khóa XI đã nhất trí …", "Quốc hội khóa 14 … tại Kỳ họp Quốc hội thứ 5"): the knowledge
/// file dates members by their term.
fn sitting_term(text: &str, series: &str) -> Option<u32> {
    // In any case: "Ban chấp hành Trung ương Đảng khoá XII", "quốc hội khóa 14".
    static TERMED_BODY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(quốc hội|ban chấp hành trung ương)(?:\s+đảng)?\s+kh(?:óa|oá)\s+([ivxlc]+|\d{1,2})\b")
            .unwrap()
    });
    // (Most sentences name no term: the word is looked for before the pattern.)
    if !["khóa", "khoá", "Khóa", "Khoá", "KHÓA", "KHOÁ"]
        .iter()
        .any(|w| text.contains(w))
    {
        return None;
    }
    let series = series.to_lowercase();
    let terms: BTreeSet<u32> = TERMED_BODY
        .captures_iter(text)
        .filter(|c| !to_be_formed(&text[..c.get(0).unwrap().start()]))
        .filter(|c| {
            let body = c[1].to_lowercase();
            ["trung ương", "quốc hội"]
                .iter()
                .any(|w| body.contains(w) && series.contains(w))
        })
        .filter_map(|c| term_number(&c[2]))
        .collect();
    match terms.len() {
        1 => terms.first().copied(),
        _ => None,
    }
}

/// Whether the words before a body named with its term (`before`) make it the body of a term
/// to come, its members to be chosen ("phương án nhân sự Ban Chấp hành Trung ương
/// khoá 13", "bầu Ban Chấp hành Trung ương khóa XIII"): not the term of a sitting the sentence
/// names bare.
fn to_be_formed(before: &str) -> bool {
    const CHOOSING: &[&str] = &["nhân sự", "bầu", "bầu cử", "ứng cử", "ứng cử viên"];
    let lower = crate::text::tail(before.trim_end(), 24).to_lowercase();
    CHOOSING
        .iter()
        .any(|w| crate::text::ends_with_word(&lower, w))
}

/// The one legislature an article names, with its term at least once ("Quốc hội khóa XIV",
/// "HĐND tỉnh A khóa IX"), whose sessions ("kỳ họp") a sentence may name bare: its name
/// without the term. None when the article names two, or names its legislature never with a
/// term (a foreign parliament by its common noun).
/// The standing committee and the Party's Central Committee hold no "kỳ họp".
fn article_legislature(a: &Article) -> Option<String> {
    let bodies: BTreeSet<Cow<str>> = a
        .lines
        .iter()
        .flat_map(|l| sitting_bodies(&l.folded.text))
        .filter(|b| b != STANDING_COMMITTEE && !b.starts_with("Ban Chấp hành"))
        .collect();
    let bare: BTreeSet<&str> = bodies.iter().map(|b| split_term(b).0).collect();
    // Named by its term somewhere, but given without it: the article may name the term of
    // another session than the one a sentence names bare.
    let termed = bodies.iter().any(|b| split_term(b).1.is_some());
    match (bare.len(), termed) {
        (1, true) => bare.first().map(|b| b.to_string()),
        _ => None,
    }
}

/// A national institution's sitting named by its common noun alone ("Kỳ họp Quốc hội",
/// "Cuộc họp nội các", "Phiên họp Chính phủ bất thường"): whose country it is, the title does
/// not say.
static BARE_NATIONAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:kỳ|kì|phiên|cuộc|buổi)\s+họp(?:\s+của)?\s+(?:quốc hội|nội các|chính phủ)(?:\s+(?:bất thường|thường kỳ|khẩn cấp|đặc biệt))?$").unwrap()
});

/// Offices a head of state, of government or of a ministry holds for a country named right
/// after them ("Chủ tịch Cuba Miguel Díaz-Canel", "Tổng thống Philippines …"), lower case.
const NATIONAL_OFFICES: &[&str] = &[
    "tổng thống",
    "chủ tịch",
    "thủ tướng",
    "quốc vương",
    "nhà vua",
    "nhà lãnh đạo",
    "lãnh đạo",
    "ngoại trưởng",
    "tổng bí thư",
];

/// How many lines open an article (its headline and lead) for the country it is about.
const LEAD_LINES: usize = 5;

/// The foreign country whose institution a sitting named bare is (`title`, [`BARE_NATIONAL`]),
/// in sentence `text` of article `a`: the one country whose head the article's opening names
/// by office ("Chủ tịch Cuba …"), when the sentence names no country or names that one among
/// others ("… ông Díaz - Canel cho rằng Mỹ vẫn … đối với Cuba"). None where Viet Nam is
/// named there, or a person of Vietnamese name: a bare "Quốc hội" is Viet Nam's.
fn national_country(
    a: &Article,
    title: &str,
    (text, at): (&str, usize),
    k: &Knowledge,
) -> Option<String> {
    // ("Phó Thủ tướng Vũ Đức Đam" names no Germany.)
    if !BARE_NATIONAL.is_match(title) || text.contains("Việt Nam") || !names_in(text, k).is_empty()
    {
        return None;
    }
    // A country the sentence names is as often what is spoken of ("… ông Biden cho hay tiến
    // trình đàm phán với Iran …"): it only bars another.
    let in_sentence = countries_in(text, k);
    let lead: Vec<&str> = a
        .lines
        .iter()
        .filter(|l| l.noise.is_none() && !l.folded.text.trim().is_empty())
        .take(LEAD_LINES)
        .map(|l| l.folded.text.as_str())
        .collect();
    let vietnamese = lead
        .iter()
        .any(|l| l.contains("Việt Nam") || !names_in(l, k).is_empty());
    if vietnamese {
        return None;
    }
    let mut headed: Vec<&str> = lead
        .iter()
        .flat_map(|l| {
            countries_in(l, k)
                .into_iter()
                .filter(|c| headed_by_office(l, c))
        })
        .collect();
    headed.sort_unstable();
    headed.dedup();
    if let [one] = headed.as_slice() {
        return (in_sentence.is_empty() || in_sentence.contains(one)).then(|| one.to_string());
    }
    // Of several heads the lead names, the country whose head the sentence names ("Chỉ thị
    // được Widodo công bố sau cuộc họp nội các"), else the headed country the sentence opens
    // with, its subject ("Triều Tiên … có thể thử tên lửa trước kỳ họp quốc hội", of an article
    // that also names the President of the United States; not one inside a quotation).
    let by_head: Vec<&&str> = headed
        .iter()
        .filter(|c| lead.iter().any(|l| names_head_of(l, c, text)))
        .collect();
    if let [one] = by_head.as_slice() {
        return Some(one.to_string());
    }
    let opening = text[..at].trim_start();
    let subject: Vec<&&str> = headed
        .iter()
        .filter(|c| crate::text::starts_with_word(opening, c))
        .collect();
    match subject.as_slice() {
        [one] => Some(one.to_string()),
        _ => None,
    }
}

/// Whether `sentence` names the head `line` names by office for `country` ("Tổng thống
/// Philippines Rodrigo Duterte"): by the last word of the head's name ("Duterte").
fn names_head_of(line: &str, country: &str, sentence: &str) -> bool {
    let lower = line.to_lowercase();
    let country_lower = country.to_lowercase();
    // (Bound before it is returned: the search borrows the lower-case copies.)
    let named = crate::text::word_positions(&lower, &country_lower).any(|at| {
        let headed = NATIONAL_OFFICES
            .iter()
            .any(|o| crate::text::ends_with_word(lower[..at].trim_end(), o));
        // (The original's offsets are the lower case's but for a letter whose case changes
        // its length: then nothing is read.)
        let name: Vec<&str> = line
            .get(at + country.len()..)
            .unwrap_or("")
            .split_whitespace()
            .take_while(|w| w.starts_with(char::is_uppercase))
            .take(4)
            .collect();
        let last = name
            .last()
            .map(|w| w.trim_end_matches([',', '.', ';', ':']));
        headed && last.is_some_and(|w| w.chars().count() > 2 && contains_word(sentence, w))
    });
    named
}

/// The countries among the knowledge file's foreign parties that `text` names, as written:
/// not the international bodies (a name in capitals, "Liên hợp quốc", "Liên minh châu Âu",
/// "Ngân hàng Thế giới", "Cộng đồng Pháp ngữ").
fn countries_in<'k>(text: &str, k: &'k Knowledge) -> Vec<&'k str> {
    const BODY_HEADS: &[&str] = &["Liên hợp", "Liên minh", "Ngân hàng", "Cộng đồng"];
    let mut out: Vec<&str> = k
        .foreign_parties
        .iter()
        .map(String::as_str)
        .filter(|p| !p.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()))
        .filter(|p| !BODY_HEADS.iter().any(|h| p.starts_with(h)))
        .filter(|p| contains_word(text, p))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether `country` stands right after an office of [`NATIONAL_OFFICES`] in `line`.
fn headed_by_office(line: &str, country: &str) -> bool {
    let lower = line.to_lowercase();
    let country = country.to_lowercase();
    let headed = crate::text::word_positions(&lower, &country).any(|at| {
        let before = lower[..at].trim_end();
        NATIONAL_OFFICES
            .iter()
            .any(|o| crate::text::ends_with_word(before, o))
    });
    headed
}

/// Whether `body` is all one body that holds numbered sittings ("Quốc hội khóa XIV").
fn is_sitting_body(body: &str) -> bool {
    SITTING_BODY
        .find(body)
        .is_some_and(|m| m.start() == 0 && m.end() == body.trim_end_matches('.').len())
}

/// A body's name without its term, and the term ("Quốc hội khóa XIV" → "Quốc hội", 14).
fn split_term(body: &str) -> (&str, Option<u32>) {
    match TERM_AT_END.captures(body) {
        Some(c) => (&body[..c.get(0).unwrap().start()], term_number(&c[2])),
        None => (body, None),
    }
}

/// A term's number as written after "khóa": Roman numerals in any case, or digits.
fn term_number(n: &str) -> Option<u32> {
    crate::text::roman(&n.to_uppercase()).or_else(|| n.parse().ok())
}

/// A series named without its place ("HĐND tỉnh khóa XVIII", "Đảng bộ tỉnh") is local to its
/// article: after the body's first local word, no place name (a capitalised word that is not an
/// acronym) follows.
fn is_local(series: &str) -> bool {
    let lower = series.to_lowercase();
    let Some(at) = LOCAL_MARKERS.iter().filter_map(|m| lower.find(m)).min() else {
        return false;
    };
    let rest = lower[at..].split(" khóa ").next().unwrap_or("").len();
    let tail = series.get(at..at + rest).unwrap_or("");
    !tail.split_whitespace().any(|w| {
        let capital = w.starts_with(char::is_uppercase);
        let acronym = w.chars().all(|c| !c.is_lowercase());
        capital && !acronym
    })
}

/// The term the first session named in sentence `text` opens, written in the sentence ("kỳ
/// họp thứ nhất khoá VIII nhiệm kỳ 2011-2016", "HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026 khai mạc
/// kỳ họp thứ nhất"): its first year and the words. Only one term in the sentence, and one of
/// five years, as councils' and the Assembly's are.
fn term_opened(text: &str) -> Option<(i32, Range<usize>)> {
    static TERM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bnhiệm\s+k[ỳì]\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b").unwrap()
    });
    let mut terms = TERM.captures_iter(text);
    let (c, None) = (terms.next()?, terms.next()) else {
        return None;
    };
    let (first, last): (i32, i32) = (c[1].parse().ok()?, c[2].parse().ok()?);
    let words = c.get(0)?.range();
    (last - first == TERM_YEARS).then_some((first, words))
}

/// The years of a council's or the Assembly's term.
const TERM_YEARS: i32 = 5;

/// The title years of a name, as readings.
fn title_years(
    name: &Name,
    title: &str,
    original: &dyn Fn(Range<usize>) -> String,
    line: usize,
) -> TitleYears {
    let reading = |r: &Range<usize>| Reading {
        text: original(r.clone()),
        line,
    };
    let lower = title.to_lowercase();
    // A wage's year is a plan's, settled the year before.
    let wage = wage_year(&lower).and_then(|y| name.years.iter().position(|(v, _)| *v == y));
    let plan_year = wage.or(name.plan_year);
    let first = name
        .years
        .iter()
        .enumerate()
        .find(|(i, _)| Some(*i) != plan_year)
        .map(|(_, (y, r))| (*y, reading(r)));
    TitleYears {
        first,
        plan: plan_year
            .and_then(|i| name.years.get(i))
            .map(|(y, r)| (*y, reading(r))),
        school_year: name.school_year.as_ref().map(|(y, r)| (*y, reading(r))),
        period_month: name.period_month,
        reviews: REVIEW_WORDS.iter().any(|w| lower.contains(w)) && !reviews_a_campaign(title),
        plan_settled_before: wage.is_some(),
        opens_term: None,
        anniversary: None,
    }
}

/// The year of a minimum wage lower-case text names as settled ("lương tối thiểu vùng năm
/// 2020"): wages for a year are negotiated and decided in the year before it, whatever the
/// month. Not a wage being carried out, applied or reported ("triển khai thực hiện mức lương
/// tối thiểu năm 2020"), nor a year not right after it ("lương tối thiểu và năng suất lao
/// động năm 2019").
/// The words right before the year a minimum wage is for ([`wage_year`]).
const WAGE_WORDS: &[&str] = &[
    "lương tối thiểu",
    "lương tối thiểu vùng",
    "lương tối thiểu cho",
    "lương tối thiểu vùng cho",
];

fn wage_year(lower: &str) -> Option<i32> {
    static WAGE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"lương tối thiểu(?:\s+vùng)?(?:\s+(?:cho\s+)?năm)?\s+((?:19|20)\d{2})\b")
            .unwrap()
    });
    const APPLIED: &[&str] = &["thực hiện", "triển khai", "áp dụng", "công bố"];
    if APPLIED.iter().any(|w| lower.contains(w)) {
        return None;
    }
    WAGE.captures(lower)?[1].parse().ok()
}

/// Campaigns and events named with their year ("Tháng Thanh niên năm 2019", "Chiến dịch Mùa hè
/// xanh 2019", "Hội khỏe Phù Đổng 2020", a festival: "công tác chăm lo Tết Mậu Tuất 2018"):
/// reviewed within their year, unlike a year's work ("tổng kết công tác năm 2018"), reviewed
/// early the next.
const CAMPAIGNS: &[&str] = &[
    "Tết ",
    "Tháng ",
    "Chiến dịch",
    "Hội thi",
    "Hội thao",
    "Hội khỏe",
    "Hội diễn",
    "Giải ",
    "Lễ hội",
    "Festival",
    "Mùa hè",
    "Tuần lễ",
    "Ngày hội",
];

/// Events of a season within their year, lower case, named with its year ("kỳ thi THPT quốc
/// gia năm 2019", "chấm thi năm 2019", "bầu cử đại biểu … năm 2016"): reviewed weeks after,
/// within the year, like a campaign. Not "thi đua" (a year's emulation, reviewed early the
/// next), "thi hành" or "thi công"; nor admissions ("tuyển sinh"), whose season runs to the
/// year's end and is reviewed as often early the next.
const SEASONAL_EVENTS: &[&str] = &[
    "kỳ thi",
    "chấm thi",
    "coi thi",
    "kết quả thi",
    "thi tốt nghiệp",
    "thi thpt",
    "bầu cử",
];

/// The title reviews a campaign or an event named with its year, not a year's work. A
/// seasonal event counts only as what is reviewed, before the year and the owner ("… công tác
/// năm 2018 của Hội đồng tuyển sinh" reviews a year's work).
fn reviews_a_campaign(title: &str) -> bool {
    static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:19|20)\d{2}\b").unwrap());
    let lower = title.to_lowercase();
    let owner = lower.find(" của ").unwrap_or(lower.len());
    let year = YEAR.find(&lower).map_or(lower.len(), |m| m.start());
    let reviewed = &lower[..owner.min(year)];
    CAMPAIGNS.iter().any(|c| title.contains(c))
        || SEASONAL_EVENTS.iter().any(|e| contains_word(reviewed, e))
}

/// Years a meeting's agenda names after its name in the same sentence, when the agenda reviews
/// ("tổng kết", "sơ kết", "đánh giá") or plans ("triển khai", "nhiệm vụ … năm 2018"), and the
/// school year it reviews or plans.
fn agenda_years(
    text: &str,
    from: usize,
    original: &dyn Fn(Range<usize>) -> String,
    line: usize,
) -> TitleYears {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\bnăm\s+((?:19|20)\d{2})\b").unwrap());
    use super::lexicon::PLAN_WORDS as PLAN;
    let rest = &text[from..];
    let lower = rest.to_lowercase();
    let looks_back = REVIEW_VERBS.iter().any(|w| lower.contains(w));
    // A campaign or a season's event reviewed is of the year the meeting is held in.
    let reviews = looks_back && !reviews_a_campaign(rest);
    let wage_y = wage_year(&lower);
    if !looks_back && !PLAN.iter().any(|w| lower.contains(w)) && wage_y.is_none() {
        return TitleYears::default();
    }
    let mut out = TitleYears {
        reviews,
        ..TitleYears::default()
    };
    // "… đánh giá kết quả năm học 2017 - 2018, đề ra phương hướng năm học 2018 - 2019": the
    // first school year the agenda names, as a title's.
    static SCHOOL_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bnăm học\s+((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}\b").unwrap()
    });
    out.school_year = SCHOOL_YEAR.captures(rest).and_then(|c| {
        let m = c.get(0)?;
        let reading = Reading {
            text: original(from + m.start()..from + m.end()),
            line,
        };
        Some((c[1].parse().ok()?, reading))
    });
    let mut since = 0;
    for c in YEAR.captures_iter(rest) {
        let m = c.get(0).unwrap();
        // A horizon ("phấn đấu đến năm 2030", "tới năm 2025") or a period is no year of the
        // meeting's.
        if terms::horizon_or_period(rest, m.range()) {
            continue;
        }
        let Ok(y) = c[1].parse::<i32>() else { continue };
        let reading = Reading {
            text: original(from + m.start()..from + m.end()),
            line,
        };
        let between = rest[since..m.start()].to_lowercase();
        let wage = wage_y == Some(y);
        if (wage || PLAN.iter().any(|w| between.contains(w))) && out.plan.is_none() {
            out.plan = Some((y, reading));
            out.plan_settled_before = wage;
        } else if out.first.is_none() && out.plan.is_none() {
            out.first = Some((y, reading));
        }
        since = m.end();
    }
    out
}

/// Extracts the conferences of one sentence into `out` (the article's list so far).
#[allow(clippy::too_many_arguments)]
pub(super) fn extract(
    a: &Article,
    s: &Sentence,
    ctx: &mut ArticleContext,
    people: &People,
    k: &Knowledge,
    out: &mut Vec<ConferenceMention>,
) {
    let text = s.folded();
    let first = out.len();
    let names = add_mentions(a, s, k, out);
    if names.is_empty() {
        // The meeting just named in this paragraph as a point of reference may be the one the
        // sentence goes on about ("… kết quả Hội nghị lần thứ 9. Theo đó, hội nghị diễn ra từ
        // ngày 3 đến 8-5."): it takes the sentence's day, and is reported as held.
        if let Some(just) = out
            .last_mut()
            .filter(|c| c.reference && c.evidence.line == s.line.number)
        {
            anaphor_day(s, ctx, just);
            if !just.reference {
                return;
            }
        }
        // No conference named here: the sentence may still describe the last one ("Sự kiện do
        // Bộ trưởng … chủ trì, với sự có mặt của …", "Hội nghị làm việc đến ngày 16/10").
        if let Some(last) = out
            .iter_mut()
            .rev()
            .find(|c| !c.reference && !c.framework && c.companion_of.is_none())
        {
            if last.evidence.line + 2 >= s.line.number {
                details(s, text, people, k, last);
                owner_told_after(s, last);
            }
            if last.evidence.line + ANAPHOR_LINES >= s.line.number {
                anaphor_day(s, ctx, last);
            }
            closing_day(s, ctx, last);
        }
        return;
    }
    date_mentions(s, ctx, &names, &mut out[first..]);
    attach_anchors(s, &names, &mut out[first..]);
    day_to_antecedent(s, out, first);
    // Sentence-level details go to the conference the sentence reports.
    let main = (first..out.len())
        .rev()
        .find(|&i| !out[i].reference && !out[i].framework && out[i].companion_of.is_none());
    if let Some(i) = main {
        details(s, text, people, k, &mut out[i]);
    }
}

/// A sentence that opens with the meeting just named, by its word alone or as "the event", and
/// says who organised it ("Hội nghị do Bộ Văn hóa, Thể thao và Du lịch tổ chức", "Sự kiện
/// được tổ chức bởi …"): a generic title takes that owner.
fn owner_told_after(s: &Sentence, c: &mut ConferenceMention) {
    let text = s.folded();
    static ANAPHOR: LazyLock<Regex> = LazyLock::new(|| {
        let words = super::lexicon::MEETING_WORDS
            .iter()
            .map(|(w, _)| crate::text::capitalised(w))
            .chain(["Sự kiện".to_string(), "Chương trình".to_string()])
            .collect::<Vec<_>>()
            .join("|");
        Regex::new(&format!(
            r"^\s*(?:{words})(?:\s+(?:này|lần này|năm nay))?\s+(?:được\s+)?(?:tổ chức\s+bởi\s+|do\s+)"
        ))
        .unwrap()
    });
    // (The anchored pattern first: most sentences after a meeting do not open with it.)
    let Some(m) = ANAPHOR.find(text) else {
        return;
    };
    if c.ordinal.is_some() || names_someone(&c.title) || c.title.contains(" của ") {
        return;
    }
    // "… do X tổ chức": read as after a name; "… tổ chức bởi X": up to the clause's end.
    let from = m.end()
        - if m.as_str().ends_with("do ") {
            "do ".len()
        } else {
            0
        };
    let body = organizer_after(&text[from..]).or_else(|| {
        // To the clause's end: a comma before a capital is inside the body's name ("Bộ Văn
        // hóa, Thể thao và Du lịch").
        let rest = &text[m.end()..];
        let end = rest
            .match_indices([',', '.', ';'])
            .find(|(i, c)| *c != "," || !rest[i + 1..].trim_start().starts_with(char::is_uppercase))
            .map_or(rest.len(), |(i, _)| i);
        let clause = rest[..end].trim();
        (starts_with_organiser(clause) && clause.split_whitespace().count() <= MAX_ORGANISER_WORDS)
            .then(|| clause.to_string())
    });
    // As written, not folded.
    let Some(at) = body.and_then(|b| {
        text[from..]
            .find(&b)
            .map(|at| from + at..from + at + b.len())
    }) else {
        return;
    };
    c.title = format!("{} của {}", c.title, original_of(s, at));
}

/// The original words of a range of sentence `s` (bytes of its folded text).
fn original_of(s: &Sentence, r: Range<usize>) -> String {
    s.line
        .original(s.range.start + r.start..s.range.start + r.end)
        .to_string()
}

/// Whether a sentence may name a meeting: every keyword has one of these in either case, and
/// most sentences have none.
fn may_name_a_meeting(text: &str) -> bool {
    MEETING_CUES.iter().any(|k| text.contains(k))
}

/// Pieces of text one of which every meeting word of the lexicon
/// ([`super::lexicon::MEETING_WORDS`]) and the verb `họp` hold, in lower case, capitalised or in
/// capitals, and the reviews held by the verb of organising them: a sentence without any names
/// no meeting (a test keeps this list whole).
const MEETING_CUES: &[&str] = &[
    "ội",
    "ỘI",
    "đàm",
    "ĐÀM",
    "đàn",
    "ĐÀN",
    "ọp",
    "ỌP",
    "àm việc",
    "ÀM VIỆC",
    "iếp xúc",
    "IẾP XÚC",
    "iao ban",
    "IAO BAN",
    "đỉnh",
    "ĐỈNH",
    "uổi tổng",
    "UỔI TỔNG",
    "uổi sơ",
    "UỔI SƠ",
    // A review held by the verb of organising it ([`organised_reviews`]).
    "chức sơ kết",
    "chức tổng kết",
];

/// How a sentence places a meeting it names beside what it reports.
struct Placing {
    /// A point of reference (recalled, a document of it, called off), not reported as held.
    reference: bool,
    /// The framework of other meetings ("trong khuôn khổ …").
    framework: bool,
    /// The meeting (by its index in the article's mentions) it was held beside.
    companion_of: Option<usize>,
}

impl Placing {
    /// The placing of the meeting named at `named` in the sentence `text`; `passed`, whether
    /// something was passed at it ([`passed_at`]), and `recalled_on_day`, whether with its own
    /// day; `names` are the sentence's names before it and `out[first..]` their mentions
    /// ("trong khuôn khổ A và B": B stands where A does).
    fn of(
        text: &str,
        named: Range<usize>,
        (passed, recalled_on_day): (bool, bool),
        names: &[Range<usize>],
        (out, first): (&[ConferenceMention], usize),
    ) -> Self {
        let prefix = &text[..named.start];
        let rest = &text[named.end..];
        let recalled = ends_with_any(prefix, RECALL_CUES) || topic_of_a_work(prefix).is_some();
        let cited = ends_with_any(prefix, REFERENCE_CUES) && !happens_next(rest);
        let mut reference = (recalled && !recalled_on_day || cited)
            && !concluding_speech(prefix, rest)
            || passed && !recalled_on_day
            || DOCUMENT_OF.is_match(prefix)
            || DOCUMENT_ACT.is_match(prefix)
            || DOCUMENT_SUBJECT.is_match(prefix)
            || called_off(prefix, rest)
            || tells_a_custom(prefix, rest);
        let mut framework = ends_with_any(prefix, FRAMEWORK_CUES) || on_occasion_to_attend(prefix);
        let mut companion = ends_with_any(prefix, COMPANION_CUES);
        let gap = names
            .last()
            .map(|r| text[r.end.min(named.start)..named.start].trim());
        if let Some(prev) = out[first..]
            .last()
            .filter(|_| gap.is_some_and(|g| g.len() <= 4))
        {
            // A list of meetings ("chuẩn bị cho A và B"; "… cho A; B"): each stands as the
            // first does. (A comma may as well end a fronted clause: "Sau hội nghị A, hội
            // nghị B khai mạc".)
            if ends_with_any(prefix, &["và", ","]) || gap == Some(";") {
                reference |= prev.reference;
                framework |= prev.framework;
                companion |= prev.companion_of.is_some();
            }
        }
        let companion_of = companion
            .then(|| {
                out[first..]
                    .iter()
                    .position(|c| !c.reference && !c.framework)
                    .map(|i| first + i)
            })
            .flatten();
        Placing {
            reference,
            framework,
            companion_of,
        }
    }
}

/// Whose a meeting is, as its sentence says.
struct Owner {
    /// The organiser named before it ("Bộ Ngoại giao tổ chức …").
    organizer: Option<String>,
    /// The organiser, else the sitting body of a bare numbered session, the speaker at an
    /// unnamed meeting, or the body a fronted meeting is the place of.
    body: Option<String>,
    /// For a bare numbered session of a sitting body: the series named with that body (without
    /// its term) and the body's term.
    sitting_series: Option<(String, Option<u32>)>,
}

impl Owner {
    /// The owner of the meeting `m` named `name` in the sentence `text`; `head` is its
    /// meeting word as written.
    ///
    /// `a` is the article: a legislature's session named bare in a sentence that names no
    /// body takes the one legislature the article names with its term, in its title only
    /// ([`article_legislature`]).
    fn of(
        a: &Article,
        text: &str,
        m: &Hit,
        name: &Name,
        k: &Knowledge,
        head: impl Fn() -> String,
    ) -> Self {
        let prefix = &text[..m.start];
        let organizer = organizer_before(prefix)
            .or_else(|| holder_before(prefix, &text[m.start..m.end]))
            .or_else(|| organizer_after(&text[name.end..]));
        let bare = is_bare_numbered(name, text);
        // A meeting the sentence opens with as a participle is fronted as one after "Tại".
        let fronted = is_participle(m) || fronted_after_clause(prefix);
        // A numbered session or plenum named bare, beside the one body of its sentence that
        // holds such ("Quốc hội sẽ xem xét tại kỳ họp thứ 9", "HĐND tỉnh … kỳ họp thứ 14"), is
        // that body's, and the series is that body's (a council's 9th session is not the
        // National Assembly's). The body may be the organiser ("Quốc hội khóa XIV khai mạc Kỳ
        // họp thứ 6"); its term is the meeting's, not part of the series' name.
        let sitting_body = bare
            .then(|| match &organizer {
                Some(o) => is_sitting_body(o).then(|| o.clone()),
                None => sitting_body_in(text, m.keyword),
            })
            .flatten();
        // "Ủy ban Kiểm tra Thành ủy A cho biết kỳ họp thứ 23 …": a body reporting a numbered
        // meeting named bare reports its own.
        let sitting_body = sitting_body.or_else(|| {
            bare.then(|| organizer_before_cue(prefix, REPORTING_CUES))
                .flatten()
                .filter(|b| holds_sittings(b))
        });
        // "Hai nước đã lập Ủy ban hỗn hợp về hợp tác thương mại, tổ chức khóa họp lần thứ
        // nhất …": a joint committee named before a session named bare holds it.
        let sitting_body = sitting_body.or_else(|| bare.then(|| joint_committee(prefix)).flatten());
        let sitting_series = sitting_body.as_deref().map(|body| {
            let (bare, body_term) = split_term(body);
            (format!("{} {bare}", head()), body_term)
        });
        // An unnamed meeting ("tại cuộc họp ngày 25/10") is named by whose it is.
        let speaker = (name.words == 0)
            .then(|| {
                SPEAKER_AT
                    .captures(prefix)
                    .map(|c| c[1].to_string())
                    .filter(|who| speaker_named(who))
                    .or_else(|| {
                        (m.kind == MeetingKind::Session)
                            .then(|| sitting_body_in(text, m.keyword))
                            .flatten()
                    })
            })
            .flatten();
        // "trình Quốc hội … vào kỳ họp tháng 5/2020": a legislature's session named by its
        // time alone is the one legislature its sentence names.
        let session_word = ["kỳ họp", "kì họp"].contains(&m.keyword.to_lowercase().as_str());
        // "… báo cáo Ủy ban Thường vụ Quốc hội vào Phiên họp tháng 9/2019": so is a sitting
        // ("phiên họp") named by its month alone, the standing committee's.
        // So is a regular one named by its month ("phiên họp thường kỳ tháng 9/2018", of the
        // council whose chair the sentence names).
        static REGULAR_BY_TIME: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)^(?:thường kỳ|định kỳ)\s+tháng\s+\d{1,2}(?:\s*[/.\-]\s*\d{4})?$")
                .unwrap()
        });
        let regular = || REGULAR_BY_TIME.is_match(text[name.start..name.end].trim());
        let sitting_by_time = m.keyword.to_lowercase() == "phiên họp"
            && name.words > 0
            && (name.words == name.years.len() || regular());
        let legislature =
            ((session_word || sitting_by_time) && name.words > 0 && !name.proper_name && !bare)
                .then(|| sitting_body_in(text, m.keyword))
                .flatten();
        // "Tại phiên họp thường kỳ tháng 11, Chính phủ thống nhất …": a meeting fronted as
        // the place of what a body did is that body's.
        let subject = (organizer.is_none() && !bare && fronted)
            .then(|| body_after(&text[name.end..]).or_else(|| organiser_after(&text[name.end..])))
            .flatten();
        // "Ông A, bộ trưởng Bộ Công thương, cho biết tại buổi làm việc với …": a working
        // session or a meeting is the body's whose office holder speaks at it; with a leader
        // or a delegation, the body is the side that hosts the guest ([`owned_title`]).
        // "Phát biểu tại Hội nghị tổng kết công tác năm 2018, Bộ trưởng Bộ A …": a body's
        // work conference is the body's whose head speaks at it.
        let work = m.kind == MeetingKind::Conference && work_conference(&text[m.end..name.end]);
        let host = || {
            let held = host::held_by_speaker(m.kind) || work;
            (held && !bare)
                .then(|| {
                    let people = names_in(text, k);
                    let who = match work {
                        true => host::Speakers::Heads,
                        false => host::Speakers::Any,
                    };
                    host::speaker_body(text, m.start, name.end, fronted, &people, who)
                })
                .flatten()
        };
        // "Ủy ban A đã thảo luận báo cáo tại phiên họp toàn thể …", "… được Bộ B công bố tại
        // cuộc họp …": a body's own sitting, meeting or working session, or its work
        // conference, is where it acts; not a summit, forum or workshop another may host.
        let acting = || {
            let own = host::held_by_speaker(m.kind) || m.kind == MeetingKind::Session || work;
            (own && !bare)
                .then(|| host::subject_body(text, m.start, &names_in(text, k)))
                .flatten()
        };
        // "… trong báo cáo của Ban trị sự A, tại hội nghị tổng kết …": a body's work conference
        // is the body's whose report it hears.
        let reporter = || work.then(|| reporting_body(prefix)).flatten();
        // "Bộ trưởng Bộ A Nguyễn Văn B chủ trì hội nghị …": the chair's body holds it; not a
        // session or a summit, whose chair may head another body than the one that sits
        // ("Chủ tịch Quốc hội chủ trì phiên họp" of the standing committee).
        let chair = || {
            let sitting = matches!(m.kind, MeetingKind::Session | MeetingKind::Summit);
            // (The names are read only when "chủ trì" stands right before the meeting.)
            let chaired = crate::text::ends_with_word(&prefix.trim_end().to_lowercase(), "chủ trì");
            (!sitting && !bare && chaired)
                .then(|| host::chair_before(text, m.start, &names_in(text, k)))
                .flatten()
        };
        // "Tổng thống A chủ trì cuộc họp nội các", "ngoại trưởng B đã có cuộc họp với …": a
        // meeting or working session a state's leader holds is the leader's.
        // Not a legislature's sitting a leader speaks at ("trong cuộc họp quốc hội").
        let leader = || {
            let legislature = host::legislature_named(&text[m.end..name.end]);
            (host::held_by_speaker(m.kind) && !bare && !legislature)
                .then(|| host::leader_before(text, m.start))
                .flatten()
        };
        // "Tại hội nghị thượng đỉnh với Tổng thống B …, Tổng thống A bày tỏ …": a meeting with
        // a partner, fronted, is the leader's who is the subject after it.
        let fronted_leader = || {
            let with_partner = text[m.end..name.end].trim_start().starts_with("với ");
            let kind = host::held_by_speaker(m.kind) || m.kind == MeetingKind::Summit;
            (kind && with_partner && !bare && fronted)
                .then(|| host::leader_after(&text[name.end..]))
                .flatten()
        };
        // "Kỳ họp thứ 4 sẽ …" in an article about the National Assembly of one term: whose it
        // is, for the reader; its series stays the sentence's, for a guess must not merge it.
        let session_word = ["kỳ họp", "kì họp"].contains(&m.keyword.to_lowercase().as_str());
        let in_article = || {
            (session_word && !name.proper_name)
                .then(|| article_legislature(a))
                .flatten()
        };
        Owner {
            body: organizer
                .clone()
                .or(sitting_body)
                .or(speaker)
                .or(legislature)
                .or(subject)
                .or_else(host)
                .or_else(acting)
                .or_else(reporter)
                .or_else(chair)
                .or_else(leader)
                .or_else(fronted_leader)
                .or_else(in_article),
            organizer,
            sitting_series,
        }
    }
}

/// The body whose report a meeting right after hears ("báo cáo của Ban Thường trực Ủy ban
/// Mặt trận Tổ quốc Việt Nam - TP. HCM, tại hội nghị tổng kết …", "báo cáo tổng kết của Sở A tại …"): the
/// words after the last "báo cáo … của" of `prefix`, up to "tại" or "trong", when they name a
/// body of a name's length.
fn reporting_body(prefix: &str) -> Option<String> {
    let lower = prefix.to_lowercase();
    let at = lower.rfind("báo cáo ")?;
    let after = &prefix[at..];
    let of = after.find(" của ")? + " của ".len();
    let body = after[of..].trim_end();
    let body = ["tại", "trong"]
        .iter()
        .find_map(|w| body.strip_suffix(w))?
        .trim_end()
        .trim_end_matches(',')
        .trim_end();
    (starts_with_organiser(body) && (1..=MAX_ORGANISER_WORDS).contains(&name_words(body)))
        .then(|| body.to_string())
}

/// What a body's own work conference is named by, lower case: the work it reviews or plans
/// ("hội nghị tổng kết công tác năm 2018", "hội nghị triển khai nhiệm vụ năm 2019", "hội nghị
/// sản xuất kinh doanh năm 2016").
const WORK_CONFERENCES: &[&str] = &[
    "tổng kết",
    "sơ kết",
    "triển khai",
    "sản xuất kinh doanh",
    "báo cáo kết quả",
];

/// Whether a conference's name after its word (`after_word`) opens with the work it reviews or
/// plans ([`WORK_CONFERENCES`]).
fn work_conference(after_word: &str) -> bool {
    // "Hội nghị trực tuyến tổng kết …": past the words of its form.
    let lower = crate::text::lower_opening(after_word, 48);
    let lower = crate::extract::lexicon::without_form_words(&lower);
    WORK_CONFERENCES
        .iter()
        .any(|w| crate::text::starts_with_word(lower, w))
}

/// A term that ends a body's name or a title ("… khóa XIX", "…, khoá XII", "… (khóa XII)"),
/// with what separates it; group 1 the term as written, group 2 its number.
static TERM_AT_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[,\s]+(\(?[Kk]h(?:óa|oá)\s+([IVXLC]+|\d{1,2})\)?)\s*$").unwrap());

/// A bare numbered meeting's name with its body after the number, joined by `joiner`, and
/// before the term that ends it ("Kỳ họp thứ 9 khóa XIX" → "Kỳ họp thứ 9 HĐND tỉnh A khóa
/// XIX"): the term is the body's.
fn with_body(numbered: &str, joiner: &str, body: &str) -> String {
    match TERM_AT_END.captures(numbered) {
        Some(c) => {
            let start = c.get(0).map_or(numbered.len(), |m| m.start());
            format!("{}{joiner}{body} {}", &numbered[..start], &c[1])
        }
        None => format!("{numbered}{joiner}{body}"),
    }
}

/// "Hội nghị lần thứ 11" alone names no meeting a reader can tell: its body does; so does a
/// generic title ("Hội nghị tổng kết công tác năm 2017" is every ministry's).
fn owned_title(title: String, body: Option<&str>, name: &Name, text: &str) -> String {
    // "Buổi làm việc với Cục B" is B's guest's: the host stands before the partner; a head of
    // four words is the meeting's word alone ("Hội nghị thượng đỉnh với …", not "Cuộc họp ứng
    // phó với bão").
    let with_partner = title.split_once(" với ").filter(|(head, _)| {
        let words = head.split(' ').count();
        let meeting_word = || {
            KEYWORD
                .find(head)
                .is_some_and(|k| k.range() == (0..head.len()))
        };
        (words <= 3 || words == 4 && meeting_word())
            && !head.chars().skip(1).any(char::is_uppercase)
    });
    if let (Some(body), Some((head, partner))) = (body, with_partner) {
        if !is_bare_numbered(name, text)
            && !partner.contains(body)
            && body.split_whitespace().count() >= 2
        {
            // "Buổi làm việc với Thủ tướng" where Tỉnh ủy A reports: the guest named first.
            return match host::a_guest(partner) {
                true => format!("{head} của {partner} với {body}"),
                false => format!("{head} của {body} với {partner}"),
            };
        }
    }
    match body {
        // "Hội nghị lần thứ 3 về xuất khẩu gạo": whose it is stands before what it is about.
        Some(body) if is_bare_numbered(name, text) => match title.split_once(" về ") {
            Some((numbered, topic)) => {
                format!("{} về {topic}", with_body(numbered, " của ", body))
            }
            None => with_body(&title, " ", body),
        },
        Some(body)
            if name.ordinal.is_none()
                && !names_someone(&title)
                && (body.split_whitespace().count() >= 2 || is_acronym(body)) =>
        {
            match lower_case_owner(&title) {
                // "… của bộ", "… của tập đoàn": the body the title points back to, named.
                Some((head, w)) if body.to_lowercase().starts_with(w) => {
                    format!("{head} của {body}")
                }
                // Another owner already ("… của ngành y tế"): not a second one.
                Some(_) => title,
                // A body the topic names already ("… hoạt động Hội Nông dân tỉnh A") is not
                // named twice.
                None if title.contains(body) => title,
                None => format!("{title} của {body}"),
            }
        }
        _ => title,
    }
}

/// A body named by its letters alone ("FED", "EVN", "VPPA"): one word of three or more
/// capitals (with digits or `&`).
fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_uppercase()).count() >= 3
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
}

/// Whether the meeting word `word` ending at `end` is written again right after itself
/// ("tại hội nghị Hội nghị Vietstock 2018"): a slip of the pen whose second word opens the
/// name.
fn repeated_word(text: &str, end: usize, word: &str) -> bool {
    let after = &text[end..];
    let again = after.trim_start_matches(' ');
    again.len() < after.len()
        && again
            .get(..word.len())
            .is_some_and(|w| w.to_lowercase() == word.to_lowercase())
}

/// Whether a sentence stands on a photo's caption that gives no date ("Tổng Bí thư A phát biểu
/// tại Hội nghị B lần thứ 11. Ảnh: C."): the photo shows a meeting, the article's own (which
/// its text reports, and the caption may name more fully) or one from before (a file photo),
/// and reports none ([`ConferenceMention::caption`]). A caption with a date of its own dates
/// the meeting it shows, as a report does.
fn undated_caption(s: &Sentence) -> bool {
    let line = s.line.folded.text.as_str();
    crate::text::is_caption(line) && crate::extract::dates::find_dates(line).is_empty()
}

/// Adds a mention for every conference the sentence names; returns their names' ranges.
fn add_mentions(
    a: &Article,
    s: &Sentence,
    k: &Knowledge,
    out: &mut Vec<ConferenceMention>,
) -> Vec<Range<usize>> {
    let text = s.folded();
    let first = out.len();
    let mut names: Vec<Range<usize>> = Vec::new();
    let caption = undated_caption(s);
    let original = |r: Range<usize>| original_of(s, r);
    let maybe = may_name_a_meeting(text);
    for (m, name) in keyword_names(if maybe { text } else { "" }, k, &mut |_, _| {}) {
        let prefix = &text[..m.start];
        let title = match m.verb_end {
            // "… tổ chức sơ kết công tác …": a review conference.
            Some(verb_end) if m.keyword == REVIEW_KEYWORD => format!(
                "Hội nghị {} của {}",
                trim_title(original(verb_end..name.title_end.max(verb_end)).trim()),
                verb_body(&original(m.start..m.end))
            ),
            Some(verb_end) => verb_title(
                &original(m.start..m.end),
                &original(verb_end..name.title_end.max(verb_end)),
                m.kind,
            ),
            None if is_participle(&m) => format!(
                "{} {}",
                participle_noun(m.keyword),
                trim_title(original(name.start..name.title_end).trim())
            ),
            None if m.keyword == "cuộc làm việc" && !starts_with_classifier(&text[m.start..]) => {
                working_title(
                    &original(m.start..m.end),
                    &original(m.end..name.title_end.max(m.end)),
                )
            }
            // Words read past between the meeting word and its name ("sắp tới") are left out.
            None if !text[m.end..name.start].trim().is_empty() => {
                let (word, rest) = (
                    original(m.start..m.end),
                    original(name.start..name.title_end),
                );
                joined_groups(capitalise(trim_title(&format!("{word} {rest}"))))
            }
            None => joined_groups(capitalise(trim_title(&original(m.start..name.title_end)))),
        };
        let (series, ordinal) = series_of(&name, m.start, m.end, &original);
        // "Ủy ban Kiểm tra đã họp kỳ 30": the series is the body's sessions, as a noun.
        let series = match (m.verb_end, series) {
            (Some(verb_end), Some(_)) => Some(verb_title(
                &original(m.start..m.end),
                &original(verb_end..name.series_end.unwrap_or(verb_end).max(verb_end)),
                m.kind,
            )),
            (_, series) => series,
        };
        // "sau cuộc họp ngày 10-10": a meeting recalled with its own day is dated by it, aside
        // from what the sentence reports.
        // So is one where something was passed, with its own day ("được thông qua tại hội nghị
        // thượng đỉnh ở Praha, Séc, ngày 14/5").
        let passed = passed_at(prefix, &text[name.end..]);
        let recalled_on_day =
            (ends_with_any(prefix, RECALL_CUES) || topic_of_a_work(prefix) == Some(true) || passed)
                && day_follows(s, name.end)
                || passed && date_in_brackets(s, name.end).is_some();
        let placing = Placing::of(
            text,
            m.start..name.end,
            (passed, recalled_on_day),
            &names,
            (out, first),
        );
        // "… tổ chức hội nghị Công an toàn quốc, đánh giá … năm 2015 và triển khai … năm
        // 2016": without years in the title, the agenda after the name gives the topic years.
        let mut title_years = Some(title_years(&name, &title, &original, s.line.number))
            .filter(|y| *y != TitleYears::default())
            .unwrap_or_else(|| agenda_years(text, name.end, &original, s.line.number));
        title_years.anniversary = anniversary_in(text, m.start..name.end, &original, s.line.number);
        if name.ordinal == Some(1) && m.kind == MeetingKind::Session {
            title_years.opens_term = term_opened(text).map(|(y, r)| {
                (
                    y,
                    Reading {
                        text: original(r),
                        line: s.line.number,
                    },
                )
            });
        }
        names.push(m.start..name.end);
        let head = || capitalise(trim_title(&original(m.start..m.end)));
        let owner = Owner::of(a, text, &m, &name, k, head);
        let mut series = series;
        let mut term = name.term.as_ref().map(|(t, _)| *t);
        if let Some((bare, body_term)) = &owner.sitting_series {
            series = Some(bare.clone());
            term = term.or(*body_term);
        }
        if term.is_none() {
            term = series.as_deref().and_then(|s| sitting_term(text, s));
        }
        // The month a title ends with has given its years above; it names nothing. Nor does
        // one read up to its month whose year follows a dash ("Hội nghị APEC tháng 11-2016"),
        // as one with a slash does; but a meeting only referred to keeps the date its title
        // holds, its only date (see `timeline::resolve::mention_date`).
        let title = without_month(&title, m.kind).to_string();
        let dashed_year = DASHED_YEAR_AFTER.find(&text[name.end..]);
        // (Where the month names it, a session's, the title holds its year as well; so does a
        // meeting only referred to, whose title holds its only date whole, not a month cut
        // from its year: "hội nghị thượng đỉnh Mê Kông tháng 3-2016".)
        let title = match dashed_year {
            Some(y) => {
                let whole = format!("{title}{}", &text[name.end..name.end + y.end()]);
                match placing.reference {
                    true => whole,
                    false => without_month(&whole, m.kind).to_string(),
                }
            }
            None => title,
        };
        // A title that says whose it is in lower case ("… của tập đoàn") names the body its
        // sentence named before with that head, over another the sentence gives (a speaker's),
        // unless the owner found has that head; it holds the meeting, for merging too.
        // (Whose the title says in any case: "… của Quốc hội" keys its body as well.)
        let whose = title.rsplit_once(" của ").map(|(_, w)| w.to_lowercase());
        let owner_is_whose = owner.body.as_deref().is_some_and(|b| {
            whose
                .as_deref()
                .is_some_and(|w| b.to_lowercase().starts_with(w))
        });
        let named_back = (!owner_is_whose)
            .then(|| {
                owner_named_back(&title, prefix, k).or_else(|| owner_named_earlier(a, s, &title, k))
            })
            .flatten();
        let body = named_back.clone().or_else(|| owner.body.clone());
        let title = owned_title(title, body.as_deref(), &name, text);
        let title = match national_country(a, &title, (text, m.start), k) {
            Some(country) => format!("{title} {country}"),
            None => assembly_committee(title, text),
        };
        // (Or read past before its owner: "hội nghị sắp tới của Hiệp hội A".)
        let coming = COMING_AFTER.is_match(&text[name.end..])
            || COMING_AFTER.is_match(text.get(m.end..name.start).unwrap_or(""));
        let planned = PLANNED_BEFORE.is_match(prefix)
            || PLANNED_RIGHT_BEFORE.is_match(prefix)
            || PLANNED_AFTER.is_match(&text[name.end..])
            || coming;
        if let Some((earlier, before)) = held_around(prefix, &out[first..]) {
            out[first + earlier].held_around = Some(Around {
                of: out.len(),
                before,
            });
        }
        out.push(ConferenceMention {
            index: out.len(),
            evidence: Evidence {
                file: a.file.clone(),
                line: s.line.number,
                quote: s.quote(),
            },
            sentence_start: s.range.start,
            local: series.as_deref().is_some_and(is_local),
            title,
            meeting_kind: m.kind,
            series,
            ordinal,
            term,
            title_years,
            date: None,
            date_evidence: None,
            reference: placing.reference,
            framework: placing.framework,
            framework_day: false,
            companion_of: placing.companion_of,
            held_around: None,
            aside: recalled_on_day
                || planned
                || RECALLED.is_match(&text[m.end..])
                || RECALLED_BEFORE.is_match(prefix)
                || ORGANISING_ASKED.is_match(prefix),
            caption,
            planned,
            coming,
            hosted: None,
            host_year_written: false,
            indefinite: introduced(prefix, name.words),
            anchors: Vec::new(),
            details: Details {
                // A body that meets by the verb holds the meeting: its organiser, so that two
                // articles' "Cuộc họp của A" and "Cuộc họp của B" of one day stay two.
                organizer: owner
                    .organizer
                    .or(named_back)
                    .or_else(|| owner_is_whose.then(|| owner.body.clone()).flatten())
                    .or_else(|| m.verb_end.map(|_| verb_body(&original(m.start..m.end)))),
                ..Details::default()
            },
        });
    }
    names
}

/// Words right before a meeting that put the one its sentence named before it ahead of it
/// ("… tiếp xúc cử tri … trước kỳ họp thứ 4", "… để chuẩn bị cho kỳ họp").
const HELD_BEFORE_CUES: &[&str] = &["trước", "trước thềm", "chuẩn bị cho", "để chuẩn bị cho"];
/// … or after it ("… tiếp xúc cử tri sau kỳ họp thứ 4").
const HELD_AFTER_CUES: &[&str] = &["sau", "ngay sau"];

/// The meeting a sentence named before the one whose name `prefix` leads to (its index among
/// `earlier`, the sentence's mentions so far), when the words right before this one put that
/// one before it or after it (true: before): the last one named that is held, not a point of
/// reference or a frame.
fn held_around(prefix: &str, earlier: &[ConferenceMention]) -> Option<(usize, bool)> {
    let before = ends_with_any(prefix, HELD_BEFORE_CUES);
    if !before && !ends_with_any(prefix, HELD_AFTER_CUES) {
        return None;
    }
    let at = earlier
        .iter()
        .rposition(|c| !c.reference && !c.framework && c.companion_of.is_none())?;
    Some((at, before))
}

/// The brackets a meeting's name stands in when they close the sentence ("… 50 triệu người
/// dùng Internet (Diễn đàn Internet Việt Nam 2017)."): a meeting cited there as the source of
/// what the sentence says takes no date from outside them, which are the clause's it comments
/// on. Brackets inside the sentence are most often a gloss ("Global Forum on
/// Migration (Diễn đàn toàn cầu …) tại Morocco năm 2014") and the sentence's date is its.
fn bracketed(text: &str, name: &Range<usize>) -> Option<Range<usize>> {
    let open = text[..name.start].rfind('(')?;
    if text[open..name.start].contains(')') {
        return None;
    }
    // "COP27 (Hội nghị lần thứ 27 …)": a gloss of the name before the brackets.
    let glossed = text[..open].split_whitespace().last().is_some_and(|w| {
        w.chars().filter(|c| c.is_uppercase()).count() >= 2 && !w.chars().any(char::is_lowercase)
    });
    if glossed {
        return None;
    }
    let close = name.end + text[name.end..].find(')')?;
    let closes_sentence = text[close + 1..]
        .chars()
        .all(|c| c.is_whitespace() || ".!?…".contains(c));
    (closes_sentence && !text[name.end..close].contains('(')).then_some(open..close)
}

/// The words quoted after a colon that follows a meeting's name, which ends at `name_end`
/// ("Tại buổi làm việc với đoàn kiểm toán, ông A thừa nhận: “Trong năm 2017, …”"): a
/// speaker's words, whose dates are of what they speak of. To the closing quote, or the end.
fn spoken_after(text: &str, name_end: usize) -> Option<Range<usize>> {
    static COLON_QUOTE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#":\s*["“«]"#).unwrap());
    let open = name_end + COLON_QUOTE.find(&text[name_end..])?.end();
    let close = text[open..]
        .find(['"', '”', '»'])
        .map_or(text.len(), |c| open + c);
    Some(open..close)
}

/// Verbs by which a speaker tells something, lower case: what follows them, after a comma, a
/// colon or "rằng", is what was told.
const TELLING_VERBS: &[&str] = &[
    "cho biết",
    "cho hay",
    "thông tin",
    "khẳng định",
    "chia sẻ",
    "nói",
];

/// Where what a speaker tells begins, after a fronted meeting's name that ends at `name_end`
/// ("Tại phiên họp HĐND giữa năm 2015, Chủ tịch UBND tỉnh cho hay, sau vụ việc … đầu tháng
/// 4, …"): its dates are of what is told, not of the meeting it was told at. The end of the
/// first such verb after the clause the meeting stands in.
fn told_after(text: &str, name_end: usize) -> Option<usize> {
    let rest = text.get(name_end..)?;
    let clause_end = rest.find(',')?;
    let lower = rest.to_lowercase();
    if lower.len() != rest.len() {
        return None;
    }
    TELLING_VERBS
        .iter()
        .filter_map(|v| {
            let at = clause_end + crate::text::find_word(&lower[clause_end..], v)?;
            let after = lower[at + v.len()..].trim_start();
            let tells =
                after.starts_with([',', ':']) || crate::text::starts_with_word(after, "rằng");
            tells.then_some(at + v.len())
        })
        .min()
        .map(|end| name_end + end)
}

/// Where what an instruction asks for begins, after a meeting's name that ends at `name_end`
/// ("Trong cuộc họp …, Thủ tướng yêu cầu dự án phải thông xe vào năm 2020"): the end of the
/// first verb that instructs or advises after the name.
fn asked_after(text: &str, name_end: usize) -> Option<usize> {
    use super::lexicon::{CueForce, DIRECTIVE_VERBS};
    let rest = text[name_end..].to_lowercase();
    // "theo đề nghị của Bộ Chính trị", "Ban chỉ đạo 138", "văn bản chỉ đạo", "yêu cầu của":
    // the noun, which asks for nothing here (the directive reader's test).
    let noun = |at: usize, word: &str| {
        super::directive::noun_before(&text[name_end..name_end + at], word)
            || crate::text::starts_with_word(rest[at + word.len()..].trim_start(), "của")
    };
    DIRECTIVE_VERBS
        .iter()
        .filter(|v| matches!(v.force, CueForce::Explicit | CueForce::Advice))
        .filter_map(|v| {
            crate::text::find_word(&rest, v.word)
                .filter(|&at| !noun(at, v.word))
                .map(|at| at + v.word.len())
        })
        .min()
        .map(|end| name_end + end)
}

/// The fronted clause of attribution or of purpose a meeting's name stands in ("Theo dự kiến
/// chương trình kỳ họp Quốc hội, ngày 14/6, Quốc hội sẽ bầu …", "Theo kết luận của hội
/// nghị, …", "Để phục vụ các hoạt động của hội nghị ASEAN và kỳ họp thứ 6 …, Công an vừa thông báo sẽ
/// cấm đường … ngày 3 đến 5-10"): the meeting is where what follows comes from, or what it
/// serves, and a date outside the clause is the day of what follows (an item of its agenda, an
/// action it decided, a preparation), not the meeting's.
fn attributed_to(text: &str, name: &Range<usize>) -> Option<Range<usize>> {
    let opening = text.trim_start();
    // After a fronted day, a clause of purpose ("Sáng 5/11, để phục vụ …,"): the day is the
    // main clause's too. (After a day, "theo" reads an agenda the day is the meeting's:
    // "Sáng 6/11, theo chương trình Kỳ họp thứ 8, Quốc hội thảo luận …".)
    let after_day = OPENS_WITH_DAY
        .find(opening)
        .map(|d| opening[d.end()..].trim_start())
        .filter(|rest| {
            let lower = rest.to_lowercase();
            PURPOSE_OPENERS
                .iter()
                .any(|w| crate::text::starts_with_word(&lower, w))
        });
    let opening = after_day.unwrap_or(opening);
    let start = text.len() - opening.len();
    let lower = opening.to_lowercase();
    let opens = |words: &[&str]| {
        words
            .iter()
            .any(|w| crate::text::starts_with_word(&lower, w))
    };
    if !opens(&["theo"]) && !opens(PURPOSE_OPENERS) {
        return None;
    }
    let end = name.end + text[name.end..].find(',')?;
    // "Theo kế hoạch tổ chức Diễn đàn …, sự kiện sẽ diễn ra ngày 5/3": the clause after it
    // says when the meeting itself happens.
    let after = text[end + 1..].to_lowercase();
    let own_happening = super::lexicon::HAPPENING_VERBS
        .iter()
        .any(|v| contains_word(&after, v))
        || contains_word(&after, "sự kiện");
    (!own_happening && !text[start..name.start].contains(',')).then_some(start..end)
}

/// Whether a meeting's name is followed by its own verb of happening, its clause's predicate
/// ("thông báo Hội nghị … sẽ diễn ra ngày 5/3", "kết quả Hội nghị … khai mạc sáng nay"): the
/// meeting the cue before it speaks of is reported as held, whatever the cue.
fn happens_next(rest: &str) -> bool {
    // Only what is still to come or now: "đã diễn ra" recalls a meeting the cue cites.
    starts_with_happening(rest, &["sẽ", "được", "chính thức"], &["tổ chức"])
}

/// Whether `rest` opens with a verb of a meeting's happening ([`HAPPENING_VERBS`] and `verbs`),
/// after any of the aspect words `aspects`.
///
/// [`HAPPENING_VERBS`]: super::lexicon::HAPPENING_VERBS
fn starts_with_happening(rest: &str, aspects: &[&str], verbs: &[&str]) -> bool {
    let mut rest = rest.trim_start().to_lowercase();
    while let Some(r) = aspects
        .iter()
        .find_map(|w| rest.strip_prefix(w).filter(|r| r.starts_with(' ')))
    {
        rest = r.trim_start().to_string();
    }
    super::lexicon::HAPPENING_VERBS
        .iter()
        .chain(verbs)
        .any(|v| crate::text::starts_with_word(&rest, v))
}

/// Gives the sentence's date to the conferences it reports. Dates inside a name belong to
/// that name (title years), those right after a document's number to the document. The day
/// is the day of the meeting the sentence reports and of those coordinated with it ("Hội nghị
/// A và Hội nghị B"); a meeting named later as an object ("thống nhất … thời gian kỳ họp thứ
/// 9") is not held that day.
fn date_mentions(
    s: &Sentence,
    ctx: &ArticleContext,
    names: &[Range<usize>],
    mentions: &mut [ConferenceMention],
) {
    let text = s.folded();
    let free: Vec<&crate::extract::dates::DateMention> = s
        .dates
        .iter()
        .filter(|d| {
            let r = d.span.start - s.range.start..d.span.end - s.range.start;
            // "quy hoạch đến năm 2020": a horizon's year is no day of anything.
            let horizon = d.start.month.is_none()
                && HORIZON_BEFORE
                    .find(&text[..r.start])
                    .is_some_and(|h| text[..h.start()].contains(char::is_alphabetic));
            // "khen thưởng … có thành tích xuất sắc trong năm 2017": the year of the merits a
            // meeting honours, held after it.
            let merits = d.start.month.is_none() && MERITS_BEFORE.is_match(&text[..r.start]);
            let results = d.start.month.is_none()
                && !PART_OF_YEAR_BEFORE.is_match(&text[..r.start])
                && RESULTS_BEFORE.is_match(&text[..r.start]);
            // "… phương án điều chỉnh lương tối thiểu vùng năm 2017": the year a wage is for,
            // settled the year before ([`wage_year`] dates the meeting from it).
            let wage = d.start.month.is_none() && ends_with_any(&text[..r.start], WAGE_WORDS);
            let compared = COMPARED_BEFORE.is_match(&text[..r.start]);
            let edition = d.start.month.is_none() && EDITION_OF_BEFORE.is_match(&text[..r.start]);
            let planned = d.start.month.is_none() && planned_year(text, r.start);
            // A date that starts inside a name is that name's: "… liên Triều tháng 9-2016",
            // whose name ends before the year after a dash.
            !names.iter().any(|n| r.start >= n.start && r.start < n.end)
                && !DOCUMENT_BEFORE.is_match(&text[..r.start])
                && issued_by_body_before(&text[..r.start])
                    .is_none_or(|at| names.iter().any(|n| n.contains(&at)))
                && !horizon
                && !merits
                && !results
                && !wage
                && !compared
                && !edition
                && !planned
                // "tại buổi họp báo sáng 26/11, …": the day of another event.
                && crate::extract::date_holder(s, d) != Some(crate::extract::DateHolder::Other)
        })
        .collect();
    // The dates that may be a meeting's own for [`in_a_later_predicate`]: those free to date it,
    // and a month its name ends with, not a year it reviews.
    let spans: Vec<OwnDate> = s
        .dates
        .iter()
        .map(|d| OwnDate {
            free: free.iter().any(|f| std::ptr::eq(*f, d)),
            month: d.start.month.is_some(),
            range: d.span.start - s.range.start..d.span.end - s.range.start,
        })
        .collect();
    let closing = CLOSING.is_match(text);
    let duration = DURATION.captures(text).and_then(|c| {
        c[1].parse::<u32>()
            .ok()
            .or_else(|| number_words(&c[1].to_lowercase()))
    });
    let mut dated_one = false;
    for (i, c) in mentions.iter_mut().enumerate() {
        // A meeting the sentence names but does not report (one prepared for, one whose
        // resolution is cited) is not held on the sentence's day, but it is in the month its
        // own name gives ("chuẩn bị cho kỳ họp tháng 5/2019").
        let own_named_month = |c: &ConferenceMention| {
            c.title_years
                .period_month
                .is_none()
                .then(|| own_month(s, ctx, &names[i]))
                .flatten()
        };
        if c.reference {
            c.date = own_named_month(c);
            // Announced with its own day, it is a meeting to come, dated by that day.
            if let Some(day) = c
                .date
                .is_none()
                .then(|| own_announced_day(s, ctx, names[i].end))
                .flatten()
            {
                c.date = Some(day);
                c.reference = false;
                c.planned = true;
            }
            continue;
        }
        let at = names[i].start;
        let coordinated = i > 0 && {
            let gap = text[names[i - 1].end.min(at)..at].trim();
            gap.is_empty() || gap == "," || gap.eq_ignore_ascii_case("và") || gap.ends_with(';')
        };
        let reported = !c.framework && c.companion_of.is_none();
        if dated_one && !coordinated && reported {
            // "… sẽ được xem xét tại kỳ họp tháng 5/2018": a meeting aside from the one the
            // sentence reports still has the month its own name gives (not a periodic
            // meeting's period, which it reviews), or the date in brackets right after its name
            // ("… thông qua tại kỳ họp thứ 5 (tháng 6/2018)", [`date_in_brackets`]).
            let bracketed = || {
                c.aside
                    .then(|| date_in_brackets(s, names[i].end))
                    .flatten()
                    .and_then(|d| ctx.read(s, d))
            };
            c.date = own_named_month(c).or_else(bracketed);
            continue;
        }
        dated_one |= reported;
        // "phiên họp thường kỳ tháng 11-2018 … nhiệm vụ năm 2019": a periodic meeting's title
        // settles its year better than a bare year of the sentence, most often a plan's.
        let period_year = c.title_years.period_month.is_some() && c.title_years.first.is_some();
        // A meeting cited in closing brackets or in a fronted "Theo …," clause takes only the
        // dates inside them.
        let aside = bracketed(text, &names[i]).or_else(|| attributed_to(text, &names[i]));
        // What a speaker says there, quoted after a colon, dates what it speaks of; so does
        // what an instruction asks for ("… yêu cầu thông xe vào năm 2020", "… hoàn thành
        // trước ngày 30/6").
        let quoted = spoken_after(text, names[i].end);
        let asked = asked_after(text, names[i].end);
        let quotation_end = attributed_quotation_end(text, names[i].end);
        let told = fronted_after_clause(&text[..at])
            .then(|| told_after(text, names[i].end))
            .flatten();
        // "Ngày 9-3, phái đoàn … ra tuyên bố … tại Diễn đàn an ninh Munich hồi tuần trước": a
        // meeting told with its own time, counted back from the sentence's day, is not held
        // that day; only a date after its name may be its.
        let own_relative = OWN_RELATIVE_TIME.is_match(&text[names[i].end..]);
        let best = free
            .iter()
            .filter(|d| !right_after_another(text, names, i, d.span.start - s.range.start))
            .filter(|d| !(c.planned && report_day_before(text, d.span.end - s.range.start, at)))
            .filter(|d| {
                let r = d.span.start - s.range.start..d.span.end - s.range.start;
                !statement_day_before(text, r.end, names[i].clone())
                    && !conditional_day_before(text, r.clone(), at)
                    && !document_day_before(text, r.end, at)
                    && !relative_day_before(text, r.clone(), at)
                    && !lasts_until(text, r.start)
                    && !clause_of_time_before(text, r, at)
            })
            .filter(|d| {
                !(c.planned
                    && proposal_day_after(text, names[i].clone(), d.span.start - s.range.start))
            })
            .filter(|d| {
                let r = d.span.start - s.range.start;
                (d.end.is_some() || !starts_an_effect(text, names[i].end, r))
                    && !in_clause_of_time(text, names[i].end, r)
                    && !text.get(names[i].end..r).is_some_and(in_clause_of_cause)
                    && !in_a_later_predicate(text, &names[i], r, &spans)
            })
            .filter(|d| {
                let r = d.span.start - s.range.start;
                aside.as_ref().is_none_or(|b| b.contains(&r))
                    && (!own_relative || r >= names[i].end)
            })
            .filter(|d| {
                let r = d.span.start - s.range.start;
                quoted.as_ref().is_none_or(|q| !q.contains(&r))
                    && quotation_end.is_none_or(|q| r < q)
                    && asked.is_none_or(|a| r < a)
                    && told.is_none_or(|t| r < t)
            })
            .filter_map(|d| ctx.read(s, d).map(|td| (d, td)))
            .filter(|(_, td)| !(period_year && td.date.precision() == Precision::Year))
            .min_by_key(|(d, td)| {
                let r = d.span.start - s.range.start;
                // How far the date stands from the name: before it, from the date's end to the
                // name's start; after it, from the name's end ("… văn bản số 227 ngày 3-5-2017
                // …, nội dung cuộc họp với Thủ tướng ngày 19-6-2017": the second).
                let end = d.span.end - s.range.start;
                let gap = if r >= names[i].end {
                    r - names[i].end
                } else {
                    at.saturating_sub(end)
                };
                // A meeting announced for later ("… sẽ được tổ chức từ 14-15/9") is held on the
                // day written after it, not on the day the sentence opens with, the day of
                // the report ("Sáng nay 11/9, … để giữ an ninh cho Hội nghị … sẽ …").
                let report_day = c.planned && r < at;
                (std::cmp::Reverse(td.date.precision()), report_day, gap)
            });
        let best = best.map(|(_, td)| td);
        // "Hội nghị Bộ trưởng Quốc phòng ASEAN tháng 5/2016": a month its own name gives (not a
        // periodic meeting's period) is when it met, whatever other clause holds a month or a
        // year; unless the sentence gives a day ("Ngày 1/4, UBND tỉnh tổ chức họp tháng
        // 3/2019" reviews March on 1 April).
        let own = (c.title_years.period_month.is_none())
            .then(|| own_month(s, ctx, &names[i]))
            .flatten();
        // A day of another month than the name's own ("phát sóng hôm 9/3 …, trước khi diễn
        // ra hội nghị thượng đỉnh ASEAN tháng 4/2016") is another clause's; but a monthly
        // meeting is often held early the next month ("Ngày 1/4, UBND tỉnh tổ chức họp tháng
        // 3/2019").
        let in_named_month = |td: &TextDate| {
            own.as_ref().is_none_or(|o| {
                let (named, day) = (o.date.month, td.date.month);
                day == named || day == named.map(|m| m % 12 + 1)
            })
        };
        let best = match best {
            Some(td) if td.date.precision() == Precision::Day && in_named_month(&td) => Some(td),
            best => own.or(best),
        };
        // "Sáng 27-5, …, trong kỳ họp diễn ra đầu tháng 6-2017, …": what its own verb of
        // happening right after its name tells is its date, not the day the sentence opens
        // with; a day of that month after the name is still finer.
        let best = match (own_announced_day(s, ctx, names[i].end), best) {
            (Some(told), Some(day))
                if told.date.precision() == Precision::Month
                    && day.date.precision() == Precision::Day
                    && day.date.month == told.date.month
                    && text[names[i].end..].contains(day.read.text.as_str()) =>
            {
                Some(day)
            }
            (Some(told), _) => Some(told),
            (None, best) => best,
        };
        // A journey's days give a frame's meeting only their month ("đến Osaka ngày 27/6 để
        // dự …"); a journey over two months ("bắt đầu chuyến đi ngày 27/6 tới ngày 1/7 để dự
        // …") gives none.
        let months = || {
            free.iter()
                .filter_map(|d| ctx.read(s, d))
                .filter(|td| td.date.precision() == Precision::Day)
                .map(|td| td.date.month)
                .collect::<BTreeSet<_>>()
        };
        let best = best.filter(|_| !(c.framework && months().len() > 1));
        // "bên lề Hội nghị … diễn ra sáng 8/8 tại Hà Nội": the frame's own day, told by its
        // happening verb right after its name.
        // (A span the frame takes, "diễn ra ngày 26-30/11", is as much the framed event's.)
        c.framework_day = c.framework
            && free.iter().any(|d| {
                let r = d.span.start - s.range.start;
                d.end.is_none() && r >= names[i].end && HAPPENS_ON.is_match(&text[names[i].end..r])
            });
        c.date = best.map(|mut td| {
            if closing && td.end.is_none() {
                td.closing_after_days = duration;
            }
            td
        });
    }
}

/// Whether the date at `at` of `text` stands right after the name of another meeting than the
/// `i`-th ("… tại kỳ họp thứ 4, dự kiến thông qua tại kỳ họp thứ 5 (tháng 6/2018)"): that
/// meeting's date, even where that meeting is only named in passing.
fn right_after_another(text: &str, names: &[Range<usize>], i: usize, at: usize) -> bool {
    names.iter().enumerate().any(|(j, n)| {
        j != i
            && n.end <= at
            && text[n.end..at]
                .chars()
                .all(|c| c == ' ' || c == '(' || c == ',')
    })
}

/// The day a meeting the sentence only refers to has by its own verb of happening right after
/// its name ("chuẩn bị kỳ họp thứ 8 dự kiến khai mạc vào sáng thứ hai, ngày 20/10",
/// [`DAY_AFTER_VERB`]): its day, though the sentence reports something else.
fn own_announced_day(s: &Sentence, ctx: &ArticleContext, name_end: usize) -> Option<TextDate> {
    let text = s.folded();
    // (After a comma too: "… kế hoạch về việc tổ chức hội thảo B, dự kiến diễn ra ngày 9/4".)
    let rest = &text[name_end..];
    let from = name_end + rest.len() - rest.trim_start().trim_start_matches(',').len();
    // Or planned for a day without a verb ("…, dự kiến vào ngày 20/10/2019").
    static PLANNED_DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:dự kiến|sẽ)\s+(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}\b").unwrap()
    });
    let verb = DAY_AFTER_VERB
        .find(&text[from..])
        .or_else(|| PLANNED_DAY.find(&text[from..]))?;
    let end = from + verb.end();
    s.dates
        .iter()
        .filter(|d| (name_end..end).contains(&(d.span.start - s.range.start)))
        .find_map(|d| ctx.read(s, d))
}

/// A date of month precision or finer that starts inside the name at `name` of sentence `s`
/// (it may end after it: "… liên Triều tháng 9-2016").
fn own_month(s: &Sentence, ctx: &ArticleContext, name: &Range<usize>) -> Option<TextDate> {
    let text = s.folded();
    s.dates
        .iter()
        .filter(|d| {
            let start = d.span.start - s.range.start;
            // "hội nghị sơ kết Nghị quyết số 80 ngày 12/6/2016": the document's date.
            start >= name.start && start < name.end && !DOCUMENT_BEFORE.is_match(&text[..start])
        })
        .filter_map(|d| ctx.read(s, d))
        .find(|td| td.date.precision() >= Precision::Month)
}

/// Anchors to Party Congresses ("ngay sau Đại hội Đảng lần thứ XII") describe the conference
/// named before them.
fn attach_anchors(s: &Sentence, names: &[Range<usize>], mentions: &mut [ConferenceMention]) {
    let text = s.folded();
    for cap in ANCHOR.captures_iter(if text.contains("Đại hội") {
        text
    } else {
        ""
    }) {
        let m = cap.get(0).unwrap();
        let relation = match cap[1].to_lowercase().as_str() {
            "ngay sau" => AnchorRelation::JustAfter,
            "sau" => AnchorRelation::After,
            _ => AnchorRelation::Before,
        };
        let Some(n) = roman(&cap[2]).or_else(|| cap[2].parse().ok()) else {
            continue;
        };
        let target = names
            .iter()
            .enumerate()
            .filter(|(i, r)| r.start < m.start() && !mentions[*i].reference)
            .map(|(i, _)| i)
            .next_back();
        if let Some(i) = target {
            mentions[i].anchors.push(Anchor {
                relation,
                congress: n,
                spelled: original_of(s, m.range()),
                line: s.line.number,
            });
        }
    }
}

/// Location, chair, theme, format and participants from a sentence about `c`.
fn details(s: &Sentence, text: &str, people: &People, k: &Knowledge, c: &mut ConferenceMention) {
    let original = |r: Range<usize>| {
        s.line
            .original(s.range.start + r.start..s.range.start + r.end)
            .to_string()
    };
    if c.details.theme.is_none() {
        if let Some(m) = THEME.captures(text).and_then(|cap| cap.get(1)) {
            c.details.theme = Some(trim_title(&original(m.range())).to_string());
        }
    }
    if c.details.format.is_none() {
        if let Some(m) = FORMAT.captures(text).and_then(|cap| cap.get(1)) {
            c.details.format = Some(trim_title(&original(m.range())).to_string());
        } else if c.title.to_lowercase().contains("trực tuyến") {
            c.details.format = Some("trực tuyến".to_string());
        }
    }
    if c.details.participants.is_none() {
        if let Some(m) = PARTICIPANTS.captures(text).and_then(|cap| cap.get(1)) {
            c.details.participants = Some(trim_title(&original(m.range())).to_string());
        }
    }
    if c.details.location.is_none() {
        for m in TAI.find_iter(text) {
            let Some(r) = place::place_after(text, m.end()) else {
                continue;
            };
            let place = &text[r.clone()];
            // A meeting, a document or a ministry after "tại" is no place ("tại Hội nghị lần
            // thứ 3", "tại Nghị quyết 104").
            if KEYWORD
                .find(&text[r.start..])
                .is_some_and(|k| k.start() == 0)
                || DOCUMENT_NOUNS
                    .iter()
                    .any(|d| text[r.start..].starts_with(d))
                || place.starts_with("Bộ")
                || place.starts_with("Sở")
            {
                continue;
            }
            c.details.location = Some(original(r));
            break;
        }
    }
    let chu_tri = CHU_TRI.find(text).map(|m| m.start());
    if let (None, Some(upto)) = (&c.details.chair, chu_tri) {
        let chair = if let Some(m) = CHAIR_DO.captures(text).and_then(|cap| cap.get(1)) {
            let seg = &text[m.range()];
            names_in(seg, k)
                .last()
                .map(|r| original(m.start() + r.start..m.start() + r.end))
                .or_else(|| people.speaker(seg, seg.len(), k))
        } else {
            let before = &text[..upto];
            names_in(before, k)
                .first()
                .map(|r| original(r.clone()))
                .or_else(|| people.speaker(before, before.len(), k))
        };
        c.details.chair = chair;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lexicon::MEETING_WORDS;

    #[test]
    fn every_meeting_word_in_any_case_passes_the_cue_filter() {
        for (word, _) in MEETING_WORDS.iter().chain(&[("họp", MeetingKind::Meeting)]) {
            let capitalised = crate::text::capitalised(word);
            for form in [word.to_string(), capitalised, word.to_uppercase()] {
                let sentence = format!("Ngày 5/3, Sở A tổ chức {form} về giáo dục.");
                assert!(may_name_a_meeting(&sentence), "{form}");
            }
        }
        assert!(!may_name_a_meeting(
            "Ngày 5/3, Sở A tổng kết công tác giáo dục."
        ));
    }

    #[test]
    fn a_seasonal_event_is_reviewed_within_its_year_only_as_what_is_reviewed() {
        for title in [
            "Hội nghị đánh giá kết quả kỳ thi THPT quốc gia năm 2019",
            "Hội nghị tổng kết công tác bầu cử năm 2016",
            "Hội nghị tổng kết Tháng Thanh niên năm 2019",
        ] {
            assert!(reviews_a_campaign(title), "{title}");
        }
        for title in [
            // A year's work, with the next exam only prepared, after its year.
            "Hội nghị tổng kết công tác năm 2018 và chuẩn bị kỳ thi năm 2019",
            // The seasonal word in the owner's name.
            "Hội nghị tổng kết công tác năm 2018 của Hội đồng bầu cử",
            "Hội nghị tổng kết phong trào thi đua năm 2018",
        ] {
            assert!(!reviews_a_campaign(title), "{title}");
        }
    }

    #[test]
    fn a_forum_is_cited_for_its_findings_after_theo_or_a_finding_and_của() {
        for prefix in [
            "Chỉ số năng lực cạnh tranh của ",
            "Theo ",
            "Việt Nam tăng 5 bậc, theo báo cáo mới nhất của ",
            "Bảng xếp hạng của ",
        ] {
            assert!(publishes(prefix), "{prefix}");
        }
        for prefix in [
            "Phát biểu tại phiên bế mạc của ",
            "Bên lề ",
            "Theo dõi tình hình, ông A dự phiên họp của ",
            "Báo cáo cho thấy ông A đã dự ",
        ] {
            assert!(!publishes(prefix), "{prefix}");
        }
    }

    #[test]
    fn an_organiser_whose_parts_are_joined_by_dashes_counts_its_words_not_its_dashes() {
        for body in [
            "Tổng cục Du lịch - Bộ Văn hoá - thể thao và du lịch",
            "Sở Văn hoá - Thể thao - Du lịch tỉnh Bà Rịa - Vũng Tàu",
        ] {
            let prefix = format!("Ngày 16-8-2019, tại Đà Nẵng, {body} tổ chức");
            assert_eq!(organizer_before(&prefix).as_deref(), Some(body), "{prefix}");
        }
        // More words than a name runs to are a clause, however they are joined.
        let long = "Ngày 5/3, Sở Văn hoá - Thể thao - Du lịch tỉnh Bà Rịa - Vũng Tàu cùng Hội Nông dân huyện Long Điền tổ chức";
        assert_eq!(organizer_before(long), None);
    }

    /// The cheap test before the grammar lets through every meeting word of the lexicon, as
    /// written, capitalised and in capitals.
    #[test]
    fn the_prefilter_lets_through_every_meeting_word() {
        for (word, _) in MEETING_WORDS {
            let capitalised = crate::text::capitalised(word);
            for form in [word.to_string(), capitalised, word.to_uppercase()] {
                assert!(may_name_a_meeting(&format!("Sáng nay, {form} X")), "{form}");
            }
        }
    }
}
