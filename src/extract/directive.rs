//! Directives, of two kinds:
//! - instructions an official gives at a conference (`chỉ đạo`, `đề nghị`, `yêu cầu`, `lưu ý`,
//!   enumerations `Một là … Năm là`, `Thứ nhất …`), each item its own directive, attached to
//!   the conference it was given at and dated as it;
//! - formal documents (`Chỉ thị số 27-CT/TW ngày 14/3/2019`, `Nghị quyết …`), dated by their
//!   issue date.

use std::cell::LazyCell;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::ingest::Article;
use crate::knowledge::Knowledge;

use super::lexicon::{self, CueForce};
use super::people::{names_in, People};
use super::{ArticleContext, ConferenceMention, Evidence, Paragraph, Sentence, TextDate};

/// A formal document named with its number.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DocumentRef {
    /// "Chỉ thị số 15-CT/TW"
    pub name: String,
    /// Matching key: kind and number, folded.
    pub key: String,
    /// The number carries its issuing code, so the key names one document across articles;
    /// without it, only within its article.
    #[serde(default)]
    pub coded: bool,
    /// The subject ("về …"), when the sentence gives it.
    pub subject: Option<String>,
    pub issuer: Option<String>,
    pub date: Option<TextDate>,
    /// A year written in the number ("15/2020/NĐ-CP"), for a document nothing else dates.
    pub number_year: Option<i32>,
    /// The number restarts every year and its symbol holds no year ("01/NQ-CP" is the
    /// Government's first resolution of each year): the key names one document only with its
    /// year.
    #[serde(default)]
    pub yearly: bool,
    /// The year its clause gives it, where the number needs one ([`DocumentRef::yearly`]):
    /// its issue date's, else the first year written after its name ("Nghị quyết 01/NQ-CP
    /// về … năm 2019").
    #[serde(default)]
    pub clause_year: Option<i32>,
    /// Reported as just issued, with no issue date ("Thủ tướng vừa ký ban hành Chỉ thị …", or
    /// "… đã ký ban hành Chỉ thị …" under a headline that reports its issue): issued about
    /// when the article was written.
    #[serde(default)]
    pub just_issued: bool,
}

/// One directive found in one paragraph.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DirectiveMention {
    pub evidence: Evidence,
    /// The paragraph as written.
    pub text: String,
    pub by: Option<String>,
    /// Index of the conference (in the article's mentions) it was given at.
    pub parent: Option<usize>,
    pub document: Option<DocumentRef>,
    /// Reported by an emphasis, a wish or advice ("nhấn mạnh … cần", "đề nghị", "lưu ý", a
    /// quotation), not by an explicit instruction ("yêu cầu", "chỉ đạo"): at a workshop, a
    /// round table or a forum it is a view (see [`drop_views`]).
    #[serde(default)]
    pub weak: bool,
    /// The day its sentence opens with ("Chiều 9-7, Thủ tướng đã có công điện yêu cầu …"):
    /// the day it was given, which dates it when it was given at no meeting; or a month or
    /// year written with its year ("Năm 2014, … đã yêu cầu …"), which dates it only when
    /// before the meeting it would otherwise be given at.
    #[serde(default)]
    pub day: Option<TextDate>,
    /// Its paragraph says it was said at a meeting named only by its kind ("Phát biểu chỉ đạo
    /// tại hội nghị, …"): the article's meeting, even one named only later.
    #[serde(default)]
    pub at_a_meeting: bool,
    /// Told as given before, at a time its sentence does not say ("Ông A cho biết, Bộ đã yêu
    /// cầu …", "Sở đã chỉ đạo …"): given at no meeting the article reports, even one its lead
    /// names later.
    #[serde(default)]
    pub recalled: bool,
}

/// Who gave the directives being read, and where.
#[derive(Debug, Clone)]
struct Giver {
    by: Option<String>,
    parent: Option<usize>,
    /// See [`DirectiveMention::weak`].
    weak: bool,
    /// See [`DirectiveMention::day`].
    day: Option<TextDate>,
    /// See [`DirectiveMention::recalled`].
    recalled: bool,
}

/// What the previous paragraphs set up.
#[derive(Debug, Default)]
pub(super) struct DirectiveState {
    /// An enumeration was announced ("chỉ đạo … 5 nhiệm vụ", "đề nghị:").
    enumeration: Option<Giver>,
    /// The previous paragraph was a directive (a quote that follows continues it).
    previous: Option<Giver>,
    /// The previous paragraph ended "… chỉ đạo:": this one is its content.
    colon: Option<Giver>,
    /// A resolution the article reports that tasks a body ([`resolution_tasking`]): the
    /// paragraphs after it where that body instructs tell the resolution's content.
    resolution: Option<Tasking>,
    /// A document header's number ("Số: 247/TB-VPCP") and its line, until its date line.
    header: Option<(String, usize)>,
    /// The last line of the article's lead ([`super::lead_end`]).
    pub(super) lead_end: usize,
    /// Whether the article holds a reporter's question ([`INTERVIEWER`]): read once, at its
    /// first paragraph under a speaker's label ([`interview_turn`]).
    asks: Option<bool>,
}

/// The directive cues: explicit instructions, requests and advice, and the opinions that
/// instruct only with an obligation after them ([`lexicon::DIRECTIVE_VERBS`]).
static CUE: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<&str> = [
        CueForce::Explicit,
        CueForce::Advice,
        CueForce::NeedsObligation,
        CueForce::Opinion,
    ]
    .into_iter()
    .flat_map(lexicon::directive_verbs)
    .chain([lexicon::ASSIGNING_VERB.word])
    .collect();
    Regex::new(&format!(r"(?i)\b({})\b", words.join("|"))).unwrap()
});
/// The cues of [`CUE`] but opinions, as written, lower case or capitalised: a literal search
/// (fast) that most sentences fail, so the word-bounded, case-blind [`CUE`] runs on few (an
/// opinion is a cue only beside another, see [`CueForce::Opinion`]).
static CUE_STEMS: LazyLock<Regex> = LazyLock::new(|| {
    let forms: Vec<String> = lexicon::DIRECTIVE_VERBS
        .iter()
        .filter(|v| !matches!(v.force, CueForce::ReportsOnly | CueForce::Opinion))
        .flat_map(|v| [v.word.to_string(), crate::text::capitalised(v.word)])
        .collect();
    Regex::new(&forms.join("|")).unwrap()
});
/// The first words (lower case) of the bodies and offices "giao" may assign a task to.
static ASSIGNEE_FIRSTS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut firsts: Vec<String> = ASSIGNEES
        .iter()
        .chain(lexicon::OFFICES)
        .chain(lexicon::BODY_HEADS)
        .filter_map(|w| w.split(' ').next())
        .map(str::to_lowercase)
        .collect();
    firsts.sort();
    firsts.dedup();
    firsts
});

/// Whether `t` holds "giao" before the first word of a body or an office it may assign a task
/// to ([`assigns`] reads it whole): the cheap test that lets a sentence with no other stem
/// reach [`CUE`], so that "giao thông" alone does not. A literal search and a look at the few
/// words after each "giao", no regex: the word is frequent and most of it is "giao thông".
fn may_assign(t: &str) -> bool {
    ["giao ", "Giao "].iter().any(|g| {
        t.match_indices(g).any(|(at, _)| {
            let window: String = t[at + g.len()..].chars().take(24).collect();
            let lower = window.to_lowercase();
            let object = lower.strip_prefix("cho ").unwrap_or(&lower);
            let object = object.strip_prefix("phó ").unwrap_or(object);
            ASSIGNEE_FIRSTS
                .iter()
                .any(|w| crate::text::starts_with_word(object, w))
        })
    })
}

/// The nouns [`TASKS`] counts, in the cases text writes them (lower, sentence, title and
/// upper case): a literal search that most sentences fail, so the case-blind, word-bounded
/// [`TASKS`] runs on few.
static TASK_NOUNS: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = ["nhiệm vụ", "giải pháp", "định hướng", "yêu cầu"];
    let title = |s: &str| {
        s.split(' ')
            .map(crate::text::capitalised)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let forms: Vec<String> = nouns
        .iter()
        .flat_map(|n| {
            let sentence = title(n.split(' ').next().unwrap()) + &n[n.find(' ').unwrap()..];
            [n.to_string(), sentence, title(n), n.to_uppercase()]
        })
        .collect();
    Regex::new(&forms.join("|")).unwrap()
});

/// An exhortation opening the clause after a cue ("nhấn mạnh, phấn đấu …", "nêu rõ: tuyệt đối
/// không để …", "nhấn mạnh, các địa phương khẩn trương …"): an obligation without "cần" or
/// "phải". Only at the clause's start or after its subject, so that a statement ("khẳng định,
/// Việt Nam kiên quyết phản đối …") is not one.
static HORTATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*[,:]?\s*(?:rằng\s+)?(?:(?:phấn đấu|quyết tâm|khẩn trương|kiên quyết|tuyệt đối không|không để|nhất định|hãy)\b|(?:các|mọi|mỗi|từng)\s+[^\s,.;]+(?:\s+[^\s,.;]+){0,3}\s+(?:phấn đấu|khẩn trương|tuyệt đối không|hãy)\b)").unwrap()
});
/// A speech the report calls one of direction, before its speaker ("Phát biểu chỉ đạo tại hội
/// nghị, …", "Cho ý kiến chỉ đạo, …", "Trong bài phát biểu chỉ đạo, …").
static DIRECTION_SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:phát biểu|ý kiến|lời|bài phát biểu|phần)\s+chỉ\s+đạo\b").unwrap()
});
static TASKS: LazyLock<Regex> = LazyLock::new(|| {
    let n = crate::text::TWO_TO_TEN_WORDS;
    Regex::new(&format!(
        r"(?i)\b(\d+|{n})\s+(nhiệm vụ|giải pháp|nhóm nhiệm vụ|định hướng|yêu cầu)\b"
    ))
    .unwrap()
});
/// Verbs that announce tasks ("đề ra 5 nhóm nhiệm vụ", "nêu 3 giải pháp").
static TASK_VERBS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:đề ra|nêu|chỉ ra|đặt ra|giao)\s*$").unwrap());
/// An instruction attributed after it was given: "Đó là yêu cầu của …", "Đây là phát biểu
/// chỉ đạo của …", in a sentence of its own or after the quotation in the same sentence
/// ("“Quyết tâm …” - đó là ý kiến chỉ đạo của …"; group 1 is that quotation).
static RETROSPECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)^\s*(?:([“"«][^”"»]+[”"»])\s*[,\-–—]?\s*)?(?:đó|đây)\s+(?:là|chính là)\s+(?:những\s+|các\s+)?(?:(?:phát biểu|ý kiến|bài phát biểu)\s+)?(?:yêu cầu|chỉ đạo|đề nghị|lưu ý|nhiệm vụ)\b[^.]*?\bcủa\b"#).unwrap()
});
/// A quotation attributed after it: `“…”, Thủ tướng nhấn mạnh.`, `"…" - ông nói.`. Group 1 is
/// the quotation's text, group 2 the reporting verb (the speaker stands right before it), one
/// of the [`lexicon::DIRECTIVE_VERBS`] that may follow a quotation.
static ATTRIBUTED: LazyLock<Regex> = LazyLock::new(|| {
    let verbs: Vec<&str> = lexicon::DIRECTIVE_VERBS
        .iter()
        .filter(|v| v.after_quote)
        .map(|v| v.word)
        .collect();
    Regex::new(&format!(r#"^\s*{CREDIT}[“"«](.+)[”"»]\s*[,\-–—]?\s*[^“”"«»]{{1,90}}?\s({})\s*(?:thêm|tiếp|rõ)?(?:\s+(?:điều này|như vậy))?(?:\s+(?:khi|tại|trong|lúc)\s[^“”"«».,;]{{0,60}}?\b(?:hội nghị|hội thảo|phiên|cuộc họp|buổi|kỳ họp|chủ trì|phát biểu|kết luận|bế mạc|khai mạc)\b[^“”"«».,;]*)?\s*[.!]?\s*$"#, verbs.join("|"))).unwrap()
});
/// An outlet's credit opening a lead ("GD&TĐ - ", "(PLVN) - ", "TTO - "), as a regex: capitals,
/// `&` and dots, maybe in brackets, then a dash.
const CREDIT: &str = r"(?:\(?[\p{Lu}&.]{2,12}\)?\s*[-–]\s*)?";
/// The most letters [`CREDIT`] spans: brackets, 12 capitals and the dash.
const CREDIT_LETTERS: usize = 15;

/// Whether `text` lays an obligation ("cần", "phải"), not the adjective "cần thiết", the
/// question "phải chăng", the copula "(không) phải là" or a degree ("đến mức phải").
fn obliges(text: &str) -> bool {
    duties(text).next().is_some()
}

/// Whether what follows a cue lays an obligation ([`obliges`]) that is not the modal of a
/// situation it describes ([`in_a_described_time`]).
fn obliges_after_cue(after: &str) -> bool {
    duties(after).any(|at| !in_a_described_time(&after[..at]))
}

/// Words that make what follows "lưu ý" a statement of fact, lower case: an aspect or a degree
/// of a state ("sản lượng đã giảm", "luôn biến động", "rất cần thiết", "có thể mở rộng", "đang
/// tăng").
const STATEMENT_WORDS: &[&str] = &["đã", "luôn", "rất", "có thể", "đang"];

/// How many words after "lưu ý" a [`STATEMENT_WORDS`] word must stand within: the predicate of
/// the fact's short subject ("thị trường gỗ luôn …"), not a word of a later clause.
const STATEMENT_WITHIN_WORDS: usize = 6;

/// Whether what follows "lưu ý" to its sentence's end (`after`) points out a fact: it opens
/// with "rằng", or a [`STATEMENT_WORDS`] word stands in its first words, and it lays
/// no duty on anyone (no modal, no exhortation): "lưu ý các huyện không tổ chức tiệc" tells
/// someone to act, "lưu ý sản lượng cá đã giảm" does not.
fn notes_a_fact(after: &str) -> bool {
    let clause = after
        .split(['.', ';', ':', '?', '!'])
        .next()
        .unwrap_or(after);
    if obliges_after_cue(clause) || HORTATIVE.is_match(clause) {
        return false;
    }
    let lower = clause
        .trim_start()
        .trim_start_matches(',')
        .trim_start()
        .to_lowercase();
    let head = lower
        .split_whitespace()
        .take(STATEMENT_WITHIN_WORDS)
        .collect::<Vec<_>>()
        .join(" ");
    crate::text::starts_with_word(&lower, "rằng")
        || STATEMENT_WORDS
            .iter()
            .any(|w| crate::text::contains_word(&head, w))
}

/// Whether every duty `text` lays ([`duties`]) is the consequence of a condition: its modal
/// right after "thì" ("… thu phí thiếu minh bạch như vậy thì cần có giải pháp").
fn only_conditional_duties(text: &str) -> bool {
    let mut duties = duties(text).peekable();
    duties.peek().is_some() && duties.all(|at| last_word(&text[..at]) == "thì")
}

/// Whether what follows a cue (`after`) is a condition and what befalls someone if it holds
/// ("… lưu ý nếu tăng phí quá cao thì rốt cuộc người tiêu dùng phải gánh"): a warning. Not when
/// the consequence lays the duty itself, its modal right after "thì" ("nếu … thì phải dừng
/// ngay"), nor when a duty stands before the consequence.
fn warns_of_consequence(after: &str) -> bool {
    let text = after.trim_start();
    let lower = text.to_lowercase();
    if !crate::text::starts_with_word(&lower, "nếu") {
        return false;
    }
    let Some(then) = crate::text::find_word(text, "thì") else {
        return false;
    };
    // "đề nghị nếu mở rộng thì nên xây thêm …": advice the consequence gives.
    let advised = ["nên", "hãy", "cần", "phải"]
        .iter()
        .any(|w| crate::text::starts_with_word(text[then + "thì".len()..].trim_start(), w));
    !advised && duties(text).all(|at| at > then && last_word(&text[..at]) != "thì")
}

/// Where the modals of `text` that lay a duty stand ([`obliges`]).
fn duties(text: &str) -> impl Iterator<Item = usize> + '_ {
    MODAL
        .find_iter(text)
        .filter(move |m| {
            // The next word without the punctuation after it ("… là rất cần thiết.").
            let next = text[m.end()..]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches(|c: char| !c.is_alphanumeric());
            let before = text[..m.start()].trim_end();
            // "… nghiêm trọng đến mức phải xem xét kỷ luật": a degree, not a duty laid on anyone.
            let degree = before.ends_with("mức");
            // "nhiều địa phương đang phải giãn cách", "doanh nghiệp buộc phải đóng cửa": what
            // someone has had to do, not a duty laid on them ("bắt buộc phải" is one).
            let last = last_word(before);
            let compelled = before.to_lowercase().ends_with("bắt buộc");
            // "để tránh phải làm lại nhiều lần", "khỏi phải chờ": a duty avoided, laid on
            // no one.
            let undergone = ["đang", "đã", "vẫn", "từng", "buộc", "tránh", "khỏi"]
                .contains(&last.as_str())
                && !compelled;
            // "nhất trí về việc phải sớm sửa đổi …": a need named as a thing agreed on or
            // spoken of, laid on no one.
            let named_need = ["về việc", "với việc", "đến việc", "tới việc"]
                .iter()
                .any(|w| crate::text::ends_with_word(&before.to_lowercase(), w));
            !["thiết", "chăng", "là"].contains(&next)
                && !before.ends_with("không")
                && !degree
                && !undergone
                && !named_need
        })
        .map(|m| m.start())
}

/// Whether the words before a modal (from the cue on) put it in a clause of time that
/// describes a situation after what the cue names ("chỉ rõ nguồn vốn bị lãng phí khi công trình
/// phải nằm chờ"), not a duty laid on anyone; a clause of time right after the cue frames
/// the duty ("yêu cầu khi triển khai phải bảo đảm an toàn").
fn in_a_described_time(before: &str) -> bool {
    /// Words that open what a cue is said of when it names whom it asks ("yêu cầu các chủ
    /// thuyền khi tham gia … phải …"): the clause of time then frames their duty.
    const ADDRESSEES: &[&str] = &[
        "các",
        "những",
        "mọi",
        "toàn",
        "cán bộ",
        "người",
        "ngành",
        "ban",
        "cơ quan",
        "đơn vị",
        "chính quyền",
        "địa phương",
        "lực lượng",
    ];
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    let lower = clause.to_lowercase();
    let said_of = lower.trim_start();
    if ADDRESSEES
        .iter()
        .chain(ASSIGNEES)
        .any(|w| crate::text::starts_with_word(said_of, w))
        || lexicon::starts_with_body(clause.trim_start())
    {
        return false;
    }
    // "khi" (and "trong khi"), "lúc": when; the first opens the clause of time.
    let Some(at) = ["khi", "lúc"]
        .iter()
        .filter_map(|w| crate::text::find_word(&lower, w))
        .min()
    else {
        return false;
    };
    // "trước khi", "ngay khi", "sau lúc": when the duty falls due.
    let framing = ["trước", "sau", "ngay", "mỗi"]
        .iter()
        .any(|w| crate::text::ends_with_word(lower[..at].trim_end(), w));
    !lower[..at].trim().is_empty() && !framing
}

/// Whether `text` lays an obligation ([`obliges`]) or gives advice with "nên" ([`advises`]).
/// "nên" is far more often the conjunction "so", which only a parse tells apart, so advice
/// counts only in a quotation an official is reported to have said at a meeting.
fn obliges_or_advises(text: &str) -> bool {
    static NEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bnên\b").unwrap());
    obliges(text)
        || NEN.find_iter(text).any(|m| {
            let next = text[m.end()..].split_whitespace().next().unwrap_or("");
            advises(text[..m.start()].trim_end(), next)
        })
}

/// Words before "nên" that make it the conjunction "so" ("vì vậy nên", "do đó nên", "cho
/// nên"), or that open a clause of cause ("vì", "do", "bởi") whose "nên" says what follows.
const SO_BEFORE: &[&str] = &["vậy", "đó", "thế", "cho", "mà"];
const CAUSE_OPENERS: &[&str] = &["vì", "do", "bởi", "nhờ", "tại"];

/// Whether "nên" after `before` (its clause so far) and before `next` is advice ("Bộ nên nắm
/// bắt thời cơ", "không nên chủ quan"), not the conjunction "so" or part of a verb ("trở
/// nên"): it needs a subject before it in its clause, no cause opening that clause ("Vì trời
/// mưa nên …"), and a verb after it, not a new clause ([`NEW_CLAUSE_AFTER`]).
fn advises(before: &str, next: &str) -> bool {
    let clause = before
        .rsplit([',', ';', ':', '.', '“', '"'])
        .next()
        .unwrap_or("");
    let words: Vec<String> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let Some(last) = words.last() else {
        return false;
    };
    let caused = words.iter().any(|w| CAUSE_OPENERS.contains(&w.as_str()));
    let next_lower = next.to_lowercase();
    // A clause of its own after it ("… thuận tiện nên nhiều người …", "… nên Sở sẽ …") or a
    // tense ("… nên đã dừng", "… nên sẽ đầu tư") makes it "so".
    let clause_after =
        NEW_CLAUSE_AFTER.contains(&next_lower.as_str()) || next.starts_with(char::is_uppercase);
    !SO_BEFORE.contains(&last.as_str())
        && !VERB_BEFORE.contains(&last.as_str())
        && !caused
        && !clause_after
}

/// Verbs "nên" completes ("trở nên", "tạo nên", "gây nên", "làm nên"): no advice.
const VERB_BEFORE: &[&str] = &["trở", "tạo", "gây", "làm", "dựng", "xây", "hóa", "hoá"];
/// Words after "nên" that open a clause of its own (a person, a quantifier, a tense): "so".
const NEW_CLAUSE_AFTER: &[&str] = &[
    "tôi", "chúng", "mình", "anh", "chị", "em", "họ", "ông", "bà", "nhiều", "các", "mọi", "những",
    "một", "cả", "ai", "đã", "sẽ", "đang", "vẫn", "không", "chưa", "mới", "lại", "cũng", "phải",
    "cần", "thì",
];

/// A speaker's own obligation ("chúng tôi phải", "tôi cần") is no instruction to others.
static FIRST_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:tôi|chúng tôi|chúng ta|mình)\s+(?:\S+\s+)?(?:cần|phải|nên)\b").unwrap()
});
/// Whether a cue instructs explicitly ([`CueForce::Explicit`]); every other cue is an opinion,
/// a wish or advice (weak).
fn explicit(word: &str) -> bool {
    lexicon::cue_force(word) == Some(CueForce::Explicit)
}

