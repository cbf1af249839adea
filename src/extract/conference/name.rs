//! The name of a conference after its keyword: where it ends, its ordinal, the body and term
//! of its series, and the years its title gives.
//!
//! A name runs over proper names ("Hội nghị Ngoại vụ toàn quốc"), quoted titles, descriptive
//! words ("Hội nghị trực tuyến toàn quốc về bảo hiểm thất nghiệp", "Hội nghị tổng kết công tác năm
//! 2014 và triển khai nhiệm vụ năm 2015", "phiên họp Chính phủ thường kỳ tháng 7/2015"), and
//! stops where the sentence goes on: a verb ("khai mạc", "diễn ra"), a preposition that starts
//! an adjunct ("tại", "vào", "do"), a date, a clause. An ordinal ("lần thứ 20", "lần thứ XII",
//! "lần thứ tư", a bare "31") counts only when no other head noun ("Nghị quyết", "Đại hội")
//! stands between it and the keyword.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::extract::lexicon::{
    inside_compound, without_form_words, AGENDA_VERBS, BUSINESS_VERBS, CLAUSE_WORDS, PLAN_WORDS,
    PURPOSE_OPENERS, TASK_VERBS, TOPIC_OPENING_WORDS, TOPIC_VERBS,
};
use crate::text::{contains_word, number_words, roman, starts_with_word};

/// Lower-case word pairs that end a conference name ("… khai mạc", "… diễn ra").
const STOP_PAIRS: &[&str] = &[
    "khai mạc",
    "bế mạc",
    "diễn ra",
    "kết thúc",
    "khép lại",
    "kể từ",
    "kết nối",
    "tổ chức",
    "thông qua",
    "phát biểu",
    "tham dự",
    "tham gia",
    "đánh giá",
    "xác định",
    "đề ra",
    "đưa ra",
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
    "nhất trí",
    "ra mắt",
    "kéo dài",
    "đánh dấu",
    "trở thành",
    "tập trung",
    "dự kiến",
    "được tổ",
    "bàn về",
    "nghe báo",
    "cho ý",
    "mở ra",
    "khẳng định",
    "tạo ra",
    "làm việc",
    "trọng thể",
    "thành công",
    "lần này",
    // What was named before ("quyết định nêu trên"): an anaphor, no part of a name.
    "nêu trên",
    "nói trên",
    "kể trên",
];
/// Pairs of [`STOP_PAIRS`] that, after "Ban", name a committee: "Ban chỉ đạo", "Ban tổ chức".
const COMMITTEE_PAIRS: &[&str] = &["chỉ đạo", "tổ chức"];
/// After "với", words that start an adjunct ("với chủ đề", "với sự tham dự") rather than the
/// other party of a meeting ("Hội nghị Thủ tướng với doanh nghiệp").
const AFTER_VOI_STOPS: &[&str] = &[
    "sự", "chủ", "hơn", "khoảng", "gần", "trên", "nhiều", "tinh", "mục", "hình", "số", "quy",
    "thông", "nội", "phương", "tham", "đại", "lãnh", "hàng", "hai", "ba", "bốn", "năm", "sáu",
    "bảy", "tám", "chín", "mười", "ý", "kết", "quyết", "mong", "tổng", "gần", "trách", "vai",
    "những",
];
/// Words of an administrative title that may follow a comma inside it ("phòng, chống thiên
/// tai", "tổng kết năm 2017, triển khai nhiệm vụ năm 2018").
/// Also the second of a pair joined by a comma: "học tập, quán triệt", "thi đua, khen thưởng",
/// "đào tạo, bồi dưỡng", "mầm non, phổ thông", "kiểm tra, giám sát", "tuyên truyền, phổ biến".
const AFTER_COMMA: &[&str] = &[
    "chống", "triển", "đề", "nhiệm", "phương", "kế", "xác", "định", "giải", "tìm", "cứu", "thực",
    "tổng", "sơ", "hiệu", "quán", "khen", "bồi", "phổ", "kiểm", "quảng", "xử", "tuyên",
];
/// Head nouns inside a name after which "lần thứ N" is theirs, not the conference's.
const INNER_HEADS: &[&str] = &[
    "nghị quyết",
    "đại hội",
    "chỉ thị",
    "kết luận",
    "quyết định",
    "hội nghị",
    "kỳ họp",
    "phiên họp",
];

/// The words before a year say it is a plan's ("triển khai …", "nhiệm vụ 2018"), not a reviewed
/// one ("thực hiện nhiệm vụ năm 2017").
fn is_plan(between: &str) -> bool {
    PLAN_WORDS.iter().any(|w| between.contains(w))
        || (between.contains("nhiệm vụ") && !between.contains("thực hiện"))
}

/// The parsed name after a keyword (byte offsets in the sentence).
#[derive(Debug, Default)]
pub struct Name {
    /// Where the name starts (after the keyword).
    pub start: usize,
    /// End of the name.
    pub end: usize,
    /// Where "lần thứ" (or a bare trailing number) starts: the series ends there.
    pub series_end: Option<usize>,
    pub ordinal: Option<u32>,
    /// End of the title proper: the ordinal and what names the body after it, not a year.
    pub title_end: usize,
    /// What follows the ordinal and belongs to the series ("Ban Chấp hành …").
    pub suffix: Option<Range<usize>>,
    /// The term ("khóa XIII"): its number and range.
    pub term: Option<(u32, Range<usize>)>,
    /// Years the title gives, with their ranges, in order.
    pub years: Vec<(i32, Range<usize>)>,
    /// The index in `years` of a plan's year ("triển khai nhiệm vụ năm 2018").
    pub plan_year: Option<usize>,
    /// A school year ("năm học 2018 – 2019"): its first year and range.
    pub school_year: Option<(i32, Range<usize>)>,
    /// A month the title names as its period ("thường kỳ tháng 11/2021").
    pub period_month: Option<u32>,
    pub quoted: bool,
    pub words: usize,
    /// Whether a proper word names it: a capitalised word right after its meeting word
    /// ("Hội nghị Ngoại giao", not "hội nghị tổng kết"), or the place it is named by
    /// (`named_by_place`).
    pub proper_name: bool,
}

/// Whether quoted words read as a title, not as words said ("Hội nghị: “Chúng tôi cần …”"): a
/// short phrase, without a sentence's stops or a speaker's pronouns.
fn reads_as_title(quoted: &str) -> bool {
    const PRONOUNS: &[&str] = &["tôi", "chúng tôi", "chúng ta", "ta", "ngài", "bạn", "mình"];
    let lower = quoted.to_lowercase();
    // A stop inside a word ("4.0", "TP.HCM") ends no sentence.
    let chars: Vec<char> = quoted.chars().collect();
    let stops = chars.iter().enumerate().any(|(i, c)| {
        matches!(c, '!' | '?' | ';')
            || *c == '.' && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
    });
    quoted.split_whitespace().count() <= MAX_TITLE_WORDS
        && !stops
        && !PRONOUNS
            .iter()
            .any(|p| crate::text::contains_word(&lower, p))
}

/// The most words a quoted title after a colon holds (longer quotations are words said).
const MAX_TITLE_WORDS: usize = 16;

/// The marks that may close a quotation opened by `c`: writers (and their keyboards) mix the
/// straight and the curly double quote ("…” and “…"). A single straight quote closes only
/// with its like: the curly one is also an apostrophe ("Ambassador’s").
fn closing_quotes(c: char) -> Option<&'static [char]> {
    match c {
        '“' => Some(&['”', '"']),
        '"' => Some(&['"', '”']),
        '\'' => Some(&['\'']),
        '‘' => Some(&['’']),
        '«' => Some(&['»']),
        _ => None,
    }
}

/// Where the quotation opened by `open` closes in `inner` (the text after the opening mark),
/// and the closing mark's length in bytes: at its own closing mark, else (the writer mixed
/// them) at the first other one.
fn find_close(inner: &str, open: char) -> Option<(usize, usize)> {
    let closers = closing_quotes(open)?;
    let e = closers.iter().find_map(|&c| inner.find(c))?;
    Some((e, inner[e..].chars().next()?.len_utf8()))
}

/// The length of the next number of a joint meeting right after ordinal `n` ("lần thứ 28-29",
/// "lần thứ 28 và 29", "lần thứ 28 và lần thứ 29"): two meetings of a series held together,
/// named as one. Only the next number: after a dash a year or a count is another thing.
fn joint_ordinal(rest: &str, n: u32) -> Option<usize> {
    let joined = ["-", "–", " - ", " – ", " và ", " và lần thứ ", " và thứ "]
        .iter()
        .filter_map(|j| rest.strip_prefix(j))
        .find_map(|next| {
            let (m, len) = ordinal_at(next)?;
            (m == n + 1).then_some(rest.len() - next.len() + len)
        })?;
    // Not the first number of a longer one ("28-29/9" is a date).
    (!rest[joined..].starts_with(['/', '.', '-']) || rest[joined..].starts_with(". "))
        .then_some(joined)
}

/// Parses an ordinal at the start of `s`: digits, a Roman numeral or Vietnamese words.
pub fn ordinal_at(s: &str) -> Option<(u32, usize)> {
    let word_end = |from: usize| {
        s[from..]
            .find(|c: char| !c.is_alphanumeric())
            .map(|e| from + e)
            .unwrap_or(s.len())
    };
    let first_end = word_end(0);
    let first = &s[..first_end];
    if let Ok(n) = first.parse::<u32>() {
        return (n > 0 && n < 1000).then_some((n, first_end));
    }
    if let Some(n) = roman(first) {
        return Some((n, first_end));
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
            return Some((n, e));
        }
    }
    None
}

/// Whether the word `first`, with the start of `rest`, is a verb of instructing or speaking
/// (`kêu gọi`, `cho biết`): after "và", the sentence's next predicate.
fn speaking_verb(first: &str, rest: &str) -> bool {
    // Not the verbs that are nouns as well ("thông tin đối ngoại", "tổ chức").
    const VERBS_ONLY: &[&str] = &["cho biết", "phát biểu", "khẳng định"];
    let pair = format!("{first} {}", first_word(rest));
    crate::extract::lexicon::DIRECTIVE_VERBS
        .iter()
        .map(|v| v.word)
        .chain(VERBS_ONLY.iter().copied())
        .any(|v| v == pair)
}

fn is_stop_pair(first: &str, rest: &str) -> bool {
    let second = rest
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let pair = format!("{first} {second}");
    STOP_PAIRS
        .iter()
        .chain(crate::extract::lexicon::TELLING_PAIRS)
        .any(|p| *p == pair)
}

/// Whether a bracket's words give a time ("(chiều 16-4)", "(ngày 5.3)"): the sentence's, not
/// the name's.
fn holds_time(inner: &str) -> bool {
    let first = first_word(inner);
    [
        "sáng", "chiều", "tối", "trưa", "đêm", "ngày", "hôm", "tháng",
    ]
    .contains(&first.as_str())
        || inner
            .as_bytes()
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && matches!(w[1], b'-' | b'.') && w[2].is_ascii_digit())
}

/// Whether a word of `s` is capitalised: a name so far that holds a proper word names its
/// meeting already.
pub(super) fn has_proper_word(s: &str) -> bool {
    s.split_whitespace().any(|w| {
        w.trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with(char::is_uppercase)
    })
}

fn first_word(s: &str) -> String {
    s.trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase()
}

static YEAR_AT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?i:năm)\s+(\d{4})\b").unwrap());
static YEAR_IN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bnăm\s+((?:19|20)\d{2})\b").unwrap());
static SCHOOL_YEAR_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:năm học)\s+(\d{4})\s*[-–]\s*(\d{4})\b").unwrap());
static MONTH_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:tháng)\s+(\d{1,2})(?:\s*/\s*(\d{4})|\s+(?i:năm)\s+(\d{4}))?\b").unwrap()
});
/// A month and year with a dash or a dot ("tháng 11-2018"), part of a name only after a word
/// of a periodic meeting ([`PERIODIC_WORDS`]): "Hội nghị thượng đỉnh liên Triều tháng 9-2016"
/// is held that month, "phiên họp thường kỳ tháng 11-2018" reviews it.
static PERIOD_MONTH_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:tháng)\s+(\d{1,2})\s*[-.–]\s*(\d{4})\b").unwrap());
/// A quarter, with its year after a slash or a dash ("quý II/2018", "quý 3-2019"): the period
/// a meeting reviews, part of its name.
static QUARTER_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:quý)\s+(IV|I{1,3}|[1-4])(?:\s*[-/.–]\s*(\d{4}))?\b").unwrap()
});
/// Words of a meeting held for a period, each month or quarter ("thường kỳ", "giao ban"),
/// lower case.
pub(super) const PERIODIC_WORDS: &[&str] = &["thường kỳ", "định kỳ", "giao ban"];
static TERM_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:khóa)\s+([IVXLC]+|\d{1,2})\b").unwrap());
static DOC_NUMBER_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d+[\w]*(?:[-/⁄][\w\-/⁄]*\w)?").unwrap());
static BARE_YEAR_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^((?:19|20)\d{2})\b").unwrap());

fn year_ok(y: i32) -> bool {
    (1900..=2100).contains(&y)
}

/// Whether `word` opens the sentence's own time rather than going on with a name: "… năm 2018
/// cuối ngày 3-1" (but "6 tháng cuối năm" is a name's), "… và Trung Quốc hồi tháng 8" (but
/// "phục hồi du lịch" is a word), "Cuộc họp năm nay".
fn opens_time(word: &str, after: &str) -> bool {
    let next = first_word(after);
    let digit = next.starts_with(|c: char| c.is_ascii_digit());
    // "cuối tháng này", "đầu năm nay": a part of a time that is the sentence's.
    if ["cuối", "đầu", "giữa"].contains(&word) {
        let rest = after.trim_start().get(next.len()..).unwrap_or("");
        return opens_time(&next, rest)
            || word == "cuối"
                && ["ngày", "buổi", "giờ", "tuần", "chiều", "sáng"].contains(&next.as_str());
    }
    match word {
        // "năm nay", "tuần trước", "tháng này": the sentence's time (a plan's "năm tới" is a
        // name's, see `CLAUSE_WORD_COMPOUNDS`).
        "năm" => ["nay", "ngoái"].contains(&next.as_str()),
        "tuần" => ["trước", "này", "tới", "qua", "sau"].contains(&next.as_str()),
        "tháng" => ["trước", "này"].contains(&next.as_str()),
        "hồi" => {
            digit
                || [
                    "tháng", "năm", "đầu", "cuối", "giữa", "ngày", "sáng", "chiều", "tối", "trưa",
                    "đêm", "tuần",
                ]
                .contains(&next.as_str())
        }
        _ => false,
    }
}

/// Verbs of a meeting's agenda whose object may itself be a verb phrase or a noun that looks
/// like one ("Hội nghị tăng cường thu hút nhân lực", "đẩy mạnh kết nối cung cầu", "công
/// bố quyết định bổ nhiệm", "thực hiện kết luận số 120"): after them a pair that would end a
/// name ("thu hút", "kết nối", "quyết định", "kết luận") is their object. Lower case.
const TRANSITIVE_AGENDA: &[&str] = &[
    "tăng cường",
    "đẩy mạnh",
    "thúc đẩy",
    "nâng cao",
    "công bố",
    "trao",
    "thực hiện",
    "triển khai",
    "quán triệt",
];

/// Words that make the verb after them a noun: "việc tổ chức kỳ thi", "công tác tổ chức cán
/// bộ", "các tổ chức quốc tế", "ngành tổ chức xây dựng Đảng" (a sector). After them a pair
/// that would end a name ("tổ chức", "đánh giá", "thông qua") is a noun of the name. Lower case.
const NOMINALISERS: &[&str] = &["việc", "sự", "công tác", "các", "những", "mọi", "ngành"];

/// Whether the name so far ends with one of `words` (as whole words).
fn ends_with_one_of(name_so_far: &str, words: &[&str]) -> bool {
    let n = name_so_far.trim_end().to_lowercase();
    words.iter().any(|v| {
        n.strip_suffix(v)
            .is_some_and(|r| r.is_empty() || r.ends_with(' '))
    })
}

/// Whether `word` ends a pair of [`STOP_PAIRS`] that a nominaliser made a noun ("việc thông" +
/// "qua"): the name so far ends with the pair's first syllable `last` after one of
/// [`NOMINALISERS`].
fn second_of_noun_pair(name_so_far: &str, last: &str, word: &str) -> bool {
    let before_last = name_so_far.trim_end();
    let before_last = before_last[..before_last.rfind(' ').map_or(0, |i| i + 1)].trim_end();
    STOP_PAIRS.contains(&format!("{last} {word}").as_str())
        && ends_with_one_of(before_last, NOMINALISERS)
}

/// Nouns that a verb after them qualifies, making one noun ("chỉ số đánh giá chi phí …", "kết
/// quả đánh giá …", "tiêu chí xếp hạng …", "phương pháp kiểm tra …"). Lower case.
const QUALIFIED_NOUNS: &[&str] = &[
    "chỉ số",
    "bộ chỉ số",
    "tiêu chí",
    "phương pháp",
    "quy trình",
    "kết quả",
];

/// Whether the name so far ends with one of [`TRANSITIVE_AGENDA`], [`NOMINALISERS`] or
/// [`QUALIFIED_NOUNS`]: the pair after it is the agenda's object or a noun, not the sentence's
/// verb.
fn after_transitive(name_so_far: &str) -> bool {
    // "… với các bộ, ngành thống nhất …": a unit of a list ([`UNITS`]), not a sector's noun.
    let listed_unit = name_so_far.trim_end().ends_with(", ngành");
    ends_with_one_of(name_so_far, TRANSITIVE_AGENDA)
        || ends_with_one_of(name_so_far, NOMINALISERS) && !listed_unit
        || ends_with_one_of(name_so_far, QUALIFIED_NOUNS)
}

