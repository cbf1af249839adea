//! Conferences: `Hội nghị …`, `Hội thảo`, `Tọa đàm`, `Diễn đàn`, `cuộc họp`, with title,
//! series and ordinal (`lần thứ 20`, `lần thứ XII`, `lần thứ ba`, `Hội nghị Ngoại giao 31`),
//! location, chair, theme, format and participants.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::data::Knowledge;
use crate::ingest::Article;
use crate::text::{number_words, roman};

use super::people::{names_in, People};
use super::{ArticleContext, Evidence, Sentence, TextDate};

/// How a sentence places a conference relative to a Party Congress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnchorRelation {
    /// "ngay sau Đại hội …": the first such day after the Congress.
    JustAfter,
    /// "sau Đại hội …"
    After,
    /// "trước Đại hội …"
    Before,
}

/// "ngay sau Đại hội Đảng lần thứ XII", attached to the conference it describes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub relation: AnchorRelation,
    pub congress: u32,
    pub spelled: String,
    pub line: usize,
}

/// One mention of a conference in one sentence.
#[derive(Debug, Clone)]
pub struct ConferenceMention {
    pub article: usize,
    pub evidence: Evidence,
    /// Where its sentence starts in the line (bytes of the folded line).
    pub sentence_start: usize,
    pub title: String,
    /// The series name as written ("Hội nghị Ngoại vụ toàn quốc"), when there is an ordinal.
    pub series: Option<String>,
    pub ordinal: Option<u32>,
    /// A year written in the title ("… năm 2022", "lần thứ 19 năm 2018") and its words.
    pub title_year: Option<(i32, String)>,
    /// The title reviews a year ("tổng kết … năm 2021"), so it is held after that year.
    pub reviews_year: bool,
    /// The date the sentence gives for it.
    pub date: Option<TextDate>,
    /// Named only as a point of reference ("kể từ Hội nghị … lần thứ 17"): the sentence's
    /// dates are not its dates.
    pub reference: bool,
    /// Named as the frame of another event ("trong khuôn khổ Hội nghị …"): it spans more than
    /// the day the sentence gives, so only the month is certain.
    pub framework: bool,
    /// Held together with another conference of the same article ("cùng với Hội nghị …"):
    /// index of that mention in the article's list.
    pub companion_of: Option<usize>,
    pub anchors: Vec<Anchor>,
    pub location: Option<String>,
    pub chair: Option<String>,
    pub theme: Option<String>,
    pub format: Option<String>,
    pub participants: Option<String>,
}

static KEYWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(hội nghị thượng đỉnh|hội nghị|hội thảo|tọa đàm|diễn đàn|cuộc họp|phiên họp|kỳ họp)\b",
    )
    .unwrap()
});
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
static LOCATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\btại\s+((?:TP\.?\s*|thành phố\s+|tỉnh\s+)?\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})",
    )
    .unwrap()
});

/// Words that end a conference name (what follows is the sentence, not the name).
const STOP_WORDS: &[&str] = &[
    "với", "do", "tại", "dưới", "nhằm", "đã", "được", "theo", "có", "vào", "ngày", "sáng", "chiều",
    "tối", "trưa", "đêm", "để", "là", "mà", "này", "đó", "trên", "cho", "sẽ", "thì", "cũng", "từ",
    "sau", "trước", "ở", "lần", "đang", "vừa", "hôm", "của", "trong", "qua", "tới", "đến", "nên",
    "vì", "khi", "nay", "cùng", "rất", "như", "gồm", "ra", "vẫn", "không", "đều", "hay", "hoặc",
    "nói", "ấy", "kia", "các", "những", "nhiều", "bao",
];
/// Lower-case word pairs that end a conference name ("… khai mạc", "… diễn ra").
const STOP_PAIRS: &[&str] = &[
    "khai mạc",
    "bế mạc",
    "diễn ra",
    "kết thúc",
    "kết nối",
    "tổ chức",
    "thông qua",
    "phát biểu",
    "tham dự",
    "tham gia",
    "đánh giá",
    "xác định",
    "đề ra",
    "góp phần",
    "nhận định",
    "chính thức",
    "thu hút",
    "tiếp tục",
    "đề cập",
    "nhấn mạnh",
    "chỉ đạo",
    "đề nghị",
    "yêu cầu",
    "lưu ý",
    "kết luận",
    "thảo luận",
    "ghi nhận",
    "quyết định",
    "thống nhất",
    "ra mắt",
];