/// Drops the directives reported by an emphasis, a wish or advice ([`DirectiveMention::weak`])
/// at a workshop, a round table or a forum, or at a meeting among nations: there speakers
/// give views and positions. Run once every directive has its conference.
pub(super) fn drop_views(
    directives: &mut Vec<DirectiveMention>,
    conferences: &[ConferenceMention],
    k: &Knowledge,
) {
    directives.retain(|d| {
        let views = d
            .parent
            .and_then(|p| conferences.get(p))
            .is_some_and(|c| c.meeting_kind.is_discussion() || among_nations(&c.title, k));
        !(d.weak && views)
    });
}

/// Whether a meeting's title names a meeting among nations: it names a country or an
/// international body of the knowledge file as a whole word ("Hội nghị Bộ trưởng Ngoại giao
/// ASEAN", "Hội nghị Cấp cao G20"), and not a meeting of Viet Nam's own ("Ủy ban Quốc gia
/// APEC 2017", "Hội nghị toàn quốc …", "… của Việt Nam", a ministry's review of its work).
fn among_nations(title: &str, k: &Knowledge) -> bool {
    let lower = title.to_lowercase();
    let domestic = [
        "quốc gia",
        "toàn quốc",
        "việt nam",
        "chính phủ",
        "ban chỉ đạo",
        "của bộ",
        "tổng kết",
        "sơ kết",
        "triển khai",
    ]
    .iter()
    .any(|w| crate::text::contains_word(&lower, w));
    !domestic
        && k.foreign_parties
            .iter()
            .any(|p| crate::text::contains_word(title, p))
}

static MODAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(cần|phải|cần phải)\b").unwrap());
static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    let n = crate::text::TWO_TO_TEN_WORDS;
    Regex::new(&format!(
        r"(?i)^\s*(?:(?:một|tư|{n}) là\b|thứ (?:nhất|tư|{n})\b|[-+•–]\s|\d{{1,2}}[.)]\s|[a-zđ]\)\s)"
    ))
    .unwrap()
});
/// A document named with its number (group 3), its symbol written solid ("40-CT/TW") or, as
/// some pages write it, with spaces between its parts ([`SPACED_SYMBOL`]: "40 - CT / TW", "20 /
/// CT - TTg", "số 10/2019/ NĐ-CP").
///
/// [`SPACED_SYMBOL`]: crate::extract::lexicon::SPACED_SYMBOL
static DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    let spaced = crate::extract::lexicon::SPACED_SYMBOL;
    Regex::new(&format!(r"\b(Chỉ thị|Nghị quyết|Kết luận|Quyết định|Công điện|Quy định|Thông báo kết luận|Thông báo|Kế hoạch)(?:\s+khẩn)?\s+(số\s*:?\s*)?(\d+(?:[\w/\-.⁄]*\w)?{spaced}|\d+[\w/\-.⁄]*\w)"))
        .unwrap()
});
/// What may stand between a document's number and its issue date ("…-KL/TW, ngày 16/6/2020",
/// "… được ban hành ngày 06/09/2017", "… ngày 14/3/2019 của Ban Bí thư").
static ISSUE_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\s,]*(?:(?:của|do)\s+[^,.;]{1,50}?\s*,?\s*)?(?:(?:đã\s+)?(?:được\s+)?(?:ký\s+)?(?:ban hành|ký)\s+)?(?:vào\s+)?(?:ngày\s*:?\s*)?$").unwrap()
});
/// What may stand between an issue date and the document it dates ("Ngày 31/3/2020, Thủ tướng
/// ban hành Chỉ thị …", "chiều nay 9 tháng 10 năm 2015, Thủ tướng đã ký ban hành Công điện …").
static ISSUED_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:ban hành|ký|công bố)\b[^.;]{0,20}$").unwrap());
/// An official document's header: its number ("Số: 247/TB-VPCP") …
static HEADER_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*Số\s*:\s*(\d+[\w/\-.⁄]*\w)\s*$").unwrap());
/// … and, a few lines later, its place and date ("Hà Nội, ngày 23 tháng 9 năm 2018").
static HEADER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\p{Lu}[\p{L} .]{1,30},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$")
        .unwrap()
});
static NUMBER_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"/((?:19|20)\d{2})/").unwrap());
/// The issuer named after a document's number: "… của UBND tỉnh A về …", "… ngày 5/3 của Bộ
/// Y tế", "… năm 2016 của UBND tỉnh A", "… ban hành ngày 15/9 của UBND tỉnh A": group 1, up to its own date, subject, verb,
/// clause end or a quotation of the document ("… của UBND huyện A tháng 10/2018 về …", "… của
/// Hội đồng Thẩm phán: “Không cho …”"), a bracket, the next clause's link or adverb ("… của
/// UBND tỉnh thì …", "… của Chủ tịch UBND cũng …") or a second item ("… và các khuyến nghị",
/// "… và Kế hoạch số …").
static ISSUER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*,?\s*(?:(?:được\s+)?(?:ký\s+)?(?:ban hành|ký)\s+)?(?:(?:(?:vào\s+)?ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?|[\d/.\-]+)|năm\s+\d{4})\s*,?\s+)?của\s+([^,;:()\x22“”]+?)(?:\s+(?:ngày|tháng|về|năm|ban hành|đã|nhằm|trong|do|có|được|phê duyệt|hướng dẫn|quy định|giao|yêu cầu|chỉ đạo|thành lập|công bố|sửa đổi|bổ sung|như sau|thì|cũng|sẽ|đang|vừa|và (?:các|những|Kế hoạch|Quyết định|Chỉ thị|Nghị quyết|Công văn|Thông báo|Luật))\b|\s*[,;.:()\x22“”]|$)").unwrap()
});
/// The words of a criminal case: a decision that brings a case to trial, charges or detains
/// ("Quyết định số 03/2017/HSST-QĐ … đưa vụ án ra xét xử", "quyết định khởi tố bị can") is a
/// step of the case, not an instruction of those in office.
static CASE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:xét xử|truy tố|khởi tố|tạm giam|bắt giam|bị cáo|bị can|tống đạt|kháng nghị|bản án)\b").unwrap()
});
/// Courts, procuracies and investigators: a document they issue is a step of a case.
static JUDICIAL_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:tòa án|toà án|TAND|VKSND|viện kiểm sát|cơ quan (?:cảnh sát )?điều tra|cơ quan CSĐT)").unwrap()
});

/// What a document is about, up to the end of its clause; a dot between digits ("ngày
/// 31.12.2021", "1.000 tỷ đồng") is not one.
static SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bvề\s+((?:[^,;.()]|\.\d)+)").unwrap());

/// Who proposes rather than instructs: a cue right after one of these ("có đại biểu đề nghị",
/// "cử tri kiến nghị", "nhiều doanh nghiệp đề nghị Bộ …", "một số ý kiến đề nghị") reports a
/// proposal put to those in charge, not a directive of theirs. Up to six words (a name, a
/// constituency) may stand between. "Thủ tướng có ý kiến chỉ đạo" is an official's directing
/// opinion: a bare "ý kiến" proposes nothing.
static PETITIONER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:đại biểu|cử tri|doanh nghiệp|người dân|nhân dân|hiệp hội|nhà đầu tư|nhà khoa học|chuyên gia|(?:một số|nhiều|các|những) ý kiến|luật sư|phụ huynh|người lao động)(?:\s+[^\s.,;:!?“”]+){0,6}?\s*(?:\([^()]{1,40}\)\s*)?(?:cũng\s+|đã\s+|thì\s+)?$").unwrap()
});

/// Authorities a request is put to, by the folded lower-case words that open the addressee,
/// and the givers who still instruct them (the Party's leadership instructs the Government).
const HIGHER: &[(&str, &[&str])] = &[
    ("quốc hội", &[]),
    ("bộ chính trị", &[]),
    ("ban bí thư", &["bộ chính trị"]),
    ("tổng bí thư", &[]),
    ("chủ tịch nước", &[]),
    ("trung ương", &["bộ chính trị", "ban bí thư", "tổng bí thư"]),
    (
        "thủ tướng",
        &[
            "tổng bí thư",
            "bộ chính trị",
            "ban bí thư",
            "quốc hội",
            "chủ tịch quốc hội",
        ],
    ),
    (
        "chính phủ",
        &[
            "tổng bí thư",
            "bộ chính trị",
            "ban bí thư",
            "quốc hội",
            "chủ tịch quốc hội",
        ],
    ),
    (
        "bộ trưởng",
        &[
            "thủ tướng",
            "tổng bí thư",
            "chủ tịch nước",
            "chủ tịch quốc hội",
            "bộ chính trị",
        ],
    ),
];

/// Addressees abroad or between equals: "phía Trung Quốc", "các nước", "các đối tác", "cộng
/// đồng quốc tế", "hai bên", "hai nước", and the partner a diplomat calls "Bạn" or "Ngài".
const FOREIGN_ADDRESSEES: &[&str] = &[
    "phía ",
    "các nước",
    "các đối tác",
    "cộng đồng quốc tế",
    "liên hợp quốc",
    "các bên",
    "hai bên",
    "hai nước",
    "nước bạn",
    "bạn ",
    "ngài ",
];

/// Whether a request (`after`, lower case, what follows the cue) is put to a higher authority
/// than the one asking (`clause`, the text before the cue) or to a foreign party.
fn addressed_upward(clause: &str, written: &str, k: &Knowledge) -> bool {
    // "đề nghị sau hội nghị này, Thủ tướng sớm chỉ đạo …": a time told first, then the
    // addressee.
    let written = without_leading_time(written);
    let after = written.to_lowercase();
    let giver = clause.to_lowercase();
    let higher = HIGHER.iter().any(|(addressee, above)| {
        after.starts_with(addressee) && !above.iter().any(|g| giver.contains(g))
    });
    // "đề nghị Nga sớm cấp phép …": a country or an international body of the knowledge file.
    let foreign_party = k.foreign_parties.iter().any(|p| {
        written
            .strip_prefix(p.as_str())
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    });
    higher || foreign_party || FOREIGN_ADDRESSEES.iter().any(|a| after.starts_with(a))
}

/// Words that open a time adverbial before a request's addressee, lower case ("sau hội nghị
/// này,", "trong thời gian tới,", "ngay trong tháng 6,").
const LEADING_TIME_WORDS: &[&str] = &["sau", "trong", "từ", "ngay", "thời gian", "trước", "đến"];

/// The most words of a time adverbial before a request's addressee.
const MAX_LEADING_TIME_WORDS: usize = 6;

/// `written` (what follows a cue) without the time adverbial it may open with, up to its
/// comma ([`LEADING_TIME_WORDS`]); itself when it opens with none.
fn without_leading_time(written: &str) -> &str {
    let Some((time, rest)) = written.split_once(',') else {
        return written;
    };
    let lower = time.to_lowercase();
    let opens = LEADING_TIME_WORDS
        .iter()
        .any(|w| crate::text::starts_with_word(lower.trim_start(), w));
    match opens && time.split_whitespace().count() <= MAX_LEADING_TIME_WORDS {
        true => rest.trim_start(),
        false => written,
    }
}

/// What a request opens with when it asks leave for the asker's own act: "xin", "được", "cho
/// phép" ("Bộ … đề nghị được giữ quy định …", "đề nghị cho phép thí điểm …").
const LEAVE_WORDS: &[&str] = &["xin", "được", "cho phép"];

/// Words of putting off ([`seeks_leave`]) before the asker's own submission: "đề nghị chưa
/// trình dự án luật", "đề nghị lùi thời gian trình …", "đề nghị hoãn trình …".
const PUTTING_OFF: &[&str] = &["chưa", "lùi", "hoãn", "rút"];

/// The most words between putting off and the submission it puts off ("lùi thời gian trình").
const MAX_PUT_OFF_WORDS: usize = 3;

/// Whether a request (`after`, lower case, what follows "đề nghị") asks leave for the asker's
/// own act, or puts off the asker's own submission to a higher body: a proposal upward, no one
/// instructed ("Chính phủ đề nghị chưa trình dự án Luật …", "Ủy ban đề nghị được giữ nguyên phương án
/// …"). A request that others not do something ("đề nghị không để …") still instructs.
fn seeks_leave(after: &str) -> bool {
    if LEAVE_WORDS
        .iter()
        .any(|w| crate::text::starts_with_word(after, w))
    {
        return true;
    }
    let mut words = after.split_whitespace();
    PUTTING_OFF.contains(&words.next().unwrap_or(""))
        && words.take(MAX_PUT_OFF_WORDS).any(|w| w == "trình")
}

/// Words before a cue that deny it ("không chỉ đạo", "chưa yêu cầu"), alone or before "hề"
/// ("không hề chỉ đạo").
const NEGATIONS: &[&str] = &["không", "chưa", "chẳng", "chả"];

/// Words right before a cue that make it no instruction given now: a petition put upward
/// ("kính đề nghị") or an instruction promised for later ("sẽ chỉ đạo", and "sẽ tiếp tục yêu
/// cầu", see [`denied`]).
const ASKED_OR_LATER: &[&str] = &["kính", "sẽ"];