/// What a review looks at ("đánh giá tình hình …", "đánh giá kết quả …"). Lower case.
const REVIEWED: &[&str] = &[
    "tình hình",
    "kết quả",
    "thực trạng",
    "tác động",
    "công tác",
    "việc",
    "hiệu quả",
    "thực hiện",
];

/// Whether "đánh giá" here opens the agenda of a meeting named so far by its form alone ("Hội
/// nghị trực tuyến đánh giá tình hình …"): what it reviews follows. "Hội nghị trực tuyến đánh
/// giá cao …" is the sentence's verb.
fn reviews_after_form(name_so_far: &str, lower: &str, after: &str) -> bool {
    if lower != "đánh" {
        return false;
    }
    let Some(reviewed) = after
        .trim_start()
        .strip_prefix("giá ")
        .map(str::to_lowercase)
    else {
        return false;
    };
    without_form_words(&name_so_far.to_lowercase()).is_empty()
        && REVIEWED.iter().any(|r| {
            reviewed
                .strip_prefix(r)
                .is_some_and(|t| !t.starts_with(char::is_alphanumeric))
        })
}

/// Whether `lower` ("để", "nhằm") opens what a meeting is for, told by what it is to do ("để
/// tháo gỡ vướng mắc", "nhằm đánh giá kết quả"): a verb of [`TASK_VERBS`] or
/// [`AGENDA_VERBS`] follows in `after`; not "để" before whom it serves ("để các doanh nghiệp
/// nắm bắt …").
pub(super) fn purpose_opens(lower: &str, after: &str) -> bool {
    if !PURPOSE_OPENERS.contains(&lower) {
        return false;
    }
    let mut words = after.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    let first = words.next().unwrap_or_default();
    let pair = format!("{first} {}", words.next().unwrap_or_default());
    TASK_VERBS.contains(&pair.as_str())
        || AGENDA_VERBS.contains(&pair.as_str())
        || first != "cho" && AGENDA_VERBS.contains(&first.as_str())
}

/// Places of a city or a commune named by a number (the word before it, lower case): "quận
/// 10", "phường 5", "khu phố 3", "tổ 12", "ấp 2".
const NUMBERED_PLACES: &[&str] = &[
    "quận",
    "phường",
    "phố",
    "khu",
    "tổ",
    "ấp",
    "khóm",
    "xóm",
    "thôn",
];

/// Who or what a meeting is for, after "cho" inside its name ("tập huấn cho cán bộ", "tài
/// chính toàn diện cho người nghèo", "tháo gỡ khó khăn cho dự án …"): "cho" then goes on with
/// the name rather than the sentence ("cho biết", "cho thấy"). Lower case, first syllables.
const BENEFICIARIES: &[&str] = &[
    "người", "doanh", "cán", "thanh", "phụ", "trẻ", "học", "sinh", "nông", "đồng", "hộ", "lao",
    "công", "hội", "đoàn", "giáo", "nhà", "khách", "ngư", "dự", "địa", "vùng", "các",
];

/// Whether "cho" at this point of a name names who the meeting is for.
fn for_whom(lower: &str, name: &Name, after: &str) -> bool {
    if lower != "cho" || name.words == 0 {
        return false;
    }
    let next = first_word(after);
    let rest = after.trim_start().get(next.len()..).unwrap_or("");
    BENEFICIARIES.contains(&next.as_str()) && !is_stop_pair(&next, rest)
}

/// Verbs that follow a meeting word as its subject's predicate and open no meeting's name
/// ("Hội nghị làm rõ …", "Hội nghị mang ý nghĩa …", "Hội nghị đánh một dấu mốc …"). Lower case.
/// Verbs that do open names ("tổng kết", "biểu dương", "góp ý", "mở rộng") are not here.
const SUBJECT_PREDICATES: &[&str] = &[
    "làm", "tạo", "mang", "đạt", "khép", "kéo", "dành", "chứng", "giúp", "đưa", "nêu", "xem",
    "tiến", "nhất", "phân", "ghi", "đánh", "thể", "chỉ", "diễn", "đi", "nhấn", "khẳng", "cho",
    "hoàn", "lắng", "bước",
];

/// Words before a meeting word that make it an object or an adverbial, not the subject of its
/// sentence: "tại", "trong", "dự", "chủ trì", "tổ chức".
const OBJECT_CUES: &[&str] = &[
    "tại",
    "trong",
    "dự",
    "chủ trì",
    "tổ chức",
    "tham dự",
    "sau",
    "trước",
    "khai mạc",
    "ở",
    "chỉ đạo",
    "triệu tập",
];

/// Whether "trong" after a meeting's group of parties says which bloc they belong to ("cuộc
/// họp của các bộ trưởng trong khối Thịnh vượng chung", "… của các nước trong nhóm G7"): the
/// parties' name goes on.
fn group_within(so_far: &str, word: &str, after: &str) -> bool {
    const BLOCS: &[&str] = &[
        "khối",
        "nhóm",
        "liên minh",
        "cộng đồng",
        "tổ chức",
        "hiệp hội",
    ];
    let so_far = so_far.trim().to_lowercase();
    let group = ["của các ", "của những ", "giữa các "]
        .iter()
        .any(|p| so_far.starts_with(p) || so_far.contains(&format!(" {p}")));
    let bloc = after.trim_start().to_lowercase();
    word == "trong"
        && group
        && BLOCS
            .iter()
            .any(|b| crate::text::starts_with_word(&bloc, b))
}

/// Whether what follows names a party of a meeting: a body, a proper name, or a group ("các
/// nguyên thủ", "những nhà tài trợ").
fn names_party(after: &str) -> bool {
    // A party named in quotes ("với “Công viên phần mềm Quang Trung”") by its first word.
    let a = after.trim_start().trim_start_matches(['“', '"', '«']);
    // (A place by its kind: "của tỉnh …", "của thị xã …".)
    crate::extract::lexicon::starts_with_body_any_case(a)
        || a.starts_with(char::is_uppercase)
        || PARTY_WORDS
            .iter()
            .chain(crate::extract::lexicon::PLACE_WORDS)
            .any(|w| {
                a.strip_prefix(w)
                    .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
            })
}

/// Whether `after` "với" right after a meeting word names whom the meeting is held with: a
/// party ([`names_party`]) or a person by an office and a name ("với chủ tịch UBND TP Nguyễn
/// Văn A", "với ông Trump"), not a bare office or address.
fn names_partner(after: &str) -> bool {
    let lower = after.trim_start().to_lowercase();
    let named = crate::extract::lexicon::person_at(&lower).is_some_and(|w| {
        // Within its clause: "với Chủ tịch tỉnh, ông An …" names no one after the office.
        let clause = after.trim_start()[w.len()..]
            .split([',', ';', '.'])
            .next()
            .unwrap_or("");
        let rest = clause.split_whitespace().take(4);
        rest.clone().any(|x| x.starts_with(char::is_uppercase))
    });
    names_party(after) || named
}

/// Words that open a party named in lower case: a group ("các nguyên thủ", "lãnh đạo …") or a
/// body by its common noun ("của ngành thuế", "của cụm thi đua số 5", "của nội các").
const PARTY_WORDS: &[&str] = &[
    "các",
    "những",
    "hai",
    "ba",
    "lãnh đạo",
    "đại diện",
    "ngành",
    "cụm",
    "nội các",
    "nghị viện",
    "quốc hội",
    "thượng viện",
    "hạ viện",
    "chính phủ",
    "ban lãnh đạo",
    "ban giám đốc",
    "ban giám hiệu",
    "nhóm",
    "khối",
    "tập đoàn",
    "công ty",
    "ngân hàng",
    "hội đồng",
    "ủy ban",
    "uỷ ban",
    "bộ",
    "sở",
    "trường",
    "viện",
    "hiệp hội",
    "liên minh",
    // A party of another country, in lower case before its name ("của đảng Cộng hòa", "của
    // đảng Lao động").
    "đảng",
    "cử tri",
    "doanh nghiệp",
    "một số",
    "chính quyền",
    "cán bộ",
    "giáo viên",
    "học sinh",
    "sinh viên",
    "phụ huynh",
    "người",
    "nhà",
    "chủ đầu tư",
    "đoàn",
    "bà con",
    "nhân dân",
];

/// Whether the meeting word that ends at `start` stands as an object or an adverbial.
fn object_position(sent: &str, start: usize) -> bool {
    let head = sent[..start].to_lowercase();
    let Some(word) = crate::extract::lexicon::MEETING_NOUNS
        .iter()
        .find(|w| head.ends_with(*w))
    else {
        return false;
    };
    let before = head[..head.len() - word.len()].trim_end();
    OBJECT_CUES.iter().any(|c| {
        before
            .strip_suffix(c)
            .is_some_and(|r| r.is_empty() || r.ends_with(|ch: char| !ch.is_alphanumeric()))
    })
}

/// Whether the year that `before` runs up to is a plan's horizon ("Kế hoạch … đến năm 2020,
/// tầm nhìn 2025", "Chiến lược … tới năm 2030"): a target, never the year a meeting is held.
fn is_horizon(before: &str) -> bool {
    super::HORIZON_BEFORE.is_match(before)
}

/// The years of a quoted title, `sent[range]`, are the title's ("… 6 tháng cuối năm 2021"), a
/// plan's after a plan's words ("Kinh tế năm 2016 và triển vọng năm 2017").
fn quoted_years(sent: &str, range: Range<usize>, name: &mut Name) {
    let at = range.start;
    for y in YEAR_IN.captures_iter(&sent[range.clone()]) {
        let (whole, g) = (y.get(0).unwrap(), y.get(1).unwrap());
        let Ok(v) = g.as_str().parse::<i32>() else {
            continue;
        };
        if is_horizon(&sent[..at + whole.start()]) {
            continue;
        }
        let since = name.years.last().map_or(at, |(_, r)| r.end.max(at));
        if is_plan(&sent[since..at + whole.start()].to_lowercase()) && name.plan_year.is_none() {
            name.plan_year = Some(name.years.len());
        }
        name.years.push((v, at + whole.start()..at + g.end()));
    }
    if let Some((y, r)) = edition_year(sent, range) {
        if name.years.iter().all(|(_, seen)| seen.end <= r.start) {
            name.years.push((y, r));
        }
    }
}

/// The most words (syllables, its year among them) of a quoted title's part before its
/// subtitle that may end with its edition's year: a name such as an edition is of ("Gặp gỡ mùa
/// thu 2019", "Diễn đàn Doanh nghiệp Việt Nam 2019"), not a topic of history told in full
/// ("Chiến dịch mùa xuân trên toàn miền 1975 - Bài học lịch sử").
const MAX_EDITION_HEAD_WORDS: usize = 8;

/// The year that ends a quoted title, its edition's ("“Gặp gỡ Hoa Kỳ 2018”", "“Diễn đàn
/// Doanh nghiệp 2019”"), or the title's short part before its subtitle ("“Gặp gỡ Hoa Kỳ 2018 -
/// Cơ hội mới”", "“Diễn đàn 2019: Hướng tới …”"): four digits as its last word, not a span's
/// end ("2016-2020") or start ("2016 - 2020"), nor a horizon ("Tầm nhìn 2030", "đến 2030").
fn edition_year(sent: &str, range: Range<usize>) -> Option<(i32, Range<usize>)> {
    let whole = &sent[range.clone()];
    let subtitle = [" - ", " – ", ": "]
        .iter()
        .filter_map(|sep| {
            let at = whole.find(sep)?;
            let after = whole[at + sep.len()..].trim_start();
            let short = whole[..at].split_whitespace().count() <= MAX_EDITION_HEAD_WORDS;
            (short && !after.starts_with(|c: char| c.is_ascii_digit())).then_some(at)
        })
        .min();
    let quoted =
        whole[..subtitle.unwrap_or(whole.len())].trim_end_matches(|c: char| !c.is_alphanumeric());
    let last = quoted.rsplit(char::is_whitespace).next()?;
    let y: i32 = last.parse().ok().filter(|_| last.len() == 4)?;
    let before = quoted[..quoted.len() - last.len()].trim_end();
    let spans = before.ends_with(['-', '–', '/']);
    let horizon = is_horizon(&sent[..range.start + before.len() + 1])
        || crate::text::ends_with_word(&before.to_lowercase(), "năm");
    let at = range.start + quoted.len() - last.len();
    (year_ok(y) && !spans && !horizon).then_some((y, at..at + last.len()))
}

/// The length of a group of nations named by its letters at the start of `text`, after
/// "nhóm" or "khối" or alone ("nhóm BRICS", "khối G7", "G20", "APEC"): two capitals at least,
/// or one with digits; not the letters of a kind of body ("UBND", [`generic_letters`]).
///
/// [`generic_letters`]: crate::extract::lexicon::generic_letters
fn group_by_letters(text: &str) -> Option<usize> {
    static GROUP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:(?:nhóm|khối|Nhóm|Khối)\s+)?(\p{Lu}{2,}\d*|\p{Lu}\d+)(?:\s|[,.;:)]|$)")
            .unwrap()
    });
    let c = GROUP.captures(text)?;
    let letters = c.get(1)?;
    (!crate::extract::lexicon::generic_letters(letters.as_str())).then_some(letters.end())
}

/// Most words of who meets after their office ([`participants_named`]): "Kinh tế ASEAN",
/// "Tư pháp các nước ASEAN".
const MAX_PARTICIPANT_WORDS: usize = 8;

/// The length of the officials who meet, named at the start of `text` by their office and
/// whose they are ("các Bộ trưởng Kinh tế ASEAN", "các quan chức cao cấp APEC", "các nhà lãnh
/// đạo G20"): "các", an office of [`crate::extract::lexicon::MEETING_OFFICES`], then words up
/// to the last capitalised one (a party must be named), within the clause.
fn participants_named(text: &str) -> Option<usize> {
    let lower = crate::text::lower_opening(text, 48);
    let after_cac = lower.strip_prefix("các ")?;
    let office = crate::extract::lexicon::MEETING_OFFICES
        .iter()
        .filter(|o| crate::text::starts_with_word(after_cac, o))
        .map(|o| o.len())
        .max()?;
    let from = "các ".len() + office;
    let rest = text.get(from..)?;
    let mut end = None;
    for w in rest.split_whitespace().take(MAX_PARTICIPANT_WORDS) {
        let word = w.trim_end_matches([',', '.', ';', ':', ')']);
        if !word
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '&')
            || word.is_empty()
        {
            break;
        }
        if crate::extract::lexicon::CLAUSE_WORDS.contains(&word) {
            break;
        }
        if word.starts_with(char::is_uppercase) {
            let at = w.as_ptr() as usize - rest.as_ptr() as usize;
            end = Some(at + word.len());
        }
        if word.len() < w.len() {
            break;
        }
    }
    end.map(|e| from + e)
}