/// `s` begins with a word or pair that ends a name, or with a term ("khóa").
fn starts_with_stop(s: &str) -> bool {
    let mut words = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("").to_lowercase();
    let second = words.next().unwrap_or("").to_lowercase();
    STOP_WORDS.contains(&first.as_str())
        || first == "khóa"
        || STOP_PAIRS.contains(&format!("{first} {second}").as_str())
}

const REFERENCE_CUES: &[&str] = &[
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
    "kết quả của",
    "tinh thần của",
    "kết luận của",
    "nghị quyết của",
];
const FRAMEWORK_CUES: &[&str] = &["trong khuôn khổ", "khuôn khổ", "bên lề", "nhân dịp"];
const COMPANION_CUES: &[&str] = &["cùng với", "đồng thời với", "song song với"];

/// The parsed name after a keyword.
struct Name {
    /// End of the title (byte in the sentence).
    end: usize,
    /// Where "lần thứ" (or a bare trailing number) starts: the series ends there.
    series_end: Option<usize>,
    ordinal: Option<(u32, String)>,
    /// End of the title proper: the ordinal and what names the body after it, not a year.
    title_end: usize,
    /// What follows the ordinal and belongs to the series ("khóa XIII", "Ban Chấp hành …").
    suffix: Option<Range<usize>>,
    title_year: Option<(i32, Range<usize>)>,
    quoted: bool,
    words: usize,
    first_capitalised: bool,
}

fn opening_quote(c: char) -> Option<char> {
    match c {
        '“' => Some('”'),
        '"' => Some('"'),
        '\'' => Some('\''),
        '‘' => Some('’'),
        '«' => Some('»'),
        _ => None,
    }
}

/// Parses an ordinal at the start of `s`: digits, a Roman numeral or Vietnamese words.
fn ordinal_at(s: &str) -> Option<(u32, String, usize)> {
    let word_end = |from: usize| {
        s[from..]
            .find(|c: char| !c.is_alphanumeric())
            .map(|e| from + e)
            .unwrap_or(s.len())
    };
    let first_end = word_end(0);
    let first = &s[..first_end];
    if let Ok(n) = first.parse::<u32>() {
        return (n > 0 && n < 1000).then(|| (n, first.to_string(), first_end));
    }
    if let Some(n) = roman(first) {
        return Some((n, first.to_string(), first_end));
    }
    // Up to three words ("hai mươi mốt"), longest first.
    let mut ends = vec![first_end];
    let mut pos = first_end;
    for _ in 0..2 {
        if !s[pos..].starts_with(' ') {
            break;
        }
        pos = word_end(pos + 1);
        ends.push(pos);
    }
    for &e in ends.iter().rev() {
        if let Some(n) = number_words(&s[..e].to_lowercase()) {
            return Some((n, s[..e].to_string(), e));
        }
    }
    None
}