/// The text before a cue ends by denying it, by asking for it or putting it off
/// ([`ASKED_OR_LATER`]), or by "từng", which denies it ("chưa từng yêu cầu"), tells of a past
/// habit ("từng chỉ đạo") or counts it as a noun ("tùy theo từng yêu cầu"): no instruction of
/// the day in any case.
fn denied(before: &str) -> bool {
    let mut words = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    match words.next().as_deref() {
        Some("từng") => true,
        Some(w) if ASKED_OR_LATER.contains(&w) => true,
        Some("tục") => {
            words.next().as_deref() == Some("tiếp") && words.next().as_deref() == Some("sẽ")
        }
        Some("hề") => words
            .next()
            .is_some_and(|w| NEGATIONS.contains(&w.as_str())),
        Some(w) => NEGATIONS.contains(&w),
        None => false,
    }
}

/// Whether the clause before a cue ends in the passive with no agent, or a pronoun for one
/// ("bị đề nghị truy tố", "được yêu cầu báo cáo", "đã được chúng tôi yêu cầu khắc phục"): a
/// request received and told of, not an instruction given. A named agent ("được Bộ trưởng yêu
/// cầu báo cáo trước cuối tháng") reports that agent's instruction, which stays.
fn received(clause: &str) -> bool {
    const PRONOUNS: &[&str] = &["", "chúng tôi", "tôi", "họ", "chúng ta", "ta", "mình"];
    let lower = format!(" {}", clause.to_lowercase());
    let lower = lower.trim_end();
    [" được", " bị"].iter().any(|w| {
        lower
            .rfind(w)
            .is_some_and(|i| PRONOUNS.contains(&lower[i + w.len()..].trim()))
    })
}

/// Whether "chỉ đạo" after `before` (its clause `lower_clause`, lower case) names direction
/// rather than gives it: the pair of nouns "lãnh đạo, chỉ đạo" / "lãnh đạo và chỉ đạo" (the
/// leadership and direction of a body, in an assessment), or the work of helping another body
/// direct ("tham mưu giúp Tỉnh ủy chỉ đạo …", "giúp Bộ chỉ đạo …").
fn described_direction(before: &str, lower_clause: &str) -> bool {
    let lower = before.trim_end().to_lowercase();
    let pair = lower
        .strip_suffix(',')
        .or_else(|| lower.strip_suffix(" và"))
        .is_some_and(|head| crate::text::ends_with_word(head.trim_end(), "lãnh đạo"));
    let helping = ["giúp", "tham mưu"]
        .iter()
        .any(|w| crate::text::contains_word(lower_clause, w));
    pair || helping
}

/// "xin chỉ đạo", "xin ý kiến chỉ đạo": direction asked for from above, where "xin đề nghị" is
/// a polite request.
fn asks_for_direction(before: &str, cue: &str) -> bool {
    let before = before.trim_end().to_lowercase();
    let before = before
        .strip_suffix("ý kiến")
        .map_or(before.as_str(), str::trim_end);
    matches!(cue.to_lowercase().as_str(), "chỉ đạo" | "chỉ thị") && last_word(before) == "xin"
}

/// Words before a cue that make it a noun ("sự chỉ đạo", "đáp ứng yêu cầu").
const NOUN_BEFORE: &[&str] = &[
    "sự", "theo", "của", "các", "những", "ứng", "nhiều", "là", "được", "có", "với", "và", "cao",
    "mới", "này", "đó", "đề", "ra", "vấn", "nhu", "cầu", "trên",
    // "trách nhiệm trong chỉ đạo", "việc chỉ đạo", "công tác chỉ đạo": the noun, in an
    // assessment.
    "trong", "việc", "tác", "về",
    // "hồ sơ yêu cầu", "đạt yêu cầu", "đúng yêu cầu", "văn bản chỉ đạo", "chú trọng chỉ
    // đạo", "tăng cường chỉ đạo": the noun, object of another verb or head of a compound.
    "sơ", "đạt", "đúng", "bản", "trọng", "cường",
    // "đảm bảo yêu cầu chữa cháy", "bảo đảm yêu cầu": meeting requirements.
    "bảo", // "Ban Chỉ đạo …" is a body, not an instruction.
    "ban",
];

/// Words of [`NOUN_BEFORE`] that are also given names ("Nguyễn Phú Trọng yêu cầu"): they make
/// the cue a noun only when written in lower case.
const ALSO_NAMES: &[&str] = &["trọng", "cường", "đạt", "bảo"];

/// Words for a way of doing before a cue, lower case: "chuyển phương thức chỉ đạo điều hành"
/// names a way of directing, a noun ("chính thức yêu cầu" is the verb).
const MANNER_NOUNS: &[&str] = &["phương thức", "cách thức", "hình thức"];

/// Most words of a noun that "sự" makes of a verb ahead of a list ([`in_a_list_of_nouns`]).
const LISTED_NOUN_WORDS: usize = 3;

/// Whether the cue follows a comma after a noun made with "sự" ("cảm ơn sự quan tâm, chỉ đạo
/// kịp thời của Bộ", "dưới sự lãnh đạo, chỉ đạo của …"): one more noun of its list, as
/// "sự quan tâm và chỉ đạo" is.
fn in_a_list_of_nouns(before: &str) -> bool {
    let Some(rest) = before.trim_end().strip_suffix(',') else {
        return false;
    };
    let item = rest.rsplit([',', ';', ':', '.']).next().unwrap_or(rest);
    let words: Vec<String> = item.split_whitespace().map(str::to_lowercase).collect();
    words
        .iter()
        .rposition(|w| w == "sự")
        .filter(|&at| {
            words
                .get(at + 1)
                .is_some_and(|next| !EVENT_AFTER_SU.contains(&next.as_str()))
        })
        .is_some_and(|at| words.len() - at - 1 <= LISTED_NOUN_WORDS)
}

/// Most words between "sự" and a cue it makes a noun with them ([`in_a_noun_made_by_su`]).
const NOUN_WORDS_BEFORE_CUE: usize = 2;

/// Words before "sự" when it makes a noun of the verbs after it ("được sự quan tâm", "với sự
/// tham gia", "dưới sự lãnh đạo"); elsewhere "sự" may be a syllable of another word ("dân sự",
/// "quân sự", "thực sự").
const TAKES_A_SU_NOUN: &[&str] = &[
    "được", "nhờ", "với", "có", "của", "và", "dưới", "cùng", "thiếu", "qua", "theo", "trước",
    "bằng", "vì", "do",
];

/// Words after "sự" that make a noun of an event, not of an act ("sự cố", "sự kiện", "sự việc",
/// "sự vụ"): "Sau sự cố, chỉ đạo …", "Khi có sự cố đề nghị …" still instruct.
const EVENT_AFTER_SU: &[&str] = &["cố", "kiện", "việc", "vụ"];

/// Whether the cue ends a noun that "sự" opens a word or two before it ("nhờ sự quan tâm chỉ
/// đạo", "với sự sâu sát chỉ đạo", "Sự quan tâm chỉ đạo của Bộ …"): a compound noun of acts,
/// as "sự chỉ đạo" is, not an instruction. The words between are lower case (not a name that
/// gives the cue: "Cục Hải sự Nam Thành yêu cầu") and name no event ([`EVENT_AFTER_SU`]), and
/// "sự" opens its clause or follows a word that takes a noun ([`TAKES_A_SU_NOUN`]).
fn in_a_noun_made_by_su(before: &str) -> bool {
    let tail = crate::text::tail(before.trim_end(), 48);
    let clause = tail
        .rsplit([',', ';', ':', '.', '"', '“', '('])
        .next()
        .unwrap_or(tail);
    // The last few words are enough: "sự", the word before it and the noun's words.
    let words: Vec<&str> = clause
        .split_whitespace()
        .rev()
        .take(NOUN_WORDS_BEFORE_CUE + 2)
        .collect();
    let Some(su) = (1..words.len()).find(|&i| words[i].eq_ignore_ascii_case("sự")) else {
        return false;
    };
    let between = &words[..su];
    let opens = su + 1 == words.len() && clause.split_whitespace().count() == su + 1;
    let taken = words
        .get(su + 1)
        .is_some_and(|w| TAKES_A_SU_NOUN.contains(&w.to_lowercase().as_str()));
    between.len() <= NOUN_WORDS_BEFORE_CUE
        && (opens || taken)
        && between.iter().all(|w| w.starts_with(char::is_lowercase))
        && !EVENT_AFTER_SU.contains(&between[between.len() - 1])
}

/// Whether the word before the cue `cue` makes it a noun ([`NOUN_BEFORE`], [`MANNER_NOUNS`]).
pub(super) fn noun_before(before: &str, cue: &str) -> bool {
    if in_a_list_of_nouns(before) || in_a_noun_made_by_su(before) {
        return true;
    }
    let lower = crate::text::tail(before.trim_end(), 24).to_lowercase();
    if MANNER_NOUNS
        .iter()
        .any(|n| crate::text::ends_with_word(&lower, n))
    {
        return true;
    }
    let word = last_word(before);
    let written_lower = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| w.starts_with(char::is_lowercase));
    NOUN_BEFORE.contains(&word.as_str())
        && (written_lower || !ALSO_NAMES.contains(&word.as_str()))
        && !(word == "ban" && heads_a_board(before) && cue.to_lowercase() != "chỉ đạo")
}

/// Whether `before` ends with the title of one who heads a board ("Trưởng ban", "Phó ban",
/// "Phó Trưởng ban"): a person, who may instruct ("Trưởng ban yêu cầu"), though "Trưởng Ban
/// Chỉ đạo" still heads the steering committee.
fn heads_a_board(before: &str) -> bool {
    let lower = before.trim_end().to_lowercase();
    let Some(head) = lower.strip_suffix("ban") else {
        return false;
    };
    matches!(last_word(head).as_str(), "trưởng" | "phó")
}

fn last_word(s: &str) -> String {
    s.trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// Lines a directive may follow the meeting named just before it and still be given there
/// (the next paragraph: a blank line between).
const NEXT_PARAGRAPH_LINES: usize = 2;

/// The meeting a directive of the paragraph on `line` was given at: one held that the
/// paragraph itself names; else the article's first dated one named in its lead (up to line
/// `lead_end`), the meeting it reports, which a meeting recalled later in the background
/// ("tại Hội nghị Trung ương 8 trước đó") does not displace; else the last one named in the
/// lead or the paragraph before. A meeting first named deep in an article that reports
/// something else (a visit, an inspection, a document) is not where its instructions were
/// given.
fn conference_at(
    conferences: &[ConferenceMention],
    line: usize,
    lead_end: usize,
    at_a_meeting: bool,
) -> Option<usize> {
    let last = conferences.iter().rposition(ConferenceMention::held)?;
    let last_line = conferences[last].evidence.line;
    if last_line == line {
        return Some(last);
    }
    // "Phát biểu chỉ đạo tại phiên họp, Thủ tướng yêu cầu …": said at the article's meeting,
    // wherever the article names it.
    if at_a_meeting {
        let dated = conferences
            .iter()
            .position(|c| c.held() && c.date.is_some());
        return dated.or(Some(last));
    }
    let near = last_line <= lead_end || last_line + NEXT_PARAGRAPH_LINES >= line;
    conferences
        .iter()
        .position(|c| c.held() && c.date.is_some() && c.evidence.line <= lead_end)
        .or(near.then_some(last))
}

/// A paragraph that says its words were said at a meeting it names only by its kind ("Phát
/// biểu chỉ đạo tại phiên họp, …", "Cũng tại hội nghị lần này, …", "Kết luận cuộc họp, …"),
/// where a word begins ([`crate::text::find_at_word_start`]).
static AT_A_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    let nouns: Vec<String> = lexicon::MEETING_NOUNS
        .iter()
        .chain(&["làm việc", "phiên thảo luận"])
        .map(|n| regex::escape(n))
        .collect();
    Regex::new(&format!(
        r"(?i)(?:tại|trong|ở|kết luận|bế mạc|khai mạc)\s+(?:buổi\s+|cuộc\s+)?(?:{})(?:\s+(?:này|lần này|hôm nay|sáng nay|chiều nay|nói trên|trên))?\s*[,.;:]",
        nouns.join("|")
    ))
    .unwrap()
});

/// Words that may open a sentence before the day it gives ("Trước đó, chiều 18-5, …", "Sáng
/// nay (5/3), …", "(PLVN) - Ngày 5/3, …"), lower case.
const OPENING_TIME_WORDS: &[&str] = &[
    "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "nay", "qua", "vào", "trước", "sau",
    "đó", "tiếp", "cũng", "đồng", "thời", "trong", "khi", "năm", "tháng", "hồi", "đầu", "cuối",
    "giữa",
];

/// The day sentence `s` opens with, before its cue at byte `cue` ("Chiều 9-7, Thủ tướng đã có
/// Công điện yêu cầu …", "Ngày 5/3, UBND tỉnh yêu cầu …"): the day the instruction was given;
/// or a month or year written with its year ("Năm 2014, … đã yêu cầu …"). Only one date, not a
/// range, with nothing but time words ([`OPENING_TIME_WORDS`]) and an outlet's credit ("(PLVN)
/// -") before it.
fn opening_day(s: &Sentence, ctx: &ArticleContext, cue: usize) -> Option<TextDate> {
    let t = s.folded();
    let d = s.dates.first()?;
    let (at, end) = (d.span.start - s.range.start, d.span.end - s.range.start);
    // A day, or a year written ("Năm 2014, qua công tác kiểm tra …, Ủy ban … đã yêu cầu …"),
    // which the timeline keeps only when it is before the meeting's.
    if end > cue || d.end.is_some() || d.start.day.is_none() && d.start.year.is_none() {
        return None;
    }
    let before = t[..at].trim_start();
    let before = match before.strip_prefix('(') {
        Some(credit) => credit
            .split_once(')')
            .map_or(before, |(_, rest)| rest.trim_start_matches([' ', '-', '–'])),
        None => before,
    };
    let words = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    let only_time = words
        .enumerate()
        .all(|(i, w)| i < 4 && OPENING_TIME_WORDS.contains(&w.as_str()));
    only_time.then(|| ctx.read(s, d)).flatten()
}

/// A reporting verb ("cho biết", "nói rằng", or "thông tin", "chia sẻ", "trả lời", "giải thích"
/// before a comma, a colon, "rằng" or "là"): what follows is a report.
static REPORTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:cho biết|nói(?:\s+(?:thẳng|rõ|thêm))?\s*,?\s*rằng\b|(?:thông tin|chia sẻ|trả lời|giải thích|kể lại)\s*(?:thêm\s*)?(?:[,:]|\brằng\b|\blà\b))")
        .unwrap()
});

/// Whether the cue at `cue` of `t` is a word of what a speaker reports ([`REPORTS`]) with no
/// giver of its own in the report ("Bộ trưởng cho biết, trong 5 năm qua, công tác học tập,
/// quán triệt … đã được triển khai"): the speaker tells what was done; they instruct no one.
/// A report that names its own giver ("… cho biết Thủ tướng đã có công điện yêu cầu …")
/// reports that giver's instruction, and one whose subject is the speaker ("… cho biết, ông đã
/// yêu cầu …") their own.
fn in_report(people: &People, t: &str, cue: usize, k: &Knowledge) -> bool {
    REPORTS.find_iter(&t[..cue]).any(|r| {
        let report = &t[r.end()..cue];
        giver_of(people, t, r.start(), k).is_some()
            && !speaks_of_self(report)
            && giver_of(people, report, report.len(), k).is_none()
    })
}

/// Whether the text before a cue tells what a body or an office has done or just did ("Sở Xây
/// dựng đã yêu cầu …", "UBND tỉnh vừa có công văn chỉ đạo …", "Thủ tướng đã yêu cầu …" with
/// no person of that title named before): an instruction given before, at no meeting the
/// article reports unless its sentence names it. A named person's "đã" is read on: a
/// meeting's report often tells what its chair "đã yêu cầu" there.
fn reports_done(people: &People, before: &str, k: &Knowledge) -> bool {
    let (subject, issued) = match issued_in(before) {
        Some(r) => (&before[..r.start], before[r].trim_start()),
        None => (before.trim_end(), ""),
    };
    let perfect = ["đã", "vừa"]
        .iter()
        .any(|w| issued.starts_with(w) || issued.is_empty() && subject.ends_with(w));
    perfect && people.speaker(subject, subject.len(), k).is_none()
}