/// Whether a slash between `before` and `after` joins the parts of a document's symbol, as
/// some pages write it with spaces ("Chỉ thị 40 - CT / TW", "20 / CT - TTg"): letters on one
/// side at least, never a day and a month ("22 / 11").
fn document_symbol_goes_on(before: &str, after: &str) -> bool {
    let last = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let symbol = |w: &str| {
        !w.is_empty()
            && w.chars().any(char::is_uppercase)
            && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let digits = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    (symbol(last) && (symbol(next) || digits(next))) || (digits(last) && symbol(next))
}

/// Whether `word`, capitalised inside a name (after `before`, read so far) and beside another
/// capitalised word, goes on with a proper name: mid-sentence a verb or an adverb is not
/// capitalised, a place's syllable is ("Trường Đại học Cần Thơ", "huyện Chợ Mới").
fn within_proper_name(before: &str, word: &str, after: &str) -> bool {
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let last = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    let next = after
        .trim_start()
        .split(char::is_whitespace)
        .next()
        .unwrap_or("");
    let next_word = after.starts_with(char::is_whitespace) && capitalised(next);
    capitalised(word) && !last.is_empty() && (capitalised(last) || next_word)
}

/// Words of a predicate: a quotation holding one is an utterance, not a meeting's name; a
/// name of whose meeting it is holds none.
pub(super) const UTTERANCE_VERBS: &[&str] = &[
    "có", "là", "đã", "sẽ", "được", "phải", "cần", "đang", "chưa",
];

/// The longest a quoted name that opens before its meeting word runs, in bytes.
const MAX_QUOTED_NAME: usize = 400;

/// A name quoted from before its meeting word ("“Diễn đàn Sản xuất, Kết nối … năm
/// 2017”") runs to its closing quote, over the commas and words that elsewhere end a name. The
/// meeting word starts at `keyword_start`; `name` is the name read after it.
pub fn run_to_closing_quote(sent: &str, keyword_start: usize, name: &mut Name) {
    let Some(open) = sent[..keyword_start]
        .chars()
        .next_back()
        .filter(|&c| closing_quotes(c).is_some())
    else {
        return;
    };
    let rest = &sent[name.start..];
    let Some((e, _)) = find_close(rest, open) else {
        run_to_unclosed_end(sent, keyword_start, name);
        return;
    };
    let end = name.start + e;
    let inner = &sent[keyword_start..end];
    // Where the reader stopped, a name goes on with a list (a comma, "và", a dash); a quoted
    // utterance that opens with a meeting word ("“Hội nghị năm nay có nhiều điểm mới”") goes
    // on with its predicate.
    let rest = sent[name.end.min(end)..end].trim_start();
    let lower = rest.to_lowercase();
    let list = rest.starts_with([',', '-', '–']) || starts_with_word(&lower, "và");
    let one_name = e <= MAX_QUOTED_NAME
        && end > name.end
        && list
        && !UTTERANCE_VERBS.iter().any(|v| contains_word(&lower, v))
        && !inner.contains(['“', '«', '.', ';', '!', '?'])
        && !(open == '"' && inner.contains('"'));
    if one_name {
        take_quoted(sent, end, name);
    }
}

/// The quotation from where `name` was read to `end` is the name's: its years and its words.
fn take_quoted(sent: &str, end: usize, name: &mut Name) {
    quoted_years(sent, name.end..end, name);
    name.quoted = true;
    name.words += 1;
    name.end = end;
    name.title_end = name.title_end.max(end);
}

/// Words after which a quotation opens a meeting's name, not someone's words: the verbs of
/// holding or attending it and the preposition of where something is said ("tổ chức “Hội
/// nghị …", "phát biểu tại “Diễn đàn …"; not "kể về", which may quote anything).
const BEFORE_QUOTED_NAME: &[&str] = &["tổ chức", "tại", "khai mạc", "chủ trì"];

/// Words after which a sentence goes on past a meeting's name: where, with whom, for what, by
/// whom, and its predicate.
const SENTENCE_GOES_ON: &[&str] = &[
    "tại", "với", "nhằm", "nhưng", "do", "dưới", "để", "đã", "được", "sẽ", "có", "là", "thu hút",
];

/// A name quoted from before its meeting word whose closing quote the writer left out runs to
/// the end of its sentence, when the quote opens where a name stands (after a verb of holding
/// it) and nothing after it reads as a predicate or another quotation.
fn run_to_unclosed_end(sent: &str, keyword_start: usize, name: &mut Name) {
    let before = sent[..keyword_start]
        .trim_end_matches(|c| closing_quotes(c).is_some())
        .trim_end()
        .to_lowercase();
    let end = sent.trim_end_matches(['.', ' ', '!', '?', '…']).len();
    if end <= name.end || end - keyword_start > MAX_QUOTED_NAME {
        return;
    }
    let rest = &sent[name.end..end];
    let lower = rest.to_lowercase();
    let one_name = BEFORE_QUOTED_NAME
        .iter()
        .any(|w| before.ends_with(w) && before[..before.len() - w.len()].ends_with([' ', ',']))
        && !rest.contains(['"', '“', '”', '«', '»', '.', ';', '!', '?', ':', ','])
        && !UTTERANCE_VERBS.iter().any(|v| contains_word(&lower, v))
        // The sentence going on after the name: where, with whom, for what, by whom.
        && !SENTENCE_GOES_ON.iter().any(|w| contains_word(&lower, w));
    if one_name {
        take_quoted(sent, end, name);
    }
}

/// Parses the name that starts at `start` in `sent` (folded).
pub fn parse_name(sent: &str, start: usize) -> Name {
    parse_name_with(sent, start, None)
}

/// [`parse_name`], where "đầu tiên" after a name numbers its series when `known` says the
/// words of `sent` up to a byte (from the meeting word) name a series the knowledge file lists
/// ([`NameReader::first_of_series`]).
pub fn parse_name_in_series(sent: &str, start: usize, known: &dyn Fn(usize) -> bool) -> Name {
    parse_name_with(sent, start, Some(known))
}

fn parse_name_with<'s>(
    sent: &'s str,
    start: usize,
    known_series: Option<&'s dyn Fn(usize) -> bool>,
) -> Name {
    let mut reader = NameReader {
        sent,
        known_series,
        object: object_position(sent, start),
        name: Name {
            start,
            end: start,
            title_end: start,
            ..Name::default()
        },
        pos: start,
        inner_head: false,
        last_word: String::new(),
        title_part: false,
        subject: false,
        in_list: false,
    };
    while reader.step() {}
    let mut name = reader.name;
    without_pointing_topic(sent, &mut name);
    if name.ordinal.is_none() {
        name.title_end = name.end;
    }
    name
}

/// Words that point back to what was told before ("vấn đề này", "nội dung nêu trên"): the
/// noun they close names nothing by itself. Lower case.
const POINTERS: &[&str] = &["này", "đó", "ấy", "nêu trên", "nói trên", "kể trên", "trên"];

/// The most words of the noun a pointer closes for the topic to be the pointer's alone
/// ("những nội dung", "vấn đề", "việc").
const MAX_POINTED_NOUN_WORDS: usize = 3;

/// A topic that points back ("cuộc họp về vấn đề này", "hội nghị về nội dung nêu trên") is no
/// part of the name: the name ends before the word that opens it, so that the meeting is
/// named by its owner instead of by "vấn đề". Not after an ordinal (what follows it is the
/// series'), nor in a quoted name, nor when a capitalised word of the topic names something.
fn without_pointing_topic(sent: &str, name: &mut Name) {
    let after = sent[name.end..].trim_start().to_lowercase();
    // "trên" alone points back only where nothing follows it ("vấn đề trên."), not in "trên
    // địa bàn".
    let alone = |p: &str| {
        !after[p.len()..]
            .trim_start()
            .starts_with(char::is_alphanumeric)
    };
    let points = POINTERS
        .iter()
        .any(|p| starts_with_word(&after, p) && (*p != "trên" || alone(p)));
    if !points || name.ordinal.is_some() || name.quoted {
        return;
    }
    let read = &sent[name.start..name.end];
    let lower = read.to_lowercase();
    let Some(opener) = TOPIC_OPENING_WORDS
        .iter()
        .filter_map(|w| crate::text::word_positions(&lower, w).last())
        .max()
    else {
        return;
    };
    // Byte offsets agree only when lower-casing kept every length.
    if lower.len() != read.len() || has_proper_word(&read[opener..]) {
        return;
    }
    // "về tháo gỡ khó khăn đối với dự án cảng biển này": a topic of its own, whose last
    // noun the pointer names; only a noun or two ("vấn đề", "những nội dung") is all pointer.
    let opener_words = TOPIC_OPENING_WORDS
        .iter()
        .find(|w| starts_with_word(&lower[opener..], w))
        .map_or(0, |w| w.split(' ').count());
    if read[opener..].split_whitespace().count() > opener_words + MAX_POINTED_NOUN_WORDS {
        return;
    }
    // "hội nghị bàn về …": the verb that took the topic goes with it.
    let kept = read[..opener].trim_end();
    let kept = TOPIC_VERBS
        .iter()
        .find(|v| crate::text::ends_with_word(&kept.to_lowercase(), v))
        .map_or(kept, |v| kept[..kept.len() - v.len()].trim_end());
    let end = name.start + kept.len();
    // A year, a term or a period read inside the topic would be left pointing past the name.
    let inside = |r: &Range<usize>| r.end > end;
    let read_inside = name.years.iter().any(|(_, r)| inside(r))
        || name.term.as_ref().is_some_and(|(_, r)| inside(r))
        || name.school_year.as_ref().is_some_and(|(_, r)| inside(r))
        || name.period_month.is_some();
    if !read_inside {
        name.end = end;
        name.words = sent[name.start..end].split_whitespace().count();
    }
}

/// [`parse_name`] as it reads a name, token by token.
struct NameReader<'s> {
    sent: &'s str,
    /// Whether the sentence up to a byte names a series the knowledge file lists, when the
    /// caller knows ([`parse_name_in_series`]).
    known_series: Option<&'s dyn Fn(usize) -> bool>,
    /// The meeting word stands as an object or an adverbial (see [`object_position`]).
    object: bool,
    name: Name,
    /// Where the next token is read from.
    pos: usize,
    /// Inside the name of another head ("Nghị quyết Đại hội …"): its numbers are its own.
    inner_head: bool,
    last_word: String,
    /// The word after "và" or a comma inside an administrative title may be a verb of the
    /// title.
    title_part: bool,
    /// Inside the subject ("… về xúc tiến đầu tư vào vùng …"), a preposition may join its words.
    subject: bool,
    /// Inside a list that "và" closes ([`list_goes_on`]): its "và" goes on with the name.
    in_list: bool,
}

/// The token a [`NameReader`] reads: `c` its first character at byte `at` of the sentence,
/// `trimmed` the sentence from there, `ws` the spaces before it.
struct Token<'s> {
    c: char,
    trimmed: &'s str,
    ws: usize,
    at: usize,
}

/// A word a [`NameReader`] reads: `text` as written, ending at byte `end` of the sentence,
/// and what `after` it.
struct Word<'s> {
    text: &'s str,
    lower: String,
    after: &'s str,
    at: usize,
    end: usize,
}

/// What reading a token did to the name.
enum Flow {
    /// The token is the name's; read on.
    Next,
    /// The name ended before it, or with it.
    Stop,
    /// Not a token of this kind: the next rule reads it.
    Other,
}