fn parse_name(sent: &str, start: usize) -> Name {
    let mut name = Name {
        end: start,
        series_end: None,
        ordinal: None,
        title_end: start,
        suffix: None,
        title_year: None,
        quoted: false,
        words: 0,
        first_capitalised: false,
    };
    let mut pos = start;
    loop {
        let rest = &sent[pos..];
        let trimmed = rest.trim_start();
        let ws = rest.len() - trimmed.len();
        let at = pos + ws;
        let Some(c) = trimmed.chars().next() else {
            break;
        };
        if let Some(close) = opening_quote(c) {
            let inner = &trimmed[c.len_utf8()..];
            if let Some(e) = inner.find(close) {
                // A straight apostrophe inside a word ("Ambassador's") is not a quote.
                if ws > 0 || name.words == 0 {
                    let end = at + c.len_utf8() + e + close.len_utf8();
                    if let Some(y) = year_in(&sent[at..end]) {
                        name.title_year = Some((y.0, at + y.1.start..at + y.1.end));
                    }
                    name.quoted = true;
                    name.words += 1;
                    name.end = end;
                    pos = end;
                    continue;
                }
            }
            break;
        }
        if c == '(' {
            if let Some(e) = trimmed.find(')') {
                let inner = &trimmed[1..e];
                if !inner.is_empty()
                    && inner.chars().count() <= 20
                    && inner
                        .chars()
                        .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
                {
                    name.end = at + e + 1;
                    pos = name.end;
                    continue;
                }
            }
            break;
        }
        if (c == '-' || c == '–') && ws > 0 && name.words > 0 {
            // "Mekong - Nhật Bản": a dash between capitalised words belongs to the name.
            let after = trimmed[c.len_utf8()..].trim_start();
            if after.chars().next().is_some_and(char::is_uppercase) {
                pos = at + c.len_utf8();
                continue;
            }
            break;
        }
        if !c.is_alphanumeric() {
            break;
        }
        let wend = trimmed
            .find(|ch: char| !ch.is_alphanumeric())
            .unwrap_or(trimmed.len());
        let word = &trimmed[..wend];
        let lower = word.to_lowercase();
        let lần_thứ = lower == "lần" && trimmed[wend..].to_lowercase().starts_with(" thứ ");
        let bare_thứ = lower == "thứ" && name.words == 0 && trimmed[wend..].starts_with(' ');
        if lần_thứ || bare_thứ {
            let after = if lần_thứ {
                at + wend + " thứ ".len()
            } else {
                at + wend + 1
            };
            if let Some((n, text, len)) = ordinal_at(&sent[after..]) {
                name.series_end = Some(at);
                name.ordinal = Some((n, text));
                name.end = after + len;
                after_ordinal(sent, &mut name);
            }
            break;
        }
        if lower == "năm" {
            if let Some((y, r)) = year_in(&sent[at..]).filter(|(_, r)| r.start == 0) {
                name.title_year = Some((y, at..at + r.end));
                name.end = at + r.end;
                name.words += 1;
                pos = name.end;
                continue;
            }
            break;
        }
        if word.chars().all(|c| c.is_ascii_digit()) {
            // "Hội nghị Ngoại giao 31": a bare number ending a proper name.
            let n: Option<u32> = word.parse().ok();
            let next = trimmed[wend..].trim_start();
            let ends =
                next.chars().next().is_none_or(|c| !c.is_alphanumeric()) || starts_with_stop(next);
            if word.len() <= 3 && name.first_capitalised && ends && n.is_some_and(|n| n > 0) {
                name.series_end = Some(at);
                name.ordinal = Some((n.unwrap(), word.to_string()));
                name.end = at + wend;
                after_ordinal(sent, &mut name);
            }
            break;
        }
        if STOP_WORDS.contains(&lower.as_str()) {
            break;
        }
        if word.chars().next().is_some_and(char::is_lowercase) {
            let next = trimmed[wend..].trim_start();
            let next_word = next
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            if trimmed[wend..].starts_with(' ')
                && STOP_PAIRS.contains(&format!("{lower} {next_word}").as_str())
            {
                break;
            }
        }
        if lower == "và" {
            let next = trimmed[wend..].trim_start();
            let cap = next.chars().next().is_some_and(char::is_uppercase);
            if !cap || KEYWORD.find(next).is_some_and(|m| m.start() == 0) {
                break;
            }
            pos = at + wend;
            continue;
        }
        if name.words == 0 {
            name.first_capitalised = word.chars().next().is_some_and(char::is_uppercase);
        }
        name.words += 1;
        name.end = at + wend;
        pos = name.end;
        if KEYWORD
            .find(&sent[pos..])
            .is_some_and(|m| sent[pos..m.start() + pos].trim().is_empty())
        {
            break;
        }
    }
    if name.ordinal.is_none() {
        name.title_end = name.end;
    }
    name
}

static TERM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?i:khóa)\s+(?:[IVXLC]+|\d{1,2})\b").unwrap());

/// After an ordinal: a year ends the title ("lần thứ 19 năm 2018"); a term ("khóa XIII") or,
/// when the keyword stood alone, the body that meets ("Hội nghị lần thứ tư Ban Chấp hành
/// Trung ương Đảng khóa XIII", "Kỳ họp thứ 2, Quốc hội khóa XV") belong to the series.
fn after_ordinal(sent: &str, name: &mut Name) {
    name.title_end = name.end;
    if let Some((y, r)) = year_in(&sent[name.end..]).filter(|(_, r)| r.start <= 1) {
        name.title_year = Some((y, name.end + r.start..name.end + r.end));
        name.end += r.end;
        return;
    }
    let start = name.end;
    if let Some(m) = TERM.find(&sent[name.end..]) {
        name.end += m.end();
    } else if name.words == 0 {
        let rest = &sent[name.end..];
        let skip = rest.len() - rest.trim_start_matches([',', ' ']).len();
        let mut from = name.end + skip;
        if sent[from..].to_lowercase().starts_with("của ") {
            from += "của ".len();
        }
        let body = parse_name(sent, from);
        if body.words > 0 && body.first_capitalised && body.ordinal.is_none() {
            name.end = body.end;
            name.title_year = body.title_year;
        }
    }
    if name.end > start {
        let seg = &sent[start..name.end];
        let lead = seg.len() - seg.trim_start_matches([',', ' ']).len();
        name.suffix = Some(start + lead..name.end);
        name.title_end = name.end;
    }
}