/// Extracts the directives of one paragraph.
#[allow(clippy::too_many_arguments)]
pub(super) fn extract(
    a: &Article,
    para: &Paragraph,
    sents: &[Sentence],
    ctx: &mut ArticleContext,
    people: &People,
    k: &Knowledge,
    state: &mut DirectiveState,
    conferences: &[ConferenceMention],
    out: &mut Vec<DirectiveMention>,
) {
    for s in sents
        .iter()
        .filter(|s| s.folded().bytes().any(|b| b.is_ascii_digit()))
    {
        documents(a, s, ctx, out);
    }
    if header(a, para, sents, ctx, state, out) {
        return;
    }
    let line = para.line;
    // A photo's caption ("Bộ trưởng phát biểu chỉ đạo tại hội nghị. (Ảnh: …)") shows someone
    // speaking; it gives no instruction, and ends what came before. Nor does a turn of an
    // interview: a reporter's question, or the answer to it.
    if crate::text::is_caption(para.folded()) || interview_turn(a, para.folded(), state) {
        state.previous = None;
        state.enumeration = None;
        return;
    }
    // Read only for a paragraph that gives a directive (most give none).
    let at_a_meeting =
        LazyCell::new(|| crate::text::find_at_word_start(&AT_A_MEETING, para.folded()).is_some());
    // Instructions in the paragraph after another's go on from the same speech.
    let previous_parent = state.previous.as_ref().and_then(|g| g.parent);
    let lead_end = state.lead_end;
    // "Thời điểm đó, Bộ … đề nghị …": told of an earlier time, not at the article's meeting
    // unless the paragraph names that meeting itself.
    let earlier = lexicon::told_of_before(para.folded());
    let parent = LazyCell::new(|| match earlier {
        true => conference_at(conferences, line.number, lead_end, false)
            .filter(|&i| conferences[i].evidence.line == line.number),
        false => {
            conference_at(conferences, line.number, lead_end, *at_a_meeting).or(previous_parent)
        }
    });
    let read_sentences = || spoken_in(people, k, ctx, para, sents, conferences, &|| *parent);
    let tasking = resolution_tasking(para.folded());
    let given = given(para, state, read_sentences).map(|(g, q)| (resolution_content(g, state), q));
    if tasking.is_some() {
        state.resolution = tasking;
    }
    let Some((giver, quote)) = given else {
        return;
    };
    // Most paragraphs give no directive: nothing is copied until one does.
    let text = para.text().trim();
    // A paragraph that is an instruction as a whole (an enumerated item, the content after
    // "chỉ đạo:", a quotation that continues one) is quoted by its first sentence, the one
    // that carries the claim; `text` keeps the paragraph.
    let quote = quote.unwrap_or_else(|| {
        sents
            .first()
            .map(Sentence::quote)
            .unwrap_or_else(|| text.to_string())
    });
    out.push(DirectiveMention {
        evidence: Evidence {
            file: a.file.clone(),
            line: line.number,
            quote,
        },
        text: text.to_string(),
        by: giver.by.map(|by| named_in_full(a, line.number, by, k)),
        parent: giver.parent,
        document: None,
        weak: giver.weak,
        day: giver.day,
        at_a_meeting: *at_a_meeting,
        recalled: giver.recalled,
    });
}

/// A body that gives an instruction by its head alone ("Sở đã yêu cầu …", "Chi cục đã chỉ đạo
/// …") as the article last named it in full up to line `line` ("Sở Y tế tỉnh A", "Chi cục Thú
/// y"); any other giver, or a head the article never names in full, as it is.
fn named_in_full(a: &Article, line: usize, by: String, k: &Knowledge) -> String {
    if !lexicon::is_bare_head(&by) {
        return by;
    }
    let head = crate::text::capitalised(by.trim());
    let mut last = None;
    let lines = a.lines.iter().take_while(|l| l.number <= line);
    for l in lines.filter(|l| l.noise.is_none()) {
        let text = l.folded.text.as_str();
        for (at, _) in text.match_indices(head.as_str()) {
            if text[..at].ends_with(char::is_alphanumeric) {
                continue;
            }
            if let Some(len) = lexicon::body_name_len(&text[at..], &head) {
                // "Bộ trưởng Bộ Tư pháp Trần Tiến Dũng": the name ends before a person's.
                let name = &text[at..at + len];
                let person = names_in(name, k).first().map_or(name.len(), |p| p.start);
                let name = name[..person].trim_end();
                if name.len() > head.len() {
                    last = Some(name.to_string());
                }
            }
        }
    }
    last.unwrap_or(by)
}

/// A resolution's issuer and the body it tasks ("Tại Nghị quyết nói trên, Quốc hội giao Chính
/// phủ …").
#[derive(Debug, Clone)]
struct Tasking {
    issuer: String,
    /// The words after the verb, which open with the body tasked.
    tasked: String,
}

/// A body that issues resolutions tasking the executive, then the verb that tasks and the
/// body tasked (capitalised): "Quốc hội giao Chính phủ …", "HĐND tỉnh yêu cầu UBND tỉnh …".
static TASKS_BY_RESOLUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,;:]\s*|\s)((?:Ủy ban Thường vụ Quốc hội|Uỷ ban Thường vụ Quốc hội|UBTVQH|Quốc hội|HĐND(?:\s+\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}*)*|Hội đồng nhân dân(?:\s+\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}*)*))\s+(?:(?:cũng|đã)\s+)?(?:giao|yêu cầu)\s+(\p{Lu}[^,;.]*)")
        .unwrap()
});

/// The tasking a paragraph reports as a resolution's ("Nghị quyết" in it, and an assembly
/// that tasks a body, [`TASKS_BY_RESOLUTION`]).
fn resolution_tasking(text: &str) -> Option<Tasking> {
    if !text.contains("Nghị quyết") && !text.contains("nghị quyết") {
        return None;
    }
    let c = TASKS_BY_RESOLUTION.captures(text)?;
    Some(Tasking {
        issuer: c[1].to_string(),
        tasked: c[2].to_string(),
    })
}

/// An instruction of the body a reported resolution tasks ("Chính phủ chỉ đạo các bộ …" after
/// "Quốc hội giao Chính phủ …"): the resolution's content, laid down by its issuer, not an
/// instruction the body gave. Another speaker ends the resolution's content.
fn resolution_content(giver: Giver, state: &mut DirectiveState) -> Giver {
    let Some(t) = &state.resolution else {
        return giver;
    };
    let by = giver.by.as_deref().unwrap_or("");
    if !by.is_empty() && crate::text::starts_with_word(&t.tasked, by) {
        let g = Giver {
            by: Some(t.issuer.clone()),
            ..giver
        };
        state.previous = Some(g.clone());
        return g;
    }
    if by != t.issuer {
        state.resolution = None;
    }
    giver
}

/// The instruction a paragraph gives and its quote (none: the paragraph's first sentence),
/// read in this order: what follows a colon that announced instructions, an item of an
/// enumeration, a sentence that instructs (`read_sentences`), a quotation or an obligation
/// that continues the paragraph before. Keeps in `state` what the next paragraph goes on from.
fn given(
    para: &Paragraph,
    state: &mut DirectiveState,
    read_sentences: impl FnOnce() -> Option<Spoken>,
) -> Option<(Giver, Option<String>)> {
    let goes_on = |state: &mut DirectiveState, g: Giver, quote: Option<String>| {
        state.previous = Some(g.clone());
        Some((g, quote))
    };
    if let Some(g) = state.colon.take() {
        return goes_on(state, g, None);
    }
    let is_item = ITEM.is_match(para.folded());
    match (is_item, state.enumeration.clone()) {
        (true, Some(g)) => return goes_on(state, g, None),
        (true, None) => {}
        (false, _) => state.enumeration = None,
    }
    // A directive verb with a speaker before it.
    match read_sentences() {
        Some(Spoken::Quoted(g, quote)) => return goes_on(state, g, Some(quote)),
        Some(Spoken::Whole(g)) => return goes_on(state, g, None),
        Some(Spoken::Colon(g)) => {
            state.colon = Some(g);
            state.previous = None;
            return None;
        }
        Some(Spoken::Cue {
            giver,
            quote,
            lists,
        }) => {
            if lists {
                state.enumeration = Some(giver.clone());
            }
            return goes_on(state, giver, Some(quote));
        }
        None => {}
    }
    // A quotation or an obligation right after a directive continues it.
    let g = state.previous.take()?;
    let text = para.folded();
    let quote = text.trim_start().strip_prefix(['“', '"', '«']);
    // "… không phải là người đưa tin": a copula, no obligation; "ông nhận định … cần
    // phải …": a view.
    let obligation = obliges(text) && !viewed(text);
    // A quotation goes on with the instruction when it instructs too ("“Phải xong trước tháng
    // 6.”", "“Tuyệt đối không để …”"), not with what the speaker judged or criticised ("“Nhiều
    // nơi còn làm hình thức.”").
    match quote.is_some_and(quote_instructs) || (!is_item && obligation) {
        true => goes_on(state, g, None),
        false => None,
    }
}

/// Whether a quotation (`quote`, after its opening mark) instructs: it lays an obligation or
/// gives advice ([`obliges_or_advises`]), exhorts ([`HORTATIVE`]), forbids ("không được",
/// "đừng", "cấm"), or opens with a verb of instruction ("Đề nghị Chính phủ …", "Yêu cầu các
/// sở …") or of carrying out a task ([`lexicon::IMPERATIVE_OPENERS`]).
fn quote_instructs(quote: &str) -> bool {
    static FORBIDS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b(?:không được|đừng|nghiêm cấm|cấm)\b").unwrap());
    let lower = quote.trim_start().to_lowercase();
    let opens_with = |w: &str| crate::text::starts_with_word(&lower, w);
    // "… phải là cầu nối": what someone must be, said to them; not the copula "không phải là",
    // nor the question "có phải là".
    let must_be = lower.match_indices("phải là").any(|(at, _)| {
        let before = lower[..at].trim_end();
        at > 0
            && !["không", "chẳng", "chưa", "có"]
                .iter()
                .any(|w| crate::text::ends_with_word(before, w))
    });
    must_be
        || obliges_or_advises(quote)
        || HORTATIVE.is_match(quote)
        || FORBIDS.is_match(quote)
        || lexicon::DIRECTIVE_VERBS
            .iter()
            .filter(|v| v.force != CueForce::Opinion)
            .any(|v| opens_with(v.word))
        || lexicon::IMPERATIVE_OPENERS.iter().any(|w| opens_with(w))
}

/// Verbs of a view or an account: an obligation they report ("nhận định muốn … cần phải …",
/// "chia sẻ … phải …") is what the speaker thinks or tells, not a task they give.
const VIEW_VERBS: &[&str] = &[
    "cho rằng",
    "nhận định",
    "nhận xét",
    "đánh giá",
    "tin rằng",
    "tin tưởng",
    "tiết lộ",
    "chia sẻ",
    "tâm sự",
    "bày tỏ",
    "thừa nhận",
    "lý giải",
    "giải thích",
];

/// Whether a cue whose sentence runs `before` it stands inside a quotation a verb of a view
/// opens ("cô A cho rằng: “Tôi làm vậy vì phụ huynh yêu cầu …”", [`VIEW_VERBS`]): the
/// speaker's account of what was asked, not an instruction they give.
fn inside_quoted_view(before: &str) -> bool {
    // The quotation still open at the cue: after a curly opening mark, or an odd straight one.
    let curly = before.rfind('“').filter(|&at| !before[at..].contains('”'));
    let straight = (before.matches('"').count() % 2 == 1)
        .then(|| before.rfind('"'))
        .flatten();
    let Some(open) = curly.or(straight) else {
        return false;
    };
    let Some(said) = before[..open].trim_end().strip_suffix(':') else {
        return false;
    };
    let said = said.trim_end().to_lowercase();
    VIEW_VERBS
        .iter()
        .any(|v| crate::text::ends_with_word(&said, v))
}

/// Whether the first obligation of `text` is reported by a verb of a view ([`VIEW_VERBS`]).
fn viewed(text: &str) -> bool {
    let lower = text.to_lowercase();
    let Some(modal) = MODAL.find(&lower) else {
        return false;
    };
    let before = &lower[..modal.start()];
    VIEW_VERBS
        .iter()
        .any(|v| crate::text::contains_word(before, v))
}

/// What a sentence of a paragraph gives: an instruction, with what the paragraph's reading
/// does with it.
enum Spoken {
    /// An instruction with its quote (attributed after a quotation, or told in retrospect).
    Quoted(Giver, String),
    /// A claim: the paragraph as a whole is the instruction.
    Whole(Giver),
    /// A cue whose instructions follow the colon that ends the line.
    Colon(Giver),
    /// A cue in a sentence, quoted by that sentence; its instructions may go on as a list
    /// (`lists`: the paragraph ends with a colon, announces tasks or says "như sau").
    Cue {
        giver: Giver,
        quote: String,
        lists: bool,
    },
}

/// The first instruction the sentences of `para` give, read in turn: a quotation attributed
/// after it, a claim, a cue with its giver, or tasks announced at a conference. `parent` is the
/// conference the paragraph reports, read only when needed.
fn spoken_in(
    people: &People,
    k: &Knowledge,
    ctx: &ArticleContext,
    para: &Paragraph,
    sents: &[Sentence],
    conferences: &[ConferenceMention],
    parent: &dyn Fn() -> Option<usize>,
) -> Option<Spoken> {
    let line = para.line;
    for (i, s) in sents.iter().enumerate() {
        let t = s.folded();
        // The attribution may stand as a sentence of its own after the quotation's last one
        // ("“… chậm trễ.” Thủ tướng yêu cầu."): read the two as one.
        let from = match i {
            0 => s.range.start,
            _ => sents[..i]
                .iter()
                .rfind(|p| p.folded().starts_with(['“', '"', '«']))
                .map_or(s.range.start, |p| p.range.start),
        };
        let span = from..s.range.end;
        if let Some(g) = attributed(people, &line.folded.text[span.clone()], k, parent) {
            return Some(Spoken::Quoted(g, line.original(span).to_string()));
        }
        if let Some(g) = (i == 0).then(|| claimed(people, t, k, parent)).flatten() {
            return Some(Spoken::Whole(g));
        }
        // The cue words, in either case, share these letters; most sentences have none.
        let assigning = || may_assign(t);
        // A cue denied or put off ("Dù không mong muốn …, bà A cho rằng … cần …", [`denied`])
        // lends an opinion beside it no force: only a cue said outright lets the sentence be
        // read (each cue is then weighed in full by [`instructing_cue`]).
        let beside_a_cue = || CUE_STEMS.find_iter(t).any(|c| !denied(&t[..c.start()]));
        let cue = match beside_a_cue() || assigning() {
            true => CUE.find_iter(t).find_map(|m| {
                let at_meeting = parent().is_some();
                Some((m, instructing_cue(people, t, &m, k, at_meeting)?))
            }),
            false => None,
        };
        // "đề ra 5 nhóm nhiệm vụ" at a conference: the tasks of whoever spoke last, even when
        // the sentence names them by a figure of speech ("Tư lệnh ngành").
        let tasks = if cue.is_none() && TASK_NOUNS.is_match(t) {
            TASKS.find(t).filter(|m| {
                // "Nghị quyết số 42 yêu cầu …": a document's number, not a count of tasks.
                let count_end = m.start() + m.as_str().find(char::is_whitespace).unwrap_or(0);
                if last_word(&t[..m.start()]) == "số" || rule_requires(&t[..count_end]) {
                    return false;
                }
                // "Bà A cho biết năm 2019, Ban B sẽ tập trung thực hiện 8 nhiệm vụ": a plan told,
                // the body's own, not tasks given.
                let told_plan = REPORTS
                    .find_iter(&t[..m.start()])
                    .any(|r| crate::text::contains_word(&t[r.end()..m.start()], "sẽ"));
                if told_plan {
                    return false;
                }
                let announced = TASK_VERBS.is_match(&t[..m.start()]);
                giver_of(people, t, m.start(), k).is_some()
                    || (announced && people.last().is_some() && parent().is_some())
            })
        } else {
            None
        };
        let (m, by) = match (cue, tasks) {
            (Some((m, by)), _) => (m, Some(by)),
            (None, Some(m)) => (m, giver_of(people, t, m.start(), k)),
            (None, None) => {
                if let Some((g, quote)) = retrospective(people, sents, s, k, parent()) {
                    return Some(Spoken::Quoted(g, quote));
                }
                continue;
            }
        };
        let word = m.as_str().to_lowercase();
        let in_report = recalled_in_report(t, m.start(), k).is_some();
        let done = in_report || reports_done(people, &t[..m.start()], k);
        let giver = Giver {
            by: by.or_else(|| people.last()),
            // A meeting named on the instruction's own line is where a body's instruction was
            // given; a report's is told of a time before, wherever it is told.
            parent: parent()
                .filter(|&p| !in_report && (!done || conferences[p].evidence.line == line.number)),
            recalled: done,
            weak: !explicit(&word) && !TASKS.is_match(m.as_str()) || told_as_view(t, m.start(), k),
            day: opening_day(s, ctx, m.start()),
        };
        let rest_of_line = line.folded.text[s.range.start + m.end()..para.range.end].trim();
        if rest_of_line.trim_end_matches(':').trim().is_empty() && rest_of_line.ends_with(':') {
            return Some(Spoken::Colon(giver));
        }
        let text = para.text().trim();
        return Some(Spoken::Cue {
            giver,
            quote: s.quote(),
            lists: text.ends_with(':') || TASKS.is_match(t) || t.contains("như sau"),
        });
    }
    None
}

/// Whether the clause before a cue at `cue` in `t` is told as a person's view: "theo ông A, Bộ
/// B phải …", "Theo Chủ tịch Hiệp hội, …" (according to them): what they think should be done,
/// however it is worded, a view where views are given (see [`drop_views`]).
fn told_as_view(t: &str, cue: usize, k: &Knowledge) -> bool {
    according_to_person(&t[..cue].to_lowercase(), k).is_some()
}

/// Where the last attribution to a person ("theo ông A,", "Theo Bộ trưởng B,") in `lower`
/// (lower case) ends: the byte after its comma.
fn according_to_person(lower: &str, k: &Knowledge) -> Option<usize> {
    const ADDRESS: &[&str] = &["ông", "bà", "anh", "chị"];
    lower.rmatch_indices("theo ").find_map(|(at, w)| {
        let opens = at == 0 || lower[..at].ends_with([' ', ',', '(', '"', '“']);
        let rest = &lower[at + w.len()..];
        let opens_with = |h: &str| crate::text::starts_with_word(rest, h);
        let person = ADDRESS.iter().any(|h| opens_with(h))
            || k.honorifics_lower.iter().any(|h| opens_with(h));
        let comma = rest.find(',')?;
        (opens && person).then_some(at + w.len() + comma + 1)
    })
}