impl<'s> NameReader<'s> {
    /// Reads one token; false once the name has ended.
    fn step(&mut self) -> bool {
        let sent = self.sent;
        let rest = &sent[self.pos..];
        let trimmed = rest.trim_start();
        let ws = rest.len() - trimmed.len();
        let Some(c) = trimmed.chars().next() else {
            return false;
        };
        let t = Token {
            c,
            trimmed,
            ws,
            at: self.pos + ws,
        };
        let marks: [fn(&mut Self, &Token<'s>) -> Flow; 7] = [
            Self::colon_before_quotation,
            Self::quotation,
            Self::bracket,
            Self::joiner,
            Self::comma,
            Self::plus_number,
            Self::abbreviation_stop,
        ];
        if let Some(go_on) = self.first_rule(&marks, &t) {
            return go_on;
        }
        if !c.is_alphanumeric() {
            return false;
        }
        let name = &mut self.name;
        if let Some(step) = special_token(sent, t.at, name, &self.last_word, self.inner_head) {
            return match step {
                Step::Continue(end) => {
                    self.pos = end;
                    self.name.end = end;
                    true
                }
                Step::Stop => false,
            };
        }
        let wend = trimmed
            .find(|ch: char| !ch.is_alphanumeric())
            .unwrap_or(trimmed.len());
        let w = Word {
            text: &trimmed[..wend],
            lower: trimmed[..wend].to_lowercase(),
            after: &trimmed[wend..],
            at: t.at,
            end: t.at + wend,
        };
        let words: [fn(&mut Self, &Word<'s>) -> Flow; 6] = [
            Self::ordinal_word,
            Self::first_of_series,
            Self::plenum_number_word,
            Self::number,
            Self::clause,
            Self::and_word,
        ];
        match self.first_rule(&words, &w) {
            Some(go_on) => go_on,
            None => self.accept(w),
        }
    }

    /// What the first of `rules` that reads `token` says: read on (`true`) or the name ended;
    /// `None` when none reads it.
    fn first_rule<T>(&mut self, rules: &[fn(&mut Self, &T) -> Flow], token: &T) -> Option<bool> {
        rules.iter().find_map(|rule| match rule(self, token) {
            Flow::Next => Some(true),
            Flow::Stop => Some(false),
            Flow::Other => None,
        })
    }

    /// A colon that introduces a quoted title ("tổ chức hội thảo: “Hướng đến …”"): the title
    /// follows.
    fn colon_before_quotation(&mut self, t: &Token<'s>) -> Flow {
        if t.c != ':' {
            return Flow::Other;
        }
        let after = t.trimmed[1..].trim_start();
        let quoted = after.chars().next().is_some_and(|open| {
            let inner = &after[open.len_utf8()..];
            find_close(inner, open).is_some_and(|(e, _)| reads_as_title(&inner[..e]))
        });
        if !quoted {
            return Flow::Other;
        }
        self.pos = t.at + 1;
        Flow::Next
    }

    /// A quoted title ("Hội nghị “…”"), with the years it holds.
    fn quotation(&mut self, t: &Token<'s>) -> Flow {
        if closing_quotes(t.c).is_none() {
            return Flow::Other;
        }
        let (sent, at) = (self.sent, t.at);
        let name = &mut self.name;
        let inner = &t.trimmed[t.c.len_utf8()..];
        // A quotation that opens with a word of the sentence going on ("Hội nghị VBS “sẽ mang
        // đến …”") quotes what someone said of the meeting, not its title.
        let first = inner
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if CLAUSE_WORDS.contains(&first) {
            return Flow::Stop;
        }
        // A straight apostrophe inside a word ("Ambassador's") is not a quote.
        match find_close(inner, t.c) {
            Some((e, close)) if t.ws > 0 || name.words == 0 => {
                let end = at + t.c.len_utf8() + e + close;
                quoted_years(sent, at..end, name);
                name.quoted = true;
                name.words += 1;
                name.end = end;
                self.pos = end;
                Flow::Next
            }
            _ => Flow::Stop,
        }
    }

    /// An acronym or a term in brackets ("(AMM-55)", "(mở rộng)", "(khóa XII)").
    fn bracket(&mut self, t: &Token<'s>) -> Flow {
        if t.c != '(' {
            return Flow::Other;
        }
        let name = &mut self.name;
        match t.trimmed.find(')') {
            Some(e)
                if e <= 24
                    && name.words > 0
                    && !t.trimmed[1..e].contains(['/', ':'])
                    && !holds_time(&t.trimmed[1..e]) =>
            {
                name.end = t.at + e + 1;
                self.pos = name.end;
                // A term in brackets closes the body's name, as one without them does.
                if let Some((term, _)) = term_at(t.trimmed) {
                    name.term = Some((term, t.at..name.end));
                    return Flow::Stop;
                }
                Flow::Next
            }
            _ => Flow::Stop,
        }
    }

    /// A dash or an ampersand between words of the name ("Mekong - Nhật Bản", "TP.HCM & Khát
    /// vọng").
    fn joiner(&mut self, t: &Token<'s>) -> Flow {
        if !matches!(t.c, '-' | '–' | '&' | '/') || self.name.words == 0 {
            return Flow::Other;
        }
        let after = t.trimmed[t.c.len_utf8()..].trim_start();
        if t.c == '/' {
            return match document_symbol_goes_on(&self.sent[..t.at], after) {
                true => {
                    self.pos = t.at + 1;
                    Flow::Next
                }
                false => Flow::Other,
            };
        }
        // "G-20", "G-7": a group's letter and its number joined by a dash are one word (the
        // number is read as the group's, see `bare_number`).
        let letters_before = self.sent[..t.at]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let letter_before =
            letters_before.len() == 1 && letters_before.chars().all(|c| c.is_ascii_uppercase());
        // (Written "G -20" too: a space before the dash, the number right after it.)
        let group =
            letter_before && t.trimmed[t.c.len_utf8()..].starts_with(|c: char| c.is_ascii_digit());
        if group
            || acronym_numbered(letters_before, after)
            || after.chars().next().is_some_and(|c| c.is_alphanumeric())
                && !after.starts_with(|c: char| c.is_ascii_digit())
                && !credit_follows(after)
        {
            self.pos = t.at + t.c.len_utf8();
            return Flow::Next;
        }
        Flow::Stop
    }

    /// A comma inside a list, an administrative title or a portfolio goes on with the name.
    fn comma(&mut self, t: &Token<'s>) -> Flow {
        if t.c != ',' {
            return Flow::Other;
        }
        let so_far = &self.sent[self.name.start..t.at];
        let next = &t.trimmed[1..];
        // The list goes on as the name's own words, not as a title's parts (after which a
        // verb may be the title's): "… các quận 5, 6, 8 diễn ra …" ends before "diễn ra".
        if self.place_numbers_go_on(so_far, next) {
            self.pos = t.at + 1;
            return Flow::Next;
        }
        self.in_list = self.in_list || list_goes_on(&self.name, so_far, next);
        if self.in_list
            || continues_after_comma(&self.name, so_far, next)
            || portfolio_goes_on(so_far, next)
        {
            self.pos = t.at + 1;
            self.title_part = true;
            return Flow::Next;
        }
        Flow::Other
    }

    /// "tiếp xúc cử tri các quận 5, 6, 8": after a numbered place's number, another number is
    /// another place of that kind.
    fn place_numbers_go_on(&self, so_far: &str, next: &str) -> bool {
        let numbered = NUMBERED_PLACES.contains(&self.last_word.as_str())
            && so_far.trim_end().ends_with(|c: char| c.is_ascii_digit());
        // Not a quantity ("3.500 người") nor a day and month.
        let short = digits_alone(next.trim_start(), &[',', ')', ';']);
        numbered && short.is_some_and(|n| (1..=3).contains(&n))
    }

    /// "ASEAN+3".
    fn plus_number(&mut self, t: &Token<'s>) -> Flow {
        if t.c != '+' || t.ws > 0 || !t.trimmed[1..].starts_with(|c: char| c.is_ascii_digit()) {
            return Flow::Other;
        }
        let digits = t.trimmed[1..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(t.trimmed.len() - 1);
        self.name.end = t.at + 1 + digits;
        self.pos = self.name.end;
        Flow::Next
    }

    /// "UBND TP. Hồ Chí Minh": the abbreviation's stop is inside the name.
    fn abbreviation_stop(&mut self, t: &Token<'s>) -> Flow {
        if t.c == '.' && self.name.words > 0 && crate::text::abbreviation_before(self.sent, t.at) {
            self.pos = t.at + 1;
            return Flow::Next;
        }
        Flow::Other
    }

    /// "lần thứ 2", and without "thứ" ("lần 2", "lần hai", "lần đầu"): the meeting's number.
    fn ordinal_word(&mut self, w: &Word<'s>) -> Flow {
        if w.lower != "lần" && w.lower != "thứ" {
            return Flow::Other;
        }
        let (sent, at) = (self.sent, w.at);
        let name = &mut self.name;
        let after_lower = w.after.to_lowercase();
        let with_thu = w.lower == "lần" && after_lower.starts_with(" thứ ");
        let first = w.lower == "lần"
            && name.words > 0
            && after_lower.starts_with(" đầu")
            && !w.after[" đầu".len()..].starts_with(char::is_alphanumeric);
        if first {
            // "… lần đầu (tiên)": the first of its series.
            name.series_end = Some(at);
            name.ordinal = Some(1);
            name.end = w.end + " đầu".len();
            after_ordinal(sent, name);
            return Flow::Stop;
        }
        // "Hội nghị lần 8 về …", "… Kinh tế biển lần hai": with or without words between.
        let bare_lan =
            w.lower == "lần" && w.after.starts_with(' ') && ordinal_at(&w.after[1..]).is_some();
        let thu = w.lower == "thứ" && name.words == 0 && w.after.starts_with(' ');
        if !(with_thu || bare_lan || thu) {
            return Flow::Other;
        }
        let num_at = match with_thu {
            true => w.end + " thứ ".len(),
            false => w.end + 1,
        };
        match ordinal_at(&sent[num_at..]) {
            Some((n, len)) if !self.inner_head => {
                name.series_end = Some(at);
                name.ordinal = Some(n);
                name.end = num_at + len;
                name.end += joint_ordinal(&sent[name.end..], n).unwrap_or(0);
                after_ordinal(sent, name);
                Flow::Stop
            }
            Some((_, len)) => {
                // Another head's ordinal ("Nghị quyết Đại hội lần thứ XIII"): part of the name.
                name.end = num_at + len;
                self.pos = name.end;
                name.words += 2;
                Flow::Next
            }
            None => Flow::Stop,
        }
    }

    /// "Hội nghị thượng đỉnh Mỹ - Triều đầu tiên": "first" after the name of a series the
    /// knowledge file lists is its number, as "lần đầu" is. Not when the words after it bound
    /// what it is first of: a time or a person ("đầu tiên của năm", "đầu tiên trong nhiệm kỳ",
    /// "đầu tiên kể từ …", "đầu tiên sau khi …", "đầu tiên với …", "đầu tiên do …"); "trong lịch
    /// sử" bounds nothing. Any other meeting called first ("cuộc gặp thượng đỉnh Đông Tây đầu
    /// tiên", "cuộc họp nội các đầu tiên giữa …") is only that: its name reads on, and two such
    /// may be two series' firsts.
    fn first_of_series(&mut self, w: &Word<'s>) -> Flow {
        if w.lower != "đầu" || self.name.words == 0 || self.inner_head {
            return Flow::Other;
        }
        let Some(rest) = w.after.strip_prefix(" tiên") else {
            return Flow::Other;
        };
        if rest.starts_with(char::is_alphanumeric) || bounded_first(rest) {
            return Flow::Other;
        }
        let so_far = &self.sent[self.name.start..w.at];
        if !has_proper_word(so_far) && !so_far.contains(|c: char| c.is_ascii_digit()) {
            return Flow::Other;
        }
        // (Last: the knowledge file's look-up is the costly check.)
        if !self.known_series.is_some_and(|known| known(w.at)) {
            return Flow::Other;
        }
        let name = &mut self.name;
        name.series_end = Some(w.at);
        name.ordinal = Some(1);
        name.end = w.end + " tiên".len();
        after_ordinal(self.sent, name);
        Flow::Stop
    }

    /// "Hội nghị Trung ương sáu, khóa XII", "Hội nghị Trung ương mười hai ngày 5/3": a plenum's
    /// number written in words after "Trung ương", as its digits are, where the name ends with
    /// it (a mark, its term, a time); not a word that reads on ("Trung ương một lần nữa",
    /// "Trung ương năm 2018").
    fn plenum_number_word(&mut self, w: &Word<'s>) -> Flow {
        if self.inner_head || w.text.starts_with(|c: char| c.is_ascii_digit()) {
            return Flow::Other;
        }
        let so_far = self.sent[self.name.start..w.at].trim_end().to_lowercase();
        if !so_far.ends_with("trung ương") {
            return Flow::Other;
        }
        let Some((n, len)) = ordinal_at(&self.sent[w.at..]).filter(|(n, _)| (1..=20).contains(n))
        else {
            return Flow::Other;
        };
        let end = w.at + len;
        let next = self.sent[end..].trim_start();
        let next_lower = first_word(next);
        let after_next = next.get(next_lower.len()..).unwrap_or("");
        let ends = next.is_empty()
            || next.starts_with([',', '.', ';', ':', ')', '('])
            || matches!(next_lower.as_str(), "khóa" | "khoá")
            || time_follows(&next_lower, after_next);
        if !ends {
            return Flow::Other;
        }
        let name = &mut self.name;
        name.series_end = Some(w.at);
        name.ordinal = Some(n);
        name.end = end;
        after_ordinal(self.sent, name);
        Flow::Stop
    }

    /// A number: another head's or a body's, or a bare number of the meeting (a year, an
    /// ordinal).
    fn number(&mut self, w: &Word<'s>) -> Flow {
        if !w.text.chars().all(|c| c.is_ascii_digit()) {
            return Flow::Other;
        }
        let wend = w.end - w.at;
        let body_number = wend <= 4 && ends_with_body_head(&self.sent[self.name.start..w.at]);
        // "tiếp xúc cử tri quận 10", "UBND phường 5": a numbered place's number.
        let place_number = wend <= 3 && NUMBERED_PLACES.contains(&self.last_word.as_str());
        if self.inner_head && wend <= 2 || body_number || place_number {
            // Another head's number ("quán triệt Nghị quyết Trung ương 8") or a body's ("với
            // Ban chỉ đạo 389"): part of the name.
            self.name.words += 1;
            self.name.end = w.end;
            self.pos = w.end;
            return Flow::Next;
        }
        if let Some(end) = bare_number(self.sent, w.at, wend, &mut self.name) {
            self.pos = end;
            return Flow::Next;
        }
        Flow::Stop
    }

    /// A word that ends the name: a time, a clause word, the sentence's verb after the meeting
    /// word, an adjunct; or whose meeting it is, which goes on with it.
    fn clause(&mut self, w: &Word<'s>) -> Flow {
        let (sent, at, lower, after) = (self.sent, w.at, w.lower.as_str(), w.after);
        let name = &self.name;
        // "phiên họp của Ủy ban quốc gia …", "cuộc họp của các nguyên thủ …": whose meeting it
        // is belongs to the name; "cuộc họp (trực tuyến) giữa ASEAN và Trung Quốc": so do the
        // parties of a meeting not yet named by a proper word ("giữa nhiệm kỳ" names no party:
        // a time; "Hội nghị thượng đỉnh Hà Nội giữa …" is named already).
        let parties = lower == "của"
            || (lower == "giữa" && (name.words == 0 || !has_proper_word(&sent[name.start..at])));
        if parties && names_party(after) {
            self.pos = w.end;
            self.name.words += 1;
            return Flow::Next;
        }
        // Right after a working session's word, "cùng" opens its other party as "với" does
        // ("buổi làm việc cùng cử tri …"); else it is an adverb ("buổi làm việc cùng ngày") or
        // says who came along ("dự hội nghị cùng ông A").
        let working = || super::ends_with_any(&sent[..name.start], &["làm việc"]);
        if lower == "cùng" && name.words == 0 && working() && names_partner(after) {
            return Flow::Other;
        }
        // "hàng tuần", "hàng năm": every week, a name's.
        if opens_time(lower, after) && self.last_word != "hàng" {
            return Flow::Stop;
        }
        let to_acronym = || topic_runs_to_acronym(&sent[name.start..at], &sent[at..]);
        // "tại cuộc họp để tháo gỡ khó khăn cho dự án …": what an unnamed meeting is for is
        // its topic, whose object a preposition may go on with. (After a name, "cuộc họp liên
        // ngành để bàn về …", it is the sentence's.)
        let purpose = name.words == 0 && purpose_opens(lower, after);
        self.subject |= purpose;
        // A clause word inside a compound, a subject's preposition, or "cho" before whom the
        // meeting is for goes on with the name.
        let goes_on = purpose
            || inside_compound(&sent[..at], lower, after)
            || second_of_noun_pair(&sent[name.start..at], &self.last_word, lower)
            || (self.subject && joins_subject(lower, after))
            || for_whom(lower, name, after)
            || joins_topic(&sent[name.start..at], lower, after)
            || topic_runs_to_organiser(&sent[name.start..at], &sent[at..])
            || group_within(&sent[name.start..at], lower, after)
            || to_acronym()
            || within_proper_name(&sent[name.start..at], w.text, after);
        if CLAUSE_WORDS.contains(&lower) && !goes_on {
            return Flow::Stop;
        }
        let verb_of_title = std::mem::take(&mut self.title_part);
        // The verb after "để" is the purpose's ("để đánh giá kết quả …").
        self.title_part = purpose;
        // "tại Hội nghị đánh giá kết quả …": as an object, a meeting's name may open with the
        // verb of its agenda; as a subject ("Hội nghị đánh giá cao …") that verb is the
        // sentence's. This word and the next, lower case ("kết nối", "liên quan", "chỉ đạo"):
        let next_pair = format!("{lower} {}", first_word(after));
        // After "về", or a name that opens with what the meeting is to do ("hội nghị tháo gỡ
        // khó khăn, vướng mắc trong giải ngân vốn"), a preposition may join the subject.
        self.subject |=
            lower == "về" || name.words == 0 && TASK_VERBS.contains(&next_pair.as_str());
        let agenda = name.words == 0
            && (self.object && AGENDA_VERBS.contains(&lower)
                || AGENDA_VERBS.contains(&next_pair.as_str()));
        // "Hội nghị làm sâu sắc hơn …", "Hội nghị tạo ra …": as the subject, a meeting word
        // followed by a verb of the sentence is an anaphor; no name opens with these verbs.
        let predicate = name.words == 0
            && !self.object
            && w.text.starts_with(char::is_lowercase)
            && SUBJECT_PREDICATES.contains(&lower);
        // "Cuộc họp liên quan đến …": what it concerns, not its name (but "các đơn vị liên
        // quan" is a name's).
        if predicate || name.words == 0 && next_pair == "liên quan" {
            return Flow::Stop;
        }
        // "Ban chỉ đạo 389", "Ban tổ chức": after "Ban" such a pair names the committee.
        let committee = self.last_word == "ban" && COMMITTEE_PAIRS.contains(&next_pair.as_str());
        if w.text.chars().next().is_some_and(char::is_lowercase)
            && !committee
            && is_stop_pair(lower, after)
            && !verb_of_title
            && !agenda
            && !after_transitive(&sent[name.start..at])
            && !reviews_after_form(&sent[name.start..at], lower, after)
            && !to_acronym()
        {
            return Flow::Stop;
        }
        // Right after the meeting word, "với" opens its other party ("cuộc làm việc với lãnh
        // đạo các bộ"); later, an adjunct may ("… với sự tham dự của …").
        let adjunct = match name.words {
            0 => !names_partner(after),
            _ => AFTER_VOI_STOPS.contains(&first_word(after).as_str()),
        };
        match lower == "với" && adjunct {
            true => Flow::Stop,
            false => Flow::Other,
        }
    }

    /// "và": the next part of a list, an administrative title or a proper name, or the end.
    fn and_word(&mut self, w: &Word<'s>) -> Flow {
        if w.lower != "và" {
            return Flow::Other;
        }
        let sent = self.sent;
        let name = &self.name;
        // "chủ trì hội nghị và trực tiếp thông báo …": a name cannot open with "và".
        if name.words == 0 {
            return Flow::Stop;
        }
        if std::mem::take(&mut self.in_list)
            || self.place_numbers_go_on(&sent[name.start..w.at], w.after)
        {
            self.pos = w.end;
            return Flow::Next;
        }
        let next = w.after.trim_start();
        let nw = first_word(next);
        let past_nw = &next[nw.len().min(next.len())..];
        // "… năm 2017 và xác định phương hướng …": the parts of an administrative title.
        let is_title_part = AFTER_COMMA.contains(&nw.as_str()) && !name.proper_name;
        // A proper name goes on with another proper name ("Mekong và Nhật Bản"), or with the
        // rest of a topic written with its first word capitalised ("Tiềm năng và cơ hội đầu
        // tư"), but not with a party ("ASEAN và các nước") or a verb.
        let proper = next.starts_with(char::is_uppercase);
        // A title and its subtitle after a dash, each in sentence case ("Phát triển đô thị thông
        // minh - Kinh nghiệm nước Đức và các quốc gia láng giềng"): the subtitle's topic goes on.
        let so_far = &sent[name.start..w.at];
        let titled = [" - ", " – "]
            .iter()
            .filter_map(|d| {
                so_far
                    .rfind(d)
                    .map(|at| (&so_far[..at], &so_far[at + d.len()..]))
            })
            .any(|(title, subtitle)| {
                capitalised_topic(title)
                    && capitalised_topic(subtitle)
                    && subtitle.split_whitespace().count() >= 2
            });
        let topic = capitalised_topic(so_far) || titled;
        if name.proper_name && !proper && !topic || other_event_joined(so_far, next) {
            return Flow::Stop;
        }
        // After the other party ("buổi làm việc với cử tri thành phố A"), "và" adds another
        // party ("với A và các sở"), or the sentence goes on with its verb ("… và tiếp nhận ý
        // kiến"); not once the name has gone on to a topic ("… về kinh tế và xã hội").
        let so_far_lower = so_far.trim_start().to_lowercase();
        let partnered = ["với ", "cùng "]
            .iter()
            .any(|p| so_far_lower.starts_with(p))
            && !crate::text::contains_word(&so_far_lower, "về");
        if partnered && !proper && !names_party(next) {
            return Flow::Stop;
        }
        if super::KEYWORD
            .find(next)
            .is_some_and(|m| m.start() == 0 && !m.as_str().eq_ignore_ascii_case("kỳ"))
            || CLAUSE_WORDS.contains(&nw.as_str()) && !inside_compound(&sent[..w.end], &nw, past_nw)
            || (!is_title_part && (is_stop_pair(&nw, past_nw) || speaking_verb(&nw, past_nw)))
        {
            return Flow::Stop;
        }
        self.title_part = is_title_part;
        self.pos = w.end;
        Flow::Next
    }

    /// A word of the name; false when another meeting's name starts after it.
    fn accept(&mut self, w: Word) -> bool {
        let name = &mut self.name;
        if name.words == 0 {
            // A headline in capitals names nothing by its capitals (an acronym still does).
            name.proper_name =
                w.text.chars().next().is_some_and(char::is_uppercase) && !shouting(self.sent);
        }
        let pair = format!("{} {}", self.last_word, w.lower);
        if INNER_HEADS.contains(&pair.as_str()) || INNER_HEADS.contains(&w.lower.as_str()) {
            self.inner_head = true;
        }
        self.last_word = w.lower;
        name.words += 1;
        name.end = w.end;
        self.pos = w.end;
        // Another conference keyword starts another name ("thường kỳ" is not one).
        let rest = &self.sent[self.pos..];
        let another = super::KEYWORD.find(rest).is_some_and(|m| {
            rest[..m.start()].trim().is_empty() && !m.as_str().eq_ignore_ascii_case("kỳ")
        });
        !another || self.inner_head
    }
}

/// Whether a name so far ends with the head noun of a committee ("… với Ban chỉ đạo", "Tổ công
/// tác"), which a number may follow as part of its name ("Ban chỉ đạo 389"). Not "Trung ương":
/// "Hội nghị Trung ương 6" is a plenum's number.
fn ends_with_body_head(name_so_far: &str) -> bool {
    let n = name_so_far.trim_end().to_lowercase();
    crate::extract::lexicon::BODY_HEADS.iter().any(|h| {
        let h = h.to_lowercase();
        (h.starts_with("ban ") || h.starts_with("tổ "))
            && n.strip_suffix(h.as_str())
                .is_some_and(|r| r.is_empty() || r.ends_with(' '))
    })
}

/// A photo's or a source's credit follows a dash ("… (G20) - Ảnh: …", "– Nguồn: …"): the name
/// ended before it.
fn credit_follows(after: &str) -> bool {
    let head: String = after.chars().take(8).collect::<String>().to_lowercase();
    ["ảnh", "nguồn", "video", "clip", "đồ họa", "đồ hoạ"]
        .iter()
        .any(|w| crate::text::starts_with_word(&head, w))
}

/// Whether a name whose first word is capitalised is a topic written as a title ("Hội thảo
/// Tiềm năng", "Diễn đàn Phát triển bền vững") rather than a proper name ("Hội nghị ASEAN",
/// "Hội nghị Trung ương"): one capitalised word after the meeting word, then lower case.
fn capitalised_topic(name_so_far: &str) -> bool {
    let mut words = name_so_far.split_whitespace();
    let Some(head) = words.next() else {
        return false;
    };
    let mut letters = head.chars();
    letters.next().is_some_and(char::is_uppercase)
        && letters.all(char::is_lowercase)
        && !crate::extract::lexicon::starts_with_body(name_so_far)
        && words.all(|w| w.starts_with(char::is_lowercase))
}

/// Whether `word`, after a topic written as a title (after its kind: "hội thảo quốc tế Vai
/// trò", see [`capitalised_topic`]), goes on with the topic: "của" or a subject's preposition
/// before a noun ("Vai trò của khoa học trong phát triển kinh tế"), not before a time or a
/// frame, and not "của" before a party (read as the meeting's owner).
fn joins_topic(name_so_far: &str, word: &str, after: &str) -> bool {
    let Some(topic) = topic_at(name_so_far) else {
        return false;
    };
    let next = first_word(after);
    let lower_topic = name_so_far[topic..].to_lowercase();
    // "của" before a thing, not a person ("của ông An"); a preposition of the subject only
    // after it ("Vai trò của khoa học trong phát triển …"), where the topic is a phrase.
    let joins = match word {
        "của" => crate::extract::lexicon::person_at(&after.trim_start().to_lowercase()).is_none(),
        w => SUBJECT_PREPOSITIONS.contains(&w) && contains_word(&lower_topic, "của"),
    };
    // The topic has words besides its capitalised one.
    name_so_far[topic..].split_whitespace().count() >= 2
        && joins
        && after.trim_start().starts_with(char::is_lowercase)
        && !FRAME_AFTER_PREPOSITION.contains(&next.as_str())
}

/// Where a topic written as a title ([`capitalised_topic`]) starts in `name_so_far`: after the
/// words of the meeting's kind ("quốc tế", "khoa học"), not after a party ("với các đại sứ
/// Nga").
fn topic_at(name_so_far: &str) -> Option<usize> {
    let topic = name_so_far.find(|c: char| c.is_uppercase())?;
    let before = &name_so_far[..topic];
    let kind_words = before.split_whitespace().count() <= 2
        && !before
            .split_whitespace()
            .any(|w| CLAUSE_WORDS.contains(&w) || ["với", "các", "những", "và", "về"].contains(&w));
    (kind_words && capitalised_topic(&name_so_far[topic..])).then_some(topic)
}

/// The most words a topic written as a title runs on for after a clause word of its own
/// ([`topic_runs_to_organiser`]).
const MAX_TOPIC_RUN: usize = 12;

/// Words that, in the run of a topic to its organiser, tell of the meeting instead: its
/// happening, its time or its place.
const NOT_IN_TOPIC: &[&str] = &[
    "diễn", "được", "đã", "sẽ", "vừa", "khai", "tổ", "tại", "ở", "vào", "với",
];

/// Words of a time of day ([`tells_of_meeting`]): a time only before a number or a word of
/// time ("sáng 5/3", "chiều nay", "sáng thứ Hai"); "sáng tạo", "ngày hội" are a topic's.
const TIME_OF_DAY: &[&str] = &["ngày", "sáng", "chiều", "tối", "hôm", "trưa"];

/// Words after a [`TIME_OF_DAY`] word that make it a time.
const TIME_AFTER: &[&str] = &[
    "nay", "qua", "mai", "thứ", "chủ", "hôm", "ngày", "mùng", "mồng",
];

/// Whether the words `run` (of a topic's run to its end, [`topic_runs_to_organiser`]) tell of
/// the meeting instead of naming it: its happening, its time or its place.
fn tells_of_meeting(run: &[&str]) -> bool {
    run.iter().enumerate().any(|(i, w)| {
        let next = run.get(i + 1).copied().unwrap_or("");
        NOT_IN_TOPIC.contains(w)
            || TIME_OF_DAY.contains(w)
                && (next.is_empty()
                    || next.starts_with(|c: char| c.is_ascii_digit())
                    || TIME_AFTER.contains(&next))
    })
}

/// Whether a topic written as a title ([`topic_at`]) runs on past a clause word (`rest` starts
/// at it) to the organiser named after it in the same clause: "hội thảo Hướng tới thanh toán
/// không chạm do Ngân hàng Nhà nước tổ chức", "hội thảo Tiến tới nền nông nghiệp xanh do …
/// chủ trì". A sentence-case title has its words in lower case after the first; "do" and a
/// capitalised organiser with its verb end it, and nothing between tells of the meeting.
fn topic_runs_to_organiser(name_so_far: &str, rest: &str) -> bool {
    if topic_at(name_so_far).is_none() {
        return false;
    }
    let clause = rest
        .split([',', ';', ':', '.', '(', '“', '"'])
        .next()
        .unwrap_or(rest);
    let Some(by) = crate::text::find_word(clause, "do") else {
        return false;
    };
    let run: Vec<&str> = clause[..by].split_whitespace().collect();
    let organiser = clause[by + "do".len()..].trim_start();
    // At "do" itself, the organiser ends the name.
    (1..=MAX_TOPIC_RUN).contains(&run.len())
        && run.iter().all(|w| w.starts_with(char::is_lowercase))
        && !tells_of_meeting(&run)
        && organiser.starts_with(char::is_uppercase)
        && ["tổ chức", "chủ trì"]
            .iter()
            .any(|v| crate::text::contains_word(organiser, v))
}

/// Whether a meeting's acronym and its number are joined by a dash ("AMM-52", "ASEAN -37",
/// "COP - 26"): `letters` (the word before the dash) are capitals, two at least, and `after`
/// (what follows the dash, trimmed) opens with a number of one to three digits, a meeting's
/// number, not a year ("ASEAN - 2020") nor a part of a day.
fn acronym_numbered(letters: &str, after: &str) -> bool {
    let short = digits_alone(after, &[',', ')', ';', '.']);
    letters.chars().count() >= 2
        && letters.chars().all(char::is_uppercase)
        && short.is_some_and(|n| (1..=3).contains(&n))
}

/// How many digits open `text` when they stand as a word of their own: followed by nothing, a
/// space or one of `ends` ("52 diễn ra", "52,"; not "3.500" unless '.' is among `ends`, nor
/// "12/11").
fn digits_alone(text: &str, ends: &[char]) -> Option<usize> {
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let alone = text[digits..]
        .chars()
        .next()
        .is_none_or(|c| c.is_whitespace() || ends.contains(&c));
    alone.then_some(digits)
}

/// The most bytes of the acronym a full name is followed by ("(APEC)", "(P4G)", "(HĐND)").
const MAX_ACRONYM: usize = 12;

/// Whether `text` (inside brackets) is an acronym: capitals, at least two, with digits,
/// spaces, dashes or ampersands ("P4G", "MSEAP 4", "AMM-50", "ĐTB"), at most [`MAX_ACRONYM`]
/// bytes. (Looser than a body named by its letters alone in a sentence, which the owner reader
/// asks for three capitals in one word: brackets already set an acronym apart.)
fn bracketed_acronym(text: &str) -> bool {
    (2..=MAX_ACRONYM).contains(&text.len())
        && text.chars().filter(|c| c.is_uppercase()).count() >= 2
        && text
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || " &-".contains(c))
}

/// The most words a topic written as a title runs on for to its acronym
/// ([`topic_runs_to_acronym`]): a full name spelt out may be long.
const MAX_ACRONYM_RUN: usize = 16;

/// Whether a topic written as a title ([`topic_at`]) runs on past a clause word (`rest` starts
/// at it) to the acronym in brackets that closes the full name in the same clause: "Hội nghị
/// thượng đỉnh Đối tác vì tăng trưởng xanh và các mục tiêu toàn cầu 2030 (P4G)". The words
/// between are the name's own, in lower case (or a number), none telling of the meeting.
fn topic_runs_to_acronym(name_so_far: &str, rest: &str) -> bool {
    if topic_at(name_so_far).is_none() {
        return false;
    }
    let clause = rest
        .split([',', ';', ':', '.', '“', '"'])
        .next()
        .unwrap_or(rest);
    let Some((run, bracket)) = clause.split_once('(') else {
        return false;
    };
    let Some((acronym, _)) = bracket.split_once(')') else {
        return false;
    };
    let run: Vec<&str> = run.split_whitespace().collect();
    bracketed_acronym(acronym)
        && (1..=MAX_ACRONYM_RUN).contains(&run.len())
        && run.iter().all(|w| {
            (w.starts_with(char::is_lowercase) || w.chars().all(|c| c.is_ascii_digit()))
                && *w != "do"
        })
        && !tells_of_meeting(&run)
}

/// Prepositions that, inside a meeting's subject, join its words ("xúc tiến đầu tư vào vùng
/// đồng bằng", "chuyển đổi số trong doanh nghiệp", "du lịch trên địa bàn tỉnh").
const SUBJECT_PREPOSITIONS: &[&str] = &["vào", "trong", "trên"];

/// Words after such a preposition that make it the sentence's own (a time, a frame, a
/// pointer, another event): "vào sáng 5/3", "trong khuôn khổ …", "trên cơ sở …", "trong đó",
/// "trong chuyến thăm …".
const FRAME_AFTER_PREPOSITION: &[&str] = &[
    "sáng", "chiều", "tối", "trưa", "đêm", "ngày", "hôm", "lúc", "năm", "tháng", "tuần", "quý",
    "dịp", "thời", "cuối", "đầu", "giữa", "khoảng", "khuôn", "bối", "không", "cơ", "tinh", "đó",
    "này", "khi", "các", "hai", "ba", "hơn", "suốt", "buổi", "phiên", "phòng", "hội", "chuyến",
    "cuộc", "đợt", "lễ", "kỳ",
];

/// True when the preposition `word`, inside a subject, goes on with the subject: a noun
/// follows (a common noun or a place: "đầu tư vào Việt Nam"), not a time, a frame or a
/// number.
fn joins_subject(word: &str, after: &str) -> bool {
    let next = first_word(after);
    // "đầu năm" is a time, "đầu tư" a noun.
    let investment = next == "đầu" && first_word(&after.trim_start()[next.len()..]) == "tư";
    SUBJECT_PREPOSITIONS.contains(&word)
        && after.trim_start().starts_with(char::is_alphabetic)
        && (investment || !FRAME_AFTER_PREPOSITION.contains(&next.as_str()))
}

/// Most letters of the sentence are capitals: a headline set in capitals.
fn shouting(sent: &str) -> bool {
    let (mut upper, mut letters) = (0usize, 0usize);
    for c in sent.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper += usize::from(c.is_uppercase());
    }
    letters >= 12 && upper * 10 >= letters * 8
}

enum Step {
    Continue(usize),
    Stop,
}

/// The term `s` starts with ("khóa XIII") or a bracket holding a term and nothing else ("(khóa
/// XII)"): its number and length.
fn term_at(s: &str) -> Option<(u32, usize)> {
    let (inner, len) = match s.strip_prefix('(') {
        Some(rest) => {
            let close = rest.find(')').filter(|c| *c <= 24)?;
            (rest[..close].trim(), close + 2)
        }
        None => (s, 0),
    };
    let c = TERM_AT.captures(inner)?;
    let end = c.get(0)?.end();
    if len > 0 && end != inner.len() {
        return None;
    }
    let t = super::term_number(&c[1])?;
    Some((t, if len > 0 { len } else { end }))
}

/// Years, school years, periods, terms and document numbers inside a name.
fn special_token(
    sent: &str,
    at: usize,
    name: &mut Name,
    last_word: &str,
    inner_head: bool,
) -> Option<Step> {
    let rest = &sent[at..];
    if let Some(c) = SCHOOL_YEAR_AT.captures(rest) {
        let y: i32 = c[1].parse().ok()?;
        let r = at..at + c.get(0)?.end();
        // The first school year is the one reviewed or launched; a second is the next one.
        name.school_year.get_or_insert((y, r.clone()));
        name.words += 1;
        return Some(Step::Continue(r.end));
    }
    if let Some(c) = YEAR_AT.captures(rest) {
        let y: i32 = c[1].parse().ok()?;
        if !year_ok(y) || rest[c.get(0)?.end()..].trim_start().starts_with(['-', '–']) {
            return Some(Step::Stop);
        }
        let r = at..at + c.get(0)?.end();
        let since = name.years.last().map(|(_, r)| r.end).unwrap_or(name.start);
        let between = sent[since.min(at)..at].to_lowercase();
        // A horizon's year ("… đến năm 2030") is no year of the meeting, nor of its plan.
        if !is_horizon(&sent[..r.start]) {
            if is_plan(&between) {
                name.plan_year = Some(name.years.len());
            }
            name.years.push((y, r.clone()));
        }
        name.words += 1;
        return Some(Step::Continue(r.end));
    }
    if let Some(c) = QUARTER_AT.captures(rest) {
        // "sơ kết quý II/2018": the quarter is the period reviewed, its last month the
        // period's month (a review of the fourth quarter is held in December or January).
        let quarter = roman(&c[1]).or_else(|| c[1].parse().ok())?;
        let r = at..at + c.get(0)?.end();
        name.period_month = Some(quarter * 3);
        if let Some(y) = c.get(2).and_then(|y| y.as_str().parse::<i32>().ok()) {
            if year_ok(y) {
                name.years.push((y, r.clone()));
            }
        }
        name.words += 1;
        return Some(Step::Continue(r.end));
    }
    let periodic = || {
        let so_far = sent[name.start.min(at)..at].to_lowercase();
        PERIODIC_WORDS.iter().any(|w| so_far.contains(w))
    };
    let month = PERIOD_MONTH_AT
        .captures(rest)
        .filter(|_| periodic())
        .or_else(|| MONTH_AT.captures(rest));
    if let Some(c) = month {
        // "thường kỳ tháng 11/2021": the month is the period a periodic meeting reviews; any
        // other meeting is held in the month its name gives ("Hội nghị Bộ trưởng Quốc phòng
        // ASEAN tháng 5/2016").
        let m: u32 = c[1].parse().ok()?;
        if !(1..=12).contains(&m) {
            return Some(Step::Stop);
        }
        let y = c
            .get(2)
            .or(c.get(3))
            .and_then(|y| y.as_str().parse::<i32>().ok());
        let r = at..at + c.get(0)?.end();
        // "… GMS tháng 3 tới", "tháng 5 này": a month told from the article's time is the
        // sentence's, not the name's.
        // (Not a session named by its month, "kỳ họp tháng 9 tới", nor a periodic meeting's.)
        let told = first_word(&sent[r.end..]);
        let relative = ["tới", "này", "sau", "trước", "qua", "vừa"].contains(&told.as_str());
        let part_of_month = ["cuối", "đầu", "giữa"].contains(&last_word);
        if y.is_none() && relative && name.proper_name && !part_of_month && !periodic() {
            return Some(Step::Stop);
        }
        // "giao ban đầu tháng 9-2017": a part of a month tells when the meeting met; a
        // periodic meeting's period is the whole month ("thường kỳ tháng 9").
        if periodic() && !part_of_month {
            name.period_month = Some(m);
        }
        if let Some(y) = y.filter(|y| year_ok(*y)) {
            name.years.push((y, r.clone()));
        }
        name.words += 1;
        return Some(Step::Continue(r.end));
    }
    if let Some(c) = TERM_AT.captures(rest) {
        let t = super::term_number(&c[1])?;
        let r = at..at + c.get(0)?.end();
        name.words += 1;
        if inner_head {
            return Some(Step::Continue(r.end));
        }
        // The term closes the body's name ("… Trung ương Đảng khóa XIII bước sang …").
        name.term = Some((t, r.clone()));
        name.end = r.end;
        return Some(Step::Stop);
    }
    let after_doc_word = last_word == "số"
        || INNER_HEADS.iter().any(|h| h.ends_with(last_word)) && !last_word.is_empty();
    if after_doc_word && rest.starts_with(|c: char| c.is_ascii_digit()) {
        if let Some(m) = DOC_NUMBER_AT.find(rest) {
            name.words += 1;
            return Some(Step::Continue(at + m.end()));
        }
    }
    None
}

/// A number in a name: a year ("… doanh nghiệp 2017"), a duration inside a descriptive
/// title ("sơ kết 5 năm thực hiện"), or the series' number ("Hội nghị Ngoại giao 31").
/// A span of years at the start of a text: "2016-2021", "2017 – 2020", "2021-25".
static YEAR_SPAN_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:19|20)\d{2}\s*[-–—]\s*(?:(?:19|20)\d{2}|\d{2})\b").unwrap());