/// The first "năm YYYY" in `s`, with its range.
fn year_in(s: &str) -> Option<(i32, Range<usize>)> {
    static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bnăm\s+(\d{4})\b").unwrap());
    let c = YEAR.captures(s)?;
    let y: i32 = c[1].parse().ok()?;
    (1900..=2100)
        .contains(&y)
        .then(|| (y, c.get(0).unwrap().range()))
}

fn ends_with_any(prefix: &str, cues: &[&str]) -> bool {
    let p = prefix.trim_end().to_lowercase();
    cues.iter().any(|c| {
        p.ends_with(c)
            && p[..p.len() - c.len()]
                .chars()
                .next_back()
                .is_none_or(|ch| !ch.is_alphanumeric())
    })
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn trim_title(s: &str) -> &str {
    s.trim().trim_end_matches([',', '.', ';', ':', ' '])
}

/// Extracts the conferences of one sentence into `out` (the article's list so far).
#[allow(clippy::too_many_arguments)]
pub(super) fn extract(
    index: usize,
    a: &Article,
    s: &Sentence,
    ctx: &mut ArticleContext,
    people: &People,
    k: &Knowledge,
    out: &mut Vec<ConferenceMention>,
) {
    let text = s.folded();
    let first = out.len();
    let mut names: Vec<Range<usize>> = Vec::new();
    // Every keyword has one of these in either case; most sentences have none.
    let maybe = ["ội", "ỘI", "đàm", "ĐÀM", "đàn", "ĐÀN", "họp", "HỌP"]
        .iter()
        .any(|k| text.contains(k));
    for m in KEYWORD.find_iter(if maybe { text } else { "" }) {
        let name = parse_name(text, m.end());
        let named_person_only = !name.quoted && name.ordinal.is_none() && {
            let span = &text[m.end()..name.end];
            !names_in(span, k).is_empty()
        };
        let valid = name.ordinal.is_some()
            || name.quoted
            || (name.words >= 1 && name.first_capitalised && !named_person_only)
            || name.words >= 4 && !named_person_only;
        if !valid {
            continue;
        }
        let prefix = &text[..m.start()];
        let original = |r: Range<usize>| {
            s.line
                .original(s.range.start + r.start..s.range.start + r.end)
                .to_string()
        };
        let title_full = capitalise(trim_title(&original(m.start()..name.end)));
        let (title, series, ordinal) = match (&name.ordinal, name.series_end) {
            (Some((n, _)), Some(se)) => {
                let title = capitalise(trim_title(&original(m.start()..name.title_end)));
                let head = capitalise(trim_title(&original(m.start()..se)));
                let series = match &name.suffix {
                    Some(r) => Some(format!("{head} {}", trim_title(&original(r.clone())))),
                    None if se > m.end() => Some(head),
                    None => None,
                };
                (title, series, Some(*n))
            }
            _ => (title_full.clone(), None, None),
        };
        let mut reference = ends_with_any(prefix, REFERENCE_CUES);
        let mut framework = ends_with_any(prefix, FRAMEWORK_CUES);
        let mut companion = ends_with_any(prefix, COMPANION_CUES);
        if ends_with_any(prefix, &["và", ","]) {
            // "trong khuôn khổ A và B": B stands where A does.
            if let Some(prev) = out[first..].last() {
                if names
                    .last()
                    .is_some_and(|r| text[r.end..m.start()].trim().len() <= 4)
                {
                    reference |= prev.reference;
                    framework |= prev.framework;
                    companion |= prev.companion_of.is_some();
                }
            }
        }
        let companion_of = if companion {
            out[first..]
                .iter()
                .position(|c| !c.reference && !c.framework)
                .map(|i| first + i)
        } else {
            None
        };
        let title_year = name
            .title_year
            .as_ref()
            .map(|(y, r)| (*y, original(r.clone())));
        let reviews_year = title.to_lowercase().contains("tổng kết");
        names.push(m.start()..name.end);
        out.push(ConferenceMention {
            article: index,
            evidence: Evidence {
                file: a.file.clone(),
                line: s.line.number,
                quote: s.quote(),
            },
            sentence_start: s.range.start,
            title,
            series,
            ordinal,
            title_year,
            reviews_year,
            date: None,
            reference,
            framework,
            companion_of,
            anchors: Vec::new(),
            location: None,
            chair: None,
            theme: None,
            format: None,
            participants: None,
        });
    }

    if out.len() == first {
        // No conference named here: the sentence may still describe the last one ("Sự kiện do
        // Bộ trưởng … chủ trì, với sự có mặt của …").
        if let Some(last) = out
            .iter_mut()
            .rev()
            .find(|c| !c.reference && !c.framework && c.companion_of.is_none())
        {
            if last.evidence.line + 2 >= s.line.number {
                details(s, text, people, k, last);
            }
        }
        return;
    }

    // Dates: those inside a name belong to that name (title years); the rest to the
    // conferences the sentence reports.
    let free: Vec<&crate::dates::DateMention> = s
        .dates
        .iter()
        .filter(|d| {
            let r = d.span.start - s.range.start..d.span.end - s.range.start;
            !names.iter().any(|n| r.start >= n.start && r.end <= n.end)
        })
        .collect();
    for (i, c) in out[first..].iter_mut().enumerate() {
        if c.reference {
            continue;
        }
        let at = names[i].start;
        let best = free
            .iter()
            .filter_map(|d| ctx.read(s, d).map(|td| (d, td)))
            .min_by_key(|(d, td)| {
                let r = d.span.start - s.range.start;
                (std::cmp::Reverse(td.date.precision()), r.abs_diff(at))
            });
        c.date = best.map(|(_, td)| td);
    }

    // Anchors to Party Congresses describe the conference named before them.
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
            .filter(|(i, r)| r.start < m.start() && !out[first + i].reference)
            .map(|(i, _)| i)
            .next_back();
        if let Some(i) = target {
            let spelled = s
                .line
                .original(s.range.start + m.start()..s.range.start + m.end())
                .to_string();
            out[first + i].anchors.push(Anchor {
                relation,
                congress: n,
                spelled,
                line: s.line.number,
            });
        }
    }

    // Sentence-level details go to the conference the sentence reports.
    let main = (first..out.len())
        .rev()
        .find(|&i| !out[i].reference && !out[i].framework && out[i].companion_of.is_none());
    if let Some(i) = main {
        details(s, text, people, k, &mut out[i]);
    }
}

