//! Directives, of two kinds:
//! - instructions an official gives at a conference (`chỉ đạo`, `đề nghị`, `yêu cầu`, `lưu ý`,
//!   enumerations `Một là … Năm là`, `Thứ nhất …`), each item its own directive, attached to
//!   the conference it was given at and dated as it;
//! - formal documents (`Chỉ thị số 15-CT/TW ngày 10/8/2022`, `Nghị quyết …`), dated by their
//!   issue date.

use std::sync::LazyLock;

use regex::Regex;

use crate::data::Knowledge;
use crate::ingest::{Article, Line};

use super::people::People;
use super::{ArticleContext, ConferenceMention, Evidence, Sentence, TextDate};

/// A formal document named with its number.
#[derive(Debug, Clone)]
pub struct DocumentRef {
    /// "Chỉ thị số 15-CT/TW"
    pub name: String,
    /// Matching key: kind and number, folded.
    pub key: String,
    /// The subject ("về …"), when the sentence gives it.
    pub subject: Option<String>,
    pub issuer: Option<String>,
    pub date: Option<TextDate>,
}

/// One directive found in one paragraph.
#[derive(Debug, Clone)]
pub struct DirectiveMention {
    pub article: usize,
    pub evidence: Evidence,
    /// The paragraph as written.
    pub text: String,
    pub by: Option<String>,
    /// Index of the conference (in the article's mentions) it was given at.
    pub parent: Option<usize>,
    pub document: Option<DocumentRef>,
}

/// Who gave the directives being read, and where.
#[derive(Debug, Clone)]
struct Giver {
    by: Option<String>,
    parent: Option<usize>,
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
}

static CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(chỉ đạo|chỉ thị|đề nghị|yêu cầu|lưu ý|kêu gọi|giao nhiệm vụ|quán triệt|nhấn mạnh|mong muốn|nêu rõ|chỉ rõ)\b").unwrap()
});
static TASKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(nhiệm vụ|giải pháp|nhóm nhiệm vụ|định hướng|yêu cầu)\b")
        .unwrap()
});
static MODAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(cần|phải|cần phải)\b").unwrap());
static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười) là\b|thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\b|[-+•–]\s|\d{1,2}[.)]\s|[a-zđ]\)\s)")
        .unwrap()
});
static DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(Chỉ thị|Nghị quyết|Kết luận|Quyết định|Nghị định|Thông tư|Công điện|Quy định|Luật|Chỉ đạo|Thông báo kết luận)\s+(số\s+)?(\d+[\w/\-.]*\w)")
        .unwrap()
});
static ISSUER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:ngày\s+[\d/.\-]+\s+)?của\s+([^,;]+?)(?:\s+(?:ngày|về|năm|ban hành|đã|nhằm|trong)\b|[,;.]|$)").unwrap()
});
static SUBJECT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\bvề\s+([^,;.()]+)").unwrap());

/// Words before a cue that make it a noun ("sự chỉ đạo", "đáp ứng yêu cầu").
const NOUN_BEFORE: &[&str] = &[
    "sự", "theo", "của", "các", "những", "ứng", "nhiều", "là", "được", "có", "với", "và", "cao",
    "mới", "này", "đó", "đề", "ra", "vấn", "nhu", "cầu", "trên",
];

fn last_word(s: &str) -> String {
    s.trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase()
}

fn conference_at(conferences: &[ConferenceMention]) -> Option<usize> {
    conferences
        .iter()
        .rposition(|c| !c.reference && !c.framework && c.companion_of.is_none())
}