/// Whether the number `rest[..wend]` is a day followed by its month ("22/03", "5-3", "5.3").
fn day_and_month_at(rest: &str, wend: usize) -> bool {
    let Some(after) = rest[wend..].strip_prefix(['/', '-', '.']) else {
        return false;
    };
    // One or two digits: "1.005" is a thousand and five.
    let month = after
        .find(|c: char| !c.is_ascii_digit())
        .map_or(after, |e| &after[..e]);
    let day = rest[..wend].parse::<u32>().ok();
    let short = (1..=2).contains(&month.len());
    short
        && matches!(
            (day, month.parse::<u32>().ok()),
            (Some(1..=31), Some(1..=12))
        )
}

fn bare_number(sent: &str, at: usize, wend: usize, name: &mut Name) -> Option<usize> {
    let rest = &sent[at..];
    let next = rest[wend..].trim_start();
    let next_lower = first_word(next);
    if let Some(c) = BARE_YEAR_AT.captures(rest) {
        let y: i32 = c[1].parse().ok()?;
        // "nhiệm kỳ 2016-2021", "giai đoạn 2017 – 2020": a span of years, a term's or a
        // plan's, belongs to the name but is not the year of the meeting.
        if let Some(span) = YEAR_SPAN_AT.find(rest).filter(|_| name.words > 0) {
            name.words += 1;
            name.end = at + span.end();
            return Some(name.end);
        }
        // "Luật Đất đai 2013", "Hiến pháp 2013": a law's or a treaty's year is its name's,
        // not the meeting's.
        if name.words > 0 && names_a_document(&sent[name.start..at]) {
            name.words += 1;
            name.end = at + wend;
            return Some(name.end);
        }
        // "… Việt Nam 2017 với chủ đề …": an adjunct after the year ends the name with it.
        // "… tình hình quốc tế 2017 và chính sách …": a topic coordinated after the year keeps
        // it ("và" decides next whether the name goes on).
        let ends = next.chars().next().is_none_or(|c| !c.is_alphanumeric())
            || next_lower == "và"
            || CLAUSE_WORDS.contains(&next_lower.as_str())
            || is_stop_pair(&next_lower, &next[next_lower.len().min(next.len())..])
            || adjunct_follows(next, &next_lower);
        if ends && year_ok(y) && name.words > 0 {
            let since = name.years.last().map(|(_, r)| r.end).unwrap_or(name.start);
            let between = sent[since.min(at)..at].to_lowercase();
            if is_plan(&between) {
                name.plan_year = Some(name.years.len());
            }
            name.years.push((y, at..at + wend));
            name.end = at + wend;
            return Some(name.end);
        }
        return None;
    }
    if matches!(next_lower.as_str(), "năm" | "tháng") && name.words > 0 {
        // A duration: "5 năm thực hiện".
        name.words += 1;
        name.end = at + wend;
        return Some(name.end);
    }
    // "G 20", "G-20": a group's letter and its number are one name, not a meeting's number.
    let letter = {
        let before = sent[..at]
            .trim_end()
            .trim_end_matches(['-', '–'])
            .trim_end();
        let w = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase())
    };
    if letter {
        name.words += 1;
        name.end = at + wend;
        return Some(name.end);
    }
    // "họp phiên 22/03/2019", "phiên họp 5-3": a day and its month, not the meeting's number
    // (but "công nghiệp 4.0" is no date).
    if day_and_month_at(rest, wend) {
        return None;
    }
    let n: u32 = rest[..wend].parse().ok()?;
    let ends = next.chars().next().is_none_or(|c| !c.is_alphanumeric())
        || CLAUSE_WORDS.contains(&next_lower.as_str())
        || is_stop_pair(&next_lower, &next[next_lower.len().min(next.len())..])
        || TERM_AT.is_match(next)
        || adjunct_follows(next, &next_lower)
        // "Hội nghị Trung ương 9 hồi tháng 3/2016": a time adverbial ends the name.
        || opens_time(&next_lower, &next[next_lower.len().min(next.len())..]);
    // "kỳ họp 9 HĐND tỉnh", "phiên họp 27 của Ủy ban …": a session's number right after its
    // noun, before the body that holds it (a count of parties, "phiên họp 2 ngày", is followed
    // by a lower-case noun); or before its time or the end of its clause ("Tại kỳ họp 18 ngày
    // 29/9, Ủy ban …", "tại kỳ họp 20 từ 4 đến 5/3", "tại phiên họp 35,").
    let keyword = sent[..at].trim_end().to_lowercase();
    let after_next = next.get(next_lower.len()..).unwrap_or("");
    let session = name.words == 0
        && (keyword.ends_with("kỳ họp") || keyword.ends_with("phiên họp"))
        && (next.starts_with(char::is_uppercase)
            || next_lower == "của"
            || next.starts_with([',', '.', ';', ')'])
            || time_follows(&next_lower, after_next));
    // "Ủy ban Kiểm tra Trung ương đã họp kỳ 12": the verb's session noun, then its number.
    let verb_session = name.words == 1
        && (keyword.ends_with("họp kỳ") || keyword.ends_with("họp phiên"))
        && (ends || next_lower == "của");
    // "Hội nghị Trung ương 6 kéo dài …", "hội nghị trung ương 6 có …": after "Trung ương" a
    // number is the plenum's, however the sentence goes on, unless a unit counts it ("3 ngày").
    // "Hội nghị trung ương 5 ngày 9-5": a day and month after "ngày" date the plenum; they
    // count nothing.
    let plenum = sent[name.start..at]
        .trim_end()
        .to_lowercase()
        .ends_with("trung ương")
        && (!COUNT_UNITS.contains(&next_lower.as_str())
            || time_follows(&next_lower, &next[next_lower.len().min(next.len())..]));
    if wend <= 3 && (name.proper_name && ends || session || verb_session || plenum) && n > 0 {
        name.series_end = Some(at);
        name.ordinal = Some(n);
        name.end = at + wend;
        after_ordinal(sent, name);
    }
    None
}