/// Location, chair, theme, format and participants from a sentence about `c`.
fn details(s: &Sentence, text: &str, people: &People, k: &Knowledge, c: &mut ConferenceMention) {
    let original = |r: Range<usize>| {
        s.line
            .original(s.range.start + r.start..s.range.start + r.end)
            .to_string()
    };
    if c.theme.is_none() {
        if let Some(m) = THEME.captures(text).and_then(|cap| cap.get(1)) {
            c.theme = Some(trim_title(&original(m.range())).to_string());
        }
    }
    if c.format.is_none() {
        if let Some(m) = FORMAT.captures(text).and_then(|cap| cap.get(1)) {
            c.format = Some(trim_title(&original(m.range())).to_string());
        } else if c.title.to_lowercase().contains("trực tuyến") {
            c.format = Some("trực tuyến".to_string());
        }
    }
    if c.participants.is_none() {
        if let Some(m) = PARTICIPANTS.captures(text).and_then(|cap| cap.get(1)) {
            c.participants = Some(trim_title(&original(m.range())).to_string());
        }
    }
    if c.location.is_none() {
        for cap in LOCATION.captures_iter(text) {
            let m = cap.get(1).unwrap();
            let place = &text[m.range()];
            if KEYWORD.find(place).is_some_and(|k| k.start() == 0)
                || place.starts_with("Bộ")
                || place.starts_with("Sở")
            {
                continue;
            }
            c.location = Some(original(m.range()));
            break;
        }
    }
    let chu_tri = CHU_TRI.find(text).map(|m| m.start());
    if let (None, Some(upto)) = (&c.chair, chu_tri) {
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
        c.chair = chair;
    }
}