/// Whether a report (the text between its verb and a cue) has the reporter for its subject, by
/// a form of address alone ("… cho biết, ông đã yêu cầu …", "… cho biết chính bà đã …").
fn speaks_of_self(report: &str) -> bool {
    let clause = report
        .rsplit([',', ';', ':'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    let mut words = clause.split_whitespace().skip_while(|&w| w == "chính");
    let address = words.next().is_some_and(super::people::is_form_of_address);
    address && words.all(|w| PERFECT.contains(&w) || lexicon::BODY_ADVERBS.contains(&w))
}

/// Words of the perfect aspect: what they mark was done before the time told of.
const PERFECT: &[&str] = &["đã", "vừa", "từng"];

/// Words a perfect aspect word may stand before a cue by ("đã kịp thời chỉ đạo", "đã có văn
/// bản yêu cầu").
const PERFECT_WORDS_BEFORE_CUE: usize = 4;

/// Whether the cue at `cue` of `t` is an instruction a speaker reports as given before: after
/// a reporting verb or an attribution to a person ("Ông A cho biết, Bộ đã yêu cầu …", "Theo
/// Chủ tịch B, tỉnh đã chỉ đạo …", "… cho biết chính ông đã yêu cầu …"), its own clause puts
/// the cue in the perfect aspect. It was given at some earlier time the report does not say,
/// not at the meeting where it is told. Where the report begins, if so.
fn recalled_in_report(t: &str, cue: usize, k: &Knowledge) -> Option<usize> {
    let before = &t[..cue];
    let lower = before.to_lowercase();
    let reported = REPORTS.find_iter(before).last().map(|r| r.end());
    // Lowering keeps the lengths of Vietnamese letters: where it kept the whole clause's, a
    // byte of `lower` is one of `t`.
    let same_lengths = lower.len() == before.len();
    let according = according_to_person(&lower, k).filter(|_| same_lengths);
    let from = reported
        .max(according)
        .filter(|&f| before.is_char_boundary(f))?;
    let clause = before[from..]
        .rsplit([',', ';', ':'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    clause
        .split_whitespace()
        .rev()
        .take(PERFECT_WORDS_BEFORE_CUE)
        .any(|w| PERFECT.contains(&w))
        .then_some(from)
}

/// "phát biểu chỉ đạo Hội nghị", "chỉ đạo tại cuộc họp …", "dự và chỉ đạo.": guiding a
/// meeting names the act, not what was said there, unless a colon brings it ("chỉ đạo tại hội
/// nghị: các bộ phải …" instructs); `after` is what follows the verb (lower case, trimmed).
fn guides_meeting(after: &str) -> bool {
    if after.is_empty() || after.starts_with(['.', ',', ';']) {
        return true;
    }
    let meeting = ["tại ", "ở ", "trong "]
        .iter()
        .find_map(|p| after.strip_prefix(p))
        .unwrap_or(after);
    // With its tone marks: "ký hợp đồng" is no "kỳ họp".
    let names_meeting = lexicon::MEETING_NOUNS
        .iter()
        .any(|n| crate::text::starts_with_word(meeting, n));
    names_meeting && !meeting.contains(':')
}

/// The giver of the cue `m` of the sentence `t` when the cue instructs: not a noun ("văn bản
/// chỉ đạo"), a denial, a petition, a request put upward, a recommendation, the guiding of a
/// meeting, an opinion without an obligation, a document's name or a report; and a giver in
/// office for any cue but an explicit instruction.
fn instructing_cue(
    people: &People,
    t: &str,
    m: &regex::Match,
    k: &Knowledge,
    at_meeting: bool,
) -> Option<String> {
    let before = &t[..m.start()];
    // "giao" is most often a syllable of another word ("giao thông"): read first, on the few
    // words after it.
    if m.as_str().eq_ignore_ascii_case("giao") {
        let window: String = t[m.end()..].chars().take(40).collect();
        if !assigns(before, &window.trim_start().to_lowercase(), &window) {
            return None;
        }
    }
    // "văn bản chỉ đạo" is the noun, but "có văn bản chỉ đạo các đơn vị" gives an instruction
    // in a document.
    if noun_before(before, m.as_str()) && issued_in(before).is_none() {
        return None;
    }
    // "không hề chỉ đạo", "chưa yêu cầu": a denial or what was not done instructs no one.
    if denied(before) || asks_for_direction(before, m.as_str()) {
        return None;
    }
    if inside_quoted_view(before) {
        return None;
    }
    let clause = before.rsplit([',', ';', '.', ':']).next().unwrap_or(before);
    if received(clause) {
        return None;
    }
    if PETITIONER_BEFORE.is_match(clause) {
        return None;
    }
    let after = t[m.end()..].trim_start().to_lowercase();
    if after.starts_with("của") {
        return None;
    }
    let word = m.as_str().to_lowercase();
    // "Bộ trưởng đề nghị Thủ tướng …", "đề nghị phía Trung Quốc …": a request put to a higher
    // authority or a foreign party, not an instruction.
    let asks = ["đề nghị", "kêu gọi", "mong muốn"].contains(&word.as_str());
    if asks && addressed_upward(clause, t[m.end()..].trim_start(), k) {
        return None;
    }
    if word == "đề nghị" && seeks_leave(&after) {
        return None;
    }
    let lower_clause = clause.to_lowercase();
    if asked_to_instruct(before) || rule_requires(before) {
        return None;
    }
    if word == "chỉ đạo" && (guides_meeting(&after) || described_direction(before, &lower_clause))
    {
        return None;
    }
    // "lưu ý tầm quan trọng của …", "nhấn mạnh vai trò của …": a weight given, no task.
    if ["lưu ý", "nhấn mạnh"].contains(&word.as_str())
        && WEIGHT_OBJECTS
            .iter()
            .any(|w| crate::text::starts_with_word(&after, w))
    {
        return None;
    }
    let seeks_resources = || {
        RESOURCES_SOUGHT
            .iter()
            .any(|w| crate::text::starts_with_word(&after, w))
    };
    if word == "kêu gọi" && seeks_resources() {
        return None;
    }
    // "… hoặc do Thủ tướng chỉ đạo mới làm", "Đoàn kiểm tra do Bộ trưởng chỉ đạo": directed by
    // someone, an origin told of, not an instruction given.
    if directed_by(&lower_clause) {
        return None;
    }
    let needs_modal = matches!(
        lexicon::cue_force(&word),
        Some(CueForce::NeedsObligation | CueForce::Opinion)
    );
    let after = &t[m.end()..];
    // An opinion ("cho rằng", "khẳng định") needs a modal; an emphasis may exhort.
    let exhorts = !matches!(word.as_str(), "cho rằng" | "khẳng định") && HORTATIVE.is_match(after);
    // "Phát biểu chỉ đạo tại hội nghị, Bộ trưởng A nhấn mạnh, …": the report itself calls the
    // speech one of direction, so its emphasis is the direction (an opinion's is not).
    let framed = lexicon::cue_force(&word) == Some(CueForce::NeedsObligation)
        && DIRECTION_SPEECH.is_match(before);
    if needs_modal && !obliges_after_cue(after) && !exhorts && !framed {
        return None;
    }
    // "cho rằng nếu … thì cần có giải pháp": a view of what a case calls for, its modal the
    // consequence of a condition, laid on no one.
    if lexicon::cue_force(&word) == Some(CueForce::Opinion) && only_conditional_duties(after) {
        return None;
    }
    // "lưu ý thị trường gỗ luôn biến động", "lưu ý rằng mưa lớn sẽ kéo dài …": a fact
    // pointed out, no one told to act.
    // "Đáng lưu ý là …": what is noteworthy, an adjective, not the verb.
    let noteworthy = crate::text::ends_with_word(&lower_clause, "đáng");
    if word == "lưu ý" && (noteworthy || notes_a_fact(after)) {
        return None;
    }
    // "lưu ý nếu áp dụng giá cao thì người dân phải chịu": a consequence foretold, a warning
    // (an explicit instruction's condition, "yêu cầu nếu … thì các bộ phải …", is its scope).
    if !explicit(&word) && warns_of_consequence(after) {
        return None;
    }
    // "Chỉ thị" with a capital is a document's name, not the verb.
    if word == "chỉ thị" && m.as_str().starts_with('C') {
        return None;
    }
    if judges_work_done(&t[..m.start()]) || in_a_case(&t[..m.start()]) {
        return None;
    }
    // Read last: a report and the giver are the costly checks.
    if in_report(people, t, m.start(), k) {
        return None;
    }
    // An opinion or a wish ("nhấn mạnh … cần", "lưu ý", "đề nghị"), any cue but an explicit
    // instruction, instructs only from someone in office: an expert's or a deputy's is a view.
    // An explicit one from a person the article gives no office instructs at a meeting the
    // article reports (its chair, named as "ông A"); elsewhere it is a private person's demand,
    // a fact of a story ("Hòa yêu cầu bà H. phải trả …").
    let in_office_or_chair =
        |g: &String| !people.without_office(g) || explicit(&word) && at_meeting;
    // A report's own subject gave what it tells as given before, not whoever reports it; a
    // report that names none ("Theo ông A, cơ quan chức năng đã yêu cầu …") tells of no one's
    // instruction.
    let giver = match recalled_in_report(t, m.start(), k) {
        Some(from) if !speaks_of_self(&t[from..m.start()]) => {
            giver_of(people, &t[from..], m.start() - from, k)
        }
        _ => giver_of(people, t, m.start(), k),
    };
    giver
        .filter(in_office_or_chair)
        .filter(|g| !named_late(t, g, k))
}

/// Whether `t` names `by` as someone who has died ("cố Thủ tướng A", "cố Chủ tịch nước B", "cố
/// nhạc sĩ C"): what they asked for was asked in their lifetime, not at anything reported now.
fn named_late(t: &str, by: &str, k: &Knowledge) -> bool {
    t.match_indices(by).any(|(at, _)| {
        let before = t[..at].trim_end().to_lowercase();
        let title = k
            .honorifics_lower
            .iter()
            .filter(|h| crate::text::ends_with_word(&before, h))
            .map(String::len)
            .max()
            .unwrap_or(0);
        crate::text::ends_with_word(before[..before.len() - title].trim_end(), "cố")
    })
}

/// Whom "giao" assigns a task to besides a body as written and an office holder, lower case:
/// the units of government ("giao các sở, ngành …", "giao bộ này …").
const ASSIGNEES: &[&str] = &[
    "các bộ",
    "các sở",
    "các ngành",
    "các địa phương",
    "các cơ quan",
    "các đơn vị",
    "các tỉnh",
    "các cấp",
    "bộ",
    "sở",
    "ubnd",
    "ủy ban",
    "uỷ ban",
    "cục",
    "tổng cục",
    "văn phòng",
    "thanh tra",
    "công an",
    "vụ",
    "thủ tướng",
];

/// A reporter's label opening a paragraph of an interview: "PV:", "Phóng viên:", "Hỏi:".
static INTERVIEWER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:PV|P\.V|Phóng viên|PHÓNG VIÊN|Hỏi|HỎI|Câu hỏi)\s*[:.]").unwrap()
});

/// A speaker's label opening a paragraph: a few words from a capital that end with a name, then
/// a colon ("Bộ trưởng Phùng Xuân A: …", "Ông B: …"; not "Thủ tướng A yêu cầu: …").
static SPEAKER_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\p{Lu}[^:.,;!?“”\x22]{0,60}\p{Lu}[\p{L}.]*\s*:\s").unwrap());

/// Whether a paragraph is a turn of an interview: a reporter's question ("PV: Thưa Bộ trưởng,
/// dư luận yêu cầu …"), or, in an article that holds such questions, an answer under its
/// speaker's label ("Bộ trưởng A: Bộ đã chỉ đạo các sở …"). A question asks; an answer tells
/// views and what was done, not an instruction given at a meeting.
fn interview_turn(a: &Article, text: &str, state: &mut DirectiveState) -> bool {
    INTERVIEWER.is_match(text)
        || SPEAKER_LABEL.is_match(text)
            && *state
                .asks
                .get_or_insert_with(|| a.lines.iter().any(|l| INTERVIEWER.is_match(&l.folded.text)))
}

/// Whether "giao" between `before` and `after` (lower case) assigns a task: its object is a
/// body or an office holder ("giao Bộ Ngoại giao làm đầu mối", "giao cho các địa phương",
/// "giao Chủ tịch UBND các tỉnh …"), and it is no other word's syllable ("Bộ Ngoại giao",
/// "bàn giao", "chuyển giao") nor a passive ("được giao chủ trì": assigned by someone else).
fn assigns(before: &str, after: &str, after_as_written: &str) -> bool {
    const NOT_BEFORE: &[&str] = &["ngoại", "bàn", "chuyển", "được", "nhận", "bị", "xã"];
    let prev = last_word(before).to_lowercase();
    if NOT_BEFORE.contains(&prev.as_str()) {
        return false;
    }
    // "Thực hiện chỉ đạo của Thủ tướng giao Bộ Xây dựng …": the assignment an earlier
    // direction made, named as what is carried out.
    if before.to_lowercase().contains("chỉ đạo của") {
        return false;
    }
    // "tiểu khu 1488 được UBND tỉnh giao cho …": allotted by an agent (of at most
    // [`AGENT_WORDS`] words), told of.
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    let passive = clause
        .to_lowercase()
        .rsplit_once(" được ")
        .is_some_and(|(_, agent)| agent.split_whitespace().count() <= AGENT_WORDS);
    if passive {
        return false;
    }
    let object = after.strip_prefix("cho ").unwrap_or(after).trim_start();
    let written = after_as_written.trim_start();
    let written = written.strip_prefix("cho ").unwrap_or(written).trim_start();
    // A body as written ("giao Ban quản lý …"; "giao ban" is a meeting), or in lower case.
    // An office holder named with a deputy's title ("giao Phó Thủ tướng A chỉ đạo …"), not
    // the verb "giao phó" (to entrust).
    let object = object.strip_prefix("phó ").unwrap_or(object);
    names_an_assignee(object, written)
}

/// Whether a verb's object, lower case and as written, opens with a body (as written, or a
/// unit of government in lower case, [`ASSIGNEES`]) or an office ([`lexicon::OFFICES`]).
fn names_an_assignee(object: &str, written: &str) -> bool {
    lexicon::starts_with_body(written)
        || ASSIGNEES
            .iter()
            .chain(lexicon::OFFICES)
            .any(|u| crate::text::starts_with_word(object, u))
}

/// Standing rules and plans, lower case, whose text may "require" (`luật yêu cầu …`): what a
/// rule lays down, told of, is no one's instruction of the day.
const RULES: &[&str] = &[
    "luật",
    "hiến pháp",
    "nghị định",
    "nghị quyết",
    "thông tư",
    "quy định",
    "quy chế",
    "quy hoạch",
    "quy chuẩn",
    "tiêu chuẩn",
    "điều lệ",
    "hiệp định",
    "công ước",
    "đề án",
    "chiến lược",
];

/// Documents whose names are also verbs ("Thủ tướng kết luận yêu cầu …"): a rule only as a
/// name, capitalised or numbered ("Chỉ thị số 05", "Kết luận 12").
const RULES_ALSO_VERBS: &[&str] = &["chỉ thị", "quyết định", "kết luận", "kế hoạch"];

/// Words after a rule's name that still name it ("quy định mới", "luật hiện hành").
const RULE_QUALIFIERS: &[&str] = &[
    "mới",
    "này",
    "đó",
    "trên",
    "hiện hành",
    "sửa đổi",
    "nói trên",
];

/// Whether the cue after `before` has a rule or a plan for its subject, right before it: "luật
/// yêu cầu …", "tỉnh đã có quy hoạch yêu cầu giải tỏa", "Nghị quyết số 42 yêu cầu …". What
/// the rule lays down is told of; the speaker gives no instruction by it. A document issued
/// by the giver there and then ("Thủ tướng ký Chỉ thị số 05 yêu cầu …", "UBND tỉnh ban hành
/// kế hoạch yêu cầu …") is the giver's instruction.
fn rule_requires(before: &str) -> bool {
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    let words: Vec<&str> = clause.split_whitespace().collect();
    // The last `n` words before `end`, lower case.
    let last = |end: usize, n: usize| {
        end.checked_sub(n).map(|at| {
            let written = words[at..end].join(" ");
            let lower = written.to_lowercase();
            (written, lower)
        })
    };
    let mut end = words.len();
    // The rule's qualifiers, then its number ("số 42/2017/QH14", "05").
    while let Some(n) = (1..=2)
        .find(|&n| last(end, n).is_some_and(|(_, lower)| RULE_QUALIFIERS.contains(&lower.as_str())))
    {
        end -= n;
    }
    let numbered = end > 0 && words[end - 1].chars().any(|c| c.is_ascii_digit());
    if numbered {
        end -= 1;
        if last(end, 1).is_some_and(|(_, lower)| lower == "số") {
            end -= 1;
        }
    }
    let rule = (1..=2).any(|n| {
        last(end, n).is_some_and(|(written, lower)| {
            RULES.contains(&lower.as_str())
                || RULES_ALSO_VERBS.contains(&lower.as_str())
                    && (numbered || written.starts_with(char::is_uppercase))
        })
    });
    // "Tiểu ban Lực lượng Chiến lược yêu cầu …": a body whose name ends in a rule's word.
    rule && !ISSUES_RULE.is_match(clause) && lexicon::body_at_end(clause).is_none()
}

/// A giver's issuing of the rule before its cue ([`rule_requires`]).
static ISSUES_RULE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\s)(?:ban hành|ký|phát đi|gửi|công bố|phê duyệt)\s").unwrap()
});

/// The verbs that ask or assign someone to act, whose object may be the subject of a cue after
/// it ([`asked_to_instruct`]).
const ASKING_VERBS: &[&str] = &[
    "đề nghị",
    "yêu cầu",
    "kêu gọi",
    "kiến nghị",
    "đề xuất",
    "giao",
];