/// The heads of the names of laws and treaties, whose year follows their name ("Luật Đất đai
/// 2013", "Công ước Liên hợp quốc về Luật Biển 1982"), as written.
const DOCUMENT_HEADS: &[&str] = &[
    "Luật",
    "Bộ luật",
    "Hiến pháp",
    "Pháp lệnh",
    "Công ước",
    "Hiệp định",
    "Hiệp ước",
];

/// The most words between a document's head and its year.
const MAX_DOCUMENT_NAME_WORDS: usize = 8;

/// Whether `before` (a name up to a bare year) ends with the name of a law or a treaty
/// ([`DOCUMENT_HEADS`]): its head, then at most [`MAX_DOCUMENT_NAME_WORDS`] words, none of
/// them one that joins another thing to it ("Luật Đất đai và kinh tế 2019" is not the law's).
fn names_a_document(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    let ends_head = |i: usize| {
        DOCUMENT_HEADS.iter().any(|h| {
            let head: Vec<&str> = h.split(' ').collect();
            i + 1 >= head.len() && words[i + 1 - head.len()..=i] == head[..]
        })
    };
    let Some(head) = (0..words.len()).rev().find(|&i| ends_head(i)) else {
        return false;
    };
    let rest = &words[head + 1..];
    rest.len() <= MAX_DOCUMENT_NAME_WORDS
        && !rest
            .iter()
            .any(|w| ["và", "với", "năm", "của", "tại"].contains(w) || w.ends_with(','))
}

/// Words that open a time ("ngày 4-5/3", "từ 4 đến 5/3", "sáng 5/3", "vào ngày 5/3"):
/// with a number right after them (or after "ngày"), what follows is a day, not a unit of what
/// a number before them counts.
const TIME_OPENERS: &[&str] = &["ngày", "từ", "sáng", "chiều", "tối", "trưa", "vào"];

/// Whether `word` and what follows it open a time with a day's number ([`TIME_OPENERS`]).
fn time_follows(word: &str, after: &str) -> bool {
    let after = after.trim_start();
    let after = after.strip_prefix("ngày").map_or(after, str::trim_start);
    TIME_OPENERS.contains(&word) && after.starts_with(|c: char| c.is_ascii_digit())
}

/// Words that make a number before them a count, not an ordinal ("3 ngày", "10 nước", "200
/// đại biểu"), lower case, first syllables.
const COUNT_UNITS: &[&str] = &[
    "ngày", "tuần", "tháng", "năm", "lần", "đại", "người", "nước", "tỉnh", "bộ", "ngành", "đơn",
    "cơ", "vấn", "nội", "đề",
];

/// An adjunct of the sentence follows a number ("Hội nghị Ngoại giao 31 với chủ đề …", "… 21
/// có chủ đề …"): the number ends the name, as a clause word would.
fn adjunct_follows(next: &str, next_lower: &str) -> bool {
    let after = next.get(next_lower.len()..).unwrap_or("");
    match next_lower {
        "với" => AFTER_VOI_STOPS.contains(&first_word(after).as_str()),
        "có" => first_word(after) == "chủ",
        _ => false,
    }
}

/// A ministry's or department's portfolio listed with commas goes on after one: "… của Bộ Văn
/// hóa, Thể thao và Du lịch", "Sở Lao động, Thương binh và Xã hội". The comma follows "Bộ" or
/// "Sở" and a capitalised word or two, and a capitalised list ending in "và" + a capital
/// follows it.
fn portfolio_goes_on(name: &str, after: &str) -> bool {
    static PORTFOLIO_HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|\s)(?:Bộ|Sở)(?:\s+\p{Lu}\p{Ll}*){1,2}(?:\s+\p{Ll}+)?$").unwrap()
    });
    static PORTFOLIO_TAIL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\s*\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?(?:,\s*\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?)*\s+và\s+\p{Lu}",
        )
        .unwrap()
    });
    PORTFOLIO_HEAD.is_match(name) && PORTFOLIO_TAIL.is_match(after)
}

fn continues_after_comma(name: &Name, so_far: &str, after: &str) -> bool {
    let next = after.trim_start();
    // "trong cuộc họp nội các, đề cập tới …": a verb of telling after the comma goes on with
    // the sentence's predicate.
    let opening = crate::text::lower_opening(next, 24);
    if crate::extract::lexicon::TELLING_PAIRS
        .iter()
        .any(|v| starts_with_word(&opening, v))
    {
        return false;
    }
    crate::extract::lexicon::prevent_and_combat(so_far, next)
        || parallel_items(so_far, next)
        || rhyming_pair(so_far, next)
        || coordinated_agenda(so_far, next)
        || name.words >= 2 && !name.proper_name && AFTER_COMMA.contains(&first_word(next).as_str())
}

/// Events that are not meetings, lower case, to which "và" may join a meeting held with them
/// ("Hội nghị kết nối tiêu thụ nông sản và “Ngày hội Bưởi 2017”", "Hội thảo … và Lễ trao giải
/// …").
const OTHER_EVENTS: &[&str] = &[
    "ngày hội",
    "lễ hội",
    "hội chợ",
    "triển lãm",
    "liên hoan",
    "hội diễn",
    "hội thi",
    "cuộc thi",
    "lễ",
    "giải",
];

/// Whether `next`, what follows "và" after a meeting's name read `so_far`, opens the name of
/// another event held with it ([`other_event_named`]), and the meeting has a name of its own:
/// one of its form or rank only ("Diễn đàn cấp cao và Triển lãm quốc tế về …") shares the
/// other's.
pub(super) fn other_event_joined(so_far: &str, next: &str) -> bool {
    /// Syllables of a meeting's form or rank, lower case.
    const RANK: &[&str] = &[
        "cấp",
        "cao",
        "thượng",
        "đỉnh",
        "quốc",
        "tế",
        "trực",
        "tuyến",
        "toàn",
        "mở",
        "rộng",
    ];
    let own = so_far
        .split_whitespace()
        .any(|w| !RANK.contains(&w.to_lowercase().as_str()));
    own && other_event_named(next)
}

/// Whether `next` opens the name of another event ([`OTHER_EVENTS`]), written capitalised or
/// in quotation marks as a name is.
fn other_event_named(next: &str) -> bool {
    let unquoted = next.trim_start_matches(['“', '"', '«']);
    let named = unquoted.len() < next.len() || unquoted.starts_with(char::is_uppercase);
    let lower = crate::text::lower_opening(unquoted, 12);
    named
        && OTHER_EVENTS
            .iter()
            .any(|e| crate::text::starts_with_word(&lower, e))
}

/// Whether the words on each side of a comma are the halves of a parallel phrase that share
/// their last syllable, the shape of a movement's slogan ("biểu dương người tốt, việc tốt",
/// "thi đua dạy tốt, học tốt"): two lower-case syllables each, the first ones different.
fn rhyming_pair(so_far: &str, next: &str) -> bool {
    let syllable = |w: &&str| w.chars().all(char::is_lowercase);
    let before: Vec<&str> = so_far.split_whitespace().rev().take(2).collect();
    let after: Vec<&str> = next
        .split_whitespace()
        .take(2)
        .map(|w| w.trim_end_matches([',', '.', ';']))
        .collect();
    before.len() == 2
        && after.len() == 2
        && before.iter().chain(&after).all(syllable)
        && before[0] == after[1]
        && before[1] != after[0]
}

/// Whether a name that so far is one verb of what the meeting does ([`BUSINESS_VERBS`]) goes on
/// after a comma with another: the first verb has no object yet, so the comma joins two.
fn coordinated_agenda(so_far: &str, next: &str) -> bool {
    let first = so_far.trim().to_lowercase();
    let after = crate::text::lower_opening(next, 16);
    BUSINESS_VERBS.contains(&first.as_str())
        && BUSINESS_VERBS
            .iter()
            .any(|v| crate::text::starts_with_word(&after, v))
}

/// Fields of policy a name lists with commas alone ("Hợp tác kinh tế, thương mại Việt Nam -
/// Trung Quốc", "phát triển kinh tế, văn hóa, xã hội"), lower case.
const FIELDS: &[&str] = &[
    "kinh tế",
    "thương mại",
    "đầu tư",
    "tài chính",
    "ngân hàng",
    "văn hóa",
    "văn hoá",
    "xã hội",
    "giáo dục",
    "y tế",
    "du lịch",
    "thể thao",
    "khoa học",
    "công nghệ",
    "quốc phòng",
    "an ninh",
    "đối ngoại",
    "nông nghiệp",
    "công nghiệp",
    "năng lượng",
    "môi trường",
    "giao thông",
    "lao động",
    "việc làm",
];

/// Whether the words on each side of a comma are items of one list without "và": two fields
/// of policy ("kinh tế, thương mại"), or committees of one kind ("các tỉnh ủy, thành ủy, đảng
/// ủy trực thuộc Trung ương"). `so_far` ends at the comma, `next` follows it.
fn parallel_items(so_far: &str, next: &str) -> bool {
    let before = so_far.trim_end().to_lowercase();
    let after = crate::text::lower_opening(next, 16);
    let of_one_kind = |kind: &[&str]| {
        kind.iter().any(|f| crate::text::ends_with_word(&before, f))
            && kind
                .iter()
                .any(|f| crate::text::starts_with_word(&after, f))
    };
    if of_one_kind(FIELDS) || of_one_kind(DIFFICULTIES) || of_one_kind(UNITS) {
        return true;
    }
    if plural_items(&before, &after) {
        return true;
    }
    // "tỉnh ủy, thành ủy": the same committee word after a place's kind.
    let committee = |w: &str| matches!(w.trim_end_matches([',', '.', ';']), "ủy" | "uỷ");
    let last_two: Vec<&str> = before.split_whitespace().rev().take(2).collect();
    let first_two: Vec<&str> = after.split_whitespace().take(2).collect();
    last_two.len() == 2
        && first_two.len() == 2
        && committee(last_two[0])
        && committee(first_two[1])
        && !first_two[0].chars().any(char::is_uppercase)
}

/// Whether a comma joins the items of one plural noun ("Ban Chỉ đạo Nhà nước các công trình,
/// dự án trọng điểm ngành giao thông"): `before` (lower case, up to the comma) ends with "các"
/// and a noun of one or two syllables, and `after` opens with another noun, not a word that
/// opens a clause or a subject ([`NOT_AN_ITEM`], the clause words).
fn plural_items(before: &str, after: &str) -> bool {
    let last: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    let item = |w: &&str| w.chars().all(char::is_alphabetic);
    let plural = match last.as_slice() {
        [_, "các", ..] => last[..1].iter().all(item),
        [_, _, "các"] => last[..2].iter().all(item),
        _ => false,
    };
    let next: Vec<&str> = after.split_whitespace().take(2).collect();
    let noun = |w: &str| {
        w.chars().all(char::is_alphabetic)
            && !NOT_AN_ITEM.contains(&w)
            && !crate::extract::lexicon::CLAUSE_WORDS.contains(&w)
    };
    plural && next.len() == 2 && next.iter().all(|w| noun(w))
}

/// Units of government and institutions a name lists with commas alone ("… giữa Chính phủ
/// với các bộ, ngành, địa phương", "… với các sở, ban, ngành"), lower case.
const UNITS: &[&str] = &[
    "bộ",
    "ngành",
    "địa phương",
    "sở",
    "ban",
    "cơ quan",
    "đơn vị",
    "tỉnh",
    "thành phố",
    "thành",
    "huyện",
    "quận",
    "thị xã",
    // Institutions of one kind ("… đối với các cơ sở đại học, trường sư phạm").
    "trường",
    "cơ sở",
    "viện",
    "học viện",
    "bệnh viện",
    "trung tâm",
    "doanh nghiệp",
    "đại học",
    "đh",
    "cao đẳng",
];

/// Difficulties a meeting is held to remove, which a name lists with commas alone ("Hội nghị
/// tháo gỡ khó khăn, vướng mắc trong giải ngân vốn"), lower case.
const DIFFICULTIES: &[&str] = &[
    "khó khăn",
    "vướng mắc",
    "bất cập",
    "hạn chế",
    "tồn tại",
    "thách thức",
    "rào cản",
    "điểm nghẽn",
];

/// Words that open what follows a comma as the sentence's own subject, not an item of a list
/// inside a name: a determiner or a number ("các", "những", "hai"), a form of address, or the
/// people present ("lãnh đạo", "đại biểu", "khách mời"). Lower case, first syllables.
const NOT_AN_ITEM: &[&str] = &[
    "các", "những", "mọi", "một", "hai", "ba", "ông", "bà", "anh", "chị", "lãnh", "đại", "khách",
    "chuyên", "nhiều",
];

/// Most syllables an item of a list inside a name may have ("thể thao", "gian lận thương
/// mại").
const ITEM_WORDS: usize = 4;

/// Syllables of a name before a list's first comma below which its items must be as short as
/// [`SHORT_ITEM_WORDS`]: a list coordinates parts of an agenda or a subject ("tổng kết công tác
/// văn hoá, thể thao …"), or short nouns ("cán bộ, công chức, viên chức và …"); after a word or
/// two that only qualify the meeting ("Phiên họp toàn thể, chia sẻ kinh nghiệm, …") the sentence
/// goes on.
const BEFORE_LIST_WORDS: usize = 3;
const SHORT_ITEM_WORDS: usize = 2;