/// Extracts the directives of one paragraph.
#[allow(clippy::too_many_arguments)]
pub(super) fn extract(
    index: usize,
    a: &Article,
    line: &Line,
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
        documents(index, a, s, ctx, out);
    }
    let text = line.text.trim().to_string();
    let emit = |out: &mut Vec<DirectiveMention>, giver: &Giver, quote: String| {
        out.push(DirectiveMention {
            article: index,
            evidence: Evidence {
                file: a.file.clone(),
                line: line.number,
                quote,
            },
            text: text.clone(),
            by: giver.by.clone(),
            parent: giver.parent,
            document: None,
        });
    };
    let whole = line.text.trim().to_string();

    if let Some(g) = state.colon.take() {
        emit(out, &g, whole);
        state.previous = Some(g);
        return;
    }

    let is_item = ITEM.is_match(&line.folded.text);
    if is_item {
        if let Some(g) = state.enumeration.clone() {
            emit(out, &g, whole);
            state.previous = Some(g);
            return;
        }
    } else {
        state.enumeration = None;
    }

    // A directive verb with a speaker before it.
    for s in sents {
        let t = s.folded();
        // The cue words, in either case, share these letters; most sentences have none.
        let maybe = [
            "chỉ",
            "Chỉ",
            "đề nghị",
            "Đề nghị",
            "yêu cầu",
            "Yêu cầu",
            "lưu ý",
            "Lưu ý",
            "kêu gọi",
            "Kêu gọi",
            "giao nhiệm",
            "Giao nhiệm",
            "quán triệt",
            "Quán triệt",
            "nhấn mạnh",
            "Nhấn mạnh",
            "mong muốn",
            "Mong muốn",
            "nêu rõ",
            "Nêu rõ",
        ]
        .iter()
        .any(|c| t.contains(c));
        let cue = CUE.find_iter(if maybe { t } else { "" }).find(|m| {
            let before = &t[..m.start()];
            if NOUN_BEFORE.contains(&last_word(before).as_str()) {
                return false;
            }
            let after = t[m.end()..].trim_start().to_lowercase();
            if after.starts_with("của") {
                return false;
            }
            let word = m.as_str().to_lowercase();
            let needs_modal = matches!(
                word.as_str(),
                "nhấn mạnh" | "mong muốn" | "nêu rõ" | "chỉ rõ"
            );
            if needs_modal && !MODAL.is_match(&t[m.end()..]) {
                return false;
            }
            // "Chỉ thị" with a capital is a document's name, not the verb.
            if word == "chỉ thị" && m.as_str().starts_with('C') {
                return false;
            }
            people.speaker(t, m.start(), k).is_some()
        });
        let tasks = if cue.is_none() {
            TASKS
                .find(t)
                .filter(|m| people.speaker(t, m.start(), k).is_some())
        } else {
            None
        };
        let Some(m) = cue.or(tasks) else { continue };
        let giver = Giver {
            by: people.speaker(t, m.start(), k),
            parent: conference_at(conferences),
        };
        let rest_of_line = line.folded.text[s.range.start + m.end()..].trim();
        if rest_of_line.trim_end_matches(':').trim().is_empty() && rest_of_line.ends_with(':') {
            state.colon = Some(giver);
            state.previous = None;
            return;
        }
        emit(out, &giver, s.quote());
        if line.text.trim_end().ends_with(':') || TASKS.is_match(t) || t.contains("như sau") {
            state.enumeration = Some(giver.clone());
        }
        state.previous = Some(giver);
        return;
    }

    // A quotation or an obligation right after a directive continues it.
    if let Some(g) = state.previous.take() {
        let starts_quote = line.text.trim_start().starts_with(['“', '"', '«']);
        if starts_quote || (!is_item && MODAL.is_match(&line.folded.text)) {
            emit(out, &g, whole);
            state.previous = Some(g);
        }
    }
}

/// Formal documents named with a number in sentence `s`.
fn documents(
    index: usize,
    a: &Article,
    s: &Sentence,
    ctx: &ArticleContext,
    out: &mut Vec<DirectiveMention>,
) {
    let t = s.folded();
    for cap in DOCUMENT.captures_iter(t) {
        let number = cap.get(3).unwrap();
        let has_so = cap.get(2).is_some();
        if !has_so && !number.as_str().contains(['-', '/']) {
            continue;
        }
        let whole = cap.get(0).unwrap();
        let original = |r: std::ops::Range<usize>| {
            s.line
                .original(s.range.start + r.start..s.range.start + r.end)
                .to_string()
        };
        let name = original(whole.range());
        let key = crate::text::fold_key(&format!("{} {}", &cap[1], number.as_str()));
        let after = &t[whole.end()..];
        let issuer = ISSUER
            .captures(after)
            .and_then(|c| c.get(1))
            .map(|m| original(whole.end() + m.start()..whole.end() + m.end()));
        let date = s
            .dates
            .iter()
            .filter(|d| {
                let start = d.span.start - s.range.start;
                start >= whole.end() && start - whole.end() <= 80 && d.relative.is_none()
            })
            .find(|d| d.start.year.is_some() || d.start.day.is_some())
            .and_then(|d| ctx.read(s, d));
        let subject = SUBJECT
            .captures(after)
            .and_then(|c| c.get(1))
            .filter(|m| m.start() <= 120)
            .map(|m| {
                original(whole.end() + m.start()..whole.end() + m.end())
                    .trim()
                    .to_string()
            });
        out.push(DirectiveMention {
            article: index,
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
                subject,
                issuer,
                date,
            }),
        });
    }
}