/// The asking verbs that only recommend: whatever their clause goes on to ask for is the
/// recommendation's, never the recommender's instruction, whoever its object is.
const RECOMMENDING_VERBS: &[&str] = &["kiến nghị", "đề xuất"];

/// The most words of the bodies or offices a request may name before the cue it asks for.
const MAX_ASKED_WORDS: usize = 12;

/// Whether the cue after `before` is what someone was asked or assigned to do: "Sở … kính đề
/// nghị UBND tỉnh chỉ đạo …", "Quốc hội … giao Ủy ban Thường vụ Quốc hội chỉ đạo …", "Bộ
/// trưởng đề nghị Thủ tướng chỉ đạo …". The cue's subject is the object of a verb that asks
/// (a body or an office, [`names_an_assignee`], or a list of them); that subject has
/// instructed no one yet. A recommendation asks whatever follows it in its clause ("kiến nghị
/// tăng cường kiểm tra, yêu cầu …" stops at the comma). Whether the request itself instructs
/// is read at its own cue.
fn asked_to_instruct(before: &str) -> bool {
    let lower = before.to_lowercase();
    // Lower-casing keeps offsets only where every letter keeps its length: then it is read.
    if lower.len() != before.len() {
        return false;
    }
    // A recommendation in the cue's clause, whatever else stands between them ("kiến nghị Bộ
    // Giao thông đề nghị …").
    if let Some((at, verb)) = last_asking_verb(RECOMMENDING_VERBS, &lower, before) {
        if !lower[at + verb.len()..].contains([',', ';', '.', ':']) {
            return true;
        }
    }
    let Some((at, verb)) = last_asking_verb(ASKING_VERBS, &lower, before) else {
        return false;
    };
    let object = &lower[at + verb.len()..];
    // (Equal lengths in all may still shift a letter: then the text as written is not read.)
    let Some(written) = before.get(at + verb.len()..) else {
        return false;
    };
    if object.split_whitespace().count() > MAX_ASKED_WORDS
        || object.contains(['.', ';', ':', '“', '"'])
    {
        return false;
    }
    // Each of a list's items names a body or an office ("đề nghị Bộ Công an, Bộ Quốc phòng"),
    // split once, on the lower case, and read as written at the same offsets.
    list_items(object).into_iter().all(|(from, to)| {
        let item = object[from..to].trim_start();
        let skip = to - from - item.len() + if item.starts_with("cho ") { 4 } else { 0 };
        written
            .get(from + skip..to)
            .is_some_and(|as_written| names_an_assignee(&object[from + skip..to], as_written))
    })
}

/// The last of `verbs` in `lower` (`before` lower-cased, of the same length) that is a verb
/// there: its position and the verb. A "giao" that assigns nothing is another word's syllable
/// ("Bộ Giao thông", "bàn giao"), so an asking verb before it may still be the last.
fn last_asking_verb(
    verbs: &[&'static str],
    lower: &str,
    before: &str,
) -> Option<(usize, &'static str)> {
    let is_verb = |at: usize, verb: &str| {
        verb != "giao"
            || before
                .get(..at)
                .zip(before.get(at + verb.len()..))
                .is_some_and(|(before_verb, written)| {
                    assigns(before_verb, &lower[at + verb.len()..], written)
                })
    };
    verbs
        .iter()
        .filter_map(|&verb| {
            let mut end = lower.len();
            while let Some(at) = crate::text::rfind_word(&lower[..end], verb) {
                if is_verb(at, verb) {
                    return Some((at, verb));
                }
                end = at;
            }
            None
        })
        .max_by_key(|&(at, _)| at)
}

/// The byte ranges of a list's items in `text`: split at commas and at " và ".
fn list_items(text: &str) -> Vec<(usize, usize)> {
    let mut cuts: Vec<(usize, usize)> = text.match_indices(',').map(|(at, _)| (at, 1)).collect();
    cuts.extend(text.match_indices(" và ").map(|(at, w)| (at, w.len())));
    cuts.sort_unstable();
    let mut items = Vec::new();
    let mut from = 0;
    for (at, len) in cuts.into_iter().chain([(text.len(), 0)]) {
        // (A comma right before " và " leaves an empty item, as splitting does.)
        if at >= from {
            items.push((from, at));
            from = at + len;
        }
    }
    items
}

/// Whether the words before a cue judge work done, so that the cue is part of what is judged:
/// praise of what others did ("Ban Bí thư hoan nghênh, đánh giá cao các tỉnh ủy … đã tích cực
/// chỉ đạo …") or a finding of what someone did wrong ("Ông A đã vi phạm …; trực tiếp chỉ đạo
/// …"). A new instruction after praise is not the praised work's verb ("biểu dương Bộ Y tế,
/// đồng thời yêu cầu …").
fn judges_work_done(before: &str) -> bool {
    static PRAISE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:hoan nghênh|đánh giá cao|biểu dương|khen ngợi|ghi nhận)\b").unwrap()
    });
    // The praised work's own verb: "đã" and at most a few words before the cue, all in its
    // clause ("… đã nghiêm túc, tích cực chỉ đạo"), not a new instruction after it ("… đã nỗ
    // lực vượt khó, đồng thời yêu cầu …", "Ghi nhận những kết quả đã đạt được …, Thủ tướng
    // yêu cầu …").
    static DONE_VERB: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\bđã(?:\s+[^\s;]+){0,4}?\s*$").unwrap());
    // A finding of what someone did wrong ("Ông A đã vi phạm …; trực tiếp chỉ đạo …"), not
    // the cases an instruction is about ("Đối với các trường hợp đã vi phạm, Chủ tịch … yêu
    // cầu …").
    static FAULT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\bđã\s+(?:vi phạm|sai phạm)\b").unwrap());
    // "Sau khi ghi nhận … xảy ra dịch bệnh, ông A chỉ đạo …": a time clause notes, not praises.
    let praised = PRAISE.find_iter(before).any(|p| {
        let lead = before[..p.start()].to_lowercase();
        let tail = &before[p.end()..];
        !crate::text::ends_with_word(lead.trim_end(), "khi")
            && DONE_VERB.is_match(tail)
            && !tail.to_lowercase().contains("đồng thời")
    });
    let opening = before.trim_start().to_lowercase();
    let about_cases = ["đối với", "với", "những", "các", "trường hợp"]
        .iter()
        .any(|w| crate::text::starts_with_word(&opening, w));
    praised || (!about_cases && FAULT.is_match(before))
}

/// Whether the words before a cue tell a criminal case: what a defendant or a suspect asks
/// ("Tại tòa, bị cáo A yêu cầu …", "Theo cáo trạng, A yêu cầu các nạn nhân …") is a fact of
/// the case, whatever meeting the article reports.
fn in_a_case(before: &str) -> bool {
    static CASE_ROLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:bị cáo|bị can|nghi phạm|cáo trạng|tại tòa|tại toà)\b").unwrap()
    });
    CASE_ROLE.is_match(before)
}

/// What a note or an emphasis may weigh without asking anything ("lưu ý tầm quan trọng của
/// …"), lower case.
const WEIGHT_OBJECTS: &[&str] = &["tầm quan trọng", "vai trò", "ý nghĩa"];

/// What a call may seek without asking anyone in particular ("kêu gọi đầu tư vào …", "hội
/// nghị … kêu gọi vốn cho …"), lower case: investment or funds sought, no one instructed.
const RESOURCES_SOUGHT: &[&str] = &[
    "đầu tư",
    "vốn",
    "tài trợ",
    "nguồn lực",
    "xã hội hóa",
    "xã hội hoá",
    "nhà đầu tư",
    "các nhà đầu tư",
];

/// Most words between an agent's "do" and the cue it is the agent of ([`directed_by`]).
const AGENT_WORDS: usize = 8;

/// Whether a clause (lower case) ends with an agent's "do" and its giver, not at the clause's
/// start ("… do Thủ tướng" before "chỉ đạo"): the cue is a participle, what was directed by
/// them. A clause opening with "Do" gives a reason ("Do Bộ trưởng yêu cầu, …").
fn directed_by(clause: &str) -> bool {
    clause.rfind(" do ").is_some_and(|at| {
        let agent = &clause[at + " do ".len()..];
        !clause[..at].trim().is_empty()
            && agent.split_whitespace().count() <= AGENT_WORDS
            && !AGENT_ENDS.iter().any(|v| agent.contains(v))
    })
}

/// Verbs that end an agent's phrase before a cue ("hội nghị do UBND tỉnh tổ chức sáng 5/3
/// Chủ tịch yêu cầu"): the "do" was another verb's agent, lower case.
const AGENT_ENDS: &[&str] = &[
    "tổ chức",
    "chủ trì",
    "triệu tập",
    "phát biểu",
    "cho biết",
    "nói",
    // "văn bản … do Thứ trưởng ký yêu cầu …": the document they signed instructs.
    " ký",
];

/// A quotation attributed after it (`“Các bộ, ngành phải …”, Thủ tướng nhấn mạnh.`): an
/// instruction when the verb instructs or the quotation holds an obligation, and a speaker
/// stands before the verb.
fn attributed(
    people: &People,
    t: &str,
    k: &Knowledge,
    parent: &dyn Fn() -> Option<usize>,
) -> Option<Giver> {
    // Captures are slow to fail; most sentences hold no quotation at all, or none that opens
    // them: only an outlet's credit may stand before it.
    let opening = t.find(['“', '"', '«'])?;
    let credit: usize = t[..opening]
        .split_whitespace()
        .map(|w| w.chars().count())
        .sum();
    if credit > CREDIT_LETTERS || !t.contains(['”', '"', '»']) {
        return None;
    }
    let c = ATTRIBUTED.captures(t)?;
    let verb = c.get(2)?;
    // A reporting verb that instructs by itself does, whatever the quotation says; "nhấn
    // mạnh", "khẳng định" report an instruction only when the quotation holds an obligation
    // and was said at a meeting; outside one it is an opinion.
    let instructs =
        matches!(
            lexicon::cue_force(verb.as_str()),
            Some(CueForce::Explicit | CueForce::Advice)
        ) || (parent().is_some() && obliges_or_advises(&c[1]) && !FIRST_PERSON.is_match(&c[1]));
    if !instructs {
        return None;
    }
    Some(Giver {
        by: Some(giver_of(people, t, verb.start(), k)?),
        parent: parent(),
        weak: !explicit(verb.as_str()),
        day: None,
        recalled: false,
    })
}

/// A speaker, a colon and what they require, the way headlines and leads report an instruction
/// (`Thủ tướng: Các bộ phải tháo gỡ ngay vướng mắc`): the part before the colon is all speaker
/// (a person, a title or a body), and the part after lays an obligation on others.
static CLAIM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"^\s*([^:“”"«»,.;]{2,80}?)\s*:\s+(\S.*)$"#).unwrap());

/// Forms of address, not offices: "Ông Nguyễn Văn A: …" quotes anyone.
const ADDRESS_WORDS: &[&str] = &["ông", "bà", "đồng chí"];
/// Lower-case words an office may hold besides its title ("Chủ tịch UBND tỉnh Nghệ An").
const OFFICE_WORDS: &[&str] = &["tỉnh", "thành", "phố", "huyện", "quận", "nước", "và"];

/// Whether `who` is all an office holder: a title of office (not a form of address, and no
/// reporting verb after it) and then only names ("Thủ tướng", "Bộ trưởng Bùi Thanh Sơn", "Chủ
/// tịch UBND tỉnh Nghệ An"); "Giảng viên Trần Văn A chia sẻ" or "Ông A cho biết" are not.
fn is_office(who: &str, k: &Knowledge) -> bool {
    let lower = who.to_lowercase();
    let Some(title) = k
        .honorifics_lower
        .iter()
        .filter(|h| !ADDRESS_WORDS.contains(&h.as_str()))
        .filter(|h| lower.starts_with(h.as_str()))
        .max_by_key(|h| h.len())
    else {
        return false;
    };
    lower.len() == who.len()
        && who[title.len()..]
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || OFFICE_WORDS.contains(&w))
}

fn claimed(
    people: &People,
    t: &str,
    k: &Knowledge,
    parent: &dyn Fn() -> Option<usize>,
) -> Option<Giver> {
    // Captures are slow to fail, and most sentences hold no colon.
    if !t.contains(':') {
        return None;
    }
    let c = CLAIM.captures(t)?;
    let (who, claim) = (c.get(1)?, &c[2]);
    if !(obliges(claim) || HORTATIVE.is_match(claim)) || FIRST_PERSON.is_match(claim) {
        return None;
    }
    let body = lexicon::body_at_end(who.as_str()) == Some(0);
    if !(is_office(who.as_str(), k) || body) {
        return None;
    }
    let by = giver_of(people, t, who.end(), k)?;
    // A speaker's words after a colon may be an instruction or a view.
    Some(Giver {
        by: Some(by),
        parent: parent(),
        weak: true,
        day: None,
        recalled: false,
    })
}

/// "Đó là yêu cầu của đồng chí Lê Văn Khánh …": the sentences before it in the paragraph
/// (or the quotation that opens its own) were an instruction, attributed after the fact. The
/// giver and the quote that carries the instruction: the sentence before, or this one when it
/// holds the quotation.
fn retrospective(
    people: &People,
    sents: &[Sentence],
    s: &Sentence,
    k: &Knowledge,
    parent: Option<usize>,
) -> Option<(Giver, String)> {
    let t = s.folded();
    // The fast search first: captures are slow to fail, and most sentences fail.
    RETROSPECTIVE.find(t)?;
    let c = RETROSPECTIVE.captures(t)?;
    let m = c.get(0)?;
    let quote = match c.get(1) {
        Some(_) => s.quote(),
        None => sents
            .iter()
            .rfind(|p| p.range.end <= s.range.start)
            .map(Sentence::quote)?,
    };
    let after = &t[m.end()..];
    let by = names_in(after, k)
        .first()
        .map(|r| after[r.clone()].to_string())
        .or_else(|| people.speaker(after, after.len(), k))?;
    // The noun of the attribution, not a word of the quotation before it.
    let attribution = &t[c.get(1).map_or(m.start(), |q| q.end())..m.end()];
    let word = RETROSPECTIVE_NOUN
        .find(&attribution.to_lowercase())
        .map(|w| w.as_str().to_string());
    let giver = Giver {
        by: Some(by),
        parent,
        weak: word.is_none_or(|w| !explicit(&w)),
        day: None,
        recalled: false,
    };
    Some((giver, quote))
}

/// A document an instruction is given in, between its giver and the cue ("Thủ tướng đã có Công
/// điện yêu cầu", "UBND tỉnh vừa ban hành văn bản số 12/UBND-KT chỉ đạo", "Bộ gửi công văn
/// tới các địa phương đề nghị"): the giver stands before it.
static ISSUED_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s+(?:(?:đã|vừa|cũng|mới)\s+)?(?:có|ký|ban hành|gửi|phát đi|ra)\s+(?:công điện|văn bản|công văn|chỉ thị|thông báo|quyết định|kết luận|thư|điện)(?:\s+(?:khẩn|hỏa tốc|hoả tốc|số\s*:?\s*[\w/\-.]+))*(?:\s+(?:gửi|tới|đến)\s+[^,.;:]+?)?\s*,?\s*$").unwrap()
});

/// Bytes before a cue that [`ISSUED_IN`] may span (a document's number and its addressee).
const ISSUED_IN_WINDOW: usize = 240;

/// Where the document an instruction is given in stands at the end of `before` (the text
/// before the cue), if one does ([`ISSUED_IN`]). Only its last bytes are searched.
fn issued_in(before: &str) -> Option<std::ops::Range<usize>> {
    let mut from = before.len().saturating_sub(ISSUED_IN_WINDOW);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let m = ISSUED_IN.find(&before[from..])?;
    Some(from + m.start()..from + m.end())
}

/// The noun of a retrospective attribution ("Đó là yêu cầu của …").
static RETROSPECTIVE_NOUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"yêu cầu|chỉ đạo|đề nghị|lưu ý|nhiệm vụ").unwrap());

/// Who gives an instruction in `text` before byte `upto`: a person (named, or by the title
/// of one already named), a bare title standing as the subject ("Thủ tướng yêu cầu"), or a
/// body ("Chính phủ yêu cầu", "UBND tỉnh chỉ đạo").
fn giver_of(people: &People, text: &str, upto: usize, k: &Knowledge) -> Option<String> {
    let giver = subject_of(people, text, upto, k)?;
    // "Trong thư … của ông A, ông yêu cầu …", "Ông kêu gọi …": a form of address alone
    // stands for the person the sentence, or else the text, named last.
    if super::people::is_form_of_address(&giver.to_lowercase()) {
        let before = &text[..upto.min(text.len())];
        let named = super::people::names_in(before, k);
        return match named.last() {
            Some(r) => Some(before[r.clone()].to_string()),
            None => people.last(),
        };
    }
    Some(giver)
}