/// A list inside a name, closed by "và" ("tổng kết công tác văn hoá, thể thao và du lịch",
/// "phòng, chống buôn lậu, gian lận thương mại và hàng giả"): after a lower-case word of a
/// name that has no year or number yet, items of lower-case words of a name, no longer than
/// [`ITEM_WORDS`] (or [`SHORT_ITEM_WORDS`]), separated by commas, and then "và" and one more
/// such word. A comma after a year, or before a subject ("…, các đại biểu và khách mời đã …"),
/// a figure or a clause word, ends the name as before.
fn list_goes_on(name: &Name, so_far: &str, after: &str) -> bool {
    let last = so_far.split_whitespace().next_back().unwrap_or("");
    let most = match name.words {
        n if n >= BEFORE_LIST_WORDS => ITEM_WORDS,
        _ => SHORT_ITEM_WORDS,
    };
    // Only a year of the body's part counts ("… năm 2018 của Ban Chỉ đạo quốc gia chống buôn
    // lậu, gian lận thương mại và hàng giả": the year is the conference's, the list the body's).
    let owner_from = so_far.rfind(" của ").map_or(0, |at| at + " của ".len());
    let year_in_part = name
        .years
        .iter()
        .any(|(_, r)| r.start >= name.start + owner_from);
    if name.words == 0
        || year_in_part
        || name.ordinal.is_some()
        || !last.chars().all(char::is_lowercase)
    {
        return false;
    }
    let mut words = after.split(' ').filter(|w| !w.is_empty()).peekable();
    let mut in_item = 0;
    while let Some(raw) = words.next() {
        let word = raw.strip_suffix(',').unwrap_or(raw);
        if word == "và" {
            let next = words
                .peek()
                .map_or("", |w| w.trim_end_matches([',', '.', ';']));
            return in_item > 0 && item_word(next, false);
        }
        if !item_word(word, in_item == 0) {
            return false;
        }
        in_item += 1;
        if in_item > most {
            return false;
        }
        if raw.ends_with(',') {
            in_item = 0;
        }
    }
    false
}

/// A lower-case word that may stand in an item of a list inside a name; `first` when it opens
/// the item.
fn item_word(word: &str, first: bool) -> bool {
    let opens_no_item = !first || !NOT_AN_ITEM.contains(&word);
    !word.is_empty()
        && word.chars().all(char::is_lowercase)
        && !CLAUSE_WORDS.contains(&word)
        && opens_no_item
}

/// Where `word` (lower case) stands when it is the next word of `sent` from `at`, in any case.
fn next_word_at(sent: &str, at: usize, word: &str) -> Option<usize> {
    let rest = &sent[at..];
    let gap = rest.len() - rest.trim_start().len();
    let opening = crate::text::lower_opening(rest, word.chars().count() + 1);
    starts_with_word(&opening, word).then_some(at + gap)
}

/// Whether the words after "đầu tiên" bound what the meeting is first of ([`first_of_series`]
/// names the cases).
///
/// [`first_of_series`]: NameReader::first_of_series
fn bounded_first(rest: &str) -> bool {
    const BOUNDS: &[&str] = &[
        "của", "trong", "kể", "sau", "với", "do", "để", "mà", "cùng", "trên", "dưới", "từ", "kế",
        "nhiệm", "năm", "tháng", "kỳ",
    ];
    let rest = rest.trim_start().to_lowercase();
    if rest.starts_with("trong lịch sử") {
        return false;
    }
    BOUNDS
        .iter()
        .any(|b| crate::text::starts_with_word(&rest, b))
}

/// After an ordinal: a year ends the title ("lần thứ 19 năm 2018"); a term ("khóa XIII") or,
/// when the keyword stood alone, the body that meets ("Hội nghị lần thứ tư Ban Chấp hành
/// Trung ương Đảng khóa XIII", "Kỳ họp thứ 2, Quốc hội khóa XV") belong to the series.
fn after_ordinal(sent: &str, name: &mut Name) {
    name.title_end = name.end;
    let rest = &sent[name.end..];
    // "lần thứ I, năm 2018": the edition's year, after a comma or not; whose meeting it is may
    // follow ("cuộc họp lần thứ 11 năm 2018 của Ủy ban …").
    let lead = rest.len() - rest.trim_start().len();
    let lead = lead + usize::from(rest[lead..].starts_with(','));
    let lead = lead + (rest[lead..].len() - rest[lead..].trim_start().len());
    if let Some(c) = YEAR_AT.captures(&rest[lead..]) {
        if let Ok(y) = c[1].parse::<i32>() {
            let r = name.end + lead..name.end + lead + c.get(0).unwrap().end();
            name.years.push((y, r.clone()));
            name.end = r.end;
            if !sent[r.end..]
                .trim_start()
                .to_lowercase()
                .starts_with("của ")
            {
                return;
            }
        }
    }
    // "Hội nghị lần thứ tư (MSEAP 4)": the series' acronym after the number of a meeting named
    // by its word alone names which.
    let open = rest.len() - rest.trim_start().len();
    let bare = name
        .series_end
        .is_some_and(|se| sent[name.start..se].trim().is_empty());
    if let Some((acronym, _)) = Some(&rest[open..])
        .filter(|_| bare)
        .and_then(|r| r.strip_prefix('('))
        .and_then(|r| r.split_once(')'))
        .filter(|(a, _)| bracketed_acronym(a))
    {
        let r = name.end + open..name.end + open + acronym.len() + 2;
        name.end = r.end;
        name.title_end = r.end;
        name.suffix = Some(r);
        return;
    }
    let start = name.end;
    let skip = rest.len() - rest.trim_start_matches([',', ' ']).len();
    // "phiên họp toàn thể lần thứ bảy của Ủy ban quốc gia …": whose numbered meeting it is
    // follows its number after "của" whatever came before; a bare "Phiên họp thứ 27 Ủy ban …"
    // may name it without "của".
    let of = sent[name.end + skip..].to_lowercase().starts_with("của ");
    let from = name.end + skip + if of { "của ".len() } else { 0 };
    // After a name with words of its own, only a body, and only for a name no proper word
    // names yet ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 47 của Ngoại trưởng Nhật Bản …" is
    // named; the minister only attends).
    let of_body = of
        && !has_proper_word(&sent[name.start..name.series_end.unwrap_or(name.end)])
        && crate::extract::lexicon::starts_with_organiser(&sent[from..]);
    if name.words == 0 || of_body {
        let body = parse_name(sent, from);
        if body.words > 0
            && (body.proper_name || crate::extract::lexicon::lower_case_body(&sent[from..]))
            && body.ordinal.is_none()
        {
            name.end = body.end;
            name.years.extend(body.years);
            name.term = body.term;
        }
    }
    // After the number of a meeting no proper word names yet, whose it is: a group of nations
    // by its letters ("hội nghị thượng đỉnh lần thứ 10 (của) nhóm BRICS"), or the officials
    // who meet ("Hội nghị lần thứ 23 các Bộ trưởng Kinh tế ASEAN", "Hội nghị lần thứ nhất các
    // quan chức cao cấp APEC").
    let unnamed = || !has_proper_word(&sent[name.start..name.series_end.unwrap_or(name.end)]);
    let whose = (name.end == start && unnamed())
        .then(|| group_by_letters(&sent[from..]).or_else(|| participants_named(&sent[from..])))
        .flatten();
    if let Some(len) = whose {
        name.end = from + len;
    }
    if name.end > start {
        // Named by its body.
    } else if let Some((t, len)) = term_at(&sent[name.end + skip..]) {
        // "Hội nghị Trung ương 8, khoá XII": the term, after a comma too.
        let r = name.end + skip..name.end + skip + len;
        name.term = Some((t, r.clone()));
        name.end = r.end;
    }
    if name.end > start {
        let seg = &sent[start..name.end];
        let lead = seg.len() - seg.trim_start_matches([',', ' ']).len();
        name.suffix = Some(start + lead..name.end);
        name.title_end = name.end;
    }
    // "Hội thảo quốc tế lần 4 về An ninh nguồn nước": what it is about, after its number, is its
    // title's (not its series': "Hội nghị Trung ương 8 khoá XII về …" is the plenum's).
    if let Some(about) = next_word_at(sent, name.end, "về") {
        let topic = parse_name(sent, about);
        // Not a topic that holds a number: its years are another thing's ("về quyết toán
        // ngân sách năm 2017").
        let numbered = sent[name.end..topic.end].contains(|c: char| c.is_ascii_digit());
        // "về cơ bản", "về phía …", "về nước": an adverb or a way, not a subject.
        let word = first_word(&sent[about + "về".len()..]);
        let adverb =
            ["cơ", "phía", "nước", "phần", "mặt", "đến", "tới", "dự"].contains(&word.as_str());
        if topic.words > 1 && topic.ordinal.is_none() && !numbered && !adverb {
            name.end = topic.end;
            name.title_end = topic.end;
        }
    }
    // "Hội nghị thượng đỉnh lần thứ hai giữa Pháp và Đức": the parties of a numbered meeting,
    // after its number, are its title's.
    let between =
        next_word_at(sent, name.end, "giữa").filter(|&at| names_party(&sent[at + "giữa".len()..]));
    if let Some(at) = between {
        let from = at + "giữa".len() + 1;
        let parties = parse_name(sent, from);
        let named = parties.proper_name || crate::extract::lexicon::lower_case_body(&sent[from..]);
        // Both parties, or none: "giữa Tổng thống A" alone is cut before the other.
        let both = [" và ", " với ", " - ", " – "]
            .iter()
            .any(|j| sent[from..parties.end].contains(j));
        if parties.words > 0 && named && both && parties.ordinal.is_none() {
            // Part of the series too: the second summit of two other parties is another.
            let start = name.suffix.as_ref().map_or(from, |r| r.start);
            name.suffix = Some(start..parties.end);
            name.end = parties.end;
            name.title_end = parties.end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(s: &str) -> (String, Option<u32>) {
        let kw_end = super::super::KEYWORD.find(s).unwrap().end();
        let n = parse_name(s, kw_end);
        (s[..n.end].to_string(), n.ordinal)
    }

    /// The name read after a sentence's meeting word, and the years it gives the meeting.
    fn named_years(s: &str) -> (String, Vec<i32>) {
        let kw_end = super::super::KEYWORD.find(s).unwrap().end();
        let n = parse_name(s, kw_end);
        (
            s[..n.end].to_string(),
            n.years.iter().map(|(y, _)| *y).collect(),
        )
    }

    #[test]
    fn a_bare_year_is_a_topics_before_a_coordinated_topic_and_a_laws_always() {
        // The topic's year stays in the name and is the meeting's.
        for (s, name, year) in [
            (
                "Hội thảo về tình hình quốc tế 2017 và chính sách đối ngoại tổ chức ngày 9-12",
                "Hội thảo về tình hình quốc tế 2017 và chính sách đối ngoại",
                2017,
            ),
            (
                "Diễn đàn Kinh tế Việt Nam 2018 với chủ đề mới",
                "Diễn đàn Kinh tế Việt Nam 2018",
                2018,
            ),
        ] {
            let (got, years) = named_years(s);
            assert_eq!((got.as_str(), years), (name, vec![year]), "{s}");
        }
        // A law's or a treaty's year is its name's, not the meeting's.
        for (s, name) in [
            (
                "Hội thảo góp ý Luật Đất đai 2013 và các văn bản hướng dẫn",
                "Hội thảo góp ý Luật Đất đai 2013",
            ),
            (
                "Hội thảo về Bộ luật Hình sự 2015 tại Hà Nội",
                "Hội thảo về Bộ luật Hình sự 2015",
            ),
            (
                "Tọa đàm Công ước Liên hợp quốc về Luật Biển 1982 và an ninh hàng hải",
                "Tọa đàm Công ước Liên hợp quốc về Luật Biển 1982",
            ),
        ] {
            let (got, years) = named_years(s);
            assert!(got.starts_with(name), "{s}: {got}");
            assert!(years.is_empty(), "{s}: {years:?}");
        }
    }

    #[test]
    fn agreeing_after_and_is_the_sentences_predicate() {
        for subject in [
            "xây dựng Chính phủ điện tử",
            "phát triển cảng biển",
            "chuyển đổi số quốc gia",
        ] {
            for verb in ["nhất trí", "đã nhất trí"] {
                let s = format!("Cuộc làm việc về {subject} và {verb} thành lập Ủy ban nêu trên.");
                assert_eq!(named(&s).0, format!("Cuộc làm việc về {subject}"), "{s}");
            }
        }
    }

    #[test]
    fn an_agenda_of_a_document_keeps_it_and_an_anaphor_ends_the_name() {
        for (text, name) in [
            (
                "Hội nghị quán triệt kết luận số 5 của Bộ Chính trị diễn ra sáng nay",
                "Hội nghị quán triệt kết luận số 5 của Bộ Chính trị",
            ),
            (
                "Hội nghị triển khai quyết định nói trên vào sáng 9/10",
                "Hội nghị triển khai quyết định",
            ),
            (
                "Hội nghị trực tuyến đánh giá tình hình phòng chống thiên tai diễn ra sáng nay",
                "Hội nghị trực tuyến đánh giá tình hình phòng chống thiên tai",
            ),
            (
                "Hội nghị trực tuyến đánh giá cao sự chủ động",
                "Hội nghị trực tuyến",
            ),
        ] {
            assert_eq!(named(text).0, name);
        }
    }

    #[test]
    fn a_number_after_trung_uong_is_the_plenums_in_either_case() {
        for text in [
            "Hội nghị Trung ương 6 kéo dài 7 ngày",
            "Hội nghị trung ương 6 có nhiều ý kiến",
            "hội nghị trung ương 6 khóa XII đã",
            "Hội nghị Trung ương 6 thảo luận về đề án",
        ] {
            assert_eq!(named(text).1, Some(6), "{text}");
        }
        assert_eq!(named("Hội nghị Trung ương 5 nội dung").1, None);
    }

    #[test]
    fn a_plenums_number_in_words_after_trung_uong_is_its_number_where_the_name_ends() {
        let numbers = [
            ("bốn", 4),
            ("tư", 4),
            ("sáu", 6),
            ("bảy", 7),
            ("mười", 10),
            ("mười hai", 12),
            ("mười lăm", 15),
        ];
        let ends = [
            ", khóa XII đã bế mạc",
            " khoá XIII khai mạc",
            " ngày 5/3",
            " sáng 10-10",
            ".",
            " (mở rộng)",
        ];
        for (trung_uong, (words, n), end) in ["Trung ương", "trung ương"]
            .into_iter()
            .flat_map(|t| numbers.map(move |n| (t, n)))
            .flat_map(|(t, n)| ends.map(move |e| (t, n, e)))
        {
            let text = format!("Hội nghị {trung_uong} {words}{end}");
            assert_eq!(named(&text).1, Some(n), "{text}");
        }
        // Words that read on are no number of the plenum.
        for text in [
            "Hội nghị Trung ương một lần nữa khẳng định",
            "Hội nghị Trung ương năm 2018 đã bàn",
            "Hội nghị Trung ương bảy ngày làm việc",
        ] {
            assert_eq!(named(text).1, None, "{text}");
        }
    }

    #[test]
    fn a_list_closed_by_va_stays_in_the_name() {
        for (text, title) in [
            (
                "Hội nghị tổng kết công tác văn hóa, thể thao và du lịch năm 2018 diễn ra",
                "Hội nghị tổng kết công tác văn hóa, thể thao và du lịch năm 2018",
            ),
            (
                "Hội nghị Ban chỉ đạo phòng, chống buôn lậu, gian lận thương mại và hàng giả đã",
                "Hội nghị Ban chỉ đạo phòng, chống buôn lậu, gian lận thương mại và hàng giả",
            ),
            (
                "Hội thảo phát triển nông nghiệp, nông thôn và nông dân được tổ chức",
                "Hội thảo phát triển nông nghiệp, nông thôn và nông dân",
            ),
            (
                "Hội nghị cán bộ, công chức, viên chức và người lao động năm 2019 diễn ra",
                "Hội nghị cán bộ, công chức, viên chức và người lao động năm 2019",
            ),
        ] {
            assert_eq!(named(text).0, title, "{text}");
        }
        for (text, title) in [
            // The sentence's subject after the comma.
            (
                "Tại hội nghị tổng kết công tác, các đại biểu và khách mời đã",
                "Tại hội nghị tổng kết công tác",
            ),
            (
                "Hội thảo khoa học quốc tế, lãnh đạo và chuyên gia đã",
                "Hội thảo khoa học quốc tế",
            ),
            // A year closes the name.
            (
                "Hội nghị tổng kết năm 2018, đánh giá và triển khai",
                "Hội nghị tổng kết năm 2018",
            ),
            // Items too long, a figure, a clause word, no "và".
            (
                "Hội nghị sơ kết công tác quý, tập trung đánh giá kết quả và tồn tại",
                "Hội nghị sơ kết công tác quý",
            ),
            (
                "Hội thảo khoa học quốc tế, thu hút 200 đại biểu và",
                "Hội thảo khoa học quốc tế",
            ),
            (
                "Phiên họp toàn thể, chia sẻ kinh nghiệm, sáng kiến hợp tác và giải pháp",
                "Phiên họp toàn thể",
            ),
            (
                "Hội nghị xúc tiến đầu tư, thu hút nhiều dự án",
                "Hội nghị xúc tiến đầu tư",
            ),
            (
                "Hội nghị xúc tiến đầu tư, theo đó tỉnh và",
                "Hội nghị xúc tiến đầu tư",
            ),
            // A capitalised word after the comma is no lower-case list.
            (
                "Hội nghị xúc tiến đầu tư, Bộ trưởng và Thứ trưởng",
                "Hội nghị xúc tiến đầu tư",
            ),
        ] {
            assert_eq!(named(text).0, title, "{text}");
        }
    }

    #[test]
    fn a_number_after_lan_without_thu_is_the_ordinal() {
        for (text, n) in [
            ("Hội thảo Kinh tế biển lần 2 do Bộ tổ chức", 2),
            ("Diễn đàn Hợp tác lần hai đã khai mạc", 2),
            ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần 12 bế mạc", 12),
        ] {
            assert_eq!(named(text).1, Some(n), "{text}");
        }
        assert_eq!(
            named("Hội nghị Trung ương 9 hồi tháng 3/2016 đã").1,
            Some(9)
        );
        assert_eq!(named("Diễn đàn Hợp tác lần đầu tại Bắc Kinh").1, Some(1));
        assert_eq!(
            named("Diễn đàn Hợp tác lần đầu tiên được tổ chức").1,
            Some(1)
        );
        // "lần này" is no number.
        assert_eq!(named("Hội thảo Kinh tế biển lần này thu hút").1, None);
    }

    #[test]
    fn a_verb_after_an_agendas_transitive_verb_and_compounds_of_clause_words_stay_in_the_name() {
        for (text, title) in [
            (
                "Hội nghị tăng cường thu hút nhân lực trẻ diễn ra",
                "Hội nghị tăng cường thu hút nhân lực trẻ",
            ),
            (
                "Hội nghị triển khai nhiệm vụ thời gian tới của ngành, diễn ra",
                "Hội nghị triển khai nhiệm vụ thời gian tới",
            ),
            (
                "Hội nghị trao giấy chứng nhận đầu tư cho doanh nghiệp diễn ra",
                "Hội nghị trao giấy chứng nhận đầu tư",
            ),
        ] {
            assert!(
                named(text).0.starts_with(title),
                "{text}: {:?}",
                named(text).0
            );
        }
        // Without such a verb before it, the pair ends the name.
        assert_eq!(
            named("Hội nghị xúc tiến đầu tư thu hút 500 đại biểu").0,
            "Hội nghị xúc tiến đầu tư"
        );
    }

    #[test]
    fn names_end_at_the_sentences_time_a_credit_or_what_they_concern_not_before() {
        for (text, name) in [
            // A time of the sentence, even after a part of it.
            ("Cuộc họp năm nay có nhiều nội dung", "Cuộc họp"),
            (
                "Kỳ họp HĐND thành phố cuối tháng này sẽ bàn",
                "Kỳ họp HĐND thành phố",
            ),
            (
                "Cuộc họp HĐND tỉnh tuần trước đã quyết",
                "Cuộc họp HĐND tỉnh",
            ),
            ("Cuộc họp hàng tuần của Sở", "Cuộc họp hàng tuần của Sở"),
            // A credit after a dash.
            (
                "Hội nghị cấp cao Mekong - Nhật Bản - Ảnh: TTXVN",
                "Hội nghị cấp cao Mekong - Nhật Bản",
            ),
            // What a meeting concerns, but not a participle of its party.
            ("Cuộc họp liên quan đến vụ việc", "Cuộc họp"),
            (
                "Cuộc họp với các đơn vị liên quan về phương án giá",
                "Cuộc họp với các đơn vị liên quan về phương án giá",
            ),
            // A committee named by its common noun; a party by its common noun.
            (
                "Buổi làm việc với Ban chỉ đạo 389 tỉnh diễn ra",
                "Buổi làm việc với Ban chỉ đạo 389 tỉnh",
            ),
            ("Phiên họp của Ban diễn ra sáng nay", "Phiên họp của Ban"),
            (
                "Hội nghị triển khai nhiệm vụ năm 2019 của ngành hải quan tại Hà Nội",
                "Hội nghị triển khai nhiệm vụ năm 2019 của ngành hải quan",
            ),
            // The passive ends a name; the syllable of a word does not.
            (
                "Cuộc họp của Đảng Lao động bị ghi âm lén",
                "Cuộc họp của Đảng Lao động",
            ),
            (
                "Hội thảo về thiết bị y tế diễn ra",
                "Hội thảo về thiết bị y tế",
            ),
            // Another head's number inside the name.
            (
                "Hội nghị học tập, quán triệt Nghị quyết Trung ương 8, khóa XII",
                "Hội nghị học tập, quán triệt Nghị quyết Trung ương 8",
            ),
        ] {
            assert_eq!(named(text).0, name, "{text}");
        }
    }

    #[test]
    fn descriptive_names_run_to_the_verb() {
        assert_eq!(
            named("Hội nghị trực tuyến toàn quốc về bảo hiểm thất nghiệp, tổ chức sáng nay").0,
            "Hội nghị trực tuyến toàn quốc về bảo hiểm thất nghiệp"
        );
        assert_eq!(
            named("Hội nghị tổng kết công tác năm 2014 và triển khai nhiệm vụ năm 2015.").0,
            "Hội nghị tổng kết công tác năm 2014 và triển khai nhiệm vụ năm 2015"
        );
        assert_eq!(
            named("Hội nghị Thủ tướng với doanh nghiệp 2015 diễn ra sáng 9/6").0,
            "Hội nghị Thủ tướng với doanh nghiệp 2015"
        );
        assert_eq!(
            named("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 47 (AMM-47) đã bế mạc"),
            (
                "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 47".to_string(),
                Some(47)
            )
        );
        assert_eq!(
            named("Hội nghị tổng kết công tác phòng, chống dịch bệnh năm 2016, triển khai nhiệm vụ thời gian tới. Tham dự có").0,
            "Hội nghị tổng kết công tác phòng, chống dịch bệnh năm 2016, triển khai nhiệm vụ thời gian tới"
        );
    }

    #[test]
    fn another_heads_ordinal_is_not_the_conference_number() {
        let (_, ordinal) =
            named("Hội nghị học tập, quán triệt Nghị quyết Đại hội lần thứ XIII của Đảng");
        assert_eq!(ordinal, None);
    }

    #[test]
    fn a_quoted_utterance_after_a_name_is_not_its_title() {
        let names = ["Hội nghị VBS", "Diễn đàn Doanh nghiệp", "Hội thảo quốc tế"];
        let openers = [
            "sẽ mang đến",
            "là dịp",
            "đã mở ra",
            "không chỉ là",
            "cần được",
        ];
        let titles = [
            "Việt Nam - Đối tác tin cậy",
            "Chuyển đổi số 2022",
            "2030: Tầm nhìn",
        ];
        for name in names {
            for q in ["“", "\""] {
                let close = if q == "“" { "”" } else { "\"" };
                for o in openers {
                    let s = format!("{name} {q}{o} nhiều cơ hội{close}, Thủ tướng tin tưởng.");
                    assert_eq!(named(&s).0, name, "{s}");
                }
                for t in titles {
                    let s = format!("{name} {q}{t}{close} khai mạc sáng 5/3.");
                    assert_eq!(named(&s).0, format!("{name} {q}{t}{close}"), "{s}");
                }
            }
        }
    }

    #[test]
    fn a_number_before_an_adjunct_is_the_ordinal() {
        let names = [
            "Hội nghị Ngoại giao",
            "Diễn đàn Kinh tế Việt Nam",
            "Hội nghị Ngoại vụ toàn quốc",
        ];
        let adjuncts = [
            "với chủ đề “Đổi mới”",
            "với sự tham dự của 300 đại biểu",
            "với sự tham gia của các đại sứ",
            "có chủ đề “Hội nhập”",
            "với nhiều nội dung quan trọng",
        ];
        for name in names {
            for a in adjuncts {
                let s = format!("Ngày 15/12, {name} 31 {a} đã khai mạc.");
                let start = s.find(name).unwrap();
                let kw = if name.starts_with("Diễn đàn") {
                    "Diễn đàn"
                } else {
                    "Hội nghị"
                };
                let n = parse_name(&s, start + kw.len());
                assert_eq!(n.ordinal, Some(31), "{s}");
            }
        }
        // Before "với" and the other party of the meeting, a number is no ordinal.
        let s = "Hội nghị Đối tác 3 với doanh nghiệp Nhật Bản";
        assert_eq!(parse_name(s, "Hội nghị".len()).ordinal, None);
        // A group's letter and number written apart ("G 20") are its name, whatever follows.
        for group in ["G 20", "G 7"] {
            for after in ["tại Osaka", "đã khai mạc", "với chủ đề “Đổi mới”", ""]
            {
                let s = format!("Hội nghị thượng đỉnh {group} {after}");
                let n = parse_name(&s, "Hội nghị thượng đỉnh".len());
                assert_eq!(n.ordinal, None, "{s}");
                assert!(s[..n.end].ends_with(group), "{s}: {}", &s[..n.end]);
            }
        }
    }

    #[test]
    fn a_term_in_brackets_is_the_term() {
        let heads = [
            ("Hội nghị Trung ương 6", 6),
            ("Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng", 11),
            ("Hội nghị lần thứ 5, Ban Chấp hành Trung ương Đảng", 5),
            ("Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh", 8),
        ];
        let terms = [("(khóa XII)", 12), ("(khoá XIII)", 13), ("( khóa 12 )", 12)];
        let after = [" đã khai mạc", ", bàn về nhân sự", " bế mạc sáng nay", "."];
        for (head, ordinal) in heads {
            for (term, t) in terms {
                for a in after {
                    let s = crate::text::fold(&format!("{head} {term}{a}"));
                    let n = parse_name(&s, "Hội nghị".len());
                    assert_eq!(
                        (n.ordinal, n.term.map(|t| t.0)),
                        (Some(ordinal), Some(t)),
                        "{s}"
                    );
                    assert_eq!(
                        &s[n.end - 1..n.end],
                        ")",
                        "{s}: the name ends with the term"
                    );
                }
            }
        }
        // A bracket holding more than a term is a gloss of the name, not its term.
        let s = "Hội nghị Trung ương (khóa XII, lần thứ 6) khai mạc";
        assert_eq!(parse_name(s, "Hội nghị".len()).term, None);
    }

    #[test]
    fn an_outlook_a_target_or_a_horizon_names_a_plans_year() {
        for title in [
            "Hội thảo triển vọng kinh tế Việt Nam năm 2019 khai mạc.",
            "Hội thảo dự báo kinh tế năm 2020 diễn ra.",
            "Hội nghị mục tiêu phát triển năm 2025 được tổ chức.",
            "Hội thảo chiến lược phát triển tầm nhìn 2030 được tổ chức.",
        ] {
            let n = parse_name(title, title.match_indices(' ').nth(1).unwrap().0);
            let plan = n.plan_year.map(|i| n.years[i].0);
            assert!(plan.is_some(), "{title}: {:?}", n.years);
        }
    }

    #[test]
    fn a_short_quotation_without_a_sentences_stops_or_a_speakers_pronoun_reads_as_a_title() {
        for title in [
            "Hướng đến phát triển bền vững vùng ven biển",
            "Cách mạng công nghiệp 4.0 và nghề nghiệp tại Đà Nẵng",
            "Chuyển đổi số: Cơ hội và thách thức",
        ] {
            assert!(reads_as_title(title), "{title}");
        }
        for said in [
            "Chúng tôi sẽ làm rõ trách nhiệm của từng đơn vị.",
            "Đây là việc cấp bách. Các đơn vị phải vào cuộc",
            "Vì sao giá điện tăng?",
            "Nếu ngài thay đổi ý định, đừng ngần ngại gọi cho tôi",
        ] {
            assert!(!reads_as_title(said), "{said}");
        }
        assert!(!reads_as_title(&"rất dài ".repeat(9)));
    }

    #[test]
    fn a_sessions_number_right_after_its_noun_is_its_ordinal() {
        for s in [
            "kỳ họp 9 HĐND tỉnh Nghệ An",
            "Kỳ họp 7 Quốc hội khóa XIV",
            "phiên họp 27 của Ủy ban Thường vụ Quốc hội",
            // Before its time.
            "kỳ họp 20 từ 4 đến 5/3, Ủy ban",
            "kỳ họp 20 ngày 4-5/3, Ủy ban",
            "phiên họp 35 sáng 5/3, Ủy ban",
            "kỳ họp 8 vào ngày 5/3, Ủy ban",
        ] {
            let at = s.match_indices(' ').nth(1).unwrap().0;
            assert!(parse_name(s, at).ordinal.is_some(), "{s}");
        }
        for s in [
            "phiên họp 2 ngày của Hội đồng",
            "kỳ họp 3 tháng một lần",
            "Hội nghị 3 Bộ trưởng",
            // A day and its month.
            "phiên họp 22/03/2019 của Hội đồng",
            "phiên họp 5-3 của Hội đồng",
            "phiên họp 5.3.2019 của Hội đồng",
        ] {
            let at = s.match_indices(' ').nth(1).unwrap().0;
            assert!(parse_name(s, at).ordinal.is_none(), "{s}");
        }
        // A version or a thousand is no day and month.
        for (rest, date) in [
            ("22/03/2019", true),
            ("5-3 tới", true),
            ("5.3", true),
            ("4.0", false),
            ("1.000 đại biểu", false),
            ("32/3", false),
            ("20 năm", false),
        ] {
            let wend = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            assert_eq!(day_and_month_at(rest, wend), date, "{rest}");
        }
    }

    #[test]
    fn a_span_of_years_is_no_year_of_the_meeting() {
        for title in [
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2016-2021 khai mạc.",
            "Hội nghị sơ kết giai đoạn 2017 – 2020 của tỉnh diễn ra.",
            "Hội thảo kế hoạch 2021-2025 được tổ chức.",
            // A horizon: the year a plan aims at.
            "Hội thảo quy hoạch phát triển đô thị đến năm 2030 được tổ chức.",
            "Hội thảo \"Kế hoạch quốc gia về chất lượng nước đến năm 2025, tầm nhìn 2030\" diễn ra.",
            "Hội nghị chiến lược phát triển ngành tới năm 2035 diễn ra.",
        ] {
            // After the two words of the meeting noun.
            let n = parse_name(title, title.match_indices(' ').nth(1).unwrap().0);
            assert!(n.years.is_empty(), "{title}: {:?}", n.years);
        }
        // A year alone still is one.
        let s = "Hội nghị doanh nghiệp 2017 diễn ra.";
        assert_eq!(parse_name(s, "Hội nghị".len()).years[0].0, 2017);
    }

    #[test]
    fn a_quoted_names_edition_year_may_stand_before_its_subtitle() {
        let years = |s: &str| {
            let n = parse_name(s, s.match_indices(' ').nth(1).unwrap().0);
            n.years.iter().map(|(y, _)| *y).collect::<Vec<_>>()
        };
        for (open, close) in [("\"", "\""), ("“", "”")] {
            for sep in [" - ", " – ", ": "] {
                for (head, year) in [
                    ("Gặp gỡ mùa thu", 2019),
                    ("Người thợ giỏi ngày mai", 2018),
                    ("Diễn đàn Doanh nghiệp", 2021),
                ] {
                    let s = format!(
                        "Hội nghị {open}{head} {year}{sep}Hợp tác và phát triển{close} diễn ra."
                    );
                    assert_eq!(years(&s), [year], "{s}");
                }
                // A span, a horizon, and history told in full are no edition's.
                for quoted in [
                    format!("Kế hoạch 2016{sep}2020"),
                    format!("Tầm nhìn 2030{sep}Hành động hôm nay"),
                    format!("Chiến dịch mùa xuân trên toàn miền năm ấy 1975{sep}Bài học lịch sử"),
                ] {
                    let s = format!("Hội thảo {open}{quoted}{close} diễn ra.");
                    assert!(!years(&s).contains(&1975), "{s}");
                    assert!(!years(&s).contains(&2016), "{s}");
                    assert!(!years(&s).contains(&2030), "{s}");
                }
            }
        }
    }

    #[test]
    fn an_acronyms_number_after_a_dash_is_the_meetings() {
        for acronym in ["AMM", "ASEAN", "COP", "SOM"] {
            for dash in ["-", " -", " - ", "–", " – "] {
                let s = format!("Hội nghị {acronym}{dash}52 diễn ra tại Bangkok.");
                assert_eq!(
                    named(&s),
                    (format!("Hội nghị {acronym}{dash}52"), Some(52)),
                    "{s}"
                );
            }
        }
        // Another party, a year or a day after the dash: not the meeting's number.
        for s in [
            "Hội nghị ASEAN - Nhật Bản diễn ra.",
            "Hội nghị ASEAN - 2019 diễn ra.",
            "Hội nghị ASEAN - 12/11 diễn ra.",
        ] {
            assert_eq!(named(s).1, None, "{s}");
        }
    }

    #[test]
    fn periods_school_years_and_terms() {
        let s = "phiên họp Chính phủ thường kỳ tháng 7/2015, bàn";
        let n = parse_name(s, "phiên họp".len());
        assert_eq!((n.period_month, n.years[0].0), (Some(7), 2015));
        // The month and year with a dash or a dot: a periodic meeting's period.
        for (text, month) in [
            ("Phiên họp Chính phủ thường kỳ tháng 6-2016, Thủ tướng", 6),
            ("Cuộc họp giao ban tháng 3.2018, Giám đốc", 3),
        ] {
            let n = parse_name(text, text.find(' ').unwrap() + " họp".len());
            assert_eq!(n.period_month, Some(month), "{text}");
            assert_eq!(&text[..n.end], text.split(',').next().unwrap(), "{text}");
        }
        // Any other meeting is held in the month its name gives: no period.
        let s = "Hội nghị Bộ trưởng Quốc phòng ASEAN tháng 5/2016 tại Lào";
        let n = parse_name(s, "Hội nghị".len());
        assert_eq!((n.period_month, n.years[0].0), (None, 2016));
        let text = "Hội nghị thượng đỉnh liên Triều tháng 9-2016, hai bên";
        let n = parse_name(text, "Hội nghị".len());
        assert_eq!(&text[..n.end], "Hội nghị thượng đỉnh liên Triều tháng 9");
        let s = "Hội nghị Tổng kết năm học 2015 – 2016 triển khai nhiệm vụ";
        let n = parse_name(s, "Hội nghị".len());
        assert_eq!(n.school_year.map(|y| y.0), Some(2015));
        let s = &crate::text::fold(
            "Hội nghị lần thứ 7 Ban Chấp hành Trung ương Đảng khoá XII đã khai mạc",
        );
        let n = parse_name(s, "Hội nghị".len());
        assert_eq!((n.ordinal, n.term.map(|t| t.0)), (Some(7), Some(12)));
        let s = "Hội nghị Trung ương 5 khóa XIII khai mạc";
        let n = parse_name(s, "Hội nghị".len());
        assert_eq!((n.ordinal, n.term.map(|t| t.0)), (Some(5), Some(13)));
    }
}