/// [`giver_of`]'s subject as the sentence writes it.
fn subject_of(people: &People, text: &str, upto: usize, k: &Knowledge) -> Option<String> {
    // "Thủ tướng đã có Công điện yêu cầu …": the giver stands before the document they give
    // the instruction in.
    let upto = issued_in(&text[..upto]).map_or(upto, |r| r.start);
    let before = text[..upto].trim_end();
    let clause = before.rsplit([',', ';', ':', '.']).next().unwrap_or(before);
    // "Quốc hội nhấn mạnh yêu cầu …": the body's verb of saying stands before the cue.
    let subject = without_saying(clause);
    if let Some(body) = subject_body(subject, k) {
        // "Lãnh đạo Chính phủ yêu cầu": the body's leaders, whom the article may name
        // ([`People::named_office`]); the body alone otherwise.
        let head = subject[..body].trim_start();
        let start = match head.to_lowercase().trim_end() {
            "lãnh đạo" => body - head.len(),
            _ => body,
        };
        return Some(crate::text::capitalised(&without_adverbs(
            &subject[start..],
        )));
    }
    if let Some(p) = people.speaker(text, upto, k) {
        return Some(p);
    }
    if let Some(body) = lexicon::body_at_end(clause) {
        // "… của Tỉnh ủy A nên đã đề nghị …", "… của Ủy ban B thì lưu ý …": a name that runs on
        // into a conjunction is a body named in passing; the clause's subject is another.
        let conjunction = clause[body..]
            .split_whitespace()
            .any(|w| CONJUNCTIONS.contains(&w));
        if conjunction {
            return None;
        }
        // "Bí thư Tỉnh ủy chỉ đạo", "Chủ tịch UBND tỉnh yêu cầu": the office holder, named by
        // a title and the body they head, not the body.
        let head = clause[..body].trim_end();
        let office = k
            .honorifics
            .iter()
            .filter(|h| h.chars().next().is_some_and(char::is_uppercase))
            .filter(|h| !super::people::is_form_of_address(h))
            .filter(|h| head.ends_with(h.as_str()))
            .max_by_key(|h| h.len())
            .map(|h| h.len());
        // "Người đứng đầu Chính phủ yêu cầu": an office the lexicon knows, in any case.
        let lower_head = head.to_lowercase();
        let office = office.or_else(|| {
            lexicon::OFFICES
                .iter()
                .filter(|o| crate::text::ends_with_word(&lower_head, o))
                .map(|o| o.len())
                .max()
        });
        let start = office.map_or(body, |len| head.len() - len);
        return Some(crate::text::capitalised(&without_adverbs(&clause[start..])));
    }
    let lower = clause.to_lowercase();
    k.honorifics
        .iter()
        .zip(&k.honorifics_lower)
        .filter(|(h, _)| h.chars().next().is_some_and(char::is_uppercase))
        .find_map(|(_, hl)| {
            let at = crate::text::rfind_word(&lower, hl)?;
            let tail = lower[at + hl.len()..].trim();
            // The title is the subject: only "Chính phủ", "đã" and the like may follow it.
            let ok = tail.is_empty()
                || ["chính phủ", "đã", "cũng", "chính phủ đã", "tiếp tục"].contains(&tail);
            ok.then(|| without_adverbs(&clause[at..]))
        })
}

/// Where a body that is its clause's whole subject begins ("Đồng thời, Quốc hội yêu cầu",
/// "nghị quyết của Quốc hội yêu cầu", "lãnh đạo UBND tỉnh chỉ đạo"): the body gives the
/// instruction, whoever the sentence named before the clause ("Đối với … của Thống đốc A,
/// nghị quyết của Quốc hội yêu cầu …"). Only these words may stand before the body
/// ([`SUBJECT_HEADS`]): after a verb ("giao Bộ … chỉ đạo", "làm việc với Bộ … để yêu cầu")
/// the body is the one instructed, and after a title it is the office's.
fn subject_body(clause: &str, k: &Knowledge) -> Option<usize> {
    let body = lexicon::body_at_end(clause)?;
    let head = clause[..body].trim().to_lowercase();
    // What the name reader took for the body's name may run on into a person ("Văn phòng
    // UBND … cho biết Chủ tịch A vừa") or a verb ("UBND tỉnh … phải", "… xác định"): then the
    // clause is not a body alone.
    let name = &clause[body..];
    let runs_on = !names_in(name, k).is_empty()
        || name
            .split_whitespace()
            .any(|w| NOT_IN_A_NAME.contains(&w.to_lowercase().as_str()));
    // "điểm nhấn của Nghị quyết là Trung ương yêu cầu …": after the copula, the body is the
    // subject of the clause that says what.
    let after_copula = crate::text::ends_with_word(&head, "là");
    ((SUBJECT_HEADS.contains(&head.as_str()) || after_copula) && !runs_on).then_some(body)
}

/// Verbs of saying that may stand between a subject and the noun of its instruction
/// ("Quốc hội nhấn mạnh yêu cầu …", "Chính phủ cũng đưa ra yêu cầu …").
const SAYING_BEFORE_CUE: &[&str] = &["nhấn mạnh", "đưa ra", "nêu", "nêu rõ", "đặt ra"];

/// `clause` without a verb of saying at its end ([`SAYING_BEFORE_CUE`]).
fn without_saying(clause: &str) -> &str {
    let trimmed = clause.trim_end();
    SAYING_BEFORE_CUE
        .iter()
        .find_map(|v| {
            trimmed
                .strip_suffix(v)
                .filter(|r| r.ends_with(' '))
                .map(str::trim_end)
        })
        .unwrap_or(clause)
}

/// Words no body's name holds: verbs and modals that follow a subject.
const NOT_IN_A_NAME: &[&str] = &[
    "phải", "cần", "cho", "biết", "vừa", "sẽ", "đang", "xác", "định", "mong", "muốn", "nói",
];

/// Conjunctions that no body's name holds ([`subject_of`]): "nên" (so), "thì", "để", "mà".
const CONJUNCTIONS: &[&str] = &["nên", "thì", "để", "mà"];

/// What may stand before a body that is its clause's subject ([`subject_body`]).
const SUBJECT_HEADS: &[&str] = &["", "nghị quyết", "nghị quyết của", "lãnh đạo", "đồng thời"];

/// A subject without the adverbs that stood between it and its verb ("Chính phủ đã"), those of
/// a verb's manner too ("đã phải", "còn").
fn without_adverbs(subject: &str) -> String {
    lexicon::without_adverbs(subject.trim(), &["phải", "còn"]).to_string()
}

/// An official document's header: "Số: 247/TB-VPCP" and, within a few lines, "Hà Nội, ngày 16
/// tháng 7 năm 2019". The date line is the document's evidence. True when `line` was a part
/// of a header.
fn header(
    a: &Article,
    para: &Paragraph,
    sents: &[Sentence],
    ctx: &ArticleContext,
    state: &mut DirectiveState,
    out: &mut Vec<DirectiveMention>,
) -> bool {
    let line = para.line;
    if let Some(c) = HEADER_NUMBER.captures(para.folded()) {
        state.header = Some((c[1].to_string(), line.number));
        return true;
    }
    let Some((number, at)) = state.header.clone() else {
        return false;
    };
    if line.number > at + 6 {
        state.header = None;
        return false;
    }
    if !HEADER_DATE.is_match(para.folded()) {
        return false;
    }
    state.header = None;
    let Some(s) = sents.first() else { return false };
    let date = s.dates.first().and_then(|d| ctx.read(s, d));
    let kind = kind_of_number(&number);
    out.push(DirectiveMention {
        evidence: Evidence {
            file: a.file.clone(),
            line: line.number,
            quote: s.quote(),
        },
        text: para.text().trim().to_string(),
        by: None,
        parent: None,
        document: Some(DocumentRef {
            name: format!("{kind} số {number}"),
            key: document_key(kind, &number),
            coded: is_coded(&number),
            subject: None,
            issuer: None,
            number_year: number_year(&number),
            yearly: numbered_yearly(&number),
            clause_year: date.as_ref().and_then(|d| d.date.year),
            date,
            just_issued: false,
        }),
        weak: false,
        day: None,
        at_a_meeting: false,
        recalled: false,
    });
    true
}

/// The kind of a document from the code in its number ("247/TB-VPCP" → "Thông báo").
fn kind_of_number(number: &str) -> &'static str {
    let code = number
        .split(['/', '-', '⁄'])
        .nth(1)
        .unwrap_or("")
        .to_uppercase();
    match code.as_str() {
        "CT" => "Chỉ thị",
        "NQ" => "Nghị quyết",
        "KL" => "Kết luận",
        "QĐ" | "QĐI" => "Quyết định",
        "CĐ" => "Công điện",
        "TB" => "Thông báo",
        "KH" => "Kế hoạch",
        _ => "Văn bản",
    }
}

/// A document's matching key: its number with its code ("16/CT-TTg"), or its kind and number
/// ("Nghị quyết 35"), folded.
fn document_key(kind: &str, number: &str) -> String {
    let folded = crate::text::fold_key(&number.replace('⁄', "/"));
    match is_coded(number) {
        true => folded,
        false => format!("{} {folded}", crate::text::fold_key(kind)),
    }
}

/// A number with its issuing code ("16/CT-TTg", "247/TB-VPCP") is unique; one without ("Nghị
/// quyết 35") only names a document within one article.
fn is_coded(number: &str) -> bool {
    number.contains(['/', '-', '⁄']) && number.chars().any(char::is_alphabetic)
}

/// The body a document's symbol names as its issuer ([`lexicon::ISSUER_CODES`]): the code after
/// the kind ("16/CT-TTg" → the Prime Minister), or the last part of a law's or a National
/// Assembly resolution's symbol, with its term ("42/2017/QH14" → the National Assembly).
fn code_issuer(number: &str) -> Option<&'static str> {
    let number: String = number
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '⁄' { '/' } else { c })
        .collect();
    let last = number.rsplit('/').next()?;
    let code = last
        .rsplit('-')
        .next()?
        .trim_end_matches(|c: char| c.is_ascii_digit());
    // A symbol with no code part ("Nghị quyết số 42") names no issuer.
    if !number.contains('/') || code.is_empty() {
        return None;
    }
    lexicon::ISSUER_CODES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, body)| *body)
}

/// Whether a coded number restarts every year: a state body's symbol without a year
/// ("01/NQ-CP", "16/CT-TTg"; state bodies number their documents from 01 each year), not a
/// Party's ("18-NQ/TW").
fn numbered_yearly(number: &str) -> bool {
    let number = number.replace('⁄', "/");
    let party = number
        .rsplit(['/', '-'])
        .next()
        .is_some_and(|code| lexicon::PARTY_ISSUER_CODES.contains(&code.trim()));
    is_coded(&number) && number_year(&number).is_none() && !party
}

/// The first year written in `after` (the text after a document's name) up to the end of its
/// clause (a semicolon or a full stop).
fn first_year_in_clause(after: &str) -> Option<i32> {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:^|[^\d/.\-])((?:19|20)\d{2})\b").unwrap());
    let clause = &after[..after.find([';', '.']).unwrap_or(after.len())];
    YEAR.captures(clause).and_then(|c| c[1].parse().ok())
}

fn number_year(number: &str) -> Option<i32> {
    NUMBER_YEAR
        .captures(&number.replace('⁄', "/"))
        .and_then(|c| c[1].parse().ok())
}

/// Where the subject of a document stands in the text after its name ("về việc tổ chức …"): up
/// to the clause's end, or to a second document the sentence names beside it, with its own date
/// or issuer ("… năm 2018 và Chỉ thị số 22/CT-TTg ngày 14/9/2017 …"). A document the subject
/// is about stays in it ("về tiếp tục thực hiện Chỉ thị 17-CT/TW").
fn subject_in(after: &str) -> Option<std::ops::Range<usize>> {
    static OWN_DATE_OR_ISSUER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*,?\s*(?:ngày|của)\b").unwrap());
    let m = SUBJECT
        .captures(after)?
        .get(1)
        .filter(|m| m.start() <= 120)?;
    let text = &after[m.range()];
    let second = DOCUMENT.find_iter(text).find_map(|d| {
        let head = text[..d.start()].trim_end().strip_suffix(" và")?;
        OWN_DATE_OR_ISSUER
            .is_match(&text[d.end()..])
            .then(|| head.trim_end().len())
    });
    // Any numbered paper named after "và" with its own date or issuer is a second item, of the
    // kinds no directive is read from too ("… về kết luận thanh tra việc A và Công văn số
    // 402/VPUB-V.I ngày …"), however its symbol is spaced.
    static NUMBERED_PAPER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\s+và\s+(?:Công văn|Văn bản|Thông tư|Nghị định|Luật|Tờ trình|Báo cáo|Chỉ thị|Nghị quyết|Kết luận|Quyết định|Công điện|Quy định|Thông báo|Kế hoạch)\s+(?:số\s*:?\s*)?\d[^,;]{0,30}?\s(?:ngày|của)\b").unwrap()
    });
    // (Read past the subject's end: a dot in the paper's symbol ends the subject's text.)
    let paper = NUMBERED_PAPER
        .find(&after[m.start()..])
        .map(|p| p.start())
        .filter(|&p| p < text.len());
    let end = second.into_iter().chain(paper).min().unwrap_or(text.len());
    (end > 0).then(|| m.start()..m.start() + end)
}

/// Formal documents named with a number in sentence `s`.
fn documents(a: &Article, s: &Sentence, ctx: &ArticleContext, out: &mut Vec<DirectiveMention>) {
    let t = s.folded();
    for cap in DOCUMENT.captures_iter(t) {
        let whole = cap.get(0).unwrap();
        // A spaced symbol is the same document as the solid one.
        let number: String = cap[3].split_whitespace().collect();
        let number = number.as_str();
        let has_so = cap.get(2).is_some();
        if !has_so && !number.contains(['-', '/', '⁄']) {
            continue;
        }
        let original = |r: std::ops::Range<usize>| {
            s.line
                .original(s.range.start + r.start..s.range.start + r.end)
                .to_string()
        };
        let name = original(whole.range());
        let key = document_key(&cap[1], number);
        let coded = is_coded(number);
        let after = &t[whole.end()..];
        let issuer = ISSUER
            .captures(after)
            .and_then(|c| c.get(1))
            .map(|m| original(whole.end() + m.start()..whole.end() + m.end()))
            // (A quotation ends the name at its mark, after a space.)
            .map(|name| name.trim_end().to_string())
            .filter(|name| !name.is_empty())
            .or_else(|| {
                issuer_after_do(after).map(|r| original(whole.end() + r.start..whole.end() + r.end))
            })
            .or_else(|| issuer_before(&t[..whole.start()]).map(&original))
            .or_else(|| issuer_of_passive(&t[..whole.start()]).map(&original))
            .or_else(|| code_issuer(number).map(str::to_string));
        if of_a_case(t, whole.range(), issuer.as_deref())
            || PLANNED_DOCUMENT.is_match(&t[..whole.start()])
        {
            continue;
        }
        let date = issue_date(s, ctx, whole.start(), whole.end());
        let just_issued = date.is_none() && just_issued(&t[..whole.start()], &a.title);
        let clause_year = date
            .as_ref()
            .and_then(|d| d.date.year)
            .or_else(|| first_year_in_clause(after));
        let subject = subject_in(after).map(|r| {
            original(whole.end() + r.start..whole.end() + r.end)
                .trim()
                .to_string()
        });
        out.push(DirectiveMention {
            evidence: Evidence {
                file: a.file.clone(),
                line: s.line.number,
                quote: s.quote(),
            },
            text: s.quote(),
            by: issuer.clone(),
            parent: None,
            document: Some(DocumentRef {
                name,
                key,
                coded,
                subject,
                issuer,
                date,
                number_year: number_year(number),
                yearly: numbered_yearly(number),
                clause_year,
                just_issued,
            }),
            weak: false,
            day: None,
            at_a_meeting: false,
            recalled: false,
        });
    }
}

/// What a document's clause ends with before it when the document is still to be made or
/// changed: "sẽ thể chế hoá vào Nghị quyết số 09 …", "dự kiến ban hành Thông tư số …", "chuẩn
/// bị trình Nghị định …", "dự thảo Nghị quyết số …". Not a document issued (a plan to act on
/// one, "sẽ thực hiện theo Nghị quyết số 35", names one issued).
static PLANNED_DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(?:sẽ|dự kiến|sắp|chuẩn bị)\s+(?:được\s+)?(?:ban hành|ký ban hành|trình|thể chế hoá vào|thể chế hóa vào|đưa vào|bổ sung vào|sửa đổi)|\bdự thảo)\s*$").unwrap()
});

/// Whether the document named at `name` of sentence `t` is a step of a criminal case: a
/// court, procuracy or investigator issues it, or the words of [`CASE_WORDS`] stand in its
/// clause before it, in its number or after it up to its sentence's end (a case's decision
/// names its defendants there). A court that holds a meeting on a Party resolution has not
/// made the resolution a case's.
fn of_a_case(t: &str, name: std::ops::Range<usize>, issuer: Option<&str>) -> bool {
    // Only a decision is a step of a case: a directive, plan or resolution may be about
    // trials ("Chỉ thị … về đẩy nhanh việc xét xử các vụ án kinh tế").
    if !t[name.clone()].starts_with("Quyết định") {
        return false;
    }
    let clause_start = t[..name.start].rfind([',', ';', ':']).map_or(0, |i| i + 1);
    let after = &t[name.end..];
    let end = after.find(['.', ';']).unwrap_or(after.len());
    issuer.is_some_and(|i| JUDICIAL_BODY.is_match(i))
        || issued_by_judicial_body(&t[clause_start..name.start])
        || CASE_WORDS.is_match(&t[clause_start..name.end + end])
}

/// Whether a court, procuracy or investigator is the subject that issues the document named
/// right after `before` ("TAND tỉnh A đã ra Quyết định …").
fn issued_by_judicial_body(before: &str) -> bool {
    static ISSUES: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b(?:ra|ban hành|ký|tống đạt|phê chuẩn)\s*$").unwrap());
    let clause = before.trim_start();
    ISSUES.is_match(before.trim_end()) && JUDICIAL_BODY.is_match(clause)
}

/// An issuing verb right before a document's name ("vừa ban hành", "đã ký ban hành", "ký"),
/// group 1 the "vừa" that says it was just now.
static ISSUING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(vừa)\s+|\bđã\s+)?(?:\bký\s+)?(?:\bban hành|\bký)\s*$").unwrap()
});

/// The issuer named as the subject of the issuing verb before a document's name, as a range of
/// `before`: "Ngày 8/11/2016, Ban Chấp hành Trung ương Đảng khoá XII đã ban hành Nghị quyết
/// số 24", "…, UBND tỉnh đã ban hành Quyết định số 517". The subject is the clause before the
/// verb (past a fronted day), without its aspect words, when it is a body or an office holder
/// of one ("Thủ tướng Chính phủ ký ban hành …"), not anyone else ("Ông A ký …").
fn issuer_before(before: &str) -> Option<std::ops::Range<usize>> {
    let verb = ISSUING.find(before)?;
    let mut subject = before[..verb.start()].trim_end();
    while let Some(rest) = ["đã", "vừa", "mới", "cũng"].iter().find_map(|w| {
        subject
            .strip_suffix(w)
            .filter(|r| r.is_empty() || r.ends_with(' '))
    }) {
        subject = rest.trim_end();
    }
    // "Ông A, Chủ tịch UBND tỉnh, đã ký …": the office in apposition, before its comma.
    let subject = subject.trim_end_matches([',', ' ']);
    let start = subject.rfind([',', ';', ':']).map_or(0, |i| i + 1);
    let clause = subject[start..].trim_start();
    let from = subject.len() - clause.len();
    // Only a name: a clause that goes on ("Sở Y tế cho biết UBND tỉnh vừa ban hành …",
    // "Thủ tướng yêu cầu Bộ Y tế sớm ban hành …") has its issuer inside, not at its start.
    let lower = clause.to_lowercase();
    let goes_on = lower
        .split_whitespace()
        .any(|w| lexicon::CLAUSE_WORDS.contains(&w))
        || lexicon::DIRECTIVE_VERBS
            .iter()
            .map(|v| v.word)
            .chain(lexicon::SPEAKING_VERBS.iter().copied())
            .any(|v| crate::text::contains_word(&lower, v));
    if goes_on {
        return None;
    }
    // The subject of "ban hành" issues it, whatever its head ("Thanh tra Ủy ban Chứng khoán
    // Nhà nước đã ban hành …"): bodies are an open class.
    names_an_issuer(clause).then_some(from..subject.len())
}

/// The agent of the issuing verb after a document's name ("Quyết định số 37 do Chủ tịch UBND
/// tỉnh A ký ban hành ngày …", "…, do Bộ B ban hành", "… đã được UBND tỉnh C phê duyệt"), as a
/// range of `after`.
fn issuer_after_do(after: &str) -> Option<std::ops::Range<usize>> {
    static DO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*,?\s*(?:ngày\s+[\d/.\-]+\s*,?\s+)?(?:(?:đã\s+)?được|do)\s+([^,;:()\x22“”]{2,80}?)\s+(?:đã\s+|vừa\s+)?(?:ký ban hành|ban hành|ký|phê duyệt|phê chuẩn)\b").unwrap()
    });
    let m = DO.captures(after)?.get(1)?;
    names_an_issuer(&after[m.range()]).then(|| m.range())
}

/// The agent of a passive issuing verb right before a document's name ("… được UBND tỉnh A
/// phê duyệt theo Quyết định số …", "… đã được UBND TP. B phê duyệt tại Quyết định …", "… do
/// Bộ C ban hành kèm theo Thông tư …"), as a range of `before`.
fn issuer_of_passive(before: &str) -> Option<std::ops::Range<usize>> {
    static PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:được|do)\s+([^,;:()\x22“”]{2,80}?)\s+(?:ký ban hành|ban hành|phê duyệt|phê chuẩn|quyết định|chấp thuận|cho phép)\s+(?:kèm\s+)?(?:theo|tại|bằng)\s*$").unwrap()
    });
    let m = PASSIVE.captures(before)?.get(1)?;
    names_an_issuer(&before[m.range()]).then(|| m.range())
}

/// Whether `clause` is a name that can issue a document: a body, an office holder of one or a
/// part of one, of at most twelve words, with no clause of its own.
fn names_an_issuer(clause: &str) -> bool {
    let lower = clause.to_lowercase();
    let goes_on = lower
        .split_whitespace()
        .any(|w| lexicon::CLAUSE_WORDS.contains(&w));
    let is_issuer = lexicon::starts_with_organiser(clause)
        || lexicon::described_subject(clause)
        || part_of_a_body(clause)
        || lexicon::ISSUING_OFFICES
            .iter()
            .any(|o| crate::text::starts_with_word(clause, o));
    !goes_on && is_issuer && clause.split_whitespace().count() <= 12
}

/// Most words of the part or office of a body named before the body ("Thanh tra Bộ Xây dựng",
/// "Văn phòng Tỉnh ủy", "Giám đốc Sở Tài chính").
const MAX_PART_WORDS: usize = 3;

/// Whether `clause` names a part or an office of a body: a capitalised word and at most
/// [`MAX_PART_WORDS`] in all before a body's name, none of them a word that goes on with a clause.
fn part_of_a_body(clause: &str) -> bool {
    if !clause.starts_with(char::is_uppercase) {
        return false;
    }
    let starts = clause
        .char_indices()
        .filter(|&(i, c)| i > 0 && c != ' ' && clause[..i].ends_with(' '))
        .map(|(i, _)| i)
        .take(MAX_PART_WORDS);
    for at in starts {
        let part = clause[..at].to_lowercase();
        if part
            .split_whitespace()
            .any(|w| lexicon::CLAUSE_WORDS.contains(&w))
        {
            return false;
        }
        if lexicon::starts_with_organiser(&clause[at..]) {
            return true;
        }
    }
    false
}

/// Whether the text before a document's name reports it as just issued ([`ISSUING`] with
/// "vừa", or under a `headline` that reports an issue: "Ban Bí thư ban hành Chỉ thị về …").
fn just_issued(before: &str, headline: &str) -> bool {
    ISSUING
        .captures(before)
        .is_some_and(|c| c.get(1).is_some() || headline.to_lowercase().contains("ban hành"))
}

/// The issue date of the document named at `start..end` of sentence `s`: a date right after its
/// number ("…-KL/TW, ngày 16/6/2020"), or a date before it with "ban hành"/"ký" between
/// ("Ngày 31/3/2020, Thủ tướng ban hành Chỉ thị …").
fn issue_date(s: &Sentence, ctx: &ArticleContext, start: usize, end: usize) -> Option<TextDate> {
    let t = s.folded();
    let offset = s.range.start;
    let usable = |d: &&crate::extract::dates::DateMention| {
        d.relative.is_none() && d.end.is_none() && (d.start.year.is_some() || d.start.day.is_some())
    };
    let after = s.dates.iter().filter(usable).find(|d| {
        let at = d.span.start - offset;
        // "… có hiệu lực từ ngày 1/7": the day it takes effect, not its issue.
        let gap = &t[end..at.max(end)];
        at >= end && ISSUE_GAP.is_match(gap) && !gap.contains("hiệu lực") && !gap.contains(" từ ")
    });
    let before = || {
        s.dates.iter().filter(usable).rev().find(|d| {
            let at = d.span.end - offset;
            at <= start
                && ISSUED_BEFORE.is_match(&t[at..start])
                && !DOCUMENT.is_match(&t[at..start])
        })
    };
    after.or_else(before).and_then(|d| ctx.read(s, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_documents_subject_ends_where_the_next_document_is_named() {
        let subject = |after: &str| subject_in(after).map(|r| after[r].trim().to_string());
        for (joiner, kind, number) in [
            (" và", "Chỉ thị", "22/CT-TTg"),
            (",", "Nghị quyết", "số 12"),
            (" và", "Quyết định", "số 1526/QĐ-TTg của Thủ tướng"),
            (" và", "Quyết định", "số 1526/QĐ-TTg"),
            (" và", "Kế hoạch", "số 20-KH/TU"),
        ] {
            let after = format!(
                " về việc tổ chức Tết Nguyên đán năm 2018{joiner} {kind} {number} ngày 14/9/2017"
            );
            assert_eq!(
                subject(&after).as_deref(),
                Some("việc tổ chức Tết Nguyên đán năm 2018"),
                "{after}"
            );
        }
        for (kind, number, then) in [
            ("Công văn", "số 402/VPUB-V.I", "ngày 6/5/2019"),
            ("Văn bản", "số 16 / BGTVT - QLDN", "ngày 2/1/2019"),
            ("Thông tư", "12/2018/TT-BTC", "của Bộ Tài chính"),
            ("Tờ trình", "số 45/TTr-UBND", "ngày 5/3/2019 của UBND tỉnh"),
        ] {
            let after = format!(" về kết luận thanh tra việc cổ phần hóa Cảng Đông Lạc và {kind} {number} {then} về việc khác");
            assert_eq!(
                subject(&after).as_deref(),
                Some("kết luận thanh tra việc cổ phần hóa Cảng Đông Lạc"),
                "{after}"
            );
        }
        assert_eq!(
            subject(" về phát triển kinh tế biển, ban hành ngày 3/4").as_deref(),
            Some("phát triển kinh tế biển")
        );
        assert_eq!(subject(" của Ban Bí thư"), None);
        // A document the subject is about, or two it names together, stay in it.
        for about in [
            "tiếp tục thực hiện Chỉ thị 17-CT/TW",
            "sơ kết Nghị quyết số 12 và Chỉ thị số 15",
        ] {
            assert_eq!(subject(&format!(" về {about}")).as_deref(), Some(about));
        }
    }

    #[test]
    fn a_meeting_guided_is_named_right_after_the_verb_or_a_place_word() {
        for after in [
            "",
            ". các đơn vị",
            "hội nghị tổng kết",
            "tại cuộc họp.",
            "ở buổi làm việc với tỉnh",
            "trong phiên họp thường kỳ",
            "kỳ họp thứ 6",
        ] {
            assert!(guides_meeting(after), "{after:?}");
        }
        for after in [
            "ký hợp đồng và tạm ứng",
            "các bộ khẩn trương",
            "tại hội nghị: các bộ phải",
            "trong công tác phòng chống dịch",
            "hội nghịch lý",
        ] {
            assert!(!guides_meeting(after), "{after:?}");
        }
    }

    #[test]
    fn a_request_put_higher_or_abroad_is_no_instruction() {
        let k = Knowledge::embedded();
        let upward = |giver: &str, after: &str| addressed_upward(giver, after, &k);
        assert!(upward("Bộ trưởng Lê Văn Minh ", "thủ tướng xem xét"));
        assert!(upward("Chính phủ ", "quốc hội cho lùi"));
        assert!(upward("Đại sứ ", "phía trung quốc kiềm chế"));
        assert!(upward("ông Trần Văn A ", "bộ trưởng ủy quyền"));
        assert!(upward("Thủ tướng ", "Nga sớm cấp phép cho doanh nghiệp"));
        assert!(upward("Thủ tướng ", "Liên minh châu Âu công nhận"));
        assert!(upward("Thủ tướng ", "ASEAN đoàn kết"));
        // "anh em" is no country.
        assert!(!upward("Bộ trưởng ", "anh em cán bộ khẩn trương"));
        assert!(!upward("Phó Thủ tướng ", "bộ trưởng khẩn trương"));
        assert!(!upward("Tổng Bí thư ", "chính phủ chỉ đạo"));
        assert!(!upward("Bộ trưởng ", "các địa phương khẩn trương"));
        // A country's name opening a longer word is not the country ("Nga" in "ngành").
        assert!(!upward("Bộ trưởng ", "Ngành y tế khẩn trương"));
        // A time told before the addressee ("đề nghị sau hội nghị này, Thủ tướng …").
        for time in [
            "sau hội nghị này",
            "trong thời gian tới",
            "ngay trong tháng 6",
            "Sau cuộc họp",
        ] {
            for giver in ["Bộ Xây dựng cũng ", "UBND tỉnh Lạc Sơn "] {
                let after = format!("{time}, Thủ tướng cho ban hành nghị quyết");
                assert!(upward(giver, &after), "{giver}{time}");
            }
            let down = format!("{time}, các địa phương khẩn trương rà soát");
            assert!(!upward("Thủ tướng ", &down), "{time}");
        }
        // A clause that is no time is not passed over.
        assert!(!upward(
            "Bộ trưởng ",
            "các sở, Thủ tướng sẽ xem xét sau khẩn trương"
        ));
    }

    #[test]
    fn a_board_is_a_noun_and_its_head_a_speaker() {
        for head in ["Trưởng ban", "Phó Trưởng ban", "Phó ban", "Trưởng Ban"] {
            for cue in ["yêu cầu", "đề nghị", "lưu ý"] {
                assert!(
                    !noun_before(&format!("Sáng nay, {head} "), cue),
                    "{head} {cue}"
                );
            }
            assert!(noun_before(&format!("{head} Ban "), "Chỉ đạo"), "{head}");
            assert!(noun_before(&format!("Ông A, {head} "), "chỉ đạo"), "{head}");
        }
        for cue in ["chỉ đạo", "yêu cầu"] {
            assert!(noun_before("Thành viên Ban ", cue), "{cue}");
        }
    }

    #[test]
    fn a_cue_after_a_noun_su_opens_is_a_noun() {
        for opener in [
            "được sự",
            "nhờ sự",
            "cùng với sự",
            "trước sự",
            "Ông A cho biết, sự",
        ] {
            for acts in ["quan tâm", "tập trung", "sâu sát"] {
                let before = format!("{opener} {acts} ");
                assert!(noun_before(&before, "chỉ đạo"), "{before}");
            }
        }
        assert!(noun_before("Sự quan tâm ", "chỉ đạo"));
        for before in [
            // "sự" a syllable of another word, or of a name.
            "Tòa án quân sự quân khu ",
            "Cục Hải sự Nam Thành ",
            "Ông A cần thực sự quan tâm ",
            // "sự" making an event, not an act.
            "Khi có sự cố ",
            // Too many words between: a clause.
            "Nhờ sự quan tâm của Bộ, tỉnh ",
            "với sự tham gia đầy đủ các sở ",
        ] {
            assert!(!noun_before(before, "yêu cầu"), "{before}");
        }
    }

    #[test]
    fn a_way_of_directing_is_a_noun_and_an_official_request_a_verb() {
        for manner in ["phương thức", "Phương thức", "cách thức", "hình thức"] {
            for cue in ["chỉ đạo", "yêu cầu"] {
                let before = format!("Chính phủ chuyển {manner} ");
                assert!(noun_before(&before, cue), "{manner} {cue}");
            }
        }
        for adverb in ["chính thức", "Chính thức", "đã chính thức"] {
            for cue in ["yêu cầu", "đề nghị"] {
                let before = format!("Chính phủ Lạc Sơn {adverb} ");
                assert!(!noun_before(&before, cue), "{adverb} {cue}");
            }
        }
    }

    #[test]
    fn advice_with_nen_is_an_obligation_and_the_conjunction_is_not() {
        for subject in [
            "Bộ Giáo dục",
            "các địa phương",
            "Ngành y tế",
            "doanh nghiệp",
        ] {
            for advice in [
                "nên nắm bắt thời cơ này",
                "không nên chủ quan",
                "nên chủ động",
            ] {
                let text = format!("{subject} {advice}");
                assert!(obliges_or_advises(&text), "{text}");
                assert!(!obliges(&text), "{text}");
            }
        }
        for aspect in ["đang", "đã", "vẫn", "từng", "buộc"] {
            let text = format!("Nhiều địa phương {aspect} phải thực hiện giãn cách xã hội");
            assert!(!obliges(&text), "{text}");
        }
        assert!(obliges("Nhiều địa phương phải thực hiện giãn cách xã hội"));
        assert!(obliges("Chủ đầu tư bắt buộc phải mở rộng bãi đỗ xe"));
        // The adjective "cần thiết", whatever punctuation follows it.
        for end in [".", ",", ";", "!", "…", ")", "\""] {
            for text in [
                format!("Sự phối hợp của các địa phương là rất cần thiết{end}"),
                format!("Nếu cần thiết{end} các trường có thể thuê chuyên gia"),
            ] {
                assert!(!obliges(&text), "{text}");
            }
        }
        for text in [
            "Vì trời mưa lớn nên đường trơn",
            "Do thiếu vốn nên dự án chậm tiến độ",
            "Dịch bệnh phức tạp, nên nhiều hoạt động bị hoãn",
            "Vì vậy nên các đơn vị đã chủ động",
            "Kinh tế khó khăn cho nên thu ngân sách giảm",
            "Thời tiết xấu nên chúng tôi ở nhà",
            "Nên nhớ rằng hội nghị diễn ra sớm",
            "Quan hệ hai nước trở nên nguội lạnh",
            "Lối đi thuận tiện nên nhiều người đi lên",
            "Giai đoạn 1 có dư vốn nên sẽ đầu tư thêm",
            "Ông khẳng định không làm gì sai nên không xin lỗi",
            "Đây là việc thí điểm nên Sở sẽ lắng nghe",
        ] {
            assert!(!obliges_or_advises(text), "{text}");
        }
    }

    #[test]
    fn the_task_prefilter_lets_through_every_case_tasks_matches() {
        for t in [
            "đề ra 5 nhiệm vụ trọng tâm",
            "Ba Nhiệm vụ lớn",
            "3 Nhiệm Vụ",
            "HAI GIẢI PHÁP",
            "bốn định hướng",
            "ba yêu cầu",
        ] {
            assert!(TASK_NOUNS.is_match(t), "{t}");
            assert!(TASKS.is_match(t), "{t}");
        }
        assert!(!TASK_NOUNS.is_match("Hội nghị diễn ra tại Hà Nội."));
    }

    #[test]
    fn an_officials_directing_opinion_is_no_petitioners_proposal() {
        for before in [
            "Một số ý kiến ",
            "Nhiều ý kiến cũng ",
            "Đại biểu Lê Văn Bình (Hà Nội) ",
        ] {
            assert!(PETITIONER_BEFORE.is_match(before), "{before}");
        }
        for before in [
            "Thủ tướng Chính phủ có ý kiến ",
            "Bộ trưởng ",
            "Chủ tịch Quốc hội ",
        ] {
            assert!(!PETITIONER_BEFORE.is_match(before), "{before}");
        }
    }
}
